using System.Runtime.CompilerServices;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.Async;

/// <summary>
/// The ownership law across the async-to-pull bridge, under races: by the time the puller sees the end, a fault or a
/// cancellation (and by the time a consumer's <c>Dispose</c> returns), the source's async enumerator has been disposed,
/// so its <c>finally</c> has run. Each test runs <see cref="Trials"/> trials in which a cancellation or a
/// <c>Dispose</c> from another thread lands at a random moment of the pull, and checks started = disposed at the moment
/// the outcome is seen, in every trial. The report names how many trials broke the law and the seed of the first.
/// </summary>
public class AsyncReleaseRaceTests
{
    private const int Trials = 1000;

    // The racing thread waits until the source has begun a random step (0 = do not wait), then spins a random while
    // (up to MaxSpin iterations of Thread.SpinWait) before it cancels or disposes: so the race lands before the first
    // step, inside a step, just as a step or the whole sequence ends, whatever a step costs on the machine.
    private const int MaxSpin = 10_000;

    private sealed class Ledger
    {
        public int Started;
        public int Disposed;
        public int Steps;       // steps begun
        public volatile bool Over; // the puller has seen its outcome

        public (int Started, int Disposed) Read() => (Volatile.Read(ref Started), Volatile.Read(ref Disposed));
    }

    private enum Outcome { End, Cancelled, Fault }

    // A well-behaved source: every step resumes on the thread pool (or, at step `pendingAt`, waits for the token and
    // ends only by cancellation), then observes the token; it faults at step `faultAt` and ends after `length`
    // elements. The finally is what its release runs; with `asyncCleanup` it first awaits a timer, as a source that
    // closes a connection or a file asynchronously does, so its last step (or its DisposeAsync) ends a timer tick
    // after the cancellation: longer than a blocked thread takes to wake, the window in which the puller could see
    // the cancellation before the release.
    private static async IAsyncEnumerable<int> Source(Ledger ledger, int length, int faultAt = -1, int pendingAt = -1,
        bool asyncCleanup = false, [EnumeratorCancellation] CancellationToken ct = default)
    {
        Interlocked.Increment(ref ledger.Started);
        try
        {
            for (int i = 0; ; i++)
            {
                Interlocked.Increment(ref ledger.Steps);
                if (i == pendingAt) await Task.Delay(Timeout.Infinite, ct);
                else await Task.Yield();
                ct.ThrowIfCancellationRequested();
                if (i == faultAt) throw new InvalidTimeZoneException();
                if (i == length) yield break;
                yield return i;
            }
        }
        finally
        {
            if (asyncCleanup) await Task.Delay(1, CancellationToken.None);
            Interlocked.Increment(ref ledger.Disposed);
        }
    }

    // Pulls to the end, a fault or a cancellation; records started/disposed as the puller sees them at that moment.
    private static (Outcome Outcome, int Started, int Disposed) PullToOutcome(Iter<int> it, Ledger ledger)
    {
        Outcome outcome;
        try
        {
            while (it.TryNext(out _))
            {
            }
            outcome = Outcome.End;
        }
        catch (OperationCanceledException)
        {
            outcome = Outcome.Cancelled;
        }
        catch (InvalidTimeZoneException)
        {
            outcome = Outcome.Fault;
        }
        var (started, disposed) = ledger.Read();
        return (outcome, started, disposed);
    }

    // One pull: an element (the iterator is still live, nothing to check), or the end, a fault or a cancellation.
    // The Dispose races pull once: an iterator is pulled from one thread at a time (docs/laws.md, "One consumer"), and
    // Dispose from another thread is promised to wake a pull that is running, not to order itself with one that has
    // not started; with a single pull, a pull that starts after the Dispose never starts the source either.
    private static (Outcome? Outcome, int Started, int Disposed) PullOnce(Iter<int> it, Ledger ledger)
    {
        Outcome? outcome = null;
        try
        {
            if (!it.TryNext(out _)) outcome = Outcome.End;
        }
        catch (OperationCanceledException)
        {
            outcome = Outcome.Cancelled;
        }
        var (started, disposed) = ledger.Read();
        return (outcome, started, disposed);
    }

    private sealed class Tally
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<Outcome, int> _outcomes = [];
        private readonly Dictionary<string, int> _states = [];
        private readonly HashSet<int> _brokenTrials = [];
        private string? _first;

        // What the puller saw; an element (null) leaves the iterator live, its release yet to come: nothing to check.
        public void Puller(int seed, Outcome? outcome, int started, int disposed)
        {
            if (outcome is not { } seen) return;
            lock (_gate)
            {
                _outcomes[seen] = _outcomes.GetValueOrDefault(seen) + 1;
                string k = $"{seen}/{started}/{disposed}";
                _states[k] = _states.GetValueOrDefault(k) + 1;
            }
            Check(seed, started, disposed, $"the puller saw {seen}");
        }

        // What a thread whose Dispose call has returned sees.
        public void Disposer(int seed, (int Started, int Disposed) seen) =>
            Check(seed, seen.Started, seen.Disposed, "Dispose had returned");

        // After every thread of a trial is done, whatever the outcome: nothing started stays undisposed.
        public void AfterTrial(int seed, Ledger ledger) => Check(seed, ledger.Started, ledger.Disposed, "the trial was over");

        private void Check(int seed, int started, int disposed, string when)
        {
            if (started == disposed) return;
            lock (_gate)
            {
                _brokenTrials.Add(seed);
                _first ??= $"seed {seed}: {when} with started {started}, disposed {disposed}";
            }
        }

        public void AssertLawHeld(params Outcome[] mustOccur)
        {
            string seen = string.Join(", ", _outcomes.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"));
            string detail = string.Join(", ", _states.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"));
            Assert.True(_brokenTrials.Count == 0, $"{_brokenTrials.Count} of {Trials} trials broke the release law (puller saw outcome/started/disposed: {detail}); first: {_first}");
            // The trials raced only if each outcome the race can produce was seen at least once.
            foreach (var o in mustOccur) Assert.True(_outcomes.GetValueOrDefault(o) > 0, $"no pull ended in {o} (outcomes: {seen})");
        }
    }

    // Runs `race` on the thread pool once the source has begun step `afterStep` (or the pull is over), after a random
    // spin, while the calling thread runs `pull`; waits for both.
    private static void Race(Random random, Ledger ledger, int afterStep, Action race, Action pull)
    {
        int spin = random.Next(MaxSpin);
        var racer = Task.Run(() =>
        {
            SpinWait.SpinUntil(() => Volatile.Read(ref ledger.Steps) >= afterStep || ledger.Over);
            Thread.SpinWait(spin);
            race();
        });
        pull();
        ledger.Over = true;
        Guard.Finishes(racer, "the racing thread");
        racer.GetAwaiter().GetResult();
    }

    private static IEnumerable<(int Seed, Random Random, Ledger Ledger)> TrialSeeds()
    {
        for (int seed = 0; seed < Trials; seed++) yield return (seed, new Random(seed), new Ledger());
    }

    [Fact]
    public void Cancellation_racing_the_end_reaches_the_puller_only_after_the_release() =>
        Guard.Within(() =>
        {
            var tally = new Tally();
            foreach (var (seed, random, ledger) in TrialSeeds())
            {
                using var cts = new CancellationTokenSource();
                int length = random.Next(3);
                var it = Source(ledger, length, asyncCleanup: seed % 2 == 0).ToIter(cts.Token);
                Race(random, ledger, afterStep: random.Next(length + 2), cts.Cancel, () =>
                {
                    var (outcome, started, disposed) = PullToOutcome(it, ledger);
                    tally.Puller(seed, outcome, started, disposed);
                });
                tally.AfterTrial(seed, ledger);
            }
            tally.AssertLawHeld(Outcome.End, Outcome.Cancelled);
        });

    [Fact]
    public void Cancellation_of_a_pending_step_reaches_the_puller_only_after_the_release() =>
        Guard.Within(() =>
        {
            var tally = new Tally();
            foreach (var (seed, random, ledger) in TrialSeeds())
            {
                using var cts = new CancellationTokenSource();
                // The second step waits for the token: every trial ends in a cancellation, most of them inside a step.
                var it = Source(ledger, length: 3, pendingAt: 1, asyncCleanup: seed % 2 == 0).ToIter(cts.Token);
                Race(random, ledger, afterStep: random.Next(3), cts.Cancel, () =>
                {
                    var (outcome, started, disposed) = PullToOutcome(it, ledger);
                    tally.Puller(seed, outcome, started, disposed);
                });
                tally.AfterTrial(seed, ledger);
            }
            tally.AssertLawHeld(Outcome.Cancelled);
        });

    [Fact]
    public void Cancellation_racing_a_fault_reaches_the_puller_only_after_the_release() =>
        Guard.Within(() =>
        {
            var tally = new Tally();
            foreach (var (seed, random, ledger) in TrialSeeds())
            {
                using var cts = new CancellationTokenSource();
                int faultAt = random.Next(2);
                var it = Source(ledger, length: 4, faultAt, asyncCleanup: seed % 2 == 0).ToIter(cts.Token);
                Race(random, ledger, afterStep: random.Next(faultAt + 2), cts.Cancel, () =>
                {
                    var (outcome, started, disposed) = PullToOutcome(it, ledger);
                    tally.Puller(seed, outcome, started, disposed);
                });
                tally.AfterTrial(seed, ledger);
            }
            tally.AssertLawHeld(Outcome.Fault, Outcome.Cancelled);
        });

    [Fact]
    public void Dispose_from_another_thread_racing_a_pull_completes_the_release_for_both_threads() =>
        Guard.Within(() =>
        {
            var tally = new Tally();
            foreach (var (seed, random, ledger) in TrialSeeds())
            {
                // A third of the trials wait for the token at their first step (only the Dispose ends them); the rest
                // race the end (length 0) or an element (length 1, the iterator stays live until the Dispose).
                var it = Source(ledger, length: random.Next(2), pendingAt: seed % 3 == 0 ? 0 : -1, asyncCleanup: seed % 2 == 0).ToIter();
                Race(random, ledger, afterStep: random.Next(2), () =>
                {
                    it.Dispose();
                    tally.Disposer(seed, ledger.Read());
                }, () =>
                {
                    var (outcome, started, disposed) = PullOnce(it, ledger);
                    tally.Puller(seed, outcome, started, disposed);
                });
                tally.AfterTrial(seed, ledger);
            }
            tally.AssertLawHeld(Outcome.End);
        });

    [Fact]
    public void Dispose_racing_a_cancellation_and_the_end_completes_the_release_for_every_thread() =>
        Guard.Within(() =>
        {
            var tally = new Tally();
            foreach (var (seed, random, ledger) in TrialSeeds())
            {
                using var cts = new CancellationTokenSource();
                var it = Source(ledger, length: random.Next(2), pendingAt: seed % 3 == 0 ? 0 : -1, asyncCleanup: seed % 2 == 0).ToIter(cts.Token);
                int spin = random.Next(MaxSpin), afterStep = random.Next(2);
                var disposer = Task.Run(() =>
                {
                    SpinWait.SpinUntil(() => Volatile.Read(ref ledger.Steps) >= afterStep || ledger.Over);
                    Thread.SpinWait(spin);
                    it.Dispose();
                    tally.Disposer(seed, ledger.Read());
                });
                Race(random, ledger, afterStep: random.Next(2), cts.Cancel, () =>
                {
                    var (outcome, started, disposed) = PullOnce(it, ledger);
                    tally.Puller(seed, outcome, started, disposed);
                });
                Guard.Finishes(disposer, "the disposing thread");
                disposer.GetAwaiter().GetResult();
                tally.AfterTrial(seed, ledger);
            }
            tally.AssertLawHeld(Outcome.Cancelled); // the caller's token wins over a Dispose that woke the same pull
        });
}
