#!/usr/bin/env bash
# Sets up and runs the whole test suite (SQLite; PostgreSQL too when PORTAL_TEST_DATABASE_URL is set).
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh test
exec "$(scripts/venv.sh)/bin/python" -m pytest "$@"
