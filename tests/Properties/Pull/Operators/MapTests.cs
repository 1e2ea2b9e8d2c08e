using Xunit;

namespace Streams.Tests.PullTests.Operators;

/// <summary>Map's behaviour beyond the law table (whose rows include the fused Map then Map): a fused pair still
/// reads through its source's own position, and names both stages.</summary>
public class MapTests
{
    [Fact]
    public void A_fused_map_pair_shares_its_source_like_two_stages()
    {
        var source = Streams.Pull.Range(0, 10);
        var twice = source.Map(x => x + 1).Map(x => x * 10);
        Assert.Equal(10, twice.Next());   // consumed 0
        Assert.Equal(1, source.Next());   // the source goes on after 0
        Assert.Equal(30, twice.Next());   // consumed 2
        Assert.Equal("Range(0, 10).Map().Map()", twice.ToString());
    }
}
