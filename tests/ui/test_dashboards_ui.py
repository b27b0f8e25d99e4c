"""Leaders see live national figures; a change elsewhere shows without reloading."""
from __future__ import annotations

from datetime import timedelta

from nicegui.testing import User

from core.clock import format_date, format_number, today_local
from core.db import session_scope
from domain.demo import DEMO_ACCOUNTS
from tests.factories import make_citizen
from tests.ui.figures import number, shown, shows
from tests.ui.test_accounts_ui import log_in

LEADER = next(d for d in DEMO_ACCOUNTS if d.role == 'leader' and not d.agency_code)


async def test_a_new_account_elsewhere_moves_the_open_dashboard(user: User):
    await log_in(user, LEADER.id_number)
    await user.should_see(marker='dash-accounts')
    before = number(user, 'dash-accounts')
    with session_scope() as session:
        make_citizen(session)  # registered in another browser
    await shows(user, 'dash-accounts', format_number(before + 1))


async def test_dashboard_shows_sync_and_single_sign_on_figures(user: User):
    await log_in(user, LEADER.id_number)
    await user.should_see(marker='dash-sso')
    assert shown(user, 'dash-sso') == '11/22 · 62/63'
    await user.should_see('14/22 bộ, ngành · 63/63 tỉnh, thành phố')
    await user.should_see(marker='service-index')


async def test_public_statistics_page_is_open(user: User):
    await user.open('/thong-ke')
    await user.should_see(marker='dash-records')


async def test_a_period_preset_narrows_the_figures_in_one_click(user: User):
    await log_in(user, LEADER.id_number)
    await user.should_see(marker='dash-records')
    since_launch = number(user, 'dash-records')  # the demo's launch quarter, 2019-2020
    user.find(marker='dash-preset-days30').click()
    today = today_local()
    await user.should_see(f'từ {format_date(today - timedelta(days=29))} đến {format_date(today)}')
    await user.should_see(marker='dash-records')
    assert number(user, 'dash-records') < since_launch
    user.find(marker='dash-preset-launch').click()
    await user.should_see(f'từ 09/12/2019 đến {format_date(today)}')
    await shows(user, 'dash-records', format_number(since_launch))


async def test_clicking_a_province_s_bar_narrows_the_dashboard_to_it(user: User):
    await log_in(user, LEADER.id_number)
    await user.should_see(marker='chart-by_province')
    user.find(marker='dash-agency').click().trigger('inputValue', 'bo tu')  # typed, then left half done
    user.find(marker='chart-by_province').trigger('plotly_click', {'points': [{'customdata': 'UBND-01'}]})
    await user.should_see('Phạm vi: Ủy ban nhân dân thành phố Hà Nội')
    with user:
        picker = next(iter(user.find(marker='dash-agency').elements))
    assert picker.value == 'UBND-01'
