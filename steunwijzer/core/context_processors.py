"""Values every template needs: the main navigation."""

from django.http import HttpRequest
from django.urls import reverse

NAVIGATION = [
    ("content:home", "Home"),
    ("content:figures", "Cijfers"),
    ("content:resources", "Hulpbronnen"),
    ("core:about", "Over"),
]


def site(request: HttpRequest) -> dict:
    path = request.path
    return {
        "navigation": [
            {"url": (url := reverse(name)), "label": label, "current": path == url}
            for name, label in NAVIGATION
        ]
    }
