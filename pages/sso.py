"""Single sign-on in the browser: the authorization endpoint, the consent screen and logout.

These need the citizen's portal login, which lives in the browser's NiceGUI storage; the
token, keys and userinfo endpoints are in `api/oidc.py`.
"""
from __future__ import annotations

from datetime import timedelta
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import RedirectResponse
from nicegui import app, run, ui

from core.clock import now_utc
from core.db import session_scope
from domain.accounts import end_session, session_started_at
from domain.oidc import OAuthError, error_redirect, grant_consent, issue_code, login_too_old, logout_target, \
    needs_consent, parse_authorization_request
from ui.frame import frame, portal_page
from ui.session import Caller, Viewer, _, forget_login, log_out

# a client asking for prompt=login gets a fresh login unless the citizen logged in this recently
_FRESH_LOGIN = timedelta(minutes=2)


def _redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=302, headers={'Cache-Control': 'no-store'})


def _error_page(error: OAuthError) -> RedirectResponse:
    return _redirect('/oidc/loi?' + urlencode({'code': error.error, 'detail': error.description[:200]}))


def authorize(request: Request) -> RedirectResponse:
    """OpenID Connect authorization endpoint (code flow, PKCE S256)."""
    params = dict(request.query_params)
    here = '/oidc/authorize?' + request.url.query
    token = app.storage.user.get('token')
    ip = request.client.host if request.client else None
    with session_scope() as session:
        try:
            auth = parse_authorization_request(session, params)
        except OAuthError as error:
            if not error.redirectable:  # never send anything to an unverified redirect URI
                return _error_page(error)
            return _redirect(error_redirect(params, error))
        account = Caller(token=token, ip=ip).actor(session)
        started = session_started_at(session, token) if account else None
        if account is not None and started and login_too_old(auth, auth_age=now_utc() - started, fresh=_FRESH_LOGIN):
            end_session(session, token, ip=ip)
            forget_login()
            account = None
        if account is None:
            if auth.prompt == 'none':
                return _redirect(auth.redirect(error='login_required'))
            return _redirect('/login?next=' + quote(here, safe=''))
        if needs_consent(session, account_id=account.id, request=auth):
            if auth.prompt == 'none':
                return _redirect(auth.redirect(error='consent_required'))
            return _redirect('/oidc/dong-y?' + request.url.query)
        return _redirect(issue_code(session, account=account, request=auth, auth_time=started or now_utc(), ip=ip))


def _logout_target(params: dict) -> str | None:
    with session_scope() as session:
        target, _account = logout_target(session, id_token_hint=params.get('id_token_hint'),
                                         post_logout_redirect_uri=params.get('post_logout_redirect_uri'),
                                         state=params.get('state'), client_id=params.get('client_id'))
        return target


def logout(request: Request) -> RedirectResponse:
    """RP-initiated logout: end the portal login, then go back to the portal that asked.

    Without a valid ID token hint anyone could log a citizen out by linking here, so the
    citizen is asked to confirm first."""
    params = dict(request.query_params)
    try:
        target = _logout_target(params)
    except OAuthError as error:
        return _error_page(error)
    if not params.get('id_token_hint'):
        return _redirect('/oidc/dang-xuat?' + request.url.query)
    log_out()
    return _redirect(target or '/login?bye=1')


async def confirm_logout_page(viewer: Viewer | None) -> None:
    params = dict(ui.context.client.request.query_params)
    try:
        target = await run.io_bound(_logout_target, params)
    except OAuthError as error:
        ui.navigate.to('/oidc/loi?' + urlencode({'code': error.error}))
        return
    with frame(_('sso.logout_title'), viewer):
        with ui.column().classes('portal-card w-full max-w-lg mx-auto p-6 sm:p-8 gap-4').mark('confirm-logout'):
            ui.label(_('sso.logout_title')).classes('text-2xl font-semibold').props('role=heading aria-level=1')
            ui.label(_('sso.logout_text') if viewer else _('sso.logout_already')).classes('text-base')

            def confirm() -> None:
                log_out()
                ui.navigate.to(target or '/login?bye=1')

            with ui.row().classes('w-full justify-end gap-2'):
                ui.button(_('sso.stay'), on_click=lambda: ui.navigate.to('/')).props('flat no-caps') \
                    .mark('logout-cancel')
                ui.button(_('sso.logout'), on_click=confirm).props('unelevated no-caps').mark('logout-confirm')


_SCOPE_KEYS = {'openid': 'sso.scope.openid', 'profile': 'sso.scope.profile', 'id_number': 'sso.scope.id_number',
               'phone': 'sso.scope.phone', 'email': 'sso.scope.email'}


def _consent_request(params: dict):
    with session_scope() as session:
        return parse_authorization_request(session, params)


def _grant(caller: Caller, params: dict) -> str:
    with session_scope() as session:
        account = caller.actor(session)
        auth = parse_authorization_request(session, params)
        grant_consent(session, account=account, request=auth, ip=caller.ip)
        return '/oidc/authorize?' + urlencode(params)


async def consent_page(viewer: Viewer) -> None:
    params = dict(ui.context.client.request.query_params)
    try:
        auth = await run.io_bound(_consent_request, params)
    except OAuthError as error:
        ui.navigate.to('/oidc/loi?' + urlencode({'code': error.error}))
        return
    with frame(_('sso.consent_title'), viewer):
        with ui.column().classes('portal-card w-full max-w-lg mx-auto p-6 sm:p-8 gap-4').mark('consent'):
            with ui.row().classes('items-center gap-3 no-wrap'):
                ui.icon('verified_user', size='40px').classes('text-primary')
                ui.label(_('sso.consent_title')).classes('text-2xl font-semibold').props('role=heading aria-level=1')
            ui.label(_('sso.consent_intro', client=auth.client_name)).classes('text-base').mark('consent-client')
            ui.label(auth.agency_name).classes('portal-muted text-sm')
            ui.label(_('sso.consent_will_share')).classes('text-sm font-medium')
            with ui.column().classes('gap-2 pl-1'):
                for scope in auth.scopes:
                    with ui.row().classes('items-center gap-2 no-wrap'):
                        ui.icon('check', size='20px').classes('text-positive')
                        ui.label(_(_SCOPE_KEYS[scope])).classes('text-sm')
            ui.label(_('sso.consent_once')).classes('portal-muted text-xs')

            async def allow() -> None:
                allow_button.props('loading')
                target = await run.io_bound(_grant, Caller.here(), params)
                ui.navigate.to(target)

            def deny() -> None:
                ui.navigate.to(auth.redirect(error='access_denied', error_description='the user refused'))

            with ui.row().classes('w-full justify-end gap-2'):
                ui.button(_('sso.deny'), on_click=deny).props('flat no-caps').mark('consent-deny')
                allow_button = ui.button(_('sso.allow'), on_click=allow).props('unelevated no-caps') \
                    .mark('consent-allow')


def error_page(viewer: Viewer | None, code: str = '', detail: str = '') -> None:
    with frame(_('sso.error_title'), viewer):
        with ui.column().classes('portal-card w-full max-w-lg mx-auto p-6 sm:p-8 gap-3').mark('sso-error'):
            with ui.row().classes('items-center gap-3 no-wrap'):
                ui.icon('error_outline', size='40px').classes('text-negative')
                ui.label(_('sso.error_title')).classes('text-2xl font-semibold').props('role=heading aria-level=1')
            ui.label(_('sso.error_text')).classes('text-base')
            if code:
                ui.label(_('sso.error_code', code=code[:40])).classes('portal-muted text-sm').mark('sso-error-code')
            ui.link(_('sso.back_home'), '/').classes('text-primary')


def mount() -> None:
    # The authorization and logout endpoints check the login themselves (and answer clients
    # in OAuth terms), so they are open routes by design.
    app.get('/oidc/authorize', include_in_schema=False)(authorize)
    app.get('/oidc/logout', include_in_schema=False)(logout)
    portal_page('/oidc/dong-y', area='account')(consent_page)
    portal_page('/oidc/loi', area='public')(error_page)
    portal_page('/oidc/dang-xuat', area='public')(confirm_logout_page)
