"""Searchable selects that find Vietnamese names typed without diacritics ('ha noi' -> 'Thành phố Hà Nội')."""
from __future__ import annotations

from typing import Any

from nicegui import events, ui

from core.text import fold


class SearchSelect(ui.select):
    """A single-choice select with an input that matches its labels ignoring case and Vietnamese
    diacritics (đ -> d), as citizens type them. Labels show as given; the value is the option's key.

    Quasar filters a select's options in the browser, diacritics-sensitive, so the server filters
    instead: every text the user types (the `input-value` event) narrows the options it sends, and
    NiceGUI's select.js shows new options in place of its own filtered list. The browser-side filter
    is switched off with `type=text` on the input (select.js reads its text from `input[type=search]`;
    were that to change, its filter would only hide options until the server's list arrives).

    `options` holds the options on offer; assigning it, or `set_options`, replaces the whole list,
    as with ui.select. The chosen option stays on offer while the user types, so typing never loses it.
    """

    def __init__(self, options: dict | list, *, label: str | None = None, value: Any = None,
                 on_change: events.Handler[events.ValueChangeEventArguments[Any]] | None = None,
                 clearable: bool = False) -> None:
        self._typed = ''
        super().__init__(options, label=label, value=value, on_change=on_change, with_input=True,
                         clearable=clearable)
        self.props('type=text')
        self.on('input-value', self._narrow)
        self.on_value_change(self._show_all)

    @property
    def options(self) -> dict | list:
        return self._offered

    @options.setter
    def options(self, options: dict | list) -> None:
        self._every = options
        self._offered = self._matching()

    def update(self) -> None:
        self._offered = self._matching()
        super().update()

    def choose(self, key: Any) -> bool:
        """Choose the option `key` (a click elsewhere, such as a chart's bar), whatever the user has
        typed into the input meanwhile; False when there is no such option."""
        if not any(option == key for option, _text in self._pairs()):
            return False
        if self._typed:
            self._typed = ''
            self.update()  # the whole list again, so the key is a valid value
        self.value = key
        return True

    def _pairs(self) -> list[tuple[Any, Any]]:
        every = self._every
        return list(every.items()) if isinstance(every, dict) else [(option, option) for option in every]

    def _matching(self) -> dict | list:
        """The options whose label contains what the user typed, folded; all when nothing is typed,
        or when the input shows the chosen option's label again (Quasar puts it back on blur)."""
        needle = fold(getattr(self, '_typed', ''))
        chosen = getattr(self, 'value', None)
        pairs = self._pairs()
        if not needle or any(key == chosen and fold(str(text)) == needle for key, text in pairs):
            return self._every
        kept = [(key, text) for key, text in pairs
                if needle in fold(str(text)) or (chosen is not None and key == chosen)]
        return dict(kept) if isinstance(self._every, dict) else [key for key, _text in kept]

    def _narrow(self, e: events.GenericEventArguments) -> None:
        typed = e.args if isinstance(e.args, str) else ''
        if typed != self._typed:
            self._typed = typed
            self.update()

    def _show_all(self) -> None:
        if self._typed:
            self._typed = ''
            self.update()

    def _event_args_to_value(self, e: events.GenericEventArguments) -> Any:
        """The option the user clicked. The browser names it by its index in the options it shows,
        which may be a list the server has already narrowed again (the user clicked before the
        latest options arrived): then the option is found by its label in the whole list."""
        if isinstance(e.args, dict):
            index, text = e.args.get('value'), e.args.get('label')
            if not (isinstance(index, int) and 0 <= index < len(self._labels) and self._labels[index] == text):
                return next((key for key, label in self._pairs() if label == text), self.value)
        return super()._event_args_to_value(e)
