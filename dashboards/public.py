"""The public statistics page (open data for citizens)."""
from __future__ import annotations

from nicegui import run, ui

from core import events
from dashboards.overview import LIVE_TOPICS, dashboard_data, parse_period, tiles
from ui.charts import daily
from ui.components import section_title
from ui.frame import frame, portal_page
from ui.session import Viewer, _


async def stats_page(viewer: Viewer | None) -> None:
    since, until = parse_period('', '')
    seen = {'version': events.version(*LIVE_TOPICS)}
    with frame(_('stats.title'), viewer, wide=True):
        section_title(_('stats.title'), 1)
        ui.label(_('stats.intro')).classes('portal-muted')

        @ui.refreshable
        async def content() -> None:
            data = await run.io_bound(dashboard_data, since, until, None, None)
            tiles(data)
            with ui.column().classes('portal-card w-full p-2'):
                ui.plotly(daily(data['national']['visits_series'], _('dash.chart_visits'), kind='line')).classes('w-full')
        await content()

        def poll() -> None:
            current = events.version(*LIVE_TOPICS)
            if current != seen['version']:
                seen['version'] = current
                content.refresh()
        ui.timer(2.0, poll)


def mount() -> None:
    portal_page('/thong-ke', area='public')(stats_page)
