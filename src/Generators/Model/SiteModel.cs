// Model: what analysis hands to emission for one site. Plain values only (no symbol, operation, syntax node,
// semantic model or Location), compared by value, so that the incremental pipeline re-emits a site only when its
// model changed.
namespace Streams.Generators.Model;

/// <summary>
/// What the generator decided for one call site: the info diagnostic (STRM100 fused / STRM101 not fused, with why)
/// and, when fused, the description of the code to write.
/// </summary>
/// <param name="HintName">The generated file's name (from the file path, line and column of the site).</param>
/// <param name="Message">The diagnostic's message.</param>
/// <param name="Span">Where the diagnostic points: the terminal call, or the last operator call of a chain.</param>
/// <param name="Fusion">What to write, or null when the site is not fused.</param>
internal sealed record SiteModel(string HintName, string Message, SpanModel Span, FusedSite? Fusion)
{
    /// <summary>Whether the site is fused (STRM100) or not (STRM101).</summary>
    public bool Fused => Fusion is not null;
}

/// <summary>One of the three forms the generator writes.</summary>
/// <param name="Text">The site's expression, on one line (for the generated file's header).</param>
/// <param name="Where">The file name and 1-based line and column of the site.</param>
internal abstract record FusedSite(string Text, string Where);

/// <summary>A terminal over a chain: one loop (PipelineEmitter).</summary>
/// <param name="Source">How the source is read.</param>
/// <param name="SourceIntercepted">Whether the source call is one of <see cref="Calls"/> (else the first call's
/// receiver is an <c>Iter&lt;T&gt;</c> expression).</param>
/// <param name="Start">The source's element type.</param>
/// <param name="Calls">From the first intercepted call to the terminal.</param>
/// <param name="Terminal">The terminal.</param>
/// <param name="CheckedSum">Whether Sum is checked (the library offers WrappingSum).</param>
internal sealed record PipelineModel(
    SourceKind Source,
    bool SourceIntercepted,
    TypeRef Start,
    EquatableArray<CallModel> Calls,
    TerminalKind Terminal,
    bool CheckedSum,
    string Text,
    string Where) : FusedSite(Text, Where);

/// <summary>A chain without a terminal: one generated iterator (IteratorEmitter).</summary>
/// <param name="Output">The last call's element type (the iterator's).</param>
internal sealed record IteratorModel(
    SourceKind Source,
    bool SourceIntercepted,
    TypeRef Start,
    TypeRef Output,
    EquatableArray<CallModel> Calls,
    string Text,
    string Where) : FusedSite(Text, Where);

/// <summary>A terminal over <c>from x in a from y in b select r</c> (QueryEmitter).</summary>
/// <param name="Terminal">The terminal call, the only one intercepted.</param>
/// <param name="Source">The query's SelectMany type arguments: source element.</param>
/// <param name="Collection">The inner element type.</param>
/// <param name="Result">The query's element type.</param>
/// <param name="ResultSelector">The select clause, when it can be written out.</param>
internal sealed record QueryModel(
    CallModel Terminal,
    TypeRef Source,
    TypeRef Collection,
    TypeRef Result,
    LambdaModel? ResultSelector,
    TerminalKind Kind,
    bool CheckedSum,
    string Text,
    string Where) : FusedSite(Text, Where);
