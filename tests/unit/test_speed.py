"""The serving shortcuts of ui/speed.py give what NiceGUI itself would have given."""
from __future__ import annotations

import pytest
from nicegui import client as client_module

from core.errors import RateLimited
from ui import speed

SAMPLES = ['', 'plain ascii', 'giá $5 & ${x}', 'Đổi giấy phép lái xe <b>&amp;</b> `mã` > 5 & < 6',
           '{"content": "<a href=\\"/procedures?q=đăng ký\\">Thủ tục</a>"}', '&&&<<<>>>```', 'Hà Nội ☎ 1022']


def test_the_fast_html_escape_gives_nicegui_s_own_text():
    speed._escape_fast()
    for text in SAMPLES:
        assert speed._HtmlEscapable(text).translate(client_module.HTML_ESCAPE_TABLE) == \
            text.translate(client_module.HTML_ESCAPE_TABLE), text


def test_other_tables_are_left_to_translate():
    table = str.maketrans({'đ': 'd'})
    assert speed._HtmlEscapable('đường').translate(table) == 'dường'


def test_element_data_is_escaped_the_fast_way_once_installed():
    speed._escape_fast()
    text = client_module.json.dumps({'content': '<i>Thủ tục</i> & `x` $'})
    assert isinstance(text, speed._HtmlEscapable)
    assert text.translate(client_module.HTML_ESCAPE_TABLE) == \
        '{"content":"&lt;i&gt;Thủ tục&lt;/i&gt; &amp; &#96;x&#96; &#36;"}'


def test_rate_limiter_forgets_idle_addresses_without_rescanning_a_crowd(monkeypatch):
    from core import ratelimit

    clock = [1000.0]
    monkeypatch.setattr(ratelimit, 'PRUNE_FROM', 100)
    monkeypatch.setattr(ratelimit.time, 'monotonic', lambda: clock[0])
    limiter = ratelimit.RateLimiter(limit=5, window_seconds=60)
    scans = []
    forget = limiter._forget_idle
    monkeypatch.setattr(limiter, '_forget_idle', lambda now: (scans.append(limiter.keys), forget(now)))
    for n in range(1000):  # a crowd: every address still inside the window
        limiter.check(f'10.0.{n // 250}.{n % 250}')
    assert scans == [101, 203, 407, 815]  # a scan each time the table doubles, not one per hit
    assert limiter.keys == 1000
    clock[0] += 61  # the crowd leaves; newcomers arrive
    for n in range(1000, 1700):
        limiter.check(f'10.1.{n // 250}.{n % 250}')
    assert scans[4:] == [1631] and limiter.keys == 700  # the idle thousand are forgotten
    for _ in range(4):
        limiter.check('10.1.4.1')
    with pytest.raises(RateLimited):  # and the limit still holds for those remembered
        limiter.check('10.1.4.1')
