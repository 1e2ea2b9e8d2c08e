using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;

namespace Streams.Tests.PullTests.Linq;

/// <summary>
/// Every public method of System.Linq.Enumerable whose first parameter is a sequence has a Streams counterpart that an
/// Iter receiver binds to: same name, an Iter (or OrderedIter) first parameter over the same element shape, the same
/// further parameters (extra ones only if optional), and a result of the same shape with IEnumerable read as Iter.
/// A method without one must be listed, with its reason, in docs/linq-exclusions.md, or in <see cref="Pending"/>.
/// </summary>
public class LinqSurfaceTests
{
    // ---- PENDING: LINQ aggregates owned by the generic-math work. Delete a line when its counterpart lands (the test
    // ---- fails on a line that already has one, so the list only shrinks).
    private static readonly string[] Pending =
    [
    ];

    [Fact]
    public void Every_linq_method_has_a_counterpart_or_a_listed_reason()
    {
        var excluded = Exclusions();
        var missing = LinqMethods().Where(m => !HasCounterpart(m)).Select(Signature).ToList();
        var unlisted = missing.Except(excluded).Except(Pending).Order().ToList();
        Assert.True(unlisted.Count == 0, "LINQ methods with no Streams counterpart and no entry in docs/linq-exclusions.md:\n"
            + string.Join("\n", unlisted));
        var stale = excluded.Concat(Pending).Except(missing).Order().ToList();
        Assert.True(stale.Count == 0, "listed as missing but now with a counterpart (delete the line):\n" + string.Join("\n", stale));
    }

    [Fact]
    public void The_comparison_sees_counterparts_and_their_absence()
    {
        // The shape test itself: a known counterpart is found, and a deliberately wrong shape is not.
        var linq = LinqMethods().ToList();
        Assert.True(linq.Count > 150, $"only {linq.Count} LINQ methods found");
        Assert.True(HasCounterpart(linq.First(m => Signature(m) == "Prepend(IEnumerable<*>, *)")));
        Assert.True(HasCounterpart(linq.First(m => Signature(m) == "ThenBy(IOrderedEnumerable<*>, Func<*,*>)")));
        Assert.DoesNotContain(StreamsMethods("Prepend"), s => s.GetParameters().Length > 2);
    }

    public static IEnumerable<MethodInfo> LinqMethods() =>
        typeof(Enumerable).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.GetParameters() is [var first, ..] && IsSequence(first.ParameterType));

    private static bool IsSequence(Type t) =>
        t == typeof(System.Collections.IEnumerable) || (t.IsGenericType && t.GetGenericTypeDefinition() is var d
            && (d == typeof(IEnumerable<>) || d == typeof(IOrderedEnumerable<>)));

    public static string Signature(MethodInfo m) => $"{m.Name}({string.Join(", ", m.GetParameters().Select(p => Shape(p.ParameterType)))})";

    // A type with every generic parameter written '*', so TSource and T compare equal.
    private static string Shape(Type t) =>
        t.IsGenericParameter ? "*"
        : t.IsByRef ? Shape(t.GetElementType()!) + "&"
        : t.IsArray ? Shape(t.GetElementType()!) + "[]"
        : t.IsGenericType ? $"{t.Name[..t.Name.IndexOf('`')]}<{string.Join(",", t.GetGenericArguments().Select(Shape))}>"
        : t.Name;

    private static IEnumerable<MethodInfo> StreamsMethods(string name) =>
        typeof(Streams.Pull).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == name);

    public static bool HasCounterpart(MethodInfo linq)
    {
        var lp = linq.GetParameters();
        if (lp[0].ParameterType == typeof(System.Collections.IEnumerable))
        {
            // Cast and OfType: an instance method with one type argument (an extension could not be called as it.Cast<int>()).
            return typeof(Iter<>).GetMethods().Any(m => m.Name == linq.Name && m.GetParameters().Length == 0
                && m.IsGenericMethodDefinition && m.GetGenericArguments().Length == 1 && Fits(m.ReturnType, linq.ReturnType, asIter: true));
        }
        return StreamsMethods(linq.Name).Any(s =>
        {
            var sp = s.GetParameters();
            if (sp.Length < lp.Length || sp.Skip(lp.Length).Any(p => !p.IsOptional)) return false;
            if (!Fits(sp[0].ParameterType, lp[0].ParameterType, asIter: true)) return false;
            for (int i = 1; i < lp.Length; i++)
            {
                if (!Fits(sp[i].ParameterType, lp[i].ParameterType, asIter: false)) return false;
            }
            // AsEnumerable's whole point is to hand the pipeline to System.Linq: it keeps LINQ's IEnumerable result.
            return Fits(s.ReturnType, linq.ReturnType, asIter: linq.Name != nameof(Enumerable.AsEnumerable));
        });
    }

    // Whether a Streams parameter or result type serves where LINQ has `linq`: a generic parameter on the Streams side
    // stands for any type (Sum<T> over INumber<T> covers Sum(IEnumerable<int>)); with asIter, LINQ's IEnumerable and
    // IOrderedEnumerable read as Iter and OrderedIter (the receiver and sequence results).
    private static bool Fits(Type streams, Type linq, bool asIter)
    {
        if (streams.IsGenericParameter) return true;
        if (linq.IsGenericParameter) return false;
        if (streams.IsByRef || linq.IsByRef || streams.IsArray || linq.IsArray)
        {
            return streams.IsByRef == linq.IsByRef && streams.IsArray == linq.IsArray
                && Fits(streams.GetElementType()!, linq.GetElementType()!, asIter: false);
        }
        if (!streams.IsGenericType || !linq.IsGenericType) return streams == linq;
        var definition = linq.GetGenericTypeDefinition();
        if (asIter && definition == typeof(IEnumerable<>)) definition = typeof(Iter<>);
        if (asIter && definition == typeof(IOrderedEnumerable<>)) definition = typeof(OrderedIter<>);
        return streams.GetGenericTypeDefinition() == definition
            && streams.GetGenericArguments().Zip(linq.GetGenericArguments()).All(p => Fits(p.First, p.Second, asIter: false));
    }

    // The first column of the table in docs/linq-exclusions.md: `Signature(...)`.
    private static List<string> Exclusions()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "linq-exclusions.md"));
        return Regex.Matches(text, @"^\| `([^`]+)` \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Streams.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Streams.sln not found above " + AppContext.BaseDirectory);
    }
}
