from __future__ import annotations

from datetime import date, datetime, timezone

from core.clock import format_date, format_datetime, format_money, format_number
from core.text import fold


def test_money_and_numbers_read_the_vietnamese_way():
    assert format_money(1250000) == '1.250.000 ₫'
    assert format_money(0) == '0 ₫'
    assert format_number(77200) == '77.200'


def test_dates_in_ho_chi_minh_time():
    # 18:30 UTC on 31/12 is already 01:30 on 1/1 in Vietnam
    moment = datetime(2019, 12, 31, 18, 30, tzinfo=timezone.utc)
    assert format_date(moment) == '01/01/2020'
    assert format_datetime(moment) == '01:30 01/01/2020'
    assert format_date(date(2019, 12, 9)) == '09/12/2019'


def test_folding_handles_d_with_stroke():
    assert fold('Đổi Giấy phép lái xe') == 'doi giay phep lai xe'
    assert fold('  ĐĂNG   ký ') == 'dang ky'
