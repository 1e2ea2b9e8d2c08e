// The protocol between Streams.Pull and the code the fusion generator (src/Generators) writes: small helpers that do
// not depend on the call site, so each generated file holds its loop and little else. Not for hand use.
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Streams.Fusion;

/// <summary>For generated code (compile-time fusion, docs/fusion.md), not for hand use: the helpers every fused call
/// site shares.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Fused
{
    /// <summary>Returns <paramref name="value"/>. Generated code writes a constant lambda body (<c>x =&gt; true</c>)
    /// through it, so the compiler sees no constant condition (unreachable-code warnings) and no local assigned a
    /// constant it never reads; the JIT inlines it, so the loop is the same.</summary>
    /// <typeparam name="T">The body's type.</typeparam>
    /// <param name="value">The constant.</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <remarks>No allocation, no side effect.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Value<T>(T value) => value;
}
