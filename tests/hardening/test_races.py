"""Races (issue 9): two people act on the same call-centre ticket, or the same dossier, at the same
moment, each from the screen they loaded (so each names the version it saw). Exactly one write
wins; the other is refused with a conflict ("changed by someone else, reload"), never silently
overwritten and never half-written; every win leaves exactly one history row and one audit row.

Each pair runs in two threads with their own sessions, released together by a barrier
(`tests.factories.run_together`), on SQLite and on PostgreSQL."""
from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlmodel import Session

from core.errors import Conflict
from domain import dossiers as rules
from domain import support
from domain.stats import counter_total
from models.audit import AuditEvent
from models.dossiers import Dossier, DossierEvent, Notification
from models.support import Ticket, TicketCreate, TicketEvent
from tests.factories import load_test_procedures, make_citizen, make_staff, pdf_bytes, run_together

PAIRS = 1000


@dataclass
class Move:
    """One person's action, as sent from the screen they loaded (with the version they saw)."""
    name: str
    job: Callable[[Session], object]
    expect: dict = field(default_factory=dict)  # what the row shows if this move won
    event: str = ''  # the history row this move writes (ticket event kind / dossier action)


@dataclass
class Tally:
    pairs: int = 0
    wins: int = 0
    double_wins: int = 0
    no_win: int = 0
    lost_updates: int = 0
    refusals: Counter = field(default_factory=Counter)  # (exception type, code) of the losers
    won: Counter = field(default_factory=Counter)  # move name -> wins
    at_update: int = 0  # losers stopped by the conditional UPDATE itself: both had read the same row
    problems: list[str] = field(default_factory=list)

    def note(self, problem: str) -> None:
        if len(self.problems) < 20:
            self.problems.append(problem)


def count_update_conflicts(monkeypatch, module, tally: Tally) -> None:
    """Count the conflicts raised by the domain's conditional UPDATE (rather than by the version
    check on reading): proof that the two writers really overlapped."""
    real = module.versioned_update
    lock = threading.Lock()

    def counted(*args, **kwargs):
        try:
            return real(*args, **kwargs)
        except Conflict:
            with lock:
                tally.at_update += 1
            raise
    monkeypatch.setattr(module, 'versioned_update', counted)


def race(engine, tally: Tally, *, before: dict, read: Callable[[], dict], moves: list[Move]) -> tuple[Move | None, dict]:
    """Run the two moves at once; check that exactly one won, that its write is what the row
    shows (version moved by one, its values, its history row) and that the other got a conflict.
    Returns the winner and the row as it is now.

    The threads start in turn order, swapped every other pair: the thread released last from the
    barrier tends to win on a busy machine, and a side that never won would leave whole paths of
    the lifecycle (documents requested, then supplemented or stopped) untried."""
    if tally.pairs % 2:
        moves = moves[::-1]
    results = run_together(engine, [m.job for m in moves])
    after = read()
    tally.pairs += 1
    winners = [m for m, r in zip(moves, results) if not isinstance(r, BaseException)]
    for move, result in zip(moves, results):
        if isinstance(result, BaseException):
            tally.refusals[(type(result).__name__, getattr(result, 'code', str(result)[:80]))] += 1
            if not isinstance(result, Conflict):
                tally.note(f'pair {tally.pairs}: {move.name} refused with {result!r} (expected a conflict)')
    tally.wins += len(winners)
    if len(winners) > 1:
        tally.double_wins += 1
        tally.note(f'pair {tally.pairs}: both {moves[0].name} and {moves[1].name} won')
    if not winners:
        tally.no_win += 1
        tally.note(f'pair {tally.pairs}: neither {moves[0].name} nor {moves[1].name} won')
        return None, after
    winner = winners[0]
    tally.won[winner.name] += 1
    shown = {k: after[k] for k in winner.expect}
    if after['version'] != before['version'] + len(winners) or shown != winner.expect or after['event'] != winner.event:
        tally.lost_updates += 1
        tally.note(f'pair {tally.pairs}: {winner.name} won but the row shows version {after["version"]} '
                   f'(from {before["version"]}), {shown} (expected {winner.expect}), last history {after["event"]!r}')
    return winner, after


def snapshot(engine, row_query) -> dict:
    with Session(engine) as session:
        return dict(session.execute(row_query).mappings().one())


def report(figure, tally: Tally, what: str, audit_rows: int, history_rows: int, writes: int) -> None:
    refused = ', '.join(f'{n:,} {kind} {code}' for (kind, code), n in tally.refusals.most_common())
    figure('pairs run', tally.pairs, f'{what}; losers: {refused}; {tally.at_update:,} of them stopped by the '
                                     f'conditional UPDATE after both had read the same version')
    figure('double wins', tally.double_wins)
    figure('lost updates', tally.lost_updates)
    figure('audit rows == successful writes', f'{audit_rows:,} == {writes:,}')
    figure('history rows == successful writes', f'{history_rows:,} == {writes:,}')


def assert_clean(tally: Tally) -> None:
    assert not tally.problems, '\n'.join(tally.problems)
    assert tally.pairs == PAIRS and tally.wins == PAIRS
    assert tally.double_wins == tally.no_win == tally.lost_updates == 0
    assert sum(tally.refusals.values()) == PAIRS
    assert tally.at_update > 0  # the pairs really overlapped, not only one after the other


# ---------------------------------------------------------------- call-centre tickets

def test_two_agents_on_one_ticket_one_wins_the_other_is_told_it_changed(engine, figure, monkeypatch):
    tally = Tally()
    count_update_conflicts(monkeypatch, support, tally)
    with Session(engine, expire_on_commit=False) as session:
        agent_a, agent_b = make_staff(session, 'agent'), make_staff(session, 'agent')
        supervisor = make_staff(session, 'supervisor')
        officer = make_staff(session, 'officer', agency_code='BTP')
        citizen = make_citizen(session, full_name='Trần Văn Gọi')
        session.expunge_all()

    def new_ticket() -> int:
        with Session(engine, expire_on_commit=False) as session:
            return support.open_ticket(session, actor=agent_a, data=TicketCreate(
                subject='Không nhận được mã OTP', description='Công dân không nhận được mã OTP khi đăng ký',
                category='account', priority='high', requester_account_id=citizen.id)).id

    def read() -> dict:
        last = select(TicketEvent.kind).where(TicketEvent.ticket_id == ticket_id) \
            .order_by(TicketEvent.id.desc()).limit(1).scalar_subquery()
        return snapshot(engine, select(Ticket.version, Ticket.status, Ticket.assignee_id, last.label('event'))
                        .where(Ticket.id == ticket_id))

    def who(actor) -> str:
        return {agent_a.id: 'A', agent_b.id: 'B', supervisor.id: 'supervisor'}[actor.id]

    def status(actor, to, v):
        return Move(f'{to} by {who(actor)}', lambda s: support.change_status(
            s, actor=actor, ticket_id=ticket_id, to=to, version=v), {'status': to}, 'status')

    def reply(actor, v, n, public=True):
        body = f'Trả lời số {n} của {who(actor)}'
        return Move(f'{"reply" if public else "note"} by {who(actor)}',
                    lambda s: support.reply(s, actor=actor, ticket_id=ticket_id, body=body, public=public, version=v),
                    {}, 'reply' if public else 'note')

    def take(actor, assignee, v):
        return Move(f'assign to {who(assignee)} by {who(actor)}', lambda s: support.assign(
            s, actor=actor, ticket_id=ticket_id, assignee_id=assignee.id, version=v),
            {'assignee_id': assignee.id, 'status': 'open'}, 'assign')

    ticket_id = new_ticket()
    tickets = [ticket_id]
    state = read()
    seen: Counter = Counter()
    resolved_wins = reopened_wins = 0
    for n in range(PAIRS):
        now, v = state['status'], state['version']
        turn = seen[now]
        seen[now] += 1
        if now == 'new':  # two agents grab the same new ticket
            moves = [take(agent_a, agent_a, v), take(agent_b, agent_b, v)]
        elif now == 'open':
            moves = [
                [reply(agent_a, v, n), reply(agent_b, v, n)],
                [status(agent_a, 'pending_citizen', v), status(agent_b, 'resolved', v)],
                [Move('escalate by A', lambda s: support.escalate(
                    s, actor=agent_a, ticket_id=ticket_id, agency_code='BTP', note='Nhờ Bộ Tư pháp kiểm tra',
                    version=v), {'status': 'pending_agency'}, 'escalate'), status(agent_b, 'pending_citizen', v)],
                [take(supervisor, agent_b, v), take(agent_a, agent_a, v)],
            ][turn % 4]
        elif now == 'pending_citizen':
            moves = [status(agent_a, 'open', v), status(agent_b, 'resolved', v)]
        elif now == 'pending_agency':  # the agency answers while an agent takes it back
            moves = [Move('agency answer', lambda s: support.agency_answer(
                s, actor=officer, ticket_id=ticket_id, body='Hồ sơ đang được xác minh', version=v),
                {'status': 'open'}, 'agency_answer'), status(agent_b, 'open', v)]
        elif now == 'resolved':
            moves = [status(agent_a, 'closed', v), status(agent_b, 'open', v)] if turn % 8 == 7 else \
                [status(agent_a, 'open', v), reply(agent_b, v, n, public=False)]
        else:
            raise AssertionError(f'unexpected status {now}')
        winner, state = race(engine, tally, before=state, read=read, moves=moves)
        if winner is not None and winner.expect.get('status') == 'resolved':
            resolved_wins += 1
        if winner is not None and now == 'resolved' and winner.expect.get('status') == 'open':
            reopened_wins += 1
        if state['status'] == 'closed':
            ticket_id = new_ticket()
            tickets.append(ticket_id)
            state = read()

    with Session(engine) as session:
        ids = [str(t) for t in tickets]
        audit_rows = session.execute(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.entity == 'ticket', AuditEvent.entity_id.in_(ids),
            AuditEvent.action != 'ticket.created')).scalar_one()
        history_rows = session.execute(select(func.count()).select_from(TicketEvent).where(
            TicketEvent.ticket_id.in_(tickets), TicketEvent.kind != 'created')).scalar_one()
        versions = session.execute(select(func.sum(Ticket.version - 1)).where(Ticket.id.in_(tickets))).scalar_one()
        resolved_counter = counter_total(session, 'tickets_resolved')
        reopened_counter = counter_total(session, 'tickets_reopened')
    report(figure, tally, f'{len(tickets)} tickets', audit_rows, history_rows, tally.wins)
    assert_clean(tally)
    assert audit_rows == history_rows == versions == tally.wins
    assert (resolved_counter, reopened_counter) == (resolved_wins, reopened_wins)  # rollups moved once per win
    assert set(tally.refusals) == {('Conflict', 'ticket_changed')}
    assert len(tally.won) >= 10  # every kind of pair ran, with either side winning


# ---------------------------------------------------------------- dossiers

def test_two_people_on_one_dossier_one_wins_the_other_is_told_it_changed(engine, figure, monkeypatch):
    tally = Tally()
    count_update_conflicts(monkeypatch, rules, tally)
    with Session(engine, expire_on_commit=False) as session:
        load_test_procedures(session)
        citizen = make_citizen(session, full_name='Nguyễn Thị Hồng')
        officer_a = make_staff(session, 'officer', agency_code='UBND-01')
        officer_b = make_staff(session, 'officer', agency_code='UBND-01')
        session.expunge_all()

    def new_dossier() -> int:
        with Session(engine, expire_on_commit=False) as session:
            draft = rules.save_draft(session, actor=citizen, procedure_code='1.000001', agency_code='UBND-01',
                                     form_data={'full_name': 'Nguyễn Thị Hồng', 'birth_date': '02/09/1990'})
            rules.add_attachment(session, actor=citizen, dossier_id=draft.id, document_name='Giấy tờ số 1',
                                 data=pdf_bytes(), filename='giay-to.pdf')
            return rules.submit_dossier(session, actor=citizen, dossier_id=draft.id).id

    def read() -> dict:
        last = select(DossierEvent.action).where(DossierEvent.dossier_id == dossier_id) \
            .order_by(DossierEvent.id.desc()).limit(1).scalar_subquery()
        return snapshot(engine, select(Dossier.version, Dossier.status, last.label('event'))
                        .where(Dossier.id == dossier_id))

    def move(action: str, actor, v: int, call, **kwargs) -> Move:
        who = 'citizen' if actor is citizen else 'A' if actor is officer_a else 'B'
        return Move(f'{action} by {who}', lambda s: call(s, actor=actor, dossier_id=dossier_id, expected_version=v,
                                                         **kwargs),
                    {'status': rules.ACTIONS[action].target}, action)

    dossier_id = new_dossier()
    dossiers = [dossier_id]
    loops = 0  # rounds of documents and fees the current dossier went through
    state = read()
    seen: Counter = Counter()
    finished_wins = 0
    for _ in range(PAIRS):
        now, v = state['status'], state['version']
        turn = seen[now]
        seen[now] += 1
        accept_a = move('accept', officer_a, v, rules.accept_dossier)
        if now == rules.NEW:  # two officers accept at once; the citizen withdraws as it is accepted
            moves = [[accept_a, move('accept', officer_b, v, rules.accept_dossier)],
                     [accept_a, move('withdraw', citizen, v, rules.withdraw_dossier)],
                     [accept_a, move('reject', officer_b, v, rules.reject_dossier, note='Hồ sơ không hợp lệ')],
                     ][turn % 3]
        elif now == rules.ACCEPTED:
            moves = [move('process', officer_a, v, rules.start_processing),
                     move('request_documents', officer_b, v, rules.request_documents, note='Thiếu bản sao')]
        elif now == rules.PROCESSING:
            if loops < 8:  # every other time both ask for documents, so the supplement path is raced
                # too however the timing falls (on PostgreSQL the fee request can win every time)
                other = move('request_documents', officer_b, v, rules.request_documents, note='Thiếu bản sao') \
                    if turn % 2 else move('request_fee', officer_b, v, rules.request_fee, amount=135_000)
                moves = [move('request_documents', officer_a, v, rules.request_documents, note='Thiếu ảnh'), other]
            else:
                moves = [move('finish', officer_a, v, rules.finish_dossier, note='Đã cấp giấy phép'),
                         move('request_documents', officer_b, v, rules.request_documents, note='Thiếu ảnh')]
            loops += 1
        elif now == rules.MORE_DOCUMENTS:  # the citizen sends the supplement from two tabs; or it is stopped
            other = move('stop', officer_b, v, rules.stop_dossier, note='Quá hạn bổ sung') if turn % 16 == 15 else \
                move('supplement', citizen, v, rules.supplement_dossier, note='Đã bổ sung bản sao')
            moves = [move('supplement', citizen, v, rules.supplement_dossier, note='Đã bổ sung'), other]
        elif now == rules.FEE_REQUESTED:  # two officers confirm the fee paid at the counter
            moves = [move('confirm_fee', officer_a, v, rules.confirm_fee),
                     move('confirm_fee', officer_b, v, rules.confirm_fee)]
        elif now == rules.PROCESSED:
            moves = [move('return_result', officer_a, v, rules.return_result),
                     move('return_result', officer_b, v, rules.return_result)]
        else:
            raise AssertionError(f'unexpected status {now}')
        winner, state = race(engine, tally, before=state, read=read, moves=moves)
        if winner is not None and winner.event == 'finish':
            finished_wins += 1
        if state['status'] in (rules.WITHDRAWN, rules.NOT_ACCEPTED, rules.STOPPED, rules.RETURNED):
            dossier_id, loops = new_dossier(), 0
            dossiers.append(dossier_id)
            state = read()

    with Session(engine) as session:
        ids = [str(d) for d in dossiers]
        audit_rows = session.execute(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.entity == 'dossier', AuditEvent.entity_id.in_(ids),
            AuditEvent.action != 'dossier.submit')).scalar_one()
        history_rows = session.execute(select(func.count()).select_from(DossierEvent).where(
            DossierEvent.dossier_id.in_(dossiers), DossierEvent.action != 'submit')).scalar_one()
        notices = session.execute(select(func.count()).select_from(Notification).where(
            Notification.dossier_id.in_(dossiers), Notification.kind != 'dossier_new')).scalar_one()
        versions = session.execute(select(func.sum(Dossier.version)).where(Dossier.id.in_(dossiers))).scalar_one()
        finished_counter = counter_total(session, 'dossiers_finished')
    writes = versions - 2 * len(dossiers)  # a dossier's version: 2 once submitted, then +1 per win
    report(figure, tally, f'{len(dossiers)} dossiers', audit_rows, history_rows, tally.wins)
    assert_clean(tally)
    assert audit_rows == history_rows == notices == writes == tally.wins
    assert finished_counter == finished_wins  # the rollup moved once per finish that won
    assert set(tally.refusals) == {('Conflict', 'dossier_changed')}
    assert set(seen) == {rules.NEW, rules.ACCEPTED, rules.PROCESSING, rules.MORE_DOCUMENTS, rules.FEE_REQUESTED,
                         rules.PROCESSED}  # every state a dossier is raced in
    assert len(tally.won) >= 10  # and most moves won somewhere, whichever side the timing favours
