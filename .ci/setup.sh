#!/usr/bin/env bash
# Installs what the build and tests need on a fresh machine of this project's kind.
# Safe to run again: it only installs what is missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

command -v dotnet >/dev/null || { echo "the .NET SDK 10 is required (dotnet on PATH)"; exit 1; }
command -v node >/dev/null || { echo "Node.js is required to generate the parser (antlr-ng)"; exit 1; }

echo "== npm packages of the grammar tool"
(cd "$root/grammar" && npm ci --no-audit --no-fund --loglevel=error)
echo "== npm packages of the serve page's browser test (playwright-core and axe-core; no browser is downloaded)"
(cd "$root/tests/Remedy.Server.Tests/web" && npm ci --no-audit --no-fund --loglevel=error)

# Real servers the runtime's provider tests start themselves (on 127.0.0.1, in temp folders): PostgreSQL and
# Prometheus from Debian's packages; Alertmanager and Chromium for `remedy serve`; and Neovim, the language server's third-party client. Only what is missing is installed, after one apt-get update.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v prometheus >/dev/null || missing+=(prometheus)
# Neovim drives the language server as a third-party LSP client (tests/Remedy.LanguageServer.Tests/nvim).
command -v nvim >/dev/null || missing+=(neovim)
# `remedy serve`'s tests: Alertmanager sends it real webhooks; Chromium (headless) drives its page.
command -v prometheus-alertmanager >/dev/null || missing+=(prometheus-alertmanager)
command -v chromium >/dev/null || missing+=(chromium)
if [ "${#missing[@]}" -gt 0 ]; then
    echo "== apt packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# PostgreSQL refuses to run as root; as root the tests run it as the user Debian's package creates.
if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    echo "the postgres user is missing although PostgreSQL is installed"; exit 1
fi
