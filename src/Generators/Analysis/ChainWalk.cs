// Analysis: the walk from a call down its chain of receivers, shared by the terminal fuser (PipelineAnalyzer) and the
// iterator fuser (IteratorAnalyzer), which differ only in which operators and sources they take.
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Streams.Generators.Model;

namespace Streams.Generators.Analysis;

/// <summary>Collects the operator calls a receiver expression is made of, innermost last, and the source call the walk
/// ends on, if it takes one.</summary>
internal static class ChainWalk
{
    /// <summary>Walks from <paramref name="receiver"/> inwards: each invocation the fuser takes as a stage
    /// (<paramref name="isStage"/>, and a member access) is added to <paramref name="calls"/> and the walk goes on into
    /// its receiver; the first other invocation ends it, and is added as the source when
    /// <paramref name="isSource"/> takes its kind. Returns the source call and kind (null and
    /// <see cref="SourceKind.Iter"/> when the chain starts from an expression that runs as written) and the receiver
    /// the walk stopped at.</summary>
    public static (IInvocationOperation? Source, SourceKind Kind, ExpressionSyntax Receiver) Walk(
        SemanticModel model,
        ExpressionSyntax receiver,
        List<(IInvocationOperation Op, InvocationExpressionSyntax Syntax)> calls,
        System.Func<IInvocationOperation, bool> isStage,
        System.Func<SourceKind, bool> isSource,
        System.Threading.CancellationToken cancellationToken)
    {
        while (receiver is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax or IdentifierNameSyntax } inner
               && model.GetOperation(inner, cancellationToken) is IInvocationOperation innerOp)
        {
            if (isStage(innerOp) && inner.Expression is MemberAccessExpressionSyntax access)
            {
                calls.Add((innerOp, inner));
                receiver = access.Expression;
                continue;
            }
            if (PipelineAnalyzer.SourceKindOf(innerOp) is { } kind && isSource(kind))
            {
                calls.Add((innerOp, inner));
                return (innerOp, kind, receiver);
            }
            break;
        }
        return (null, SourceKind.Iter, receiver);
    }

    /// <summary>The model of each call, with the location its interceptor names (<paramref name="call"/> makes it), in
    /// order; null when a call cannot be intercepted.</summary>
    public static List<CallModel>? Locate(
        SemanticModel model,
        List<(IInvocationOperation Op, InvocationExpressionSyntax Syntax)> calls,
        System.Func<IInvocationOperation, InterceptableLocation, CallModel> call,
        System.Threading.CancellationToken cancellationToken)
    {
        var located = new List<CallModel>(calls.Count);
        foreach (var (op, syntax) in calls)
        {
            var location = model.GetInterceptableLocation(syntax, cancellationToken);
            if (location is null) return null;
            located.Add(call(op, location));
        }
        return located;
    }

    /// <summary>Why a chain is not fused when <see cref="Locate"/> found a call it cannot intercept.</summary>
    public const string NotInterceptable = "a call in the expression cannot be intercepted";
}
