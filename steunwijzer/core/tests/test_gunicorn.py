"""gunicorn as `make run` starts it (gunicorn.conf.py): what a client sends never reaches its
log, and the errors gunicorn answers itself are Dutch pages with the security headers."""

import contextlib
import logging
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from gunicorn.config import Config
from gunicorn.http.errors import InvalidRequestLine, NoMoreData

from steunwijzer.core import security, serving

ROOT = Path(__file__).resolve().parents[3]
MARKERS = {
    "line": "MERKREGEL",
    "query": "MERKVRAAG",
    "header": "MERKKOP",
    "long": "MERKLANG",
    "charset": "MERKTEKENSET",
    "path": "MERKPAD",
}


NAMES = ["Truus"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def exchange(port: int, raw: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(raw)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    return answer


class Gunicorn:
    """gunicorn with the project's config on a free loopback port, for one test."""

    def __init__(self, database: Path):
        self.port = free_port()
        clean = {
            k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "STEUNWIJZER_"))
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py"]
            + ["--bind", f"127.0.0.1:{self.port}", "--workers", "1"],
            cwd=ROOT,
            env={**clean, "DATABASE_URL": f"sqlite:///{database}", "GUNICORN_CMD_ARGS": ""},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )

    def wait_until_ready(self) -> None:
        deadline = time.monotonic() + 30
        while self.process.poll() is None and time.monotonic() < deadline:
            answer = b""
            with contextlib.suppress(OSError):
                answer = exchange(
                    self.port,
                    b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
                )
            if answer.startswith(b"HTTP/1.1"):
                return
            time.sleep(0.2)
        pytest.fail(f"gunicorn did not start: {self.stop()}")

    def stop(self) -> str:
        """Stop the server (gently, then not) and return all it wrote."""
        if self.process.poll() is None:
            self.process.terminate()
        try:
            return self.process.communicate(timeout=20)[0].decode()
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.communicate()[0].decode()


@pytest.fixture
def gunicorn(tmp_path):
    server = Gunicorn(tmp_path / "leeg.sqlite3")
    try:
        server.wait_until_ready()
        yield server
    finally:
        server.stop()


def head_and_body(answer: bytes) -> tuple[str, dict[str, str], str]:
    head, _, body = answer.partition(b"\r\n\r\n")
    status, *lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines)
    return status, headers, body.decode("utf-8", "replace")


def assert_dutch_and_guarded(answer: bytes, status: str) -> str:
    line, headers, body = head_and_body(answer)
    assert line.startswith(f"HTTP/1.1 {status}"), line
    assert 'lang="nl"' in body
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    return body


def test_gunicorn_keeps_requests_out_of_its_log_and_answers_in_dutch(gunicorn):
    port, m = gunicorn.port, MARKERS
    invalid_line = exchange(port, f"GET /zoeken/?q={m['line']} HTTP/1.1 x\r\n\r\n".encode())
    assert "Dit verzoek kunnen we niet lezen" in assert_dutch_and_guarded(invalid_line, "400")
    assert m["line"].encode() not in invalid_line  # not echoed back either
    bad_header = exchange(
        port, f"GET /?q={m['query']} HTTP/1.1\r\nHost: a\r\n{m['header']}\x01: 1\r\n\r\n".encode()
    )
    assert_dutch_and_guarded(bad_header, "400")
    too_long = exchange(port, f"GET /?q={m['long']}{'a' * 5000} HTTP/1.1\r\n\r\n".encode())
    assert_dutch_and_guarded(too_long, "414")
    too_big_header = exchange(
        port, f"GET / HTTP/1.1\r\nHost: a\r\nX-Naam: {m['long']}{'b' * 9000}\r\n\r\n".encode()
    )
    assert_dutch_and_guarded(too_big_header, "431")
    charset = exchange(
        port,
        f"GET /netwerkkaart/?naam={m['charset']} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        "Content-Type: text/plain; charset=rot13\r\nConnection: close\r\n\r\n".encode(),
    )
    assert "Dit verzoek kunnen we niet lezen" in assert_dutch_and_guarded(charset, "400")
    missing = exchange(
        port,
        f"GET /{m['path']}/?q={m['query']} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        "Connection: close\r\n\r\n".encode(),
    )
    assert head_and_body(missing)[0].startswith("HTTP/1.1 404")

    log = gunicorn.stop()
    assert "Refused a request gunicorn could not read" in log  # the log was really read
    for marker in MARKERS.values():
        assert marker not in log, (marker, log)
    assert "127.0.0.1" not in log.replace(f"http://127.0.0.1:{port}", "")  # no client address


def private_logger(tmp_path, level: str = "debug") -> tuple[serving.PrivateLogger, Path]:
    log_file = tmp_path / "gunicorn-error.log"
    config = Config()
    config.set("errorlog", str(log_file))
    config.set("accesslog", str(tmp_path / "access.log"))
    config.set("loglevel", level)
    return serving.PrivateLogger(config), log_file


def test_gunicorns_logger_drops_what_clients_send(tmp_path):
    log, log_file = private_logger(tmp_path)
    log.warning(
        "Invalid request from ip={ip}: {error}".format(
            ip="203.0.113.9", error=InvalidRequestLine("GET /?naam=Sammie HTTP/1.1 x")
        )
    )
    name, charset = "Sammie", "rot13"
    try:
        name.encode(charset)  # a LookupError that quotes the charset
    except LookupError:
        log.exception("Error handling request %s %s", "GET", "/zoeken/?q=Priyanka")
    log.debug("Ignored premature client disconnection. %s", NoMoreData(b"GET /?q=Mehmet"))
    try:
        int(NAMES[0])  # a ValueError that quotes the name
    except ValueError as error:
        log.exception(error)
    log.access(None, None, {"QUERY_STRING": "q=Anneke"}, 0)
    log.info("Booting worker with pid: %s", 4242)
    for handler in logging.getLogger("gunicorn.error").handlers:
        handler.flush()

    written = log_file.read_text()
    for secret in ("Sammie", "Priyanka", "Mehmet", "Truus", "Anneke", "203.0.113.9", "rot13"):
        assert secret not in written, secret
    assert "Refused a request gunicorn could not read" in written
    assert "Error handling a request (the request is not logged)" in written
    assert "LookupError (message not logged)" in written  # the traceback itself stays
    assert "Booting worker with pid: 4242" in written  # gunicorn's own lines still work
    assert not (tmp_path / "access.log").exists() or not (tmp_path / "access.log").read_text()


def test_gunicorns_pages_carry_the_sites_security_policies():
    assert serving.CONTENT_SECURITY_POLICY == security.CONTENT_SECURITY_POLICY
    assert serving.PERMISSIONS_POLICY == security.PERMISSIONS_POLICY


def test_the_config_bounds_requests_and_logs_no_access(tmp_path):
    settings: dict = {}
    exec(
        (ROOT / "gunicorn.conf.py").read_text(),
        {"__file__": str(ROOT / "gunicorn.conf.py")},
        settings,
    )
    assert settings["accesslog"] is None
    assert settings["control_socket_disable"] is True
    assert settings["logger_class"] == "steunwijzer.core.serving.PrivateLogger"
    assert settings["limit_request_line"] <= 4094
    assert settings["limit_request_fields"] <= 100
    assert settings["limit_request_field_size"] <= 8190


def test_djangos_error_log_shows_where_but_not_what_was_typed():
    code = (
        "import django, logging; django.setup();\n"
        "try:\n    int(__import__('os').environ['NAAM'])\n"
        "except ValueError:\n    logging.getLogger('django.request').exception('Internal Server Error: /')\n"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "STEUNWIJZER_"))}
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings", "NAAM": "Priyanka"},
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "builtins.ValueError (message not logged)" in result.stderr
    assert "Priyanka" not in result.stderr
