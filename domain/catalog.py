"""The procedure catalogue: loading it as data, Vietnamese search, and reading a procedure."""
from __future__ import annotations

import math
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, column, func, insert, literal_column, select, table, text
from sqlmodel import Session

from core.errors import NotFound, ValidationFailed
from core.text import fold
from domain.search_text import fts5_query, highlight, highlight_words, index_text, query_terms, ts_query
from models.agencies import Agency, Sector
from models.catalog import (CHANNEL_KINDS, FIELD_TYPES, IMPLEMENTING_LEVELS, ChannelPublic, DocumentPublic, Faq,
                            FaqPublic, FieldPublic, LifeEvent, Procedure, ProcedureChannel, ProcedureDocument,
                            ProcedureField, ProcedureLifeEvent, ProcedurePublic, ProcedureSummary, SearchPage)

MAX_PAGE_SIZE = 50
FTS_TABLE = 'procedure_fts'
_fts = table(FTS_TABLE, column('rowid'))


# ---------------------------------------------------------------- loading

# A document the applicant supplies only when it applies says so in its name: "(nếu có)" ("if any"),
# a note that ends ", nếu có)" ("Mẫu 02-1/BK-QTT-TNCN, nếu có") or opens "(nếu có " ("if there is
# property to certify"); or a note naming the case it is for: "(trường hợp ủy quyền)" ("where a
# proxy submits"), "(nếu cha, mẹ đã đăng ký kết hôn)", "(Mẫu HK01, đối với trường hợp phải khai)".
# Still required: "(... và hình vẽ nếu có)" qualifies a part of the document, "(trừ trường hợp được
# miễn)" ("unless exempt") is the rule with its exception, and "X; trường hợp không có X thì ..."
# offers another document in X's place. The migrations that made documents optional apply the same
# markers to existing rows.
OPTIONAL_MARKERS = ('(nếu ', ', nếu có)', '(trường hợp ', ', đối với trường hợp ')


def document_required(document: dict) -> bool:
    """Whether an online dossier needs this catalogue document: an explicit `required` in the data
    wins, otherwise a document whose name says "if any" is optional."""
    if 'required' in document:
        return bool(document['required'])
    name = unicodedata.normalize('NFC', document['name']).lower()
    return not any(marker in name for marker in OPTIONAL_MARKERS)


def load_life_events(session: Session, rows: Iterable[dict]) -> int:
    existing = set(session.execute(select(LifeEvent.code)).scalars())
    added = 0
    for row in rows:
        if row['code'] not in existing:
            session.add(LifeEvent(code=row['code'], name=row['name'], name_en=row['name_en'], icon=row.get('icon', 'event')))
            added += 1
    session.flush()
    return added


def _validate_record(record: dict, sectors: dict[str, int], agencies: dict[str, int]) -> None:
    problems = []
    if record['sector'] not in sectors:
        problems.append('sector')
    if record['ministry'] not in agencies:
        problems.append('ministry')
    if record['implementing_level'] not in IMPLEMENTING_LEVELS:
        problems.append('implementing_level')
    if record['service_level'] not in (1, 2, 3, 4):
        problems.append('service_level')
    if any(c['kind'] not in CHANNEL_KINDS or int(c['processing_days']) < 0 for c in record['channels']):
        problems.append('channels')
    if any(f['type'] not in FIELD_TYPES for f in record.get('fields', [])):
        problems.append('fields')
    if problems:
        raise ValidationFailed('procedure_record_invalid', code=record.get('code'), fields={p: 'invalid' for p in problems})


def load_procedures(session: Session, records: list[dict]) -> int:
    """Insert the procedures whose codes are missing, with their children, in one commit.

    Core bulk inserts keep a 10,000-procedure load to seconds.
    """
    sectors = dict(session.execute(select(Sector.code, Sector.id)).all())
    sector_names = dict(session.execute(select(Sector.code, Sector.name)).all())
    agencies = dict(session.execute(select(Agency.code, Agency.id)).all())
    events = dict(session.execute(select(LifeEvent.code, LifeEvent.id)).all())
    existing = set(session.execute(select(Procedure.code)).scalars())
    fresh = [r for r in records if r['code'] not in existing]
    if not fresh:
        return 0
    for record in fresh:
        _validate_record(record, sectors, agencies)
    session.execute(insert(Procedure), [{
        'code': r['code'], 'decision': r['decision'], 'name': r['name'], 'name_en': r['name_en'],
        'implementing_level': r['implementing_level'], 'sector_id': sectors[r['sector']],
        'agency_id': agencies[r['ministry']], 'service_level': r['service_level'],
        'launch_service': bool(r.get('launch_service')), 'applicants': r['applicants'], 'steps': r['steps'],
        'implementing_agency': r['implementing_agency'], 'competent_agency': r['competent_agency'],
        'receiving_address': r['receiving_address'], 'result': r['result'], 'legal_basis': r['legal_basis'],
        'conditions': r['conditions'], 'keywords': r['keywords'],
        'search_name': index_text(r['name']),
        'search_text': index_text(' '.join(r['keywords']), r['code'], sector_names[r['sector']], r['result']),
        'active': True,
    } for r in fresh])
    ids = dict(session.execute(select(Procedure.code, Procedure.id)
                               .where(Procedure.code.in_([r['code'] for r in fresh]))).all())
    channels, documents, fields, links, faqs = [], [], [], [], []
    for r in fresh:
        pid = ids[r['code']]
        channels += [{'procedure_id': pid, 'kind': c['kind'], 'processing_days': int(c['processing_days']),
                      'fee_vnd': int(c['fee_vnd']), 'fee_description': c['fee_description'],
                      'description': c['description']} for c in r['channels']]
        documents += [{'procedure_id': pid, 'position': i, 'name': d['name'], 'template': d.get('template'),
                       'originals': d.get('originals', 1), 'copies': d.get('copies', 0),
                       'required': document_required(d)}
                      for i, d in enumerate(r['documents'])]
        fields += [{'procedure_id': pid, 'position': i, 'name': f['name'], 'label': f['label'],
                    'label_en': f['label_en'], 'type': f['type'], 'required': bool(f.get('required', True)),
                    'options': f.get('options', []), 'prefill': f.get('prefill')} for i, f in enumerate(r['fields'])]
        links += [{'procedure_id': pid, 'life_event_id': events[code]} for code in r.get('life_events', [])
                  if code in events]
        faqs += [{'procedure_id': pid, 'position': i, 'question': q['question'], 'answer': q['answer']}
                 for i, q in enumerate(r.get('faqs', []))]
    for model, rows in ((ProcedureChannel, channels), (ProcedureDocument, documents), (ProcedureField, fields),
                        (ProcedureLifeEvent, links), (Faq, faqs)):
        if rows:
            session.execute(insert(model), rows)
    _index(session, list(ids.values()))
    session.commit()
    return len(fresh)


def _index(session: Session, procedure_ids: list[int]) -> None:
    """Keep SQLite's FTS5 index in step (PostgreSQL indexes the columns themselves)."""
    if session.get_bind().dialect.name != 'sqlite' or not procedure_ids:
        return
    for chunk_start in range(0, len(procedure_ids), 500):
        chunk = procedure_ids[chunk_start:chunk_start + 500]
        session.execute(text(f'DELETE FROM {FTS_TABLE} WHERE rowid IN ({",".join(map(str, chunk))})'))
        session.execute(text(f'INSERT INTO {FTS_TABLE}(rowid, name, body) SELECT id, search_name, search_text '
                             f'FROM procedure WHERE active AND id IN ({",".join(map(str, chunk))})'))


# ---------------------------------------------------------------- search

def _filters(*, sector: str | None, level: int | None, agency: str | None, life_event: str | None,
             implementing_level: str | None) -> list:
    conditions = [Procedure.active.is_(True)]
    if sector:
        conditions.append(Procedure.sector_id == select(Sector.id).where(Sector.code == sector).scalar_subquery())
    if level:
        conditions.append(Procedure.service_level == level)
    if agency:
        conditions.append(Procedure.agency_id == select(Agency.id).where(Agency.code == agency).scalar_subquery())
    if implementing_level:
        conditions.append(Procedure.implementing_level == implementing_level)
    if life_event:
        conditions.append(Procedure.id.in_(
            select(ProcedureLifeEvent.procedure_id).join(LifeEvent, LifeEvent.id == ProcedureLifeEvent.life_event_id)
            .where(LifeEvent.code == life_event)))
    return conditions


def search_procedures(session: Session, *, q: str = '', sector: str | None = None, level: int | None = None,
                      agency: str | None = None, life_event: str | None = None,
                      implementing_level: str | None = None, page: int = 1, page_size: int = 20) -> SearchPage:
    """Best matches first; Vietnamese typed without diacritics, in any case, or abbreviated finds
    the procedure with diacritics. An empty query lists the filtered catalogue."""
    if level is not None and level not in (1, 2, 3, 4):
        raise ValidationFailed('level_invalid', field='level')
    if page < 1 or not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ValidationFailed('page_invalid', field='page')
    if len(q) > 200:
        raise ValidationFailed('query_too_long', field='q')
    conditions = _filters(sector=sector, level=level, agency=agency, life_event=life_event,
                          implementing_level=implementing_level)
    filtered = len(conditions) > 1  # more than "active"
    terms = query_terms(q)
    offset = (page - 1) * page_size
    dialect = session.get_bind().dialect.name
    total_column = func.count().over().label('total')  # one pass gives the page and the total
    if not terms:
        statement = (select(Procedure.id, literal_column('0'), total_column).where(and_(*conditions))
                     .order_by(Procedure.launch_service.desc(), Procedure.service_level.desc(), Procedure.name))
    elif dialect == 'sqlite' and not filtered:
        # The FTS index holds active procedures only, so it answers alone: the raw query's cost.
        match = fts5_query(terms)
        connection = session.connection()
        rows = connection.execute(text(f'SELECT rowid, bm25({FTS_TABLE}, 10.0, 2.0) FROM {FTS_TABLE} '
                                       f'WHERE {FTS_TABLE} MATCH :match ORDER BY 2 LIMIT :limit OFFSET :offset'),
                                  {'match': match, 'limit': page_size, 'offset': offset}).all()
        total = connection.execute(text(f'SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match'),
                                   {'match': match}).scalar_one()
        statement = None
    elif dialect == 'sqlite':
        match = text(f'{FTS_TABLE} MATCH :match').bindparams(match=fts5_query(terms))
        # bm25() cannot share a query level with a window function: rank in a materialised CTE
        ranked = (select(_fts.c.rowid.label('id'), literal_column(f'bm25({FTS_TABLE}, 10.0, 2.0)').label('score'))
                  .select_from(_fts).where(match).cte('ranked').prefix_with('MATERIALIZED'))
        statement = (select(Procedure.id, ranked.c.score, total_column).select_from(ranked)
                     .join(Procedure, Procedure.id == ranked.c.id).where(*conditions)
                     .order_by(ranked.c.score, Procedure.service_level.desc()))
    else:
        vector = literal_column("setweight(to_tsvector('simple', procedure.search_name), 'A') || "
                                "setweight(to_tsvector('simple', procedure.search_text), 'B')")
        tsquery = func.to_tsquery('simple', ts_query(terms))  # built from folded [a-z0-9] words only
        rank = func.ts_rank_cd(vector, tsquery)
        statement = (select(Procedure.id, rank, total_column).where(vector.op('@@')(tsquery), *conditions)
                     .order_by(rank.desc(), Procedure.service_level.desc()))
    if statement is not None:
        rows = session.connection().execute(statement.limit(page_size).offset(offset)).all()
        if rows:
            total = rows[0][2]
        else:  # a page past the end still reports how many there are
            total = session.connection().execute(select(func.count()).select_from(
                statement.order_by(None).subquery())).scalar_one() if page > 1 else 0
    scores = {row[0]: abs(float(row[1] or 0)) for row in rows}
    items = _summaries(session, [row[0] for row in rows], q)
    for item in items:
        item.score = scores.get(item.id)
    return SearchPage(total=int(total), page=page, page_size=page_size,
                      items=[ProcedureSummary.model_validate(item, from_attributes=True) for item in items])


class _Row:
    """A summary row before it becomes the public schema."""

    def __init__(self, **values: Any) -> None:
        self.__dict__.update(values)


def _summaries(session: Session, ids: list[int], q: str) -> list[_Row]:
    if not ids:
        return []
    rows = session.execute(select(Procedure.id, Procedure.code, Procedure.name, Procedure.name_en,
                                  Procedure.service_level, Procedure.implementing_level, Sector.code, Sector.name,
                                  Agency.code)
                           .join(Sector, Sector.id == Procedure.sector_id).join(Agency, Agency.id == Procedure.agency_id)
                           .where(Procedure.id.in_(ids))).all()
    channels: dict[int, list] = defaultdict(list)
    for row in session.execute(select(ProcedureChannel.procedure_id, ProcedureChannel.kind,
                                      ProcedureChannel.processing_days, ProcedureChannel.fee_vnd)
                               .where(ProcedureChannel.procedure_id.in_(ids))).all():
        channels[row.procedure_id].append(row)
    words = highlight_words(q) if q else frozenset()
    by_id = {}
    for pid, code, name, name_en, level, implementing, sector_code, sector_name, agency_code in rows:
        best = _preferred_channel(channels[pid])
        by_id[pid] = _Row(
            id=pid, code=code, name=name, name_en=name_en, service_level=level, implementing_level=implementing,
            sector_code=sector_code, sector_name=sector_name, agency_code=agency_code,
            processing_days=best.processing_days if best else None, fee_vnd=best.fee_vnd if best else None,
            highlighted_name=highlight(name, words) if q else None, score=None)
    return [by_id[i] for i in ids if i in by_id]


def _preferred_channel(channels: list) -> Any:
    order = {'online': 0, 'direct': 1, 'post': 2}
    return min(channels, key=lambda c: order.get(c.kind, 9)) if channels else None


# ---------------------------------------------------------------- reading

def get_procedure(session: Session, code: str) -> Procedure:
    procedure = session.execute(select(Procedure).where(Procedure.code == code, Procedure.active.is_(True))) \
        .scalar_one_or_none()
    if procedure is None:
        raise NotFound('procedure_not_found')
    return procedure


def procedure_details(session: Session, code: str) -> dict[str, Any]:
    """Everything the procedure page and `GET /api/v1/procedures/{code}` show."""
    procedure = get_procedure(session, code)
    sector = session.get(Sector, procedure.sector_id)
    agency = session.get(Agency, procedure.agency_id)
    by_position = lambda model: session.execute(  # noqa: E731
        select(model).where(model.procedure_id == procedure.id).order_by(model.position)).scalars().all()
    channels = session.execute(select(ProcedureChannel).where(ProcedureChannel.procedure_id == procedure.id)
                               .order_by(ProcedureChannel.id)).scalars().all()
    events = session.execute(select(LifeEvent.code).join(ProcedureLifeEvent,
                                                         ProcedureLifeEvent.life_event_id == LifeEvent.id)
                             .where(ProcedureLifeEvent.procedure_id == procedure.id)).scalars().all()
    documents = by_position(ProcedureDocument)
    return {
        'procedure': procedure, 'sector': sector, 'agency': agency, 'channels': list(channels),
        'documents': list(documents), 'fields': list(by_position(ProcedureField)), 'faqs': list(by_position(Faq)),
        'life_events': list(events),
        'templates_available': procedure.service_level >= 2,
    }


def find_template(session: Session, code: str, filename: str) -> tuple[Procedure, ProcedureDocument]:
    """A downloadable form template exists for level 2 and up."""
    procedure = get_procedure(session, code)
    document = session.execute(select(ProcedureDocument).where(ProcedureDocument.procedure_id == procedure.id,
                                                               ProcedureDocument.template == filename)).scalar_one_or_none()
    if document is None or procedure.service_level < 2:
        raise NotFound('template_not_found')
    return procedure, document


def list_life_events(session: Session) -> list[LifeEvent]:
    return list(session.execute(select(LifeEvent).order_by(LifeEvent.id)).scalars())


def catalogue_counts(session: Session) -> dict[int, int]:
    """Active procedures per service level."""
    rows = session.execute(select(Procedure.service_level, func.count()).where(Procedure.active.is_(True))
                           .group_by(Procedure.service_level)).all()
    return {level: int(count) for level, count in rows}


def integrated_counts(session: Session) -> dict[int, int]:
    """Procedures at levels 3-4 provided online through the national portal, per level."""
    rows = session.execute(select(Procedure.service_level, func.count())
                           .where(Procedure.active.is_(True), Procedure.portal_integrated.is_(True),
                                  Procedure.service_level >= 3).group_by(Procedure.service_level)).all()
    return {level: int(count) for level, count in rows}


def integrate_procedures(session: Session, *, target: int) -> int:
    """Provide `target` level 3-4 procedures through the portal: the launch services first,
    then the others in code order. Returns how many are integrated."""
    candidates = session.execute(select(Procedure).where(Procedure.active.is_(True), Procedure.service_level >= 3)
                                 .order_by(Procedure.launch_service.desc(), Procedure.code)).scalars().all()
    for index, procedure in enumerate(candidates):
        procedure.portal_integrated = index < target
    session.commit()
    return min(target, len(candidates))


def total_pages(total: int, page_size: int) -> int:
    return max(1, math.ceil(total / page_size))


def normalise_code(code: str) -> str:
    return fold(code).replace(' ', '')


def procedure_public(session: Session, code: str, *, template_url=None) -> ProcedurePublic:
    """The published record of one procedure (the API's answer)."""
    details = procedure_details(session, code)
    p = details['procedure']
    url = template_url or (lambda filename: None)
    return ProcedurePublic(
        code=p.code, decision=p.decision, name=p.name, name_en=p.name_en, implementing_level=p.implementing_level,
        sector_code=details['sector'].code, sector_name=details['sector'].name, agency_code=details['agency'].code,
        agency_name=details['agency'].name, service_level=p.service_level, launch_service=p.launch_service,
        applicants=p.applicants, steps=p.steps,
        channels=[ChannelPublic.model_validate(c, from_attributes=True) for c in details['channels']],
        documents=[DocumentPublic(name=d.name, template=d.template, originals=d.originals, copies=d.copies,
                                  required=d.required,
                                  template_url=url(d.template) if d.template and details['templates_available']
                                  else None) for d in details['documents']],
        implementing_agency=p.implementing_agency, competent_agency=p.competent_agency,
        receiving_address=p.receiving_address, result=p.result, legal_basis=p.legal_basis,
        conditions=p.conditions, keywords=p.keywords, life_events=details['life_events'],
        fields=[FieldPublic.model_validate(f, from_attributes=True) for f in details['fields']],
        faqs=[FaqPublic(question=f.question, answer=f.answer) for f in details['faqs']])


def load_catalog_data(session: Session) -> int:
    """Load the seeded national catalogue (life events, then procedures) if missing."""
    from domain.reference import read_data

    load_life_events(session, read_data('life_events.json'))
    return load_procedures(session, read_data('procedures.json'))
