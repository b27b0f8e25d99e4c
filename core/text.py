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


def normalize_spaces(text: str) -> str:
    return _SPACES.sub(' ', unicodedata.normalize('NFC', text)).strip()
