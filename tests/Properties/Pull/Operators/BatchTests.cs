using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests.Operators;

public class BatchTests
{
    [Theory]
    [MemberData(nameof(Laws.InputData), MemberType = typeof(Laws))]
    public void Matches_linq_chunk_and_keeps_the_laws(int[] xs)
    {
        foreach (int n in new[] { 1, 2, 3, 20 }) Laws.Check(s => s.Batch(n), xs, xs.Chunk(n));
    }

    [Property]
    public void Model(int[] xs, byte size)
    {
        xs ??= [];
        int n = size % 6 + 1;
        Assert.Equal(xs.Chunk(n), Streams.Pull.From(xs).Batch(n).ToList());
    }

    [Fact]
    public void Strict_throws_on_a_short_last_batch_only()
    {
        Assert.Equal([[1, 2], [3, 4]], Streams.Pull.Of(1, 2, 3, 4).Batch(2, strict: true).ToList());
        var probe = new Probe<int>([1, 2, 3], resumesAfterEnd: true);
        var it = probe.Batch(2, strict: true);
        Assert.Equal([1, 2], it.Next());
        var ex = Assert.Throws<InvalidOperationException>(() => it.Next());
        Assert.Contains("1", ex.Message);
        Assert.False(it.TryNext(out _));
        Assert.Equal(1, probe.Releases);
        Assert.False(probe.PulledAfterEnd);
    }

    [Fact]
    public void Lazy_errors_disposal_infinite_and_arguments()
    {
        var probe = new Probe<int>([1, 2, 3, 4, 5]);
        var it = probe.Batch(2);
        Assert.Equal(0, probe.Pulls);
        Assert.Equal([1, 2], it.Next());
        Assert.Equal(2, probe.Pulls);
        Laws.Throws(s => s.Batch(2), [1, 2, 3], 0);
        Laws.Throws(s => s.Batch(2), [1, 2, 3], 1);
        Laws.Disposes(s => s.Batch(2), [1, 2, 3]);
        Assert.Equal([[1L, 2L, 3L], [4L, 5L, 6L]], Streams.Pull.Positives().Batch(3).Take(2).ToList());
        Assert.Throws<ArgumentOutOfRangeException>(() => new Probe<int>([]).Batch(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Probe<int>([]).Batch(-3));
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.Batch<int>(null!, 2));
    }
}
