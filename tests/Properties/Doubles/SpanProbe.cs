namespace Streams.Tests.Doubles;

/// <summary>
/// A user iterator, written outside the library, that offers the span capability over an array of its own: every fast
/// path keyed on the capability takes it, as it would an array source. It records its releases and how far it was read
/// (<see cref="Pulls"/>: its position, whoever moved it).
/// </summary>
public sealed class SpanProbe<T>(T[] items) : Iter<T>
{
    private int _position;

    /// <summary>How many elements were taken, by pulls or through the cursor.</summary>
    public int Pulls => Math.Min(_position, items.Length);

    /// <summary>How many times the library released this source.</summary>
    public int Releases { get; private set; }

    protected override bool TryAdvance(out T item)
    {
        if (_position < items.Length)
        {
            item = items[_position++];
            return true;
        }
        item = default!;
        return false;
    }

    public override bool TryGetSpanCursor(out SpanCursor<T> cursor)
    {
        cursor = new SpanCursor<T>(items, ref _position);
        return true;
    }

    public override bool TryGetRemainingCount(out long count)
    {
        count = Math.Max(0, items.Length - _position);
        return true;
    }

    protected override void Release()
    {
        Releases++;
        _position = int.MaxValue; // beyond the end: the capability's finished invariant, at its loosest
    }
}
