// The small expression model of an inlined lambda body: parameters, typed literals and the built-in operators on
// primitive types, each integer operation with its own checked/unchecked context. Analysis builds it from the
// lambda's operations (LambdaInliner); emission renders it over generated variable names.
using System.Collections.Generic;

namespace Streams.Generators.Model;

/// <summary>A lambda whose body generated code writes out, and where that body is in the user's file.</summary>
/// <param name="Body">The body as an expression over the lambda's parameters.</param>
/// <param name="Span">The body's span in the user's file, which the written-out body maps to with <c>#line</c>.</param>
internal sealed record LambdaModel(Expr Body, SpanModel Span)
{
    /// <summary>Whether the body is a constant (<c>x =&gt; true</c>): written as it is, it would make the compiler
    /// warn about unreachable code or an unused variable in generated code.</summary>
    public bool IsConstant => Body is LiteralExpr;

    /// <summary>The body over <paramref name="names"/> (one per lambda parameter), <paramref name="outer"/> standing
    /// for the enclosing selector's parameter, as a mapped fragment (see <see cref="LineMarks"/>): the line that holds
    /// it is mapped to <see cref="Span"/> with <c>#line</c>. A constant body goes through <c>Fused.Value</c>, an
    /// identity the JIT inlines, so the compiler sees no constant condition or constant-assigned local.</summary>
    public string Render(IReadOnlyList<string> names, string? outer = null) => LineMarks.Mark(Span,
        IsConstant ? $"global::Streams.Fusion.Fused.Value({Body.Render(names, outer)})" : Body.Render(names, outer));
}

/// <summary>A node of an inlined body.</summary>
internal abstract record Expr
{
    /// <summary>The C# text of the node over the given parameter names.</summary>
    public abstract string Render(IReadOnlyList<string> names, string? outer);
}

/// <summary>The lambda's parameter <paramref name="Index"/>.</summary>
internal sealed record ParamExpr(int Index) : Expr
{
    public override string Render(IReadOnlyList<string> names, string? outer) => names[Index];
}

/// <summary>The parameter of the selector lambda that encloses an inner pipeline (FlatMap's outer element).</summary>
internal sealed record OuterExpr : Expr
{
    public override string Render(IReadOnlyList<string> names, string? outer) => outer!;
}

/// <summary>A typed literal, already written (<c>((int)(3))</c>).</summary>
internal sealed record LiteralExpr(string Text) : Expr
{
    public override string Render(IReadOnlyList<string> names, string? outer) => Text;
}

/// <summary>A built-in binary operator; <paramref name="Context"/> is "checked", "unchecked" or "" (not integer).</summary>
internal sealed record BinaryExpr(string Token, Expr Left, Expr Right, string Context) : Expr
{
    public override string Render(IReadOnlyList<string> names, string? outer) =>
        $"{Context}({Left.Render(names, outer)} {Token} {Right.Render(names, outer)})";
}

/// <summary>A built-in unary operator.</summary>
internal sealed record UnaryExpr(string Token, Expr Operand, string Context) : Expr
{
    public override string Render(IReadOnlyList<string> names, string? outer) =>
        $"{Context}({Token}{Operand.Render(names, outer)})";
}

/// <summary>A numeric or identity conversion to <paramref name="Type"/>.</summary>
internal sealed record ConvertExpr(string Type, Expr Operand, string Context) : Expr
{
    public override string Render(IReadOnlyList<string> names, string? outer) =>
        $"{Context}(({Type}){Operand.Render(names, outer)})";
}

/// <summary><c>test ? whenTrue : whenFalse</c>.</summary>
internal sealed record ConditionalExpr(Expr Test, Expr WhenTrue, Expr WhenFalse) : Expr
{
    public override string Render(IReadOnlyList<string> names, string? outer) =>
        $"({Test.Render(names, outer)} ? {WhenTrue.Render(names, outer)} : {WhenFalse.Render(names, outer)})";
}

/// <summary>
/// How a fragment of generated text says where in the user's file it comes from: it is enclosed in control characters
/// that C# text never contains here (the fragments are built from identifiers, literals and operators), carrying the
/// span. The emission's line writer (Emission/LineMap.cs) turns a marked line into a <c>#line</c> span directive, the
/// line without the marks, and <c>#line hidden</c>.
/// </summary>
internal static class LineMarks
{
    /// <summary>Opens a mark; the span's fields follow, separated by <see cref="Separator"/>.</summary>
    public const char Open = '\u0001';

    /// <summary>Separates the span's fields and ends them.</summary>
    public const char Separator = '\u0002';

    /// <summary>Closes the marked fragment.</summary>
    public const char Close = '\u0003';

    /// <summary><paramref name="text"/> marked as coming from <paramref name="span"/>.</summary>
    public static string Mark(SpanModel span, string text) =>
        $"{Open}{span.StartLine}{Separator}{span.StartColumn}{Separator}{span.EndLine}{Separator}{span.EndColumn}{Separator}{span.Path}{Separator}{text}{Close}";
}
