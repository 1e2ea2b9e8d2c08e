// Analysis: the one place that turns Roslyn symbols, operations and syntax into the model's plain values
// (Model/Types.cs). Everything after this file sees only the model.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Streams.Generators.Model;

namespace Streams.Generators.Analysis;

/// <summary>Builds model values from symbols and syntax.</summary>
internal static class Models
{
    /// <summary>The model of <paramref name="type"/>.</summary>
    public static TypeRef Type(ITypeSymbol type)
    {
        TypeRef? element = PipelineAnalyzer.ElementType(type) is { } e ? Type(e) : null;
        TypeRef? result = type is INamedTypeSymbol { Name: "Func", TypeArguments.Length: > 0 } func
                          && func.ContainingNamespace?.ToDisplayString() == "System"
            ? Type(func.TypeArguments[func.TypeArguments.Length - 1])
            : null;
        return new TypeRef(
            SymbolNames.Type(type),
            type.ToDisplayString(),
            type.SpecialType,
            type.IsReferenceType || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T,
            element,
            result);
    }

    /// <summary>The model of <paramref name="method"/>'s signature.</summary>
    public static MethodModel Method(IMethodSymbol method)
    {
        var parameters = ImmutableArray.CreateBuilder<ParamModel>(method.Parameters.Length);
        foreach (var p in method.Parameters) parameters.Add(new ParamModel(p.Name, Type(p.Type), p.IsParams));
        var typeArguments = ImmutableArray.CreateBuilder<TypeRef>(method.TypeArguments.Length);
        foreach (var t in method.TypeArguments) typeArguments.Add(Type(t));
        return new MethodModel(
            method.Name,
            new EquatableArray<ParamModel>(parameters.MoveToImmutable()),
            method.ReturnsVoid ? null : Type(method.ReturnType),
            method.IsExtensionMethod,
            new EquatableArray<TypeRef>(typeArguments.MoveToImmutable()));
    }

    /// <summary>The model of one intercepted call; <paramref name="outer"/> is the enclosing selector's parameter
    /// inside a FlatMap's inner pipeline (its lambdas may use it).</summary>
    public static CallModel Call(IInvocationOperation op, InterceptableLocation location, CallModel? zipArray = null,
        InnerModel? inner = null, IParameterSymbol? outer = null)
    {
        var method = op.TargetMethod;
        var lambdas = new LambdaModel?[method.Parameters.Length];
        bool expanded = false;
        foreach (var a in op.Arguments)
        {
            if (a.Parameter is not { } p) continue;
            lambdas[p.Ordinal] = LambdaInliner.TryInline(a.Value, outer);
            if (p.IsParams) expanded = a.ArgumentKind == ArgumentKind.ParamArray;
        }
        return new CallModel(
            Method(method),
            Intercept(location),
            Spans.Of(op.Syntax),
            PipelineAnalyzer.StageKindOf(op),
            new EquatableArray<LambdaModel?>(ImmutableArray.Create(lambdas)),
            expanded,
            zipArray,
            inner);
    }

    /// <summary>The location's attribute data and its display position.</summary>
    public static InterceptModel Intercept(InterceptableLocation location) =>
        new(location.Version, location.Data, location.GetDisplayLocation());

    /// <summary>The argument bound to parameter <paramref name="ordinal"/> of <paramref name="op"/>.</summary>
    public static IOperation Argument(IInvocationOperation op, int ordinal)
    {
        foreach (var a in op.Arguments)
        {
            if (a.Parameter?.Ordinal == ordinal) return a.Value;
        }
        throw new System.InvalidOperationException("argument not found");
    }

    /// <summary>Whether generated code can intercept <paramref name="syntax"/>: its location, or null.</summary>
    public static InterceptableLocation? Locate(SemanticModel model, InvocationExpressionSyntax syntax,
        CancellationToken cancellationToken) =>
        model.GetInterceptableLocation(syntax, cancellationToken);
}

/// <summary>Spans of the user's source as values.</summary>
internal static class Spans
{
    /// <summary>The span of <paramref name="node"/>.</summary>
    public static SpanModel Of(SyntaxNode node)
    {
        var line = node.GetLocation().GetLineSpan();
        return new SpanModel(line.Path, node.Span.Start, node.Span.Length, line.StartLinePosition.Line,
            line.StartLinePosition.Character, line.EndLinePosition.Line, line.EndLinePosition.Character);
    }
}
