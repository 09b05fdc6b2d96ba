"""The Topics page's who's-who form: admins add, edit and delete explainers over HTTP."""

from __future__ import annotations

import html

from fastapi.testclient import TestClient
from sqlalchemy import select

from digest.models import AuditEntry, TopicDefinition
from digest.runtime import Runtime
from digest.tagging.catalog import load_topic_for
from tests.web.support import submit

PAGE = "/admin/topics/syria/explainers"


def _stored(rt: Runtime) -> str | None:
    with rt.sessions() as session:
        return session.scalar(select(TopicDefinition.definition)
                              .where(TopicDefinition.name == "syria"))


def test_the_topic_page_links_to_its_explainers_and_lists_them(admin: TestClient) -> None:
    assert PAGE in admin.get("/admin/topics/syria").text
    page = admin.get(PAGE)
    assert page.status_code == 200
    assert 'value="Fatemiyoun"' in page.text and "Hayat Tahrir al-Sham" in page.text


def test_an_admin_rewrites_an_explainer_and_editions_use_the_new_text(
        admin: TestClient, rt: Runtime) -> None:
    saved = submit(admin, PAGE, PAGE, {
        "original": "Fatemiyoun", "name": "Fatemiyoun", "action": "save",
        "text": "An Afghan militia recruited by Iran's Revolutionary Guards.",
        "match": "Fatemiyoun, Fatemiyoun Brigade, Liwa Fatemiyoun"})
    assert saved.status_code == 303
    assert "Saved Fatemiyoun." in admin.get(saved.headers["location"]).text
    with rt.sessions() as session:
        topic = load_topic_for(session, "syria")
        audits = list(session.scalars(select(AuditEntry.action)))
    fatemiyoun = next(e for e in topic.spec.explainers if e.name == "Fatemiyoun")
    assert fatemiyoun.text == "An Afghan militia recruited by Iran's Revolutionary Guards."
    assert "liwa fatemiyoun" in fatemiyoun.match
    assert len(topic.spec.explainers) == 65 and len(topic.spec.entities) > 30
    assert audits.count("topic_saved") == 1


def test_an_admin_adds_and_deletes_an_explainer(admin: TestClient, rt: Runtime) -> None:
    added = submit(admin, PAGE, PAGE, {"original": "", "name": "Tal Abyad", "action": "save",
                                       "text": "A border town in Raqqa province.",
                                       "match": "Tal Abyad, Tell Abyad"})
    assert added.status_code == 303
    assert 'value="Tal Abyad"' in admin.get(PAGE).text
    deleted = submit(admin, PAGE, PAGE, {"original": "Tal Abyad", "name": "Tal Abyad",
                                         "text": "", "match": "", "action": "delete"})
    assert deleted.status_code == 303
    stored = _stored(rt)
    assert stored is not None and "Tal Abyad" not in stored and "Fatemiyoun" in stored


def test_a_bad_explainer_is_refused_with_the_reason_and_nothing_is_saved(
        admin: TestClient, rt: Runtime) -> None:
    too_long = "word " * 100
    refused = submit(admin, PAGE, PAGE, {"original": "", "name": "Tal Abyad",
                                         "text": too_long, "match": "", "action": "save"})
    assert refused.status_code == 400
    assert "is over 400 characters" in html.unescape(refused.text)
    assert 'value="Tal Abyad"' in refused.text  # the admin's input is kept
    twice = submit(admin, PAGE, PAGE, {"original": "", "name": "HTS", "text": "Again.",
                                       "match": "", "action": "save"})
    assert twice.status_code == 400 and "listed twice" in html.unescape(twice.text)
    assert _stored(rt) is None


def test_the_form_is_refused_without_its_csrf_token(admin: TestClient, rt: Runtime) -> None:
    forged = admin.post(PAGE, data={"original": "", "name": "X", "text": "Y.", "match": "",
                                    "action": "save"}, follow_redirects=False)
    assert forged.status_code == 403
    assert _stored(rt) is None
