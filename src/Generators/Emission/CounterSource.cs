// Emission: the arguments of the endless counter sources (Positives, CountFrom, and the obsolete Count) over int and
// long, shared by the loop, iterator and nested forms.
using Streams.Generators.Model;

namespace Streams.Generators.Emission;

/// <summary>The first element and the step of a counter source call, as generated code writes them.</summary>
internal static class CounterSource
{
    /// <summary>The first element: <c>start</c>, or one for <c>Positives</c>.</summary>
    public static string Start(MethodModel m) => m.Parameters.Length == 0 ? One(m) : Names.Escape(m.Parameters[0].Name);

    /// <summary>The step: <c>step</c>, or one for <c>Positives</c> and <c>CountFrom(start)</c>.</summary>
    public static string Step(MethodModel m) => m.Parameters.Length == 2 ? Names.Escape(m.Parameters[1].Name) : One(m);

    // The library's T.One, typed: 1L for long (so the counter stays long), 1 for int.
    private static string One(MethodModel m) =>
        m.ReturnType?.Element?.Special == Microsoft.CodeAnalysis.SpecialType.System_Int64 ? "1L" : "1";
}
