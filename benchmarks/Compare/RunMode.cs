namespace Streams.Benchmarks.Compare;

/// <summary>How the pipelines shared processes when a figure was measured.</summary>
public enum RunMode
{
    /// <summary>One fresh process per pipeline class: each pipeline's lambdas alone decide the JIT's profile of the
    /// shared generic stage code (what a program with one hot pipeline sees).</summary>
    Isolated,

    /// <summary>Every pipeline class in one process, one after another (what an application that runs many pipelines
    /// sees: the generic stage code's profile is mixed).</summary>
    Shared,
}

/// <summary>Labels of the modes in reports.</summary>
public static class RunModes
{
    /// <summary>The short label used in tables and on the chart.</summary>
    public static string Label(this RunMode mode) => mode switch
    {
        RunMode.Isolated => "isolated (one process per pipeline)",
        RunMode.Shared => "shared (every pipeline in one process)",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    /// <summary>The one-word name used on the command line and in data files.</summary>
    public static string Key(this RunMode mode) => mode.ToString().ToLowerInvariant();
}
