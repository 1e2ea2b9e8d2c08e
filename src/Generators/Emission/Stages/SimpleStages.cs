// Emission: the registry of the per-element stages written in every form (Map, Filter, TakeWhile, DropWhile, Skip,
// Take). Adding one: a file in this folder with its Write, a case here, a kind in Model/Kinds.cs, rows in the
// equivalence tables (CONTRIBUTING.md, "Fusion generator").
using Streams.Generators.Model;

namespace Streams.Generators.Emission.Stages;

/// <summary>Writes one stage into a form; returns the variable holding the element after it.</summary>
internal static class SimpleStages
{
    /// <summary>Whether <paramref name="kind"/> is written by this registry (in every form).</summary>
    public static bool Handles(StageKind kind) => kind is StageKind.Map or StageKind.Filter or StageKind.TakeWhile
        or StageKind.DropWhile or StageKind.Skip or StageKind.Take;

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
        _ => throw new System.ArgumentOutOfRangeException(nameof(kind)),
    };
}
