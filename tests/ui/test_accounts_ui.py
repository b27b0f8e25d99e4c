"""A new user registers, logs in and sees their name; wrong roles are refused clearly."""
from __future__ import annotations

import html
import re

import pytest
from nicegui.testing import User
from sqlalchemy import select

from core.db import session_scope
from domain.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from models.accounts import Account
from tests.factories import PASSWORD, citizen_id
from tests.ui.figures import shown

CITIZEN = next(d for d in DEMO_ACCOUNTS if d.role == 'citizen')


async def log_in(user: User, identifier: str, password: str = DEMO_PASSWORD, path: str = '/login') -> None:
    await user.open(path)
    user.find(marker='identifier').type(identifier)
    user.find(marker='password').type(password)
    user.find(marker='login-submit').click()


async def submit_registration(user: User) -> None:
    """Password, consent, submit: the registration succeeds."""
    user.find(marker='password').type(PASSWORD)
    user.find(marker='password_confirm').type(PASSWORD)
    user.find(marker='consent').click()
    user.find(marker='register-submit').click()
    await user.should_see(marker='login-submit')
    assert user.notify.contains('Đăng ký thành công')


async def test_register_then_log_in_and_see_own_name(user: User):
    number = citizen_id('79')
    await user.open('/dang-ky')
    await user.should_see('Đăng ký tài khoản')
    user.find(marker='full_name').type('Phạm Thị Mỹ Duyên')
    user.find(marker='id_number').type(number)
    user.find(marker='phone').type('0938111222')
    await submit_registration(user)
    await log_in(user, number, PASSWORD)
    await user.should_see('Xin chào, Phạm Thị Mỹ Duyên')


async def test_province_is_found_typed_without_diacritics(user: User):
    number = citizen_id('01')
    await user.open('/dang-ky')
    user.find(marker='full_name').type('Nguyễn Văn Không Dấu')
    user.find(marker='id_number').type(number)
    user.find(marker='phone').type('0938111224')
    province = user.find(marker='province').click()  # opens the list
    # 'inputValue' is the event the browser sends with the text the user typed
    for typed, offered, not_offered in (('dak lak', 'Tỉnh Đắk Lắk', 'Thành phố Hà Nội'),
                                        ('HO CHI MINH', 'Thành phố Hồ Chí Minh', 'Tỉnh Đắk Lắk'),
                                        ('ha noi', 'Thành phố Hà Nội', 'Tỉnh Hà Nam')):
        province.trigger('inputValue', typed)
        await user.should_see(content=offered, marker='province')
        await user.should_not_see(content=not_offered, marker='province')
    user.find('Thành phố Hà Nội').click()
    picker = next(iter(province.elements))
    assert picker.value == '01'
    assert len(picker.options) == 63  # chosen: the whole list is on offer again

    province.click().trigger('inputValue', 'ho chi')  # typing over the choice keeps it on offer
    assert set(picker.options) == {'01', '79'} and picker.value == '01'
    province.trigger('inputValue', 'Thành phố Hà Nội')  # the browser puts the label back on blur
    assert len(picker.options) == 63 and picker.value == '01'

    await submit_registration(user)
    with session_scope() as session:
        account = session.execute(select(Account).where(Account.id_number == number)).scalar_one()
        assert account.province_code == '01'


async def test_an_option_clicked_before_the_narrowed_list_arrived_is_the_one_chosen(user: User):
    await user.open('/dang-ky')
    province = user.find(marker='province').click()
    picker = next(iter(province.elements))
    full = list(picker.options)
    province.trigger('inputValue', 'ho chi minh')  # the server narrows the list to one option...
    # ...while the browser, still showing the whole list, sends the index it had there
    province.trigger('update:modelValue', {'value': full.index('79'), 'label': 'Thành phố Hồ Chí Minh'})
    assert picker.value == '79'


async def test_registration_errors_are_shown_on_the_fields(user: User):
    await user.open('/dang-ky')
    user.find(marker='full_name').type('Lê Văn Sai')
    user.find(marker='id_number').type('123')
    user.find(marker='phone').type('0938111223')
    user.find(marker='password').type('12345678')
    user.find(marker='password_confirm').type('12345678')
    user.find(marker='register-submit').click()
    await user.should_see('Số CCCD phải gồm đúng 12 chữ số.')
    await user.should_see('Mật khẩu này quá phổ biến')
    await user.should_see('Bạn cần đồng ý với việc xử lý dữ liệu cá nhân')


async def test_wrong_password_gets_a_clear_message(user: User):
    await log_in(user, CITIZEN.id_number, 'not the right password')
    await user.should_see('Số định danh/số điện thoại hoặc mật khẩu không đúng.')
    await user.should_not_see('Xin chào')


async def test_anonymous_visitor_is_sent_to_login_and_back(user: User):
    await user.open('/tai-khoan')
    await user.should_see(marker='login-required')
    user.find(marker='identifier').type(CITIZEN.phone)
    user.find(marker='password').type(DEMO_PASSWORD)
    user.find(marker='login-submit').click()
    await user.should_see(marker='profile-name')
    await user.should_see('0010******45')  # own ID number, masked


@pytest.mark.parametrize('path', ['/callcenter', '/dashboards', '/agency', '/admin/accounts'])
async def test_a_citizen_cannot_open_staff_consoles(user: User, path: str):
    await log_in(user, CITIZEN.id_number)
    await user.should_see(marker='greeting')
    response = await user.http_client.get(path)
    assert response.status_code == 403
    assert 'Bạn không có quyền truy cập trang này' in response.text


@pytest.mark.parametrize('demo', DEMO_ACCOUNTS, ids=lambda d: f'{d.role}-{d.phone}')
async def test_every_demo_account_lands_where_its_role_belongs(user: User, demo):
    landing = {'citizen': 'Xin chào', 'enterprise': 'Xin chào', 'agent': 'Danh bạ cơ quan',
               'supervisor': 'Danh bạ cơ quan', 'officer': 'Bộ phận xử lý hồ sơ', 'leader': 'Bảng điều hành',
               'admin': 'Quản lý tài khoản'}
    await log_in(user, demo.id_number)
    await user.should_see(landing[demo.role], retries=50)
    await user.should_see(demo.full_name)


async def test_a_provincial_leader_sees_their_scope(user: User):
    leader = next(d for d in DEMO_ACCOUNTS if d.role == 'leader' and d.agency_code)
    await log_in(user, leader.id_number)
    await user.should_see(marker='dash-records-own', retries=50)
    own = shown(user, 'dash-records-own')
    assert own.startswith('Ủy ban nhân dân thành phố Hồ Chí Minh: ')
    await user.should_see('Phạm vi: Toàn quốc')


async def test_language_switch_to_english_is_remembered(user: User):
    await log_in(user, CITIZEN.id_number)
    await user.should_see(marker='greeting')
    with user:
        header = user.find(marker='header-search').elements.pop().content
    switch = re.search(r'<a href="([^"]+)"[^>]*data-testid="lang-switch"', header)
    assert switch and '>English</a>' in header[switch.start():]
    await user.open(html.unescape(switch.group(1)))  # the header's link, back to the same page
    await user.should_see('Hello, Nguyễn Văn An')
    await user.open('/tai-khoan')
    await user.should_see('My account')


async def test_logout_ends_the_session(user: User):
    await log_in(user, CITIZEN.id_number)
    await user.should_see(marker='greeting')
    await user.open('/dang-xuat')
    await user.should_see(marker='logged-out')
    response = await user.http_client.get('/tai-khoan')
    assert response.status_code == 303 and response.headers['location'].startswith('/login')


async def test_home_shows_live_account_figures_and_hotline(user: User):
    await user.open('/')
    await user.should_see('1800 1096')
    await user.should_see('Thành phố Hồ Chí Minh')
    await user.should_see(marker='figure-accounts')
