#!/usr/bin/env python3
"""Keeps bench/results.json: one section per part of scripts/bench, each with when and where it
was measured, so a partial run updates its own figures and leaves the others.

  results.py put SECTION FILE.json        the section is that JSON
  results.py criterion SECTION DIR        the section is criterion's estimates found under DIR
  results.py table                        prints the startup, memory and size table (README)
"""
import datetime
import json
import os
import platform
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RESULTS = os.path.join(HERE, "results.json")


def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "?")
    except OSError:
        pass
    mem = 0
    try:
        with open("/proc/meminfo") as f:
            mem = int(next(l for l in f if l.startswith("MemTotal")).split()[1]) // 1024
    except (OSError, StopIteration):
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_mib": mem, "system": platform.platform()}


def load():
    try:
        with open(RESULTS) as f:
            return json.load(f)
    except (OSError, ValueError):
        return {}


def put(section, value):
    results = load()
    results[section] = {
        "measured": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "figures": value,
    }
    with open(RESULTS, "w") as f:
        json.dump(results, f, indent=1, sort_keys=True)
        f.write("\n")


def criterion(root):
    out = {}
    for d, _, files in os.walk(root):
        if "estimates.json" in files and os.path.basename(d) == "new":
            with open(os.path.join(d, "estimates.json")) as f:
                e = json.load(f)
            bench = os.path.dirname(d)
            name = os.path.relpath(bench, root)
            try:
                with open(os.path.join(d, "benchmark.json")) as f:
                    name = json.load(f).get("full_id", name)
            except (OSError, ValueError):
                pass
            out[name] = {
                "median_ns": round(e["median"]["point_estimate"]),
                "mean_ns": round(e["mean"]["point_estimate"]),
                "mean_ci_ns": [round(e["mean"]["confidence_interval"]["lower_bound"]), round(e["mean"]["confidence_interval"]["upper_bound"])],
            }
    return out


def fmt_ms(s):
    return "-" if not s else f"{s['median']:.0f} ms ({s['min']:.0f}–{s['max']:.0f})"


def table():
    r = load()
    st = r.get("startup", {}).get("figures", {}).get("apps", {})
    sizes = r.get("sizes", {}).get("figures", {})
    base = st.get("baseline", {})
    rows = []
    for name, a in st.items():
        painted = a.get("marks_ms", {}).get("painted")
        ratio = painted["median"] / base["marks_ms"]["painted"]["median"] if painted and base.get("marks_ms", {}).get("painted") else None
        mem = a.get("pss_mib")
        mratio = mem["median"] / base["pss_mib"]["median"] if mem and base.get("pss_mib") else None
        rows.append((name, fmt_ms(painted), fmt_ms(a.get("screen_ms")), f"{ratio:.2f}x" if ratio else "-",
                     f"{mem['median']:.0f} MiB" if mem else "-", f"{mratio:.2f}x" if mratio else "-"))
    print("| app | to first paint (median, min–max) | seen on screen by | ratio | idle PSS at 10 s | ratio |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    if sizes:
        print()
        print("| file | Crescendo | empty Tauri app | ratio |")
        print("|---|---|---|---|")
        for what, pair in sizes.items():
            c, b = pair.get("crescendo"), pair.get("baseline")
            def mb(n):
                return "-" if n is None else f"{n / 1048576:.1f} MiB"
            print(f"| {what} | {mb(c)} | {mb(b)} | {'-' if not (c and b) else f'{c / b:.2f}x'} |")
    img = r.get("appimage", {}).get("figures")
    if img:
        shown = img.get("note") if not img.get("crescendo") else "%.1f MiB" % (img["crescendo"] / 1048576)
        print(f"| AppImage | {shown} | - | - |")


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == "put":
        with open(sys.argv[3]) as f:
            put(sys.argv[2], json.load(f))
    elif len(sys.argv) >= 4 and sys.argv[1] == "criterion":
        put(sys.argv[2], criterion(sys.argv[3]))
    elif len(sys.argv) >= 2 and sys.argv[1] == "table":
        table()
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
