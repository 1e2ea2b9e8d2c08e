using Xunit;

namespace Streams.Tests.PullTests.Operators;

// Zip over two arrays folds with one indexed loop; stopping and resuming it must give what the pull path gives.
public class ZipArraysTests
{
    [Theory]
    [InlineData(5, 3)]
    [InlineData(3, 5)]
    [InlineData(4, 4)]
    [InlineData(0, 3)]
    public void Fold_over_arrays_stopped_at_every_point_matches_the_pull_path(int leftLength, int rightLength)
    {
        Iter<long> Zip() => Streams.Pull.From(Enumerable.Range(0, leftLength).Select(x => (long)x).ToArray())
            .Zip(Streams.Pull.From(Enumerable.Range(100, rightLength).Select(x => (long)x).ToArray()), (a, b) => a * 1000 + b);
        var pulled = new List<long>();
        var reference = Zip();
        while (reference.TryNext(out var z)) pulled.Add(z);
        for (int stopAfter = 0; stopAfter <= pulled.Count; stopAfter++)
        {
            var zip = Zip();
            var head = zip.ByRef().Take(stopAfter).ToList(); // a fold that stops after stopAfter elements
            var rest = new List<long>();
            while (zip.TryNext(out var z)) rest.Add(z);        // then the pull path resumes
            Assert.Equal(pulled, head.Concat(rest));
        }
    }

    [Fact]
    public void Fold_over_arrays_stopped_early_resumes_where_it_stopped()
    {
        var zip = Streams.Pull.Of(1L, 2L, 3L, 4L).Zip(Streams.Pull.Of(10L, 20L, 30L, 40L), (a, b) => a + b);
        Assert.Equal(22, zip.First(x => x > 11));
        Assert.Equal([33, 44], zip.ToList());
    }
}
