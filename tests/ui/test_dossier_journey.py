"""A citizen searches, opens a procedure, submits a dossier with its documents; an officer
accepts and finishes it; the citizen sees the result and rates it."""
from __future__ import annotations

from nicegui import ui
from nicegui.testing import User
from sqlalchemy import select

from core.db import session_scope
from core.text import fold
from domain.catalog import procedure_details
from domain.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from models.catalog import Procedure
from tests.factories import pdf_bytes
from tests.ui.test_accounts_ui import log_in

CITIZEN = next(d for d in DEMO_ACCOUNTS if d.role == 'citizen')
OFFICER = next(d for d in DEMO_ACCOUNTS if d.role == 'officer' and d.agency_code == 'UBND-01')
SAMPLE = {'date': '15/08/1990', 'number': '2', 'email': 'an@example.vn', 'phone': '0912345678',
          'textarea': 'Đề nghị giải quyết', 'text': 'Hà Nội'}


def _provincial_procedure() -> dict:
    with session_scope() as session:
        code = session.execute(select(Procedure.code).where(
            Procedure.service_level >= 3, Procedure.implementing_level != 'central',
            Procedure.launch_service.is_(True)).order_by(Procedure.code)).scalars().first()
        details = procedure_details(session, code)
        return {'code': code, 'name': details['procedure'].name, 'fields': details['fields'],
                'required': [d.required for d in details['documents']]}


async def _submit(user: User, procedure: dict) -> str:
    await user.open('/procedures?q=' + fold(procedure['name']))
    await user.should_see(marker='result')
    await user.open(f'/procedures/{procedure["code"]}')
    await user.should_see(procedure['name'])
    with user:  # the documents list marks the ones supplied only if they apply ("nếu có")
        markup = next(iter(user.find(marker='documents').elements)).content
    assert markup.count('data-testid="document-optional">(không bắt buộc)<') == procedure['required'].count(False)
    user.find(marker='submit-online').click()
    await user.should_see(marker='to-documents')
    for field in procedure['fields']:
        if field.required and not field.prefill:
            element = user.find(marker=f'field-{field.name}')
            if field.type == 'select':
                element.elements.pop().value = field.options[0]
            else:
                element.type(SAMPLE.get(field.type, 'Hà Nội'))
    user.find(marker='to-documents').click()
    await user.should_see(marker='upload-0')
    for position, required in enumerate(procedure['required']):
        if not required:  # the citizen has no such paper: it stays unattached and does not block submission
            await user.should_see(marker=f'optional-{position}')
            await user.should_see(marker=f'missing-{position}')
            continue
        upload = user.find(marker=f'upload-{position}').elements.pop()
        await upload.handle_uploads([ui.upload.SmallFileUpload('giay-to.pdf', 'application/pdf', pdf_bytes())])
        # the upload handler runs in the background: wait until the page shows the file attached
        await user.should_see(marker=f'attached-{position}')
    user.find(marker='to-review').click()
    await user.should_see(marker='submit-dossier')
    user.find(marker='submit-dossier').click()
    await user.should_see(marker='receipt')
    with user:
        code = user.find(marker='dossier-code').elements.pop().text
    assert code.startswith('UBND-01-')
    return code


async def test_submit_handle_and_rate(user: User):
    procedure = _provincial_procedure()
    assert False in procedure['required']  # the journey leaves out an optional document
    await log_in(user, CITIZEN.id_number)
    await user.should_see(marker='greeting')
    code = await _submit(user, procedure)

    await user.open('/dang-xuat')
    await log_in(user, OFFICER.id_number, DEMO_PASSWORD)
    await user.should_see(marker='agency-name')
    user.find(marker='queue-search').type(code)
    await user.should_see(code)
    with session_scope() as session:
        from models.dossiers import Dossier
        dossier_id = session.execute(select(Dossier.id).where(Dossier.code == code)).scalar_one()
    await user.open(f'/agency/ho-so/{dossier_id}')
    user.find(marker='action-accept').click()
    await user.should_see(marker='action-process')
    user.find(marker='action-process').click()
    await user.should_see(marker='action-finish')
    user.find(marker='action-finish').click()
    await user.should_see(marker='action-note')
    user.find(marker='action-note').type('Đã cấp đổi giấy phép')
    user.find(marker='action-confirm').click()
    await user.should_see('Đã có kết quả')
    user.find(marker='action-return_result').click()
    await user.should_see('Đã trả kết quả')

    await user.open('/dang-xuat')
    await log_in(user, CITIZEN.id_number)
    await user.should_see(marker='greeting')
    await user.open(f'/ho-so/{dossier_id}')
    await user.should_see('Đã cấp đổi giấy phép')
    await user.should_see(marker='rating')
    user.find(marker='rating-stars').elements.pop().value = 5
    user.find(marker='rating-send').click()
    await user.should_see(marker='rated')
    await user.should_see('Bạn đã đánh giá 5/5')


async def test_public_tracking_page(user: User):
    with session_scope() as session:
        from models.accounts import Account
        from models.dossiers import Dossier
        code, id_number = session.execute(select(Dossier.code, Account.id_number).join(
            Account, Account.id == Dossier.applicant_id).where(Dossier.code.is_not(None))).first()
    await user.open('/tra-cuu')
    user.find(marker='track-code').type(code)
    user.find(marker='track-id').type('001099999999')
    user.find(marker='track-submit').click()
    await user.should_see('Không tìm thấy hồ sơ')
    user.find(marker='track-id').clear()
    user.find(marker='track-id').type(id_number)
    user.find(marker='track-submit').click()
    await user.should_see(marker='track-result')


async def test_search_page_finds_without_diacritics_and_shows_empty_state(user: User):
    await user.open('/procedures?q=dang ky khai sinh')
    await user.should_see(marker='result')
    await user.should_see('khai')
    await user.open('/procedures?q=qwertyzzz')
    await user.should_see('Không tìm thấy thủ tục phù hợp')


async def test_another_citizen_cannot_open_my_dossier(user: User):
    with session_scope() as session:
        from models.accounts import Account
        from models.dossiers import Dossier
        foreign = session.execute(select(Dossier.id).join(Account, Account.id == Dossier.applicant_id)
                                  .where(Account.id_number != CITIZEN.id_number)).scalars().first()
    await log_in(user, CITIZEN.id_number)
    await user.should_see(marker='greeting')
    await user.open(f'/ho-so/{foreign}')
    await user.should_see(marker='dossier-missing')
