"""The compose job: pick the list's unsent stories, compose, render, store one edition per slot.

Contract of `build_edition` (called by the pipeline, the Celery tasks and `digest build`):
- one Edition per (list, slot); calling it again returns the stored one, except that
  an edition stored as skipped (nothing was new) is composed again in place: news that
  arrived later in the slot is sent.  Nothing else is ever composed again;
- "What's going on now" holds stories on the list's topics that the list has not carried,
  or carried before fresh reports joined them (Edition.story_marks); nothing else repeats;
- with nothing new the edition is stored as SKIPPED with the reason, and never sent;
- the base render (Edition.html/text) carries the "context" backstory; EditionVariant rows
  carry longer backstories for readers who missed editions (see variants.py);
- Edition.content keeps what the edition was composed from (snapshot.py), so renders for
  readers who chose some topics are made at send time from the same stories (topics.py);
- the list's first edition tells the last FIRST_EDITION_WINDOW: older stories become the
  backstory, the last NOW_WINDOW is the news.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from digest.config import Settings
from digest.delivery import ledger
from digest.editions.backstory import Development
from digest.editions.catchup import Backstory
from digest.editions.compose import EditionContent, StoryView, compose
from digest.editions.history import thread_check
from digest.editions.queries import (
    background_texts,
    developments_of,
    earlier_developments,
    sent_marks,
    story_views,
    unsent_stories,
)
from digest.editions.render import Footer, Rendered, render_edition
from digest.editions.snapshot import EditionSnapshot, shown_in
from digest.editions.threads import BACKGROUND_CAP, BACKGROUND_CHARS, BACKGROUND_REACH
from digest.editions.variants import CONTEXT, WINDOWS, stored_key
from digest.editions.whoswho import mentioned
from digest.models import Edition, EditionStatus, MailingList, Story, utcnow
from digest.models.editions import EditionVariant
from digest.stories.semantic import semantic_path
from digest.tagging import Topic
from digest.tagging.catalog import load_topic_for
from digest.tagging.explainers import Explainer

FIRST_EDITION_WINDOW = timedelta(days=7)
NOW_WINDOW = timedelta(days=2)
# Stories committed by a grouping that overlapped the previous build are still found.
SLACK = timedelta(days=1)
# A daily reader is not told who someone is again until this many editions went by.
EXPLAINER_MEMORY = 5


def web_url(settings: Settings, mailing_list: MailingList, slot: str) -> str:
    """Where the web version of a list's edition lives."""
    return f"{settings.base_url}/editions/{mailing_list.slug}/{slot}"


def footer_for(settings: Settings, mailing_list: MailingList, slot: str) -> Footer:
    return Footer(
        postal_address=settings.postal_address,
        reason=f"You get this because you subscribed to {mailing_list.name}.",
        web_url=web_url(settings, mailing_list, slot),
    )


def build_edition(
    session: Session, mailing_list: MailingList, slot: str, settings: Settings,
    *, now: datetime | None = None,
) -> Edition:
    """The list's edition for `slot`, built once; a slot with nothing new is recorded as skipped."""
    now = now or utcnow()
    existing = _edition_for(session, mailing_list.id, slot)
    if existing is not None and existing.status != EditionStatus.SKIPPED:
        return existing
    if existing is not None:
        # Locked, so two ticks do not both fill it; a skipped edition has no ledger rows.
        session.refresh(existing, with_for_update=True)
        if existing.status != EditionStatus.SKIPPED:
            return existing
    previous = _previous_edition(session, mailing_list.id)
    marks = sent_marks(session, mailing_list.id, now=now)
    since = previous.created_at - SLACK if previous else now - FIRST_EDITION_WINDOW
    topics = list(mailing_list.topics)
    stories = unsent_stories(session, topics, since, marks)
    views = story_views(session, stories, marks)
    if previous is None:
        current = [v for v in views if v.published >= now - NOW_WINDOW or v.kind == "analysis"]
    else:
        current = views
    base_days = None if previous is not None else FIRST_EDITION_WINDOW.days
    footer = footer_for(settings, mailing_list, slot)
    snapshot = _snapshot(session, mailing_list, stories, current, now=now,
                         base_days=base_days, footer=footer,
                         # the path the stories were grouped on (digest.lifecycle.items)
                         semantic=semantic_path(settings.semantic))
    content = compose(mailing_list.name, current, snapshot.backstory(CONTEXT), date=now)
    if content.is_empty:
        if existing is not None:
            return existing  # still nothing new: the first record and its reason stand
        edition = Edition(list_id=mailing_list.id, slot=slot, created_at=now)
        ledger.mark_built(edition, skip_reason=_skip_reason(since, len(views), len(stories),
                                                            marks))
        return _store(session, edition, [])
    edition = existing or Edition(list_id=mailing_list.id, slot=slot)
    edition.created_at = now
    rendered = render_edition(content, footer)
    edition.subject, edition.preheader = rendered.subject, rendered.preheader
    edition.html, edition.text = rendered.html, rendered.text
    edition.stories_cut = rendered.stories_cut + content.more_on_web
    carried = [v.story_id for v in views]
    edition.story_ids = content.story_ids + [i for i in carried if i not in content.story_ids]
    edition.story_marks = _marks(stories)
    edition.content = snapshot.to_json()
    ledger.mark_built(edition)
    variants = [] if previous is None else _variants(content, snapshot, footer)
    return _store(session, edition, variants)


def _snapshot(
    session: Session, mailing_list: MailingList, stories: list[Story], current: list[StoryView],
    *, now: datetime, base_days: int | None, footer: Footer, semantic: bool,
) -> EditionSnapshot:
    """What the edition is composed from, the backstory's threads checked once here."""
    topics = list(mailing_list.topics)
    carried = {v.story_id for v in current}
    today = list(developments_of(session, [s for s in stories if s.id in carried]).values())
    earlier = earlier_developments(session, topics, now=now, exclude=carried)
    compiled = _compiled(session, topics)
    background = background_texts(session, topics, now=now, reach=BACKGROUND_REACH,
                                  cap=BACKGROUND_CAP, chars=BACKGROUND_CHARS)
    check = thread_check(today, earlier, compiled, background=background, semantic=semantic)
    threads = {t.key: tuple(e.key for e in earlier if check.belongs(t.key, e.key))
               for t in today}
    told = {key for keys in threads.values() for key in keys}
    return EditionSnapshot(
        list_name=mailing_list.name, now=now, base_days=base_days, views=tuple(current),
        developments=tuple(e for e in earlier if e.key in told), footer=footer,
        today=tuple(today), threads=threads,
        explainers=_called_for([e for t in compiled for e in t.spec.explainers], today),
        explained=tuple(_recently_explained(session, mailing_list.id)),
        zone=mailing_list.timezone)


def _compiled(session: Session, names: list[str]) -> list[Topic]:
    """The list's topics that have a definition (a name without one has no entity data)."""
    found = []
    for name in names:
        try:
            found.append(load_topic_for(session, name))
        except ValueError:
            continue  # an unknown or broken topic tags nothing, so tells nothing either
    return found


def _called_for(explainers: list[Explainer], today: list[Development]) -> tuple[Explainer, ...]:
    """The explainers some story of the edition mentions."""
    texts = [text for story in today for r in story.reports for text in (r.title, r.summary)]
    names = {who.key for who in mentioned(explainers, texts, limit=len(explainers))}
    return tuple(e for e in explainers if e.name in names)


def _recently_explained(session: Session, list_id: int) -> set[str]:
    """Explainers the list's last EXPLAINER_MEMORY editions showed their daily readers."""
    rows = session.scalars(
        select(Edition.content)
        .where(Edition.list_id == list_id, Edition.status != EditionStatus.SKIPPED)
        .order_by(Edition.created_at.desc()).limit(EXPLAINER_MEMORY))
    return {name for content in rows for name in shown_in(content)}


def _skip_reason(since: datetime, views: int, stories: int, marks: dict[int, datetime]) -> str:
    reason = f"no new stories since {since:%Y-%m-%d %H:%M} UTC"
    if stories and not views:
        reason += f" ({stories} stories without items)"
    elif marks:
        reason += "; stories already sent have no new developments"
    return reason


def _marks(stories: list[Story]) -> dict[str, str]:
    return {str(s.id): s.updated_at.isoformat() for s in stories}


def _variants(
    content: EditionContent, snapshot: EditionSnapshot, footer: Footer
) -> list[EditionVariant]:
    """A render per longer recap window whose backstory differs from the shorter one's."""
    made: list[EditionVariant] = []
    shorter = snapshot.backstory(CONTEXT)
    for key, days in WINDOWS.items():
        if days is None:
            continue
        backstory = snapshot.backstory(key)
        if backstory == shorter:
            continue
        shorter = backstory
        rendered = _render_with(content, backstory, footer)
        made.append(EditionVariant(key=key, subject=rendered.subject, html=rendered.html,
                                   text=rendered.text, recaps=_lines(backstory)))
    return made


def _lines(backstory: list[Backstory]) -> int:
    return sum(len(b.so_far) + len(b.who) for b in backstory)


def _render_with(content: EditionContent, backstory: list[Backstory], footer: Footer
                 ) -> Rendered:
    """The same news with another backstory (one more render, no more queries)."""
    ordered = compose(content.list_name, [], backstory, date=content.date).up_to_speed
    return render_edition(replace(content, up_to_speed=ordered), footer)


def _store(session: Session, edition: Edition, variants: list[EditionVariant]) -> Edition:
    try:
        with session.begin_nested():
            session.add(edition)
            session.flush()
            for variant in variants:
                variant.edition_id = edition.id
                session.add(variant)
    except IntegrityError:
        # Another worker built the same slot first: theirs is the edition.
        found = _edition_for(session, edition.list_id, edition.slot)
        assert found is not None
        return found
    return edition


def _edition_for(session: Session, list_id: int, slot: str) -> Edition | None:
    return session.scalar(select(Edition).where(Edition.list_id == list_id, Edition.slot == slot))


def _previous_edition(session: Session, list_id: int) -> Edition | None:
    return session.scalar(
        select(Edition)
        .where(Edition.list_id == list_id, Edition.status != EditionStatus.SKIPPED)
        .order_by(Edition.created_at.desc()).limit(1)
    )


def edition_copy(session: Session, edition: Edition, key: str) -> tuple[str, str, str]:
    """Subject, HTML and text of the edition for the variant `key` (a window falls back to
    a shorter stored one). A topic render leads with its own story, so it has its own subject."""
    stored = dict(session.execute(
        select(EditionVariant.key, EditionVariant.id).where(
            EditionVariant.edition_id == edition.id)
    ).all())
    chosen = stored_key(key, stored)
    if chosen == CONTEXT:
        return edition.subject, edition.html, edition.text
    variant = session.get(EditionVariant, stored[chosen])
    assert variant is not None
    return variant.subject or edition.subject, variant.html, variant.text


def edition_body(session: Session, edition: Edition, key: str) -> tuple[str, str]:
    """HTML and text of the edition for the variant `key` (see edition_copy)."""
    _subject, html, text = edition_copy(session, edition, key)
    return html, text
