"""Everything a content load does, top to bottom: `load`.

The command `python manage.py load_content` (make content) calls `load`; with --check
(make content-check) it only reads and validates. A load has two steps:

1. Read and validate every content file into typed records, tool by tool: first the files
   that stand on their own, then those that refer into the core content. Each reader adds
   every problem it finds to `errors`, naming file, item and field; if there is any, the
   load stops with `ContentInvalid` and the database is not touched.
2. Write, inside ONE transaction, tool by tool: a failure anywhere rolls back the whole
   load and the site keeps the previous content. The search index is rebuilt last, from
   what the other steps wrote.

Adding a tool with content files of its own (docs/architecture.md, "Adding a tool") adds
one line to each step: its reader `read_<tool>(path=..., [content=...,] errors=errors)` in
step 1 (1b if it refers to the content) and its writer `write_<tool>(...)` in step 2 (and,
if the tool is searchable, its entries to the `rebuild_index` call), plus a field on
`Loaded`.
"""

from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from steunwijzer.content.loading import Content, ContentInvalid, read_content
from steunwijzer.content.schema import ContentError
from steunwijzer.content.sync import SyncReport, write_content
from steunwijzer.content.texts import read_texts
from steunwijzer.content.textstore import write_texts
from steunwijzer.netwerkkaart.prompts import child_page_errors
from steunwijzer.plan.content import ADVICE_FILE, PlanContent, read_plan
from steunwijzer.plan.search import advice_entries
from steunwijzer.plan.sync import write_plan
from steunwijzer.plan.validation import validate_child_pages
from steunwijzer.prerender.pages import PrerenderReport, prerender_pages
from steunwijzer.search.content import read_synonyms
from steunwijzer.search.index import content_entries, rebuild_index, write_synonyms
from steunwijzer.voorkind.content import VoorKindContent, read_voorkind
from steunwijzer.voorkind.search import voorkind_entries
from steunwijzer.voorkind.sync import write_voorkind


@dataclass(frozen=True)
class Loaded:
    """What one load read (every tool's records) and, unless only checked, what it wrote."""

    content: Content
    plan: PlanContent
    synonyms: list[list[str]]
    texts: dict[str, str]
    voorkind: VoorKindContent
    report: SyncReport | None = None
    pages: PrerenderReport | None = None


def load(*, path: Path, check: bool = False) -> Loaded:
    """Read and validate the content files below `path`; unless `check`, write them all.

    Raises ContentInvalid (listing every problem) before anything is written.
    """
    # Step 1: read and validate, tool by tool. Nothing is written yet.
    errors: list[ContentError] = []
    # 1a. Files that stand on their own.
    content = read_content(path=path, errors=errors)  # sources, themes, figures, resources
    synonyms = read_synonyms(path=path, errors=errors)  # zoeken/synoniemen.yaml
    if errors:
        raise ContentInvalid(errors)
    # 1b. Files that refer into the content (checked against it, so only once it is valid).
    plan = read_plan(path=path, content=content, errors=errors)  # steunplan/*.yaml
    # rollen.yaml, steunplan/vragen.yaml, netwerkkaart/teksten.yaml: texts of codes and steps
    texts = read_texts(path=path, content=content, errors=errors)
    # bezoek/, voor-kinderen/, hulp/: the visit booklet, the child pages, the help lines
    voorkind = read_voorkind(path=path, content=content, errors=errors)
    # Advice and the map's prompts may link a child page: it must be one just read.
    pages = {page.slug for page in voorkind.child_pages}
    errors += validate_child_pages(plan=plan, pages=pages, file=ADVICE_FILE)
    errors += child_page_errors(texts=texts, child_pages=pages)
    if errors:
        raise ContentInvalid(errors)
    if check:
        return Loaded(content=content, plan=plan, synonyms=synonyms, texts=texts, voorkind=voorkind)

    # Step 2: write, in one transaction, in this order.
    with transaction.atomic():
        report = write_content(content)  # the knowledge base tables
        write_plan(plan)  # the plan's advice and rules
        write_texts(texts)  # wizard questions, role intros, map prompts (the Text table)
        write_voorkind(voorkind)  # the booklet pages, visit rules, child pages, help lines
        write_synonyms(synonyms)  # search's synonym groups
        # The search index reads the tables above.
        rebuild_index([*content_entries(), *advice_entries(), *voorkind_entries()])
        # Last: a new content version and every content page rendered from these tables;
        # the pages are published (a folder swap) only when this transaction commits.
        pages = prerender_pages()
    return Loaded(
        content=content,
        plan=plan,
        synonyms=synonyms,
        texts=texts,
        voorkind=voorkind,
        report=report,
        pages=pages,
    )
