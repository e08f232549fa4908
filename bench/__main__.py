"""Run every benchmark module (or those named on the command line) against a fresh,
loaded SQLite database in a temporary folder."""

import importlib
import os
import pkgutil
import sys
import tempfile
from pathlib import Path


def main(names: list[str]) -> None:
    folder = tempfile.mkdtemp(prefix="steunwijzer-bench-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("STEUNWIJZER_PRERENDER_DIR", str(Path(folder) / "prerendered"))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    with open(os.devnull, "w") as quiet:
        call_command("load_content", verbosity=0, stdout=quiet)
    import bench

    modules = names or sorted(
        info.name for info in pkgutil.iter_modules(bench.__path__) if info.name != "timing"
    )
    for name in modules:
        module = importlib.import_module(f"bench.{name}")
        if hasattr(module, "run"):
            print(f"== {name}")
            module.run()


if __name__ == "__main__":
    main(sys.argv[1:])
