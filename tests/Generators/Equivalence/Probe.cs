namespace Streams.Generators.Tests.Equivalence;

/// <summary>
/// A user-held source that counts what happens to it: pulls, releases, and its position; it can fail at a chosen
/// position. Overrides only <c>TryAdvance</c>, like a user's iterator, so every path reaches it through the protocol.
/// </summary>
internal sealed class Probe(int[] items, int throwAt = -1) : Iter<int>
{
    public int Pulls { get; private set; }

    public int Releases { get; private set; }

    public int Position { get; private set; }

    protected override bool TryAdvance(out int item)
    {
        Pulls++;
        if (Position == throwAt) throw new InvalidOperationException($"probe fault at {Position}");
        if (Position < items.Length)
        {
            item = items[Position++];
            return true;
        }
        item = 0;
        return false;
    }

    protected override void Release() => Releases++;

    /// <summary>Everything observable about the probe after a run.</summary>
    public string State => $"pulls={Pulls} releases={Releases} position={Position} finished={IsFinished}";
}
