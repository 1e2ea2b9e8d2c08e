using Xunit;

namespace Streams.Generators.Tests.Analyzers;

/// <summary>What STRM003 warns about, run: a helper typed <c>IEnumerable&lt;int&gt;</c> that enumerates its parameter
/// twice is right for a list and wrong for an Iter, which is one pass.</summary>
public class OnePassTrapTests
{
    private static string Describe(IEnumerable<int> xs) => xs.Any() ? $"first={xs.First()} count={xs.Count()}" : "empty";

    private static List<int> Items(IEnumerable<int> items)
    {
        var seen = new List<int>();
        if (items.Any())
        {
            foreach (var s in items) seen.Add(s);
        }
        return seen;
    }

    [Fact]
    public void A_helper_that_enumerates_twice_is_right_for_a_list_and_wrong_for_an_iter()
    {
        Assert.Equal("first=0 count=5", Describe(Enumerable.Range(0, 5).ToList()));
#pragma warning disable STRM003 // the trap itself, run to show what the diagnostic prevents
        Assert.Equal("first=1 count=3", Describe(Pull.Range(0, 5)));
        Assert.Equal([1, 2, 3, 4], Items(Pull.Range(0, 5)));
#pragma warning restore STRM003
        Assert.Equal([0, 1, 2, 3, 4], Items(Pull.Range(0, 5).ToList()));
    }
}
