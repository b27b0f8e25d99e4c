"""The page frame every page shares, and `portal_page`, which mounts a page with its access rule.

Each page declares the area (and so the roles) it admits where it is mounted: an anonymous
visitor is sent to log in and back, a wrong role gets a clear refusal page. The table of
mounted pages (`PAGE_RULES`) is what the authorization tests read.
"""
from __future__ import annotations

import copy
import inspect
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import quote

from fastapi.responses import RedirectResponse
from nicegui import app, context, ui

from core.i18n import t
from domain.permissions import AREA_ROLES, HOME_OF_ROLE
from ui.markup import attr, block, esc, icon, link, search_form
from ui.session import Viewer, _, current_viewer, lang, log_out

PAGE_RULES: dict[str, str] = {}
log = logging.getLogger('portal.access')

# Navigation per role: (catalog key, icon, path). Pages that later issues add join here.
_NAV: dict[str, list[tuple[str, str, str]]] = {
    'anonymous': [('nav.home', 'home', '/'), ('nav.procedures', 'menu_book', '/procedures'),
                  ('nav.track', 'manage_search', '/tra-cuu'), ('nav.feedback', 'rate_review', '/phan-anh'),
                  ('nav.support', 'support_agent', '/ho-tro'), ('nav.stats', 'bar_chart', '/thong-ke')],
    'citizen': [('nav.home', 'home', '/'), ('nav.procedures', 'menu_book', '/procedures'),
                ('nav.my_dossiers', 'folder_shared', '/ho-so'), ('nav.payments', 'payments', '/thanh-toan'),
                ('nav.track', 'manage_search', '/tra-cuu'), ('nav.feedback', 'rate_review', '/phan-anh/cua-toi'),
                ('nav.support', 'support_agent', '/ho-tro'), ('nav.stats', 'bar_chart', '/thong-ke')],
    'officer': [('nav.agency', 'inventory', '/agency'), ('nav.agency_tickets', 'support_agent', '/agency/yeu-cau'),
                ('nav.agency_payments', 'payments', '/agency/thanh-toan'), ('nav.agency_feedback', 'rate_review', '/agency/phan-anh'),
                ('nav.sync', 'sync_alt', '/agency/dong-bo')],
    'agent': [('nav.callcenter', 'headset_mic', '/callcenter'), ('nav.cc_feedback', 'rate_review', '/callcenter/phan-anh')],
    'supervisor': [('nav.callcenter', 'headset_mic', '/callcenter'), ('nav.cc_feedback', 'rate_review', '/callcenter/phan-anh'),
                   ('nav.wallboard', 'monitor', '/callcenter/wallboard'),
                   ('nav.cc_reports', 'summarize', '/callcenter/bao-cao')],
    'leader': [('nav.dashboards', 'insights', '/dashboards')],
    'admin': [('nav.admin_accounts', 'manage_accounts', '/admin/accounts'), ('nav.admin_clients', 'link', '/admin/clients'),
              ('nav.sync', 'sync_alt', '/agency/dong-bo'), ('nav.agency_payments', 'payments', '/agency/thanh-toan'),
              ('nav.agency', 'inventory', '/agency'),
              ('nav.callcenter', 'headset_mic', '/callcenter'), ('nav.wallboard', 'monitor', '/callcenter/wallboard'),
              ('nav.dashboards', 'insights', '/dashboards')],
}
_NAV['enterprise'] = _NAV['citizen']


def nav_items(viewer: Viewer | None) -> list[tuple[str, str, str]]:
    """The role's navigation, limited to pages that are mounted."""
    return [item for item in _NAV['anonymous' if viewer is None else viewer.role] if item[2] in PAGE_RULES]


def switch_language() -> None:
    """The reader's other language, remembered in this browser and, when logged in, on the account
    (the header's language switch is a plain link to a page calling this: no websocket needed)."""
    from core.db import session_scope
    from domain.accounts import set_language

    new = 'en' if lang() == 'vi' else 'vi'
    app.storage.user['lang'] = new
    if app.storage.user.get('account_id'):
        with session_scope() as session:
            set_language(session, account_id=app.storage.user['account_id'], language=new)


def _logout() -> None:
    log_out()
    ui.navigate.to('/login?bye=1')


def _menu_button(drawer: ui.left_drawer) -> str:
    """The narrow screens' menu button, drawn as Quasar draws a flat round button; it opens the
    navigation drawer in the browser."""
    return (f'<button type="button" class="q-btn q-btn-item non-selectable no-outline q-btn--flat q-btn--round '
            f'text-white q-btn--actionable q-focusable q-hoverable lt-md" aria-label="{attr(_("nav.menu"))}" '
            f'data-testid="menu-button" onclick="runMethod({drawer.id}, \'toggle\', [])">'
            '<span class="q-focus-helper"></span><span class="q-btn__content text-center col items-center '
            f'q-anchor--skip justify-center row">{icon("menu")}</span></button>')


def _header(viewer: Viewer | None, drawer: ui.left_drawer) -> None:
    here = context.client.request.url
    back = here.path + (f'?{here.query}' if here.query else '')
    other = 'en' if lang() == 'vi' else 'vi'
    language = link(f'/ngon-ngu?next={quote(back, safe="")}', esc(_('lang.switch')),
                    'portal-lang row items-center no-wrap whitespace-nowrap no-underline text-white',
                    aria_label=_('lang.switch_label'), lang='en' if other == 'en' else 'vi',
                    data_testid='lang-switch')
    brand = link('/', icon('account_balance', 'text-[#F4C430]', '2rem')
                 + f'<span class="column gap-0"><span class="portal-title text-base sm:text-lg">{esc(_("portal.name"))}'
                 f'</span><span class="portal-subtitle gt-sm">{esc(_("portal.tagline"))}</span></span>',
                 'row items-center no-wrap gap-2 text-white no-underline')
    search = search_form(_('search.placeholder'), _('search.button'), 'gt-xs', 'w-56 md:w-80')
    login = '' if viewer is not None else link(
        '/login', icon('login') + f'<span class="gt-xs q-ml-sm">{esc(_("account.login"))}</span>',
        'portal-login row items-center no-wrap no-underline', data_testid='login-button')
    with ui.header(elevated=True).classes('portal-header items-center px-3 py-2 gap-2 no-wrap'):
        # the skip link is the first stop of the Tab key
        block(f'{link("#main", esc(_("common.skip")), "portal-skip")}<div class="row items-center no-wrap gap-2">'
              f'{_menu_button(drawer)}{brand}<span class="grow"></span>{search}{language}{login}</div>') \
            .classes('grow').mark('header-search')
        if viewer is not None:
            with ui.button(icon='account_circle').props(
                    f'flat round color=white aria-label="{_("account.menu")}"').mark('account-menu'):
                with ui.menu():
                    ui.label(viewer.full_name).classes('px-4 pt-3 font-semibold').mark('account-name')
                    ui.label(_(f'role.{viewer.role}')).classes('px-4 pb-2 text-sm portal-muted')
                    ui.separator()
                    ui.menu_item(_('account.profile'), on_click=lambda: ui.navigate.to('/tai-khoan'))
                    ui.menu_item(_('account.logout'), on_click=_logout).mark('logout')


def _drawer(viewer: Viewer | None) -> ui.left_drawer:
    drawer = ui.left_drawer(value=None, bordered=True).props('breakpoint=1023 width=250').classes('bg-white portal-nav')
    current = context.client.page.path
    items = nav_items(viewer)
    # the longest matching path is the one this page belongs to
    matching = [p for _k, _i, p in items if current == p or (p != '/' and current.startswith(p))]
    chosen = max(matching, key=len, default=None)
    links = []
    for key, name, path in items:
        active = path == chosen
        links.append(link(path, icon(name, 'shrink-0') + f'<span class="min-w-0">{esc(_(key))}</span>',
                          'row items-center no-wrap gap-3 px-3 py-2 rounded-lg w-full '
                          + ('bg-red-50 text-[#A61D24] font-semibold' if active else 'hover:bg-gray-100'),
                          **({'aria_current': 'page'} if active else {})))
    with drawer:
        block(f'<nav class="column w-full gap-1 p-2" aria-label="{attr(_("nav.menu"))}">{"".join(links)}'
              + search_form(_('search.placeholder'), _('search.button'), 'xs w-full pt-2', 'w-full') + '</nav>') \
            .classes('w-full').mark('navigation')
    return drawer


def _footer(wide: bool) -> None:
    block(f'<div class="{"max-w-7xl" if wide else "max-w-6xl"} mx-auto w-full px-3 sm:px-6 py-6 row gap-8 '
          f'justify-between"><div class="column gap-1"><span class="font-semibold text-white">{esc(_("portal.name"))}'
          f'</span><span class="text-sm">{esc(_("portal.footer_owner"))}</span><span class="text-sm">'
          f'{esc(_("portal.footer_address"))}</span></div><div class="column gap-1"><span class="row items-center '
          f'gap-2">{icon("call", "text-[#F4C430]")}<span class="font-semibold text-white" data-testid="hotline">'
          f'{esc(_("portal.hotline"))}</span></span><span class="text-sm">{esc(_("portal.footer_email"))}</span></div>'
          '</div>', tag='footer').classes('portal-footer w-full').mark('footer')


def _set_html_lang() -> None:
    """`<html lang>` follows the reader's language (every page is mounted with Vietnamese): this
    client gets its own copy of the page's settings, the shared ones stay as they are."""
    client = context.client
    wanted = 'en-GB' if lang() == 'en' else 'vi'
    if client.page.resolve_language() != wanted:
        client.page = copy.copy(client.page)
        client.page.language = wanted


@contextmanager
def frame(title: str, viewer: Viewer | None, *, wide: bool = False) -> Iterator[ui.column]:
    """Header, navigation, content column and footer; yields the content column."""
    _set_html_lang()
    ui.page_title(f'{title} | {t("portal.name", lang())}')
    drawer = _drawer(viewer)
    _header(viewer, drawer)
    with ui.column().classes(f'w-full {"max-w-7xl" if wide else "max-w-6xl"} mx-auto p-3 sm:p-6 pb-10 sm:pb-10 gap-4') \
            .props('id=main role=main tabindex=-1') as content:
        yield content
    _footer(wide)


def refusal(viewer: Viewer, area: str) -> None:
    """The page a logged-in account of the wrong role sees."""
    context.client.status_code = 403
    roles = ', '.join(_(f'role.{role}') for role in sorted(AREA_ROLES[area]))
    with frame(_('forbidden.title'), viewer):
        with ui.column().classes('portal-card p-8 items-center text-center gap-3 w-full').mark('forbidden'):
            ui.icon('block', size='3rem').classes('text-[#A61D24]')
            ui.label(_('forbidden.title')).classes('text-2xl font-semibold')
            ui.label(_('forbidden.text', roles=roles, role=_(f'role.{viewer.role}'))).classes('portal-muted')
            ui.button(_('forbidden.back'), on_click=lambda: ui.navigate.to(HOME_OF_ROLE[viewer.role]))


def portal_page(path: str, *, area: str) -> Callable[[Callable], Callable]:
    """Mount `func(viewer, **params)` at `path`, admitting only the roles of `area`."""
    if area not in AREA_ROLES:
        raise ValueError(f'unknown area {area!r}')

    def decorator(func: Callable) -> Callable:
        signature = inspect.signature(func)
        params = [p for name, p in signature.parameters.items() if name != 'viewer']

        async def guarded(**kwargs):
            viewer = current_viewer()
            if not may_enter_viewer(viewer, area):
                request = context.client.request
                address = request.client.host if request.client else '-'
                if viewer is None:
                    log.info('page %s needs a login (area %s): sent to log in, from %s', request.url.path, area,
                             address)
                    target = request.url.path + (f'?{request.url.query}' if request.url.query else '')
                    return RedirectResponse(f'/login?next={quote(target, safe="")}', status_code=303)
                log.warning('page %s refused (403): account %d (%s) may not enter area %s, from %s',
                            request.url.path, viewer.id, viewer.role, area, address)
                refusal(viewer, area)
                return None
            result = func(viewer, **kwargs)
            if inspect.isawaitable(result):
                result = await result
            return result

        guarded.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
        guarded.__name__ = func.__name__
        guarded.__doc__ = func.__doc__
        PAGE_RULES[path] = area
        ui.page(path)(guarded)
        return func

    return decorator


def may_enter_viewer(viewer: Viewer | None, area: str) -> bool:
    roles = AREA_ROLES[area]
    return not roles or (viewer is not None and viewer.role in roles)
