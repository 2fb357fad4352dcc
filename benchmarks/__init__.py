"""Benchmarks: ``make bench`` runs every ``benchmarks/bench_*.py`` as ``python -m benchmarks.NAME``.

Each prints its figures and writes them to ``benchmarks/results/NAME.json`` (git-ignored). They
report ratios against a baseline measured in the same run, so a busy machine skews both sides
alike; they are measurements, not timed tests.
"""
