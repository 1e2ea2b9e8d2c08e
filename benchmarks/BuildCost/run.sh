#!/usr/bin/env bash
# Build-time cost of compile-time fusion (issue 20): a full build of 1,000 varied pipelines with the compiler and the
# fusion generator in one process (benchmarks/BuildCost/Program.cs says what it builds, measures and prints): no
# generator, the generator with <StreamsFusion>false</StreamsFusion>, and fusion on; medians of the CPU time of the
# whole build, of the generator's run and of the emit, and what fusion adds per fused site.
# Usage: bash benchmarks/BuildCost/run.sh [runs, default 5] [sites, default 1000]
# A benchmark: run it when nothing else runs (CPU time grows with contention too) and quote the load average it prints.
# msbuild.sh measures the same kind of project through `dotnet build` instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build benchmarks/BuildCost/Streams.BuildCost.csproj -c Release -v:q -nologo >/dev/null
dotnet run --no-build -c Release --project benchmarks/BuildCost/Streams.BuildCost.csproj -- "$@"
