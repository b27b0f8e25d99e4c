"""The citizen home page."""
from __future__ import annotations

from urllib.parse import urlencode


from core.clock import format_number, today_local
from core.db import session_scope
from core.memo import Memo
from domain.agencies import MINISTRY_KINDS, list_agencies
from domain.places import list_provinces
from domain.stats import account_figures, visits_on
from ui.frame import PAGE_RULES, frame, portal_page
from ui.markup import attr, block, esc, icon, link
from ui.session import Viewer, _, lang

POPULAR_SEARCHES = ('đổi GPLX', 'khai sinh', 'lý lịch tư pháp', 'đăng ký kết hôn', 'cấp lại thẻ BHYT', 'nộp thuế')

QUICK_ACTIONS = (
    ('home.quick_track', 'manage_search', '/tra-cuu'),
    ('home.quick_pay', 'payments', '/thanh-toan'),
    ('home.quick_feedback', 'forum', '/phan-anh'),
    ('home.quick_support', 'support_agent', '/ho-tro'),
)


# the figures move with registrations (change notice 'accounts') and with visits (flushed every few
# seconds, no notice): kept 5 seconds at most
_HOME_DATA = Memo('accounts', seconds=5.0)


def _read_home_data() -> dict:
    with session_scope() as session:
        return {
            'accounts': account_figures(session),
            'visits_today': visits_on(session, today_local()),
            'provinces': [(p.code, p.name, p.name_en) for p in list_provinces(session)],
            'ministries': [(a.code, a.name, a.name_en) for a in list_agencies(session, kinds=MINISTRY_KINDS)],
        }


async def _home_data() -> dict:
    return await _HOME_DATA.get_async(today_local(), _read_home_data)


def _hero(viewer: Viewer | None) -> str:
    greeting = (f'<div class="text-lg text-[#F4C430]" data-testid="greeting">'
                f'{esc(_("home.hello", name=viewer.full_name))}</div>') if viewer else ''
    phrases = ''.join(link(f'/procedures?{urlencode({"q": phrase})}', esc(phrase),
                           'text-white text-sm bg-white/10 rounded-full px-3 py-1 no-underline hover:bg-white/20')
                      for phrase in POPULAR_SEARCHES)
    prompt = f'<div class="text-sm opacity-90">{esc(_("home.login_prompt"))}</div>' if viewer is None else ''
    return (f'<div class="portal-hero w-full p-6 sm:p-10 column gap-3">{greeting}'
            f'<h1 class="text-2xl sm:text-3xl font-bold m-0 leading-tight">{esc(_("home.hero_title"))}</h1>'
            f'<p class="text-base opacity-90 max-w-3xl m-0">{esc(_("home.hero_text"))}</p>'
            f'<form action="/procedures" method="get" role="search" class="w-full max-w-3xl row no-wrap gap-2">'
            f'<input type="search" name="q" class="portal-search portal-search--large grow" maxlength="200" '
            f'placeholder="{attr(_("search.placeholder"))}" aria-label="{attr(_("search.button"))}" data-testid="hero-search">'
            f'<button type="submit" class="portal-search-button row items-center no-wrap gap-2" '
            f'aria-label="{attr(_("search.button"))}">{icon("search")}<span class="gt-xs">{esc(_("search.button"))}'
            f'</span></button></form><div class="row gap-2">{phrases}</div>{prompt}</div>')


def _quick_actions() -> str:
    cards = ''.join(link(path, icon(name, 'text-[#A61D24]', '1.75rem') + f'<span class="font-semibold">{esc(_(key))}</span>',
                         'portal-card p-4 grow basis-40 row items-center no-wrap gap-3 no-underline text-[#1F2933] '
                         'hover:shadow-md')
                    for key, name, path in QUICK_ACTIONS if path in PAGE_RULES)
    return f'<div class="row w-full gap-3">{cards}</div>' if cards else ''


def _figures(data: dict) -> str:
    figures = ((data['accounts']['total'], 'home.figure_accounts', 'group', 'figure-accounts'),
               (data['visits_today'], 'home.figure_visits_today', 'visibility', 'figure-visits'),
               (len(data['ministries']), 'home.figure_ministries', 'account_balance', 'figure-ministries'),
               (len(data['provinces']), 'home.figure_provinces', 'map', 'figure-provinces'))
    tiles = ''.join(f'<div class="portal-card p-4 column gap-1 items-start grow basis-40">'
                    f'{icon(name, "text-[#A61D24]", "1.75rem")}<span class="portal-figure" data-testid="{mark}">'
                    f'{esc(format_number(value))}</span><span class="text-sm portal-muted">{esc(_(key))}</span></div>'
                    for value, key, name, mark in figures)
    return (f'<h2 class="text-xl font-semibold mt-2 mb-3">{esc(_("home.figures"))}</h2>'
            f'<div class="row w-full gap-3">{tiles}</div>')


def _places(data: dict, english: bool) -> str:
    cards = ''.join(f'<section class="portal-card p-4 column gap-2 grow basis-80"><h2 class="text-lg font-semibold m-0">'
                    f'{esc(_(title_key))}</h2><div class="row gap-2">'
                    + ''.join(f'<span class="text-sm bg-gray-100 rounded-full px-3 py-1" data-code="{attr(code)}">'
                              f'{esc(name_en if english else name)}</span>' for code, name, name_en in rows)
                    + '</div></section>'
                    for title_key, rows in (('home.ministries_title', data['ministries']),
                                            ('home.provinces_title', data['provinces'])))
    return f'<div class="row w-full gap-4 items-start">{cards}</div>'


async def home_page(viewer: Viewer | None) -> None:
    data = await _home_data()
    with frame(_('nav.home'), viewer, wide=True):
        block(_hero(viewer)).classes('w-full').mark('hero', *(['greeting'] if viewer else []))
        block(_quick_actions() + _figures(data)).classes('w-full') \
            .mark('figures', 'figure-accounts', 'figure-visits', 'figure-ministries', 'figure-provinces')
        block(_places(data, lang() == 'en')).classes('w-full').mark('places')


def mount() -> None:
    portal_page('/', area='public')(home_page)
