namespace Streams;

// LINQ's Join, GroupJoin, LeftJoin and RightJoin, with System.Linq's own algorithms (hash joins: the inner sequence is
// read into a lookup at the first pull; RightJoin reads the outer one). Result order is LINQ's.
public static partial class Pull
{
    /// <summary>Pairs the elements of both sequences whose keys are equal (LINQ's <c>Join</c>, an inner equijoin).</summary>
    /// <typeparam name="TOuter">The outer element type.</typeparam>
    /// <typeparam name="TInner">The inner element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="outer">The upstream iterator; the result owns it.</param>
    /// <param name="inner">The sequence to join with; an <see cref="Iter{T}"/> is owned by the result.</param>
    /// <param name="outerKeySelector">Computes an outer element's key.</param>
    /// <param name="innerKeySelector">Computes an inner element's key.</param>
    /// <param name="resultSelector">Builds a result from a matched pair.</param>
    /// <returns>A lazy, buffering iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outer"/>, <paramref name="inner"/>, <paramref name="outerKeySelector"/>, <paramref name="innerKeySelector"/> or <paramref name="resultSelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull reads all of <paramref name="inner"/> into a lookup (it must be finite); then
    /// <paramref name="outer"/> streams, so an infinite <paramref name="outer"/> is safe while matches keep coming.</remarks>
    public static Iter<TResult> Join<TOuter, TInner, TKey, TResult>(this Iter<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector)
    {
        ArgumentNullException.ThrowIfNull(outer);
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(outerKeySelector);
        ArgumentNullException.ThrowIfNull(innerKeySelector);
        ArgumentNullException.ThrowIfNull(resultSelector);
        return new BodyStage<TOuter, TResult>(outer, s => Enumerable.Join(AsLinqSource(s), inner, outerKeySelector, innerKeySelector, resultSelector), inner as Iter<TInner>);
    }

    /// <summary>Pairs the elements of both sequences whose keys are equal (LINQ's <c>Join</c>, an inner equijoin).</summary>
    /// <typeparam name="TOuter">The outer element type.</typeparam>
    /// <typeparam name="TInner">The inner element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="outer">The upstream iterator; the result owns it.</param>
    /// <param name="inner">The sequence to join with; an <see cref="Iter{T}"/> is owned by the result.</param>
    /// <param name="outerKeySelector">Computes an outer element's key.</param>
    /// <param name="innerKeySelector">Computes an inner element's key.</param>
    /// <param name="resultSelector">Builds a result from a matched pair.</param>
    /// <param name="comparer">How keys are compared; <see langword="null"/> for the default.</param>
    /// <returns>A lazy, buffering iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outer"/>, <paramref name="inner"/>, <paramref name="outerKeySelector"/>, <paramref name="innerKeySelector"/> or <paramref name="resultSelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull reads all of <paramref name="inner"/> into a lookup (it must be finite); then
    /// <paramref name="outer"/> streams, so an infinite <paramref name="outer"/> is safe while matches keep coming.</remarks>
    public static Iter<TResult> Join<TOuter, TInner, TKey, TResult>(this Iter<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector, IEqualityComparer<TKey>? comparer)
    {
        ArgumentNullException.ThrowIfNull(outer);
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(outerKeySelector);
        ArgumentNullException.ThrowIfNull(innerKeySelector);
        ArgumentNullException.ThrowIfNull(resultSelector);
        return new BodyStage<TOuter, TResult>(outer, s => Enumerable.Join(AsLinqSource(s), inner, outerKeySelector, innerKeySelector, resultSelector, comparer), inner as Iter<TInner>);
    }

    /// <summary>Pairs each outer element with the inner elements whose keys equal its key (LINQ's <c>GroupJoin</c>).</summary>
    /// <typeparam name="TOuter">The outer element type.</typeparam>
    /// <typeparam name="TInner">The inner element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="outer">The upstream iterator; the result owns it.</param>
    /// <param name="inner">The sequence to join with; an <see cref="Iter{T}"/> is owned by the result.</param>
    /// <param name="outerKeySelector">Computes an outer element's key.</param>
    /// <param name="innerKeySelector">Computes an inner element's key.</param>
    /// <param name="resultSelector">Builds a result from an outer element and its matches.</param>
    /// <returns>A lazy, buffering iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outer"/>, <paramref name="inner"/>, <paramref name="outerKeySelector"/>, <paramref name="innerKeySelector"/> or <paramref name="resultSelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull reads all of <paramref name="inner"/> into a lookup (it must be finite); then
    /// <paramref name="outer"/> streams, one result per outer element.</remarks>
    public static Iter<TResult> GroupJoin<TOuter, TInner, TKey, TResult>(this Iter<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector)
    {
        ArgumentNullException.ThrowIfNull(outer);
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(outerKeySelector);
        ArgumentNullException.ThrowIfNull(innerKeySelector);
        ArgumentNullException.ThrowIfNull(resultSelector);
        return new BodyStage<TOuter, TResult>(outer, s => Enumerable.GroupJoin(AsLinqSource(s), inner, outerKeySelector, innerKeySelector, resultSelector), inner as Iter<TInner>);
    }

    /// <summary>Pairs each outer element with the inner elements whose keys equal its key (LINQ's <c>GroupJoin</c>).</summary>
    /// <typeparam name="TOuter">The outer element type.</typeparam>
    /// <typeparam name="TInner">The inner element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="outer">The upstream iterator; the result owns it.</param>
    /// <param name="inner">The sequence to join with; an <see cref="Iter{T}"/> is owned by the result.</param>
    /// <param name="outerKeySelector">Computes an outer element's key.</param>
    /// <param name="innerKeySelector">Computes an inner element's key.</param>
    /// <param name="resultSelector">Builds a result from an outer element and its matches.</param>
    /// <param name="comparer">How keys are compared; <see langword="null"/> for the default.</param>
    /// <returns>A lazy, buffering iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outer"/>, <paramref name="inner"/>, <paramref name="outerKeySelector"/>, <paramref name="innerKeySelector"/> or <paramref name="resultSelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull reads all of <paramref name="inner"/> into a lookup (it must be finite); then
    /// <paramref name="outer"/> streams, one result per outer element.</remarks>
    public static Iter<TResult> GroupJoin<TOuter, TInner, TKey, TResult>(this Iter<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector, IEqualityComparer<TKey>? comparer)
    {
        ArgumentNullException.ThrowIfNull(outer);
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(outerKeySelector);
        ArgumentNullException.ThrowIfNull(innerKeySelector);
        ArgumentNullException.ThrowIfNull(resultSelector);
        return new BodyStage<TOuter, TResult>(outer, s => Enumerable.GroupJoin(AsLinqSource(s), inner, outerKeySelector, innerKeySelector, resultSelector, comparer), inner as Iter<TInner>);
    }

    /// <summary>Pairs every outer element with each matching inner element, or with <see langword="default"/> (LINQ's <c>LeftJoin</c>).</summary>
    /// <typeparam name="TOuter">The outer element type.</typeparam>
    /// <typeparam name="TInner">The inner element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="outer">The upstream iterator; the result owns it.</param>
    /// <param name="inner">The sequence to join with; an <see cref="Iter{T}"/> is owned by the result.</param>
    /// <param name="outerKeySelector">Computes an outer element's key.</param>
    /// <param name="innerKeySelector">Computes an inner element's key.</param>
    /// <param name="resultSelector">Builds a result from a matched pair.</param>
    /// <returns>A lazy, buffering iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outer"/>, <paramref name="inner"/>, <paramref name="outerKeySelector"/>, <paramref name="innerKeySelector"/> or <paramref name="resultSelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull reads all of <paramref name="inner"/> into a lookup (it must be finite); then
    /// <paramref name="outer"/> streams; an outer element without a match is paired with <see langword="default"/>.</remarks>
    public static Iter<TResult> LeftJoin<TOuter, TInner, TKey, TResult>(this Iter<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner?, TResult> resultSelector)
    {
        ArgumentNullException.ThrowIfNull(outer);
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(outerKeySelector);
        ArgumentNullException.ThrowIfNull(innerKeySelector);
        ArgumentNullException.ThrowIfNull(resultSelector);
        return new BodyStage<TOuter, TResult>(outer, s => Enumerable.LeftJoin(AsLinqSource(s), inner, outerKeySelector, innerKeySelector, resultSelector), inner as Iter<TInner>);
    }

    /// <summary>Pairs every outer element with each matching inner element, or with <see langword="default"/> (LINQ's <c>LeftJoin</c>).</summary>
    /// <typeparam name="TOuter">The outer element type.</typeparam>
    /// <typeparam name="TInner">The inner element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="outer">The upstream iterator; the result owns it.</param>
    /// <param name="inner">The sequence to join with; an <see cref="Iter{T}"/> is owned by the result.</param>
    /// <param name="outerKeySelector">Computes an outer element's key.</param>
    /// <param name="innerKeySelector">Computes an inner element's key.</param>
    /// <param name="resultSelector">Builds a result from a matched pair.</param>
    /// <param name="comparer">How keys are compared; <see langword="null"/> for the default.</param>
    /// <returns>A lazy, buffering iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outer"/>, <paramref name="inner"/>, <paramref name="outerKeySelector"/>, <paramref name="innerKeySelector"/> or <paramref name="resultSelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull reads all of <paramref name="inner"/> into a lookup (it must be finite); then
    /// <paramref name="outer"/> streams; an outer element without a match is paired with <see langword="default"/>.</remarks>
    public static Iter<TResult> LeftJoin<TOuter, TInner, TKey, TResult>(this Iter<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner?, TResult> resultSelector, IEqualityComparer<TKey>? comparer)
    {
        ArgumentNullException.ThrowIfNull(outer);
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(outerKeySelector);
        ArgumentNullException.ThrowIfNull(innerKeySelector);
        ArgumentNullException.ThrowIfNull(resultSelector);
        return new BodyStage<TOuter, TResult>(outer, s => Enumerable.LeftJoin(AsLinqSource(s), inner, outerKeySelector, innerKeySelector, resultSelector, comparer), inner as Iter<TInner>);
    }

    /// <summary>Pairs every inner element with each matching outer element, or with <see langword="default"/> (LINQ's <c>RightJoin</c>).</summary>
    /// <typeparam name="TOuter">The outer element type.</typeparam>
    /// <typeparam name="TInner">The inner element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="outer">The upstream iterator; the result owns it.</param>
    /// <param name="inner">The sequence to join with; an <see cref="Iter{T}"/> is owned by the result.</param>
    /// <param name="outerKeySelector">Computes an outer element's key.</param>
    /// <param name="innerKeySelector">Computes an inner element's key.</param>
    /// <param name="resultSelector">Builds a result from a matched pair.</param>
    /// <returns>A lazy, buffering iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outer"/>, <paramref name="inner"/>, <paramref name="outerKeySelector"/>, <paramref name="innerKeySelector"/> or <paramref name="resultSelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull reads all of <paramref name="outer"/> into a lookup (it must be finite), then
    /// streams <paramref name="inner"/>; an inner element without a match is paired with <see langword="default"/>.</remarks>
    public static Iter<TResult> RightJoin<TOuter, TInner, TKey, TResult>(this Iter<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter?, TInner, TResult> resultSelector)
    {
        ArgumentNullException.ThrowIfNull(outer);
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(outerKeySelector);
        ArgumentNullException.ThrowIfNull(innerKeySelector);
        ArgumentNullException.ThrowIfNull(resultSelector);
        return new BodyStage<TOuter, TResult>(outer, s => Enumerable.RightJoin(AsLinqSource(s), inner, outerKeySelector, innerKeySelector, resultSelector), inner as Iter<TInner>);
    }

    /// <summary>Pairs every inner element with each matching outer element, or with <see langword="default"/> (LINQ's <c>RightJoin</c>).</summary>
    /// <typeparam name="TOuter">The outer element type.</typeparam>
    /// <typeparam name="TInner">The inner element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="outer">The upstream iterator; the result owns it.</param>
    /// <param name="inner">The sequence to join with; an <see cref="Iter{T}"/> is owned by the result.</param>
    /// <param name="outerKeySelector">Computes an outer element's key.</param>
    /// <param name="innerKeySelector">Computes an inner element's key.</param>
    /// <param name="resultSelector">Builds a result from a matched pair.</param>
    /// <param name="comparer">How keys are compared; <see langword="null"/> for the default.</param>
    /// <returns>A lazy, buffering iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outer"/>, <paramref name="inner"/>, <paramref name="outerKeySelector"/>, <paramref name="innerKeySelector"/> or <paramref name="resultSelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull reads all of <paramref name="outer"/> into a lookup (it must be finite), then
    /// streams <paramref name="inner"/>; an inner element without a match is paired with <see langword="default"/>.</remarks>
    public static Iter<TResult> RightJoin<TOuter, TInner, TKey, TResult>(this Iter<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter?, TInner, TResult> resultSelector, IEqualityComparer<TKey>? comparer)
    {
        ArgumentNullException.ThrowIfNull(outer);
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(outerKeySelector);
        ArgumentNullException.ThrowIfNull(innerKeySelector);
        ArgumentNullException.ThrowIfNull(resultSelector);
        return new BodyStage<TOuter, TResult>(outer, s => Enumerable.RightJoin(AsLinqSource(s), inner, outerKeySelector, innerKeySelector, resultSelector, comparer), inner as Iter<TInner>);
    }
}
