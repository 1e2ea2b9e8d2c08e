using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Streams.Generators.Model;

namespace Streams.Generators.Analysis;

// Analysis: the terminal fuser's parser. Reads a terminal call and its chain by symbols and produces the site's model
// (or a STRM101 reason); writes no text.

/// <summary>
/// Reads one terminal call (<c>….Sum()</c>) and the chain of calls it is made on, by symbols, and decides whether
/// the whole expression can be fused. Only calls to <c>Streams.Pull</c> methods whose shape it knows are taken;
/// the chain stops at the first expression it does not know, which then runs as it is and becomes the source.
/// </summary>
internal static partial class PipelineAnalyzer
{
    private const string PullType = "Streams.Pull";
    private const string DisableAttribute = "Streams.DisableFusionAttribute";

    /// <summary>A quick syntactic test: an invocation of a member whose name a terminal has.</summary>
    public static bool IsCandidate(SyntaxNode node) =>
        node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: var name } }
        && TerminalName(name.Identifier.ValueText) is not null;

    /// <summary>The site's model, or null when the call is not a Streams terminal at all.</summary>
    public static SiteModel? Analyze(GeneratorSyntaxContext context, CancellationToken cancellationToken)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        var model = context.SemanticModel;
        if (model.GetOperation(invocation, cancellationToken) is not IInvocationOperation terminalOp) return null;
        var terminalKind = TerminalKindOf(terminalOp);
        string? reason = null;
        if (terminalKind is null)
        {
            // A terminal name the generator knows in a form it does not write: say so, and run the library.
            reason = UnfusedTerminalForm(terminalOp);
            if (reason is null) return null;
        }
        var calls = new List<(IInvocationOperation Op, InvocationExpressionSyntax Syntax)>();
        ExpressionSyntax receiver = ((MemberAccessExpressionSyntax)invocation.Expression).Expression;
        (var sourceOp, var sourceKind, receiver) = ChainWalk.Walk(
            model, receiver, calls, static op => StageKindOf(op) is not null, static _ => true, cancellationToken);
        if (calls.Count == 0 && QueryReceiver(receiver) is { } query)
        {
            return AnalyzeQuery(model, invocation, terminalOp, terminalKind, reason, query, cancellationToken);
        }
        calls.Reverse();
        int stageCount = calls.Count - (sourceOp is null ? 0 : 1);
        // A source and a terminal alone are one loop already (and the library's terminals may vectorise over a span).
        // A terminal with a lambda over a known source is fused alone too: the loop inlines the lambda the library
        // would call through its delegate.
        if (stageCount == 0 && !(sourceOp is not null && TakesLambda(terminalOp.TargetMethod)))
        {
            reason ??= "the expression has no operator the generator knows in front of the terminal";
        }
        reason ??= DisabledBy(model, invocation, cancellationToken);

        ITypeSymbol? start = sourceOp is not null
            ? ElementType(sourceOp.TargetMethod.ReturnType)
            : ElementType((calls.Count > 0 ? calls[0].Op : terminalOp).TargetMethod.Parameters[0].Type);
        if (reason is null && start is null) reason = "the element type is unknown";

        var all = new List<(IInvocationOperation Op, InvocationExpressionSyntax Syntax)>(calls) { (terminalOp, invocation) };
        reason ??= UnnamableType(all, model.Compilation);

        var located = reason is null ? ChainWalk.Locate(model, all, (op, location) => NestedOps.Call(op, location, model, cancellationToken), cancellationToken) : null;
        if (reason is null && located is null) reason = ChainWalk.NotInterceptable;

        var span = Spans.Of(invocation);
        var text = Describe(invocation);
        PipelineModel? pipeline = null;
        if (reason is null)
        {
            pipeline = new PipelineModel(sourceKind, sourceOp is not null, Models.Type(start!),
                EquatableArray.From(located!), terminalKind!.Value, CheckedSum(model.Compilation), text, Where(span));
            reason = Unsupported(pipeline);
            if (reason is not null) pipeline = null;
        }
        return new SiteModel(
            HintName("Fused", span),
            pipeline is not null ? $"fused: {text}" : $"not fused ({reason}): {text}",
            span,
            pipeline);
    }

    private static bool TakesLambda(IMethodSymbol m)
    {
        for (int i = 1; i < m.Parameters.Length; i++)
        {
            if (m.Parameters[i].Type is INamedTypeSymbol { Name: "Func" } f && f.ContainingNamespace?.ToDisplayString() == "System") return true;
        }
        return false;
    }

    /// <summary>Why the pipeline is not fused, when it mixes operators the emitter cannot combine yet.</summary>
    private static string? Unsupported(PipelineModel p)
    {
        // Aggregate(func) takes its first element with TryNext and folds the rest: over a list the runtime's fold
        // reads the list's span only after the first element went through the stages, which the loop does not write.
        if (p.Terminal == TerminalKind.Aggregate && p.Source == SourceKind.List)
        {
            return "Aggregate without a seed over Pull.From(list) is not written by the generator";
        }
        bool seeded = false;
        foreach (var call in p.Calls)
        {
            // A seeded Accumulate writes the stages after it again as a method of their own, from one loop body.
            if (call.Stage == StageKind.AccumulateSeeded) seeded = true;
            if (seeded && call.Stage is StageKind.Chain or StageKind.FlatMap or StageKind.SelectMany)
            {
                return "Accumulate with an initial value before Chain, FlatMap or SelectMany is not written yet";
            }
        }
        return null;
    }

    /// <summary>The file name and 1-based line and column of <paramref name="span"/>.</summary>
    internal static string Where(SpanModel span) =>
        $"{System.IO.Path.GetFileName(span.Path)}({span.StartLine + 1},{span.StartColumn + 1})";

    // Sum follows the library: once the library offers WrappingSum, Sum is the checked one.
    private static bool CheckedSum(Compilation compilation) =>
        compilation.GetTypeByMetadataName(PullType)?.GetMembers("WrappingSum").Length > 0;

    internal static string Describe(InvocationExpressionSyntax invocation)
    {
        var text = string.Join(" ", invocation.ToString().Split(new[] { '\r', '\n', '\t', ' ' },
            System.StringSplitOptions.RemoveEmptyEntries));
        return text.Length > 240 ? text.Substring(0, 237) + "..." : text;
    }

    /// <summary>The generated file's name: <paramref name="prefix"/>, the file name, the 1-based line and column
    /// of the site, a hash of the full path.</summary>
    internal static string HintName(string prefix, SpanModel span)
    {
        var file = System.IO.Path.GetFileNameWithoutExtension(span.Path);
        var safe = new System.Text.StringBuilder();
        foreach (var c in file) safe.Append(char.IsLetterOrDigit(c) ? c : '_');
        uint hash = 2166136261;
        foreach (var c in span.Path) hash = unchecked((hash ^ c) * 16777619);
        return $"{prefix}.{safe}.{span.StartLine + 1}_{span.StartColumn + 1}.{hash:x8}.g.cs";
    }

    internal static string? DisabledBy(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
    {
        for (var symbol = model.GetEnclosingSymbol(node.SpanStart, cancellationToken); symbol is not null;
             symbol = symbol.ContainingSymbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == DisableAttribute)
                {
                    return $"[DisableFusion] on {symbol.ToDisplayString()}";
                }
            }
        }
        foreach (var attribute in model.Compilation.Assembly.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == DisableAttribute) return "[assembly: DisableFusion]";
        }
        return null;
    }

    internal static bool IsPull(IMethodSymbol method) => method.ContainingType?.ToDisplayString() == PullType;

    internal static ITypeSymbol? ElementType(ITypeSymbol type) =>
        type is INamedTypeSymbol { Name: "Iter", TypeArguments.Length: 1 } named
        && named.ContainingNamespace?.ToDisplayString() == "Streams"
            ? named.TypeArguments[0]
            : null;

    private static string? TerminalName(string name) => name switch
    {
        "Sum" or "WrappingSum" or "Count" or "Any" or "All" or "Contains" or "Fold" or "ForEach" or "ToList" or "ToArray"
            or "LongCount" or "Aggregate" or "JoinToString" => name,
        // The library's other terminals: never fused, each site says so (STRM101).
        "ElementAt" or "ElementAtOrDefault" or "Last" or "LastOrDefault" or "MaxBy" or "MinBy" or "Nth"
            or "SequenceEqual" or "Single" or "SingleOrDefault" or "ToDictionary" or "ToHashSet" or "ToLookup" => name,
        _ when SimpleTerminalName(name) => name,
        _ => null,
    };

    private static TerminalKind? TerminalKindOf(IInvocationOperation op)
    {
        var m = op.TargetMethod;
        if (!IsPull(m) || !m.IsExtensionMethod || m.Parameters.Length == 0) return null;
        if (ElementType(m.Parameters[0].Type) is not { } element) return null;
        if (SimpleTerminalKindOf(m, element) is { } simple) return simple;
        int n = m.Parameters.Length;
        switch (m.Name)
        {
            // Only the generic Sum<T> whose result is the element type (Sum over float widens to double: not fused).
            case "Sum" or "WrappingSum" when n == 1 && SumType(element) && m.IsGenericMethod
                                             && SymbolEqualityComparer.Default.Equals(m.ReturnType, element):
                return m.Name == "Sum" ? TerminalKind.Sum : TerminalKind.WrappingSum;
            case "Count" when n == 1 && m.ReturnType.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64:
                return TerminalKind.Count;
            // LINQ's forms the library runs as Filter/Map + the plain terminal, which is what the loop writes:
            // Count(predicate) and LongCount([predicate]) count matches in a long (Count converts, checked, at the end);
            // Sum(selector) is Map(selector).Sum() (the generic one, result type = the selector's, not float).
            case "Count" when n == 2 && IsPredicate(m.Parameters[1].Type, element) && m.ReturnType.SpecialType == SpecialType.System_Int32:
            case "LongCount" when (n == 1 || (n == 2 && IsPredicate(m.Parameters[1].Type, element)))
                                  && m.ReturnType.SpecialType == SpecialType.System_Int64:
                return TerminalKind.Count;
            case "Sum" when n == 2 && m.TypeArguments.Length == 2 && IsFunc(m.Parameters[1].Type, 1)
                            && SymbolEqualityComparer.Default.Equals(m.ReturnType, m.TypeArguments[1])
                            && SumType(m.ReturnType) && m.ReturnType.SpecialType != SpecialType.System_Single:
                return TerminalKind.Sum;
            // Aggregate(seed, func[, resultSelector]) is Fold (then resultSelector on the result); Aggregate(func)
            // starts from the first element.
            case "Aggregate" when n == 3 && IsFunc(m.Parameters[2].Type, 2):
            case "Aggregate" when n == 4 && IsFunc(m.Parameters[2].Type, 2) && IsFunc(m.Parameters[3].Type, 1):
                return TerminalKind.Fold;
            case "Aggregate" when n == 2 && IsFunc(m.Parameters[1].Type, 2):
                return TerminalKind.Aggregate;
            case "JoinToString" when n == 2 && m.Parameters[1].Type.SpecialType == SpecialType.System_String:
                return TerminalKind.JoinToString;
            case "Any" when n == 2 && IsPredicate(m.Parameters[1].Type, element):
                return TerminalKind.Any;
            case "All" when n == 2 && IsPredicate(m.Parameters[1].Type, element):
                return TerminalKind.All;
            case "Contains" when n == 2 && SymbolEqualityComparer.Default.Equals(m.Parameters[1].Type, element):
                return TerminalKind.Contains;
            case "Fold" when n == 3 && IsFunc(m.Parameters[2].Type, 2):
                return TerminalKind.Fold;
            case "ForEach" when n == 2 && m.Parameters[1].Type is INamedTypeSymbol { Name: "Action", TypeArguments.Length: 1 }:
                return TerminalKind.ForEach;
            case "ToList" when n == 1:
                return TerminalKind.ToList;
            case "ToArray" when n == 1:
                return TerminalKind.ToArray;
            default:
                return null;
        }
    }

    internal static StageKind? StageKindOf(IInvocationOperation op)
    {
        var m = op.TargetMethod;
        if (SimpleStageKindOf(m) is { } simple) return simple;
        if (NestedOps.KindOf(m) is { } nested) return nested;
        if (IsSlice(m)) return StageKind.Slice;
        if (!IsPull(m) || !m.IsExtensionMethod || m.Parameters.Length != 2) return null;
        if (ElementType(m.Parameters[0].Type) is not { } element) return null;
        var arg = m.Parameters[1].Type;
        return m.Name switch
        {
            "Map" or "Select" when IsFunc(arg, 1) && ElementType(m.ReturnType) is not null => StageKind.Map,
            "Filter" or "Where" when IsPredicate(arg, element) => StageKind.Filter,
            "TakeWhile" when IsPredicate(arg, element) => StageKind.TakeWhile,
            "DropWhile" or "SkipWhile" when IsPredicate(arg, element) => StageKind.DropWhile,
            "Take" when IsCount(arg) => StageKind.Take,
            "Skip" when IsCount(arg) => StageKind.Skip,
            _ => null,
        };
    }

    // Slice(start, stop, step): the one overload, (long, long?, long).
    private static bool IsSlice(IMethodSymbol m) =>
        m.Name == "Slice" && IsPull(m) && m.IsExtensionMethod && m.Parameters.Length == 4
        && ElementType(m.Parameters[0].Type) is not null
        && m.Parameters[1].Type.SpecialType == SpecialType.System_Int64
        && m.Parameters[2].Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } stop
        && stop.TypeArguments[0].SpecialType == SpecialType.System_Int64
        && m.Parameters[3].Type.SpecialType == SpecialType.System_Int64;

    internal static SourceKind? SourceKindOf(IInvocationOperation op)
    {
        var m = op.TargetMethod;
        if (!IsPull(m) || m.IsExtensionMethod) return null;
        if (SimpleSourceKindOf(m) is { } simple) return simple;
        var element = ElementType(m.ReturnType);
        if (element is null) return null;
        // The generic counters over int and long (Positives<T>, CountFrom<T>) add with the type's own + (wrapping, as
        // the library's CountSource does); over any other type they run as written.
        if (m.IsGenericMethod && m.Name is "Positives" or "CountFrom")
        {
            bool sameType = true;
            foreach (var p in m.Parameters) sameType &= SymbolEqualityComparer.Default.Equals(p.Type, element);
            bool arity = m.Name == "Positives" ? m.Parameters.Length == 0 : m.Parameters.Length is 1 or 2;
            return element.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 && sameType && arity
                ? SourceKind.Counter
                : null;
        }
        if (m.IsGenericMethod && m.Name != "From") return null;
        bool isLong = element.SpecialType == SpecialType.System_Int64;
        bool allLong = true;
        foreach (var p in m.Parameters) allLong &= p.Type.SpecialType == SpecialType.System_Int64;
        return m.Name switch
        {
            "From" when m.Parameters.Length == 1 && m.Parameters[0].Type is IArrayTypeSymbol { Rank: 1 }
                        && !m.Parameters[0].IsParams => SourceKind.Array,
            "Positives" when m.Parameters.Length == 0 && isLong => SourceKind.Counter,
            "Count" when m.Parameters.Length == 2 && isLong && allLong => SourceKind.Counter,
            _ => null,
        };
    }

    private static bool SumType(ITypeSymbol type) => type.SpecialType is SpecialType.System_Int32
        or SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64
        or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal;

    private static bool IsCount(ITypeSymbol type) =>
        type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64;

    internal static bool IsFunc(ITypeSymbol type, int arity) =>
        type is INamedTypeSymbol { Name: "Func" } named && named.TypeArguments.Length == arity + 1
        && named.ContainingNamespace?.ToDisplayString() == "System";

    private static bool IsPredicate(ITypeSymbol type, ITypeSymbol element) =>
        IsFunc(type, 1) && type is INamedTypeSymbol named
        && named.TypeArguments[1].SpecialType == SpecialType.System_Boolean
        && SymbolEqualityComparer.Default.Equals(named.TypeArguments[0], element);

    /// <summary>Why generated code cannot intercept <paramref name="calls"/>: the first parameter or return type it
    /// cannot name (see <see cref="Accessible"/>), or null when it can name them all.</summary>
    internal static string? UnnamableType(
        List<(IInvocationOperation Op, InvocationExpressionSyntax Syntax)> calls, Compilation compilation)
    {
        foreach (var (op, _) in calls)
        {
            foreach (var p in op.TargetMethod.Parameters)
            {
                if (!Accessible(p.Type, compilation))
                {
                    if (TypeParameterIn(p.Type) is { } parameter)
                    {
                        return $"the type {p.Type.ToDisplayString()} is or holds the type parameter {parameter.Name}: "
                               + "generated code is written for one element type, not per instantiation";
                    }
                    return $"the type {p.Type.ToDisplayString()} cannot be named from generated code";
                }
            }
            if (!Accessible(op.TargetMethod.ReturnType, compilation))
            {
                return $"the type {op.TargetMethod.ReturnType.ToDisplayString()} cannot be named from generated code";
            }
        }
        return null;
    }

    // Generated code lives in a file-local class of the same assembly: it can name public and internal types only.
    internal static bool Accessible(ITypeSymbol type, Compilation compilation)
    {
        switch (type)
        {
            case ITypeParameterSymbol or IErrorTypeSymbol or IPointerTypeSymbol or IFunctionPointerTypeSymbol
                or IDynamicTypeSymbol:
                return false;
            case IArrayTypeSymbol array:
                return Accessible(array.ElementType, compilation);
            case INamedTypeSymbol named:
                if (named.IsAnonymousType) return false;
                if (!compilation.IsSymbolAccessibleWithin(named.OriginalDefinition, compilation.Assembly)) return false;
                for (var t = named; t is not null; t = t.ContainingType)
                {
                    if (t.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal)) return false;
                }
                foreach (var arg in named.TypeArguments)
                {
                    if (!Accessible(arg, compilation)) return false;
                }
                return true;
            default:
                return false;
        }
    }
}
