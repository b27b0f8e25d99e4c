"""FastAPI routers for machines. Each router is mounted with its access rule, in one table,
so nothing is public by accident."""
from __future__ import annotations

from fastapi import APIRouter, Depends, FastAPI

from api import access

# path -> access rule name; read by the authorization tests
API_RULES: dict[str, str] = {}


def _mount(app: FastAPI, router: APIRouter, rule, name: str, prefix: str = '') -> None:
    lifespan = app.router.lifespan_context
    app.include_router(router, prefix=prefix, dependencies=[Depends(rule)])
    # Our routers have no lifespan; FastAPI would still wrap the app's lifespan once per
    # include, and the test suite builds the app again for every test (deep recursion).
    app.router.lifespan_context = lifespan
    for route in router.routes:
        for method in sorted(getattr(route, 'methods', ()) or ()):
            API_RULES[f'{method} {prefix}{route.path}'] = name


def mount_api(app: FastAPI) -> None:
    from api import dossiers, errors, health, oidc, open311, payments, procedures, records, reference, stats

    errors.install(app)
    _mount(app, health.router, access.public, 'public')
    for router in (reference.router, procedures.router, dossiers.router, stats.router):
        _mount(app, router, access.public, 'public', prefix='/api/v1')
    _mount(app, oidc.discovery_router, access.public, 'public')
    _mount(app, oidc.token_router, access.client_authenticated, 'client secret')
    _mount(app, oidc.userinfo_router, access.bearer_token, 'bearer token (openid)')
    _mount(app, records.write_router, records.may_write, 'client token (records:write)', prefix='/api/v1')
    _mount(app, records.read_router, records.may_read, 'client token (records:read)', prefix='/api/v1')
    _mount(app, payments.ipn_router, payments.gateway_signature, 'gateway signature', prefix='/api/v1')
    _mount(app, payments.payables_router, payments.may_create_payables, 'client token (payables:write)',
           prefix='/api/v1')
    open311.install(app)  # GeoReport v2 errors keep the specification's shape
    _mount(app, open311.public_router, access.public, 'public', prefix=open311.PREFIX)
    _mount(app, open311.write_router, open311.api_key_required, 'api key (open311, feedback:write)',
           prefix=open311.PREFIX)
