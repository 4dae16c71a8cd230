#!/usr/bin/env bash
# Installs what the build and tests need on a fresh machine of this project's kind.
# Safe to run again: it only installs what is missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

command -v dotnet >/dev/null || { echo "the .NET SDK 10 is required (dotnet on PATH)"; exit 1; }
command -v node >/dev/null || { echo "Node.js is required to generate the parser (antlr-ng)"; exit 1; }

echo "== npm packages of the grammar tool"
(cd "$root/grammar" && npm ci --no-audit --no-fund --loglevel=error)
