using BenchmarkDotNet.Attributes;
using Streams.Benchmarks.Families;
using ZLinq;

namespace Streams.Benchmarks.Pipelines;

/// <summary>
/// sumArray: the checked Σ xs[i] over a plain long[] (or a List) with no stage between source and terminal: the case
/// System.Linq and Streams both vectorise (SIMD lanes, overflow checked per lane). The hand loop is the plain scalar
/// loop a user would write.
/// </summary>
public class SumArrayBenchmark : LinearPipelineBenchmark
{
    private List<long> _list = [];

    public override string Pipeline => "sumArray";

    public override void Prepare()
    {
        base.Prepare();
        _list = [.. Xs];
    }

    [Benchmark(Baseline = true)]
    public long HandLoop()
    {
        var xs = Xs;
        long total = 0;
        for (int i = 0; i < xs.Length; i++) total += xs[i];
        return total;
    }

    [Benchmark] public long StreamsTerminal() => Pull.From(Xs).Sum();

    [Benchmark] public long StreamsList() => Pull.From(_list).Sum();

    [Benchmark] public long StreamsForeach() => Loops.SumForeach(Pull.From(Xs));

    [Benchmark] public long Linq() => Xs.Sum();

    [Benchmark] public long ZLinq() => Xs.AsValueEnumerable().Sum();
}
