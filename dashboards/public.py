"""The public statistics page (open data for citizens)."""
from __future__ import annotations

from datetime import date

from nicegui import ui

from core import events
from core.i18n import t
from core.memo import Memo
from dashboards.overview import LIVE_TOPICS, dashboard_data, parse_period, tiles
from ui.charts import daily, frozen
from ui.components import section_title
from ui.frame import frame, portal_page
from ui.session import Viewer, _, lang


# everyone sees the same figures: read once for all visitors, again when a live topic moves (visits,
# which have no change notice, at most 10 seconds late)
_PUBLIC = Memo(*LIVE_TOPICS, seconds=10.0, entries=8)


async def _public_view(since: date, until: date, language: str) -> tuple[dict, dict]:
    """The figures and the visits chart, made once for every visitor (ui.charts.frozen)."""
    def read() -> tuple[dict, dict]:
        data = dashboard_data(since, until, None, None)
        chart = daily(data['national']['visits_series'], t('dash.chart_visits', language), kind='line')
        return data, frozen(chart)
    return await _PUBLIC.get_async((since, until, language), read)


async def stats_page(viewer: Viewer | None) -> None:
    since, until = parse_period('', '')
    seen = {'version': events.version(*LIVE_TOPICS)}
    with frame(_('stats.title'), viewer, wide=True):
        section_title(_('stats.title'), 1)
        ui.label(_('stats.intro')).classes('portal-muted')

        @ui.refreshable
        async def content() -> None:
            data, chart = await _public_view(since, until, lang())
            tiles(data)
            with ui.column().classes('portal-card w-full p-2'):
                ui.plotly(chart).classes('w-full')
        await content()

        def poll() -> None:
            current = events.version(*LIVE_TOPICS)
            if current != seen['version']:
                seen['version'] = current
                content.refresh()
        ui.timer(2.0, poll)


def mount() -> None:
    portal_page('/thong-ke', area='public')(stats_page)
