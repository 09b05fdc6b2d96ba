import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from digest.audience import tokens
from digest.audience.flows import token_for
from digest.audience.lists import create_list
from digest.audience.preferences import (
    InvalidPreferences,
    PreferencesUpdate,
    membership_for_preferences,
    update_preferences,
)
from digest.audience.subscribers import subscribe
from digest.models import AuditEntry, Subscriber
from tests.audience.conftest import SECRET


def test_a_member_chooses_topics_frequency_and_time_zone(session: Session) -> None:
    ml = create_list(session, "Region", topics=["syria", "lebanon"])
    membership = subscribe(session, ml.id, "pick@example.org")
    subscriber = session.get(Subscriber, membership.subscriber_id)
    assert subscriber is not None
    found = membership_for_preferences(
        session, SECRET, token_for(SECRET, tokens.PREFERENCES, membership, subscriber))
    update_preferences(session, found, PreferencesUpdate(
        topics=["lebanon"], frequency="weekly", timezone="Asia/Damascus"))
    assert (membership.topics, membership.frequency, subscriber.timezone) == (
        ["lebanon"], "weekly", "Asia/Damascus")
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "preferences"))
    assert entry is not None and entry.detail["frequency"] == "weekly"


@pytest.mark.parametrize("update", [
    PreferencesUpdate(topics=["football"]),
    PreferencesUpdate(frequency="hourly"),
    PreferencesUpdate(timezone="Mars/Olympus"),
])
def test_choices_the_list_does_not_offer_are_refused(session: Session,
                                                     update: PreferencesUpdate) -> None:
    ml = create_list(session, "Syria")
    membership = subscribe(session, ml.id, "pick@example.org")
    with pytest.raises(InvalidPreferences):
        update_preferences(session, membership, update)
    assert membership.frequency == "daily" and membership.topics == []
