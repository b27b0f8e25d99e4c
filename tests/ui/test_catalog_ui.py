"""The procedure catalogue as a citizen uses it: the sector and agency filters find names typed
without diacritics and narrow the results; a search that finds nothing says so and offers a way back."""
from __future__ import annotations

import asyncio

from nicegui import ui
from nicegui.testing import User


def _result_labels(user: User) -> list[list[str]]:
    """The texts shown on each result card."""
    with user:
        return [[e.text for e in card.descendants() if isinstance(e, ui.label)]
                for card in user.find(marker='result').elements]


async def test_sector_filter_finds_a_sector_typed_without_diacritics(user: User):
    await user.open('/procedures')
    await user.should_see(marker='result')
    sector = user.find(marker='sector-filter').click()
    sector.trigger('inputValue', 'ho tich')  # what the browser sends as the citizen types
    await user.should_see(content='Hộ tịch', marker='sector-filter')
    await user.should_not_see(content='Đường bộ', marker='sector-filter')
    picker = next(iter(sector.elements))
    picker.set_value(next(code for code, name in picker.options.items() if name == 'Hộ tịch'))
    for _ in range(50):  # the results are read again in a worker thread
        cards = _result_labels(user)
        if cards and all('Hộ tịch' in labels for labels in cards):
            break
        await asyncio.sleep(0.1)
    assert cards and all('Hộ tịch' in labels for labels in cards), cards


async def test_agency_filter_finds_a_ministry_typed_without_diacritics(user: User):
    await user.open('/procedures')
    agency = user.find(marker='agency-filter').click()
    agency.trigger('inputValue', 'tu phap')
    picker = next(iter(agency.elements))
    assert list(picker.options.values()) == ['Tất cả', 'Bộ Tư pháp']  # 'all', the current choice, stays


async def test_a_search_that_finds_nothing_says_so_and_clears(user: User):
    await user.open('/procedures?q=zzqxv')
    await user.should_see('Không tìm thấy thủ tục phù hợp')
    user.find('Xóa bộ lọc').click()
    await user.should_see(marker='result')
