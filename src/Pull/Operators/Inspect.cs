namespace Streams;

public static partial class Pull
{
    /// <summary>Calls <paramref name="action"/> on each element as it passes through, unchanged (Rust's <c>inspect</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="action">Called once per pulled element, before the element is produced.</param>
    /// <returns>A lazy iterator of the same elements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="action"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy: one pull per element produced, so the action sees exactly what downstream pulls. Safe on infinite sources.</remarks>
    /// <example><code>Pull.Range(0, 3).Inspect(Console.WriteLine).Sum(); // prints 0, 1, 2; returns 3</code></example>
    public static Iter<T> Inspect<T>(this Iter<T> source, Action<T> action)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(action);
        return new InspectIter<T>(source, action);
    }
}

internal sealed class InspectIter<T>(Iter<T> source, Action<T> action) : Stage<T>(source.StackDepth)
{
    protected override bool TryAdvance(out T item)
    {
        if (!source.Step(out item!)) return false;
        action(item);
        return true;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var inspecting = new Sink<TSink>(action, sink);
        bool reachedEnd = source.TryFold(ref inspecting);
        sink = inspecting.Inner;
        return reachedEnd;
    }

    protected override void Release() => source.Dispose();

    private struct Sink<TSink>(Action<T> action, TSink inner) : ISink<T>
        where TSink : struct, ISink<T>
    {
        public TSink Inner = inner;

        public bool Accept(T item)
        {
            action(item);
            return Inner.Accept(item);
        }
    }
}
