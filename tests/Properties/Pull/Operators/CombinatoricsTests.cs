using Streams.Tests.Doubles;
using Xunit;
using P = Streams.Pull;

namespace Streams.Tests.PullTests.Operators;

public class CombinatoricsTests
{
    private static string Show(Iter<char[]> it) => it.Map(a => new string(a)).JoinToString(" ");

    [Fact]
    public void Outputs_match_python_documentation()
    {
        // permutations('ABCD', 2) --> AB AC AD BA BC BD CA CB CD DA DB DC
        Assert.Equal("AB AC AD BA BC BD CA CB CD DA DB DC", Show(P.Chars("ABCD").Permutations(2)));
        // permutations(range(3)) --> 012 021 102 120 201 210
        Assert.Equal("012 021 102 120 201 210", P.Range(0, 3).Permutations().Map(p => string.Concat(p)).JoinToString(" "));
        // combinations('ABCD', 2) --> AB AC AD BC BD CD
        Assert.Equal("AB AC AD BC BD CD", Show(P.Chars("ABCD").Combinations(2)));
        // combinations(range(4), 3) --> 012 013 023 123
        Assert.Equal("012 013 023 123", P.Range(0, 4).Combinations(3).Map(p => string.Concat(p)).JoinToString(" "));
        // combinations_with_replacement('ABC', 2) --> AA AB AC BB BC CC
        Assert.Equal("AA AB AC BB BC CC", Show(P.Chars("ABC").CombinationsWithReplacement(2)));
        // product('ABCD', 'xy') --> Ax Ay Bx By Cx Cy Dx Dy
        Assert.Equal("Ax Ay Bx By Cx Cy Dx Dy", P.Chars("ABCD").Product(P.Chars("xy")).Map(p => $"{p.First}{p.Second}").JoinToString(" "));
        // product(range(2), repeat=3) --> 000 001 010 011 100 101 110 111
        Assert.Equal("000 001 010 011 100 101 110 111", P.Range(0, 2).Product(3).Map(p => string.Concat(p)).JoinToString(" "));
    }

    [Fact]
    public void Edge_sizes_match_python()
    {
        Assert.Equal(1, P.Empty<int>().Permutations().Count());         // [()]
        Assert.Equal(1, P.Of(1, 2).Permutations(0).Count());
        Assert.Equal(0, P.Of(1, 2).Permutations(3).Count());
        Assert.Equal(1, P.Empty<int>().Combinations(0).Count());
        Assert.Equal(0, P.Of(1).Combinations(2).Count());
        Assert.Equal(1, P.Empty<int>().CombinationsWithReplacement(0).Count());
        Assert.Equal(0, P.Empty<int>().CombinationsWithReplacement(1).Count());
        Assert.Equal(1, P.Empty<int>().Product(0).Count());
        Assert.Equal(0, P.Empty<int>().Product(2).Count());
        Assert.Equal(0, P.Of(1).Product(P.Empty<int>()).Count());
        Assert.Equal(0, P.Empty<int>().Product(P.Of(1)).Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => P.Of(1).Permutations(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => P.Of(1).Combinations(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => P.Of(1).CombinationsWithReplacement(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => P.Of(1).Product(-1));
    }

    private static long Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);

    private static long Choose(int n, int k) => k > n ? 0 : Factorial(n) / (Factorial(k) * Factorial(n - k));

    [FsCheck.Xunit.Property]
    public bool Counts_and_order_match_reference(byte nRaw, byte rRaw)
    {
        int n = nRaw % 6, r = rRaw % 5;
        var pool = Enumerable.Range(0, n).ToArray();
        var perms = P.From(pool).Permutations(r).ToList();
        var combs = P.From(pool).Combinations(r).ToList();
        var cwr = P.From(pool).CombinationsWithReplacement(r).ToList();
        var prod = P.From(pool).Product(r).ToList();
        // Python: every output is lexicographically after the previous one (indices are the values here).
        static bool Sorted(List<int[]> xs) => xs.Zip(xs.Skip(1)).All(p => Compare(p.First, p.Second) < 0);
        static int Compare(int[] a, int[] b) { for (int i = 0; i < a.Length; i++) if (a[i] != b[i]) return a[i].CompareTo(b[i]); return 0; }
        return perms.Count == (r > n ? 0 : Factorial(n) / Factorial(n - r)) && Sorted(perms) && perms.All(p => p.Distinct().Count() == r)
            && combs.Count == Choose(n, r) && Sorted(combs) && combs.All(c => c.Zip(c.Skip(1)).All(q => q.First < q.Second))
            && cwr.Count == (n == 0 ? (r == 0 ? 1 : 0) : Choose(n + r - 1, r)) && Sorted(cwr) && cwr.All(c => c.Zip(c.Skip(1)).All(q => q.First <= q.Second))
            && prod.Count == (long)Math.Pow(n, r) && Sorted(prod);
    }

    public static TheoryData<string> Operators => new() { "perm", "comb", "cwr", "prod", "prod2" };

    private static Iter<object> Build(string op, Iter<int> source, Iter<int> other) => op switch
    {
        "perm" => source.Permutations(2).Map(x => (object)x),
        "comb" => source.Combinations(2).Map(x => (object)x),
        "cwr" => source.CombinationsWithReplacement(2).Map(x => (object)x),
        "prod" => source.Product(2).Map(x => (object)x),
        _ => source.Product(other).Map(x => (object)x),
    };

    [Theory]
    [MemberData(nameof(Operators))]
    public void Materialises_on_first_pull_not_on_build_and_stays_exhausted(string op)
    {
        var probe = new Probe<int>([1, 2, 3], resumesAfterEnd: true);
        var other = new Probe<int>([1, 2, 3], resumesAfterEnd: true);
        var it = Build(op, probe, other);
        Assert.Equal(0, probe.Calls + other.Calls);
        it.Next();
        Assert.Equal(3, probe.Pulls);
        Assert.Equal(1, probe.Releases);
        while (it.TryNext(out _)) { }
        Assert.False(it.TryNext(out _));
        Assert.False(probe.PulledAfterEnd || other.PulledAfterEnd);
        Assert.Equal(1, probe.Releases);
        Assert.Equal(op == "prod2" ? 1 : 0, other.Releases);
    }

    [Theory]
    [MemberData(nameof(Operators))]
    public void Exception_propagates_and_dispose_releases_once(string op)
    {
        var probe = new Probe<int>([1, 2, 3], throwAt: 2);
        var other = new Probe<int>([1, 2, 3]);
        var it = Build(op, probe, other);
        Assert.Throws<ProbeException>(() => it.Next());
        Assert.False(it.TryNext(out _));
        Assert.Equal(1, probe.Releases);
        Assert.Equal(op == "prod2" ? 1 : 0, other.Releases);
        var p2 = new Probe<int>([1, 2, 3]);
        var o2 = new Probe<int>([1, 2, 3]);
        var it2 = Build(op, p2, o2);
        it2.Dispose();
        it2.Dispose();
        Assert.Equal(1, p2.Releases);
        Assert.Equal(op == "prod2" ? 1 : 0, o2.Releases);
    }
}
