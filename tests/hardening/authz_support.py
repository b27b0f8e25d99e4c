"""Helpers of the authorization matrix (test_authz_matrix.py): the demo data it probes with, the
routes the app really serves, logging the demo accounts in, and reading a response.

Nothing here decides who may do what: that is the policy table in the test."""
from __future__ import annotations

import asyncio
import base64
import hashlib
import html
import json
import re
import secrets
from dataclasses import dataclass
from typing import ClassVar
from urllib.parse import urlencode

import httpx
from nicegui import background_tasks, ui
from nicegui.testing import User
from sqlalchemy import select
from starlette.routing import Mount, WebSocketRoute

# The principals with a browser session, in the order of the matrix's columns.
ROLES = ('anonymous', 'citizen_a', 'citizen_b', 'enterprise', 'agent', 'supervisor', 'officer_x', 'officer_y', 'leader',
         'admin')
LOGIN_ID = {  # README, "Demo accounts"
    'citizen_a': '001090012345', 'citizen_b': '079192034567', 'enterprise': '0101234567', 'agent': '001191023456',
    'supervisor': '001085034567', 'officer_x': '001188045678', 'officer_y': '079087056789',
    'leader': '001070067890', 'admin': '001080089012',
}
AGENCY_X, AGENCY_Y = 'UBND-01', 'BTP'  # the agencies of officer_x and officer_y
SYNC_X = ('demo-motcua-hanoi', 'dichvucong-demo-sync-secret')  # README, "Demo clients"
SSO_CLIENT = ('demo-dvc-hanoi', 'dichvucong-demo-sso-secret', 'http://127.0.0.1:8090/callback')


# ---------------------------------------------------------------- the demo data the probes use

def _pkce() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b'=').decode()
    return verifier, challenge


def seed_demo(url: str) -> dict[str, object]:
    """Look up the objects of citizens A and B and of agencies X and Y in the demo database, and
    add, through the portal's own domain functions, what the demo data lacks: a draft with an
    attachment, a paid order with its receipt, a feedback attachment, the secret an administrator
    issues to agency Y's sync system, an Open311 app, and citizen A's single sign-on consent.
    Returns the values the policy table's placeholders are filled with."""
    from core import db

    engine = db.init_engine(url)
    try:
        with db.session_scope() as session:
            return _seed(session)
    finally:
        engine.dispose()


def _seed(session) -> dict[str, object]:
    from core.gateway import signed
    from core.clock import today_local
    from domain import clients, dossiers, feedback, oidc, payments, support
    from domain.demo import _demo_pdf
    from models.accounts import Account
    from models.agencies import Agency, ClientAppCreate
    from models.catalog import Procedure, ProcedureDocument
    from models.dossiers import ACCEPTED, DRAFT, FEE_REQUESTED, MORE_DOCUMENTS, NEW, PROCESSED, PROCESSING, \
        Attachment, Dossier
    from models.feedback import Feedback, FeedbackCreate
    from models.payments import Payable, Receipt
    from models.records import HandlingRecord
    from models.support import Ticket
    from sandbox import bank
    from urllib.parse import parse_qsl, urlsplit

    accounts = {a.id_number: a for a in session.execute(select(Account).where(
        Account.id_number.in_(LOGIN_ID.values()))).scalars()}
    a, b, admin = (accounts[LOGIN_ID[r]] for r in ('citizen_a', 'citizen_b', 'admin'))
    agency = {code: session.execute(select(Agency).where(Agency.code == code)).scalar_one()
              for code in (AGENCY_X, AGENCY_Y)}
    x, y = agency[AGENCY_X].id, agency[AGENCY_Y].id

    def first(statement, what: str):
        found = session.execute(statement.limit(1)).scalars().first()
        assert found is not None, f'the demo data has no {what}'
        return found

    a_dossier_x = first(select(Dossier).where(Dossier.applicant_id == a.id, Dossier.agency_id == x,
                                              Dossier.status.in_((ACCEPTED, PROCESSING))).order_by(Dossier.id),
                        "dossier of citizen A at agency X")
    a_dossier_y = first(select(Dossier).where(Dossier.applicant_id == a.id, Dossier.agency_id == y,
                                              Dossier.status != DRAFT).order_by(Dossier.id),
                        "dossier of citizen A at agency Y")
    # agency Y's queue is empty in the demo data: citizen A sends it a dossier again, as A did before
    y_procedure = session.get(Procedure, a_dossier_y.procedure_id)
    again = dossiers.save_draft(session, actor=a, procedure_code=y_procedure.code, agency_code=AGENCY_Y,
                                form_data=dict(a_dossier_y.form_data))
    for name in session.execute(select(ProcedureDocument.name).where(
            ProcedureDocument.procedure_id == y_procedure.id)).scalars():
        dossiers.add_attachment(session, actor=a, dossier_id=again.id, document_name=name, data=_demo_pdf('Ban scan'),
                                filename='ban-scan.pdf')
    dossiers.submit_dossier(session, actor=a, dossier_id=again.id)
    in_progress = (NEW, ACCEPTED, PROCESSING, MORE_DOCUMENTS, FEE_REQUESTED, PROCESSED)  # the console's first view
    newest_x, newest_y = (first(select(Dossier).where(Dossier.agency_id == agency_id, Dossier.status.in_(in_progress))
                                .order_by(Dossier.submitted_at.desc()), f'dossier in progress at agency {agency_id}')
                          for agency_id in (x, y))
    attachment_x = first(select(Attachment).where(Attachment.dossier_id == a_dossier_x.id),
                         "attachment of A's dossier at X")

    # a draft only its applicant may see, with a file named so that it shows where it leaks
    procedure = session.get(Procedure, a_dossier_x.procedure_id)
    draft = dossiers.save_draft(session, actor=a, procedure_code=procedure.code, agency_code=AGENCY_X, form_data={})
    document = session.execute(select(ProcedureDocument.name).where(
        ProcedureDocument.procedure_id == procedure.id)).scalars().first() or 'Giấy tờ'
    draft_file = dossiers.add_attachment(session, actor=a, dossier_id=draft.id, document_name=document,
                                         data=_demo_pdf('Ban nhap'), filename='nhap-rieng-cong-dan-a.pdf')

    # citizen A pays the registration fee owed to agency X through the sandbox bank: order and receipt
    fee = first(select(Payable).where(Payable.payer_id_number == a.id_number, Payable.agency_id == x,
                                      Payable.status == 'open').order_by(Payable.id), "payable of A at agency X")
    checkout = payments.start_payment(session, actor=a, payable_id=fee.id, bank_code='VCB')
    request = bank.check_payment_request(dict(parse_qsl(urlsplit(checkout.url).query, keep_blank_values=True)))
    outcome = payments.apply_gateway_result(session, fields=bank.settle(session, request=request, outcome='paid'),
                                            kind='ipn')
    assert outcome.outcome == 'confirmed', outcome
    receipt = first(select(Receipt).where(Receipt.payable_id == fee.id), "receipt of A's payment")
    fine = first(select(Payable).where(Payable.payer_id_number == a.id_number, Payable.kind == 'traffic_fine',
                                       Payable.status == 'open'), 'traffic fine of citizen A')

    feedback_x = first(select(Feedback).where(Feedback.sender_id == a.id, Feedback.agency_id == x)
                       .order_by(Feedback.id), 'feedback of citizen A at agency X')
    feedback_y = first(select(Feedback).where(Feedback.sender_id == a.id, Feedback.agency_id == y,
                                              Feedback.status == 'received').order_by(Feedback.id),
                       'open feedback of citizen A at agency Y')
    feedback_b = first(select(Feedback).where(Feedback.sender_id == b.id).order_by(Feedback.id),
                       'feedback of citizen B')
    feedback_file = feedback.attach_to_feedback(session, actor=a, feedback_id=feedback_y.id,
                                                data=_demo_pdf('Bang chung'), filename='bang-chung-cong-dan-a.pdf')

    private = feedback.submit_feedback(session, actor=a, data=FeedbackCreate(
        topic='conduct', category='attitude', title='Phản ánh riêng, không đồng ý công khai',
        content='Cán bộ tiếp nhận hồ sơ có thái độ không đúng mực, đề nghị xem xét.', province_code='01',
        publish_consent=False))

    # citizen A asks for help; an agent hands it to agency X with a note the citizen never sees
    agent = accounts[LOGIN_ID['agent']]
    asked = support.request_support(session, actor=a, subject='Hỏi về hồ sơ đăng ký xe',
                                    description='Tôi cần biết khi nào có kết quả đăng ký xe.')
    internal_note = 'Ghi chú nội bộ: công dân đã gọi ba lần, đề nghị sở ưu tiên xử lý'
    support.escalate(session, actor=agent, ticket_id=asked.id, agency_code=AGENCY_X, note=internal_note)

    ticket_a = first(select(Ticket).where(Ticket.requester_account_id == a.id, Ticket.escalated_agency_id.is_(None))
                     .order_by(Ticket.id.desc()), 'ticket of citizen A')
    record_x = first(select(HandlingRecord).where(HandlingRecord.agency_id == x,
                                                  HandlingRecord.applicant_id_number == a.id_number),
                     "agency X's synced record of citizen A")
    record_y = first(select(HandlingRecord).where(HandlingRecord.agency_id == y), "agency Y's synced record")
    template, template_procedure = session.execute(
        select(ProcedureDocument, Procedure).join(Procedure, Procedure.id == ProcedureDocument.procedure_id)
        .where(ProcedureDocument.template.is_not(None), Procedure.service_level >= 2)
        .order_by(ProcedureDocument.id).limit(1)).first()
    online = first(select(Procedure).where(Procedure.service_level >= 3).order_by(Procedure.code),
                   'online procedure')

    # what administrators issue in /admin/clients
    sync_y_secret = clients.rotate_client_secret(session, actor=admin, client_id='system-btp')
    retired_secret = clients.rotate_client_secret(session, actor=admin, client_id='system-ubnd-01')  # disabled later
    open311_app, open311_key = clients.register_client(session, actor=admin, data=ClientAppCreate(
        name='Ứng dụng phản ánh (kiểm thử phân quyền)', agency_code=AGENCY_X, kind='open311',
        scopes=['feedback:write']))

    # citizen A once consented to the Hanoi portal: /oidc/authorize gives A a code at once
    client_id, _secret, redirect_uri = SSO_CLIENT
    verifier, challenge = _pkce()
    authorize = {'response_type': 'code', 'client_id': client_id, 'redirect_uri': redirect_uri,
                 'scope': 'openid profile id_number', 'state': 'authz-matrix-state', 'nonce': 'authz-matrix-nonce',
                 'code_challenge': challenge, 'code_challenge_method': 'S256'}
    oidc.grant_consent(session, account=a, request=oidc.parse_authorization_request(session, authorize))
    session.commit()

    today = today_local().isoformat()
    return {
        'a_name': a.full_name, 'a_id_number': a.id_number, 'b_id_number': b.id_number,
        'a_phone': a.phone, 'a_email': a.email,
        'a_id_masked': a.id_number[:4] + '*' * 6 + a.id_number[-2:],
        'a_dossier_x': a_dossier_x.id, 'a_dossier_x_code': a_dossier_x.code,
        'a_dossier_y': a_dossier_y.id, 'a_dossier_y_code': a_dossier_y.code,
        'newest_x_code': newest_x.code, 'newest_y_code': newest_y.code,
        'a_draft': draft.id, 'a_draft_file': draft_file.filename, 'a_draft_attachment': draft_file.id,
        'a_attachment_x': attachment_x.id,
        'a_fee': fee.id, 'a_fee_ref': fee.reference, 'a_order': checkout.order_code,
        'a_order_amount': str(fee.amount), 'a_receipt': receipt.number,
        'a_fine': fine.id, 'a_fine_ref': fine.reference, 'a_fine_plate': fine.plate or '',
        'a_feedback_x': feedback_x.id, 'a_feedback_x_code': feedback_x.code,
        'a_feedback_y': feedback_y.id, 'a_feedback_y_code': feedback_y.code,
        'a_feedback_y_title': feedback_y.title, 'a_feedback_file': feedback_file.filename,
        'a_feedback_attachment': feedback_file.id,
        'a_private_feedback': private.id, 'a_private_feedback_code': private.code,
        'b_feedback': feedback_b.id, 'b_feedback_code': feedback_b.code,
        'a_ticket': ticket_a.id, 'a_ticket_code': ticket_a.code,
        'a_escalated': asked.id, 'a_escalated_code': asked.code, 'internal_note': internal_note,
        'draft_procedure': procedure.code,
        'record_x': record_x.record_code, 'record_y': record_y.record_code,
        'procedure': online.code, 'template_procedure': template_procedure.code,
        'template_file': template.template,
        'sync_y': ('system-btp', sync_y_secret), 'retired': ('system-ubnd-01', retired_secret), 'open311_key': open311_key, 'open311_client': open311_app.client_id,
        'authorize_query': urlencode(authorize), 'pkce_verifier': verifier,
        'gateway_query': signed({'order': checkout.order_code}),
        'gateway_settlement': urlencode(signed({'date': today})),
        'gateway_ipn': signed({'order': checkout.order_code, 'amount': str(fee.amount), 'currency': 'VND',
                               'bank': 'VCB', 'status': '00', 'txn': 'SBXAUTHZMATRIX',
                               'paid_at': today.replace('-', '') + '090000'}),
        'today': today,
    }


# ---------------------------------------------------------------- the routes the app serves

def app_routes(app, version: str) -> set[str]:
    """Every route as 'METHOD /path' ('WS' for websocket mounts, 'MOUNT' for mounted apps), read
    from the app itself: included routers are followed (FastAPI may keep them as nodes), HEAD is
    left out (it answers like GET), NiceGUI's versioned prefix is written `{version}`."""
    found: set[str] = set()

    def walk(routes, prefix: str) -> None:
        for route in routes:
            included = getattr(route, 'original_router', None)
            if included is not None:
                walk(included.routes, prefix + route.include_context.prefix)
                continue
            path = (prefix + route.path).replace(f'/_nicegui/{version}/', '/_nicegui/{version}/')
            if isinstance(route, WebSocketRoute):
                found.add(f'WS {path}')
            elif isinstance(route, Mount):
                found.add(f'MOUNT {path}')
            else:
                found.update(f'{m} {path}' for m in (getattr(route, 'methods', None) or {'GET'}) if m != 'HEAD')

    walk(app.routes, '')
    return found


def nicegui_examples(version: str) -> dict[str, str]:
    """One real URL per NiceGUI infrastructure route, from NiceGUI's registries of what it serves
    (filled as pages use elements). `nicegui_<kind>_registered` is '' when NiceGUI has nothing of
    that kind to serve: the route then answers 404 to everyone alike."""
    from pathlib import Path

    import nicegui
    from nicegui import dependencies as d

    def first_file(folder: Path) -> str | None:
        found = next((p for p in sorted(folder.rglob('*')) if p.is_file()), None)
        return found.relative_to(folder).as_posix() if found else None

    base = f'/_nicegui/{version}'
    static = Path(nicegui.__file__).parent / 'static'
    urls = {'static': f'{base}/static/{first_file(static)}',
            'libraries': next((f'{base}/libraries/{k}' for k, v in d.libraries.items() if v.path.is_file()), None),
            'components': next((f'{base}/components/{k}' for k in [*d.js_components, *d.vue_components]), None),
            'resources': next((f'{base}/resources/{k}/{first_file(v.path)}' for k, v in d.resources.items()
                               if first_file(v.path)), None),
            'esm': next((f'{base}/esm/{k}/{first_file(v.path)}' for k, v in d.esm_modules.items()
                         if first_file(v.path)), None),
            'dynamic_resources': next((f'{base}/dynamic_resources/{k}' for k in d.dynamic_resources), None)}
    examples = {}
    for kind, url in urls.items():
        examples[f'nicegui_{kind}'] = url or f'{base}/{kind}/none-registered'
        examples[f'nicegui_{kind}_registered'] = 'yes' if url else ''
    return examples


# ---------------------------------------------------------------- logging in

class Browser(User):
    """NiceGUI's simulated browser, for several at once.

    The simulation's `ui.navigate`, `ui.notify` and `ui.download` are globals that a `User` takes
    whenever anything of it is touched, including each message its live page sends. With ten
    browsers, a live landing page of one would take the navigation another one's login asks
    for. Here only the browser being driven (`Browser.driving`) takes them."""
    driving: ClassVar[Browser | None] = None

    def __getattribute__(self, name: str):
        if name not in {'notify', 'navigate', 'download'} and Browser.driving is self:
            ui.navigate = object.__getattribute__(self, 'navigate')
            ui.notify = object.__getattribute__(self, 'notify')
            ui.download = object.__getattribute__(self, 'download')
        return object.__getattribute__(self, name)


async def log_in(browser: Browser, role: str, password: str) -> None:
    """Log in through the real login form, and wait until the landing page shows the account
    (the simulated browser opens it in a background task, awaited here)."""
    Browser.driving = browser
    await browser.open('/login')
    browser.find(marker='identifier').type(LOGIN_ID[role])
    browser.find(marker='password').type(password)
    browser.find(marker='login-submit').click()
    try:
        await browser.should_see(marker='account-menu', retries=300)  # a loaded machine: up to 30 s
    except AssertionError:
        raise AssertionError(f'{role} could not log in; the page said {browser.notify.messages}') from None
    await asyncio.gather(*(task for task in list(background_tasks.running_tasks)
                           if task.get_name().startswith('navigate')))


# ---------------------------------------------------------------- reading responses

def shows(body: str, text: str) -> bool:
    """Whether `text` is in a response body, as written, HTML-escaped or JSON-escaped (NiceGUI
    pages carry their elements as JSON)."""
    if not text:
        return False
    forms = {text, html.escape(text), json.dumps(text)[1:-1], json.dumps(text, ensure_ascii=False)[1:-1]}
    return any(form in body for form in forms)


@dataclass(frozen=True)
class Seen:
    """What one request gave one principal."""
    status: int
    location: str
    body: str
    content_type: str

    @classmethod
    def of(cls, response: httpx.Response) -> 'Seen':
        return cls(response.status_code, response.headers.get('location', ''),
                   response.text if 'pdf' not in response.headers.get('content-type', '') else '',
                   response.headers.get('content-type', ''))

    @property
    def to_login(self) -> bool:
        return 300 <= self.status < 400 and self.location.startswith('/login?next=')

    def outcome(self, witness: str | None = None) -> str:
        """allow | login | forbidden | missing | error: the page or answer as the principal met it."""
        if self.status >= 500:
            return 'error'
        if self.to_login or self.status == 401:
            return 'login'
        if self.status == 403:
            return 'forbidden'
        if self.status >= 400:
            return 'missing'
        if witness is not None:  # the object itself, not a page saying it is not there
            return 'allow' if (shows(self.body, witness) or (witness == '%PDF' and 'pdf' in self.content_type)) \
                else 'missing'
        return 'allow'


GATEWAY_REFUSED = re.compile(r'"RspCode"\s*:\s*"97"')
