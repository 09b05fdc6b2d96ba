from pathlib import Path

import pytest

from digest.tagging import builtin_topic_names, load_topic, tag_item


def test_syria_is_a_builtin_topic():
    assert "syria" in builtin_topic_names()
    assert load_topic("syria").name == "syria"


def test_an_admin_file_is_loaded_from_a_path_and_tags(data_dir: Path):
    sudan = load_topic(str(data_dir / "sudan_admin.toml"))
    tag = tag_item(sudan, "RSF shells El Fasher as famine spreads", "")
    assert tag is not None and tag.topic == "sudan"
    assert tag_item(sudan, "South Sudan votes in long-delayed election", "") is None


def test_an_unknown_builtin_name_lists_the_known_ones():
    with pytest.raises(ValueError, match="built-in topics: .*syria"):
        load_topic("atlantis")


def test_a_missing_file_is_named(tmp_path: Path):
    missing = tmp_path / "nope.toml"
    with pytest.raises(ValueError, match=f"{missing}: not found"):
        load_topic(str(missing))


def test_a_wrongly_typed_weight_is_named_with_its_entity(data_dir: Path):
    problem = r"bad_weight.toml: entity 'Somewhere'.weight must be a number"
    with pytest.raises(ValueError, match=problem):
        load_topic(str(data_dir / "bad_weight.toml"))


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("name = 'x'\n[[entities]\n", "invalid TOML"),
        ("name = 'x'\n", "needs at least one \\[\\[entities\\]\\]"),
        ("name = 'x'\nthreshold = 1.5\n[[entities]]\nname='A'\naliases=['a']\n", "threshold"),
        ("name = 'x'\ncolour = 'red'\n[[entities]]\nname='A'\naliases=['a']\n", "unknown key"),
        ("name = 'x'\n[[entities]]\nname='A'\naliases=['a']\ncontext=['b']\n", "must come before"),
        ("name = 'x'\n[[entities]]\nname='A'\naliases=['...']\n", "no letters or digits"),
        (
            "name = 'x'\n[[entities]]\nname='A'\naliases=['a']\n"
            "[[entities]]\nname='B'\naliases=['A']\n",
            "alias 'a' is listed under both 'A' and 'B'",
        ),
    ],
)
def test_a_bad_file_raises_a_value_error_naming_file_and_problem(
    tmp_path: Path, content: str, problem: str
):
    path = tmp_path / "admin.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=f"topic file {path}: .*{problem}"):
        load_topic(str(path))


def test_a_topic_cannot_be_changed_after_loading():
    topic = load_topic("syria")
    with pytest.raises(AttributeError):
        topic.threshold = 0.1  # type: ignore[misc]


def _write_topic(tmp_path: Path, tail: str) -> str:
    path = tmp_path / "t.toml"
    path.write_text(
        'name = "t"\n[[entities]]\nname = "Aleppo"\naliases = ["aleppo", "halep"]\n' + tail,
        encoding="utf-8",
    )
    return str(path)


def test_an_epithet_must_name_an_entity_of_the_topic(tmp_path: Path):
    path = _write_topic(tmp_path, '[epithets]\n"the second city" = "Alepo"\n')
    with pytest.raises(ValueError, match="names unknown entity 'Alepo'"):
        load_topic(path)


def test_a_corroboration_table_with_an_unknown_key_is_refused(tmp_path: Path):
    path = _write_topic(tmp_path, "[corroboration]\nambigous = [\"halep\"]\n")
    with pytest.raises(ValueError, match=r"unknown key\(s\) ambigous in \[corroboration\]"):
        load_topic(path)


def test_an_ambiguous_alias_in_an_admin_topic_needs_corroboration(tmp_path: Path):
    path = _write_topic(tmp_path, '[corroboration]\nambiguous = ["halep"]\nfactor = 0.2\n')
    topic = load_topic(path)
    assert tag_item(topic, "Halep wins in Madrid", "") is None
    assert tag_item(topic, "Aleppo water supply restored", "") is not None
