"""The email and web templates, installed as the package `digest.templates`.

They live at the top of the repository (templates/email, templates/web); setup.py maps
this folder to `digest.templates`, so a wheel, an sdist and an editable install all find
them the same way: through `folder()`.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def folder(name: str) -> Path:
    """The real directory of one set of templates: "email" or "web".

    Jinja's file loaders need a directory; digest is installed as plain files (a wheel
    unpacked into site-packages, or an editable checkout), never run from a zip.
    """
    root = resources.files(__name__)
    path = Path(str(root)) / name
    if not path.is_dir():
        raise FileNotFoundError(f"digest's {name} templates are missing from {root}")
    return path
