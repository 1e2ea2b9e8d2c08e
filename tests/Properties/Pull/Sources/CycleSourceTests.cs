using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests.Sources;

public class CycleSourceTests
{
    [Property]
    public void Matches_model(int[] xs, byte n)
    {
        xs ??= [];
        var expected = xs.Length == 0 ? [] : Enumerable.Range(0, n).Select(i => xs[i % xs.Length]).ToList();
        Assert.Equal(expected, Streams.Pull.From(xs).Cycle().Take((long)n).ToList());
        // Pull path too.
        var it = Streams.Pull.From(xs).Cycle();
        var got = new List<int>();
        for (int i = 0; i < n && it.TryNext(out var x); i++) got.Add(x);
        Assert.Equal(expected, got);
    }

    [Fact]
    public void Saves_on_first_pass_and_releases_source_at_its_end()
    {
        var probe = new Probe<int>([1, 2, 3], resumesAfterEnd: true);
        var it = probe.Cycle();
        Assert.Equal(0, probe.Pulls);
        Assert.Equal([1, 2], it.ByRef().Take(2).ToList());
        Assert.Equal(2, probe.Pulls);
        Assert.Equal(0, probe.Releases);
        Assert.Equal([3, 1, 2, 3, 1], it.ByRef().Take(5).ToList());
        Assert.Equal(3, probe.Pulls);
        Assert.Equal(1, probe.Releases);
        Assert.Equal(2, it.Next());
        Assert.Equal(1000, it.ByRef().Take(1000).Count());
        Assert.False(probe.PulledAfterEnd);
        it.Dispose();
        Assert.Equal(1, probe.Releases);
        Assert.False(it.TryNext(out _));
    }

    [Fact]
    public void Fold_path_replays_from_where_it_stopped()
    {
        var probe = new Probe<int>([1, 2, 3], resumesAfterEnd: true);
        var it = probe.Cycle();
        Assert.Equal([1, 2, 3, 1], it.ByRef().Take(4).ToList());
        Assert.Equal(1, probe.Releases);
        Assert.Equal(2, it.Next());
        Assert.Equal([3, 1], it.ByRef().Take(2).ToList());
        Assert.False(probe.PulledAfterEnd);
    }

    [Fact]
    public void Empty_source_gives_empty_and_stays_exhausted()
    {
        var probe = new Probe<int>([], resumesAfterEnd: true);
        var it = probe.Cycle();
        Assert.Empty(it.ToList());
        Assert.False(it.TryNext(out _));
        Assert.False(probe.PulledAfterEnd);
        Assert.Equal(1, probe.Releases);
        var probe2 = new Probe<int>([], resumesAfterEnd: true);
        var it2 = probe2.Cycle();
        Assert.False(it2.TryNext(out _));
        Assert.False(it2.TryNext(out _));
        Assert.False(probe2.PulledAfterEnd);
    }

    [Fact]
    public void Errors_disposal_infinite_and_arguments()
    {
        var probe = new Probe<int>([1, 2, 3], throwAt: 2);
        var it = probe.Cycle();
        Assert.Equal([1, 2], it.ByRef().Take(2).ToList());
        Assert.Throws<ProbeException>(() => it.Next());
        Assert.False(it.TryNext(out _));
        Assert.Equal(1, probe.Releases);
        var probe2 = new Probe<int>([1, 2, 3], throwAt: 1);
        Assert.Throws<ProbeException>(() => probe2.Cycle().ToList());
        Assert.Equal(1, probe2.Releases);
        var probe3 = new Probe<int>([1, 2, 3]);
        var it3 = probe3.Cycle();
        it3.Next();
        it3.Dispose();
        it3.Dispose();
        Assert.Equal(1, probe3.Releases);
        var inf = new InfiniteProbe();
        Assert.Equal([0L, 1L, 2L], inf.Cycle().Take(3).ToList());
        Assert.Equal(0, inf.Releases); // Take stopping leaves the source open
        Assert.Equal(3, inf.Next());
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.Cycle<int>(null!));
    }
}
