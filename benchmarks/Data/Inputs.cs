namespace Streams.Benchmarks.Data;

/// <summary>The benchmark inputs of docs/benchmarks.md. Allocated once in [GlobalSetup], never per invocation.</summary>
public static class Inputs
{
    /// <summary>xs[i] = i % 10 (and ys[j] = j % 10).</summary>
    public static long[] Digits(long length)
    {
        var a = new long[length];
        for (long i = 0; i < a.LongLength; i++) a[i] = i % 10;
        return a;
    }

    /// <summary>The digits 0..length-1 (mod 10) cut into <paramref name="parts"/> consecutive arrays.</summary>
    public static long[][] DigitParts(long length, int parts)
    {
        var all = Digits(length);
        var result = new long[parts][];
        long per = length / parts;
        for (int k = 0; k < parts; k++) result[k] = all.AsSpan((int)(k * per), (int)per).ToArray();
        return result;
    }
}
