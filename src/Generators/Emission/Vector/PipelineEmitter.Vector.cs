// Emission (vectorised loops): the terminal loop of a pipeline Vectorisable.Plan accepts. The vector loop runs over
// the full blocks of Vector<T>.Count elements and leaves the sink exactly as the scalar loop would have left it after
// those elements (or untouched, when only the scalar order can decide); today's scalar loop then runs from where it
// stopped, so it writes the tail, and the whole input when the hardware has no vector unit.
using System.Collections.Generic;
using System.Text;
using Streams.Generators.Emission.Vector;
using Streams.Generators.Model;

namespace Streams.Generators.Emission;

internal static partial class PipelineEmitter
{
    /// <summary>The loop of the terminal's interceptor: read the source out of the state <paramref name="st"/>, give the
    /// state back, run the vector prefix, then the scalar loop from where the prefix stopped.</summary>
    private static void EmitVectorLoop(PipelineModel p, VectorPlan plan, string st, StringBuilder code, List<string> comments)
    {
        string src;
        if (p.Source == SourceKind.Array)
        {
            code.AppendLine($"var arr = {st}.SourceArray;");
            code.AppendLine($"{st}.Return();");
            src = "arr";
        }
        else
        {
            // ListSource's fold: the span of the list as it is when the fold starts.
            code.AppendLine($"var list = {st}.SourceList;");
            code.AppendLine($"{st}.Return();");
            code.AppendLine("var span = global::System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list);");
            src = "span";
        }
        code.AppendLine($"int i0 = VectorPrefix({src}, ref sink);");
        code.AppendLine($"for (int i = i0; i < {src}.Length; i++)");
        code.AppendLine("{");
        code.AppendLine($"    if (!{AtTerminal(p, $"sink.Accept({src}[i])")}) break;");
        code.AppendLine("}");
        comments.Add($"vectorised: Vector<{plan.Lane.Name}> over full blocks ({Describe(plan)}), the scalar loop for the rest");
    }

    private static string Describe(VectorPlan plan) => plan.Terminal switch
    {
        TerminalKind.Sum when plan.CheckedSum => "checked sum of non-negative elements, overflow per lane; a negative element leaves the whole sum to the scalar loop",
        TerminalKind.Sum or TerminalKind.WrappingSum => "wrapping sum per lane",
        TerminalKind.Count => "a count per lane",
        TerminalKind.Average when plan.Widens => "a total in long lanes and a count per lane",
        TerminalKind.Average => "a checked total of non-negative elements and a count per lane; a negative element leaves it to the scalar loop",
        TerminalKind.Any or TerminalKind.All or TerminalKind.Contains => "the scalar loop goes on from the first block that decides",
        TerminalKind.ToArray or TerminalKind.ToList => "stored into the list's span",
        _ => $"{(plan.Terminal == TerminalKind.Min ? "the least" : "the greatest")} per lane, the first of equals",
    };

    /// <summary>The vector loop: a method of the fused class that runs over the full blocks of the source (and of
    /// Zip's arrays), stores into the sink what the scalar loop would have after them, and returns the index the
    /// scalar loop goes on from (0: it did nothing).</summary>
    private static void AppendVectorPrefix(StringBuilder sb, PipelineModel p, VectorPlan plan)
    {
        var lane = plan.Lane;
        string t = lane.Name, v = lane.V, vm = lane.M, ops = VectorLane.Ops;
        var w = new CodeWriter(2);
        w.Line();
        w.Line($"// Full blocks of Vector<{t}>.Count elements, lane by lane; returns where the scalar loop goes on.");
        w.Line($"private static int VectorPrefix(global::System.ReadOnlySpan<{t}> src, ref Sink sink)");
        w.Open();
        w.Line($"if (!{ops}.IsHardwareAccelerated) return 0;");
        w.Line($"int w = {v}.Count;");
        w.Line("int n = src.Length;");
        foreach (var z in plan.Stages)
        {
            if (z.Kind == StageKind.Zip) w.Line($"n = global::System.Math.Min(n, sink.ZA{z.Call}.Length);");
        }
        w.Line("n -= n % w;");
        w.Line("if (n == 0) return 0;");
        w.Line($"ref {t} x0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(src);");
        foreach (var z in plan.Stages)
        {
            if (z.Kind == StageKind.Zip)
            {
                w.Line($"ref {t} z{z.Call} = ref global::System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(sink.ZA{z.Call});");
            }
        }
        switch (plan.Terminal)
        {
            case TerminalKind.Count:
                w.Line($"var cnt = {vm}.Zero;");
                break;
            case TerminalKind.Any or TerminalKind.All:
                break;
            case TerminalKind.Contains:
                w.Line($"var want = new {v}(sink.Value);");
                break;
            case TerminalKind.ToArray or TerminalKind.ToList:
                // The list is the sink's, empty: the blocks' elements go straight into its span, the scalar loop
                // adds the rest.
                w.Line("var list = sink.List;");
                w.Line("if (list.Capacity < src.Length) list.Capacity = src.Length;");
                w.Line("global::System.Runtime.InteropServices.CollectionsMarshal.SetCount(list, n);");
                w.Line($"ref {t} d0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(global::System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));");
                break;
            case TerminalKind.Min or TerminalKind.Max:
                w.Line($"var best = {v}.Zero;");
                w.Line($"var found = {vm}.Zero;");
                if (lane.IsFloat) w.Line($"var at = {vm}.Zero;");
                break;
            default:
                w.Line(plan.Widens ? $"var acc = {ops}<long>.Zero;" : $"var acc = {v}.Zero;");
                if (plan.Terminal == TerminalKind.Average) w.Line($"var cnt = {vm}.Zero;");
                if (plan.TracksOverflow)
                {
                    w.Line($"var hi = {v}.Zero;");
                    w.Line($"var neg = {v}.Zero;");
                }
                break;
        }
        if (plan.TracksOverflow)
        {
            // Chunks of 1024 elements (a multiple of every vector width): a negative element stops the vector loop
            // early and the scalar loop decides from the start.
            w.Line("for (int c = 0; c < n; c += 1024)");
            w.Open();
            w.Line("int end = global::System.Math.Min(n, c + 1024);");
            w.Line("for (int i = c; i < end; i += w)");
        }
        else
        {
            w.Line("for (int i = 0; i < n; i += w)");
        }
        w.Open();
        w.Line($"var x = {ops}.LoadUnsafe(ref x0, (nuint)i);");
        string current = "x";
        string? mask = null;
        long factor = 1; // Maps x => x * c not written yet: current times their product
        void Flush()
        {
            if (factor != 1) w.Line($"var f{current} = {current} * new {v}(({t})({factor}));");
            if (factor != 1) current = $"f{current}";
            factor = 1;
        }
        foreach (var stage in plan.Stages)
        {
            if (stage.Kind == StageKind.Map && VectorExpr.ConstantFactor(stage.Body.Body, lane) is long c)
            {
                factor = lane.Bits == 32 ? unchecked((int)(factor * c)) : unchecked(factor * c);
                continue;
            }
            Flush();
            switch (stage.Kind)
            {
                case StageKind.Map:
                    w.Line($"var v{stage.Call} = {Mapped(stage.Body, lane, current)};");
                    current = $"v{stage.Call}";
                    break;
                case StageKind.Filter:
                    // Every lane's body runs (it cannot throw and has no effect); the mask keeps the ones that pass.
                    w.Line(mask is null
                        ? $"var m = {Mapped(stage.Body, lane, current)};"
                        : $"m &= {Mapped(stage.Body, lane, current)};");
                    mask = "m";
                    break;
                default: // Zip: its array at the same index as the source
                    w.Line($"var b{stage.Call} = {ops}.LoadUnsafe(ref z{stage.Call}, (nuint)i);");
                    w.Line($"var v{stage.Call} = {LineMarks.Mark(stage.Body.Span, VectorExpr.Render(stage.Body.Body, lane, new[] { current, $"b{stage.Call}" }))};");
                    current = $"v{stage.Call}";
                    break;
            }
        }
        Flush();
        switch (plan.Terminal)
        {
            case TerminalKind.Count:
                w.Line(mask is null ? $"cnt -= {vm}.AllBitsSet;" : "cnt -= m;");
                break;
            case TerminalKind.Any or TerminalKind.All or TerminalKind.Contains:
            {
                // The lanes that decide (a match; All: a miss); the scalar loop runs this block again and stops there.
                string decide = plan.Terminal switch
                {
                    TerminalKind.Any => Mapped(plan.Predicate!, lane, current),
                    TerminalKind.All => $"~{Mapped(plan.Predicate!, lane, current)}",
                    // EqualityComparer<T>.Default: NaN equals NaN, -0.0 equals 0.0 (as ==).
                    _ when lane.IsFloat => $"{ops}.Equals({current}, want) | (~{ops}.Equals({current}, {current}) & ~{ops}.Equals(want, want))",
                    _ => $"{ops}.Equals({current}, want)",
                };
                w.Line($"var hit = {decide};");
                if (mask is not null) w.Line("hit &= m;");
                w.Line($"if ({ops}.LessThanAny(hit, {vm}.Zero))");
                w.Open();
                foreach (var z in plan.Stages)
                {
                    if (z.Kind == StageKind.Zip) w.Line($"sink.ZJ{z.Call} = i;");
                }
                w.Line("return i;");
                w.Close();
                break;
            }
            case TerminalKind.ToArray or TerminalKind.ToList:
                w.Line($"{ops}.StoreUnsafe({current}, ref d0, (nuint)i);");
                break;
            case TerminalKind.Min or TerminalKind.Max:
            {
                // A lane takes an element that strictly beats its best so far (or is its first), as the scalar loop.
                w.Line($"var u = ~found | {Beats(plan, current, "best")};");
                if (mask is not null) w.Line("u &= m;");
                w.Line($"best = {ops}.ConditionalSelect(u, {current}, best);");
                if (lane.IsFloat) w.Line($"at = {ops}.ConditionalSelect(u, new {vm}(({lane.MaskName})i), at);");
                w.Line(mask is null ? $"found = {vm}.AllBitsSet;" : "found |= m;");
                break;
            }
            default:
                w.Line(mask is null ? $"var y = {current};" : $"var y = {current} & m;");
                if (plan.Widens)
                {
                    w.Line($"{ops}.Widen(y, out var low, out var high);");
                    w.Line("acc += low + high;");
                }
                else
                {
                    w.Line("acc += y;");
                }
                if (plan.Terminal == TerminalKind.Average) w.Line(mask is null ? $"cnt -= {vm}.AllBitsSet;" : "cnt -= m;");
                if (plan.TracksOverflow)
                {
                    // Over non-negative elements a lane's exact sum only grows from 0: it passed the maximum iff its
                    // wrapped sum was ever negative.
                    w.Line("hi |= acc;");
                    w.Line("neg |= y;");
                }
                break;
        }
        w.Close();
        if (plan.TracksOverflow)
        {
            w.Line($"if ({ops}.LessThanAny(neg, {v}.Zero)) return 0;");
            w.Close();
        }
        switch (plan.Terminal)
        {
            case TerminalKind.Count:
                w.Line("long c = 0;");
                w.Line("for (int l = 0; l < w; l++) c += cnt[l];");
                w.Line(plan.CountAsInt ? "sink.Acc = checked((int)c);" : "sink.Acc = c;");
                break;
            case TerminalKind.Min or TerminalKind.Max:
            {
                // The lanes' bests in the scalar loop's terms: the best, and among equals the first in source order.
                string sign = plan.Terminal == TerminalKind.Min ? "-1" : "1";
                w.Line("bool any = false;");
                w.Line($"{t} b = default;");
                if (lane.IsFloat) w.Line("long bo = 0;");
                w.Line("for (int l = 0; l < w; l++)");
                w.Open();
                w.Line("if (found[l] == 0) continue;");
                w.Line($"int c = global::System.Collections.Generic.Comparer<{t}>.Default.Compare(best[l], b);");
                if (lane.IsFloat)
                {
                    w.Line("long o = (long)at[l] + l;");
                    w.Line($"if (!any || unchecked({sign} * c) > 0 || (c == 0 && o < bo))");
                }
                else
                {
                    w.Line($"if (!any || unchecked({sign} * c) > 0)");
                }
                w.Open();
                w.Line("b = best[l];");
                if (lane.IsFloat) w.Line("bo = o;");
                w.Line("any = true;");
                w.Close();
                w.Close();
                w.Line("if (any)");
                w.Open();
                w.Line("sink.Best = b;");
                w.Line("sink.Found = true;");
                w.Close();
                break;
            }
            case TerminalKind.Any or TerminalKind.All or TerminalKind.Contains or TerminalKind.ToArray or TerminalKind.ToList:
                break;
            default:
                if (plan.TracksOverflow)
                {
                    // No negative element (else the loop returned 0): every prefix sum of the scalar order lies
                    // between 0 and the total, so the scalar loop throws iff the total passes the maximum, iff a lane
                    // did or the sum of the lanes does (checked below). With a negative element a prefix may overflow
                    // where no lane does, or the reverse: only the scalar order decides.
                    w.Line($"if ({ops}.LessThanAny(hi, {v}.Zero)) throw new global::System.OverflowException();");
                }
                // Average over int: at most 2^31 elements of at most 2^31 each, no long lane or total overflows.
                w.Line($"{(plan.Widens ? "long" : t)} total = 0;");
                w.Line($"for (int l = 0; l < {(plan.Widens ? $"{ops}<long>.Count" : "w")}; l++) total = {(plan.TracksOverflow ? "checked" : "unchecked")}(total + acc[l]);");
                if (plan.Terminal == TerminalKind.Average)
                {
                    w.Line("long cn = 0;");
                    w.Line("for (int l = 0; l < w; l++) cn += cnt[l];");
                    w.Line("sink.Total = total;");
                    w.Line("sink.Count = cn;");
                }
                else
                {
                    w.Line("sink.Acc = total;");
                }
                break;
        }
        foreach (var z in plan.Stages)
        {
            // Zip's index into its array: the scalar loop reads it on from the same element.
            if (z.Kind == StageKind.Zip) w.Line($"sink.ZJ{z.Call} = n;");
        }
        w.Line("return n;");
        w.Close();
        sb.Append(w);
    }

    // A Map or Filter body over the vector named current, mapped to the lambda's span in the user's file.
    private static string Mapped(LambdaModel body, VectorLane lane, string current) =>
        LineMarks.Mark(body.Span, VectorExpr.Render(body.Body, lane, new[] { current }));

    // The lanes where x beats the best so far strictly, in Comparer<T>.Default's order (NaN below every number, NaN
    // equal to NaN, -0.0 equal to 0.0).
    private static string Beats(VectorPlan plan, string x, string best)
    {
        string ops = VectorLane.Ops;
        bool min = plan.Terminal == TerminalKind.Min;
        string strict = $"{ops}.{(min ? "LessThan" : "GreaterThan")}({x}, {best})";
        if (!plan.Lane.IsFloat) return $"{strict}";
        string nan(string a) => $"~{ops}.Equals({a}, {a})";
        string num(string a) => $"{ops}.Equals({a}, {a})";
        return min
            ? $"({strict} | ({nan(x)} & {num(best)}))"
            : $"({strict} | ({nan(best)} & {num(x)}))";
    }
}
