"""Showing domain errors in forms, in the user's language."""
from __future__ import annotations

from collections.abc import Mapping

from nicegui import ui

from core.errors import DomainError, RateLimited
from core.i18n import error_text
from ui.session import lang


def error_message(error: DomainError) -> str:
    return error_text(error.code, lang(), **error.params)


def show_error(error: DomainError, fields: Mapping[str, ui.element] | None = None) -> None:
    """Mark each failing field with its own message; notify what no field shows."""
    fields = fields or {}
    shown = False
    for name, element in fields.items():
        code = error.fields.get(name)
        if hasattr(element, 'error'):
            element.error = error_text(code, lang(), **error.params) if code else None
            shown = shown or code is not None
    unplaced = [code for name, code in error.fields.items() if name not in fields]
    if not shown or unplaced:
        message = error_text(unplaced[0], lang(), **error.params) if unplaced else error_message(error)
        ui.notify(message, type='warning' if isinstance(error, RateLimited) else 'negative',
                  position='top', multi_line=True)


def clear_errors(fields: Mapping[str, ui.element]) -> None:
    for element in fields.values():
        if hasattr(element, 'error'):
            element.error = None


def safe_next(target: str | None, default: str = '/') -> str:
    """Only local paths are followed after login (no open redirects)."""
    if target and target.startswith('/') and not target.startswith('//') and '\\' not in target:
        return target
    return default


async def attempt(function, *, fields: Mapping[str, ui.element] | None = None, done: str | None = None,
                  reload: bool = True, **kwargs):
    """Run one domain action as the current user; show what went wrong in their language.

    A stale write (Conflict) reloads the page so the user sees what changed before trying again.
    Returns the action's result, or None when it failed."""
    from nicegui import run

    from core.errors import Conflict
    from ui.session import Caller, perform

    try:
        result = await run.io_bound(perform, Caller.here(), function, **kwargs)
    except Conflict as error:
        show_error(error)
        ui.navigate.reload()
        return None
    except DomainError as error:
        show_error(error, fields)
        return None
    if done:
        ui.notify(done, type='positive')
    if reload:
        ui.navigate.reload()
    return result
