#!/usr/bin/env bash
# Runs every test of Remedy.Lang and ends with one line: "N passed, N failed[, N skipped]".
# This is the test command README.md gives; .ci/run calls it after checking the parser.
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

# Other test suites print their own "N passed, N failed" line; their counts join the total.
for suite in editor/vscode/scripts/ci.sh tests/Remedy.LanguageServer.Tests/nvim/run.sh tests/Remedy.Server.Tests/web/run.sh; do
    [ -f "$suite" ] || continue
    echo "== $suite"
    suite_log="$(mktemp)"
    bash "$suite" 2>&1 | tee "$suite_log"
    suite_status=${PIPESTATUS[0]}
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$suite_log" | tail -1)
    rm -f "$suite_log"
    suite_failed=0
    if [ -n "$line" ]; then
        passed=$((passed + $(echo "$line" | awk '{print $1}')))
        suite_failed=$(echo "$line" | awk '{print $3}')
    fi
    if [ "$suite_status" -ne 0 ] && [ "$suite_failed" -eq 0 ]; then suite_failed=1; fi
    failed=$((failed + suite_failed))
done

[ "$failed" -eq 0 ] || status=1
if [ "$skipped" -gt 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
else
    echo "$passed passed, $failed failed"
fi
exit $status
