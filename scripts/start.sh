#!/usr/bin/env bash
# One command for a newcomer: install, build, start the demo server and the browser.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium openssl
fi
[ -d node_modules ] || npm ci --no-audit --no-fund
npx wxt build
exec npx tsx scripts/start.ts
