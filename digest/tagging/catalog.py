"""Topics as the product uses them: an admin's stored version wins over the built-in file.

Admins edit topics in the web console; the TOML they save lives in the `topics`
table (TopicDefinition), and the pipeline tags with that version from the next cycle on.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from digest.models import TopicDefinition
from digest.tagging import Topic, builtin_topic_names, load_topic
from digest.tagging.topic_file import parse_topic


def compile_topic(name: str, definition: str) -> Topic:
    """A topic from TOML text; ValueError saying what is wrong."""
    try:
        data = tomllib.loads(definition)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"topic {name}: invalid TOML ({exc})") from None
    return Topic(parse_topic(data, Path(f"{name}.toml")))


def stored_definition(session: Session, name: str) -> str:
    """The topic's TOML: the admin's version when there is one, else the built-in file."""
    stored = session.scalar(select(TopicDefinition.definition)
                            .where(TopicDefinition.name == name))
    if stored is not None:
        return stored
    if name in builtin_topic_names():
        return (resources.files("digest.tagging.topics") / f"{name}.toml").read_text("utf-8")
    return ""


def topic_names(session: Session) -> list[str]:
    """Every topic a list may follow: built-in and admin-defined."""
    return sorted(set(builtin_topic_names()) | set(session.scalars(select(TopicDefinition.name))))


def load_topic_for(session: Session, name: str) -> Topic:
    """The topic to tag with: the stored definition when an admin saved one."""
    stored = session.scalar(select(TopicDefinition.definition)
                            .where(TopicDefinition.name == name))
    return compile_topic(name, stored) if stored is not None else load_topic(name)
