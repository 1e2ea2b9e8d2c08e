namespace Streams.Tests.Doubles;

/// <summary>
/// A test source that records how it is used: how many elements were pulled, how often it was released,
/// and whether anything pulled it after it said end. It can be told to resume after its end (a misbehaving
/// user iterator) and to throw at a chosen position.
/// </summary>
/// <remarks>Use it to prove laziness (<see cref="Pulls"/>), exactly-once disposal (<see cref="Releases"/>),
/// and exhausted-stays-exhausted (<see cref="PulledAfterEnd"/>).</remarks>
public sealed class Probe<T> : Iter<T>
{
    private readonly IReadOnlyList<T> _items;
    private readonly bool _resumesAfterEnd;
    private readonly int _throwAt;
    private readonly Func<int, T>? _infinite;
    private readonly int _limit;
    private int _index;
    private bool _saidEnd;

    /// <param name="items">The elements to produce.</param>
    /// <param name="resumesAfterEnd">If true, after saying end once, the next call starts over from the beginning
    /// (what a badly written user iterator might do); the library must never call it again.</param>
    /// <param name="throwAt">If non-negative, pulling the element at this index throws <see cref="ProbeException"/>.</param>
    public Probe(IEnumerable<T> items, bool resumesAfterEnd = false, int throwAt = -1)
    {
        _items = items.ToArray();
        _resumesAfterEnd = resumesAfterEnd;
        _throwAt = throwAt;
    }

    private Probe(Func<int, T> at, int limit)
    {
        _items = [];
        _throwAt = -1;
        _infinite = at;
        _limit = limit;
    }

    /// <summary>An infinite probe producing <c>at(0), at(1), ...</c>. Pulling more than <paramref name="limit"/> elements
    /// throws <see cref="RanAwayException"/>, so an operator that fails to terminate on an infinite source fails the test
    /// instead of hanging it.</summary>
    public static Probe<T> Infinite(Func<int, T> at, int limit = 1_000_000) => new(at, limit);

    /// <summary>The elements the source holds (empty for an infinite probe).</summary>
    public IReadOnlyList<T> Items => _items;

    /// <summary>How many times TryAdvance was called (successful or not).</summary>
    public int Calls { get; private set; }

    /// <summary>How many elements were produced.</summary>
    public int Pulls { get; private set; }

    /// <summary>How many times Release ran (must be 0 or 1).</summary>
    public int Releases { get; private set; }

    /// <summary>True once TryAdvance has said end or thrown (the probe reached its own end).</summary>
    public bool SaidEnd => _saidEnd;

    /// <summary>The exception it threw at its chosen position, if it did (the laws check the caller gets this object).</summary>
    public ProbeException? Thrown { get; private set; }

    /// <summary>True if TryAdvance was called after it had said end or thrown.</summary>
    public bool PulledAfterEnd { get; private set; }

    protected override bool TryAdvance(out T item)
    {
        Calls++;
        if (_saidEnd)
        {
            PulledAfterEnd = true;
            if (_resumesAfterEnd)
            {
                _saidEnd = false;
                _index = 0;
            }
        }
        if (_index == _throwAt)
        {
            _saidEnd = true;
            throw Thrown = new ProbeException(_index);
        }
        if (_infinite is not null)
        {
            if (_index >= _limit) throw new RanAwayException(_limit);
            item = _infinite(_index++);
            Pulls++;
            return true;
        }
        if (_index < _items.Count)
        {
            item = _items[_index++];
            Pulls++;
            return true;
        }
        _saidEnd = true;
        item = default!;
        return false;
    }

    protected override void Release() => Releases++;
}

/// <summary>An infinite counting source that records pulls and releases: 0, 1, 2, ...</summary>
public sealed class InfiniteProbe : Iter<long>
{
    private long _next;

    /// <summary>How many elements were produced.</summary>
    public long Pulls { get; private set; }

    /// <summary>How many times Release ran.</summary>
    public int Releases { get; private set; }

    protected override bool TryAdvance(out long item)
    {
        item = _next++;
        Pulls++;
        return true;
    }

    protected override void Release() => Releases++;
}

/// <summary>The exception a <see cref="Probe{T}"/> throws at its chosen position.</summary>
public sealed class ProbeException(int index) : Exception($"probe threw at index {index}")
{
    /// <summary>The position at which it was thrown.</summary>
    public int Index { get; } = index;
}

/// <summary>Thrown by an infinite <see cref="Probe{T}"/> pulled past its limit: the operator did not terminate.</summary>
public sealed class RanAwayException(int limit) : Exception($"an infinite source was pulled more than {limit} times: the operation does not terminate")
{
}
