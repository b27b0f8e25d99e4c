"""The README's screens (docs/screenshots), taken again from a portal with demo data in headless
Chromium (Debian's `chromium`, no browser download), so they always show the current pages.

Run: ./py -m scripts.screenshots [--folder DIR] [--only home,search,...]
(an empty or new DIR gets the demo data on the portal's first start; the default is a temporary one)"""
from __future__ import annotations

import argparse
import base64
import hashlib
import secrets
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

from playwright.sync_api import Page, sync_playwright

from bench.harness import start_portal
from domain.demo import DEMO_ACCOUNTS, DEMO_CLIENTS, DEMO_PASSWORD

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


def _electricity_bill(folder: Path) -> int:
    """The demo citizen's open electricity bill."""
    with sqlite3.connect(folder / 'portal.db') as db:
        number, = db.execute("SELECT id FROM payable WHERE kind = 'electricity_bill' AND payer_id_number = ? "
                             "ORDER BY id", (_account('citizen').id_number,)).fetchone()
    return number


def _sign_on_request(base: str) -> str:
    """A provincial portal (the demo Hà Nội client) asking the citizen to log in through the portal."""
    client = next(c for c in DEMO_CLIENTS if c.kind == 'portal')
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b'=').decode()
    return '/oidc/authorize?' + urlencode({
        'client_id': client.client_id, 'redirect_uri': client.redirect_uris[0], 'response_type': 'code',
        'scope': ' '.join(client.scopes), 'state': secrets.token_urlsafe(16), 'nonce': secrets.token_urlsafe(16),
        'code_challenge': challenge, 'code_challenge_method': 'S256'})


def _pay_in_the_sandbox(page: Page) -> None:
    """From the checkout page: choose a bank, confirm at the sandbox bank, land on the result."""
    page.get_by_role('radio', name='Vietcombank').click()
    page.get_by_role('button', name='Thanh toán qua cổng thanh toán').click()
    page.wait_for_url('**/sandbox/gateway/pay?**')
    page.get_by_role('button', name='Xác nhận thanh toán').click()
    page.wait_for_url('**/thanh-toan/ket-qua?**')


def screens(folder: Path) -> dict[str, tuple[str | None, Callable[[str], str], dict, Callable[[Page], None] | None]]:
    """name: (role to log in as, or None; the page's path from the base URL; the viewport; what to
    do there before the picture, if anything). Screens that change data come after those that show it."""
    return {
        'home': (None, lambda base: '/', DESKTOP, None),
        'home-phone': (None, lambda base: '/', PHONE, None),
        'search': (None, lambda base: '/procedures?q=doi+giay+phep+lai+xe', DESKTOP, None),
        'procedure': (None, lambda base: f'/procedures/{_procedure_code(folder)}', DESKTOP, None),
        'procedure-phone': (None, lambda base: f'/procedures/{_procedure_code(folder)}', PHONE, None),
        'stats': (None, lambda base: '/thong-ke', DESKTOP, None),
        'my-dossiers': ('citizen', lambda base: '/ho-so', DESKTOP, None),
        'dossier': ('citizen', lambda base: f'/ho-so/{_dossier_id(folder)}', DESKTOP, None),
        'agency-queue': ('officer', lambda base: '/agency', DESKTOP, None),
        'callcenter': ('agent', lambda base: '/callcenter', DESKTOP, None),
        'wallboard': ('supervisor', lambda base: '/callcenter/wallboard', DESKTOP, None),
        'dashboard': ('leader', lambda base: '/dashboards', DESKTOP, None),
        'sso-consent': ('citizen', _sign_on_request, DESKTOP, None),
        'payment-checkout': ('citizen', lambda base: f'/thanh-toan/{_electricity_bill(folder)}', DESKTOP, None),
        'payment-result': ('citizen', lambda base: f'/thanh-toan/{_electricity_bill(folder)}', DESKTOP,
                           _pay_in_the_sandbox),
        'agency-payments': ('officer', lambda base: '/agency/thanh-toan', DESKTOP, None),
    }


def take(folder: Path, only: set[str] | None) -> list[Path]:
    portal = start_portal(folder)
    taken = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path='/usr/bin/chromium', args=['--no-sandbox'])
            for name, (role, path, viewport, act) in screens(folder).items():
                if only and name not in only:
                    continue
                context = browser.new_context(viewport=viewport, locale='vi-VN', timezone_id='Asia/Ho_Chi_Minh')
                page = context.new_page()
                if role:
                    _log_in(page, portal.base, role)
                page.goto(portal.base + path(portal.base))
                _settle(page)
                if act:
                    act(page)
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
