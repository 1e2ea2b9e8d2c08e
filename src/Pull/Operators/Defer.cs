namespace Streams;

public static partial class Pull
{
    /// <summary>An iterator whose pipeline is built at its first pull, not before (what calling a Python generator
    /// function gives: its body runs at the first <c>next</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="factory">Builds the iterator; called once, at the first pull (never if the result is disposed first).</param>
    /// <returns>A lazy iterator that owns what <paramref name="factory"/> returns.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">At the first pull: <paramref name="factory"/> returned <see langword="null"/>.</exception>
    /// <remarks>Lazy; as safe on infinite sources as the iterator built. An exception from <paramref name="factory"/>
    /// reaches the first pull and finishes the result, like a generator that raised.</remarks>
    /// <example><code>
    /// var lines = Pull.Defer(() =&gt; Pull.From(File.ReadLines(path))); // the file is opened at the first pull
    /// </code></example>
    public static Iter<T> Defer<T>(Func<Iter<T>> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new DeferIter<T>(factory);
    }

    /// <summary>An iterator over a sequence obtained at the first pull (a C# <c>yield</c> method called lazily).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="factory">Gives the sequence; called once, at the first pull.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">At the first pull: <paramref name="factory"/> returned <see langword="null"/>.</exception>
    /// <remarks>Lazy; as safe on infinite sources as the sequence.</remarks>
    public static Iter<T> Defer<T>(Func<IEnumerable<T>> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new DeferIter<T>(() => From(factory() ?? throw NullFactory()));
    }

    private static InvalidOperationException NullFactory() => new("Defer: the factory returned null.");
}

// Invariant: _inner is null until the first pull; afterwards it is the owned iterator, released with this one.
internal sealed class DeferIter<T>(Func<Iter<T>> factory) : Stage<T>(0)
{
    private Iter<T>? _inner;

    // DepthGuard.Enter: what the factory built is not part of this stage's depth, and Defer(() => previous) can nest in
    // a loop; one compare per pull (per fold), plus a stack check when the built iterator is a stage.
    protected override bool TryAdvance(out T item)
    {
        var inner = Inner();
        DepthGuard.Enter(inner);
        return inner.Step(out item!);
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var inner = Inner();
        DepthGuard.Enter(inner);
        return inner.TryFold(ref sink);
    }

    private Iter<T> Inner() => _inner ??= factory() ?? throw new InvalidOperationException("Defer: the factory returned null.");

    protected override void Release() => _inner?.Dispose();
}
