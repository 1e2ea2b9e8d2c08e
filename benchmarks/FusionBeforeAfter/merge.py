"""Merges the JSON reports of FusionBeforeAfter/run.sh into one Markdown table of medians (ns).

Each side's rounds are pooled: the median is taken over every measured iteration of every launch of that side.
Ratios: after/before per row, and each side's median over its own HandLoop median for the same pipeline and size.
"""
import glob
import json
import os
import statistics
import sys

root = sys.argv[1]
samples = {}  # (side, type, params, method) -> [ns per op]
for path in glob.glob(os.path.join(root, "*", "results", "*.json")):
    side = os.path.basename(os.path.dirname(os.path.dirname(path))).split("-")[0]
    with open(path) as f:
        report = json.load(f)
    for b in report.get("Benchmarks", []):
        key = (side, b["Type"], b.get("Parameters", ""), b["Method"])
        values = [m["Nanoseconds"] / m["Operations"] for m in b.get("Measurements", [])
                  if m.get("IterationMode") == "Workload" and m.get("IterationStage") == "Result"]
        if not values and b.get("Statistics"):
            values = [b["Statistics"]["Median"]]
        samples.setdefault(key, []).extend(values)

median = {k: statistics.median(v) for k, v in samples.items() if v}
rows = sorted({(t, p, m) for (_, t, p, m) in median})
print("| pipeline | params | method | before ns | after ns | after/before | before/hand | after/hand |")
print("|---|---|---|---:|---:|---:|---:|---:|")
for t, p, m in rows:
    b, a = median.get(("before", t, p, m)), median.get(("after", t, p, m))
    hb, ha = median.get(("before", t, p, "HandLoop")), median.get(("after", t, p, "HandLoop"))
    def fmt(x): return f"{x:,.0f}" if x is not None else "-"
    def ratio(x, y): return f"{x / y:.2f}" if x is not None and y else "-"
    print(f"| {t.replace('Benchmark', '')} | {p} | {m} | {fmt(b)} | {fmt(a)} | {ratio(a, b)} | {ratio(b, hb)} | {ratio(a, ha)} |")
