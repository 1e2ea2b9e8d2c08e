using BenchmarkDotNet.Attributes;
using Streams.Benchmarks.Data;
using Streams.Benchmarks.Verification;

namespace Streams.Benchmarks.Pipelines;

/// <summary>
/// One pipeline of docs/benchmarks.md. Each derived class has one [Benchmark] per implementation, all returning the
/// pipeline's result (a long), the hand loop being the baseline. The setup allocates the inputs once and then runs
/// every implementation once against the hand loop (<see cref="Verifier"/>), so a wrong result fails the run before
/// any timing.
/// </summary>
/// <remarks>
/// Each implementation family writes the pipeline once as a function of its source (PullPipeline, RxPipeline,
/// AsyncPipeline, ...), so an interop variant is one more [Benchmark] that calls the same function with another
/// source (Pull.From(a).ToObservable(), ...) or another terminal (ToAsyncEnumerable() + await foreach).
/// </remarks>
[MemoryDiagnoser]
public abstract class PipelineBenchmark
{
    /// <summary>The pipeline's name in docs/benchmarks.md.</summary>
    public abstract string Pipeline { get; }

    /// <summary>The size; derived classes put [ParamsSource] on their override.</summary>
    public abstract Size Size { get; set; }

    /// <summary>The size the CI smoke runs at.</summary>
    public abstract Size Tiny { get; }

    protected long[] Xs = [];
    protected long[] Ys = [];

    /// <summary>Allocates the inputs for <see cref="Size"/>: xs of length N, ys of length M.</summary>
    public virtual void Prepare()
    {
        Xs = Inputs.Digits(Size.N);
        Ys = Inputs.Digits(Size.M);
    }

    [GlobalSetup]
    public void Setup()
    {
        Prepare();
        Verifier.VerifyOnce(this);
    }
}
