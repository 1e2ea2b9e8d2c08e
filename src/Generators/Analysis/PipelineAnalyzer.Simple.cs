using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Streams.Generators.Model;

namespace Streams.Generators.Analysis;

/// <summary>
/// The single-loop operators, sources and terminals beyond the first set: StepBy, Enumerate, Scan, Accumulate;
/// Repeat, From(List), Range over int and long; Min, Max, First, FirstOrDefault, Average. Each form is taken only
/// when its overload is the one whose runtime semantics the emitter writes out; any other overload of these names
/// runs the library (a terminal one with a STRM101 reason).
/// </summary>
internal static partial class PipelineAnalyzer
{
    private static bool SimpleTerminalName(string name) =>
        name is "Min" or "Max" or "First" or "FirstOrDefault" or "Average";

    private static TerminalKind? SimpleTerminalKindOf(IMethodSymbol m, ITypeSymbol element)
    {
        int n = m.Parameters.Length;
        switch (m.Name)
        {
            // Min() / Max(), and the overload with an IComparer<T> (null meaning the default comparer).
            case "Min" or "Max" when m.TypeArguments.Length == 1
                                     && SymbolEqualityComparer.Default.Equals(m.ReturnType, element)
                                     && (n == 1 || (n == 2 && IsComparerOf(m.Parameters[1].Type, element))):
                return m.Name == "Min" ? TerminalKind.Min : TerminalKind.Max;
            // Min(selector) / Max(selector): the library runs Min()/Max() over source.Map(selector).
            case "Min" or "Max" when m.TypeArguments.Length == 2 && n == 2 && IsFunc(m.Parameters[1].Type, 1):
                return m.Name == "Min" ? TerminalKind.Min : TerminalKind.Max;
            case "First" when n == 1 || (n == 2 && IsPredicate(m.Parameters[1].Type, element)):
                return TerminalKind.First;
            // FirstOrDefault(), (defaultValue), (predicate), (predicate, defaultValue).
            case "FirstOrDefault" when n == 1
                                       || (n == 2 && (IsPredicate(m.Parameters[1].Type, element) || m.Parameters[1].Name == "defaultValue"))
                                       || (n == 3 && IsPredicate(m.Parameters[1].Type, element)):
                return TerminalKind.FirstOrDefault;
            // Average over int, long, float (overloads of their own) and double, decimal (the generic INumber one),
            // without or with a selector (the library averages source.Map(selector) with the same overload).
            case "Average" when n == 1 && AverageType(element, m.IsGenericMethod):
                return TerminalKind.Average;
            case "Average" when n == 2 && IsFunc(m.Parameters[1].Type, 1)
                                && AverageType(((INamedTypeSymbol)m.Parameters[1].Type).TypeArguments[1], m.TypeArguments.Length == 2):
                return TerminalKind.Average;
            default:
                return null;
        }
    }

    /// <summary>Why a Streams terminal with a name the generator knows is not fused, or null when the name is
    /// not one of those (then the site says nothing).</summary>
    private static string? UnfusedTerminalForm(IInvocationOperation op)
    {
        var m = op.TargetMethod;
        if (!IsPull(m) || !m.IsExtensionMethod || m.Parameters.Length == 0 || TerminalName(m.Name) is null) return null;
        if (ElementType(m.Parameters[0].Type) is not { } element) return null;
        if (TypeParameterIn(element) is { } parameter)
        {
            return $"the element type {element.ToDisplayString()} is or holds the type parameter {parameter.Name}: "
                   + "generated code is written for one element type, not per instantiation";
        }
        if (element.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            return $"{m.Name} over nullable elements ({element.ToDisplayString()}) is not written by the generator";
        }
        return m.Name switch
        {
            "Average" => "Average over nullable elements, or over a type other than int, long, float, double and decimal, "
                         + "is not written by the generator",
            "ElementAt" or "ElementAtOrDefault" or "Last" or "LastOrDefault" or "MaxBy" or "MinBy"
                or "Nth" or "SequenceEqual" or "Single" or "SingleOrDefault" or "ToDictionary" or "ToHashSet"
                or "ToLookup" => $"the terminal {m.Name} is not written by the generator (the library's runs over the chain)",
            _ => $"this {m.Name} overload is not written by the generator",
        };
    }

    /// <summary>The first type parameter <paramref name="type"/> is or holds (an array's element, a type argument),
    /// or null.</summary>
    internal static ITypeParameterSymbol? TypeParameterIn(ITypeSymbol type)
    {
        switch (type)
        {
            case ITypeParameterSymbol p:
                return p;
            case IArrayTypeSymbol array:
                return TypeParameterIn(array.ElementType);
            case INamedTypeSymbol named:
                foreach (var arg in named.TypeArguments)
                {
                    if (TypeParameterIn(arg) is { } found) return found;
                }
                return null;
            default:
                return null;
        }
    }

    private static StageKind? SimpleStageKindOf(IMethodSymbol m)
    {
        if (!IsPull(m) || !m.IsExtensionMethod || m.Parameters.Length is < 2 or > 3) return null;
        if (ElementType(m.Parameters[0].Type) is null) return null;
        var p = m.Parameters;
        return m.Name switch
        {
            "StepBy" when p.Length == 2 && p[1].Type.SpecialType == SpecialType.System_Int64 => StageKind.StepBy,
            "Enumerate" when p.Length == 2 && p[1].Type.SpecialType == SpecialType.System_Int64 => StageKind.Enumerate,
            "Scan" when p.Length == 3 && IsFunc(p[2].Type, 2) => StageKind.Scan,
            "Accumulate" when p.Length == 2 && IsFunc(p[1].Type, 2) => StageKind.Accumulate,
            "Accumulate" when p.Length == 3 && IsFunc(p[1].Type, 2) => StageKind.AccumulateSeeded,
            _ => null,
        };
    }

    private static SourceKind? SimpleSourceKindOf(IMethodSymbol m)
    {
        var element = ElementType(m.ReturnType);
        if (element is null) return null;
        var p = m.Parameters;
        switch (m.Name)
        {
            case "Repeat" when p.Length == 1 || (p.Length == 2 && p[1].Type.SpecialType == SpecialType.System_Int64):
                return SourceKind.Repeat;
            case "From" when p.Length == 1 && p[0].Type is INamedTypeSymbol { Name: "List", TypeArguments.Length: 1 } list
                             && list.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic":
                return SourceKind.List;
            // Range<T> over int and long: the count is computed once, as the runtime's RangeLength does.
            case "Range" when m.IsGenericMethod && p.Length is 2 or 3
                              && element.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64:
                return SourceKind.Range;
            default:
                return null;
        }
    }

    // The generic Average<T> (INumber) sums in T and divides in T: taken only for double and decimal, where that is
    // what the generated loop writes; int, long and float have overloads of their own that widen.
    private static bool AverageType(ITypeSymbol type, bool generic) => generic
        ? type.SpecialType is SpecialType.System_Double or SpecialType.System_Decimal
        : type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Single;

    private static bool IsComparerOf(ITypeSymbol type, ITypeSymbol element) =>
        type is INamedTypeSymbol { Name: "IComparer", TypeArguments.Length: 1 } named
        && named.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic"
        && SymbolEqualityComparer.Default.Equals(named.TypeArguments[0], element);
}
