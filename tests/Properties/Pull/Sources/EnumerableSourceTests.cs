using FsCheck.Xunit;
using Xunit;

namespace Streams.Tests.PullTests.Sources;

/// <summary><c>Pull.From</c> over a sequence that is not an array, list or iterator (an <c>EnumerableSource</c>) and
/// <c>Pull.Chars</c>: the elements in order on the pull and the fold path, one enumerator, released exactly once when
/// the iterator ends or is disposed early, and a string's remaining count as positions move.</summary>
public class EnumerableSourceTests
{
    // A sequence that is only an IEnumerable<int> (a compiler-generated iterator), counting the enumerators it
    // starts and the ones whose finally ran (their release).
    private sealed class Watched(int count)
    {
        public int Started { get; private set; }
        public int Released { get; private set; }

        public IEnumerable<int> Items()
        {
            Started++;
            try
            {
                for (int i = 0; i < count; i++) yield return i * 3 + 1;
            }
            finally
            {
                Released++;
            }
        }
    }

    [Property]
    public void Pulled_one_by_one_gives_the_sequence_then_ends_and_releases_once(byte n)
    {
        var seq = new Watched(n);
        var it = Streams.Pull.From(seq.Items());
        var seen = new List<int>();
        while (it.TryNext(out var x)) seen.Add(x);
        Assert.Equal(Enumerable.Range(0, n).Select(i => i * 3 + 1), seen);
        Assert.False(it.TryNext(out _));
        Assert.True(it.IsFinished);
        Assert.Equal((1, 1), (seq.Started, seq.Released));
    }

    [Property]
    public void Folded_gives_the_sequence_and_releases_once(byte n)
    {
        var seq = new Watched(n);
        var it = Streams.Pull.From(seq.Items());
        Assert.Equal(Enumerable.Range(0, n).Select(i => i * 3 + 1), it.ToList());
        Assert.Empty(it.ToList());
        Assert.Equal((1, 1), (seq.Started, seq.Released));
    }

    [Property]
    public void A_fold_after_pulls_goes_on_from_the_same_enumerator(byte n, byte pulls)
    {
        int k = Math.Min(pulls, (int)n);
        var seq = new Watched(n);
        var it = Streams.Pull.From(seq.Items());
        for (int i = 0; i < k; i++) Assert.Equal(i * 3 + 1, it.Next());
        Assert.Equal(Enumerable.Range(k, n - k).Select(i => i * 3 + 1), it.ToList());
        Assert.Equal((1, 1), (seq.Started, seq.Released));
    }

    [Fact]
    public void Disposed_after_some_pulls_releases_the_enumerator_once_and_stays_ended()
    {
        var seq = new Watched(10);
        var it = Streams.Pull.From(seq.Items());
        Assert.Equal(1, it.Next());
        Assert.Equal(4, it.Next());
        Assert.Equal((1, 0), (seq.Started, seq.Released));
        it.Dispose();
        Assert.Equal((1, 1), (seq.Started, seq.Released));
        Assert.False(it.TryNext(out _));
        it.Dispose();
        Assert.Equal((1, 1), (seq.Started, seq.Released));
    }

    [Fact]
    public void Nothing_is_enumerated_before_the_first_pull()
    {
        var seq = new Watched(3);
        var it = Streams.Pull.From(seq.Items()).Map(x => x * 2);
        Assert.Equal(0, seq.Started);
        Assert.Equal(2, it.Next());
        Assert.Equal(1, seq.Started);
    }

    [Property]
    public void Chars_counts_what_is_left_after_pulls(string? text, byte pulls)
    {
        text ??= "";
        int k = Math.Min(pulls, text.Length);
        var it = Streams.Pull.Chars(text);
        for (int i = 0; i < k; i++) Assert.Equal(text[i], it.Next());
        Assert.Equal(text.Length - k, it.Count());
        Assert.Equal(0, Streams.Pull.Chars(text).Skip(text.Length).Count());
    }

    [Fact]
    public void Counters_are_named_by_the_call_that_makes_them()
    {
        Assert.Equal("Positives()", Streams.Pull.Positives().ToString());
        Assert.Equal("CountFrom(1, 2)", Streams.Pull.CountFrom(1, 2).ToString());
        Assert.Equal("CountFrom(2, 1)", Streams.Pull.CountFrom(2).ToString());
    }
}
