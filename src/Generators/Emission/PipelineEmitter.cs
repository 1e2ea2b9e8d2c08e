using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

using Streams.Generators.Emission.Stages;
using Streams.Generators.Model;

namespace Streams.Generators.Emission;

/// <summary>
/// Writes the interceptors for one fused expression: one per call, from the source (or first operator) to the
/// terminal, all in one class of the site's own (a unique internal name, <see cref="GeneratedFile.ClassName"/>).
/// </summary>
/// <remarks>
/// <para>The calls before the terminal build nothing but hand one per-site <c>State</c> object along: the first call
/// takes it from a per-thread slot, each operator records its arguments in it (after the same eager argument checks
/// as the runtime operator), and the terminal copies everything out, puts the state back in the slot and only then
/// runs the loop. So a pipeline allocates nothing, and a call site that runs again while its state is out (an
/// argument expression or a lambda that reaches the same site, on this thread or another, or an exception between the
/// first call and the terminal) simply finds the slot empty and allocates a state of its own.</para>
/// <para>Where an operator changes the element type, the state travels in a <c>FusedHandle</c> (rented the same
/// way), because each call must return an <c>Iter&lt;T&gt;</c> of its own element type.</para>
/// </remarks>
internal static partial class PipelineEmitter
{
    private const string Iter = "global::Streams.Iter";

    /// <param name="className">The generated class's name, unique in the compilation (<see cref="GeneratedFile.ClassName"/>).</param>
    /// <param name="localAttribute">Whether the file declares its own file-local <c>InterceptsLocationAttribute</c>.</param>
    /// <param name="vectorize">Whether a pipeline <see cref="Vector.Vectorisable"/> accepts gets a vector loop
    /// (<c>&lt;StreamsVectorize&gt;</c>).</param>
    public static string Emit(PipelineModel p, string className, bool localAttribute = true, bool vectorize = true)
    {
        var vector = vectorize ? Vector.Vectorisable.Plan(p) : null;
        var start = Names.Type(p.Start);
        var stateFields = new FieldList();
        var sinkFields = new List<string>();
        var sinkInit = new List<string>();
        var body = new StringBuilder();
        var comments = new List<string>();
        var interceptors = new StringBuilder();
        var takeChecks = new List<string>();
        string cont = "true";
        string current = "item";
        var seeds = new List<Seed>();
        var takeAt = new List<int>();
        var terminalInit = new List<string>();
        string? terminalCont = null;
        var nested = new NestedEmitter(stateFields, sinkFields, sinkInit, takeChecks, interceptors);
        var firstSegment = body;

        if (!p.SourceIntercepted)
        {
            stateFields.Add($"{Iter}<{start}>", $"SourceIter");
            comments.Add($"source: an Iter<{p.Start.Display}> expression, driven through its {(PullPathTerminal(p, p.Calls[p.Calls.Length - 1].Method) ? "TryNext (as the runtime's First pulls)" : "TryFold")}");
        }
        for (int i = 0; i < p.Calls.Length; i++)
        {
            var call = p.Calls[i];
            var m = call.Method;
            bool first = i == 0;
            bool last = i == p.Calls.Length - 1;
            var sig = Signature(m, $"Call{i}");
            var code = new StringBuilder();
            var records = new List<(string Field, string Value)>();
            string? simpleComment = null;
            string Arg(int ordinal) => Names.Escape(m.Parameters[ordinal].Name);

            if (first && p.SourceIntercepted)
            {
                switch (p.Source)
                {
                    case SourceKind.Array:
                        code.AppendLine($"global::System.ArgumentNullException.ThrowIfNull({Arg(0)}, \"{m.Parameters[0].Name}\");");
                        code.AppendLine("var s = State.Rent();");
                        code.AppendLine($"s.SourceArray = {Arg(0)};");
                        stateFields.Add($"{Names.Type(m.Parameters[0].Type)}", $"SourceArray");
                        comments.Add("source: Pull.From(array), read by index in the loop");
                        break;
                    default:
                        EmitSimpleSource(p, m, code, stateFields, comments);
                        break;
                    case SourceKind.Counter:
                        code.AppendLine("var s = State.Rent();");
                        code.AppendLine($"s.SourceStart = {CounterSource.Start(m)}; s.SourceStep = {CounterSource.Step(m)};");
                        stateFields.Add($"{start}", $"SourceStart");
                        stateFields.Add($"{start}", $"SourceStep");
                        comments.Add("source: an endless counter (Positives/CountFrom), wrapping like the runtime one");
                        break;
                }
                code.AppendLine("return s;");
                Interceptor(interceptors, call, sig, code);
                continue;
            }

            var input = Types.Element(m.Parameters[0].Type)!;
            var inputName = Names.Type(input);
            if (first)
            {
                code.AppendLine($"global::System.ArgumentNullException.ThrowIfNull({Arg(0)}, \"{m.Parameters[0].Name}\");");
            }

            if (!last)
            {
                var kind = call.Stage!.Value;
                string f = $"F{i}", n = $"N{i}", d = $"D{i}";
                string? inlined = null;
                string? nestedComment = null;
                var record = new List<string>();
                if (NestedEmitter.Handles(kind))
                {
                    nestedComment = nested.Stage(i, call, kind, code, record, ref body, ref current, ref cont);
                }
                if (SimpleStages.Handles(kind))
                {
                    // Map, Filter, TakeWhile, DropWhile, Skip, Take: the stage writers, in the sink form.
                    if (SimpleStages.HasLambda(kind))
                    {
                        code.AppendLine(NullCheck(m, 1));
                        inlined = call.Lambda(1)?.Render(new[] { current });
                    }
                    else if (SimpleStages.Declares(kind))
                    {
                        // Slice: the stage's own checks and variables (sink fields, recorded at the call).
                        foreach (var line in SimpleStages.Checks(kind, m)) code.AppendLine(line);
                        foreach (var v in SimpleStages.State(kind, m))
                        {
                            var name = v.Role == StageVar.Counter ? n : $"{v.Role.ToUpperInvariant()}{i}";
                            stateFields.Add(v.Type, name);
                            sinkFields.Add($"public {v.Type} {name};");
                            sinkInit.Add($"{name} = s.{name}");
                            records.Add((name, v.Init));
                        }
                        simpleComment = $"{m.Name}: a pull budget and a gap counter in the loop";
                    }
                    else
                    {
                        code.AppendLine($"global::System.ArgumentOutOfRangeException.ThrowIfNegative((long){Arg(1)}, \"{m.Parameters[1].Name}\");");
                        stateFields.Add($"long", $"{n}");
                        sinkFields.Add($"public long {n};");
                        sinkInit.Add($"{n} = s.{n}");
                    }
                    if (kind == StageKind.DropWhile)
                    {
                        sinkFields.Add($"public bool {d};");
                        sinkInit.Add($"{d} = true");
                    }
                    if (SimpleStages.Counts(kind))
                    {
                        takeChecks.Add(n);
                        takeAt.Add(i);
                    }
                    var form = new SinkForm(new CodeWriter(4), cont);
                    int index = i;
                    current = SimpleStages.Write(kind, form, new StageNames(current, inlined ?? $"{f}({current})", $"v{i}", n, d,
                        role => $"{role.ToUpperInvariant()}{index}"));
                    cont = form.GoOn;
                    body.Append(form.Writer);
                }
                else if (nestedComment is null)
                {
                    // StepBy, Enumerate, Scan, Accumulate (Zip, Chain, FlatMap, SelectMany were written above).
                    current = EmitSimpleStage(kind, i, call, current, cont, code, body, stateFields, sinkFields,
                        sinkInit, records, seeds, out simpleComment);
                }
                bool usesDelegate = kind is StageKind.Map or StageKind.Filter or StageKind.TakeWhile or StageKind.DropWhile;
                var outputType = Types.Element(m.ReturnType)!;
                var outputName = Names.Type(outputType);
                // Same element type in and out: the receiver (state or handle) travels on unchanged.
                bool sameHandle = !first && outputName == inputName;
                // A call that records nothing and passes its receiver on (an inlined lambda's null check) names no
                // state: one local and one cast fewer to bind per such call.
                bool recordsAny = (usesDelegate && inlined is null) || kind is StageKind.Take or StageKind.Skip
                    || records.Count > 0 || record.Count > 0;
                string state = !sameHandle ? Unwrap(code, first, inputName, start)
                    : recordsAny ? Peek(code, inputName, start) : "s";
                if (first) code.AppendLine($"{state}.SourceIter = {Arg(0)};");
                if (usesDelegate && inlined is null)
                {
                    var type = Names.Type(m.Parameters[1].Type);
                    stateFields.Add($"{type}", $"{f}");
                    sinkFields.Add($"public {type} {f};");
                    sinkInit.Add($"{f} = s.{f}");
                    code.AppendLine($"{state}.{f} = {Arg(1)};");
                }
                if (kind is StageKind.Take or StageKind.Skip) code.AppendLine($"{state}.{n} = {Arg(1)};");
                foreach (var (field, value) in records) code.AppendLine($"{state}.{field} = {value};");
                foreach (var line in record) code.AppendLine(line);
                if (simpleComment is not null) comments.Add(simpleComment);
                else comments.Add(nestedComment ?? $"{m.Name}: {(usesDelegate ? (inlined is null ? "called through its delegate" : "lambda body inlined") : "a counter in the loop")}");
                if (sameHandle)
                {
                    code.AppendLine("return source;");
                }
                else if (outputName == start)
                {
                    code.AppendLine($"return {state};");
                }
                else
                {
                    code.AppendLine($"return {Handle(outputName)}.Rent({state});");
                }
                Interceptor(interceptors, call, sig, code);
                continue;
            }

            // The terminal.
            string? result = null;
            string? tinlined = null;
            string elementName = inputName;
            // LINQ's Count(predicate), LongCount(predicate) and Sum(selector): the library runs them as Filter/Map
            // and the plain terminal, so a filter or map step goes in front of it.
            int step = p.Terminal is TerminalKind.Count ? m.Ordinal("predicate")
                : p.Terminal is TerminalKind.Sum or TerminalKind.WrappingSum ? m.Ordinal("selector") : -1;
            if (step >= 0)
            {
                code.AppendLine(NullCheck(m, step));
                var lambda = call.Lambda(step)?.Render(new[] { current });
                if (lambda is null)
                {
                    sinkFields.Add($"public {Names.Type(m.Parameters[step].Type)} TP;");
                    terminalInit.Add($"sink.TP = {Arg(step)};");
                }
                var applied = lambda ?? $"TP({current})";
                if (p.Terminal == TerminalKind.Count)
                {
                    body.AppendLine($"                if (!({applied})) return {cont};");
                }
                else
                {
                    body.AppendLine($"                var selected = {applied};");
                    current = "selected";
                    input = m.Parameters[step].Type.FuncResult!;
                    elementName = Names.Type(input);
                }
                comments.Add($"{m.Name}: its {m.Parameters[step].Name} {(lambda is null ? "called through its delegate" : "inlined")} in front of the plain terminal");
            }
            switch (p.Terminal)
            {
                case TerminalKind.Sum:
                case TerminalKind.WrappingSum:
                {
                    bool isChecked = p.Terminal == TerminalKind.Sum && p.CheckedSum;
                    sinkFields.Add($"public {elementName} Acc;");
                    string add = $"Acc + {current}";
                    bool integer = input.Special is SpecialType.System_Int32 or SpecialType.System_Int64
                        or SpecialType.System_UInt32 or SpecialType.System_UInt64;
                    body.AppendLine(integer
                        ? $"            Acc = {(isChecked ? "checked" : "unchecked")}({add});"
                        : $"            Acc = {add};");
                    result = "sink.Acc";
                    comments.Add($"{m.Name}: {(integer ? (isChecked ? "checked" : "wrapping") : "")} addition in the loop".Replace("  ", " "));
                    break;
                }
                case TerminalKind.Count:
                {
                    // Count() returning int is checked (like LINQ's); a long count cannot overflow in practice.
                    // Count(predicate) is the library's LongCount(predicate), converted (checked) at the end.
                    bool asInt = m.ReturnType!.Special == SpecialType.System_Int32 && step < 0;
                    sinkFields.Add(asInt ? "public int Acc;" : "public long Acc;");
                    body.AppendLine(asInt ? "                Acc = checked(Acc + 1);" : "                Acc++;");
                    result = m.ReturnType!.Special == SpecialType.System_Int32 && step >= 0 ? "checked((int)sink.Acc)" : "sink.Acc";
                    comments.Add("Count: a counter in the loop");
                    break;
                }
                case TerminalKind.Any:
                case TerminalKind.All:
                {
                    code.AppendLine(NullCheck(m, 1));
                    tinlined = call.Lambda(1)?.Render(new[] { current });
                    var test = tinlined ?? $"TF({current})";
                    sinkFields.Add("public bool Hit;");
                    body.AppendLine(p.Terminal == TerminalKind.Any
                        ? $"            if ({test})"
                        : $"            if (!({test}))");
                    body.AppendLine("                {");
                    body.AppendLine("                    Hit = true;");
                    body.AppendLine("                    return false;");
                    body.AppendLine("                }");
                    result = p.Terminal == TerminalKind.Any ? "sink.Hit" : "!sink.Hit";
                    comments.Add($"{m.Name}: stops at the first deciding element");
                    break;
                }
                case TerminalKind.Contains:
                    sinkFields.Add("public bool Hit;");
                    sinkFields.Add($"public {elementName} Value;");
                    body.AppendLine($"                if (global::System.Collections.Generic.EqualityComparer<{elementName}>.Default.Equals({current}, Value))");
                    body.AppendLine("                {");
                    body.AppendLine("                    Hit = true;");
                    body.AppendLine("                    return false;");
                    body.AppendLine("                }");
                    result = "sink.Hit";
                    comments.Add("Contains: stops at the first equal element");
                    break;
                case TerminalKind.Fold:
                {
                    code.AppendLine(NullCheck(m, 2));
                    var acc = Names.Type(m.Parameters[1].Type);
                    sinkFields.Add($"public {acc} Acc;");
                    tinlined = call.Lambda(2)?.Render(new[] { "Acc", current });
                    body.AppendLine($"                Acc = {tinlined ?? $"TF(Acc, {current})"};");
                    result = "sink.Acc";
                    if (m.Parameters.Length == 4)
                    {
                        // Aggregate(seed, func, resultSelector): the result selector runs once, on the fold's result.
                        code.AppendLine(NullCheck(m, 3));
                        result = $"{Arg(3)}(sink.Acc)";
                    }
                    comments.Add($"{m.Name}: the accumulator lives in the loop");
                    break;
                }
                case TerminalKind.ForEach:
                    code.AppendLine(NullCheck(m, 1));
                    body.AppendLine($"                TF({current});");
                    comments.Add("ForEach: the action is called through its delegate");
                    break;
                case TerminalKind.JoinToString:
                    // JoinSink: the separator before every element but the first; the element appended as an object
                    // (StringBuilder.Append(object), the overload the library's generic sink binds to).
                    code.AppendLine(NullCheck(m, 1));
                    sinkFields.Add("public global::System.Text.StringBuilder Builder;");
                    sinkFields.Add("public string Separator;");
                    sinkFields.Add("public bool Started;");
                    body.AppendLine("                if (Started) Builder.Append(Separator);");
                    body.AppendLine("                Started = true;");
                    body.AppendLine($"                Builder.Append((object){current});");
                    result = "sink.Builder.ToString()";
                    comments.Add("JoinToString: a StringBuilder filled in the loop");
                    break;
                case TerminalKind.ToList:
                case TerminalKind.ToArray:
                    sinkFields.Add($"public global::System.Collections.Generic.List<{elementName}> List;");
                    body.AppendLine($"                List.Add({current});");
                    result = p.Terminal == TerminalKind.ToList ? "sink.List" : "sink.List.ToArray()";
                    comments.Add($"{m.Name}: a list filled in the loop");
                    break;
                default:
                    result = EmitSimpleTerminal(p, call, input, current, code, body, sinkFields, terminalInit,
                        comments, out terminalCont);
                    break;
            }
            body.AppendLine($"                return {terminalCont ?? cont};");

            bool terminalDelegate = p.Terminal is TerminalKind.Any or TerminalKind.All or TerminalKind.Fold or TerminalKind.ForEach;
            string st = Unwrap(code, first: false, inputName, start);
            code.AppendLine("var sink = new Sink();");
            foreach (var init in sinkInit) code.AppendLine($"sink.{init};");
            foreach (var init in terminalInit) code.AppendLine(init);
            if (terminalDelegate && tinlined is null)
            {
                int ordinal = p.Terminal == TerminalKind.Fold ? 2 : 1;
                var type = Names.Type(m.Parameters[ordinal].Type);
                sinkFields.Add($"public {type} TF;");
                code.AppendLine($"sink.TF = {Arg(ordinal)};");
            }
            if (p.Terminal == TerminalKind.Fold) code.AppendLine($"sink.Acc = {Arg(1)};");
            if (p.Terminal == TerminalKind.Contains) code.AppendLine($"sink.Value = {Arg(1)};");
            if (p.Terminal == TerminalKind.JoinToString)
            {
                code.AppendLine("sink.Builder = new global::System.Text.StringBuilder();");
                code.AppendLine($"sink.Separator = {Arg(1)};");
            }
            if (p.Terminal is TerminalKind.ToList or TerminalKind.ToArray)
            {
                code.AppendLine($"sink.List = new global::System.Collections.Generic.List<{elementName}>();");
            }
            // Copy the source out, then return the state before the loop runs any user code.
            string run = takeChecks.Count == 0 ? "" : $"if ({Guards(takeChecks, 0, "sink")}) ";
            bool pullPath = PullPathTerminal(p, m);
            if (vector is not null) EmitVectorLoop(p, vector, st, code, comments); // Emission/Vector
            else switch (p.Source)
            {
                case SourceKind.Iter:
                    code.AppendLine($"var src = {st}.SourceIter;");
                    code.AppendLine($"{st}.Return();");
                    nested.OpenLoops(code); // before the seeds: an exception there releases every input
                    run = EmitSeeds(code, seeds, takeChecks, takeAt, run, "src");
                    if (pullPath) EmitPullLoop(p, code, run);
                    else code.AppendLine($"{run}{AtTerminal(p, "src.TryFold(ref sink)")};");
                    break;
                case SourceKind.Array:
                    code.AppendLine($"var arr = {st}.SourceArray;");
                    code.AppendLine($"{st}.Return();");
                    nested.OpenLoops(code); // before the seeds: an exception there releases every input
                    run = EmitSeeds(code, seeds, takeChecks, takeAt, run, null);
                    code.AppendLine($"{run}for (int i = 0; i < arr.Length; i++)");
                    code.AppendLine("{");
                    code.AppendLine($"    if (!{AtTerminal(p, "sink.Accept(arr[i])")}) break;");
                    code.AppendLine("}");
                    break;
                case SourceKind.Counter:
                    code.AppendLine($"{start} x = {st}.SourceStart, step = {st}.SourceStep;");
                    code.AppendLine($"{st}.Return();");
                    nested.OpenLoops(code); // before the seeds: an exception there releases every input
                    run = EmitSeeds(code, seeds, takeChecks, takeAt, run, null);
                    code.AppendLine($"{run}while ({AtTerminal(p, "sink.Accept(x)")}) x = unchecked(x + step);");
                    break;
                default:
                    nested.OpenLoops(code);
                    EmitSimpleSourceLoop(p, code, st, seeds, takeChecks, takeAt, run, pullPath);
                    break;
            }
            nested.CloseLoops(code, p.Source == SourceKind.Iter ? "src" : null);
            if (result is not null) code.AppendLine($"return {result};");
            Interceptor(interceptors, call, sig, code);
        }

        var sb = new StringBuilder();
        GeneratedFile.AppendHeader(sb);
        sb.AppendLine($"// Fused at {p.Where}: {p.Text}");
        foreach (var c in comments) sb.AppendLine($"//   {c}");
        sb.AppendLine("#nullable disable");
        sb.AppendLine("#line hidden");
        GeneratedFile.AppendAttributeAndOpenClass(sb, className, localAttribute);
        sb.Append(interceptors);
        sb.AppendLine("        // The loop body: one call per source element, every stage written out in order.");
        sb.AppendLine($"        private struct Sink : global::Streams.ISink<{Names.Type(LastInput(p))}>");
        sb.AppendLine("        {");
        foreach (var f in sinkFields) sb.AppendLine($"            {f}");
        sb.AppendLine();
        sb.AppendLine("            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        sb.AppendLine($"            public bool Accept({start} item)");
        sb.AppendLine("            {");
        sb.Append(firstSegment);
        sb.AppendLine("            }");
        AppendSeedMethods(sb, seeds, body.ToString());
        nested.WriteSegments(sb);
        sb.AppendLine("        }");
        AppendHelpers(sb, p);
        if (vector is not null) AppendVectorPrefix(sb, p, vector);
        nested.WriteMembers(sb);
        sb.AppendLine();
        sb.AppendLine("        // What the calls before the terminal hand each other; never pulled from, never seen by user code.");
        sb.AppendLine("        // (Rent, Return and the per-thread slot: Streams.Fusion.FusedState.)");
        sb.AppendLine($"        private sealed class State : global::Streams.Fusion.FusedState<State, {start}>");
        sb.AppendLine("        {");
        foreach (var f in stateFields) sb.AppendLine($"            internal {f.Type} {f.Name};");
        sb.AppendLine();
        sb.AppendLine("            protected override void Clear()");
        sb.AppendLine("            {");
        foreach (var f in stateFields) sb.AppendLine($"                {f.Name} = default;");
        sb.AppendLine("            }");
        sb.AppendLine("        }");
        sb.AppendLine("    }");
        sb.AppendLine("}");
        sb.AppendLine("#line default");
        return sb.ToString();
    }

    private static TypeRef LastInput(PipelineModel p) => p.Start;

    /// <summary><paramref name="text"/> (the loop's call into the sink) mapped to the user's file: where the JIT inlines
    /// the sink into the loop (an optimised build), a frame in an inlined lambda body is reported at this line, so it
    /// maps to the first inlined lambda body of the pipeline (the only one, in a pipeline with one), else to the
    /// terminal call.</summary>
    private static string AtTerminal(PipelineModel p, string text)
    {
        foreach (var call in p.Calls)
        {
            foreach (var lambda in call.Lambdas)
            {
                if (lambda is not null) return LineMarks.Mark(lambda.Span, text);
            }
        }
        return LineMarks.Mark(p.Calls[p.Calls.Length - 1].Call, text);
    }

    /// <summary>"Every Take from the <paramref name="from"/>th on still wants elements", over the counters as fields
    /// of <paramref name="owner"/> (the state s, or the sink).</summary>
    internal static string Guards(List<string> takes, int from, string owner)
    {
        var parts = new List<string>();
        for (int k = from; k < takes.Count; k++) parts.Add($"{owner}.{takes[k]} != 0");
        return string.Join(" && ", parts);
    }

    // The receiver of a non-first call is what the previous interceptor returned: the state itself when the element
    // type is the source's, otherwise a handle, given back to its slot at once.
    private static string Unwrap(StringBuilder code, bool first, string inputName, string start)
    {
        if (first)
        {
            code.AppendLine("var s = State.Rent();");
            return "s";
        }
        if (inputName == start)
        {
            code.AppendLine("var s = (State)source;");
            return "s";
        }
        code.AppendLine($"var s = (({Handle(inputName)})source).Take();");
        return "s";
    }

    // Carries the state where the element type differs from the source's (one per-thread slot per site and type).
    private static string Handle(string element) => $"global::Streams.Fusion.FusedHandle<{element}, State>";

    // The state behind a receiver that is passed on as it is.
    private static string Peek(StringBuilder code, string inputName, string start)
    {
        code.AppendLine(inputName == start ? "var s = (State)source;" : $"var s = (({Handle(inputName)})source).S;");
        return "s";
    }

    internal static string NullCheck(MethodModel m, int ordinal) =>
        $"global::System.ArgumentNullException.ThrowIfNull({Names.Escape(m.Parameters[ordinal].Name)}, \"{m.Parameters[ordinal].Name}\");";

    internal static string Signature(MethodModel m, string name)
    {
        var sb = new StringBuilder();
        sb.Append($"internal static {(m.ReturnsVoid ? "void" : Names.Type(m.ReturnType!))} {name}(");
        for (int i = 0; i < m.Parameters.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            if (i == 0 && m.IsExtensionMethod) sb.Append("this ");
            sb.Append($"{Names.Type(m.Parameters[i].Type)} {Names.Escape(m.Parameters[i].Name)}");
        }
        sb.Append(')');
        return sb.ToString();
    }

    internal static void Interceptor(StringBuilder sb, CallModel call, string signature, StringBuilder code)
    {
        var display = call.Location.Display;
        int cut = display.LastIndexOf('(');
        var file = cut > 0 ? System.IO.Path.GetFileName(display.Substring(0, cut)) + display.Substring(cut) : display;
        sb.AppendLine($"        // {call.Method.Name}: {file}");
        sb.AppendLine($"        [global::System.Runtime.CompilerServices.InterceptsLocation({call.Location.Version}, \"{call.Location.Data}\")]");
        sb.AppendLine($"        {signature}");
        sb.AppendLine("        {");
        foreach (var line in code.ToString().Split('\n'))
        {
            var l = line.TrimEnd('\r');
            if (l.Length > 0) sb.AppendLine("            " + l);
        }
        sb.AppendLine("        }");
        sb.AppendLine();
    }
}
