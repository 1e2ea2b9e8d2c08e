using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Streams.Generators.Model;

namespace Streams.Generators.Analysis;

/// <summary>
/// A terminal whose receiver is a query expression (<c>(from x in a from y in b select r).Sum()</c>). The query's
/// <c>SelectMany</c> call has no invocation syntax and cannot be intercepted; the terminal can. Its interceptor asks
/// the runtime iterator to hand over its source and selectors (<c>Pull.TryDetachSelectMany</c>) and runs the loops
/// itself (QueryEmitter), or runs the library's terminal unchanged when the iterator will not.
/// </summary>
internal static partial class PipelineAnalyzer
{
    /// <summary>The query expression a terminal is called on, through parentheses, or null.</summary>
    private static QueryExpressionSyntax? QueryReceiver(ExpressionSyntax receiver)
    {
        while (receiver is ParenthesizedExpressionSyntax p) receiver = p.Expression;
        return receiver as QueryExpressionSyntax;
    }

    private static SiteModel AnalyzeQuery(SemanticModel model, InvocationExpressionSyntax invocation,
        IInvocationOperation terminalOp, TerminalKind? terminalKind, string? reason, QueryExpressionSyntax query,
        CancellationToken cancellationToken)
    {
        if (reason is null && terminalKind is not (TerminalKind.Sum or TerminalKind.WrappingSum or TerminalKind.Count
                or TerminalKind.ToList or TerminalKind.ToArray or TerminalKind.Any)
            && !(terminalKind == TerminalKind.First && terminalOp.TargetMethod.Parameters.Length == 2)
            || reason is null && terminalOp.TargetMethod.Name is "LongCount" or "Aggregate"
            || reason is null && terminalKind is TerminalKind.Count or TerminalKind.Sum or TerminalKind.WrappingSum
               && terminalOp.TargetMethod.Parameters.Length != 1)
        {
            reason = $"over query syntax only Sum, WrappingSum, Count, ToList, ToArray, Any and First(predicate) are fused, not this {terminalOp.TargetMethod.Name} overload";
        }
        var body = query.Body;
        if (reason is null && (body.Clauses.Count != 1 || body.Clauses[0] is not FromClauseSyntax
                               || body.SelectOrGroup is not SelectClauseSyntax || body.Continuation is not null))
        {
            reason = $"query syntax other than `from x in a from y in b select r` ({QueryShape(body)})";
        }
        IInvocationOperation? selectMany = null;
        if (reason is null)
        {
            selectMany = (model.GetOperation(query, cancellationToken) as ITranslatedQueryOperation)?.Operation as IInvocationOperation;
            var m = selectMany?.TargetMethod;
            if (m is null || !IsPull(m) || m.Name != "SelectMany" || m.Parameters.Length != 3 || m.TypeArguments.Length != 3)
            {
                reason = "the query's second from is not Streams.Pull.SelectMany with a result selector";
            }
        }
        reason ??= DisabledBy(model, invocation, cancellationToken);
        if (reason is null)
        {
            foreach (var t in selectMany!.TargetMethod.TypeArguments)
            {
                if (!Accessible(t, model.Compilation))
                {
                    reason = $"the type {t.ToDisplayString()} cannot be named from generated code";
                    break;
                }
            }
            foreach (var p in terminalOp.TargetMethod.Parameters)
            {
                if (reason is null && !Accessible(p.Type, model.Compilation))
                {
                    reason = $"the type {p.Type.ToDisplayString()} cannot be named from generated code";
                }
            }
        }
        InterceptableLocation? location = null;
        if (reason is null)
        {
            location = model.GetInterceptableLocation(invocation, cancellationToken);
            if (location is null) reason = "the terminal call cannot be intercepted";
        }

        var span = Spans.Of(invocation);
        var text = Describe(invocation);
        QueryModel? query2 = null;
        if (reason is null)
        {
            var args = selectMany!.TargetMethod.TypeArguments;
            query2 = new QueryModel(Models.Call(terminalOp, location!), Models.Type(args[0]), Models.Type(args[1]),
                Models.Type(args[2]), LambdaInliner.TryInline(ResultSelector(selectMany)), terminalKind!.Value,
                CheckedSum(model.Compilation), text, Where(span));
        }
        return new SiteModel(
            HintName("Fused", span),
            query2 is not null ? $"fused (query syntax): {text}" : $"not fused ({reason}): {text}",
            span,
            query2);
    }

    // What the query has that the fused form does not: its clauses by kind, in order, so the reason is true.
    private static string QueryShape(QueryBodySyntax body)
    {
        var parts = new System.Collections.Generic.List<string>();
        bool secondFrom = false;
        foreach (var clause in body.Clauses) secondFrom |= clause is FromClauseSyntax;
        if (!secondFrom)
        {
            parts.Add("a single from clause: its clauses compile to method calls that have no invocation syntax, "
                      + "which no generator can intercept");
        }
        bool seenFrom = false;
        foreach (var clause in body.Clauses)
        {
            if (clause is FromClauseSyntax && !seenFrom)
            {
                seenFrom = true;
                continue;
            }
            parts.Add(clause switch
            {
                FromClauseSyntax => "a third from clause",
                WhereClauseSyntax => "a where clause",
                LetClauseSyntax => "a let clause",
                OrderByClauseSyntax => "an orderby clause",
                JoinClauseSyntax => "a join clause",
                _ => "a " + clause.Kind().ToString(),
            });
        }
        if (body.SelectOrGroup is GroupClauseSyntax) parts.Add("a group clause");
        if (body.Continuation is not null) parts.Add("an into continuation");
        return "it has " + string.Join(", ", parts);
    }

    // The select clause's lambda: the argument bound to SelectMany's third parameter.
    private static IOperation ResultSelector(IInvocationOperation selectMany)
    {
        foreach (var a in selectMany.Arguments)
        {
            if (a.Parameter?.Ordinal == 2) return a.Value;
        }
        return selectMany.Arguments[selectMany.Arguments.Length - 1].Value;
    }
}
