"""Login, registration and logout."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from fastapi.responses import RedirectResponse
from nicegui import run, ui

from core.db import session_scope
from core.errors import DomainError, ValidationFailed
from domain.accounts import authenticate, register_account
from domain.oidc import portal_name
from domain.permissions import HOME_OF_ROLE
from domain.places import list_provinces
from models.accounts import CitizenRegister
from ui.forms import clear_errors, safe_next, show_error
from ui.frame import frame, portal_page, switch_language
from ui.pickers import SearchSelect
from ui.session import Viewer, _, client_ip, lang, log_out, remember_login


def _login(identifier: str, password: str, ip: str | None):
    with session_scope() as session:
        account, token = authenticate(session, identifier=identifier, password=password, ip=ip)
        return account, token


def _portal_in(target: str) -> str | None:
    """The client portal a single sign-on request comes from, if the login continues one."""
    if not target.startswith('/oidc/authorize?'):
        return None
    client_id = parse_qs(urlsplit(target).query).get('client_id', [None])[0]
    with session_scope() as session:
        return portal_name(session, client_id)


async def login_page(viewer: Viewer | None, next: str = '', bye: str = ''):  # noqa: A002 (query name)
    if viewer is not None:
        return RedirectResponse(safe_next(next, HOME_OF_ROLE[viewer.role]), status_code=303)
    with frame(_('login.title'), viewer):
        with ui.column().classes('portal-card w-full max-w-md mx-auto p-6 sm:p-8 gap-4'):
            ui.label(_('login.title')).classes('text-2xl font-semibold').props('role=heading aria-level=1')
            ui.label(_('login.subtitle')).classes('portal-muted text-sm')
            if bye:
                ui.label(_('logout.done')).classes('text-positive text-sm').mark('logged-out')
            elif next:
                client = await run.io_bound(_portal_in, next)
                ui.label(_('login.for_portal', client=client) if client else _('login.required')) \
                    .classes('text-sm text-[#B45309]').mark('login-required')
            identifier = ui.input(_('login.identifier')).props('outlined autocomplete=username autofocus') \
                .classes('w-full').mark('identifier')
            password = ui.input(_('login.password'), password=True, password_toggle_button=True) \
                .props('outlined autocomplete=current-password').classes('w-full').mark('password')
            fields = {'identifier': identifier, 'password': password}

            async def submit() -> None:
                clear_errors(fields)
                if not identifier.value.strip() or not password.value:
                    show_error(ValidationFailed('form_invalid', fields={
                        name: 'required' for name, el in fields.items() if not str(el.value).strip()}), fields)
                    return
                button.props('loading')
                try:
                    account, token = await run.io_bound(_login, identifier.value, password.value, client_ip())
                except DomainError as error:
                    password.value = ''
                    show_error(error)
                    return
                finally:
                    button.props(remove='loading')
                remember_login(account, token)
                ui.notify(_('login.welcome', name=account.full_name), type='positive', position='top')
                ui.navigate.to(safe_next(next, HOME_OF_ROLE[account.role]))

            password.on('keydown.enter', submit)
            button = ui.button(_('login.submit'), on_click=submit).props('unelevated size=lg no-caps') \
                .classes('w-full').mark('login-submit')
            with ui.row().classes('gap-1 text-sm'):
                ui.label(_('login.no_account'))
                ui.link(_('login.register_link'), '/dang-ky').mark('register-link')


def _register(data: CitizenRegister, ip: str | None) -> str:
    with session_scope() as session:
        return register_account(session, data=data, ip=ip).full_name


def register_page(viewer: Viewer | None) -> None:
    with session_scope() as session:
        provinces = {p.code: p.name if lang() == 'vi' else p.name_en for p in list_provinces(session)}
    with frame(_('register.title'), viewer):
        with ui.column().classes('portal-card w-full max-w-xl mx-auto p-6 sm:p-8 gap-3'):
            ui.label(_('register.title')).classes('text-2xl font-semibold').props('role=heading aria-level=1')
            ui.label(_('register.subtitle')).classes('portal-muted text-sm')
            kind = ui.toggle({'citizen': _('register.kind_citizen'), 'enterprise': _('register.kind_enterprise')},
                             value='citizen').props('no-caps spread unelevated toggle-color=primary') \
                .classes('w-full').mark('kind')
            full_name = ui.input(_('register.full_name')).props('outlined autocomplete=name').classes('w-full') \
                .mark('full_name')
            id_number = ui.input(_('register.citizen_id')).props('outlined inputmode=numeric maxlength=14') \
                .classes('w-full').mark('id_number')
            phone = ui.input(_('register.phone')).props('outlined inputmode=tel autocomplete=tel').classes('w-full') \
                .mark('phone')
            email = ui.input(_('register.email')).props('outlined type=email autocomplete=email').classes('w-full') \
                .mark('email')
            province = SearchSelect(provinces, label=_('register.province'), clearable=True).props('outlined') \
                .classes('w-full').mark('province')
            password = ui.input(_('register.password'), password=True, password_toggle_button=True) \
                .props('outlined autocomplete=new-password counter maxlength=64').classes('w-full').mark('password')
            ui.label(_('register.password_hint')).classes('text-xs portal-muted -mt-2')
            confirm = ui.input(_('register.password_confirm'), password=True) \
                .props('outlined autocomplete=new-password').classes('w-full').mark('password_confirm')
            consent = ui.checkbox(_('register.consent')).classes('text-sm').mark('consent')
            consent_error = ui.label().classes('text-negative text-xs -mt-2')
            fields = {'full_name': full_name, 'id_number': id_number, 'phone': phone, 'email': email,
                      'province_code': province, 'password': password}

            def on_kind() -> None:
                enterprise = kind.value == 'enterprise'
                full_name.props(f'label="{_("register.enterprise_name" if enterprise else "register.full_name")}"')
                id_number.props(f'label="{_("register.tax_code" if enterprise else "register.citizen_id")}"')
            kind.on_value_change(on_kind)

            async def submit() -> None:
                clear_errors(fields)
                consent_error.text = ''
                if password.value != confirm.value:
                    confirm.error = _('register.passwords_differ')
                    return
                confirm.error = None
                data = CitizenRegister(kind=kind.value, full_name=full_name.value or '', id_number=id_number.value or '',
                                       phone=phone.value or '', email=email.value or None, password=password.value or '',
                                       consent=bool(consent.value), province_code=province.value or None)
                button.props('loading')
                try:
                    await run.io_bound(_register, data, client_ip())
                except DomainError as error:
                    if 'consent' in error.fields:
                        consent_error.text = _('error.consent_required')
                    show_error(error, fields | ({'consent': consent_error} if 'consent' in error.fields else {}))
                    return
                finally:
                    button.props(remove='loading')
                ui.notify(_('register.done'), type='positive', position='top')
                ui.navigate.to('/login')

            button = ui.button(_('register.submit'), on_click=submit).props('unelevated size=lg no-caps') \
                .classes('w-full').mark('register-submit')
            with ui.row().classes('gap-1 text-sm'):
                ui.label(_('register.have_account'))
                ui.link(_('account.login'), '/login')


def logout_page(viewer: Viewer | None) -> RedirectResponse:
    log_out()
    return RedirectResponse('/login?bye=1', status_code=303)


def language_page(viewer: Viewer | None, next: str = '/') -> RedirectResponse:  # noqa: A002 (the query's name)
    switch_language()
    return RedirectResponse(safe_next(next), status_code=303)


def mount() -> None:
    portal_page('/login', area='public')(login_page)
    portal_page('/dang-ky', area='public')(register_page)
    portal_page('/dang-xuat', area='public')(logout_page)
    portal_page('/ngon-ngu', area='public')(language_page)
