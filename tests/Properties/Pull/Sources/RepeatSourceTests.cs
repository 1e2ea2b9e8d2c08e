using FsCheck.Xunit;
using Xunit;

namespace Streams.Tests.PullTests.Sources;

public class RepeatSourceTests
{
    [Property]
    public void Finite_matches_linq(int x, byte n)
    {
        var it = Streams.Pull.Repeat(x, (long)n);
        Assert.Equal(Enumerable.Repeat(x, n), it.ToList());
        Assert.False(it.TryNext(out _));
        Assert.True(it.IsFinished);
    }

    [Fact]
    public void Finite_pull_and_fold_agree_and_stay_exhausted()
    {
        var it = Streams.Pull.Repeat(7, 3);
        Assert.Equal(7, it.Next());
        Assert.Equal([7, 7], it.ToList());
        Assert.False(it.TryNext(out _));
        Assert.Empty(Streams.Pull.Repeat(1, 0).ToList());
        var partial = Streams.Pull.Repeat('a', 5);
        Assert.Equal("aa", partial.ByRef().Take(2).JoinToString(""));
        Assert.Equal(3, partial.Count());
    }

    [Fact]
    public void Infinite_terminates_under_take_takewhile_and_slice()
    {
        Assert.Equal([1, 1, 1], Streams.Pull.Repeat(1).Take(3).ToList());
        Assert.Equal(8, Streams.Pull.Repeat(2).Take(4).Sum());
        var it = Streams.Pull.Repeat(5);
        Assert.Equal(1000, it.ByRef().Take(1000).Count());
        Assert.Equal(5, it.Next());
        Assert.Equal([5, 5], Streams.Pull.Repeat(5).Slice(10, 12).ToList());
        int calls = 0;
        Assert.Empty(Streams.Pull.Repeat(0).TakeWhile(_ => ++calls < 1).ToList());
    }

    [Fact]
    public void Negative_count_is_empty_as_in_python()
    {
        // itertools.repeat(x, n) with n < 0 is empty.
        Assert.Empty(Streams.Pull.Repeat(1, -1).ToList());
        Assert.Empty(Streams.Pull.Repeat(1, long.MinValue));
        Assert.Equal(0, Streams.Pull.Repeat(1, -5).Sum());
    }
}
