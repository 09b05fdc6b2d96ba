"""The console's one menu, organised by the admin's jobs.  Every console page shows it
(templates/web/admin/base.html); a section with more than one page adds a second row."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    label: str
    href: str
    prefixes: tuple[str, ...]  # paths under these belong to the section
    pages: tuple[tuple[str, str], ...] = ()  # (label, href) of its pages, for the second row

    def contains(self, path: str) -> bool:
        if self.href == "/admin/":
            return path in ("/admin", "/admin/")
        return any(path == p or path.startswith(p + "/") for p in self.prefixes)


CONSOLE_MENU = (
    Section("Dashboard", "/admin/", ()),
    Section("Lists & schedules", "/admin/lists", ("/admin/lists",),
            (("Lists", "/admin/lists"), ("New list", "/admin/lists/new"))),
    Section("People", "/admin/people", ("/admin/people", "/admin/audience", "/admin/memberships"),
            (("People", "/admin/people"), ("Import / export", "/admin/audience"))),
    Section("Feeds & topics", "/admin/feeds", ("/admin/feeds", "/admin/topics"),
            (("Feeds", "/admin/feeds"), ("Topics", "/admin/topics"))),
    Section("Editions & sends", "/admin/editions", ("/admin/editions",)),
    Section("Audit log", "/admin/audit", ("/admin/audit",)),
    Section("Settings", "/admin/settings", ("/admin/settings",)),
)
