"""granian as `make run` starts it (the Makefile's GRANIAN_ARGS): what a client sends never
reaches the server's output, whether Django answers or granian refuses the request itself."""

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .test_gunicorn import exchange, free_port

ROOT = Path(__file__).resolve().parents[3]
MARKERS = ["MERKREGEL", "MERKVRAAG", "MERKKOP", "MERKPAD", "MERKNAAM", "MERKTEKENSET"]


def granian_args() -> list[str]:
    """The server arguments of `make run`, read from the Makefile (one source)."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    found = re.search(r"^GRANIAN_ARGS = (.*?)(?<!\\)\n", makefile, re.M | re.S)
    assert found, "GRANIAN_ARGS not found in the Makefile"
    text = found.group(1).replace("\\\n", " ").replace("$(WORKERS)", "1")
    return text.split()


@pytest.fixture
def granian(tmp_path):
    port = free_port()
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "STEUNWIJZER_"))}
    env = {
        **clean,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'site.sqlite3'}",
        "STEUNWIJZER_PRERENDER_DIR": str(tmp_path / "prerendered"),
        "STEUNWIJZER_PDF_WARMUP": "0",
    }
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "granian", *granian_args(), "--host", "127.0.0.1"]
        + ["--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if exchange(
                port, b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
            ):
                break
        except OSError:
            time.sleep(0.2)
    try:
        yield port, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def test_granian_keeps_what_a_client_sends_out_of_its_output(granian):
    port, process = granian
    answers = [
        exchange(
            port,
            b"GET /zoeken/?q=MERKVRAAG HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
        ),
        exchange(port, b"GET /MERKPAD/?x=1 HTTP/1.1 MERKREGEL\r\nHost: x\r\n\r\n"),
        exchange(port, b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nMERKKOP zonder dubbele punt\r\n\r\n"),
        exchange(
            port,
            b"POST /netwerkkaart/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
            b"Content-Type: application/x-www-form-urlencoded; charset=MERKTEKENSET\r\n"
            b"Content-Length: 21\r\n\r\npersoon-naam=MERKNAAM",
        ),
    ]
    assert answers[0].startswith(b"HTTP/1.1 200")
    assert answers[1].startswith(b"HTTP/1.1 400") and answers[2].startswith(b"HTTP/1.1 400")
    assert answers[3].startswith(b"HTTP/1.1 400")  # an unknown charset: refused, in Dutch
    assert b'lang="nl"' in answers[3]
    process.terminate()
    output = process.communicate(timeout=20)[0].decode("utf-8", "replace")
    assert [marker for marker in MARKERS if marker in output] == []
