"""Start real servers on loopback for the load benches: the app as `make run` serves it,
nginx serving the same pre-rendered files, and wrk against them. Everything stops by itself:
wrk runs for a fixed duration and every process started here is ended by its own id.
"""

import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The server arguments of `make run` (the Makefile passes its GRANIAN_ARGS).
SERVE_ARGS = os.environ.get(
    "STEUNWIJZER_SERVE_ARGS",
    "--interface wsgi --workers 2 --backpressure 16 --no-access-log --log-level warning "
    "steunwijzer.prerender.wsgi:application",
)
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
WRK = shutil.which("wrk") or "/usr/bin/wrk"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, *, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {seconds:.0f} s")


def stop(process: subprocess.Popen) -> None:
    """End a process this module started (its own process group), by its id."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@contextmanager
def app_server(*, port: int, env: dict[str, str], args: str = SERVE_ARGS):
    """The app under granian with `make run`'s arguments, on 127.0.0.1:port."""
    command = [sys.executable, "-m", "granian", *shlex.split(args)]
    command += ["--host", "127.0.0.1", "--port", str(port)]
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_until_up(f"http://127.0.0.1:{port}/healthz")
        yield process
    finally:
        stop(process)


@contextmanager
def nginx(config: str):
    """nginx (not as a daemon) with `config`, a full nginx.conf whose paths are absolute."""
    folder = Path(tempfile.mkdtemp(prefix="steunwijzer-nginx-"))
    folder.chmod(0o755)  # nginx's workers run as another user
    (folder / "logs").mkdir()
    conf = folder / "nginx.conf"
    conf.write_text(config.replace("@TMP@", str(folder)))
    process = subprocess.Popen(
        [NGINX, "-p", str(folder), "-c", str(conf), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    time.sleep(0.5)
    if process.poll() is not None:
        raise RuntimeError(f"nginx did not start: {process.stderr.read().decode()}")
    try:
        yield folder
    finally:
        stop(process)
        shutil.rmtree(folder, ignore_errors=True)


def static_nginx_config(*, port: int, root: Path) -> str:
    """nginx serving the pre-rendered files as they are: the baseline of the ratio."""
    return f"""
worker_processes 2;
pid @TMP@/nginx.pid;
error_log @TMP@/logs/error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  include /etc/nginx/mime.types;
  default_type text/html;
  client_body_temp_path @TMP@/body; proxy_temp_path @TMP@/proxy;
  fastcgi_temp_path @TMP@/fcgi; uwsgi_temp_path @TMP@/uwsgi; scgi_temp_path @TMP@/scgi;
  server {{
    listen 127.0.0.1:{port};
    root {root};
    index index.html;
  }}
}}
"""


def wrk(url: str, *, seconds: int = 5, threads: int = 2, connections: int = 32) -> dict:
    """Requests per second and errors of a wrk run (loopback only, fixed duration)."""
    if not url.startswith("http://127.0.0.1:"):
        raise ValueError("Load tests only run against 127.0.0.1")
    output = subprocess.run(
        [WRK, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", url],
        capture_output=True,
        text=True,
        timeout=seconds + 30,
    ).stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    return {
        "rps": float(rate.group(1)) if rate else 0.0,
        "non2xx": int(non2xx.group(1)) if non2xx else 0,
        "socket_errors": sum(map(int, errors.groups())) if errors else 0,
    }
