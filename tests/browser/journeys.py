"""What the whole journeys share: a `journey` fixture that opens browser contexts (one per person),
saves full-page screenshots of the main steps and fails the test on errors a user would meet.

Screenshots go to test-artifacts/screenshots/<journey>/NN-<step>.png (ignored by git), the journey
named after its test module: test_citizen_journey.py -> citizen. conftest.py registers the fixture.
"""
from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

# a page settles within a second or two, but the machines that run the suite are often busy
expect.set_options(timeout=15_000)

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / 'test-artifacts' / 'screenshots'
PDF = b'%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'  # small, and a PDF by its content

# NiceGUI asks every new page whether its navigation drawer is open and logs an ERROR when the
# browser has moved on (or is slow on a busy machine) before it answers: no user notices that.
_HARMLESS = re.compile(r'JavaScript did not respond within')
_RECORD = re.compile(r'^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ (ERROR|CRITICAL) ', re.MULTILINE)


def pdf_file(name: str) -> dict:
    """A small valid PDF for `set_input_files`."""
    return {'name': name, 'mimeType': 'application/pdf', 'buffer': PDF}


class Journey:
    """One journey in real Chromium. Every page it opens is watched for 5xx answers and uncaught
    script errors; the portal's log is read for errors written meanwhile."""

    def __init__(self, name: str, browser, server) -> None:
        self.name, self.browser, self.server = name, browser, server
        self.folder = SCREENSHOTS / name
        shutil.rmtree(self.folder, ignore_errors=True)  # only this run's steps
        self.folder.mkdir(parents=True)
        self.steps = 0
        self.problems: list[str] = []
        self._contexts: list = []
        self._log_start = server.log.stat().st_size if server.log.exists() else 0

    @property
    def url(self) -> str:
        return self.server.url

    def new_page(self):
        """A page in a browser context of its own: another person at another computer."""
        context = self.browser.new_context(locale='vi-VN', viewport={'width': 1280, 'height': 900})
        context.set_default_timeout(20_000)
        context.set_default_navigation_timeout(30_000)
        self._contexts.append(context)
        return self.watch(context.new_page())

    def watch(self, page):
        """Note the 5xx answers and uncaught script errors this page meets (pages a journey opens
        itself are watched already; a tab the portal opens is not)."""
        page.on('pageerror', lambda error: self.problems.append(f'script error on {page.url}: {error}'))
        page.on('response', lambda response: self.problems.append(
            f'HTTP {response.status} for {response.request.method} {response.url}')
            if response.status >= 500 else None)
        return page

    def shot(self, page, step: str) -> Path:
        """A full-page screenshot of the page as it is now, numbered in the order of the journey."""
        self.steps += 1
        path = self.folder / f'{self.steps:02d}-{step}.png'
        page.evaluate('window.scrollTo(0, 0)')  # the fixed header stays on top of a full-page picture
        widths = page.evaluate('[document.documentElement.scrollWidth, document.documentElement.clientWidth]')
        if widths[0] > widths[1]:  # the reader would have to scroll sideways
            self.problems.append(f'{step}: the page is {widths[0]} px wide in a {widths[1]} px window ({page.url})')
        page.screenshot(path=path, full_page=True)
        return path

    def logged_errors(self) -> list[str]:
        if not self.server.log.exists():
            return []
        text = self.server.log.read_bytes()[self._log_start:].decode(errors='replace')
        starts = [m.start() for m in _RECORD.finditer(text)]
        records = [text[a:b].strip() for a, b in zip(starts, starts[1:] + [len(text)])]
        return [r[:3000] for r in records if not _HARMLESS.search(r.splitlines()[0])]

    def close(self) -> None:
        for context in self._contexts:
            context.close()


@pytest.fixture(name='journey')
def journey_fixture(request, browser, portal_server) -> Iterator[Journey]:
    """The journey of this test module. Fails the test if a browser met a 5xx answer or a script
    error, or the portal logged an error, while it ran."""
    name = request.module.__name__.rsplit('.', 1)[-1].removeprefix('test_').removesuffix('_journey')
    journey = Journey(name, browser, portal_server)
    try:
        yield journey
    finally:
        journey.close()
    problems = journey.problems + journey.logged_errors()
    if problems:
        pytest.fail(f'the {name} journey met errors:\n' + '\n\n'.join(problems), pytrace=False)
