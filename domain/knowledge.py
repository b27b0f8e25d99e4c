"""The knowledge base and canned replies, searchable the way procedures are (diacritics, đ,
abbreviations)."""
from __future__ import annotations

from sqlalchemy import column, func, insert, literal_column, select, table, text
from sqlmodel import Session

from domain.search_text import fts5_query, highlight, index_text, query_terms, ts_query
from models.support import KbArticle, Macro

KB_FTS = 'kb_fts'
_fts = table(KB_FTS, column('rowid'))


def load_knowledge(session: Session, data: dict) -> int:
    """Insert the articles and macros whose titles are missing; commit once."""
    titles = set(session.execute(select(KbArticle.title)).scalars())
    fresh = [a for a in data.get('articles', []) if a['title'] not in titles]
    if fresh:
        session.execute(insert(KbArticle), [{
            'title': a['title'], 'body': a['body'], 'category': a['category'], 'keywords': a.get('keywords', []),
            'procedure_code': a.get('procedure_code'), 'search_name': index_text(a['title']),
            'search_text': index_text(' '.join(a.get('keywords', [])), a['body']), 'active': True} for a in fresh])
        if session.get_bind().dialect.name == 'sqlite':
            session.execute(text(f'INSERT INTO {KB_FTS}(rowid, name, body) SELECT id, search_name, search_text '
                                 f'FROM kb_article WHERE id NOT IN (SELECT rowid FROM {KB_FTS})'))
    macro_titles = set(session.execute(select(Macro.title)).scalars())
    macros = [m for m in data.get('macros', []) if m['title'] not in macro_titles]
    if macros:
        session.execute(insert(Macro), [{'title': m['title'], 'body': m['body'], 'category': m.get('category')}
                                        for m in macros])
    session.commit()
    return len(fresh) + len(macros)


def load_knowledge_data(session: Session) -> int:
    from domain.reference import DATA_DIR, read_data

    return load_knowledge(session, read_data('kb.json')) if (DATA_DIR / 'kb.json').exists() else 0


def search_knowledge(session: Session, *, q: str = '', category: str | None = None, limit: int = 20) -> list[dict]:
    """Best articles first; an empty query lists articles by title."""
    terms = query_terms(q[:200])
    conditions = [KbArticle.active.is_(True)] + ([KbArticle.category == category] if category else [])
    if not terms:
        rows = session.execute(select(KbArticle).where(*conditions).order_by(KbArticle.title).limit(limit)).scalars()
        articles = list(rows)
    elif session.get_bind().dialect.name == 'sqlite':
        ranked = (select(_fts.c.rowid.label('id'), literal_column(f'bm25({KB_FTS}, 10.0, 1.0)').label('score'))
                  .select_from(_fts).where(text(f'{KB_FTS} MATCH :match').bindparams(match=fts5_query(terms)))
                  .cte('kb_ranked').prefix_with('MATERIALIZED'))
        articles = list(session.execute(select(KbArticle).join(ranked, ranked.c.id == KbArticle.id)
                                        .where(*conditions).order_by(ranked.c.score).limit(limit)).scalars())
    else:
        vector = literal_column("setweight(to_tsvector('simple', kb_article.search_name), 'A') || "
                                "setweight(to_tsvector('simple', kb_article.search_text), 'B')")
        tsquery = func.to_tsquery('simple', ts_query(terms))
        articles = list(session.execute(select(KbArticle).where(vector.op('@@')(tsquery), *conditions)
                                        .order_by(func.ts_rank_cd(vector, tsquery).desc()).limit(limit)).scalars())
    return [{'id': a.id, 'title': a.title, 'highlighted_title': highlight(a.title, q) if q else None,
             'body': a.body, 'category': a.category, 'keywords': a.keywords} for a in articles]
