using System.Text.RegularExpressions;
using Xunit;

namespace Streams.Generators.Tests.Vector;

/// <summary>
/// Law: a vectorised loop over a counter (<c>Range</c>, <c>CountFrom</c>, <c>Positives</c>) or through Take/Skip is
/// observably the scalar fused loop and the library. For every shape of <see cref="VectorShapes.Counters"/> and every
/// input of <see cref="VectorCounterInputs.All"/> (counters that pass MaxValue in every lane and in the tail, steps
/// that wrap, Take and Skip counts around the vector widths, beyond the length, zero and negative), the three builds
/// give the same value or the same exception type and message. Planted bugs in copies of the generated code (never a
/// switch in the product) fail the same table.
/// </summary>
public partial class VectorEquivalenceTests
{
    private static readonly List<VectorCounterInputs> CounterInputs = VectorCounterInputs.All().ToList();

    public static TheoryData<string> CounterShapeNames => new(VectorShapes.Counters.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(CounterShapeNames))]
    public void Counter_and_take_skip_paths_agree(string shape)
    {
        var failures = new List<string>();
        bool vectorised = VectorShapes.CountersVectorised.Any(s => s.Name == shape);
        foreach (var input in CounterInputs)
        {
            var runtime = builds.Scalar.Run("RuntimeCounters", shape, input.Arguments());
            var scalar = builds.Scalar.Run("FusedCounters", shape, input.Arguments());
            var vector = builds.Vectorised.Run("FusedCounters", shape, input.Arguments());
            if (vector != scalar || (vectorised && scalar != runtime))
            {
                failures.Add($"vectorised `{vector}`, scalar `{scalar}`, runtime `{runtime}` on {input}");
            }
        }
        Assert.True(failures.Count == 0, $"{shape}: {failures.Count} of {CounterInputs.Count} inputs differ:\n" + string.Join("\n", failures.Take(5)));
    }

    [Fact]
    public void The_counter_inputs_pass_the_maximum_in_the_vector_blocks_and_reach_the_exceptions()
    {
        // Guards the table: a counter of width-many Takes that passes int.MaxValue inside its first blocks, and the
        // eager exceptions and the checked sums' overflow on a part of it only.
        int w = System.Numerics.Vector<int>.Count;
        Assert.Contains(CounterInputs, i => i.S == 1 && i.A == int.MaxValue - 1 && i.N == 3 * w + 1);
        Assert.Contains(CounterInputs, i => i.S == 1 && i.A == int.MaxValue - w - 1 && i.N >= 2 * w + 2);
        var results = CounterInputs.Select(i => builds.Vectorised.Run("FusedCounters", "CounterTakeSum", i.Arguments())).ToList();
        Assert.Contains(results, r => r.StartsWith("threw OverflowException", StringComparison.Ordinal));
        Assert.Contains(results, r => r.StartsWith("threw ArgumentOutOfRangeException", StringComparison.Ordinal));
        Assert.Contains(results, r => r.StartsWith("Int32 ", StringComparison.Ordinal));
        var skipped = CounterInputs.Select(i => builds.Vectorised.Run("FusedCounters", "ArraySkipSum", i.Arguments())).ToList();
        Assert.Contains(skipped, r => r.StartsWith("threw OverflowException", StringComparison.Ordinal));
        Assert.Contains(skipped, r => r.StartsWith("Int64 ", StringComparison.Ordinal) && r != "Int64 0");
    }

    /// <summary>Planted bugs in the counter and Take/Skip loops: a regular expression and its replacement, applied to a
    /// copy of the generated code, and the shape whose rows must catch it.</summary>
    public static TheoryData<string, string, string, string> CounterPlantedBugs => new()
    {
        // The counter's first lane one step on: every lane off by one.
        { "counter lane off by one", @"CreateSequence\(unchecked\(start \+ ", "CreateSequence(unchecked(start + 1 + ", "CounterTakeWrappingSum" },
        // Skip applied twice in the window: the vector loop starts 2k positions in.
        { "Skip applied twice", @"lo = (sink\.N\d+) >= lim - lo \? lim : lo \+ \1;", "$0 lo = $1 >= lim - lo ? lim : lo + $1;", "ArraySkipSum" },
        // The Take count not handed on to the scalar loop: it takes the vector loop's elements again.
        { "Take not counted down", @"sink\.N\d+ -= c;", "", "CounterTakeSkipMax" },
        // The range's remaining length not shortened: the scalar tail runs past the range's end.
        { "range tail past the end", @"remaining -= \(ulong\)i0;", "", "RangeStepSum" },
        // Zip's index handed on without the Skip before it: the scalar tail pairs with the wrong elements.
        // A Take after a Filter whose count the blocks do not bring down: more elements than it lets through.
        { "counted Take not counted down", @"q(\d+) \+= r\1;", "", "FilterThenTake" },
        { "Zip index without the Skip", @"sink\.ZJ(\d+) = \(int\)c;", "sink.ZJ$1 = (int)e;", "ArraySkipZipSum" },
    };

    [Theory]
    [MemberData(nameof(CounterPlantedBugs))]
    public void A_planted_counter_bug_is_caught(string bug, string pattern, string replace, string shape)
    {
        int planted = 0;
        var regex = new Regex(pattern);
        using var buggy = VectorBuild.Create(vectorize: true, text =>
        {
            if (!regex.IsMatch(text)) return text;
            planted++;
            return regex.Replace(text, replace);
        });
        Assert.True(planted > 0, $"{bug}: nothing to plant into");
        int caught = CounterInputs.Count(input =>
            buggy.Run("FusedCounters", shape, input.Arguments()) != builds.Scalar.Run("RuntimeCounters", shape, input.Arguments()));
        Assert.True(caught > 0, $"{bug}: the table did not catch it on {shape}");
    }
}
