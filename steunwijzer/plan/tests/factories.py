"""A small valid content folder with a support plan, built in code, to break one field at a time."""

from pathlib import Path
from typing import Any

from steunwijzer.content.tests.factories import minimal_content, write_content


def minimal_plan() -> dict[str, Any]:
    """The two plan files of a minimal valid plan, as data (its source is in the core)."""
    return {
        "steunplan/advice.yaml": {
            "advice": [
                {
                    "slug": "open-zijn",
                    "section": "praten",
                    "title": "Wees open",
                    "body": "Open zijn helpt.",
                    "roles": {"school": "Wees open in de klas."},
                    "basis": "openheid",
                    "resources": ["gouden-gids"],
                },
                {
                    "slug": "veilig",
                    "section": "nu-doen",
                    "title": "Bel Veilig Thuis",
                    "body": "Bel 0800-2000.",
                    "basis": "schaamte-vaak",
                    "sources": ["veilig-thuis"],
                },
                {
                    "slug": "band",
                    "section": "nu-doen",
                    "title": "Houd de band",
                    "body": "Help de band.",
                    "basis": "openheid",
                    "tags": ["contact"],
                },
            ]
        },
        "steunplan/rules.yaml": {
            "rules": [
                {"slug": "elk-kind", "advice": ["open-zijn", "band"], "reason": "Voor elk kind."},
                {
                    "slug": "veilig-contact",
                    "when": {"contact": ["niet-in-belang"]},
                    "advice": ["veilig"],
                    "exclude_tags": ["contact"],
                    "priority": 1,
                    "reason": "Contact is niet in het belang van het kind.",
                },
                {
                    "slug": "veilig-geweld",
                    "when": {"thuis": ["huiselijk-geweld"]},
                    "advice": ["veilig"],
                    "exclude_tags": ["contact"],
                    "priority": 1,
                    "reason": "Er is huiselijk geweld.",
                },
            ]
        },
    }


VEILIG_THUIS = {
    "slug": "veilig-thuis",
    "title": "Veilig Thuis",
    "organisation": "Veilig Thuis",
    "year": 2025,
    "kind": "website",
    "url": "https://www.veiligthuis.nl/",
}


def content_with_plan() -> dict[str, Any]:
    files = minimal_content()
    files["sources.yaml"]["sources"].append(dict(VEILIG_THUIS))
    files["themes/schaamte.yaml"]["items"].append(
        {
            "slug": "nog-niet-bevestigd",
            "title": "Nog niet bevestigd",
            "kind": "feit",
            "body": "Tekst.",
            "source": "infographic",
            "section": "Schaamte en stigma",
            "verified": False,
        }
    )
    return files | minimal_plan()


def write_plan_content(root: Path, files: dict[str, Any]) -> Path:
    (root / "steunplan").mkdir(parents=True, exist_ok=True)
    return write_content(root, files)
