namespace Streams;

// Shared machinery of the index-based combinatoric iterators (Permutations, Combinations, ...): the pool is
// materialised on the first pull (not on build), then each output is the pool read through Indices[0..r).
// Derived classes implement Python's index algorithms. Invariant: _state 0 = not started, 1 = running.
internal abstract class IndexPoolIter<T>(Iter<T> source) : Stage<T[]>(source.StackDepth)
{
    private int _state;

    protected T[] Pool { get; private set; } = [];

    protected int[] Indices { get; set; } = [];

    /// Sets up Indices for the first output given the pool size; false if there is no output at all.
    protected abstract bool Start(int n);

    /// Moves Indices to the next output; false after the last one.
    protected abstract bool Step();

    /// How many indices make up one output.
    protected abstract int Width { get; }

    protected sealed override bool TryAdvance(out T[] item)
    {
        bool more;
        if (_state == 0)
        {
            _state = 1;
            Pool = source.ToArray(); // ends, and so releases, the source
            more = Start(Pool.Length);
        }
        else
        {
            more = Step();
        }
        if (!more)
        {
            item = default!;
            return false;
        }
        var result = new T[Width];
        for (int i = 0; i < result.Length; i++) result[i] = Pool[Indices[i]];
        item = result;
        return true;
    }

    protected override void Release()
    {
        Pool = [];
        source.Dispose();
    }
}
