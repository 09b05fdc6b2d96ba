"""Adding a feed by hand (`digest feeds add`, the console's Feeds page): one way, one set of
reasons, audited."""

import pytest
from sqlalchemy import select

from digest.ingest.catalog import FeedRefused, add_feed, private_host_warning, url_problem
from digest.models import AuditEntry, Feed
from digest.runtime import Runtime


@pytest.mark.parametrize(("url", "reason"), [
    ("file:///etc/passwd", "not an http(s) URL"),
    ("https://", "not an http(s) URL"),
    ("http://[::1/feed", "not an http(s) URL"),
    ("https://outlet.test/feed\r\nX-Injected: 1", "spaces or control characters in the URL"),
    ("https://outlet.test/a feed.xml", "spaces or control characters in the URL"),
    ("https://outlet.test/" + "a" * 2000, "longer than 2000 characters"),
])
def test_a_url_that_cannot_be_a_feed_is_refused_with_the_reason(url: str, reason: str) -> None:
    assert url_problem(url) == reason


def test_a_feed_is_added_once_and_audited_with_who_added_it(rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        feed = add_feed(session, "https://outlet.test/feed.xml", actor="cli")
        with pytest.raises(FeedRefused, match="feed already added: https://outlet.test/feed.xml"):
            add_feed(session, "https://outlet.test/feed.xml", actor="cli")
        with pytest.raises(FeedRefused, match=r"spaces or control characters in the URL: "
                           r"https://outlet.test/x\?\?X-Injected"):
            add_feed(session, "https://outlet.test/x\r\nX-Injected", actor="cli")
    with rt.sessions() as session:
        assert list(session.scalars(select(Feed.url))) == ["https://outlet.test/feed.xml"]
        entry = session.scalars(select(AuditEntry)).one()
        assert (entry.actor, entry.action, entry.subject_id, entry.detail) == (
            "cli", "feed_added", feed.id, {"url": "https://outlet.test/feed.xml"})


@pytest.mark.parametrize("url", ["http://127.0.0.1:8765/feed.xml", "http://localhost/feed.xml",
                                 "http://10.0.0.5/rss", "http://[::1]:8080/atom.xml"])
def test_a_feed_on_a_plainly_private_host_is_warned_about_when_its_fetches_will_be_refused(
    url: str,
) -> None:
    warning = private_host_warning(url, allow_private=False)
    assert warning is not None and "DIGEST_ALLOW_PRIVATE_FEEDS=1" in warning
    assert private_host_warning(url, allow_private=True) is None


def test_a_public_address_or_a_host_name_is_not_warned_about() -> None:
    # A host name is resolved by the fetch, which checks every address it gets.
    assert private_host_warning("https://93.184.215.14/feed.xml", allow_private=False) is None
    assert private_host_warning("https://outlet.test/feed.xml", allow_private=False) is None
