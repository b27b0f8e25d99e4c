"""A leader's dashboards in real Chromium: the national figures are open on the leader's screen
when Hà Nội's one-stop-shop system pushes a batch of handling records through the sync API and a
citizen registers at another computer; both figures move on the open page without a reload, and
the printable report agrees."""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
from playwright.sync_api import Page, expect

from domain.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from tests.browser.journeys import Journey

LEADER = next(d for d in DEMO_ACCOUNTS if d.role == 'leader' and d.agency_code is None)
SYNC_CLIENT, SYNC_SECRET = 'demo-motcua-hanoi', 'dichvucong-demo-sync-secret'  # UBND-01, as the README lists
RECORDS = 3


def _number(text: str) -> int:
    return int(text.replace('.', ''))


def _shown(value: int) -> str:
    return f'{value:,}'.replace(',', '.')


def _figure(page: Page, test_id: str) -> int:
    return _number(page.get_by_test_id(test_id).inner_text())


def _push_records(portal: str) -> dict:
    """Hà Nội's one-stop-shop system sends yesterday's counter dossiers, as agency systems do."""
    yesterday = datetime.now(ZoneInfo('Asia/Ho_Chi_Minh')) - timedelta(days=1)
    stamp = yesterday.strftime('%y%m%d')
    records = [{'MaHoSo': f'000.00.01.H26-{stamp}-9{n:03d}', 'MaTTHC': '1.003354', 'KenhThucHien': 1,
                'NgayTiepNhan': yesterday.replace(hour=8, minute=30 + n).strftime('%Y%m%d%H%M%S'),
                'NgayHenTra': (yesterday + timedelta(days=3)).strftime('%Y%m%d170000'), 'TrangThaiHoSo': 2,
                'ChuHoSo': 'Nguyễn Thị Hoa', 'SoGiayToChuHoSo': f'00118500{n:04d}'} for n in range(RECORDS)]
    with httpx.Client(base_url=portal, timeout=30) as client:
        token = client.post('/oidc/token', data={'grant_type': 'client_credentials'}, auth=(SYNC_CLIENT, SYNC_SECRET))
        assert token.status_code == 200, token.text
        answer = client.post('/api/v1/records', json={'records': records},
                             headers={'Authorization': f'Bearer {token.json()["access_token"]}',
                                      'Idempotency-Key': f'leader-journey-{stamp}'})
    assert answer.status_code == 200, answer.text
    return answer.json()


def _register(journey: Journey) -> None:
    """Someone else, at another computer, creates an account."""
    page = journey.new_page()
    page.goto(journey.url + '/dang-ky')
    main = page.locator('#main')
    main.get_by_label('Họ và tên').fill('Lý Văn Minh')
    main.get_by_label('Số CCCD (12 chữ số)').fill('079098000321')
    main.get_by_label('Số điện thoại di động').fill('0934000321')
    main.get_by_label('Mật khẩu (8 đến 64 ký tự)').fill('sông Sài Gòn chiều nay')
    main.get_by_label('Nhập lại mật khẩu').fill('sông Sài Gòn chiều nay')
    main.get_by_role('checkbox', name=re.compile('^Tôi đồng ý')).click()
    main.get_by_role('button', name='Đăng ký', exact=True).click()
    page.wait_for_url(journey.url + '/login')
    page.context.close()


def test_the_leaders_dashboard_moves_when_records_arrive_and_citizens_register(journey: Journey):
    leader = journey.new_page()
    leader.goto(journey.url + '/login')
    main = leader.locator('#main')
    main.get_by_label('Số CCCD/mã số thuế hoặc số điện thoại').fill(LEADER.phone)
    main.get_by_label('Mật khẩu', exact=True).fill(DEMO_PASSWORD)
    main.get_by_role('button', name='Đăng nhập', exact=True).click()
    leader.wait_for_url(journey.url + '/dashboards')
    expect(main.get_by_role('heading', name='Bảng điều hành', level=1)).to_be_visible()
    expect(main.get_by_text(re.compile(r'^Phạm vi: Toàn quốc · từ 09/12/2019 đến \d\d/\d\d/\d{4}$'))).to_be_visible()
    expect(leader.get_by_test_id('dash-records')).to_have_text(re.compile(r'^\d[\d.]*$'))
    expect(main.get_by_role('heading', name=re.compile('^Chỉ số phục vụ người dân, doanh nghiệp'))).to_be_visible()
    expect(leader.locator('.js-plotly-plot').first).to_be_visible()  # the charts are drawn
    records, accounts = _figure(leader, 'dash-records'), _figure(leader, 'dash-accounts')
    assert records > 0 and accounts > 0, (records, accounts)
    journey.shot(leader, 'bang-dieu-hanh')
    leader.evaluate('window.openedOnce = true')  # gone if the page were loaded again

    # 1. an agency system pushes records: the open dashboard counts them within a moment
    result = _push_records(journey.url)
    assert result['accepted'] == RECORDS and not result['errors'], result
    expect(leader.get_by_test_id('dash-records')).to_have_text(_shown(records + RECORDS))
    journey.shot(leader, 'ho-so-dong-bo-tang')

    # 2. a citizen registers at another computer: the accounts figure moves too
    _register(journey)
    expect(leader.get_by_test_id('dash-accounts')).to_have_text(_shown(accounts + 1))
    assert leader.evaluate('window.openedOnce') is True  # the same page all along, never reloaded
    journey.shot(leader, 'tai-khoan-tang')

    # 3. Hà Nội alone, chosen in the scope filter
    scope = main.get_by_label('Bộ, ngành hoặc tỉnh, thành phố')
    scope.fill('UBND-01')
    leader.get_by_role('option', name=re.compile(r'^UBND-01 · ')).click()
    expect(main.get_by_text(re.compile(r'^Phạm vi: Ủy ban nhân dân thành phố Hà Nội · từ'))).to_be_visible()
    hanoi = _figure(leader, 'dash-records')
    assert RECORDS <= hanoi < records + RECORDS, hanoi
    journey.shot(leader, 'ha-noi')

    # 4. the printable report of the same scope agrees
    with leader.context.expect_page() as opened:
        main.get_by_role('button', name='Bản in báo cáo').click()
    report = journey.watch(opened.value)
    report.wait_for_url(re.compile(re.escape(journey.url) + r'/dashboards/bao-cao\?.*agency=UBND-01'))
    expect(report.get_by_role('heading', name='Báo cáo tình hình cung cấp dịch vụ công trực tuyến')).to_be_visible()
    expect(report.get_by_test_id('dash-records')).to_have_text(_shown(hanoi))
    journey.shot(report, 'bao-cao-in')
