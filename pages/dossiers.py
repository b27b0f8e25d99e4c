"""The applicant's dossiers: submitting online (form, documents, review), following them,
answering requests, withdrawing, downloading the result and rating the service."""
from __future__ import annotations

from nicegui import run, ui

from core.clock import format_date, format_datetime, format_money
from core.db import session_scope
from core.errors import DomainError, NotFound
from core.settings import get_settings
from domain.accounts import get_account
from domain.catalog import procedure_details
from domain.dossiers import (add_attachment, dossier_view, list_my_dossiers, prefill_values, rate_dossier,
                             receiving_agencies, remove_attachment, save_draft, status_key, submit_dossier,
                             supplement_dossier, withdraw_dossier)
from domain.notifications import list_notifications, mark_all_read
from domain.records import citizen_records
from models.dossiers import FEE_REQUESTED, MORE_DOCUMENTS, RETURNED
from ui import dossier_view as parts
from ui.components import empty_state, facts, section_title, status_badge
from ui.forms import attempt, clear_errors, show_error
from ui.frame import frame, portal_page
from ui.pickers import SearchSelect
from ui.session import Caller, Viewer, _, lang, perform


# ---------------------------------------------------------------- my dossiers

def _my_dossiers(caller: Caller) -> dict:
    with session_scope() as session:
        actor = caller.actor(session)
        rows = [{'id': d.id, 'code': d.code, 'status': d.status, 'key': status_key(d.status), 'procedure': name,
                 'submitted': format_date(d.submitted_at), 'due': format_date(d.due_date),
                 'updated': format_datetime(d.updated_at)} for d, name in list_my_dossiers(session, actor=actor)]
        notes = [{'kind': n.kind, 'params': n.params, 'at': format_datetime(n.created_at), 'unread': n.read_at is None,
                  'dossier_id': n.dossier_id} for n in list_notifications(session, account_id=actor.id)]
        english = lang() == 'en'
        synced = [{'code': r['record'].record_code, 'status': r['record'].status,
                   'key': status_key(r['record'].status), 'agency': r['agency_en'] if english else r['agency'],
                   'procedure': r['procedure'] or r['record'].procedure_code or '',
                   'received': format_date(r['record'].received_at), 'due': format_date(r['record'].appointment_at),
                   'returned': format_date(r['record'].returned_at), 'unit': r['record'].handling_unit or ''}
                  for r in citizen_records(session, id_number=actor.id_number)]
        return {'rows': rows, 'notes': notes, 'synced': synced}


async def my_dossiers_page(viewer: Viewer) -> None:
    data = await run.io_bound(_my_dossiers, Caller.here())
    with frame(_('dossier.my_title'), viewer, wide=True):
        section_title(_('dossier.my_title'), 1)
        with ui.row().classes('w-full gap-4 items-start'):
            with ui.column().classes('grow basis-[36rem] gap-3'):
                if not data['rows']:
                    with empty_state('folder_open', _('dossier.my_title'), _('dossier.empty'), mark='no-dossiers'):
                        ui.button(_('nav.procedures'), on_click=lambda: ui.navigate.to('/procedures')) \
                            .props('unelevated no-caps')
                for row in data['rows']:
                    target = f'/ho-so/{row["id"]}'
                    with ui.link(target=target).classes('portal-card w-full p-4 no-underline text-[#1F2933] '
                                                        'hover:shadow-md block').mark('my-dossier'):
                        with ui.row().classes('items-center gap-2 w-full'):
                            status_badge(row['status'], row['key'])
                            ui.label(row['code'] or _('dossier.status.draft')).classes('font-mono text-sm')
                            ui.space()
                            ui.label(row['updated']).classes('text-xs portal-muted')
                        ui.label(row['procedure']).classes('font-semibold pt-1')
                        if row['due']:
                            ui.label(f'{_("dossier.due")}: {row["due"]}').classes('text-sm portal-muted')
            with ui.column().classes('basis-80 grow gap-4'):
                _synced_records(data['synced'])
                with ui.column().classes('portal-card w-full p-4 gap-2').mark('notifications'):
                    with ui.row().classes('w-full items-center'):
                        section_title(_('dossier.notifications'))
                        ui.space()
                        if any(n['unread'] for n in data['notes']):
                            ui.button(_('dossier.mark_read'), on_click=lambda: mark_read()).props('flat dense no-caps')
                    if not data['notes']:
                        ui.label(_('dossier.no_notifications')).classes('portal-muted text-sm')
                    for note in data['notes']:
                        with ui.row().classes('w-full gap-2 no-wrap items-start'):
                            ui.icon('circle' if note['unread'] else 'notifications_none', size='0.75rem' if note['unread']
                                    else '1rem').classes('text-[#A61D24] mt-1')
                            with ui.column().classes('gap-0'):
                                ui.label(_(f'notify.{note["kind"]}', **note['params'])).classes('text-sm')
                                ui.label(note['at']).classes('text-xs portal-muted')

    async def mark_read() -> None:
        caller = Caller.here()

        def work() -> None:
            with session_scope() as session:
                mark_all_read(session, account_id=caller.actor(session).id)
        await run.io_bound(work)
        ui.navigate.reload()


def _synced_records(records: list[dict]) -> None:
    """Dossiers lodged at agency counters or on their own systems, as the agencies synced them."""
    if not records:
        return
    with ui.column().classes('portal-card w-full p-4 gap-2').mark('synced-records'):
        section_title(_('records.mine_title'))
        ui.label(_('records.mine_text')).classes('text-xs portal-muted')
        for record in records:
            with ui.column().classes('w-full gap-0 border-t border-gray-100 pt-2').mark('synced-record'):
                with ui.row().classes('items-center gap-2 w-full'):
                    status_badge(record['status'], record['key'])
                    ui.label(record['code']).classes('font-mono text-xs')
                if record['procedure']:
                    ui.label(record['procedure']).classes('text-sm font-medium')
                ui.label(record['agency']).classes('text-xs portal-muted')
                details = [f'{_("records.received")}: {record["received"]}']
                if record['due']:
                    details.append(f'{_("dossier.due")}: {record["due"]}')
                if record['returned']:
                    details.append(f'{_("records.returned")}: {record["returned"]}')
                ui.label(' · '.join(details)).classes('text-xs portal-muted')


# ---------------------------------------------------------------- submitting

def _new_dossier_data(caller: Caller, code: str, draft_id: int | None) -> dict:
    english = lang() == 'en'
    with session_scope() as session:
        actor = caller.actor(session)
        details = procedure_details(session, code)
        procedure = details['procedure']
        agencies = {a.code: a.name_en if english else a.name for a in receiving_agencies(session, procedure)}
        draft = None
        if draft_id:
            view = dossier_view(session, actor=actor, dossier_id=draft_id)
            if view['dossier'].status != 0:
                raise NotFound('dossier_not_found')
            draft = {'id': view['dossier'].id, 'version': view['dossier'].version,
                     'form': view['dossier'].form_data, 'agency': view['agency'].code,
                     'attachments': [(a.id, a.document_name, a.filename) for a in view['attachments']]}
        account = get_account(session, actor.id)
        default_agency = next((c for c in agencies if account.province_code and c.endswith(f'-{account.province_code}')),
                              next(iter(agencies)))
        return {'procedure': procedure, 'fields': details['fields'], 'documents': details['documents'],
                'agencies': agencies, 'prefill': prefill_values(account, details['fields']), 'draft': draft,
                'default_agency': default_agency}


async def new_dossier_page(viewer: Viewer, code: str, draft: str = '') -> None:
    english = lang() == 'en'
    try:
        data = await run.io_bound(_new_dossier_data, Caller.here(), code, int(draft) if draft.isdigit() else None)
    except DomainError as error:
        with frame(_('dossier.new_title'), viewer):
            empty_state('search_off', _(f'error.{error.code}'), mark='new-dossier-missing')
        return
    procedure = data['procedure']
    state = {'dossier_id': data['draft']['id'] if data['draft'] else None,
             'attachments': list(data['draft']['attachments']) if data['draft'] else []}
    max_mb = get_settings().upload_max_bytes // (1024 * 1024)

    with frame(_('dossier.new_title'), viewer):
        ui.link(procedure.name_en if english else procedure.name, f'/procedures/{procedure.code}').classes('text-sm')
        section_title(_('dossier.new_title'), 1)
        with ui.stepper().props('vertical flat').classes('portal-card w-full') as stepper:
            with ui.step(_('dossier.step_form'), icon='edit_note'):
                agency = SearchSelect(data['agencies'], value=data['draft']['agency'] if data['draft']
                                      else data['default_agency'], label=_('dossier.choose_agency')) \
                    .props('outlined').classes('w-full').mark('agency')
                inputs: dict[str, ui.element] = {}
                start = (data['draft'] or {}).get('form') or data['prefill']
                for field in data['fields']:
                    label = (field.label_en if english else field.label) + (' *' if field.required else '')
                    value = start.get(field.name, '')
                    if field.type == 'select':
                        element = ui.select(field.options, value=value or None, label=label)
                    elif field.type == 'textarea':
                        element = ui.textarea(label, value=value)
                    else:
                        element = ui.input(label, value=value, placeholder='dd/mm/yyyy' if field.type == 'date' else '')
                    inputs[field.name] = element.props('outlined').classes('w-full').mark(f'field-{field.name}')
                with ui.stepper_navigation():
                    ui.button(_('dossier.next'), on_click=lambda: save(then=stepper.next)) \
                        .props('unelevated no-caps').mark('to-documents')
                    ui.button(_('dossier.save_draft'), on_click=lambda: save(notify=True)).props('flat no-caps') \
                        .mark('save-draft')
            with ui.step(_('dossier.step_documents'), icon='attach_file'):
                ui.label(_('dossier.upload_hint', max_mb=max_mb)).classes('text-sm portal-muted')
                uploads = ui.column().classes('w-full gap-3')
                with ui.stepper_navigation():
                    ui.button(_('dossier.next'), on_click=lambda: (render_review(), stepper.next())) \
                        .props('unelevated no-caps').mark('to-review')
                    ui.button(_('dossier.back'), on_click=stepper.previous).props('flat no-caps')
            with ui.step(_('dossier.step_review'), icon='task_alt'):
                review = ui.column().classes('w-full gap-2')
                with ui.stepper_navigation():
                    submit_button = ui.button(_('dossier.action.submit'),
                                              icon='send', on_click=lambda: submit()) \
                        .props('unelevated no-caps').mark('submit-dossier')
                    ui.button(_('dossier.back'), on_click=stepper.previous).props('flat no-caps')

    def form_values() -> dict:
        return {name: element.value for name, element in inputs.items()}

    async def save(then=None, notify: bool = False) -> bool:
        clear_errors(inputs)
        try:
            dossier = await run.io_bound(perform, Caller.here(), save_draft, procedure_code=procedure.code,
                                         agency_code=agency.value, form_data=form_values(),
                                         dossier_id=state['dossier_id'])
        except DomainError as error:
            show_error(error, inputs | {'agency': agency})
            return False
        state['dossier_id'] = dossier.id
        if notify:
            ui.notify(_('dossier.draft_saved'), type='positive')
        if then:
            render_uploads()
            then()
        return True

    def render_uploads() -> None:
        uploads.clear()
        with uploads:
            for document in data['documents']:
                attached = [a for a in state['attachments'] if a[1] == document.name]
                with ui.column().classes('w-full gap-1 border border-gray-200 rounded-lg p-3'):
                    state_mark = f'attached-{document.position}' if attached else f'missing-{document.position}'
                    with ui.row().classes('items-center gap-2').mark(state_mark).props(f'data-testid={state_mark}'):
                        ui.icon('check_circle' if attached else 'radio_button_unchecked').classes(
                            'text-green-700' if attached else 'text-gray-400')
                        ui.label(document.name).classes('text-sm font-medium')
                        if not document.required:  # "nếu có": attached only when it applies
                            ui.label(_('procedure.optional')).classes('text-xs portal-muted') \
                                .mark(f'optional-{document.position}')
                    for attachment_id, _name, filename in attached:
                        with ui.row().classes('items-center gap-2 pl-7'):
                            ui.label(filename).classes('text-sm')
                            ui.button(icon='delete', on_click=lambda i=attachment_id: remove(i)).props(
                                f'flat round dense aria-label="{_("dossier.remove")}"')
                    ui.upload(label=_('dossier.upload_for', name=document.name), auto_upload=True,
                              max_file_size=get_settings().upload_max_bytes,
                              on_upload=lambda e, n=document.name: upload(n, e),
                              on_rejected=lambda: ui.notify(_('error.file_too_large', max_mb=max_mb), type='negative')) \
                        .props('accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" flat bordered') \
                        .classes('w-full').mark(f'upload-{document.position}') \
                        .props(f'data-testid=upload-{document.position}')

    async def upload(document_name: str, event) -> None:
        content = await event.file.read()
        try:
            attachment = await run.io_bound(perform, Caller.here(), add_attachment, dossier_id=state['dossier_id'],
                                            document_name=document_name, data=content, filename=event.file.name)
        except DomainError as error:
            show_error(error)
            return
        state['attachments'].append((attachment.id, attachment.document_name, attachment.filename))
        ui.notify(_('dossier.uploaded', name=attachment.filename), type='positive')
        render_uploads()

    async def remove(attachment_id: int) -> None:
        try:
            await run.io_bound(perform, Caller.here(), remove_attachment, attachment_id=attachment_id)
        except DomainError as error:
            show_error(error)
            return
        state['attachments'] = [a for a in state['attachments'] if a[0] != attachment_id]
        render_uploads()

    def render_review() -> None:
        review.clear()
        with review:
            ui.label(_('dossier.review_text')).classes('text-sm')
            rows = [(_('dossier.choose_agency'), data['agencies'].get(agency.value, ''))]
            rows += [((f.label_en if english else f.label), str(inputs[f.name].value or '')) for f in data['fields']]
            rows += [(_('dossier.attachments'), ', '.join(a[2] for a in state['attachments']))]
            facts(rows)

    async def submit() -> None:
        if not await save():
            stepper.set_value(_('dossier.step_form'))
            return
        submit_button.props('loading')
        try:
            dossier = await run.io_bound(perform, Caller.here(), submit_dossier, dossier_id=state['dossier_id'])
        except DomainError as error:
            show_error(error, inputs)
            return
        finally:
            submit_button.props(remove='loading')
        ui.notify(_('dossier.submitted_ok', code=dossier.code), type='positive')
        ui.navigate.to(f'/ho-so/{dossier.id}?receipt=1')

    if state['dossier_id']:
        render_uploads()


# ---------------------------------------------------------------- one dossier

async def dossier_page(viewer: Viewer, dossier_id: str, receipt: str = '') -> None:
    view = await parts.load_or_explain(viewer, dossier_id, 'dossier.my_title')
    if view is None:
        return
    dossier = view['dossier']
    english = lang() == 'en'
    with frame(dossier.code or _('dossier.status.draft'), viewer, wide=True):
        ui.link(_('dossier.my_title'), '/ho-so').classes('text-sm')
        if receipt and dossier.code:
            with ui.column().classes('w-full p-5 gap-1 rounded-xl bg-green-50 border border-green-200') \
                    .mark('receipt'):
                ui.label(_('dossier.receipt_title')).classes('text-lg font-semibold text-green-900')
                ui.label(f'{_("dossier.code")}: {dossier.code}').classes('font-mono text-green-900')
                ui.label(_('dossier.receipt_text', agency=view['agency'].name_en if english else view['agency'].name)) \
                    .classes('text-sm text-green-900')
        parts.header(view)
        if dossier.status == 0:
            ui.button(_('dossier.open'), icon='edit', on_click=lambda: ui.navigate.to(
                f'/ho-so/moi/{view["procedure"].code}?draft={dossier.id}')).props('unelevated no-caps')
        if dossier.status == FEE_REQUESTED and not dossier.fee_paid:
            with ui.row().classes('w-full p-4 rounded-xl bg-purple-50 border border-purple-200 items-center gap-3') \
                    .mark('fee-due'):
                ui.icon('payments', size='1.5rem').classes('text-purple-800')
                ui.label(_('dossier.fee_due', amount=format_money(dossier.fee_vnd))).classes('font-semibold')
                if view['fee_payable_id']:
                    ui.space()
                    ui.button(_('pay.pay_online'), icon='credit_card',
                              on_click=lambda: ui.navigate.to(f'/thanh-toan/{view["fee_payable_id"]}')) \
                        .props('unelevated no-caps').mark('pay-fee')
        if dossier.status == MORE_DOCUMENTS and 'supplement' in view['actions']:
            _supplement_box(view)
        if 'withdraw' in view['actions']:
            ui.button(_('dossier.action.withdraw'), icon='undo', on_click=lambda: confirm_withdraw()) \
                .props('outline color=negative no-caps').mark('withdraw')
        if dossier.status == RETURNED:
            _rating_box(view)
        parts.details(view)

    async def confirm_withdraw() -> None:
        with ui.dialog() as dialog, ui.card():
            ui.label(_('dossier.withdraw_confirm'))
            with ui.row().classes('justify-end w-full'):
                ui.button(_('admin.cancel'), on_click=lambda: dialog.submit(False)).props('flat no-caps')
                ui.button(_('dossier.action.withdraw'), on_click=lambda: dialog.submit(True)) \
                    .props('unelevated color=negative no-caps').mark('withdraw-confirm')
        if await dialog:
            await attempt(withdraw_dossier, dossier_id=dossier.id, expected_version=dossier.version)


def _supplement_box(view: dict) -> None:
    dossier = view['dossier']
    max_mb = get_settings().upload_max_bytes // (1024 * 1024)
    last_request = next((e.note for e in reversed(view['events']) if e.action == 'request_documents'), '')
    with ui.column().classes('portal-card w-full p-5 gap-2 border-l-4 border-amber-600').mark('supplement'):
        section_title(_('dossier.supplement_title'))
        if last_request:
            ui.label(last_request).classes('text-sm font-medium')
        ui.label(_('dossier.upload_hint', max_mb=max_mb)).classes('text-sm portal-muted')
        uploaded = ui.column().classes('gap-1')

        async def upload(event) -> None:
            content = await event.file.read()
            try:
                attachment = await run.io_bound(perform, Caller.here(), add_attachment, dossier_id=dossier.id,
                                                document_name=_('dossier.supplement_title'), data=content,
                                                filename=event.file.name)
            except DomainError as error:
                show_error(error)
                return
            with uploaded:
                ui.label('✓ ' + attachment.filename).classes('text-sm text-green-800')

        ui.upload(label=_('dossier.supplement_title'), auto_upload=True, on_upload=upload,
                  max_file_size=get_settings().upload_max_bytes) \
            .props('accept=".pdf,.jpg,.jpeg,.png" flat bordered').classes('w-full').mark('supplement-upload')
        note = ui.textarea(_('dossier.note')).props('outlined').classes('w-full').mark('supplement-note')

        async def send() -> None:
            await attempt(supplement_dossier, fields={'note': note}, done=_('dossier.done'), dossier_id=dossier.id,
                          note=note.value, expected_version=dossier.version)
        ui.button(_('dossier.action.supplement'), icon='send', on_click=send).props('unelevated no-caps') \
            .mark('supplement-send')


def _rating_box(view: dict) -> None:
    dossier, rating = view['dossier'], view['rating']
    with ui.column().classes('portal-card w-full p-5 gap-2').mark('rating'):
        section_title(_('dossier.rate_title'))
        if rating:
            ui.rating(value=rating.score, max=5, size='lg').props('readonly')
            ui.label(_('dossier.your_rating', score=rating.score)).classes('text-sm portal-muted').mark('rated')
            return
        stars = ui.rating(value=0, max=5, size='lg').props('color=amber-8').mark('rating-stars')
        comment = ui.textarea(_('dossier.rate_comment')).props('outlined').classes('w-full')

        async def send() -> None:
            await attempt(rate_dossier, done=_('dossier.rated'), dossier_id=dossier.id, score=int(stars.value or 0),
                          comment=comment.value)
        ui.button(_('dossier.rate_submit'), on_click=send).props('unelevated no-caps').mark('rating-send')


def mount() -> None:
    portal_page('/ho-so', area='applicant')(my_dossiers_page)
    portal_page('/ho-so/moi/{code}', area='applicant')(new_dossier_page)
    portal_page('/ho-so/{dossier_id}', area='account')(dossier_page)
