#!/usr/bin/env bash
# Installs Debian's Chromium for the end-to-end tests when it is missing (no test tool may
# download a browser of its own on these machines). Needs root or sudo for apt-get.
set -euo pipefail
# Also its headless shell (the same Chromium without a browser UI), which the end-to-end tests
# prefer: a page costs less CPU there (tests/e2e/support/browser.ts).
if [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromium-headless-shell ]; then exit 0; fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing Debian's chromium (for the end-to-end tests)…"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-headless-shell >/dev/null
/usr/bin/chromium --version
