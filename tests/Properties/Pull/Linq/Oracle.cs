using System.Collections;
using Xunit;

namespace Streams.Tests.PullTests.Linq;

/// <summary>LINQ as the oracle: the same call through System.Linq (over a one-pass sequence, so no list fast paths) and
/// through Streams must give the same elements, or the same exception type (Streams' IteratorExhaustedException counts
/// as LINQ's InvalidOperationException, of which it is a subclass) naming the same parameter. LINQ's side is read by
/// foreach, not by its ToList fast paths, which may skip user code (a one-element OrderBy calls no key selector).</summary>
internal static class Oracle
{
    /// <summary>A key that throws <see cref="Boom"/> for one value: the differential checks run user-code exceptions too.</summary>
    public static Func<int, int> KeyThrowingAt(int bad) => x => x == bad ? throw new Boom() : OpArgsMod(x, 3);

    public static int OpArgsMod(int x, int m) => ((x % m) + m) % m;

    public static void Same<TExpected, TActual>(int[]? input, Func<IEnumerable<int>, TExpected> linq, Func<Iter<int>, TActual> streams)
    {
        input ??= [];
        var expected = Run(() => linq(OnePass(input)));
        var actual = Run(() => streams(Streams.Pull.From(input)));
        if (expected.Error is { } e && actual.Error is { } a)
        {
            Assert.True(a.GetType() == e.GetType() || (e.GetType() == typeof(InvalidOperationException) && a is IteratorExhaustedException),
                $"LINQ threw {e.GetType().Name}, Streams threw {a.GetType().Name}: {a.Message}");
            Assert.Equal((e as ArgumentException)?.ParamName, (a as ArgumentException)?.ParamName);
            return;
        }
        Assert.Equal(expected.Error?.GetType().Name ?? expected.Text, actual.Error?.GetType().Name ?? actual.Text);
    }

    private static IEnumerable<int> OnePass(int[] input)
    {
        foreach (var x in input) yield return x;
    }

    // Materialises inside the try, so an exception a lazy result raises while being read is caught like an eager one.
    private static (string? Text, Exception? Error) Run<T>(Func<T> f)
    {
        try
        {
            return (Show(f()), null);
        }
        catch (Exception e)
        {
            return (null, e);
        }
    }

    public static string Show(object? x) => x switch
    {
        null => "null",
        string s => $"\"{s}\"",
        IGrouping<int, int> g => $"{g.Key}:{Show(g.ToList())}",
        ILookup<int, int> l => Show(l.Select(g => (object)g).ToList()),
        IDictionary d => "{" + string.Join(",", d.Keys.Cast<object>().Select(k => $"{Show(k)}={Show(d[k])}")) + "}",
        IEnumerable e => "[" + string.Join(",", e.Cast<object?>().Select(Show)) + "]",
        _ => x.ToString() ?? "",
    };
}

/// <summary>The exception user code throws in the differential checks.</summary>
public sealed class Boom : Exception;
