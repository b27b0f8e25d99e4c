"""Cheaper serving, installed once at start-up (`install`). Each change was measured with
`./py -m bench` (bench/README.md, "Tuning").

- NiceGUI asks `inspect.signature` whether a change handler takes arguments every time an element
  is made (its classes, style and props each register one): a fifth of the CPU of every page. The
  answer depends only on the handler's code, so it is kept per code object.
- A page whose browser never opens the websocket (a crawler, a health check, a link preview) keeps
  its client and elements for 60 s: under a crawl thousands are alive at once, and every request
  pays for them in the garbage collector. A browser connects within a second or two of the page
  arriving, so such clients go after `NEVER_CONNECTED_SECONDS` (a browser that does come later
  is asked by NiceGUI to load the page again).
- NiceGUI puts three `BaseHTTPMiddleware`s and the session middleware in front of every request.
  Each `BaseHTTPMiddleware` runs the rest of the request in a task of its own; machine routes (the
  API, single sign-on's token endpoints, Open311, the health check) need none of them, and two of
  them only ever act on a few requests. Each now runs only where it can act (`_gate`).
"""
from __future__ import annotations

import ctypes
import gc
from collections.abc import Callable
from types import FunctionType, MethodType

from nicegui import Client, app, helpers
from nicegui.middlewares import RedirectWithPrefixMiddleware, SetCacheControlMiddleware
from nicegui.storage import RequestTrackingMiddleware
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware

# Routes called by programs, never by a browser session: no session cookie, no user storage
MACHINE_PREFIXES = ('/api/', '/healthz', '/open311/', '/oidc/token', '/oidc/userinfo', '/oidc/jwks',
                    '/.well-known/')

NEVER_CONNECTED_SECONDS = 15.0

_original: Callable[[Callable], bool] | None = None
_answers: dict[tuple, bool] = {}


def _expects_arguments(func: Callable) -> bool:
    bound = isinstance(func, MethodType)
    target = func.__func__ if bound else func
    # a decorated function (`__wrapped__`) or one with a stated `__signature__` answers for
    # something else: ask inspect every time, as NiceGUI does
    if type(target) is not FunctionType or hasattr(target, '__wrapped__') or hasattr(target, '__signature__'):
        return _original(func)
    key = (target.__code__, bound, len(target.__defaults__ or ()), tuple(target.__kwdefaults__ or ()))
    try:
        return _answers[key]
    except KeyError:
        answer = _answers[key] = _original(func)
        return answer


def _browser_request(scope) -> bool:
    return not scope['path'].startswith(MACHINE_PREFIXES)


def _static_file(scope) -> bool:
    return scope['path'].startswith('/_nicegui/')


def _behind_prefix(scope) -> bool:
    return any(name == b'x-forwarded-prefix' for name, _ in scope['headers'])


# middleware -> the HTTP requests it must see (it never acts on the others)
_WHEN: dict[type, Callable[[dict], bool]] = {
    SessionMiddleware: _browser_request,
    RequestTrackingMiddleware: _browser_request,
    SetCacheControlMiddleware: _static_file,  # sets Cache-Control under /_nicegui/<version>/ only
    RedirectWithPrefixMiddleware: _behind_prefix,  # rewrites Location for X-Forwarded-Prefix only
}


class _Gate:
    """Runs `inner` (a middleware around `app`) for the HTTP requests `when` admits; every other
    request goes straight to `app`."""

    def __init__(self, app, *, inner: type, when: Callable[[dict], bool], args: tuple, kwargs: dict) -> None:
        self.app, self.when = app, when
        self.inner = inner(app, *args, **kwargs)

    async def __call__(self, scope, receive, send) -> None:
        if scope['type'] == 'http' and not self.when(scope):
            await self.app(scope, receive, send)
        else:
            await self.inner(scope, receive, send)


def _gate_middleware() -> None:
    """Called at start-up, after `ui.run` has added NiceGUI's middleware: wrap each in a `_Gate`
    and have the app build its middleware stack again on the next request."""
    changed = False
    for index, entry in enumerate(app.user_middleware):
        when = _WHEN.get(entry.cls)
        if when is not None:
            app.user_middleware[index] = Middleware(_Gate, inner=entry.cls, when=when, args=tuple(entry.args),
                                                    kwargs=dict(entry.kwargs))
            changed = True
    if changed:
        app.middleware_stack = None


def _prune_never_connected() -> None:
    before = len(Client.instances)
    Client.prune_instances(client_age_threshold=NEVER_CONNECTED_SECONDS)
    if len(Client.instances) < before - 100:  # after a crawl: hand the freed memory back
        gc.collect()
        _malloc_trim()


def _malloc_trim() -> None:
    """glibc keeps freed memory for the process; this returns what it can to the system."""
    try:
        ctypes.CDLL('libc.so.6').malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: the memory is reused, just not returned
        pass


def _start_pruning() -> None:
    app.timer(5.0, _prune_never_connected)


def install() -> None:
    global _original
    if _original is None:
        _original = helpers.expects_arguments
        helpers.expects_arguments = _expects_arguments
    app.on_startup(_gate_middleware)
    app.on_startup(_start_pruning)


def freeze_heap() -> None:
    """Once start-up is done: move everything alive now (NiceGUI's and the portal's modules, about
    a hundred thousand objects) out of the garbage collector's sight, so its full collections
    during serving only walk what requests created."""
    gc.collect()
    gc.freeze()
