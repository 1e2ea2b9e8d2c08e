using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Streams.Benchmarks.Compare;
using Streams.Benchmarks.Data;
using Xunit;

namespace Streams.Benchmarks.Tests.Compare;

public class MeasurementFileTests
{
    [Property]
    public Property Measurements_and_failures_survive_a_round_trip(PositiveInt n, NonNegativeInt m, NormalFloat ns, long? bytes, bool shared, NonEmptyString failure)
    {
        var row = new Measurement("cart", "StreamsTerminal", new Size(n.Get, m.Get, (long)n.Get * Math.Max(m.Get, 1), Scale.Compare), Math.Abs(ns.Get),
            bytes, shared ? RunMode.Shared : RunMode.Isolated);
        string fail = failure.Get.Replace('\n', ' ').Replace('\r', ' ');
        var (rows, failures) = MeasurementFile.Parse(MeasurementFile.Lines([row], [fail]));
        return (rows.Single() == row && failures.Single() == fail).Label($"{rows.Single()} / {failures.Single()}");
    }

    [Fact]
    public void A_line_that_is_not_a_measurement_is_an_error() =>
        Assert.Throws<FormatException>(() => MeasurementFile.Parse(["isolated\tcart\tonly four"]));
}
