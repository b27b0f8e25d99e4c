#!/usr/bin/env bash
# Prints where this clone's virtual environment lives: outside the work tree (so nothing
# installed ever mixes with the project's own files), one per clone, or $PORTAL_VENV.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${PORTAL_VENV:-}" ]; then
  echo "$PORTAL_VENV"
else
  echo "${XDG_CACHE_HOME:-$HOME/.cache}/dichvucong-portal/venv-$(pwd -P | sha256sum | cut -c1-12)"
fi
