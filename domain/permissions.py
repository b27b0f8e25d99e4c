"""Who may do what: pure functions over the acting account, called by domain functions.

Hiding a button in a page is cosmetic; these checks are the rule.
"""
from __future__ import annotations

from core.errors import NotAuthenticated, PermissionDenied
from models.accounts import Account

# The areas of the portal and the roles each admits.
AREA_ROLES: dict[str, frozenset[str]] = {
    'public': frozenset(),  # anyone, logged in or not
    'account': frozenset({'citizen', 'enterprise', 'agent', 'supervisor', 'officer', 'leader', 'admin'}),
    'applicant': frozenset({'citizen', 'enterprise'}),
    'agency': frozenset({'officer', 'admin'}),
    'callcenter': frozenset({'agent', 'supervisor', 'admin'}),
    'callcenter_supervisor': frozenset({'supervisor', 'admin'}),
    'dashboards': frozenset({'leader', 'admin'}),
    'admin': frozenset({'admin'}),
}

# Where each role lands after logging in.
HOME_OF_ROLE = {
    'citizen': '/', 'enterprise': '/', 'agent': '/callcenter', 'supervisor': '/callcenter',
    'officer': '/agency', 'leader': '/dashboards', 'admin': '/admin/accounts',
}


def may_enter(actor: Account | None, area: str) -> bool:
    roles = AREA_ROLES[area]
    if not roles:
        return True
    return actor is not None and actor.active and actor.role in roles


def require_area(actor: Account | None, area: str) -> Account:
    if actor is None:
        raise NotAuthenticated()
    if not may_enter(actor, area):
        raise PermissionDenied('area_forbidden', area=area)
    return actor


def can_manage_accounts(actor: Account | None) -> bool:
    return actor is not None and actor.active and actor.role == 'admin'


# ---------------------------------------------------------------- dossiers

LOOKUP_ROLES = frozenset({'agent', 'supervisor'})  # call-centre agents look up callers' dossiers


def can_view_dossier(actor: Account | None, dossier) -> bool:
    if actor is None or not actor.active:
        return False
    if dossier.applicant_id == actor.id:
        return True
    if actor.role == 'officer' and actor.agency_id == dossier.agency_id and dossier.status != 0:
        return True
    return actor.role in LOOKUP_ROLES and dossier.status != 0


def can_handle_dossier(actor: Account | None, dossier) -> bool:
    """Only an officer of the receiving agency acts on a dossier for the agency."""
    return actor is not None and actor.active and actor.role == 'officer' and actor.agency_id == dossier.agency_id


def is_applicant(actor: Account | None, dossier) -> bool:
    return actor is not None and actor.active and dossier.applicant_id == actor.id \
        and actor.role in AREA_ROLES['applicant']


# ---------------------------------------------------------------- call centre

CALLCENTRE_ROLES = frozenset({'agent', 'supervisor', 'admin'})


def can_work_tickets(actor: Account | None) -> bool:
    return actor is not None and actor.active and actor.role in CALLCENTRE_ROLES


def can_supervise(actor: Account | None) -> bool:
    return actor is not None and actor.active and actor.role in ('supervisor', 'admin')


def can_view_ticket(actor: Account | None, ticket) -> bool:
    if actor is None or not actor.active:
        return False
    if can_work_tickets(actor):
        return True
    if actor.role == 'officer':
        return ticket.escalated_agency_id is not None and ticket.escalated_agency_id == actor.agency_id
    return ticket.requester_account_id == actor.id


def sees_internal_notes(actor: Account | None, ticket) -> bool:
    """Citizens never see internal notes; staff working the ticket do."""
    return can_work_tickets(actor) or (actor is not None and actor.role == 'officer'
                                       and ticket.escalated_agency_id == actor.agency_id)
