"""A provincial public-service portal that logs citizens in with the national portal (single sign-on).

It stands for "Cổng dịch vụ công Hà Nội": a separate system, run by a province, that knows
nothing of the national portal's code. It speaks plain OpenID Connect through Authlib's
standard Starlette client: discovery, authorization code flow with PKCE (S256), state and
nonce, ID token checked against the portal's published keys, and RP-initiated logout.

Run it next to the portal (which must be started with the demo data):

    ./py main.py                                  # the national portal on :8080
    ./py -m examples.provincial_portal.app        # this portal on :8090

Configuration (environment): EXAMPLE_ISSUER, EXAMPLE_CLIENT_ID, EXAMPLE_CLIENT_SECRET,
EXAMPLE_PORT, EXAMPLE_PUBLIC_URL, EXAMPLE_SESSION_SECRET (see README.md).
"""
from __future__ import annotations

import html
import logging
import os
import secrets
from dataclasses import dataclass

import httpx
from authlib.integrations.starlette_client import OAuth, OAuthError
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from joserfc.errors import JoseError
from starlette.middleware.sessions import SessionMiddleware

log = logging.getLogger('provincial_portal')

PORTAL_NAME = 'Cổng dịch vụ công Hà Nội (ví dụ)'
NATIONAL_NAME = 'Cổng Dịch vụ công quốc gia'
# Both portals may run on 127.0.0.1, and browsers do not keep cookies apart by port: the
# national portal (NiceGUI) already uses the cookie name "session", so this one must not.
SESSION_COOKIE = 'hanoi_portal_session'
SCOPES = 'openid profile id_number'


@dataclass(frozen=True)
class Config:
    issuer: str = 'http://127.0.0.1:8080'
    client_id: str = 'demo-dvc-hanoi'
    client_secret: str = 'dichvucong-demo-sso-secret'
    port: int = 8090
    public_url: str = ''          # this portal's own address; default http://127.0.0.1:<port>
    session_secret: str = ''      # signs this portal's session cookie; default: random per start

    @classmethod
    def from_env(cls) -> Config:
        port = int(os.environ.get('EXAMPLE_PORT', '8090'))
        return cls(issuer=os.environ.get('EXAMPLE_ISSUER', cls.issuer).rstrip('/'),
                   client_id=os.environ.get('EXAMPLE_CLIENT_ID', cls.client_id),
                   client_secret=os.environ.get('EXAMPLE_CLIENT_SECRET', cls.client_secret),
                   port=port,
                   public_url=os.environ.get('EXAMPLE_PUBLIC_URL', '').rstrip('/'),
                   session_secret=os.environ.get('EXAMPLE_SESSION_SECRET', ''))

    @property
    def base_url(self) -> str:
        return self.public_url or f'http://127.0.0.1:{self.port}'

    @property
    def redirect_uri(self) -> str:
        return self.base_url + '/callback'

    @property
    def post_logout_redirect_uri(self) -> str:
        return self.base_url + '/'


def mask_id_number(value: str | None) -> str:
    """'001090012345' -> '0010******45': a page never shows the whole ID number."""
    if not value:
        return ''
    if len(value) <= 6:
        return '*' * len(value)
    return value[:4] + '*' * (len(value) - 6) + value[-2:]


# ---------------------------------------------------------------- HTML

_STYLE = """
body{margin:0;font-family:system-ui,'Segoe UI',Roboto,Arial,sans-serif;background:#f5f6f8;color:#1f2937}
header{background:#0b5394;color:#fff;padding:14px 24px;font-size:1.15rem;font-weight:600}
main{max-width:640px;margin:40px auto;background:#fff;border-radius:12px;padding:32px;
     box-shadow:0 1px 4px rgba(0,0,0,.08)}
h1{font-size:1.5rem;margin-top:0}
.button{display:inline-block;background:#a61d24;color:#fff;padding:12px 20px;border-radius:8px;
        text-decoration:none;font-weight:600}
.link{color:#0b5394}
.muted{color:#6b7280;font-size:.9rem}
.error{border-left:4px solid #b91c1c;background:#fef2f2;padding:12px 16px;border-radius:6px}
.notice{border-left:4px solid #15803d;background:#f0fdf4;padding:12px 16px;border-radius:6px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:6px 16px}
dt{color:#6b7280}
"""


def _page(title: str, body: str, *, status: int = 200) -> HTMLResponse:
    """A whole page; `body` is HTML already escaped by the caller."""
    document = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">'
                f'<title>{html.escape(title)} | {html.escape(PORTAL_NAME)}</title><style>{_STYLE}</style></head>'
                f'<body><header>{html.escape(PORTAL_NAME)}</header><main>{body}</main></body></html>')
    return HTMLResponse(document, status_code=status, headers={'Cache-Control': 'no-store'})


def _error_page(title: str, message: str, *, status: int, code: str | None = None) -> HTMLResponse:
    detail = f'<p class="muted">Mã lỗi: {html.escape(code[:60])}</p>' if code else ''
    return _page(title, f'<h1>{html.escape(title)}</h1><div class="error" role="alert"><p>{html.escape(message)}</p>'
                        f'{detail}</div><p><a class="link" href="/">Về trang chủ</a></p>', status=status)


# what the national portal may send back instead of a code (RFC 6749 4.1.2.1, OIDC 3.1.2.6)
_AUTHORIZATION_ERRORS = {
    'access_denied': 'Bạn đã từ chối cho phép Cổng dịch vụ công Hà Nội dùng tài khoản '
                     'Cổng Dịch vụ công quốc gia của bạn, nên chưa đăng nhập được. '
                     'Bạn có thể thử lại bất cứ lúc nào.',
    'login_required': 'Bạn chưa đăng nhập trên Cổng Dịch vụ công quốc gia. Vui lòng đăng nhập lại.',
    'consent_required': 'Bạn cần cho phép Cổng dịch vụ công Hà Nội dùng tài khoản của mình trước khi đăng nhập.',
    'invalid_scope': 'Cổng dịch vụ công Hà Nội đã yêu cầu thông tin không được phép. Vui lòng liên hệ quản trị.',
    'server_error': 'Cổng Dịch vụ công quốc gia đang gặp sự cố. Vui lòng thử lại sau.',
    'temporarily_unavailable': 'Cổng Dịch vụ công quốc gia đang tạm thời gián đoạn. Vui lòng thử lại sau.',
}


# ---------------------------------------------------------------- the app

def create_app(config: Config | None = None) -> FastAPI:
    config = config or Config.from_env()
    app = FastAPI(title=PORTAL_NAME, docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(SessionMiddleware, secret_key=config.session_secret or secrets.token_urlsafe(32),
                       session_cookie=SESSION_COOKIE, same_site='lax', https_only=config.base_url.startswith('https:'),
                       max_age=8 * 3600)

    oauth = OAuth()
    oauth.register(
        name='dichvucong',
        client_id=config.client_id,
        client_secret=config.client_secret,
        server_metadata_url=config.issuer + '/.well-known/openid-configuration',
        client_kwargs={'scope': SCOPES, 'code_challenge_method': 'S256', 'timeout': 10},
    )
    portal = oauth.create_client('dichvucong')
    app.state.config = config
    app.state.portal = portal

    @app.get('/', response_class=HTMLResponse)
    async def home(request: Request) -> HTMLResponse:
        notice = ''
        if request.query_params.get('state'):  # back from the national portal's logout
            try:
                await portal.validate_logout_response(request)
                notice = ('<p class="notice" role="status">Bạn đã đăng xuất khỏi Cổng dịch vụ công Hà Nội '
                          'và Cổng Dịch vụ công quốc gia.</p>')
            except OAuthError:
                pass  # an unknown or replayed state: nothing to confirm
        user = request.session.get('user')
        if user:
            id_number = mask_id_number(user.get('id_number'))
            rows = f'<dt>Họ và tên</dt><dd data-testid="full-name">{html.escape(user.get("name") or "")}</dd>'
            if id_number:
                rows += f'<dt>Số định danh cá nhân</dt><dd data-testid="id-number">{html.escape(id_number)}</dd>'
            body = (f'<h1 data-testid="greeting">Xin chào, {html.escape(user.get("name") or "công dân")}</h1>'
                    f'<p>Bạn đã đăng nhập bằng tài khoản {html.escape(NATIONAL_NAME)}.</p><dl>{rows}</dl>'
                    f'<p><a class="link" href="/logout">Đăng xuất</a></p>')
            return _page('Trang cá nhân', body)
        body = (f'{notice}<h1>Chào mừng đến với Cổng dịch vụ công Hà Nội</h1>'
                f'<p>Dùng một tài khoản cho mọi cổng dịch vụ công: đăng nhập bằng tài khoản bạn đã có '
                f'trên {html.escape(NATIONAL_NAME)}.</p>'
                f'<p><a class="button" href="/login">Đăng nhập bằng tài khoản {html.escape(NATIONAL_NAME)}</a></p>'
                f'<p class="muted">Đây là cổng ví dụ, minh hoạ việc đăng nhập một lần (OpenID Connect).</p>')
        return _page('Trang chủ', body)

    @app.get('/login')
    async def login(request: Request):
        try:
            # Authlib makes state, nonce and the PKCE verifier and keeps them in the session
            return await portal.authorize_redirect(request, config.redirect_uri)
        except httpx.HTTPError as error:
            log.warning('national portal unreachable: %s', type(error).__name__)
            return _error_page('Chưa kết nối được', 'Không kết nối được với Cổng Dịch vụ công quốc gia. '
                               'Vui lòng thử lại sau ít phút.', status=502)

    @app.get('/callback')
    async def callback(request: Request):
        error = request.query_params.get('error')
        if error:
            # the state says whether we asked for this; drop it either way
            state = request.query_params.get('state')
            if state:
                await portal.framework.clear_state_data(request.session, state)
            message = _AUTHORIZATION_ERRORS.get(error, 'Cổng Dịch vụ công quốc gia không cho phép đăng nhập. '
                                                       'Vui lòng thử lại.')
            status = 403 if error == 'access_denied' else 400
            return _error_page('Chưa đăng nhập được', message, status=status, code=error)
        try:
            # exchanges the code (with the PKCE verifier), then checks the ID token: signature
            # against the portal's JWKS, exp, iat, azp, at_hash, the nonce sent at /login, and
            # (Authlib checks neither by default) that it names this issuer and this client
            token = await portal.authorize_access_token(request, claims_options={
                'iss': {'essential': True, 'value': config.issuer},
                'aud': {'essential': True, 'value': config.client_id}})
        except OAuthError as refused:
            log.warning('sign-in refused: %s', refused.error)
            return _error_page('Chưa đăng nhập được', 'Yêu cầu đăng nhập không hợp lệ hoặc đã hết hạn. '
                               'Vui lòng đăng nhập lại từ trang chủ.', status=400, code=refused.error or None)
        except JoseError as invalid:
            log.warning('ID token refused: %s', invalid)  # says which check failed, never a claim's value
            return _error_page('Chưa đăng nhập được', 'Thông tin đăng nhập nhận được không hợp lệ nên đã bị từ chối. '
                               'Vui lòng đăng nhập lại.', status=400, code='invalid_id_token')
        except httpx.HTTPError as failure:
            log.warning('token request failed: %s', type(failure).__name__)
            return _error_page('Chưa kết nối được', 'Không kết nối được với Cổng Dịch vụ công quốc gia. '
                               'Vui lòng thử lại sau ít phút.', status=502)
        claims = token.get('userinfo')
        if not claims:  # no ID token, or no nonce to check it against: never trust the login
            return _error_page('Chưa đăng nhập được', 'Cổng Dịch vụ công quốc gia không trả về thông tin đăng nhập '
                               'hợp lệ. Vui lòng đăng nhập lại.', status=400, code='missing_id_token')
        request.session.clear()  # a fresh session for the new login
        request.session['user'] = {'sub': claims['sub'], 'name': claims.get('name'),
                                   'id_number': claims.get('id_number')}
        request.session['id_token'] = token['id_token']
        return RedirectResponse('/', status_code=303)

    @app.get('/logout')
    async def logout(request: Request):
        id_token = request.session.get('id_token')
        request.session.clear()
        if not id_token:
            return RedirectResponse('/', status_code=303)
        try:
            # ends the national portal's login too, then comes back here (with a state we check at /)
            return await portal.logout_redirect(request, post_logout_redirect_uri=config.post_logout_redirect_uri,
                                                id_token_hint=id_token)
        except httpx.HTTPError:
            return _error_page('Đã đăng xuất một phần', 'Bạn đã đăng xuất khỏi Cổng dịch vụ công Hà Nội, nhưng chưa '
                               'kết nối được với Cổng Dịch vụ công quốc gia để đăng xuất ở đó.', status=502)

    return app


def main() -> None:
    import uvicorn

    config = Config.from_env()
    logging.basicConfig(level=logging.INFO)
    uvicorn.run(create_app(config), host='127.0.0.1', port=config.port, log_level='info')


if __name__ == '__main__':
    main()
