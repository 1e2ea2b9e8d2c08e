using FsCheck;
using FsCheck.Fluent;
using Xunit;
using static Streams.Generators.Tests.Equivalence.IteratorConsumers;

namespace Streams.Generators.Tests.Equivalence;

/// <summary>
/// Law: a chain the generator turns into one iterator is observably the library's chain, whoever consumes it. For
/// every shape in IteratorShapes.cs, every consumer (foreach to the end, foreach with a break and then the user's own
/// pulls of the source, TryNext/Next interleaved, Dispose midway, library and fused terminals over it) and generated
/// inputs (elements, counts, a threshold, a fault position in the user-held source), both sides log the same elements,
/// exceptions, finished states and probe pulls, releases and positions.
/// </summary>
public class IteratorEquivalenceTests
{
    public static IEnumerable<object[]> Cases =>
        from shape in Shapes
        from consumer in Enum.GetValues<Consumer>()
        select new object[] { shape.Name, consumer.ToString() };

    private static Arbitrary<(int[] Items, int ThrowAt, ShapeArgs Args)> Inputs =>
        (from items in Gen.Choose(-4, 30).ArrayOf().Select(a => a.Take(25).ToArray())
         from throwAt in Gen.Frequency((3, Gen.Constant(-1)), (1, Gen.Choose(0, 12)))
         from n in Gen.Frequency((4, Gen.Choose(0, 12)), (1, Gen.Choose(-2, -1)))
         from k in Gen.Choose(0, 8)
         from m in Gen.Choose(-3, 30)
         select (items, throwAt, new ShapeArgs(items, n, k, m))).ToArbitrary();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_iterator_and_library_chain_are_observably_equal(string shape, string consumerName)
    {
        var consumer = Enum.Parse<Consumer>(consumerName);
        var (_, fused, runtime) = Shapes.Single(s => s.Name == shape);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150).WithQuietOnSuccess(true), Prop.ForAll(Inputs, input =>
        {
            var (items, throwAt, args) = input;
            var want = Observe(runtime, consumer, items, throwAt, new ShapeArgs(args.Xs, args.N, args.K, args.M));
            var got = Observe(fused, consumer, items, throwAt, new ShapeArgs(args.Xs, args.N, args.K, args.M));
            return (got == want).Label($"{shape}/{consumer}: fused `{got}` vs runtime `{want}`");
        }));
    }

    [Fact]
    public void The_fused_side_really_is_generated()
    {
        // Guards the table itself: if the generator stopped taking these chains, both sides would be the library's.
        var args = new ShapeArgs([1, 2, 3], 2, 1, 5);
        foreach (var (name, fused, runtime) in Shapes)
        {
            var generated = fused(new Probe([1, 2, 3]), args);
            var library = runtime(new Probe([1, 2, 3]), args);
            Assert.StartsWith("Streams.Generated", generated.GetType().FullName, StringComparison.Ordinal);
            Assert.StartsWith("fused: ", generated.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("Generated", library.GetType().FullName!, StringComparison.Ordinal);
            _ = name;
        }
    }

    [Fact]
    public void Every_shape_has_a_textually_identical_runtime_twin()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sources", "IteratorShapes.cs.txt"));
        string Body(string cls)
        {
            int start = text.IndexOf($"static class {cls}", StringComparison.Ordinal);
            int open = text.IndexOf('{', start);
            int close = text.IndexOf("\n}", open, StringComparison.Ordinal);
            return text.Substring(open, close - open);
        }
        Assert.Equal(Body("FusedIteratorShapes"), Body("RuntimeIteratorShapes"));
        Assert.Equal(Shapes.Count, typeof(RuntimeIteratorShapes).GetMethods().Count(m => m.IsStatic));
    }
}
