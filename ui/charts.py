"""Plotly figures in the portal's colours (only our own labels go into figure options)."""
from __future__ import annotations

from datetime import date, timedelta

import plotly.graph_objects as go

from core.clock import format_date

RED, GOLD, INK = '#A61D24', '#F4C430', '#1F2933'


def _layout(figure: go.Figure, title: str, height: int) -> go.Figure:
    figure.update_layout(title={'text': title, 'font': {'size': 15}}, height=height, margin=dict(l=50, r=10, t=45, b=60),
                         plot_bgcolor='white', paper_bgcolor='white', font={'family': 'Noto Sans, Arial', 'color': INK},
                         separators=',.', showlegend=False)
    figure.update_yaxes(gridcolor='#E5E7EB', tickformat=',d')
    return figure


def bucketed(series: list[tuple[date, int]]) -> tuple[list[str], list[int]]:
    """Days for up to four months; weeks up to two years; months beyond (readable at any range)."""
    if len(series) <= 120:
        return [format_date(day) for day, _ in series], [value for _, value in series]
    by_month = len(series) > 730
    buckets: dict[str, int] = {}
    for day, value in series:
        key = f'{day.month:02d}/{day.year}' if by_month else format_date(day - timedelta(days=day.weekday()))
        buckets[key] = buckets.get(key, 0) + value
    return list(buckets), list(buckets.values())


def daily(series: list[tuple[date, int]], title: str, *, kind: str = 'bar', height: int = 300) -> go.Figure:
    x, y = bucketed(series)
    trace = go.Bar(x=x, y=y, marker_color=RED) if kind == 'bar' else \
        go.Scatter(x=x, y=y, mode='lines', line={'color': RED, 'width': 2}, fill='tozeroy',
                   fillcolor='rgba(166,29,36,0.12)')
    return _layout(go.Figure(trace), title, height)


def ranking(rows: list[tuple[str, str, int]], title: str, *, height: int = 420) -> go.Figure:
    """Horizontal bars, largest on top; `customdata` carries the code for drill-down clicks."""
    rows = list(reversed(rows))
    figure = go.Figure(go.Bar(x=[value for _, _, value in rows], y=[label for _, label, _ in rows], orientation='h',
                              marker_color=RED, customdata=[code for code, _, _ in rows]))
    figure = _layout(figure, title, height)
    figure.update_layout(margin=dict(l=190, r=10, t=45, b=30))
    figure.update_xaxes(gridcolor='#E5E7EB', tickformat=',d')
    figure.update_yaxes(tickfont={'size': 11})
    return figure


def frozen(figure: go.Figure) -> dict:
    """The figure as the plain dict plotly.js takes, its arrays as tuples: NiceGUI turns every list
    and dict it is given into an observed copy, element by element, which for a chart's data cost
    more than the rest of the page (bench/README.md, "Page serving"). Tuples it leaves alone; it
    sends them the same way. For figures shared by many page loads (ui.plotly(frozen(figure)))."""
    def freeze(value):
        if isinstance(value, dict):
            return {key: freeze(item) for key, item in value.items()}
        if isinstance(value, list):
            return tuple(freeze(item) for item in value)
        return value
    return freeze(figure.to_plotly_json())
