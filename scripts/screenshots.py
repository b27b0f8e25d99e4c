"""The README's screens (docs/screenshots), taken again from a portal with demo data in headless
Chromium (Debian's `chromium`, no browser download), so they always show the current pages.

Run: ./py -m scripts.screenshots [--folder DIR] [--only home,search,...]
(an empty or new DIR gets the demo data on the portal's first start; the default is a temporary one)"""
from __future__ import annotations

import argparse
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from bench.harness import start_portal
from domain.demo import DEMO_ACCOUNTS, DEMO_PASSWORD

OUT = Path(__file__).resolve().parent.parent / 'docs' / 'screenshots'
DESKTOP, PHONE = {'width': 1280, 'height': 860}, {'width': 390, 'height': 844}


def _account(role: str):
    """The role's first demo account (officers belong to an agency; the others national ones)."""
    return next(d for d in DEMO_ACCOUNTS if d.role == role)


def _log_in(page: Page, base: str, role: str) -> None:
    page.goto(base + '/login')
    page.get_by_label('Số CCCD/mã số thuế hoặc số điện thoại').fill(_account(role).id_number)
    page.get_by_label('Mật khẩu', exact=True).fill(DEMO_PASSWORD)
    page.get_by_role('button', name='Đăng nhập', exact=True).click()
    page.wait_for_url(lambda url: '/login' not in url)


def _settle(page: Page) -> None:
    """Wait until the page's data and charts are drawn (no spinner left, the network quiet)."""
    page.wait_for_load_state('networkidle')
    page.wait_for_timeout(800)


def _procedure_code(folder: Path) -> str:
    with sqlite3.connect(folder / 'portal.db') as db:
        code, = db.execute("SELECT code FROM procedure WHERE name LIKE 'Đổi giấy phép lái xe%' ORDER BY code").fetchone()
    return code


def _dossier_id(folder: Path) -> int:
    """The first demo citizen's newest dossier."""
    with sqlite3.connect(folder / 'portal.db') as db:
        number, = db.execute('SELECT d.id FROM dossier d JOIN account a ON a.id = d.applicant_id '
                             'WHERE a.id_number = ? ORDER BY d.id DESC', (_account('citizen').id_number,)).fetchone()
    return number


def screens(folder: Path) -> dict[str, tuple[str | None, Callable[[str], str], dict]]:
    """name: (role to log in as, or None; the page's path from the base URL; the viewport)."""
    return {
        'home': (None, lambda base: '/', DESKTOP),
        'home-phone': (None, lambda base: '/', PHONE),
        'search': (None, lambda base: '/procedures?q=doi+giay+phep+lai+xe', DESKTOP),
        'procedure': (None, lambda base: f'/procedures/{_procedure_code(folder)}', DESKTOP),
        'procedure-phone': (None, lambda base: f'/procedures/{_procedure_code(folder)}', PHONE),
        'stats': (None, lambda base: '/thong-ke', DESKTOP),
        'my-dossiers': ('citizen', lambda base: '/ho-so', DESKTOP),
        'dossier': ('citizen', lambda base: f'/ho-so/{_dossier_id(folder)}', DESKTOP),
        'agency-queue': ('officer', lambda base: '/agency', DESKTOP),
        'callcenter': ('agent', lambda base: '/callcenter', DESKTOP),
        'wallboard': ('supervisor', lambda base: '/callcenter/wallboard', DESKTOP),
        'dashboard': ('leader', lambda base: '/dashboards', DESKTOP),
    }


def take(folder: Path, only: set[str] | None) -> list[Path]:
    portal = start_portal(folder)
    taken = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path='/usr/bin/chromium', args=['--no-sandbox'])
            for name, (role, path, viewport) in screens(folder).items():
                if only and name not in only:
                    continue
                context = browser.new_context(viewport=viewport, locale='vi-VN', timezone_id='Asia/Ho_Chi_Minh')
                page = context.new_page()
                if role:
                    _log_in(page, portal.base, role)
                page.goto(portal.base + path(portal.base))
                _settle(page)
                target = OUT / f'{name}.png'
                page.screenshot(path=str(target), full_page=viewport is not PHONE)
                taken.append(target)
                print(f'  {target.relative_to(OUT.parent.parent)}', flush=True)
                context.close()
            browser.close()
    finally:
        portal.stop()
    return taken


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--folder', type=Path, help='a portal data folder (made with demo data if empty)')
    parser.add_argument('--only', help='comma-separated screen names')
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    only = set(args.only.split(',')) if args.only else None
    if args.folder:
        take(args.folder, only)
    else:
        with tempfile.TemporaryDirectory(prefix='portal-screens-') as folder:
            take(Path(folder), only)


if __name__ == '__main__':
    main()
