#!/usr/bin/env bash
# Firefox: lint the MV3 build (0 errors), then the whole-road tests in headless firefox-esr through
# WebDriver BiDi (tests/e2e/firefox). As root they run in a network namespace with only loopback,
# so Firefox's own background traffic cannot leave the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
npx wxt build -b firefox --mv3 >/dev/null
npx web-ext lint --source-dir .output/firefox-mv3 --output json | node -e '
  const r = JSON.parse(require("fs").readFileSync(0, "utf8"));
  console.log(`web-ext lint: ${r.errors.length} errors, ${r.warnings.length} warnings (${r.warnings.map((w) => w.code).join(", ")})`);
  if (r.errors.length) { console.error(r.errors); process.exit(1); }'
run='npx vitest run -c vitest.firefox.config.ts'
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null && command -v ip >/dev/null; then
  exec unshare -n sh -c "ip link set lo up && $run"
fi
exec $run
