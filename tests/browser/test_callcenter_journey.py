"""The call centre in real Chromium: an agent takes a call, logs it and opens a ticket from it,
takes the ticket, answers the citizen and resolves it; the supervisor's wallboard follows by
itself; the citizen reads the answer under "Hỗ trợ" and rates it."""
from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from domain.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from tests.browser.journeys import Journey

AGENT = next(d for d in DEMO_ACCOUNTS if d.role == 'agent')
SUPERVISOR = next(d for d in DEMO_ACCOUNTS if d.role == 'supervisor')
CITIZEN = next(d for d in DEMO_ACCOUNTS if d.role == 'citizen')
SUBJECT = 'Chưa nhận được kết quả đổi giấy phép lái xe'
NOTES = 'Công dân hỏi vì sao hồ sơ đổi giấy phép lái xe quá hạn mà chưa có kết quả'
ANSWER = 'Sở Giao thông vận tải đã có kết quả, mời ông nhận tại bộ phận một cửa từ thứ Hai.'


def _log_in(journey: Journey, identifier: str, lands_on: str) -> Page:
    page = journey.new_page()
    page.goto(journey.url + '/login')
    main = page.locator('#main')
    main.get_by_label('Số CCCD/mã số thuế hoặc số điện thoại').fill(identifier)
    main.get_by_label('Mật khẩu', exact=True).fill(DEMO_PASSWORD)
    main.get_by_role('button', name='Đăng nhập', exact=True).click()
    page.wait_for_url(journey.url + lands_on)
    return page


def _figure(page: Page, test_id: str) -> int:
    return int(page.get_by_test_id(test_id).inner_text().replace('.', ''))


def _shown(value: int) -> str:
    return f'{value:,}'.replace(',', '.')


def _choose(page: Page, select, option: str) -> None:
    select.click()
    page.get_by_role('option', name=option, exact=True).click()


def test_an_agent_logs_a_call_opens_a_ticket_and_resolves_it(journey: Journey):
    # the supervisor keeps the live wallboard open
    board = _log_in(journey, SUPERVISOR.id_number, '/callcenter')
    board.get_by_role('navigation').get_by_role('link', name='Bảng theo dõi').click()
    board.wait_for_url(journey.url + '/callcenter/wallboard')
    expect(board.get_by_test_id('wb-calls-today')).to_have_text(re.compile(r'^[\d.]+$'))
    calls, open_tickets = _figure(board, 'wb-calls-today'), _figure(board, 'wb-open-tickets')
    talking = _figure(board, 'wb-in-progress')

    # 1. the agent takes a call: the timer runs while she fills in the log
    agent = _log_in(journey, AGENT.id_number, '/callcenter')
    main = agent.locator('#main')
    expect(main.get_by_role('heading', name='Tổng đài', level=1)).to_be_visible()
    journey.shot(agent, 'bang-dieu-khien')
    call = agent.get_by_test_id('call-panel')
    call.get_by_role('button', name='Nhận cuộc gọi').click()
    expect(call.get_by_text('Đang trong cuộc gọi')).to_be_visible()
    expect(call.get_by_text(re.compile(r'^00:0[1-9]$'))).to_be_visible()  # the call timer ticks
    expect(board.get_by_test_id('wb-in-progress')).to_have_text(_shown(talking + 1))  # the wallboard sees it
    call.get_by_label('Số điện thoại người gọi').fill(CITIZEN.phone)
    _choose(agent, call.get_by_label('Nhóm vấn đề'), 'Tình trạng hồ sơ')
    call.get_by_label('Nội dung, ghi chú').fill(NOTES)
    journey.shot(agent, 'cuoc-goi')

    # 2. she ends the call with a ticket: the form starts from what the call logged
    call.get_by_role('button', name='Mở yêu cầu từ cuộc gọi').click()
    dialog = agent.get_by_role('dialog')
    expect(dialog.get_by_text('Mở yêu cầu từ cuộc gọi')).to_be_visible()
    expect(dialog.get_by_label('Mô tả chi tiết')).to_have_value(NOTES)
    expect(dialog.get_by_label('Họ tên người gọi')).to_have_value(CITIZEN.full_name)  # found by the phone
    expect(dialog.get_by_text('Tình trạng hồ sơ', exact=True)).to_be_visible()  # the category chosen
    dialog.get_by_label('Tiêu đề').fill(SUBJECT)
    _choose(agent, dialog.get_by_label('Mức ưu tiên'), 'Cao')
    journey.shot(agent, 'mo-yeu-cau')
    dialog.get_by_role('button', name='Lưu').click()

    agent.wait_for_url(re.compile(re.escape(journey.url) + r'/callcenter/yeu-cau/\d+$'))
    expect(main.get_by_role('heading', name=SUBJECT, level=1)).to_be_visible()
    code = main.get_by_text(re.compile(r'^YC-\d{6}-\d+$')).inner_text()
    expect(agent.get_by_test_id('ticket-status')).to_have_text('Mới')
    expect(main.get_by_text(f'{CITIZEN.full_name} · ')).to_be_visible()  # the requester, masked
    expect(main.get_by_text(CITIZEN.phone)).to_have_count(0)
    expect(board.get_by_test_id('wb-in-progress')).to_have_text(_shown(talking))  # the call has ended
    expect(board.get_by_test_id('wb-calls-today')).to_have_text(_shown(calls + 1))
    expect(board.get_by_test_id('wb-open-tickets')).to_have_text(_shown(open_tickets + 1))
    journey.shot(board, 'wallboard-co-yeu-cau-moi')

    # 3. she takes it, answers the citizen and resolves it
    main.get_by_role('button', name='Nhận xử lý').click()
    expect(agent.get_by_test_id('ticket-status')).to_have_text('Đang xử lý')
    expect(main.get_by_text(AGENT.full_name, exact=True)).to_be_visible()  # the assignee
    main.get_by_label('Trả lời người dân').fill(ANSWER)
    main.get_by_role('button', name='Trả lời người dân').click()
    expect(main.get_by_text(ANSWER, exact=True)).to_be_visible()  # on the timeline
    main.get_by_role('button', name='Đã giải quyết').click()
    expect(agent.get_by_test_id('ticket-status')).to_have_text('Đã giải quyết')
    expect(main.get_by_role('button', name='Đã đóng')).to_be_visible()  # resolved: it may now be closed
    journey.shot(agent, 'da-giai-quyet')
    expect(board.get_by_test_id('wb-open-tickets')).to_have_text(_shown(open_tickets))

    # 4. the caller's history shows the call and the ticket
    main.get_by_role('link', name='Hàng đợi').click()
    agent.wait_for_url(journey.url + '/callcenter')
    main.get_by_role('tab', name='Tra cứu người gọi').click()
    main.get_by_label('Số điện thoại hoặc số định danh').fill(CITIZEN.phone)
    main.get_by_role('button', name='Tra cứu', exact=True).click()
    expect(main.get_by_text(CITIZEN.full_name, exact=True)).to_be_visible()
    ticket = main.get_by_role('link').filter(has_text=code)
    expect(ticket).to_contain_text('Đã giải quyết')
    expect(main.get_by_text(NOTES, exact=True)).to_be_visible()  # the call, with its notes
    expect(main.get_by_text('Mở yêu cầu', exact=True).first).to_be_visible()  # and its outcome
    journey.shot(agent, 'tra-cuu-nguoi-goi')

    # 5. the citizen reads the answer under "Hỗ trợ" and rates it
    citizen = _log_in(journey, CITIZEN.id_number, '/')
    citizen.get_by_role('navigation').get_by_role('link', name='Hỗ trợ').click()
    citizen.wait_for_url(journey.url + '/ho-tro')
    mine = citizen.locator('#main').get_by_role('link').filter(has_text=code)
    expect(mine).to_contain_text('Đã giải quyết')
    mine.click()
    page = citizen.locator('#main')
    expect(page.get_by_role('heading', name=SUBJECT, level=1)).to_be_visible()
    expect(citizen.get_by_test_id('ticket-status')).to_have_text('Đã giải quyết')
    expect(page.get_by_text(ANSWER, exact=True)).to_be_visible()
    page.get_by_role('radiogroup').get_by_role('radio').nth(4).click()  # five stars
    page.get_by_role('button', name='Gửi đánh giá').click()
    expect(page.get_by_text('Bạn đã đánh giá 5/5')).to_be_visible()
    journey.shot(citizen, 'nguoi-dan-danh-gia')
    expect(board.get_by_test_id('wb-csat')).to_have_text(re.compile(r'/ 5$'))
