using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;
using P = Streams.Pull;

namespace Streams.Tests.PullTests.Terminals.Vectorized;

/// <summary>
/// The vectorised aggregates (an array source with nothing between it and Sum/Min/Max/Average) against LINQ over the
/// same remaining elements, and against the scalar path for what they leave behind: the iterator finished, at its
/// end, nothing more to pull, whether the aggregate returned or threw.
/// </summary>
public class SpanAggregatesTests
{
    // Pulls `skip` elements first, so the vectorised path starts mid-array.
    private static Iter<T> Started<T>(Iter<T> it, int skip)
    {
        for (int i = 0; i < skip && it.TryNext(out _); i++)
        {
        }
        return it;
    }

    private static void AssertConsumed<T>(Iter<T> it)
    {
        Assert.True(it.IsFinished);
        Assert.False(it.TryNext(out _));
        Assert.Empty(it.ToList());
    }

    [Property]
    public void Sum_over_the_rest_of_an_array_matches_linq_and_consumes_like_the_scalar_path(int[] seeds, byte skip)
    {
        long[] ls = (seeds ?? []).Select(SumTests.BigLong).ToArray();
        int[] xs = (seeds ?? []).Select(SumTests.Big).ToArray();
        int k = skip % 8;

        var vector = Started(P.From(ls), k);
        var scalar = Started(P.From(ls.Select(x => x)), k);
        Assert.Equal(Outcome<long>.Of(() => ls.Skip(k).ToArray().Sum()), Outcome<long>.Of(() => vector.Sum()));
        Assert.Equal(Outcome<long>.Of(() => ls.Skip(k).Sum()), Outcome<long>.Of(() => scalar.Sum()));
        AssertConsumed(vector);
        AssertConsumed(scalar);

        var ints = Started(P.From(xs), k);
        Assert.Equal(Outcome<int>.Of(() => xs.Skip(k).ToArray().Sum()), Outcome<int>.Of(() => ints.Sum()));
        AssertConsumed(ints);

        var average = Started(P.From(ls), k);
        Assert.Equal(Outcome<double>.Of(() => ls.Skip(k).ToArray().Average()), Outcome<double>.Of(() => average.Average()));
        AssertConsumed(average);
    }

    [Property]
    public void Min_and_max_over_the_rest_of_an_array_match_linq_and_consume(int[] seeds, byte skip)
    {
        long[] ls = (seeds ?? []).Select(SumTests.BigLong).ToArray();
        byte[] bs = (seeds ?? []).Select(x => (byte)x).ToArray();
        int k = skip % 8;
        var min = Started(P.From(ls), k);
        var max = Started(P.From(bs), k);
        Assert.Equal(Outcome<long>.Of(() => ls.Skip(k).ToArray().Min()), Outcome<long>.Of(() => min.Min()));
        Assert.Equal(Outcome<byte>.Of(() => bs.Skip(k).ToArray().Max()), Outcome<byte>.Of(() => max.Max()));
        AssertConsumed(min);
        AssertConsumed(max);
    }

    [Fact]
    public void Lane_overflow_throws_exactly_where_linq_throws()
    {
        // Lane 0 (every fourth long, with 256-bit vectors) adds MaxValue + 1; in element order the sum never leaves
        // the range. LINQ's span sum throws; LINQ over a Select does not: Streams matches each.
        long[] xs = new long[64];
        xs[0] = long.MaxValue;
        xs[1] = long.MinValue;
        xs[System.Numerics.Vector<long>.Count] = 1;
        Assert.Equal(Outcome<long>.Of(() => xs.Sum()), Outcome<long>.Of(() => P.From(xs).Sum()));
        Assert.Equal(Outcome<long>.Of(() => xs.Select(x => x).Sum()), Outcome<long>.Of(() => P.From(xs).Map(x => x).Sum()));
        Assert.Equal(0L, P.From(xs).Map(x => x).Sum());
    }

    [Fact]
    public void Every_length_around_the_vector_thresholds_matches_linq()
    {
        var random = new Random(12345);
        for (int length = 0; length <= 80; length++)
        {
            for (int trial = 0; trial < 20; trial++)
            {
                long[] ls = Enumerable.Range(0, length).Select(_ => random.NextInt64(long.MinValue / 8, long.MaxValue / 8) * (trial % 4 == 0 ? 4 : 1)).ToArray();
                int[] xs = ls.Select(x => (int)(x >> 35)).ToArray();
                Assert.Equal(Outcome<long>.Of(() => ls.Sum()), Outcome<long>.Of(() => P.From(ls).Sum()));
                Assert.Equal(Outcome<int>.Of(() => xs.Sum()), Outcome<int>.Of(() => P.From(xs).Sum()));
                Assert.Equal(Outcome<int>.Of(() => xs.Min()), Outcome<int>.Of(() => P.From(xs).Min()));
                Assert.Equal(Outcome<long>.Of(() => ls.Max()), Outcome<long>.Of(() => P.From(ls).Max()));
            }
        }
    }

    [Fact]
    public void A_finished_array_source_sums_to_zero_and_has_no_minimum()
    {
        var it = P.From(new long[] { 1, 2, 3 });
        Assert.Equal(6, it.Sum());
        Assert.Equal(0, it.Sum());
        Assert.Throws<IteratorExhaustedException>(() => it.Min());
        var disposed = P.From(new[] { 5, 6 });
        disposed.Dispose();
        Assert.Equal(0, disposed.Sum());
    }
}
