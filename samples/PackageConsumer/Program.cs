// Uses Streams only through its NuGet packages: a pipeline, interop round trips (Streams.Async, Streams.Reactive),
// and the law kit.
// .ci/package-check compares this output line by line with expected-output.txt.
using System.Reactive.Linq;
using System.Reactive.Subjects;
using System.Threading.Channels;
using Streams;
using Streams.Laws;

// 1. A lazy pipeline over an infinite source.
var squares = Pull.Positives().Filter(x => x % 2 == 0).Map(x => x * x).Take(5);
Console.WriteLine($"pipeline: {squares.JoinToString(", ")}");

// 2. Interop round trips: pull -> async -> pull, and pull -> push (Rx) -> pull through a bounded buffer.
var viaAsync = Pull.Range(1, 6).ToAsyncEnumerable().ToIter().ToList();
Console.WriteLine($"async round trip: {string.Join(", ", viaAsync)}");
using (var viaRx = Pull.Range(1, 6).ToObservable().Select(x => x * 10).ToIter(capacity: 2, OverflowPolicy.Block))
{
    Console.WriteLine($"rx round trip: {viaRx.JoinToString(", ")}");
}
// pull -> bounded channel (a producer with backpressure) -> pull; a hot Subject subscribed at once.
var channel = Channel.CreateBounded<int>(2);
var producer = Pull.From(new[] { 1, 2, 3, 4, 5 }).WriteToAsync(channel.Writer);
Console.WriteLine($"channel round trip: {string.Join(", ", channel.ToIter().ToList())}");
producer.Wait();
var subject = new Subject<int>();
using (var hot = subject.ToIter(8, OverflowPolicy.Block, SubscribeAt.Now))
{
    subject.OnNext(1);
    subject.OnNext(2);
    subject.OnCompleted();
    Console.WriteLine($"hot subject: {string.Join(", ", hot.ToList())}");
}

// 3. The law kit on a user-written iterator and on an infinite built-in one.
var letters = IteratorLaws.Check(() => new LetterIter('a', 'f'));
Console.WriteLine($"laws on LetterIter: {letters.Checked.Count} held, ended={letters.ReachedEnd}");
var positives = IteratorLaws.Check(() => Pull.Positives());
Console.WriteLine($"laws on Positives: {positives.Checked.Count} held, ended={positives.ReachedEnd}");
try
{
    IteratorLaws.CheckEnumerator(() => new Resurrecting());
    Console.WriteLine("law kit missed a broken enumerator");
}
catch (LawViolationException e)
{
    Console.WriteLine($"law kit caught: {e.Law}");
}
// 4. Compile-time fusion (docs/fusion.md): the package's generator runs this expression as one loop, with no setup.
Console.WriteLine($"fused: {Pull.Positives().Map(x => x * x).Filter(x => x % 2 == 1).Take(5).Sum()}");
Console.WriteLine("package consumer: OK");

// A custom iterator written against the package: one method to override.
internal sealed class LetterIter(char start, char end) : Iter<char>
{
    private char _c = start;
    protected override bool TryAdvance(out char item)
    {
        if (_c >= end) { item = default; return false; }
        item = _c++;
        return true;
    }
}

// Breaks "exhausted stays exhausted": after saying end once it produces again.
internal sealed class Resurrecting : IEnumerator<int>
{
    private int _i;
    public int Current { get; private set; }
    object System.Collections.IEnumerator.Current => Current;
    public bool MoveNext()
    {
        _i++;
        if (_i == 3) return false;
        Current = _i;
        return true;
    }
    public void Reset() { }
    public void Dispose() { }
}
