using Streams.Tests.Doubles;
using Xunit;
using P = Streams.Pull;

namespace Streams.Tests.PullTests.Operators;

public class TeeTests
{
    [FsCheck.Xunit.Property]
    public bool Every_copy_sees_every_element(int[] xs)
    {
        var copies = P.From(xs).Tee(3);
        return copies.All(c => c.ToList().SequenceEqual(xs));
    }

    [Fact]
    public void Interleaved_reading_and_zero_or_negative_count()
    {
        var copies = P.Range(0, 5).Tee(2);
        Assert.Equal(0, copies[0].Next());
        Assert.Equal(1, copies[0].Next());
        Assert.Equal(0, copies[1].Next());
        Assert.Equal([2, 3, 4], copies[0].ToList());
        Assert.Equal([1, 2, 3, 4], copies[1].ToList());
        var probe = new Probe<int>([1]);
        Assert.Empty(probe.Tee(0));
        Assert.Equal(1, probe.Releases);
        Assert.Throws<ArgumentOutOfRangeException>(() => P.Of(1).Tee(-1));
        Assert.Empty(P.Empty<int>().Tee(2)[1].ToList());
    }

    [Fact]
    public void Buffers_only_what_the_slowest_copy_has_not_read()
    {
        var copies = P.Positives().Tee(2);
        var shared = ((TeeIter<long>)copies[0]).Shared;
        for (int i = 0; i < 1000; i++)
        {
            Assert.Equal(copies[0].Next(), copies[1].Next());
            Assert.Equal(0, shared.Buffered);
        }
        Assert.Equal(5, copies[0].Take(5).Count()); // disposes copy 0 after taking 5
        Assert.Equal(5, shared.Buffered);
        copies[1].Next();
        Assert.Equal(4, shared.Buffered);
        var lagging = P.Positives().Tee(2);
        lagging[0].ByRef().Take(100).Count();
        Assert.Equal(100, ((TeeIter<long>)lagging[0]).Shared.Buffered);
        lagging[1].Dispose(); // nobody needs the buffer any more
        Assert.Equal(0, ((TeeIter<long>)lagging[0]).Shared.Buffered);
    }

    [Fact]
    public void Lazy_exhausted_stays_exhausted_and_source_released_once_at_end()
    {
        var probe = new Probe<int>([1, 2], resumesAfterEnd: true);
        var copies = probe.Tee(2);
        Assert.Equal(0, probe.Calls);
        Assert.Equal(1, copies[1].Next());
        Assert.Equal(1, probe.Pulls);
        Assert.Equal(1, copies[0].Next());
        Assert.Equal(1, probe.Pulls);
        Assert.Equal([2], copies[0].ToList());
        Assert.Equal(1, probe.Releases);
        Assert.Equal([2], copies[1].ToList());
        Assert.False(copies[0].TryNext(out _));
        Assert.False(copies[1].TryNext(out _));
        Assert.False(probe.PulledAfterEnd);
        Assert.Equal(1, probe.Releases);
    }

    [Fact]
    public void Source_released_when_all_copies_disposed()
    {
        var probe = new Probe<int>([1, 2, 3]);
        var copies = probe.Tee(3);
        copies[0].Next();
        copies[0].Dispose();
        copies[1].Dispose();
        Assert.Equal(0, probe.Releases);
        Assert.Equal(1, copies[2].Next()); // buffered for copy 2
        copies[2].Dispose();
        copies[2].Dispose();
        Assert.Equal(1, probe.Releases);
    }

    [Fact]
    public void Exception_reaches_the_pulling_copy_and_others_end()
    {
        var probe = new Probe<int>([1, 2, 3], throwAt: 1);
        var copies = probe.Tee(2);
        Assert.Equal(1, copies[0].Next());
        Assert.Throws<ProbeException>(() => copies[0].Next());
        Assert.False(copies[0].TryNext(out _));
        Assert.Equal([1], copies[1].ToList());
        Assert.Equal(1, probe.Releases);
        Assert.False(probe.PulledAfterEnd);
    }
}
