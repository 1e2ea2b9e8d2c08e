using BenchmarkDotNet.Running;
using Streams.Benchmarks.Compare;
using Streams.Benchmarks.Diagnostics;
using Streams.Benchmarks.Smoke;

// compare: the short all-pipelines comparison (table, Markdown report, chart).
// smoke:   every implementation of every pipeline once at a tiny size, checked against the hand loop (CI).
// cart-gc-probe: a diagnostic of the cart 10kx10 slow mode (docs/performance.md): per process, time with and without a gen0 collection.
// anything else goes to BenchmarkDotNet's switcher (--filter, --job, ...); every [Benchmark] class is discoverable.
return args switch
{
    ["compare", .. var rest] => CompareCommand.Run(rest),
    ["compare-child", .. var rest] => CompareChild.Run([.. rest]),
    ["cart-gc-probe", .. var rest] => CartGcProbe.Run(rest),
    ["cart-gc-probe-child", .. var rest] => CartGcProbe.RunChild(verifyFirst: rest.Contains("--verify-first")),
    ["smoke", .. var rest] => SmokeCommand.Run(verbose: rest.Contains("--verbose")),
    _ => Switcher(args),
};

static int Switcher(string[] args)
{
    var summaries = BenchmarkSwitcher.FromAssembly(typeof(SmokeCommand).Assembly).Run(args);
    // A failed benchmark (e.g. a [GlobalSetup] verification mismatch) must fail the run, not just print NA.
    return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
}
