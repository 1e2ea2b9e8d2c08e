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

    [Fact]
    public void Stages_with_three_inputs_show_the_extra_inputs_separated_by_commas()
    {
        var zipped = Streams.Pull.Range(0, 2).Zip(Streams.Pull.Range(0, 3), Streams.Pull.Range(0, 4), (a, b, c) => a + b + c);
        Assert.Equal("Range(0, 2).Zip3(Range(0, 3), Range(0, 4))", zipped.ToString());
        var nested = Streams.Pull.Range(0, 2).Zip(zipped, Streams.Pull.Range(0, 5).Map(x => x), (a, b, c) => a + b + c);
        Assert.Equal("Range(0, 2).Zip3(Range(0, 2).Zip3(Range(0, 3), Range(0, 4)), Range(0, 5).Map())",
            nested.ToString());
    }

    [Fact]
    public void A_pipeline_as_deep_as_the_rendering_limit_shows_every_stage()
    {
        Assert.Equal("Range(0, 3)" + Stages(64), InspectStages(64).ToString());
    }

    [Fact]
    public void A_pipeline_deeper_than_the_rendering_limit_shows_its_outer_stages_after_an_ellipsis()
    {
        // The renderer stops 64 levels below the outermost stage: the 65 outermost stages, then an ellipsis for the
        // rest, whatever the depth (a pipeline built in a loop can be 100,000 stages deep).
        Assert.Equal("…" + Stages(65), InspectStages(65).ToString());
        Assert.Equal("…" + Stages(65), InspectStages(1_000).ToString());
    }

    // Inspect stages: one class per stage, never fused with its neighbours.
    private static Iter<int> InspectStages(int count)
    {
        var it = Streams.Pull.Range(0, 3);
        for (int i = 0; i < count; i++) it = it.Inspect(_ => { });
        return it;
    }

    private static string Stages(int count) => string.Concat(Enumerable.Repeat(".Inspect()", count));
}
