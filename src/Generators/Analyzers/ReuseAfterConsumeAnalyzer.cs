using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Streams.Generators.Analyzers;

/// <summary>
/// STRM001: an Iter&lt;T&gt; local used again after a terminal that reads to the end (Sum, Count, ToList, ...) or a
/// complete foreach (no break, return, throw or goto in its body) consumed it, in the same method. An Iter is one
/// pass (Python's rule): the second use sees what is left, which is nothing; <c>q.Sum(); q.Count()</c> gives a
/// total, then 0.
/// </summary>
/// <remarks>
/// Precise where it fires, not complete: a later use counts only when it sits in a statement that follows the
/// consuming statement in the same block (so an <c>else</c> branch or an earlier loop iteration never fires), and
/// an assignment to the local in between silences it. Short-circuiting terminals (First, Any, Contains, ElementAt)
/// leave the rest for later pulls, so they do not count as consuming.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReuseAfterConsumeAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic's identifier.</summary>
    public const string Id = "STRM001";

    internal static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
        Id,
        "An Iter<T> is used again after it was consumed",
        "'{0}' was consumed by {1} on line {2}; an Iter is one pass, so this use sees only what is left (nothing): build a new pipeline, or collect it once with ToList()",
        "Streams.Usage",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For(Id));

    // Streams terminals that read their receiver to its end.
    private static readonly ImmutableHashSet<string> Consuming = ImmutableHashSet.Create(
        "Count", "LongCount", "Sum", "WrappingSum", "Average", "Min", "Max", "MinBy", "MaxBy", "ToList", "ToArray",
        "ToDictionary", "ToHashSet", "ToLookup", "Fold", "Aggregate", "ForEach", "Last", "LastOrDefault",
        "JoinToString", "Join", "SequenceEqual");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationBlockStartAction(block =>
        {
            var consumptions = new List<(ILocalSymbol Local, StatementSyntax Statement, string By)>();
            var references = new List<ILocalReferenceOperation>();
            var writes = new List<(ILocalSymbol Local, int Position)>();
            block.RegisterOperationAction(c =>
            {
                var invocation = (IInvocationOperation)c.Operation;
                if (invocation.TargetMethod.ContainingType is not { Name: "Pull", ContainingNamespace.Name: "Streams" }) return;
                if (!Consuming.Contains(invocation.TargetMethod.Name)) return;
                if (IterSymbols.ExtensionReceiver(invocation) is ILocalReferenceOperation local && IterSymbols.IsIter(local.Type)
                    && EnclosingStatement(invocation.Syntax) is { } statement)
                {
                    lock (consumptions) consumptions.Add((local.Local, statement, invocation.TargetMethod.Name + "()"));
                }
            }, OperationKind.Invocation);
            block.RegisterOperationAction(c =>
            {
                if (c.Operation is not IForEachLoopOperation loop) return;
                if (IterSymbols.WithoutImplicitConversions(loop.Collection) is ILocalReferenceOperation local
                    && IterSymbols.IsIter(local.Type) && loop.Syntax is StatementSyntax statement && RunsToTheEnd(statement))
                {
                    lock (consumptions) consumptions.Add((local.Local, statement, "a complete foreach"));
                }
            }, OperationKind.Loop);
            block.RegisterOperationAction(c =>
            {
                var reference = (ILocalReferenceOperation)c.Operation;
                if (!IterSymbols.IsIter(reference.Type)) return;
                if (reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference)
                {
                    lock (writes) writes.Add((reference.Local, reference.Syntax.SpanStart));
                }
                else
                {
                    lock (references) references.Add(reference);
                }
            }, OperationKind.LocalReference);
            block.RegisterOperationBlockEndAction(end => Report(end, consumptions, references, writes));
        });
    }

    private static void Report(OperationBlockAnalysisContext context, List<(ILocalSymbol Local, StatementSyntax Statement, string By)> consumptions,
        List<ILocalReferenceOperation> references, List<(ILocalSymbol Local, int Position)> writes)
    {
        foreach (var (local, statement, by) in consumptions)
        {
            var later = references
                .Where(r => SymbolEqualityComparer.Default.Equals(r.Local, local) && Follows(statement, r.Syntax))
                .Where(r => !writes.Any(w => SymbolEqualityComparer.Default.Equals(w.Local, local)
                    && w.Position > statement.Span.End && w.Position < r.Syntax.SpanStart))
                .OrderBy(r => r.Syntax.SpanStart)
                .FirstOrDefault();
            if (later == null) continue;
            int line = statement.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            context.ReportDiagnostic(Diagnostic.Create(Rule, later.Syntax.GetLocation(), local.Name, by, line));
        }
    }

    // The statement a call belongs to, unless the call sits in a lambda or local function (run at another time).
    private static StatementSyntax? EnclosingStatement(SyntaxNode node)
    {
        for (var n = node.Parent; n != null; n = n.Parent)
        {
            if (n is AnonymousFunctionExpressionSyntax || n is LocalFunctionStatementSyntax) return null;
            if (n is StatementSyntax statement) return statement;
        }
        return null;
    }

    // Whether `use` lies in a statement that comes after `statement` in the block (or switch section, or top-level
    // program) that holds `statement`.
    private static bool Follows(StatementSyntax statement, SyntaxNode use)
    {
        SyntaxNode anchor = statement.Parent is GlobalStatementSyntax global ? global : statement;
        var siblings = anchor.Parent switch
        {
            BlockSyntax block => block.Statements.Cast<SyntaxNode>().ToList(),
            SwitchSectionSyntax section => section.Statements.Cast<SyntaxNode>().ToList(),
            CompilationUnitSyntax unit => unit.Members.Cast<SyntaxNode>().ToList(),
            _ => null,
        };
        if (siblings == null) return false;
        int index = siblings.IndexOf(anchor);
        return siblings.Skip(index + 1).Any(s => s.Span.Contains(use.Span));
    }

    // A foreach runs to the end unless its body can leave it early (break, return, throw, goto, yield break) outside
    // a nested loop, switch or function.
    private static bool RunsToTheEnd(StatementSyntax loop)
    {
        var body = loop is ForEachStatementSyntax f ? f.Statement : loop is ForEachVariableStatementSyntax v ? v.Statement : null;
        if (body == null) return false;
        return !body.DescendantNodesAndSelf(n => !(n is AnonymousFunctionExpressionSyntax || n is LocalFunctionStatementSyntax))
            .Any(n => n is ReturnStatementSyntax || n is ThrowStatementSyntax || n is GotoStatementSyntax
                || n is YieldStatementSyntax { RawKind: (int)SyntaxKind.YieldBreakStatement } || n is ThrowExpressionSyntax
                || (n is BreakStatementSyntax b && BreaksOut(b, loop)));
    }

    private static bool BreaksOut(BreakStatementSyntax statement, SyntaxNode loop)
    {
        for (var n = statement.Parent; n != null && n != loop; n = n.Parent)
        {
            if (n is ForStatementSyntax || n is ForEachStatementSyntax || n is ForEachVariableStatementSyntax
                || n is WhileStatementSyntax || n is DoStatementSyntax || n is SwitchStatementSyntax)
            {
                return false;
            }
        }
        return true;
    }
}
