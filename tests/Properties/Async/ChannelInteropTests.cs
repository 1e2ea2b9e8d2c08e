using System.Threading.Channels;
using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;
using P = Streams.Pull;

namespace Streams.Tests.Async;

public class ChannelInteropTests
{
    // Counts pulls and releases; throws at pull number `throwAt` (never if negative); infinite.
    private sealed class Counting(int throwAt = -1) : Iter<int>
    {
        private int _pulls;
        private int _releases;

        public int Pulls => Volatile.Read(ref _pulls);

        public int Releases => Volatile.Read(ref _releases);

        protected override bool TryAdvance(out int item)
        {
            if (_pulls == throwAt) throw new InvalidTimeZoneException();
            item = _pulls;
            Interlocked.Increment(ref _pulls);
            return true;
        }

        protected override void Release() => Interlocked.Increment(ref _releases);
    }

    [Property(MaxTest = 100)]
    public bool Iter_to_bounded_channel_to_iter_is_identity(int[] xs, byte capacity) =>
        Guard.Within(() =>
        {
            var channel = Channel.CreateBounded<int>(capacity % 8 + 1);
            var producer = P.From(xs).WriteToAsync(channel.Writer);
            var got = channel.ToIter().ToList();
            Guard.Finishes(producer, "the producer");
            return got;
        }).SequenceEqual(xs);

    [Fact]
    public void Consumer_disposing_early_completes_the_channel_which_stops_the_producer_and_releases_its_iterator()
    {
        var source = new Counting();
        var channel = Channel.CreateBounded<int>(4);
        var producer = source.WriteToAsync(channel.Writer);
        Guard.Within(() =>
        {
            using var it = channel.ToIter();
            Assert.Equal([0, 1, 2], it.Take(3).ToList());
        });
        Guard.Finishes(producer, "the producer");
        Assert.True(producer.IsCompletedSuccessfully);
        Assert.Equal(1, source.Releases);
        Assert.True(source.Pulls <= 3 + 4 + 1, $"pulled {source.Pulls}: more than the capacity ahead of the consumer");
    }

    [Fact]
    public void A_reader_iterator_leaves_the_channel_open_when_disposed()
    {
        var channel = Channel.CreateUnbounded<int>();
        channel.Writer.TryWrite(1);
        channel.Writer.TryWrite(2);
        var it = channel.Reader.ToIter();
        Assert.Equal(1, Guard.Within(() => it.Next()));
        it.Dispose();
        Assert.True(channel.Writer.TryWrite(3));
        Assert.Equal([2, 3], Guard.Within(() => { channel.Writer.Complete(); return channel.Reader.ToIter().ToList(); }));
    }

    [Fact]
    public void Iterator_fault_completes_the_channel_with_it_and_the_pull_throws_it_after_the_elements()
    {
        var source = new Counting(throwAt: 3);
        var channel = Channel.CreateUnbounded<int>();
        var producer = source.WriteToAsync(channel.Writer);
        var seen = new List<int>();
        Guard.Within(() => Assert.Throws<InvalidTimeZoneException>(() => { foreach (var x in channel.Reader.ToIter()) seen.Add(x); }));
        Assert.Equal([0, 1, 2], seen);
        Guard.Within(() => Assert.Throws<InvalidTimeZoneException>(() => producer.GetAwaiter().GetResult()));
        Assert.Equal(1, source.Releases);
    }

    [Fact]
    public void Channel_completion_ends_the_iterator_and_leaves_it_finished()
    {
        var channel = Channel.CreateBounded<int>(4);
        channel.Writer.TryWrite(7);
        channel.Writer.Complete();
        var it = channel.Reader.ToIter();
        Assert.Equal([7], Guard.Within(() => it.ToList()));
        Assert.True(it.IsFinished);
    }

    [Fact]
    public void Cancelling_a_waiting_pull_throws_OperationCanceledException()
    {
        var channel = Channel.CreateBounded<int>(4); // empty and never completed
        using var cts = new CancellationTokenSource();
        var it = channel.Reader.ToIter(cts.Token);
        cts.CancelAfter(20);
        Guard.Within(() => Assert.ThrowsAny<OperationCanceledException>(() => it.Next()));
        Assert.False(it.TryNext(out _));
    }

    [Fact]
    public void Cancelling_the_producer_completes_the_channel_and_releases_its_iterator()
    {
        var source = new Counting();
        var channel = Channel.CreateBounded<int>(2);
        using var cts = new CancellationTokenSource();
        var producer = source.WriteToAsync(channel.Writer, cts.Token);
        Assert.True(SpinWait.SpinUntil(() => channel.Reader.Count == 2, Guard.Timeout)); // full: the producer waits
        cts.Cancel();
        Guard.Within(() => Assert.ThrowsAny<OperationCanceledException>(() => producer.GetAwaiter().GetResult()));
        Assert.True(producer.IsCanceled);
        Assert.Equal(1, source.Releases);
        var seen = new List<int>();
        Guard.Within(() => Assert.ThrowsAny<OperationCanceledException>(() => { foreach (var x in channel.Reader.ToIter()) seen.Add(x); }));
        Assert.Equal([0, 1], seen);
    }

    [Fact]
    public void Dispose_from_another_thread_wakes_a_blocked_pull_which_reports_the_end()
    {
        var channel = Channel.CreateBounded<int>(4);
        var it = channel.ToIter();
        var puller = Task.Factory.StartNew(() => it.TryNext(out _), TaskCreationOptions.LongRunning);
        Assert.True(SpinWait.SpinUntil(() => puller.Status == TaskStatus.Running, Guard.Timeout));
        it.Dispose();
        Assert.False(Guard.ResultOf(puller, "the pull blocked before Dispose"));
        Assert.False(channel.Writer.TryWrite(1)); // the owning iterator completed the channel
    }

    [Fact]
    public void Nothing_is_read_before_the_first_pull()
    {
        var channel = Channel.CreateUnbounded<int>();
        channel.Writer.TryWrite(1);
        var it = channel.Reader.ToIter();
        Assert.Equal(1, channel.Reader.Count);
        Assert.Equal(1, Guard.Within(() => it.Next()));
        Assert.Equal(0, channel.Reader.Count);
    }

    [Fact]
    public void Arguments_are_checked_eagerly_and_named()
    {
        Assert.Throws<ArgumentNullException>("reader", () => ChannelInterop.ToIter((ChannelReader<int>)null!));
        Assert.Throws<ArgumentNullException>("reader", () => ChannelInterop.ToIter((ChannelReader<int>)null!, CancellationToken.None));
        Assert.Throws<ArgumentNullException>("channel", () => ChannelInterop.ToIter((Channel<int>)null!));
        Assert.Throws<ArgumentNullException>("channel", () => ChannelInterop.ToIter((Channel<int>)null!, CancellationToken.None));
        Assert.Throws<ArgumentNullException>("source", () => { _ = ChannelInterop.WriteToAsync(null!, Channel.CreateUnbounded<int>().Writer); });
        Assert.Throws<ArgumentNullException>("writer", () => { _ = P.Range(0, 1).WriteToAsync(null!); });
    }
}
