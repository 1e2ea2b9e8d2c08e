namespace Streams.Laws;

/// <summary>Bounds and seed for <see cref="IteratorLaws"/>; the defaults suit iterators of any length, infinite ones included.</summary>
public sealed class LawOptions
{
    /// <summary>How many elements of each iterator are examined at most (default 64). Infinite iterators are checked on
    /// this prefix; the exhausted-stays-exhausted law is then reported as not applicable.</summary>
    public int MaxElements { get; init; } = 64;

    /// <summary>How many further pulls are made after the end (or an exception) to check that it stays exhausted (default 4).</summary>
    public int PullsAfterEnd { get; init; } = 4;

    /// <summary>How many random multi-part splits are tried on top of every single split point (default 32).</summary>
    public int RandomSplits { get; init; } = 32;

    /// <summary>Seed of the <see cref="System.Random"/> that picks split points and consumption styles, so that a failure
    /// reproduces exactly (default 20250101).</summary>
    public int Seed { get; init; } = 20250101;

    /// <summary>How long building one iterator may take before it counts as not lazy (default 5 seconds).</summary>
    public TimeSpan ConstructionTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The options used when none are given.</summary>
    public static LawOptions Default { get; } = new();
}
