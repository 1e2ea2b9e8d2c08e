using System.Collections.Immutable;
using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Streams.Tests.PullTests.Terminals;
using Xunit;
using P = Streams.Pull;

namespace Streams.Tests.PullTests.Sources;

/// <summary>List, memory and immutable-array sources: the array source's behaviour (pull and fold interleave over one
/// position, the span capability, the vectorised aggregates) and, for lists, Python's read-through rule.</summary>
public class MemorySourcesTests
{
    public static IEnumerable<object[]> Kinds => [["array"], ["list"], ["memory"], ["immutable"], ["list as IEnumerable"], ["immutable as IEnumerable"]];

    private static Iter<long> Make(string kind, long[] xs) => kind switch
    {
        "array" => P.From(xs),
        "list" => P.From(xs.ToList()),
        "memory" => P.From(new long[] { -1 }.Concat(xs).Append(-2).ToArray().AsMemory(1, xs.Length)),
        "immutable" => P.From(ImmutableArray.Create(xs)),
        "list as IEnumerable" => P.From((IEnumerable<long>)xs.ToList()),
        "immutable as IEnumerable" => P.From((IEnumerable<long>)ImmutableArray.Create(xs)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Property]
    public void Pulls_and_folds_share_one_position_and_aggregates_match_linq(int[] seeds, byte skip)
    {
        long[] xs = (seeds ?? []).Select(SumTests.BigLong).ToArray();
        int k = skip % 6;
        foreach (var kind in Kinds.Select(o => (string)o[0]))
        {
            var it = Make(kind, xs);
            Assert.True(it.TryGetSpanCursor(out _), kind);
            var pulled = new List<long>();
            for (int i = 0; i < k && it.TryNext(out var x); i++) pulled.Add(x);
            Assert.Equal(xs.Take(k), pulled);
            Assert.Equal(xs.Length - pulled.Count, it.TryGetRemainingCount(out long left) ? left : -1);
            var rest = xs.Skip(k).ToArray();
            Assert.Equal(Outcome<long>.Of(() => rest.Sum()), Outcome<long>.Of(() => it.Sum()));
            Assert.True(it.IsFinished, kind);
            Assert.False(it.TryNext(out _));

            var viaFold = Make(kind, xs);
            for (int i = 0; i < k; i++) viaFold.TryNext(out _);
            Assert.Equal(rest, viaFold.ToList());
            Assert.Equal(Outcome<long>.Of(() => rest.Max()), Outcome<long>.Of(() => Make(kind, rest).Max()));
        }
    }

    [Fact]
    public void A_list_is_read_through_like_python_list_iterators()
    {
        var list = new List<int> { 1, 2 };
        var it = P.From(list);
        Assert.Equal(1, it.Next());
        list.Add(3); // appended before the iterator reached the end: produced
        Assert.Equal([2, 3], it.ToList());
        list.Add(4); // after the end: never produced (exhausted stays exhausted)
        Assert.False(it.TryNext(out _));
        Assert.Equal(0, it.Sum());

        var shrinking = new List<int> { 1, 2, 3 };
        var it2 = P.From(shrinking);
        Assert.Equal(1, it2.Next());
        Assert.Equal(2, it2.Next());
        shrinking.RemoveRange(1, 2); // now shorter than the index: ended
        Assert.False(it2.TryNext(out _));
    }

    [Fact]
    public void Released_list_sources_stay_at_the_end_for_cursor_readers()
    {
        var list = new List<long> { 1, 2 };
        var it = P.From(list);
        it.Dispose();
        list.Add(3);
        Assert.True(it.TryGetSpanCursor(out var cursor));
        Assert.True(cursor.Remaining.IsEmpty);
        Assert.Equal(0, it.Sum());
    }

    [Fact]
    public void Bad_input_is_rejected_eagerly_by_name()
    {
        Assert.Equal("list", Assert.Throws<ArgumentNullException>(() => P.From((List<int>)null!)).ParamName);
        Assert.Equal("array", Assert.Throws<ArgumentNullException>(() => P.From(default(ImmutableArray<int>))).ParamName);
        Assert.Empty(P.From(ReadOnlyMemory<int>.Empty).ToList());
    }
}
