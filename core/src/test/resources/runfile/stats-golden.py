"""Regenerates stats-golden.json: pytest-benchmark's own Stats over fixed data sets.

    python3 stats-golden.py > stats-golden.json

TimingStatsTest checks dev.benchmem.harness.timing.TimingStats against every value.
"""
import json
import random

from pytest_benchmark.stats import Stats

rng = random.Random(20261127)
cases = {f"n{n}": [round(rng.uniform(1e-6, 2e-6), 12) for _ in range(n)] for n in range(1, 12)}
cases["ties"] = [3e-6, 1e-6, 1e-6, 2e-6, 2e-6, 2e-6, 5e-6, 1e-6]
cases["outliers_low_high"] = [1e-3] * 20 + [1.01e-3, 0.99e-3, 5e-3, 0.2e-3, 1.02e-3]
cases["long_tail"] = [round(rng.lognormvariate(-11, 0.4), 12) for _ in range(1001)]
cases["long_tail_even"] = [round(rng.lognormvariate(-9, 0.8), 12) for _ in range(998)]

out = []
for name, data in cases.items():
    s = Stats()
    for d in data:
        s.update(d)
    out.append({"case": name, "data": data, "stats": s.as_dict()})
print(json.dumps(out, indent=1))
