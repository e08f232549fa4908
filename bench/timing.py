"""Timing helpers shared by the benchmarks."""

import statistics
import time
from collections.abc import Callable


def measure(action: Callable[[], object], *, repeat: int = 50, warmup: int = 3) -> list[float]:
    """Wall-clock milliseconds of `repeat` calls of `action`, after `warmup` calls."""
    for _ in range(warmup):
        action()
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def report(label: str, timings: list[float], *, target_ms: float | None = None) -> None:
    """Print median and p95 of `timings` (ms), and the target when there is one."""
    ordered = sorted(timings)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    target = f"  (target: median < {target_ms:g} ms)" if target_ms else ""
    print(
        f"{label:<48} median {statistics.median(ordered):8.2f} ms   "
        f"p95 {p95:8.2f} ms   n={len(ordered)}{target}"
    )
