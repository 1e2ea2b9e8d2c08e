using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Streams.Generators.Model;

namespace Streams.Generators.Analysis;

/// <summary>
/// Recognises the operators with a second input or a nested pipeline (Zip, Chain, FlatMap, SelectMany) and the parts
/// of them the generator writes out: a <c>Pull.From(array)</c> second input of Zip, and the inner pipeline of a
/// FlatMap/SelectMany selector lambda. Everything else about them is left to the runtime protocol (TryFold, TryNext).
/// </summary>
internal static class NestedOps
{
    /// <summary>The stage kind of a Zip/Chain/FlatMap/SelectMany overload over <c>Iter&lt;T&gt;</c> inputs, or null.</summary>
    public static StageKind? KindOf(IMethodSymbol m)
    {
        if (!PipelineAnalyzer.IsPull(m) || !m.IsExtensionMethod || m.Parameters.Length < 2) return null;
        if (PipelineAnalyzer.ElementType(m.Parameters[0].Type) is not { } element) return null;
        if (PipelineAnalyzer.ElementType(m.ReturnType) is null) return null;
        var p = m.Parameters;
        switch (m.Name)
        {
            case "Zip" when p.Length == 2 && (PipelineAnalyzer.ElementType(p[1].Type) is not null || IsEnumerable(p[1].Type)):
            case "Zip" when p.Length == 3 && (PipelineAnalyzer.ElementType(p[1].Type) is not null || IsEnumerable(p[1].Type))
                            && PipelineAnalyzer.IsFunc(p[2].Type, 2):
                return StageKind.Zip;
            case "Chain" when p.Length == 2 && p[1].IsParams && p[1].Type is IArrayTypeSymbol { ElementType: var part }
                              && SymbolEqualityComparer.Default.Equals(PipelineAnalyzer.ElementType(part), element):
                return StageKind.Chain;
            case "FlatMap" or "SelectMany" when p.Length == 2 && SelectsIter(p[1].Type):
                return StageKind.FlatMap;
            case "SelectMany" when p.Length == 3 && SelectsIter(p[1].Type) && PipelineAnalyzer.IsFunc(p[2].Type, 2):
                return StageKind.SelectMany;
            default:
                return null;
        }
    }

    // IEnumerable<T>: LINQ's Zip overloads (Linq/SecondInputs.cs), which run Zip over Pull.From(second).
    internal static bool IsEnumerable(ITypeSymbol type) =>
        type is INamedTypeSymbol { Name: "IEnumerable", TypeArguments.Length: 1 } named
        && named.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic";

    // Func<TSource, Iter<TResult>>: the selector overloads over IEnumerable are LINQ's (Indexed.cs, QuerySyntax.cs).
    private static bool SelectsIter(ITypeSymbol type) =>
        PipelineAnalyzer.IsFunc(type, 1) && type is INamedTypeSymbol named
        && PipelineAnalyzer.ElementType(named.TypeArguments[1]) is not null;

    /// <summary>The model of <paramref name="op"/> with the parts of it the generator writes out and their
    /// interceptable locations; the parts stay null (opaque) when one is not recognised.</summary>
    public static CallModel Call(IInvocationOperation op, InterceptableLocation location, SemanticModel model,
        CancellationToken cancellationToken)
    {
        switch (KindOf(op.TargetMethod))
        {
            case StageKind.Zip:
                CallModel? zip = null;
                if (Models.Argument(op, 1) is IInvocationOperation second
                    && PipelineAnalyzer.SourceKindOf(second) == SourceKind.Array
                    && Locate(second, model, cancellationToken, null) is { } located)
                {
                    zip = located;
                }
                return Models.Call(op, location, zipArray: zip);
            case StageKind.FlatMap:
            case StageKind.SelectMany:
                return Models.Call(op, location, inner: InnerOf(Models.Argument(op, 1), model, cancellationToken));
            default:
                return Models.Call(op, location);
        }
    }

    // The operators an inner pipeline may use: the ones written into a nested loop (NestedEmitter.InnerStage).
    private static bool InnerStage(StageKind kind) => kind is StageKind.Map or StageKind.Filter or StageKind.Take
        or StageKind.Skip or StageKind.TakeWhile or StageKind.DropWhile or StageKind.Slice;

    /// <summary>The selector <c>x =&gt; Source(...).Op(...)...</c>, when it is a lambda whose body is exactly a known
    /// source followed by known operators, each call interceptable and every type nameable.</summary>
    private static InnerModel? InnerOf(IOperation selector, SemanticModel model, CancellationToken cancellationToken)
    {
        if (selector is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }) return null;
        if (lambda.Symbol.Parameters.Length != 1) return null;
        var body = lambda.Body;
        if (body.Operations.Length != 1 || body.Operations[0] is not IReturnOperation { ReturnedValue: IInvocationOperation last })
        {
            return null;
        }
        var calls = new List<CallModel>();
        var outer = lambda.Symbol.Parameters[0];
        IInvocationOperation op = last;
        while (PipelineAnalyzer.StageKindOf(op) is { } kind)
        {
            if (!InnerStage(kind) || op.Syntax is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax }) return null;
            if (Locate(op, model, cancellationToken, outer) is not { } located) return null;
            if (!NameableCall(op.TargetMethod, model.Compilation)) return null;
            calls.Add(located);
            IOperation? receiver = null;
            foreach (var a in op.Arguments)
            {
                if (a.Parameter?.Ordinal == 0) receiver = a.Value;
            }
            if (receiver is not IInvocationOperation upstream) return null;
            op = upstream;
        }
        // Inner sources written as a nested loop: an array and an endless counter (others are folded as iterators).
        if (PipelineAnalyzer.SourceKindOf(op) is not (SourceKind.Array or SourceKind.Counter) || op.TargetMethod.IsGenericMethod && op.TargetMethod.Name != "From")
        {
            return null;
        }
        var source = PipelineAnalyzer.SourceKindOf(op)!.Value;
        if (!NameableCall(op.TargetMethod, model.Compilation)) return null;
        if (Locate(op, model, cancellationToken, outer) is not { } sourceCall) return null;
        calls.Add(sourceCall);
        calls.Reverse();
        return new InnerModel(source, EquatableArray.From(calls));
    }

    private static bool NameableCall(IMethodSymbol method, Compilation compilation)
    {
        foreach (var p in method.Parameters)
        {
            if (!PipelineAnalyzer.Accessible(p.Type, compilation)) return false;
        }
        return PipelineAnalyzer.Accessible(method.ReturnType, compilation);
    }

    // The call's model, its lambdas read with the inner pipeline's outer element in scope.
    private static CallModel? Locate(IInvocationOperation op, SemanticModel model, CancellationToken cancellationToken,
        IParameterSymbol? outer)
    {
        if (op.Syntax is not InvocationExpressionSyntax syntax) return null;
        var location = model.GetInterceptableLocation(syntax, cancellationToken);
        return location is null ? null : Models.Call(op, location, outer: outer);
    }
}
