using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Streams.Generators.Analyzers;

namespace Streams.CodeFixes;

/// <summary>
/// The fix for STRM004: <c>xs.FlatMap(x =&gt; inner.Map(y =&gt; f(x, y)))</c> becomes
/// <c>xs.SelectMany(x =&gt; inner, (x, y) =&gt; f(x, y))</c>, which computes the same elements with the same user-code
/// calls in the same order and allocates no closure per outer element. The shape and the rewrite are
/// <see cref="ClosureForm"/>'s, the same the analyzer reports from; the fix is offered only when the rewritten
/// document has no compile error at the call (a safety net for inference the shape check cannot see).
/// </summary>
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(ClosureFormCodeFixProvider)), Shared]
public sealed class ClosureFormCodeFixProvider : CodeFixProvider
{
    /// <summary>The code action's title, also its equivalence key.</summary>
    public const string Title = "Use SelectMany with a result selector (no closure per outer element)";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(ClosureFormAnalyzer.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root == null || model == null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            var call = root.FindToken(span.Start).Parent?.AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault(c => c.Span.End == span.End);
            if (call == null || ClosureForm.Find(call, model, context.CancellationToken) is not { } form) continue;
            var fixedDocument = await FixAsync(document, root, form, context.CancellationToken).ConfigureAwait(false);
            if (fixedDocument == null) continue;
            context.RegisterCodeFix(CodeAction.Create(Title, _ => Task.FromResult(fixedDocument), Title), diagnostic);
        }
    }

    // The document with the call rewritten, or null when the rewritten call does not compile.
    private static async Task<Document?> FixAsync(Document document, SyntaxNode root, ClosureForm form, CancellationToken cancellationToken)
    {
        var marker = new SyntaxAnnotation();
        var rewritten = form.Rewrite(Formatter.Annotation).WithAdditionalAnnotations(marker);
        var fixedDocument = document.WithSyntaxRoot(root.ReplaceNode(form.Call, rewritten));
        var fixedRoot = await fixedDocument.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var fixedModel = await fixedDocument.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (fixedRoot == null || fixedModel == null) return null;
        var fixedCall = fixedRoot.GetAnnotatedNodes(marker).Single();
        bool compiles = !fixedModel.GetDiagnostics(fixedCall.Span, cancellationToken).Any(d => d.Severity == DiagnosticSeverity.Error);
        return compiles ? fixedDocument : null;
    }
}
