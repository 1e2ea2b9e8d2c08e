using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;

using Streams.Generators.Model;

namespace Streams.Generators.Emission;

/// <summary>
/// Writes the interceptor of a terminal over <c>from x in a from y in b select r</c>: it detaches the query's source and
/// selectors from the runtime iterator (<c>Pull.TryDetachSelectMany</c>; when that fails, the library's terminal runs
/// as written) and folds the source with an outer struct sink that, per outer element, calls the collection selector
/// and folds the inner iterator with an inner struct sink holding the terminal's state. <c>r</c> is written into the
/// inner sink when it uses only <c>x</c>, <c>y</c> and constants, else called through the result selector.
/// </summary>
/// <remarks>Release follows the runtime SelectMany: each inner iterator and the source are folded through their own
/// <c>TryFold</c>, which releases an iterator at its end (a source) or on an exception passing through it, with a
/// throwing release in <c>Data[Pull.ReleaseExceptionKey]</c>; one the terminal stopped in (<c>Any</c>) stays open.
/// Allocations: none beyond what the collection selector builds per outer element (and the list of ToList).</remarks>
internal static class QueryEmitter
{
    public static string Emit(QueryModel q, string className, bool localAttribute = true)
    {
        var m = q.Terminal.Method;
        string ts = Names.Type(q.Source), tc = Names.Type(q.Collection), tr = Names.Type(q.Result);
        string? inlined = q.ResultSelector?.Render(new[] { "X", "y" });
        string Arg(int ordinal) => Names.Escape(m.Parameters[ordinal].Name);

        var innerFields = new List<string> { $"public {ts} X;" };
        if (inlined is null) innerFields.Add($"public global::System.Func<{ts}, {tc}, {tr}> Rs;");
        var accept = new StringBuilder();
        accept.AppendLine($"                var r = {inlined ?? "Rs(X, y)"};");
        var code = new StringBuilder();
        var init = new List<string>();
        string result;
        string comment;
        switch (q.Kind)
        {
            case TerminalKind.Sum:
            case TerminalKind.WrappingSum:
            {
                bool integer = q.Result.Special is SpecialType.System_Int32 or SpecialType.System_Int64
                    or SpecialType.System_UInt32 or SpecialType.System_UInt64;
                bool isChecked = q.Kind == TerminalKind.Sum && q.CheckedSum;
                innerFields.Add($"public {tr} Acc;");
                accept.AppendLine(integer
                    ? $"                Acc = {(isChecked ? "checked" : "unchecked")}(Acc + r);"
                    : "                Acc = Acc + r;");
                accept.AppendLine("                return true;");
                result = "sink.S.Acc";
                comment = $"{m.Name}: {(integer ? (isChecked ? "checked " : "wrapping ") : "")}addition in the inner sink";
                break;
            }
            case TerminalKind.Count:
            {
                bool asInt = m.ReturnType!.Special == SpecialType.System_Int32;
                innerFields.Add(asInt ? "public int Acc;" : "public long Acc;");
                accept.AppendLine("                _ = r;");
                accept.AppendLine(asInt ? "                Acc = checked(Acc + 1);" : "                Acc++;");
                accept.AppendLine("                return true;");
                result = "sink.S.Acc";
                comment = "Count: a counter in the inner sink (the result is still computed, as the runtime computes it)";
                break;
            }
            case TerminalKind.ToList:
            case TerminalKind.ToArray:
                innerFields.Add($"public global::System.Collections.Generic.List<{tr}> List;");
                init.Add($"sink.S.List = new global::System.Collections.Generic.List<{tr}>();");
                accept.AppendLine("                List.Add(r);");
                accept.AppendLine("                return true;");
                result = q.Kind == TerminalKind.ToList ? "sink.S.List" : "sink.S.List.ToArray()";
                comment = $"{m.Name}: a list filled in the inner sink";
                break;
            case TerminalKind.First: // with a predicate (the analyzer takes no other First)
            {
                code.AppendLine(PipelineEmitter.NullCheck(m, 1));
                string? test = q.Terminal.Lambda(1)?.Render(new[] { "r" });
                if (test is null)
                {
                    innerFields.Add($"public {Names.Type(m.Parameters[1].Type)} TF;");
                    init.Add($"sink.S.TF = {Arg(1)};");
                }
                innerFields.Add("public bool Hit;");
                innerFields.Add($"public {tr} Item;");
                accept.AppendLine($"                if ({test ?? "TF(r)"})");
                accept.AppendLine("                {");
                accept.AppendLine("                    Hit = true;");
                accept.AppendLine("                    Item = r;");
                accept.AppendLine("                    return false;");
                accept.AppendLine("                }");
                accept.AppendLine("                return true;");
                result = "sink.S.Hit ? sink.S.Item : throw new global::Streams.IteratorExhaustedException(\"First: the iterator has no (more) elements.\")";
                comment = $"First: stops at the first match, leaving the inner and outer iterators open as the runtime does; none throws the runtime's IteratorExhaustedException ({(test is null ? "predicate called through its delegate" : "predicate inlined")})";
                break;
            }
            default: // Any
            {
                code.AppendLine(PipelineEmitter.NullCheck(m, 1));
                string? test = q.Terminal.Lambda(1)?.Render(new[] { "r" });
                if (test is null)
                {
                    innerFields.Add($"public {Names.Type(m.Parameters[1].Type)} TF;");
                    init.Add($"sink.S.TF = {Arg(1)};");
                }
                innerFields.Add("public bool Hit;");
                accept.AppendLine($"                if ({test ?? "TF(r)"})");
                accept.AppendLine("                {");
                accept.AppendLine("                    Hit = true;");
                accept.AppendLine("                    return false;");
                accept.AppendLine("                }");
                accept.AppendLine("                return true;");
                result = "sink.S.Hit";
                comment = $"Any: stops at the first match, leaving the inner and outer iterators open as the runtime does ({(test is null ? "predicate called through its delegate" : "predicate inlined")})";
                break;
            }
        }

        var typeArgs = string.Join(", ", System.Linq.Enumerable.Select(m.TypeArguments, Names.Type));
        var callArgs = new StringBuilder(Arg(0));
        for (int i = 1; i < m.Parameters.Length; i++) callArgs.Append(", ").Append(Arg(i));
        code.AppendLine($"if (!global::Streams.Pull.TryDetachSelectMany<{ts}, {tc}, {tr}>({Arg(0)}, out var outer, out var cs, out var rs))");
        code.AppendLine("{");
        code.AppendLine($"    return global::Streams.Pull.{m.Name}{(typeArgs.Length > 0 ? $"<{typeArgs}>" : "")}({callArgs});");
        code.AppendLine("}");
        code.AppendLine("var sink = new Outer();");
        code.AppendLine("sink.Cs = cs;");
        code.AppendLine(inlined is null ? "sink.S.Rs = rs;" : "_ = rs; // the select clause is written into the inner sink");
        foreach (var line in init) code.AppendLine(line);
        // Mapped to the terminal call: where the JIT inlines the sinks into this fold, a frame is reported here.
        code.AppendLine($"{LineMarks.Mark(q.Terminal.Call, "outer.TryFold(ref sink)")};");
        code.AppendLine($"return {result};");

        var interceptors = new StringBuilder();
        PipelineEmitter.Interceptor(interceptors, q.Terminal, PipelineEmitter.Signature(m, "Call0"), code);

        var sb = new StringBuilder();
        GeneratedFile.AppendHeader(sb);
        sb.AppendLine($"// Fused at {q.Where}: {q.Text}");
        sb.AppendLine("//   source: the query's first from, detached from the runtime SelectMany iterator and driven through its TryFold");
        sb.AppendLine("//   second from: the collection selector called per outer element, its iterator driven through its TryFold (span capability first)");
        sb.AppendLine($"//   select: {(inlined is null ? "called through the result selector" : "inlined")}");
        sb.AppendLine($"//   {comment}");
        sb.AppendLine("#nullable disable");
        sb.AppendLine("#line hidden");
        GeneratedFile.AppendAttributeAndOpenClass(sb, className, localAttribute);
        sb.Append(interceptors);
        sb.AppendLine("        // Per outer element: the collection selector, then the inner iterator folded into S.");
        sb.AppendLine($"        private struct Outer : global::Streams.ISink<{ts}>");
        sb.AppendLine("        {");
        sb.AppendLine($"            public global::System.Func<{ts}, global::Streams.Iter<{tc}>> Cs;");
        sb.AppendLine("            public Inner S;");
        sb.AppendLine();
        sb.AppendLine($"            public bool Accept({ts} x)");
        sb.AppendLine("            {");
        sb.AppendLine("                var it = Cs(x) ?? throw new global::System.InvalidOperationException(\"SelectMany's collection selector returned null.\");");
        sb.AppendLine("                S.X = x;");
        sb.AppendLine("                return it.TryFold(ref S); // false: the terminal stopped inside it, which stays open");
        sb.AppendLine("            }");
        sb.AppendLine("        }");
        sb.AppendLine();
        sb.AppendLine("        // Per inner element: the select clause, then the terminal.");
        sb.AppendLine($"        private struct Inner : global::Streams.ISink<{tc}>");
        sb.AppendLine("        {");
        foreach (var f in innerFields) sb.AppendLine($"            {f}");
        sb.AppendLine();
        sb.AppendLine("            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        sb.AppendLine($"            public bool Accept({tc} y)");
        sb.AppendLine("            {");
        sb.Append(accept);
        sb.AppendLine("            }");
        sb.AppendLine("        }");
        sb.AppendLine("    }");
        sb.AppendLine("}");
        sb.AppendLine("#line default");
        return sb.ToString();
    }
}
