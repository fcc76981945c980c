"""Regenerates pytest-benchmem-0.5.json: a pytest-benchmark 5.2.3 run whose extra_info carries
memory exactly as pytest-benchmem 0.5.0 records it.

    python3 -m pytest -q -p no:cacheprovider test_benchmem05.py \
        --benchmark-json=pytest-benchmem-0.5.json --benchmark-min-rounds=5 \
        --benchmark-max-time=0.001 --benchmark-warmup=off

pytest-benchmem 0.5.0 (src/pytest_benchmem/pytest_plugin.py, _record_memory) sets
benchmark.extra_info["benchmem"] = MemoryResult.as_dict() (src/pytest_benchmem/memray.py):
the per-pass series in SERIES_FIELDS order (peak_bytes, allocations, total_bytes), then
rss_bytes (OPTIONAL_SERIES_FIELDS) when every pass ran isolated; pytest-benchmark writes the
file. The series below are what those passes could read: memray itself is not installed here.
"""
import pytest


@pytest.mark.parametrize("n", [1000, 100000])
def test_build(benchmark, n):
    benchmark.extra_info["op"] = "build"
    benchmark.extra_info["benchmem"] = {
        "peak_bytes": [8 * n + 56, 8 * n + 56, 8 * n + 88],
        "allocations": [1, 1, 2],
        "total_bytes": [8 * n + 56, 8 * n + 56, 8 * n + 120],
        "rss_bytes": [31_457_280 + 8 * n, 31_461_376 + 8 * n, 31_453_184 + 8 * n],
    }
    benchmark(lambda: list(range(n)))


@pytest.mark.benchmark(group="in-process")
def test_sort(benchmark):
    data = list(range(1000, 0, -1))
    benchmark.extra_info["benchmem"] = {
        "peak_bytes": [8056, 8056],
        "allocations": [1, 1],
        "total_bytes": [8056, 8056],
    }
    benchmark(sorted, data)
