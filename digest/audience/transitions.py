"""Membership status as a state machine: every event from every status, in one pure table.

`next_status(current, event, context)` answers "what is the status after this
event?" without touching the database; `apply_event` in `subscribers.py` is
the one function that stores the answer and writes the audit entry.

`None` stands for "no membership yet".  `lapsed` is *stored*: billing events
flip members of paid lists between `active` and `lapsed`.  The send path does
not rely on that alone: its SQL also requires current billing on paid lists,
so a missed billing event can never mail someone who has not paid.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from digest.models import MembershipStatus

S = MembershipStatus
STOPPED = frozenset({S.UNSUBSCRIBED, S.BOUNCED, S.COMPLAINED})
# How restrictive a status is; duplicates in an import keep the most restrictive.
RESTRICTIVENESS = {S.ACTIVE: 0, S.PENDING: 1, S.LAPSED: 2, S.UNSUBSCRIBED: 3, S.BOUNCED: 4,
                   S.COMPLAINED: 5}


class Event(enum.StrEnum):
    SUBSCRIBE = "subscribe"  # asked to join (form, CLI); again after leaving = resubscribe
    CONFIRM = "confirm"  # clicked the confirmation link
    UNSUBSCRIBE = "unsubscribe"
    BOUNCE = "bounce"  # hard bounce reported by the provider
    COMPLAINT = "complaint"  # marked as spam
    BILLING_LAPSED = "billing_lapsed"
    BILLING_CURRENT = "billing_current"
    ADMIN_SET = "admin_set"  # an admin chose the status (context.target)
    IMPORT = "import"  # a row of an import file said context.target


class TransitionRefused(ValueError):
    """The event does not apply to a membership in this status (the reason says why)."""


@dataclass(frozen=True)
class Context:
    """What the table needs to know besides the current status and the event."""

    double_opt_in: bool = True
    paid: bool = False
    billing_current: bool = True
    target: MembershipStatus | None = None  # for ADMIN_SET and IMPORT
    reconfirm: bool = False  # IMPORT: imported addresses must confirm again

    @property
    def receiving(self) -> MembershipStatus:
        """What "active" means for this member: lapsed on a paid list without current billing."""
        return S.ACTIVE if (not self.paid or self.billing_current) else S.LAPSED


def next_status(current: MembershipStatus | None, event: Event, ctx: Context) -> MembershipStatus:
    """The status after `event`; equal to `current` when nothing changes.

    Raises TransitionRefused when the event makes no sense from `current`.
    """
    handler = _HANDLERS[event]
    return handler(None if current is None else S(current), ctx)


def _subscribe(current: S | None, ctx: Context) -> S:
    if current is None:
        return S.PENDING if ctx.double_opt_in else ctx.receiving
    if current in STOPPED:
        # Coming back after leaving (or bouncing) always needs a fresh confirmation.
        return S.PENDING
    return current


def _confirm(current: S | None, ctx: Context) -> S:
    if current is None:
        raise TransitionRefused("there is no subscription to confirm")
    if current in STOPPED:
        raise TransitionRefused(f"the subscription is {current}; subscribe again first")
    return ctx.receiving if current == S.PENDING else current


def _unsubscribe(current: S | None, ctx: Context) -> S:
    if current is None:
        raise TransitionRefused("not a member of this list")
    return current if current == S.COMPLAINED else S.UNSUBSCRIBED


def _bounce(current: S | None, ctx: Context) -> S:
    if current is None:
        raise TransitionRefused("not a member of this list")
    return current if current in STOPPED else S.BOUNCED


def _complaint(current: S | None, ctx: Context) -> S:
    if current is None:
        raise TransitionRefused("not a member of this list")
    return S.COMPLAINED


def _billing_lapsed(current: S | None, ctx: Context) -> S:
    if current is None:
        raise TransitionRefused("not a member of this list")
    return S.LAPSED if current == S.ACTIVE and ctx.paid else current


def _billing_current(current: S | None, ctx: Context) -> S:
    if current is None:
        raise TransitionRefused("not a member of this list")
    return S.ACTIVE if current == S.LAPSED else current


def _admin_set(current: S | None, ctx: Context) -> S:
    if ctx.target is None:
        raise TransitionRefused("no status given")
    return ctx.receiving if ctx.target == S.ACTIVE else S(ctx.target)


def _import(current: S | None, ctx: Context) -> S:
    source = S(ctx.target) if ctx.target is not None else S.ACTIVE
    if source == S.LAPSED and not ctx.paid:
        raise TransitionRefused("`lapsed` only applies to paid lists")
    wants_active = S.PENDING if ctx.reconfirm else ctx.receiving
    if current is None:
        return wants_active if source == S.ACTIVE else source
    if current in STOPPED:
        # Someone who left, bounced or complained here is never brought back by a file.
        return current
    if source in STOPPED or source == S.LAPSED:
        return source
    if source == S.ACTIVE and current == S.PENDING:
        return wants_active
    return current


_HANDLERS = {
    Event.SUBSCRIBE: _subscribe,
    Event.CONFIRM: _confirm,
    Event.UNSUBSCRIBE: _unsubscribe,
    Event.BOUNCE: _bounce,
    Event.COMPLAINT: _complaint,
    Event.BILLING_LAPSED: _billing_lapsed,
    Event.BILLING_CURRENT: _billing_current,
    Event.ADMIN_SET: _admin_set,
    Event.IMPORT: _import,
}
