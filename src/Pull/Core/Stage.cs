namespace Streams;

/// <summary>
/// A built-in operator over upstream iterators it owns. Python's ownership rule: reaching its own end does not run
/// <see cref="Iter{T}.Release"/>, because each upstream has either ended (and released itself) or must stay usable
/// where this stage left it (<c>Take</c> after its count, the other side of <c>Zip</c>). Disposing the stage, or an
/// exception passing out through it, runs <see cref="Iter{T}.Release"/>, which disposes every upstream it owns.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>Depth: every stage passes the deepest <see cref="Iter{T}.StackDepth"/> of its inputs (the one input, or
/// <see cref="Math.Max(int, int)"/> over several), so that every <see cref="DepthGuard.Every"/>-th stage of any chain
/// checks the stack on its pulls and folds, and no pipeline built in a loop overflows the stack. A stage whose input is
/// only known once it runs (<c>Defer</c>, the inner pipelines of <c>FlatMap</c>) passes 0 and checks the stack itself
/// where it enters that input.</remarks>
internal abstract class Stage<T> : Iter<T>
{
    protected Stage(int upstreamDepth)
        : base(releaseAtEnd: false) => StackOn(upstreamDepth);
}
