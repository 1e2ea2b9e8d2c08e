namespace Streams;

public static partial class Pull
{
    /// <summary>An iterator with no elements.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <returns>A new, already-ended iterator.</returns>
    /// <remarks>Lazy; finite. The unit of <c>Chain</c>.</remarks>
    public static Iter<T> Empty<T>() => new EmptySource<T>();

    /// <summary>An iterator with exactly one element.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="value">The element.</param>
    /// <returns>A lazy iterator that yields <paramref name="value"/> once.</returns>
    /// <remarks>Lazy; finite.</remarks>
    public static Iter<T> Once<T>(T value) => new OnceSource<T>(value);
}

internal sealed class EmptySource<T> : Iter<T>
{
    protected override bool TryAdvance(out T item)
    {
        item = default!;
        return false;
    }
}

internal sealed class OnceSource<T>(T value) : Iter<T>
{
    private bool _taken;

    protected override bool TryAdvance(out T item)
    {
        item = value;
        if (_taken) return false;
        _taken = true;
        return true;
    }
}
