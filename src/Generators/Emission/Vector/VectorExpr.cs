// Emission (vectorised loops): an inlined lambda body (Model/Expressions.cs) written over vectors, lane by lane. Only
// bodies whose every operation means, on each lane, exactly what the scalar body means on one element, and cannot
// throw, are accepted: wrapping integer and IEEE float arithmetic, bitwise operators, shifts by a constant in range,
// a remainder by a constant power of two, comparisons (masks) combined with &&, ||, !, and ?: as a select.
using System.Collections.Generic;
using System.Globalization;
using Streams.Generators.Model;

namespace Streams.Generators.Emission.Vector;

/// <summary>What a body's node is over vectors: the lane type's elements, or a comparison's mask.</summary>
internal enum VectorKind
{
    Lane,
    Mask,
}

/// <summary>Types and writes an inlined body over vectors.</summary>
internal static class VectorExpr
{
    /// <summary>The node's kind over <paramref name="lane"/> for a lambda of <paramref name="arity"/> parameters (all of
    /// the lane type), or null when it is not written over vectors: an operation that can throw (division, a
    /// remainder by anything but a constant power of two, checked integer arithmetic), a conversion to another type,
    /// negation of a float (the scalar -x and the vector 0 - x differ on zero), a shift by a count out of range.</summary>
    public static VectorKind? KindOf(Expr e, VectorLane lane, int arity)
    {
        switch (e)
        {
            case ParamExpr p:
                return p.Index < arity ? VectorKind.Lane : null;
            case LiteralExpr l:
                if (l.Text.StartsWith($"(({lane.Name})(", System.StringComparison.Ordinal)) return VectorKind.Lane;
                return l.Text is "((bool)(true))" or "((bool)(false))" ? VectorKind.Mask : null;
            case BinaryExpr b:
                return Binary(b, lane, arity);
            case UnaryExpr u:
            {
                var operand = KindOf(u.Operand, lane, arity);
                return u.Token switch
                {
                    "!" when operand == VectorKind.Mask => VectorKind.Mask,
                    "+" when operand == VectorKind.Lane => VectorKind.Lane,
                    "-" or "~" when operand == VectorKind.Lane && !lane.IsFloat && u.Context != "checked" => VectorKind.Lane,
                    _ => null,
                };
            }
            case ConvertExpr c:
                // Only the identity conversion (the lambda's own type written out).
                return c.Type == lane.Name && KindOf(c.Operand, lane, arity) == VectorKind.Lane ? VectorKind.Lane : null;
            case ConditionalExpr c:
            {
                var a = KindOf(c.WhenTrue, lane, arity);
                return KindOf(c.Test, lane, arity) == VectorKind.Mask && a is not null && a == KindOf(c.WhenFalse, lane, arity)
                    ? a : null;
            }
            default:
                return null;
        }
    }

    private static VectorKind? Binary(BinaryExpr b, VectorLane lane, int arity)
    {
        var left = KindOf(b.Left, lane, arity);
        if (left is null) return null;
        switch (b.Token)
        {
            case "+" or "-" or "*":
                return left == VectorKind.Lane && KindOf(b.Right, lane, arity) == VectorKind.Lane
                    && b.Context != "checked" ? VectorKind.Lane : null;
            case "&" or "|" or "^":
            {
                var right = KindOf(b.Right, lane, arity);
                if (right != left) return null;
                return left == VectorKind.Mask || !lane.IsFloat ? left : null;
            }
            case "&&" or "||":
                return left == VectorKind.Mask && KindOf(b.Right, lane, arity) == VectorKind.Mask ? VectorKind.Mask : null;
            case "==" or "!=":
                return KindOf(b.Right, lane, arity) == left ? VectorKind.Mask : null;
            case "<" or "<=" or ">" or ">=":
                return left == VectorKind.Lane && KindOf(b.Right, lane, arity) == VectorKind.Lane ? VectorKind.Mask : null;
            case "%":
                return left == VectorKind.Lane && !lane.IsFloat && PowerOfTwo(b.Right, lane) is not null ? VectorKind.Lane : null;
            case "<<" or ">>" or ">>>":
                return left == VectorKind.Lane && !lane.IsFloat && ShiftCount(b.Right, lane) is not null ? VectorKind.Lane : null;
            default: // "/": division by zero and MinValue / -1 throw per element
                return null;
        }
    }

    /// <summary><paramref name="e"/> written over vectors, <paramref name="names"/> naming the parameters' vectors.
    /// Call only for a node <see cref="KindOf"/> accepts.</summary>
    public static string Render(Expr e, VectorLane lane, IReadOnlyList<string> names)
    {
        string R(Expr x) => Render(x, lane, names);
        string ops = VectorLane.Ops;
        switch (e)
        {
            case ParamExpr p:
                return names[p.Index];
            case LiteralExpr l when l.Text == "((bool)(true))":
                return $"{lane.M}.AllBitsSet";
            case LiteralExpr l when l.Text == "((bool)(false))":
                return $"{lane.M}.Zero";
            case LiteralExpr l:
                return $"new {lane.V}({l.Text})";
            case UnaryExpr u:
                return u.Token switch
                {
                    "!" or "~" => $"(~{R(u.Operand)})",
                    "+" => R(u.Operand),
                    _ => $"({lane.V}.Zero - {R(u.Operand)})",
                };
            case ConvertExpr c:
                return R(c.Operand);
            case ConditionalExpr c:
                return $"{ops}.ConditionalSelect({R(c.Test)}, {R(c.WhenTrue)}, {R(c.WhenFalse)})";
            case BinaryExpr b:
                switch (b.Token)
                {
                    case "&&":
                        return $"({R(b.Left)} & {R(b.Right)})";
                    case "||":
                        return $"({R(b.Left)} | {R(b.Right)})";
                    case "==" or "!=":
                    {
                        // x % 2^k == 0 is (x & (2^k - 1)) == 0 for either sign.
                        string test = b.Left is BinaryExpr { Token: "%" } rem && IsZero(b.Right, lane)
                            ? $"{ops}.Equals({R(rem.Left)} & new {lane.V}(({lane.Name})({PowerOfTwo(rem.Right, lane)! - 1})), {lane.V}.Zero)"
                            : $"{ops}.Equals({R(b.Left)}, {R(b.Right)})";
                        return b.Token == "==" ? test : $"(~{test})";
                    }
                    case "<":
                        return $"{ops}.LessThan({R(b.Left)}, {R(b.Right)})";
                    case "<=":
                        return $"{ops}.LessThanOrEqual({R(b.Left)}, {R(b.Right)})";
                    case ">":
                        return $"{ops}.GreaterThan({R(b.Left)}, {R(b.Right)})";
                    case ">=":
                        return $"{ops}.GreaterThanOrEqual({R(b.Left)}, {R(b.Right)})";
                    case "%":
                    {
                        // C#'s remainder takes the dividend's sign: x & (d - 1), less d where x < 0 and that is not 0.
                        long d = PowerOfTwo(b.Right, lane)!.Value;
                        string x = R(b.Left);
                        string low = $"({x} & new {lane.V}(({lane.Name})({d - 1})))";
                        return $"({low} - ({ops}.LessThan({x}, {lane.V}.Zero) & ~{ops}.Equals({low}, {lane.V}.Zero) & new {lane.V}(({lane.Name})({d}))))";
                    }
                    case "<<":
                        return $"{ops}.ShiftLeft({R(b.Left)}, {ShiftCount(b.Right, lane)})";
                    case ">>":
                        return $"{ops}.ShiftRightArithmetic({R(b.Left)}, {ShiftCount(b.Right, lane)})";
                    case ">>>":
                        return $"{ops}.ShiftRightLogical({R(b.Left)}, {ShiftCount(b.Right, lane)})";
                    default: // + - * & | ^: the same operator over vectors, wrapping like unchecked scalars
                        return $"({R(b.Left)} {b.Token} {R(b.Right)})";
                }
            default:
                throw new System.ArgumentException("not a vector expression", nameof(e));
        }
    }

    /// <summary>c when <paramref name="e"/> is <c>x * c</c> or <c>c * x</c> over the lambda's parameter, wrapping,
    /// with c an integer literal: consecutive such Maps fold into one multiplication (wrapping multiplication is
    /// associative, so the product is the same in every lane).</summary>
    public static long? ConstantFactor(Expr e, VectorLane lane)
    {
        if (lane.IsFloat || e is not BinaryExpr { Token: "*" } b || b.Context == "checked") return null;
        return (b.Left, b.Right) switch
        {
            (ParamExpr { Index: 0 }, var c) => IntegerLiteral(c, lane.Name),
            (var c, ParamExpr { Index: 0 }) => IntegerLiteral(c, lane.Name),
            _ => null,
        };
    }

    // The value of an integer literal of the lane's type (or of int, for a shift count).
    private static long? IntegerLiteral(Expr e, string type)
    {
        if (e is not LiteralExpr l) return null;
        string prefix = $"(({type})(";
        if (!l.Text.StartsWith(prefix, System.StringComparison.Ordinal) || !l.Text.EndsWith("))", System.StringComparison.Ordinal)) return null;
        var digits = l.Text.Substring(prefix.Length, l.Text.Length - prefix.Length - 2);
        return long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static bool IsZero(Expr e, VectorLane lane) => IntegerLiteral(e, lane.Name) == 0;

    // A divisor 2^k, 0 < k < bits - 1 (so that 2^k is positive in the lane type): x % 2^k never throws.
    private static long? PowerOfTwo(Expr e, VectorLane lane) =>
        IntegerLiteral(e, lane.Name) is long d && d > 1 && d <= (1L << (lane.Bits - 2)) && (d & (d - 1)) == 0 ? d : null;

    // A shift count that C# does not mask (0 <= count < bits), so the vector shift means the same.
    private static long? ShiftCount(Expr e, VectorLane lane) =>
        IntegerLiteral(e, "int") is long c && c >= 0 && c < lane.Bits ? c : null;
}
