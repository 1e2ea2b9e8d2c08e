using System.Runtime.ExceptionServices;

namespace Streams;

public static partial class Pull
{
    /// <summary>
    /// Lends <paramref name="source"/> to an operator without giving up ownership (Rust's <c>by_ref</c>): the view
    /// pulls from <paramref name="source"/>, but disposing the view (or any stage built on it), or an exception raised
    /// downstream of it, leaves <paramref name="source"/> open.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator to lend.</param>
    /// <returns>A lent view of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// <para>Lazy; safe on infinite sources. Operators no longer release their upstream when they stop early, so
    /// "islice, then keep going" needs no <c>ByRef</c>: <c>it.Take(3).ToList(); it.Next()</c> gives the fourth
    /// element. <c>ByRef</c> is for the other half: a pipeline that is disposed (<c>using</c>) or fails while
    /// <paramref name="source"/> must stay open. <paramref name="source"/> is still released by its own end, by an
    /// exception it throws itself, and by its owner's <c>Dispose</c>.</para>
    /// <code>
    /// using var lines = Pull.From(File.ReadLines(path));      // owns the file
    /// using (var header = lines.ByRef().TakeWhile(l =&gt; l != ""))
    /// {
    ///     foreach (var h in header) Console.WriteLine(h);   // disposing header leaves lines open
    /// }
    /// var body = lines.ToList();                            // the rest of the file
    /// </code>
    /// </remarks>
    public static Iter<T> ByRef<T>(this Iter<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new ByRefIter<T>(source);
    }
}

// Forwards everything but Release: the lender keeps ownership. An exception from downstream code (a sink) is carried
// past the source's TryFold, so that the source finishes only when it threw itself, as on the pull path.
internal sealed class ByRefIter<T>(Iter<T> source) : Stage<T>(source.StackDepth)
{
    protected override bool TryAdvance(out T item) => source.TryNext(out item!);

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var shielded = new Sink<TSink>(sink);
        bool ended = source.TryFold(ref shielded);
        sink = shielded.Inner;
        shielded.Error?.Throw();
        return ended;
    }

    private struct Sink<TSink>(TSink inner) : ISink<T>
        where TSink : struct, ISink<T>
    {
        public TSink Inner = inner;
        public ExceptionDispatchInfo? Error;

        public bool Accept(T item)
        {
            try
            {
                return Inner.Accept(item);
            }
            catch (Exception e)
            {
                Error = ExceptionDispatchInfo.Capture(e);
                return false;
            }
        }
    }
}
