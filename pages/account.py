"""The logged-in user's own account page."""
from __future__ import annotations

from nicegui import run, ui

from core.clock import format_date, format_datetime
from core.db import session_scope
from core.privacy import mask_email, mask_id_number, mask_phone
from domain.accounts import get_account
from domain.agencies import get_agency
from domain.oidc import connected_portals, withdraw_consent
from ui.components import loading, section_title
from ui.frame import frame, portal_page
from ui.session import Caller, Viewer, _, lang


def _portals(account_id: int) -> list[dict]:
    with session_scope() as session:
        return [p | {'since': format_date(p['granted_at'])} for p in connected_portals(session, account_id=account_id)]


def _withdraw(caller: Caller, client_id: str) -> None:
    with session_scope() as session:
        withdraw_consent(session, account=caller.actor(session), client_id=client_id, ip=caller.ip)


async def profile_page(viewer: Viewer) -> None:
    with session_scope() as session:
        account = get_account(session, viewer.id)
        agency = get_agency(session, agency_id=account.agency_id) if account.agency_id else None
        rows = [
            ('profile.kind', _(f'role.{account.kind}') if account.kind != 'staff' else _('kind.staff')),
            ('profile.role', _(f'role.{account.role}')),
            ('profile.id_number', mask_id_number(account.id_number)),
            ('profile.phone', mask_phone(account.phone)),
            ('profile.email', mask_email(account.email)),
            ('profile.agency', (agency.name if lang() == 'vi' else agency.name_en) if agency else ''),
            ('profile.created', format_date(account.created_at)),
            ('profile.last_login', format_datetime(account.last_login_at)),
            ('profile.language', 'Tiếng Việt' if account.language == 'vi' else 'English'),
        ]
    with frame(_('profile.title'), viewer), ui.column().classes('w-full gap-4'):
        with ui.column().classes('portal-card w-full max-w-2xl mx-auto p-6 gap-3'):
            with ui.row().classes('items-center gap-3'):
                ui.icon('account_circle', size='3rem').classes('text-[#A61D24]')
                with ui.column().classes('gap-0'):
                    ui.label(viewer.full_name).classes('text-xl font-semibold').props('role=heading aria-level=1') \
                        .mark('profile-name')
                    ui.label(_(f'role.{viewer.role}')).classes('portal-muted')
            ui.separator()
            with ui.grid(columns='minmax(8rem, auto) 1fr').classes('w-full gap-x-6 gap-y-2'):
                for key, value in rows:
                    if value:
                        ui.label(_(key)).classes('portal-muted text-sm')
                        ui.label(value).classes('text-sm font-medium')

        @ui.refreshable
        async def portals() -> None:
            found = await loading(_portals, viewer.id)
            with ui.column().classes('portal-card w-full max-w-2xl mx-auto p-6 gap-2').mark('connected-portals'):
                section_title(_('profile.portals'))
                ui.label(_('profile.portals_text')).classes('text-sm portal-muted')
                if not found:
                    ui.label(_('profile.no_portals')).classes('text-sm portal-muted').mark('no-portals')
                for portal in found:
                    with ui.row().classes('w-full items-center gap-3 no-wrap border-t border-gray-100 pt-2') \
                            .mark('connected-portal'):
                        ui.icon('language').classes('text-primary')
                        with ui.column().classes('gap-0 grow min-w-0'):
                            ui.label(portal['name']).classes('font-medium')
                            ui.label(_('profile.portal_since', day=portal['since'])).classes('text-xs portal-muted')
                        ui.button(_('profile.withdraw'), on_click=lambda p=portal: withdraw(p['client_id'])) \
                            .props('flat dense no-caps color=negative').mark(f'withdraw-{portal["client_id"]}')

        async def withdraw(client_id: str) -> None:
            await run.io_bound(_withdraw, Caller.here(), client_id)
            ui.notify(_('profile.withdrawn'), type='positive')
            portals.refresh()

        await portals()


def mount() -> None:
    portal_page('/tai-khoan', area='account')(profile_page)
