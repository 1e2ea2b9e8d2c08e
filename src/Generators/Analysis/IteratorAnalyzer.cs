using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Streams.Generators.Model;

namespace Streams.Generators.Analysis;

// Analysis: the iterator fuser's parser. Reads the last operator call of a chain without a terminal and produces
// the site's model (or a STRM101 reason); writes no text.

/// <summary>
/// Reads the <b>last operator call</b> of a pipeline expression that does not end in a terminal
/// (<c>foreach (var x in xs.Map(f).Filter(p))</c>, <c>var it = Pull.From(a).Take(3);</c>, an argument, a return value)
/// and the chain of calls it is made on, by symbols, and decides whether the chain can become one generated iterator.
/// </summary>
/// <remarks>
/// A call whose value is an argument of another <c>Streams.Pull</c> call (its receiver, or a second input such as
/// Zip's), or that stands in a lambda passed to one (FlatMap's inner pipeline), is never taken here and gets no
/// diagnostic from here: the terminal fuser (<see cref="PipelineAnalyzer"/>) owns those calls, so no call is
/// intercepted twice, whatever the terminal fuser learns later. The walk stops at the first call it does not know,
/// which then runs as written and becomes the source.
/// </remarks>
internal static class IteratorAnalyzer
{
    /// <summary>A quick syntactic test: an invocation of a member named like an operator this fuser writes, or like
    /// another of the library's operators (a chain ending in one is reported, not fused).</summary>
    public static bool IsCandidate(SyntaxNode node) =>
        node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: var name } }
        && (Written(name.Identifier.ValueText) || OtherOperator(name.Identifier.ValueText))
        || node is QueryExpressionSyntax;

    private static bool Written(string name) => name is "Map" or "Select" or "Filter" or "Where" or "Take" or "Skip"
        or "TakeWhile" or "DropWhile" or "SkipWhile" or "Slice";

    // Streams.Pull's other operators (Iter in, Iter out), from its public API.
    private static bool OtherOperator(string name) => name is "Accumulate" or "AggregateBy" or "Append" or "Batch"
        or "Chain" or "ChainMany" or "Chunk" or "Combinations" or "CombinationsWithReplacement" or "Compress" or "Concat"
        or "CountBy" or "Cycle" or "DefaultIfEmpty" or "Distinct" or "DistinctBy" or "Enumerate" or "Except" or "ExceptBy"
        or "FilterFalse" or "FlatMap" or "GroupAdjacent" or "GroupAdjacentLists" or "GroupBy" or "GroupJoin" or "Index"
        or "Inspect" or "Interleave" or "Intersect" or "IntersectBy" or "Join" or "LeftJoin" or "Order" or "OrderBy"
        or "OrderByDescending" or "OrderDescending" or "Pairwise" or "Permutations" or "Prepend" or "Product" or "Reverse"
        or "RightJoin" or "Scan" or "SelectMany" or "Shuffle" or "SkipLast" or "StepBy" or "TakeLast" or "ThenBy"
        or "ThenByDescending" or "Union" or "UnionBy" or "UniqueJustSeen" or "UniqueJustSeenBy" or "Window" or "Zip"
        or "ZipLongest" or "ZipStrict";

    /// <summary>The stage kinds <see cref="IteratorEmitter"/> writes; any other kind ends the walk.</summary>
    internal static StageKind? Supported(IInvocationOperation op) =>
        PipelineAnalyzer.StageKindOf(op) is { } kind
        && kind is StageKind.Map or StageKind.Filter or StageKind.Take or StageKind.Skip or StageKind.TakeWhile
            or StageKind.DropWhile or StageKind.Slice
            ? kind
            : null;

    /// <summary>The site's model, or null when the call is not the last operator call of a chain.</summary>
    public static SiteModel? Analyze(GeneratorSyntaxContext context, CancellationToken cancellationToken)
    {
        var model = context.SemanticModel;
        if (context.Node is QueryExpressionSyntax query) return AnalyzeQuery(query, model, cancellationToken);
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (model.GetOperation(invocation, cancellationToken) is not IInvocationOperation lastOp) return null;
        var method = lastOp.TargetMethod;
        if (!PipelineAnalyzer.IsPull(method) || !method.IsExtensionMethod) return null;
        // Owned by whatever the value goes into: said nothing about here (that call's fuser reports on it).
        if (FeedsPullCall(lastOp) || InsideStreamsLambda(lastOp)) return null;
        if (Supported(lastOp) is null)
        {
            // The chain ends in an operator the generated iterator does not write: the whole chain runs as the
            // library's stages, and the site says so.
            var why = Written(method.Name)
                ? $"this {method.Name} overload is not written by the generator"
                : $"{method.Name} is not written into a generated iterator (the chain runs as the library's stages)";
            var at = Spans.Of(invocation);
            return new SiteModel(PipelineAnalyzer.HintName("FusedIter", at),
                $"not fused ({why}): {PipelineAnalyzer.Describe(invocation)}", at, null);
        }

        var calls = new List<(IInvocationOperation Op, InvocationExpressionSyntax Syntax)> { (lastOp, invocation) };
        ExpressionSyntax receiver = ((MemberAccessExpressionSyntax)invocation.Expression).Expression;
        // Sources written into the iterator: arrays and the long counters. Any other source call (Range, Repeat,
        // From(list), ...) runs as written and is pulled through the protocol, which keeps its semantics exactly.
        var (sourceOp, sourceKind, _) = ChainWalk.Walk(
            model, receiver, calls, static op => Supported(op) is not null,
            static kind => kind is SourceKind.Array or SourceKind.Counter, cancellationToken);
        calls.Reverse();

        string? reason = PipelineAnalyzer.DisabledBy(model, invocation, cancellationToken);
        var start = sourceOp is not null
            ? PipelineAnalyzer.ElementType(sourceOp.TargetMethod.ReturnType)
            : PipelineAnalyzer.ElementType(calls[0].Op.TargetMethod.Parameters[0].Type);
        var output = PipelineAnalyzer.ElementType(lastOp.TargetMethod.ReturnType);
        if (reason is null && (start is null || output is null)) reason = "the element type is unknown";
        reason ??= PipelineAnalyzer.UnnamableType(calls, model.Compilation);

        var located = reason is null ? ChainWalk.Locate(model, calls, static (op, location) => Models.Call(op, location), cancellationToken) : null;
        if (reason is null && located is null) reason = ChainWalk.NotInterceptable;

        var span = Spans.Of(invocation);
        var text = PipelineAnalyzer.Describe(invocation);
        IteratorModel? chain = null;
        if (reason is null)
        {
            chain = new IteratorModel(sourceKind, sourceOp is not null, Models.Type(start!), Models.Type(output!),
                EquatableArray.From(located!), text, PipelineAnalyzer.Where(span));
        }
        return new SiteModel(
            PipelineAnalyzer.HintName("FusedIter", span),
            chain is not null ? $"fused into one iterator: {text}" : $"not fused ({reason}): {text}",
            span,
            chain);
    }

    // A query expression over Streams whose value goes on elsewhere than into a Streams call (a variable, a foreach, an
    // argument): its clauses are calls without invocation syntax, so nothing in it can be intercepted; the site says so.
    // A query that a Streams call continues (`(from ...).Take(3).Sum()`) is that call's site.
    private static SiteModel? AnalyzeQuery(QueryExpressionSyntax query, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetOperation(query, cancellationToken) is not ITranslatedQueryOperation translated
            || translated.Operation is not IInvocationOperation call || !PipelineAnalyzer.IsPull(call.TargetMethod))
        {
            return null;
        }
        if (FeedsPullCall(translated) || InsideStreamsLambda(translated)) return null;
        var span = Spans.Of(query);
        var text = string.Join(" ", query.ToString().Split(new[] { '\r', '\n', '\t', ' ' },
            System.StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > 240) text = text.Substring(0, 237) + "...";
        return new SiteModel(PipelineAnalyzer.HintName("FusedIter", span),
            "not fused (query syntax: its clauses compile to method calls that have no invocation syntax, which no "
            + $"generator can intercept; an operator or terminal called on the query is fused over its iterator): {text}",
            span, null);
    }

    // The call's value is an argument of a Streams.Pull method: its receiver (a method call, or a query clause bound
    // to one: the chain goes on, and whatever ends it decides) or a second input (Zip, Chain, Interleave), which the
    // terminal fuser may write into its own loop.
    private static bool FeedsPullCall(IOperation op)
    {
        var parent = op.Parent;
        // Through implicit conversions and a params array (Chain(params Iter<T>[] others)).
        while (parent is IConversionOperation { IsImplicit: true } or IArrayInitializerOperation
               or IArrayCreationOperation { IsImplicit: true })
        {
            op = parent;
            parent = parent.Parent;
        }
        return parent is IArgumentOperation { Parent: IInvocationOperation call } && PipelineAnalyzer.IsPull(call.TargetMethod);
    }

    // The nearest enclosing lambda is an argument of a Streams.Pull method (FlatMap's selector, a query's
    // SelectMany, Defer): the terminal fuser writes such inner pipelines into its nested loops and intercepts their
    // calls, and where it does not, the library's operator reads them through its own stages' fast paths.
    private static bool InsideStreamsLambda(IOperation op)
    {
        for (var p = op.Parent; p is not null; p = p.Parent)
        {
            if (p is not IAnonymousFunctionOperation lambda) continue;
            var q = lambda.Parent;
            while (q is IDelegateCreationOperation or IConversionOperation) q = q.Parent;
            return q is IArgumentOperation { Parent: IInvocationOperation call } && PipelineAnalyzer.IsPull(call.TargetMethod);
        }
        return false;
    }
}
