#!/usr/bin/env bash
# CI for the VS Code extension: install (npm ci), build, lint, test, package the .vsix
# and test it, non-interactively, with no network but the npm registry.
# The last line is "N passed, N failed": the sums of the node test runner's pass and
# fail counts of `npm test` and `npm run test:vsix`, plus one failure for each step
# that failed outright (install, build, lint, package). Exits non-zero on any failure.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
export CI=true
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false npm_config_progress=false

logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
passed=0
failed=0

# Adds the "# pass N" / "# fail N" summary of a TAP log to the totals; a log with no
# summary (the runner died) counts as one failure.
count() {
    local log="$1" p f
    p="$(grep -E '^# pass [0-9]+$' "$log" | tail -1 | awk '{print $3}')"
    f="$(grep -E '^# fail [0-9]+$' "$log" | tail -1 | awk '{print $3}')"
    if [[ -z "$p" || -z "$f" ]]; then
        echo "ci.sh: no test summary in $(basename "$log")" >&2
        failed=$((failed + 1))
        return
    fi
    passed=$((passed + p))
    failed=$((failed + f))
}

finish() {
    echo "$passed passed, $failed failed"
    if [[ "$failed" -gt 0 ]]; then exit 1; fi
    exit 0
}

# Runs a step that has no test counts; on failure, counts one failure and stops.
step() {
    local name="$1"
    shift
    echo "==> $name: $*"
    if ! "$@" </dev/null; then
        echo "ci.sh: step '$name' failed" >&2
        failed=$((failed + 1))
        finish
    fi
}

step install npm ci
step build npm run build
step lint npm run lint

echo "==> test: npm test"
npm test </dev/null 2>&1 | tee "$logs/test.tap"
test_status=${PIPESTATUS[0]}
count "$logs/test.tap"
if [[ "$test_status" -ne 0 && "$failed" -eq 0 ]]; then failed=1; fi

rm -f remedy-lang.vsix
step package npm run package

echo "==> test:vsix: npm run test:vsix"
npm run test:vsix </dev/null 2>&1 | tee "$logs/vsix.tap"
vsix_status=${PIPESTATUS[0]}
count "$logs/vsix.tap"
if [[ "$vsix_status" -ne 0 && "$failed" -eq 0 ]]; then failed=1; fi

echo "remedy-lang.vsix: $(stat -c %s remedy-lang.vsix) bytes"
finish
