"""Finding procedures: the search page and the procedure page."""
from __future__ import annotations

from urllib.parse import urlencode

from nicegui import run, ui

from core.clock import format_money
from core.db import session_scope
from core.memo import Memo
from core.errors import DomainError, NotFound
from domain.agencies import MINISTRY_KINDS, list_agencies, list_sectors
from domain.catalog import list_life_events, procedure_details, search_procedures, total_pages
from ui.components import empty_state, facts, section_title
from ui.forms import error_message
from ui.frame import frame, portal_page
from ui.markup import block, esc, heading, icon, link
from ui.pickers import SearchSelect
from ui.session import Viewer, _, lang

PAGE_SIZE = 15


def _filters_data(english: bool) -> dict:
    with session_scope() as session:
        return {
            'sectors': {s.code: s.name_en if english else s.name for s in list_sectors(session)},
            'agencies': {a.code: a.name_en if english else a.name
                         for a in list_agencies(session, kinds=MINISTRY_KINDS)},
            'events': [(e.code, e.name_en if english else e.name, e.icon) for e in list_life_events(session)],
        }


def _search(params: dict):
    with session_scope() as session:
        return search_procedures(session, page_size=PAGE_SIZE, **params)


def _fee_text(fee: int | None) -> str:
    return _('catalog.free') if not fee else format_money(fee)


async def procedures_page(viewer: Viewer | None, q: str = '', sector: str = '', level: str = '', agency: str = '',
                          life_event: str = '', page: str = '1') -> None:
    english = lang() == 'en'
    filters = await run.io_bound(_filters_data, english)
    state = {'q': q[:200], 'sector': sector or None, 'level': int(level) if level in ('1', '2', '3', '4') else None,
             'agency': agency or None, 'life_event': life_event or None,
             'page': int(page) if page.isdigit() and 0 < int(page) < 10_000 else 1}

    with frame(_('catalog.title'), viewer, wide=True):
        section_title(_('catalog.title'), 1)
        with ui.row().classes('w-full gap-2 items-end'):
            query = ui.input(_('catalog.search_label'), value=state['q']).props('outlined clearable autofocus') \
                .classes('grow min-w-[16rem]').mark('search-input')
            sector_select = SearchSelect({'': _('catalog.all')} | filters['sectors'], value=state['sector'] or '',
                                         label=_('catalog.sector')).props('outlined') \
                .classes('w-64').mark('sector-filter')
            level_select = ui.select({0: _('catalog.all')} | {i: _('catalog.level_n', level=i) for i in (1, 2, 3, 4)},
                                     value=state['level'] or 0, label=_('catalog.level')).props('outlined') \
                .classes('w-40').mark('level-filter')
            agency_select = SearchSelect({'': _('catalog.all')} | filters['agencies'], value=state['agency'] or '',
                                         label=_('catalog.agency')).props('outlined') \
                .classes('w-64').mark('agency-filter')
        with ui.row().classes('w-full gap-2'):
            for code, name, icon in filters['events']:
                chip = ui.chip(name, icon=icon, selectable=True, selected=state['life_event'] == code) \
                    .props('outline color=primary').mark(f'event-{code}')
                chip.on('click', lambda c=code: choose_event(c))
        results = ui.column().classes('w-full gap-3')

        async def show() -> None:
            results.clear()
            with results:
                ui.spinner(size='lg').classes('self-center')
            params = {k: v for k, v in state.items() if k != 'page'}
            try:
                found = await run.io_bound(_search, params | {'page': state['page']})
            except DomainError as error:
                results.clear()
                with results:
                    empty_state('error_outline', error_message(error))
                return
            results.clear()
            with results:
                if not found.items:
                    with empty_state('search_off', _('catalog.empty_title'), _('catalog.empty_text'),
                                     mark='search-empty'):
                        ui.button(_('catalog.clear_filters'), on_click=clear).props('flat no-caps')
                    return
                ui.label(_('catalog.results', total=f'{found.total:,}'.replace(',', '.'))).classes('portal-muted') \
                    .mark('result-count')
                for item in found.items:
                    with ui.link(target=f'/procedures/{item.code}').classes(
                            'portal-card w-full p-4 no-underline text-[#1F2933] hover:shadow-md block') \
                            .mark('result'):
                        name = item.name_en if english else (item.highlighted_name or item.name)
                        if english or not item.highlighted_name:
                            ui.label(name).classes('text-base font-semibold text-[#A61D24]')
                        else:  # escaped by the domain, sanitised again in the browser
                            ui.html(name).classes('text-base font-semibold text-[#A61D24]')
                        with ui.row().classes('gap-2 items-center text-sm portal-muted pt-1'):
                            ui.badge(_('catalog.level_n', level=item.service_level)).props(
                                f'color={"green-8" if item.service_level >= 3 else "grey-7"}')
                            ui.label(item.sector_name)
                            ui.label('·')
                            ui.label(_(f'impl.{item.implementing_level}'))
                            if item.processing_days:
                                ui.label('·')
                                ui.label(_('catalog.days', days=item.processing_days))
                            ui.label('·')
                            ui.label(_fee_text(item.fee_vnd))
                pages = total_pages(found.total, PAGE_SIZE)
                if pages > 1:
                    ui.pagination(1, pages, direction_links=True, value=state['page'],
                                  on_change=lambda e: go_page(e.value)).props('max-pages=7').mark('pager')
            ui.run_javascript(f'history.replaceState(null, "", "/procedures?{_query_string(state)}")')

        async def go_page(number: int) -> None:
            if number != state['page']:
                state['page'] = number
                await show()

        async def apply(**changes) -> None:
            state.update(changes, page=1)
            await show()

        async def choose_event(code: str) -> None:
            await apply(life_event=None if state['life_event'] == code else code)
            ui.navigate.to(f'/procedures?{_query_string(state)}')

        async def clear() -> None:
            ui.navigate.to('/procedures')

        query.on('keydown.enter', lambda: apply(q=query.value or ''))
        query.on('clear', lambda: apply(q=''))
        query.props('debounce=350')
        query.on_value_change(lambda e: apply(q=e.value or ''))
        sector_select.on_value_change(lambda e: apply(sector=e.value or None))
        level_select.on_value_change(lambda e: apply(level=e.value or None))
        agency_select.on_value_change(lambda e: apply(agency=e.value or None))
    await show()


def _query_string(state: dict) -> str:
    return urlencode({k: v for k, v in state.items() if v not in (None, '', 1) or (k == 'page' and v != 1)})


# a procedure's published details change only when the catalogue is loaded again: kept a minute
_DETAILS = Memo('catalog', seconds=60.0)


async def _details(code: str) -> dict:
    def read() -> dict:
        with session_scope() as session:
            return procedure_details(session, code)
    return await _DETAILS.get_async(code, read)


def _card(inner: str) -> str:
    return f'<section class="portal-card w-full p-6 column gap-2">{inner}</section>'


def _procedure_body(p, details: dict, english: bool) -> str:
    """Everything on the page below the first card: read-only, so markup (ui.markup)."""
    steps = ''.join(f'<li>{esc(step)}</li>' for step in p.steps)
    head = ''.join(f'<th class="text-left">{esc(_(key))}</th>' for key in (
        'procedure.channel_kind', 'procedure.processing_time', 'procedure.fee', 'procedure.description'))
    rows = ''.join(f'<tr><td>{esc(_(f"channel.{c.kind}"))}</td><td>{esc(_("catalog.days", days=c.processing_days))}</td>'
                   f'<td>{esc(c.fee_description)}</td><td>{esc(c.description)}</td></tr>' for c in details['channels'])
    documents = ''.join(
        '<li class="row items-center no-wrap gap-3 py-2 border-b border-gray-100">'
        + icon('description', 'text-[#A61D24]') + f'<span class="grow text-sm">{esc(d.name)}'
        + ('' if d.required else f' <span class="text-xs portal-muted" data-testid="document-optional">'
                                 f'{esc(_("procedure.optional"))}</span>')
        + '</span>'
        f'<span class="text-xs portal-muted gt-xs">{esc(_("procedure.originals"))}: {d.originals} · '
        f'{esc(_("procedure.copies"))}: {d.copies}</span>'
        + (link(f'/api/v1/procedures/{p.code}/templates/{d.template}', esc(_('procedure.download')),
                'nicegui-link text-sm', data_testid='template-link')
           if d.template and details['templates_available'] else '')
        + '</li>' for d in details['documents'])
    legal = ''.join(f'<li>{esc(item)}</li>' for item in p.legal_basis)
    faqs = ''.join(f'<details class="portal-faq"><summary>{esc(f.question)}</summary><p class="text-sm">{esc(f.answer)}'
                   f'</p></details>' for f in details['faqs'])
    return (_card(heading(_('procedure.steps')) + f'<ol class="portal-list text-sm">{steps}</ol>')
            + _card(heading(_('procedure.channels')) + '<div class="portal-table-wrap"><table class="portal-table '
                    f'text-sm" data-testid="channels"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>')
            + _card(heading(_('procedure.documents')) + f'<ul class="portal-plain w-full" data-testid="documents">'
                    f'{documents}</ul>')
            + _card(heading(_('procedure.legal_basis')) + f'<ul class="portal-list text-sm">{legal}</ul>')
            + (_card(heading(_('procedure.faqs')) + faqs) if faqs else ''))


async def procedure_page(viewer: Viewer | None, code: str) -> None:
    english = lang() == 'en'
    try:
        details = await _details(code)
    except NotFound:
        with frame(_('catalog.title'), viewer):
            empty_state('search_off', _('error.procedure_not_found'), mark='procedure-missing')
        return
    p = details['procedure']
    name = p.name_en if english else p.name
    with frame(name, viewer, wide=True):
        block(link('/procedures', esc(_('catalog.title')), 'nicegui-link text-sm'))
        with ui.column().classes('portal-card w-full p-6 gap-3'):
            level_colour = 'bg-green-8' if p.service_level >= 3 else 'bg-grey-7'
            badges = (f'<span class="q-badge flex inline items-center no-wrap q-badge--single-line {level_colour} '
                      f'text-white" data-testid="procedure-level">{esc(_("catalog.level_n", level=p.service_level))}'
                      '</span>')
            if p.launch_service:
                badges += ('<span class="q-badge flex inline items-center no-wrap q-badge--single-line bg-accent '
                           f'text-dark">{esc(_("procedure.launch_service"))}</span>')
            block(f'<div class="row items-center gap-2">{badges}<span class="text-sm portal-muted">'
                  f'{esc(_("procedure.code"))}: {esc(p.code)}</span></div>'
                  f'<h1 class="text-2xl font-semibold m-0 mt-3 leading-snug" data-testid="procedure-name">{esc(name)}</h1>'
                  f'<div class="text-sm portal-muted mt-1">{esc(_(f"level.{p.service_level}"))}</div>') \
                .classes('w-full').mark('procedure-level', 'procedure-name')
            if p.service_level >= 3:
                if viewer is None:
                    ui.button(_('procedure.login_to_submit'), icon='login',
                              on_click=lambda: ui.navigate.to(f'/login?next=/ho-so/moi/{p.code}')) \
                        .props('unelevated no-caps').mark('submit-online')
                elif viewer.role in ('citizen', 'enterprise'):
                    ui.button(_('procedure.submit_online'), icon='send',
                              on_click=lambda: ui.navigate.to(f'/ho-so/moi/{p.code}')) \
                        .props('unelevated no-caps size=lg').mark('submit-online')
            else:
                block(f'<div class="text-sm text-[#B45309]">{esc(_("procedure.not_online"))}</div>')
            facts([
                (_('catalog.sector'), details['sector'].name_en if english else details['sector'].name),
                (_('catalog.implementing_level'), _(f'impl.{p.implementing_level}')),
                (_('procedure.decision'), p.decision),
                (_('procedure.applicants'), ', '.join(_(f'applicant.{a}') for a in p.applicants)),
                (_('procedure.implementing_agency'), p.implementing_agency),
                (_('procedure.competent_agency'), p.competent_agency),
                (_('procedure.receiving_address'), p.receiving_address),
                (_('procedure.result'), p.result),
                (_('procedure.conditions'), p.conditions),
            ])
        block(_procedure_body(p, details, english)).classes('w-full column gap-4') \
            .mark('channels', 'documents', *(['template-link'] if details['templates_available'] else []))


def mount() -> None:
    portal_page('/procedures', area='public')(procedures_page)
    portal_page('/procedures/{code}', area='public')(procedure_page)
