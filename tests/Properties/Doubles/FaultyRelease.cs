namespace Streams.Tests.Doubles;

/// <summary>A source whose Release throws <see cref="ReleaseFaultException"/> (and counts how often it ran); it can
/// also throw <see cref="AdvanceFaultException"/> from TryAdvance at a chosen index.</summary>
public sealed class FaultyRelease<T>(IEnumerable<T> items, int throwAt = -1) : Iter<T>
{
    private readonly T[] _items = items.ToArray();
    private int _index;

    /// <summary>How many times Release ran (must be 0 or 1).</summary>
    public int Releases { get; private set; }

    protected override bool TryAdvance(out T item)
    {
        if (_index == throwAt) throw new AdvanceFaultException();
        if (_index < _items.Length)
        {
            item = _items[_index++];
            return true;
        }
        item = default!;
        return false;
    }

    protected override void Release()
    {
        Releases++;
        throw new ReleaseFaultException();
    }
}

public sealed class ReleaseFaultException() : Exception("release failed");

public sealed class AdvanceFaultException() : Exception("advance failed");
