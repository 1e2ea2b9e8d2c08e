using Streams.Samples;
using Xunit;

namespace Streams.Tests.PullTests.Core;

public class PipelineShapeTests
{
    [Fact]
    public void ToString_shows_the_pipeline_shape_and_pulls_nothing()
    {
        var probe = new Doubles.InfiniteProbe();
        var it = probe.Map(x => x * x).Take(10);
        Assert.Equal("InfiniteProbe().Map().Take()", it.ToString()); // a user type keeps its full name
        Assert.Equal(0, probe.Pulls);
        Assert.Equal("Positives().Filter().Map().Take()",
            Streams.Pull.Positives().Filter(x => x % 2 == 0).Map(x => x * x).Take(10).ToString());
    }

    [Fact]
    public void Multi_input_stages_show_their_inputs_as_arguments()
    {
        var zipped = Streams.Pull.Range(0, 3).Zip(new LetterIter('a', 'e'), (n, c) => $"{n}{c}");
        Assert.Equal("Range(0, 3).Zip(LetterIter())", zipped.ToString());
        Assert.Equal("From(Int64[3]).Filter().Map()", Streams.Pull.Of(1L, 2L, 3L).Filter(x => x > 1).Map(x => x).ToString());
    }
}
