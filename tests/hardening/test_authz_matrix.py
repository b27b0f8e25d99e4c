"""The authorization matrix (issue 9): every route the app serves, pages and API alike, against
every kind of principal, judged by one policy table written here.

The table is the oracle. It is written from what the portal should allow (DESIGN.md, README),
not read from the implementation's own declarations (`PAGE_RULES`, `API_RULES`, `AREA_ROLES`):
a route the app serves that is not in the table fails the test, so a new route can never be
public by accident, and a row for a route that no longer exists fails it too.

Principals: ten browser sessions (anonymous and nine demo accounts, logged in through the real
login form) and the machine credentials of the API (client-credentials tokens of two agencies'
sync systems, citizen A's single sign-on token, a bad token, the gateway's signature, an Open311
key). Routes with path parameters are probed with real objects of citizen A (dossiers, a draft,
a paid order and its receipt, feedback with an attachment, a ticket, synced records) so that
citizen B, the other agency's officer and the other agency's system are shown to be refused, and
the refusals are read for A's personal data.

All of it runs in one app (NiceGUI's user simulation over the real ASGI app, main.py as served)
because starting the portal and logging nine accounts in is most of the cost.
"""
from __future__ import annotations

import base64
import os
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

import httpx
import nicegui
import pytest
from nicegui import app

from tests.conftest import copy_sqlite
from tests.hardening.authz_support import AGENCY_X, GATEWAY_REFUSED, ROLES, SSO_CLIENT, SYNC_X, Browser, Seen, \
    app_routes, log_in, nicegui_examples, seed_demo, shows

ANON, CIT_A, CIT_B, ENTERPRISE, AGENT, SUP, OFF_X, OFF_Y, LEADER, ADMIN = ROLES

# ---------------------------------------------------------------- who is who

EVERYONE = frozenset(ROLES)
NOBODY: frozenset[str] = frozenset()
ACCOUNTS = EVERYONE - {ANON}                      # any logged-in account
APPLICANTS = frozenset({CIT_A, CIT_B, ENTERPRISE})  # citizens and enterprises who apply and pay
AGENCY_STAFF = frozenset({OFF_X, OFF_Y, ADMIN})   # the agency console
CALL_CENTRE = frozenset({AGENT, SUP, ADMIN})
SUPERVISORS = frozenset({SUP, ADMIN})
LEADERSHIP = frozenset({LEADER, ADMIN})
ADMINS = frozenset({ADMIN})


@dataclass(frozen=True)
class Probe:
    """One concrete request of a route, and who may get what it protects.

    `url`, `witness`, `form`, `json` are templates filled from the demo data. `witness` is text
    that is in the answer only when the protected object itself is shown (a refusal may well be a
    200 page saying 'not found'). `owner` and `agency` name whose object it is, which makes a
    refusal of the other citizen a cross-citizen check and of the other agency's officer a
    cross-agency check; a refusal must not show the owner's name, ID number or the witness.
    `never` is text that must not be shown to anyone, allowed or not (personal data on public
    pages)."""
    url: str
    allowed: frozenset[str]
    witness: str | None = None
    owner: str | None = None  # 'a' | 'b'
    agency: str | None = None  # 'x' | 'y'
    method: str = 'GET'
    form: dict | None = None
    json: dict | list | None = None
    never: tuple[str, ...] = ()
    staff_only: str | None = None  # shown to staff on this page, never to the applicant (internal notes)
    gateway: bool = False  # refused by answering RspCode 97 (the payment protocol), not by status
    exists: str | None = None  # a fact saying whether the object exists; if not, 404 to all is the public answer


def page(url: str, allowed: frozenset[str], **kwargs) -> Probe:
    return Probe(url, allowed, **kwargs)


A_PERSONAL = ('{a_name}', '{a_id_number}', '{a_id_masked}', '{a_phone}', '{a_email}')
PAYABLE = {'kind': 'electricity_bill', 'reference': 'PZZAUTHZ00001', 'payer_id_number': '{a_id_number}',
           'payer_name': '{a_name}', 'period': '2026-11', 'description': 'Tiền điện (kiểm thử phân quyền)',
           'amount': 120000}
OPEN311 = {'service_code': 'attitude', 'first_name': 'Văn Bình', 'last_name': 'Trần', 'email': 'binh.tran@example.vn',
           'description': 'Cán bộ một cửa yêu cầu nộp thêm giấy tờ không có trong quy định của thủ tục.',
           'attribute[topic]': 'conduct', 'attribute[province_code]': '01',
           'attribute[title]': 'Yêu cầu giấy tờ ngoài quy định', 'attribute[publish_consent]': 'true'}
UNSIGNED_IPN = {'merchant': 'DVCQG', 'order': '{a_order}', 'amount': '{a_order_amount}', 'currency': 'VND',
                'bank': 'VCB', 'status': '00', 'txn': 'FORGED', 'signature': '0' * 64}

# ---------------------------------------------------------------- THE POLICY TABLE
#
# route ('METHOD /path' as the app declares it) -> the probes of that route. Browser sessions
# never authenticate machine routes: every API route other than open data is NOBODY here, and
# what its credentials may do is in MACHINE_POLICY below.

POLICY: dict[str, list[Probe]] = {
    # -------- citizen portal: public pages
    'GET /': [page('/', EVERYONE)],
    'GET /login': [page('/login', EVERYONE)],  # a logged-in account is sent home
    'GET /dang-ky': [page('/dang-ky', EVERYONE)],
    'GET /dang-xuat': [page('/dang-xuat', EVERYONE)],  # probed last: it ends the session
    'GET /ngon-ngu': [page('/ngon-ngu?next=/', EVERYONE)],  # probed last: it switches the session's language
    'GET /procedures': [page('/procedures?q=ly+lich+tu+phap', EVERYONE)],
    'GET /procedures/{code}': [page('/procedures/{procedure}', EVERYONE)],
    'GET /tra-cuu': [page('/tra-cuu', EVERYONE)],
    'GET /ho-tro': [page('/ho-tro', EVERYONE)],
    'GET /phan-anh': [page('/phan-anh', EVERYONE, never=A_PERSONAL, owner='a')],  # answers published without the sender
    'GET /thong-ke': [page('/thong-ke', EVERYONE)],
    'GET /thanh-toan/ket-qua': [page('/thanh-toan/ket-qua', EVERYONE)],  # shows only what the gateway signed
    'GET /sandbox/gateway/pay': [page('/sandbox/gateway/pay', EVERYONE)],  # the bank's page; checks our signature
    # -------- any account
    'GET /tai-khoan': [page('/tai-khoan', ACCOUNTS)],
    # -------- applicants (citizens, enterprises)
    'GET /ho-so': [page('/ho-so', APPLICANTS)],
    'GET /ho-so/moi/{code}': [
        page('/ho-so/moi/{procedure}', APPLICANTS),
        page('/ho-so/moi/{draft_procedure}?draft={a_draft}', frozenset({CIT_A}), witness='{a_draft_file}', owner='a',
             agency='x'),  # continuing a draft: only one's own
    ],
    'GET /thanh-toan': [page('/thanh-toan', APPLICANTS)],
    'GET /thanh-toan/lich-su': [page('/thanh-toan/lich-su', APPLICANTS)],
    'GET /phan-anh/gui': [page('/phan-anh/gui', APPLICANTS)],
    'GET /phan-anh/cua-toi': [page('/phan-anh/cua-toi', APPLICANTS)],
    # -------- one object: its owner, and staff who need it
    'GET /ho-so/{dossier_id}': [
        # the applicant; the receiving agency's officers; call-centre agents looking up a caller
        page('/ho-so/{a_dossier_x}', frozenset({CIT_A, OFF_X, AGENT, SUP}), witness='{a_dossier_x_code}',
             owner='a', agency='x'),
        page('/ho-so/{a_dossier_y}', frozenset({CIT_A, OFF_Y, AGENT, SUP}), witness='{a_dossier_y_code}',
             owner='a', agency='y'),
        page('/ho-so/{a_draft}', frozenset({CIT_A}), witness='{a_draft_file}', owner='a', agency='x'),  # not sent
    ],
    'GET /ho-tro/{ticket_id}': [
        page('/ho-tro/{a_ticket}', frozenset({CIT_A}) | CALL_CENTRE, witness='{a_ticket_code}', owner='a'),
        # handed to agency X: its officers follow it too; the agent's note stays internal
        page('/ho-tro/{a_escalated}', frozenset({CIT_A, OFF_X}) | CALL_CENTRE, witness='{a_escalated_code}',
             owner='a', agency='x', staff_only='{internal_note}'),
    ],
    'GET /thanh-toan/{payable_id}': [
        # the payer, the agency paid, administrators
        page('/thanh-toan/{a_fee}', frozenset({CIT_A, OFF_X, ADMIN}), witness='{a_fee_ref}', owner='a', agency='x'),
        page('/thanh-toan/{a_fine}', frozenset({CIT_A, ADMIN}), witness='{a_fine_ref}', owner='a'),
        # whoever has the decision number and the plate may pay a fine (README: "look up a fine")
        page('/thanh-toan/{a_fine}?ref={a_fine_ref}&plate={a_fine_plate}', ACCOUNTS, witness='{a_fine_ref}'),
        page('/thanh-toan/{a_fine}?ref={a_fine_ref}&plate=99Z-999.99', frozenset({CIT_A, ADMIN}),
             witness='{a_fine_ref}', owner='a'),  # a wrong plate opens nothing
    ],
    'GET /thanh-toan/bien-lai/{number}': [
        page('/thanh-toan/bien-lai/{a_receipt}.pdf', frozenset({CIT_A, OFF_X, ADMIN}), witness='%PDF',
             owner='a', agency='x'),
    ],
    'GET /phan-anh/{feedback_id}': [
        # the sender, the agency it is routed to, the call centre, administrators
        page('/phan-anh/{a_feedback_x}', frozenset({CIT_A, OFF_X}) | CALL_CENTRE, witness='{a_feedback_x_code}',
             owner='a', agency='x'),
        page('/phan-anh/{a_feedback_y}', frozenset({CIT_A, OFF_Y}) | CALL_CENTRE, witness='{a_feedback_y_code}',
             owner='a', agency='y'),
        page('/phan-anh/{b_feedback}', frozenset({CIT_B, OFF_X}) | CALL_CENTRE, witness='{b_feedback_code}',
             owner='b', agency='x'),
    ],
    # -------- single sign-on in the browser
    'GET /oidc/authorize': [page('/oidc/authorize?{authorize_query}', ACCOUNTS)],  # anonymous: log in first
    'GET /oidc/dong-y': [page('/oidc/dong-y?{authorize_query}', ACCOUNTS)],
    'GET /oidc/logout': [page('/oidc/logout', EVERYONE)],  # asks to confirm; never logs out by a link
    'GET /oidc/dang-xuat': [page('/oidc/dang-xuat', EVERYONE)],
    'GET /oidc/loi': [page('/oidc/loi?code=invalid_request', EVERYONE)],
    # -------- agency console: officers (their own agency) and administrators
    'GET /agency': [page('/agency', AGENCY_STAFF)],
    'GET /agency/yeu-cau': [page('/agency/yeu-cau', AGENCY_STAFF)],
    'GET /agency/dong-bo': [page('/agency/dong-bo', AGENCY_STAFF)],
    'GET /agency/thanh-toan': [page('/agency/thanh-toan', AGENCY_STAFF)],
    'GET /agency/phan-anh': [page('/agency/phan-anh', AGENCY_STAFF)],
    'GET /agency/ho-so/{dossier_id}': [
        # only the receiving agency's officers act on a dossier (administrators do not read dossiers)
        page('/agency/ho-so/{a_dossier_x}', frozenset({OFF_X}), witness='{a_dossier_x_code}', owner='a', agency='x'),
        page('/agency/ho-so/{a_dossier_y}', frozenset({OFF_Y}), witness='{a_dossier_y_code}', owner='a', agency='y'),
        page('/agency/ho-so/{a_draft}', NOBODY, witness='{a_draft_file}', owner='a', agency='x'),
    ],
    'GET /agency/phan-anh/{feedback_id}': [
        page('/agency/phan-anh/{a_feedback_x}', frozenset({OFF_X, ADMIN}), witness='{a_feedback_x_code}',
             owner='a', agency='x'),
        page('/agency/phan-anh/{a_feedback_y}', frozenset({OFF_Y, ADMIN}), witness='{a_feedback_y_code}',
             owner='a', agency='y'),
    ],
    # -------- call centre: agents, supervisors, administrators; supervisors' own pages
    'GET /callcenter': [page('/callcenter', CALL_CENTRE)],
    'GET /callcenter/phan-anh': [page('/callcenter/phan-anh', CALL_CENTRE)],
    'GET /callcenter/yeu-cau/{ticket_id}': [
        page('/callcenter/yeu-cau/{a_ticket}', CALL_CENTRE, witness='{a_ticket_code}', owner='a'),
        page('/callcenter/yeu-cau/{a_escalated}', CALL_CENTRE, witness='{a_escalated_code}', owner='a', agency='x'),
    ],
    'GET /callcenter/wallboard': [page('/callcenter/wallboard', SUPERVISORS)],
    'GET /callcenter/bao-cao': [page('/callcenter/bao-cao', SUPERVISORS)],
    # -------- leadership dashboards, administration
    'GET /dashboards': [page('/dashboards', LEADERSHIP)],
    'GET /dashboards/bao-cao': [page('/dashboards/bao-cao', LEADERSHIP)],
    'GET /admin/accounts': [page('/admin/accounts', ADMINS)],
    'GET /admin/clients': [page('/admin/clients', ADMINS)],

    # -------- API: open data (anyone)
    'GET /healthz': [page('/healthz', EVERYONE)],
    'GET /api/v1/provinces': [page('/api/v1/provinces', EVERYONE)],
    'GET /api/v1/agencies': [page('/api/v1/agencies', EVERYONE)],
    'GET /api/v1/sectors': [page('/api/v1/sectors', EVERYONE)],
    'GET /api/v1/holidays': [page('/api/v1/holidays?year=2026', EVERYONE)],
    'GET /api/v1/procedures': [page('/api/v1/procedures?q=khai+sinh', EVERYONE)],
    'GET /api/v1/procedures/{code}': [page('/api/v1/procedures/{procedure}', EVERYONE)],
    'GET /api/v1/procedures/{code}/templates/{filename}': [
        page('/api/v1/procedures/{template_procedure}/templates/{template_file}', EVERYONE)],
    'GET /api/v1/stats': [page('/api/v1/stats', EVERYONE)],
    'GET /api/v1/dossiers/{code}': [
        # public tracking needs the code and the applicant's ID number; the masked name only
        page('/api/v1/dossiers/{a_dossier_x_code}?id_number={a_id_number}', EVERYONE, witness='{a_dossier_x_code}',
             never=('{a_name}', '{a_id_number}'), owner='a'),
        page('/api/v1/dossiers/{a_dossier_x_code}?id_number={b_id_number}', NOBODY, witness='{a_dossier_x_code}',
             owner='a'),
    ],
    'GET /.well-known/openid-configuration': [page('/.well-known/openid-configuration', EVERYONE)],
    'GET /oidc/jwks': [page('/oidc/jwks', EVERYONE)],
    'GET /open311/v2/discovery.{format}': [page('/open311/v2/discovery.json', EVERYONE)],
    'GET /open311/v2/services.{format}': [page('/open311/v2/services.xml', EVERYONE)],
    'GET /open311/v2/services/{service_code}.{format}': [page('/open311/v2/services/attitude.json', EVERYONE)],
    'GET /open311/v2/requests.{format}': [page('/open311/v2/requests.json', EVERYONE, never=A_PERSONAL, owner='a')],
    'GET /open311/v2/requests/{service_request_id}.{format}': [
        # only feedback the sender agreed to publish, without personal data
        page('/open311/v2/requests/{a_feedback_x_code}.json', EVERYONE, witness='{a_feedback_x_code}',
             never=A_PERSONAL, owner='a'),
        page('/open311/v2/requests/{a_feedback_y_code}.json', EVERYONE, witness='{a_feedback_y_code}',
             never=A_PERSONAL, owner='a'),  # open, not yet answered: Open311 lists it as "open"
        page('/open311/v2/requests/{a_private_feedback_code}.json', NOBODY, witness='{a_private_feedback_code}',
             owner='a'),  # sent without consent to publish
    ],
    # -------- API: machines only (a browser session is never a credential)
    'POST /oidc/token': [page('/oidc/token', NOBODY, method='POST', form={'grant_type': 'client_credentials'})],
    'GET /oidc/userinfo': [page('/oidc/userinfo', NOBODY)],
    'POST /oidc/userinfo': [page('/oidc/userinfo', NOBODY, method='POST')],
    'POST /api/v1/records': [page('/api/v1/records', NOBODY, method='POST', json={'records': []})],
    'GET /api/v1/records': [page('/api/v1/records', NOBODY)],
    'GET /api/v1/records/{record_code}': [
        page('/api/v1/records/{record_x}', NOBODY, witness='{record_x}', owner='a', agency='x')],
    'POST /api/v1/payables': [page('/api/v1/payables', NOBODY, method='POST', json=PAYABLE)],
    'POST /api/v1/payments/ipn': [page('/api/v1/payments/ipn', NOBODY, method='POST', form=UNSIGNED_IPN,
                                       gateway=True)],
    'POST /open311/v2/requests.{format}': [page('/open311/v2/requests.json', NOBODY, method='POST', form=OPEN311)],
    'POST /sandbox/gateway/query': [page('/sandbox/gateway/query', NOBODY, method='POST',
                                         form={'merchant': 'DVCQG', 'order': '{a_order}'}, owner='a')],
    'GET /sandbox/gateway/settlement': [page('/sandbox/gateway/settlement?date={today}', NOBODY, owner='a',
                                             witness='{a_order}')],

    # -------- NiceGUI's own infrastructure and the API documentation: public by nature
    'MOUNT /_nicegui_ws': [page('/_nicegui_ws/socket.io/?EIO=4&transport=polling', EVERYONE)],
    'MOUNT /_nicegui/{version}/static': [page('{nicegui_static}', EVERYONE, exists='nicegui_static_registered')],
    'GET /_nicegui/{version}/libraries/{key:path}': [
        page('{nicegui_libraries}', EVERYONE, exists='nicegui_libraries_registered')],
    'GET /_nicegui/{version}/components/{key:path}': [
        page('{nicegui_components}', EVERYONE, exists='nicegui_components_registered')],
    'GET /_nicegui/{version}/resources/{key}/{path:path}': [
        page('{nicegui_resources}', EVERYONE, exists='nicegui_resources_registered')],
    'GET /_nicegui/{version}/esm/{key}/{path:path}': [
        page('{nicegui_esm}', EVERYONE, exists='nicegui_esm_registered')],
    'GET /_nicegui/{version}/dynamic_resources/{name}': [
        page('{nicegui_dynamic_resources}', EVERYONE, exists='nicegui_dynamic_resources_registered')],
    'GET /favicon.ico': [page('/favicon.ico', EVERYONE)],
    'GET /openapi.json': [page('/openapi.json', EVERYONE)],
    'GET /docs': [page('/docs', EVERYONE)],
    'GET /docs/oauth2-redirect': [page('/docs/oauth2-redirect', EVERYONE)],
    'GET /redoc': [page('/redoc', EVERYONE)],
}
LAST = {'GET /dang-xuat', 'GET /ngon-ngu'}  # end the session or switch its language: probed after everything else


@dataclass(frozen=True)
class MachineProbe:
    """A request with machine credentials (no browser session), and the status it must get."""
    route: str
    principal: str
    url: str
    status: int
    method: str = 'GET'
    form: dict | None = None
    json: dict | list | None = None
    witness: str | None = None  # shown when allowed
    hidden: str | None = None   # never shown to this principal (another agency's record)
    owner: str | None = None
    agency: str | None = None   # whose object, for the cross-agency figure
    gateway_code: str | None = None


# principal -> how it authenticates (filled at run time: tokens are issued by /oidc/token)
# sync_x / sync_y: client-credentials tokens of agency X's and agency Y's sync systems;
# citizen_a_sso: the access token the Hanoi portal got for citizen A (scope openid profile id_number);
# bad_token: a bearer token nobody issued; none: no credentials at all.
MACHINE_POLICY: list[MachineProbe] = [
    # userinfo: only a citizen's own single sign-on token
    MachineProbe('GET /oidc/userinfo', 'citizen_a_sso', '/oidc/userinfo', 200, witness='{a_id_number}'),
    MachineProbe('POST /oidc/userinfo', 'citizen_a_sso', '/oidc/userinfo', 200, method='POST', witness='{a_id_number}'),
    MachineProbe('GET /oidc/userinfo', 'sync_x', '/oidc/userinfo', 403),
    MachineProbe('GET /oidc/userinfo', 'bad_token', '/oidc/userinfo', 401),
    MachineProbe('GET /oidc/userinfo', 'none', '/oidc/userinfo', 401),
    # reading records back: each agency its own
    MachineProbe('GET /api/v1/records', 'sync_x', '/api/v1/records', 200, witness='{record_x}', hidden='{record_y}',
                 agency='y'),
    MachineProbe('GET /api/v1/records', 'sync_y', '/api/v1/records', 200, witness='{record_y}', hidden='{record_x}',
                 agency='x', owner='a'),
    MachineProbe('GET /api/v1/records', 'citizen_a_sso', '/api/v1/records', 403),
    MachineProbe('GET /api/v1/records', 'bad_token', '/api/v1/records', 401),
    MachineProbe('GET /api/v1/records', 'none', '/api/v1/records', 401),
    MachineProbe('GET /api/v1/records/{record_code}', 'sync_x', '/api/v1/records/{record_x}', 200,
                 witness='{a_id_number}'),
    MachineProbe('GET /api/v1/records/{record_code}', 'sync_y', '/api/v1/records/{record_x}', 404,
                 hidden='{a_id_number}', owner='a', agency='x'),
    MachineProbe('GET /api/v1/records/{record_code}', 'sync_y', '/api/v1/records/{record_y}', 200, witness='{record_y}'),
    MachineProbe('GET /api/v1/records/{record_code}', 'sync_x', '/api/v1/records/{record_y}', 404, hidden='{record_y}',
                 agency='y'),
    MachineProbe('GET /api/v1/records/{record_code}', 'citizen_a_sso', '/api/v1/records/{record_x}', 403,
                 hidden='{a_id_number}'),
    MachineProbe('GET /api/v1/records/{record_code}', 'bad_token', '/api/v1/records/{record_x}', 401,
                 hidden='{a_id_number}'),
    MachineProbe('GET /api/v1/records/{record_code}', 'none', '/api/v1/records/{record_x}', 401,
                 hidden='{a_id_number}'),
    # pushing records: a system writes for its own agency only (checked after, see test)
    MachineProbe('POST /api/v1/records', 'sync_y', '/api/v1/records', 200, method='POST', json={'records': [{
        'MaHoSo': '{record_x}', 'MaCoQuan': AGENCY_X, 'MaTTHC': '1.003354', 'ChuHoSo': 'Người Khác',
        'SoGiayToChuHoSo': '{b_id_number}', 'KenhThucHien': 2, 'NgayTiepNhan': '20261101080000',
        'TrangThaiHoSo': 4, 'NgayCapNhat': '20261122080000'}]}, witness='not_your_agency', agency='x'),
    MachineProbe('POST /api/v1/records', 'sync_x', '/api/v1/records', 200, method='POST', json={'records': [{
        'MaHoSo': 'AUTHZ-X-0001', 'MaTTHC': '1.003354', 'ChuHoSo': 'Lê Văn Kiểm', 'SoGiayToChuHoSo': '001099000111',
        'KenhThucHien': 2, 'NgayTiepNhan': '20261101080000', 'TrangThaiHoSo': 4}]}, witness='"created":1'),
    MachineProbe('POST /api/v1/records', 'citizen_a_sso', '/api/v1/records', 403, method='POST', json={'records': []}),
    MachineProbe('POST /api/v1/records', 'bad_token', '/api/v1/records', 401, method='POST', json={'records': []}),
    MachineProbe('POST /api/v1/records', 'none', '/api/v1/records', 401, method='POST', json={'records': []}),
    # payables: systems holding payables:write (agency Y's system was not given it)
    MachineProbe('POST /api/v1/payables', 'sync_x', '/api/v1/payables', 201, method='POST', json=PAYABLE),
    MachineProbe('POST /api/v1/payables', 'sync_y', '/api/v1/payables', 403, method='POST', json=PAYABLE),
    MachineProbe('POST /api/v1/payables', 'citizen_a_sso', '/api/v1/payables', 403, method='POST', json=PAYABLE),
    MachineProbe('POST /api/v1/payables', 'bad_token', '/api/v1/payables', 401, method='POST', json=PAYABLE),
    # the token endpoint: a client's own secret, nothing else
    MachineProbe('POST /oidc/token', 'sync_x_secret', '/oidc/token', 200, method='POST',
                 form={'grant_type': 'client_credentials'}, witness='access_token'),
    MachineProbe('POST /oidc/token', 'sync_x_wrong_secret', '/oidc/token', 401, method='POST',
                 form={'grant_type': 'client_credentials'}, hidden='access_token'),
    MachineProbe('POST /oidc/token', 'sync_y_with_x_secret', '/oidc/token', 401, method='POST',
                 form={'grant_type': 'client_credentials'}, hidden='access_token'),
    MachineProbe('POST /oidc/token', 'none', '/oidc/token', 401, method='POST',
                 form={'grant_type': 'client_credentials'}, hidden='access_token'),
    MachineProbe('POST /oidc/token', 'sso_portal_secret', '/oidc/token', 400, method='POST',
                 form={'grant_type': 'client_credentials'}, hidden='access_token'),  # a sign-in portal is no system
    MachineProbe('POST /oidc/token', 'retired_secret', '/oidc/token', 401, method='POST',
                 form={'grant_type': 'client_credentials'}, hidden='access_token'),
    # a system an administrator disabled: its secret and the tokens it already holds stop at once
    MachineProbe('GET /api/v1/records', 'retired_token', '/api/v1/records', 401, hidden='{record_x}'),
    MachineProbe('POST /api/v1/records', 'retired_token', '/api/v1/records', 401, method='POST',
                 json={'records': []}),
    # the gateway's notification: its signature is the credential (a repeat changes nothing)
    MachineProbe('POST /api/v1/payments/ipn', 'gateway', '/api/v1/payments/ipn', 200, method='POST',
                 form='gateway_ipn', gateway_code='02'),  # type: ignore[arg-type]
    MachineProbe('POST /sandbox/gateway/query', 'merchant', '/sandbox/gateway/query', 200, method='POST',
                 form='gateway_query', witness='{a_order}'),  # type: ignore[arg-type]
    MachineProbe('GET /sandbox/gateway/settlement', 'merchant', '/sandbox/gateway/settlement?{gateway_settlement}',
                 200, witness='{a_order}'),
    # Open311: a registered application's key
    MachineProbe('POST /open311/v2/requests.{format}', 'open311_app', '/open311/v2/requests.json', 200,
                 method='POST', form=OPEN311 | {'api_key': '{open311_key}'}, witness='service_request_id'),
    MachineProbe('POST /open311/v2/requests.{format}', 'open311_wrong_key', '/open311/v2/requests.json', 403,
                 method='POST', form=OPEN311 | {'api_key': 'not-a-registered-key'}, hidden='service_request_id'),
]

# List pages: the owner sees the witness, the others must not (another's objects never listed).
LISTS: list[tuple[str, str, frozenset[str], frozenset[str], str | None, str | None]] = [
    # url, witness, must see, must not see, owner, agency
    ('/ho-so', '{a_dossier_x_code}', frozenset({CIT_A}), frozenset({CIT_B, ENTERPRISE}), 'a', None),
    ('/thanh-toan', '{a_fine_ref}', frozenset({CIT_A}), frozenset({CIT_B, ENTERPRISE}), 'a', None),
    ('/thanh-toan/lich-su', '{a_order}', frozenset({CIT_A}), frozenset({CIT_B, ENTERPRISE}), 'a', None),
    ('/phan-anh/cua-toi', '{a_feedback_y_code}', frozenset({CIT_A}), frozenset({CIT_B, ENTERPRISE}), 'a', None),
    ('/ho-tro', '{a_ticket_code}', frozenset({CIT_A}), frozenset({CIT_B, ENTERPRISE}), 'a', None),
    ('/agency', '{newest_x_code}', frozenset({OFF_X}), frozenset({OFF_Y}), None, 'x'),
    ('/agency', '{newest_y_code}', frozenset({OFF_Y}), frozenset({OFF_X}), None, 'y'),
    ('/agency/phan-anh', '{a_feedback_y_code}', frozenset({OFF_Y}), frozenset({OFF_X}), 'a', 'y'),
    ('/agency/thanh-toan', '{a_fee_ref}', frozenset({OFF_X}), frozenset({OFF_Y}), 'a', 'x'),
    ('/agency/dong-bo', 'demo-motcua-hanoi', frozenset({OFF_X}), frozenset({OFF_Y}), None, 'x'),
    ('/agency/yeu-cau', '{a_escalated_code}', frozenset({OFF_X}), frozenset({OFF_Y}), 'a', 'x'),
    ('/ho-tro', '{a_escalated_code}', frozenset({CIT_A}), frozenset({CIT_B, ENTERPRISE}), 'a', None),
]

# Files reached by a button on a page (no route of their own): the domain checks every download.
DOWNLOADS: list[tuple[str, str, frozenset[str], str, str]] = [
    # what, attachment id, who may download, owner, agency
    ("A's dossier file at X", 'a_attachment_x', frozenset({CIT_A, OFF_X, AGENT, SUP}), 'a', 'x'),
    ("A's draft file", 'a_draft_attachment', frozenset({CIT_A}), 'a', 'x'),
    ("A's feedback evidence at Y", 'a_feedback_attachment', frozenset({CIT_A, OFF_Y}) | CALL_CENTRE, 'a', 'y'),
]


# ---------------------------------------------------------------- running it

@pytest.fixture
def demo(sqlite_demo_template, tmp_path, monkeypatch) -> dict:
    """A fresh copy of the demo database with the objects the probes need; main.py serves it."""
    url = copy_sqlite(sqlite_demo_template, tmp_path / 'portal.db')
    facts = seed_demo(url)
    monkeypatch.setenv('PORTAL_DATABASE_URL', url)
    monkeypatch.setenv('PORTAL_LOG_LEVEL', 'WARNING')
    yield facts
    os.environ.pop('PORTAL_DATABASE_URL', None)


def fill(template, facts: dict):
    if template is None:
        return None
    if isinstance(template, str):
        return template.format_map(facts)
    if isinstance(template, dict):
        return {k: fill(v, facts) for k, v in template.items()}
    if isinstance(template, list):
        return [fill(v, facts) for v in template]
    return template


@dataclass
class Findings:
    checks: int = 0
    unexpected_allows: list[str] = field(default_factory=list)
    unexpected_refusals: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)  # refused, yet the owner's data is in the answer
    cross_citizen: Counter = field(default_factory=Counter)  # checks / reads
    cross_agency: Counter = field(default_factory=Counter)
    cross_citizen_reads: list[str] = field(default_factory=list)
    cross_agency_reads: list[str] = field(default_factory=list)

    def cross(self, who: str, probe_owner: str | None, probe_agency: str | None, read: bool, what: str) -> None:
        """Count a check of another citizen's or another agency's object, and a read of one."""
        if who in APPLICANTS and probe_owner and who != f'citizen_{probe_owner}':
            self.cross_citizen['checks'] += 1
            if read:
                self.cross_citizen_reads.append(what)
        other_agency = {'officer_x': 'x', 'officer_y': 'y', 'sync_x': 'x', 'sync_y': 'y'}.get(who)
        if other_agency and probe_agency and other_agency != probe_agency:
            self.cross_agency['checks'] += 1
            if read:
                self.cross_agency_reads.append(what)


async def request(client: httpx.AsyncClient, method: str, url: str, *, form=None, json=None, headers=None) -> Seen:
    response = await client.request(method, url, data=form, json=json, headers=headers, follow_redirects=False)
    return Seen.of(response)


def judge(findings: Findings, role: str, route: str, probe: Probe, seen: Seen, facts: dict) -> None:
    url = fill(probe.url, facts)
    witness = fill(probe.witness, facts)
    outcome = seen.outcome(witness)
    if probe.gateway and outcome == 'allow' and GATEWAY_REFUSED.search(seen.body):
        outcome = 'forbidden'
    if probe.exists and not facts[probe.exists] and outcome == 'missing':
        outcome = 'allow'  # nothing to serve: everyone gets the same 404, nobody is refused
    what = f'{role} {probe.method} {url} -> {seen.status} {seen.location}'.rstrip()
    findings.checks += 1
    if outcome == 'error':
        findings.errors.append(what)
        return
    allowed = role in probe.allowed
    if outcome == 'allow' and not allowed:
        findings.unexpected_allows.append(f'{what} [{route}]')
    elif outcome != 'allow' and allowed:
        findings.unexpected_refusals.append(f'{what} ({outcome}) [{route}]')
    secrets: list[str] = []
    if role != f'citizen_{probe.owner}':  # the owner's own name is on every page the owner sees
        secrets += [fill(s, facts) for s in probe.never]
        if outcome != 'allow' and probe.owner:
            secrets += [witness] if witness and witness != '%PDF' else []
            if probe.owner == 'a':
                secrets += [fill(s, facts) for s in A_PERSONAL]
    if probe.staff_only and role in APPLICANTS:
        secrets.append(fill(probe.staff_only, facts))
    leaked = [s for s in secrets if shows(seen.body, s)]
    if leaked:
        findings.leaks.append(f'{what} shows {leaked}')
    if not allowed:
        findings.cross(role, probe.owner, probe.agency, outcome == 'allow' or bool(leaked), what)


async def test_every_route_against_every_principal(user, demo, figure):
    from core.ratelimit import tracking_limiter
    from domain.demo import DEMO_PASSWORD

    facts = demo
    version = nicegui.__version__

    # ---- every route the app serves is in the table, and every row of the table is a route
    served = app_routes(app, version)
    missing = sorted(served - POLICY.keys())
    stale = sorted(POLICY.keys() - served)
    figure('routes served', len(served), 'pages, API and NiceGUI infrastructure, read from the app')
    figure('routes missing from the policy table', len(missing))

    # ---- ten browser sessions, nine of them logged in through the login form (more browsers on
    # the app main.py built, as NiceGUI's `create_user` makes them, without its test configuration)
    users = {ANON: user}
    for role in ROLES[1:]:
        users[role] = Browser(httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url='http://test'))
        await log_in(users[role], role, DEMO_PASSWORD)
    Browser.driving = None

    facts |= nicegui_examples(version)  # after the logins: the pages shown so far registered what they use

    findings = Findings()
    machine_failures: list[str] = []

    # ---- machine credentials: tokens from the token endpoint, then every machine probe
    machine = httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url='http://test')

    def basic(client_id: str, secret: str) -> dict:
        return {'Authorization': 'Basic ' + base64.b64encode(f'{client_id}:{secret}'.encode()).decode()}

    async def client_token(client_id: str, secret: str) -> str:
        response = await machine.post('/oidc/token', data={'grant_type': 'client_credentials'},
                                      headers=basic(client_id, secret))
        assert response.status_code == 200, f'no token for {client_id}: {response.status_code} {response.text}'
        return response.json()['access_token']

    sync_y_id, sync_y_secret = facts['sync_y']
    tokens = {'sync_x': await client_token(*SYNC_X), 'sync_y': await client_token(sync_y_id, sync_y_secret),
              'retired_token': await client_token(*facts['retired'])}
    retire(facts['retired'][0])  # what an administrator does in /admin/clients
    # citizen A's browser asks for a code (consent given earlier); the Hanoi portal exchanges it
    sso_id, sso_secret, redirect_uri = SSO_CLIENT
    authorized = await users[CIT_A].http_client.get(f'/oidc/authorize?{facts["authorize_query"]}')
    assert authorized.status_code == 302 and authorized.headers['location'].startswith(redirect_uri), \
        f'citizen A got no code: {authorized.status_code} {authorized.headers.get("location")}'
    code = parse_qs(urlsplit(authorized.headers['location']).query)['code'][0]
    exchanged = await machine.post('/oidc/token', headers=basic(sso_id, sso_secret), data={
        'grant_type': 'authorization_code', 'code': code, 'redirect_uri': redirect_uri,
        'code_verifier': facts['pkce_verifier']})
    assert exchanged.status_code == 200, exchanged.text
    tokens['citizen_a_sso'] = exchanged.json()['access_token']
    tokens['bad_token'] = tokens['sync_x'][:-12] + 'AAAAAAAAAAAA'
    credentials = {name: {'Authorization': f'Bearer {token}'} for name, token in tokens.items()}
    credentials |= {'none': {}, 'gateway': {}, 'merchant': {}, 'open311_app': {}, 'open311_wrong_key': {},
                    'sync_x_secret': basic(*SYNC_X), 'sync_x_wrong_secret': basic(SYNC_X[0], 'not-the-secret'),
                    'sync_y_with_x_secret': basic(sync_y_id, SYNC_X[1]),
                    'sso_portal_secret': basic(sso_id, sso_secret), 'retired_secret': basic(*facts['retired'])}

    for probe in MACHINE_POLICY:
        assert probe.route in POLICY, f'machine probe of an unknown route {probe.route}'
        url = fill(probe.url, facts)
        form = facts[probe.form] if isinstance(probe.form, str) else fill(probe.form, facts)
        seen = await request(machine, probe.method, url, form=form, json=fill(probe.json, facts),
                             headers=credentials[probe.principal])
        what = f'{probe.principal} {probe.method} {url} -> {seen.status}'
        witness, hidden = fill(probe.witness, facts), fill(probe.hidden, facts)
        wrong = seen.status != probe.status
        if probe.gateway_code is not None:
            wrong = wrong or f'"RspCode":"{probe.gateway_code}"' not in seen.body.replace(' ', '')
        if witness and not shows(seen.body, witness):
            wrong = True
        read = bool(hidden and shows(seen.body, hidden)) or (seen.status < 300 and probe.status >= 400)
        if wrong or read:
            machine_failures.append(f'{what} (expected {probe.status}{", shows " + hidden if read else ""})')
        if seen.status >= 500:
            findings.errors.append(what)
        findings.checks += 1
        findings.cross(probe.principal, probe.owner, probe.agency, read, what)

    # agency Y's system tried to overwrite agency X's record: it is still citizen A's
    record_x = await machine.get(f'/api/v1/records/{facts["record_x"]}', headers=credentials['sync_x'])
    findings.cross_agency['checks'] += 1
    if record_x.status_code != 200 or record_x.json().get('applicant_id_number') != facts['a_id_number']:
        findings.cross_agency_reads.append(f'sync_y rewrote agency X\'s record {facts["record_x"]}: {record_x.text}')
    await machine.aclose()

    # ---- every route x every browser session
    tracking_limiter.reset()  # the matrix looks up from one address more often than a person would
    seen_pages: dict[tuple[str, str], Seen] = {}
    ordered = sorted(POLICY.items(), key=lambda item: item[0] in LAST)
    for route, probes in ordered:
        for probe in probes:
            for role in ROLES:
                url = fill(probe.url, facts)
                seen = await request(users[role].http_client, probe.method, url, form=fill(probe.form, facts),
                                     json=fill(probe.json, facts))
                seen_pages[(role, url)] = seen
                judge(findings, role, route, probe, seen, facts)

    # ---- list pages: another's objects are never listed
    for url, witness_template, see, not_see, owner, agency in LISTS:
        witness = fill(witness_template, facts)
        for role in see | not_see:
            seen = seen_pages.get((role, url))
            if seen is None:
                seen = await request(users[role].http_client, 'GET', url)
            shown = shows(seen.body, witness)
            what = f'{role} GET {url} lists {witness}'
            if role in see and not shown:
                findings.unexpected_refusals.append(f'{role} GET {url} does not list {witness} (the list check is void)')
            if role in not_see:
                findings.checks += 1
                if shown:
                    findings.unexpected_allows.append(what)
                findings.cross(role, owner, agency, shown, what)

    # ---- the leak detector reads what these pages carry: A's name and masked ID number on A's
    # dossier as agency X's officer sees it, the internal note on the agent's ticket page (else
    # every 'no leak' above would be blind)
    shown_to_officer = seen_pages[(OFF_X, fill('/ho-so/{a_dossier_x}', facts))].body
    blind = [fill(s, facts) for s in ('{a_name}', '{a_id_masked}', '{a_dossier_x_code}')
             if not shows(shown_to_officer, fill(s, facts))]
    shown_to_agent = seen_pages[(AGENT, fill('/callcenter/yeu-cau/{a_escalated}', facts))].body
    blind += [] if shows(shown_to_agent, facts['internal_note']) else [facts['internal_note']]
    if blind:
        findings.unexpected_refusals.append(f'the leak detector does not find {blind} on a page that shows them')

    # ---- downloads behind page buttons: the domain's check, for every account
    findings.errors += downloads(findings, facts)

    # ---- reconciling the gateway's settlement file (a button of /agency/thanh-toan): the file
    # settles every agency's orders; each officer reconciles their own agency's only
    await reconciliation(findings, facts)

    # ---- figures
    total = findings.checks
    figure('route x principal checks', total, f'{len(POLICY)} routes, {len(ROLES)} browser sessions, '
                                              f'{len(MACHINE_POLICY)} machine-credential probes')
    figure('unexpected allows', len(findings.unexpected_allows), f'of {total:,} checks')
    figure('unexpected refusals', len(findings.unexpected_refusals), f'of {total:,} checks')
    figure('server errors', len(findings.errors))
    figure('refusals that show the owner\'s data', len(findings.leaks))
    figure('cross-citizen reads', len(findings.cross_citizen_reads),
           f'of {findings.cross_citizen["checks"]:,} checks of another citizen\'s objects')
    figure('cross-agency reads', len(findings.cross_agency_reads),
           f'of {findings.cross_agency["checks"]:,} checks of another agency\'s objects')
    figure('machine-credential mismatches', len(machine_failures), f'of {len(MACHINE_POLICY)} probes')

    sections = {
        'routes the app serves that the policy table does not name': missing,
        'policy rows for routes the app does not serve': stale,
        'server errors': findings.errors,
        'allowed against the policy': findings.unexpected_allows,
        'cross-citizen reads': findings.cross_citizen_reads,
        'cross-agency reads': findings.cross_agency_reads,
        "refusals showing the owner's data or public pages showing personal data": findings.leaks,
        'machine credentials answered against the policy': machine_failures,
        'refused against the policy': findings.unexpected_refusals,
    }
    report = '\n'.join(f'{title} ({len(items)}):\n  ' + '\n  '.join(items) for title, items in sections.items() if items)
    assert not report, '\n' + report


def retire(client_id: str) -> None:
    """The administrator disables a client (domain function behind /admin/clients)."""
    from sqlalchemy import select

    from core.db import session_scope
    from domain.clients import set_client_active
    from models.accounts import Account
    from tests.hardening.authz_support import LOGIN_ID

    with session_scope() as session:
        admin = session.execute(select(Account).where(Account.id_number == LOGIN_ID[ADMIN])).scalar_one()
        set_client_active(session, actor=admin, client_id=client_id, active=False)


async def reconciliation(findings: Findings, facts: dict) -> None:
    """The settlement file of today, fetched from the gateway as the page's button does, reconciled
    by each account of the agency console: agency X's paid order of citizen A is matched for X's
    officer and administrators, and nowhere in what agency Y's officer is shown."""
    from sqlalchemy import select

    from core.db import session_scope
    from core.gateway import settlement_file
    from domain.payments import reconcile_settlement
    from models.accounts import Account
    from tests.hardening.authz_support import LOGIN_ID

    text = await settlement_file(facts['today'])
    order = facts['a_order']
    assert order in text, f'the gateway did not settle {order} today:\n{text}'
    with session_scope() as session:
        for role, sees in ((OFF_X, True), (ADMIN, True), (OFF_Y, False)):
            actor = session.execute(select(Account).where(Account.id_number == LOGIN_ID[role])).scalar_one()
            report = reconcile_settlement(session, actor=actor, csv_text=text)
            mentioned = any(p['order'] == order for p in report['problems'])
            line = f'{role} reconciles the settlement file: {report}'
            findings.checks += 1
            if sees and (mentioned or report['matched'] < 1):
                findings.unexpected_refusals.append(f'{line} (A\'s order {order} is not matched)')
            if not sees:
                findings.cross(role, 'a', 'x', mentioned or report['settled'] > 0, line)
                if mentioned or report['settled'] > 0:
                    findings.unexpected_allows.append(line)


def downloads(findings: Findings, facts: dict) -> list[str]:
    """Who may download each file, asked of the domain as the page's button does."""
    from sqlalchemy import select

    from core.db import session_scope
    from core.errors import DomainError
    from domain.dossiers import get_attachment
    from domain.feedback import feedback_attachment
    from models.accounts import Account
    from tests.hardening.authz_support import LOGIN_ID

    errors: list[str] = []
    with session_scope() as session:
        accounts = {role: session.execute(select(Account).where(Account.id_number == LOGIN_ID[role])).scalar_one()
                    for role in ROLES[1:]}
        for what, key, allowed, owner, agency in DOWNLOADS:
            read = feedback_attachment if key == 'a_feedback_attachment' else get_attachment
            for role in ROLES:
                actor = accounts.get(role)
                try:
                    read(session, actor=actor, attachment_id=facts[key])
                    got = True
                except DomainError:
                    got = False
                except Exception as error:  # noqa: BLE001 (a crash is a finding, not a refusal)
                    errors.append(f'{role} downloading {what}: {error!r}')
                    continue
                findings.checks += 1
                line = f'{role} downloads {what}'
                if got and role not in allowed:
                    findings.unexpected_allows.append(line)
                elif not got and role in allowed:
                    findings.unexpected_refusals.append(line)
                if role not in allowed:
                    findings.cross(role, owner, agency, got, line)
    return errors

