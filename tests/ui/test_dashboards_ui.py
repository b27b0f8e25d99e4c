"""Leaders see live national figures; a change elsewhere shows without reloading."""
from __future__ import annotations

from nicegui.testing import User

from core.clock import format_number
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
