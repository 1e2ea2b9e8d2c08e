using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace Streams.Tests.Doubles;

/// <summary>A user-defined number (a decimal amount), to show that the generic aggregates need only
/// <see cref="INumber{TSelf}"/>: every member delegates to <see cref="decimal"/>.</summary>
public readonly record struct Money(decimal Value) : INumber<Money>
{
    public static Money One => new(1m);
    public static int Radix => 10;
    public static Money Zero => new(0m);
    public static Money AdditiveIdentity => Zero;
    public static Money MultiplicativeIdentity => One;

    public static Money operator +(Money a, Money b) => new(a.Value + b.Value);
    public static Money operator -(Money a, Money b) => new(a.Value - b.Value);
    public static Money operator *(Money a, Money b) => new(a.Value * b.Value);
    public static Money operator /(Money a, Money b) => new(a.Value / b.Value);
    public static Money operator %(Money a, Money b) => new(a.Value % b.Value);
    public static Money operator -(Money a) => new(-a.Value);
    public static Money operator +(Money a) => a;
    public static Money operator ++(Money a) => new(a.Value + 1);
    public static Money operator --(Money a) => new(a.Value - 1);
    public static bool operator <(Money a, Money b) => a.Value < b.Value;
    public static bool operator >(Money a, Money b) => a.Value > b.Value;
    public static bool operator <=(Money a, Money b) => a.Value <= b.Value;
    public static bool operator >=(Money a, Money b) => a.Value >= b.Value;

    public int CompareTo(Money other) => Value.CompareTo(other.Value);
    public int CompareTo(object? obj) => obj is Money m ? CompareTo(m) : 1;

    public static Money Abs(Money value) => new(Math.Abs(value.Value));
    public static bool IsCanonical(Money value) => true;
    public static bool IsComplexNumber(Money value) => false;
    public static bool IsEvenInteger(Money value) => decimal.IsEvenInteger(value.Value);
    public static bool IsFinite(Money value) => true;
    public static bool IsImaginaryNumber(Money value) => false;
    public static bool IsInfinity(Money value) => false;
    public static bool IsInteger(Money value) => decimal.IsInteger(value.Value);
    public static bool IsNaN(Money value) => false;
    public static bool IsNegative(Money value) => value.Value < 0;
    public static bool IsNegativeInfinity(Money value) => false;
    public static bool IsNormal(Money value) => value.Value != 0;
    public static bool IsOddInteger(Money value) => decimal.IsOddInteger(value.Value);
    public static bool IsPositive(Money value) => value.Value >= 0;
    public static bool IsPositiveInfinity(Money value) => false;
    public static bool IsRealNumber(Money value) => true;
    public static bool IsSubnormal(Money value) => false;
    public static bool IsZero(Money value) => value.Value == 0;
    public static Money MaxMagnitude(Money x, Money y) => new(decimal.MaxMagnitude(x.Value, y.Value));
    public static Money MaxMagnitudeNumber(Money x, Money y) => MaxMagnitude(x, y);
    public static Money MinMagnitude(Money x, Money y) => new(decimal.MinMagnitude(x.Value, y.Value));
    public static Money MinMagnitudeNumber(Money x, Money y) => MinMagnitude(x, y);

    public static Money Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider) => new(decimal.Parse(s, style, provider));
    public static Money Parse(string s, NumberStyles style, IFormatProvider? provider) => new(decimal.Parse(s, style, provider));
    public static Money Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => new(decimal.Parse(s, provider));
    public static Money Parse(string s, IFormatProvider? provider) => new(decimal.Parse(s, provider));

    public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider, out Money result) =>
        Wrap(decimal.TryParse(s, style, provider, out var d), d, out result);
    public static bool TryParse([NotNullWhen(true)] string? s, NumberStyles style, IFormatProvider? provider, out Money result) =>
        Wrap(decimal.TryParse(s, style, provider, out var d), d, out result);
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result) =>
        Wrap(decimal.TryParse(s, provider, out var d), d, out result);
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result) =>
        Wrap(decimal.TryParse(s, provider, out var d), d, out result);

    private static bool Wrap(bool ok, decimal d, out Money result)
    {
        result = new Money(d);
        return ok;
    }

    // Conversions go through decimal, which knows every built-in number type.
    static bool INumberBase<Money>.TryConvertFromChecked<TOther>(TOther value, out Money result) => From(decimal.CreateChecked(value), out result);
    static bool INumberBase<Money>.TryConvertFromSaturating<TOther>(TOther value, out Money result) => From(decimal.CreateSaturating(value), out result);
    static bool INumberBase<Money>.TryConvertFromTruncating<TOther>(TOther value, out Money result) => From(decimal.CreateTruncating(value), out result);
    static bool INumberBase<Money>.TryConvertToChecked<TOther>(Money value, [MaybeNullWhen(false)] out TOther result) { result = TOther.CreateChecked(value.Value); return true; }
    static bool INumberBase<Money>.TryConvertToSaturating<TOther>(Money value, [MaybeNullWhen(false)] out TOther result) { result = TOther.CreateSaturating(value.Value); return true; }
    static bool INumberBase<Money>.TryConvertToTruncating<TOther>(Money value, [MaybeNullWhen(false)] out TOther result) { result = TOther.CreateTruncating(value.Value); return true; }

    private static bool From(decimal d, out Money result)
    {
        result = new Money(d);
        return true;
    }

    public string ToString(string? format, IFormatProvider? formatProvider) => Value.ToString(format, formatProvider);

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Value.TryFormat(destination, out charsWritten, format, provider);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
