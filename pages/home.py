"""The citizen home page."""
from __future__ import annotations

from nicegui import run, ui

from core.clock import format_number, today_local
from core.db import session_scope
from domain.agencies import MINISTRY_KINDS, list_agencies
from domain.places import list_provinces
from domain.stats import account_figures, visits_on
from ui.frame import PAGE_RULES, frame, portal_page
from ui.session import Viewer, _, lang

POPULAR_SEARCHES = ('đổi GPLX', 'khai sinh', 'lý lịch tư pháp', 'đăng ký kết hôn', 'cấp lại thẻ BHYT', 'nộp thuế')

QUICK_ACTIONS = (
    ('home.quick_track', 'manage_search', '/tra-cuu'),
    ('home.quick_pay', 'payments', '/thanh-toan'),
    ('home.quick_feedback', 'forum', '/phan-anh'),
    ('home.quick_support', 'support_agent', '/ho-tro'),
)


def _home_data() -> dict:
    with session_scope() as session:
        return {
            'accounts': account_figures(session),
            'visits_today': visits_on(session, today_local()),
            'provinces': [(p.code, p.name, p.name_en) for p in list_provinces(session)],
            'ministries': [(a.code, a.name, a.name_en) for a in list_agencies(session, kinds=MINISTRY_KINDS)],
        }


def _figure(value: int, label_key: str, icon: str, mark: str) -> None:
    with ui.column().classes('portal-card p-4 gap-1 items-start grow basis-40'):
        ui.icon(icon, size='1.75rem').classes('text-[#A61D24]')
        ui.label(format_number(value)).classes('portal-figure').mark(mark)
        ui.label(_(label_key)).classes('text-sm portal-muted')


async def home_page(viewer: Viewer | None) -> None:
    data = await run.io_bound(_home_data)
    english = lang() == 'en'
    with frame(_('nav.home'), viewer, wide=True):
        with ui.column().classes('portal-hero w-full p-6 sm:p-10 gap-3'):
            if viewer:
                ui.label(_('home.hello', name=viewer.full_name)).classes('text-lg text-[#F4C430]').mark('greeting')
            ui.label(_('home.hero_title')).classes('text-2xl sm:text-3xl font-bold').props('role=heading aria-level=1')
            ui.label(_('home.hero_text')).classes('text-base opacity-90 max-w-3xl')
            with ui.element('form').classes('w-full max-w-3xl').props('action=/procedures method=get role=search'):
                with ui.row().classes('w-full no-wrap gap-2'):
                    ui.input(placeholder=_('search.placeholder')).props(
                        f'outlined bg-color=white name=q aria-label="{_("search.button")}"').classes('grow') \
                        .mark('hero-search')
                    with ui.button(icon='search').props(f'type=submit unelevated color=accent text-color=dark no-caps '
                                                        f'aria-label="{_("search.button")}"'):
                        ui.label(_('search.button')).classes('gt-xs q-ml-sm')
            with ui.row().classes('gap-2'):
                for phrase in POPULAR_SEARCHES:
                    ui.link(phrase, f'/procedures?q={phrase}').classes(
                        'text-white text-sm bg-white/10 rounded-full px-3 py-1 no-underline hover:bg-white/20')
            if viewer is None:
                ui.label(_('home.login_prompt')).classes('text-sm opacity-90')

        actions = [a for a in QUICK_ACTIONS if a[2] in PAGE_RULES]
        if actions:
            with ui.row().classes('w-full gap-3'):
                for key, icon, path in actions:
                    with ui.link(target=path).classes('portal-card p-4 grow basis-40 row items-center gap-3 '
                                                      'no-underline text-[#1F2933] hover:shadow-md'):
                        ui.icon(icon, size='1.75rem').classes('text-[#A61D24]')
                        ui.label(_(key)).classes('font-semibold')

        ui.label(_('home.figures')).classes('text-xl font-semibold mt-2').props('role=heading aria-level=2')
        with ui.row().classes('w-full gap-3'):
            _figure(data['accounts']['total'], 'home.figure_accounts', 'group', 'figure-accounts')
            _figure(data['visits_today'], 'home.figure_visits_today', 'visibility', 'figure-visits')
            _figure(len(data['ministries']), 'home.figure_ministries', 'account_balance', 'figure-ministries')
            _figure(len(data['provinces']), 'home.figure_provinces', 'map', 'figure-provinces')

        with ui.row().classes('w-full gap-4 items-start'):
            for title_key, rows in (('home.ministries_title', data['ministries']),
                                    ('home.provinces_title', data['provinces'])):
                with ui.column().classes('portal-card p-4 gap-2 grow basis-80'):
                    ui.label(_(title_key)).classes('text-lg font-semibold').props('role=heading aria-level=2')
                    with ui.row().classes('gap-2'):
                        for code, name, name_en in rows:
                            ui.label(name_en if english else name).classes(
                                'text-sm bg-gray-100 rounded-full px-3 py-1').props(f'data-code={code}')


def mount() -> None:
    portal_page('/', area='public')(home_page)
