using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Streams.Generators.Tests.Analyzers;

/// <summary>The harness can fail: a crashing analyzer or a snippet that does not compile is a failed test, not an empty
/// list of diagnostics that every "does not warn" test would accept.</summary>
public class AnalyzerHarnessTests
{
    [Fact]
    public void An_analyzer_that_throws_fails_the_run()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            AnalyzerHarness.Run(new ThrowingAnalyzer(), AnalyzerHarness.InMethod("var n = Pull.Of(1, 2).Sum();")));
        Assert.Contains(AnalyzerHarness.AnalyzerCrashId, error.Message, StringComparison.Ordinal);
        Assert.Contains(ThrowingAnalyzer.Message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_analyzer_passes_when_it_has_nothing_to_look_at()
    {
        // The double throws only on an invocation; without one it runs cleanly, so the failure above is its crash.
        Assert.Empty(AnalyzerHarness.Run(new ThrowingAnalyzer(), AnalyzerHarness.InMethod("var n = 1;")));
    }

    [Fact]
    public void A_snippet_that_does_not_compile_fails_the_run()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            AnalyzerHarness.Run(new ThrowingAnalyzer(), AnalyzerHarness.InMethod("var n = Pull.Of(1, 2).NoSuchMethod();")));
        Assert.Contains("CS1061", error.Message, StringComparison.Ordinal);
    }

    /// <summary>An analyzer double that throws on every invocation it sees.</summary>
#pragma warning disable RS1001 // handed to the harness directly, never loaded by a compiler, so no [DiagnosticAnalyzer]
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
    {
        public const string Message = "deliberate failure of the harness's analyzer double";

#pragma warning disable RS2008 // release tracking is for shipped rules; this one exists only in this test
        private static readonly DiagnosticDescriptor Rule = new("TEST001", "Test", "Test", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);
#pragma warning restore RS2008

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterOperationAction(_ => throw new InvalidOperationException(Message), OperationKind.Invocation);
        }
    }
}
