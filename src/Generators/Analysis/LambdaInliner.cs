// Analysis: turns a lambda argument into the model's expression tree (Model/Expressions.cs), or says it must be
// called through its delegate.
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using Streams.Generators.Model;

namespace Streams.Generators.Analysis;

/// <summary>
/// Reads a lambda's body as an expression over its parameters (the model's <see cref="Expr"/>), or says it cannot.
/// </summary>
/// <remarks>
/// Only bodies built from the lambda's own parameters, constants and the compiler's built-in operators on primitive
/// types are written out, and they are written from the semantic model (operations), not copied as text: a constant
/// becomes a typed literal and every integer operation carries its own <c>checked</c>/<c>unchecked</c> context, so
/// the generated expression means exactly what the lambda meant wherever it was written. Anything else (a method
/// call, a captured variable, a user-defined operator, a field) is called through the delegate instead, which is
/// always correct. A body that passes this test captures nothing.
/// </remarks>
internal static class LambdaInliner
{
    /// <summary>The body of <paramref name="argument"/> as an expression over the lambda's parameters, with its span
    /// in the user's file, or null when it must be called through its delegate. In a FlatMap's inner pipeline,
    /// <paramref name="outer"/> (the selector lambda's parameter) may be used too (<see cref="OuterExpr"/>).</summary>
    public static LambdaModel? TryInline(IOperation argument, IParameterSymbol? outer = null)
    {
        if (argument is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }) return null;
        var body = lambda.Body;
        // An expression lambda is a block holding one return; a block lambda qualifies only in the same shape.
        if (body.Operations.Length != 1 || body.Operations[0] is not IReturnOperation { ReturnedValue: { } value })
        {
            return null;
        }
        var map = new Dictionary<IParameterSymbol, Expr>(SymbolEqualityComparer.Default);
        for (int i = 0; i < lambda.Symbol.Parameters.Length; i++) map[lambda.Symbol.Parameters[i]] = new ParamExpr(i);
        if (outer is not null) map[outer] = new OuterExpr();
        var expr = Emit(value, map);
        return expr is null ? null : new LambdaModel(expr, Spans.Of(value.Syntax));
    }

    private static Expr? Emit(IOperation op, Dictionary<IParameterSymbol, Expr> names)
    {
        if (op.ConstantValue.HasValue) return Literal(op.ConstantValue.Value, op.Type);
        if (!IsPrimitive(op.Type)) return null;
        switch (op)
        {
            case IParameterReferenceOperation p:
                return names.TryGetValue(p.Parameter, out var name) ? name : null;
            case IParenthesizedOperation paren:
                return Emit(paren.Operand, names);
            case IBinaryOperation b when b.OperatorMethod is null && IsPrimitive(b.LeftOperand.Type)
                                         && IsPrimitive(b.RightOperand.Type):
            {
                var token = BinaryToken(b.OperatorKind);
                var left = Emit(b.LeftOperand, names);
                var right = Emit(b.RightOperand, names);
                if (token is null || left is null || right is null) return null;
                return new BinaryExpr(token, left, right, Context(b.IsChecked, b.Type));
            }
            case IUnaryOperation u when u.OperatorMethod is null && IsPrimitive(u.Operand.Type):
            {
                var token = u.OperatorKind switch
                {
                    UnaryOperatorKind.Minus => "-",
                    UnaryOperatorKind.Plus => "+",
                    UnaryOperatorKind.Not => "!",
                    UnaryOperatorKind.BitwiseNegation => "~",
                    _ => null,
                };
                var operand = Emit(u.Operand, names);
                if (token is null || operand is null) return null;
                return new UnaryExpr(token, operand, Context(u.IsChecked, u.Type));
            }
            case IConversionOperation c when c.OperatorMethod is null && IsPrimitive(c.Operand.Type)
                                             && (c.Conversion.IsNumeric || c.Conversion.IsIdentity):
            {
                var operand = Emit(c.Operand, names);
                if (operand is null) return null;
                var type = c.Type!.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
                return new ConvertExpr(type, operand, Context(c.IsChecked, c.Type));
            }
            case IConditionalOperation { WhenFalse: { } whenFalse } cond:
            {
                var test = Emit(cond.Condition, names);
                var whenTrue = Emit(cond.WhenTrue, names);
                var otherwise = Emit(whenFalse, names);
                if (test is null || whenTrue is null || otherwise is null) return null;
                return new ConditionalExpr(test, whenTrue, otherwise);
            }
            default:
                return null;
        }
    }

    // Integer arithmetic states its context, so that the project's CheckForOverflowUnderflow setting cannot change it.
    private static string Context(bool isChecked, ITypeSymbol? type) =>
        IsInteger(type) ? (isChecked ? "checked" : "unchecked") : "";

    private static string? BinaryToken(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.Add => "+",
        BinaryOperatorKind.Subtract => "-",
        BinaryOperatorKind.Multiply => "*",
        BinaryOperatorKind.Divide => "/",
        BinaryOperatorKind.Remainder => "%",
        BinaryOperatorKind.LeftShift => "<<",
        BinaryOperatorKind.RightShift => ">>",
        BinaryOperatorKind.UnsignedRightShift => ">>>",
        BinaryOperatorKind.And => "&",
        BinaryOperatorKind.Or => "|",
        BinaryOperatorKind.ExclusiveOr => "^",
        BinaryOperatorKind.ConditionalAnd => "&&",
        BinaryOperatorKind.ConditionalOr => "||",
        BinaryOperatorKind.Equals => "==",
        BinaryOperatorKind.NotEquals => "!=",
        BinaryOperatorKind.LessThan => "<",
        BinaryOperatorKind.LessThanOrEqual => "<=",
        BinaryOperatorKind.GreaterThan => ">",
        BinaryOperatorKind.GreaterThanOrEqual => ">=",
        _ => null,
    };

    internal static bool IsPrimitive(ITypeSymbol? type) => type?.SpecialType switch
    {
        SpecialType.System_Boolean or SpecialType.System_Char or SpecialType.System_SByte or SpecialType.System_Byte
            or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32
            or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
            or SpecialType.System_Single or SpecialType.System_Double => true,
        _ => false,
    };

    private static bool IsInteger(ITypeSymbol? type) => type?.SpecialType switch
    {
        SpecialType.System_Char or SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16
            or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32
            or SpecialType.System_Int64 or SpecialType.System_UInt64 => true,
        _ => false,
    };

    private static Expr? Literal(object? value, ITypeSymbol? type)
    {
        if (!IsPrimitive(type)) return null;
        var name = type!.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        string? text = value switch
        {
            bool b => b ? "true" : "false",
            char c => SymbolDisplay.FormatLiteral(c, quote: true),
            double d when double.IsNaN(d) => "double.NaN",
            double d when double.IsPositiveInfinity(d) => "double.PositiveInfinity",
            double d when double.IsNegativeInfinity(d) => "double.NegativeInfinity",
            double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
            float f when float.IsNaN(f) => "float.NaN",
            float f when float.IsPositiveInfinity(f) => "float.PositiveInfinity",
            float f when float.IsNegativeInfinity(f) => "float.NegativeInfinity",
            float f => f.ToString("R", CultureInfo.InvariantCulture) + "f",
            sbyte or byte or short or ushort or int or uint or long or ulong =>
                System.Convert.ToString(value, CultureInfo.InvariantCulture),
            _ => null,
        };
        if (text is null) return null;
        // The cast fixes the literal's type (a long constant 5 stays long); its value always fits the type.
        return new LiteralExpr($"(({name})({text}))");
    }
}
