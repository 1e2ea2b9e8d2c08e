using Xunit;

namespace Streams.Tests.PullTests.Operators;

/// <summary>Operators taking a size allocate with what they hold, never in proportion to the size argument.</summary>
public class SizeArgumentTests
{
    private const int Huge = 10_000_000;
    private const long OneMegabyte = 1 << 20;

    private static long AllocatedBy(Action action)
    {
        action(); // warm up (JIT, statics) so only the work itself is measured
        long before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void Window_with_a_huge_size_allocates_little()
    {
        long bytes = AllocatedBy(() => Assert.Empty(Streams.Pull.Of(1, 2, 3).Window(Huge).ToList()));
        Assert.True(bytes < OneMegabyte, $"Window({Huge}) over 3 elements allocated {bytes} bytes");
    }

    [Fact]
    public void Batch_with_a_huge_size_allocates_little()
    {
        long bytes = AllocatedBy(() => Assert.Single(Streams.Pull.Of(1, 2, 3).Batch(Huge).ToList()));
        Assert.True(bytes < OneMegabyte, $"Batch({Huge}) over 3 elements allocated {bytes} bytes");
    }

    [Fact]
    public void Chunk_with_a_huge_size_allocates_little()
    {
        long bytes = AllocatedBy(() => Assert.Single(Streams.Pull.Of(1, 2, 3).Chunk(Huge).ToList()));
        Assert.True(bytes < OneMegabyte, $"Chunk({Huge}) over 3 elements allocated {bytes} bytes");
    }

    [Fact]
    public void Int_max_value_sizes_give_the_right_elements()
    {
        Assert.Empty(Streams.Pull.Of(1, 2, 3).Window(int.MaxValue).ToList());
        Assert.Equal([[1, 2, 3]], Streams.Pull.Of(1, 2, 3).Batch(int.MaxValue).ToList());
        Assert.Equal([[1, 2, 3]], Streams.Pull.Of(1, 2, 3).Chunk(int.MaxValue).ToList());
        Assert.Throws<InvalidOperationException>(() => Streams.Pull.Of(1, 2, 3).Batch(int.MaxValue, strict: true).ToList());
    }

    [Fact]
    public void Growing_buffers_keep_the_semantics_across_growth_boundaries()
    {
        int[] xs = Enumerable.Range(0, 100).ToArray();
        foreach (int n in new[] { 1, 3, 4, 5, 16, 17, 33, 64, 99, 100, 101 })
        {
            Assert.Equal(xs.Chunk(n), Streams.Pull.From(xs).Batch(n).ToList());
            var windows = Enumerable.Range(0, Math.Max(0, xs.Length - n + 1)).Select(i => xs[i..(i + n)]).ToList();
            Assert.Equal(windows, Streams.Pull.From(xs).Window(n).ToList());
        }
    }
}
