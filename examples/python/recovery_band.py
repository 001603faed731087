#!/usr/bin/env python3
"""Inertia from Python: a population run read with pandas, drawn with matplotlib.

Runs `inertia run SCENARIO --subjects 1000` with the population CSV (median and 5th-95th
percentile per day) and the per-subject CSV (every subject's value on every day), then draws the
band, the median and a few individual subjects, and prints when the median is lowest and when it
is back to 95 % of baseline.

usage: python3 examples/python/recovery_band.py [SCENARIO.yaml] [OUT.png]
needs: Debian's python3-pandas and python3-matplotlib (or pip's pandas and matplotlib)
The command that runs Inertia is the repository's ./inertia launcher, or the INERTIA environment
variable (a shell-style command line, e.g. INERTIA="java -jar cli/target/inertia.jar").
"""
import os
import shlex
import subprocess
import sys
import tempfile

import matplotlib

matplotlib.use("Agg")  # no display needed
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MEASURE = "strength.knee_extensors"


def inertia(*args):
    command = shlex.split(os.environ.get("INERTIA", "")) or [os.path.join(ROOT, "inertia")]
    subprocess.run(command + list(args), check=True, stdout=subprocess.DEVNULL)


def main():
    scenario = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "scenarios", "bed-rest-7d-then-walking.yaml")
    out = sys.argv[2] if len(sys.argv) > 2 else "recovery_band.png"
    with tempfile.TemporaryDirectory() as tmp:
        band_csv = os.path.join(tmp, "population.csv")
        subjects_csv = os.path.join(tmp, "subjects.csv")
        inertia("run", scenario, "--subjects", "1000", "--seed", "1", "-q", "--measure", MEASURE,
                "--csv", band_csv, "--subjects-csv", subjects_csv)
        band = pd.read_csv(band_csv)          # scenario,day,measure,value,lower,upper
        people = pd.read_csv(subjects_csv)    # scenario,subject,day,measure,value

    band = band[band.measure == MEASURE]
    people = people[people.measure == MEASURE]
    name = band.scenario.iloc[0]

    fig, ax = plt.subplots(figsize=(8, 4.5))
    ax.fill_between(band.day, band.lower, band.upper, color="tab:blue", alpha=0.2,
                    label="5th-95th percentile of 1,000 subjects")
    for subject, one in people[people.subject <= 5].groupby("subject"):
        ax.plot(one.day, one.value, color="grey", linewidth=0.8, label="single subjects" if subject == 1 else None)
    ax.plot(band.day, band.value, color="tab:blue", linewidth=2, label="median")
    ax.axhline(100, color="black", linestyle="--", linewidth=0.8)
    ax.set_xlabel("Day")
    ax.set_ylabel("Knee-extensor strength, % of baseline")
    ax.set_title(name)
    ax.legend(loc="lower right")
    fig.tight_layout()
    fig.savefig(out, dpi=100)

    lowest = band.loc[band.value.idxmin()]
    back = band[(band.day > lowest.day) & (band.value >= 95)]
    per_subject_low = people.groupby("subject").value.min()
    print(f"{name}: median lowest {lowest.value:.1f} % on day {int(lowest.day)}; "
          + (f"back to 95 % on day {int(back.day.iloc[0])}" if len(back) else "not back to 95 % within the scenario")
          + f"; subjects' own lowest points: median {per_subject_low.median():.1f} %, "
          + f"{(per_subject_low < 90).mean() * 100:.0f} % of subjects below 90 %")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
