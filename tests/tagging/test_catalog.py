"""An admin's saved topic is the one the pipeline tags with."""

from pathlib import Path

from digest.lifecycle.items import list_topics
from digest.models import TopicDefinition
from digest.runtime import Runtime
from digest.tagging import tag_item
from digest.tagging.catalog import load_topic_for, stored_definition, topic_names

DATA = Path(__file__).parent.parent / "data" / "tagging"

SUDAN = (DATA / "sudan_admin.toml").read_text(encoding="utf-8")


def test_a_saved_topic_replaces_the_built_in_one_for_tagging(rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        builtin = load_topic_for(session, "syria")
        assert tag_item(builtin, "HTS fighters enter Hama", "") is not None
        session.add(TopicDefinition(name="sudan", definition=SUDAN))
    with rt.sessions() as session:
        assert "sudan" in topic_names(session) and "syria" in topic_names(session)
        assert stored_definition(session, "sudan") == SUDAN
        sudan = load_topic_for(session, "sudan")
    assert tag_item(sudan, "RSF shells El Fasher", "") is not None
    assert tag_item(sudan, "HTS fighters enter Hama", "") is None


def test_the_pipeline_tags_with_every_topic_lists_follow(rt: Runtime) -> None:
    from digest.audience.lists import create_list

    with rt.sessions() as session, session.begin():
        session.add(TopicDefinition(name="sudan", definition=SUDAN))
        create_list(session, "Sudan Watch", topics=["sudan"])
    with rt.sessions() as session:
        assert [t.name for t in list_topics(session)] == ["sudan", "syria"]
