"""Static parts of a page as one HTML element instead of a tree of NiceGUI elements.

Every NiceGUI element costs about a quarter of a millisecond of server CPU to make and send, on
every page load (bench/README.md, "Page serving"); the header, navigation, footer and the read-only
blocks of public pages (facts, lists, chips) never change after they are drawn, so they are built
as markup, with the same Quasar and Tailwind classes the elements would have had. Every text put
into markup goes through `esc`.
"""
from __future__ import annotations

from html import escape

from nicegui import ui


def esc(text: object) -> str:
    """Text between tags."""
    return escape(str(text), quote=False)


def attr(value: object) -> str:
    """Text inside an attribute's double quotes."""
    return escape(str(value), quote=True)


def icon(name: str, classes: str = '', size: str | None = None) -> str:
    """A Material icon as Quasar draws it, hidden from screen readers (the text beside it speaks)."""
    style = f' style="font-size:{size}"' if size else ''
    return f'<i class="q-icon notranslate material-icons {classes}"{style} aria-hidden="true" role="presentation">' \
           f'{esc(name)}</i>'


def heading(text: str, level: int = 2, classes: str = '') -> str:
    size = {1: 'text-2xl', 2: 'text-lg', 3: 'text-base'}[level]
    return f'<h{level} class="{size} font-semibold m-0 {classes}">{esc(text)}</h{level}>'


def facts(rows: list[tuple[str, str]]) -> str:
    """A two-column grid of label and value, skipping empty values."""
    cells = ''.join(f'<div class="portal-muted text-sm">{esc(label)}</div>'
                    f'<div class="text-sm font-medium whitespace-pre-line">{esc(value)}</div>'
                    for label, value in rows if value)
    return f'<div class="grid w-full gap-x-6 gap-y-2" style="grid-template-columns:minmax(9rem,auto) 1fr">{cells}</div>'


def link(href: str, inner: str, classes: str = '', **attributes: str) -> str:
    """An `<a>`; `inner` is markup (escape text with `esc`)."""
    extra = ''.join(f' {name.replace("_", "-")}="{attr(value)}"' for name, value in attributes.items())
    return f'<a href="{attr(href)}" class="{classes}"{extra}>{inner}</a>'


def search_form(placeholder: str, label: str, classes: str = '', input_classes: str = '') -> str:
    """The GET search box of the header and the navigation (no websocket needed to search)."""
    return (f'<form action="/procedures" method="get" role="search" class="{classes}">'
            f'<input type="search" name="q" class="portal-search {input_classes}" placeholder="{attr(placeholder)}" '
            f'aria-label="{attr(label)}" maxlength="200"></form>')


def block(content: str, *, tag: str = 'div') -> ui.html:
    """One element holding `content` (markup built here, so it needs no sanitising)."""
    return ui.html(content, sanitize=False, tag=tag)
