using FsCheck.Xunit;
using Xunit;

namespace Streams.Tests.PullTests.Sources;

public class GeneratorSourcesTests
{
    [Property]
    public void Iterate_matches_model(int seed, byte n)
    {
        var expected = new List<long>();
        long v = seed;
        for (int i = 0; i < n; i++) { expected.Add(v); v = v * 3 + 1; }
        Assert.Equal(expected, Streams.Pull.Iterate((long)seed, x => x * 3 + 1).Take((long)n).ToList());
    }

    [Fact]
    public void Iterate_calls_f_only_when_the_next_element_is_pulled()
    {
        int calls = 0;
        var it = Streams.Pull.Iterate(1, x => { calls++; return x * 2; });
        Assert.Equal(0, calls);
        Assert.Equal(1, it.Next());
        Assert.Equal(0, calls);
        Assert.Equal([2, 4, 8], it.ByRef().Take(3).ToList());
        Assert.Equal(3, calls);
        Assert.Equal([1L, 2L, 4L], Streams.Pull.Iterate(1L, x => x * 2).TakeWhile(x => x < 5).ToList());
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.Iterate<int>(0, null!));
    }

    [Fact]
    public void Iterate_exception_reaches_caller_and_finishes()
    {
        var it = Streams.Pull.Iterate(0, x => x == 1 ? throw new FormatException() : x + 1);
        Assert.Equal([0, 1], it.ByRef().Take(2).ToList());
        Assert.Throws<FormatException>(() => it.Next());
        Assert.False(it.TryNext(out _));
    }

    [Property]
    public void Unfold_matches_model(byte n)
    {
        var it = Streams.Pull.Unfold((long)n, s => (s > 0, s * 10, s - 1));
        Assert.Equal(Enumerable.Range(1, n).Reverse().Select(i => i * 10L), it.ToList());
        Assert.False(it.TryNext(out _));
    }

    [Fact]
    public void Unfold_never_calls_step_after_end()
    {
        int calls = 0;
        var it = Streams.Pull.Unfold(0, s => { calls++; return (s < 2, s, s + 1); });
        Assert.Equal(0, calls);
        Assert.Equal([0, 1], it.ToList());
        Assert.False(it.TryNext(out _));
        Assert.Equal(3, calls);
        Assert.Equal([1, 1, 2, 3, 5], Streams.Pull.Unfold((0, 1), s => (true, s.Item2, (s.Item2, s.Item1 + s.Item2))).Take(5).ToList());
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.Unfold<int, int>(0, null!));
    }

    [Fact]
    public void Generate_calls_factory_once_per_pull()
    {
        int calls = 0;
        var it = Streams.Pull.Generate(() => ++calls);
        Assert.Equal(0, calls);
        Assert.Equal([1, 2, 3], it.ByRef().Take(3).ToList());
        Assert.Equal(3, calls);
        Assert.Equal(4, it.Next());
        Assert.Equal([5, 6], it.Slice(0, 2).ToList());
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.Generate<int>(null!));
        var failing = Streams.Pull.Generate<int>(() => throw new TimeoutException());
        Assert.Throws<TimeoutException>(() => failing.Next());
        Assert.False(failing.TryNext(out _));
    }

    [Property]
    public void FromFunction_matches_model(int[] xs, int sentinel)
    {
        xs ??= [];
        int i = 0;
        var values = xs.Append(sentinel).ToArray();
        var it = Streams.Pull.FromFunction(() => values[i++], sentinel);
        Assert.Equal(xs.TakeWhile(x => x != sentinel), it.ToList());
        int callsAtEnd = i;
        Assert.False(it.TryNext(out _));
        Assert.Equal(callsAtEnd, i);
    }

    [Fact]
    public void FromFunction_stops_at_sentinel_and_never_calls_again()
    {
        var queue = new Queue<int>([1, 2, 0, 3, 4]);
        var it = Streams.Pull.FromFunction(queue.Dequeue, 0);
        Assert.Equal(5, queue.Count);
        Assert.Equal([1, 2], it.ToList());
        Assert.False(it.TryNext(out _));
        Assert.Equal([3, 4], queue);
        Assert.Empty(Streams.Pull.FromFunction(() => (string?)null, null).ToList());
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.FromFunction<int>(null!, 0));
    }

    [Fact]
    public void FromIndexer_reads_until_index_error()
    {
        var list = new List<int> { 5, 6, 7 };
        var calls = new List<long>();
        var it = Streams.Pull.FromIndexer(i => { calls.Add(i); return list[(int)i]; });
        Assert.Empty(calls);
        Assert.Equal([5, 6, 7], it.ToList());
        Assert.Equal([0L, 1L, 2L, 3L], calls);
        Assert.False(it.TryNext(out _));
        Assert.Equal(4, calls.Count);

        int[] array = [1, 2];
        Assert.Equal([1, 2], Streams.Pull.FromIndexer(i => array[i]).ToList());
        Assert.Empty(Streams.Pull.FromIndexer<int>(_ => throw new IndexOutOfRangeException()).ToList());
        Assert.Equal([0L, 2L, 4L], Streams.Pull.FromIndexer(i => i * 2).Take(3).ToList());
    }

    [Fact]
    public void FromIndexer_other_exceptions_propagate_and_finish()
    {
        var it = Streams.Pull.FromIndexer<int>(i => i == 1 ? throw new KeyNotFoundException() : 9);
        Assert.Equal(9, it.Next());
        Assert.Throws<KeyNotFoundException>(() => it.Next());
        Assert.False(it.TryNext(out _));
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.FromIndexer<int>(null!));
    }
}
