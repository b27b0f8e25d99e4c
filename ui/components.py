"""Small pieces pages share: empty states, status badges, key-value grids, section titles."""
from __future__ import annotations

from nicegui import ui

from ui import markup
from ui.session import _

STATUS_COLOURS = {0: 'grey-7', 1: 'blue-8', 2: 'indigo-8', 3: 'red-9', 4: 'deep-orange-10', 5: 'brown-6',
                  6: 'purple-8', 7: 'grey-8', 8: 'red-10', 9: 'teal-8', 10: 'green-9'}


def empty_state(icon: str, title: str, text: str = '', *, mark: str = 'empty-state') -> ui.column:
    with ui.column().classes('portal-card w-full p-8 items-center text-center gap-2').mark(mark) as box:
        ui.icon(icon, size='3rem').classes('text-gray-400')
        ui.label(title).classes('text-lg font-semibold')
        if text:
            ui.label(text).classes('portal-muted max-w-xl')
    return box


def status_badge(status: int, key: str) -> ui.badge:
    return ui.badge(_(f'dossier.status.{key}')).props(f'color={STATUS_COLOURS.get(status, "grey")}') \
        .classes('text-sm px-2 py-1')


def section_title(text: str, level: int = 2) -> ui.label:
    size = {1: 'text-2xl', 2: 'text-lg', 3: 'text-base'}[level]
    return ui.label(text).classes(f'{size} font-semibold').props(f'role=heading aria-level={level}')


def facts(rows: list[tuple[str, str]]) -> ui.html:
    """A two-column grid of label and value, skipping empty values (one element: ui.markup)."""
    return markup.block(markup.facts(rows)).classes('w-full')
