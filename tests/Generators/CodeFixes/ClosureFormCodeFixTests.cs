using Streams.CodeFixes;
using Streams.Generators.Analyzers;
using Xunit;

namespace Streams.Generators.Tests.CodeFixes;

/// <summary>STRM004's code fix: for each shape, the fixed code is the stated SelectMany form, and the original and the
/// fixed code compute the same thing on several inputs. "The same" is the elements, any exception, and a log of every
/// user-code call in order (each pull of the outer source, each call of the outer lambda's statements and of the Map
/// bodies, each element the consumer receives), on the fold path (<c>Take(n).ToList()</c>) and on the pull path (a
/// <c>foreach</c> that breaks after n elements). So the evaluation order of the captures and the laziness are
/// compared, not only the results.</summary>
public class ClosureFormCodeFixTests
{
    // Each shape: the element type and the body of Pipeline(xs, b, log), before and after the fix.
    private static readonly Dictionary<string, (string Type, string Before, string After)> Shapes = new()
    {
        ["one Map"] = ("int",
            "return xs.FlatMap(x => Pull.From(b).Map(y => x * y));",
            "return xs.SelectMany(x => Pull.From(b), (x, y) => x * y);"),
        ["SelectMany alias and Select"] = ("int",
            "return xs.SelectMany(x => Pull.From(b).Select(y => x + y));",
            "return xs.SelectMany(x => Pull.From(b), (x, y) => x + y);"),
        ["static call"] = ("int",
            "return Pull.FlatMap(xs, x => Pull.From(b).Map(y => x - y));",
            "return Pull.SelectMany(xs, x => Pull.From(b), (x, y) => x - y);"),
        ["captures a local and logs"] = ("int",
            """
            int k = 10;
            return xs.FlatMap(x => Pull.From(b).Map(y =>
            {
                log.Add($"map {x} {y}");
                return x * y + k;
            }));
            """,
            """
            int k = 10;
            return xs.SelectMany(x => Pull.From(b), (x, y) =>
            {
                log.Add($"map {x} {y}");
                return x * y + k;
            });
            """),
        ["captured local changes between calls"] = ("int",
            """
            int k = 0;
            return xs.FlatMap(x => Pull.From(b).Map(y => x * 100 + y + k++));
            """,
            """
            int k = 0;
            return xs.SelectMany(x => Pull.From(b), (x, y) => x * 100 + y + k++);
            """),
        ["operators before the first Map that uses x stay in the collection selector"] = ("int",
            "return xs.FlatMap(x => Pull.From(b).Filter(y => y % 2 == 1).Take(2).Map(y => y * 10).Map(z => x + z));",
            "return xs.SelectMany(x => Pull.From(b).Filter(y => y % 2 == 1).Take(2).Map(y => y * 10), (x, z) => x + z);"),
        ["Maps after it compose"] = ("(int, int)",
            """
            return xs.FlatMap(x => Pull.From(b).Map(y => x * y).Map(z => z + 1).Map(w =>
            {
                log.Add($"last {x} {w}");
                return (x, w);
            }));
            """,
            """
            return xs.SelectMany(x => Pull.From(b), (x, y) =>
            {
                var z = x * y;
                var w = z + 1;
                log.Add($"last {x} {w}");
                return (x, w);
            });
            """),
        ["a reused parameter name is renamed"] = ("int",
            "return xs.FlatMap(x => Pull.From(b).Map(y => x * y).Map(y => y + 1).Map(y => y * 2).Map(z => z));",
            """
            return xs.SelectMany(x => Pull.From(b), (x, y) =>
            {
                var y2 = x * y;
                var y3 = y2 + 1;
                var z = y3 * 2;
                return z;
            });
            """),
        ["multi-statement outer body"] = ("int",
            """
            return xs.FlatMap(x =>
            {
                log.Add($"outer {x}");
                var n = b.Length - 1;
                return Pull.From(b).Take(n).Map(y => x - y);
            });
            """,
            """
            return xs.SelectMany(x =>
            {
                log.Add($"outer {x}");
                var n = b.Length - 1;
                return Pull.From(b).Take(n);
            }, (x, y) => x - y);
            """),
        ["inner source uses x outside a lambda"] = ("int",
            "return xs.FlatMap(x => Pull.Range(0, x).Map(y => x * 100 + y));",
            "return xs.SelectMany(x => Pull.Range(0, x), (x, y) => x * 100 + y);"),
        ["chain over several lines"] = ("int",
            """
            return xs.FlatMap(x => Pull.From(b)
                .Filter(y => y > 1)
                .Map(y => x * y));
            """,
            """
            return xs.SelectMany(x => Pull.From(b)
                .Filter(y => y > 1), (x, y) => x * y);
            """),
        ["explicitly typed parameters"] = ("int",
            "return xs.FlatMap((int x) => Pull.From(b).Map((int y) => x * y));",
            "return xs.SelectMany((int x) => Pull.From(b), (x, y) => x * y);"),
        ["a Map that throws"] = ("int",
            "return xs.FlatMap(x => Pull.From(b).Map(y => y == 3 ? throw new InvalidOperationException($\"boom {x}\") : x * y));",
            "return xs.SelectMany(x => Pull.From(b), (x, y) => y == 3 ? throw new InvalidOperationException($\"boom {x}\") : x * y);"),
        ["nested FlatMap: the inner one"] = ("int",
            "return xs.FlatMap(x => Pull.From(b).FlatMap(y => Pull.From(b).Map(z => x * y + z)));",
            "return xs.FlatMap(x => Pull.From(b).SelectMany(y => Pull.From(b), (y, z) => x * y + z));"),
        ["inner Map holds another nested pipeline"] = ("int",
            "return xs.FlatMap(x => Pull.From(b).Map(y => Pull.From(b).Map(z => z * y).Sum() + x));",
            "return xs.SelectMany(x => Pull.From(b), (x, y) => Pull.From(b).Map(z => z * y).Sum() + x);"),
    };

    public static TheoryData<string> ShapeNames() => new(Shapes.Keys);

    // Outer and inner inputs: empty, one element, several; a `take` that stops early and one that does not.
    private static readonly int[][] Inputs = [[], [1], [1, 2, 3, 4]];
    private static readonly int[] Takes = [2, 100];

    [Theory]
    [MemberData(nameof(ShapeNames))]
    public void The_fix_writes_the_select_many_form(string shape)
    {
        var (type, before, after) = Shapes[shape];
        string fixedSource = CodeFixHarness.Fix(new ClosureFormAnalyzer(), new ClosureFormCodeFixProvider(), Snippet(type, before));
        Assert.Equal(Snippet(type, after), fixedSource);
    }

    [Theory]
    [MemberData(nameof(ShapeNames))]
    public void The_fixed_code_computes_what_the_original_did(string shape)
    {
        var (type, before, _) = Shapes[shape];
        string original = Snippet(type, before);
        string fixedSource = CodeFixHarness.Fix(new ClosureFormAnalyzer(), new ClosureFormCodeFixProvider(), original);
        Assert.NotEqual(original, fixedSource);
        var runs = (from a in Inputs from b in Inputs from take in Takes from pull in new[] { false, true } select new object?[] { a, b, take, pull }).ToList();
        var expected = CodeFixHarness.Run(original, "Snippet", "Run", runs);
        var actual = CodeFixHarness.Run(fixedSource, "Snippet", "Run", runs);
        for (int i = 0; i < runs.Count; i++)
        {
            Assert.True(Equals(expected[i], actual[i]), $"a=[{string.Join(",", (int[])runs[i][0]!)}] b=[{string.Join(",", (int[])runs[i][1]!)}] take={runs[i][2]} pull={runs[i][3]}\n"
                + $"original: {expected[i]}\nfixed:    {actual[i]}");
        }
        // The logs are not trivially equal: the outer source was pulled and some element produced in the largest run.
        Assert.Contains("pull 1", (string)expected[^1]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_reported_shape_is_offered_the_fix()
    {
        foreach (var (type, before, _) in Shapes.Values)
        {
            var (fixable, notFixable) = CodeFixHarness.Offered(new ClosureFormAnalyzer(), new ClosureFormCodeFixProvider(), Snippet(type, before));
            Assert.Equal((1, 0), (fixable, notFixable));
        }
    }

    [Fact]
    public void Fix_all_rewrites_every_call_in_the_document()
    {
        string before = """
            var first = xs.FlatMap(x => Pull.From(b).Map(y => x * y)).ToList();
            return Pull.From(first.ToArray()).FlatMap(x => Pull.From(b).Map(y => x + y));
            """;
        string after = """
            var first = xs.SelectMany(x => Pull.From(b), (x, y) => x * y).ToList();
            return Pull.From(first.ToArray()).SelectMany(x => Pull.From(b), (x, y) => x + y);
            """;
        Assert.Equal(Snippet("int", after), CodeFixHarness.Fix(new ClosureFormAnalyzer(), new ClosureFormCodeFixProvider(), Snippet("int", before)));
    }

    // The Pipeline method holding the shape, and Run, which drives it and records what happened.
    private static string Snippet(string type, string statements) => $$"""
        using System;
        using System.Collections.Generic;
        using Streams;

        public static class Snippet
        {
            public static Iter<{{type}}> Pipeline(Iter<int> xs, int[] b, List<string> log)
            {
        {{Indent(statements, "        ")}}
            }

            public static string Run(int[] a, int[] b, int take, bool pull)
            {
                var log = new List<string>();
                var got = new List<string>();
                try
                {
                    var it = Pipeline(Pull.From(a).Inspect(x => log.Add($"pull {x}")), b, log);
                    if (pull)
                    {
                        foreach (var v in it)
                        {
                            got.Add($"{v}");
                            log.Add($"got {v}");
                            if (got.Count == take) break;
                        }
                    }
                    else
                    {
                        foreach (var v in it.Take(take).ToList()) got.Add($"{v}");
                    }
                }
                catch (Exception e)
                {
                    got.Add(e.GetType().Name + ": " + e.Message);
                }
                return string.Join(",", got) + " | " + string.Join("; ", log);
            }
        }
        """;

    private static string Indent(string text, string indent) =>
        string.Join("\n", text.ReplaceLineEndings("\n").Split('\n').Select(line => line.Length == 0 ? line : indent + line));
}
