"""Benchmarks: `make bench` prints figures; nothing here fails a build.

Each module in this package with a `run()` function is a benchmark. `run()` prints its
own lines; use `bench.timing.report` for the common format.
"""
