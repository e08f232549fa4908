"""Read and validate the core content files into typed records (see docs/content-format.md).

Pure: no Django. `read_content(path=..., errors=...)` returns a `Content` and adds every
problem found to `errors`, each naming file, item and field. `steunwijzer/load.py` calls it
first, then the readers of the other tools, which use `read_records` and `read_yaml` too.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .records import (
    FigureRecord,
    FootnoteRecord,
    ItemRecord,
    ResourceRecord,
    SourceRecord,
    ThemeRecord,
    build,
)
from .schema import (
    AUDIENCES,
    ITEM_KINDS,
    PHASES,
    RESOURCE_TYPES,
    ROLES,
    SLUG,
    SOURCE_KINDS,
    THEME_GROUPS,
    TOOLS,
    URL,
    Checker,
    ContentError,
    Field,
    slug_field,
)

SOURCE_FIELDS = [
    slug_field(),
    Field("title", str, max_length=200),
    Field("organisation", str, max_length=200),
    Field("year", int),
    Field("kind", str, choices=SOURCE_KINDS),
    Field("url", str, required=False, pattern=URL, default=""),
    Field("description", str, required=False, default=""),
]
THEME_FIELDS = [
    slug_field(),
    Field("title", str, max_length=80),
    Field("order", int),
    Field("summary", str, max_length=300),
    Field("group", str, choices=THEME_GROUPS),
    Field("intro", str, required=False, default=""),
    Field("roles", list, choices=ROLES, non_empty=True),
    Field("related", list, required=False, pattern=SLUG),
    Field("tools", list, required=False, choices=TOOLS),
    Field("items", list, non_empty=True),
]
ITEM_FIELDS = [
    slug_field(),
    Field("title", str, max_length=120),
    Field("kind", str, choices=ITEM_KINDS),
    Field("body", str),
    Field("source", str, pattern=SLUG),
    Field("section", str, max_length=200),
    Field("resources", list, required=False, pattern=SLUG),
    Field("verified", bool, required=False, default=True),
]
FOOTNOTE_FIELDS = [Field("number", int), Field("text", str)]
FIGURE_FIELDS = [
    slug_field(),
    Field("label", str, max_length=200),
    Field("value", str, max_length=40),
    Field("low", float),
    Field("high", float, required=False),
    Field("unit", str, max_length=60),
    Field("period", str, max_length=120),
    Field("definition", str),
    Field("footnotes", list, required=False),
    Field("theme", str, pattern=SLUG),
    Field(
        "chart", str, required=False, choices=frozenset({"aantallen", "percentages"}), default=""
    ),
    Field("note", str, required=False, default=""),
    Field("source", str, pattern=SLUG),
    Field("section", str, max_length=200),
    Field("verified", bool, required=False, default=True),
]
RESOURCE_FIELDS = [
    slug_field(),
    Field("title", str, max_length=200),
    Field("organisation", str, max_length=200),
    Field("what", str, max_length=200),
    Field("for_whom", str, max_length=200),
    Field("description", str),
    Field("audiences", list, choices=AUDIENCES, non_empty=True),
    Field("phases", list, required=False, choices=PHASES),
    Field("type", str, choices=RESOURCE_TYPES),
    Field("url", str, pattern=URL, max_length=500),
    Field("language", str, required=False, choices=frozenset({"nl", "en"}), default="nl"),
    Field("themes", list, required=False, pattern=SLUG),
    Field("source", str, pattern=SLUG),
    Field("section", str, max_length=200),
]


class ContentInvalid(Exception):
    """The content files have problems; `errors` lists every one of them."""

    def __init__(self, errors: list[ContentError]):
        self.errors = errors
        super().__init__("\n".join(str(error) for error in errors))


@dataclass(frozen=True)
class Content:
    """The core content records, validated and cross-checked, in file order."""

    sources: tuple[SourceRecord, ...] = ()
    themes: tuple[ThemeRecord, ...] = ()
    footnotes: tuple[FootnoteRecord, ...] = ()
    figures: tuple[FigureRecord, ...] = ()
    resources: tuple[ResourceRecord, ...] = ()

    def items(self) -> list[ItemRecord]:
        return [item for theme in self.themes for item in theme.items]

    def unverified(self) -> list[str]:
        """Labels of the items and figures that no editor has confirmed yet."""
        return [f"figure {f.slug}" for f in self.figures if not f.verified] + [
            f"item {i.slug}" for i in self.items() if not i.verified
        ]


def read_content(*, path: Path, errors: list[ContentError]) -> Content:
    """Every core content file below `path`, checked and cross-checked.

    Every problem goes to `errors`; the content returned is only complete when none was
    added. References (sources, themes, resources, footnotes) are checked only when each
    record is valid on its own.
    """
    found: list[ContentError] = []
    figures_file = path / "figures.yaml"
    content = Content(
        sources=_records(path / "sources.yaml", "sources", SOURCE_FIELDS, SourceRecord, found),
        themes=tuple(
            theme
            for theme_file in sorted((path / "themes").glob("*.yaml"))
            for theme in _themes(theme_file, found)
        ),
        footnotes=_records(figures_file, "footnotes", FOOTNOTE_FIELDS, FootnoteRecord, found),
        figures=_records(figures_file, "figures", FIGURE_FIELDS, FigureRecord, found),
        resources=_records(
            path / "resources.yaml", "resources", RESOURCE_FIELDS, ResourceRecord, found
        ),
    )
    if not content.themes:
        found.append(ContentError("themes/", "-", "-", "no theme files found"))
    if not found:
        from .references import check_references

        found += check_references(content)
    errors += found
    return content


def read_valid_content(*, path: Path) -> Content:
    """The core content below `path`; raises ContentInvalid listing every problem."""
    errors: list[ContentError] = []
    content = read_content(path=path, errors=errors)
    if errors:
        raise ContentInvalid(errors)
    return content


def read_yaml(file: Path, errors: list[ContentError], *, name: str | None = None) -> Any:
    """The YAML document in `file`, or None with an error naming the file (as `name`)."""
    name = name or (file.name if file.parent.name != "themes" else f"themes/{file.name}")
    try:
        return yaml.safe_load(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        errors.append(ContentError(name, "-", "-", "file not found"))
    except (yaml.YAMLError, UnicodeDecodeError) as problem:
        errors.append(ContentError(name, "-", "-", f"not valid YAML: {problem}"))
    return None


def read_optional_mapping(path: Path, file: str, errors: list[ContentError]) -> dict | None:
    """The mapping in `path / file`; None when the file is absent (a test folder) or broken.

    A file that is not valid YAML, or whose top level is not a mapping, adds an error
    naming `file`.
    """
    if not (path / file).exists():
        return None
    data = read_yaml(path / file, errors, name=file)
    if data is None:
        return None
    if not isinstance(data, dict):
        errors.append(ContentError(file, "-", "-", "expected a mapping at the top level"))
        return None
    return data


def keyed_texts(
    checker: Checker, raw: Any, names: tuple[str, ...], *, item: str, field_name: str
) -> dict[str, str]:
    """A mapping with exactly `names` as keys and a non-empty text for each (stripped).

    An unknown key, a missing key or an empty text is an error on `checker`.
    """
    if not isinstance(raw, dict):
        checker.error(item, field_name, f"expected a mapping with: {', '.join(names)}")
        return {}
    for name in raw:
        if str(name) not in names:
            checker.error(item, f"{field_name}.{name}", "unknown code")
    found = {}
    for name in names:
        value = raw.get(name)
        if not isinstance(value, str) or not value.strip():
            checker.error(item, f"{field_name}.{name}", "needs a text")
        else:
            found[name] = value.strip()
    return found


def read_records(
    file: Path, key: str, fields: list[Field], errors: list[ContentError], *, name: str = ""
) -> list[dict[str, Any]]:
    """The valid records listed under `key` in `file`; every problem goes to `errors`.

    `name` is how errors name the file (default: its name); other tools pass their folder.
    """
    name = name or file.name
    data = read_yaml(file, errors, name=name)
    if data is None:
        return []
    checker = Checker(name)
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        checker.error("-", key, f"expected a list under '{key}'")
        errors += checker.errors
        return []
    records = [
        checker.record(raw, fields, item=_label(raw, number))
        for number, raw in enumerate(data[key], 1)
    ]
    errors += checker.errors
    return [record for record in records if record is not None]


def _records(
    file: Path, key: str, fields: list[Field], kind: type, errors: list[ContentError]
) -> tuple[Any, ...]:
    return tuple(build(kind, values) for values in read_records(file, key, fields, errors))


def _themes(file: Path, errors: list[ContentError]) -> list[ThemeRecord]:
    data = read_yaml(file, errors)
    if data is None:
        return []
    checker = Checker(f"themes/{file.name}")
    theme = checker.record(data, THEME_FIELDS, item=_label(data, 1))
    if theme is None:
        errors += checker.errors
        return []
    items = [
        checker.record(raw, ITEM_FIELDS, item=_label(raw, number))
        for number, raw in enumerate(theme.pop("items"), 1)
    ]
    errors += checker.errors
    if checker.errors:
        return []
    return [
        build(
            ThemeRecord,
            theme,
            items=tuple(build(ItemRecord, item) for item in items if item is not None),
            file=checker.file,
        )
    ]


def _label(raw: Any, number: int) -> str:
    """How an error names a record: its slug, else its position in the list."""
    if isinstance(raw, dict) and isinstance(raw.get("slug"), str) and raw["slug"]:
        return raw["slug"]
    if isinstance(raw, dict) and isinstance(raw.get("number"), int):
        return f"footnote {raw['number']}"
    return f"#{number}"
