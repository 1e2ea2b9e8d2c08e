namespace Streams;

/// <summary>
/// Thrown by <see cref="Iter{T}.Next()"/> and by terminals that need an element (<c>First</c>, <c>Last</c>, <c>Nth</c>,
/// <c>Min</c>, <c>Max</c>) when the iterator has none: the analogue of Python's <c>StopIteration</c>.
/// </summary>
public sealed class IteratorExhaustedException : InvalidOperationException
{
    /// <summary>Creates the exception with the default message.</summary>
    public IteratorExhaustedException()
        : base("The iterator is exhausted: it has no more elements.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was asked of the exhausted iterator.</param>
    public IteratorExhaustedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">What was asked of the exhausted iterator.</param>
    /// <param name="innerException">The cause.</param>
    public IteratorExhaustedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
