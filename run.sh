#!/usr/bin/env bash
# Sets up and runs the portal: http://127.0.0.1:8080 on SQLite under ./data with demo data.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh run
exec "$(scripts/venv.sh)/bin/python" main.py "$@"
