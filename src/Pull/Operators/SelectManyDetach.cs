using System.ComponentModel;

namespace Streams;

public static partial class Pull
{
    /// <summary>For generated code (compile-time fusion of query syntax), not for hand use: takes the outer source and
    /// both selectors out of a query's <c>SelectMany</c> iterator (<c>from x in a from y in b select r</c>) before
    /// anything observable has happened to it, so that a fused terminal can run the query as its own loops.</summary>
    /// <typeparam name="TSource">The outer element type.</typeparam>
    /// <typeparam name="TCollection">The inner element type.</typeparam>
    /// <typeparam name="TResult">The query's element type.</typeparam>
    /// <param name="query">The iterator a query's second <c>from</c> built.</param>
    /// <param name="source">On success, the outer iterator; the caller owns it from then on.</param>
    /// <param name="collectionSelector">On success, the query's collection selector (makes each inner iterator).</param>
    /// <param name="resultSelector">On success, the query's result selector (the <c>select</c> clause).</param>
    /// <returns><see langword="true"/> when <paramref name="query"/> is the library's <c>SelectMany</c> iterator with
    /// these type arguments and was never pulled, folded, disposed or finished; it is then finished and owns nothing
    /// (disposing it later releases nothing). <see langword="false"/> otherwise, with nothing changed: run the library's
    /// terminal on <paramref name="query"/> as written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    /// <remarks>Pulls nothing and runs no user code; safe on infinite sources. After success the caller must do what
    /// the iterator would have done: fold <paramref name="source"/>; per outer element call
    /// <paramref name="collectionSelector"/> (a null result throws <see cref="InvalidOperationException"/>) and fold the
    /// inner iterator it returns, combining with <paramref name="resultSelector"/>; leave an iterator a downstream
    /// stopped in open, and let an exception finish and release the inner and outer iterators (their own
    /// <see cref="Iter{T}.TryFold{TSink}"/> does both, as in the library).</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static bool TryDetachSelectMany<TSource, TCollection, TResult>(
        Iter<TResult> query, out Iter<TSource> source, out Func<TSource, Iter<TCollection>> collectionSelector,
        out Func<TSource, TCollection, TResult> resultSelector)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query is SelectManyIter<TSource, TCollection, TResult> selectMany
            && selectMany.TryDetach(out source, out collectionSelector, out resultSelector))
        {
            return true;
        }
        source = null!;
        collectionSelector = null!;
        resultSelector = null!;
        return false;
    }
}
