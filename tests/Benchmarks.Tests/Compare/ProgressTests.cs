using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Streams.Benchmarks.Compare;
using Xunit;

namespace Streams.Benchmarks.Tests.Compare;

public class ProgressTests
{
    [Property]
    public Property Time_left_is_the_average_so_far_times_the_benchmarks_not_finished(PositiveInt total, PositiveInt started, PositiveInt seconds)
    {
        int t = total.Get % 500 + 1, s = started.Get % t + 1;
        var p = new Progress(t, 0.5);
        var left = p.Left(s, TimeSpan.FromSeconds(seconds.Get)).TotalSeconds;
        double expected = s == 1 ? 0.5 * t : (double)seconds.Get / (s - 1) * (t - (s - 1));
        return (Math.Abs(left - expected) < 1e-6).Label($"left {left}, expected {expected}");
    }

    [Fact]
    public void The_progress_line_shows_step_mode_pipeline_and_times() =>
        Assert.Equal("[ 3/28] isolated  cart                          benchmark 29/380  elapsed 0:45  about 9:25 left",
            new Progress(380, 1).Line(3, 28, RunMode.Isolated, "cart", 29, TimeSpan.FromSeconds(45)));
}
