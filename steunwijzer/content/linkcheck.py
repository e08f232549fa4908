"""Check that the links of the content still answer (link rot).

No Django: plain urllib, so the check runs anywhere the content files are. It makes real
network calls; its tests use a server on 127.0.0.1.
"""

import urllib.error
import urllib.request
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

USER_AGENT = "Steunwijzer-linkcheck/1.0"


@dataclass(frozen=True)
class LinkStatus:
    """What one URL answered: an HTTP status, or the reason it did not answer."""

    url: str
    status: int | None
    final_url: str
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.status is not None and self.status < 400

    @property
    def moved(self) -> bool:
        return self.ok and self.final_url.rstrip("/") != self.url.rstrip("/")


def check_url(url: str, *, timeout: float = 10.0) -> LinkStatus:
    """HEAD the URL, and GET it when the server refuses HEAD."""
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return LinkStatus(url, response.status, response.geturl())
        except urllib.error.HTTPError as error:
            if method == "HEAD" and error.code in (403, 405, 501):
                continue
            return LinkStatus(url, error.code, url, f"HTTP {error.code}")
        except (urllib.error.URLError, TimeoutError, OSError, ValueError) as error:
            reason = getattr(error, "reason", error)
            return LinkStatus(url, None, url, f"no answer: {reason}")
    return LinkStatus(url, None, url, "no answer")


def check_urls(urls: Iterable[str], *, timeout: float = 10.0, workers: int = 8) -> list[LinkStatus]:
    """Every distinct URL checked, in the order given."""
    distinct = list(dict.fromkeys(urls))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda url: check_url(url, timeout=timeout), distinct))
