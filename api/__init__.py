"""FastAPI routers for machines. Each router is mounted with its access rule, in one table,
so nothing is public by accident."""
from __future__ import annotations

from fastapi import APIRouter, Depends, FastAPI

from api import access
from api.limits import RATE_LIMITED

# path -> access rule name; read by the authorization tests
API_RULES: dict[str, str] = {}
# path -> its rate limits (dependency names); read by the rate-limit tests
API_LIMITS: dict[str, tuple[str, ...]] = {}


def _mount(app: FastAPI, router: APIRouter, rule, name: str, prefix: str = '', limits: tuple = (),
           limited: dict | None = None) -> None:
    lifespan = app.router.lifespan_context
    app.include_router(router, prefix=prefix, dependencies=[Depends(rule)] + [Depends(limit) for limit in limits],
                       responses=limited or (RATE_LIMITED if limits else None))
    # Our routers have no lifespan; FastAPI would still wrap the app's lifespan once per
    # include, and the test suite builds the app again for every test (deep recursion).
    app.router.lifespan_context = lifespan
    for route in router.routes:
        for method in sorted(getattr(route, 'methods', ()) or ()):
            API_RULES[f'{method} {prefix}{route.path}'] = name
            if limits:
                API_LIMITS[f'{method} {prefix}{route.path}'] = tuple(limit.__name__ for limit in limits)


def mount_api(app: FastAPI) -> None:
    from api import dossiers, errors, health, limits, oidc, open311, payments, procedures, records, reference, stats

    errors.install(app)
    _mount(app, health.router, access.public, 'public')
    for router in (reference.router, stats.router):
        _mount(app, router, access.public, 'public', prefix='/api/v1')
    # tracking: 20 lookups a minute per address, counted in its route (the page shares the limit)
    _mount(app, dossiers.router, access.public, 'public', prefix='/api/v1', limited=RATE_LIMITED)
    _mount(app, procedures.router, access.public, 'public', prefix='/api/v1', limits=(limits.public_search,))
    _mount(app, oidc.discovery_router, access.public, 'public')
    _mount(app, oidc.token_router, access.client_authenticated, 'client secret', limits=(limits.token_endpoint,))
    _mount(app, oidc.userinfo_router, access.bearer_token, 'bearer token (openid)')
    _mount(app, records.write_router, records.may_write, 'client token (records:write)', prefix='/api/v1',
           limits=(limits.records_write,))
    _mount(app, records.read_router, records.may_read, 'client token (records:read)', prefix='/api/v1',
           limits=(limits.records_read,))
    _mount(app, payments.ipn_router, payments.gateway_signature, 'gateway signature', prefix='/api/v1')
    _mount(app, payments.payables_router, payments.may_create_payables, 'client token (payables:write)',
           prefix='/api/v1')
    open311.install(app)  # GeoReport v2 errors keep the specification's shape
    _mount(app, open311.public_router, access.public, 'public', prefix=open311.PREFIX, limits=(limits.open311_public,),
           limited=limits.OPEN311_RATE_LIMITED)
    _mount(app, open311.write_router, open311.api_key_required, 'api key (open311, feedback:write)',
           prefix=open311.PREFIX)
