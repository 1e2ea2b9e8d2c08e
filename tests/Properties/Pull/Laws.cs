using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests;

/// <summary>The iterator laws, checked for an operator built over a <see cref="Probe{T}"/>.</summary>
public static class Laws
{
    /// <summary>Output equals <paramref name="expected"/> by pulling and by folding; building pulls nothing;
    /// exhausted stays exhausted; ownership is Python's: the end releases the probe only if the probe itself ended
    /// (an operator that stops early leaves it open), and disposing the operator then releases it exactly once.</summary>
    public static void Check<TOut>(Func<Iter<int>, Iter<TOut>> op, int[] items, IEnumerable<TOut> expected)
    {
        var want = expected.ToList();

        var probe = new Probe<int>(items, resumesAfterEnd: true);
        var it = op(probe);
        Assert.Equal(0, probe.Pulls);
        var got = new List<TOut>();
        while (it.TryNext(out var x)) got.Add(x);
        Assert.Equal(want, got);
        Assert.False(it.TryNext(out _));
        Assert.False(it.TryNext(out _));
        Assert.False(probe.PulledAfterEnd);
        Assert.Equal(probe.IsFinished ? 1 : 0, probe.Releases); // released by its own end only
        it.Dispose();
        Assert.Equal(1, probe.Releases);

        var probe2 = new Probe<int>(items, resumesAfterEnd: true);
        var it2 = op(probe2);
        Assert.Equal(0, probe2.Pulls);
        Assert.Equal(want, it2.ToList());
        Assert.Empty(it2.ToList());
        Assert.False(it2.TryNext(out _));
        Assert.False(probe2.PulledAfterEnd);
        Assert.Equal(probe2.IsFinished ? 1 : 0, probe2.Releases); // released by its own end only
        it2.Dispose();
        Assert.Equal(1, probe2.Releases);

        // Mixed: one pull, then fold the rest.
        var probe3 = new Probe<int>(items, resumesAfterEnd: true);
        var it3 = op(probe3);
        var mixed = new List<TOut>();
        if (it3.TryNext(out var first)) mixed.Add(first);
        mixed.AddRange(it3.ToList());
        Assert.Equal(want, mixed);
        Assert.False(probe3.PulledAfterEnd);
        Assert.Equal(probe3.IsFinished ? 1 : 0, probe3.Releases); // released by its own end only
        it3.Dispose();
        Assert.Equal(1, probe3.Releases);
    }

    /// <summary>A probe exception at <paramref name="throwAt"/> reaches the caller unchanged (pulling and folding);
    /// the operator is exhausted afterwards and the probe released once.</summary>
    public static void Throws<TOut>(Func<Iter<int>, Iter<TOut>> op, int[] items, int throwAt)
    {
        var probe = new Probe<int>(items, throwAt: throwAt);
        var it = op(probe);
        var ex = Assert.Throws<ProbeException>(() => { while (it.TryNext(out _)) { } });
        Assert.Equal(throwAt, ex.Index);
        Assert.False(it.TryNext(out _));
        Assert.True(it.IsFinished);
        Assert.Equal(1, probe.Releases);
        Assert.False(probe.PulledAfterEnd);

        var probe2 = new Probe<int>(items, throwAt: throwAt);
        var it2 = op(probe2);
        Assert.Throws<ProbeException>(() => it2.ToList());
        Assert.False(it2.TryNext(out _));
        Assert.Equal(1, probe2.Releases);
        Assert.False(probe2.PulledAfterEnd);
    }

    /// <summary>Disposing after one pull releases the probe exactly once, and the operator stays exhausted.</summary>
    public static void Disposes<TOut>(Func<Iter<int>, Iter<TOut>> op, int[] items)
    {
        var probe = new Probe<int>(items, resumesAfterEnd: true);
        var it = op(probe);
        it.TryNext(out _);
        it.Dispose();
        it.Dispose();
        Assert.Equal(1, probe.Releases);
        Assert.False(it.TryNext(out _));
        Assert.False(probe.PulledAfterEnd);

        var untouched = new Probe<int>(items);
        var never = op(untouched);
        never.Dispose();
        Assert.Equal(0, untouched.Pulls);
        Assert.Equal(1, untouched.Releases);
    }

    public static readonly int[][] Inputs =
    [
        [],
        [1],
        [1, 2],
        [5, 3, 5, 1, 2, 2, 8],
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    ];

    public static TheoryData<int[]> InputData()
    {
        var data = new TheoryData<int[]>();
        foreach (var xs in Inputs) data.Add(xs);
        return data;
    }
}
