#!/usr/bin/env bash
# Installs the npm packages the gateway tests and the TypeScript example use, from their lock files.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
for folder in tests/Airs.Runtime.AspNetCore.Tests/Gateway/node examples/gateway-ts; do
  if [ -f "$root/$folder/package-lock.json" ]; then
    (cd "$root/$folder" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
