using Streams.Tests.Doubles;
using Xunit;
using P = Streams.Pull;

namespace Streams.Tests.PullTests.Operators;

public class GroupAdjacentTests
{
    [Fact]
    public void Matches_python_groupby_examples()
    {
        // [k for k, g in groupby('AAAABBBCCDAABBB')] --> A B C D A B
        Assert.Equal("ABCDAB", P.Chars("AAAABBBCCDAABBB").GroupAdjacent(c => c).Map(g => g.Key).JoinToString(""));
        // [list(g) for k, g in groupby('AAAABBBCCD')] --> AAAA BBB CC D
        Assert.Equal("AAAA BBB CC D", P.Chars("AAAABBBCCD").GroupAdjacent(c => c).Map(g => g.Elements.JoinToString("")).JoinToString(" "));
        Assert.Empty(P.Empty<int>().GroupAdjacent(x => x).ToList());
    }

    [FsCheck.Xunit.Property]
    public bool Matches_reference(int[] xs)
    {
        var expected = new List<(int, List<int>)>();
        foreach (var x in xs)
        {
            if (expected.Count > 0 && expected[^1].Item1 == x % 3) expected[^1].Item2.Add(x);
            else expected.Add((x % 3, [x]));
        }
        var actual = P.From(xs).GroupAdjacent(x => x % 3).Map(g => (g.Key, g.Elements.ToList())).ToList();
        return actual.Count == expected.Count && actual.Zip(expected).All(p => p.First.Key == p.Second.Item1 && p.First.Item2.SequenceEqual(p.Second.Item2));
    }

    [Fact]
    public void Advancing_skips_unread_elements_and_left_behind_group_is_exhausted()
    {
        var groups = P.Chars("aaabbc").GroupAdjacent(c => c);
        var (k1, g1) = groups.Next();
        Assert.Equal('a', k1);
        Assert.Equal('a', g1.Next());
        var (k2, g2) = groups.Next();
        Assert.Equal('b', k2);
        Assert.False(g1.TryNext(out _));
        Assert.False(g1.TryNext(out _));
        Assert.Equal("bb", g2.JoinToString(""));
        var (k3, g3) = groups.Next();
        Assert.Equal('c', k3);
        Assert.False(groups.TryNext(out _)); // g3 left behind unread
        Assert.False(g3.TryNext(out _));
    }

    [Fact]
    public void Comparer_is_used()
    {
        Assert.Equal("a B", P.Of("a", "A", "B", "b").GroupAdjacent(s => s, StringComparer.OrdinalIgnoreCase).Map(g => g.Key).JoinToString(" "));
    }

    [Fact]
    public void Lazy_and_exhausted_stays_exhausted()
    {
        var probe = new Probe<int>([1, 1, 2], resumesAfterEnd: true);
        var groups = probe.GroupAdjacent(x => x);
        Assert.Equal(0, probe.Calls);
        var g = groups.Next();
        Assert.Equal(1, probe.Pulls);
        Assert.Equal(1, g.Elements.Next());
        Assert.Equal(1, probe.Pulls); // the look-ahead element
        Assert.Equal(1, g.Elements.Next());
        Assert.Equal(2, probe.Pulls);
        Assert.False(g.Elements.TryNext(out _));
        Assert.Equal(3, probe.Pulls);
        Assert.Equal(2, groups.Next().Key);
        Assert.False(groups.TryNext(out _));
        Assert.False(groups.TryNext(out _));
        Assert.False(probe.PulledAfterEnd);
        Assert.Equal(1, probe.Releases);
    }

    [Fact]
    public void Exception_propagates_and_group_iterator_is_exhausted_after()
    {
        var probe = new Probe<int>([1, 1, 1, 2], throwAt: 2);
        var groups = probe.GroupAdjacent(x => x);
        groups.Next();
        Assert.Throws<ProbeException>(() => groups.Next());
        Assert.False(groups.TryNext(out _));
        Assert.Equal(1, probe.Releases);
        Assert.False(probe.PulledAfterEnd);
    }

    [Fact]
    public void Dispose_releases_source_once_and_exhausts_group_and_infinite_source()
    {
        var probe = new Probe<int>([1, 1, 2]);
        var groups = probe.GroupAdjacent(x => x);
        var g = groups.Next();
        groups.Dispose();
        groups.Dispose();
        Assert.Equal(1, probe.Releases);
        Assert.False(g.Elements.TryNext(out _));
        Assert.Equal([0, 1, 2], P.Positives().GroupAdjacent(x => x / 10).Map(g => g.Key).Take(3).ToList());
    }
}
