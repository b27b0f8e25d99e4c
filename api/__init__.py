"""FastAPI routers for machines. Each router is mounted with its access rule, in one table."""
from __future__ import annotations

from fastapi import Depends, FastAPI

from api import access

# path prefix -> access rule name; read by the authorization tests
API_RULES: dict[str, str] = {}


def mount_api(app: FastAPI) -> None:
    from api import dossiers, errors, health, procedures, reference, stats

    errors.install(app)
    app.include_router(health.router, dependencies=[Depends(access.public)])
    API_RULES['/healthz'] = 'public'
    for router in (reference.router, procedures.router, dossiers.router, stats.router):
        app.include_router(router, prefix='/api/v1', dependencies=[Depends(access.public)])
        for route in router.routes:
            API_RULES['/api/v1' + route.path] = 'public'
