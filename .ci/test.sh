#!/usr/bin/env bash
# Runs every test of Remedy.Lang and ends with one line: "N passed, N failed[, N skipped]".
# This is the test command README.md gives; .ci/run calls it after installing prerequisites.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# A fresh machine gets what the tests need first (idempotent: installs only what is missing).
bash "$root/.ci/setup.sh" || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0

echo "== dotnet test"
dotnet test Remedy.Lang.sln --nologo 2>&1 | tee "$log"
dotnet_status=${PIPESTATUS[0]}
[ "$dotnet_status" -eq 0 ] || status=1

# Each test assembly prints "Passed!  - Failed: F, Passed: P, Skipped: S, Total: T" (or "Failed!  - ...").
read -r passed failed skipped < <(grep -E '^(Passed|Failed)! +- Failed:' "$log" | awk -F'[:,]' '
    { f += $2; p += $4; s += $6 } END { printf "%d %d %d\n", p, f, s }')
assemblies=$(grep -cE '^(Passed|Failed)! +- Failed:' "$log" || true)
if [ "$dotnet_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    # The build failed or a test host crashed: count it, never report green.
    failed=$((failed + 1))
    echo "dotnet test exited with $dotnet_status after $assemblies test assemblies reported"
fi

for extra in "$root"/editor/vscode/scripts/ci.sh; do
    [ -x "$extra" ] || continue
    echo "== $(realpath --relative-to="$root" "$extra")"
    extra_# A fresh machine gets what the tests need first (idempotent: installs only what is missing).
bash "$root/.ci/setup.sh" || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

log="$(mktemp)"
    bash "$extra" 2>&1 | tee "$extra_log"
    extra_status=${PIPESTATUS[0]}
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$extra_log" | tail -1)
    rm -f "$extra_log"
    if [ -n "$line" ]; then
        passed=$((passed + $(echo "$line" | awk '{print $1}')))
        failed=$((failed + $(echo "$line" | awk '{print $3}')))
    fi
    if [ "$extra_status" -ne 0 ]; then
        status=1
        [ -n "$line" ] && [ "$(echo "$line" | awk '{print $3}')" != "0" ] || failed=$((failed + 1))
    fi
done

[ "$failed" -eq 0 ] || status=1
if [ "$skipped" -gt 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
else
    echo "$passed passed, $failed failed"
fi
exit $status
