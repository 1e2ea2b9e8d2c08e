using Xunit;
using P = Streams.Pull;

namespace Streams.Tests.PullTests;

/// <summary>Cases whose expected values come from CPython. The data below is the output of
/// tests/python/oracle.py (run with python3; CI has no Python, so the output is committed here):
/// <code>
/// islice_then_next: 3
/// zip_self_6: [(0, 1), (2, 3), (4, 5)]
/// zip_self_7: [(0, 1), (2, 3), (4, 5)]
/// islice_then_rest: ([0, 1], [2, 3, 4, 5])
/// repeat_negative: []
/// takewhile_then_next: ([0, 1, 2], 4)
/// </code></summary>
public class CPythonOracleTests
{
    private static Iter<int> Range6() => P.Of(0, 1, 2, 3, 4, 5);

    [Fact]
    public void Islice_then_next_continues_where_islice_stopped()
    {
        // it = iter(range(6)); list(islice(it, 3)); next(it, -1) == 3
        var it = Range6();
        Assert.Equal([0, 1, 2], it.Take(3).ToList());
        Assert.Equal(3, it.Next(-1));
    }

    [Theory]
    [InlineData(6)]
    [InlineData(7)]
    public void Zip_of_an_iterator_with_itself_pairs_neighbours_on_the_fold_path(int n)
    {
        // list(zip(it, it)) == [(0, 1), (2, 3), (4, 5)] for range(6) and range(7)
        var it = P.From(Enumerable.Range(0, n).ToArray());
        Assert.Equal([(0, 1), (2, 3), (4, 5)], it.Zip(it).ToList());
    }

    [Theory]
    [InlineData(6)]
    [InlineData(7)]
    public void Zip_of_an_iterator_with_itself_pairs_neighbours_on_the_pull_path(int n)
    {
        var it = P.From(Enumerable.Range(0, n).ToArray());
        var pairs = new List<(int, int)>();
        foreach (var pair in it.Zip(it)) pairs.Add(pair);
        Assert.Equal([(0, 1), (2, 3), (4, 5)], pairs);
    }

    [Fact]
    public void Islice_then_list_gives_the_rest()
    {
        // it = iter(range(6)); list(islice(it, 2)) == [0, 1]; list(it) == [2, 3, 4, 5]
        var it = Range6();
        Assert.Equal([0, 1], it.Take(2).ToList());
        Assert.Equal([2, 3, 4, 5], it.ToList());
    }

    [Fact]
    public void Repeat_with_a_negative_count_is_empty()
    {
        // list(repeat('x', -1)) == []
        Assert.Empty(P.Repeat("x", -1).ToList());
    }

    [Fact]
    public void Takewhile_consumes_the_first_failing_element()
    {
        // it = iter(range(6)); list(takewhile(lambda x: x < 3, it)) == [0, 1, 2]; next(it, -1) == 4
        var it = Range6();
        Assert.Equal([0, 1, 2], it.TakeWhile(x => x < 3).ToList());
        Assert.Equal(4, it.Next(-1));
    }
}
