"""The dependency rule of ../shared/DESIGN.md, read from the source itself."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WEB = {'nicegui', 'fastapi', 'starlette'}
ALLOWED = {
    'models': {'core', 'models'},
    'domain': {'core', 'models', 'domain'},
    'api': {'core', 'models', 'domain', 'api'},
    'ui': {'core', 'models', 'domain', 'ui'},
    'core': {'core'},
}
PROJECT = {'core', 'models', 'domain', 'api', 'ui', 'pages', 'agency', 'callcenter', 'dashboards', 'admin', 'main'}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding='utf-8'))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split('.')[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split('.')[0])
    return names


@pytest.mark.parametrize('package', ['domain', 'models'])
def test_domain_and_models_import_no_ui_or_web_framework(package):
    offenders = {str(p.relative_to(ROOT)): _imports(p) & WEB for p in (ROOT / package).rglob('*.py')}
    assert {k: v for k, v in offenders.items() if v} == {}


@pytest.mark.parametrize('package', sorted(ALLOWED))
def test_arrows_point_down_only(package):
    offenders = {}
    for path in (ROOT / package).rglob('*.py'):
        wrong = (_imports(path) & PROJECT) - ALLOWED[package]
        if wrong:
            offenders[str(path.relative_to(ROOT))] = wrong
    assert offenders == {}
