using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;

using Streams.Generators.Emission.Stages;
using Streams.Generators.Model;

namespace Streams.Generators.Emission;

/// <summary>
/// Writes Zip, Chain, FlatMap and SelectMany into a fused pipeline (one instance per generated file; PipelineEmitter
/// calls <see cref="Stage"/> for each such operator and asks for the extra members and loops at the end).
/// </summary>
/// <remarks>
/// <para><b>Segments.</b> The sink's <c>Accept</c> holds the stages up to the first Chain/FlatMap/SelectMany; each of
/// those starts a new method <c>Accept{i}</c> with the stages after it, so the same downstream code is entered from the
/// source loop, from a nested loop, from a Chain part's fold or from an inner iterator's fold. In every segment
/// <c>return false</c> means "everything upstream of here stops" (the sink's contract), which is also what an ended
/// Take, TakeWhile or Zip means.</para>
/// <para><b>Zip</b> pulls its second input once per element after the first produced one (the runtime's order): an
/// opaque iterator with <c>TryNext</c>, a <c>Pull.From(array)</c> written in the call by index, without an
/// iterator. <b>Chain</b> folds its further inputs, after the source loop, into the segment after it; a flag records
/// that the downstream stopped, which skips them. <b>FlatMap/SelectMany</b> call the selector once per element, as the
/// runtime does; when its lambda body is a pipeline the generator knows, the calls in it are intercepted too and only
/// record their arguments in a per-site object, so the selector returns no iterator and the inner pipeline runs as a
/// nested loop (no inner iterator, no inner stage, inner lambdas inlined with the outer element). Otherwise the
/// returned iterator is folded with a nested struct sink, which releases it when it ends or throws and leaves it
/// unreleased when the downstream stops early, exactly as the runtime's FlatMap does.</para>
/// <para><b>Faults.</b> An exception leaving the loops releases every input the expression gave to the pipeline (the
/// source iterator, Zip's second input, Chain's inputs), as the runtime's release of the whole chain does.</para>
/// </remarks>
internal sealed class NestedEmitter(
    FieldList stateFields,
    List<string> sinkFields,
    List<string> sinkInit,
    List<string> takeChecks,
    StringBuilder interceptors)
{
    private const string Iter = "global::Streams.Iter";
    private const string Inline = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

    private readonly List<(string Signature, StringBuilder Body)> _segments = new();
    private readonly StringBuilder _members = new();
    private readonly List<string> _faultReleases = new();
    private readonly List<(int Index, string Type, int TakeFrom)> _chains = new();
    private bool _carry;
    private int _tryBody;

    /// <summary>Whether <paramref name="kind"/> is written by this class.</summary>
    public static bool Handles(StageKind kind) =>
        kind is StageKind.Zip or StageKind.Chain or StageKind.FlatMap or StageKind.SelectMany;

    /// <summary>Writes stage <paramref name="i"/>: its eager checks into <paramref name="code"/>, the lines that record
    /// its arguments in the state (<c>s</c>) into <paramref name="record"/>, its loop code into the current segment;
    /// may start a new segment. Returns the header comment.</summary>
    public string Stage(int i, CallModel call, StageKind kind, StringBuilder code, List<string> record,
        ref StringBuilder body, ref string current, ref string cont)
    {
        var m = call.Method;
        // The state travels in the receiver, which PipelineEmitter names source.
        if (m.Parameters[0].Name != "source") code.AppendLine($"var source = {Names.Escape(m.Parameters[0].Name)};");
        switch (kind)
        {
            case StageKind.Zip:
                return Zip(i, call, code, record, body, ref current);
            case StageKind.Chain:
            {
                var type = Names.Type(Types.Element(m.ReturnType)!);
                var rest = Names.Escape(m.Parameters[1].Name);
                code.AppendLine(PipelineEmitter.NullCheck(m, 1));
                code.AppendLine($"foreach (var part in {rest}) global::System.ArgumentNullException.ThrowIfNull(part, \"{m.Parameters[1].Name}\");");
                // An array the caller passed (not the compiler's params array) is copied, as the runtime copies the
                // parts at the call: a later change to the array must not change the chain.
                bool expanded = call.ParamsExpanded;
                record.Add(expanded ? $"s.C{i} = {rest};" : $"s.C{i} = ({Iter}<{type}>[]){rest}.Clone();");
                stateFields.Add($"{Iter}<{type}>[]", $"C{i}");
                sinkFields.Add($"public {Iter}<{type}>[] C{i};");
                sinkFields.Add($"public bool Stop{i};");
                sinkInit.Add($"C{i} = s.C{i}");
                body.AppendLine($"                if (!Accept{i}({current}))");
                body.AppendLine("                {");
                body.AppendLine($"                    Stop{i} = true;");
                body.AppendLine("                    return false;");
                body.AppendLine("                }");
                body.AppendLine($"                return {cont};");
                _chains.Add((i, type, takeChecks.Count));
                _faultReleases.Add($"foreach (var part in sink.C{i}) FaultRelease(e, part);");
                _members.AppendLine($"        // Chain's further inputs fold into the stages after it (Accept{i}).");
                _members.AppendLine($"        private struct Part{i} : global::Streams.ISink<{type}>");
                _members.AppendLine("        {");
                _members.AppendLine("            public Sink S;");
                _members.AppendLine();
                _members.AppendLine($"            {Inline}");
                _members.AppendLine($"            public bool Accept({type} item) => S.Accept{i}(item);");
                _members.AppendLine("        }");
                _members.AppendLine();
                NewSegment(i, type, ref body, ref current, ref cont);
                return "Chain: its further inputs are folded after the source loop, into the same downstream";
            }
            default:
                return FlatMap(i, call, kind, code, record, ref body, ref current, ref cont);
        }
    }

    private string Zip(int i, CallModel call, StringBuilder code, List<string> record, StringBuilder body, ref string current)
    {
        var m = call.Method;
        // LINQ's overload takes an IEnumerable<TSecond> second input: its element type is the method's TSecond.
        bool enumerable = Types.Element(m.Parameters[1].Type) is null;
        var secondType = Types.Element(m.Parameters[1].Type) ?? m.TypeArguments[1];
        var second = Names.Type(secondType);
        var secondArg = Names.Escape(m.Parameters[1].Name);
        code.AppendLine(PipelineEmitter.NullCheck(m, 1));
        if (m.Parameters.Length == 3) code.AppendLine(PipelineEmitter.NullCheck(m, 2));
        string b = $"b{i}";
        string how;
        if (call.ZipArray is { } array)
        {
            // The second input's Pull.From(array) records the array instead of building an iterator.
            var from = array.Method;
            var arr = Names.Escape(from.Parameters[0].Name);
            var argCode = new StringBuilder();
            argCode.AppendLine($"global::System.ArgumentNullException.ThrowIfNull({arr}, \"{from.Parameters[0].Name}\");");
            argCode.AppendLine($"return Carry<{second}>.Rent({arr});");
            PipelineEmitter.Interceptor(interceptors, array, PipelineEmitter.Signature(from, $"Zip{i}Second"), argCode);
            _carry = true;
            record.Add($"s.ZA{i} = ({second}[])((Carry<{second}>){secondArg}).Take();");
            stateFields.Add($"{second}[]", $"ZA{i}");
            sinkFields.Add($"public {second}[] ZA{i};");
            sinkFields.Add($"public int ZJ{i};");
            sinkInit.Add($"ZA{i} = s.ZA{i}");
            body.AppendLine($"                int j{i} = ZJ{i};");
            body.AppendLine($"                if ((uint)j{i} >= (uint)ZA{i}.Length) return false;");
            body.AppendLine($"                ZJ{i} = j{i} + 1;");
            body.AppendLine($"                var {b} = ZA{i}[j{i}];");
            how = "its second input Pull.From(array) is read by index";
        }
        else
        {
            // An IEnumerable is adapted as the library's overload adapts it (Pull.From(second), after the checks).
            record.Add(enumerable ? $"s.Z{i} = global::Streams.Pull.From({secondArg});" : $"s.Z{i} = {secondArg};");
            stateFields.Add($"{Iter}<{second}>", $"Z{i}");
            sinkFields.Add($"public {Iter}<{second}> Z{i};");
            sinkInit.Add($"Z{i} = s.Z{i}");
            body.AppendLine($"                if (!Z{i}.TryNext(out var {b})) return false;");
            _faultReleases.Add($"FaultRelease(e, sink.Z{i});");
            how = enumerable
                ? "its IEnumerable second input is adapted with Pull.From, as the library does, and pulled once per element (TryNext)"
                : "its second input is pulled once per element (TryNext)";
        }
        string value;
        if (m.Parameters.Length == 3)
        {
            var inlined = call.Lambda(2)?.Render(new[] { current, b });
            if (inlined is null)
            {
                var type = Names.Type(m.Parameters[2].Type);
                stateFields.Add($"{type}", $"F{i}");
                sinkFields.Add($"public {type} F{i};");
                sinkInit.Add($"F{i} = s.F{i}");
                record.Add($"s.F{i} = {Names.Escape(m.Parameters[2].Name)};");
            }
            value = inlined ?? $"F{i}({current}, {b})";
            how += inlined is null ? ", selector called through its delegate" : ", selector inlined";
        }
        else
        {
            value = $"({current}, {b})";
        }
        // A tuple the downstream does not read (Count) would warn as unused.
        if (m.Parameters.Length == 2) body.AppendLine("#pragma warning disable CS0219");
        body.AppendLine($"                var v{i} = {value};");
        if (m.Parameters.Length == 2) body.AppendLine("#pragma warning restore CS0219");
        current = $"v{i}";
        return "Zip: " + how;
    }

    private string FlatMap(int i, CallModel call, StageKind kind, StringBuilder code, List<string> record,
        ref StringBuilder body, ref string current, ref string cont)
    {
        var m = call.Method;
        var sourceType = Names.Type(Types.Element(m.Parameters[0].Type)!);
        var selectorType = m.Parameters[1].Type;
        var collection = Types.Element(selectorType.FuncResult)!;
        var collectionName = Names.Type(collection);
        var output = Names.Type(Types.Element(m.ReturnType)!);
        bool paired = kind == StageKind.SelectMany;
        code.AppendLine(PipelineEmitter.NullCheck(m, 1));
        if (paired) code.AppendLine(PipelineEmitter.NullCheck(m, 2));
        var selector = Names.Type(selectorType);
        stateFields.Add($"{selector}", $"F{i}");
        sinkFields.Add($"public {selector} F{i};");
        sinkInit.Add($"F{i} = s.F{i}");
        record.Add($"s.F{i} = {Names.Escape(m.Parameters[1].Name)};");

        // SelectMany's result selector, inlined where it captures nothing.
        string Result(string outer, string inner)
        {
            if (!paired) return inner;
            return call.Lambda(2)?.Render(new[] { outer, inner }) ?? $"R{i}({outer}, {inner})";
        }
        bool resultInlined = paired && call.Lambda(2)?.Render(new[] { "x", "y" }) is not null;
        if (paired && !resultInlined)
        {
            var type = Names.Type(m.Parameters[2].Type);
            stateFields.Add($"{type}", $"R{i}");
            sinkFields.Add($"public {type} R{i};");
            sinkInit.Add($"R{i} = s.R{i}");
            record.Add($"s.R{i} = {Names.Escape(m.Parameters[2].Name)};");
        }

        string message = paired ? "SelectMany's collection selector returned null." : "FlatMap's selector returned null.";
        string it = $"it{i}";
        body.AppendLine($"                var {it} = F{i}({current});");
        var opaque = new StringBuilder();
        opaque.AppendLine($"if ({it} is null) throw new global::System.InvalidOperationException(\"{message}\");");
        opaque.AppendLine($"var w{i} = new Inner{i} {{ Outer = this{(paired ? $", X = {current}" : "")} }};");
        opaque.AppendLine($"bool e{i} = {it}.TryFold(ref w{i});");
        opaque.AppendLine($"this = w{i}.Outer;");
        opaque.AppendLine($"if (!e{i}) return false;");

        _members.AppendLine($"        // {m.Name}'s inner iterator folds into the stages after it (Accept{i}); the outer sink travels inside.");
        _members.AppendLine($"        private struct Inner{i} : global::Streams.ISink<{collectionName}>");
        _members.AppendLine("        {");
        _members.AppendLine("            public Sink Outer;");
        if (paired) _members.AppendLine($"            public {sourceType} X;");
        _members.AppendLine();
        _members.AppendLine($"            {Inline}");
        var innerValue = Result("X", "item").Replace($"R{i}(", $"Outer.R{i}(");
        _members.AppendLine($"            public bool Accept({collectionName} item) => Outer.Accept{i}({innerValue});");
        _members.AppendLine("        }");
        _members.AppendLine();

        string how;
        if (call.Inner is { } inner)
        {
            var nested = new StringBuilder();
            string test = WriteInner(i, inner, current, collection, nested, Result);
            body.AppendLine($"                if ({test})");
            body.AppendLine("                {");
            foreach (var line in Lines(nested)) body.AppendLine("                    " + line);
            body.AppendLine("                }");
            body.AppendLine("                else");
            body.AppendLine("                {");
            foreach (var line in Lines(opaque)) body.AppendLine("                    " + line);
            body.AppendLine("                }");
            how = "the inner pipeline is a nested loop (its calls only record their arguments; no inner iterator)";
        }
        else
        {
            foreach (var line in Lines(opaque)) body.AppendLine("                " + line);
            how = "the selector's iterator is folded with a nested sink";
        }
        body.AppendLine($"                return {cont};");
        NewSegment(i, output, ref body, ref current, ref cont);
        return $"{m.Name}: {how}{(paired ? resultInlined ? ", result selector inlined" : ", result selector called through its delegate" : "")}";
    }

    // The intercepted inner calls and the nested loop. Returns the test that the selector's result is the inner state.
    private string WriteInner(int i, InnerModel inner, string outer, TypeRef collection, StringBuilder loop,
        System.Func<string, string, string> result)
    {
        var source = inner.Calls[0].Method;
        var t0 = Names.Type(Types.Element(source.ReturnType)!);
        string cls = $"In{i}";
        var fields = new FieldList();
        var copy = new List<string>();
        var before = new List<string>();
        var stages = new CodeWriter();
        var form = new LoopForm(stages, skipChecksTakes: true);
        string u = $"u{i}_0";
        string d = $"d{i}";

        // The source call.
        var sourceCode = new StringBuilder();
        string Arg(MethodModel method, int ordinal) => Names.Escape(method.Parameters[ordinal].Name);
        switch (inner.Source)
        {
            case SourceKind.Array:
                sourceCode.AppendLine(PipelineEmitter.NullCheck(source, 0));
                sourceCode.AppendLine($"var d = {cls}.Rent();");
                sourceCode.AppendLine($"d.A = {Arg(source, 0)};");
                fields.Add($"{Names.Type(source.Parameters[0].Type)}", $"A");
                copy.Add($"var a{i} = {d}.A;");
                break;
            default: // SourceKind.Counter
                sourceCode.AppendLine($"var d = {cls}.Rent();");
                sourceCode.AppendLine(source.Parameters.Length == 0 ? "d.Start = 1L; d.Step = 1L;" : $"d.Start = {Arg(source, 0)}; d.Step = {Arg(source, 1)};");
                fields.Add("long", "Start");
                fields.Add("long", "Step");
                copy.Add($"long lo{i} = {d}.Start, step{i} = {d}.Step;");
                break;
        }
        sourceCode.AppendLine("return d;");
        PipelineEmitter.Interceptor(interceptors, inner.Calls[0], PipelineEmitter.Signature(source, $"In{i}_0"), sourceCode);

        for (int j = 1; j < inner.Calls.Length; j++)
        {
            var call = inner.Calls[j];
            var m = call.Method;
            var kind = call.Stage!.Value;
            var inType = Names.Type(Types.Element(m.Parameters[0].Type)!);
            var outType = Names.Type(Types.Element(m.ReturnType)!);
            var code = new StringBuilder();
            string? lambda = null;
            if (kind is StageKind.Take or StageKind.Skip)
            {
                code.AppendLine($"global::System.ArgumentOutOfRangeException.ThrowIfNegative((long){Arg(m, 1)}, \"{m.Parameters[1].Name}\");");
            }
            else if (SimpleStages.Declares(kind))
            {
                foreach (var line in SimpleStages.Checks(kind, m)) code.AppendLine(line);
            }
            else
            {
                code.AppendLine(PipelineEmitter.NullCheck(m, 1));
                lambda = call.Lambda(1)?.Render(new[] { u }, outer);
            }
            code.AppendLine(inType == t0 ? $"var d = ({cls})source;" : $"var d = ({cls})((Carry<{inType}>)source).Take();");
            string g = $"g{i}_{j}", n = $"n{i}_{j}";
            int stage = j;
            string Local(string role) => role == StageVar.Counter ? $"n{i}_{stage}" : $"s{role}{i}_{stage}";
            if (SimpleStages.Declares(kind))
            {
                // Slice: the variables the stage declares, recorded at the call, locals of the nested loop.
                foreach (var v in SimpleStages.State(kind, m))
                {
                    var field = v.Role == StageVar.Counter ? $"N{j}" : $"V{v.Role}{j}";
                    fields.Add(v.Type, field);
                    code.AppendLine($"d.{field} = {v.Init};");
                    copy.Add($"{v.Type} {Local(v.Role)} = {d}.{field};");
                }
            }
            else if (kind is StageKind.Take or StageKind.Skip)
            {
                fields.Add($"long", $"N{j}");
                code.AppendLine($"d.N{j} = {Arg(m, 1)};");
                copy.Add($"long {n} = {d}.N{j};");
            }
            else if (lambda is null)
            {
                fields.Add($"{Names.Type(m.Parameters[1].Type)}", $"G{j}");
                code.AppendLine($"d.G{j} = {Arg(m, 1)};");
                copy.Add($"var {g} = {d}.G{j};");
            }
            if (kind == StageKind.DropWhile) before.Add($"bool dw{i}_{j} = true;");
            u = SimpleStages.Write(kind, form, new StageNames(u, lambda ?? $"{g}({u})", $"u{i}_{j}", n, $"dw{i}_{j}", Local));
            code.AppendLine(outType == t0 ? "return d;" : $"return Carry<{outType}>.Rent(d);");
            if (outType != t0 || inType != t0) _carry = true;
            PipelineEmitter.Interceptor(interceptors, call, PipelineEmitter.Signature(m, $"In{i}_{j}"), code);
        }

        // The nested loop: copy the recorded arguments out, give the object back, then loop.
        foreach (var line in copy) loop.AppendLine(line);
        loop.AppendLine($"{d}.Return();");
        foreach (var line in before) loop.AppendLine(line);
        string header = inner.Source switch
        {
            SourceKind.Array => $"for (int q{i} = 0; q{i} < a{i}.Length; q{i}++)",
            _ => $"for (long u{i}_0 = lo{i}; ; u{i}_0 = unchecked(u{i}_0 + step{i}))",
        };
        var w = new CodeWriter();
        if (form.Takes.Count > 0)
        {
            w.Line($"if ({form.GoOn})");
            w.Level++;
        }
        w.Open(header);
        if (inner.Source == SourceKind.Array) w.Line($"var u{i}_0 = a{i}[q{i}];");
        w.Lines(stages);
        w.Line($"if (!Accept{i}({result(outer, u)})) return false;");
        if (form.Takes.Count > 0) w.Line($"if (!({form.GoOn})) break;");
        w.Close();
        loop.Append(w);

        _members.AppendLine($"        // What the inner pipeline's calls record for one outer element; never pulled from.");
        _members.AppendLine($"        private sealed class {cls} : global::Streams.Fusion.FusedState<{cls}, {t0}>");
        _members.AppendLine("        {");
        foreach (var f in fields) _members.AppendLine($"            internal {f.Type} {f.Name};");
        _members.AppendLine();
        _members.AppendLine("            protected override void Clear()");
        _members.AppendLine("            {");
        foreach (var f in fields) _members.AppendLine($"                {f.Name} = default;");
        _members.AppendLine("            }");
        _members.AppendLine("        }");
        _members.AppendLine();

        var last = Names.Type(collection);
        return last == t0
            ? $"it{i} is {cls} {d}"
            : $"it{i} is Carry<{last}> c{i} && c{i}.S is {cls} {d} && c{i}.Take() is not null";
    }

    private void NewSegment(int i, string type, ref StringBuilder body, ref string current, ref string cont)
    {
        body = new StringBuilder();
        _segments.Add(($"public bool Accept{i}({type} v{i})", body));
        current = $"v{i}";
        cont = "true";
    }

    private static IEnumerable<string> Lines(StringBuilder sb)
    {
        foreach (var line in sb.ToString().Split('\n'))
        {
            var l = line.TrimEnd('\r');
            if (l.Length > 0) yield return l;
        }
    }

    /// <summary>Whether the loops need a handler that releases the expression's inputs on an exception.</summary>
    public bool ReleasesOnFault => _faultReleases.Count > 0;

    /// <summary>Before the source loop: opens the fault handler.</summary>
    public void OpenLoops(StringBuilder code)
    {
        if (!ReleasesOnFault) return;
        code.AppendLine("try");
        code.AppendLine("{");
        _tryBody = code.Length;
    }

    /// <summary>After the source loop: each Chain's further inputs, then the fault handler.</summary>
    public void CloseLoops(StringBuilder code, string? source)
    {
        foreach (var (index, type, takeFrom) in _chains)
        {
            var guards = new List<string> { $"!sink.Stop{index}" };
            for (int k = takeFrom; k < takeChecks.Count; k++) guards.Add($"sink.{takeChecks[k]} != 0");
            code.AppendLine($"if ({string.Join(" && ", guards)})");
            code.AppendLine("{");
            code.AppendLine($"    var part{index} = new Part{index} {{ S = sink }};");
            code.AppendLine($"    foreach (var part in sink.C{index})");
            code.AppendLine("    {");
            code.AppendLine($"        if (!part.TryFold(ref part{index}))");
            code.AppendLine("        {");
            code.AppendLine($"            part{index}.S.Stop{index} = true;");
            code.AppendLine("            break;");
            code.AppendLine("        }");
            code.AppendLine("    }");
            code.AppendLine($"    sink = part{index}.S;");
            code.AppendLine("}");
        }
        if (!ReleasesOnFault) return;
        var text = code.ToString();
        code.Clear();
        // Indent everything after the "try {" that OpenLoops wrote.
        int bodyStart = _tryBody;
        code.Append(text.Substring(0, bodyStart));
        foreach (var line in text.Substring(bodyStart).Split('\n'))
        {
            var l = line.TrimEnd('\r');
            if (l.Length > 0) code.AppendLine("    " + l);
        }
        code.AppendLine("}");
        code.AppendLine("catch (global::System.Exception e)");
        code.AppendLine("{");
        if (source is not null) code.AppendLine($"    FaultRelease(e, {source});");
        foreach (var line in _faultReleases) code.AppendLine("    " + line);
        code.AppendLine("    throw;");
        code.AppendLine("}");
    }

    /// <summary>The sink's further segment methods.</summary>
    public void WriteSegments(StringBuilder sb)
    {
        foreach (var (signature, body) in _segments)
        {
            sb.AppendLine();
            sb.AppendLine($"            {Inline}");
            sb.AppendLine($"            {signature}");
            sb.AppendLine("            {");
            sb.Append(body);
            sb.AppendLine("            }");
        }
    }

    /// <summary>The nested sinks, inner-state classes and helpers, inside the site's class.</summary>
    public void WriteMembers(StringBuilder sb)
    {
        if (_members.Length == 0 && !_carry && !ReleasesOnFault) return;
        sb.AppendLine();
        sb.Append(_members.ToString().TrimEnd('\n', '\r'));
        sb.AppendLine();
        if (ReleasesOnFault)
        {
            sb.AppendLine();
            sb.AppendLine("        // An exception passed through the pipeline: release an input as the runtime's release of the chain does;");
            sb.AppendLine("        // a release that throws too is attached to the exception, which wins.");
            sb.AppendLine("        private static void FaultRelease(global::System.Exception error, global::System.IDisposable input)");
            sb.AppendLine("        {");
            sb.AppendLine("            try");
            sb.AppendLine("            {");
            sb.AppendLine("                input.Dispose();");
            sb.AppendLine("            }");
            sb.AppendLine("            catch (global::System.Exception release) when (!ReferenceEquals(release, error))");
            sb.AppendLine("            {");
            sb.AppendLine("                error.Data[global::Streams.Pull.ReleaseExceptionKey] = release;");
            sb.AppendLine("            }");
            sb.AppendLine("        }");
        }
        if (_carry)
        {
            sb.AppendLine();
            sb.AppendLine("        // Carries a recorded argument (an array, an inner state) from an intercepted call to the next one.");
            sb.AppendLine("        private sealed class Carry<T> : global::Streams.Iter<T>");
            sb.AppendLine("        {");
            sb.AppendLine("            [global::System.ThreadStatic] private static Carry<T> t_free;");
            sb.AppendLine("            internal object S;");
            sb.AppendLine();
            sb.AppendLine("            internal static Carry<T> Rent(object s)");
            sb.AppendLine("            {");
            sb.AppendLine("                var c = t_free;");
            sb.AppendLine("                if (c is null) c = new Carry<T>();");
            sb.AppendLine("                else t_free = null;");
            sb.AppendLine("                c.S = s;");
            sb.AppendLine("                return c;");
            sb.AppendLine("            }");
            sb.AppendLine();
            sb.AppendLine("            internal object Take()");
            sb.AppendLine("            {");
            sb.AppendLine("                var s = S;");
            sb.AppendLine("                S = null;");
            sb.AppendLine("                t_free = this;");
            sb.AppendLine("                return s;");
            sb.AppendLine("            }");
            sb.AppendLine();
            sb.AppendLine("            protected override bool TryAdvance(out T item) => throw new global::System.InvalidOperationException(\"A fused pipeline's state is not an iterator.\");");
            sb.AppendLine("        }");
        }
    }
}
