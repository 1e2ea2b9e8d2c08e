#!/usr/bin/env bash
# The fold path before and after, in one BenchmarkDotNet report.
# Usage: bash benchmarks/BeforeAfter/run.sh [git-ref, default 486308a] [BenchmarkDotNet args, e.g. --filter '*Sum*']
# Builds Streams.Pull at <ref> from `git archive` into artifacts/before-after/<ref>/ (ignored by git), then runs
# FoldPathBenchmarks twice in one report: job "before" against that build, job "after" against src/Pull.
set -euo pipefail
cd "$(dirname "$0")/../.."
ref=${1:-486308a}
shift || true
out="artifacts/before-after/$ref"
src="$out/source"
rm -rf "$src" && mkdir -p "$src"
git archive "$ref" src/Pull Directory.Build.props global.json LICENSE | tar -x -C "$src"
dotnet build "$src/src/Pull/Streams.Pull.csproj" -c Release -o "$out/lib" -p:TreatWarningsAsErrors=false -v:q
[ $# -gt 0 ] || set -- --filter '*'
dotnet run -c Release --project benchmarks/BeforeAfter -- --baseline "$out/lib/Streams.Pull.dll" \
  --artifacts "$out/bdn" "$@"
echo "Report: $out/bdn/results/"
