using System.Reflection;
using Xunit;

namespace Streams.Tests.Laws;

/// <summary>Adding an operator or a source to Pull without registering it in <see cref="OperatorTable"/> fails
/// here.</summary>
public class CompletenessTests
{
    private static bool IsIter(Type t) => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Iter<>);

    // What an operator may return: an Iter<>, a subclass of one (PeekableIter<T>) or an array of them (Tee).
    private static bool ReturnsIter(Type t)
    {
        if (t.IsArray) return ReturnsIter(t.GetElementType()!);
        for (Type? b = t; b is not null; b = b.BaseType)
            if (IsIter(b)) return true;
        return false;
    }

    private static MethodInfo[] PublicStatics => typeof(Streams.Pull).GetMethods(BindingFlags.Public | BindingFlags.Static);

    [Fact]
    public void Every_operator_of_Pull_has_a_table_entry()
    {
        var operators = PublicStatics
            .Where(m => ReturnsIter(m.ReturnType) && m.GetParameters() is [var first, ..]
                && ReturnsIter(first.ParameterType))
            .Select(m => m.Name).ToHashSet();
        var missing = operators.Except(OperatorTable.Entries.Select(e => e.Name)).Order().ToList();
        Assert.True(missing.Count == 0,
            $"operators without an entry in OperatorTable.Entries: {string.Join(", ", missing)}");
        var stale = OperatorTable.Entries.Select(e => e.Name).Except([OperatorTable.SourceItself.Name,
            .. operators]).ToList();
        Assert.True(stale.Count == 0, $"table entries naming no operator of Pull: {string.Join(", ", stale)}");
    }

    [Fact]
    public void Every_source_of_Pull_is_registered_and_obeys_the_law_kit()
    {
        var sources = PublicStatics
            .Where(m => ReturnsIter(m.ReturnType) && !(m.GetParameters() is [var first, ..]
                && ReturnsIter(first.ParameterType)))
            .Select(m => m.Name).ToHashSet();
        var missing = sources.Except(OperatorTable.SourceChecks.Keys).Order().ToList();
        Assert.True(missing.Count == 0,
            $"sources without an entry in OperatorTable.SourceChecks: {string.Join(", ", missing)}");
        foreach (var (name, check) in OperatorTable.SourceChecks)
            for (int n = 0; n < 6; n++) check(n);
    }
}
