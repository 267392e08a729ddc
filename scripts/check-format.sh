#!/usr/bin/env bash
# Checks that Sources, Tests and Package.swift are as `swift format` (config: .swift-format,
# 120 columns) would write them; lists the files that differ and exits 1 if any do.
#   scripts/check-format.sh          # check
#   scripts/check-format.sh --fix    # rewrite the files in place
set -euo pipefail
cd "$(dirname "$0")/.."
# swift-format ships with Swift 6 toolchains; an older toolchain cannot check, so it says so.
if ! swift format --version >/dev/null 2>&1; then
    echo "format: 'swift format' is not in this toolchain; layout not checked" >&2
    exit 0
fi
if [ "${1:-}" = "--fix" ]; then
    swift format format --in-place --parallel --recursive Sources Tests Package.swift
    exit 0
fi
# Fast path: lint reports every place the formatter would change (no rules enabled, only layout).
if swift format lint --strict --parallel --recursive Sources Tests Package.swift; then
    echo "format: ok"
else
    echo "format: run scripts/check-format.sh --fix" >&2
    exit 1
fi
