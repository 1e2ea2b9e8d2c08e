using System.Reactive.Linq;
using System.Reactive.Subjects;

namespace Streams.Samples.Bridges;

/// <summary>IObservable (System.Reactive) and pull iterators, both ways (package Streams.Reactive).</summary>
public static class RxSample
{
    public static void Run()
    {
        Console.WriteLine("== Rx: push -> pull through a bounded buffer");

        // A cold source: every subscription starts it afresh, so subscribing at the first pull (the default) loses nothing.
        using (var squares = Observable.Range(1, 5).Select(x => x * x).ToIter(capacity: 16, OverflowPolicy.Block))
        {
            Console.WriteLine($"cold Range(1, 5) squared, summed by pulling: {squares.Sum()}");
        }

        // A hot source: a Subject pushes whether anyone listens or not. Subscribing at the first pull misses what came
        // before; SubscribeAt.Now subscribes inside ToIter, before the pushes.
        var late = new Subject<int>();
        var atFirstPull = late.ToIter(16, OverflowPolicy.Block); // SubscribeAt.FirstPull
        late.OnNext(1); late.OnNext(2); late.OnNext(3); late.OnCompleted();
        Console.WriteLine($"hot Subject, SubscribeAt.FirstPull: sum = {atFirstPull.Sum()} (the pushes came before the subscription)");

        var early = new Subject<int>();
        using var atOnce = early.ToIter(16, OverflowPolicy.Block, SubscribeAt.Now);
        early.OnNext(1); early.OnNext(2); early.OnNext(3); early.OnCompleted();
        Console.WriteLine($"hot Subject, SubscribeAt.Now:       sum = {atOnce.Sum()}");

        // Overflow policies: a burst of ten into a buffer of three nobody is pulling yet.
        var burst = new Subject<int>();
        using var newest = burst.ToIter(3, OverflowPolicy.DropOldest, SubscribeAt.Now);
        for (int i = 1; i <= 10; i++) burst.OnNext(i);
        burst.OnCompleted();
        Console.WriteLine($"burst of 1..10 into capacity 3, DropOldest keeps: {string.Join(", ", newest.ToList())}");

        Console.WriteLine("== Rx: pull -> push");
        var seen = new List<long>();
        Pull.Positives().ToObservable().Take(3).Subscribe(seen.Add); // an infinite iterator; Take unsubscribes
        Console.WriteLine($"Positives().ToObservable().Take(3): {string.Join(", ", seen)}");
    }
}
