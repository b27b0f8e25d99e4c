"""Query understanding for Vietnamese search: folding, abbreviations, highlighting."""
from __future__ import annotations

import html
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from core.text import fold

_TOKEN = re.compile(r'[a-z0-9]+(?:/[a-z0-9]+)?')
MAX_TOKENS = 12
# Words people add around what they need ("làm sổ đỏ", "muốn xin giấy phép"): dropped when
# other words remain, since every query word must match.
FILLERS = frozenset({'lam', 'xin', 'muon', 'toi', 'minh', 'nhu', 'nao', 'sao', 'cach', 'huong', 'dan'})


@lru_cache(maxsize=1)
def _synonyms() -> dict:
    return json.loads((Path(__file__).parent / 'data' / 'abbreviations.json').read_text(encoding='utf-8'))


def abbreviations() -> dict[str, str]:
    return {key: value for key, value in _synonyms().items() if not key.startswith('_') and isinstance(value, str)}


def phrases() -> dict[str, str]:
    return _synonyms().get('phrases', {})


def query_terms(query: str) -> list[tuple[str, str | None]]:
    """Folded query terms, each with what it stands for: a word with its abbreviation's meaning,
    or an everyday phrase ('so do') with the official words ('quyen su dung dat')."""
    tokens = _TOKEN.findall(fold(query))[:MAX_TOKENS]
    meaningful = [token for token in tokens if token not in FILLERS]
    tokens = meaningful or tokens
    known, common = abbreviations(), phrases()
    terms: list[tuple[str, str | None]] = []
    index = 0
    while index < len(tokens):
        for size in (3, 2):
            phrase = ' '.join(tokens[index:index + size])
            if len(tokens[index:index + size]) == size and phrase in common:
                terms.append((phrase, common[phrase]))
                index += size
                break
        else:
            terms.append((tokens[index], known.get(tokens[index])))
            index += 1
    return terms


def index_text(*parts: str) -> str:
    """What a procedure is indexed under: folded text, with abbreviations spelled out too."""
    text = fold(' '.join(part for part in parts if part))
    known = abbreviations()
    extra = [known[token] for token in set(_TOKEN.findall(text)) if token in known]
    return ' '.join([text, *extra])


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    if char in 'đĐ':
        return 'd'
    base = unicodedata.normalize('NFD', char)[0]
    return base.lower() if len(base.lower()) == 1 else char


def highlight_words(query: str) -> frozenset[str]:
    """The folded words a query highlights (its own words and what its abbreviations mean)."""
    words: set[str] = set()
    for term, expansion in query_terms(query):
        words.update(term.replace('/', ' ').split())
        if expansion:
            words.update(expansion.split())
    return frozenset(w for w in words if len(w) > 1)


def highlight(text: str, query: str | frozenset[str]) -> str:
    """HTML-escaped `text` with the words matching the query wrapped in <mark>."""
    words = highlight_words(query) if isinstance(query, str) else query
    if not words:
        return html.escape(text)
    folded = ''.join(map(_fold_char, text))  # same length as text
    out, last = [], 0
    for match in re.finditer(r'[a-z0-9]+', folded):
        word = match.group()
        if word in words or any(word.startswith(w) for w in words):
            start, end = match.span()
            out.append(html.escape(text[last:start]))
            out.append(f'<mark>{html.escape(text[start:end])}</mark>')
            last = end
    out.append(html.escape(text[last:]))
    return ''.join(out)


def _words(term: str) -> list[str]:
    return term.replace('/', ' ').split()


def fts5_query(terms: list[tuple[str, str | None]]) -> str:
    """FTS5 syntax from folded [a-z0-9] words only; only the last word (still being typed) is a prefix."""
    parts = []
    for position, (term, expansion) in enumerate(terms):
        words = _words(term)
        last = position == len(terms) - 1
        own = f'"{" ".join(words)}"' + ('*' if last and len(words) == 1 and len(term) > 1 else '')
        parts.append(f'({own} OR "{expansion}")' if expansion else own)
    return ' AND '.join(parts)


def ts_query(terms: list[tuple[str, str | None]]) -> str:
    parts = []
    for position, (term, expansion) in enumerate(terms):
        words = _words(term)
        last = position == len(terms) - 1
        own = ('(' + ' <-> '.join(words) + ')') if len(words) > 1 else \
            (f'{words[0]}:*' if last and len(term) > 1 else words[0])
        parts.append(f'({own} | ({" <-> ".join(expansion.split())}))' if expansion else own)
    return ' & '.join(parts)
