#!/usr/bin/env bash
# What `npm test` needs beyond node_modules: Debian's chromium and firefox-esr, openssl (the demo
# server's certificate) and iproute2 (the Firefox tests' loopback-only network). As root with
# apt-get they are installed; otherwise the test stops at once with the command that installs them.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
command -v ip >/dev/null 2>&1 || missing+=(iproute2)
[ ${#missing[@]} -eq 0 ] && exit 0

install="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "npm test: installing ${missing[*]}"
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  exit 0
fi
echo "npm test needs ${missing[*]}. Install them first, then run npm test again:" >&2
echo "  sudo sh -c '$install'" >&2
exit 1
