using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Streams.Generators.Tests.Driver;

/// <summary>
/// A fused pipeline can be debugged like the library's: an exception thrown in an inlined lambda body has the user's
/// file and the lambda's line as its top stack frame, as the same pipeline under <c>[DisableFusion]</c> has. Each
/// pipeline below runs twice, fused and under <c>[DisableFusion]</c>, on input that makes its lambda divide by zero;
/// the snippet is emitted with a portable PDB and loaded with it, so the stack trace carries file and line numbers.
/// In a Debug build (where a breakpoint is set) the fused top frame is the lambda's line exactly; in a Release build,
/// where the JIT may inline the generated per-element code, it is the user's file at a line of the pipeline.
/// </summary>
public class StackTraceTests
{
    private const string FilePath = "/user/src/Pipelines.cs";

    // The methods of both classes; "// throws" marks the line of the lambda that throws. Each takes (int[] a, Iter<int> it)
    // over the same elements, which include a zero.
    private const string Body = """
            public static int MapInlined(int[] a, Iter<int> it) => Pull.From(a)
                .Map(x => 10 / x) // throws
                .Sum();

            public static int FilterInlined(int[] a, Iter<int> it) => it
                .Filter(x => 10 / x > 1) // throws
                .Count();

            public static int TerminalSelectorInlined(int[] a, Iter<int> it) => Pull.From(a).Take(5)
                .Max(x => 10 / x); // throws

            public static int MapAfterFilterInlined(int[] a, Iter<int> it) => Pull.From(a).Filter(x => x < 5)
                .Map(x => 100 / (x * x)) // throws
                .Take(4)
                .Sum();

            public static int IteratorInlined(int[] a, Iter<int> it)
            {
                int sum = 0;
                foreach (var v in Pull.From(a)
                    .Map(x => 10 / x) // throws
                    .Take(5))
                {
                    sum += v;
                }
                return sum;
            }

            public static int CapturingLambda(int[] a, Iter<int> it)
            {
                int ten = a.Length + 6;
                return Pull.From(a)
                    .Map(x => ten / x) // throws
                    .Sum();
            }
        """;

    private static readonly string Source = $$"""
        using System;
        using Streams;

        public static class Fused
        {
        {{Body}}
        }

        [DisableFusion]
        public static class Runtime
        {
        {{Body}}
        }
        """;

    public static TheoryData<string, string> Cases => new()
    {
        { "MapInlined", "Debug" },
        { "FilterInlined", "Debug" },
        { "TerminalSelectorInlined", "Debug" },
        { "MapAfterFilterInlined", "Debug" },
        { "IteratorInlined", "Debug" },
        { "CapturingLambda", "Debug" },
        // In an optimized build the JIT may inline the generated per-element method (the sink's Accept) into its loop,
        // and an inlined frame is not in a stack trace: the top frame is the loop's, which maps to the pipeline's call.
        // So there the law is weaker: the user's file and a line of the pipeline expression, up to the lambda's. A sink
        // folded by the library (FilterInlined's user-held source) may be inlined into the library's own loop, so that
        // case is asserted in Debug only.
        { "MapInlined", "Release" },
        { "TerminalSelectorInlined", "Release" },
        { "IteratorInlined", "Release" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_exception_in_a_lambda_reports_the_users_file_and_line(string method, string configuration)
    {
        bool debug = configuration == "Debug";
        var (fused, runtime) = Run(method, debug ? OptimizationLevel.Debug : OptimizationLevel.Release);
        // The library calls the lambda through its delegate: its own method, the lambda's line, in every build.
        Assert.Equal((FilePath, ThrowingLine("Runtime", method)), runtime);
        if (debug)
        {
            Assert.Equal((FilePath, ThrowingLine("Fused", method)), fused);
        }
        else
        {
            Assert.Equal(FilePath, fused.File);
            Assert.InRange(fused.Line, Line($"public static int {method}(", Line("public static class Fused")), ThrowingLine("Fused", method));
        }
    }

    [Fact]
    public void Every_fused_method_is_fused_and_no_runtime_method_is()
    {
        var compilation = Harness.Compile([(FilePath, Source)]);
        var (result, _, _) = Harness.Generate(compilation);
        var fusedLines = result.Diagnostics.Where(d => d.Id == "STRM100")
            .Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1)
            .ToList();
        int runtimeStart = Line("public static class Runtime");
        foreach (var method in Cases.Select(c => (string)c[0]).Distinct())
        {
            int fusedLine = ThrowingLine("Fused", method);
            Assert.Contains(fusedLines, l => l < runtimeStart && l <= fusedLine && l > fusedLine - 5);
        }
        Assert.DoesNotContain(fusedLines, l => l > runtimeStart);
    }

    // Runs Fused.method and Runtime.method; the file and line of each exception's top frame.
    private static ((string? File, int Line) Fused, (string? File, int Line) Runtime) Run(string method, OptimizationLevel level)
    {
        // Debug information needs the source's encoding (CS8055 without it), as a file read from disk has.
        var compilation = CSharpCompilation.Create(
            "StackTrace",
            [CSharpSyntaxTree.ParseText(SourceText.From(Source, Encoding.UTF8), Harness.ParseOptions, FilePath)],
            Harness.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: level,
                nullableContextOptions: NullableContextOptions.Enable));
        var (_, generated, _) = Harness.Generate(compilation);
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var emit = generated.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        pe.Position = 0;
        pdb.Position = 0;
        var context = new AssemblyLoadContext("stack-trace", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(pe, pdb);
            return (TopFrame(assembly, "Fused", method), TopFrame(assembly, "Runtime", method));
        }
        finally
        {
            context.Unload();
        }
    }

    private static (string? File, int Line) TopFrame(Assembly assembly, string type, string method)
    {
        int[] items = [4, 2, 0, 1, 3];
        var run = assembly.GetType(type)!.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!;
        var e = Assert.Throws<TargetInvocationException>(() => run.Invoke(null, [items, Pull.From(items)]));
        var thrown = Assert.IsType<DivideByZeroException>(e.InnerException);
        var frame = new StackTrace(thrown, fNeedFileInfo: true).GetFrame(0)!;
        return (frame.GetFileName(), frame.GetFileLineNumber());
    }

    // The 1-based line of the "// throws" mark inside `method` of class `type`.
    private static int ThrowingLine(string type, string method)
    {
        int start = Line($"public static int {method}(", Line($"public static class {type}"));
        return Line("// throws", start);
    }

    private static int Line(string text, int after = 0)
    {
        var lines = Source.Split('\n');
        for (int i = after; i < lines.Length; i++)
        {
            if (lines[i].Contains(text, StringComparison.Ordinal)) return i + 1;
        }
        throw new InvalidOperationException($"no line with {text} after line {after}");
    }
}
