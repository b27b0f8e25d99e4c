"""Call-centre reports by day, category and agent, with CSV and XLSX export."""
from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlencode

from nicegui import run, ui

from core.clock import format_date, format_number, parse_day, today_local
from core.db import session_scope
from core.errors import DomainError
from core.export import to_csv, to_xlsx
from domain import support
from ui.components import empty_state, section_title
from ui.forms import show_error
from ui.frame import frame, portal_page
from ui.session import Caller, Viewer, _

COLUMNS = ('calls', 'tickets', 'tickets_resolved', 'average_handling_seconds', 'first_contact_resolution', 'sla_met',
           'csat')
TABLES = (('by_day', 'day'), ('by_category', 'category'), ('by_agent', 'agent'))


def _report(caller: Caller, since, until) -> dict:
    with session_scope() as session:
        return support.report(session, actor=caller.actor(session), since=since, until=until)


def _cell(key: str, value):
    if key == 'day':
        return format_date(value)
    if key == 'category':
        return _(f'category.{value}')
    if value is None:
        return '—'
    return format_number(value) if isinstance(value, (int, float)) else value


async def reports_page(viewer: Viewer, since: str = '', until: str = '') -> None:
    try:
        end = parse_day(until) if until else today_local()
        start = parse_day(since) if since else end - timedelta(days=29)
    except ValueError:
        end, start = today_local(), today_local() - timedelta(days=29)
    with frame(_('cc.reports'), viewer, wide=True):
        section_title(_('cc.reports'), 1)
        with ui.row().classes('items-end gap-2'):
            since_input = ui.input(_('cc.period_from'), value=format_date(start)) \
                .props('outlined dense mask="##/##/####"').classes('w-36').mark('since')
            until_input = ui.input(_('cc.period_to'), value=format_date(end)) \
                .props('outlined dense mask="##/##/####"').classes('w-36').mark('until')
            ui.button(_('search.button'), icon='refresh', on_click=lambda: ui.navigate.to(
                '/callcenter/bao-cao?' + urlencode({'since': since_input.value or '', 'until': until_input.value or ''}))) \
                .props('unelevated no-caps')
        try:
            data = await run.io_bound(_report, Caller.here(), start, end)
        except DomainError as error:
            show_error(error)
            return
        headers = {key: _(f'cc.col.{key}') for key in ('day', 'category', 'agent') + COLUMNS}

        def table_rows(name: str, first: str) -> tuple[list[str], list[list]]:
            keys = (first,) + COLUMNS
            return [headers[k] for k in keys], [[r[k] for k in keys] for r in data[name]]

        def download(kind: str) -> None:
            if kind == 'csv':  # one file: the three tables one after another, named in the first column
                rows = [[_(f'cc.{name}'), _cell(first, r[first]) if first != 'day' else r[first]]
                        + [r[k] for k in COLUMNS] for name, first in TABLES for r in data[name]]
                heads = [_('cc.reports'), f'{headers["day"]} / {headers["category"]} / {headers["agent"]}'] \
                    + [headers[k] for k in COLUMNS]
                ui.download.content(to_csv(heads, rows), f'bao-cao-tong-dai-{start}-{end}.csv', 'text/csv')
            else:
                sheets = {_(f'cc.{name}'): table_rows(name, first) for name, first in TABLES}
                ui.download.content(to_xlsx(sheets), f'bao-cao-tong-dai-{start}-{end}.xlsx',
                                    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        with ui.row().classes('gap-2'):
            ui.button(_('cc.export_csv'), icon='download', on_click=lambda: download('csv')).props('outline no-caps') \
                .mark('export-csv')
            ui.button(_('cc.export_xlsx'), icon='download', on_click=lambda: download('xlsx')).props('outline no-caps') \
                .mark('export-xlsx')
        if not any(data.values()):
            empty_state('insights', _('common.empty'), mark='report-empty')
            return
        for name, first in TABLES:
            with ui.column().classes('portal-card w-full p-4 gap-2'):
                section_title(_(f'cc.{name}'))
                keys = (first,) + COLUMNS
                ui.table(columns=[{'name': k, 'label': headers[k], 'field': k, 'align': 'left' if k == first else 'right'}
                                  for k in keys],
                         rows=[{k: _cell(k, r[k]) for k in keys} | {'id': i} for i, r in enumerate(data[name])],
                         row_key='id', pagination=15).classes('w-full').props('flat dense').mark(f'report-{name}')


def mount() -> None:
    portal_page('/callcenter/bao-cao', area='callcenter_supervisor')(reports_page)
