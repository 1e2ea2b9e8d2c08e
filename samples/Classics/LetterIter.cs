namespace Streams.Samples;

/// <summary>
/// The classic hand-written iterator: letters from <c>start</c> up to, not including, <c>end</c>.
/// It implements only <see cref="Iter{T}.TryAdvance"/>; the base class gives it Next, foreach, the laws and every operator.
/// </summary>
public sealed class LetterIter(char start, char end) : Iter<char>
{
    private char _current = start;

    protected override bool TryAdvance(out char item)
    {
        if (_current >= end)
        {
            item = default;
            return false;
        }
        item = _current++;
        return true;
    }
}
