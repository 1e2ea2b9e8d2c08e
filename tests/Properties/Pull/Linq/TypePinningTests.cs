using Xunit;

namespace Streams.Tests.PullTests.Linq;

/// <summary>
/// Compile-time pins: each line states the type a LINQ-named call on an Iter receiver must have. Were a call to bind to
/// System.Linq instead, its IEnumerable result would not convert to Iter and this file would not compile; the
/// analyzer tests also check that no call here binds to System.Linq.Enumerable (STRM002), which covers the terminals
/// whose result types are the same either way.
/// </summary>
public class TypePinningTests
{
    private static Iter<int> It() => Streams.Pull.Of(3, 1, 2, 1);

    private static Iter<int> Other() => Streams.Pull.Of(1, 5);

    public static IReadOnlyList<object> Pinned()
    {
        var list = new List<int> { 1, 5 };
        // ---- sequences ----
        Iter<int> append = It().Append(4), prepend = It().Prepend(0), concat = It().Concat(list), concatIter = It().Concat(Other());
        Iter<int> defaulted = It().DefaultIfEmpty(7), defaultedPlain = It().DefaultIfEmpty();
        Iter<int> selectIndexed = It().Select((x, i) => x + i), whereIndexed = It().Where((x, i) => i > 0);
        Iter<int> takeWhileIndexed = It().TakeWhile((x, i) => i < 2), skipWhile = It().SkipWhile(x => x > 2);
        Iter<int> skipWhileIndexed = It().SkipWhile((x, i) => i < 1);
        Iter<(int Index, int Item)> index = It().Index();
        Iter<int> selectMany = It().SelectMany(x => list), selectManyIndexed = It().SelectMany((x, i) => list);
        Iter<int> selectManyResult = It().SelectMany(x => list, (x, y) => x * y);
        Iter<int> selectManyIndexedResult = It().SelectMany((x, i) => list, (x, y) => x * y);
        Iter<int> takeRange = It().Take(1..^1), takeLast = It().TakeLast(2), skipLast = It().SkipLast(1);
        Iter<int[]> chunk = It().Chunk(2);
        Iter<int> distinct = It().Distinct(), distinctBy = It().DistinctBy(x => x % 2);
        Iter<int> except = It().Except(list), exceptBy = It().ExceptBy(list, x => x), intersect = It().Intersect(list);
        Iter<int> intersectBy = It().IntersectBy(list, x => x), union = It().Union(list), unionBy = It().UnionBy(list, x => x);
        OrderedIter<int> order = It().Order(), orderDescending = It().OrderDescending(), orderBy = It().OrderBy(x => -x);
        OrderedIter<int> orderByDescending = It().OrderByDescending(x => x), thenBy = It().OrderBy(x => x % 2).ThenBy(x => x);
        OrderedIter<int> thenByDescending = It().OrderBy(x => x % 2).ThenByDescending(x => x);
        Iter<int> reverse = It().Reverse(), shuffle = It().Shuffle();
        Iter<IGrouping<int, int>> groupBy = It().GroupBy(x => x % 2);
        Iter<int> groupByResult = It().GroupBy(x => x % 2, (k, g) => k);
        Iter<int> join = It().Join(list, x => x, y => y, (x, y) => x + y);
        Iter<int> groupJoin = It().GroupJoin(list, x => x, y => y, (x, ys) => x);
        Iter<int> leftJoin = It().LeftJoin(list, x => x, y => y, (x, y) => x + y);
        Iter<int> rightJoin = It().RightJoin(list, x => x, y => y, (x, y) => x + y);
        Iter<KeyValuePair<int, int>> aggregateBy = It().AggregateBy(x => x % 2, 0, (a, x) => a + x);
        Iter<KeyValuePair<int, int>> countBy = It().CountBy(x => x % 2);
        Iter<(int First, int Second)> zip = It().Zip(list);
        Iter<int> zipSelector = It().Zip(list, (x, y) => x + y), zip3 = It().Zip(Other(), Other(), (x, y, z) => x + y + z);
        Iter<(int First, int Second, int Third)> zipTriple = It().Zip(list, list);
        Iter<object> cast = It().Cast<object>();
        Iter<int> ofType = It().Map(x => (object)x).OfType<int>();
        IEnumerable<int> asEnumerable = It().AsEnumerable();
        // ---- Python staples ----
        Iter<int> uniqueJustSeen = It().UniqueJustSeen(), uniqueJustSeenBy = It().UniqueJustSeenBy(x => x % 2);
        Iter<(int Key, List<int> Items)> runs = It().GroupAdjacentLists(x => x % 2);
        Iter<int> deferred = Streams.Pull.Defer(It), interleaved = It().Interleave(Other());
        Iter<(int First, int Second)> zipLongest = It().ZipLongest(Other(), 0);
        // ---- terminals: results typed as LINQ types them ----
        int count = It().Count(x => x > 1);
        long longCount = It().LongCount(), longCountIf = It().LongCount(x => x > 1);
        bool any = It().Any(), contains = It().Contains(2, EqualityComparer<int>.Default), same = It().SequenceEqual(list);
        int aggregate = It().Aggregate((a, x) => a + x), elementAt = It().ElementAt(1), elementAtEnd = It().ElementAt(^1);
        int firstOrDefault = It().FirstOrDefault(), lastMatch = It().Last(x => x > 0), single = Streams.Pull.Of(1).Single();
        string aggregateResult = It().Aggregate(0, (a, x) => a + x, a => a.ToString());
        Dictionary<int, int> dictionary = It().Distinct().ToDictionary(x => x);
        HashSet<int> set = It().ToHashSet();
        ILookup<int, int> lookup = It().ToLookup(x => x % 2);
        bool known = It().TryGetNonEnumeratedCount(out int knownCount);
        return
        [
            append, prepend, concat, concatIter, defaulted, defaultedPlain, selectIndexed, whereIndexed, takeWhileIndexed,
            skipWhile, skipWhileIndexed, index, selectMany, selectManyIndexed, selectManyResult, selectManyIndexedResult,
            takeRange, takeLast, skipLast, chunk, distinct, distinctBy, except, exceptBy, intersect, intersectBy, union,
            unionBy, order, orderDescending, orderBy, orderByDescending, thenBy, thenByDescending, reverse, shuffle, groupBy,
            groupByResult, join, groupJoin, leftJoin, rightJoin, aggregateBy, countBy, zip, zipSelector, zip3, zipTriple,
            cast, ofType, asEnumerable, uniqueJustSeen, uniqueJustSeenBy, runs, deferred, interleaved, zipLongest,
            count, longCount, longCountIf, any, contains, same, aggregate, elementAt, elementAtEnd, firstOrDefault,
            lastMatch, single, aggregateResult, dictionary, set, lookup, known, knownCount,
        ];
    }

    [Fact]
    public void Every_pinned_sequence_is_a_streams_iterator()
    {
        var sequences = Pinned().Where(x => x is System.Collections.IEnumerable and not string and not System.Collections.IDictionary
            and not HashSet<int> and not ILookup<int, int>).ToList();
        Assert.Equal(57, sequences.Count); // every line above `count`
        Assert.All(sequences, s => Assert.IsAssignableFrom<System.Collections.IEnumerable>(s));
        Assert.All(sequences, s => Assert.True(s.GetType().Namespace == "Streams", $"{s.GetType()} is not a Streams iterator"));
    }
}
