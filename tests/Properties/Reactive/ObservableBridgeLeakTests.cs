using System.Diagnostics;
using System.Runtime.CompilerServices;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.Reactive;

/// <summary>Counts process threads, so it runs alone: no other test may start or end threads meanwhile.</summary>
[CollectionDefinition(nameof(ThreadCountingCollection), DisableParallelization = true)]
public sealed class ThreadCountingCollection;

/// <summary>A bridge dropped without <c>Dispose</c> keeps no thread and no running producer once it is collected.</summary>
[Collection(nameof(ThreadCountingCollection))]
public class ObservableBridgeLeakTests
{
    private const int Bridges = 20;

    [Theory]
    [InlineData(OverflowPolicy.Block)]      // the producer would block in OnNext for good, holding the bridge thread
    [InlineData(OverflowPolicy.DropOldest)] // the producer would push and drop forever, burning a core
    public void Bridges_dropped_without_Dispose_leave_no_thread_and_no_running_producer_after_a_GC(OverflowPolicy policy)
    {
        int baseline = ThreadCount();
        var live = new StrongBox<int>();
        StartAndDrop(policy, live);
        Assert.True(live.Value > 0);
        // Where bridge threads can be told apart, the count sees them now, so the check below can fail.
        if (BridgeThreadsNamed) Assert.True(ThreadCount() >= baseline + Bridges, $"bridge threads: {ThreadCount()}");
        var clock = Stopwatch.StartNew();
        while (Volatile.Read(ref live.Value) > 0 && clock.Elapsed < Guard.Timeout)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Thread.Sleep(10);
        }
        Assert.True(Volatile.Read(ref live.Value) == 0, $"{live.Value} of {Bridges} producers still running after GC");
        // Every bridge thread ends. Where threads cannot be told apart, thread-pool threads that ran the stops may
        // linger briefly: a margin well below the number of bridges.
        int allowed = BridgeThreadsNamed ? baseline : baseline + Bridges / 2;
        Assert.True(SpinWait.SpinUntil(() => ThreadCount() <= allowed, Guard.Timeout),
            $"threads: {ThreadCount()}, baseline {baseline}");
    }

    // The bridge's own threads where the OS names threads (Linux: /proc/self/task/*/comm, cut to 15 characters), so
    // thread-pool threads that other work starts or retires meanwhile do not count; elsewhere every thread of the process.
    private static int ThreadCount()
    {
        if (BridgeThreadsNamed)
        {
            int bridges = 0;
            foreach (var task in Directory.EnumerateDirectories(Tasks))
            {
                try
                {
                    if (File.ReadAllText(Path.Combine(task, "comm")).StartsWith(BridgeThreadName, StringComparison.Ordinal)) bridges++;
                }
                catch (IOException)
                {
                    // The thread ended between listing and reading: it is not running.
                }
            }
            return bridges;
        }
        using var process = Process.GetCurrentProcess();
        return process.Threads.Count;
    }

    private const string Tasks = "/proc/self/task";

    private static bool BridgeThreadsNamed => Directory.Exists(Tasks);

    // The first 15 characters of the name ObservableBridge gives its subscribing thread.
    private const string BridgeThreadName = "Streams observa";

    // Not inlined, so no local of the caller's frame keeps an iterator reachable.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StartAndDrop(OverflowPolicy policy, StrongBox<int> live)
    {
        // Held until every producer runs: a bridge collected before the last one starts would stop its producer
        // early, and the count of running producers would never reach the number of bridges.
        var bridges = new List<Iter<int>>(Bridges);
        for (int i = 0; i < Bridges; i++)
        {
            var it = InfiniteSynchronous(live).ToIter(4, policy);
            Guard.Within(() => it.Next()); // starts the subscribing thread; the producer then fills the buffer
            bridges.Add(it);
        }
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref live.Value) == Bridges, Guard.Timeout));
        GC.KeepAlive(bridges);
    }

    // Pushes forever inside Subscribe, never looking at disposal: only an exception from OnNext can stop it.
    private static ManualObservable<int> InfiniteSynchronous(StrongBox<int> live) => new(o =>
    {
        Interlocked.Increment(ref live.Value);
        try
        {
            for (int i = 0; ; i++) o.OnNext(i);
        }
        finally
        {
            Interlocked.Decrement(ref live.Value);
        }
    });
}
