"""Small pieces pages share: empty states, status badges, key-value grids, section titles, figure tiles."""
from __future__ import annotations

import re

from nicegui import run, ui

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


def figure_tile(label: str, value: str, icon: str, mark: str, detail: str = '', own: str | None = None, *,
                alert: bool = False, large: bool = False) -> str:
    """A live figure with its label, as markup for `figure_tiles`. The value carries
    `data-testid=mark` (the own agency's figure `mark-own`): tests and the browser read them there."""
    esc = markup.esc
    accent = 'text-red-700' if alert else 'text-[#A61D24]'
    size = ('text-4xl font-bold ' + ('text-red-700' if alert else 'text-[#1F2933]')) if large else 'portal-figure'
    return (f'<section class="portal-card {"p-5" if large else "p-4"} column gap-1'
            f'{" bg-red-50 border-2 border-red-500" if alert else ""}" aria-label="{markup.attr(label)}">'
            f'<div class="row items-center gap-2 no-wrap">{markup.icon(icon, accent, "1.5rem" if large else None)}'
            f'<span class="text-sm portal-muted">{esc(label)}</span></div>'
            f'<div class="{size}" data-testid="{mark}">{esc(value)}</div>'
            + (f'<div class="text-xs portal-muted">{esc(detail)}</div>' if detail else '')
            + ('' if own is None else f'<div class="text-sm font-medium text-[#1D4ED8]" data-testid="{mark}-own">'
               f'{esc(own)}</div>')
            + '</section>')


def figure_tiles(tiles: list[str], gap: str = 'gap-3') -> ui.html:
    """Figure tiles in a grid of equal columns (a short last row keeps the tiles' width) as one
    element (a live page redraws it whole on each change), marked with every figure's name."""
    html = ''.join(tiles)
    return markup.block(html).classes(f'grid w-full {gap}').style('grid-template-columns:repeat(auto-fill,minmax(14rem,1fr))') \
        .mark('figure-tiles', *re.findall(r'data-testid="([^"]+)"', html))


async def loading(read, *args, **kwargs):
    """`read(*args)` in a worker thread, with a spinner where its result will be drawn meanwhile
    (a filter or a live refresh redraws a list: the reader sees it is coming, not an empty gap)."""
    spinner = ui.spinner(size='lg').classes('self-center q-my-md').props(f'aria-label="{_("common.loading")}"')
    try:
        return await run.io_bound(read, *args, **kwargs)
    finally:
        spinner.delete()
