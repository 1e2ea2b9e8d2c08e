using Streams.Samples;
using Xunit;

namespace Streams.Tests.Samples;

// Console is process-wide: keep this class out of parallel runs.
[CollectionDefinition(nameof(ConsoleCapture), DisableParallelization = true)]
public sealed class ConsoleCapture;

[Collection(nameof(ConsoleCapture))]
public class ClassicsOutputTests
{
    private static string RunClassics()
    {
        var entry = typeof(LetterIter).Assembly.EntryPoint!;
        var original = Console.Out;
        using var captured = new StringWriter();
        Console.SetOut(captured);
        try
        {
            entry.Invoke(null, [Array.Empty<string>()]);
        }
        finally
        {
            Console.SetOut(original);
        }
        return captured.ToString().Replace("\r\n", "\n");
    }

    [Fact]
    public void Classics_print_the_seed_outputs()
    {
        var output = RunClassics();
        Assert.Contains("a b c d \nnext(letters, '?') = ?; again = ?\n", output);
        Assert.Contains("next(letters) raised:", output);
        Assert.Contains("\n1, 2, 3\n", output);
        Assert.Contains("a b c d (end)", output);
        Assert.Contains("first pass:  [1, 2, 3]\nsecond pass: []", output);
        Assert.Contains("3 in it -> True; next(it) -> 4", output);
        Assert.Contains("head = [1, 2, 3]; next = 4", output);
        Assert.Contains("4, 16, 36, 64, 100", output);
        Assert.Contains("Mercury -> Venus -> Earth", output);
        Assert.Contains("LetterIter: 5 laws held on 4 elements (ended", output);
        Assert.Contains("Positives:  4 laws held on 64 elements", output);
        Assert.Contains("Positives().Filter().Map() -> 30, 60, 90, 120", output);
    }

    [Fact]
    public void Log_scan_reads_only_as_far_as_the_last_match()
    {
        var (errors, linesRead) = LogScan.FirstErrors("auth", 3);
        Assert.Equal(3, errors.Count);
        Assert.All(errors, r => Assert.Equal(("ERROR", "auth"), (r.Level, r.Service)));
        Assert.Equal(errors[^1].Line, linesRead);
    }
}
