using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests.Operators;

public class CompressTests
{
    [Theory]
    [MemberData(nameof(Laws.InputData), MemberType = typeof(Laws))]
    public void Matches_model_and_keeps_the_laws(int[] xs)
    {
        bool[] flags = [true, false, true, true, false, false, true];
        Laws.Check(s => s.Compress(Streams.Pull.From(flags)), xs, xs.Zip(flags).Where(p => p.Second).Select(p => p.First));
    }

    [Property]
    public void Model(int[] xs, bool[] flags)
    {
        xs ??= [];
        flags ??= [];
        Assert.Equal(xs.Zip(flags).Where(p => p.Second).Select(p => p.First), Streams.Pull.From(xs).Compress(Streams.Pull.From(flags)).ToList());
    }

    [Fact]
    public void Pulls_like_zip_and_releases_both()
    {
        var data = new Probe<int>([1, 2, 3], resumesAfterEnd: true);
        var flags = new Probe<bool>([true, false, true, true, true], resumesAfterEnd: true);
        var it = data.Compress(flags);
        Assert.Equal(0, data.Pulls + flags.Pulls);
        Assert.Equal([1, 3], it.ToList());
        Assert.Equal(3, flags.Pulls); // data ended first: the fourth selector is never pulled
        Assert.Equal(1, data.Releases);  // it ended: released by its own end
        Assert.Equal(0, flags.Releases); // still open, at its fourth selector (Python's rule)
        Assert.False(data.PulledAfterEnd || flags.PulledAfterEnd);
        it.Dispose();
        Assert.Equal(1, flags.Releases);

        var data2 = new Probe<int>([1, 2, 3]);
        var flags2 = new Probe<bool>([false]);
        Assert.Empty(data2.Compress(flags2).ToList());
        Assert.Equal(2, data2.Pulls);
        Assert.Equal(0, data2.Releases); // the selectors ended; the data stays open, its second element lost
        Assert.Equal(1, flags2.Releases);
        Assert.Equal(3, data2.Next());

        Assert.Equal([2L, 4L], Streams.Pull.Positives().Compress(Streams.Pull.Of(false, true).Cycle()).Take(2).ToList());
    }

    [Fact]
    public void Errors_disposal_and_arguments()
    {
        Laws.Throws(s => s.Compress(Streams.Pull.Repeat(true)), [1, 2, 3], 1);
        Laws.Disposes(s => s.Compress(Streams.Pull.Repeat(true)), [1, 2, 3]);
        var flags = new Probe<bool>([true, true], throwAt: 1);
        var data = new Probe<int>([1, 2, 3]);
        var it = data.Compress(flags);
        Assert.Equal(1, it.Next());
        Assert.Throws<ProbeException>(() => it.Next());
        Assert.Equal(1, data.Releases);
        Assert.Equal(1, flags.Releases);
        Assert.Throws<ArgumentNullException>(() => new Probe<int>([]).Compress(null!));
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.Compress<int>(null!, Streams.Pull.Of(true)));
    }
}
