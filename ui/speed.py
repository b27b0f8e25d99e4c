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
- Every page's outbox loop polls ten times a second until its browser connects, and a browser
  that never connects keeps it polling until the client goes: after a burst of 2,000 crawler
  loads, the polling alone took a fifth of the process. The loop now sleeps until the browser
  connects or the client is deleted (`_outbox_loop`), then runs as NiceGUI wrote it.
- NiceGUI escapes the page's element data for HTML with `str.translate` and a table of four
  characters. On ASCII text that is a fast C loop; on Vietnamese text (every page here) it falls
  back to a dictionary lookup per character: a millisecond a page. Four `str.replace`s give the
  same text (`_HtmlEscapable`, checked against `translate` in tests/unit/test_speed.py).
"""
from __future__ import annotations

import ctypes
import gc
from collections.abc import Callable
from types import FunctionType, MethodType

from types import SimpleNamespace

from nicegui import Client, app, helpers
from nicegui import client as client_module
from nicegui import json as nicegui_json
from nicegui.outbox import Outbox
from nicegui.middlewares import RedirectWithPrefixMiddleware, SetCacheControlMiddleware
from nicegui.storage import RequestTrackingMiddleware
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware

# Routes called by programs, never by a browser session: no session cookie, no user storage
MACHINE_PREFIXES = ('/api/', '/healthz', '/open311/', '/oidc/token', '/oidc/userinfo', '/oidc/jwks',
                    '/.well-known/')

NEVER_CONNECTED_SECONDS = 15.0

# Python's defaults (700, 10, 10) start a young collection every 700 new objects and, with the
# start-up heap frozen, a full one every hundred or so: each full one walks every live page's
# elements, which under load is most of the process's time. A page load makes thousands of
# objects, nearly all freed by reference counting, so these wait far longer.
GC_THRESHOLDS = (50_000, 20, 10)

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


_escapes: list[tuple[str, str]] = []  # NiceGUI's table as (character, entity), '&' first


class _HtmlEscapable(str):
    """JSON text whose `translate` with NiceGUI's HTML escape table runs at C speed."""
    __slots__ = ()

    def translate(self, table):
        if table is not client_module.HTML_ESCAPE_TABLE or not _escapes:
            return str.translate(self, table)
        text = str(self)
        for char, entity in _escapes:
            text = text.replace(char, entity)
        return text


def _dumps(obj, **kwargs) -> _HtmlEscapable:
    return _HtmlEscapable(nicegui_json.dumps(obj, **kwargs))


def _escape_fast() -> None:
    pairs = sorted(((chr(code), entity) for code, entity in client_module.HTML_ESCAPE_TABLE.items()),
                   key=lambda pair: pair[0] != '&')
    # one replacement after another equals one pass only if no entity brings in a character
    # replaced after it ('&' goes first, and the entities hold only '&', '#', letters, digits, ';')
    if not all(isinstance(entity, str) and not any(c in entity for c, _e in pairs[1:]) for _c, entity in pairs):
        return  # NiceGUI's table changed shape: keep its own way rather than escape differently
    _escapes[:] = pairs
    client_module.json = SimpleNamespace(dumps=_dumps, loads=nicegui_json.loads)


_original_loop = Outbox.loop


async def _outbox_loop(self: Outbox) -> None:
    client = self._client()
    if client is not None and not client.has_socket_connection:
        # set by the handshake, and by `Client.delete` to end such waits; the sleeping loop holds
        # only the event, so it does not keep a deleted client alive
        connected = client._connected
        del client
        await connected.wait()
    await _original_loop(self)


def _quiet_outboxes() -> None:
    if Outbox.loop is not _outbox_loop:
        Outbox.loop = _outbox_loop


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
    # once a crawl is over (many went, few are left): hand the freed memory back; during one the
    # memory is reused, and a full collection every few seconds would stall the pages served
    if len(Client.instances) < before - 100 and len(Client.instances) < 100:
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
    _escape_fast()
    _quiet_outboxes()
    app.on_startup(_gate_middleware)
    app.on_startup(_start_pruning)


def freeze_heap() -> None:
    """Once start-up is done: move everything alive now (NiceGUI's and the portal's modules, about
    a hundred thousand objects) out of the garbage collector's sight, so its full collections
    during serving only walk what requests created; and collect less often (`GC_THRESHOLDS`)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
