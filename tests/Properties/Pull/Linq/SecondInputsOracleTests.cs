using FsCheck.Xunit;

namespace Streams.Tests.PullTests.Linq;

public class SecondInputsOracleTests
{
    [Property]
    public void Zip_shapes_and_SequenceEqual(int[] xs, int[] ys)
    {
        ys ??= [];
        Oracle.Same(xs, l => l.Zip(ys), s => s.Zip(ys).ToList());
        Oracle.Same(xs, l => l.Zip(ys, (x, y) => x - y), s => s.Zip(ys, (x, y) => x - y).ToList());
        Oracle.Same(xs, l => l.Zip(ys, ys.Reverse()), s => s.Zip(ys, ys.Reverse()).ToList());
        Oracle.Same(xs, l => l.SequenceEqual(ys), s => s.SequenceEqual(ys));
        Oracle.Same(xs, l => l.SequenceEqual(ys, null), s => s.SequenceEqual(ys, null));
    }

    [Property]
    public void MinBy_MaxBy(int[] xs, int bad)
    {
        var key = Oracle.KeyThrowingAt(bad);
        Oracle.Same(xs, l => l.MinBy(key), s => s.MinBy(key));
        Oracle.Same(xs, l => l.MaxBy(key, Comparer<int>.Default), s => s.MaxBy(key, Comparer<int>.Default));
    }
}
