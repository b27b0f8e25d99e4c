"""Open statistics over the API, in JSON and CSV."""
from __future__ import annotations

from nicegui.testing import User


async def test_stats_json_and_csv_agree(user: User):
    body = (await user.http_client.get('/api/v1/stats', params={'since': '2019-12-09', 'until': '2020-03-13'})).json()
    figures = body['figures']
    assert figures['records']['ministries_syncing'] == 14 and figures['records']['provinces_syncing'] == 63
    assert figures['sso'] == {'ministries': 11, 'provinces': 62}
    assert sum(body['records_by_agency'].values()) == figures['records']['total'] > 0
    csv = await user.http_client.get('/api/v1/stats', params={'since': '2019-12-09', 'until': '2020-03-13',
                                                               'format': 'csv'})
    assert csv.headers['content-type'].startswith('text/csv')
    lines = dict(line.split(',', 1) for line in csv.content.decode('utf-8-sig').splitlines()[1:])
    assert int(lines['records.total']) == figures['records']['total']


async def test_stats_refuses_a_bad_period(user: User):
    response = await user.http_client.get('/api/v1/stats', params={'since': '2020-03-13', 'until': '2019-12-09'})
    assert response.status_code == 422 and response.json()['code'] == 'period_invalid'
    response = await user.http_client.get('/api/v1/stats', params={'format': 'xml'})
    assert response.status_code == 422
