"""Single sign-on in a real browser: a citizen logs in to a provincial portal (the example app,
a separate process using Authlib's standard OpenID Connect client) with the national account,
consents once, is not asked again, and logging out there ends the national login too."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from playwright.sync_api import Page, expect

from domain.demo import DEMO_ACCOUNTS, DEMO_CLIENTS, DEMO_PASSWORD
from examples.provincial_portal.app import SESSION_COOKIE, mask_id_number

CITIZEN = next(d for d in DEMO_ACCOUNTS if d.role == 'citizen')
HANOI = next(c for c in DEMO_CLIENTS if c.client_id == 'demo-dvc-hanoi')  # as registered on the portal


def _log_in_on_portal(page: Page, portal_url: str, citizen=CITIZEN) -> None:
    """On the national portal's login page, which names the portal the login continues to."""
    expect(page).to_have_url(re.compile('^' + re.escape(portal_url) + r'/login\?next=%2Foidc%2Fauthorize%3F'))
    main = page.locator('#main')
    expect(main.get_by_role('heading', name='Đăng nhập', level=1)).to_be_visible()
    expect(main.get_by_text(f'Đăng nhập để tiếp tục tới {HANOI.name}.')).to_be_visible()
    main.get_by_label('Số CCCD/mã số thuế hoặc số điện thoại').fill(citizen.id_number)
    main.get_by_label('Mật khẩu', exact=True).fill(DEMO_PASSWORD)
    main.get_by_role('button', name='Đăng nhập', exact=True).click()


def test_citizen_logs_in_to_a_provincial_portal_with_the_national_account(page: Page, portal_server, example_server):
    portal, example = portal_server.url, example_server.url
    visited: list[str] = []  # every page the browser loads, redirects included
    page.on('request', lambda request: visited.append(request.url) if request.is_navigation_request() else None)

    # 1. the provincial portal sends the citizen to the national portal to log in
    page.goto(example + '/')
    expect(page.get_by_role('heading', level=1)).to_have_text('Chào mừng đến với Cổng dịch vụ công Hà Nội')
    page.get_by_role('link', name='Đăng nhập bằng tài khoản Cổng Dịch vụ công quốc gia').click()
    _log_in_on_portal(page, portal)

    # 2. first time for this portal: the national portal asks the citizen's consent
    page.wait_for_url(re.compile('^' + re.escape(portal) + r'/oidc/dong-y\?'))
    main = page.locator('#main')
    expect(main.get_by_role('heading', name='Cho phép đăng nhập')).to_be_visible()
    expect(main.get_by_text(f'{HANOI.name} muốn dùng tài khoản')).to_be_visible()
    expect(main.get_by_text('Số định danh cá nhân (CCCD)')).to_be_visible()
    main.get_by_role('button', name='Cho phép', exact=True).click()

    # 3. back on the provincial portal, logged in with the name and ID number the ID token carried
    page.wait_for_url(example + '/')
    expect(page.get_by_test_id('greeting')).to_have_text(f'Xin chào, {CITIZEN.full_name}')
    expect(page.get_by_test_id('id-number')).to_have_text(mask_id_number(CITIZEN.id_number))
    expect(page.get_by_text(CITIZEN.id_number)).to_have_count(0)  # never shown in full
    assert any(urlsplit(u).path == '/callback' and 'code=' in u for u in visited), visited

    # 4. later the provincial session has ended but the national login lives on: logging in
    #    again goes through the national portal without a login form or a second consent
    page.context.clear_cookies(name=SESSION_COOKIE)
    page.goto(example + '/')
    visited.clear()
    page.get_by_role('link', name='Đăng nhập bằng tài khoản Cổng Dịch vụ công quốc gia').click()
    page.wait_for_url(example + '/')
    expect(page.get_by_test_id('greeting')).to_have_text(f'Xin chào, {CITIZEN.full_name}')
    on_portal = [urlsplit(u).path for u in visited if u.startswith(portal + '/')]
    assert on_portal == ['/oidc/authorize'], visited

    # 5. logging out of the provincial portal ends the national login as well
    page.get_by_role('link', name='Đăng xuất').click()
    page.wait_for_url(re.compile('^' + re.escape(example) + r'/\?state='))
    expect(page.get_by_role('status')).to_have_text(
        'Bạn đã đăng xuất khỏi Cổng dịch vụ công Hà Nội và Cổng Dịch vụ công quốc gia.')
    expect(page.get_by_role('link', name='Đăng nhập bằng tài khoản Cổng Dịch vụ công quốc gia')).to_be_visible()
    assert any(urlsplit(u).path == '/oidc/logout' and 'id_token_hint=' in u for u in visited), visited

    page.goto(portal + '/ho-so')
    expect(page).to_have_url(re.compile('^' + re.escape(portal) + r'/login\?next=%2Fho-so$'))
    expect(page.locator('#main').get_by_label('Số CCCD/mã số thuế hoặc số điện thoại')).to_be_visible()

    # 6. and the next login on the provincial portal asks for the national password again
    page.goto(example + '/login')
    _log_in_on_portal(page, portal)
    page.wait_for_url(example + '/')
    expect(page.get_by_test_id('greeting')).to_have_text(f'Xin chào, {CITIZEN.full_name}')


def test_a_citizen_who_refuses_consent_is_told_so_on_the_provincial_portal(page: Page, portal_server, example_server):
    portal, example = portal_server.url, example_server.url
    citizen = [d for d in DEMO_ACCOUNTS if d.role == 'citizen'][1]  # has not consented in the journey above
    page.goto(example + '/login')
    _log_in_on_portal(page, portal, citizen)
    page.wait_for_url(re.compile('^' + re.escape(portal) + r'/oidc/dong-y\?'))
    page.locator('#main').get_by_role('button', name='Từ chối', exact=True).click()

    page.wait_for_url(re.compile('^' + re.escape(example) + r'/callback\?error=access_denied'))
    expect(page.get_by_role('alert')).to_contain_text('Bạn đã từ chối cho phép Cổng dịch vụ công Hà Nội')
    page.goto(example + '/')
    expect(page.get_by_role('link', name='Đăng nhập bằng tài khoản Cổng Dịch vụ công quốc gia')).to_be_visible()
