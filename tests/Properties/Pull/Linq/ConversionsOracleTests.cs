using FsCheck.Xunit;

namespace Streams.Tests.PullTests.Linq;

public class ConversionsOracleTests
{
    [Property]
    public void ToDictionary_shapes_including_duplicate_keys(int[] xs, int bad)
    {
        var key = Oracle.KeyThrowingAt(bad);
        Oracle.Same(xs, l => l.ToDictionary(x => x), s => s.ToDictionary(x => x));
        Oracle.Same(xs, l => l.ToDictionary(key), s => s.ToDictionary(key));
        Oracle.Same(xs, l => l.ToDictionary(x => x, x => -x, null), s => s.ToDictionary(x => x, x => -x, null));
        Oracle.Same(xs, l => l.Select(x => KeyValuePair.Create(x, -x)).ToDictionary(), s => s.Map(x => KeyValuePair.Create(x, -x)).ToDictionary());
        Oracle.Same(xs, l => l.Select(x => (x, -x)).ToDictionary(), s => s.Map(x => (x, -x)).ToDictionary());
    }

    [Property]
    public void ToHashSet_ToLookup_AsEnumerable(int[] xs, int bad)
    {
        var key = Oracle.KeyThrowingAt(bad);
        Oracle.Same(xs, l => l.ToHashSet().Order(), s => s.ToHashSet().Order().ToList());
        Oracle.Same(xs, l => l.ToLookup(key), s => s.ToLookup(key));
        Oracle.Same(xs, l => l.ToLookup(key, x => x * 2), s => s.ToLookup(key, x => x * 2));
        Oracle.Same(xs, l => l.AsEnumerable(), s => s.AsEnumerable().ToList());
    }

    [Property]
    public void Cast_and_OfType(int[] xs)
    {
        Oracle.Same(xs, l => l.Cast<object>().Cast<int>(), s => s.Map(x => (object)x).Cast<int>().ToList());
        Oracle.Same(xs, l => l.Cast<object>().Cast<string>(), s => s.Map(x => (object)x).Cast<string>().ToList());
        Oracle.Same(xs, l => l.Select(x => x % 2 == 0 ? (object)x : x.ToString()).OfType<int>().ToList(),
            s => s.Map(x => x % 2 == 0 ? (object)x : x.ToString()).OfType<int>().ToList());
    }
}
