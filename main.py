"""Builds and runs the portal: settings -> database -> api routers -> pages -> ui.run."""
from __future__ import annotations

import asyncio
import logging

from fastapi.middleware.gzip import GZipMiddleware
from nicegui import app, ui

import admin
import agency
import callcenter
import dashboards
import pages
import sandbox
from api import mount_api
from api.payments import reconcile_pending_orders
from api.records import warm_worker
from api.visits import VisitCounter, flush_loop, flush_visits
from core.bridge import bridge_for
from core.db import init_engine, session_scope, startup_lock
from core.gateway import use_local_app
from core.logs import configure_logging
from core.mailer import smtp_sender
from core.migrate import upgrade_database
from core.settings import Settings, reload_settings
from domain.bootstrap import load_static_data
from domain.demo import ensure_demo_data
from domain.notifications import deliver_pending
from domain.oidc import ensure_signing_key
from domain.payments import expire_orders
from ui import speed
from ui.theme import install_theme

log = logging.getLogger('portal')


def prepare_database(settings: Settings) -> None:
    """Migrate, load reference data, and on an empty database the demo data."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = init_engine(settings.resolved_database_url)
    with startup_lock(engine):
        upgrade_database(engine)
        with session_scope() as session:
            load_static_data(session)
            ensure_signing_key(session)
            if settings.demo_data and ensure_demo_data(session):
                log.info('demo data created')


def build_app(settings: Settings) -> None:
    speed.install()
    install_theme()
    mount_api(app)
    app.add_middleware(VisitCounter)
    for package in (pages, agency, callcenter, dashboards, admin):
        package.mount_pages()
    if settings.payment_sandbox:  # the sandbox gateway plays the bank inside the portal
        sandbox.mount(app)
        use_local_app(app)

    tasks: list[asyncio.Task] = []
    app.on_startup(lambda: tasks.append(asyncio.create_task(flush_loop())))
    app.on_startup(lambda: tasks.append(asyncio.create_task(expiry_loop())))
    app.on_startup(warm_worker)
    bridge = bridge_for(redis_url=settings.redis_url, database_url=settings.resolved_database_url,
                        channel=settings.event_channel)
    if bridge is not None:  # live pages also redraw after writes on other instances
        app.on_startup(bridge.start)
        app.on_shutdown(bridge.stop)
    send = smtp_sender(settings)
    if send is not None:
        app.on_startup(lambda: tasks.append(asyncio.create_task(mail_loop(send))))

    async def stop_flushing() -> None:
        for task in tasks:
            task.cancel()
        await asyncio.to_thread(flush_visits)
    app.on_shutdown(stop_flushing)
    app.on_startup(speed.freeze_heap)  # last: after everything start-up loads


async def mail_loop(send) -> None:
    """Deliver the e-mail outbox every 30 seconds (only when SMTP is configured)."""
    def deliver() -> None:
        with session_scope() as session:
            deliver_pending(session, send)
    while True:
        try:
            await asyncio.to_thread(deliver)
        except Exception:  # the database may be briefly unavailable: try again next round
            log.exception('e-mail delivery round failed')
        await asyncio.sleep(30)


async def expiry_loop() -> None:
    """Once a minute: ask the gateway about orders it has been silent on, then mark unpaid
    orders expired (a late payment still lands)."""
    def expire() -> None:
        with session_scope() as session:
            expire_orders(session)
    while True:
        try:
            await reconcile_pending_orders()
            await asyncio.to_thread(expire)
        except Exception:  # the database or the gateway may be briefly unavailable: next round
            log.exception('payment order round failed')
        await asyncio.sleep(60)


def place_browser_storage(settings: Settings) -> None:
    """Keep `app.storage.user` in the data directory (not wherever the command was started), or
    in Redis when it is configured, so a browser's session survives moving between instances
    (which must then share PORTAL_SECRET_KEY)."""
    from nicegui.storage import Storage
    Storage.path = (settings.data_dir / 'browser-storage').resolve()
    if settings.redis_url:
        Storage.redis_url = settings.redis_url
        Storage.redis_key_prefix = settings.redis_prefix


def main() -> None:
    settings = reload_settings()
    configure_logging(settings.log_level)
    place_browser_storage(settings)
    prepare_database(settings)
    build_app(settings)
    ui.run(host=settings.host, port=settings.port, title='Cổng Dịch vụ công quốc gia', language='vi',
           favicon='🏛️', storage_secret=settings.secret, reload=False, show=False,
           fastapi_docs={'title': 'Cổng Dịch vụ công quốc gia — API', 'version': '1.0',
                         'description': 'Open data, agency records sync, payments and single sign-on.'},
           reconnect_timeout=10, gzip_middleware_factory=page_compression)


def page_compression(asgi_app):
    """gzip at level 5, not Starlette's 9: a page takes 0.29 ms instead of 0.68 ms to compress and
    comes out 1.4 % larger (the 38 kB home page: 9,165 bytes against 9,038)."""
    return GZipMiddleware(asgi_app, minimum_size=500, compresslevel=5)


if __name__ in {'__main__', '__mp_main__'}:
    main()
