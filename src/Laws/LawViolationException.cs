namespace Streams.Laws;

/// <summary>Thrown by <see cref="IteratorLaws"/> when an iterator breaks a law; the message is a readable counterexample.</summary>
public sealed class LawViolationException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The counterexample.</param>
    public LawViolationException(string message)
        : base(message)
    {
        Law = "";
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The counterexample.</param>
    /// <param name="innerException">The cause.</param>
    public LawViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Law = "";
    }

    /// <summary>Creates the exception for a named law.</summary>
    /// <param name="law">The law that was broken, e.g. <c>"exhausted stays exhausted"</c>.</param>
    /// <param name="counterexample">What happened, e.g. <c>"after 5 elements and end, TryNext returned true with 'a'"</c>.</param>
    public LawViolationException(string law, string counterexample)
        : base($"Law '{law}' violated: {counterexample}")
    {
        Law = law;
        Counterexample = counterexample;
    }

    /// <summary>Creates the exception for a named law, with the exception that broke it.</summary>
    /// <param name="law">The law that was broken.</param>
    /// <param name="counterexample">What happened.</param>
    /// <param name="innerException">The exception the iterator threw.</param>
    public LawViolationException(string law, string counterexample, Exception innerException)
        : base($"Law '{law}' violated: {counterexample}", innerException)
    {
        Law = law;
        Counterexample = counterexample;
    }

    /// <summary>The name of the broken law (empty when not known).</summary>
    public string Law { get; }

    /// <summary>The counterexample alone, without the law's name.</summary>
    public string Counterexample { get; } = "";
}
