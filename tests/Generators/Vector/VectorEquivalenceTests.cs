using Microsoft.CodeAnalysis;
using Xunit;

namespace Streams.Generators.Tests.Vector;

/// <summary>The two builds the tests share: the shapes compiled vectorised and scalar (compiling takes seconds).</summary>
public sealed class VectorBuilds : IDisposable
{
    internal VectorBuild Vectorised { get; } = VectorBuild.Create(vectorize: true);

    internal VectorBuild Scalar { get; } = VectorBuild.Create(vectorize: false);

    public void Dispose()
    {
        Vectorised.Dispose();
        Scalar.Dispose();
    }
}

/// <summary>
/// Law: a vectorised loop is observably the scalar fused loop and the library. For every shape of
/// <see cref="VectorShapes"/> and every input of <see cref="VectorInputs.All"/> (lengths around the vector widths,
/// overflow at every position, so in every lane and in the tail, NaN, -0.0 and 0.0 for Min/Max), the vectorised build,
/// the scalar build (<c>StreamsVectorize=false</c>) and the runtime twin give the same value (floats by their bits)
/// or the same exception type and message. Planted bugs in copies of the generated code fail the same table.
/// </summary>
public partial class VectorEquivalenceTests(VectorBuilds builds) : IClassFixture<VectorBuilds>
{
    private static readonly List<VectorInputs> Inputs = VectorInputs.All().ToList();

    public static TheoryData<string> ShapeNames => new(VectorShapes.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(ShapeNames))]
    public void Vectorised_scalar_and_runtime_paths_agree(string shape)
    {
        var failures = new List<string>();
        foreach (var input in Inputs)
        {
            var runtime = builds.Scalar.Run("Runtime", shape, input);
            var scalar = builds.Scalar.Run("Fused", shape, input);
            var vector = builds.Vectorised.Run("Fused", shape, input);
            // A shape that stays scalar is compared with the scalar build only: whether the fused loop agrees with
            // the library there is FusedEquivalenceTests' business (a NaN payload of a double Sum differs today).
            bool vectorised = VectorShapes.Vectorised.Any(s => s.Name == shape);
            if (vector != scalar || (vectorised && scalar != runtime))
            {
                failures.Add($"vectorised `{vector}`, scalar `{scalar}`, runtime `{runtime}` on {input}");
            }
        }
        Assert.True(failures.Count == 0, $"{shape}: {failures.Count} of {Inputs.Count} inputs differ:\n" + string.Join("\n", failures.Take(5)));
    }

    [Fact]
    public void The_inputs_reach_every_lane_and_the_tail()
    {
        // Guards the table: overflow at every position of lengths up to 3 widths + 1, in both directions.
        int widest = System.Numerics.Vector<int>.Count;
        Assert.Contains(Inputs, i => i.Xs.Length == 3 * widest + 1);
        Assert.Contains(Inputs, i => i.Xs.Length == 0);
        var sumOverflowAt = Inputs.Where(i => i.Family.StartsWith("sum overflow up", StringComparison.Ordinal) && i.Xs.Length == 3 * widest + 1)
            .Select(i => Array.IndexOf(i.Xs, long.MaxValue - 3)).ToHashSet();
        Assert.Equal(3 * widest + 1, sumOverflowAt.Count);
        // Some inputs overflow and some do not (the checked sums throw on a part of the table only).
        var results = Inputs.Select(i => builds.Vectorised.Run("Fused", "SumMapIdentity", i)).ToList();
        Assert.Contains(results, r => r.StartsWith("threw OverflowException", StringComparison.Ordinal));
        Assert.Contains(results, r => r.StartsWith("Int64 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_vectorised_shape_says_so_and_only_those()
    {
        Assert.True(System.Numerics.Vector.IsHardwareAccelerated, "this machine runs the scalar loop only: the table would compare it with itself");
        foreach (var (name, expression) in VectorShapes.Vectorised.Concat(VectorShapes.CountersVectorised))
        {
            Assert.Contains(Messages(builds.Vectorised), m => m == $"fused, vectorised: {expression}");
            Assert.Contains(Messages(builds.Scalar), m => m == $"fused: {expression}");
            _ = name;
        }
        foreach (var (_, expression) in VectorShapes.Scalar.Skip(1).Concat(VectorShapes.CountersScalar))
        {
            Assert.Contains(Messages(builds.Vectorised), m => m == $"fused: {expression}");
        }
        Assert.DoesNotContain(GeneratedText(builds.Scalar), t => t.Contains("VectorPrefix", StringComparison.Ordinal));
        Assert.Equal(VectorShapes.Vectorised.Length + VectorShapes.CountersVectorised.Length,
            GeneratedText(builds.Vectorised).Count(t => t.Contains("VectorPrefix(", StringComparison.Ordinal)));
    }

    /// <summary>Planted bugs, each in a copy of the generated code (never a switch in the product), each caught by the
    /// table: the rows it breaks differ from the runtime.</summary>
    public static TheoryData<string, string, string, string> PlantedBugs => new()
    {
        // The scalar loop resumes one element late: the first element after the full blocks is lost.
        { "lost tail element", "for (int i = i0; i < arr.Length; i++)", "for (int i = i0 + (i0 > 0 ? 1 : 0); i < arr.Length; i++)", "SumOfSquares" },
        // Only lane 0's overflow is recorded: an overflow in any other lane is missed.
        { "missed overflow in one lane", "hi |= acc;", "if (acc[0] < 0) hi |= acc;", "SumMapIdentity" },
        // A negative element not sent back to the scalar loop: a lane overflows where the scalar order does not.
        { "lane overflow trusted with a negative element", ".LessThanAny(neg, global::System.Numerics.Vector<long>.Zero)) return 0;", ".LessThanAny(neg, global::System.Numerics.Vector<long>.Zero) && false) return 0;", "SumMapIdentity" },
        // Min's ties between lanes taken from the last lane, not the first in source order (-0.0 against 0.0).
        { "last of equal minima", "(c == 0 && o < bo)", "(c == 0 && o > bo)", "DoubleMin" },
    };

    [Theory]
    [MemberData(nameof(PlantedBugs))]
    public void A_planted_bug_is_caught(string bug, string find, string replace, string shape)
    {
        int planted = 0;
        using var buggy = VectorBuild.Create(vectorize: true, text =>
        {
            if (!text.Contains(find, StringComparison.Ordinal)) return text;
            planted++;
            return text.Replace(find, replace, StringComparison.Ordinal);
        });
        Assert.True(planted > 0, $"{bug}: nothing to plant into");
        int caught = Inputs.Count(input => buggy.Run("Fused", shape, input) != builds.Scalar.Run("Runtime", shape, input));
        Assert.True(caught > 0, $"{bug}: the table did not catch it on {shape}");
    }

    private static IEnumerable<string> Messages(VectorBuild build) =>
        build.Diagnostics.Where(d => d.Id == "STRM100").Select(d => d.GetMessage());

    private static IEnumerable<string> GeneratedText(VectorBuild build) =>
        build.Generated.SyntaxTrees.Select(t => t.GetText().ToString()).Where(t => t.Contains("InterceptsLocation", StringComparison.Ordinal));
}
