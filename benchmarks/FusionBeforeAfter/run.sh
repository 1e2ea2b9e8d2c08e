#!/usr/bin/env bash
# Fused rows before and after a change to the fusion generator, merged into one table.
# Usage: bash benchmarks/FusionBeforeAfter/run.sh <git-ref> [--launches N, default 3] [--job short|medium|default,
#        default short] [--filter GLOB ...]
# The generated code is compiled into the benchmark assembly, so "before" is the whole benchmark project built from
# `git archive <ref>` (its generator, its Streams.Pull) into artifacts/fusion-before-after/<ref>/ (ignored by git), and
# "after" is the working tree's. Both builds run the same BenchmarkDotNet filter, alternating one launch of each per
# round (so drift in the machine's load hits both alike); merge.py then prints one Markdown table of medians:
# before, after, after/before, and each side's ratio to its own hand loop. One pipeline per process (BenchmarkDotNet's
# process per benchmark), default filter: the hand loop and the fused columns.
set -euo pipefail
cd "$(dirname "$0")/../.."
ref=
job=short
launches=3
filters=()
while [ $# -gt 0 ]; do
  case "$1" in
    --launches) launches=$2; shift 2 ;;
    --job) job=$2; shift 2 ;;
    --filter) shift; while [ $# -gt 0 ] && [[ "$1" != --* ]]; do filters+=("$1"); shift; done ;;
    *) ref=$1; shift ;;
  esac
done
[ -n "$ref" ] || { echo "usage: $0 <git-ref> [--launches N] [--job J] [--filter GLOB ...]"; exit 2; }
[ ${#filters[@]} -gt 0 ] || filters=('*.HandLoop' '*.StreamsFused' '*.StreamsForeachFused')
out="artifacts/fusion-before-after/$ref"
rm -rf "$out" && mkdir -p "$out/source"
git archive "$ref" | tar -x -C "$out/source"
dotnet build "$out/source/benchmarks/Streams.Benchmarks.csproj" -c Release -o "$out/before-bin" -v:q
dotnet build benchmarks/Streams.Benchmarks.csproj -c Release -o "$out/after-bin" -v:q
for round in $(seq 1 "$launches"); do
  for side in before after; do
    echo "== round $round/$launches: $side"
    (cd "$out/$side-bin" && dotnet Streams.Benchmarks.dll --filter "${filters[@]}" --job "$job" --launchCount 1 \
      --exporters json --artifacts "../results/$side-$round" >"../results-$side-$round.log" 2>&1) \
      || { echo "benchmark run failed: $out/results-$side-$round.log"; exit 1; }
  done
done
python3 benchmarks/FusionBeforeAfter/merge.py "$out/results" | tee "$out/report.md"
echo "Report: $out/report.md"
