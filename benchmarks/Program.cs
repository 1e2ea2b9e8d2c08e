using BenchmarkDotNet.Running;

// Every [Benchmark] class in this assembly is discoverable with --filter (BenchmarkDotNet's own switcher).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
