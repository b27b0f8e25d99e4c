"""A citizen's whole journey in real Chromium: she registers, finds a procedure by typing without
diacritics, submits a dossier with its documents, tracks it, pays the fee the officer asked for
in the sandbox bank, and rates the result the officer returned. The officer works in a browser
of his own, in the agency console."""
from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, expect

from domain.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from tests.browser.journeys import Journey, pdf_file

OFFICER = next(d for d in DEMO_ACCOUNTS if d.role == 'officer' and d.agency_code == 'UBND-01')
NAME, ID_NUMBER, PHONE = 'Phạm Thị Mỹ Duyên', '001195000777', '0934000777'  # Hà Nội (001), not in the demo data
PASSWORD = 'mùa thu Hà Nội năm ấy'
PROCEDURE = 'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp'  # level 4, Hà Nội receives it
FEE = '135.000 ₫'


def _log_in(page: Page, identifier: str, password: str) -> None:
    main = page.locator('#main')
    main.get_by_label('Số CCCD/mã số thuế hoặc số điện thoại').fill(identifier)
    main.get_by_label('Mật khẩu', exact=True).fill(password)
    main.get_by_role('button', name='Đăng nhập', exact=True).click()


def _choose(page: Page, select, option: str) -> None:
    select.click()
    page.get_by_role('option', name=option, exact=True).click()


def _register_and_log_in(journey: Journey, page: Page) -> None:
    page.goto(journey.url + '/')
    page.get_by_role('banner').get_by_role('link', name='Đăng nhập').click()
    page.locator('#main').get_by_role('link', name='Đăng ký tài khoản').click()
    page.wait_for_url(journey.url + '/dang-ky')
    main = page.locator('#main')
    expect(main.get_by_role('heading', name='Đăng ký tài khoản', level=1)).to_be_visible()
    main.get_by_label('Họ và tên').fill(NAME)
    main.get_by_label('Số CCCD (12 chữ số)').fill(ID_NUMBER)
    main.get_by_label('Số điện thoại di động').fill(PHONE)
    province = main.get_by_label('Tỉnh, thành phố nơi cư trú (không bắt buộc)')
    province.press_sequentially('ha noi')  # typed as on a keyboard without Vietnamese input
    expect(page.get_by_role('option', name='Tỉnh Hà Nam', exact=True)).to_have_count(0)
    page.get_by_role('option', name='Thành phố Hà Nội', exact=True).click()
    expect(province).to_have_value('Thành phố Hà Nội')
    main.get_by_label('Mật khẩu (8 đến 64 ký tự)').fill(PASSWORD)
    main.get_by_label('Nhập lại mật khẩu').fill(PASSWORD)
    main.get_by_role('checkbox', name=re.compile('^Tôi đồng ý để Cổng Dịch vụ công quốc gia xử lý dữ liệu cá nhân')) \
        .click()
    journey.shot(page, 'dang-ky')
    main.get_by_role('button', name='Đăng ký', exact=True).click()

    page.wait_for_url(journey.url + '/login')
    _log_in(page, PHONE, PASSWORD)  # by phone this time
    page.wait_for_url(journey.url + '/')
    expect(page.locator('#main').get_by_text(f'Xin chào, {NAME}')).to_be_visible()
    journey.shot(page, 'dang-nhap')


def _find_procedure(journey: Journey, page: Page) -> None:
    search = page.locator('#main').get_by_role('search').get_by_role('searchbox', name='Tìm kiếm')
    search.fill('doi giay phep lai xe')
    search.press('Enter')
    page.wait_for_url(re.compile(r'/procedures\?q=doi\+giay\+phep\+lai\+xe$'))
    result = page.locator('#main').get_by_role('link', name=PROCEDURE)
    expect(result).to_be_visible()
    expect(result.locator('mark')).to_have_text(['Đổi', 'giấy', 'phép', 'lái', 'xe'])  # the words matched
    journey.shot(page, 'tim-kiem-khong-dau')
    result.click()
    expect(page.locator('#main').get_by_role('heading', name=PROCEDURE, level=1)).to_be_visible()
    page.locator('#main').get_by_role('button', name='Nộp hồ sơ trực tuyến').click()


def _submit_dossier(journey: Journey, page: Page) -> str:
    main = page.locator('#main')
    expect(main.get_by_role('heading', name='Nộp hồ sơ trực tuyến', level=1)).to_be_visible()
    expect(main.get_by_label('Họ và tên người nộp hồ sơ *')).to_have_value(NAME)  # from the account
    expect(main.get_by_label('Số CMND/CCCD/Hộ chiếu *')).to_have_value(ID_NUMBER)
    main.get_by_label('Số giấy phép lái xe *').fill('010123456789')
    _choose(page, main.get_by_label('Hạng giấy phép lái xe *'), 'B2')
    main.get_by_label('Ngày cấp giấy phép lái xe *').fill('15/08/2015')
    main.get_by_label('Nơi cấp giấy phép lái xe *').fill('Sở Giao thông vận tải Hà Nội')
    main.get_by_label('Địa chỉ nhận kết quả *').fill('12 Tràng Tiền, Hoàn Kiếm, Hà Nội')
    _choose(page, main.get_by_label('Hình thức nhận kết quả *'), 'Nhận trực tiếp tại nơi nộp hồ sơ')
    journey.shot(page, 'to-khai')
    main.get_by_role('button', name='Tiếp tục').first.click()

    # each required document gets a PDF; the page redraws its list after each upload
    expect(page.get_by_test_id('upload-0')).to_be_visible()
    documents = page.locator('[data-testid^=upload-]').count()
    assert documents == 5, documents
    for position in range(documents):
        page.get_by_test_id(f'upload-{position}').locator('input[type=file]') \
            .set_input_files(pdf_file(f'giay-to-{position + 1}.pdf'))
        expect(page.get_by_test_id(f'attached-{position}')).to_be_visible()
    expect(page.locator('[data-testid^=missing-]')).to_have_count(0)
    journey.shot(page, 'giay-to')
    main.get_by_role('button', name='Tiếp tục').last.click()

    expect(main.get_by_text('giay-to-1.pdf, giay-to-2.pdf, giay-to-3.pdf, giay-to-4.pdf, giay-to-5.pdf')) \
        .to_be_visible()
    journey.shot(page, 'kiem-tra')
    main.get_by_role('button', name='Nộp hồ sơ').click()

    page.wait_for_url(re.compile(r'/ho-so/\d+\?receipt=1$'))
    expect(main.get_by_text('Biên nhận nộp hồ sơ trực tuyến')).to_be_visible()
    expect(main.get_by_text('Hồ sơ của bạn đã được gửi tới Ủy ban nhân dân thành phố Hà Nội.', exact=False)) \
        .to_be_visible()
    expect(page.get_by_test_id('dossier-status')).to_have_text('Mới nộp')
    code = main.get_by_text(re.compile(r'^Mã hồ sơ: UBND-01-\d{6}-\d{4}$')).inner_text().removeprefix('Mã hồ sơ: ')
    journey.shot(page, 'bien-nhan')
    return code


def _track(journey: Journey, code: str) -> None:
    """Anyone may follow a dossier with its code and the applicant's ID number, without logging in."""
    page = journey.new_page()
    page.goto(journey.url + '/')
    page.get_by_role('navigation').get_by_role('link', name='Tra cứu hồ sơ').click()
    main = page.locator('#main')
    main.get_by_label('Mã hồ sơ').fill(code)
    main.get_by_label('Số định danh của người nộp').fill('001195000778')  # one digit wrong
    main.get_by_role('button', name='Tra cứu').click()
    expect(page.get_by_role('alert').filter(has_text='Không tìm thấy hồ sơ')).to_be_visible()
    main.get_by_label('Số định danh của người nộp').fill(ID_NUMBER)
    main.get_by_role('button', name='Tra cứu').click()
    expect(main.get_by_text(PROCEDURE)).to_be_visible()
    expect(main.get_by_role('status').filter(has_text='Mới nộp').first).to_be_visible()
    expect(main.get_by_text('Ủy ban nhân dân thành phố Hà Nội')).to_be_visible()
    journey.shot(page, 'tra-cuu-cong-khai')
    page.context.close()


def _officer_opens(journey: Journey, officer: Page, code: str) -> None:
    if '/agency' not in officer.url:
        officer.goto(journey.url + '/login')
        _log_in(officer, OFFICER.id_number, DEMO_PASSWORD)
        officer.wait_for_url(journey.url + '/agency')
    main = officer.locator('#main')
    expect(main.get_by_text('Tiếp nhận, xử lý và trả kết quả hồ sơ của Ủy ban nhân dân thành phố Hà Nội')) \
        .to_be_visible()
    main.get_by_label('Tìm theo mã hồ sơ hoặc tên người nộp').fill(code)
    rows = main.get_by_role('link').filter(has_text=re.compile(r'UBND-01-\d{6}-\d{4}'))
    expect(rows).to_have_count(1)  # the queue narrowed to the one dossier
    row = rows.filter(has_text=code)
    expect(row).to_contain_text(NAME)
    expect(row).to_contain_text('Mới nộp')
    journey.shot(officer, 'can-bo-hang-doi')
    row.click()
    expect(officer.locator('#main').get_by_text(code, exact=True).first).to_be_visible()


def _officer_does(officer: Page, action: str, status: str) -> None:
    officer.locator('#main').get_by_role('button', name=action, exact=True).click()
    expect(officer.get_by_test_id('dossier-status')).to_have_text(status)


def _officer_requests_the_fee(journey: Journey, officer: Page, code: str) -> None:
    _officer_opens(journey, officer, code)
    _officer_does(officer, 'Tiếp nhận', 'Đã tiếp nhận')
    officer.locator('#main').get_by_role('button', name='Yêu cầu nộp phí').click()
    dialog = officer.get_by_role('dialog')
    dialog.get_by_label('Số tiền (đồng)').fill('135000')
    journey.shot(officer, 'can-bo-yeu-cau-phi')
    dialog.get_by_role('button', name='Lưu').click()
    expect(officer.get_by_test_id('dossier-status')).to_have_text('Chờ nộp phí, lệ phí')


def _pay_the_fee(journey: Journey, page: Page, code: str) -> None:
    page.get_by_role('navigation').get_by_role('link', name='Hồ sơ của tôi').click()
    page.wait_for_url(journey.url + '/ho-so')
    main = page.locator('#main')
    mine = main.get_by_role('link').filter(has_text=code)
    expect(mine).to_contain_text('Chờ nộp phí, lệ phí')
    expect(main.get_by_text(f'Hồ sơ {code}: vui lòng nộp phí, lệ phí.')).to_be_visible()  # the notification
    journey.shot(page, 'ho-so-cua-toi')
    mine.click()
    expect(main.get_by_text(f'Phí, lệ phí cần nộp: {FEE}')).to_be_visible()
    main.get_by_role('button', name='Thanh toán trực tuyến').click()

    expect(main.get_by_role('heading', name='Xác nhận thanh toán', level=1)).to_be_visible()
    expect(main.get_by_text(FEE, exact=True)).to_be_visible()
    main.get_by_role('radio', name='Vietcombank').click()
    journey.shot(page, 'chon-ngan-hang')
    main.get_by_role('button', name='Thanh toán qua cổng thanh toán').click()

    page.wait_for_url(re.compile(re.escape(journey.url) + r'/sandbox/gateway/pay\?'))
    expect(page.get_by_role('heading', name='Cổng thanh toán thử nghiệm')).to_be_visible()
    expect(page.get_by_text(FEE, exact=True)).to_be_visible()
    expect(page.get_by_text('Vietcombank', exact=True)).to_be_visible()
    # what the bank shows the payer: the fee and the dossier, in words its systems accept
    expect(page.get_by_text(f'Phi, le phi ho so {code}: Doi giay phep lai xe do nganh Giao thong van tai cap')) \
        .to_be_visible()
    journey.shot(page, 'ngan-hang-thu-nghiem')
    page.get_by_role('button', name='Xác nhận thanh toán').click()

    page.wait_for_url(re.compile(re.escape(journey.url) + r'/thanh-toan/ket-qua\?'))
    expect(main.get_by_role('heading', name='Thanh toán thành công')).to_be_visible()
    receipt = main.get_by_role('button', name=re.compile(r'^Tải biên lai BL\d{4}-\d+$'))
    expect(receipt).to_be_visible()
    number = receipt.inner_text().removeprefix('download').strip().removeprefix('Tải biên lai ')
    journey.shot(page, 'thanh-toan-thanh-cong')
    pdf = page.context.request.get(f'{journey.url}/thanh-toan/bien-lai/{number}.pdf')
    assert pdf.status == 200 and pdf.headers['content-type'] == 'application/pdf', (pdf.status, pdf.headers)
    assert pdf.body().startswith(b'%PDF')
    main.get_by_role('button', name='Về hồ sơ').click()
    expect(page.get_by_test_id('dossier-status')).to_have_text('Đang xử lý')  # paid: handling goes on
    expect(main.get_by_text('Phí, lệ phí cần nộp')).to_have_count(0)


def _officer_returns_the_result(journey: Journey, officer: Page) -> None:
    officer.reload()
    expect(officer.get_by_test_id('dossier-status')).to_have_text('Đang xử lý')
    officer.locator('#main').get_by_role('button', name='Hoàn thành, có kết quả').click()
    dialog = officer.get_by_role('dialog')
    dialog.get_by_label('Kết quả').fill('Đã đổi giấy phép lái xe hạng B2, mời nhận tại bộ phận một cửa.')
    dialog.locator('input[type=file]').set_input_files(pdf_file('giay-phep-lai-xe.pdf'))
    expect(dialog.get_by_text('giay-phep-lai-xe.pdf')).to_be_visible()
    dialog.get_by_role('button', name='Lưu').click()
    expect(officer.get_by_test_id('dossier-status')).to_have_text('Đã có kết quả')
    _officer_does(officer, 'Trả kết quả', 'Đã trả kết quả')
    journey.shot(officer, 'can-bo-tra-ket-qua')


def _rate(journey: Journey, page: Page) -> None:
    page.reload()
    main = page.locator('#main')
    expect(page.get_by_test_id('dossier-status')).to_have_text('Đã trả kết quả')
    expect(main.get_by_text('Đã đổi giấy phép lái xe hạng B2, mời nhận tại bộ phận một cửa.').first).to_be_visible()
    with page.expect_download() as download:  # the officer's result file
        main.get_by_role('button', name='Tải kết quả', exact=True).click()
    assert download.value.suggested_filename == 'giay-phep-lai-xe.pdf'
    assert Path(download.value.path()).read_bytes().startswith(b'%PDF')
    rating = main.get_by_role('radiogroup')
    rating.get_by_role('radio').nth(4).click()  # five stars
    main.get_by_label('Góp ý (không bắt buộc)').fill('Nhanh, không phải đi lại.')
    main.get_by_role('button', name='Gửi đánh giá').click()
    expect(main.get_by_text('Bạn đã đánh giá 5/5')).to_be_visible()
    journey.shot(page, 'danh-gia')


def test_a_citizen_registers_submits_pays_and_rates(journey: Journey):
    citizen = journey.new_page()
    _register_and_log_in(journey, citizen)
    _find_procedure(journey, citizen)
    code = _submit_dossier(journey, citizen)
    _track(journey, code)

    officer = journey.new_page()
    _officer_requests_the_fee(journey, officer, code)
    _pay_the_fee(journey, citizen, code)
    _officer_returns_the_result(journey, officer)
    _rate(journey, citizen)
