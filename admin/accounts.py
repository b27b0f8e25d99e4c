"""Accounts and roles: staff accounts are created and re-roled here; every change is audited."""
from __future__ import annotations

from nicegui import run, ui

from core.clock import format_date, format_datetime
from core.db import session_scope
from core.errors import DomainError
from core.privacy import mask_id_number, mask_phone
from domain.accounts import change_role, create_staff, list_accounts, set_active
from domain.agencies import list_agencies
from domain.audit import list_events
from models.accounts import ROLES, STAFF_ROLES, StaffCreate
from ui.components import loading
from ui.forms import clear_errors, show_error
from ui.frame import frame, portal_page
from ui.pickers import SearchSelect
from ui.session import Caller, Viewer, _, lang, perform

PAGE_SIZE = 20


class AccountsView:
    """Plain state behind the refreshable table (filters and page)."""

    def __init__(self) -> None:
        self.query = ''
        self.role: str | None = None
        self.page = 1


def _rows(view: AccountsView, caller: Caller) -> tuple[list[dict], int]:
    with session_scope() as session:
        actor = caller.actor(session)
        accounts, total = list_accounts(session, actor=actor, query=view.query, role=view.role,
                                        limit=PAGE_SIZE, offset=(view.page - 1) * PAGE_SIZE)
        return [{'id': a.id, 'name': a.full_name, 'id_number': mask_id_number(a.id_number),
                 'phone': mask_phone(a.phone), 'role': a.role, 'kind': a.kind, 'active': a.active,
                 'agency_id': a.agency_id, 'created': format_date(a.created_at)} for a in accounts], total


def _agency_options() -> dict[str, str]:
    english = lang() == 'en'
    with session_scope() as session:
        return {a.code: f'{a.code} · {a.name_en if english else a.name}' for a in list_agencies(session)}


async def accounts_page(viewer: Viewer) -> None:
    view = AccountsView()
    agencies = _agency_options()
    role_options = {role: _(f'role.{role}') for role in ROLES}
    staff_roles = {role: _(f'role.{role}') for role in STAFF_ROLES}

    with frame(_('admin.accounts_title'), viewer, wide=True):
        with ui.row().classes('w-full items-center'):
            ui.label(_('admin.accounts_title')).classes('text-2xl font-semibold').props('role=heading aria-level=1')
            ui.space()
            ui.button(_('admin.create_staff'), icon='person_add', on_click=lambda: create_dialog.open()) \
                .props('unelevated no-caps').mark('create-staff')
        with ui.row().classes('w-full gap-2 items-center'):
            search = ui.input(_('admin.search')).props('outlined dense clearable debounce=300') \
                .classes('grow max-w-md').mark('account-search')
            role_filter = ui.select({'': _('admin.all_roles')} | role_options, value='', label=_('admin.role')) \
                .props('outlined dense').classes('w-56').mark('role-filter')

        @ui.refreshable
        async def table() -> None:
            rows, total = await loading(_rows, view, Caller.here())
            if not rows:
                with ui.column().classes('portal-card w-full p-8 items-center gap-2').mark('accounts-empty'):
                    ui.icon('person_search', size='2.5rem').classes('portal-muted')
                    ui.label(_('admin.no_accounts')).classes('portal-muted')
                return
            with ui.column().classes('portal-card w-full p-2 gap-0').mark('accounts-table'):
                for row in rows:
                    with ui.row().classes('w-full items-center gap-3 px-3 py-2 border-b border-gray-100 no-wrap'):
                        with ui.column().classes('gap-0 grow min-w-0'):
                            ui.label(row['name']).classes('font-medium truncate')
                            ui.label(f'{row["id_number"]} · {row["phone"]}').classes('text-xs portal-muted')
                        ui.badge(role_options[row['role']]).props('outline color=primary')
                        ui.badge(_('admin.active') if row['active'] else _('admin.inactive')) \
                            .props(f'color={"positive" if row["active"] else "grey"}')
                        ui.label(row['created']).classes('text-xs portal-muted gt-sm')
                        if row['kind'] == 'staff':
                            ui.button(icon='manage_accounts', on_click=lambda r=row: open_role_dialog(r)) \
                                .props(f'flat round dense aria-label="{_("admin.change_role")}"') \
                                .mark(f'change-role-{row["id"]}')
                        ui.button(icon='lock' if row['active'] else 'lock_open',
                                  on_click=lambda r=row: toggle_active(r)) \
                            .props(f'flat round dense aria-label="'
                                   f'{_("admin.deactivate") if row["active"] else _("admin.activate")}"')
            pages = max(1, -(-total // PAGE_SIZE))
            if pages > 1:
                ui.pagination(1, pages, direction_links=True, value=view.page,
                              on_change=lambda e: (setattr(view, 'page', e.value), table.refresh()))

        await table()

        def on_filter() -> None:
            view.query, view.role, view.page = search.value or '', role_filter.value or None, 1
            table.refresh()
        search.on_value_change(on_filter)
        role_filter.on_value_change(on_filter)

        async def toggle_active(row: dict) -> None:
            try:
                await run.io_bound(perform, Caller.here(), set_active, account_id=row['id'], active=not row['active'])
            except DomainError as error:
                show_error(error)
                return
            ui.notify(_('admin.status_changed'), type='positive')
            table.refresh()

        with ui.dialog() as create_dialog, ui.card().classes('w-full max-w-lg gap-2'):
            ui.label(_('admin.create_staff')).classes('text-lg font-semibold')
            new = {
                'full_name': ui.input(_('register.full_name')).props('outlined dense').classes('w-full'),
                'id_number': ui.input(_('register.citizen_id')).props('outlined dense').classes('w-full'),
                'phone': ui.input(_('register.phone')).props('outlined dense').classes('w-full'),
                'email': ui.input(_('register.email')).props('outlined dense').classes('w-full'),
                'role': ui.select(staff_roles, value='agent', label=_('admin.role')).props('outlined dense')
                .classes('w-full'),
                'agency_code': SearchSelect(agencies, label=_('admin.agency'), clearable=True)
                .props('outlined dense').classes('w-full'),
                'password': ui.input(_('register.password'), password=True).props('outlined dense').classes('w-full'),
            }

            async def submit_new() -> None:
                clear_errors(new)
                data = StaffCreate(**{name: (el.value or None) if name in ('email', 'agency_code', 'phone')
                                      else (el.value or '') for name, el in new.items()})
                try:
                    account = await run.io_bound(perform, Caller.here(), create_staff, data=data)
                except DomainError as error:
                    show_error(error, new)
                    return
                ui.notify(_('admin.created', name=account.full_name), type='positive')
                create_dialog.close()
                for element in new.values():
                    element.value = 'agent' if element is new['role'] else None
                table.refresh()
            with ui.row().classes('w-full justify-end'):
                ui.button(_('admin.cancel'), on_click=create_dialog.close).props('flat no-caps')
                ui.button(_('admin.save'), on_click=submit_new).props('unelevated no-caps').mark('create-staff-save')

        with ui.dialog() as role_dialog, ui.card().classes('w-full max-w-md gap-2'):
            role_title = ui.label().classes('text-lg font-semibold')
            role_select = ui.select(staff_roles, label=_('admin.role')).props('outlined dense').classes('w-full')
            agency_select = SearchSelect(agencies, label=_('admin.agency'), clearable=True) \
                .props('outlined dense').classes('w-full')
            editing: dict = {}

            def open_role_dialog(row: dict) -> None:
                editing.clear()
                editing.update(row)
                role_title.text = f'{_("admin.change_role")}: {row["name"]}'
                role_select.value = row['role']
                agency_select.value = None
                role_dialog.open()

            async def submit_role() -> None:
                fields = {'role': role_select, 'agency_code': agency_select}
                clear_errors(fields)
                try:
                    await run.io_bound(perform, Caller.here(), change_role, account_id=editing['id'], role=role_select.value,
                                       agency_code=agency_select.value or None)
                except DomainError as error:
                    show_error(error, fields)
                    return
                ui.notify(_('admin.role_changed', name=editing['name']), type='positive')
                role_dialog.close()
                table.refresh()
            with ui.row().classes('w-full justify-end'):
                ui.button(_('admin.cancel'), on_click=role_dialog.close).props('flat no-caps')
                ui.button(_('admin.save'), on_click=submit_role).props('unelevated no-caps').mark('change-role-save')

        with ui.expansion(_('admin.audit_title'), icon='history').classes('portal-card w-full'):
            caller = Caller.here()
            with session_scope() as session:
                events = list_events(session, actor=caller.actor(session), limit=50)
                audit_rows = [{'id': e.id, 'time': format_datetime(e.at), 'action': e.action,
                               'actor': e.actor_id or '', 'entity': f'{e.entity} {e.entity_id or ""}',
                               'ip': e.ip or ''} for e in events]
            ui.table(columns=[{'name': k, 'label': _(f'table.{k}'), 'field': k, 'align': 'left'}
                              for k in ('time', 'action', 'actor', 'entity', 'ip')],
                     rows=audit_rows, row_key='id', pagination=10).classes('w-full').props('flat dense') \
                .mark('audit-table')


def mount() -> None:
    portal_page('/admin/accounts', area='admin')(accounts_page)
