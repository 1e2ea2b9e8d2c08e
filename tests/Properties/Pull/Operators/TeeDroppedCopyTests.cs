using System.Runtime.CompilerServices;
using Xunit;
using P = Streams.Pull;

namespace Streams.Tests.PullTests.Operators;

/// <summary>
/// A <c>Tee</c> copy dropped without <c>Dispose</c> (no reference left) stops being buffered for once the GC has
/// collected it: the buffer holds a weak reference per copy and forgets collected ones when it would grow. Measured on
/// the buffer's own count (<c>TeeBuffer.Buffered</c>, internal), over a million elements read from the other copy.
/// </summary>
public class TeeDroppedCopyTests
{
    private const int Elements = 1_000_000;

    // Built in a method of its own, not inlined, so that no local of the test keeps the second copy reachable.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (Iter<long> Kept, TeeBuffer<long> Shared, WeakReference Dropped) TeeWithOneCopyDropped()
    {
        var copies = P.Positives().Tee(2);
        return (copies[0], ((TeeIter<long>)copies[0]).Shared, new WeakReference(copies[1]));
    }

    [Fact]
    public void A_collected_copy_stops_being_buffered()
    {
        var (kept, shared, dropped) = TeeWithOneCopyDropped();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(dropped.IsAlive); // the premise: nothing holds the dropped copy
        int most = 0;
        for (long i = 1; i <= Elements; i++)
        {
            Assert.Equal(i, kept.Next());
            most = Math.Max(most, shared.Buffered);
        }
        // The ring starts with room for 4; the first time it would grow it finds the copy collected and forgets it.
        Assert.InRange(most, 0, 4);
    }

    [Fact]
    public void A_copy_still_referenced_is_buffered_for()
    {
        // The control: the same reading with the lagging copy alive buffers every element, so the test above can fail.
        var copies = P.Positives().Tee(2);
        var shared = ((TeeIter<long>)copies[0]).Shared;
        for (int i = 0; i < Elements / 10; i++) copies[0].Next();
        Assert.Equal(Elements / 10, shared.Buffered);
        GC.KeepAlive(copies[1]);
    }
}
