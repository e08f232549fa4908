"""Values every template needs: the main navigation (the brand links the home page, the footer the pages about the site) and where readers report a mistake."""

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse

NAVIGATION = [
    ("content:themes", "Thema's"),
    ("plan:wizard", "Steunplan"),
    ("netwerkkaart:map", "Netwerkkaart"),
    ("content:figures", "Cijfers"),
    ("content:resources", "Hulpbronnen"),
    ("voorkind:help", "Hulp"),
]


def site(request: HttpRequest) -> dict:
    path = request.path
    return {
        "navigation": [
            {
                "url": (url := reverse(name)),
                "label": label,
                "current": _is_current(path, url),
                "help": name == "voorkind:help",
            }
            for name, label in NAVIGATION
        ],
        "report_url": settings.REPORT_URL,
    }


def _is_current(path: str, url: str) -> bool:
    """The page is this entry's, or lies below it (the home page only matches itself)."""
    return path == url or (url != "/" and path.startswith(url))
