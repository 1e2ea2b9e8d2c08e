// Emission: the registry of the per-element stages written in every form (Map, Filter, TakeWhile, DropWhile, Skip,
// Take, Slice). Adding one: a file in this folder with its Write (and, for a stage with arguments other than one
// lambda or one count, its State and Checks), a case here, a kind in Model/Kinds.cs, rows in the equivalence tables
// (CONTRIBUTING.md, "Fusion generator").
using System.Collections.Generic;
using Streams.Generators.Model;

namespace Streams.Generators.Emission.Stages;

/// <summary>Writes one stage into a form; returns the variable holding the element after it.</summary>
internal static class SimpleStages
{
    /// <summary>Whether <paramref name="kind"/> is written by this registry (in every form).</summary>
    public static bool Handles(StageKind kind) => kind is StageKind.Map or StageKind.Filter or StageKind.TakeWhile
        or StageKind.DropWhile or StageKind.Skip or StageKind.Take or StageKind.Slice;

    /// <summary>Whether the stage declares its own per-loop variables and eager checks (<see cref="State"/>,
    /// <see cref="Checks"/>) instead of the one lambda or one count the emitters know.</summary>
    public static bool Declares(StageKind kind) => kind is StageKind.Slice;

    /// <summary>Whether the stage has a count that ends the chain when spent (the form stops pulling then).</summary>
    public static bool Counts(StageKind kind) => kind is StageKind.Take or StageKind.Slice;

    /// <summary>The per-loop variables a <see cref="Declares"/> stage keeps, set at the call from its arguments.</summary>
    public static IReadOnlyList<StageVar> State(StageKind kind, MethodModel m) => kind switch
    {
        StageKind.Slice => SliceStage.State(m),
        _ => System.Array.Empty<StageVar>(),
    };

    /// <summary>The eager argument checks of a <see cref="Declares"/> stage, in the runtime operator's order (after
    /// the source's null check).</summary>
    public static IEnumerable<string> Checks(StageKind kind, MethodModel m) => kind switch
    {
        StageKind.Slice => SliceStage.Checks(m),
        _ => System.Array.Empty<string>(),
    };

    /// <summary>Whether the stage has a lambda (a selector or a predicate) rather than a count.</summary>
    public static bool HasLambda(StageKind kind) => kind is StageKind.Map or StageKind.Filter or StageKind.TakeWhile
        or StageKind.DropWhile;

    /// <summary>Writes stage <paramref name="kind"/> into <paramref name="form"/>.</summary>
    public static string Write(StageKind kind, StageForm form, StageNames names) => kind switch
    {
        StageKind.Map => MapStage.Write(form, names),
        StageKind.Filter => FilterStage.Write(form, names),
        StageKind.TakeWhile => TakeWhileStage.Write(form, names),
        StageKind.DropWhile => DropWhileStage.Write(form, names),
        StageKind.Skip => SkipStage.Write(form, names),
        StageKind.Take => TakeStage.Write(form, names),
        StageKind.Slice => SliceStage.Write(form, names),
        _ => throw new System.ArgumentOutOfRangeException(nameof(kind)),
    };
}
