using System.Threading.Channels;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.Async;

/// <summary>
/// The ownership law across the channel bridges, under races: a reader that sees the end, fault or cancellation a
/// <c>WriteToAsync</c> producer completed its channel with finds the producer's iterator already released; a pull
/// that a <c>Dispose</c> from another thread wakes finds the owned channel already completed. <see cref="Trials"/>
/// trials each, with the racing cancellation or <c>Dispose</c> at a random moment; the check is made at the moment
/// the outcome is seen, in every trial.
/// </summary>
public class ChannelReleaseRaceTests
{
    private const int Trials = 1000;
    private const int MaxSpin = 3000;

    private enum Outcome { End, Cancelled, Fault }

    // A stage-like iterator (released only by Dispose or an exception, not at its end, as every built-in operator):
    // `length` elements, a fault at pull `faultAt`; counts its releases. Its release takes a while (it spins, as one
    // that closes a file would block), longer than a blocked reader takes to wake: the window in which a reader could
    // see the channel's end before the release.
    private sealed class Counted(int length, int faultAt) : Iter<int>(releaseAtEnd: false)
    {
        private int _pulls;
        private int _releases;

        public int Pulls => Volatile.Read(ref _pulls);

        public int Releases => Volatile.Read(ref _releases);

        protected override bool TryAdvance(out int item)
        {
            item = _pulls;
            Interlocked.Increment(ref _pulls);
            if (item == faultAt) throw new InvalidTimeZoneException();
            return item < length;
        }

        protected override void Release()
        {
            Thread.SpinWait(20_000);
            Interlocked.Increment(ref _releases);
        }
    }

    private static Outcome ReadToOutcome(ChannelReader<int> reader)
    {
        try
        {
            using var it = reader.ToIter();
            while (it.TryNext(out _))
            {
            }
            return Outcome.End;
        }
        catch (OperationCanceledException)
        {
            return Outcome.Cancelled;
        }
        catch (InvalidTimeZoneException)
        {
            return Outcome.Fault;
        }
    }

    private static void RunProducerTrials(bool fault)
    {
        var outcomes = new Dictionary<Outcome, int>();
        var broken = new List<string>();
        for (int seed = 0; seed < Trials; seed++)
        {
            var random = new Random(seed);
            int length = random.Next(4);
            var source = new Counted(length, fault ? random.Next(length + 1) : -1);
            var channel = Channel.CreateBounded<int>(1 + random.Next(4));
            using var cts = new CancellationTokenSource();
            // The canceller waits until the producer has begun a random pull (0 = do not wait), then spins a while.
            int spin = random.Next(MaxSpin), afterPull = random.Next(length + 2);
            bool over = false;
            var canceller = Task.Run(() =>
            {
                SpinWait.SpinUntil(() => source.Pulls >= afterPull || Volatile.Read(ref over));
                Thread.SpinWait(spin);
                cts.Cancel();
            });
            var producer = source.WriteToAsync(channel.Writer, cts.Token);
            var outcome = ReadToOutcome(channel.Reader);
            Volatile.Write(ref over, true);
            int releases = source.Releases; // read at once: the reader has just seen the channel's end
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            if (releases != 1) broken.Add($"seed {seed}: the reader saw {outcome} with {releases} releases of the producer's iterator");
            Guard.Finishes(producer, "the producer");
            Guard.Finishes(canceller, "the canceller");
            Assert.Equal(1, source.Releases);
        }
        string seen = string.Join(", ", outcomes.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"));
        Assert.True(broken.Count == 0, $"{broken.Count} of {Trials} trials broke the release law (outcomes: {seen}); first: {broken.FirstOrDefault()}");
        Assert.True(outcomes.GetValueOrDefault(Outcome.Cancelled) > 0, $"no trial was cancelled (outcomes: {seen})");
        Assert.True(outcomes.GetValueOrDefault(fault ? Outcome.Fault : Outcome.End) > 0, $"the race was never lost by the canceller (outcomes: {seen})");
    }

    [Fact]
    public void WriteToAsync_releases_its_iterator_before_a_reader_sees_the_end_or_the_cancellation() =>
        Guard.Within(() => RunProducerTrials(fault: false));

    [Fact]
    public void WriteToAsync_releases_its_iterator_before_a_reader_sees_the_fault_or_the_cancellation() =>
        Guard.Within(() => RunProducerTrials(fault: true));

    // A channel whose reader says when a pull has gone to wait (WaitToReadAsync), so the racing Dispose lands on a
    // pull that is running, as the bridge's promise about Dispose from another thread requires.
    private sealed class WatchedChannel : Channel<int>
    {
        private volatile bool _waiting;

        public WatchedChannel()
        {
            var inner = Channel.CreateBounded<int>(4);
            Reader = new WatchedReader(inner.Reader, this);
            Writer = inner.Writer;
        }

        public bool Waiting => _waiting;

        private sealed class WatchedReader(ChannelReader<int> inner, WatchedChannel owner) : ChannelReader<int>
        {
            public override bool TryRead(out int item) => inner.TryRead(out item);

            public override ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken = default)
            {
                var wait = inner.WaitToReadAsync(cancellationToken);
                owner._waiting = true;
                return wait;
            }
        }
    }

    [Fact]
    public void Dispose_from_another_thread_completes_the_owned_channel_before_the_woken_pull_reports_the_end() =>
        Guard.Within(() =>
        {
            int broken = 0, ends = 0;
            string? first = null;
            for (int seed = 0; seed < Trials; seed++)
            {
                var random = new Random(seed);
                var channel = new WatchedChannel();
                var it = channel.ToIter();
                int spin = random.Next(MaxSpin);
                var disposer = Task.Run(() =>
                {
                    SpinWait.SpinUntil(() => channel.Waiting);
                    Thread.SpinWait(spin);
                    it.Dispose();
                });
                bool got = it.TryNext(out _);
                bool completed = !channel.Writer.TryWrite(seed); // read at once: the pull has just reported the end
                Guard.Finishes(disposer, "the disposing thread");
                Assert.False(got); // nothing was ever written before the Dispose
                ends++;
                if (!completed)
                {
                    broken++;
                    first ??= $"seed {seed}: the pull reported the end before the Dispose completed the channel";
                }
            }
            Assert.True(broken == 0, $"{broken} of {Trials} trials broke the release law ({ends} ends); first: {first}");
        });
}
