"""Feedback taken by phone or e-mail is entered here, linked to its ticket; supervisors send
misrouted feedback to the competent agency."""
from __future__ import annotations

from nicegui import run, ui

from core.clock import format_date
from core.db import session_scope
from core.errors import DomainError
from domain.agencies import list_agencies
from domain.feedback import due_flag, open_feedback, reroute_feedback, take_feedback
from domain.places import list_provinces
from models.feedback import FEEDBACK_CATEGORIES, FEEDBACK_TOPICS, FeedbackCreate
from ui.components import empty_state, loading, section_title
from ui.feedback_files import due_badge
from ui.forms import clear_errors, show_error
from ui.frame import frame, portal_page
from ui.pickers import SearchSelect
from ui.session import Caller, Viewer, _, lang, perform


def _options() -> dict:
    english = lang() == 'en'
    with session_scope() as session:
        return {'provinces': {p.code: p.name_en if english else p.name for p in list_provinces(session)},
                'agencies': {a.code: f'{a.code} · {a.name_en if english else a.name}' for a in list_agencies(session)}}


def _open_feedback(caller: Caller) -> list[dict]:
    with session_scope() as session:
        actor = caller.actor(session)
        if actor.role not in ('supervisor', 'admin'):
            return []
        return [{'id': f.id, 'code': f.code, 'title': f.title, 'agency': code, 'due': format_date(f.due_date),
                 'flag': due_flag(session, f), 'version': f.version} for f, code in open_feedback(session, actor=actor)]


async def callcenter_feedback_page(viewer: Viewer) -> None:
    options = await run.io_bound(_options)
    with frame(_('fb.cc_title'), viewer, wide=True):
        section_title(_('fb.cc_title'), 1)
        with ui.column().classes('portal-card w-full p-5 gap-2').mark('fb-take'):
            section_title(_('fb.take'), 2)
            fields = {
                'channel': ui.radio({'phone': _('fb.channel.phone'), 'email': _('fb.channel.email')}, value='phone')
                .props('inline').mark('fb-channel'),
                'sender_name': ui.input(_('fb.sender_name')).props('outlined dense').mark('fb-sender-name'),
                'sender_phone': ui.input(_('fb.sender_phone')).props('outlined dense').mark('fb-sender-phone'),
                'sender_email': ui.input(_('fb.sender_email')).props('outlined dense').mark('fb-sender-email'),
                'ticket_code': ui.input(_('fb.ticket_code'), placeholder='YC-261123-0001').props('outlined dense')
                .mark('fb-ticket'),
                'topic': ui.select({t: _(f'fb.topic.{t}') for t in FEEDBACK_TOPICS}, value='conduct',
                                   label=_('fb.topic_label')).props('outlined dense').mark('fb-topic'),
                'category': ui.select({c: _(f'fb.category.{c}') for c in FEEDBACK_CATEGORIES}, value='attitude',
                                      label=_('fb.category_label')).props('outlined dense').mark('fb-category'),
                'province_code': SearchSelect(options['provinces'], label=_('fb.province'), clearable=True)
                .props('outlined dense').mark('fb-province'),
                'procedure_code': ui.input(_('fb.procedure_code')).props('outlined dense').mark('fb-procedure'),
                'dossier_code': ui.input(_('fb.dossier_code')).props('outlined dense').mark('fb-dossier'),
                'title': ui.input(_('fb.title_label')).props('outlined dense').mark('fb-title'),
            }
            with ui.grid(columns='repeat(auto-fit, minmax(15rem, 1fr))').classes('w-full gap-2') as grid:
                for name, element in fields.items():
                    if name != 'channel':
                        element.move(grid)
                        element.classes('w-full')
            fields['content'] = ui.textarea(_('fb.content_label')).props('outlined autogrow counter maxlength=5000') \
                .classes('w-full').mark('fb-content-input')
            consent = ui.checkbox(_('fb.publish_consent')).mark('fb-consent')

            async def save() -> None:
                clear_errors(fields)
                data = FeedbackCreate(**{name: (element.value or None) if name in (
                    'province_code', 'procedure_code', 'dossier_code', 'sender_phone', 'sender_email', 'ticket_code')
                    else (element.value or '') for name, element in fields.items()}, publish_consent=consent.value)
                try:
                    taken = await run.io_bound(perform, Caller.here(), take_feedback, data=data)
                except DomainError as error:
                    show_error(error, fields)
                    return
                ui.notify(_('fb.taken_ok', code=taken.code, due=format_date(taken.due_date)), type='positive',
                          timeout=8000)
                for name in ('sender_name', 'sender_phone', 'sender_email', 'ticket_code', 'procedure_code',
                             'dossier_code', 'title', 'content'):
                    fields[name].value = ''
                open_list.refresh()
            ui.button(_('fb.take_save'), icon='save', on_click=save).props('unelevated no-caps').mark('fb-take-save')

        @ui.refreshable
        async def open_list() -> None:
            rows = await loading(_open_feedback, Caller.here())
            if viewer.role not in ('supervisor', 'admin'):
                return
            section_title(_('fb.reroute_title'), 2)
            if not rows:
                empty_state('rate_review', _('fb.none'), mark='fb-open-empty')
                return
            with ui.column().classes('portal-card w-full p-1 gap-0').mark('fb-open'):
                for row in rows:
                    with ui.row().classes('w-full items-center gap-3 px-3 py-2 border-b border-gray-100'):
                        with ui.column().classes('gap-0 grow min-w-0'):
                            ui.label(row['title']).classes('font-medium truncate')
                            ui.label(f'{row["code"]} · {row["agency"]} · {_("fb.due")}: {row["due"]}') \
                                .classes('text-xs portal-muted')
                        due_badge(row['flag'])
                        ui.button(_('fb.reroute'), icon='alt_route', on_click=lambda r=row: open_reroute(r)) \
                            .props('flat dense no-caps').mark(f'fb-reroute-{row["id"]}')
        await open_list()

        with ui.dialog() as dialog, ui.card().classes('w-full max-w-lg gap-2'):
            title = ui.label().classes('text-lg font-semibold')
            agency = SearchSelect(options['agencies'], label=_('fb.new_agency')) \
                .props('outlined dense').classes('w-full').mark('fb-new-agency')
            note = ui.input(_('fb.reroute_note')).props('outlined dense').classes('w-full').mark('fb-reroute-note')
            editing: dict = {}

            def open_reroute(row: dict) -> None:
                editing.clear()
                editing.update(row)
                title.text = f'{_("fb.reroute")}: {row["code"]}'
                agency.value, note.value = None, ''
                dialog.open()

            async def reroute() -> None:
                try:
                    await run.io_bound(perform, Caller.here(), reroute_feedback, feedback_id=editing['id'],
                                       agency_code=agency.value or '', note=note.value or '',
                                       expected_version=editing['version'])
                except DomainError as error:
                    show_error(error, {'agency_code': agency, 'note': note})
                    return
                dialog.close()
                ui.notify(_('fb.rerouted_ok'), type='positive')
                open_list.refresh()
            with ui.row().classes('w-full justify-end'):
                ui.button(_('admin.cancel'), on_click=dialog.close).props('flat no-caps')
                ui.button(_('fb.reroute'), on_click=reroute).props('unelevated no-caps').mark('fb-reroute-save')


def mount() -> None:
    portal_page('/callcenter/phan-anh', area='callcenter')(callcenter_feedback_page)
