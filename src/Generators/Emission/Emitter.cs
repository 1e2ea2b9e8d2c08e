// Emission: the entry point from a fused site's model to its generated file.
using Streams.Generators.Model;

namespace Streams.Generators.Emission;

/// <summary>Writes the generated file for one fused site, from its model alone.</summary>
internal static class Emitter
{
    /// <summary>The file's text, its inlined lambda bodies mapped to the user's file (<see cref="LineMap"/>); its class
    /// named after <paramref name="hintName"/> (<see cref="GeneratedFile.ClassName"/>); with a file-local
    /// <c>InterceptsLocationAttribute</c> when <paramref name="localAttribute"/>; <paramref name="vectorize"/>:
    /// whether a terminal loop may be vectorised (Emission/Vector).</summary>
    public static string Write(FusedSite site, string hintName, bool localAttribute, bool vectorize = true)
    {
        var className = GeneratedFile.ClassName(hintName);
        return LineMap.Apply(site switch
        {
            PipelineModel p => PipelineEmitter.Emit(p, className, localAttribute, vectorize),
            IteratorModel c => IteratorEmitter.Emit(c, className, localAttribute),
            QueryModel q => QueryEmitter.Emit(q, className, localAttribute),
            _ => throw new System.ArgumentException("unknown site", nameof(site)),
        });
    }
}
