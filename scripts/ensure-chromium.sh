#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through playwright-core (which downloads no browser).
# On a fresh machine this installs it when it can, and otherwise says exactly what is missing.
set -uo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$path" ] && exit 0
if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo -n"
  echo "Chromium is missing at $path: installing Debian's chromium for the browser tests" >&2
  if $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null; then
    exit 0
  fi
fi
echo "Chromium is missing at $path and could not be installed here." >&2
echo "Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH; the browser tests will fail until then." >&2
exit 0
