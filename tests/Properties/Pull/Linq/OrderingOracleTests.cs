using FsCheck.Xunit;

namespace Streams.Tests.PullTests.Linq;

public class OrderingOracleTests
{
    [Property]
    public void Order_and_OrderBy_are_stable(int[] xs, int bad)
    {
        var key = Oracle.KeyThrowingAt(bad);
        Oracle.Same(xs, l => l.Order(), s => s.Order().ToList());
        Oracle.Same(xs, l => l.OrderDescending(), s => s.OrderDescending().ToList());
        Oracle.Same(xs, l => l.OrderBy(key), s => s.OrderBy(key).ToList());
        Oracle.Same(xs, l => l.OrderByDescending(key, Comparer<int>.Default), s => s.OrderByDescending(key, Comparer<int>.Default).ToList());
        Oracle.Same(xs, l => l.OrderBy(key).ThenByDescending(x => x), s => s.OrderBy(key).ThenByDescending(x => x).ToList());
        Oracle.Same(xs, l => l.OrderByDescending(x => x % 2).ThenBy(key), s => s.OrderByDescending(x => x % 2).ThenBy(key).ToList());
    }

    [Property]
    public void Reverse_and_Shuffle(int[] xs)
    {
        Oracle.Same(xs, l => l.Reverse(), s => s.Reverse().ToList());
        Oracle.Same(xs, l => l.Shuffle().Order(), s => s.Shuffle().Order().ToList());
    }
}
