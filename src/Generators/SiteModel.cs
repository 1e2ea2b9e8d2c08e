using System;

namespace Streams.Generators;

/// <summary>
/// What the generator decided for one terminal call site, as plain values so that the incremental pipeline caches it:
/// the generated file (when fused) and an info diagnostic saying whether and why (not) it was fused.
/// </summary>
internal sealed record SiteModel(
    string HintName,
    string? Source,
    bool Fused,
    string Message,
    string FilePath,
    int SpanStart,
    int SpanLength,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn);

/// <summary>The MSBuild switch, read once per compilation.</summary>
internal readonly record struct FusionOptions(bool Enabled);
