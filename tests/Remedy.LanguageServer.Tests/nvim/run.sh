#!/usr/bin/env bash
# Third-party client check: Neovim's built-in LSP client (headless) talks to `remedy lsp`.
# Usage: bash tests/Remedy.LanguageServer.Tests/nvim/run.sh
# Needs neovim (Debian: apt-get install -y neovim). Prints PASS/FAIL and "N passed, N failed".
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"

if ! command -v nvim >/dev/null; then
    echo "FAIL: nvim is not installed (apt-get install -y neovim)"
    echo "0 passed, 1 failed"
    exit 1
fi
if ! dotnet build "$root/src/Remedy.Cli/Remedy.Cli.csproj" -c Release --nologo -v quiet >/tmp/remedy-nvim-build.log 2>&1; then
    cat /tmp/remedy-nvim-build.log
    echo "FAIL: could not build remedy"
    echo "0 passed, 1 failed"
    exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/checkout.remedy" "$work/checkout.remedy"

REMEDY_DLL="$root/src/Remedy.Cli/bin/Release/net10.0/remedy.dll" REMEDY_FIXTURE="$work/checkout.remedy" \
    timeout 180 nvim --headless -u NONE -i NONE -n -c "luafile $here/test.lua" </dev/null
status=$?
if [ "$status" -eq 124 ]; then
    echo "FAIL: neovim timed out"
    echo "0 passed, 1 failed"
fi
exit $status
