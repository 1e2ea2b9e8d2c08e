// Emission (vectorised loops): the terminal loop of a pipeline Vectorisable.Plan accepts. The vector loop runs over
// the full blocks of Vector<T>.Count elements and leaves the sink exactly as the scalar loop would have left it after
// those elements (or untouched, when only the scalar order can decide); today's scalar loop then runs from where it
// stopped, so it writes the tail, and the whole input when the hardware has no vector unit.
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Streams.Generators.Emission.Vector;
using Streams.Generators.Model;

namespace Streams.Generators.Emission;

internal static partial class PipelineEmitter
{
    /// <summary>The loop of the terminal's interceptor: read the source out of the state <paramref name="st"/>, give the
    /// state back, run the vector prefix, then the scalar loop from where the prefix stopped (guarded as the scalar
    /// loop alone is: it runs only while every Take still wants elements).</summary>
    private static void EmitVectorLoop(PipelineModel p, VectorPlan plan, string st, StringBuilder code, List<string> comments)
    {
        var takes = plan.Takes.Select(c => $"sink.N{c} != 0").ToList();
        string run = takes.Count == 0 ? "" : $"if ({string.Join(" && ", takes)}) ";
        string t = plan.Lane.Name;
        switch (p.Source)
        {
            case SourceKind.Array:
            case SourceKind.List:
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
                code.AppendLine($"int i0 = (int)VectorPrefix({src}, ref sink);");
                code.AppendLine($"{run}for (int i = i0; i < {src}.Length; i++)");
                code.AppendLine("{");
                code.AppendLine($"    if (!{AtTerminal(p, $"sink.Accept({src}[i])")}) break;");
                code.AppendLine("}");
                break;
            }
            case SourceKind.Counter:
                // The counter's value after i0 elements is start + i0 * step, wrapping as the scalar loop's additions.
                code.AppendLine($"{t} x = {st}.SourceStart, step = {st}.SourceStep;");
                code.AppendLine($"{st}.Return();");
                code.AppendLine("long i0 = VectorPrefix(x, step, long.MaxValue, ref sink);");
                code.AppendLine($"x = unchecked(x + ({t})i0 * step);");
                code.AppendLine($"{run}while ({AtTerminal(p, "sink.Accept(x)")}) x = unchecked(x + step);");
                break;
            default: // SourceKind.Range: RangeSource's fold, its length computed once
                code.AppendLine($"{t} x = {st}.SourceStart, d = {st}.SourceStep;");
                code.AppendLine($"ulong remaining = RangeLength({st}.SourceStart, {st}.SourceStop, d);");
                code.AppendLine($"{st}.Return();");
                code.AppendLine("long i0 = VectorPrefix(x, d, remaining > long.MaxValue ? long.MaxValue : (long)remaining, ref sink);");
                code.AppendLine($"x = unchecked(x + ({t})i0 * d);");
                code.AppendLine("remaining -= (ulong)i0;");
                EmitRangeLoop(p, code, t, run);
                break;
        }
        string over = p.Source switch
        {
            SourceKind.Counter => "the counter's lanes start + k * step",
            SourceKind.Range => "the range's lanes start + k * step",
            _ => "full blocks",
        };
        string window = plan.Windowed ? ", within the positions Take/Skip/Zip let through" : "";
        if (plan.Stages.Any(s => s.Counted)) window += ", a Take after a Filter counting the mask's lanes";
        comments.Add($"vectorised: Vector<{plan.Lane.Name}> over {over}{window} ({Describe(plan)}), the scalar loop for the rest");
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

    /// <summary>The vector loop: a method of the fused class that runs over the full blocks of a window of source
    /// positions (all of them, or those the Take/Skip/Zip stages let through), stores into the sink what the scalar
    /// loop would have after the positions up to the window's last full block, and returns the number of positions
    /// the scalar loop goes on after (0: it did nothing).</summary>
    private static void AppendVectorPrefix(StringBuilder sb, PipelineModel p, VectorPlan plan)
    {
        var lane = plan.Lane;
        string t = lane.Name, v = lane.V, vm = lane.M, ops = VectorLane.Ops;
        bool counter = p.Source is SourceKind.Counter or SourceKind.Range;
        var w = new CodeWriter(2);
        w.Line();
        if (counter)
        {
            w.Line($"// Full blocks of Vector<{t}>.Count elements of the counter start, start + step, ... (length of them at");
            w.Line("// most), lane by lane; returns how many the scalar loop goes on after.");
            w.Line($"private static long VectorPrefix({t} start, {t} step, long length, ref Sink sink)");
        }
        else
        {
            w.Line($"// Full blocks of Vector<{t}>.Count elements, lane by lane; returns where the scalar loop goes on.");
            w.Line($"private static long VectorPrefix(global::System.ReadOnlySpan<{t}> src, ref Sink sink)");
        }
        w.Open();
        w.Line($"if (!{ops}.IsHardwareAccelerated) return 0;");
        w.Line($"int w = {v}.Count;");
        // The window [lo, lim) of source positions whose elements reach the stage after the bounding stages: Skip(n)
        // moves lo on by n, Take(n) and Zip (its array's length) bring lim down to lo + n; sums saturate at lim.
        w.Line($"long lo = 0, lim = {(counter ? "length" : "src.Length")};");
        foreach (var z in plan.Stages)
        {
            string Clip(string n) => $"{n} >= lim - lo ? lim : lo + {n}";
            switch (z.Kind)
            {
                case StageKind.Skip:
                    w.Line($"lo = {Clip($"sink.N{z.Call}")};");
                    break;
                case StageKind.Take when !z.Counted:
                    w.Line($"lim = {Clip($"sink.N{z.Call}")};");
                    break;
                case StageKind.Zip:
                    // Zip's array index of source position i is i - o (the positions Skips before it dropped).
                    w.Line($"long o{z.Call} = lo;");
                    w.Line($"lim = {Clip($"sink.ZA{z.Call}.Length")};");
                    break;
            }
        }
        if (plan.Terminal is TerminalKind.Count or TerminalKind.Average && lane.Bits == 32)
        {
            // A count per int lane: at most 2^31 - 1 positions (the scalar loop counts on from there, checked).
            w.Line("if (lim - lo > int.MaxValue) lim = lo + int.MaxValue;");
        }
        if (plan.Terminal is TerminalKind.ToArray or TerminalKind.ToList)
        {
            // The list is sized for the window up front: only where a list can hold it (else the scalar loop fails as
            // it would).
            w.Line("if (lim - lo > global::System.Array.MaxLength) return 0;");
        }
        w.Line("long end = lim - (lim - lo) % w;");
        w.Line("if (end <= lo) return 0;");
        if (counter)
        {
            // Lane k of the first block holds start + (lo + k) * step; each block adds w * step (all wrapping, as the
            // scalar loop's additions, so a counter that passes MaxValue has the same values lane by lane).
            w.Line($"var next = {ops}.CreateSequence(unchecked(start + ({t})lo * step), step);");
            w.Line($"var advance = new {v}(unchecked(({t})w * step));");
        }
        else
        {
            w.Line($"ref {t} x0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(src);");
        }
        foreach (var z in plan.Stages)
        {
            if (z.Kind == StageKind.Zip)
            {
                w.Line($"ref {t} z{z.Call} = ref global::System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(sink.ZA{z.Call});");
            }
            // A Take after a Filter: its count, as of the start of the block the loop is at.
            if (z.Counted)
            {
                // A Take after a Filter: its count as of the last check (t), the mask lanes since then (q, -1 each),
                // and how many more blocks, from the last check on, cannot spend it (each passes at most w lanes).
                w.Line($"long t{z.Call} = sink.N{z.Call}, safe{z.Call} = 0;");
                w.Line($"var q{z.Call} = {vm}.Zero;");
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
                w.Line("if (list.Capacity < lim - lo) list.Capacity = (int)(lim - lo);");
                w.Line("global::System.Runtime.InteropServices.CollectionsMarshal.SetCount(list, (int)(end - lo));");
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
            w.Line("for (long c = lo; c < end; c += 1024)");
            w.Open();
            w.Line("long stop = global::System.Math.Min(end, c + 1024);");
            w.Line("for (long i = c; i < stop; i += w)");
        }
        else
        {
            w.Line("for (long i = lo; i < end; i += w)");
        }
        w.Open();
        if (counter)
        {
            w.Line("var x = next;");
            w.Line("next += advance;");
        }
        else
        {
            w.Line($"var x = {ops}.LoadUnsafe(ref x0, (nuint)i);");
        }
        string current = "x";
        string? mask = null;
        long factor = 1; // Maps x => x * c not written yet: current times their product
        void Flush()
        {
            if (factor != 1) w.Line($"var f{current} = {current} * new {v}(({t})({factor}));");
            if (factor != 1) current = $"f{current}";
            factor = 1;
        }
        var counted = new List<string>();
        foreach (var stage in plan.Stages)
        {
            if (stage.Counted)
            {
                // Once the blocks known not to spend this Take are used up: fold the counted lanes into its count and
                // look at this block's lanes that reach it (a mask lane is -1). A block it cannot take whole (it would
                // be spent in it, or right at its end) ends the vector loop there: the scalar loop runs that block, so
                // the Take stops at the same element, and its count never reaches 0 here.
                string k = stage.Call.ToString(System.Globalization.CultureInfo.InvariantCulture);
                w.Line($"if (safe{k} == 0)");
                w.Open();
                w.Line($"t{k} += (long){ops}.Sum(q{k});");
                w.Line($"q{k} = {vm}.Zero;");
                w.Line($"long p{k} = -(long){ops}.Sum({mask});");
                w.Line($"if (p{k} >= t{k})");
                w.Open();
                w.Line("end = i;");
                w.Line("break;");
                w.Close();
                // This block and (t - p - 1) / w more pass fewer than t lanes in all (at most 2^20, so that an int
                // lane of q cannot overflow).
                w.Line($"safe{k} = 1 + global::System.Math.Min((t{k} - p{k} - 1) / w, 1L << 20);");
                w.Close();
                w.Line($"safe{k}--;");
                // The lanes that reach it, as of here (a later Filter narrows m), counted after the terminal's part.
                w.Line($"var r{k} = {mask};");
                counted.Add($"q{k} += r{k};");
                continue;
            }
            if (stage.Kind is StageKind.Take or StageKind.Skip) continue; // the window's bounds, not per lane
            if (stage.Kind == StageKind.Map && VectorExpr.ConstantFactor(stage.Body!.Body, lane) is long c)
            {
                factor = lane.Bits == 32 ? unchecked((int)(factor * c)) : unchecked(factor * c);
                continue;
            }
            Flush();
            switch (stage.Kind)
            {
                case StageKind.Map:
                    w.Line($"var v{stage.Call} = {Mapped(stage.Body!, lane, current)};");
                    current = $"v{stage.Call}";
                    break;
                case StageKind.Filter:
                    // Every lane's body runs (it cannot throw and has no effect); the mask keeps the ones that pass.
                    w.Line(mask is null
                        ? $"var m = {Mapped(stage.Body!, lane, current)};"
                        : $"m &= {Mapped(stage.Body!, lane, current)};");
                    mask = "m";
                    break;
                default: // Zip: its array at the same index as the source
                    w.Line($"var b{stage.Call} = {ops}.LoadUnsafe(ref z{stage.Call}, (nuint)(i - o{stage.Call}));");
                    w.Line($"var v{stage.Call} = {LineMarks.Mark(stage.Body!.Span, VectorExpr.Render(stage.Body.Body, lane, new[] { current, $"b{stage.Call}" }))};");
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
                if (plan.Windowed) w.Line("VectorConsumed(i, ref sink);");
                foreach (var z in plan.Stages) if (z.Counted) w.Line($"sink.N{z.Call} = t{z.Call} + (long){ops}.Sum(q{z.Call});");
                w.Line("return i;");
                w.Close();
                break;
            }
            case TerminalKind.ToArray or TerminalKind.ToList:
                w.Line($"{ops}.StoreUnsafe({current}, ref d0, (nuint)(i - lo));");
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
        // After the terminal's part (an Any/All/Contains that decides in this block hands over the counts at its start).
        foreach (var line in counted) w.Line(line);
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
        if (plan.Windowed) w.Line("VectorConsumed(end, ref sink);");
        foreach (var z in plan.Stages) if (z.Counted) w.Line($"sink.N{z.Call} = t{z.Call} + (long){ops}.Sum(q{z.Call});");
        w.Line("return end;");
        w.Close();
        if (plan.Windowed) AppendConsumed(w, plan);
        sb.Append(w);
    }

    /// <summary>VectorConsumed(e): the bounding stages' counters as the scalar loop leaves them after the first e source
    /// positions, e at most the window's end (so no Take is past zero and every Zip found its element): c elements
    /// reach each stage in turn; Skip drops min(c, n) of them, Take counts c down, Zip's index is c.</summary>
    private static void AppendConsumed(CodeWriter w, VectorPlan plan)
    {
        w.Line();
        w.Line("// The Take/Skip counts and Zip indices as the scalar loop leaves them after the first e source positions.");
        w.Line("private static void VectorConsumed(long e, ref Sink sink)");
        w.Open();
        w.Line("long c = e;");
        foreach (var z in plan.Stages)
        {
            switch (z.Kind)
            {
                case StageKind.Skip:
                    w.Line($"long s{z.Call} = global::System.Math.Min(c, sink.N{z.Call});");
                    w.Line($"sink.N{z.Call} -= s{z.Call};");
                    w.Line($"c -= s{z.Call};");
                    break;
                case StageKind.Take when !z.Counted:
                    w.Line($"sink.N{z.Call} -= c;");
                    break;
                case StageKind.Zip:
                    w.Line($"sink.ZJ{z.Call} = (int)c;");
                    break;
            }
        }
        w.Close();
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
