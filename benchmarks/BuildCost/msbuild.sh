#!/usr/bin/env bash
# Build-time cost of compile-time fusion through `dotnet build` (issue 13): a file with 1,000 pipelines.
# Usage: bash benchmarks/BuildCost/msbuild.sh [runs, default 3]
# run.sh is the main measure (the compiler in one process, every CPU cycle counted, the generator's time and the time
# to compile the generated code apart); this one checks it against a real build of a project.
# Writes a throwaway project to artifacts/build-cost-msbuild/ (ignored by git): one file with 1,000 one-expression pipelines
# over Streams.Pull (source project + generator, wired as the package wires them), then times a rebuild of that
# project alone (`dotnet build --no-incremental --no-dependencies`, after one warm-up build of everything) with fusion on and with
# <StreamsFusion>false</StreamsFusion>, alternating, and prints every time and the medians.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
runs=${1:-3}
dir="artifacts/build-cost-msbuild"
rm -rf "$dir" && mkdir -p "$dir"
cat > "$dir/BuildCost.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$root/src/Pull/build/Streams.Pull.props" />
  <PropertyGroup>
    <OutputType>Library</OutputType>
    <NoWarn>\$(NoWarn);CS1591</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$root/src/Pull/Streams.Pull.csproj" />
    <ProjectReference Include="$root/src/Generators/Streams.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
</Project>
XML
{
  echo "using Streams;"
  echo "namespace BuildCost;"
  echo "public static class Pipelines"
  echo "{"
  for i in $(seq 0 999); do
    case $((i % 4)) in
      0) echo "    public static long P$i(long[] a, long k) => Pull.From(a).Map(x => x * $((i % 7 + 1))).Filter(x => x > k).Take($((i % 50 + 1))).Sum();" ;;
      1) echo "    public static long P$i(long[] a, long k) => Pull.From(a).Filter(x => x % $((i % 5 + 2)) == 0).Map(x => x + k).Sum();" ;;
      2) echo "    public static long P$i(long k) => Pull.Positives().Map(x => x * x).Filter(x => x > k).Take($((i % 20 + 1))).Sum();" ;;
      3) echo "    public static int P$i(Iter<int> it, int k) => it.Map(x => x + $i).TakeWhile(x => x < k).Count();" ;;
    esac
  done
  echo "}"
} > "$dir/Pipelines.cs"
# Directory.Build.props of the repository applies (warnings as errors, code style); restore and warm up once.
dotnet build "$dir/BuildCost.csproj" -c Release -v:q -nologo >/dev/null
# Wall time depends on what else the machine runs; CPU time (user + sys of the build and the compiler, which runs in
# the build's own process tree: no build server) much less so. Both are printed.
time_build() { # fusion true|false -> "wall cpu" in seconds
  local TIMEFORMAT="%R %U %S"
  { time dotnet build "$dir/BuildCost.csproj" -c Release --no-incremental --no-dependencies --no-restore -v:q -nologo \
      --disable-build-servers -p:UseSharedCompilation=false -p:StreamsFusion="$1" >/dev/null; } 2>&1 |
    awk '{ printf "%.1f %.1f", $1, $2 + $3 }'
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
on_wall=(); on_cpu=(); off_wall=(); off_cpu=()
for r in $(seq 1 "$runs"); do
  read -r w c <<<"$(time_build true)"; on_wall+=("$w"); on_cpu+=("$c")
  read -r w c <<<"$(time_build false)"; off_wall+=("$w"); off_cpu+=("$c")
  echo "run $r: fusion on ${on_wall[-1]} s wall / ${on_cpu[-1]} s CPU; off ${off_wall[-1]} s wall / ${off_cpu[-1]} s CPU"
done
echo "median rebuild of the 1,000-pipeline project: fusion on $(median "${on_wall[@]}") s wall, $(median "${on_cpu[@]}") s CPU;" \
     "off $(median "${off_wall[@]}") s wall, $(median "${off_cpu[@]}") s CPU"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
