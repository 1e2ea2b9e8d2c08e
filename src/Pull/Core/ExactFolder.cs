namespace Streams;

/// <summary>
/// Folds iterators of one concrete class into a sink of one type with an ordinary virtual call, where
/// <see cref="Iter{T}.TryFold{TSink}"/> costs a generic virtual lookup (TryFoldCore) per call. A consumer that folds
/// many short iterators (FlatMap's inner pipelines) asks the first of a class for its folder
/// (<see cref="Iter{T}.GetExactFolder{TSink}"/>, one generic virtual call) and reuses it while the class stays the same.
/// </summary>
/// <remarks>Same contract as <see cref="Iter{T}.TryFold{TSink}"/>: a finished iterator folds nothing; at its end or on an
/// exception the iterator is finished.</remarks>
// No constraint on TSink here: reflection over an open override of GetExactFolder (test discovery) rejects it.
internal abstract class ExactFolder<T, TSink>
{
    public abstract bool TryFold(Iter<T> iter, ref TSink sink);
}
