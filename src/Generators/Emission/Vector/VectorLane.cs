// Emission (vectorised loops): the element type a vectorised loop runs over, and the C# names of its vectors.
using Microsoft.CodeAnalysis;

namespace Streams.Generators.Emission.Vector;

/// <summary>The primitive element type of a vectorised loop: <c>int</c>, <c>long</c>, <c>float</c> or <c>double</c>.</summary>
/// <param name="Name">The element type's keyword (<c>long</c>).</param>
/// <param name="MaskName">The integer type of the same width, whose vectors hold a comparison's lanes (all bits set for
/// true, zero for false): <c>int</c> for <c>int</c>/<c>float</c>, <c>long</c> for <c>long</c>/<c>double</c>.</param>
/// <param name="IsFloat">Whether the type is <c>float</c> or <c>double</c>.</param>
/// <param name="Bits">The width of one element.</param>
internal sealed record VectorLane(string Name, string MaskName, bool IsFloat, int Bits)
{
    /// <summary><c>System.Numerics.Vector</c>, the static class of the vector operations.</summary>
    public const string Ops = "global::System.Numerics.Vector";

    /// <summary>The vector of elements.</summary>
    public string V => $"{Ops}<{Name}>";

    /// <summary>The vector of comparison lanes.</summary>
    public string M => $"{Ops}<{MaskName}>";

    /// <summary>The lane for <paramref name="special"/>, or null when loops over it are never vectorised (small
    /// integers promote to <c>int</c> in every operator; unsigned types are left to the scalar loop).</summary>
    public static VectorLane? Of(SpecialType special) => special switch
    {
        SpecialType.System_Int32 => new VectorLane("int", "int", false, 32),
        SpecialType.System_Int64 => new VectorLane("long", "long", false, 64),
        SpecialType.System_Single => new VectorLane("float", "int", true, 32),
        SpecialType.System_Double => new VectorLane("double", "long", true, 64),
        _ => null,
    };
}
