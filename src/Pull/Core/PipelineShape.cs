using System.Collections.Concurrent;
using System.Reflection;
using System.Text;

namespace Streams;

// Renders a pipeline's shape, e.g. "Positives().Filter().Map().Take()", for ToString and the debugger.
// Stages are found by reflection (fields holding an Iter<>), so a new operator needs no code here; its name is its
// class name without the "Iter"/"Source" suffix unless it implements IStageName; a user's class keeps its name. Debug-time only: never on a
// hot path.
internal static class PipelineShape
{
    private const int MaxDepth = 64;
    private static readonly ConcurrentDictionary<Type, FieldInfo[]> UpstreamFields = new();

    public static string Describe(object iterator)
    {
        var text = new StringBuilder();
        Append(text, iterator, 0);
        return text.ToString();
    }

    public static string DefaultName(Type type)
    {
        string name = type.Name;
        int tick = name.IndexOf('`');
        if (tick >= 0) name = name[..tick];
        if (type.Assembly != typeof(PipelineShape).Assembly) return name; // a user's iterator keeps its own name
        foreach (var suffix in new[] { "Iter", "Source" })
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal)) return name[..^suffix.Length];
        }
        return name;
    }

    private static void Append(StringBuilder text, object iterator, int depth)
    {
        if (depth > MaxDepth)
        {
            text.Append('…');
            return;
        }
        var upstreams = Upstreams(iterator);
        string name = iterator is IStageName named ? named.StageName : DefaultName(iterator.GetType());
        if (upstreams.Count == 0)
        {
            text.Append(name);
            if (!name.EndsWith(')')) text.Append("()");
            return;
        }
        Append(text, upstreams[0], depth + 1);
        text.Append('.').Append(name).Append('(');
        for (int i = 1; i < upstreams.Count; i++)
        {
            if (i > 1) text.Append(", ");
            Append(text, upstreams[i], depth + 1);
        }
        text.Append(')');
    }

    private static List<object> Upstreams(object iterator)
    {
        var fields = UpstreamFields.GetOrAdd(iterator.GetType(), static type =>
            type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
                .Where(f => IsIter(f.FieldType))
                .ToArray());
        var result = new List<object>(fields.Length);
        foreach (var field in fields)
        {
            if (field.GetValue(iterator) is { } upstream) result.Add(upstream);
        }
        return result;
    }

    private static bool IsIter(Type type)
    {
        for (Type? t = type; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Iter<>)) return true;
        }
        return false;
    }
}

// A stage whose display name is not its class name (sources with arguments, fused stages).
internal interface IStageName
{
    string StageName { get; }
}
