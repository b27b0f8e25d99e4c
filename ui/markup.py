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
    return escape(str(text), quote=True)


def icon(name: str, classes: str = '', size: str | None = None) -> str:
    """A Material icon as Quasar draws it, hidden from screen readers (the text beside it speaks)."""
    style = f' style="font-size:{size}"' if size else ''
    return f'<i class="q-icon notranslate material-icons {classes}"{style} aria-hidden="true" role="presentation">' \
           f'{esc(name)}</i>'


def link(href: str, inner: str, classes: str = '', **attributes: str) -> str:
    """An `<a>`; `inner` is markup (escape text with `esc`)."""
    extra = ''.join(f' {name.replace("_", "-")}="{esc(value)}"' for name, value in attributes.items())
    return f'<a href="{esc(href)}" class="{classes}"{extra}>{inner}</a>'


def search_form(placeholder: str, label: str, classes: str = '', input_classes: str = '') -> str:
    """The GET search box of the header and the navigation (no websocket needed to search)."""
    return (f'<form action="/procedures" method="get" role="search" class="{classes}">'
            f'<input type="search" name="q" class="portal-search {input_classes}" placeholder="{esc(placeholder)}" '
            f'aria-label="{esc(label)}" maxlength="200"></form>')


def block(content: str, *, tag: str = 'div') -> ui.html:
    """One element holding `content` (markup built here, so it needs no sanitising)."""
    return ui.html(content, sanitize=False, tag=tag)
