#!/usr/bin/env bash
# Regenerates the C# lexer and parser from the grammar with antlr-ng (pinned in
# package.json; no Java needed). Usage: generate.sh [output-dir]
# The default output is src/Remedy.Syntax/Generated, which is committed; CI
# generates into a temporary folder and fails when the two differ.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here/../src/Remedy.Syntax/Generated}"
cd "$here"
if [ ! -x node_modules/.bin/antlr-ng ]; then
    npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
mkdir -p "$out"
rm -f "$out"/*.cs "$out"/*.interp "$out"/*.tokens
node_modules/.bin/antlr-ng -Dlanguage=CSharp --package Remedy.Syntax.Generated \
    --generate-listener false --generate-visitor true -w \
    -o "$out" RemedyLexer.g4 RemedyParser.g4
# Only the C# sources are needed to build; the ATN dumps are tool artefacts.
rm -f "$out"/*.interp "$out"/*.tokens
# ANTLR types never leave Remedy.Syntax: make the top-level generated types internal.
sed -i 's/^public /internal /' "$out"/*.cs
