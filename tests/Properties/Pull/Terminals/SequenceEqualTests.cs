using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests.Terminals;

public class SequenceEqualTests
{
    [Property]
    public void Matches_linq(int[] xs, int[] ys)
    {
        xs ??= [];
        ys ??= [];
        Assert.Equal(xs.SequenceEqual(ys), Streams.Pull.From(xs).SequenceEqual(Streams.Pull.From(ys)));
        Assert.True(Streams.Pull.From(xs).SequenceEqual(Streams.Pull.From(xs.ToList())));
    }

    [Fact]
    public void Stops_at_first_difference()
    {
        var a = new Probe<int>([1, 2, 3, 4]);
        var b = new Probe<int>([1, 9, 3, 4]);
        Assert.False(a.SequenceEqual(b));
        Assert.Equal(2, a.Pulls);
        Assert.Equal(2, b.Pulls);
        Assert.Equal(3, a.Next());
        Assert.False(Streams.Pull.Positives().SequenceEqual(Streams.Pull.Positives().Map(x => x == 100 ? 0 : x)));
        Assert.False(Streams.Pull.Of(1, 2).SequenceEqual(Streams.Pull.Of(1, 2, 3)));
        Assert.False(Streams.Pull.Of(1, 2, 3).SequenceEqual(Streams.Pull.Of(1, 2)));
        Assert.True(Streams.Pull.Empty<int>().SequenceEqual(Streams.Pull.Empty<int>()));
        Assert.True(Streams.Pull.Of("a").SequenceEqual(Streams.Pull.Of("A"), StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void Equal_sequences_release_both_and_errors_propagate()
    {
        var a = new Probe<int>([1, 2], resumesAfterEnd: true);
        var b = new Probe<int>([1, 2], resumesAfterEnd: true);
        Assert.True(a.SequenceEqual(b));
        Assert.Equal(1, a.Releases);
        Assert.Equal(1, b.Releases);
        Assert.False(a.PulledAfterEnd || b.PulledAfterEnd);
        var c = new Probe<int>([1, 2], throwAt: 1);
        Assert.Throws<ProbeException>(() => Streams.Pull.Of(1, 2).SequenceEqual(c));
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.Of(1).SequenceEqual(null!));
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.SequenceEqual(null!, Streams.Pull.Of(1)));
    }
}
