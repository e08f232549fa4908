"""Validation across the plan's records and into the core content (pure: no Django).

Field types and choices are checked per record by `schema.Checker`; this module checks what
one record cannot know: unique slugs, references that resolve, situation codes that exist,
advice that some rule selects, and the safeguarding rules the plan must always have.
"""

from collections import Counter
from typing import TYPE_CHECKING, Any

from steunwijzer.content.loading import Content
from steunwijzer.content.schema import ROLES, ContentError

from .rules import PRIORITIES
from .situation import CODES, SAFEGUARDING

if TYPE_CHECKING:
    from .content import AdviceRecord, PlanContent, RuleRecord


def validate_child_pages(*, plan: "PlanContent", pages: set[str], file: str) -> list[ContentError]:
    """Every `child_pages` slug of an advice that is not a page of content/voor-kinderen/."""
    return [
        ContentError(file, advice.slug, "child_pages", f"{slug!r} is not a child page")
        for advice in plan.advice
        for slug in advice.child_pages
        if slug not in pages
    ]


def validate_plan(
    *, plan: "PlanContent", content: Content, files: dict[str, str]
) -> list[ContentError]:
    """Every problem of uniqueness, reference and coverage in otherwise valid records."""
    errors = [
        ContentError(files[key], str(slug), "slug", f"{slug!r} is used more than once")
        for key in ("advice", "rules")
        for slug, count in Counter(r.slug for r in getattr(plan, key)).items()
        if count > 1
    ]
    known = {
        "items": {item.slug: item for item in content.items()},
        "resources": {resource.slug for resource in content.resources},
        "sources": {source.slug for source in content.sources},
    }
    for advice in plan.advice:
        errors += [
            ContentError(files["advice"], advice.slug, f, m) for f, m in _advice(advice, known)
        ]
    slugs = {advice.slug for advice in plan.advice}
    for rule in plan.rules:
        errors += [ContentError(files["rules"], rule.slug, f, m) for f, m in _rule(rule, slugs)]
    selected = {slug for rule in plan.rules for slug in rule.advice}
    errors += [
        ContentError(files["advice"], advice.slug, "slug", "no rule selects this advice")
        for advice in plan.advice
        if advice.slug not in selected
    ]
    return errors + _safeguarding(plan, files["rules"])


def _advice(advice: "AdviceRecord", known: dict[str, Any]) -> list[tuple[str, str]]:
    problems = []
    item = known["items"].get(advice.basis)
    if item is None:
        problems.append(("basis", f"unknown knowledge item {advice.basis!r}"))
    elif not item.verified:
        problems.append(("basis", f"knowledge item {advice.basis!r} is not verified"))
    for key in ("resources", "sources"):
        kind = key.removesuffix("s")
        problems += [
            (key, f"unknown {kind} {slug!r}")
            for slug in getattr(advice, key)
            if slug not in known[key]
        ]
    for slug, section in (advice.source_sections or {}).items():
        if slug not in advice.sources:
            problems.append(("source_sections", f"{slug!r} is not one of the advice's sources"))
        elif not isinstance(section, str) or not section.strip():
            problems.append(("source_sections", f"the section of {slug!r} is missing"))
    for role, text in (advice.roles or {}).items():
        if role not in ROLES:
            problems.append(("roles", f"{role!r} is not one of: {', '.join(sorted(ROLES))}"))
        elif not isinstance(text, str) or not text.strip():
            problems.append(("roles", f"the text for {role!r} is missing"))
    return problems


def _rule(rule: "RuleRecord", advice: set[str]) -> list[tuple[str, str]]:
    problems = [
        ("advice", f"unknown advice {slug!r}") for slug in rule.advice if slug not in advice
    ]
    for key in ("when", "unless"):
        problems += [(key, problem) for problem in _conditions(getattr(rule, key) or {})]
    if rule.priority not in PRIORITIES:
        problems.append(("priority", f"{rule.priority!r} is not one of: 1, 2, 3"))
    if not rule.advice and not rule.exclude_tags:
        problems.append(("advice", "a rule needs advice or exclude_tags"))
    if rule.advice and not rule.reason:
        problems.append(("reason", "is required when the rule selects advice"))
    elif rule.exclude_tags and not rule.reason:
        problems.append(("reason", "is required when the rule keeps advice out"))
    return problems


def _conditions(conditions: dict[Any, Any]) -> list[str]:
    problems = []
    for name, values in conditions.items():
        if name not in CODES:
            problems.append(f"unknown situation parameter {name!r}")
        elif not isinstance(values, list) or not values:
            problems.append(f"{name}: expected a list of values, got {values!r}")
        else:
            problems += [f"{name}: unknown value {v!r}" for v in values if v not in CODES[name]]
    return problems


def _safeguarding(plan: "PlanContent", file: str) -> list[ContentError]:
    """Each safeguarding answer must have a rule that keeps contact advice out, always."""
    return [
        ContentError(
            file, "-", "exclude_tags", f"no rule keeps 'contact' advice out when {name}={value}"
        )
        for name, value in SAFEGUARDING
        if not any(
            "contact" in rule.exclude_tags
            and not rule.unless
            and set(rule.when or {}) == {name}
            and value in (rule.when or {})[name]
            for rule in plan.rules
        )
    ]
