"""Two app instances behind nginx on PostgreSQL, on this machine (loopback only).

    python deploy/scale.py up      # start the set-up and keep it running (Ctrl-C stops it)
    python deploy/scale.py check   # start it, run the kill and reload checks, stop (bounded)

Each instance is `make run`'s server (granian + steunwijzer.prerender.wsgi) with its own
folder of pre-rendered pages, as if it ran on a machine of its own: a content load on
"machine A" re-renders A's folder; instance B sees the new content version in the database,
answers through Django meanwhile and re-renders its own folder (docs/deploy.md).

Every process started here is stopped by its own id at the end; every load test has a fixed
duration and talks to 127.0.0.1 only.
"""

import argparse
import http.client
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.servers import SERVE_ARGS, nginx, stop, wait_until_up  # noqa: E402

DATABASE = os.environ.get(
    "SCALE_DATABASE_URL", "postgres://steunwijzer:steunwijzer@127.0.0.1:5432/sw_scale"
)
NGINX_PORT = int(os.environ.get("SCALE_PORT", "18510"))
APP_PORTS = [NGINX_PORT + 1 + number for number in range(int(os.environ.get("SCALE_APPS", "2")))]
STATE = Path(os.environ.get("SCALE_STATE", "/tmp/steunwijzer-scale"))
THEME = "negatieve-gevolgen"
THEME_URL = f"/thema/{THEME}/"
MARKER = re.compile(rb"\[proefversie (\d+)\]")
PLAN_URL = (
    "/steunplan/advies/?rol=school&leeftijd=8-11&ouder=vader&fase=detentie&gebeurtenis=pesten"
)


def env_for(instance: int) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": DATABASE,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "STEUNWIJZER_PRERENDER_DIR": str(STATE / f"app-{instance}" / "prerendered"),
    }


def manage(*args: str, instance: int = 0) -> str:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env_for(instance),
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def create_database() -> None:
    import psycopg

    parts = urllib.parse.urlsplit(DATABASE)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def prepare() -> None:
    STATE.mkdir(parents=True, exist_ok=True)
    create_database()
    manage("migrate", "--noinput")
    manage("collectstatic", "--noinput", "--verbosity", "0")
    manage("load_content")  # loads and pre-renders on instance 0's "machine"


@contextmanager
def instance(number: int):
    """One app instance: re-render its folder if stale (start-up), then serve."""
    manage("prerender_pages", "--if-stale", instance=number)
    with open(STATE / f"app-{number}.log", "ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "granian", *SERVE_ARGS.split()]
            + ["--host", "127.0.0.1", "--port", str(APP_PORTS[number])],
            cwd=ROOT,
            env=env_for(number),
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        try:
            wait_until_up(f"http://127.0.0.1:{APP_PORTS[number]}/healthz")
            yield process
        finally:
            stop(process)


def nginx_config() -> str:
    template = (ROOT / "deploy" / "nginx.conf.template").read_text()
    upstreams = "\n".join(
        f"    server 127.0.0.1:{port} max_fails=1 fail_timeout=5s;" for port in APP_PORTS
    )
    return (
        template.replace("@UPSTREAMS@", upstreams)
        .replace("@LISTEN@", f"127.0.0.1:{NGINX_PORT}")
        .replace("@STATIC_ROOT@", str(ROOT / "staticfiles"))
        .replace("@STATE@", "@TMP@")
    )


@contextmanager
def setup():
    prepare()
    with ExitStack() as stack:
        processes = [stack.enter_context(instance(n)) for n in range(len(APP_PORTS))]
        stack.enter_context(nginx(nginx_config()))
        wait_until_up(f"http://127.0.0.1:{NGINX_PORT}/")
        yield processes


def up() -> None:
    with setup():
        print(f"Steunwijzer behind nginx: http://127.0.0.1:{NGINX_PORT}/ (apps on {APP_PORTS})")
        print("Ctrl-C stops nginx and the instances.")
        with suppress(KeyboardInterrupt):
            signal.pause()


# --- the checks -----------------------------------------------------------------------


def wrk(url: str, *, seconds: int, connections: int, script: Path | None = None):
    """wrk in the background, loopback only; its output when it ends."""
    assert url.startswith("http://127.0.0.1:")
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
    command += ["-s", str(script)] if script else []
    return subprocess.Popen([*command, url], stdout=subprocess.PIPE, text=True)


def wrk_result(process: subprocess.Popen) -> dict:
    output = process.communicate(timeout=120)[0]
    requests = re.search(r"(\d+) requests in", output)
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    return {
        "requests": int(requests.group(1)) if requests else 0,
        "failed": (int(non2xx.group(1)) if non2xx else 0)
        + (sum(map(int, errors.groups())) if errors else 0),
    }


def map_post_script() -> Path:
    """A wrk script that POSTs a network map of 6 people (stateless: safe to retry)."""
    os.environ.update(env_for(0))
    import django

    django.setup()
    from bench.netwerkkaart import full_map
    from steunwijzer.netwerkkaart.model import NetworkMap, map_to_json

    spread = full_map()
    state = map_to_json(NetworkMap(kind=spread.kind, personen=spread.personen[:6]))
    body = urllib.parse.urlencode({"kaart": state, "actie": "annuleren"})
    script = STATE / "map-post.lua"
    script.write_text(
        'wrk.method = "POST"\n'
        f"wrk.body = {lua_string(body)}\n"
        'wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n'
    )
    return script


def lua_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def kill_check(processes: list[subprocess.Popen]) -> None:
    base = f"http://127.0.0.1:{NGINX_PORT}"
    seconds = 8
    runs = {
        "content page": wrk(base + THEME_URL, seconds=seconds, connections=8),
        "plan page": wrk(base + PLAN_URL, seconds=seconds, connections=4),
        "map POST": wrk(
            base + "/netwerkkaart/", seconds=seconds, connections=4, script=map_post_script()
        ),
    }
    time.sleep(3)
    victim = processes[-1]
    os.killpg(victim.pid, signal.SIGKILL)  # the whole instance, workers included
    killed_at = time.strftime("%H:%M:%S UTC", time.gmtime())
    print(
        f"kill check: instance on port {APP_PORTS[-1]} killed (SIGKILL) at {killed_at}, 3 s into {seconds} s of load"
    )
    total = failed = 0
    for name, process in runs.items():
        result = wrk_result(process)
        total, failed = total + result["requests"], failed + result["failed"]
        print(f"  {name:<14} {result['requests']:7d} requests   {result['failed']} failed")
    print(f"  all            {total:7d} requests   {failed} failed")


def variant(number: int) -> Path:
    """A copy of the content with a marker in the theme's title and in its first item."""
    import yaml

    folder = STATE / f"content-{number}"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(ROOT / "content", folder)
    path = folder / "themes" / f"{THEME}.yaml"
    theme = yaml.safe_load(path.read_text())
    theme["title"] = f"{theme['title']} [proefversie {number}]"
    theme["items"][0]["title"] = f"{theme['items'][0]['title']} [proefversie {number}]"
    path.write_text(yaml.safe_dump(theme, allow_unicode=True, sort_keys=False))
    return folder


def reload_check() -> None:
    base = f"http://127.0.0.1:{NGINX_PORT}"
    done = threading.Event()
    seen: dict[str, int] = {"requests": 0, "errors": 0, "mixed": 0}
    versions: set[bytes] = set()
    lock = threading.Lock()

    def reader() -> None:
        while not done.is_set():
            try:
                with urllib.request.urlopen(base + THEME_URL, timeout=10) as response:
                    body = response.read()
                markers = set(MARKER.findall(body))
                with lock:
                    seen["requests"] += 1
                    versions.update(markers)
                    if len(markers) > 1 or (markers and len(MARKER.findall(body)) < 2):
                        seen["mixed"] += 1
                        (STATE / f"mixed-{seen['mixed']}.html").write_bytes(body)
            except (OSError, http.client.HTTPException):
                with lock:
                    seen["requests"] += 1
                    seen["errors"] += 1

    background = wrk(base + "/", seconds=20, connections=8)
    readers = [threading.Thread(target=reader) for _ in range(4)]
    for thread in readers:
        thread.start()
    lags = []
    for number in (1, 2, 3):
        folder = variant(number)
        started = time.monotonic()
        manage("load_content", "--path", str(folder), instance=0)
        loaded = time.monotonic()
        expected = f"[proefversie {number}]".encode()
        per_instance = []
        for port in APP_PORTS:
            while time.monotonic() - loaded < 20:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{THEME_URL}") as response:
                    if expected in response.read():
                        break
                time.sleep(0.05)
            per_instance.append(time.monotonic() - loaded)
        lags.append((loaded - started, per_instance))
    time.sleep(1)
    done.set()
    for thread in readers:
        thread.join()
    load = wrk_result(background)
    print(
        "reload check: 3 content loads (run on the first instance's machine) while 4 readers fetch the theme"
    )
    print("page through nginx and wrk loads the home page through nginx")
    for number, (took, per_instance) in enumerate(lags, 1):
        shown = ", ".join(
            f"port {port}: {lag:.2f} s" for port, lag in zip(APP_PORTS, per_instance, strict=True)
        )
        print(
            f"  load {number}: took {took:.1f} s; new title shown after the load returned: {shown}"
        )
    print(
        f"  theme page reads {seen['requests']}, errors {seen['errors']}, mixed pages {seen['mixed']}, "
        f"versions seen {sorted(int(v) for v in versions)}"
    )
    print(f"  home page under wrk: {load['requests']} requests, {load['failed']} failed")
    manage("load_content", instance=0)  # back to the real content
    wait_for(lambda body: MARKER.search(body) is None)


def wait_for(test, *, seconds: float = 30) -> None:
    """Until every instance's theme page passes `test` (their folders are fresh)."""
    deadline = time.monotonic() + seconds
    for port in APP_PORTS:
        while time.monotonic() < deadline:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{THEME_URL}") as response:
                if test(response.read()):
                    break
            time.sleep(0.1)


def check() -> None:
    with setup() as processes:
        reload_check()
        kill_check(processes)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["up", "check"])
    {"up": up, "check": check}[parser.parse_args().action]()
