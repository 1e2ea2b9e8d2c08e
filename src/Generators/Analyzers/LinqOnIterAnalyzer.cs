using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Streams.Generators.Analyzers;

/// <summary>
/// STRM002: a call on an Iter&lt;T&gt; receiver that binds to System.Linq.Enumerable. Streams has a counterpart for
/// every such method, so this fires only when one is missing (a newer LINQ) or a call's argument types make LINQ's
/// overload the better one; the pipeline then leaves Streams (slower, no laws, an IEnumerable result). To leave on
/// purpose, call <c>AsEnumerable()</c> first: its result is no longer an Iter.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LinqOnIterAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic's identifier.</summary>
    public const string Id = "STRM002";

    internal static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
        Id,
        "A call on an Iter<T> binds to System.Linq",
        "'{0}' on an Iter<{1}> binds to System.Linq.Enumerable.{0}: the pipeline leaves Streams (no laws, an IEnumerable result); use the Streams operator, or AsEnumerable() to leave on purpose",
        "Streams.Usage",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: "docs/analyzers.md#strm002");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var enumerable = start.Compilation.GetTypeByMetadataName("System.Linq.Enumerable");
            if (enumerable == null) return;
            start.RegisterOperationAction(c => Check(c, enumerable), OperationKind.Invocation);
        });
    }

    private static void Check(OperationAnalysisContext context, INamedTypeSymbol enumerable)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, enumerable)) return;
        var receiver = IterSymbols.ExtensionReceiver(invocation);
        if (receiver == null || !IterSymbols.IsIter(receiver.Type)) return;
        var element = receiver.Type is INamedTypeSymbol named && FindIter(named) is { } iter
            ? iter.TypeArguments[0].ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)
            : "T";
        context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), invocation.TargetMethod.Name, element));
    }

    private static INamedTypeSymbol? FindIter(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? t = type; t != null; t = t.BaseType)
        {
            if (t.Name == "Iter" && t.Arity == 1) return t;
        }
        return null;
    }
}
