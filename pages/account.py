"""The logged-in user's own account page."""
from __future__ import annotations

from nicegui import ui

from core.clock import format_date, format_datetime
from core.db import session_scope
from core.privacy import mask_email, mask_id_number, mask_phone
from domain.accounts import get_account
from domain.agencies import get_agency
from ui.frame import frame, portal_page
from ui.session import Viewer, _, lang


def profile_page(viewer: Viewer) -> None:
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
    with frame(_('profile.title'), viewer):
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


def mount() -> None:
    portal_page('/tai-khoan', area='account')(profile_page)
