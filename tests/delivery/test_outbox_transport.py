"""The outbox transport keeps every message: no file ever replaces another."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest

from digest.delivery.transports import outbox as outbox_module
from digest.delivery.transports.base import Message, Recipient, TransportError
from digest.delivery.transports.outbox import OutboxTransport


def _subjects(folder: Path) -> list[str]:
    return sorted(str(email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
                      ["Subject"]) for p in folder.glob("*.eml"))


def _message(subject: str) -> Message:
    return Message(edition_id=0, subject=subject, html="<p>Hi</p>", text="Hi",
                   from_email="digest@example.org")


def test_two_messages_to_the_same_person_outside_an_edition_both_stay(tmp_path: Path) -> None:
    outbox = OutboxTransport(tmp_path / "outbox")
    reader = Recipient(delivery_id=12, subscriber_id=12, email="ana@example.org")
    outbox.send(_message("Please confirm"), [reader])
    outbox.send(_message("Your sign-in link"), [reader])
    assert _subjects(tmp_path / "outbox") == ["Please confirm", "Your sign-in link"]


def test_the_outbox_holds_no_half_written_or_temporary_files(tmp_path: Path) -> None:
    outbox = OutboxTransport(tmp_path / "outbox")
    readers = [Recipient(delivery_id=n, subscriber_id=n, email=f"r{n}@example.org")
               for n in range(3)]
    outbox.send(_message("Aleppo"), readers)
    names = [p.name for p in (tmp_path / "outbox").iterdir()]
    assert len(names) == 3 and all(n.endswith(".eml") for n in names)


def test_a_disk_failing_mid_batch_is_reported_not_retried(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # Names are never reused, so retrying the batch would write the first copy again.
    real, calls = outbox_module.write_new, []

    def full_after_one(folder: Path, name: str, data: bytes) -> Path:
        calls.append(name)
        if len(calls) > 1:
            raise OSError(28, "No space left on device")
        return real(folder, name, data)

    monkeypatch.setattr(outbox_module, "write_new", full_after_one)
    readers = [Recipient(delivery_id=n, subscriber_id=n, email=f"r{n}@example.org")
               for n in range(3)]
    with pytest.raises(TransportError) as failed:
        OutboxTransport(tmp_path / "outbox").send(_message("Aleppo"), readers)
    assert failed.value.maybe_delivered and "after 1 of 3" in str(failed.value)
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == 1


def test_a_disk_failing_before_any_copy_can_be_retried(tmp_path: Path) -> None:
    blocker = tmp_path / "outbox"
    blocker.write_text("a file where the folder should be")
    reader = Recipient(delivery_id=1, subscriber_id=1, email="r@example.org")
    with pytest.raises(TransportError) as failed:
        OutboxTransport(blocker).send(_message("Aleppo"), [reader])
    assert not failed.value.maybe_delivered and not failed.value.permanent
