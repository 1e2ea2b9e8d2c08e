using System.Reflection;

namespace Streams.Generators.Tests.Equivalence;

/// <summary>
/// The ways a consumer uses an iterator, run the same way on a generated iterator and on the library's chain, each
/// writing everything it sees to a log: elements, exceptions (type and message), whether the iterator finished, and the
/// user-held probe's pulls, releases and position after each step.
/// </summary>
internal static class IteratorConsumers
{
    public delegate object Build(Iter<int> source, ShapeArgs args);

    public enum Consumer
    {
        /// <summary>foreach to the end, then a second foreach and a TryNext (exhausted stays exhausted).</summary>
        ForeachAll,

        /// <summary>foreach with a break after K elements, then the user's own pulls of the source, then a foreach over
        /// the rest of the iterator (a break leaves the upstream where it was).</summary>
        ForeachBreakThenSource,

        /// <summary>TryNext, Next() and Next(default) in turn until the end (Next() at the end throws).</summary>
        TryNextNextInterleaved,

        /// <summary>K pulls, Dispose, then pulls after Dispose.</summary>
        DisposeMidway,

        /// <summary>K pulls, then library terminals over the iterator (First, then ToList): the fold path.</summary>
        TerminalAfterPulls,

        /// <summary>A fused terminal over the iterator as a user-held source (Take(K).ToList()), then TryNext.</summary>
        FusedTerminalOver,
    }

    public static IReadOnlyList<(string Name, Build Fused, Build Runtime)> Shapes { get; } = Pair();

    private static List<(string, Build, Build)> Pair()
    {
        var list = new List<(string, Build, Build)>();
        foreach (var m in typeof(FusedIteratorShapes).GetMethods(BindingFlags.Public | BindingFlags.Static))
        {
            var twin = typeof(RuntimeIteratorShapes).GetMethod(m.Name, BindingFlags.Public | BindingFlags.Static)
                ?? throw new InvalidOperationException($"RuntimeIteratorShapes has no {m.Name}");
            list.Add((m.Name, m.CreateDelegate<Build>(), twin.CreateDelegate<Build>()));
        }
        return list;
    }

    /// <summary>Builds the iterator on a fresh probe and runs one consumer; the log of everything observable.</summary>
    public static string Observe(Build build, Consumer consumer, int[] items, int throwAt, ShapeArgs args)
    {
        var probe = new Probe(items, throwAt);
        var log = new List<string>();
        object built;
        try
        {
            built = build(probe, args);
        }
        catch (Exception e)
        {
            return $"build threw {Describe(e)}; {probe.State}";
        }
        // The probe is untouched by building: nothing is pulled before the first pull.
        log.Add($"built: {probe.State}");
        switch (built)
        {
            case Iter<int> i: Run(i, consumer, probe, args.K, log); break;
            case Iter<long> l: Run(l, consumer, probe, args.K, log); break;
            case Iter<string> s: Run(s, consumer, probe, args.K, log); break;
            default: throw new InvalidOperationException($"no consumer for {built.GetType()}");
        }
        return string.Join(" | ", log);
    }

    private static void Run<T>(Iter<T> it, Consumer consumer, Probe probe, int k, List<string> log)
    {
        try
        {
            switch (consumer)
            {
                case Consumer.ForeachAll:
                    log.Add("all " + Foreach(it, int.MaxValue));
                    log.Add("again " + Foreach(it, int.MaxValue));
                    log.Add($"TryNext {it.TryNext(out _)}");
                    break;
                case Consumer.ForeachBreakThenSource:
                    log.Add("first " + Foreach(it, k));
                    log.Add($"after break: finished={it.IsFinished} {probe.State}");
                    for (int i = 0; i < 2; i++) log.Add(probe.TryNext(out var p) ? $"source {p}" : "source end");
                    log.Add("rest " + Foreach(it, int.MaxValue));
                    break;
                case Consumer.TryNextNextInterleaved:
                    for (int turn = 0; turn < 100; turn++)
                    {
                        if (turn % 3 == 0)
                        {
                            if (!it.TryNext(out var x))
                            {
                                log.Add("TryNext end");
                                break;
                            }
                            log.Add($"TryNext {x}");
                        }
                        else if (turn % 3 == 1)
                        {
                            log.Add($"Next {it.Next()}");
                        }
                        else
                        {
                            log.Add($"Next(default) {it.Next(default!)}");
                        }
                    }
                    log.Add($"TryNext {it.TryNext(out _)}");
                    break;
                case Consumer.DisposeMidway:
                    for (int i = 0; i < k && it.TryNext(out var x); i++) log.Add($"pulled {x}");
                    it.Dispose();
                    log.Add($"disposed: {probe.State}");
                    log.Add($"TryNext {it.TryNext(out _)}");
                    it.Dispose();
                    break;
                case Consumer.TerminalAfterPulls:
                    for (int i = 0; i < k && it.TryNext(out var x); i++) log.Add($"pulled {x}");
                    log.Add($"First {FirstByFold(it)} finished={it.IsFinished} {probe.State}");
                    log.Add("ToList " + string.Join(",", it.ToList()));
                    log.Add($"TryNext {it.TryNext(out _)}");
                    break;
                case Consumer.FusedTerminalOver:
                    log.Add("Take(K).ToList " + string.Join(",", it.Take(k).ToList()));
                    log.Add($"finished={it.IsFinished} {probe.State}");
                    log.Add($"TryNext {(it.TryNext(out var y) ? y : "end")}");
                    break;
            }
        }
        catch (Exception e)
        {
            log.Add($"threw {Describe(e)}");
            log.Add($"TryNext after throw {it.TryNext(out _)}");
        }
        log.Add($"end: finished={it.IsFinished} {probe.State}");
    }

    // A foreach that stops after `limit` elements (a break), listing what it saw.
    private static string Foreach<T>(Iter<T> it, int limit)
    {
        var seen = new List<string>();
        if (limit == 0) return "[]";
        foreach (var x in it)
        {
            seen.Add($"{x}");
            if (seen.Count == limit) break;
        }
        return "[" + string.Join(",", seen) + "]";
    }

    // First with a predicate folds with a sink that stops at the first element: the fold path's early stop.
    private static string FirstByFold<T>(Iter<T> it)
    {
        try
        {
            return $"{it.First(static _ => true)}";
        }
        catch (IteratorExhaustedException)
        {
            return "none";
        }
    }

    private static string Describe(Exception e) =>
        $"{e.GetType().Name} param={(e as ArgumentException)?.ParamName} message={e.Message}";
}
