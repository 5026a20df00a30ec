#!/usr/bin/python3
"""The TCO Monte Carlo model of src/core/evaluation/TcoSimulation.cpp, vectorised with numpy.

    bench_numpy.py run INPUTS.json [--trials N] [--seed S]   -> JSON like tw-bench-tco on stdout
    bench_numpy.py compare CPP.json NUMPY.json               -> side-by-side table, exit 1 on disagreement

INPUTS.json is written by `tw-bench-tco --inputs`, so both implementations sample the same model from
the same parameters (docs/evaluation.md, "Risk-adjusted TCO" and "Monte Carlo"). Only the sampling
is timed (not the JSON, not the imports). Trials are processed in blocks so the per-incident arrays
stay a few tens of MB; everything inside a block is vectorised.
"""
import json
import math
import sys
import time

import numpy as np

BLOCK_TRIALS = 125_000


def wait_hours(moment, coverage):
    """CoverageWindow::waitHoursAt, vectorised: hours to the next covered moment."""
    days = coverage["days_per_week"]
    start = coverage["day_start_minute"] / 60.0
    end = start + coverage["day_length_minutes"] / 60.0
    day = np.floor(moment / 24.0)
    time_of_day = moment - 24.0 * day
    working_day = day < days
    covered = working_day & (time_of_day >= start) & (time_of_day < end)
    before = working_day & (time_of_day < start)
    next_day = np.where(day + 1 < days, day + 1, 7.0)
    wait = np.where(before, start - time_of_day, 24.0 * next_day + start - moment)
    wait[covered] = 0.0
    return wait


def durations(rng, model, size):
    mean, sigma = model
    if mean <= 0:
        return np.zeros(size)
    if sigma <= 0:
        return np.full(size, float(mean))
    return rng.lognormal(math.log(mean) - sigma * sigma / 2, sigma, size)


def simulate(case, trials, rng):
    years = case["years"]
    fees = [case["price_per_server_year"] * case["servers"] * (1 + case["yearly_escalation"]) ** y for y in range(years)]
    contract = sum(fee * (1 + case["discount_rate"]) ** -y for y, fee in enumerate(fees))
    discount = np.array([(1 + case["discount_rate"]) ** -(y + 0.5) for y in range(years)])
    monthly = np.array(fees) / 12.0
    credit_terms = case["credits"]
    year_cap = np.array(
        [credit_terms["cap_percent_of_annual_fee"] / 100.0 * fee if credit_terms["cap_percent_of_annual_fee"] > 0 else np.inf for fee in fees]
    )
    credits_apply = credit_terms["percent_per_incident"] > 0 or credit_terms["percent_per_hour_late"] > 0
    lam = max(case["servers"] * case["annual_failure_rate"], 0.0)

    totals = np.empty(trials)
    sums = np.zeros(3)  # downtime, tm, credits
    for first in range(0, trials, BLOCK_TRIALS):
        n = min(BLOCK_TRIALS, trials - first)
        counts = rng.poisson(lam, size=n * years)  # trial-major: cell = trial * years + year
        incidents = int(counts.sum())
        cell = np.repeat(np.arange(n * years), counts)
        wait = wait_hours(rng.random(incidents) * 168.0, case["coverage"])
        clock = durations(rng, case["arrival"], incidents)
        clock += (rng.random(incidents) < case["parts_needed_probability"]) * case["parts_delay_hours"]
        clock += durations(rng, case["repair"], incidents)
        excluded = rng.random(incidents) < case["excluded_fraction"]

        downtime = np.bincount(cell, weights=wait + clock, minlength=n * years).reshape(n, years)
        downtime *= case["downtime_cost_per_hour"]
        tm = np.bincount(cell, weights=excluded, minlength=n * years).reshape(n, years) * case["tm_cost_per_incident"]
        if credits_apply:
            late = clock - credit_terms["target_hours"]
            percent = credit_terms["percent_per_incident"] + credit_terms["percent_per_hour_late"] * late
            if credit_terms["cap_percent_per_incident"] > 0:
                percent = np.minimum(percent, credit_terms["cap_percent_per_incident"])
            percent[(late <= 0) | excluded] = 0.0
            # Percent of the month's fee: the year's fee multiplies after the per-cell sum.
            credits = np.bincount(cell, weights=percent, minlength=n * years).reshape(n, years)
            credits = np.minimum(credits * (monthly / 100.0), year_cap)
        else:
            credits = np.zeros((n, years))
        downtime = downtime @ discount
        tm = tm @ discount
        credits = credits @ discount
        totals[first : first + n] = contract + downtime + tm - credits
        sums += (downtime.sum(), tm.sum(), credits.sum())

    p50, p90 = np.quantile(totals, [0.5, 0.9])  # linear interpolation between closest ranks
    return {
        "name": case["name"],
        "mean": float(totals.mean()),
        "standard_error": float(totals.std(ddof=1) / math.sqrt(trials)),
        "p50": float(p50),
        "p90": float(p90),
        "contract": contract,
        "downtime": float(sums[0] / trials),
        "tm": float(sums[1] / trials),
        "credits": float(sums[2] / trials),
    }


def run(argv):
    inputs = json.load(open(argv[0]))
    trials = int(inputs["trials"])
    seed = 1
    for flag, value in zip(argv[1::2], argv[2::2]):
        if flag == "--trials":
            trials = int(value)
        elif flag == "--seed":
            seed = int(value)
    rng = np.random.default_rng(seed)
    results = []
    seconds = 0.0
    for case in inputs["cases"]:
        start = time.perf_counter()
        result = simulate(case, trials, rng)
        result["seconds"] = time.perf_counter() - start
        seconds += result["seconds"]
        results.append(result)
    json.dump({"implementation": "numpy " + np.__version__, "trials": trials, "seed": str(seed), "threads": 1,
               "seconds": seconds, "cases": results}, sys.stdout)
    print()


def compare(argv):
    """Means within 4 combined standard errors; P50 and P90 within 0.5 % at 1e6 trials (observed: a few 1e-3
    at 2e5 trials), the limit growing as 1 / sqrt(trials) for smaller runs."""
    cpp, ref = json.load(open(argv[0])), json.load(open(argv[1]))
    quantile_limit = 0.005 * math.sqrt(1e6 / min(cpp["trials"], ref["trials"]))
    worst_z = 0.0
    worst_quantile = 0.0
    failures = []
    print(f"{'case':44s} {'mean c++':>14s} {'mean numpy':>14s} {'z':>6s} {'P50 diff':>9s} {'P90 diff':>9s}")
    for a, b in zip(cpp["cases"], ref["cases"]):
        assert a["name"] == b["name"], (a["name"], b["name"])
        z = (a["mean"] - b["mean"]) / math.hypot(a["standard_error"], b["standard_error"])
        dq = [abs(a[q] - b[q]) / abs(b[q]) for q in ("p50", "p90")]
        worst_z = max(worst_z, abs(z))
        worst_quantile = max(worst_quantile, *dq)
        print(f"{a['name']:44s} {a['mean']:14.0f} {b['mean']:14.0f} {z:6.2f} {dq[0]:9.2e} {dq[1]:9.2e}")
        if abs(z) > 4 or max(dq) > quantile_limit:
            failures.append(a["name"])
    print(f"agreement: worst |z| of the means {worst_z:.2f} (limit 4), worst P50/P90 relative difference "
          f"{worst_quantile:.2e} (limit {quantile_limit:.1e})")
    if failures:
        print("DISAGREE: " + ", ".join(failures))
        return 1
    print("the two implementations agree")
    return 0


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "run":
        run(sys.argv[2:])
    elif len(sys.argv) == 4 and sys.argv[1] == "compare":
        sys.exit(compare(sys.argv[2:]))
    else:
        sys.exit(__doc__)
