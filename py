#!/usr/bin/env bash
# The project's Python (its virtual environment, set up if needed): ./py -m scripts.manage ...
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh test >&2
exec "$(scripts/venv.sh)/bin/python" "$@"
