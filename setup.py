"""Which packages the wheel and the sdist carry (the rest of the metadata is in pyproject.toml).

Everything under digest/, plus the top-level templates/ folder shipped as `digest.templates`:
the repository keeps its email and web templates at the top (templates/email,
templates/web), the installed program finds them inside its own package.
"""

from setuptools import find_namespace_packages, setup

SKIP = ["*__pycache__*"]
TEMPLATES = [f"digest.{name}" for name in find_namespace_packages(include=["templates*"],
                                                                   exclude=SKIP)]

setup(
    packages=find_namespace_packages(include=["digest*"], exclude=SKIP) + TEMPLATES,
    package_dir={"digest.templates": "templates"},
)
