"""The serving shortcuts of ui/speed.py give what NiceGUI itself would have given."""
from __future__ import annotations

from nicegui import client as client_module

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
