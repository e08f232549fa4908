"""A small, valid content folder built in code, to break one field at a time."""

from pathlib import Path
from typing import Any

import yaml


def minimal_content() -> dict[str, Any]:
    """The files of a minimal valid content folder, as data (path -> YAML document)."""
    return {
        "sources.yaml": {
            "sources": [
                {
                    "slug": "infographic",
                    "title": "Ouder in de gevangenis",
                    "organisation": "Augeo Foundation en Expertisecentrum K I N D",
                    "year": 2025,
                    "kind": "infographic",
                    "url": "https://www.augeo.nl/infographic-ije",
                }
            ]
        },
        "themes/schaamte.yaml": {
            "slug": "schaamte-en-stigma",
            "title": "Schaamte en stigma",
            "order": 10,
            "summary": "Kinderen en ouders schamen zich vaak.",
            "group": "begrijpen",
            "roles": ["school"],
            "related": ["praten"],
            "items": [
                {
                    "slug": "schaamte-vaak",
                    "title": "Schaamte komt vaak voor",
                    "kind": "feit",
                    "body": "Ouders en kinderen schamen zich vaak.",
                    "source": "infographic",
                    "section": "Schaamte en stigma",
                    "resources": ["gouden-gids"],
                }
            ],
        },
        "themes/praten.yaml": {
            "slug": "praten",
            "title": "Praten over detentie",
            "order": 20,
            "summary": "Openheid helpt.",
            "group": "doen",
            "roles": ["school", "verzorger"],
            "items": [
                {
                    "slug": "openheid",
                    "title": "Openheid helpt op lange termijn",
                    "kind": "advies",
                    "body": "Wees open.\n\n- Luister.\n- Geef tijd.",
                    "source": "infographic",
                    "section": "Praten over detentie",
                }
            ],
        },
        "figures.yaml": {
            "footnotes": [{"number": 1, "text": "Minderjarig en meerderjarig."}],
            "figures": [
                {
                    "slug": "kinderen-vader",
                    "label": "kinderen met een vader in detentie",
                    "value": "22.000–26.000",
                    "low": 22000,
                    "high": 26000,
                    "unit": "kinderen",
                    "period": "per jaar",
                    "definition": "Kinderen van wie de vader in detentie zit.",
                    "footnotes": [1],
                    "theme": "schaamte-en-stigma",
                    "chart": "aantallen",
                    "source": "infographic",
                    "section": "Hoeveel kinderen",
                },
                {
                    "slug": "onzeker-getal",
                    "label": "bijschrift onzeker",
                    "value": "18.000",
                    "low": 18000,
                    "unit": "kinderen",
                    "period": "onbekend",
                    "definition": "Onbekend.",
                    "theme": "schaamte-en-stigma",
                    "source": "infographic",
                    "section": "Hoeveel kinderen",
                    "verified": False,
                },
            ],
        },
        "resources.yaml": {
            "resources": [
                {
                    "slug": "gouden-gids",
                    "title": "Gouden Gids",
                    "organisation": "Expertisecentrum K I N D",
                    "what": "Een gids van Expertisecentrum K I N D.",
                    "for_whom": "Professionals.",
                    "description": "Een gids.",
                    "audiences": ["professional"],
                    "type": "materiaal",
                    "url": "https://expertisecentrumkind.nl/",
                    "themes": ["praten"],
                    "source": "infographic",
                    "section": "Hoe steun je het kind en de ouders?",
                }
            ]
        },
    }


def write_content(root: Path, files: dict[str, Any]) -> Path:
    """Write the files (path -> data, or path -> raw text) below `root`."""
    (root / "themes").mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        text = data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True)
        (root / name).write_text(text, encoding="utf-8")
    return root
