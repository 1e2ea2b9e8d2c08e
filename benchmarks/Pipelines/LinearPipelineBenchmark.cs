using BenchmarkDotNet.Attributes;
using Streams.Benchmarks.Data;

namespace Streams.Benchmarks.Pipelines;

/// <summary>A one-array pipeline of docs/benchmarks.md: N = 10,000,000 full, 1,000,000 quick, 100,000 for compare.</summary>
public abstract class LinearPipelineBenchmark : PipelineBenchmark
{
    public static IEnumerable<Size> Sizes => Size.LinearDefaults();

    [ParamsSource(nameof(Sizes))]
    public override Size Size { get; set; } = Size.Linear(1_000, Scale.Tiny);

    public override Size Tiny => Size.Linear(1_000, Scale.Tiny);
}
