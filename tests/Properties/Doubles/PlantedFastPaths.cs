using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Streams.Tests.Doubles;

/// <summary>The bugs <see cref="PlantedFastPaths"/> and <see cref="PlantedSkip{T}"/> can plant; each is one line of the
/// library's code, copied here, made wrong.</summary>
public enum FastPathBug
{
    /// <summary>The copies are the library's code unchanged.</summary>
    None,

    /// <summary><c>SpanCursor.Fold</c>: when the sink stops, the position stays on the element just pushed instead of
    /// moving past it, so the next pull gives it again (an advance off by one).</summary>
    SpanFoldStopsOneEarly,

    /// <summary><c>SkipIter.TryGetRemainingCount</c>: reports one more element than remains.</summary>
    SkipCountOneHigh,

    /// <summary><c>VectorSum</c>: the last element after the whole vectors is not added.</summary>
    VectorSumDropsLast,
}

/// <summary>
/// A pass-through stage that takes, over its upstream's span capability, the two fast paths the library takes there,
/// with test-side copies of their code: a fold that is <c>SpanCursor.Fold</c>'s loop, and a checked sum that is
/// <c>VectorSum</c>. Put under a table entry (between the primary source and the entry's operator), it sends the
/// entry's unchanged laws through the copies, so that a bug planted in a copy shows whether the law table catches that
/// bug in the library's code. It offers no span capability itself, so the stages above fold through it; over an
/// upstream without the capability (the probe) it folds through the upstream, as the library does.
/// </summary>
internal sealed class PlantedFastPaths(Iter<int> source, FastPathBug bug) : Stage<int>(source.StackDepth)
{
    protected override bool TryAdvance(out int item) => source.TryNext(out item);

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        if (!source.TryGetSpanCursor(out SpanCursor<int> cursor)) return source.TryFold(ref sink);
        if (IsCheckedSum<TSink>())
        {
            // Sum's path over the capability (SpanAggregates.TrySum): the span summed at once, then one advance. The
            // sum sink starts at zero, so accepting the total leaves the total in it.
            ReadOnlySpan<int> span = cursor.Remaining;
            try
            {
                sink.Accept(VectorSumCopy.Checked(span, bug));
            }
            finally
            {
                cursor.Advance(span.Length);
                source.End();
            }
            return true;
        }
        bool reachedEnd = Fold(cursor, ref sink, bug);
        if (reachedEnd) source.End(); // as Iter.TryFold does after the cursor's fold reached the end
        return reachedEnd;
    }

    protected override void Release() => source.Dispose();

    // Sum's sink is private to the library; its name is what tells this double that the fold is Sum's.
    private static bool IsCheckedSum<TSink>() =>
        typeof(TSink).IsGenericType && typeof(TSink).GetGenericTypeDefinition().Name == "CheckedSumSink`1";

    // A copy of SpanCursor<T>.Fold (src/Pull/Core/SpanCursor.cs), with the planted line marked BUG.
    private static bool Fold<TSink>(SpanCursor<int> cursor, ref TSink sink, FastPathBug bug)
        where TSink : struct, ISink<int>
    {
        ReadOnlySpan<int> items = cursor.Items;
        ref int position = ref cursor.Position;
        TSink s = sink;
        while (true)
        {
            int i = position;
            if ((uint)i >= (uint)items.Length) break;
            position = i + 1;
            if (!s.Accept(items[i]))
            {
                if (bug == FastPathBug.SpanFoldStopsOneEarly) position = i; // BUG: stays on the element just pushed
                sink = s;
                return false;
            }
        }
        sink = s;
        return true;
    }
}

/// <summary>A copy of the library's <c>SkipIter</c> (src/Pull/Operators/Skip.cs), with the planted line marked
/// BUG.</summary>
internal sealed class PlantedSkip<T>(Iter<T> source, long count, FastPathBug bug) : Stage<T>(source.StackDepth)
{
    private long _toSkip = count;

    protected override bool TryAdvance(out T item)
    {
        while (_toSkip > 0)
        {
            if (!source.Step(out _))
            {
                item = default!;
                return false;
            }
            _toSkip--;
        }
        return source.Step(out item!);
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        while (_toSkip > 0)
        {
            if (!source.Step(out _)) return true;
            _toSkip--;
        }
        return source.TryFold(ref sink);
    }

    public override bool TryGetRemainingCount(out long count)
    {
        if (IsFinished || !source.TryGetRemainingCountOfInput(out long upstream))
        {
            count = 0;
            return IsFinished;
        }
        count = Math.Max(0, upstream - _toSkip);
        if (bug == FastPathBug.SkipCountOneHigh) count++; // BUG: one more than remains
        return true;
    }

    protected override void Release() => source.Dispose();
}

/// <summary>A copy of the library's <c>VectorSum.Checked</c> for <see cref="int"/> (src/Pull/Terminals/Vectorized/
/// VectorSum.cs), with the planted line marked BUG.</summary>
internal static class VectorSumCopy
{
    public static int Checked(ReadOnlySpan<int> span, FastPathBug bug)
    {
        if (Vector.IsHardwareAccelerated && Vector<int>.Count > 2 && span.Length >= Vector<int>.Count * 4)
        {
            return Vectorised(span, bug);
        }
        int sum = 0;
        foreach (int x in span)
        {
            sum = checked(sum + x);
        }
        return sum;
    }

    private static int Vectorised(ReadOnlySpan<int> span, FastPathBug bug)
    {
        ref int start = ref MemoryMarshal.GetReference(span);
        nuint length = (nuint)span.Length;
        nuint width = (nuint)Vector<int>.Count;
        Vector<int> signBits = new(int.MinValue);
        Vector<int> accumulator = Vector<int>.Zero;

        nuint index = 0;
        nuint limit = length - width * 4;
        do
        {
            Vector<int> data = Vector.LoadUnsafe(ref start, index);
            Vector<int> next = accumulator + data;
            Vector<int> overflow = (next ^ accumulator) & (next ^ data);

            data = Vector.LoadUnsafe(ref start, index + width);
            accumulator = next + data;
            overflow |= (accumulator ^ next) & (accumulator ^ data);

            data = Vector.LoadUnsafe(ref start, index + width * 2);
            next = accumulator + data;
            overflow |= (next ^ accumulator) & (next ^ data);

            data = Vector.LoadUnsafe(ref start, index + width * 3);
            accumulator = next + data;
            overflow |= (accumulator ^ next) & (accumulator ^ data);

            if ((overflow & signBits) != Vector<int>.Zero) throw new OverflowException();
            index += width * 4;
        }
        while (index < limit);

        limit = length - width;
        if (index < limit)
        {
            Vector<int> overflow = Vector<int>.Zero;
            do
            {
                Vector<int> data = Vector.LoadUnsafe(ref start, index);
                Vector<int> next = accumulator + data;
                overflow |= (next ^ accumulator) & (next ^ data);
                accumulator = next;
                index += width;
            }
            while (index < limit);
            if ((overflow & signBits) != Vector<int>.Zero) throw new OverflowException();
        }

        int result = 0;
        for (int i = 0; i < Vector<int>.Count; i++)
        {
            result = checked(result + accumulator[i]);
        }
        if (bug == FastPathBug.VectorSumDropsLast && index < length) length--; // BUG: the last element is not added
        while (index < length)
        {
            result = checked(result + Unsafe.Add(ref start, index));
            index++;
        }
        return result;
    }
}
