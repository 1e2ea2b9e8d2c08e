using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

using Streams.Generators.Model;

namespace Streams.Generators.Emission;

/// <summary>
/// The emitter's part for StepBy, Enumerate, Scan, Accumulate; Repeat, From(List), Range; Min, Max, First,
/// FirstOrDefault and Average. Each writes out what the runtime stage's sink does per element, with the same state
/// in sink fields, so the fused loop makes the same calls in the same order.
/// </summary>
internal static partial class PipelineEmitter
{
    private const string Exhausted = "the iterator has no (more) elements.";

    /// <summary>An <c>Accumulate(folder, initial)</c> stage: its initial value goes through the stages after it
    /// before the source is pulled, as the runtime's ScanIter accepts it before it folds its upstream.</summary>
    private sealed class Seed(int stage, int bodyStart)
    {
        public int Stage { get; } = stage;

        /// <summary>Where the loop body of the stages after this one begins.</summary>
        public int BodyStart { get; } = bodyStart;
    }

    private static string EmitSimpleStage(StageKind kind, int i, CallModel call, string current, string cont,
        StringBuilder code, StringBuilder body, FieldList stateFields, List<string> sinkFields, List<string> sinkInit,
        List<(string Field, string Value)> records, List<Seed> seeds, out string comment)
    {
        var m = call.Method;
        string Arg(int ordinal) => Names.Escape(m.Parameters[ordinal].Name);
        void Field(string type, string name, string value)
        {
            stateFields.Add($"{type}", $"{name}");
            sinkFields.Add($"public {type} {name};");
            sinkInit.Add($"{name} = s.{name}");
            records.Add((name, value));
        }
        // The folder of Scan / Accumulate: inlined over (accumulator, element), or called through its delegate.
        string Folder(int ordinal, string acc)
        {
            var inlined = call.Lambda(ordinal)?.Render(new[] { acc, current });
            if (inlined is not null) return inlined;
            Field(Names.Type(m.Parameters[ordinal].Type), $"F{i}", Arg(ordinal));
            return $"F{i}({acc}, {current})";
        }
        string How(string folder) => folder.StartsWith($"F{i}(", System.StringComparison.Ordinal)
            ? "called through its delegate" : "lambda body inlined";

        string v = $"v{i}";
        switch (kind)
        {
            case StageKind.StepBy:
            {
                // StepByIter's sink: G is the number of elements still to drop before the next produced one.
                code.AppendLine($"global::System.ArgumentOutOfRangeException.ThrowIfNegativeOrZero({Arg(1)}, \"{m.Parameters[1].Name}\");");
                Field("long", $"P{i}", Arg(1));
                sinkFields.Add($"public long G{i};");
                body.AppendLine($"                if (G{i} > 0)");
                body.AppendLine("                {");
                body.AppendLine($"                    G{i}--;");
                body.AppendLine($"                    return {cont};");
                body.AppendLine("                }");
                body.AppendLine($"                G{i} = P{i} - 1;");
                comment = "StepBy: a gap counter in the loop";
                return current;
            }
            case StageKind.Enumerate:
            {
                var output = Names.Type(Types.Element(m.ReturnType)!);
                Field("long", $"E{i}", Arg(1));
                // A tuple the downstream does not read (Map(p => 1)) would warn as unused.
                body.AppendLine("#pragma warning disable CS0219");
                body.AppendLine($"                {output} {v} = (E{i}, {current});");
                body.AppendLine("#pragma warning restore CS0219");
                body.AppendLine($"                E{i} = unchecked(E{i} + 1);");
                comment = "Enumerate: an index in the loop, wrapping like the runtime one";
                return v;
            }
            case StageKind.Scan:
            {
                code.AppendLine(NullCheck(m, 2));
                Field(Names.Type(m.Parameters[1].Type), $"A{i}", Arg(1));
                var folder = Folder(2, $"A{i}");
                body.AppendLine($"                A{i} = {folder};");
                body.AppendLine($"                var {v} = A{i};");
                comment = $"Scan: {How(folder)}, the accumulator lives in the loop";
                return v;
            }
            case StageKind.Accumulate:
            {
                // AccumulateIter's sink: the first element is the total as it is; the folder runs from the second on.
                code.AppendLine(NullCheck(m, 1));
                var type = Names.Type(Types.Element(m.ReturnType)!);
                sinkFields.Add($"public {type} A{i};");
                sinkFields.Add($"public bool S{i};");
                var folder = Folder(1, $"A{i}");
                body.AppendLine($"                A{i} = S{i} ? ({folder}) : {current};");
                body.AppendLine($"                S{i} = true;");
                body.AppendLine($"                var {v} = A{i};");
                comment = $"Accumulate: {How(folder)}, the first element passes as it is";
                return v;
            }
            default: // StageKind.AccumulateSeeded
            {
                code.AppendLine(NullCheck(m, 1));
                Field(Names.Type(m.Parameters[2].Type), $"A{i}", Arg(2));
                var folder = Folder(1, $"A{i}");
                body.AppendLine($"                A{i} = {folder};");
                body.AppendLine($"                var {v} = A{i};");
                seeds.Add(new Seed(i, body.Length));
                comment = $"Accumulate: {How(folder)}, the initial value goes through the later stages before the first pull";
                return v;
            }
        }
    }

    // One method per seeded Accumulate: the loop body of the stages after it, run on its initial value.
    private static void AppendSeedMethods(StringBuilder sb, List<Seed> seeds, string body)
    {
        foreach (var seed in seeds)
        {
            sb.AppendLine();
            sb.AppendLine($"            // Accumulate's initial value (call {seed.Stage}), produced before the first pull.");
            sb.AppendLine($"            public bool Seed{seed.Stage}()");
            sb.AppendLine("            {");
            sb.AppendLine($"                var v{seed.Stage} = A{seed.Stage};");
            sb.Append(body.Substring(seed.BodyStart));
            sb.AppendLine("            }");
        }
    }

    /// <summary>Runs the seeds, the last stage's first (it produces before it pulls the earlier ones), each only
    /// while every Take after it still wants elements; returns the guard of the source loop.</summary>
    private static string EmitSeeds(StringBuilder code, List<Seed> seeds, List<string> takeChecks, List<int> takeAt,
        string run, string? source)
    {
        if (seeds.Count == 0) return run;
        code.AppendLine("bool go = true;");
        if (source is not null)
        {
            code.AppendLine("try");
            code.AppendLine("{");
        }
        for (int k = seeds.Count - 1; k >= 0; k--)
        {
            var checks = new List<string> { "go" };
            for (int t = 0; t < takeAt.Count; t++)
            {
                if (takeAt[t] > seeds[k].Stage) checks.Add($"sink.{takeChecks[t]} != 0");
            }
            code.AppendLine($"{(source is null ? "" : "    ")}go = {string.Join(" && ", checks)} && sink.Seed{seeds[k].Stage}();");
        }
        if (source is not null)
        {
            // An exception there leaves the runtime pipeline through its outermost fold, which releases the source.
            code.AppendLine("}");
            code.AppendLine("catch (global::System.Exception e)");
            code.AppendLine("{");
            code.AppendLine($"    ReleaseAfter({source}, e);");
            code.AppendLine("    throw;");
            code.AppendLine("}");
        }
        var all = new List<string> { "go" };
        all.AddRange(takeChecks.Select(c => $"sink.{c} != 0"));
        return $"if ({string.Join(" && ", all)}) ";
    }

    // First/FirstOrDefault without a predicate pull once through TryNext in the runtime, not through a fold.
    private static bool PullPathTerminal(PipelineModel p, MethodModel terminal) =>
        p.Terminal is TerminalKind.First or TerminalKind.FirstOrDefault
        && terminal.Ordinal("predicate") < 0;

    // The runtime pulls the pipeline through TryNext: the source through its own TryNext, and an exception from a
    // stage reaches the outermost TryNext, which releases the whole chain, the source with it.
    // The scalar loop over a Range, as RangeSource folds it: x is the next value, d the step, remaining how many are
    // left (computed once); one Accept per element. Shared by the scalar source loop and the vectorised loop's tail.
    private static void EmitRangeLoop(PipelineModel p, StringBuilder code, string t, string run)
    {
        code.AppendLine($"{run}while (remaining != 0)");
        code.AppendLine("{");
        code.AppendLine($"    {t} v = x;");
        code.AppendLine("    remaining--;");
        code.AppendLine("    x = unchecked(v + d);");
        code.AppendLine($"    if (!{AtTerminal(p, "sink.Accept(v)")}) break;");
        code.AppendLine("}");
    }

    private static void EmitPullLoop(PipelineModel p, StringBuilder code, string run)
    {
        code.AppendLine($"{run}{{");
        code.AppendLine("    try");
        code.AppendLine("    {");
        code.AppendLine("        while (src.TryNext(out var x))");
        code.AppendLine("        {");
        code.AppendLine($"            if (!{AtTerminal(p, "sink.Accept(x)")}) break;");
        code.AppendLine("        }");
        code.AppendLine("    }");
        code.AppendLine("    catch (global::System.Exception e)");
        code.AppendLine("    {");
        code.AppendLine("        ReleaseAfter(src, e);");
        code.AppendLine("        throw;");
        code.AppendLine("    }");
        code.AppendLine("}");
    }

    private static void EmitSimpleSource(PipelineModel p, MethodModel m, StringBuilder code, FieldList stateFields,
        List<string> comments)
    {
        string Arg(int ordinal) => Names.Escape(m.Parameters[ordinal].Name);
        var t = Names.Type(p.Start);
        switch (p.Source)
        {
            case SourceKind.Repeat:
                code.AppendLine("var s = State.Rent();");
                code.AppendLine($"s.RepeatValue = {Arg(0)};");
                code.AppendLine(m.Parameters.Length == 1
                    ? "s.RepeatCount = -1L;"
                    : $"s.RepeatCount = global::System.Math.Max({Arg(1)}, 0L);");
                stateFields.Add($"{t}", $"RepeatValue");
                stateFields.Add("long", "RepeatCount");
                comments.Add(m.Parameters.Length == 1
                    ? "source: Pull.Repeat(value), endless"
                    : "source: Pull.Repeat(value, count), a negative count is empty");
                break;
            case SourceKind.List:
                code.AppendLine($"global::System.ArgumentNullException.ThrowIfNull({Arg(0)}, \"{m.Parameters[0].Name}\");");
                code.AppendLine("var s = State.Rent();");
                code.AppendLine($"s.SourceList = {Arg(0)};");
                stateFields.Add($"{Names.Type(m.Parameters[0].Type)}", $"SourceList");
                comments.Add(PullPathTerminal(p, p.Calls[p.Calls.Length - 1].Method)
                    ? "source: Pull.From(list), the live list read by index (the runtime's pull path)"
                    : "source: Pull.From(list), its span as it is when the loop starts (the runtime's fold path)");
                break;
            default: // SourceKind.Range
                if (m.Parameters.Length == 3)
                {
                    code.AppendLine($"if ({Arg(2)} == 0) throw new global::System.ArgumentOutOfRangeException(\"{m.Parameters[2].Name}\", {Arg(2)}, \"The step must not be zero.\");");
                }
                code.AppendLine("var s = State.Rent();");
                code.AppendLine($"s.SourceStart = {Arg(0)}; s.SourceStop = {Arg(1)}; s.SourceStep = {(m.Parameters.Length == 3 ? Arg(2) : "1")};");
                stateFields.Add($"{t}", $"SourceStart");
                stateFields.Add($"{t}", $"SourceStop");
                stateFields.Add($"{t}", $"SourceStep");
                comments.Add("source: Pull.Range, its length computed once as the runtime does");
                break;
        }
    }

    private static void EmitSimpleSourceLoop(PipelineModel p, StringBuilder code, string st, List<Seed> seeds,
        List<string> takeChecks, List<int> takeAt, string run, bool pullPath)
    {
        var t = Names.Type(p.Start);
        switch (p.Source)
        {
            case SourceKind.Repeat:
                // RepeatSource's fold: a negative count is endless; otherwise the count drops before each element.
                code.AppendLine($"{t} value = {st}.RepeatValue;");
                code.AppendLine($"long remaining = {st}.RepeatCount;");
                code.AppendLine($"{st}.Return();");
                run = EmitSeeds(code, seeds, takeChecks, takeAt, run, null);
                code.AppendLine($"{run}{{");
                code.AppendLine("    if (remaining < 0)");
                code.AppendLine("    {");
                code.AppendLine($"        while ({AtTerminal(p, "sink.Accept(value)")})");
                code.AppendLine("        {");
                code.AppendLine("        }");
                code.AppendLine("    }");
                code.AppendLine("    else");
                code.AppendLine("    {");
                code.AppendLine("        while (remaining > 0)");
                code.AppendLine("        {");
                code.AppendLine("            remaining--;");
                code.AppendLine($"            if (!{AtTerminal(p, "sink.Accept(value)")}) break;");
                code.AppendLine("        }");
                code.AppendLine("    }");
                code.AppendLine("}");
                break;
            case SourceKind.List:
                code.AppendLine($"var list = {st}.SourceList;");
                code.AppendLine($"{st}.Return();");
                run = EmitSeeds(code, seeds, takeChecks, takeAt, run, null);
                if (pullPath)
                {
                    // ListSource.TryAdvance: the list's current count and element at each pull.
                    code.AppendLine($"{run}for (int i = 0; (uint)i < (uint)list.Count; i++)");
                    code.AppendLine("{");
                    code.AppendLine($"    if (!{AtTerminal(p, "sink.Accept(list[i])")}) break;");
                    code.AppendLine("}");
                }
                else
                {
                    // ListSource's fold: the span of the list as it is when the fold starts (what a lambda does to the
                    // list afterwards shows only where it writes into that same backing array).
                    code.AppendLine($"{run}{{");
                    code.AppendLine("    var span = global::System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list);");
                    code.AppendLine("    for (int i = 0; i < span.Length; i++)");
                    code.AppendLine("    {");
                    code.AppendLine($"        if (!{AtTerminal(p, "sink.Accept(span[i])")}) break;");
                    code.AppendLine("    }");
                    code.AppendLine("}");
                }
                break;
            default: // SourceKind.Range
                code.AppendLine($"{t} x = {st}.SourceStart, d = {st}.SourceStep;");
                code.AppendLine($"ulong remaining = RangeLength({st}.SourceStart, {st}.SourceStop, d);");
                code.AppendLine($"{st}.Return();");
                run = EmitSeeds(code, seeds, takeChecks, takeAt, run, null);
                EmitRangeLoop(p, code, t, run);
                break;
        }
    }

    private static string? EmitSimpleTerminal(PipelineModel p, CallModel call, TypeRef input, string current,
        StringBuilder code, StringBuilder body, List<string> sinkFields, List<string> terminalInit, List<string> comments,
        out string? terminalCont)
    {
        var m = call.Method;
        var t = Names.Type(input);
        string Arg(int ordinal) => Names.Escape(m.Parameters[ordinal].Name);
        string Throw(string what) => $"throw new global::Streams.IteratorExhaustedException(\"{what}: {Exhausted}\")";
        terminalCont = null;
        int selector = m.Ordinal("selector");
        if (selector >= 0 && p.Terminal is TerminalKind.Min or TerminalKind.Max or TerminalKind.Average)
        {
            // Min/Max/Average(selector) run over source.Map(selector) in the library: a map step in front.
            code.AppendLine(NullCheck(m, selector));
            var selected = call.Lambda(selector)?.Render(new[] { current });
            if (selected is null)
            {
                sinkFields.Add($"public {Names.Type(m.Parameters[selector].Type)} TS;");
                terminalInit.Add($"sink.TS = {Arg(selector)};");
            }
            body.AppendLine($"                var selected = {selected ?? $"TS({current})"};");
            comments.Add($"{m.Name}: selector {(selected is null ? "called through its delegate" : "lambda body inlined")}");
            current = "selected";
            input = m.Parameters[selector].Type.FuncResult!;
            t = Names.Type(input);
        }
        switch (p.Terminal)
        {
            case TerminalKind.Min:
            case TerminalKind.Max:
            {
                // MinMax.Extreme: the first element that no later one beats strictly; a type that admits null skips
                // nulls and gives null when nothing is left, any other type throws on empty.
                bool nullable = input.AdmitsNull;
                string sign = p.Terminal == TerminalKind.Min ? "-1" : "1";
                string compare;
                if (m.Parameters.Length == 2 && selector < 0)
                {
                    sinkFields.Add($"public global::System.Collections.Generic.IComparer<{t}> Cmp;");
                    terminalInit.Add($"sink.Cmp = {Arg(1)} ?? global::System.Collections.Generic.Comparer<{t}>.Default;");
                    compare = $"Cmp.Compare({current}, Best)";
                }
                else
                {
                    compare = $"global::System.Collections.Generic.Comparer<{t}>.Default.Compare({current}, Best)";
                }
                sinkFields.Add($"public {t} Best;");
                if (nullable)
                {
                    body.AppendLine($"                if ({current} is not null && (Best is null || unchecked({sign} * {compare}) > 0)) Best = {current};");
                }
                else
                {
                    sinkFields.Add("public bool Found;");
                    body.AppendLine($"                if (!Found || unchecked({sign} * {compare}) > 0)");
                    body.AppendLine("                {");
                    body.AppendLine($"                    Best = {current};");
                    body.AppendLine("                    Found = true;");
                    body.AppendLine("                }");
                }
                comments.Add($"{m.Name}: the best element so far lives in the loop{(nullable ? ", nulls skipped" : "")}");
                return nullable ? "sink.Best" : $"sink.Found ? sink.Best : {Throw(m.Name)}";
            }
            case TerminalKind.First:
            case TerminalKind.FirstOrDefault:
            {
                int predicate = m.Ordinal("predicate"), fallback = m.Ordinal("defaultValue");
                sinkFields.Add("public bool Found;");
                sinkFields.Add($"public {t} Item;");
                string? inlined = null;
                if (predicate >= 0)
                {
                    code.AppendLine(NullCheck(m, predicate));
                    inlined = call.Lambda(predicate)?.Render(new[] { current });
                    if (inlined is null)
                    {
                        sinkFields.Add($"public {Names.Type(m.Parameters[predicate].Type)} TF;");
                        terminalInit.Add($"sink.TF = {Arg(predicate)};");
                    }
                    body.AppendLine($"                if ({inlined ?? $"TF({current})"})");
                    body.AppendLine("                {");
                    body.AppendLine("                    Found = true;");
                    body.AppendLine($"                    Item = {current};");
                    body.AppendLine("                    return false;");
                    body.AppendLine("                }");
                }
                else
                {
                    body.AppendLine("                Found = true;");
                    body.AppendLine($"                Item = {current};");
                    terminalCont = "false";
                }
                comments.Add(predicate >= 0
                    ? $"{m.Name}: stops at the first match, predicate {(inlined is null ? "called through its delegate" : "inlined")}"
                    : $"{m.Name}: stops at the first element, pulled as the runtime pulls (TryNext)");
                string otherwise = p.Terminal == TerminalKind.First ? Throw("First")
                    : fallback >= 0 ? Arg(fallback) : $"default({Names.Type(m.ReturnType!)})";
                return $"sink.Found ? sink.Item : {otherwise}";
            }
            case TerminalKind.Aggregate:
            {
                // Aggregate(func): the first element becomes the accumulator, func runs from the second on.
                code.AppendLine(NullCheck(m, 1));
                var inlined = call.Lambda(1)?.Render(new[] { "Acc", current });
                if (inlined is null)
                {
                    sinkFields.Add($"public {Names.Type(m.Parameters[1].Type)} TF;");
                    terminalInit.Add($"sink.TF = {Arg(1)};");
                }
                sinkFields.Add("public bool Found;");
                sinkFields.Add($"public {t} Acc;");
                body.AppendLine("                if (Found)");
                body.AppendLine("                {");
                body.AppendLine($"                    Acc = {inlined ?? $"TF(Acc, {current})"};");
                body.AppendLine("                }");
                body.AppendLine("                else");
                body.AppendLine("                {");
                body.AppendLine($"                    Acc = {current};");
                body.AppendLine("                    Found = true;");
                body.AppendLine("                }");
                comments.Add($"Aggregate: the first element starts the accumulator, func {(inlined is null ? "called through its delegate" : "inlined")}");
                return $"sink.Found ? sink.Acc : {Throw("Aggregate")}";
            }
            default: // TerminalKind.Average
            {
                // Average's WideningSumSink: a checked running total in the wider type and a count.
                var (total, add, mean) = input.Special switch
                {
                    SpecialType.System_Int32 => ("long", $"checked(Total + {current})", "(double)sink.Total / sink.Count"),
                    SpecialType.System_Int64 => ("long", $"checked(Total + {current})", "(double)sink.Total / sink.Count"),
                    SpecialType.System_Single => ("double", $"Total + (double){current}", "(float)(sink.Total / sink.Count)"),
                    _ => (t, $"Total + {current}", "sink.Total / sink.Count"),
                };
                sinkFields.Add($"public {total} Total;");
                sinkFields.Add("public long Count;");
                body.AppendLine($"                Total = {add};");
                body.AppendLine("                Count++;");
                comments.Add("Average: a checked total and a count in the loop");
                return $"sink.Count == 0 ? {Throw("Average")} : {mean}";
            }
        }
    }

    // Helpers the loops of this file call: written into the fused class only when a loop uses them.
    private static void AppendHelpers(StringBuilder sb, PipelineModel p)
    {
        var terminal = p.Calls[p.Calls.Length - 1].Method;
        bool seeded = p.Calls.Any(c => c.Method.Name == "Accumulate" && c.Method.Parameters.Length == 3);
        if (p.Source == SourceKind.Iter && (seeded || PullPathTerminal(p, terminal)))
        {
            sb.AppendLine();
            sb.AppendLine("        // What Iter.FinishAfter does when an exception leaves a pipeline: release, keeping a release fault in Data.");
            sb.AppendLine($"        private static void ReleaseAfter<T>({Iter}<T> source, global::System.Exception error)");
            sb.AppendLine("        {");
            sb.AppendLine("            try");
            sb.AppendLine("            {");
            sb.AppendLine("                source.Dispose();");
            sb.AppendLine("            }");
            sb.AppendLine("            catch (global::System.Exception release) when (!global::System.Object.ReferenceEquals(release, error))");
            sb.AppendLine("            {");
            sb.AppendLine("                error.Data[global::Streams.Pull.ReleaseExceptionKey] = release;");
            sb.AppendLine("            }");
            sb.AppendLine("        }");
        }
        if (p.Source == SourceKind.Range)
        {
            sb.AppendLine();
            sb.AppendLine("        // RangeLength.Of for primitive integers: the count in Int128, where it cannot overflow, saturated to ulong.");
            sb.AppendLine("        private static ulong RangeLength(global::System.Int128 start, global::System.Int128 stop, global::System.Int128 step) =>");
            sb.AppendLine("            ulong.CreateSaturating(step > 0");
            sb.AppendLine("                ? (stop > start ? (stop - start - 1) / step + 1 : global::System.Int128.Zero)");
            sb.AppendLine("                : (stop < start ? (stop - start + 1) / step + 1 : global::System.Int128.Zero));");
        }
    }
}
