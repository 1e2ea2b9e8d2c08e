using Streams.Tests.Doubles;
using Xunit;
using P = Streams.Pull;

namespace Streams.Tests.PullTests.Operators;

public class ZipSelectorTests
{
    [Fact]
    public void Zip_with_a_selector_over_two_and_three_inputs_matches_python_map_and_stops_at_shortest()
    {
        Assert.Equal([10, 40], P.Of(1, 2, 3).Zip(P.Of(10, 20), (a, b) => a * b).ToList());
        Assert.Equal([111, 222], P.Of(1, 2).Zip(P.Of(10, 20, 30), P.Of(100, 200, 300), (a, b, c) => a + b + c).ToList());
        Assert.Empty(P.Empty<int>().Zip(P.Of(1), (a, b) => a + b).ToList());
        Assert.Empty(P.Of(1).Zip(P.Of(1), P.Empty<int>(), (a, b, c) => a).ToList());
    }

    [Fact]
    public void Zip3_selector_exhausted_stays_exhausted_and_releases_all_once()
    {
        var a = new Probe<int>([1, 2], resumesAfterEnd: true);
        var b = new Probe<int>([1, 2, 3], resumesAfterEnd: true);
        var c = new Probe<int>([1, 2, 3], resumesAfterEnd: true);
        var m = a.Zip(b, c, (x, y, z) => x + y + z);
        Assert.Equal(0, a.Pulls + b.Pulls + c.Pulls);
        Assert.Equal([3, 6], m.ToList());
        Assert.False(m.TryNext(out _));
        Assert.False(a.PulledAfterEnd || b.PulledAfterEnd || c.PulledAfterEnd);
        Assert.Equal(2, b.Pulls); // b and c are not pulled once a has ended
        Assert.Equal(2, c.Pulls);
        Assert.Equal([1, 0, 0], new[] { a.Releases, b.Releases, c.Releases }); // only a ended; b and c stay open
        Assert.Equal(3, b.Next());
        m.Dispose();
        Assert.Equal([1, 1, 1], new[] { a.Releases, b.Releases, c.Releases });
    }

    [Fact]
    public void Zip3_selector_exception_propagates_then_exhausted()
    {
        var a = new Probe<int>([1, 2, 3]);
        var b = new Probe<int>([1, 2, 3], throwAt: 1);
        var c = new Probe<int>([1, 2, 3]);
        var m = a.Zip(b, c, (x, y, z) => x);
        Assert.Equal(1, m.Next());
        Assert.Equal(1, Assert.Throws<ProbeException>(() => m.Next()).Index);
        Assert.False(m.TryNext(out _));
        Assert.Equal([1, 1, 1], new[] { a.Releases, b.Releases, c.Releases });
    }

    [Fact]
    public void Zip3_selector_fold_path_and_infinite_inputs()
    {
        Assert.Equal(3 * (0 + 1 + 2), (new InfiniteProbe()).Zip(P.Range(0, 3), new InfiniteProbe(), (x, y, z) => x + y + z).Sum());
        var a = new Probe<int>([1, 2, 3]);
        var b = new Probe<int>([1, 2, 3]);
        var c = new Probe<int>([1, 2, 3]);
        var m = a.Zip(b, c, (x, y, z) => x);
        Assert.Equal(1, m.Next());
        m.Dispose();
        m.Dispose();
        Assert.Equal([1, 1, 1], new[] { a.Releases, b.Releases, c.Releases });
    }

    [FsCheck.Xunit.Property]
    public bool Zip_selector_matches_linq_zip(int[] xs, int[] ys) =>
        P.From(xs).Zip(P.From(ys), (a, b) => a - b).ToList().SequenceEqual(xs.Zip(ys, (a, b) => a - b));
}

public class Zip3Tests
{
    [FsCheck.Xunit.Property]
    public bool Zip3_matches_linq(int[] xs, string[] ys, long[] zs) =>
        P.From(xs).Zip(P.From(ys), P.From(zs)).ToList().SequenceEqual(xs.Zip(ys, zs));

    [Fact]
    public void Zip3_is_lazy_and_pulls_one_per_input_per_output()
    {
        var a = new InfiniteProbe();
        var b = new InfiniteProbe();
        var c = new InfiniteProbe();
        var z = a.Zip(b, c);
        Assert.Equal(0, a.Pulls + b.Pulls + c.Pulls);
        Assert.Equal((0L, 0L, 0L), z.Next());
        Assert.Equal(1, a.Pulls);
        Assert.Equal(1, b.Pulls);
        Assert.Equal(1, c.Pulls);
        var head = z.Take(4);
        Assert.Equal(4, head.Count());
        Assert.Equal([0, 0, 0], new[] { a.Releases, b.Releases, c.Releases }); // Take stopping releases nothing
        head.Dispose();
        Assert.Equal([1, 1, 1], new[] { a.Releases, b.Releases, c.Releases }); // disposing Take disposed z and all three
    }
}

public class ZipStrictTests
{
    [Fact]
    public void Equal_lengths_zip_like_python()
    {
        Assert.Equal([(1, 'a'), (2, 'b')], P.Of(1, 2).ZipStrict(P.Chars("ab")).ToList());
        Assert.Empty(P.Empty<int>().ZipStrict(P.Empty<int>()).ToList());
        Assert.Equal(33, P.Of(1, 2).ZipStrict(P.Of(10, 20), (a, b) => a + b).Sum());
    }

    [Fact]
    public void Second_shorter_throws_with_clear_message_and_exhausts()
    {
        var a = new Probe<int>([1, 2, 3], resumesAfterEnd: true);
        var b = new Probe<int>([1], resumesAfterEnd: true);
        var z = a.ZipStrict(b);
        Assert.Equal((1, 1), z.Next());
        var ex = Assert.Throws<InvalidOperationException>(() => z.Next());
        Assert.Contains("shorter", ex.Message);
        Assert.False(z.TryNext(out _));
        Assert.False(a.PulledAfterEnd || b.PulledAfterEnd);
        Assert.Equal(1, a.Releases);
        Assert.Equal(1, b.Releases);
    }

    [Fact]
    public void Second_longer_is_found_by_pulling_it_once_at_the_end()
    {
        var a = new Probe<int>([1], resumesAfterEnd: true);
        var b = new Probe<int>([1, 2, 3], resumesAfterEnd: true);
        var z = a.ZipStrict(b);
        Assert.Equal((1, 1), z.Next());
        var ex = Assert.Throws<InvalidOperationException>(() => z.Next());
        Assert.Contains("longer", ex.Message);
        Assert.Equal(2, b.Pulls);
        Assert.False(z.TryNext(out _));
        Assert.False(a.PulledAfterEnd || b.PulledAfterEnd);
        Assert.Equal(1, a.Releases);
        Assert.Equal(1, b.Releases);
    }

    [Fact]
    public void Fold_path_checks_lengths_too()
    {
        Assert.Throws<InvalidOperationException>(() => P.Of(1, 2).ZipStrict(P.Of(1, 2, 3)).Count());
        Assert.Throws<InvalidOperationException>(() => P.Of(1, 2, 3).ZipStrict(P.Of(1, 2)).Count());
        Assert.Throws<InvalidOperationException>(() => new InfiniteProbe().ZipStrict(P.Range(0, 5)).Count());
        Assert.Equal(2, P.Of(1, 2).ZipStrict(P.Of(1, 2)).Count());
    }

    [Fact]
    public void Exceptions_propagate_unchanged_and_dispose_releases_both()
    {
        var a = new Probe<int>([1, 2, 3], throwAt: 1);
        var b = new Probe<int>([1, 2, 3]);
        var z = a.ZipStrict(b);
        z.Next();
        Assert.Throws<ProbeException>(() => z.Next());
        Assert.False(z.TryNext(out _));
        Assert.Equal(1, a.Releases);
        Assert.Equal(1, b.Releases);
        var c = new Probe<int>([1, 2]);
        var d = new Probe<int>([1, 2]);
        var y = c.ZipStrict(d);
        Assert.Equal(0, c.Pulls + d.Pulls);
        y.Next();
        y.Dispose();
        Assert.Equal(1, c.Releases);
        Assert.Equal(1, d.Releases);
    }

    [FsCheck.Xunit.Property]
    public bool Equal_length_inputs_match_linq(int[] xs) =>
        P.From(xs).ZipStrict(P.From(xs.Reverse().ToArray())).ToList().SequenceEqual(xs.Zip(xs.Reverse()));
}

public class ZipLongestTests
{
    [Fact]
    public void Matches_python_zip_longest()
    {
        // zip_longest('ABCD', 'xy', fillvalue='-') --> Ax By C- D-
        Assert.Equal("Ax By C- D-", string.Join(" ", P.Chars("ABCD").ZipLongest(P.Chars("xy"), '-', '-').ToList().Select(p => $"{p.First}{p.Second}")));
        Assert.Equal([(0, 'a'), (0, 'b')], P.Empty<int>().ZipLongest(P.Chars("ab"), 0, '-').ToList());
        Assert.Empty(P.Empty<int>().ZipLongest(P.Empty<int>(), 0, 0).ToList());
    }

    [FsCheck.Xunit.Property]
    public bool Matches_reference(int[] xs, int[] ys)
    {
        var expected = Enumerable.Range(0, Math.Max(xs.Length, ys.Length))
            .Select(i => (i < xs.Length ? xs[i] : -1, i < ys.Length ? ys[i] : -2));
        return P.From(xs).ZipLongest(P.From(ys), -1, -2).ToList().SequenceEqual(expected);
    }

    [Fact]
    public void Never_pulls_an_ended_side_and_releases_it_when_it_ends()
    {
        var a = new Probe<int>([1], resumesAfterEnd: true);
        var b = new Probe<int>([1, 2, 3], resumesAfterEnd: true);
        var z = a.ZipLongest(b, 0, 0);
        Assert.Equal(0, a.Calls + b.Calls);
        Assert.Equal((1, 1), z.Next());
        Assert.Equal((0, 2), z.Next());
        Assert.Equal(1, a.Releases);
        Assert.Equal(0, b.Releases);
        Assert.Equal((0, 3), z.Next());
        Assert.False(z.TryNext(out _));
        Assert.False(z.TryNext(out _));
        Assert.False(a.PulledAfterEnd || b.PulledAfterEnd);
        Assert.Equal(2, a.Calls);
        Assert.Equal(1, b.Releases);
    }

    [Fact]
    public void Exception_and_disposal()
    {
        var a = new Probe<int>([1, 2], throwAt: 1);
        var b = new Probe<int>([1, 2]);
        var z = a.ZipLongest(b, 0, 0);
        z.Next();
        Assert.Throws<ProbeException>(() => z.Next());
        Assert.False(z.TryNext(out _));
        Assert.Equal(1, a.Releases);
        Assert.Equal(1, b.Releases);
        var inf = new InfiniteProbe();
        var c = new Probe<long>([5]);
        var y = inf.ZipLongest(c, 0, 0);
        Assert.Equal(10, y.Take(10).Count());
        Assert.Equal(0, inf.Releases); // Take stopping leaves the infinite side open
        Assert.Equal(1, c.Releases);   // the finite side ended, so it released itself
        y.Dispose();
        Assert.Equal(1, inf.Releases);
        Assert.Equal(10, inf.Pulls);
    }
}
