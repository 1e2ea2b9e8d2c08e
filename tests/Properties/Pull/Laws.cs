using System.Collections;
using Streams.Laws;
using Streams.Tests.Laws;
using Xunit;

namespace Streams.Tests.PullTests;

/// <summary>
/// The iterator laws for one operator on hand-picked inputs and arguments, as the operator test files use them: the
/// law kit's observed laws (<c>src/Laws/Observed/ObservedLaws.cs</c>, the same functions the operator table runs),
/// here over every source shape (<see cref="SourceShapes"/>), so a hand-written example reaches the fast paths too.
/// </summary>
public static class Laws
{
    /// <summary>Output equals <paramref name="expected"/> by TryNext, by fold and in two parts; building pulls nothing;
    /// exhausted stays exhausted (over a probe that would resume); ownership is Python's: an end releases a source
    /// only if it ended itself, and a Dispose then releases it exactly once.</summary>
    public static void Check<TOut>(Func<Iter<int>, Iter<TOut>> op, int[] items, IEnumerable<TOut> expected)
    {
        var want = expected.ToList();
        foreach (var shape in SourceShapes.All)
        {
            var kind = SourceShapes.CanFail(shape) ? SourceKind.ResumesAfterEnd : SourceKind.Finite;
            var s = Subject(op, shape, items, kind, -1, want);
            ObservedLaws<TOut>.ExhaustedStaysExhausted(s);
            ObservedLaws<TOut>.MatchesModel(s);
            ObservedLaws<TOut>.Lazy(s, 0);
            for (int k = 0; k <= 5; k++) ObservedLaws<TOut>.OnePass(s, k);
            ObservedLaws<TOut>.Ownership(s, Ending.ByNext, 0);
            ObservedLaws<TOut>.Ownership(s, Ending.ByFold, 0);
            ObservedLaws<TOut>.Ownership(s, Ending.ByDispose, 1);
        }
    }

    /// <summary>A probe exception at <paramref name="throwAt"/> reaches the caller as the same object (pulling and
    /// folding); what came before it is what the operator gives without the exception; the operator is exhausted
    /// afterwards and the probe released once.</summary>
    public static void Throws<TOut>(Func<Iter<int>, Iter<TOut>> op, int[] items, int throwAt)
    {
        var unfailing = op(new Doubles.Probe<int>(items)).ToList();
        var s = Subject(op, SourceShape.Probe, items, SourceKind.Throws, throwAt, unfailing);
        ObservedLaws<TOut>.ExhaustedStaysExhausted(s);
        ObservedLaws<TOut>.Ownership(s, Ending.ByNext, 0);
        ObservedLaws<TOut>.Ownership(s, Ending.ByFold, 0);
    }

    /// <summary>Disposing (twice) before any pull or after one releases every source exactly once, pulls nothing more,
    /// and leaves the operator exhausted.</summary>
    public static void Disposes<TOut>(Func<Iter<int>, Iter<TOut>> op, int[] items)
    {
        foreach (var shape in SourceShapes.All)
        {
            var s = Subject(op, shape, items, SourceKind.Finite, -1, op(SourceShapes.Make(shape, items)).ToList());
            ObservedLaws<TOut>.Lazy(s, 0);
            ObservedLaws<TOut>.Ownership(s, Ending.ByDispose, 0);
            ObservedLaws<TOut>.Ownership(s, Ending.ByDispose, 1);
        }
    }

    private static LawSubject<TOut> Subject<TOut>(Func<Iter<int>, Iter<TOut>> op, SourceShape shape, int[] items,
        SourceKind kind, int throwAt, List<TOut> expected) =>
        new(log => op(SourceShapes.Make(shape, items, log, kind, throwAt)), expected) { Comparer = Structural<TOut>.Instance };

    public static readonly int[][] Inputs =
    [
        [],
        [1],
        [1, 2],
        [5, 3, 5, 1, 2, 2, 8],
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    ];

    public static TheoryData<int[]> InputData()
    {
        var data = new TheoryData<int[]>();
        foreach (var xs in Inputs) data.Add(xs);
        return data;
    }

    // Elements that are collections (Batch's arrays, Window's lists) compare by their elements, as xunit's Assert.Equal
    // compares them; anything else by its own equality.
    private sealed class Structural<T> : IEqualityComparer<T>
    {
        public static readonly Structural<T> Instance = new();

        public bool Equals(T? x, T? y) => x is IEnumerable a && y is IEnumerable b && x is not string
            ? a.Cast<object?>().SequenceEqual(b.Cast<object?>())
            : EqualityComparer<T>.Default.Equals(x, y);

        public int GetHashCode(T obj) => 0;
    }
}
