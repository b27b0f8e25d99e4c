"""The leadership dashboard: live national figures from the rollups, filters, drill-down,
exports and a printable report."""
from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import urlencode

from nicegui import run, ui

from core import events
from core.clock import format_date, format_money, format_number, parse_day, today_local
from core.db import session_scope
from core.export import to_csv, to_xlsx
from domain.agencies import MINISTRY_KINDS, get_agency, list_agencies
from domain.dashboard import INDEX_GROUPS, overview, period_rows, service_index
from ui.charts import daily, ranking
from ui.components import empty_state, figure_tile, figure_tiles, loading, section_title
from ui.frame import frame, portal_page
from ui.pickers import SearchSelect
from ui.session import Viewer, _, lang

LIVE_TOPICS = ('accounts', 'dossiers', 'support', 'records', 'payments', 'feedback')
DEFAULT_SINCE = date(2019, 12, 9)  # the portal's launch


def parse_period(since: str, until: str) -> tuple[date, date]:
    try:
        end = parse_day(until) if until else today_local()
        start = parse_day(since) if since else DEFAULT_SINCE
    except ValueError:
        end, start = today_local(), DEFAULT_SINCE
    if start > end:
        start, end = end, start
    return start, end


def preset_periods(today: date) -> dict[str, tuple[date, date]]:
    """The periods leaders ask for most, one click each."""
    return {'days7': (today - timedelta(days=6), today), 'days30': (today - timedelta(days=29), today),
            'year': (date(today.year, 1, 1), today),
            'months12': (today - timedelta(days=364), today),
            'launch': (DEFAULT_SINCE, today)}


def dashboard_data(since: date, until: date, agency: str | None, own_agency_id: int | None) -> dict:
    with session_scope() as session:
        own = get_agency(session, agency_id=own_agency_id).code if own_agency_id else None
        rows = period_rows(session, since, until)  # one read of the rollups serves every figure
        return {'national': overview(session, since=since, until=until, agency_code=agency or None, rows=rows),
                'own': overview(session, since=since, until=until, agency_code=own, rows=rows)
                if own and own != agency else None,
                'own_code': own, 'index': service_index(session, since=since, until=until, rows=rows),
                'agencies': [(a.code, a.name, a.name_en, a.kind) for a in list_agencies(session)]}


def _name(data: dict, code: str) -> str:
    name, name_en = data['national']['names'].get(code, (code, code))
    return name_en if lang() == 'en' else name


def _pct(value: float | None) -> str:
    return '—' if value is None else f'{format_number(value)} %'


def tiles(data: dict) -> None:
    """The nine live figures: one element (each refresh of the figures redraws it whole)."""
    n, own = data['national'], data['own']

    def mine(getter) -> str | None:
        return None if own is None else f'{_name(data, data["own_code"])}: {getter(own)}'
    r, d, c = n['records'], n['dossiers'], n['callcentre']
    cards = [
        figure_tile(_('dash.accounts'), format_number(n['accounts']['total']), 'group', 'dash-accounts',
             _('dash.accounts_detail', citizen=format_number(n['accounts']['citizen']),
               enterprise=format_number(n['accounts']['enterprise']))),
        figure_tile(_('dash.visits'), format_number(sum(v for _d, v in n['visits_series'])), 'visibility', 'dash-visits'),
        figure_tile(_('dash.records'), format_number(r['total']), 'sync', 'dash-records',
             _('dash.records_detail', ministries=r['ministries_syncing'], ministries_all=r['ministries'],
               provinces=r['provinces_syncing'], provinces_all=r['provinces']),
             mine(lambda o: format_number(o['records']['total']))),
        figure_tile(_('dash.sso'), f'{n["sso"]["ministries"]}/{r["ministries"]} · {n["sso"]["provinces"]}/{r["provinces"]}',
             'key', 'dash-sso', _('dash.sso_detail')),
        figure_tile(_('dash.services'), format_number(n['services']['online']), 'cloud_done', 'dash-services',
             ' · '.join(_('catalog.level_n', level=level) + f': {n["services"]["online_by_level"].get(level, 0)}'
                        for level in (3, 4)) + ' · ' + _('dash.services_catalogue',
                                                        count=format_number(sum(n['services']['by_level'].values())))),
        figure_tile(_('dash.on_time'), _pct(d['on_time_rate']), 'schedule', 'dash-on-time',
             _('dash.on_time_detail', finished=format_number(d['finished_all']), received=format_number(d['received'])),
             mine(lambda o: _pct(o['dossiers']['on_time_rate']))),
        figure_tile(_('dash.payments'), format_number(n['payments']['count']), 'payments', 'dash-payments',
             format_money(n['payments']['amount'])),
        figure_tile(_('dash.callcentre'), format_number(c['calls']), 'headset_mic', 'dash-calls',
             _('dash.callcentre_detail', tickets=format_number(c['tickets']), sla=_pct(c['sla_met']),
               csat='—' if c['csat'] is None else format_number(c['csat']))),
        figure_tile(_('dash.feedback'), format_number(n['feedback']['received']), 'forum', 'dash-feedback',
             _('dash.feedback_detail', answered=format_number(n['feedback']['answered']))),
    ]
    figure_tiles(cards)


def index_table(data: dict) -> None:
    rows = data['index']
    with ui.column().classes('portal-card w-full p-4 gap-2').mark('service-index'):
        section_title(_('dash.index_title'))
        ui.label(_('dash.index_formula')).classes('text-xs portal-muted whitespace-pre-line')
        if not rows:
            ui.label(_('common.empty')).classes('portal-muted')
            return
        columns = [{'name': 'rank', 'label': '#', 'field': 'rank', 'align': 'right'},
                   {'name': 'name', 'label': _('callcenter.col_name'), 'field': 'name', 'align': 'left'}] + \
                  [{'name': g, 'label': _(f'dash.group.{g}'), 'field': g, 'align': 'right'} for g in INDEX_GROUPS] + \
                  [{'name': 'index', 'label': _('dash.index'), 'field': 'index', 'align': 'right', 'sortable': True}]
        ui.table(columns=columns, rows=[{k: (format_number(v) if isinstance(v, float) else v if v is not None else '—')
                                         for k, v in row.items()} | {'name': row['name_en'] if lang() == 'en'
                                                                     else row['name']} for row in rows],
                 row_key='code', pagination=10).classes('w-full').props('flat dense')


def export_tables(data: dict) -> dict[str, tuple[list[str], list[list]]]:
    n = data['national']
    return {
        _('dash.sheet_daily'): ([_('cc.col.day'), _('dash.visits'), _('dash.records'), _('dash.new_accounts')],
                                [[day, visits, records, accounts] for (day, visits), (_d1, records), (_d2, accounts)
                                 in zip(n['visits_series'], n['records_series'], n['accounts_series'])]),
        _('dash.sheet_agencies'): ([_('callcenter.col_code'), _('callcenter.col_name'), _('dash.records')],
                                   [[code, _name(data, code), value] for code, value in
                                    n['records']['by_ministry'] + n['records']['by_province']]),
        _('dash.sheet_index'): (['#', _('callcenter.col_code'), _('callcenter.col_name')]
                                + [_(f'dash.group.{g}') for g in INDEX_GROUPS] + [_('dash.index')],
                                [[r['rank'], r['code'], r['name']] + [r[g] for g in INDEX_GROUPS] + [r['index']]
                                 for r in data['index']]),
    }


async def dashboards_home_page(viewer: Viewer, since: str = '', until: str = '', agency: str = '') -> None:
    start, end = parse_period(since, until)
    state = {'since': start, 'until': end, 'agency': agency or None}
    seen = {'version': events.version(*LIVE_TOPICS)}
    with frame(_('dashboards.title'), viewer, wide=True):
        with ui.row().classes('w-full items-center gap-2'):
            section_title(_('dashboards.title'), 1)
            ui.space()
            ui.label(_('cc.live_note')).classes('text-sm portal-muted')
        with ui.row().classes('w-full items-end gap-2'):
            since_input = ui.input(_('cc.period_from'), value=format_date(start)) \
                .props('outlined dense mask="##/##/####" debounce=600').classes('w-36').mark('dash-since')
            until_input = ui.input(_('cc.period_to'), value=format_date(end)) \
                .props('outlined dense mask="##/##/####" debounce=600').classes('w-36').mark('dash-until')
            agency_select = SearchSelect({}, value=state['agency'], label=_('dash.scope'), clearable=True) \
                .props('outlined dense').classes('w-80').mark('dash-agency')
            ui.button(_('cc.export_csv'), icon='download', on_click=lambda: export('csv')).props('outline no-caps') \
                .mark('dash-csv')
            ui.button(_('cc.export_xlsx'), icon='download', on_click=lambda: export('xlsx')).props('outline no-caps') \
                .mark('dash-xlsx')
            ui.button(_('dash.print'), icon='print', on_click=lambda: ui.navigate.to(
                '/dashboards/bao-cao?' + urlencode({k: v.isoformat() if isinstance(v, date) else v
                                                    for k, v in state.items() if v}), new_tab=True)) \
                .props('outline no-caps')
        with ui.row().classes('w-full gap-2 items-center').mark('dash-presets'):
            ui.label(_('dash.preset.label')).classes('text-sm portal-muted')
            for key, (first, last) in preset_periods(today_local()).items():
                ui.button(_(f'dash.preset.{key}'), on_click=lambda f=first, la=last: choose_period(f, la)) \
                    .props('outline rounded dense no-caps color=primary').classes('px-3 text-sm') \
                    .mark(f'dash-preset-{key}')
        body = ui.column().classes('w-full gap-4')
        cache: dict = {}

        @ui.refreshable
        async def content() -> None:
            data = await loading(dashboard_data, state['since'], state['until'], state['agency'],
                                      viewer.agency_id)
            cache['data'] = data
            english = lang() == 'en'
            agency_select.options = {code: f'{code} · {name_en if english else name}'
                                     for code, name, name_en, kind in data['agencies']
                                     if kind in MINISTRY_KINDS + ('province_committee',)}
            agency_select.update()
            n = data['national']
            scope = _name(data, state['agency']) if state['agency'] else _('common.national')
            ui.label(_('dash.scope_label', scope=scope, since=format_date(state['since']),
                       until=format_date(state['until']))).classes('text-sm font-medium').mark('scope')
            tiles(data)
            with ui.row().classes('w-full gap-4'):
                for series, title, kind in ((n['visits_series'], _('dash.chart_visits'), 'line'),
                                            (n['accounts_series'], _('dash.chart_accounts'), 'bar'),
                                            (n['records_series'], _('dash.chart_records'), 'bar')):
                    with ui.column().classes('portal-card grow basis-[22rem] p-2'):
                        ui.plotly(daily(series, title, kind=kind)).classes('w-full')
            with ui.row().classes('w-full gap-4'):
                for key, title in (('by_province', _('dash.chart_provinces')), ('by_ministry', _('dash.chart_ministries'))):
                    rows = [(code, _name(data, code), value) for code, value in n['records'][key][:20]]
                    with ui.column().classes('portal-card grow basis-[28rem] p-2'):
                        if rows:
                            chart = ui.plotly(ranking(rows, title)).classes('w-full').mark(f'chart-{key}')
                            chart.on('plotly_click', drill_down)
                        else:
                            empty_state('bar_chart', title, _('common.empty'))
            index_table(data)

        async def drill_down(event) -> None:
            points = (event.args or {}).get('points') or []
            code = points[0].get('customdata') if points else None
            if isinstance(code, str):
                agency_select.choose(code)

        quiet = {'on': False}

        def apply() -> None:
            if quiet['on']:
                return
            state['since'], state['until'] = parse_period(since_input.value or '', until_input.value or '')
            state['agency'] = agency_select.value or None
            content.refresh()
        for element in (since_input, until_input, agency_select):
            element.on_value_change(apply)

        def choose_period(first: date, last: date) -> None:
            quiet['on'] = True  # one refresh for both dates, not one with a half-changed period
            since_input.value, until_input.value = format_date(first), format_date(last)
            quiet['on'] = False
            apply()

        def export(kind: str) -> None:
            if 'data' not in cache:
                return
            tables = export_tables(cache['data'])
            stamp = f'{state["since"]}-{state["until"]}'
            if kind == 'xlsx':
                ui.download.content(to_xlsx(tables), f'bang-dieu-hanh-{stamp}.xlsx',
                                    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
            else:
                parts = [to_csv([t] + h, [[t] + r for r in rows]) for t, (h, rows) in tables.items()]
                ui.download.content(b''.join([parts[0]] + [p.removeprefix('\ufeff'.encode()) for p in parts[1:]]),
                                    f'bang-dieu-hanh-{stamp}.csv', 'text/csv')

        def poll() -> None:
            current = events.version(*LIVE_TOPICS)
            if current != seen['version']:
                seen['version'] = current
                content.refresh()
        with body:
            await content()
        ui.timer(1.0, poll)


async def report_page(viewer: Viewer, since: str = '', until: str = '', agency: str = '') -> None:
    """A printable report of the same figures."""
    start, end = parse_period(since, until)
    data = await run.io_bound(dashboard_data, start, end, agency or None, viewer.agency_id)
    ui.add_css('@media print { .q-header, .q-drawer, footer, .no-print { display: none !important; } '
               '.q-page-container { padding: 0 !important; } }')
    with frame(_('dash.print'), viewer, wide=True):
        with ui.row().classes('w-full items-center no-print'):
            ui.button(_('dash.print'), icon='print', on_click=lambda: ui.run_javascript('window.print()')) \
                .props('unelevated no-caps')
        section_title(_('dash.report_title'), 1)
        scope = _name(data, agency) if agency else _('common.national')
        ui.label(_('dash.scope_label', scope=scope, since=format_date(start), until=format_date(end))).mark('scope')
        tiles(data)
        for title, (heads, rows) in export_tables(data).items():
            with ui.column().classes('w-full gap-1'):
                section_title(title)
                ui.table(columns=[{'name': str(i), 'label': h, 'field': str(i), 'align': 'left'}
                                  for i, h in enumerate(heads)],
                         rows=[{str(i): format_date(v) if isinstance(v, date) else
                                (format_number(v) if isinstance(v, (int, float)) else v) for i, v in enumerate(row)}
                               | {'id': n} for n, row in enumerate(rows[:120])],
                         row_key='id', pagination={'rowsPerPage': 0}).classes('w-full').props('flat dense hide-pagination')


def mount() -> None:
    portal_page('/dashboards', area='dashboards')(dashboards_home_page)
    portal_page('/dashboards/bao-cao', area='dashboards')(report_page)
