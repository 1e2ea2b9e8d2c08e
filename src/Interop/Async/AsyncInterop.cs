namespace Streams;

/// <summary>
/// Adapters between <see cref="Iter{T}"/> pull iterators and <see cref="IAsyncEnumerable{T}"/>.
/// </summary>
/// <remarks>
/// <para><see cref="ToAsyncEnumerable{T}(Iter{T}, CancellationToken)"/> exposes a pull iterator to <c>await foreach</c>;
/// every step completes synchronously, so it costs about what a plain loop costs.</para>
/// <para><see cref="ToIter{T}(IAsyncEnumerable{T}, CancellationToken)"/> goes the other way and <b>blocks</b> the pulling
/// thread while an asynchronous step is pending.</para>
/// </remarks>
public static partial class AsyncInterop
{
}
