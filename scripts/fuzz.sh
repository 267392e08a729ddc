#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer (swiftc -sanitize=fuzzer).
#
#   scripts/fuzz.sh TARGET SECONDS [libFuzzer options…]
#   TARGET: dataset | theme | import | dates | all   (all: SECONDS each, one after the other)
#
# Builds the Fuzz/ package into .build-fuzz (not in git), then runs the target on the seed
# corpus in Fuzz/Corpus/TARGET (in git, read only) plus a working corpus in
# .build-fuzz/corpus/TARGET that keeps what earlier runs found. A crash is written to
# .build-fuzz/crashes/TARGET/ and makes the script exit 1; replay it with
#   .build-fuzz/debug/Fuzz<Target> .build-fuzz/crashes/TARGET/crash-…
# Prints one line per target: executions, coverage, new corpus entries.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "gebruik: scripts/fuzz.sh dataset|theme|import|dates|all SECONDEN [libFuzzer-opties…]" >&2; exit 2; }
(($# >= 2)) || usage
target=$1 seconds=$2
shift 2
[[ $seconds =~ ^[0-9]+$ ]] || usage
case $target in
    all) targets=(dataset theme import dates) ;;
    dataset | theme | import | dates) targets=("$target") ;;
    *) usage ;;
esac

export LANG=C.UTF-8
# Let libFuzzer catch a trap and save the input (Swift's backtracer would take the signal first).
export SWIFT_BACKTRACE=enable=no
build=.build-fuzz
swift build --package-path Fuzz --scratch-path "$build" --sanitize=fuzzer 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\]' || true
[[ -x $build/debug/FuzzDataset ]] || { echo "fuzz: bouwen mislukt" >&2; exit 1; }

# The import target's store files: on a memory file system where there is one (every commit syncs).
scratch=$(mktemp -d "$( [[ -d /dev/shm ]] && echo /dev/shm || echo "${TMPDIR:-/tmp}")/sterk-fuzz-XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export FUZZ_TMPDIR=$scratch

status=0
for name in "${targets[@]}"; do
    binary=$build/debug/Fuzz${name^}
    work=$build/corpus/$name crashes=$build/crashes/$name
    mkdir -p "$work" "$crashes"
    log=$build/$name.log
    # -timeout: one input may take at most 10 s (a hang is a finding too);
    # -rss_limit_mb: the decoders must not blow up on a small input.
    if "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -dict="Fuzz/Dictionaries/$name.dict" -artifact_prefix="$crashes/" "$@" \
        "$work" "Fuzz/Corpus/$name" >"$log" 2>&1; then
        result=clean
    else
        result="GEVONDEN (zie $log en $crashes/)"
        status=1
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    coverage=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || echo "?")
    echo "fuzz $name: $runs uitvoeringen in ${seconds}s, dekking $coverage, corpus $(ls "$work" | wc -l) — $result"
done
exit $status
