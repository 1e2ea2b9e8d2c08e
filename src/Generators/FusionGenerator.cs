using Microsoft.CodeAnalysis;

namespace Streams.Generators;

/// <summary>Compile-time pipeline fusion: replaces a pipeline expression ending in a terminal with one loop.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class FusionGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
    }
}
