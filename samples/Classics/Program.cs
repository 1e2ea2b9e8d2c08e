using Streams;
using Streams.Laws;
using Streams.Samples;

// The seed classics, each printing what Python's iterator protocol would print.

Section("LetterIter('a', 'e'): a, b, c, d, then the end on every further call");
var letters = new LetterIter('a', 'e');
foreach (var c in letters) Console.Write($"{c} ");
Console.WriteLine();
Console.WriteLine($"next(letters, '?') = {letters.Next('?')}; again = {letters.Next('?')}");
try
{
    letters.Next();
}
catch (IteratorExhaustedException e)
{
    Console.WriteLine($"next(letters) raised: {e.Message}");
}

Section("Positives: an infinite iterator, 1, 2, 3");
var positives = new PositivesIter();
Console.WriteLine($"{positives.Next()}, {positives.Next()}, {positives.Next()}");

Section("A for loop written by hand from TryNext");
var it = new LetterIter('a', 'e');
while (it.TryNext(out var letter))
{
    Console.Write($"{letter} ");
}
Console.WriteLine("(end)");

Section("Empty the second time: an iterator is consumed by iterating it");
var once = Pull.Range(1, 4);
Console.WriteLine($"first pass:  [{string.Join(", ", once.ToList())}]");
Console.WriteLine($"second pass: [{string.Join(", ", once.ToList())}]");

Section("'in' consumes: 3 in it, then next(it)");
var numbers = Pull.Positives();
Console.WriteLine($"3 in it -> {numbers.Contains(3)}; next(it) -> {numbers.Next()}");

Section("Break out of a loop, keep the rest (islice, then keep going)");
var counter = Pull.Positives();
var head = counter.ByRef().Take(3).ToList();
Console.WriteLine($"head = [{string.Join(", ", head)}]; next = {counter.Next()}");

Section("__getitem__-style iteration: index 0, 1, 2, ... until the indexer says out of range");
string[] planets = ["Mercury", "Venus", "Earth"];
Console.WriteLine(Pull.FromIndexer(i => planets[i]).JoinToString(" -> "));

Section("Check your own iterators against the laws, in one call");
Console.WriteLine($"LetterIter: {IteratorLaws.Check(() => new LetterIter('a', 'e'))}");
Console.WriteLine($"Positives:  {IteratorLaws.Check(() => new PositivesIter())}");

Section("Pipelines and LINQ-style composition");
Console.WriteLine(Pull.Positives().Filter(x => x % 2 == 0).Map(x => x * x).Take(5).JoinToString(", "));
var query = from x in Pull.Positives() where x % 3 == 0 select x * 10;
Console.WriteLine($"{query} -> {query.Take(4).JoinToString(", ")}");

Section("A realistic pipeline: first 3 auth errors in an endless generated log, in constant memory");
var (errors, linesRead) = LogScan.FirstErrors("auth", 3);
foreach (var r in errors) Console.WriteLine($"  line {r.Line}: {r.Level} {r.Service} {r.Message}");
Console.WriteLine($"  lines generated and read: {linesRead}");

static void Section(string title) => Console.WriteLine($"\n== {title}");
