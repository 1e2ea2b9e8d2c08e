using System.Linq.Expressions;
using System.Reflection;
using System.Threading.Channels;
using Xunit;

namespace Streams.Tests.Api;

/// <summary>Every public static method of the Streams assemblies checks each non-nullable reference parameter
/// eagerly: a null there throws <see cref="ArgumentNullException"/> naming that parameter, from the call itself
/// (before anything is enumerated). Found by reflection, so methods added later are covered automatically.</summary>
public class NullArgumentSweepTests
{
    private static readonly Assembly[] Assemblies =
    [
        typeof(Streams.Pull).Assembly,
        typeof(AsyncInterop).Assembly,
        typeof(ObservableInterop).Assembly,
        typeof(Streams.Laws.IteratorLaws).Assembly,
    ];

    // Methods the sweep cannot drive, each with its reason, keyed by "Type.Method". None at present: every public
    // static method can be closed over int and given dummies. A method the sweep cannot drive (no dummy for a
    // parameter type, a constraint int does not satisfy, a ref-like parameter) fails the test until it is given a
    // dummy in Dummy() or listed here with its reason, so nothing is skipped silently.
    private static readonly Dictionary<string, string> Excluded = new()
    {
    };

    [Fact]
    public void Every_non_nullable_reference_parameter_is_checked_eagerly_and_named()
    {
        var failures = new List<string>();
        var skipped = new List<string>();
        int checkedParams = 0;
        foreach (var method in PublicStaticMethods())
        {
            string key = $"{method.DeclaringType!.Name}.{method.Name}";
            if (Excluded.ContainsKey(key)) continue;
            MethodInfo closed;
            try { closed = Close(method); }
            catch (ArgumentException) { skipped.Add($"{key}: generic constraints not satisfied by int"); continue; }
            var parameters = closed.GetParameters();
            if (parameters.Any(p => p.ParameterType.IsByRefLike || p.ParameterType.IsPointer ||
                                    (p.ParameterType.IsByRef && !p.IsOut)))
            {
                skipped.Add($"{key}: ref-like, pointer or ref parameter");
                continue;
            }
            var nullability = new NullabilityInfoContext();
            var openParameters = method.GetParameters();
            for (int i = 0; i < parameters.Length; i++)
            {
                var p = parameters[i];
                if (p.IsOut || p.ParameterType.IsValueType || openParameters[i].ParameterType.IsGenericParameter) continue;
                if (nullability.Create(openParameters[i]).WriteState != NullabilityState.NotNull) continue;
                object?[] args;
                try { args = parameters.Select((q, j) => j == i ? null : Dummy(q.ParameterType)).ToArray(); }
                catch (NotSupportedException e) { skipped.Add($"{key}({p.Name}): {e.Message}"); continue; }
                checkedParams++;
                string site = $"{Describe(closed)} with {p.Name} = null";
                try
                {
                    closed.Invoke(null, args);
                    failures.Add($"{site}: no exception (the check is missing or lazy)");
                }
                catch (TargetInvocationException e) when (e.InnerException is ArgumentNullException ane)
                {
                    if (ane.ParamName != p.Name) failures.Add($"{site}: ParamName was '{ane.ParamName}'");
                }
                catch (TargetInvocationException e)
                {
                    failures.Add($"{site}: threw {e.InnerException?.GetType().Name}: {e.InnerException?.Message}");
                }
            }
        }
        Assert.True(checkedParams > 100, $"only {checkedParams} parameters were checked");
        failures.AddRange(skipped.Select(s => $"not driven (give it a dummy or list it in Excluded with a reason): {s}"));
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n{string.Join("\n", failures)}");
    }

    private static IEnumerable<MethodInfo> PublicStaticMethods() =>
        from assembly in Assemblies
        from type in assembly.GetExportedTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
        where !method.IsSpecialName && !type.ContainsGenericParameters
        select method;

    private static MethodInfo Close(MethodInfo method) =>
        method.IsGenericMethodDefinition
            ? method.MakeGenericMethod(method.GetGenericArguments().Select(_ => typeof(int)).ToArray())
            : method;

    private static string Describe(MethodInfo m) =>
        $"{m.DeclaringType!.Name}.{m.Name}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name))})";

    private static object? Dummy(Type t)
    {
        if (t.IsByRef) return null; // out parameters
        if (t.IsValueType) return t == typeof(int) || t == typeof(long) ? Convert.ChangeType(1, t) : Activator.CreateInstance(t);
        if (t == typeof(string)) return "";
        if (t == typeof(object)) return new object();
        if (t.IsArray) return Array.CreateInstance(t.GetElementType()!, 0);
        if (typeof(Delegate).IsAssignableFrom(t)) return DefaultDelegate(t);
        if (t.IsGenericType)
        {
            var def = t.GetGenericTypeDefinition();
            var arg = t.GetGenericArguments()[0];
            if (def == typeof(Iter<>)) return OfTyped(arg);
            if (def == typeof(IEnumerable<>)) return Array.CreateInstance(arg, 0);
            if (def == typeof(IEqualityComparer<>)) return typeof(EqualityComparer<>).MakeGenericType(arg).GetProperty("Default")!.GetValue(null);
            if (def == typeof(IComparer<>)) return typeof(Comparer<>).MakeGenericType(arg).GetProperty("Default")!.GetValue(null);
            if (def == typeof(ChannelReader<>) || def == typeof(ChannelWriter<>) || def == typeof(Channel<>))
            {
                var channel = typeof(Channel).GetMethod(nameof(Channel.CreateUnbounded), Type.EmptyTypes)!.MakeGenericMethod(arg).Invoke(null, null)!;
                if (def == typeof(Channel<>)) return channel;
                return channel.GetType().GetProperty(def == typeof(ChannelReader<>) ? "Reader" : "Writer")!.GetValue(channel);
            }
            if (def == typeof(IAsyncEnumerable<>))
                return typeof(NullArgumentSweepTests).GetMethod(nameof(EmptyAsync), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(arg).Invoke(null, null);
            if (def == typeof(IObservable<>))
                return typeof(System.Reactive.Linq.Observable).GetMethod(nameof(System.Reactive.Linq.Observable.Empty), Type.EmptyTypes)!.MakeGenericMethod(arg).Invoke(null, null);
        }
        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(OrderedIter<>))
        {
            var arg = t.GetGenericArguments()[0];
            var orderBy = typeof(Streams.Pull).GetMethods().Single(m => m.Name == nameof(Streams.Pull.OrderBy) &&
                                                                       m.GetParameters().Length == 2 &&
                                                                       m.GetParameters()[0].ParameterType.GetGenericTypeDefinition() == typeof(Iter<>));
            var closed = orderBy.MakeGenericMethod(arg, arg);
            return closed.Invoke(null, [OfTyped(arg), DefaultDelegate(closed.GetParameters()[1].ParameterType)]);
        }
        if (t == typeof(System.Reactive.Concurrency.IScheduler)) return System.Reactive.Concurrency.ImmediateScheduler.Instance;
        if (!t.IsAbstract && !t.IsInterface && t.GetConstructor(Type.EmptyTypes) is { } ctor) return ctor.Invoke(null);
        throw new NotSupportedException($"no dummy for {t}");
    }

    private static object OfTyped(Type element) =>
        typeof(Streams.Pull).GetMethods().Single(m => m.Name == nameof(Streams.Pull.Of) && m.IsGenericMethodDefinition &&
                                                       m.GetParameters() is [{ ParameterType.IsArray: true }])
            .MakeGenericMethod(element).Invoke(null, [Array.CreateInstance(element, 0)])!;

#pragma warning disable CS1998 // an async iterator with no await is the simplest empty IAsyncEnumerable
    private static async IAsyncEnumerable<T> EmptyAsync<T>()
    {
        yield break;
    }
#pragma warning restore CS1998

    private static Delegate DefaultDelegate(Type t)
    {
        var invoke = t.GetMethod("Invoke")!;
        var ps = invoke.GetParameters().Select(p => Expression.Parameter(p.ParameterType, p.Name)).ToArray();
        Expression body = invoke.ReturnType == typeof(void) ? Expression.Empty() : Expression.Default(invoke.ReturnType);
        return Expression.Lambda(t, body, ps).Compile();
    }
}
