using Streams.Benchmarks.Compare;
using Xunit;

namespace Streams.Benchmarks.Tests.Compare;

public class CompareOptionsTests
{
    [Fact]
    public void The_default_is_the_quick_job_in_both_modes_without_publishing()
    {
        var o = CompareOptions.Parse([]);
        Assert.Equal(JobProfile.Quick, o.Profile);
        Assert.Equal([RunMode.Isolated, RunMode.Shared], o.Modes);
        Assert.False(o.Publish);
        Assert.Null(o.Out);
    }

    [Fact]
    public void Thorough_runs_several_launches_and_launches_overrides_the_count()
    {
        Assert.Equal(3, CompareOptions.Parse(["--thorough"]).Profile.Launches);
        var o = CompareOptions.Parse(["--thorough", "--launches", "5", "--mode", "shared", "--publish"]);
        Assert.Equal((5, JobProfile.Thorough.Warmups, true), (o.Profile.Launches, o.Profile.Warmups, o.Publish));
        Assert.Equal([RunMode.Shared], o.Modes);
    }

    [Theory]
    [InlineData("--launches", "0")]
    [InlineData("--launches", "x")]
    [InlineData("--mode", "both-ish")]
    [InlineData("--frobnicate", "1")]
    public void A_bad_option_is_an_error_that_names_it(string option, string value)
    {
        var e = Assert.Throws<ArgumentException>(() => CompareOptions.Parse([option, value]));
        Assert.Contains(option == "--frobnicate" ? option : value == "both-ish" ? "--mode" : "--launches", e.Message);
    }

    [Fact]
    public void A_missing_value_is_an_error() => Assert.Throws<ArgumentException>(() => CompareOptions.Parse(["--filter"]));

    [Theory]
    [InlineData("Cart", "Cart", null)]
    [InlineData("Cart.StreamsTerminal", "Cart", "StreamsTerminal")]
    [InlineData(".ZLinq", null, "ZLinq")]
    public void A_filter_splits_into_class_and_method(string filter, string? type, string? method) =>
        Assert.Equal((type, method), CompareOptions.Parse(["--filter", filter]).SplitFilter());
}
