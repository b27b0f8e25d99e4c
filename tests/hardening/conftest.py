"""Hardening checks (issue 9): each one reports its figure through `figure`, and the figures
are printed together at the end of the run (see `pytest_terminal_summary` in tests/conftest.py)."""
from __future__ import annotations

import pytest

from tests.conftest import FIGURES


@pytest.fixture
def figure(request):
    """figure('unexpected allows', 0, 'of 1,234 route x role checks') records one printed figure."""
    def record(name: str, value, detail: str = '') -> None:
        FIGURES.append((request.node.nodeid, name, value, detail))
    return record
