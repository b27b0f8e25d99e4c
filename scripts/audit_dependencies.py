"""Known vulnerabilities in the installed dependencies: ./py -m scripts.audit_dependencies

Asks PyPI's JSON API (the advisories it publishes come from the OSV database, as pip-audit's
default service does) about every distribution installed in the portal's environment:
`/pypi/<name>/<version>/json` for the installed version; where a registry mirror does not
answer per version, `/pypi/<name>/json`, whose advisories are those of the newest release and
so apply exactly when the newest release is what is installed. A distribution that can be
audited neither way fails the run, like a vulnerability, unless it is held back on purpose
(HELD_BACK says why).

Prints one line per finding and the figure; exits 1 when an advisory is neither fixed nor
explained in EXCEPTIONS (mirrored, with the reasoning, in the README's "Known advisories").
"""
from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata

import httpx

PYPI = 'https://pypi.org/pypi'

# advisory id (or any alias) -> why it does not reach the portal; keep the README in step
EXCEPTIONS = {
    'GHSA-wj6h-64fc-37mp': 'ecdsa (required by python-jose) is open to the Minerva timing attack on ECDSA '
                           'signing; the portal signs and verifies only RS256 through `cryptography` and '
                           'never creates or uses an ECDSA key (core/tokens.py refuses every other algorithm)',
}

# installed below PyPI's newest release for a reason, so PyPI's newest-release advisories do
# not cover them from a mirror without per-version answers; keep the README in step
HELD_BACK = {
    'numpy': 'the newest release for Python 3.11 (numpy 2.5 needs Python 3.12)',
    'plotly': 'the newest 6.x: plotly 7 targets plotly.js 4, and NiceGUI 3.18 bundles plotly.js 3 '
              '(nicegui[plotly] pins plotly<7); plotly only builds figure JSON on the server',
}


def _installed() -> dict[str, str]:
    found: dict[str, str] = {}
    for dist in metadata.distributions():
        name = (dist.metadata['Name'] or '').lower().replace('_', '-')
        if name and name != 'dichvucong-portal':
            found[name] = dist.version
    return found


def _advisories(client: httpx.Client, name: str, version: str) -> tuple[str, list[dict]]:
    """('audited' | 'unaudited: why', advisories affecting the installed version)."""
    answer = client.get(f'{PYPI}/{name}/{version}/json')
    if answer.status_code == 200:
        return 'audited', answer.json().get('vulnerabilities') or []
    answer = client.get(f'{PYPI}/{name}/json')
    if answer.status_code != 200:
        return f'unaudited: PyPI answered {answer.status_code}', []
    data = answer.json()
    newest = data['info']['version']
    if newest != version:
        return f'unaudited: {version} installed, only {newest} (newest) can be checked from here', []
    return 'audited', data.get('vulnerabilities') or []


def main() -> int:
    installed = _installed()
    with httpx.Client(timeout=30, follow_redirects=True) as client, ThreadPoolExecutor(8) as pool:
        results = dict(zip(installed, pool.map(lambda item: _advisories(client, *item), installed.items())))
    unexplained = explained = 0
    unaudited = []
    held_back = 0
    for name, (status, advisories) in sorted(results.items()):
        if status != 'audited':
            if name in HELD_BACK:
                held_back += 1
                print(f'held back  {name} {installed[name]}: {HELD_BACK[name]} ({status})')
            else:
                unaudited.append(f'{name} {installed[name]}: {status}')
        seen: set[str] = set()
        for advisory in advisories:
            ids = {advisory['id'], *(advisory.get('aliases') or [])}
            if ids & seen:
                continue  # the same advisory under another database's id
            seen |= ids
            reason = next((EXCEPTIONS[i] for i in sorted(ids) if i in EXCEPTIONS), None)
            fixed = ', '.join(advisory.get('fixed_in') or []) or 'no fixed release'
            label = f'{name} {installed[name]}: {advisory["id"]} ({", ".join(sorted(ids - {advisory["id"]}))}); {fixed}'
            if reason:
                explained += 1
                print(f'explained  {label}\n           {reason}')
            else:
                unexplained += 1
                print(f'VULNERABLE {label}')
    for line in unaudited:
        print(f'UNAUDITED  {line}')
    print(f'known vulnerabilities in {len(installed)} installed distributions: {unexplained} unexplained, '
          f'{explained} explained in the README; {len(unaudited)} not audited, {held_back} held back (README)')
    return 1 if unexplained or unaudited else 0


if __name__ == '__main__':
    sys.exit(main())
