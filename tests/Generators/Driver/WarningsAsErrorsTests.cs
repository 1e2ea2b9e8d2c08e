using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Streams.Generators.Tests.Driver;

/// <summary>
/// Generated code is clean in every build a consumer may have: with warnings as errors, the highest warning level and
/// nullable enabled, in Debug and in Release, every equivalence shape (terminal and iterator tables) and a set of
/// lambdas that make naive generated code warn (constant bodies that leave code unreachable, unused parameters,
/// discards, throw-only bodies, constant conditions) compile without a single diagnostic, in the generated files or
/// anywhere else. The user code below is itself clean under these options (the no-generator build checks it), so any
/// diagnostic is the generator's.
/// </summary>
public class WarningsAsErrorsTests
{
    // Pipelines whose lambdas make the inlined code trivially true, false, constant or throwing. Each line compiles
    // without a warning as written (a lambda with a constant body is not a warning in C#).
    private const string Lambdas = """
        using System;
        using System.Collections.Generic;
        using Streams;

        public static class Lambdas
        {
            public static int FilterTrue(int[] a) => Pull.From(a).Filter(x => true).Sum();
            public static int FilterFalse(int[] a) => Pull.From(a).Filter(_ => false).Count();
            public static bool AllFalse(int[] a) => Pull.From(a).Map(x => x * 2).All(x => false);
            public static bool AllTrue(Iter<int> it) => it.Skip(1).All(static _ => true);
            public static bool AnyFalse(int[] a) => Pull.From(a).Take(3).Any(x => false);
            public static bool AnyTrue(Iter<int> it) => it.Filter(x => x > 0).Any(_ => true);
            public static double MaxReciprocal(double[] d) => Pull.From(d).Take(5).Max(x => 1 / x);
            public static double MinConstant(double[] d) => Pull.From(d).Skip(1).Min(x => 1.0);
            public static int ZipDiscards(int[] a, int[] b) => Pull.From(a).Map(static _ => 1).Zip(Pull.From(b), (_, _) => 3).Sum();
            public static int ZipUnusedParameters(int[] a, Iter<int> it) => Pull.From(a).Zip(it, (x, y) => 3).Take(2).Sum();
            public static int TakeWhileTrue(int[] a) => Pull.From(a).TakeWhile(_ => true).Sum();
            public static int TakeWhileFalse(Iter<int> it) => it.TakeWhile(x => false).Count();
            public static int DropWhileTrue(int[] a) => Pull.From(a).DropWhile(_ => true).Sum();
            public static int DropWhileFalse(int[] a) => Pull.From(a).DropWhile(x => false).Take(2).Sum();
            public static int MapConstant(int[] a) => Pull.From(a).Map(_ => 7).Filter(x => x > 3).Sum();
            public static int MapThrows(int[] a) => Pull.From(a).Map(int (x) => throw new InvalidOperationException()).Sum();
            public static int FilterThrows(Iter<int> it) => it.Take(3).Filter(bool (x) => throw new InvalidOperationException()).Count();
            public static int ConstantCondition(int[] a) => Pull.From(a).Map(x => true ? 1 : x).Filter(x => false && x > 0).Count();
            public static int FirstTrue(int[] a) => Pull.From(a).Map(x => x + 1).First(x => true);
            public static int FirstOrDefaultFalse(int[] a) => Pull.From(a).Skip(2).FirstOrDefault(_ => false, -1);
            public static long FoldIgnoresElement(int[] a) => Pull.From(a).Take(4).Fold(0L, (acc, _) => acc + 1);
            public static long FoldConstant(int[] a) => Pull.From(a).Skip(1).Fold(0L, (_, _) => 5L);
            public static int ScanIgnoresAccumulator(int[] a) => Pull.From(a).Scan(0, (_, x) => x).Sum();
            public static int AccumulateConstant(Iter<int> it) => it.Accumulate((t, x) => 1).Max();
            public static bool ContainsAfterConstant(int[] a) => Pull.From(a).Map(_ => 0).Contains(0);
            public static double AverageConstant(int[] a) => Pull.From(a).Filter(x => x > 1).Average(_ => 2.0);
            public static int FlatMapConstantInner(int[] a) => Pull.From(a).FlatMap(_ => Pull.From(a).Filter(y => false)).Count();
            public static int FlatMapDiscard(int[] a) => Pull.From(a).FlatMap(static _ => Pull.Repeat(1, 2)).Sum();
            public static int SelectManyConstantResult(int[] a) => Pull.From(a).SelectMany(x => Pull.From(a), (_, _) => 9).Take(5).Sum();
            public static int QueryConstantSelect(int[] a) => (from x in Pull.From(a) from y in Pull.From(a) select 3).Sum();
            public static int ChainFilterFalse(int[] a, Iter<int> it) => Pull.From(a).Chain(it).Filter(_ => false).Sum();
            public static List<int> PositivesConstantTake(int k) => Pull.Positives().Map(x => 1).Take(k).ToList().ConvertAll(x => x);
            public static int RangeFilterTrue() => Pull.Range(0, 10).Filter(x => true).Sum();
            public static void ForEachEmpty(int[] a) => Pull.From(a).Map(x => x).ForEach(_ => { });
            public static Iter<int> IteratorFilterTrue(int[] a) => Pull.From(a).Filter(x => true);
            public static Iter<int> IteratorTakeWhileTrue(Iter<int> it) => it.TakeWhile(_ => true).Map(_ => 2);
            public static Iter<int> IteratorDropWhileFalse(int[] a) => Pull.From(a).DropWhile(_ => false).Filter(x => false);
            public static Iter<int> IteratorMapThrows(Iter<int> it) => it.Map(int (_) => throw new InvalidOperationException()).Take(2);
        }
        """;

    public static TheoryData<string> Configurations => new() { "Debug", "Release" };

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Generated_code_has_no_diagnostic_with_warnings_as_errors(string configuration)
    {
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: configuration == "Debug" ? OptimizationLevel.Debug : OptimizationLevel.Release,
            generalDiagnosticOption: ReportDiagnostic.Error,
            warningLevel: 9999,
            nullableContextOptions: NullableContextOptions.Enable);
        var compilation = Harness.Compile(Harness.ShapeSources().Append(("Lambdas.cs", Lambdas)), options);

        // The user code alone is clean: whatever the generated build reports comes from generated code.
        Assert.Empty(Reported(compilation));

        var (result, generated, _) = Harness.Generate(compilation);
        Assert.Null(result.Exception);
        Assert.True(Harness.Sites(result).Length >= 100, $"only {Harness.Sites(result).Length} files generated");
        var diagnostics = Reported(generated);
        var inGenerated = diagnostics.Where(d => d.Location.SourceTree is { } tree && !compilation.SyntaxTrees.Contains(tree)).ToList();
        Assert.True(inGenerated.Count == 0, $"{inGenerated.Count} diagnostics in generated files:\n" + Describe(inGenerated));
        Assert.True(diagnostics.Count == 0, $"{diagnostics.Count} diagnostics:\n" + Describe(diagnostics));
    }

    // Every diagnostic the build reports (hidden ones, such as an unnecessary using, are not reported to the user).
    private static List<Diagnostic> Reported(Compilation compilation)
    {
        using var stream = new MemoryStream();
        return [.. compilation.Emit(stream).Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden)];
    }

    // Each diagnostic with the generated line it points at, so a failure shows what to change.
    private static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join("\n",
        diagnostics.Take(30).Select(d =>
        {
            var span = d.Location.GetLineSpan();
            string line = d.Location.SourceTree is { } tree
                ? tree.GetText().Lines[span.StartLinePosition.Line].ToString().Trim()
                : "";
            return $"{d.Id} {Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1}): {d.GetMessage()} | {line}";
        }));
}
