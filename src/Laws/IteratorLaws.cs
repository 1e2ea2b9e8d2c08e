using System.Globalization;

namespace Streams.Laws;

/// <summary>
/// Checks a user's iterator against the Streams iterator laws in one call, and says which law broke with a readable
/// counterexample. It needs no test framework: split points come from a seeded <see cref="Random"/>
/// (<see cref="LawOptions.Seed"/>), so a failure reproduces exactly.
/// </summary>
/// <remarks>
/// <para>The factory must build a fresh, independent iterator on every call. The laws checked are:</para>
/// <list type="bullet">
/// <item><description><b>lazy construction</b>: building an iterator returns within <see cref="LawOptions.ConstructionTimeout"/>
/// (so it does not iterate eagerly; an infinite iterator must still be buildable) and a fresh <see cref="Iter{T}"/> is not finished;</description></item>
/// <item><description><b>deterministic</b>: two fresh iterators give the same elements and end at the same place;</description></item>
/// <item><description><b>one pass</b>: consuming in two (or more) parts, split at every point of the examined prefix and at random
/// points, each part by pulls, a <c>foreach</c> or (for an <see cref="Iter{T}"/>) a fold that stops after it, gives the same
/// elements as consuming in one; a second <c>foreach</c> sees only the rest;</description></item>
/// <item><description><b>exhausted stays exhausted</b>: after the end, or after an exception, every further pull says end;</description></item>
/// <item><description><b>dispose is idempotent</b>: disposing twice, at any point, does not throw; a disposed <see cref="Iter{T}"/> says end.</description></item>
/// </list>
/// <para>At most <see cref="LawOptions.MaxElements"/> elements of each instance are examined, so infinite iterators
/// (e.g. <c>Pull.Positives()</c>) can be checked. An <see cref="Iter{T}"/> subclass always obeys "exhausted stays exhausted"
/// because its base class enforces it; to check a raw next function, pass an <see cref="IEnumerator{T}"/> factory to
/// <see cref="CheckEnumerator{T}"/> or a next function to <see cref="CheckNext{T}"/>.</para>
/// <example>
/// <code>
/// var report = IteratorLaws.Check(() =&gt; Pull.Positives());
/// IteratorLaws.Check(() =&gt; new LetterIter('a', 'e'));   // throws LawViolationException if a law breaks
/// </code>
/// </example>
/// </remarks>
public static class IteratorLaws
{
    /// <summary>Checks an <see cref="Iter{T}"/> against the laws.</summary>
    /// <typeparam name="T">The element type; elements are compared with <see cref="EqualityComparer{T}.Default"/>.</typeparam>
    /// <param name="factory">Builds a fresh iterator on every call.</param>
    /// <param name="options">Bounds and seed; <see cref="LawOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>What was checked.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    /// <exception cref="LawViolationException">A law is broken; the message is the counterexample.</exception>
    public static LawReport Check<T>(Func<Iter<T>> factory, LawOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new Checker<T>(() => new IterCursor<T>(factory()), options ?? LawOptions.Default, "TryNext").Run();
    }

    /// <summary>Checks a raw <see cref="IEnumerator{T}"/> (a hand-written enumerator, a <c>yield</c> method) against the laws.</summary>
    /// <typeparam name="T">The element type; elements are compared with <see cref="EqualityComparer{T}.Default"/>.</typeparam>
    /// <param name="factory">Builds a fresh enumerator on every call.</param>
    /// <param name="options">Bounds and seed; <see cref="LawOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>What was checked.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    /// <exception cref="LawViolationException">A law is broken; the message is the counterexample.</exception>
    /// <remarks>Here nothing protects the enumerator: one that returns <see langword="true"/> from <c>MoveNext</c> after it
    /// returned <see langword="false"/> breaks "exhausted stays exhausted".</remarks>
    public static LawReport CheckEnumerator<T>(Func<IEnumerator<T>> factory, LawOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new Checker<T>(() => new EnumeratorCursor<T>(factory()), options ?? LawOptions.Default, "MoveNext").Run();
    }

    /// <summary>Checks a raw next function (Python's <c>__next__</c>: returns an element, or says end) against the laws.</summary>
    /// <typeparam name="T">The element type; elements are compared with <see cref="EqualityComparer{T}.Default"/>.</typeparam>
    /// <param name="factory">Builds a fresh next function (with its own state) on every call. The function returns
    /// <c>(true, element)</c> or <c>(false, _)</c> at the end.</param>
    /// <param name="options">Bounds and seed; <see cref="LawOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>What was checked.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    /// <exception cref="LawViolationException">A law is broken; the message is the counterexample.</exception>
    public static LawReport CheckNext<T>(Func<Func<(bool HasValue, T Value)>> factory, LawOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new Checker<T>(() => new FunctionCursor<T>(factory()), options ?? LawOptions.Default, "next").Run();
    }

    internal static string Show<T>(T value) => value switch
    {
        null => "null",
        char c => $"'{c}'",
        string s => $"\"{s}\"",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    internal static string Show<T>(IReadOnlyList<T> values) =>
        "[" + string.Join(", ", values.Select(v => Show(v))) + "]";
}
