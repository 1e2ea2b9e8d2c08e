#!/usr/bin/env bash
# Mutation testing of src/Pull (Core, Sources and the operators Map, Filter, Take, Chain) against the property suite,
# with Stryker.NET (the local tool in .config/dotnet-tools.json), run from tests/Mutation: the law table, its doubles
# and the Core, Sources and card-operator tests, compiled from tests/Properties. Not run by CI: it is long and CPU-heavy.
#   bash tools/mutation/run.sh                    # the whole scope
#   bash tools/mutation/run.sh --since:main       # only mutants in files changed since main
# The report (html, json, markdown) goes under artifacts/mutation/ (ignored by git). Exits non-zero when the score is
# below the break threshold in tools/mutation/stryker-config.json. See docs/mutation.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
dotnet tool restore
# Stryker runs from the test project (it refuses test-project options next to a solution) and builds it itself; its
# project analysis fails with "Could not find build environment" on a clone that was never restored.
dotnet restore tests/Mutation/Streams.Mutation.csproj
# The law table's rows run max(50, cases / 16) cases each, so 100 keeps every row at its floor of 50 while the other
# properties drop from 1000 cases to 100: a mutant the table kills is still killed at once, a survivor costs a tenth.
export STREAMS_PROPERTY_CASES="${STREAMS_PROPERTY_CASES:-100}"
cd tests/Mutation
exec nice -n "${MUTATION_NICE:-15}" dotnet stryker \
    --config-file ../../tools/mutation/stryker-config.json \
    --output ../../artifacts/mutation \
    "$@"
