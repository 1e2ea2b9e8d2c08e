using FsCheck;
using FsCheck.Fluent;
using Streams.Tests.Doubles;

namespace Streams.Tests.Laws;

/// <summary>What must terminate on an infinite source does. The infinite probe throws after 1,000,000 pulls, so a
/// non-terminating operation fails the property instead of hanging the suite.</summary>
public class InfiniteSourceTests
{
    private static Probe<int> Naturals() => Probe<int>.Infinite(i => i);

    private static Arbitrary<int> Small => Arb.From(Gen.Choose(0, 200));

    [LawProperty]
    public Property Take_terminates_and_pulls_exactly_n() => Prop.ForAll(Small, n =>
    {
        var p = Naturals();
        return p.Take(n).Count() == n && p.Pulls == n && p.Releases == 0 && p.Next() == n; // islice, then keep going
    });

    [LawProperty]
    public Property First_terminates_and_pulls_one() => Prop.ForAll(Small, n =>
    {
        var p = Naturals();
        return p.Map(x => x + n).First() == n && p.Pulls == 1;
    });

    [LawProperty]
    public Property Contains_a_present_element_terminates_and_leaves_the_rest() => Prop.ForAll(Small, n =>
    {
        var p = Naturals();
        return p.Contains(n) && p.Pulls == n + 1 && p.Next() == n + 1;
    });

    [LawProperty]
    public Property Any_with_a_present_element_terminates() => Prop.ForAll(Small, n =>
    {
        var p = Naturals();
        return p.Filter(x => x % 2 == 0).Any(x => x >= n) && p.Pulls <= n + 2;
    });

    [LawProperty]
    public Property Zip_with_a_finite_side_terminates_either_way() => Prop.ForAll(Small, n =>
    {
        var a = Naturals();
        var b = Naturals();
        return a.Zip(Streams.Pull.Range(0, n)).Count() == n
            && Streams.Pull.Range(0, n).Zip(b).Count() == n
            && a.Releases == 0 && b.Releases == 0 && b.Pulls == n // zip leaves the longer side open, as Python does
            && a.Next() == n + 1 && b.Next() == n; // a lost the element pulled for the last, failed attempt
    });

    [LawProperty]
    public Property Chain_and_FlatMap_over_infinite_parts_give_a_bounded_prefix() => Prop.ForAll(Small, n =>
        Naturals().Chain(Naturals()).Take(n).ToList().SequenceEqual(Enumerable.Range(0, n))
        && Naturals().FlatMap(x => Streams.Pull.Of(x, x)).Take(2 * n).ToList().SequenceEqual(Enumerable.Range(0,
            n).SelectMany(x => new[] { x, x })));
}
