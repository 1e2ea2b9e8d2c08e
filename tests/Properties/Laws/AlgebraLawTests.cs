using FsCheck;
using FsCheck.Fluent;
using Streams.Tests.Doubles;
using P = Streams.Pull;

namespace Streams.Tests.Laws;

/// <summary>Equations between operators, each an FsCheck property over generated inputs and arguments.</summary>
public class AlgebraLawTests
{
    private static Arbitrary<OpCase> Cases => Generators.Cases(withFailingSources: false);

    private static Iter<int> It(int[] xs) => new Probe<int>(xs);

    [LawProperty]
    public Property Map_identity() => Prop.ForAll(Cases, c => It(c.Input).Map(x => x).ToList().SequenceEqual(c.Input));

    [LawProperty]
    public Property Map_composition() => Prop.ForAll(Cases, c =>
        It(c.Input).Map(c.Args.F).Map(c.Args.G).ToList().SequenceEqual(It(c.Input).Map(x =>
            c.Args.G(c.Args.F(x))).ToList()));

    [LawProperty]
    public Property Filter_fusion() => Prop.ForAll(Cases, c =>
        It(c.Input).Filter(c.Args.P).Filter(c.Args.Q).ToList().SequenceEqual(It(c.Input).Filter(x => c.Args.P(x)
            && c.Args.Q(x)).ToList()));

    [LawProperty]
    public Property FilterFalse_is_Filter_of_not() => Prop.ForAll(Cases, c =>
        It(c.Input).FilterFalse(c.Args.P).ToList().SequenceEqual(It(c.Input).Filter(x => !c.Args.P(x)).ToList()));

    [LawProperty]
    public Property Take_take_is_take_min() => Prop.ForAll(Cases, c =>
        It(c.Input).Take(c.Args.N).Take(c.K).ToList().SequenceEqual(It(c.Input).Take(Math.Min(c.Args.N,
            c.K)).ToList()));

    [LawProperty]
    public Property Take_pulls_exactly_min_n_len() => Prop.ForAll(Cases, c =>
    {
        var p = new Probe<int>(c.Input);
        int got = p.Take(c.Args.N).ToList().Count;
        return got == Math.Min(c.Args.N, c.Input.Length) && p.Pulls == got;
    });

    [LawProperty]
    public Property Chain_is_associative_with_empty_as_unit() => Prop.ForAll(Cases, c =>
    {
        int[] a = c.Input, b = c.Args.Other, d = [.. c.Args.Other.Reverse(), c.K];
        var want = a.Concat(b).Concat(d).ToList();
        return It(a).Chain(It(b)).Chain(It(d)).ToList().SequenceEqual(want)
            && It(a).Chain(It(b).Chain(It(d))).ToList().SequenceEqual(want)
            && It(a).Chain(It(b), It(d)).ToList().SequenceEqual(want)
            && P.Empty<int>().Chain(It(a)).ToList().SequenceEqual(a)
            && It(a).Chain(P.Empty<int>()).ToList().SequenceEqual(a);
    });

    [LawProperty]
    public Property Chain_releases_each_part_as_it_finishes() => Prop.ForAll(Cases, c =>
    {
        var parts = new[] { new Probe<int>(c.Input), new Probe<int>(c.Args.Other), new Probe<int>([c.K]) };
        var chain = parts[0].Chain(parts[1], parts[2]);
        int seen = 0;
        while (chain.TryNext(out _))
        {
            seen++;
            // A part is released exactly when everything before the current output has come from earlier parts.
            int finished = seen > c.Input.Length ? (seen > c.Input.Length + c.Args.Other.Length ? 2 : 1) : 0;
            for (int i = 0; i < 3; i++)
                if (parts[i].Releases != (i < finished ? 1 : 0))
                    return false.Label($"after {seen} outputs part {i} released {parts[i].Releases} times");
        }
        return parts.All(p => p.Releases == 1).Label("all released at the end");
    });

    [LawProperty]
    public Property Zip_with_a_count_enumerates_and_zip_length_is_min() => Prop.ForAll(Cases, c =>
    {
        var pairs = P.CountFrom(0L).Zip(It(c.Input)).ToList();
        bool enumerates = pairs.Select(t => (int)t.First).SequenceEqual(Enumerable.Range(0, c.Input.Length))
            && pairs.Select(t => t.Second).SequenceEqual(c.Input);
        bool lengths = It(c.Input).Zip(It(c.Args.Other)).Count() == Math.Min(c.Input.Length, c.Args.Other.Length);
        return enumerates && lengths;
    });

    [LawProperty]
    public Property FlatMap_is_chain_of_mapped_parts() => Prop.ForAll(Cases, c =>
        It(c.Input).FlatMap(x => It(c.Args.Inner(x))).ToList()
            .SequenceEqual(P.Empty<int>().Chain(c.Input.Select(x => It(c.Args.Inner(x))).ToArray()).ToList()));

    [LawProperty]
    public Property Fold_agrees_with_Sum_Count_ForEach_ToList() => Prop.ForAll(Cases, c =>
    {
        int sum = It(c.Input).Fold(0, (a, x) => unchecked(a + x));
        long count = It(c.Input).Fold(0L, (a, _) => a + 1);
        var each = new List<int>();
        It(c.Input).ForEach(each.Add);
        return sum == It(c.Input).Sum() && count == It(c.Input).Count() && each.SequenceEqual(It(c.Input).ToList())
            && It(c.Input).ToArray().SequenceEqual(c.Input);
    });

    [LawProperty]
    public Property Skip_then_take_is_slice() => Prop.ForAll(Cases, c =>
    {
        int n = c.Args.N, m = c.K;
        var left = It(c.Input).Skip(n).Take(m).ToList();
        var right = It(c.Input).Slice(n, n + m).ToList();
        return (left.SequenceEqual(right) && right.SequenceEqual(c.Input.Skip(n).Take(m)))
            .Label($"Skip({n}).Take({m}) = {Show(left)}, Slice({n}, {n + m}) = {Show(right)}");
    });

    [LawProperty]
    public Property Scan_last_is_fold() => Prop.ForAll(Cases, c =>
    {
        Func<int, int, int> f = (acc, x) => unchecked(acc * c.Args.A - x + c.Args.B);
        var scanned = It(c.Input).Scan(c.Args.B, f).ToList();
        int fold = It(c.Input).Fold(c.Args.B, f);
        return (c.Input.Length == 0 ? scanned.Count == 0 : scanned.Count == c.Input.Length
            && It(c.Input).Scan(c.Args.B, f).Last() == fold)
            .Label($"Scan = {Show(scanned)}, Fold = {fold}");
    });

    [LawProperty]
    public Property Accumulate_last_is_fold() => Prop.ForAll(Cases, c =>
    {
        Func<int, int, int> f = (acc, x) => unchecked(acc * c.Args.A + x * c.Args.B + 1);
        int foldFromSeed = It(c.Input).Fold(c.Args.N, f);
        bool withInitial = It(c.Input).Accumulate(f, c.Args.N).Last() == foldFromSeed;
        bool withoutInitial = c.Input.Length == 0
            ? !It(c.Input).Accumulate(f).TryNext(out _)
            : It(c.Input).Accumulate(f).Last() == It(c.Input[1..]).Fold(c.Input[0], f);
        return (withInitial && withoutInitial).Label($"with initial: {withInitial}, without: {withoutInitial}");
    });

    [LawProperty]
    public Property Batch_flattened_is_the_source() => Prop.ForAll(Cases, c =>
    {
        int size = c.Args.N + 1;
        var batches = It(c.Input).Batch(size).ToList();
        bool shapes = batches.Take(Math.Max(0, batches.Count - 1)).All(b => b.Length == size) && batches.All(b =>
            b.Length is > 0);
        var flat = It(c.Input).Batch(size).ChainMany().ToList();
        return (shapes && flat.SequenceEqual(c.Input)).Label($"Batch({size}).ChainMany() = {Show(flat)}");
    });

    [LawProperty]
    public Property GroupAdjacent_flattened_is_the_source_and_neighbour_keys_differ() => Prop.ForAll(Cases, c =>
    {
        Func<int, int> key = x => OpArgs.Mod(x, c.Args.M + 2);
        var flat = It(c.Input).GroupAdjacent(key).FlatMap(g => g.Elements).ToList();
        var groups = It(c.Input).GroupAdjacent(key).Map(g => (g.Key, Items: g.Elements.ToList())).ToList();
        bool keysDiffer = groups.Zip(groups.Skip(1)).All(p => p.First.Key != p.Second.Key);
        bool keysHold = groups.All(g => g.Items.Count > 0 && g.Items.All(x => key(x) == g.Key));
        return (flat.SequenceEqual(c.Input) && groups.SelectMany(g => g.Items).SequenceEqual(c.Input) && keysDiffer
            && keysHold)
            .Label($"flattened = {Show(flat)}");
    });

    [LawProperty]
    public Property FlatMap_is_ChainMany_of_Map() => Prop.ForAll(Cases, c =>
        It(c.Input).FlatMap(x => It(c.Args.Inner(x))).ToList()
            .SequenceEqual(It(c.Input).Map(x => It(c.Args.Inner(x))).ChainMany().ToList()));

    [LawProperty]
    public Property Enumerate_is_a_counter_zipped_with_the_source() => Prop.ForAll(Cases, c =>
    {
        long start = c.Args.B;
        var enumerated = It(c.Input).Enumerate(start).ToList();
        var zipped = P.CountFrom(start).Zip(It(c.Input)).ToList();
        return enumerated.SequenceEqual(zipped.Select(t => (t.First, t.Second)))
            && P.CountFrom(0L).Zip(It(c.Input)).ToList().SequenceEqual(It(c.Input).Enumerate().ToList().Select(t =>
                (t.Index, t.Item)));
    });

    [LawProperty]
    public Property TakeWhile_then_DropWhile_is_the_source() => Prop.ForAll(Cases, c =>
    {
        var copies = It(c.Input).Tee(2);
        var viaTee = copies[0].TakeWhile(c.Args.P).Chain(copies[1].DropWhile(c.Args.P)).ToList();
        var onList = It(c.Input).TakeWhile(c.Args.P).ToList().Concat(It(c.Input).DropWhile(c.Args.P).ToList()).ToList();
        return (viaTee.SequenceEqual(c.Input)
            && onList.SequenceEqual(c.Input)).Label($"via Tee {Show(viaTee)}, on lists {Show(onList)}");
    });

    private static string Show(IEnumerable<int> xs) => "[" + string.Join(",", xs) + "]";
}
