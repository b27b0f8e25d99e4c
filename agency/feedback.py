"""Officers answer the feedback routed to their agency within ten working days."""
from __future__ import annotations

from nicegui import run, ui

from core.clock import format_date, format_datetime
from core.db import session_scope
from core.errors import DomainError
from core.privacy import mask_phone
from domain.feedback import agency_feedback, answer_feedback, due_flag, feedback_view
from ui.components import empty_state, facts, loading, section_title
from ui.forms import show_error
from ui.feedback_files import attachments_card, due_badge
from ui.frame import frame, portal_page
from ui.session import Caller, Viewer, _, perform

FLAG_CLASSES = {'overdue': 'border-l-4 border-red-700', 'due_soon': 'border-l-4 border-amber-500', '': ''}


def _queue(caller: Caller, status: str) -> list[dict]:
    with session_scope() as session:
        return [{'id': f.id, 'code': f.code, 'title': f.title, 'category': f.category, 'due': format_date(f.due_date),
                 'flag': due_flag(session, f), 'received': format_datetime(f.created_at), 'channel': f.channel}
                for f in agency_feedback(session, actor=caller.actor(session), status=status)]


async def agency_feedback_page(viewer: Viewer) -> None:
    state = {'status': 'received'}
    with frame(_('fb.agency_title'), viewer, wide=True):
        section_title(_('fb.agency_title'), 1)
        ui.label(_('fb.agency_text')).classes('portal-muted text-sm')
        ui.toggle({'received': _('fb.status.received'), 'answered': _('fb.status.answered')}, value='received',
                  on_change=lambda e: (state.update(status=e.value), queue.refresh())) \
            .props('no-caps unelevated toggle-color=primary').mark('fb-status')

        @ui.refreshable
        async def queue() -> None:
            rows = await loading(_queue, Caller.here(), state['status'])
            if not rows:
                empty_state('rate_review', _('fb.none'), mark='fb-empty')
                return
            with ui.column().classes('portal-card w-full p-1 gap-0').mark('fb-queue'):
                for row in rows:
                    with ui.link(target=f'/agency/phan-anh/{row["id"]}').classes(
                            'row w-full items-center gap-3 px-3 py-2 no-underline text-[#1F2933] hover:bg-gray-50 '
                            + FLAG_CLASSES[row['flag']]).mark(f'fb-row-{row["flag"] or "normal"}'):
                        with ui.column().classes('gap-0 grow min-w-0'):
                            ui.label(row['title']).classes('font-medium truncate')
                            ui.label(f'{row["code"]} · {_("fb.category." + row["category"])} · {row["received"]}') \
                                .classes('text-xs portal-muted')
                        due_badge(row['flag'])
                        ui.label(f'{_("fb.due")}: {row["due"]}').classes('text-sm whitespace-nowrap')
        await queue()


def _detail(caller: Caller, feedback_id: int) -> dict:
    with session_scope() as session:
        view = feedback_view(session, actor=caller.actor(session), feedback_id=feedback_id)
        f = view['feedback']
        return {'id': f.id, 'code': f.code, 'title': f.title, 'content': f.content, 'status': f.status,
                'version': f.version, 'category': f.category, 'topic': f.topic, 'due': format_date(f.due_date),
                'flag': view['flag'], 'sender': f.sender_name, 'phone': mask_phone(f.sender_phone),
                'channel': f.channel, 'consent': f.publish_consent, 'agency': view['agency'].name,
                'answers': [(format_datetime(a.created_at), a.content) for a in view['answers']],
                'history': [(format_datetime(h.at), h.action, h.note or '') for h in view['history']],
                'files': [{'id': a.id, 'filename': a.filename, 'size': a.size} for a in view['attachments']]}


async def agency_feedback_detail_page(viewer: Viewer, feedback_id: str) -> None:
    try:
        data = await run.io_bound(_detail, Caller.here(), int(feedback_id)) if feedback_id.isdigit() else None
    except DomainError:
        data = None
    with frame(_('fb.agency_title'), viewer, wide=True):
        ui.link(_('fb.agency_title'), '/agency/phan-anh').classes('text-sm')
        if data is None:
            empty_state('search_off', _('error.feedback_not_found'), mark='fb-missing')
            return
        with ui.row().classes('w-full gap-4 items-start'):
            with ui.column().classes('portal-card grow basis-[32rem] p-5 gap-3').mark('fb-detail'):
                ui.label(data['title']).classes('text-xl font-semibold').props('role=heading aria-level=1')
                facts([(_('fb.code'), data['code']), (_('fb.category_label'), _('fb.category.' + data['category'])),
                       (_('fb.sender'), f'{data["sender"]} {data["phone"]}'.strip()),
                       (_('fb.channel_label'), _('fb.channel.' + data['channel'])), (_('fb.due'), data['due']),
                       (_('fb.publish'), _('fb.publish_yes') if data['consent'] else _('fb.publish_no'))])
                ui.label(data['content']).classes('text-sm whitespace-pre-line').mark('fb-content')
                attachments_card(data['files'], feedback_id=data['id'], may_add=False)
                for at, answer in data['answers']:
                    with ui.column().classes('w-full p-3 rounded-lg bg-green-50 gap-1').mark('fb-answer'):
                        ui.label(f'{_("fb.answer")} · {at}').classes('text-xs text-green-900')
                        ui.label(answer).classes('text-sm whitespace-pre-line')
                if data['status'] == 'received':
                    answer_box = ui.textarea(_('fb.answer_label')).props('outlined autogrow counter maxlength=5000') \
                        .classes('w-full').mark('fb-answer-text')

                    async def send() -> None:
                        try:
                            await run.io_bound(perform, Caller.here(), answer_feedback, feedback_id=data['id'],
                                               content=answer_box.value or '', expected_version=data['version'])
                        except DomainError as error:
                            show_error(error, {'content': answer_box})
                            return
                        ui.notify(_('fb.answered_ok'), type='positive')
                        ui.navigate.reload()
                    ui.button(_('fb.send_answer'), icon='send', on_click=send).props('unelevated no-caps') \
                        .mark('fb-send-answer')
            with ui.column().classes('portal-card grow basis-72 p-5 gap-2').mark('fb-history'):
                section_title(_('fb.history'), 3)
                for at, action, note in data['history']:
                    with ui.column().classes('gap-0'):
                        ui.label(_(f'fb.action.{action}')).classes('text-sm font-medium')
                        ui.label(at + (f' · {note}' if note else '')).classes('text-xs portal-muted')


def mount() -> None:
    portal_page('/agency/phan-anh', area='agency')(agency_feedback_page)
    portal_page('/agency/phan-anh/{feedback_id}', area='agency')(agency_feedback_detail_page)
