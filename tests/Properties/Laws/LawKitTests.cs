using Streams.Laws;
using Xunit;

namespace Streams.Tests.Laws;

/// <summary>The user-facing law kit (src/Laws): passes on correct iterators, fails readably on broken ones.</summary>
public class LawKitTests
{
    /// <summary>A correct hand-written iterator: the letters from..to.</summary>
    private sealed class LetterIter(char from, char to) : Iter<char>
    {
        private char _next = from;

        protected override bool TryAdvance(out char item)
        {
            item = _next;
            if (_next > to) return false;
            _next++;
            return true;
        }
    }

    /// <summary>A raw enumerator over a..e that starts over after its end (what the Iter base class would
    /// prevent).</summary>
    private sealed class ResumingLetters : IEnumerator<char>
    {
        private char _current = (char)('a' - 1);

        public char Current => _current;

        object System.Collections.IEnumerator.Current => _current;

        public bool MoveNext()
        {
            if (_current >= 'e')
            {
                _current = (char)('a' - 1); // BUG: resumes
                return false;
            }
            _current++;
            return true;
        }

        public void Reset() => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }

    private static int _calls;

    [Fact]
    public void Passes_on_Positives_which_is_infinite()
    {
        var report = IteratorLaws.Check(() => Streams.Pull.Positives());
        Assert.False(report.ReachedEnd);
        Assert.Equal(LawOptions.Default.MaxElements, report.ElementsSeen);
        Assert.Contains("exhausted stays exhausted", Assert.Single(report.NotApplicable));
    }

    [Fact]
    public void Passes_on_a_correct_LetterIter_with_every_law()
    {
        var report = IteratorLaws.Check(() => new LetterIter('a', 'e'));
        Assert.True(report.ReachedEnd);
        Assert.Equal(5, report.ElementsSeen);
        Assert.Equal(5, report.Checked.Count);
        Assert.Empty(report.NotApplicable);
    }

    [Fact]
    public void Passes_on_pipelines_and_on_a_yield_method_checked_raw()
    {
        IteratorLaws.Check(() => Streams.Pull.Range(0, 10).Filter(x => x % 3 != 0).Map(x => x * x));
        IteratorLaws.CheckEnumerator(() => Letters().GetEnumerator());
        static IEnumerable<char> Letters()
        {
            for (char c = 'a'; c <= 'e'; c++) yield return c;
        }
    }

    [Fact]
    public void A_resuming_iterator_passes_as_an_Iter_because_the_base_class_stops_it() =>
        IteratorLaws.Check(() => new Doubles.Probe<char>("abcde", resumesAfterEnd: true));

    [Fact]
    public void Fails_readably_on_a_raw_enumerator_that_resumes_after_its_end()
    {
        var e = Assert.Throws<LawViolationException>(() => IteratorLaws.CheckEnumerator(() => new ResumingLetters()));
        Assert.Equal("exhausted stays exhausted", e.Law);
        Assert.Equal("after 5 elements and end, MoveNext returned true with 'a'", e.Counterexample);
        Assert.Contains("Law 'exhausted stays exhausted' violated", e.Message);
    }

    [Fact]
    public void Fails_readably_on_a_raw_next_function_that_resumes_after_its_end()
    {
        var e = Assert.Throws<LawViolationException>(() => IteratorLaws.CheckNext<int>(() =>
        {
            int i = 0;
            return () =>
            {
                if (i < 3) return (true, i++);
                i = 0; // BUG: starts over
                return (false, 0);
            };
        }));
        Assert.Equal("after 3 elements and end, next returned true with 0", e.Counterexample);
    }

    [Fact]
    public void Fails_on_an_iterator_that_is_not_deterministic()
    {
        var e = Assert.Throws<LawViolationException>(() => IteratorLaws.Check(() => Streams.Pull.Range(0,
            3 + Interlocked.Increment(ref _calls) % 2)));
        Assert.Equal("deterministic", e.Law);
        Assert.Contains("two fresh iterators differ", e.Message);
    }

    [Fact]
    public void Fails_on_an_iterator_whose_instances_share_state_so_parts_do_not_add_up()
    {
        int shared = 0; // every instance counts on from where the last one stopped: fresh instances are not fresh
        var e = Assert.Throws<LawViolationException>(() => IteratorLaws.CheckNext<int>(() => () => shared < 1000
            ? (true, shared++ % 7) : (false, 0)));
        Assert.Equal("deterministic", e.Law);
    }

    [Fact]
    public void Fails_on_construction_that_iterates_eagerly()
    {
        var e = Assert.Throws<LawViolationException>(() => IteratorLaws.Check(
            () =>
            {
                Thread.Sleep(2000); // stands for a constructor that computes everything up front
                return Streams.Pull.Of(1, 2, 3);
            },
            new LawOptions { ConstructionTimeout = TimeSpan.FromMilliseconds(200) }));
        Assert.Equal("lazy construction", e.Law);
    }
}
