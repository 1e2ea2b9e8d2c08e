namespace Streams;

// LINQ's Cast and OfType take a non-generic IEnumerable and one type argument, so no extension method on Iter<T> could
// be called as it.Cast<int>(): they are instance methods, which always win over System.Linq's extensions.
public abstract partial class Iter<T>
{
    /// <summary>Converts each element to <typeparamref name="TResult"/> (LINQ's <c>Cast</c>).</summary>
    /// <typeparam name="TResult">The type to convert to, by a reference or unboxing conversion.</typeparam>
    /// <returns>This iterator itself when it already is an <c>Iter&lt;TResult&gt;</c>; otherwise a lazy iterator
    /// that owns this one.</returns>
    /// <exception cref="InvalidCastException">On the pull of an element that is not a <typeparamref name="TResult"/>.</exception>
    /// <remarks>Lazy, nothing buffered; safe on infinite sources.</remarks>
    /// <example><code>Pull.Of&lt;object&gt;(1, 2).Cast&lt;int&gt;().ToList(); // [1, 2]</code></example>
    public Iter<TResult> Cast<TResult>() =>
        this as Iter<TResult> ?? this.Map(static x => (TResult)(object?)x!);

    /// <summary>The elements that are <typeparamref name="TResult"/>s, converted (LINQ's <c>OfType</c>).</summary>
    /// <typeparam name="TResult">The type to keep.</typeparam>
    /// <returns>A lazy iterator that owns this one; <see langword="null"/> elements are dropped.</returns>
    /// <remarks>Lazy: pulls until the next element of the type. On an infinite source it is safe as long as such
    /// elements keep coming.</remarks>
    public Iter<TResult> OfType<TResult>() =>
        this.Filter(static x => x is TResult).Map(static x => (TResult)(object)x!);
}
