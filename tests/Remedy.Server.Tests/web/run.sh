#!/usr/bin/env bash
# The page of `remedy serve` in Debian's headless Chromium (playwright-core drives it; no browser is downloaded).
# Usage: bash tests/Remedy.Server.Tests/web/run.sh   (REMEDY_SCREENSHOT=docs/images/serve-page.png also saves one)
# Builds the CLI (Release), installs the pinned playwright-core if missing, and ends with "N passed, N failed".
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"

fail() { echo "FAIL: $1"; echo "0 passed, 1 failed"; exit 1; }

command -v chromium >/dev/null || fail "chromium is not installed (bash .ci/setup.sh installs it)"
if [ ! -d "$here/node_modules/playwright-core" ]; then
    (cd "$here" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci of playwright-core failed"
fi
build_log="$(mktemp)"
trap 'rm -f "$build_log"' EXIT
if ! dotnet build "$root/src/Remedy.Cli/Remedy.Cli.csproj" -c Release --nologo -v quiet >"$build_log" 2>&1; then
    cat "$build_log"
    fail "could not build remedy"
fi
REMEDY_DLL="$root/src/Remedy.Cli/bin/Release/net10.0/remedy.dll" timeout 600 node "$here/page.test.js"
status=$?
if [ "$status" -eq 124 ]; then fail "the page test timed out"; fi
exit $status
