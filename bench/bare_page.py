"""The page-serving baseline: a bare NiceGUI app run with the portal's `ui.run` options (session
secret, language, title, gzip level), one page with a header, a heading, a paragraph and a 20-row table, no
database and no portal code.   Run by bench.pages; PORTAL_PORT and PORTAL_SECRET_KEY from the env."""
from __future__ import annotations

import os

from fastapi.middleware.gzip import GZipMiddleware
from nicegui import ui

ROWS = [{'code': f'1.00{1000 + n}', 'name': f'Thủ tục hành chính số {n + 1}', 'agency': 'UBND thành phố Hà Nội',
         'level': n % 4 + 1} for n in range(20)]


@ui.page('/bare/page')
def bare_page() -> None:
    with ui.header().classes('bg-red-9'):
        ui.label('Cổng Dịch vụ công quốc gia').classes('text-h6')
    ui.label('Thủ tục hành chính').classes('text-h4')
    ui.label('Danh sách hai mươi thủ tục được tìm nhiều nhất trong tuần.')
    ui.table(columns=[{'name': key, 'label': key, 'field': key} for key in ROWS[0]], rows=ROWS, row_key='code')


if __name__ in {'__main__', '__mp_main__'}:
    ui.run(host='127.0.0.1', port=int(os.environ['PORTAL_PORT']), title='Cổng Dịch vụ công quốc gia', language='vi',
           favicon='🏛️', storage_secret=os.environ['PORTAL_SECRET_KEY'], reload=False, show=False,
           reconnect_timeout=10,
           gzip_middleware_factory=lambda app: GZipMiddleware(app, minimum_size=500, compresslevel=5))
