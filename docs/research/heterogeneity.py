#!/usr/bin/env python3
"""How much of Inertia's error against an evidence set is irreducible?

Two evidence sets (families):
  muscle   strength and size of muscles: manifest studies.csv
  aerobic  aerobic capacity (VO2max): the vo2max rows of manifest whole-body.csv

Each run reads the comparison CSV that `./inertia evidence` writes (published and simulated % change
per row), the family's evidence manifest and the scenario files it names. Stdlib only.

1. Sampling-error floor: the standard error (SE) of each published mean change.
2. Replicate groups: rows from different cohorts with alike protocols; the spread of the model's
   residuals within a group estimates between-study disagreement; tau by method of moments.
3. The expected RMSE floor sqrt(SE^2 + tau^2) and the largest misses.

Usage, from the repository root:
  ./inertia evidence --csv ev.csv
  python3 docs/research/heterogeneity.py ev.csv
  ./inertia evidence --family aerobic --csv aer.csv
  python3 docs/research/heterogeneity.py --family aerobic aer.csv
"""
import argparse, csv, math, os, random, statistics, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
CATS = ["disuse", "recovery", "exercise", "training"]
DAY_TOL = 0.30  # every day in a group within +/-30 % of the group's median day


def model_errors(rows, repo, holdout):
    """The model's RMSE per category: in sample from the comparison CSV's differences, held out
    from the stored leave-one-study-out file that CalibrationUpdate writes."""
    ins = {"all": rms(float(r["difference"]) for r in rows)}
    for c in CATS:
        ins[c] = rms(float(r["difference"]) for r in rows if r["category"] == c)
    held = {r["category"]: float(r["rmse_pp"])
            for r in csv.DictReader(line for line in open(os.path.join(repo, holdout), newline="")
                                    if not line.startswith("#"))}
    return {"in-sample": {k: round(v, 2) for k, v in ins.items()}, "held-out": held}


def rms(v):
    v = list(v)
    return math.sqrt(sum(x * x for x in v) / len(v)) if v else float("nan")


def f(x, d=2):
    return f"{x:.{d}f}"


def parse_scenario(path):
    """Minimal reader for the evidence scenario files: subject and phases with exercise activities."""
    subj, phases, cur = {}, [], None
    section = None
    for raw in open(path):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        s = line.strip()
        if line.startswith("subject:"):
            section = "subject"; continue
        if line.startswith("phases:"):
            section = "phases"; continue
        if not line.startswith(" "):
            section = None; continue
        if section == "subject" and ":" in s:
            k, v = s.split(":", 1); subj[k.strip()] = v.strip()
        elif section == "phases":
            if s.startswith("- name:"):
                cur = {"days": 0, "mobility": None, "activities": [], "ex": []}; phases.append(cur)
            elif s.startswith("days:"):
                cur["days"] = int(s.split(":")[1])
            elif s.startswith("mobility:"):
                cur["mobility"] = s.split(":")[1].strip()
            elif s.startswith("- activity:"):
                cur["activities"].append(s.split(":")[1].strip())
                cur["ex"].append({"activity": s.split(":")[1].strip()})
            elif cur["ex"] and s.split(":")[0] in ("intensity", "minutes", "sessions-per-week", "sets", "load"):
                k, v = s.split(":", 1); cur["ex"][-1][k] = v.strip()
    return subj, phases


def find_scenario(repo, name):
    """The scenario file a manifest row names: scenarios/evidence/, else anywhere under scenarios/."""
    for d in ("scenarios/evidence", "scenarios"):
        p = os.path.join(repo, d, name)
        if os.path.exists(p):
            return p
    for root, _, files in os.walk(os.path.join(repo, "scenarios")):
        if name in files:
            return os.path.join(root, name)
    sys.exit(f"scenario file {name} not found under {os.path.join(repo, 'scenarios')}")


def age_band(a):
    return "young" if a < 45 else ("middle-aged" if a < 60 else "older")


def fits(members):
    # every phase length within +/-DAY_TOL of the members' median for that phase
    for j in range(len(members[0]["days"])):
        med = statistics.median(m["days"][j] for m in members)
        if any(abs(m["days"][j] - med) > DAY_TOL * med + 1e-9 for m in members):
            return False
    return True


def study_entries(cluster):
    """One entry per cohort: mean residual, SE of that mean (arms are independent people)."""
    by = {}
    for m in cluster:
        by.setdefault(m["cohort"], []).append(m)
    out = []
    for c, ms in by.items():
        k = len(ms)
        out.append({"cohort": c, "rows": ms, "res": sum(m["difference"] for m in ms) / k,
                    "pub": sum(m["published"] for m in ms) / k,
                    "se2": sum(m["se"] ** 2 for m in ms) / k ** 2})
    return out


def tau2_mom(gs):
    df = sum(g["k"] - 1 for g in gs)
    ss = sum(g["ss"] for g in gs)
    se = sum(g["se2_adj"] for g in gs)
    return (ss - se) / df, ss / df, se / df, df


def tau2_dl(gs):
    Q = sum(g["Q"] for g in gs); df = sum(g["k"] - 1 for g in gs); C = sum(g["C"] for g in gs)
    return (Q - df) / C, Q, df


def group_stats(name, cat, cl):
    ents = study_entries(cl)
    k = len(ents)
    res = [e["res"] for e in ents]
    mean = sum(res) / k
    ss = sum((x - mean) ** 2 for x in res)
    w = [1 / e["se2"] for e in ents]
    wm = sum(wi * x for wi, x in zip(w, res)) / sum(w)
    return {"name": name, "cat": cat, "ents": ents, "k": k, "ss": ss, "sd": math.sqrt(ss / (k - 1)),
            "Q": sum(wi * (x - wm) ** 2 for wi, x in zip(w, res)),
            "C": sum(w) - sum(wi * wi for wi in w) / sum(w),
            "se2_adj": (1 - 1 / k) * sum(e["se2"] for e in ents),
            "mse2": sum(e["se2"] for e in ents) / k}


def tau2_pairs(keyed):
    """tau^2 from every pair of rows of different cohorts under one key whose days fit one group
    (no fixed split of the day window). Returns (tau^2, the pairs)."""
    pairs = []
    for key, rs in keyed.items():
        for i, a in enumerate(rs):
            for b in rs[i + 1:]:
                if a["cohort"] == b["cohort"] or not fits([a, b]):
                    continue
                pairs.append(((a["difference"] - b["difference"]) ** 2 / 2, (a["se"] ** 2 + b["se"] ** 2) / 2))
    return statistics.mean(p[0] for p in pairs) - statistics.mean(p[1] for p in pairs), pairs


def bootstrap_tau(G, draws=4000, seed=20260):
    """90 % interval of the method-of-moments tau, resampling groups (few groups: how unsure is tau?)."""
    rng = random.Random(seed)
    boots = []
    for _ in range(draws):
        s = [rng.choice(G) for _ in G]
        if sum(g["k"] - 1 for g in s) == 0:
            continue
        boots.append(math.sqrt(max(0, tau2_mom(s)[0])))
    boots.sort()
    return boots[int(0.05 * len(boots))], boots[int(0.95 * len(boots)) - 1]


def print_groups(G, prefix, cohort_width, ids_width, age_width):
    """Names the groups (prefix and number) and prints each one's cohorts and residual spread."""
    for i, g in enumerate(G, 1):
        g["id"] = f"{prefix}{i}"
        print(f"{g['id']} [{g['cat']}] {g['name']}")
        for e in g["ents"]:
            ids = ",".join(m["id"] for m in e["rows"])
            pubs = "/".join(f"{m['published']:+.1f}" for m in e["rows"])
            sims = "/".join(f"{m['simulated']:+.1f}" for m in e["rows"])
            days = "/".join(str(int(m["day"])) for m in e["rows"])
            ages = "/".join(str(int(m["age"])) for m in e["rows"])
            print(f"   {e['cohort'][:cohort_width]:{cohort_width}} {ids:{ids_width}} day {days:8} "
                  f"age {ages:{age_width}} pub {pubs:12} sim {sims:12} "
                  f"res {e['res']:+6.2f}  SE {math.sqrt(e['se2']):5.2f}")
        print(f"   residual SD {f(g['sd'])}  RMS SE {f(math.sqrt(g['mse2']))}  "
              f"range of residuals {f(max(e['res'] for e in g['ents']) - min(e['res'] for e in g['ents']))}  "
              f"Q {f(g['Q'])} on {g['k']-1} df")


def floor_table(rows, label, width):
    """Prints and returns the RMS of the rows' SEs, overall and per category: (count, RMS SE)."""
    out = {}
    for c in ["all"] + CATS:
        rs = [r for r in rows if c == "all" or r["category"] == c]
        out[c] = (len(rs), rms(r["se"] for r in rs))
    print(f"{label:<{width}}" + "  ".join(f"{c} {f(out[c][1])} (n={out[c][0]})" for c in out))
    return out


# ==================================================================== muscle
MUSCLE_MANIFEST = "sim/src/main/resources/org/inertia/sim/evidence/studies.csv"
MUSCLE_HOLDOUT = "sim/src/main/resources/org/inertia/sim/evidence/default-holdout.csv"
MUSCLE_TARGET = {"in-sample": 3.0, "held-out": 4.0}
META_ROWS = {"E43"}  # Fazzini 2023: a meta-analytic pooled rate (n = 1773), not one cohort
# Studies in the set that report the same cohort (docs/evidence-notes.md): one cohort in the groups.
COHORT = {
    "Mulder 2006": "1st Berlin BedRest", "Buehring 2011": "1st Berlin BedRest",
    "Belavy 2009": "1st Berlin BedRest",
    "Trappe 2007": "WISE-2005", "WISE-2005 paraspinal 2016": "WISE-2005",
    "Kortebein 2008": "UTMB 10-d older bed rest (probable)",
    "Lombeida 2006": "UTMB 10-d older bed rest (probable)",
}


def muscle(ev_path, repo):
    """The muscle evidence set; prints the same numbers as the first version of this script."""
    TARGET = MUSCLE_TARGET
    MANIFEST = os.path.join(repo, MUSCLE_MANIFEST)
    SCEN_DIR = os.path.join(repo, "scenarios/evidence")
    # ---------------------------------------------------------------- inputs
    rows = list(csv.DictReader(open(ev_path, newline="")))
    MODEL = model_errors(rows, repo, MUSCLE_HOLDOUT)
    man = {r["id"]: r for r in csv.DictReader(open(MANIFEST, newline=""))}
    unknown = [r["id"] for r in rows if r["id"] not in man]
    if unknown:
        sys.exit(f"{ev_path}: {len(unknown)} rows are not in {MUSCLE_MANIFEST} ({', '.join(unknown[:3])}, ...); "
                 f"for the aerobic set use --family aerobic")
    for r in rows:
        for k in ("n", "age", "day", "published", "simulated", "difference"):
            r[k] = float(r[k])
        r["spread"] = float(r["spread"]) if r["spread"] else None
        r["kind"] = r["measure"].split(".")[0]  # strength or mass
        r["scenario"] = man[r["id"]]["scenario"]
        r["cohort"] = COHORT.get(r["study"], r["study"])


    scen = {}
    for r in rows:
        if r["scenario"] not in scen:
            scen[r["scenario"]] = parse_scenario(os.path.join(SCEN_DIR, r["scenario"]))


    def protocol(r):
        """Phases up to the row's day: (mobility, exercise kinds) per phase and the days spent in each."""
        subj, phases = scen[r["scenario"]]
        sig, days, t = [], [], 0
        for p in phases:
            if t >= r["day"]:
                break
            d = min(p["days"], r["day"] - t)
            sig.append((p["mobility"], "+".join(sorted(set(p["activities"]))) or "none"))
            days.append(d)
            t += p["days"]
        return subj.get("condition", "healthy"), tuple(sig), days


    # ---------------------------------------------------------------- 1. sampling-error floor
    print("=" * 100)
    print("1. SAMPLING-ERROR FLOOR")
    sd_pool = {"strength": [], "mass": []}
    for r in rows:
        t, s, n = r["spread_type"], r["spread"], r["n"]
        if not t:
            r["se"], r["se_src"] = None, None
            continue
        se = s / math.sqrt(n) if t == "sd" else (s if t == "se" else s / 1.96)
        r["se"], r["se_src"] = se, t
        r["sd_implied"] = se * math.sqrt(n)
        if r["id"] not in META_ROWS:
            sd_pool[r["kind"]].append(r["sd_implied"])
    imp = {k: statistics.median(v) for k, v in sd_pool.items()}
    for k, v in sd_pool.items():
        q = statistics.quantiles(v, n=4)
        print(f"SD of % change, {k}: {len(v)} rows give a spread; median {f(imp[k],1)}, "
              f"quartiles {f(q[0],1)}-{f(q[2],1)}, range {f(min(v),1)}-{f(max(v),1)}")
    fz = [r for r in rows if r["id"] in META_ROWS][0]
    print(f"{fz['id']} {fz['study']}: n={int(fz['n'])}, ci95 half-width {fz['spread']} -> SE {f(fz['se'])}; "
          f"its implied 'SD' {f(fz['sd_implied'],0)} is a meta-analytic CI, left out of the SD pool")
    for r in rows:
        if r["se"] is None:
            r["se"] = imp[r["kind"]] / math.sqrt(r["n"])
            r["se_src"] = "imputed"
    n_given = sum(1 for r in rows if r["se_src"] != "imputed")
    print(f"rows with a published spread: {n_given} of {len(rows)}; imputed: {len(rows)-n_given}")


    print("\nRMS of SE (the RMSE a perfect model of the true means would still show):")
    fl_all = floor_table(rows, f"all {len(rows)} rows (E43 SE from its CI)", 44)
    fl_noE43 = floor_table([r for r in rows if r["id"] not in META_ROWS], "without E43", 44)
    floor_table([r for r in rows if r["se_src"] != "imputed"], "rows with a published spread only", 44)
    floor_table([r for r in rows if r["se_src"] == "imputed"], "rows with an imputed spread only", 44)
    # sensitivity of the floor to the imputed SDs
    for mult in (0.75, 1.25):
        v = [(r["se"] * (mult if r["se_src"] == "imputed" else 1)) for r in rows]
        print(f"imputed SDs x{mult}: overall floor {f(rms(v))}")
    # the first pass's likely slip: SD = CI half-width used as an SD with n = 1773
    print("\nlargest SEs:")
    for r in sorted(rows, key=lambda r: -r["se"])[:8]:
        print(f"  {r['id']:5} {r['study'][:34]:34} {r['measure']:26} n={int(r['n']):4} SE {f(r['se'])} ({r['se_src']})")

    # ---------------------------------------------------------------- 2. replicate groups
    print("\n" + "=" * 100)
    print("2. REPLICATE GROUPS (different cohorts, alike protocols)")
    keyed = {}
    for r in rows:
        if r["id"] in META_ROWS:
            continue
        cond, sig, days = protocol(r)
        r["sig"], r["days"] = sig, days
        key = (cond, sig, r["measure"], age_band(r["age"]))
        keyed.setdefault(key, []).append(r)


    groups = []
    for key, rs in keyed.items():
        rs = sorted(rs, key=lambda r: (r["day"], r["id"]))
        cluster = []
        for r in rs + [None]:
            if r is not None and fits(cluster + [r]):
                cluster.append(r); continue
            if len({m["cohort"] for m in cluster}) >= 2:
                groups.append((key, cluster))
            cluster = [r] if r is not None else []


    def name_group(key, cluster):
        cond, sig, meas, band = key
        days = sorted({int(m["day"]) for m in cluster})
        ph = " then ".join(f"{mob}" + ("" if ex == "none" else f" + {ex}") for mob, ex in sig)
        c = "" if cond == "healthy" else f", {cond}"
        return f"{ph}{c}, {band}, {meas}, day {'-'.join(str(d) for d in (days[0], days[-1])) if len(days) > 1 else days[0]}"


    G = [group_stats(name_group(key, cl), cl[0]["category"], cl)
         for key, cl in sorted(groups, key=lambda g: (g[1][0]["category"], g[0][2], g[1][0]["day"]))]
    print(f"{len(G)} groups, {sum(g['k'] for g in G)} cohort entries, "
          f"{sum(len(e['rows']) for g in G for e in g['ents'])} rows\n")
    print_groups(G, "G", 36, 10, 6)


    print("\nBetween-study SD (tau), pooled over groups:")
    t2, var_w, se_w, df = tau2_mom(G)
    print(f"  within-group residual variance {f(var_w)} (SD {f(math.sqrt(var_w))}) on {df} df; "
          f"sampling part {f(se_w)} (SD {f(math.sqrt(se_w))})")
    TAU = math.sqrt(max(0, t2))
    print(f"  method of moments: tau^2 = {f(var_w)} - {f(se_w)} = {f(t2)} -> tau {f(TAU)}")
    t2dl, Q, dfq = tau2_dl(G)
    TAU_DL = math.sqrt(max(0, t2dl))
    print(f"  DerSimonian-Laird (inverse-SE^2 weights): Q {f(Q)} on {dfq} df -> tau^2 {f(t2dl)} -> tau {f(TAU_DL)}")
    print(f"  brief's simple form var(res) - mean(SE^2) over grouped rows: "
          f"{f(var_w)} - {f(statistics.mean(g['mse2'] for g in G))}")
    simple = statistics.mean(g["mse2"] for g in G)
    print(f"  -> tau {f(math.sqrt(max(0, var_w - simple)))}")
    pv = sum(sum((e["pub"] - sum(x["pub"] for x in g["ents"]) / g["k"]) ** 2 for e in g["ents"]) for g in G) / df
    print(f"  diagnostic: within-group variance of the published figures {f(pv)} vs of the residuals {f(var_w)} "
          f"(the model explains part of the within-group protocol differences if the second is smaller)")
    pt2, pairs = tau2_pairs(keyed)
    print(f"  all-pairs check ({len(pairs)} row pairs from different cohorts, any split of the day window): "
          f"tau {f(math.sqrt(max(0, pt2)))}")
    noex = [g for g in G if "+" not in g["name"].split(",")[0]]
    TAU_NOEX = math.sqrt(max(0, tau2_mom(noex)[0]))
    TAU_EX = math.sqrt(max(0, tau2_mom([g for g in G if g not in noex])[0]))
    print(f"  no-exercise groups only ({len(noex)}): tau {f(TAU_NOEX)}; groups with exercise ({len(G)-len(noex)}): "
          f"tau {f(TAU_EX)} (their protocols also differ in exercise dose)")
    lo, hi = bootstrap_tau(G)
    print(f"  bootstrap over groups (4000 draws): 90 % interval for tau {f(lo)}-{f(hi)}")
    # leave-one-group-out: which groups drive tau?
    print("  leave one group out (MoM tau):", ", ".join(
        f"{g['id']} {f(math.sqrt(max(0, tau2_mom([h for h in G if h is not g])[0])))}" for g in G))
    TAU_CAT = {}
    print("\nPer category (method of moments):")
    for c in CATS:
        gs = [g for g in G if g["cat"] == c]
        if not gs:
            print(f"  {c}: no groups"); continue
        t2c, vw, sw, dfc = tau2_mom(gs)
        TAU_CAT[c] = (math.sqrt(max(0, t2c)), len(gs), dfc)
        print(f"  {c}: {len(gs)} groups, {dfc} df: residual var {f(vw)}, sampling {f(sw)} -> tau {f(TAU_CAT[c][0])}")
    # without the two groups holding the flagged misses
    flag = [g for g in G if any(m["id"] in ("E76", "E59", "E126", "E135") for e in g["ents"] for m in e["rows"])]
    rest = [g for g in G if g not in flag]
    if rest:
        TAU_REST = math.sqrt(max(0, tau2_mom(rest)[0]))
        print(f"\nwithout the groups holding the flagged misses ({', '.join(g['id'] for g in flag)}): "
              f"tau {f(TAU_REST)} ({len(rest)} groups)")

    # ---------------------------------------------------------------- 3. floor vs targets
    print("\n" + "=" * 100)
    print("3. EXPECTED RMSE FLOOR sqrt(SE^2 + tau^2)")
    print(f"{'':10} {'RMS SE':>7} {'tau':>6} {'floor':>6} {'floor(DL)':>9} {'cat tau':>8} {'floor(cat)':>10} "
          f"{'in-sample':>9} {'share':>6} {'held-out':>8} {'share':>6}")
    for c in ["all"] + CATS:
        se = fl_all[c][1]
        fl = math.sqrt(se ** 2 + TAU ** 2)
        fldl = math.sqrt(se ** 2 + TAU_DL ** 2)
        ct = TAU_CAT.get(c, (None,))[0]
        flc = math.sqrt(se ** 2 + ct ** 2) if ct is not None else None
        ins, ho = MODEL["in-sample"][c], MODEL["held-out"][c]
        print(f"{c:10} {f(se):>7} {f(TAU):>6} {f(fl):>6} {f(fldl):>9} {(f(ct) if ct is not None else '-'):>8} "
              f"{(f(flc) if flc else '-'):>10} {f(ins):>9} {f(100*fl**2/ins**2,0)+'%':>6} {f(ho):>8} "
              f"{f(100*fl**2/ho**2,0)+'%':>6}")
    print("share = floor^2 / model MSE: the part of the model's mean squared error that is irreducible")
    fl = math.sqrt(fl_all["all"][1] ** 2 + TAU ** 2)
    print(f"targets: in-sample <= {TARGET['in-sample']}, held-out <= {TARGET['held-out']}; floor {f(fl)}; "
          f"room above the floor: in-sample {f(math.sqrt(max(0, TARGET['in-sample']**2 - fl**2)))} pp, "
          f"held-out {f(math.sqrt(max(0, TARGET['held-out']**2 - fl**2)))} pp (RMS of model-attributable error allowed)")
    se_all = fl_all["all"][1]
    for lab, t in (("bootstrap 5 %", lo), ("without the flagged groups", TAU_REST), ("DL", TAU_DL), ("MoM", TAU), ("bootstrap 95 %", hi)):
        print(f"  floor with tau {f(t)} ({lab}): {f(math.sqrt(se_all**2 + t**2))}")
    ins_all, ho_all = MODEL["in-sample"]["all"], MODEL["held-out"]["all"]
    tgt_in, tgt_ho = TARGET["in-sample"], TARGET["held-out"]
    print(f"tau at which the floor meets the target: in-sample {f(math.sqrt(max(0, tgt_in**2 - se_all**2)))}, "
          f"held-out {f(math.sqrt(max(0, tgt_ho**2 - se_all**2)))}")
    print(f"tau scenario | floor | room under {f(tgt_in, 0)} pp | room under {f(tgt_ho, 0)} pp | "
          f"model part of held-out {f(ho_all)} | of in-sample {f(ins_all)} | share of held-out MSE")
    for lab, t in (("MoM", TAU), ("DL", TAU_DL), ("no-exercise groups", TAU_NOEX), ("without flagged groups", TAU_REST),
                   ("bootstrap 5 %", lo), ("bootstrap 95 %", hi)):
        flr = math.sqrt(se_all ** 2 + t ** 2)
        room = lambda tgt: f(math.sqrt(tgt ** 2 - flr ** 2)) if tgt > flr else "none"
        print(f"  {lab} tau {f(t)} | {f(flr)} | {room(tgt_in)} | {room(tgt_ho)} | "
              f"{f(math.sqrt(max(0, ho_all**2 - flr**2)))} | {f(math.sqrt(max(0, ins_all**2 - flr**2)))} | "
              f"{f(100*min(1, flr**2/ho_all**2),0)}%")
    print(f"model-attributable part now (sqrt(MSE - floor^2)): in-sample "
          f"{f(math.sqrt(max(0, ins_all**2 - fl**2)))}, held-out {f(math.sqrt(max(0, ho_all**2 - fl**2)))}")

    # ---------------------------------------------------------------- 4. the largest misses
    print("\n" + "=" * 100)
    print("4. LARGEST MISSES: disagreement or model error?")
    byid = {r["id"]: r for r in rows}


    def derived_se(pre, sdpre, post, sdpost, n, rho):
        sdd = math.sqrt(sdpre ** 2 + sdpost ** 2 - 2 * rho * sdpre * sdpost)
        return 100 * sdd / pre / math.sqrt(n)


    # group SDs of pre and post published in the sources (docs/evidence-notes.md); r assumed
    DERIVED = {"E135": (20.6, 6.4, 27.2, 9.3), "E122": (32.3, 6.8, 43.8, 6.5), "E124": (40.4, 6.7, 48.1, 9.6),
               "E123": (339.0, 61.1, 340.5, 53.0), "E125": (382.8, 95.2, 391.1, 78.3)}
    for i, v in DERIVED.items():
        r = byid[i]
        ses = [derived_se(*v, r["n"], rho) for rho in (0.9, 0.8, 0.7)]
        r["se_der"] = ses[1]
        print(f"{i} {r['study']}: SE from pre/post group SDs, r=0.9/0.8/0.7: "
              f"{'/'.join(f(s) for s in ses)} (imputed {f(r['se'])})")


    def pair(a, b, label):
        A, B = byid[a], byid[b]
        sa, sb = A.get("se_der", A["se"]), B.get("se_der", B["se"])
        dres = A["difference"] - B["difference"]
        z = dres / math.sqrt(sa ** 2 + sb ** 2)
        dpub = A["published"] - B["published"]
        dsim = A["simulated"] - B["simulated"]
        best = abs(dpub - dsim) / 2  # the smallest |residual| on each if the model keeps its own dsim
        print(f"{label}: {a} {A['published']:+.1f} (sim {A['simulated']:+.1f}, res {A['difference']:+.2f}, SE {f(sa)}) "
              f"vs {b} {B['published']:+.1f} (sim {B['simulated']:+.1f}, res {B['difference']:+.2f}, SE {f(sb)})")
        print(f"   published gap {dpub:+.1f}, simulated gap {dsim:+.1f}, residual gap {dres:+.2f} = "
              f"{f(abs(z),1)} SE of the gap; a model keeping its simulated gap misses each by >= {f(best)} "
              f"(now RMS {f(rms([A['difference'], B['difference']]))}; the model sits "
              f"{f(abs(A['difference'] + B['difference']) / 2)} pp off the best compromise)")
        return z, best


    pair("E135", "E126", "Kanatani 2025 vs Nemoto 2007 (interval walking, KE strength)")
    pair("E59", "E76", "Kramer 2021 vs Buehring 2011 (long bed rest, PF strength)")
    for i in ("E13", "E26"):
        r = byid[i]
        print(f"   other PF strength in bed rest: {i} {r['study']} day {int(r['day'])}: pub {r['published']:+.1f} "
              f"sim {r['simulated']:+.1f} res {r['difference']:+.2f}")
    pair("E122", "E124", "Katsura 2010 arms (PF strength, same simulated dose)")
    pair("E125", "E123", "Katsura 2010 arms (KE strength)")
    aq = [byid[i] for i in ("E116", "E118", "E120")]
    kat = [byid[i] for i in ("E123", "E125")]
    print("   aquatic training, older, KE strength at day 84 (Takeshima 2002, Andrade 2020): published "
          + "/".join("%+.1f" % r["published"] for r in aq) + ", residuals " + "/".join("%+.2f" % r["difference"] for r in aq))
    km = sum(r["difference"] for r in kat) / 2
    ks = math.sqrt(sum(r["se_der"] ** 2 for r in kat)) / 2
    print(f"   Katsura KE mean residual {km:+.2f} (SE {f(ks)}, r=0.8) = {f(km/ks,1)} SE from zero; "
          f"other aquatic rows' residual mean {sum(r['difference'] for r in aq)/3:+.2f}")
    miss = ["E135", "E76", "E59", "E122", "E123", "E124", "E125"]
    print("\nthe flagged rows: |residual| vs SE and vs sqrt(SE^2 + tau^2)")
    for i in miss:
        r = byid[i]
        se = r.get("se_der", r["se"])
        print(f"  {i} {r['study'][:16]:16} res {r['difference']:+7.2f}  SE {f(se)}  res/SE {f(abs(r['difference'])/se,1)}  "
              f"res/sqrt(SE^2+tau^2) {f(abs(r['difference'])/math.sqrt(se**2+TAU**2),1)}")
    contrib = sum(byid[i]["difference"] ** 2 for i in miss)
    tot = sum(r["difference"] ** 2 for r in rows)
    print(f"these {len(miss)} rows carry {f(100*contrib/tot,0)}% of the in-sample squared error; "
          f"RMSE without them {f(rms(r['difference'] for r in rows if r['id'] not in miss))} "
          f"(training without them {f(rms(r['difference'] for r in rows if r['id'] not in miss and r['category']=='training'))})")

    # ---------------------------------------------------------------- 5. markdown group table
    print("\n" + "=" * 100)
    print("5. MARKDOWN: replicate groups")
    print("| # | protocol (model classes), measure, days | rows: study, id, published % | residuals pp | residual SD | RMS SE |")
    print("|---|---|---|---|---|---|")
    for g in G:
        rs = [m for e in g["ents"] for m in e["rows"]]
        cell = "; ".join(f"{m['study'].replace(' (in Marusic 2021)', '*').replace(' (in Fazzini 2023)', '**')} "
                         f"{m['id']} {m['published']:+.1f}" for m in rs)
        resid = " / ".join(f"{e['res']:+.1f}" for e in g["ents"])
        nm = g["name"].replace("strength.", "str. ").replace("mass.", "mass ").replace("_", " ")
        print(f"| {g['id']} | {nm} | {cell} | {resid} | {f(g['sd'],1)} | {f(math.sqrt(g['mse2']),1)} |")


# ==================================================================== aerobic capacity
AEROBIC_MANIFEST = "sim/src/main/resources/org/inertia/sim/evidence/whole-body.csv"
AEROBIC_HOLDOUT = "sim/src/main/resources/org/inertia/sim/evidence/aerobic-holdout.csv"
AEROBIC_TARGET = 4.0  # held-out RMSE, pp
MIN_SD_POOL = 8  # rows with a published spread needed to impute the SD from the set itself
# Cited typical SD of the % change in VO2max, for when the set gives too few spreads. HERITAGE
# (Sarzynski et al. 2022, Med Sci Sports Exerc 54(5 Suppl):S1-S43, doi:10.1249/MSS.0000000000002859,
# Supplementary Table S4): VO2max responses to 20 weeks of standardized training "ranged from no
# gain to >1 L/min (-5% to +48%)"; test-retest CV of VO2max 4.1-5.0 %. About 630 completers (633 in
# Skinner et al. 2001, J Appl Physiol 90:1770): the range spans d2(633) SDs of a normal sample.
HERITAGE_RANGE, HERITAGE_N, HERITAGE_CV = (-5.0, 48.0), 633, (4.1, 5.0)
# Rows entered net of a control group: the SE is that of a difference of two means.
# DREW (Church 2007): 464 randomised, 155 + 104 + 103 in the exercise arms, so 102 controls.
NET_CONTROL = {"W65": 102, "W66": 102, "W67": 102}
# Spreads read in sources but not entered in the manifest: checks on the typical SD only.
SPREAD_CHECKS = [
    ("W10", "sem", 2.3, "Dirks 2016, +/-2.3 read as SEM (docs/evidence-spreads.md)"),
    ("W49", "unstated", 4.0, "Lee 2007 control, +/-4, type not stated (docs/research/aerobic-disuse-2.csv D04)"),
    ("W50", "unstated", 3.0, "Lee 2007 exercise, +/-3, type not stated (same)"),
]
INTENSITY_ORDER = {"light": 0, "moderate": 1, "vigorous": 2}
AEROBIC_MISSES = ["W61", "W59", "W27", "W28", "W58", "W83", "W01", "W23", "W24"]


def range_in_sds(n, h=0.005):
    """d2(n): expected range of n draws from a normal distribution, in SDs."""
    phi = lambda x: 0.5 * (1 + math.erf(x / math.sqrt(2)))
    return sum((1 - (1 - phi(x)) ** n - phi(x) ** n) * h for x in (-9 + h * (i + 0.5) for i in range(int(18 / h))))


def aerobic(ev_path, repo):
    """The aerobic-capacity (VO2max) evidence set."""
    man = {r["id"]: r for r in csv.DictReader(open(os.path.join(repo, AEROBIC_MANIFEST), newline=""))
           if r["measure"] == "vo2max"}
    rows = [r for r in csv.DictReader(open(ev_path, newline="")) if r["measure"] == "vo2max"]
    if not rows:
        sys.exit(f"{ev_path} has no vo2max rows: make it with ./inertia evidence --family aerobic --csv FILE")
    MODEL = model_errors(rows, repo, AEROBIC_HOLDOUT)
    unknown = [r["id"] for r in rows if r["id"] not in man]
    if unknown:
        sys.exit(f"rows not in the aerobic manifest {AEROBIC_MANIFEST}: {', '.join(unknown)}")
    scen = {}
    for r in rows:
        for k in ("n", "age", "day", "published", "simulated", "difference"):
            r[k] = float(r[k])
        r["spread"] = float(r["spread"]) if r["spread"] else None
        m = man[r["id"]]
        if abs(float(m["change_percent"]) - r["published"]) > 1e-6 or float(m["day"]) != r["day"]:
            print(f"warning: {r['id']} differs between {ev_path} and the manifest")
        r["scenario"] = m["scenario"]
        r["cohort"] = r["study"]  # arms of one study are one cohort (Convertino 1982 W08/W71: the same men)
        if r["scenario"] not in scen:
            scen[r["scenario"]] = parse_scenario(find_scenario(repo, r["scenario"]))
    byid = {r["id"]: r for r in rows}

    # ---------------------------------------------------------------- 1. sampling-error floor
    print("=" * 100)
    print(f"1. SAMPLING-ERROR FLOOR (aerobic capacity: {len(rows)} VO2max rows, "
          f"{len({r['study'] for r in rows})} studies)")
    pool = []
    for r in rows:
        t, s, n = r["spread_type"], r["spread"], r["n"]
        if not t:
            r["se"], r["se_src"] = None, None
            continue
        se = s / math.sqrt(n) if t == "sd" else (s if t == "se" else s / 1.96)
        r["se"], r["se_src"] = se, t
        r["sd_implied"] = se * math.sqrt(n)
        pool.append(r)
    print(f"rows that give a spread: {len(pool)} of {len(rows)}: " + "; ".join(
        f"{r['id']} {r['study']} {r['spread_type'].upper()} {r['spread']} (n={int(r['n'])}) -> SD {f(r['sd_implied'],1)}"
        for r in pool))
    d2 = range_in_sds(HERITAGE_N)
    typical = (HERITAGE_RANGE[1] - HERITAGE_RANGE[0]) / d2
    if len(pool) >= MIN_SD_POOL:
        sd_imp = statistics.median(r["sd_implied"] for r in pool)
        print(f"SD of % change imputed as the median of those rows: {f(sd_imp,1)}")
    else:
        sd_imp = typical
        print(f"fewer than {MIN_SD_POOL} rows give a spread: the SD of the % change is a cited typical value:")
        print(f"  HERITAGE (Sarzynski 2022, Suppl. Table S4): responses {HERITAGE_RANGE[0]:+.0f} % to "
              f"{HERITAGE_RANGE[1]:+.0f} % in about {HERITAGE_N} adults; range / d2({HERITAGE_N}) = "
              f"{f(HERITAGE_RANGE[1]-HERITAGE_RANGE[0],0)} / {f(d2)} = SD {f(typical)}")
    cv_lo, cv_hi = (math.sqrt(2) * c for c in HERITAGE_CV)
    print(f"  check, test-retest alone (CV {HERITAGE_CV[0]}-{HERITAGE_CV[1]} %): SD of a pre-post change "
          f">= sqrt(2) x CV = {f(cv_lo,1)}-{f(cv_hi,1)}")
    if pool:
        print(f"  check, the set's rows: SD {'/'.join(f(r['sd_implied'],1) for r in pool)} "
              f"(median {f(statistics.median(r['sd_implied'] for r in pool),1)}; one study, WISE-2005)")
    for i, t, s, lab in SPREAD_CHECKS:
        n = byid[i]["n"] if i in byid else float("nan")
        if t == "sem":
            print(f"  check, {i} {lab}: n={int(n)} -> SD {f(s*math.sqrt(n),1)}")
        else:
            print(f"  check, {i} {lab}: SD {f(s,1)} if SD, {f(s*math.sqrt(n),1)} if SE (n={int(n)})")
    for r in rows:
        if r["se"] is None:
            extra = 1 / NET_CONTROL[r["id"]] if r["id"] in NET_CONTROL else 0
            r["se"] = sd_imp * math.sqrt(1 / r["n"] + extra)
            r["se_src"] = "imputed"
    print(f"net of a control group (SE of a difference): {', '.join(NET_CONTROL)} "
          f"(controls n={sorted(set(NET_CONTROL.values()))[0]})")
    n_given = sum(1 for r in rows if r["se_src"] != "imputed")
    print(f"rows with a published spread: {n_given} of {len(rows)}; imputed: {len(rows)-n_given}")

    print("\nRMS of SE (the RMSE a perfect model of the true means would still show):")
    fl_all = floor_table(rows, f"all {len(rows)} rows", 36)
    floor_table([r for r in rows if r["se_src"] != "imputed"], "rows with a published spread only", 36)
    floor_table([r for r in rows if r["se_src"] == "imputed"], "rows with an imputed spread only", 36)
    for mult in (0.75, 1.25):
        v = [(r["se"] * (mult if r["se_src"] == "imputed" else 1)) for r in rows]
        print(f"imputed SD x{mult} (SD {f(sd_imp*mult,1)}): overall floor {f(rms(v))}")
    print("\nlargest SEs:")
    for r in sorted(rows, key=lambda r: -r["se"])[:6]:
        print(f"  {r['id']:4} {r['study'][:26]:26} {r['category']:9} n={int(r['n']):4} SE {f(r['se'])} ({r['se_src']})")

    # ---------------------------------------------------------------- 2. replicate groups
    print("\n" + "=" * 100)
    print("2. REPLICATE GROUPS (different cohorts, alike protocols)")
    print("key: condition (and fitness), per phase the mobility and the exercise class (endurance at its highest")
    print("intensity class, default moderate; resistance), age band; phase days within +/-30 % of the median,")
    print("gathered greedily by day in blocks of one cohort's rows at one day")

    def exclass(p):
        end = [e for e in p["ex"] if e["activity"] != "resistance"]
        parts = []
        if end:
            top = max((e.get("intensity", "moderate") for e in end), key=INTENSITY_ORDER.get)
            parts.append(f"{top} endurance")
        if any(e["activity"] == "resistance" for e in p["ex"]):
            parts.append("resistance")
        return " + ".join(parts) or "none"

    def protocol(r):
        subj, phases = scen[r["scenario"]]
        sig, days, t = [], [], 0
        for p in phases:
            if t >= r["day"]:
                break
            sig.append((p["mobility"], exclass(p)))
            days.append(min(p["days"], r["day"] - t))
            t += p["days"]
        cond = subj.get("condition", "healthy")
        if subj.get("fitness"):
            cond += f" ({subj['fitness']})"
        return cond, tuple(sig), days

    keyed = {}
    for r in rows:
        cond, sig, days = protocol(r)
        r["sig"], r["days"] = sig, days
        keyed.setdefault((cond, sig, age_band(r["age"])), []).append(r)

    groups = []
    for key, rs in keyed.items():
        blocks = {}
        for r in rs:
            blocks.setdefault((r["cohort"], r["day"]), []).append(r)
        bl = sorted(blocks.values(), key=lambda b: (b[0]["day"], min(m["id"] for m in b)))
        cur = []
        for b in bl + [None]:
            if b is not None and fits([x[0] for x in cur] + [b[0]]):
                cur.append(b); continue
            if len({x[0]["cohort"] for x in cur}) >= 2:
                groups.append((key, [m for x in cur for m in x]))
            cur = [b] if b is not None else []

    def name_group(key, cl):
        cond, sig, band = key
        days = sorted({int(m["day"]) for m in cl})
        ph = " then ".join(mob + ("" if ex == "none" else f" + {ex}") for mob, ex in sig)
        c = "" if cond == "healthy" else f", {cond}"
        return f"{ph}{c}, {band}, day {days[0]}" + (f"-{days[-1]}" if len(days) > 1 else "")

    G = [group_stats(name_group(key, cl), cl[0]["category"], cl)
         for key, cl in sorted(groups, key=lambda g: (g[1][0]["category"], g[1][0]["day"]))]
    per_cat = ", ".join(f"{sum(1 for g in G if g['cat'] == c)} {c}" for c in CATS)
    print(f"{len(G)} groups ({per_cat}), "
          f"{sum(g['k'] for g in G)} cohort entries, {sum(len(e['rows']) for g in G for e in g['ents'])} rows, "
          f"{sum(g['k'] - 1 for g in G)} df\n")
    print_groups(G, "A", 26, 15, 9)
    ungrouped = [r for r in rows if not any(r is m for g in G for e in g["ents"] for m in e["rows"])]
    print(f"\nrows in no group: {len(ungrouped)} ({', '.join(r['id'] for r in ungrouped)})")

    print("\nBetween-study SD (tau), pooled over groups:")
    t2, var_w, se_w, df = tau2_mom(G)
    TAU = math.sqrt(max(0, t2))
    print(f"  within-group residual variance {f(var_w)} (SD {f(math.sqrt(var_w))}) on {df} df; "
          f"sampling part {f(se_w)} (SD {f(math.sqrt(se_w))})")
    print(f"  method of moments: tau^2 = {f(var_w)} - {f(se_w)} = {f(t2)} -> tau {f(TAU)}")
    t2dl, Q, dfq = tau2_dl(G)
    TAU_DL = math.sqrt(max(0, t2dl))
    print(f"  DerSimonian-Laird (inverse-SE^2 weights): Q {f(Q)} on {dfq} df -> tau^2 {f(t2dl)} -> tau {f(TAU_DL)}")
    simple = statistics.mean(g["mse2"] for g in G)
    print(f"  simple form var(res) - mean(SE^2): {f(var_w)} - {f(simple)} -> tau {f(math.sqrt(max(0, var_w - simple)))}")
    pv = sum(sum((e["pub"] - sum(x["pub"] for x in g["ents"]) / g["k"]) ** 2 for e in g["ents"]) for g in G) / df
    print(f"  diagnostic: within-group variance of the published figures {f(pv)} vs of the residuals {f(var_w)}")
    pt2, pairs = tau2_pairs(keyed)
    TAU_PAIRS = math.sqrt(max(0, pt2))
    print(f"  all-pairs check ({len(pairs)} row pairs from different cohorts, any split of the day window): "
          f"tau {f(TAU_PAIRS)}")
    noex = [g for g in G if all(ex == "none" for e in g["ents"] for m in e["rows"] for _, ex in m["sig"])]
    TAU_NOEX = math.sqrt(max(0, tau2_mom(noex)[0]))
    TAU_EX = math.sqrt(max(0, tau2_mom([g for g in G if g not in noex])[0]))
    print(f"  no-exercise groups only ({len(noex)}): tau {f(TAU_NOEX)}; groups with exercise ({len(G)-len(noex)}): "
          f"tau {f(TAU_EX)}")
    lo, hi = bootstrap_tau(G)
    print(f"  bootstrap over groups (4000 draws): 90 % interval for tau {f(lo)}-{f(hi)}")
    print("  leave one group out (MoM tau):", ", ".join(
        f"{g['id']} {f(math.sqrt(max(0, tau2_mom([h for h in G if h is not g])[0])))}" for g in G))
    TAU_CAT = {}
    print("\nPer category (method of moments):")
    for c in CATS:
        gs = [g for g in G if g["cat"] == c]
        if not gs:
            print(f"  {c}: no groups"); continue
        t2c, vw, sw, dfc = tau2_mom(gs)
        TAU_CAT[c] = math.sqrt(max(0, t2c))
        print(f"  {c}: {len(gs)} groups, {dfc} df: residual var {f(vw)}, sampling {f(sw)} -> tau {f(TAU_CAT[c])}")
    print(f"\nsensitivity to the imputed SD ({len(rows) - n_given} of {len(rows)} SEs rest on it):")
    clusters = [(g["name"], g["cat"], [m for e in g["ents"] for m in e["rows"]]) for g in G]
    se_saved = {r["id"]: r["se"] for r in rows}
    for mult in (0.75, 1.25):
        for r in rows:
            if r["se_src"] == "imputed":
                r["se"] = se_saved[r["id"]] * mult
        Gm = [group_stats(*c) for c in clusters]
        tm = math.sqrt(max(0, tau2_mom(Gm)[0]))
        tdl = math.sqrt(max(0, tau2_dl(Gm)[0]))
        sem = rms(r["se"] for r in rows)
        print(f"  SD x{mult}: RMS SE {f(sem)}, tau MoM {f(tm)} / DL {f(tdl)} -> floor {f(math.sqrt(sem**2 + tm**2))} / "
              f"{f(math.sqrt(sem**2 + tdl**2))}")
    for r in rows:
        r["se"] = se_saved[r["id"]]
    flag = [g for g in G if any(m["id"] in AEROBIC_MISSES for e in g["ents"] for m in e["rows"])]
    rest = [g for g in G if g not in flag]
    TAU_REST = math.sqrt(max(0, tau2_mom(rest)[0]))
    print(f"\nwithout the groups holding the flagged misses ({', '.join(g['id'] for g in flag)}): "
          f"tau {f(TAU_REST)} ({len(rest)} groups)")

    # ---------------------------------------------------------------- 3. floor vs targets
    print("\n" + "=" * 100)
    print("3. EXPECTED RMSE FLOOR sqrt(SE^2 + tau^2)")
    print(f"{'':10} {'RMS SE':>7} {'tau':>6} {'floor':>6} {'floor(DL)':>9} {'cat tau':>8} {'floor(cat)':>10} "
          f"{'in-sample':>9} {'share':>6} {'held-out':>8} {'share':>6}")
    for c in ["all"] + CATS:
        se = fl_all[c][1]
        fl = math.sqrt(se ** 2 + TAU ** 2)
        fldl = math.sqrt(se ** 2 + TAU_DL ** 2)
        ct = TAU_CAT.get(c)
        flc = math.sqrt(se ** 2 + ct ** 2) if ct is not None else None
        ins, ho = MODEL["in-sample"][c], MODEL["held-out"][c]
        print(f"{c:10} {f(se):>7} {f(TAU):>6} {f(fl):>6} {f(fldl):>9} {(f(ct) if ct is not None else '-'):>8} "
              f"{(f(flc) if flc else '-'):>10} {f(ins):>9} {f(100*fl**2/ins**2,0)+'%':>6} {f(ho):>8} "
              f"{f(100*fl**2/ho**2,0)+'%':>6}")
    print("share = floor^2 / model MSE: the part of the model's mean squared error that is irreducible")
    se_all = fl_all["all"][1]
    ins_all, ho_all = MODEL["in-sample"]["all"], MODEL["held-out"]["all"]
    print(f"target: held-out RMSE <= {AEROBIC_TARGET}; the floor meets it if tau <= "
          f"{f(math.sqrt(max(0, AEROBIC_TARGET**2 - se_all**2)))} (the sampling floor alone is {f(se_all)})")
    print(f"tau scenario | floor | room under {AEROBIC_TARGET:.0f} pp | model part of held-out {ho_all} | "
          f"of in-sample {ins_all} | share of held-out MSE")
    for lab, t in (("MoM", TAU), ("DL", TAU_DL), ("all pairs", TAU_PAIRS), ("no-exercise groups", TAU_NOEX),
                   ("without flagged groups", TAU_REST), ("bootstrap 5 %", lo), ("bootstrap 95 %", hi)):
        flr = math.sqrt(se_all ** 2 + t ** 2)
        room = f(math.sqrt(AEROBIC_TARGET ** 2 - flr ** 2)) if AEROBIC_TARGET > flr else "none"
        print(f"  {lab} tau {f(t)} | {f(flr)} | {room} | {f(math.sqrt(max(0, ho_all**2 - flr**2)))} | "
              f"{f(math.sqrt(max(0, ins_all**2 - flr**2)))} | {f(100*min(1, flr**2/ho_all**2),0)}%")

    # ---------------------------------------------------------------- 4. the largest misses
    print("\n" + "=" * 100)
    print("4. LARGEST MISSES: disagreement or model error?")

    def mean_of(ids):
        rs = [byid[i] for i in ids]
        k = len(rs)
        return (sum(r["published"] for r in rs) / k, sum(r["simulated"] for r in rs) / k,
                sum(r["difference"] for r in rs) / k, math.sqrt(sum(r["se"] ** 2 for r in rs)) / k)

    def pair(a, b, label):
        pa, sa, ra, ea = mean_of(a)
        pb, sb, rb, eb = mean_of(b)
        dres = ra - rb
        z = dres / math.sqrt(ea ** 2 + eb ** 2)
        dpub, dsim = pa - pb, sa - sb
        print(f"{label}: {'/'.join(a)} {pa:+.1f} (sim {sa:+.1f}, res {ra:+.2f}, SE {f(ea)}) vs "
              f"{'/'.join(b)} {pb:+.1f} (sim {sb:+.1f}, res {rb:+.2f}, SE {f(eb)})")
        print(f"   published gap {dpub:+.1f} ({f(abs(dpub) / math.sqrt(ea ** 2 + eb ** 2),1)} SE), simulated gap "
              f"{dsim:+.1f}, residual gap {dres:+.2f} = "
              f"{f(abs(z),1)} SE of the gap; a model keeping its simulated gap misses each by >= "
              f"{f(abs(dpub - dsim) / 2)} (now RMS {f(rms([ra, rb]))}; the model sits "
              f"{f(abs(ra + rb) / 2)} pp off the best compromise)")
        return z

    def show(ids, head):
        print(head)
        for i in ids:
            r = byid[i]
            print(f"   {i} {r['study'][:24]:24} {r['arm'][:44]:44} day {int(r['day']):3} age {int(r['age']):2} "
                  f"pub {r['published']:+6.1f} sim {r['simulated']:+6.1f} res {r['difference']:+6.2f} SE {f(r['se'])}")

    print("\n(a) Murias 2010: older men, 12 weeks of vigorous cycling")
    show(["W61", "W83", "W82", "W62", "W63", "W64", "W26", "W78", "W80"],
         "  older adults, endurance training, day 56-91:")
    pair(["W61"], ["W83"], "Murias 2010 vs Belman 1991 high (vigorous endurance, older, 84 / 56 d)")
    pair(["W61"], ["W62"], "Murias 2010 vs Haber 1984 (cycling, older, 84 d; 70 % vs 60 % of VO2max)")

    print("\n(b) Resistance training and VO2max in older adults (Ades, Hepple, Vincent, Lovell)")
    rt = ["W59", "W58", "W56", "W27", "W28"]
    show(rt, "  rows:")
    ents = study_entries([byid[i] for i in rt])
    k = len(ents)
    mres = sum(e["res"] for e in ents) / k
    ss = sum((e["res"] - mres) ** 2 for e in ents)
    se2 = (1 - 1 / k) * sum(e["se2"] for e in ents)
    t2r = (ss - se2) / (k - 1)
    pubs = [e["pub"] for e in ents]
    sims = [sum(m["simulated"] for m in e["rows"]) / len(e["rows"]) for e in ents]
    print(f"  {k} cohorts: published {'/'.join(f'{p:+.1f}' for p in pubs)} (SD {f(statistics.stdev(pubs),1)}), "
          f"simulated {'/'.join(f'{s:+.1f}' for s in sims)} (SD {f(statistics.stdev(sims),1)})")
    rstr = "/".join(f"{e['res']:+.1f}" for e in ents)
    print(f"  residuals by cohort {rstr}: mean {mres:+.2f}, "
          f"SD {f(math.sqrt(ss/(k-1)))}, RMS SE {f(math.sqrt(sum(e['se2'] for e in ents)/k))} "
          f"-> tau among them {f(math.sqrt(max(0, t2r)))} (MoM, {k-1} df; days 63-168 differ)")
    print(f"  a common shift of the resistance effect could at best remove the mean residual {mres:+.2f}: "
          f"RMS over the cohorts {f(rms(e['res'] for e in ents))} -> {f(math.sqrt(ss/k))}")
    for i in ("W59",):
        r = byid[i]
        print(f"  {i} alone: res {r['difference']:+.2f} = {f(abs(r['difference'])/r['se'],1)} SE, "
              f"{f(abs(r['difference'])/math.sqrt(r['se']**2+TAU**2),1)} sqrt(SE^2+tau^2)")
    pair(["W59"], ["W27", "W28"], "Ades 1996 vs Vincent 2002")
    pair(["W58"], ["W59"], "Hepple 1997 vs Ades 1996 (group A-resistance, 63 / 84 d)")
    pair(["W27"], ["W28"], "Vincent 2002 arms, low vs high load")

    print("\n(c) Belman 1991: equal gains at two intensities")
    pair(["W83"], ["W82"], "Belman 1991 high vs low intensity (older, 56 d)")
    pair(["W69"], ["W68"], "Gormley 2008 vigorous vs moderate (young, 42 d, volume matched)")
    pair(["W70"], ["W69"], "Gormley 2008 near-maximal intervals vs vigorous")

    print("\n(d) Saltin 1968: -27 % after 20 days of bed rest")
    show(["W01", "W03", "W04", "W54", "W55", "W20", "W49", "W51"], "  young adults, bed rest, day 20-30:")
    pair(["W01"], ["W03", "W04"], "Saltin 1968 vs Kashihara 1994 (20 d bed rest, young)")

    print("\n(e) Smorawinski 2001: 3 days of bed rest")
    show(["W23", "W24", "W10", "W47"], "  rows:")
    pair(["W23"], ["W24"], "Smorawinski athletes vs sedentary (same study)")
    pair(["W24"], ["W10", "W47"], "Smorawinski sedentary, 3 d vs Dirks 2016 / Friman 1979, 7 d")
    iso = ["W24", "W10", "W47"]
    w = {i: 1 / byid[i]["se"] ** 2 for i in iso}
    pooled = sum(w[i] * byid[i]["published"] for i in iso) / sum(w.values())
    print(f"  any model whose loss does not shrink from day 3 to day 7 fits these three at best with one level "
          f"{pooled:+.2f}: residual RMS {f(rms(pooled - byid[i]['published'] for i in iso))} "
          f"(the model now {f(rms(byid[i]['difference'] for i in iso))})")

    print("\n(f) Convertino 1982 vs 1986: 10 days of bed rest, middle-aged (group A2)")
    pair(["W08"], ["W06", "W07"], "Convertino 1982 (upright test) vs Convertino 1986")
    print("   context (docs/evidence-notes.md): the supine test of the same men as W08, -6.1 %, is not entered")

    contrib = sum(byid[i]["difference"] ** 2 for i in AEROBIC_MISSES)
    tot = sum(r["difference"] ** 2 for r in rows)
    print(f"\nthe rows looked at ({', '.join(AEROBIC_MISSES)}): |residual| vs SE and vs sqrt(SE^2 + tau^2)")
    for i in AEROBIC_MISSES:
        r = byid[i]
        print(f"  {i} {r['study'][:16]:16} res {r['difference']:+7.2f}  SE {f(r['se'])}  "
              f"res/SE {f(abs(r['difference'])/r['se'],1)}  "
              f"res/sqrt(SE^2+tau^2) {f(abs(r['difference'])/math.sqrt(r['se']**2+TAU**2),1)}")
    print(f"these {len(AEROBIC_MISSES)} rows carry {f(100*contrib/tot,0)}% of the in-sample squared error; "
          f"RMSE now {f(rms(r['difference'] for r in rows))}, without them "
          f"{f(rms(r['difference'] for r in rows if r['id'] not in AEROBIC_MISSES))} (training "
          f"{f(rms(r['difference'] for r in rows if r['category'] == 'training'))} -> "
          f"{f(rms(r['difference'] for r in rows if r['id'] not in AEROBIC_MISSES and r['category'] == 'training'))}, "
          f"disuse {f(rms(r['difference'] for r in rows if r['category'] == 'disuse'))} -> "
          f"{f(rms(r['difference'] for r in rows if r['id'] not in AEROBIC_MISSES and r['category'] == 'disuse'))})")

    # ---------------------------------------------------------------- 5. markdown group table
    print("\n" + "=" * 100)
    print("5. MARKDOWN: replicate groups")
    print("| # | protocol (model classes), days | rows: study, id, published % | residuals pp | residual SD | RMS SE |")
    print("|---|---|---|---|---|---|")
    for g in G:
        cell = "; ".join(e["rows"][0]["study"] + " " + ", ".join(
            f"{m['id']} {m['published']:+.1f}".replace("-", "−") for m in e["rows"]) for e in g["ents"])
        resid = " / ".join(f"{e['res']:+.1f}".replace("-", "−") for e in g["ents"])
        print(f"| {g['id']} | {g['name']} | {cell} | {resid} | {f(g['sd'],1)} | {f(math.sqrt(g['mse2']),1)} |")


def main():
    ap = argparse.ArgumentParser(
        description="How much of the model's error against an evidence set is irreducible "
                    "(sampling error and between-study SD).",
        epilog="Make the CSV first, from the repository root: `./inertia evidence --csv ev.csv` (muscle) or "
               "`./inertia evidence --family aerobic --csv aer.csv` (aerobic).")
    ap.add_argument("evidence_csv", help="comparison CSV written by ./inertia evidence --csv")
    ap.add_argument("--family", choices=("muscle", "aerobic"), default="muscle",
                    help="evidence set the CSV is from (default muscle)")
    ap.add_argument("--repo", default=DEFAULT_REPO,
                    help="repository root, for the manifests and scenarios (default: two levels above this script)")
    a = ap.parse_args()
    if not os.path.exists(a.evidence_csv):
        ap.error(f"{a.evidence_csv} not found")
    (aerobic if a.family == "aerobic" else muscle)(a.evidence_csv, a.repo)


if __name__ == "__main__":
    main()
