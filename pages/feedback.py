"""Phản ánh, kiến nghị: citizens send feedback on procedures, regulations, dossiers and officials'
conduct, follow it, read the agency's answer and rate it; everyone can read the answered feedback
whose senders agreed to publication, with personal data removed."""
from __future__ import annotations

from urllib.parse import urlencode

from nicegui import run, ui

from core.clock import format_date, format_datetime
from core.db import session_scope
from core.errors import DomainError, NotFound
from domain.accounts import get_account
from domain.agencies import get_agency, list_agencies
from domain.catalog import get_procedure
from domain.dossiers import list_my_dossiers
from domain.feedback import (MAX_CONTENT, due_flag, feedback_view, my_feedback, published_feedback, rate_feedback,
                             submit_feedback)
from domain.places import get_province, list_provinces
from models.catalog import Procedure
from models.dossiers import Dossier
from models.feedback import FEEDBACK_CATEGORIES, FEEDBACK_TOPICS, FeedbackCreate
from ui.components import empty_state, facts, section_title
from ui.forms import attempt, clear_errors, show_error
from ui.feedback_files import attachments_card, due_badge
from ui.frame import frame, portal_page
from ui.pickers import SearchSelect
from ui.session import Caller, Viewer, _, lang, perform

PAGE_SIZE = 10
STATUS_COLOURS = {'received': 'blue-8', 'answered': 'green-9', 'closed': 'grey-7'}


def _status_badge(status: str) -> ui.badge:
    return ui.badge(_(f'fb.status.{status}')).props(f'color={STATUS_COLOURS.get(status, "grey")}') \
        .classes('text-sm px-2 py-1')


def _agency_name(session, agency_id: int | None, english: bool, cache: dict) -> str:
    if agency_id is None:
        return ''
    if agency_id not in cache:
        agency = get_agency(session, agency_id=agency_id)
        cache[agency_id] = agency.name_en if english else agency.name
    return cache[agency_id]


# ---------------------------------------------------------------- published feedback (public)

def _published(q: str, agency_code: str, page: int, english: bool) -> dict:
    with session_scope() as session:
        rows = published_feedback(session, q=q, agency_code=agency_code or None, limit=PAGE_SIZE + 1,
                                  offset=(page - 1) * PAGE_SIZE)
        listed = list_agencies(session)
    agencies = {a.code: a.name_en if english else a.name for a in listed}
    english_names = {a.name: a.name_en for a in listed} if english else {}
    return {'rows': [dict(row, answered=format_date(row['answered_at']),
                          agency=english_names.get(row['agency'], row['agency'])) for row in rows[:PAGE_SIZE]],
            'more': len(rows) > PAGE_SIZE, 'agencies': agencies}


def _public_card(row: dict) -> None:
    with ui.column().classes('portal-card w-full p-5 gap-2').mark('fb-card', row['code']):
        with ui.row().classes('items-center gap-2 w-full'):
            ui.badge(_(f'fb.category.{row["category"]}')).props('color=primary outline').classes('text-sm px-2 py-1')
            ui.label(row['code']).classes('font-mono text-xs portal-muted')
            ui.space()
            ui.label(_('fb.portal.answered_on', date=row['answered'])).classes('text-xs portal-muted')
        ui.label(row['title']).classes('text-lg font-semibold').props('role=heading aria-level=2')
        ui.label(row['content']).classes('text-sm whitespace-pre-line')
        ui.label(_('fb.portal.sent_by', name=row['sender'])).classes('text-xs portal-muted')
        with ui.column().classes('w-full gap-1 p-3 rounded-lg bg-gray-50 border-l-4 border-[#A61D24]') \
                .mark('fb-public-answer'):
            ui.label(_('fb.portal.answer_of', agency=row['agency'])).classes('text-sm font-semibold')
            ui.label(row['answer']).classes('text-sm whitespace-pre-line')


async def public_feedback_page(viewer: Viewer | None, q: str = '', agency: str = '', page: str = '1') -> None:
    number = int(page) if page.isdigit() and int(page) > 0 else 1
    data = await run.io_bound(_published, q.strip()[:200], agency, number, lang() == 'en')

    def go(to_page: int = 1) -> None:
        params = {k: v for k, v in (('q', (search.value or '').strip()), ('agency', agency_select.value or ''),
                                    ('page', str(to_page) if to_page > 1 else '')) if v}
        ui.navigate.to('/phan-anh' + (f'?{urlencode(params)}' if params else ''))

    with frame(_('fb.portal.public_title'), viewer, wide=True):
        with ui.row().classes('w-full items-end gap-3'):
            with ui.column().classes('gap-1 grow basis-96'):
                section_title(_('fb.portal.public_title'), 1)
                ui.label(_('fb.portal.public_intro')).classes('portal-muted text-sm')
            ui.button(_('fb.portal.send'), icon='rate_review', on_click=lambda: ui.navigate.to('/phan-anh/gui')) \
                .props('unelevated no-caps').mark('fb-send-link')
        with ui.row().classes('portal-card w-full p-4 gap-3 items-center').props('role=search'):
            search = ui.input(_('fb.portal.search'), value=q).props('outlined dense clearable') \
                .classes('grow basis-72').mark('fb-search')
            search.on('keydown.enter', lambda: go())
            agency_select = SearchSelect({'': _('fb.portal.all_agencies')} | data['agencies'],
                                         value=agency if agency in data['agencies'] else '',
                                         label=_('fb.portal.agency_filter')) \
                .props('outlined dense').classes('grow basis-64').mark('fb-agency-filter')
            ui.button(_('search.button'), icon='search', on_click=lambda: go()).props('unelevated no-caps') \
                .mark('fb-search-go')
        if not data['rows']:
            if q or agency or number > 1:
                empty_state('search_off', _('fb.portal.no_results'), _('fb.portal.no_results_text'), mark='fb-empty')
            else:
                empty_state('forum', _('fb.portal.none_published'), mark='fb-empty')
        for row in data['rows']:
            _public_card(row)
        if number > 1 or data['more']:
            with ui.row().classes('w-full justify-center gap-3'):
                if number > 1:
                    ui.button(_('fb.portal.prev'), icon='chevron_left', on_click=lambda: go(number - 1)) \
                        .props('flat no-caps')
                if data['more']:
                    ui.button(_('fb.portal.next'), icon='chevron_right', on_click=lambda: go(number + 1)) \
                        .props('flat no-caps').mark('fb-next')


# ---------------------------------------------------------------- sending feedback

def _form_data(caller: Caller, english: bool) -> dict:
    with session_scope() as session:
        actor = caller.actor(session)
        provinces = {p.code: p.name_en if english else p.name for p in list_provinces(session)}
        dossiers = {d.code: f'{d.code} · {name}' for d, name in list_my_dossiers(session, actor=actor) if d.code}
        account = get_account(session, actor.id)
        return {'provinces': provinces, 'dossiers': dossiers, 'province': account.province_code}


def _procedure_name(code: str, english: bool) -> str | None:
    with session_scope() as session:
        try:
            procedure = get_procedure(session, code)
        except NotFound:
            return None
        return procedure.name_en if english else procedure.name


async def new_feedback_page(viewer: Viewer, procedure: str = '', dossier: str = '') -> None:
    english = lang() == 'en'
    data = await run.io_bound(_form_data, Caller.here(), english)
    start_topic = 'dossier' if dossier in data['dossiers'] else 'procedure'

    with frame(_('fb.portal.send'), viewer):
        ui.link(_('fb.portal.mine'), '/phan-anh/cua-toi').classes('text-sm')
        section_title(_('fb.portal.send'), 1)
        ui.label(_('fb.portal.form_intro')).classes('portal-muted text-sm')
        with ui.column().classes('portal-card w-full p-5 gap-3').mark('fb-form'):
            ui.label(_('fb.topic_label')).classes('text-sm font-semibold')
            topic = ui.radio({t: _(f'fb.topic.{t}') for t in FEEDBACK_TOPICS}, value=start_topic) \
                .props('inline').mark('fb-topic')
            procedure_input = ui.input(_('fb.portal.procedure_required'), value=procedure).props('outlined') \
                .classes('w-full').mark('fb-procedure')
            procedure_input.props['hint'] = _('fb.portal.procedure_hint')
            procedure_name = ui.label('').classes('text-sm -mt-1').mark('fb-procedure-name')
            dossier_box = ui.column().classes('w-full gap-1')
            with dossier_box:
                dossier_select = ui.select(data['dossiers'], value=dossier if dossier in data['dossiers'] else None,
                                           label=_('fb.portal.dossier_input'), with_input=True) \
                    .props('outlined').classes('w-full').mark('fb-dossier')
                if not data['dossiers']:
                    ui.label(_('fb.portal.no_dossiers')).classes('text-sm portal-muted')
            category = ui.select({c: _(f'fb.category.{c}') for c in FEEDBACK_CATEGORIES}, value=None,
                                 label=_('fb.portal.choose_category')).props('outlined').classes('w-full') \
                .mark('fb-category')
            province = SearchSelect(data['provinces'], value=data['province'] if data['province'] in data['provinces']
                                    else None, label=_('fb.portal.province_input'), clearable=True) \
                .props('outlined').classes('w-full').mark('fb-province')
            title = ui.input(_('fb.portal.title_input')).props('outlined counter maxlength=200').classes('w-full') \
                .mark('fb-title')
            ui.label(_('fb.portal.content_hint')).classes('text-sm portal-muted')
            content = ui.textarea(_('fb.portal.content_input')) \
                .props(f'outlined counter maxlength={MAX_CONTENT} rows=6').classes('w-full -mt-2').mark('fb-content')
            with ui.column().classes('w-full gap-0 pt-2'):
                consent = ui.checkbox(_('fb.portal.consent')).mark('fb-consent')
                ui.label(_('fb.portal.consent_hint')).classes('text-xs portal-muted pl-10')
            submit_button = ui.button(_('fb.portal.send'), icon='send', on_click=lambda: submit()) \
                .props('unelevated no-caps').classes('self-start').mark('fb-submit')

    fields = {'category': category, 'title': title, 'content': content, 'province_code': province,
              'procedure_code': procedure_input, 'dossier_code': dossier_select}

    def show_topic() -> None:
        about_dossier = topic.value == 'dossier'
        dossier_box.set_visibility(about_dossier)
        procedure_input.set_visibility(not about_dossier)
        procedure_name.set_visibility(not about_dossier)
        procedure_input.props['label'] = _('fb.portal.procedure_required' if topic.value == 'procedure'
                                           else 'fb.portal.procedure_optional')

    async def look_up_procedure() -> None:
        code = (procedure_input.value or '').strip()
        if not code:
            procedure_name.set_text('')
            return
        name = await run.io_bound(_procedure_name, code, english)
        if (procedure_input.value or '').strip() != code:  # typed on meanwhile: a newer lookup follows
            return
        procedure_name.set_text(_('fb.portal.procedure_found', name=name) if name
                                else _('fb.portal.procedure_unknown'))
        procedure_name.classes(replace='text-sm -mt-1 ' + ('text-green-800' if name else 'text-amber-800'))

    async def submit() -> None:
        clear_errors(fields)
        about_dossier = topic.value == 'dossier'
        procedure_code = (procedure_input.value or '').strip()
        data_in = FeedbackCreate(topic=topic.value or '', category=category.value or '', title=title.value or '',
                                 content=content.value or '', province_code=province.value or None,
                                 procedure_code=None if about_dossier else procedure_code or None,
                                 dossier_code=(dossier_select.value or None) if about_dossier else None,
                                 publish_consent=bool(consent.value))
        submit_button.props('loading')
        try:
            feedback = await run.io_bound(perform, Caller.here(), submit_feedback, data=data_in)
        except DomainError as error:
            show_error(error, fields)
            return
        finally:
            submit_button.props(remove='loading')
        ui.notify(_('fb.portal.sent_ok', code=feedback.code), type='positive')
        ui.navigate.to(f'/phan-anh/{feedback.id}?receipt=1')

    topic.on_value_change(show_topic)
    procedure_input.on_value_change(look_up_procedure)
    show_topic()
    if procedure:
        await look_up_procedure()


# ---------------------------------------------------------------- my feedback

def _mine(caller: Caller, english: bool) -> list[dict]:
    with session_scope() as session:
        names: dict = {}
        return [{'id': f.id, 'code': f.code, 'title': f.title, 'status': f.status, 'topic': f.topic,
                 'sent': format_date(f.created_at), 'due': format_date(f.due_date), 'rating': f.rating,
                 'flag': due_flag(session, f), 'agency': _agency_name(session, f.agency_id, english, names)}
                for f in my_feedback(session, actor=caller.actor(session))]


async def my_feedback_page(viewer: Viewer) -> None:
    rows = await run.io_bound(_mine, Caller.here(), lang() == 'en')
    with frame(_('fb.portal.mine'), viewer, wide=True):
        with ui.row().classes('w-full items-end gap-3'):
            section_title(_('fb.portal.mine'), 1)
            ui.space()
            ui.link(_('fb.portal.view_public'), '/phan-anh').classes('text-sm')
            ui.button(_('fb.portal.send'), icon='rate_review', on_click=lambda: ui.navigate.to('/phan-anh/gui')) \
                .props('unelevated no-caps').mark('fb-new')
        if not rows:
            empty_state('rate_review', _('fb.portal.mine_empty'), _('fb.portal.mine_empty_text'), mark='fb-mine-empty')
        for row in rows:
            with ui.link(target=f'/phan-anh/{row["id"]}').classes(
                    'portal-card w-full p-4 no-underline text-[#1F2933] hover:shadow-md block').mark('fb-mine-item'):
                with ui.row().classes('items-center gap-2 w-full'):
                    _status_badge(row['status'])
                    due_badge(row['flag'])
                    ui.label(row['code']).classes('font-mono text-sm')
                    ui.space()
                    ui.label(_('fb.portal.sent_on', date=row['sent'])).classes('text-xs portal-muted')
                ui.label(row['title']).classes('font-semibold pt-1')
                details = [_(f'fb.topic.{row["topic"]}'), row['agency']]
                if row['status'] == 'received':
                    details.append(_('fb.portal.due_on', date=row['due']))
                ui.label(' · '.join(details)).classes('text-sm portal-muted')
                if row['rating']:
                    ui.label('★' * row['rating'] + '☆' * (5 - row['rating'])).classes('text-amber-600') \
                        .props(f'aria-label="{_("fb.portal.your_rating", score=row["rating"])}"')


# ---------------------------------------------------------------- one feedback

def _detail(caller: Caller, feedback_id: int, english: bool) -> dict:
    with session_scope() as session:
        actor = caller.actor(session)
        view = feedback_view(session, actor=actor, feedback_id=feedback_id)
        feedback = view['feedback']
        names: dict = {}
        procedure = session.get(Procedure, feedback.procedure_id) if feedback.procedure_id else None
        dossier = session.get(Dossier, feedback.dossier_id) if feedback.dossier_id else None
        province = get_province(session, feedback.province_code) if feedback.province_code else None
        own = actor is not None and feedback.sender_id == actor.id
        return {
            'id': feedback.id, 'code': feedback.code, 'status': feedback.status, 'topic': feedback.topic,
            'category': feedback.category, 'title': feedback.title, 'content': feedback.content,
            'due': format_date(feedback.due_date), 'sent': format_datetime(feedback.created_at),
            'rating': feedback.rating, 'consent': feedback.publish_consent, 'published': feedback.published,
            'own': own, 'sender': feedback.sender_name, 'flag': view['flag'],
            'agency': _agency_name(session, feedback.agency_id, english, names),
            'procedure': f'{procedure.code} · {procedure.name_en if english else procedure.name}' if procedure else '',
            'dossier': dossier.code if dossier else '', 'dossier_id': dossier.id if dossier and own else None,
            'province': (province.name_en if english else province.name) if province else '',
            'answers': [{'agency': _agency_name(session, a.agency_id, english, names), 'content': a.content,
                         'at': format_datetime(a.created_at)} for a in view['answers']],
            'history': [{'action': e.action, 'agency': _agency_name(session, e.agency_id, english, names),
                         'note': e.note or '', 'at': format_datetime(e.at)} for e in view['history']],
            'files': [{'id': a.id, 'filename': a.filename, 'size': a.size} for a in view['attachments']],
        }


async def feedback_page(viewer: Viewer, feedback_id: str, receipt: str = '') -> None:
    english = lang() == 'en'
    try:
        item = await run.io_bound(_detail, Caller.here(), int(feedback_id) if feedback_id.isdigit() else -1, english)
    except DomainError:
        with frame(_('fb.portal.missing'), viewer):
            empty_state('search_off', _('fb.portal.missing'), mark='fb-missing')
        return
    applicant = viewer.role in ('citizen', 'enterprise')
    with frame(item['code'], viewer, wide=True):
        if applicant:
            ui.link(_('fb.portal.mine'), '/phan-anh/cua-toi').classes('text-sm')
        if receipt and item['own']:
            with ui.column().classes('w-full p-5 gap-1 rounded-xl bg-green-50 border border-green-200') \
                    .mark('fb-receipt'):
                ui.label(_('fb.portal.receipt_title')).classes('text-lg font-semibold text-green-900')
                ui.label(f'{_("fb.code")}: {item["code"]}').classes('font-mono text-green-900')
                ui.label(_('fb.portal.receipt_text', agency=item['agency'], date=item['due'])) \
                    .classes('text-sm text-green-900').mark('fb-receipt-text')
        with ui.column().classes('portal-card w-full p-5 gap-2'):
            with ui.row().classes('items-center gap-2'):
                _status_badge(item['status']).mark('fb-status')
                due_badge(item['flag'])
                ui.label(item['code']).classes('font-mono').mark('fb-code')
            ui.label(item['title']).classes('text-xl font-semibold').props('role=heading aria-level=1')
        with ui.row().classes('w-full gap-4 items-start'):
            with ui.column().classes('grow basis-[34rem] gap-4'):
                with ui.column().classes('portal-card w-full p-5 gap-2'):
                    section_title(_('fb.portal.content'))
                    ui.label(item['content']).classes('text-sm whitespace-pre-line').mark('fb-content-text')
                attachments_card(item['files'], feedback_id=item['id'],
                                 may_add=item['own'] and item['status'] == 'received')
                with ui.column().classes('portal-card w-full p-5 gap-2').mark('fb-answers'):
                    section_title(_('fb.portal.answers'))
                    if not item['answers']:
                        ui.label(_('fb.portal.waiting', date=item['due'])).classes('text-sm portal-muted')
                    for answer in item['answers']:
                        with ui.column().classes('w-full gap-1 p-3 rounded-lg bg-gray-50 border-l-4 '
                                                 'border-[#A61D24]').mark('fb-answer'):
                            with ui.row().classes('w-full items-center gap-2'):
                                ui.label(answer['agency']).classes('text-sm font-semibold')
                                ui.space()
                                ui.label(answer['at']).classes('text-xs portal-muted')
                            ui.label(answer['content']).classes('text-sm whitespace-pre-line')
                if item['own'] and (item['rating'] or item['status'] == 'answered'):
                    _rating_box(item)
            with ui.column().classes('grow basis-96 gap-4'):
                with ui.column().classes('portal-card w-full p-5 gap-2'):
                    facts([(_('fb.topic_label'), _(f'fb.topic.{item["topic"]}')),
                           (_('fb.category_label'), _(f'fb.category.{item["category"]}')),
                           (_('fb.portal.agency'), item['agency']),
                           (_('fb.portal.sent_at'), item['sent']),
                           (_('fb.due'), item['due']),
                           (_('fb.province'), item['province']),
                           (_('fb.portal.procedure'), item['procedure']),
                           (_('fb.portal.dossier'), item['dossier']),
                           (_('fb.publish'), _('fb.publish_yes') if item['consent'] else _('fb.publish_no'))])
                    if item['dossier_id']:
                        ui.link(item['dossier'], f'/ho-so/{item["dossier_id"]}').classes('text-sm')
                _history(item['history'])


def _history(history: list[dict]) -> None:
    with ui.column().classes('portal-card w-full p-5 gap-2').mark('fb-history'):
        section_title(_('fb.history'))
        for event in reversed(history):
            with ui.column().classes('w-full gap-0 border-l-2 border-gray-300 pl-3 py-1'):
                ui.label(_(f'fb.action.{event["action"]}')).classes('text-sm font-semibold')
                if event['agency'] and event['action'] in ('received', 'rerouted', 'answered'):
                    ui.label(event['agency']).classes('text-sm')
                if event['note']:
                    ui.label(event['note']).classes('text-sm whitespace-pre-line')
                ui.label(event['at']).classes('text-xs portal-muted')


def _rating_box(item: dict) -> None:
    with ui.column().classes('portal-card w-full p-5 gap-2').mark('fb-rating'):
        section_title(_('fb.portal.rate_title'))
        if item['rating']:
            ui.rating(value=item['rating'], max=5, size='lg', icon='star_border', icon_selected='star') \
                .props('readonly color=amber-8')
            ui.label(_('fb.portal.your_rating', score=item['rating'])).classes('text-sm portal-muted').mark('fb-rated')
            return
        ui.label(_('fb.portal.rate_text')).classes('text-sm')
        stars = ui.rating(value=0, max=5, size='lg', icon='star_border', icon_selected='star') \
            .props(f'color=amber-8 aria-label="{_("fb.portal.rate_title")}"').mark('fb-stars')

        async def send() -> None:
            await attempt(rate_feedback, done=_('fb.portal.rated_ok'), feedback_id=item['id'],
                          rating=int(stars.value or 0))
        ui.button(_('fb.portal.rate_submit'), on_click=send).props('unelevated no-caps').classes('self-start') \
            .mark('fb-rate')


def mount() -> None:
    portal_page('/phan-anh', area='public')(public_feedback_page)
    portal_page('/phan-anh/gui', area='applicant')(new_feedback_page)
    portal_page('/phan-anh/cua-toi', area='applicant')(my_feedback_page)
    portal_page('/phan-anh/{feedback_id}', area='account')(feedback_page)
