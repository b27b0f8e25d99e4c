from __future__ import annotations

import io
from datetime import date

from openpyxl import load_workbook

from core.export import to_csv, to_xlsx


def test_csv_keeps_vietnamese_for_excel_and_writes_dates_the_vietnamese_way():
    data = to_csv(['Ngày', 'Nhóm', 'Cuộc gọi'], [[date(2019, 12, 9), 'Tài khoản, đăng nhập', 120]])
    assert data.startswith('\ufeff'.encode('utf-8'))
    text = data.decode('utf-8-sig')
    assert text.splitlines() == ['Ngày,Nhóm,Cuộc gọi', '09/12/2019,"Tài khoản, đăng nhập",120']


def test_xlsx_has_one_sheet_per_table():
    workbook = load_workbook(io.BytesIO(to_xlsx({'Theo ngày': (['Ngày', 'Cuộc gọi'], [[date(2020, 1, 2), 5]]),
                                                 'Theo nhóm': (['Nhóm', 'Cuộc gọi'], [['Thanh toán', 7]])})))
    assert workbook.sheetnames == ['Theo ngày', 'Theo nhóm']
    assert workbook['Theo nhóm']['A2'].value == 'Thanh toán' and workbook['Theo nhóm']['B2'].value == 7
