"""Administrators register client portals (secret shown once); citizens see their synced
records and the portals they allowed, and can withdraw that permission."""
from __future__ import annotations

from nicegui.testing import User
from sqlalchemy import select

from core.db import session_scope
from core.security import token_digest
from domain.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from domain.oidc import grant_consent, parse_authorization_request
from models.accounts import Account
from models.agencies import ClientApp
from models.oidc import SsoConsent
from tests.ui.test_accounts_ui import log_in

ADMIN = next(d for d in DEMO_ACCOUNTS if d.role == 'admin')
CITIZEN = DEMO_ACCOUNTS[0]


async def test_admin_registers_a_portal_and_sees_its_secret_once(user: User):
    await log_in(user, ADMIN.id_number, DEMO_PASSWORD)
    await user.should_see(marker='accounts-table')
    await user.open('/admin/clients')
    await user.should_see('demo-dvc-hanoi')
    user.find(marker='register-client').click()
    user.find(marker='client-name').type('Cổng dịch vụ công tỉnh Lào Cai')
    user.find(marker='client-agency').elements.pop().value = 'UBND-10'
    user.find(marker='client-redirects').type('http://dichvucong.laocai.gov.vn/callback')
    user.find(marker='client-save').click()
    await user.should_see('Mỗi địa chỉ phải là URL https đầy đủ')  # plain http is refused
    with session_scope() as session:
        assert session.execute(select(ClientApp).where(ClientApp.name == 'Cổng dịch vụ công tỉnh Lào Cai')).first() is None

    user.find(marker='client-redirects').elements.pop().value = 'https://dichvucong.laocai.gov.vn/callback'
    user.find(marker='client-save').click()
    await user.should_see(marker='secret-dialog')
    with user:
        client_id = user.find(marker='new-client-id').elements.pop().value
        secret = user.find(marker='new-secret').elements.pop().value
    with session_scope() as session:
        stored = session.execute(select(ClientApp).where(ClientApp.client_id == client_id)).scalar_one()
        assert stored.secret_hash == token_digest(secret) and secret not in stored.secret_hash
        assert stored.redirect_uris == ['https://dichvucong.laocai.gov.vn/callback'] and 'openid' in stored.scopes
    user.find(marker='secret-done').click()
    await user.should_see(marker=f'client-{client_id}')

    user.find(marker=f'toggle-{client_id}').click()
    await user.should_see('Đã tạm ngừng kết nối')
    with session_scope() as session:
        assert not session.execute(select(ClientApp.active).where(ClientApp.client_id == client_id)).scalar_one()


async def test_citizen_sees_records_synced_by_agencies_in_my_dossiers(user: User):
    await log_in(user, CITIZEN.id_number)
    await user.should_see(marker='greeting')
    await user.open('/ho-so')
    await user.should_see('Hồ sơ nộp tại cơ quan')
    await user.should_see('G01.06-261102-0317')
    await user.should_see('Đăng ký khai sinh')


async def test_citizen_withdraws_a_portals_access(user: User):
    with session_scope() as session:
        account = session.execute(select(Account).where(Account.id_number == CITIZEN.id_number)).scalar_one()
        request = parse_authorization_request(session, {
            'client_id': 'demo-dvc-hanoi', 'redirect_uri': 'http://127.0.0.1:8090/callback', 'response_type': 'code',
            'scope': 'openid profile', 'code_challenge': 'x' * 43, 'code_challenge_method': 'S256'})
        grant_consent(session, account=account, request=request)
    await log_in(user, CITIZEN.id_number)
    await user.should_see(marker='greeting')
    await user.open('/tai-khoan')
    await user.should_see('Cổng dịch vụ công Hà Nội (ví dụ)')
    user.find(marker='withdraw-demo-dvc-hanoi').click()
    await user.should_see(marker='no-portals')
    with session_scope() as session:
        assert session.execute(select(SsoConsent)).first() is None


async def test_officer_sees_the_sync_log_of_their_agency(user: User):
    from domain.records import request_digest, sync_records
    from models.agencies import Agency

    with session_scope() as session:
        hanoi = session.execute(select(Agency.id).where(Agency.code == 'UBND-01')).scalar_one()
    with session_scope() as session:
        sync_records(session, client_id='demo-motcua-hanoi', agency_id=hanoi, idempotency_key='ui-log-1',
                     digest=request_digest(b'ui-log-1'), records=[
                         {'MaHoSo': 'HN-UI-1', 'KenhThucHien': 1, 'NgayTiepNhan': '20261120080000', 'TrangThaiHoSo': 2},
                         {'MaHoSo': 'HN-UI-2', 'KenhThucHien': 9, 'NgayTiepNhan': '20261120080000', 'TrangThaiHoSo': 2}])
    officer = next(d for d in DEMO_ACCOUNTS if d.role == 'officer' and d.agency_code == 'UBND-01')
    await log_in(user, officer.id_number, DEMO_PASSWORD)
    await user.should_see(marker='agency-name')
    await user.open('/agency/dong-bo')
    await user.should_see(marker='sync-table')
    with user:
        rows = user.find(marker='sync-table').elements.pop().rows
    assert {'client': 'demo-motcua-hanoi', 'agency': 'UBND-01', 'received': '2', 'accepted': '1', 'rejected': '1',
            'key': 'ui-log-1'}.items() <= rows[0].items()
