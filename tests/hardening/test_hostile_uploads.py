"""Hostile uploads: executables renamed, polyglots, active PDFs, markup renamed, bombs, the EICAR
test file, an empty file, oversize files and names no browser sends are all refused, at the shared
gate (domain/files.py) and through every entry point that stores a file, end to end in the UI too;
a refused upload leaves nothing on disk and no row. Honest scans, photos and PDFs still pass."""
from __future__ import annotations

import ast
import asyncio
from pathlib import Path

import pytest
from nicegui import background_tasks, ui
from nicegui.testing import User
from sqlalchemy import func, select

from core.db import session_scope
from core.errors import ValidationFailed
from core.i18n import error_text
from core.settings import get_settings
from domain import dossiers as rules
from domain import feedback as fb
from domain import files
from domain.demo import DEMO_ACCOUNTS
from models.accounts import Account
from models.dossiers import Attachment, Dossier
from models.feedback import FeedbackAttachment, FeedbackCreate
from tests.factories import load_test_procedures, make_citizen, make_staff, pdf_bytes
from tests.hardening.hostile_files import honest, hostile, oversize
from tests.hardening.portal import portal  # noqa: F401  (requested by the end-to-end tests)
from tests.ui.test_accounts_ui import log_in

ROOT = Path(__file__).resolve().parents[2]


def every_hostile() -> list[tuple[str, bytes, str]]:
    return hostile() + [oversize(get_settings().upload_max_bytes)]


def files_on_disk() -> set[Path]:
    root = files.upload_root()
    return {path for path in root.rglob('*') if path.is_file()} if root.exists() else set()


def refused_or_accepted(store) -> tuple[list[str], dict[str, int]]:
    """Run every hostile file through `store(data, filename)`; the ids of those accepted, and the
    refusal codes counted."""
    accepted, codes = [], {}
    for case, data, filename in every_hostile():
        try:
            store(data, filename)
        except ValidationFailed as error:
            assert error.code.startswith('file_'), (case, error.code)
            codes[error.code] = codes.get(error.code, 0) + 1
        else:
            accepted.append(case)
    return accepted, codes


# ---------------------------------------------------------------- the shared gate

def test_the_gate_refuses_every_hostile_file_and_stores_nothing(figure):
    before = files_on_disk()
    accepted, codes = refused_or_accepted(files.store_upload)
    total = len(every_hostile())
    figure('hostile uploads accepted', len(accepted), f'of {total} at the domain gate (files.store_upload); '
           + ', '.join(f'{code} {count}' for code, count in sorted(codes.items())))
    assert accepted == []
    assert files_on_disk() == before
    for code in codes:  # every refusal reads well in both languages
        assert error_text(code, 'vi', max_mb=10) != code and error_text(code, 'en', max_mb=10) != code


def test_the_hostile_set_covers_what_the_gate_must_look_inside():
    """The set is not refused only by its first bytes: the content checks themselves are exercised
    (type sniffing alone would let these through)."""
    deep = []
    for case, data, filename in hostile():
        if files.name_problem(filename) is None and data and files.sniff_type(data) is not None:
            deep.append(case)
    assert len(deep) >= 30, deep
    for needle in ('object stream', 'hex-escaped', 'ZIP inside a comment', 'JAR', 'pixels', 'EICAR inside',
                   'PE without DOS stub', 'ends in EOI'):
        assert any(needle in case for case in deep), needle


def test_honest_files_are_accepted_byte_for_byte(figure):
    controls = honest()
    accepted = []
    for case, data, filename in controls:
        stored = files.store_upload(data, filename)
        path = files.stored_path(stored.stored_name)
        assert path.read_bytes() == data and path.parent.parent == files.upload_root()
        assert stored.content_type == files.CONTENT_TYPES[case.split(':')[0]]
        assert stored.filename == filename  # honest names are kept as they are
        files.discard(stored.stored_name)
        accepted.append(case)
    figure('honest uploads accepted', len(accepted), f'of {len(controls)} (office PDF, PDF 1.5 object stream, '
           'form, scanner JPEG with EXIF, screenshots)')
    assert len(accepted) == len(controls)


def test_a_true_extension_is_shown_whatever_the_name_says():
    stored = files.store_upload(pdf_bytes(), 'hoa-don.exe')
    assert stored.filename == 'hoa-don.exe.pdf' and stored.content_type == 'application/pdf'
    files.discard(stored.stored_name)
    assert files.clean_filename('anh.JPG', 'jpeg') == 'anh.JPG'
    assert files.clean_filename('anh.png', 'jpeg') == 'anh.png.jpg'


# ---------------------------------------------------------------- every entry point in the domain

@pytest.fixture
def world(session):
    load_test_procedures(session)
    citizen = make_citizen(session, full_name='Nguyễn Thị Hồng')
    officer = make_staff(session, 'officer', agency_code='UBND-01')
    return {'session': session, 'citizen': citizen, 'officer': officer}


def _draft(world) -> Dossier:
    return rules.save_draft(world['session'], actor=world['citizen'], procedure_code='1.000001',
                            agency_code='UBND-01', form_data={'full_name': 'Nguyễn Thị Hồng',
                                                              'birth_date': '02/09/1990'})


def _submitted(world) -> Dossier:
    session, citizen = world['session'], world['citizen']
    dossier = _draft(world)
    rules.add_attachment(session, actor=citizen, dossier_id=dossier.id, document_name='Giấy tờ số 1',
                         data=pdf_bytes(), filename='giay-to.pdf')
    return rules.submit_dossier(session, actor=citizen, dossier_id=dossier.id)


def _processing(world) -> Dossier:
    dossier = _submitted(world)
    rules.accept_dossier(world['session'], actor=world['officer'], dossier_id=dossier.id)
    return rules.start_processing(world['session'], actor=world['officer'], dossier_id=dossier.id)


def _row_count(model) -> int:
    with session_scope() as session:
        return session.execute(select(func.count(model.id))).scalar_one()


def entry_dossier_attachment(world):
    dossier = _draft(world)
    return Attachment, dossier.id, lambda data, name: rules.add_attachment(
        world['session'], actor=world['citizen'], dossier_id=dossier.id, document_name='Giấy tờ số 1',
        data=data, filename=name)


def entry_dossier_supplement(world):
    dossier = _processing(world)
    rules.request_documents(world['session'], actor=world['officer'], dossier_id=dossier.id, note='Bổ sung bản sao')
    return Attachment, dossier.id, lambda data, name: rules.add_attachment(
        world['session'], actor=world['citizen'], dossier_id=dossier.id, document_name='Bổ sung', data=data,
        filename=name)


def entry_result_file(world):
    dossier = _processing(world)
    return Attachment, dossier.id, lambda data, name: rules.finish_dossier(
        world['session'], actor=world['officer'], dossier_id=dossier.id, note='Đã giải quyết',
        result_file=(data, name))


def entry_feedback_attachment(world):
    session = world['session']
    sent = fb.submit_feedback(session, actor=world['citizen'], data=FeedbackCreate(
        topic='regulation', category='regulation_content', title='Quy định về lệ phí chưa rõ',
        content='Đề nghị hướng dẫn rõ mức lệ phí áp dụng cho từng trường hợp cụ thể.'))
    return FeedbackAttachment, None, lambda data, name: fb.attach_to_feedback(
        session, actor=world['citizen'], feedback_id=sent.id, data=data, filename=name, ip='127.0.0.1')


ENTRY_POINTS = {
    'dossiers.add_attachment (draft document)': entry_dossier_attachment,
    'dossiers.add_attachment (supplement)': entry_dossier_supplement,
    'dossiers.finish_dossier (result file)': entry_result_file,
    'feedback.attach_to_feedback': entry_feedback_attachment,
}


@pytest.mark.parametrize('entry', list(ENTRY_POINTS))
def test_every_entry_point_refuses_every_hostile_file(world, entry, figure):
    model, dossier_id, store = ENTRY_POINTS[entry](world)
    session = world['session']
    status = session.get(Dossier, dossier_id).status if dossier_id else None
    rows, disk = _row_count(model), files_on_disk()
    accepted, _codes = refused_or_accepted(store)
    session.rollback()
    figure('hostile uploads accepted', len(accepted), f'of {len(every_hostile())} through {entry}')
    assert accepted == []
    assert _row_count(model) == rows, 'a refused upload left a row'
    assert files_on_disk() == disk, 'a refused upload left a file'
    if dossier_id:
        assert session.get(Dossier, dossier_id).status == status  # the result was not recorded either
    # and the same entry point still takes an honest file
    store(pdf_bytes(), 'giay-to.pdf')
    assert _row_count(model) == rows + 1 and len(files_on_disk()) == len(disk) + 1


def test_a_file_whose_row_fails_is_removed_from_disk(world, monkeypatch):
    """Feedback attachments: when the database refuses the row, the stored file goes too."""
    _model, _none, store = entry_feedback_attachment(world)
    disk = files_on_disk()

    def broken(*args, **kwargs):
        raise RuntimeError('database went away')
    monkeypatch.setattr(fb, 'record_event', broken)
    with pytest.raises(RuntimeError):
        store(pdf_bytes(), 'giay-to.pdf')
    assert files_on_disk() == disk


def _calls_in(path: Path, names: set[str]) -> list[str]:
    tree = ast.parse(path.read_text())
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    called = inner.func.attr if isinstance(inner.func, ast.Attribute) else getattr(inner.func, 'id', '')
                    if called in names:
                        found.append(f'{path.relative_to(ROOT).with_suffix("")}.{node.name}'.replace('/', '.'))
    return found


def _source_files() -> list[Path]:
    skip = {'tests', 'bench', 'migrations', 'examples', '.git'}
    return [p for p in ROOT.rglob('*.py') if not (set(p.relative_to(ROOT).parts) & skip) and '.venv' not in p.parts]


def test_the_entry_points_tested_are_all_there_are():
    """A new caller of the gate, or a new upload widget or route, fails here until it is added to
    the hostile-upload checks."""
    gate_callers = sorted(set(c for p in _source_files() for c in _calls_in(p, {'store_upload', 'check_upload'}))
                          - {'domain.files.store_upload'})
    assert gate_callers == ['domain.dossiers.add_attachment', 'domain.dossiers.finish_dossier',
                            'domain.feedback.attach_to_feedback']
    widgets = sorted(p.relative_to(ROOT).as_posix() + f' x{p.read_text().count("ui.upload(")}'
                     for p in _source_files() if 'ui.upload(' in p.read_text())
    # the UI pieces that call the entry points above, and the agency's settlement CSV (parsed, never stored)
    assert widgets == ['agency/console.py x1', 'agency/payments.py x1', 'pages/dossiers.py x2',
                       'ui/feedback_files.py x1']
    api_uploads = [p.relative_to(ROOT).as_posix() for p in (ROOT / 'api').glob('*.py')
                   if 'UploadFile' in p.read_text() or 'File(' in p.read_text()]
    assert api_uploads == []  # no API route takes files (Open311 refuses them: see below)


# ---------------------------------------------------------------- end to end

def _feedback_of(id_number: str) -> int:
    with session_scope() as session:
        sender = session.execute(select(Account).where(Account.id_number == id_number)).scalar_one()
        return fb.submit_feedback(session, actor=sender, data=FeedbackCreate(
            topic='regulation', category='regulation_content', title='Quy định về lệ phí chưa rõ',
            content='Đề nghị hướng dẫn rõ mức lệ phí áp dụng cho từng trường hợp cụ thể.')).id


async def _upload(user: User, marker: str, name: str, data: bytes, mime: str = 'application/pdf') -> None:
    """Hand the file to the page's upload widget and wait for its handler to finish."""
    with user:
        upload = user.find(marker=marker).elements.pop()
    before = set(background_tasks.running_tasks)
    await upload.handle_uploads([ui.upload.SmallFileUpload(name, mime, data)])
    await asyncio.gather(*(set(background_tasks.running_tasks) - before))


@pytest.mark.usefixtures('portal')  # before `user` starts main.py
async def test_the_feedback_page_refuses_every_hostile_file(user: User, figure):
    citizen = DEMO_ACCOUNTS[0]
    feedback_id = _feedback_of(citizen.id_number)
    await log_in(user, citizen.id_number)
    await user.should_see(marker='greeting')
    await user.open(f'/phan-anh/{feedback_id}')
    await user.should_see(marker='fb-upload')
    rows = _row_count(FeedbackAttachment)
    accepted = []
    for case, data, filename in every_hostile():
        shown = len(user.notify.messages)
        await _upload(user, 'fb-upload', filename, data)
        messages = user.notify.messages[shown:]
        if not messages or _row_count(FeedbackAttachment) != rows:
            accepted.append(case)
        else:  # the citizen is told why, in Vietnamese
            assert any(m in messages for m in (error_text(c, 'vi', max_mb=10) for c in (
                'file_empty', 'file_too_large', 'file_type_not_allowed', 'file_content_refused',
                'file_name_invalid'))), (case, messages)
    figure('hostile uploads accepted', len(accepted), f'of {len(every_hostile())} through the feedback page (UI)')
    assert accepted == []
    assert _row_count(FeedbackAttachment) == rows and files_on_disk() == set()
    await _upload(user, 'fb-upload', 'bang-chung.pdf', pdf_bytes())  # the control: an honest file lands
    await user.should_see('bang-chung.pdf')
    assert _row_count(FeedbackAttachment) == rows + 1 and len(files_on_disk()) == 1


@pytest.mark.usefixtures('portal')
async def test_the_api_takes_no_files(user: User):
    """Open311 (the only API that takes a form) refuses multipart files before reading them."""
    response = await user.http_client.post('/open311/v2/requests.json', data={'api_key': 'x'},
                                           files={'media': ('anh.jpg', b'\xff\xd8\xff' + bytes(64), 'image/jpeg')})
    assert response.status_code == 400 and response.json()[0]['error'] == 'bad_request'
    assert files_on_disk() == set()
