using Streams.Tests.Doubles;
using Xunit;
using P = Streams.Pull;

namespace Streams.Tests.PullTests.Operators;

public class ChainManyTests
{
    [FsCheck.Xunit.Property]
    public bool Matches_linq_selectmany(int[][] parts) =>
        P.From(parts.Select(p => P.From(p ?? [])).ToArray()).ChainMany().ToList().SequenceEqual(parts.SelectMany(p => p ?? []));

    [Fact]
    public void Examples_including_empty()
    {
        Assert.Equal([1, 2, 3], P.Of(P.Of(1, 2), P.Empty<int>(), P.Of(3)).ChainMany().ToList());
        Assert.Empty(P.Empty<Iter<int>>().ChainMany().ToList());
        Assert.Equal([1, 2, 3], P.Of<IEnumerable<int>>([1], new List<int> { 2, 3 }).ChainMany().ToList());
        Assert.Equal([1, 2, 1, 3, 2, 3], P.Of(1, 2, 3).Combinations(2).ChainMany().ToList());
        Assert.Equal(6, P.Of(P.Of(1, 2), P.Of(3)).ChainMany().Sum()); // fold path
    }

    [Fact]
    public void Pulls_next_part_only_when_current_ended_and_releases_each_as_it_ends()
    {
        var p1 = new Probe<int>([1, 2], resumesAfterEnd: true);
        var p2 = new Probe<int>([3], resumesAfterEnd: true);
        var outer = new Probe<Iter<int>>([p1, p2], resumesAfterEnd: true);
        var it = outer.ChainMany();
        Assert.Equal(0, outer.Calls);
        Assert.Equal(1, it.Next());
        Assert.Equal(1, outer.Pulls);
        Assert.Equal(2, it.Next());
        Assert.Equal(1, outer.Pulls);
        Assert.Equal(0, p1.Releases);
        Assert.Equal(3, it.Next());
        Assert.Equal(1, p1.Releases);
        Assert.Equal(1, p2.Calls);
        Assert.False(it.TryNext(out _));
        Assert.False(it.TryNext(out _));
        Assert.False(p1.PulledAfterEnd || p2.PulledAfterEnd || outer.PulledAfterEnd);
        Assert.Equal([1, 1, 1], new[] { p1.Releases, p2.Releases, outer.Releases });
    }

    [Fact]
    public void Exception_in_a_part_propagates_and_everything_is_released()
    {
        var p1 = new Probe<int>([1, 2], throwAt: 1);
        var p2 = new Probe<int>([3]);
        var outer = new Probe<Iter<int>>([p1, p2]);
        var it = outer.ChainMany();
        Assert.Equal(1, it.Next());
        Assert.Throws<ProbeException>(() => it.Next());
        Assert.False(it.TryNext(out _));
        Assert.Equal(1, p1.Releases);
        Assert.Equal(1, outer.Releases);
        Assert.Equal(0, p2.Calls);
    }

    [Fact]
    public void Dispose_releases_current_part_and_outer_once_and_infinite_outer_works()
    {
        var p1 = new Probe<int>([1, 2]);
        var outer = new Probe<Iter<int>>([p1]);
        var it = outer.ChainMany();
        it.Next();
        it.Dispose();
        it.Dispose();
        Assert.Equal(1, p1.Releases);
        Assert.Equal(1, outer.Releases);
        Assert.Equal([0, 0, 1, 0, 1, 2], P.Positives().Map(n => P.Range(0, n)).ChainMany().Take(6).ToList());
    }
}
