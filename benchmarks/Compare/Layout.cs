namespace Streams.Benchmarks.Compare;

/// <summary>One implementation (one [Benchmark] method name, the same in every pipeline class) and what it measures.</summary>
/// <param name="Name">The [Benchmark] method's name; the report's column.</param>
/// <param name="Description">One line for the report's legend.</param>
/// <param name="Shared">Whether the shared-process mode runs it too. The push, async and interop columns are 10-1000x the
/// hand loop and their cost is not the JIT profile of Streams' generic stages, so the default run measures them isolated only
/// (that keeps both modes within about three minutes); <c>--mode shared</c> with <c>--all-columns</c> runs them shared too.</param>
public sealed record Implementation(string Name, string Description, bool Shared = true);

/// <summary>
/// The report's row and column order. A pipeline class or a [Benchmark] method the report does not list here still
/// appears: unknown pipelines after the listed ones, unknown implementations after the listed ones, both by name.
/// To place a new one and describe it, add one line here.
/// </summary>
public static class Layout
{
    /// <summary>Pipelines (rows) in the order of docs/benchmarks.md.</summary>
    public static readonly IReadOnlyList<string> Pipelines =
    [
        "sum", "sumArray", "sumOfSquares", "sumOfSquaresEven", "cart", "maps", "filters", "dotProduct", "flatMap_after_zipWith",
        "zipWith_after_flatMap", "flatMap_take", "positives", "chain10", "small",
    ];

    /// <summary>Implementations (columns): the yardstick, Streams, its peers, then push, async and interop.</summary>
    public static readonly IReadOnlyList<Implementation> Implementations =
    [
        new("HandLoop", "the hand-written loop (the yardstick: every ratio is to it)"),
        new("HandLoopVector", "the hand loop written over `Vector<long>` by hand (vectorisable rows only): the vector limit"),
        new("StreamsTerminal", "Streams ending in a terminal (`.Sum()`): internal iteration ([DisableFusion])"),
        new("StreamsFused", "the same expression as StreamsTerminal, compiled with compile-time fusion (docs/fusion.md)"),
        new("StreamsQuery", "Streams in C# query syntax (`from x in xs from y in ys select …`, nested pipelines only; [DisableFusion])"),
        new("StreamsFusedQuery", "StreamsQuery's code compiled with fusion: a terminal right after the query detaches it and runs its loops (docs/fusion.md)"),
        new("StreamsList", "Streams over a `List<T>` source (`Pull.From(list)`), no stages: the span capability, vectorised"),
        new("StreamsForeach", "Streams pulled by `foreach`: external iteration"),
        new("StreamsForeachFused", "StreamsForeach's code as one expression, compiled with fusion: `foreach` pulls one generated iterator (docs/fusion.md)"),
        new("ZLinq", "ZLinq 1.6.1: `AsValueEnumerable()` struct LINQ, zero allocation"),
        new("Linq", "System.Linq"),
        new("Yield", "C# `yield` iterator methods", Shared: false),
        new("R3", "R3 1.3.1 (push): `ToObservable()` sources, its operators, a `Subscribe` that sums"),
        new("RxSync", "Rx.NET over a synchronous `Observable.Create` loop", Shared: false),
        new("RxDefault", "Rx.NET over `ToObservable()`/`Generate` on its default scheduler", Shared: false),
        new("AsyncLinq", "BCL `System.Linq.AsyncEnumerable` over an `async` iterator", Shared: false),
        new("StreamsToRx", "interop: Streams sources pushed into Rx by `ToObservable()`", Shared: false),
        new("StreamsToAsync", "interop: the Streams pipeline consumed by `ToAsyncEnumerable()` + `await foreach`", Shared: false),
        new("RxToIter", "interop: Rx sources pulled by Streams through `ToIter(1024, Block)`", Shared: false),
    ];

    /// <summary>The yardstick's column.</summary>
    public const string HandLoop = "HandLoop";

    /// <summary>System.Linq's column (the second ratio in the per-pipeline tables).</summary>
    public const string Linq = "Linq";

    /// <summary>Position of a pipeline; unknown ones after every listed one.</summary>
    public static int PipelineIndex(string pipeline) => IndexOf(Pipelines, pipeline);

    /// <summary>Position of an implementation; unknown ones after every listed one.</summary>
    public static int ImplementationIndex(string name) => IndexOf(Implementations.Select(i => i.Name).ToList(), name);

    /// <summary>The legend line of an implementation, or null for one not listed.</summary>
    public static string? Describe(string name) => Implementations.FirstOrDefault(i => i.Name == name)?.Description;

    /// <summary>Whether the shared mode runs an implementation by default (unknown names: yes).</summary>
    public static bool RunsShared(string name) => Implementations.FirstOrDefault(i => i.Name == name)?.Shared ?? true;

    /// <summary>Names in report order: listed ones by their place, then the rest by ordinal name.</summary>
    public static List<string> OrderImplementations(IEnumerable<string> names) =>
        names.Distinct().OrderBy(ImplementationIndex).ThenBy(n => n, StringComparer.Ordinal).ToList();

    private static int IndexOf(IReadOnlyList<string> list, string name)
    {
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] == name) return i;
        }
        return list.Count;
    }
}
