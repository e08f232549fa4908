"""The link checker against a real HTTP server on 127.0.0.1."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from steunwijzer.content.linkcheck import check_url

from .factories import minimal_content, write_content


class Handler(BaseHTTPRequestHandler):
    def do_HEAD(self):
        if self.path == "/no-head":
            self.send_response(405)
            self.end_headers()
            return
        self.do_GET()

    def do_GET(self):
        if self.path in ("/ok", "/no-head", "/new-place"):
            self.send_response(200)
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/new-place")
        else:
            self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_live_link_is_ok(server):
    result = check_url(f"{server}/ok")
    assert result.ok and not result.moved and result.status == 200


def test_a_missing_page_is_broken(server):
    result = check_url(f"{server}/gone")
    assert not result.ok and result.problem == "HTTP 404"


def test_a_redirect_is_ok_but_reported_as_moved(server):
    result = check_url(f"{server}/moved")
    assert result.ok and result.moved and result.final_url == f"{server}/new-place"


def test_a_server_that_refuses_head_is_asked_with_get(server):
    assert check_url(f"{server}/no-head").ok


def test_a_host_that_does_not_answer_is_broken():
    result = check_url("http://127.0.0.1:9/", timeout=2)
    assert not result.ok and result.problem.startswith("no answer")


def test_the_command_lists_each_link_and_fails_on_a_broken_one(server, tmp_path, capsys):
    files = minimal_content()
    files["resources.yaml"]["resources"][0]["url"] = f"{server}/gone"
    files["sources.yaml"]["sources"][0]["url"] = f"{server}/moved"
    with pytest.raises(CommandError, match="1 of 2 links are broken"):
        call_command("check_links", path=write_content(tmp_path, files))
    out = capsys.readouterr().out
    assert f"BROKEN  resource gouden-gids: {server}/gone (HTTP 404)" in out
    assert f"MOVED   source infographic: {server}/moved -> {server}/new-place" in out


def test_the_command_succeeds_when_every_link_answers(server, tmp_path, capsys):
    files = minimal_content()
    files["resources.yaml"]["resources"][0]["url"] = f"{server}/ok"
    files["sources.yaml"]["sources"][0]["url"] = f"{server}/no-head"
    call_command("check_links", path=write_content(tmp_path, files))
    assert "All 2 links answer." in capsys.readouterr().out
