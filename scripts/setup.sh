#!/usr/bin/env bash
# Creates this clone's virtual environment (see scripts/venv.sh) and installs the portal's
# declared dependencies (again only when pyproject.toml changed). Usage: scripts/setup.sh [run|test]
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-run}
python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "Python 3.11 or newer is needed (found: $("$python" --version 2>&1))." >&2
  exit 1
fi
venv=$(scripts/venv.sh)
mkdir -p "$(dirname "$venv")"
# one setup at a time per clone (two commands started together must not install over each other)
exec 9>"$venv.lock"
flock 9
[ -x "$venv/bin/python" ] || { mkdir -p "$(dirname "$venv")"; "$python" -m venv "$venv"; }
extra="[examples]"  # the example provincial portal runs beside the portal
[ "$mode" = test ] && extra="[test]"
stamp="$venv/.installed-$mode"
digest=$(cat pyproject.toml scripts/setup.sh | sha256sum | cut -c1-16)
if [ "$(cat "$stamp" 2>/dev/null)" != "$digest" ]; then
  echo "Installing dependencies ($mode) into $venv ..."
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip setuptools
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e ".$extra"
  echo "$digest" > "$stamp"
fi
if [ "$mode" = test ] && ! command -v chromium >/dev/null 2>&1; then
  # Browser tests drive Debian's Chromium (no browser download).
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the browser tests..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core) >/dev/null
  else
    echo "Chromium is missing: install Debian's 'chromium' package to run the browser tests." >&2
  fi
fi
