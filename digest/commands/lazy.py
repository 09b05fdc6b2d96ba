"""Commands known by name and help until they run, so `digest --help` imports none of them.

A `Lazy` entry names where a command lives ("module:attribute") and the one-line help that
`digest --help` lists.  The module is imported only when the command is invoked, asked for
its own help or completed in a shell.  Three kinds of attribute are understood:

- `command(...)`: a command function, registered like `app.command(name)(function)`;
- `group(...)`: a `typer.Typer` of sub-commands, registered like `app.add_typer(it, name=name)`;
- `plugin(...)`: a `register(app)` function that adds this name (and maybe others) to `app`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup


@dataclass(frozen=True)
class Lazy:
    """Where a command lives and how to add it to an app, plus the help listed for it."""

    target: str  # "package.module:attribute"
    help: str  # the first paragraph of the command's own help (a test keeps them equal)
    add: Callable[[typer.Typer, str, Any], None]

    def load(self, name: str) -> Any:
        """The click command `name`, built the way Typer builds an eagerly added one."""
        module, _, attribute = self.target.partition(":")
        scratch = typer.Typer()
        self.add(scratch, name, getattr(importlib.import_module(module), attribute))
        return typer.main.get_group(scratch).commands[name]


def command(target: str, help: str) -> Lazy:
    return Lazy(target, help, lambda app, name, function: app.command(name)(function))


def group(target: str, help: str) -> Lazy:
    return Lazy(target, help, lambda app, name, sub_app: app.add_typer(sub_app, name=name))


def plugin(target: str, help: str) -> Lazy:
    return Lazy(target, help, lambda app, _name, register: register(app))


class LazyCommand(TyperCommand):
    """Stands in for a command in listings; becomes the real one when it is used."""

    def __init__(self, name: str, entry: Lazy) -> None:
        super().__init__(name=name, help=entry.help, callback=None, params=[])
        self.entry = entry
        self._loaded: Any = None

    def load(self) -> Any:
        if self._loaded is None:
            self._loaded = self.entry.load(str(self.name))
        return self._loaded

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None,
                     **extra: Any) -> Any:
        # Running, `--help` and shell completion all start here: hand over to the real one.
        return self.load().make_context(info_name, args, parent=parent, **extra)


def lazy_group(entries: Mapping[str, Lazy]) -> type[TyperGroup]:
    """A Typer group class that lists `entries` without importing them (`typer.Typer(cls=...)`)."""

    class LazyGroup(TyperGroup):
        def __init__(self, **attrs: Any) -> None:
            super().__init__(**attrs)
            for name, entry in entries.items():
                self.commands.setdefault(name, LazyCommand(name, entry))

    return LazyGroup
