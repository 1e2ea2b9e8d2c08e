using System.Diagnostics;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace Streams.Generators.Tests.Driver;

/// <summary>
/// A file with 1,000 pipelines: every one is fused and the result compiles cleanly. The generator's time is
/// reported in the test output (measured, not asserted: a timed assertion would be flaky on a shared machine).
/// </summary>
public class BuildCostTests(ITestOutputHelper output)
{
    [Fact]
    public void A_thousand_pipelines_are_all_fused_and_compile()
    {
        var members = new StringBuilder();
        for (int i = 0; i < 1000; i++)
        {
            members.AppendLine(
                $"    public static long P{i}(int[] a, int k) => Pull.From(a).Map(x => x * {i % 7 + 1}).Filter(x => x > k).Take({i % 50}).Sum();");
        }
        var compilation = Harness.Compile(Harness.Snippet("P0(a, k)", members: members.ToString()));

        var clock = Stopwatch.StartNew();
        var (result, generated, driver) = Harness.Generate(compilation);
        var generateTime = clock.Elapsed;
        var timing = driver.GetTimingInfo();
        clock.Restart();
        var errors = generated.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
        var compileTime = clock.Elapsed;

        Assert.Equal(1000, Harness.Sites(result).Length);
        Assert.Empty(errors);
        output.WriteLine($"1000 pipelines: generator {timing.ElapsedTime.TotalMilliseconds:F0} ms " +
                         $"(driver run incl. first-use JIT {generateTime.TotalMilliseconds:F0} ms); " +
                         $"binding the generated code {compileTime.TotalMilliseconds:F0} ms");
    }
}
