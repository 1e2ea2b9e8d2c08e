namespace Streams;

/// <summary>
/// The receiving end of internal iteration (<see cref="Iter{T}.TryFold{TSink}"/>): accepts one element at a time
/// and says whether it wants more.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// Implement it on a <see langword="struct"/>: the fold is generic over the sink type, so the JIT compiles one
/// specialised loop per pipeline and inlines <see cref="Accept"/> into it. State (a running total, a count) lives
/// in the struct's fields and is read back after the fold.
/// <example>
/// <code>
/// struct CountEven : ISink&lt;long&gt; { public long N; public bool Accept(long x) { if (x % 2 == 0) N++; return true; } }
/// var sink = new CountEven();
/// Pull.Range(0, 10).TryFold(ref sink); // sink.N == 5
/// </code>
/// </example>
/// </remarks>
public interface ISink<T>
{
    /// <summary>Receives the next element.</summary>
    /// <param name="item">The element.</param>
    /// <returns><see langword="true"/> to receive more; <see langword="false"/> to stop the fold after this element.</returns>
    bool Accept(T item);
}
