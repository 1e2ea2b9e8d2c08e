// Emission (vectorised loops): which fused pipelines also get a vector loop, decided from the model alone. The rules
// and the reasons are in docs/fusion.md, "Vectorised loops".
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Streams.Generators.Model;

namespace Streams.Generators.Emission.Vector;

/// <summary>One stage of a vectorised loop: a Map or Zip body (lanes), a Filter body (a mask), or a Take/Skip (a bound
/// of the window of source positions the vector loop runs over).</summary>
/// <param name="Kind">Map, Filter, Zip, Take or Skip.</param>
/// <param name="Call">The call's index in <see cref="PipelineModel.Calls"/> (Zip's array is the sink's <c>ZA{Call}</c>,
/// a Take's or Skip's remaining count the sink's <c>N{Call}</c>).</param>
/// <param name="Body">The inlined lambda (null for Take and Skip).</param>
/// <param name="Counted">A Take after a Filter: the elements reaching it depend on the elements, so it counts the
/// lanes of the mask block by block, and the block in which it would be spent goes to the scalar loop.</param>
internal sealed record VectorStage(StageKind Kind, int Call, LambdaModel? Body, bool Counted = false)
{
    /// <summary>Whether the stage bounds the window (Take and Skip before any Filter, and Zip, which stops at its
    /// array's end).</summary>
    public bool Bounds => Kind is StageKind.Take or StageKind.Skip or StageKind.Zip && !Counted;
}

/// <summary>How a fused pipeline runs vectorised: its lane type, its stages and its terminal.</summary>
/// <param name="Predicate">Any/All: the inlined predicate (a mask body).</param>
internal sealed record VectorPlan(VectorLane Lane, IReadOnlyList<VectorStage> Stages, TerminalKind Terminal,
    bool CheckedSum, bool CountAsInt, LambdaModel? Predicate)
{
    /// <summary>Whether a stage filters (the loop carries a mask).</summary>
    public bool Masked => Stages.Any(s => s.Kind == StageKind.Filter);

    /// <summary>Whether the loop keeps a checked total of long lanes (checked Sum, Average over long): it must find
    /// an overflow exactly where the scalar loop would.</summary>
    public bool TracksOverflow => CheckedSum || (Terminal == TerminalKind.Average && Lane.Bits == 64);

    /// <summary>Average over int: the total is kept in long lanes (each block widened), where it cannot overflow.</summary>
    public bool Widens => Terminal == TerminalKind.Average && Lane.Bits == 32;

    /// <summary>Whether a stage bounds the window of source positions (Take, Skip, Zip): the loop then hands the
    /// scalar loop those stages' counters as they would be after the positions it ran over.</summary>
    public bool Windowed => Stages.Any(s => s.Bounds);

    /// <summary>The calls of the Take stages: the scalar loop after the vector loop runs only while each still wants
    /// elements (as the scalar loop alone is guarded).</summary>
    public IEnumerable<int> Takes => Stages.Where(s => s.Kind == StageKind.Take).Select(s => s.Call);
}

/// <summary>The test "vectorisable" over a pipeline's model.</summary>
internal static class Vectorisable
{
    /// <summary>The plan for <paramref name="p"/>, or null when it keeps the scalar loop alone. Vectorised: a source
    /// array or list (its span) of <c>int</c>, <c>long</c>, <c>float</c> or <c>double</c>, or a <c>Range</c> or an
    /// endless counter (Positives, CountFrom) of <c>int</c> or <c>long</c> (a counter only under a Take); stages Map
    /// and Filter with inlined bodies <see cref="VectorExpr"/> accepts, Zip with an array second input of the same
    /// type and an inlined selector, and Take/Skip: Zip and Skip before any Filter (after a Filter the elements
    /// reaching them depend on the elements), Take anywhere (after a Filter it counts the mask's lanes block by
    /// block); the element type never changes;
    /// terminal <c>Sum</c>/<c>WrappingSum</c>
    /// over integers, <c>Count()</c>, <c>Min()</c>, <c>Max()</c>, <c>Any</c>/<c>All</c> with an inlined predicate,
    /// <c>Contains(value)</c>, and <c>ToArray()</c>/<c>ToList()</c> after Maps only.</summary>
    public static VectorPlan? Plan(PipelineModel p)
    {
        if (!p.SourceIntercepted || p.Source is not (SourceKind.Array or SourceKind.List or SourceKind.Range or SourceKind.Counter))
        {
            return null;
        }
        var lane = VectorLane.Of(p.Start.Special);
        if (lane is null || p.Calls.Length < 2) return null;
        // A counter's lanes are start + k * step, the scalar loop's values exactly (both wrap): integers only (a
        // float counter adds its step with a rounding per element).
        if (p.Source is SourceKind.Range or SourceKind.Counter && lane.IsFloat) return null;
        var terminal = p.Calls[p.Calls.Length - 1].Method;
        if (terminal.ReturnType is null) return null;
        bool countAsInt = false;
        LambdaModel? predicate = null;
        switch (p.Terminal)
        {
            case TerminalKind.Any or TerminalKind.All:
                predicate = p.Calls[p.Calls.Length - 1].Lambda(1);
                if (terminal.Parameters.Length != 2 || predicate is null || VectorExpr.KindOf(predicate.Body, lane, 1) != VectorKind.Mask)
                {
                    return null;
                }
                break;
            case TerminalKind.Contains:
                if (terminal.Parameters.Length != 2) return null;
                break;
            case TerminalKind.ToArray or TerminalKind.ToList:
                // The elements are stored as they are: no mask, so no Filter (checked below).
                if (terminal.Parameters.Length != 1) return null;
                break;
            case var _ when terminal.Parameters.Length != 1:
                return null;
            case TerminalKind.Average:
                // Over floats the total would be added in another order.
                if (lane.IsFloat) return null;
                break;
            case TerminalKind.Sum or TerminalKind.WrappingSum:
                // Floating-point sums are not reassociated: the vector order would round differently.
                if (lane.IsFloat || terminal.ReturnType.Name != p.Start.Name) return null;
                break;
            case TerminalKind.Min or TerminalKind.Max:
                if (terminal.ReturnType.Name != p.Start.Name) return null;
                break;
            case TerminalKind.Count:
                countAsInt = terminal.ReturnType.Special == SpecialType.System_Int32;
                break;
            default:
                return null;
        }
        var stages = new List<VectorStage>();
        bool filtered = false;
        for (int i = 1; i < p.Calls.Length - 1; i++)
        {
            var call = p.Calls[i];
            var m = call.Method;
            if (Types.Element(m.Parameters[0].Type)?.Name != p.Start.Name || Types.Element(m.ReturnType)?.Name != p.Start.Name)
            {
                return null;
            }
            switch (call.Stage)
            {
                case StageKind.Map when call.Lambda(1) is { } body && VectorExpr.KindOf(body.Body, lane, 1) == VectorKind.Lane:
                    stages.Add(new VectorStage(StageKind.Map, i, body));
                    break;
                case StageKind.Filter when call.Lambda(1) is { } body && VectorExpr.KindOf(body.Body, lane, 1) == VectorKind.Mask:
                    stages.Add(new VectorStage(StageKind.Filter, i, body));
                    filtered = true;
                    break;
                // Take/Skip before any Filter: their counts bound the window of source positions (after a Filter the
                // positions that reach them depend on the elements).
                case StageKind.Take or StageKind.Skip when !filtered:
                    stages.Add(new VectorStage(call.Stage.Value, i, null));
                    break;
                // Take after a Filter: counted over the mask per block (a Skip there would drop some lanes of a block
                // and keep others: not lane by lane).
                case StageKind.Take:
                    stages.Add(new VectorStage(StageKind.Take, i, null, Counted: true));
                    break;
                // After a Filter, Zip pulls its second input only for the elements that pass: not lane by lane.
                case StageKind.Zip when !filtered && call.ZipArray is not null && m.Parameters.Length == 3
                                        && Types.Element(m.Parameters[1].Type)?.Name == p.Start.Name
                                        && call.Lambda(2) is { } body && VectorExpr.KindOf(body.Body, lane, 2) == VectorKind.Lane:
                    stages.Add(new VectorStage(StageKind.Zip, i, body));
                    break;
                default:
                    return null;
            }
        }
        if (filtered && p.Terminal is TerminalKind.ToArray or TerminalKind.ToList) return null;
        // An endless counter needs a Take to end the vector loop (without one only the scalar loop's own end applies,
        // such as a checked count that overflows).
        if (p.Source == SourceKind.Counter && !stages.Any(s => s.Kind == StageKind.Take)) return null;
        return new VectorPlan(lane, stages, p.Terminal, p.Terminal == TerminalKind.Sum && p.CheckedSum, countAsInt, predicate);
    }

    /// <summary>STRM100's message for a vectorised site: "fused, vectorised: ...".</summary>
    public static string Message(string fusedMessage) =>
        fusedMessage.StartsWith("fused: ", System.StringComparison.Ordinal)
            ? "fused, vectorised: " + fusedMessage.Substring("fused: ".Length)
            : fusedMessage;
}
