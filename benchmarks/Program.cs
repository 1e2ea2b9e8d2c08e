using Streams.Benchmarks;

// compare: the short all-pipelines comparison (table, Markdown report, chart).
// smoke:   every implementation of every pipeline once at a tiny size, checked against the hand loop (CI).
// cart-gc-probe: a diagnostic of the cart 10kx10 slow mode (docs/performance.md): per process, time with and without a gen0 collection.
// --help lists them (System.CommandLine, Commands.cs); any other first argument goes to BenchmarkDotNet's switcher
// (--filter, --job, ...), where every [Benchmark] class is discoverable.
return Commands.Run(args, Commands.Handlers.Real);
