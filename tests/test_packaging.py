"""digest installed from its wheel, far from any checkout, works as a new user would try it.

Builds the sdist and, from it, the wheel (as `python -m build` does); installs the wheel with
its dependencies into a new virtual environment (pip's cache keeps that quick); runs
`digest demo` from an empty folder with nothing of the repository on the path.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]

# Read at run time: a release missing any of them breaks rendering, the web or the demo.
RUNTIME_FILES = [
    "templates/email/edition.html.j2",
    "templates/email/confirm.txt.j2",
    "templates/web/base.html",
    "templates/web/public/archive.html",
    "templates/web/static/console.css",
    "digest/migrations/script.py.mako",
    "digest/migrations/versions/0001_initial_schema.py",
    "digest/tagging/topics/syria.toml",
    "digest/local/demo_data/global_desk.atom",
    "digest/local/demo_data/orient_ledger.rdf",
    "digest/local/sendgrid_sink/mail_send_request.schema.json",
]

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


def run(*args: str | Path, cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run a program with nothing of the checkout on its path; fail with its output."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True,
                            text=True, timeout=timeout)
    assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result


def source_copy(to: Path) -> Path:
    """The repository's files as a fresh clone would have them (tracked or not ignored).

    Building in the checkout itself would reuse its digest.egg-info, whose old file list
    setuptools adds to the sdist: a missing package-data rule would go unnoticed here and
    break only in CI or a release.
    """
    listed = run("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard",
                 cwd=ROOT).stdout.split("\0")
    for name in filter(None, listed):
        if (ROOT / name).is_file():
            (to / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, to / name)
    return to


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("dist")
    source = source_copy(tmp_path_factory.mktemp("source"))
    run(sys.executable, "-m", "build", "--outdir", out, source, cwd=out)
    yield out


@pytest.fixture(scope="module")
def installed(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with the wheel and its dependencies; its bin/ folder."""
    venv = tmp_path_factory.mktemp("venv")
    run(sys.executable, "-m", "venv", venv, cwd=venv)
    (wheel,) = dist.glob("digest-*.whl")
    run(venv / "bin" / "python", "-m", "pip", "install", "--quiet", wheel, cwd=venv)
    return venv / "bin"


def test_the_sdist_carries_the_templates_and_every_file_read_at_run_time(dist: Path) -> None:
    (sdist,) = dist.glob("digest-*.tar.gz")
    with tarfile.open(sdist) as archive:
        members = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert [f for f in RUNTIME_FILES if f not in members] == []


def test_the_wheel_carries_the_templates_inside_the_package(dist: Path) -> None:
    (wheel,) = dist.glob("digest-*.whl")
    members = set(zipfile.ZipFile(wheel).namelist())
    wanted = [f"digest/{f}" if f.startswith("templates/") else f for f in RUNTIME_FILES]
    assert [f for f in wanted if f not in members] == []


def test_the_installed_digest_runs_the_demo_from_an_empty_folder(
    installed: Path, tmp_path: Path
) -> None:
    where = run(installed / "python", "-c", "import digest; print(digest.__file__)",
                cwd=tmp_path).stdout
    assert Path(where.strip()).is_relative_to(installed.parent)  # not the checkout

    result = run(installed / "digest", "demo", cwd=tmp_path, timeout=300)

    outbox = tmp_path / ".digest" / "demo" / "outbox"
    assert len(list(outbox.glob("*.eml"))) == 3, result.stdout
    assert "What's going on now" in (tmp_path / ".digest" / "demo" / "preview.html").read_text()


def test_the_installed_digest_tells_its_version(installed: Path, tmp_path: Path) -> None:
    assert run(installed / "digest", "--version", cwd=tmp_path).stdout == f"digest {VERSION}\n"
