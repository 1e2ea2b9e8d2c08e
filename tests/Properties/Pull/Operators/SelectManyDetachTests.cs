using Streams.Tests.Doubles;
using Xunit;
using P = Streams.Pull;

namespace Streams.Tests.PullTests.Operators;

// Pull.TryDetachSelectMany, the capability fused query terminals use: it hands over only an untouched query iterator,
// and afterwards the query owns nothing.
public class SelectManyDetachTests
{
    [Fact]
    public void An_untouched_query_hands_over_its_source_and_selectors_and_then_owns_nothing()
    {
        var outer = new Probe<int>([1, 2]);
        Iter<int> q = from x in outer from y in P.Of(10, 20) select x * y;

        Assert.True(P.TryDetachSelectMany<int, int, int>(q, out var source, out var collection, out var result));
        Assert.Same(outer, source);
        Assert.Equal([10, 20], collection(1).ToList());
        Assert.Equal(40, result(2, 20));
        Assert.True(q.IsFinished);
        Assert.False(q.TryNext(out _));
        q.Dispose();
        Assert.Equal(0, outer.Releases); // the caller owns the source now
        Assert.Equal(0, outer.Pulls);
        Assert.False(P.TryDetachSelectMany<int, int, int>(q, out _, out _, out _)); // once only
    }

    [Fact]
    public void A_pulled_folded_or_disposed_query_or_another_iterator_is_not_detached()
    {
        Iter<int> pulled = from x in P.Of(1, 2) from y in P.Of(10, 20) select x * y;
        Assert.Equal(10, pulled.Next());
        Assert.False(P.TryDetachSelectMany<int, int, int>(pulled, out _, out _, out _));
        Assert.Equal([20, 20, 40], pulled.ToList()); // nothing changed

        Iter<int> folded = from x in P.Of(1, 2) from y in P.Of(10, 20) select x * y;
        Assert.True(folded.Any(v => v == 10));
        Assert.False(P.TryDetachSelectMany<int, int, int>(folded, out _, out _, out _));

        var outer = new Probe<int>([1, 2]);
        Iter<int> disposed = from x in outer from y in P.Of(10, 20) select x * y;
        disposed.Dispose();
        Assert.False(P.TryDetachSelectMany<int, int, int>(disposed, out _, out _, out _));
        Assert.Equal(1, outer.Releases);

        Iter<int> other = from x in P.Of(1, 2) from y in P.Of(10, 20) select x * y;
        Assert.False(P.TryDetachSelectMany<int, long, int>(other, out _, out _, out _)); // other type arguments
        Assert.False(P.TryDetachSelectMany<int, int, int>(P.Of(1, 2).Map(x => x), out _, out _, out _));
        Assert.Throws<ArgumentNullException>(() => P.TryDetachSelectMany<int, int, int>(null!, out _, out _, out _));
    }
}
