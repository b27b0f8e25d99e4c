"""Client portals (single sign-on) and agency systems (records sync) are data: registered
here, with a secret shown once; disabling one revokes its tokens at once."""
from __future__ import annotations

from nicegui import run, ui

from core.clock import format_date
from core.db import session_scope
from core.errors import DomainError
from domain.agencies import list_agencies
from domain.clients import KIND_SCOPES, list_clients, register_client, rotate_client_secret, set_client_active
from models.agencies import ClientAppCreate
from ui.components import empty_state, loading
from ui.forms import clear_errors, show_error
from ui.frame import frame, portal_page
from ui.pickers import SearchSelect
from ui.session import Caller, Viewer, _, lang, perform


class ClientsView:
    def __init__(self) -> None:
        self.kind = ''
        self.query = ''


def _rows(view: ClientsView, caller: Caller) -> list[dict]:
    with session_scope() as session:
        found = list_clients(session, actor=caller.actor(session), kind=view.kind or None, query=view.query)
        return [{'client_id': r['client'].client_id, 'name': r['client'].name, 'kind': r['client'].kind,
                 'agency': f'{r["agency_code"]} · {r["agency_name"]}', 'scopes': r['client'].scopes,
                 'redirects': r['client'].redirect_uris, 'active': r['client'].active,
                 'has_secret': bool(r['client'].secret_hash),
                 'since': format_date(r['client'].integrated_at) if r['client'].integrated_at else ''}
                for r in found]


def _agency_options() -> dict[str, str]:
    english = lang() == 'en'
    with session_scope() as session:
        return {a.code: f'{a.code} · {a.name_en if english else a.name}' for a in list_agencies(session)}


def _show_secret(client_id: str, secret: str) -> None:
    """The only time the secret is visible: the page keeps no copy."""
    with ui.dialog().props('persistent') as dialog, ui.card().classes('w-full max-w-lg gap-3').mark('secret-dialog'):
        ui.label(_('clients.secret_title')).classes('text-lg font-semibold')
        ui.label(_('clients.secret_once')).classes('text-sm text-[#B45309]')
        ui.input(_('clients.client_id'), value=client_id).props('outlined dense readonly').classes('w-full') \
            .mark('new-client-id')
        ui.input(_('clients.secret'), value=secret).props('outlined dense readonly').classes('w-full font-mono') \
            .mark('new-secret')
        with ui.row().classes('w-full justify-end gap-2'):
            ui.button(_('clients.copy'), icon='content_copy',
                      on_click=lambda: ui.clipboard.write(secret)).props('flat no-caps')
            ui.button(_('clients.done'), on_click=lambda: (dialog.close(), dialog.delete())) \
                .props('unelevated no-caps').mark('secret-done')
    dialog.open()


async def clients_page(viewer: Viewer) -> None:
    view = ClientsView()
    agencies = _agency_options()
    kinds = {'portal': _('clients.kind.portal'), 'system': _('clients.kind.system'), 'open311': _('clients.kind.open311')}

    with frame(_('clients.title'), viewer, wide=True):
        with ui.row().classes('w-full items-center'):
            with ui.column().classes('gap-0'):
                ui.label(_('clients.title')).classes('text-2xl font-semibold').props('role=heading aria-level=1')
                ui.label(_('clients.subtitle')).classes('portal-muted text-sm')
            ui.space()
            ui.button(_('clients.register'), icon='add_link', on_click=lambda: register_dialog.open()) \
                .props('unelevated no-caps').mark('register-client')
        with ui.row().classes('w-full gap-2 items-center'):
            search = ui.input(_('clients.search')).props('outlined dense clearable debounce=300') \
                .classes('grow max-w-md').mark('client-search')
            kind_filter = ui.toggle({'': _('clients.all')} | kinds, value='').props('no-caps unelevated') \
                .mark('kind-filter')

        @ui.refreshable
        async def table() -> None:
            rows = await loading(_rows, view, Caller.here())
            if not rows:
                empty_state('link_off', _('clients.empty'), mark='clients-empty')
                return
            with ui.column().classes('portal-card w-full p-2 gap-0').mark('clients-table'):
                for row in rows:
                    with ui.row().classes('w-full items-center gap-3 px-3 py-2 border-b border-gray-100 no-wrap') \
                            .mark(f'client-{row["client_id"]}'):
                        ui.icon({'portal': 'language', 'open311': 'campaign'}.get(row['kind'], 'sync_alt')).classes('text-primary')
                        with ui.column().classes('gap-0 grow min-w-0'):
                            ui.label(row['name']).classes('font-medium truncate')
                            ui.label(f'{row["client_id"]} · {row["agency"]}').classes('text-xs portal-muted truncate')
                            if row['redirects']:
                                ui.label(', '.join(row['redirects'])).classes('text-xs portal-muted truncate gt-sm')
                        ui.label(' '.join(row['scopes'])).classes('text-xs gt-sm')
                        ui.badge(_('admin.active') if row['active'] else _('admin.inactive')) \
                            .props(f'color={"positive" if row["active"] else "grey"}')
                        if not row['has_secret']:
                            ui.badge(_('clients.no_secret')).props('outline color=warning')
                        ui.button(icon='key', on_click=lambda r=row: rotate(r)) \
                            .props(f'flat round dense aria-label="{_("clients.rotate")}"') \
                            .mark(f'rotate-{row["client_id"]}').tooltip(_('clients.rotate'))
                        ui.button(icon='block' if row['active'] else 'check_circle',
                                  on_click=lambda r=row: toggle(r)) \
                            .props(f'flat round dense aria-label="'
                                   f'{_("clients.disable") if row["active"] else _("clients.enable")}"') \
                            .mark(f'toggle-{row["client_id"]}')

        await table()

        def on_filter() -> None:
            view.query, view.kind = search.value or '', kind_filter.value or ''
            table.refresh()
        search.on_value_change(on_filter)
        kind_filter.on_value_change(on_filter)

        async def rotate(row: dict) -> None:
            try:
                secret = await run.io_bound(perform, Caller.here(), rotate_client_secret, client_id=row['client_id'])
            except DomainError as error:
                show_error(error)
                return
            _show_secret(row['client_id'], secret)
            table.refresh()

        async def toggle(row: dict) -> None:
            try:
                await run.io_bound(perform, Caller.here(), set_client_active, client_id=row['client_id'],
                                   active=not row['active'])
            except DomainError as error:
                show_error(error)
                return
            ui.notify(_('clients.disabled' if row['active'] else 'clients.enabled'), type='positive')
            table.refresh()

        with ui.dialog() as register_dialog, ui.card().classes('w-full max-w-xl gap-2'):
            ui.label(_('clients.register')).classes('text-lg font-semibold')
            fields = {
                'name': ui.input(_('clients.name')).props('outlined dense').classes('w-full').mark('client-name'),
                'agency_code': SearchSelect(agencies, label=_('admin.agency'))
                .props('outlined dense').classes('w-full').mark('client-agency'),
                'kind': ui.radio(kinds, value='portal').props('inline').mark('client-kind'),
                'redirect_uris': ui.textarea(_('clients.redirect_uris'), placeholder='https://dichvucong.tinh.gov.vn/callback')
                .props('outlined dense autogrow').classes('w-full').mark('client-redirects'),
                'post_logout_redirect_uris': ui.textarea(_('clients.logout_uris'))
                .props('outlined dense autogrow').classes('w-full').mark('client-logout-uris'),
                'scopes': ui.select({}, multiple=True, label=_('clients.scopes')).props('outlined dense use-chips')
                .classes('w-full').mark('client-scopes'),
            }

            def scopes_for_kind() -> None:
                kind = fields['kind'].value
                fields['scopes'].set_options(list(KIND_SCOPES[kind]), value=list(KIND_SCOPES[kind][:2]))
                for name in ('redirect_uris', 'post_logout_redirect_uris'):
                    fields[name].set_visibility(kind == 'portal')
            fields['kind'].on_value_change(scopes_for_kind)
            scopes_for_kind()

            async def submit() -> None:
                clear_errors(fields)
                lines = lambda name: [line for line in (fields[name].value or '').splitlines() if line.strip()]  # noqa: E731
                data = ClientAppCreate(name=fields['name'].value or '', agency_code=fields['agency_code'].value or '',
                                       kind=fields['kind'].value, redirect_uris=lines('redirect_uris'),
                                       post_logout_redirect_uris=lines('post_logout_redirect_uris'),
                                       scopes=list(fields['scopes'].value or []))
                try:
                    client, secret = await run.io_bound(perform, Caller.here(), register_client, data=data)
                except DomainError as error:
                    show_error(error, fields)
                    return
                register_dialog.close()
                for name in ('name', 'redirect_uris', 'post_logout_redirect_uris'):
                    fields[name].value = ''
                _show_secret(client.client_id, secret)
                table.refresh()

            with ui.row().classes('w-full justify-end'):
                ui.button(_('admin.cancel'), on_click=register_dialog.close).props('flat no-caps')
                ui.button(_('admin.save'), on_click=submit).props('unelevated no-caps').mark('client-save')


def mount() -> None:
    portal_page('/admin/clients', area='admin')(clients_page)
