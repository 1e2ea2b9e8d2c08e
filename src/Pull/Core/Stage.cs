namespace Streams;

/// <summary>
/// A built-in operator over upstream iterators it owns. Python's ownership rule: reaching its own end does not run
/// <see cref="Iter{T}.Release"/>, because each upstream has either ended (and released itself) or must stay usable
/// where this stage left it (<c>Take</c> after its count, the other side of <c>Zip</c>). Disposing the stage, or an
/// exception passing out through it, runs <see cref="Iter{T}.Release"/>, which disposes every upstream it owns.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal abstract class Stage<T> : Iter<T>
{
    protected Stage()
        : base(releaseAtEnd: false)
    {
    }
}
