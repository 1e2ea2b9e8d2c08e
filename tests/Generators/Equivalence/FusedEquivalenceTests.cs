using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Streams.Generators.Tests.Equivalence;

/// <summary>
/// Law: a fused pipeline is observably the library's pipeline. For every shape in the table and generated inputs
/// (elements, counts, a threshold, a fault position in the user-held source), the fused and runtime paths give the
/// same result or the same exception (type, parameter, message), and leave the user-held source with the same
/// pulls, releases, position and finished state.
/// </summary>
public class FusedEquivalenceTests
{
    public static IEnumerable<object[]> ShapeNames => ShapeTable.All.Select(s => new object[] { s.Name });

    private static Arbitrary<(int[] Items, int ThrowAt, ShapeArgs Args)> Inputs =>
        (from items in Gen.Choose(-4, 30).ArrayOf().Select(a => a.Take(25).ToArray())
         from throwAt in Gen.Frequency((3, Gen.Constant(-1)), (1, Gen.Choose(0, 12)))
         from n in Gen.Frequency((4, Gen.Choose(0, 12)), (1, Gen.Choose(-2, -1)))
         from k in Gen.Choose(0, 8)
         from m in Gen.Choose(-3, 30)
         select (items, throwAt, new ShapeArgs(items, n, k, m))).ToArbitrary();

    [Theory]
    [MemberData(nameof(ShapeNames))]
    public void Fused_and_runtime_paths_are_observably_equal(string shape)
    {
        var (_, fused, runtime) = ShapeTable.All.Single(s => s.Name == shape);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true), Prop.ForAll(Inputs, input =>
        {
            var (items, throwAt, args) = input;
            // Each side gets its own arguments (the log of side effects is per side).
            var want = ShapeTable.Observe(runtime, items, throwAt, new ShapeArgs(args.Xs, args.N, args.K, args.M));
            var got = ShapeTable.Observe(fused, items, throwAt, new ShapeArgs(args.Xs, args.N, args.K, args.M));
            return (got == want).Label($"{shape}: fused `{got}` vs runtime `{want}`");
        }));
    }

    [Theory]
    [MemberData(nameof(ShapeNames))]
    public void The_fused_side_really_is_generated(string shape)
    {
        // Guards the table itself: a shape the generator does not take would compare the library with itself.
        Assert.True(ShapeInterception.IsIntercepted(nameof(FusedShapes), shape), $"{shape} is not fused");
        Assert.False(ShapeInterception.IsIntercepted(nameof(RuntimeShapes), shape), $"{shape}'s runtime twin is fused");
    }

    [Fact]
    public void Every_shape_has_a_textually_identical_runtime_twin()
    {
        // The build copies Shapes.cs beside the test assembly: a CI build maps source paths to /_/ in CallerFilePath.
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sources", "Shapes.cs.txt"));
        string Body(string cls)
        {
            int start = text.IndexOf($"static class {cls}", StringComparison.Ordinal);
            int open = text.IndexOf('{', start);
            int close = text.IndexOf("\n}", open, StringComparison.Ordinal);
            return text.Substring(open, close - open);
        }
        Assert.Equal(Body("FusedShapes"), Body("RuntimeShapes"));
        Assert.Equal(ShapeTable.All.Count, typeof(RuntimeShapes).GetMethods().Count(m => m.IsStatic));
    }
}
