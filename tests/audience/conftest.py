from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from digest.audience.lists import create_list
from digest.models import MailingList
from digest.runtime import Runtime
from tests.conftest import TEST_SECRET_KEY

DATA = Path(__file__).resolve().parents[1] / "data" / "audience"
SECRET = TEST_SECRET_KEY  # the `settings` fixture's DIGEST_SECRET_KEY


@pytest.fixture
def session(rt: Runtime) -> Iterator[Session]:
    """One session in a transaction that the test commits when it needs to."""
    with rt.sessions() as s, s.begin():
        yield s


@pytest.fixture
def free_list(session: Session) -> MailingList:
    return create_list(session, "Syria Digest")


@pytest.fixture
def paid_list(session: Session) -> MailingList:
    return create_list(session, "Syria Insider", is_paid=True)
