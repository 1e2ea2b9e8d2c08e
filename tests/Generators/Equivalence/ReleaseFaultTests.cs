using Xunit;

namespace Streams.Generators.Tests.Equivalence;

/// <summary>
/// Where the generated code releases a user-held source itself (an exception while Accumulate's initial value runs
/// through the later stages, or in a stage while First pulls through TryNext; a query's detached outer source or inner
/// iterator when its select throws), a release that throws must end as the
/// runtime's does: the stage's exception reaches the caller and carries the release fault in
/// <c>Data[Pull.ReleaseExceptionKey]</c>, and the source is released once.
/// </summary>
public class ReleaseFaultTests
{
    public static TheoryData<string> Cases => new()
    {
        nameof(FusedReleaseFaults.SeedThrows), nameof(FusedReleaseFaults.FirstMapThrows),
        nameof(FusedReleaseFaults.QueryOuterSelectThrows), nameof(FusedReleaseFaults.QueryInnerSelectThrows),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_throwing_release_travels_in_the_exception_as_on_the_runtime_path(string name)
    {
        string Observe(Func<Iter<int>, object> shape)
        {
            var source = new FaultyRelease([1, 2, 3]);
            try
            {
                return $"result {shape(source)}; releases={source.Releases}";
            }
            catch (Exception e)
            {
                var fault = e.Data[Pull.ReleaseExceptionKey] as Exception;
                return $"threw {e.GetType().Name} with release fault '{fault?.Message}'; releases={source.Releases}";
            }
        }
        var fused = typeof(FusedReleaseFaults).GetMethod(name)!.CreateDelegate<Func<Iter<int>, object>>();
        var runtime = typeof(RuntimeReleaseFaults).GetMethod(name)!.CreateDelegate<Func<Iter<int>, object>>();

        var want = Observe(runtime);
        Assert.Contains("release fault 'release failed'", want); // the case reaches a throwing release at all
        Assert.Equal(want, Observe(fused));
    }

    // A user-held source whose release throws.
    private sealed class FaultyRelease(int[] items) : Iter<int>
    {
        private int _position;

        public int Releases { get; private set; }

        protected override bool TryAdvance(out int item)
        {
            if (_position < items.Length)
            {
                item = items[_position++];
                return true;
            }
            item = 0;
            return false;
        }

        protected override void Release()
        {
            Releases++;
            throw new InvalidOperationException("release failed");
        }
    }
}

// The same two expressions, fused here and run by the library in RuntimeReleaseFaults.
internal static class FusedReleaseFaults
{
    public static object QueryOuterSelectThrows(Iter<int> s) => (from x in s from y in Pull.From(new[] { 1, 2 }) select 10 / (x - 2)).Sum();

    public static object QueryInnerSelectThrows(Iter<int> s) => (from x in Pull.From(new[] { 1, 2 }) from y in s select 10 / (y - 2)).Sum();

    public static object SeedThrows(Iter<int> s) => s.Accumulate((t, x) => t + x, 0).Map(x => 10 / x).Sum();

    public static object FirstMapThrows(Iter<int> s) => s.Map(x => 10 / (x - 1)).First();
}

[DisableFusion]
internal static class RuntimeReleaseFaults
{
    public static object QueryOuterSelectThrows(Iter<int> s) => (from x in s from y in Pull.From(new[] { 1, 2 }) select 10 / (x - 2)).Sum();

    public static object QueryInnerSelectThrows(Iter<int> s) => (from x in Pull.From(new[] { 1, 2 }) from y in s select 10 / (y - 2)).Sum();

    public static object SeedThrows(Iter<int> s) => s.Accumulate((t, x) => t + x, 0).Map(x => 10 / x).Sum();

    public static object FirstMapThrows(Iter<int> s) => s.Map(x => 10 / (x - 1)).First();
}
