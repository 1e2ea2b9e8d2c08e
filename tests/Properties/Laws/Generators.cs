using FsCheck;
using FsCheck.Fluent;
using Streams.Laws;
using Streams.Tests.Doubles;

namespace Streams.Tests.Laws;

/// <summary>How a generated primary source behaves.</summary>
public enum SourceKind
{
    Finite,
    /// <summary>A user-style iterator that would start over after its end (the base class must stop it).</summary>
    ResumesAfterEnd,
    /// <summary>Throws <see cref="ProbeException"/> when element <see cref="OpCase.ThrowAt"/> is pulled.</summary>
    Throws,
}

/// <summary>
/// Generated arguments of one operator: a count, small arithmetic functions and predicates (printable, so a
/// counterexample says which function), and a second input for operators that take another iterator.
/// </summary>
public sealed record OpArgs(int N, int A, int B, int M, int[] Other)
{
    public Func<int, int> F => x => unchecked(x * A + B);
    public Func<int, int> G => x => unchecked(x * B - A);
    public Func<int, bool> P => x => Mod(x, M + 2) != 0;
    public Func<int, bool> Q => x => Mod(x + A, 3) != 1;
    /// <summary>FlatMap's inner elements for x: 0, 1 or 2 of them.</summary>
    public int[] Inner(int x) => new[] { x, unchecked(x + A) }[..Mod(x, 3)];

    public static int Mod(int x, int m) => ((x % m) + m) % m;

    public override string ToString() =>
        $"n={N}, f=x*{A}+{B}, g=x*{B}-{A}, p=x mod {M + 2}!=0, q=(x+{A}) mod 3!=1, inner=[x,x+{A}][..x mod 3], "
        + $"other=[{string.Join(",", Other)}]";
}

/// <summary>One generated case for a single-operator law: the primary source's shape and elements, arguments, a
/// split/stop point, and the source's behaviour (failing behaviours need the probe shape).</summary>
public sealed record OpCase(int[] Input, OpArgs Args, int K, SourceKind Kind, int ThrowAt,
    SourceShape Shape = SourceShape.Probe)
{
    public override string ToString() =>
        $"{Shape} input=[{string.Join(",", Input)}] {Kind}{(Kind == SourceKind.Throws ? $"@{ThrowAt}" : "")}, "
        + $"k={K}, {Args}";
}

/// <summary>
/// Makes the sources an operator takes besides its primary one (second inputs, FlatMap inners) as probes recorded in
/// the law's <see cref="SourceLog"/>, each with the stage that takes it in, so that laws can check each is pulled
/// lazily and released exactly once.
/// </summary>
public sealed class Sources
{
    internal Sources(SourceLog log) => Log = log;

    /// <summary>Sources recorded nowhere, for building outside a law.</summary>
    public Sources()
        : this(new SourceLog())
    {
    }

    internal SourceLog Log { get; }

    /// <summary>The stage being built; -1 for the primary source.</summary>
    public int Stage
    {
        get => Log.Stage;
        set => Log.Stage = value;
    }

    public Probe<int> Src(IEnumerable<int> items)
    {
        var p = new Probe<int>(items);
        return Log.Add(p, Watch.Probe(p));
    }

    /// <summary>A second input that is an array source (span and count capabilities), watched by its
    /// position.</summary>
    public Iter<int> Array(IEnumerable<int> items)
    {
        var copy = items.ToArray();
        var array = Streams.Pull.From(copy);
        return Log.Add(array, Watch.Counted($"array of {copy.Length}", array, copy.Length));
    }

    /// <summary>A source maker for sources made later (FlatMap inners), attributed to the current stage.</summary>
    public Func<IEnumerable<int>, Iter<int>> Later()
    {
        int stage = Stage;
        return items =>
        {
            var p = new Probe<int>(items);
            Log.All.Add((Watch.Probe(p), stage));
            return p;
        };
    }

    /// <summary>The primary source of a case, in its shape and behaviour.</summary>
    public Iter<int> Primary(OpCase c) => SourceShapes.Make(c.Shape, c.Input, Log, c.Kind, c.ThrowAt);
}

public static class Generators
{
    public static Gen<int> Element => Gen.Choose(-20, 20);

    /// <summary>Up to 40 elements: the vectorised integer Sum takes spans of four vectors or more (32 ints with
    /// 256-bit vectors), so large cases reach it.</summary>
    public static Gen<int[]> Input => Gen.Sized(s => Gen.Choose(0, Math.Min(s, 40)).SelectMany(n =>
        Element.ArrayOf(n)));

    public static Gen<OpArgs> Args =>
        from n in Gen.Choose(0, 12)
        from a in Gen.Choose(-3, 3)
        from b in Gen.Choose(-5, 5)
        from m in Gen.Choose(0, 4)
        from other in Input
        select new OpArgs(n, a, b, m, other);

    private static readonly Gen<SourceKind> AnyKind =
        Gen.Elements(SourceKind.Finite, SourceKind.ResumesAfterEnd, SourceKind.Throws);

    public static Gen<OpCase> Case(bool withFailingSources, SourceShape shape) =>
        from input in Input
        from args in Args
        from k in Gen.Choose(0, 35)
        from kind in withFailingSources && SourceShapes.CanFail(shape) ? AnyKind : Gen.Constant(SourceKind.Finite)
        from throwAt in Gen.Choose(0, Math.Max(0, input.Length))
        select new OpCase(input, args, k, kind, throwAt, shape);

    /// <summary>Cases for a single-operator law over one source shape, with shrinking towards short inputs, small
    /// values and a plain source.</summary>
    public static Arbitrary<OpCase> Cases(bool withFailingSources = true, SourceShape shape = SourceShape.Probe) =>
        Arb.From(Case(withFailingSources, shape), Shrink);

    public static IEnumerable<OpCase> Shrink(OpCase c)
    {
        if (c.Kind != SourceKind.Finite) yield return c with { Kind = SourceKind.Finite };
        foreach (var i in ShrinkArray(c.Input)) yield return c with { Input = i, ThrowAt = Math.Min(c.ThrowAt,
            i.Length) };
        if (c.ThrowAt > 0) yield return c with { ThrowAt = c.ThrowAt - 1 };
        if (c.K > 0) { yield return c with { K = c.K / 2 }; yield return c with { K = c.K - 1 }; }
        foreach (var a in ShrinkArgs(c.Args)) yield return c with { Args = a };
    }

    public static IEnumerable<OpArgs> ShrinkArgs(OpArgs a)
    {
        foreach (var o in ShrinkArray(a.Other)) yield return a with { Other = o };
        if (a.N > 0) { yield return a with { N = a.N / 2 }; yield return a with { N = a.N - 1 }; }
        if (a.A != 0) yield return a with { A = a.A / 2 };
        if (a.B != 0) yield return a with { B = a.B / 2 };
        if (a.M != 0) yield return a with { M = a.M - 1 };
    }

    public static IEnumerable<int[]> ShrinkArray(int[] xs)
    {
        if (xs.Length == 0) yield break;
        yield return [];
        if (xs.Length > 1) { yield return xs[..(xs.Length / 2)]; yield return xs[(xs.Length / 2)..]; }
        for (int i = 0; i < xs.Length; i++) yield return [.. xs[..i], .. xs[(i + 1)..]];
        for (int i = 0; i < xs.Length; i++)
            if (xs[i] != 0) { var y = (int[])xs.Clone(); y[i] /= 2; yield return y; }
    }

    /// <summary>Values of an infinite source: a deterministic function of the index, in the same small range as finite
    /// inputs.</summary>
    public static int InfiniteAt(int i) => OpArgs.Mod(i * 7 + 3, 41) - 20;

    // ---- random pipelines ----

    public static Gen<Stage> StageGen =>
        from e in Gen.Elements(OperatorTable.Entries.ToArray())
        from a in Args
        select new Stage(e, a with { Other = a.Other.Take(8).ToArray() });

    public static Gen<PipelineCase> Pipeline =>
        from input in Input
        from count in Gen.Choose(1, 8)
        from stages in StageGen.ArrayOf(count)
        from k in Gen.Choose(0, 35)
        from shape in Gen.Elements(SourceShapes.All)
        select new PipelineCase(input, stages, k, shape);

    public static Arbitrary<PipelineCase> Pipelines => Arb.From(Pipeline, ShrinkPipeline);

    // Operators that add one stage each (none fuses with its neighbour, as two Maps or a Filter and a Map do) and keep
    // the output no longer than the input plus a short second input, so a pipeline of 65 of them stays small and its
    // depth is its length.
    private static readonly HashSet<string> DeepStageNames =
        ["Take", "Skip", "Chain", "Inspect", "Enumerate", "Scan", "TakeWhile", "DropWhile", "Zip"];

    public static Gen<Stage> DeepStageGen =>
        from e in Gen.Elements(OperatorTable.Entries.Where(e => DeepStageNames.Contains(e.Name)).ToArray())
        from a in Args
        select new Stage(e, a with { Other = a.Other.Take(4).ToArray() });

    /// <summary>Pipelines of 31, 32, 33, 63, 64 or 65 stages: a depth guard is the outermost stage, just below it or
    /// just above it.</summary>
    public static Gen<PipelineCase> DeepPipeline =>
        from input in Input
        from count in Gen.Elements(31, 32, 33, 63, 64, 65)
        from stages in DeepStageGen.ArrayOf(count)
        from k in Gen.Choose(0, 35)
        from shape in Gen.Elements(SourceShapes.All)
        select new PipelineCase(input, stages, k, shape);

    public static Arbitrary<PipelineCase> DeepPipelines => Arb.From(DeepPipeline, ShrinkPipeline);

    public static IEnumerable<PipelineCase> ShrinkPipeline(PipelineCase p)
    {
        for (int i = 0; i < p.Stages.Length && p.Stages.Length > 1; i++)
            yield return p with { Stages = [.. p.Stages[..i], .. p.Stages[(i + 1)..]] };
        foreach (var i in ShrinkArray(p.Input)) yield return p with { Input = i };
        if (p.K > 0) yield return p with { K = p.K / 2 };
        for (int i = 0; i < p.Stages.Length; i++)
            foreach (var a in ShrinkArgs(p.Stages[i].Args))
            {
                var s = (Stage[])p.Stages.Clone();
                s[i] = s[i] with { Args = a };
                yield return p with { Stages = s };
            }
    }
}

/// <summary>One stage of a random pipeline: a table entry and its generated arguments.</summary>
public sealed record Stage(OpEntry Op, OpArgs Args)
{
    public override string ToString() => $".{Op}({Args})";
}

/// <summary>A random pipeline over a finite input; <see cref="Model"/> is its oracle on the materialised
/// input.</summary>
public sealed record PipelineCase(int[] Input, Stage[] Stages, int K, SourceShape Shape = SourceShape.Probe)
{
    public Iter<int> Build(Sources sources)
    {
        sources.Stage = -1;
        Iter<int> it = SourceShapes.Make(Shape, Input, sources.Log, SourceKind.Finite, -1);
        for (int i = 0; i < Stages.Length; i++)
        {
            sources.Stage = i;
            it = Stages[i].Op.Build(it, Stages[i].Args, sources);
        }
        return it;
    }

    public List<int> Model()
    {
        var xs = Input.ToList();
        foreach (var s in Stages) xs = s.Op.Model(xs, s.Args);
        return xs;
    }

    /// <summary>Whether a source taken in at <paramref name="stage"/> is owned by the pipeline's last stage (no
    /// borrowing stage below it).</summary>
    public bool Owned(int stage) => !Stages.Where((s, i) => i > stage && s.Op.Borrows).Any();

    public override string ToString() =>
        $"{Shape} [{string.Join(",", Input)}]{string.Concat(Stages.Select(s => s.ToString()))}, k={K}";
}
