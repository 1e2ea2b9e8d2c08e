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

    /// <summary>What the library's release of a chain does when an exception passes through it: releases
    /// <paramref name="input"/>, and when that release throws too, keeps the release's exception in
    /// <paramref name="error"/>'s <see cref="Exception.Data"/> under <see cref="Pull.ReleaseExceptionKey"/> (the first
    /// exception wins).</summary>
    /// <param name="error">The exception passing through.</param>
    /// <param name="input">An input the pipeline owns (a source iterator, a second input).</param>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> or <paramref name="input"/> is null.</exception>
    /// <remarks>Runs <paramref name="input"/>'s Dispose once; pulls nothing.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void ReleaseAfter(Exception error, IDisposable input)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            input.Dispose();
        }
        catch (Exception release) when (!ReferenceEquals(release, error))
        {
            error.Data[Pull.ReleaseExceptionKey] = release;
        }
    }

    /// <summary>The number of elements of <c>Pull.Range(start, stop, step)</c> over a primitive integer type, as the
    /// library's range source counts them: computed in <see cref="Int128"/>, where it cannot overflow, and saturated to
    /// <see cref="ulong"/>.</summary>
    /// <param name="start">The first element.</param>
    /// <param name="stop">The exclusive bound.</param>
    /// <param name="step">The distance between elements; not zero (the caller checked it).</param>
    /// <returns>The element count.</returns>
    /// <remarks>Pure arithmetic; no allocation.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static ulong RangeLength(Int128 start, Int128 stop, Int128 step) =>
        ulong.CreateSaturating(step > 0
            ? (stop > start ? (stop - start - 1) / step + 1 : Int128.Zero)
            : (stop < start ? (stop - start + 1) / step + 1 : Int128.Zero));
}
