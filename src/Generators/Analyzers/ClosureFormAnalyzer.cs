using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Streams.Generators.Diagnostics;

namespace Streams.Generators.Analyzers;

/// <summary>
/// STRM004 (info): <c>xs.FlatMap(x =&gt; inner.Map(y =&gt; f(x, y)))</c>, whose inner lambda captures the outer element,
/// so the compiler allocates a closure and a delegate on every call of the outer lambda (generated code cannot remove
/// them: they exist before it runs). Reported exactly where the code fix (Streams.CodeFixes) can rewrite the call to
/// <c>xs.SelectMany(x =&gt; inner, (x, y) =&gt; f(x, y))</c>; the shape and what the rewrite keeps are stated on
/// <see cref="ClosureForm"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClosureFormAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic's identifier.</summary>
    public const string Id = "STRM004";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.ClosureForm);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(Check, SyntaxKind.InvocationExpression);
    }

    private static void Check(SyntaxNodeAnalysisContext context)
    {
        var call = (InvocationExpressionSyntax)context.Node;
        // Cheap syntactic filter before any binding: the method's name.
        var name = call.Expression switch { MemberAccessExpressionSyntax m => m.Name, IdentifierNameSyntax i => i, _ => null };
        if (name?.Identifier.ValueText is not ("FlatMap" or "SelectMany")) return;
        if (ClosureForm.Find(call, context.SemanticModel, context.CancellationToken) is not { } form) return;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.ClosureForm, Location(form), name.Identifier.ValueText,
            form.Allocations, form.Bytes, form.OuterName, form.InnerName));
    }

    /// <summary>Where STRM004 is reported: from the method's name to the end of the call (the code fix finds the call
    /// by the name's position).</summary>
    internal static Location Location(ClosureForm form) =>
        Microsoft.CodeAnalysis.Location.Create(form.Call.SyntaxTree,
            Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(form.MethodName.SpanStart, form.Call.Span.End));
}
