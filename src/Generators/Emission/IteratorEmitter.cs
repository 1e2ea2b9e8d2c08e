using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

using Streams.Generators.Emission.Stages;
using Streams.Generators.Model;

namespace Streams.Generators.Emission;

/// <summary>
/// Writes the interceptors for one chain without a terminal (see <see cref="IteratorAnalyzer"/>) and the one iterator
/// class they build: a sealed <c>Iter&lt;TOut&gt;</c> whose <c>TryAdvance</c> pulls the source and runs every stage
/// written out in order, and whose <c>TryFoldCore</c> drives the source with a struct sink doing the same.
/// </summary>
/// <remarks>
/// <para>The first call allocates the iterator (the only allocation of the chain) and records the source; each later
/// call checks its arguments eagerly, as the library does, and records them in it. Where a call's element type is not
/// the iterator's, the iterator travels in a <c>Handle&lt;T&gt;</c> rented from a per-thread slot (as in
/// <see cref="PipelineEmitter"/>), because each call must return an <c>Iter&lt;T&gt;</c> of its own element type.</para>
/// <para>Observable behaviour is the library's: the iterator is a stage (<c>releaseAtEnd: false</c>), so its own end
/// or an early stop leaves a user-held source where it is, and Dispose or an exception releases the source once. The
/// base class keeps it finished after its end, a throw or Dispose. Take stops without pulling once its count is spent.</para>
/// </remarks>
internal static class IteratorEmitter
{
    private const string Iter = "global::Streams.Iter";

    /// <summary>One stage's code, written once for each path.</summary>
    private sealed class Stage(StageKind kind, int index, string? test)
    {
        public StageKind Kind { get; } = kind;

        public int Index { get; } = index;

        /// <summary>The inlined body or the delegate call, over the current element (null for Take/Skip).</summary>
        public string? Test { get; } = test;

        public string N => $"_n{Index}";

        public string D => $"_d{Index}";

        /// <summary>The names the stage writers use, for the element in <paramref name="current"/>.</summary>
        public StageNames Names(string current) => new(current, Test, $"v{Index}", N, D, Var);

        /// <summary>The field of a stage-declared variable (SimpleStages.State).</summary>
        public string Var(string role) => role == StageVar.Counter ? N : $"_{role}{Index}";
    }

    public static string Emit(IteratorModel c, string className, bool localAttribute = true)
    {
        var start = Names.Type(c.Start);
        var output = Names.Type(c.Output);
        var fields = new FieldList();
        var sinkFields = new List<string>();
        var copyIn = new List<string>();
        var copyOut = new List<string>();
        var comments = new List<string>();
        var interceptors = new StringBuilder();
        var handles = new HashSet<string>();
        var stages = new List<Stage>();
        var takes = new List<string>();
        string current = "x0";

        switch (c.Source)
        {
            case SourceKind.Iter:
                fields.Add($"{Iter}<{start}>", $"_source");
                comments.Add($"source: an Iter<{c.Start.Display}> expression, pulled with TryNext and folded with TryFold");
                break;
            case SourceKind.Array:
                fields.Add($"{start}[]", $"_array");
                fields.Add("int", "_index");
                comments.Add("source: Pull.From(array), read by index");
                break;
            case SourceKind.Counter:
                fields.Add($"{start}", $"_next");
                fields.Add($"{start}", $"_step");
                comments.Add("source: an endless counter (Positives/CountFrom), wrapping like the runtime one");
                break;
        }

        for (int i = 0; i < c.Calls.Length; i++)
        {
            var call = c.Calls[i];
            var m = call.Method;
            var code = new StringBuilder();
            string Arg(int ordinal) => Names.Escape(m.Parameters[ordinal].Name);

            if (i == 0 && c.SourceIntercepted)
            {
                switch (c.Source)
                {
                    case SourceKind.Array:
                        code.AppendLine(PipelineEmitter.NullCheck(m, 0));
                        code.AppendLine("var it = new Fused();");
                        code.AppendLine($"it._array = {Arg(0)};");
                        break;
                    case SourceKind.Counter:
                        code.AppendLine("var it = new Fused();");
                        code.AppendLine($"it._next = {CounterSource.Start(m)}; it._step = {CounterSource.Step(m)};");
                        break;
                }
                code.AppendLine(Wrap(Types.Element(m.ReturnType)!, c.Output, handles));
                PipelineEmitter.Interceptor(interceptors, call, PipelineEmitter.Signature(call.Method, $"Call{i}"), code);
                continue;
            }

            var kind = call.Stage!.Value;
            var input = Types.Element(m.Parameters[0].Type)!;
            var resultType = Types.Element(m.ReturnType)!;
            bool first = i == 0;
            // The same eager checks as the library's operator, in its order: source, then the argument.
            if (first) code.AppendLine(PipelineEmitter.NullCheck(m, 0));
            bool usesDelegate = kind is StageKind.Map or StageKind.Filter or StageKind.TakeWhile or StageKind.DropWhile;
            string? inlined = null;
            if (usesDelegate)
            {
                code.AppendLine(PipelineEmitter.NullCheck(m, 1));
                inlined = call.Lambda(1)?.Render(new[] { current });
            }
            else if (SimpleStages.Declares(kind))
            {
                foreach (var line in SimpleStages.Checks(kind, m)) code.AppendLine(line);
            }
            else
            {
                code.AppendLine($"global::System.ArgumentOutOfRangeException.ThrowIfNegative((long){Arg(1)}, \"{m.Parameters[1].Name}\");");
            }
            if (first)
            {
                code.AppendLine("var it = new Fused();");
                code.AppendLine($"it._source = {Arg(0)};");
            }
            else
            {
                code.AppendLine(Unwrap(input, c.Output, handles, Arg(0)));
            }

            string f = $"_f{i}";
            if (usesDelegate && inlined is null)
            {
                var type = Names.Type(m.Parameters[1].Type);
                fields.Add($"{type}", $"{f}");
                sinkFields.Add($"public {type} {f};");
                copyIn.Add($"w.{f} = {f};");
                code.AppendLine($"it.{f} = {Arg(1)};");
            }
            var stage = new Stage(kind, i, usesDelegate ? inlined ?? $"{f}({current})" : null);
            stages.Add(stage);
            if (SimpleStages.Declares(kind))
            {
                // Slice: the variables the stage declares, fields of the iterator and of its fold sink.
                foreach (var v in SimpleStages.State(kind, m))
                {
                    var name = stage.Var(v.Role);
                    fields.Add(v.Type, name);
                    sinkFields.Add($"public {v.Type} {name};");
                    copyIn.Add($"w.{name} = {name};");
                    copyOut.Add($"{name} = w.{name};");
                    code.AppendLine($"it.{name} = {v.Init};");
                }
                if (SimpleStages.Counts(kind)) takes.Add(stage.N);
            }
            switch (kind)
            {
                case StageKind.Map:
                    current = $"v{i}";
                    break;
                case StageKind.Take:
                case StageKind.Skip:
                    fields.Add("long", stage.N);
                    sinkFields.Add($"public long {stage.N};");
                    copyIn.Add($"w.{stage.N} = {stage.N};");
                    copyOut.Add($"{stage.N} = w.{stage.N};");
                    code.AppendLine($"it.{stage.N} = {Arg(1)};");
                    if (kind == StageKind.Take) takes.Add(stage.N);
                    break;
                case StageKind.DropWhile:
                    fields.Add("bool", stage.D);
                    sinkFields.Add($"public bool {stage.D};");
                    copyIn.Add($"w.{stage.D} = {stage.D};");
                    copyOut.Add($"{stage.D} = w.{stage.D};");
                    code.AppendLine($"it.{stage.D} = true;");
                    break;
            }
            comments.Add($"{m.Name}: {(usesDelegate ? (inlined is null ? "called through its delegate" : "lambda body inlined") : SimpleStages.Declares(kind) ? "a pull budget and a gap counter" : "a counter")}");
            code.AppendLine(Wrap(resultType, c.Output, handles));
            PipelineEmitter.Interceptor(interceptors, call, PipelineEmitter.Signature(call.Method, $"Call{i}"), code);
        }

        string anyTakeSpent = takes.Count == 0 ? "false" : string.Join(" || ", takes.ConvertAll(n => $"{n} <= 0"));
        var pull = PullBody(c, stages, takes, out string result);
        var accept = AcceptBody(stages, result, takes.Count > 0);

        var sb = new StringBuilder();
        GeneratedFile.AppendHeader(sb);
        sb.AppendLine($"// Fused into one iterator at {c.Where}: {c.Text}");
        foreach (var comment in comments) sb.AppendLine($"//   {comment}");
        sb.AppendLine("#nullable disable");
        sb.AppendLine("#line hidden");
        sb.AppendLine("// An endless source with no Take or TakeWhile never leaves TryAdvance's loop: its end is unreachable.");
        sb.AppendLine("#pragma warning disable CS0162");
        GeneratedFile.AppendAttributeAndOpenClass(sb, className, localAttribute);
        sb.Append(interceptors);
        sb.AppendLine("        // The chain as one iterator: a stage over the source (its own end leaves a user-held source where it is;");
        sb.AppendLine("        // Dispose or an exception releases it once), one pull of the source per loop turn, no stage objects.");
        sb.AppendLine($"        private sealed class Fused : {Iter}<{output}>");
        sb.AppendLine("        {");
        foreach (var field in fields) sb.AppendLine($"            internal {field.Type} {field.Name};");
        sb.AppendLine();
        sb.AppendLine("            internal Fused()");
        sb.AppendLine("                : base(releaseAtEnd: false)");
        sb.AppendLine("            {");
        sb.AppendLine("            }");
        sb.AppendLine();
        sb.AppendLine($"            protected override bool TryAdvance(out {output} item)");
        sb.AppendLine("            {");
        sb.Append(pull);
        sb.AppendLine("            }");
        sb.AppendLine();
        sb.AppendLine("            // Reached its own end: the source ended, a Take's count is spent without the consumer stopping, or a");
        sb.AppendLine("            // TakeWhile failed. A consumer that stops leaves every counter where it was, as the library's stages do.");
        sb.AppendLine("            protected override bool TryFoldCore<TSink>(ref TSink sink)");
        sb.AppendLine("            {");
        if (takes.Count > 0) sb.AppendLine($"                if ({anyTakeSpent}) return true;");
        sb.AppendLine("                var w = new FoldSink<TSink>();");
        sb.AppendLine("                w.Inner = sink;");
        foreach (var line in copyIn) sb.AppendLine($"                {line}");
        sb.AppendLine("                bool sourceEnded;");
        switch (c.Source)
        {
            case SourceKind.Iter:
                sb.AppendLine("                sourceEnded = _source.TryFold(ref w);");
                break;
            case SourceKind.Array:
                // The position is read and written through the field at every element, as the library's span
                // cursor does, so a lambda that pulls this iterator itself sees the position the fold has reached.
                sb.AppendLine("                var a = _array;");
                sb.AppendLine("                sourceEnded = true;");
                sb.AppendLine("                while (true)");
                sb.AppendLine("                {");
                sb.AppendLine("                    int i = _index;");
                sb.AppendLine("                    if ((uint)i >= (uint)a.Length) break;");
                sb.AppendLine("                    _index = i + 1;");
                sb.AppendLine("                    if (!w.Accept(a[i]))");
                sb.AppendLine("                    {");
                sb.AppendLine("                        sourceEnded = false;");
                sb.AppendLine("                        break;");
                sb.AppendLine("                    }");
                sb.AppendLine("                }");
                break;
            case SourceKind.Counter:
                sb.AppendLine($"                {start} step = _step;");
                sb.AppendLine("                while (true)");
                sb.AppendLine("                {");
                sb.AppendLine($"                    {start} v = _next;");
                sb.AppendLine("                    _next = unchecked(v + step);");
                sb.AppendLine("                    if (!w.Accept(v)) break;");
                sb.AppendLine("                }");
                sb.AppendLine("                sourceEnded = false;");
                break;
        }
        sb.AppendLine("                sink = w.Inner;");
        foreach (var line in copyOut) sb.AppendLine($"                {line}");
        bool takeWhile = stages.Exists(s => s.Kind == StageKind.TakeWhile);
        string ended = "sourceEnded" + (takeWhile ? " || w.Ended" : "")
            + (takes.Count > 0 ? $" || (!w.Stopped && ({anyTakeSpent}))" : "");
        sb.AppendLine($"                return {ended};");
        sb.AppendLine("            }");
        sb.AppendLine();
        if (c.Source == SourceKind.Iter)
        {
            sb.AppendLine("            protected override void Release() => _source.Dispose();");
            sb.AppendLine();
        }
        sb.AppendLine($"            public override string ToString() => {SymbolDisplay.FormatLiteral("fused: " + c.Text, quote: true)};");
        sb.AppendLine();
        sb.AppendLine("            // The loop body of the fold path: one call per source element, every stage written out in order.");
        sb.AppendLine($"            private struct FoldSink<TSink> : global::Streams.ISink<{start}>");
        sb.AppendLine($"                where TSink : struct, global::Streams.ISink<{output}>");
        sb.AppendLine("            {");
        sb.AppendLine("                public TSink Inner;");
        foreach (var field in sinkFields) sb.AppendLine($"                {field}");
        if (stages.Exists(s => s.Kind == StageKind.TakeWhile)) sb.AppendLine("                public bool Ended;");
        if (takes.Count > 0) sb.AppendLine("                public bool Stopped;");
        sb.AppendLine();
        sb.AppendLine("                [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        sb.AppendLine($"                public bool Accept({start} x0)");
        sb.AppendLine("                {");
        sb.Append(accept);
        sb.AppendLine("                }");
        sb.AppendLine("            }");
        sb.AppendLine("        }");
        sb.AppendLine("    }");
        sb.AppendLine("}");
        sb.AppendLine("#line default");
        return sb.ToString();
    }

    // TryAdvance: one loop turn per source element. A spent Take ends the chain before the source is pulled, as the
    // library's Take does; a rejected element goes round again; a failed TakeWhile ends the chain.
    private static string PullBody(IteratorModel c, List<Stage> stages, List<string> takes, out string result)
    {
        var w = new CodeWriter(4);
        w.Open("while (true)");
        if (takes.Count > 0) w.Line($"if ({string.Join(" || ", takes.ConvertAll(n => $"{n} <= 0"))}) break;");
        switch (c.Source)
        {
            case SourceKind.Iter:
                w.Line("if (!_source.TryNext(out var x0)) break;");
                break;
            case SourceKind.Array:
                w.Line("int i = _index;");
                w.Line("var a = _array;");
                w.Line("if ((uint)i >= (uint)a.Length) break;");
                w.Line("_index = i + 1;");
                w.Line("var x0 = a[i];");
                break;
            case SourceKind.Counter:
                w.Line($"{Names.Type(c.Start)} x0 = _next;");
                w.Line("_next = unchecked(x0 + _step);");
                break;
        }
        var form = new LoopForm(w, skipChecksTakes: false);
        string current = "x0";
        foreach (var s in stages) current = SimpleStages.Write(s.Kind, form, s.Names(current));
        w.Line($"item = {current};");
        w.Line("return true;");
        w.Close();
        w.Line("item = default;");
        w.Line("return false;");
        result = current;
        return w.ToString();
    }

    // FoldSink.Accept: the same stages; "go on" is true while every Take met so far has count left, so the source is
    // not pulled past a spent Take. A failed TakeWhile records that the chain ended (Ended).
    private static string AcceptBody(List<Stage> stages, string result, bool tracksStop)
    {
        var w = new CodeWriter(5);
        var form = new SinkForm(w, beforeStop: "Ended = true;");
        string current = "x0";
        foreach (var s in stages) current = SimpleStages.Write(s.Kind, form, s.Names(current));
        if (!tracksStop)
        {
            w.Line($"return Inner.Accept({result});");
            return w.ToString();
        }
        w.Open($"if (!Inner.Accept({result}))");
        w.Line("Stopped = true;");
        w.Line("return false;");
        w.Close();
        w.Line($"return {form.GoOn};");
        return w.ToString();
    }

    // What a call returns: the iterator itself where the element type is its own, else a rented handle.
    private static string Wrap(TypeRef element, TypeRef output, HashSet<string> handles)
    {
        var name = Names.Type(element);
        if (name == Names.Type(output)) return "return it;";
        handles.Add(name);
        return $"return global::Streams.Fusion.FusedHandle<{name}, Fused>.Rent(it);";
    }

    // The iterator behind a receiver that the previous interceptor returned.
    private static string Unwrap(TypeRef element, TypeRef output, HashSet<string> handles, string receiver)
    {
        var name = Names.Type(element);
        if (name == Names.Type(output)) return $"var it = (Fused){receiver};";
        handles.Add(name);
        return $"var it = ((global::Streams.Fusion.FusedHandle<{name}, Fused>){receiver}).Take();";
    }
}
