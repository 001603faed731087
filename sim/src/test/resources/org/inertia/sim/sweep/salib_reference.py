"""The SALib figures pinned in GlobalSensitivityTest, made with SALib's own code.

Run from a checkout of SALib (https://github.com/SALib/SALib, src/ on PYTHONPATH) with numpy and
scipy; the figures in the test came from commit 1c37548 (June 2026), numpy 2.4.6, scipy 1.17.1.
Where pandas is missing, a stand-in module with an order-preserving `unique` (the only pandas
function these code paths call) is enough. Prints the figures the test pins, and writes
salib-morris-ishigami.csv, the Morris sample the test re-analyses.

    PYTHONPATH=SALib/src python3 -W ignore salib_reference.py
"""
import numpy as np
from SALib.sample import saltelli
from SALib.sample import morris as morris_sample
from SALib.analyze import sobol, morris
from SALib.test_functions import Ishigami, Sobol_G

np.set_printoptions(precision=17, linewidth=200)

ishigami = {"num_vars": 3, "names": ["x1", "x2", "x3"], "bounds": [[-np.pi, np.pi]] * 3}

# 1. Saltelli's design (saltelli.sample, default skip = N) and Sobol' indices of Ishigami, N = 1024.
X = saltelli.sample(ishigami, 1024, calc_second_order=False)
Y = Ishigami.evaluate(X)
Si = sobol.analyze(ishigami, Y, calc_second_order=False, num_resamples=1000, seed=20260701)
print("ishigami rows 0-4", repr(X[:5]))
print("ishigami last row", repr(X[-1]))
print("ishigami sum of X", repr(X.sum()))
print("ishigami S1", repr(Si["S1"]))
print("ishigami ST", repr(Si["ST"]))
print("ishigami S1_conf", repr(Si["S1_conf"]))
print("ishigami ST_conf", repr(Si["ST_conf"]))

# 2. The same for Sobol's G function with SALib's default a, 8 inputs on [0, 1], N = 512.
g = {"num_vars": 8, "names": ["x%d" % i for i in range(1, 9)], "bounds": [[0, 1]] * 8}
X = saltelli.sample(g, 512, calc_second_order=False)
Y = Sobol_G.evaluate(X)
Si = sobol.analyze(g, Y, calc_second_order=False, num_resamples=100, seed=1)
print("G S1", repr(Si["S1"]))
print("G ST", repr(Si["ST"]))

# 3. Morris: SALib's sample (20 trajectories, 4 levels, seed 42) and its analysis of Ishigami.
X = morris_sample.sample(ishigami, 20, num_levels=4, seed=42)
Y = Ishigami.evaluate(X)
Mi = morris.analyze(ishigami, X, Y, num_levels=4, num_resamples=1000, seed=42)
np.savetxt("salib-morris-ishigami.csv", X, delimiter=",", fmt="%.17g", header="x1,x2,x3", comments="")
print("morris mu", repr(np.asarray(Mi["mu"])))
print("morris mu_star", repr(np.asarray(Mi["mu_star"])))
print("morris sigma", repr(np.asarray(Mi["sigma"])))
print("morris mu_star_conf", repr(np.asarray(Mi["mu_star_conf"])))
