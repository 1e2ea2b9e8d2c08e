namespace Streams.Samples;

/// <summary>The classic infinite iterator, written by hand: 1, 2, 3, ... (the library's own is <c>Pull.Positives()</c>).</summary>
public sealed class PositivesIter : Iter<long>
{
    private long _next = 1;

    protected override bool TryAdvance(out long item)
    {
        item = _next++;
        return true;
    }
}
