using Streams.Tests.Doubles;
using Xunit;
using P = Streams.Pull;

namespace Streams.Tests.PullTests;

/// <summary>docs/laws.md, release faults: when one input's release throws, every other input is still released
/// exactly once and the caller sees the exception; when a pull throws and a release throws too, the caller sees the
/// original exception with the release exception in <c>Data[Pull.ReleaseExceptionKey]</c>.</summary>
public class ReleaseFaultTests
{
    // Builds the inputs of one operator; input number `faulty` is a FaultyRelease, the others are probes.
    private sealed class Inputs(int faulty, int throwAt = -1)
    {
        private readonly List<Func<int>> _releases = [];
        private int _made;

        public Iter<T> Make<T>(params T[] items)
        {
            if (_made++ == faulty)
            {
                var f = new FaultyRelease<T>(items, throwAt);
                _releases.Add(() => f.Releases);
                return f;
            }
            var p = new Probe<T>(items);
            _releases.Add(() => p.Releases);
            return p;
        }

        public int Count => _made;

        public IEnumerable<int> Releases => _releases.Select(r => r());
    }

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var (name, count) in new[] { ("Chain", 3), ("Compress", 2), ("FlatMap", 2), ("SelectMany", 2), ("Zip", 2), ("Interleave", 3) })
            for (int i = 0; i < count; i++) data.Add(name, i);
        return data;
    }

    public static TheoryData<string> Names() => new("Chain", "Compress", "FlatMap", "SelectMany", "Zip", "Interleave");

    private static Iter<int> Build(string name, Inputs inputs)
    {
        switch (name)
        {
            case "Chain": return inputs.Make(1, 2, 3).Chain(inputs.Make(4, 5), inputs.Make(6));
            case "Compress": return inputs.Make(1, 2, 3).Compress(inputs.Make(true, true, false));
            case "Zip": return inputs.Make(1, 2, 3).Zip(inputs.Make(4, 5, 6)).Map(p => p.First + p.Second);
            case "Interleave": return P.Interleave(inputs.Make(1, 2), inputs.Make(3, 4), inputs.Make(5, 6));
            case "FlatMap":
            case "SelectMany":
            {
                var outer = inputs.Make(1, 2, 3);
                bool first = true;
                Func<int, Iter<int>> selector = x =>
                {
                    if (!first) return P.Of(x);
                    first = false;
                    return inputs.Make(10, 20, 30);
                };
                return name == "FlatMap" ? outer.FlatMap(selector) : outer.SelectMany(selector);
            }
            default: throw new ArgumentException(name);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_throwing_release_still_releases_every_other_input_once_and_reaches_the_caller(string name, int faulty)
    {
        var inputs = new Inputs(faulty);
        var it = Build(name, inputs);
        Assert.True(it.TryNext(out _));
        Assert.Throws<ReleaseFaultException>(it.Dispose);
        Assert.All(inputs.Releases, r => Assert.Equal(1, r));
        it.Dispose(); // idempotent: nothing is released twice
        Assert.All(inputs.Releases, r => Assert.Equal(1, r));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_throwing_pull_wins_and_carries_the_release_fault(string name)
    {
        // The first input throws from TryAdvance at its first pull and from Release.
        var inputs = new Inputs(0, throwAt: 0);
        var it = Build(name, inputs);
        var e = Assert.Throws<AdvanceFaultException>(() => it.TryNext(out _));
        Assert.IsType<ReleaseFaultException>(e.Data[P.ReleaseExceptionKey]);
        Assert.All(inputs.Releases, r => Assert.Equal(1, r));
    }
}
