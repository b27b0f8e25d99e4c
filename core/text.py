"""Text folding for Vietnamese search and identifiers."""
from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r'\s+')


def fold(text: str) -> str:
    """Lower-case, strip diacritics and map đ/Đ to d, so 'Đổi GPLX' matches 'doi gplx'.

    Unicode decomposition leaves đ alone (it is a letter, not d plus a mark), hence the map.
    """
    text = text.replace('đ', 'd').replace('Đ', 'D')
    decomposed = unicodedata.normalize('NFD', text)
    stripped = ''.join(ch for ch in decomposed if unicodedata.category(ch) != 'Mn')
    return _SPACES.sub(' ', stripped.lower()).strip()


def without_marks(text: str) -> str:
    """Vietnamese written without diacritics, case kept ('Phí hồ sơ' -> 'Phi ho so'): what payment
    gateways accept in an order description."""
    text = text.replace('đ', 'd').replace('Đ', 'D')
    return ''.join(ch for ch in unicodedata.normalize('NFD', text) if unicodedata.category(ch) != 'Mn')


def normalize_spaces(text: str) -> str:
    return _SPACES.sub(' ', unicodedata.normalize('NFC', text)).strip()


_DIGITS = ('không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín')
_GROUPS = ('', ' nghìn', ' triệu', ' tỷ', ' nghìn tỷ', ' triệu tỷ')


def _three_digits(number: int, full: bool) -> str:
    """0-999 in words; `full` when a higher group precedes (so '5' reads 'không trăm linh năm')."""
    hundreds, tens, units = number // 100, number // 10 % 10, number % 10
    words = []
    if hundreds or full:
        words += [_DIGITS[hundreds], 'trăm']
    if tens == 0:
        if units and (hundreds or full):
            words.append('linh')
    elif tens == 1:
        words.append('mười')
    else:
        words += [_DIGITS[tens], 'mươi']
    if units:
        if units == 1 and tens >= 2:
            words.append('mốt')
        elif units == 5 and tens >= 1:
            words.append('lăm')
        elif units == 4 and tens >= 2:
            words.append('tư')
        else:
            words.append(_DIGITS[units])
    return ' '.join(words)


def amount_in_words(amount: int) -> str:
    """1250000 -> 'Một triệu hai trăm năm mươi nghìn đồng' (as receipts write the amount)."""
    if amount == 0:
        return 'Không đồng'
    groups = []
    while amount:
        groups.append(amount % 1000)
        amount //= 1000
    parts = []
    for index in range(len(groups) - 1, -1, -1):
        if groups[index]:
            parts.append(_three_digits(groups[index], full=index < len(groups) - 1) + _GROUPS[index])
    text = ' '.join(parts)
    return text[0].upper() + text[1:] + ' đồng'
