"""Tables to CSV (UTF-8 with BOM, so Excel shows Vietnamese correctly) and XLSX."""
from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date, datetime


def _cell(value):
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return value


def to_csv(headers: Sequence[str], rows: Sequence[Sequence]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(headers)
    for row in rows:
        writer.writerow([v.strftime('%d/%m/%Y') if isinstance(v, date) else ('' if v is None else v) for v in row])
    return ('\ufeff' + buffer.getvalue()).encode('utf-8')


def to_xlsx(sheets: dict[str, tuple[Sequence[str], Sequence[Sequence]]]) -> bytes:
    """One worksheet per table: name -> (headers, rows)."""
    # imported on the first export, not at start-up: openpyxl brings numpy, a fifth of a second
    # and tens of megabytes every process would pay for a download few of them serve
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, (headers, rows) in sheets.items():
        sheet = workbook.create_sheet(title=name[:31])
        sheet.append(list(headers))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([_cell(v) for v in row])
        for column, header in zip(sheet.columns, headers):
            sheet.column_dimensions[column[0].column_letter].width = max(12, min(50, len(str(header)) + 4))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
