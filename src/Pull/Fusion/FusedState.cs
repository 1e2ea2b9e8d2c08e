// The protocol between Streams.Pull and the code the fusion generator writes: the rent/return behaviour of the
// object a fused pipeline's calls hand each other, written once here instead of in every generated file.
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;

namespace Streams.Fusion;

/// <summary>For generated code (compile-time fusion, docs/fusion.md), not for hand use: the object the intercepted
/// calls of one fused pipeline hand each other, from the first call to the terminal. The generated subclass (one per
/// call site) declares the fields the calls record and clears them in <see cref="Clear"/>.</summary>
/// <typeparam name="TSelf">The generated subclass; its per-thread slot is its own.</typeparam>
/// <typeparam name="T">The element type the first call returns.</typeparam>
/// <remarks>One free object per call site and thread: <see cref="Rent"/> takes it (or allocates when the slot is empty,
/// as when the site runs again while its state is out), <see cref="Return"/> clears it and puts it back. Never an
/// iterator: pulling it throws.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class FusedState<TSelf, T> : Iter<T>
    where TSelf : FusedState<TSelf, T>, new()
{
    [ThreadStatic]
    private static TSelf? t_free;

    /// <summary>Takes this thread's free state of the call site, or a new one when there is none.</summary>
    /// <returns>A state with every field at its default.</returns>
    /// <remarks>Allocates only when the slot is empty.</remarks>
    public static TSelf Rent()
    {
        var s = t_free;
        if (s is null) return new TSelf();
        t_free = null;
        return s;
    }

    /// <summary>Clears the state (<see cref="Clear"/>) and makes it this thread's free state of the call site, so a
    /// state in the slot keeps nothing alive.</summary>
    public void Return()
    {
        Clear();
        t_free = (TSelf)this;
    }

    /// <summary>Sets every field the generated subclass declares to its default.</summary>
    protected abstract void Clear();

    /// <summary>Throws: a fused pipeline's state is never pulled.</summary>
    /// <param name="item">Never set.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="InvalidOperationException">Always.</exception>
    protected sealed override bool TryAdvance([MaybeNullWhen(false)] out T item) =>
        throw new InvalidOperationException("A fused pipeline's state is not an iterator.");
}

/// <summary>For generated code (compile-time fusion, docs/fusion.md), not for hand use: carries a fused pipeline's
/// state (or generated iterator) through a call whose element type differs from the state's own, since each call must
/// return an <c>Iter</c> of its own element type.</summary>
/// <typeparam name="T">The element type the call returns.</typeparam>
/// <typeparam name="TState">What it carries (one type per call site, so the per-thread slot is per site and type).</typeparam>
/// <remarks>One free handle per call site, element type and thread, rented and given back like
/// <see cref="FusedState{TSelf, T}"/>. Never an iterator: pulling it throws.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FusedHandle<T, TState> : Iter<T>
    where TState : class
{
    [ThreadStatic]
    private static FusedHandle<T, TState>? t_free;

    /// <summary>What the handle carries while it is out.</summary>
    [SuppressMessage("Design", "CA1051:Do not declare visible instance fields", Justification = "Generated code reads it once per call.")]
    public TState? S;

    /// <summary>Takes this thread's free handle (or a new one) and puts <paramref name="s"/> in it.</summary>
    /// <param name="s">What to carry.</param>
    /// <returns>The handle.</returns>
    /// <remarks>Allocates only when the slot is empty.</remarks>
    public static FusedHandle<T, TState> Rent(TState s)
    {
        var h = t_free;
        if (h is null) h = new FusedHandle<T, TState>();
        else t_free = null;
        h.S = s;
        return h;
    }

    /// <summary>Empties the handle, gives it back to the slot and returns what it carried.</summary>
    /// <returns>What <see cref="Rent"/> put in it.</returns>
    public TState Take()
    {
        var s = S!;
        S = null;
        t_free = this;
        return s;
    }

    /// <summary>Throws: a handle is never pulled.</summary>
    /// <param name="item">Never set.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="InvalidOperationException">Always.</exception>
    protected override bool TryAdvance([MaybeNullWhen(false)] out T item) =>
        throw new InvalidOperationException("A fused pipeline's state is not an iterator.");
}
