"""Every event from every status, as a table (None = no membership yet; X = refused)."""

import pytest

from digest.audience.transitions import Context, Event, TransitionRefused, next_status
from digest.models import MembershipStatus as S

X = "refused"
STATUSES = [None, S.PENDING, S.ACTIVE, S.UNSUBSCRIBED, S.BOUNCED, S.COMPLAINED, S.LAPSED]

# event -> the status after it, from each status in STATUSES order, on a free
# double opt-in list (ADMIN_SET and IMPORT use target=ACTIVE here).
FREE_DOUBLE_OPT_IN = {
    Event.SUBSCRIBE: [S.PENDING, S.PENDING, S.ACTIVE, S.PENDING, S.PENDING, S.PENDING, S.LAPSED],
    Event.CONFIRM: [X, S.ACTIVE, S.ACTIVE, X, X, X, S.LAPSED],
    Event.UNSUBSCRIBE: [X, S.UNSUBSCRIBED, S.UNSUBSCRIBED, S.UNSUBSCRIBED, S.UNSUBSCRIBED,
                        S.COMPLAINED, S.UNSUBSCRIBED],
    Event.BOUNCE: [X, S.BOUNCED, S.BOUNCED, S.UNSUBSCRIBED, S.BOUNCED, S.COMPLAINED, S.BOUNCED],
    Event.COMPLAINT: [X, S.COMPLAINED, S.COMPLAINED, S.COMPLAINED, S.COMPLAINED, S.COMPLAINED,
                      S.COMPLAINED],
    Event.BILLING_LAPSED: [X, S.PENDING, S.ACTIVE, S.UNSUBSCRIBED, S.BOUNCED, S.COMPLAINED,
                           S.LAPSED],
    Event.BILLING_CURRENT: [X, S.PENDING, S.ACTIVE, S.UNSUBSCRIBED, S.BOUNCED, S.COMPLAINED,
                            S.ACTIVE],
    Event.ADMIN_SET: [S.ACTIVE] * 7,
    Event.IMPORT: [S.ACTIVE, S.ACTIVE, S.ACTIVE, S.UNSUBSCRIBED, S.BOUNCED, S.COMPLAINED,
                   S.LAPSED],
}

# The same on a paid list whose member's billing is past due.
PAID_NOT_CURRENT = {
    Event.SUBSCRIBE: [S.PENDING, S.PENDING, S.ACTIVE, S.PENDING, S.PENDING, S.PENDING, S.LAPSED],
    Event.CONFIRM: [X, S.LAPSED, S.ACTIVE, X, X, X, S.LAPSED],
    Event.BILLING_LAPSED: [X, S.PENDING, S.LAPSED, S.UNSUBSCRIBED, S.BOUNCED, S.COMPLAINED,
                           S.LAPSED],
    Event.ADMIN_SET: [S.LAPSED] * 7,
    Event.IMPORT: [S.LAPSED, S.LAPSED, S.ACTIVE, S.UNSUBSCRIBED, S.BOUNCED, S.COMPLAINED,
                   S.LAPSED],
}


def _cases(table):
    for event, row in table.items():
        for before, after in zip(STATUSES, row, strict=True):
            yield pytest.param(event, before, after, id=f"{event}-from-{before}")


def _check(before, event, ctx, expected):
    if expected == X:
        with pytest.raises(TransitionRefused):
            next_status(before, event, ctx)
    else:
        assert next_status(before, event, ctx) == expected


def test_the_table_covers_every_event() -> None:
    assert set(FREE_DOUBLE_OPT_IN) == set(Event)


@pytest.mark.parametrize(("event", "before", "expected"), list(_cases(FREE_DOUBLE_OPT_IN)))
def test_free_double_opt_in_list(event: Event, before: S | None, expected: str) -> None:
    _check(before, event, Context(target=S.ACTIVE), expected)


@pytest.mark.parametrize(("event", "before", "expected"), list(_cases(PAID_NOT_CURRENT)))
def test_paid_list_without_current_billing(event: Event, before: S | None, expected: str) -> None:
    _check(before, event, Context(paid=True, billing_current=False, target=S.ACTIVE), expected)


def test_single_opt_in_makes_a_newcomer_active_but_a_returner_confirms() -> None:
    ctx = Context(double_opt_in=False)
    assert next_status(None, Event.SUBSCRIBE, ctx) == S.ACTIVE
    assert next_status(S.UNSUBSCRIBED, Event.SUBSCRIBE, ctx) == S.PENDING


@pytest.mark.parametrize("source", [S.UNSUBSCRIBED, S.BOUNCED, S.COMPLAINED])
def test_an_import_honours_a_stopped_source_status(source: S) -> None:
    ctx = Context(target=source)
    assert next_status(None, Event.IMPORT, ctx) == source
    assert next_status(S.ACTIVE, Event.IMPORT, ctx) == source


def test_an_import_never_brings_back_someone_who_left_here() -> None:
    for current in (S.UNSUBSCRIBED, S.BOUNCED, S.COMPLAINED):
        assert next_status(current, Event.IMPORT, Context(target=S.ACTIVE)) == current


def test_an_import_asked_to_reconfirm_leaves_newcomers_pending() -> None:
    assert next_status(None, Event.IMPORT, Context(target=S.ACTIVE, reconfirm=True)) == S.PENDING
    assert next_status(S.ACTIVE, Event.IMPORT, Context(target=S.ACTIVE, reconfirm=True)) == S.ACTIVE


def test_lapsed_cannot_be_imported_into_a_free_list() -> None:
    with pytest.raises(TransitionRefused):
        next_status(None, Event.IMPORT, Context(target=S.LAPSED))
    assert next_status(None, Event.IMPORT, Context(target=S.LAPSED, paid=True)) == S.LAPSED
