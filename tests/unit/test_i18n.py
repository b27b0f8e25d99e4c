"""Every string a person reads comes from the catalog, in both languages."""
from __future__ import annotations

import ast
import re
from pathlib import Path

from core.i18n import MESSAGES, error_text, t

ROOT = Path(__file__).resolve().parents[2]
UI_PACKAGES = ('ui', 'pages', 'agency', 'callcenter', 'dashboards', 'admin')


def test_every_message_has_vietnamese_and_english():
    for key, (vi, en) in MESSAGES.items():
        assert vi.strip() and en.strip(), key
        assert set(re.findall(r'{(\w+)}', vi)) == set(re.findall(r'{(\w+)}', en)), key


def _literal_keys(package: str) -> set[str]:
    keys = set()
    for path in (ROOT / package).rglob('*.py'):
        for node in ast.walk(ast.parse(path.read_text(encoding='utf-8'))):
            if isinstance(node, ast.Call) and getattr(node.func, 'id', None) in {'_', 't'} and node.args \
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                keys.add(node.args[0].value)
    return keys


def test_every_key_used_in_pages_exists():
    used = set().union(*(_literal_keys(p) for p in UI_PACKAGES))
    assert sorted(used - set(MESSAGES)) == []


def _raised_codes() -> set[str]:
    codes = set()
    for path in list((ROOT / 'domain').rglob('*.py')) + list((ROOT / 'core').rglob('*.py')):
        source = path.read_text(encoding='utf-8')
        codes |= set(re.findall(r"(?:ValidationFailed|NotFound|PermissionDenied|Conflict|InvalidTransition|"
                                r"RateLimited|NotAuthenticated)\('([a-z_]+)'", source))
        codes |= set(re.findall(r"errors\['\w+'\] = '([a-z_]+)'", source))
    return codes


def test_every_domain_error_code_has_a_message():
    missing = sorted(code for code in _raised_codes() if f'error.{code}' not in MESSAGES)
    assert missing == []


def test_formatting_and_language():
    assert t('home.hello', 'vi', name='An') == 'Xin chào, An'
    assert t('home.hello', 'en', name='An') == 'Hello, An'
    assert error_text('login_throttled', 'vi', retry_after=30).endswith('30 giây.')
    assert error_text('no_such_code', 'en') == t('error.generic', 'en')
