#!/usr/bin/env python3
# Does a learned reading of release notes generalise better than the hand-written rules? Leave-one-set-out experiment.
#
# Each held-out set (every Fresh*/Typed* set) is scored by a classifier trained on all the other sets (main set
# included); every threshold is chosen on the training sets only, from their out-of-fold scores (inner leave-one-set-out
# for naive Bayes, three inner groups of sets for logistic regression), never on the held-out set. Compared per area,
# micro-averaged over the seven areas: the rules alone, the classifier alone, rules OR a confident classifier, rules
# vetoed by an unconvinced classifier, and veto plus confident additions; kind: rules, classifier, rules unless the
# classifier prefers another kind by a margin. The rules' output on the training sets is in-sample (they were tuned on
# most of those sets), which flatters the rules when thresholds are chosen: the combinations are, if anything, too timid.
#
# Usage: python3 learned_experiment.py <rules.tsv> [--model nb|lr] [--rule-features] [--jobs 2] [--sets Fresh21,...]
import multiprocessing, re, sys
from learned_model import AREAS, KINDS, FIXTURES, Counts, Logistic, features, load_fixtures, load_rules, quantiles, rule_features


def counts(pairs):
    """(tp, fp, fn) over (truth, predicted) booleans."""
    pairs = list(pairs)
    tp = sum(1 for t, p in pairs if t and p)
    return tp, sum(1 for t, p in pairs if p and not t), sum(1 for t, p in pairs if t and not p)


def f1(tp, fp, fn):
    return 2 * tp / max(1, 2 * tp + fp + fn)


# Ways of combining the rules' verdict (bool) and the classifier's probability for one area; each takes the thresholds
# it needs, chosen per area on the training folds.
def combine(method, rule, p, t):
    if method == "rules":
        return rule
    if method == "classifier":
        return p >= t[0]
    if method == "rules_or_confident":
        return rule or p >= t[0]
    if method == "rules_veto":
        return rule and p >= t[0]
    if method == "veto_and_add":
        return (rule and p >= t[0]) or p >= t[1]
    raise ValueError(method)


METHODS = {"rules": 0, "classifier": 1, "rules_or_confident": 1, "rules_veto": 1, "veto_and_add": 2}


def best_thresholds(method, pairs):
    """Thresholds maximising F1 for one area over (truth, rule, score) triples from the inner folds."""
    if METHODS[method] == 0:
        return ()
    grid = quantiles([p for _, _, p in pairs])
    if METHODS[method] == 1:
        grid = [(t,) for t in grid]
    else:
        grid = [(v, a) for v in grid[::2] for a in grid[::2] if a > v]
    return max(grid, key=lambda t: (f1(*counts((y, combine(method, r, p, t)) for y, r, p in pairs)), t))


def kind_margin(rule_kind, scores):
    best = max(KINDS, key=lambda k: scores[k])
    return best, scores[best] - scores[rule_kind]


def kind_combine(method, rule_kind, scores, t):
    best, margin = kind_margin(rule_kind, scores)
    if method == "rules":
        return rule_kind
    if method == "classifier":
        return best
    # The rules' kind unless the classifier prefers another by at least t.
    return best if best != rule_kind and margin >= t else rule_kind


KIND_METHODS = ("rules", "classifier", "rules_or_confident")


def fit(excluded):
    """A classifier trained on every set but `excluded`; returns a function scoring row i."""
    if OPTS["model"] == "nb":
        model = COUNTS.model(excluded)
        return lambda i: model.scores(DOCS[i])
    model = Logistic([(DOCS[i], r["risks"], r["kind"]) for i, r in enumerate(ROWS) if r["set"] not in excluded])
    return lambda i: model.scores(DOCS[i])


def inner_scores(held):
    """Out-of-fold scores of every training row (every set but `held`), from models that saw neither `held` nor the row."""
    sets = sorted({r["set"] for r in ROWS} - {held})
    groups = [[s] for s in sets] if OPTS["model"] == "nb" else [sets[g::3] for g in range(3)]
    out = {}
    for group in groups:
        score = fit({held, *group})
        out.update({i: score(i) for i, r in enumerate(ROWS) if r["set"] in group})
    return [out[i] for i, r in enumerate(ROWS) if r["set"] != held]


def fold(held):
    train_rows = [r for r in ROWS if r["set"] != held]
    inner = inner_scores(held)
    thresholds = {m: {a: best_thresholds(m, [(a in r["risks"], a in r["rule_risks"], p[a]) for r, p in zip(train_rows, inner)]) for a in AREAS}
                  for m in METHODS}
    margins = quantiles([kind_margin(r["rule_kind"], p)[1] for r, p in zip(train_rows, inner)] + [0.0])
    kind_t = max(margins, key=lambda t: sum(kind_combine("rules_or_confident", r["rule_kind"], p, t) == r["kind"] for r, p in zip(train_rows, inner)))
    score = fit({held})
    test = [(r, score(i)) for i, r in enumerate(ROWS) if r["set"] == held]
    res = {}
    for m in METHODS:
        tp = fp = fn = 0
        for a in AREAS:
            c = counts((a in r["risks"], combine(m, a in r["rule_risks"], p[a], thresholds[m][a])) for r, p in test)
            tp, fp, fn = tp + c[0], fp + c[1], fn + c[2]
        res[m] = (tp, fp, fn)
    res["kind"] = {m: sum(kind_combine(m, r["rule_kind"], p, kind_t) == r["kind"] for r, p in test) for m in KIND_METHODS}
    res["n"] = len(test)
    res["thresholds"] = thresholds
    return held, res


def rp(c):
    tp, fp, fn = c
    r, p = tp / max(1, tp + fn), tp / max(1, tp + fp)
    return r, p, 2 * r * p / max(1e-9, r + p)


def print_row(name, res):
    cells = []
    for m in METHODS:
        r, p, f = rp(res[m])
        cells.append(f"{100 * r:5.1f}/{100 * p:5.1f}/{100 * f:5.1f}")
    kinds = "/".join(str(res["kind"][m]) for m in KIND_METHODS)
    print(f"{name:8} n={res['n']:3}  " + "  ".join(cells) + f"  kind {kinds}")


ROWS, DOCS, COUNTS, OPTS = [], [], None, {}


def main(argv):
    global ROWS, DOCS, COUNTS
    tsv = argv[1]
    OPTS["model"] = argv[argv.index("--model") + 1] if "--model" in argv else "lr"
    notes = load_fixtures(FIXTURES)
    ROWS = load_rules(tsv)
    missing = [(r["set"], r["name"]) for r in ROWS if (r["set"], r["name"]) not in notes]
    assert not missing and len(ROWS) == len(notes), (missing[:3], len(ROWS), len(notes))
    DOCS = [features(notes[(r["set"], r["name"])]) | (rule_features(r) if "--rule-features" in argv else set()) for r in ROWS]
    COUNTS = Counts(ROWS, DOCS)
    held = argv[argv.index("--sets") + 1].split(",") if "--sets" in argv else sorted({r["set"] for r in ROWS if r["set"] != "Main"}, key=lambda s: (s.rstrip("0123456789"), int(re.sub(r"\D", "", s) or 1)))
    print(f"model {OPTS['model']}{' + rule features' if '--rule-features' in argv else ''}; cells recall/precision/F1 over all areas for: "
          + ", ".join(METHODS) + "; kind right: " + "/".join(KIND_METHODS))
    jobs = int(argv[argv.index("--jobs") + 1]) if "--jobs" in argv else 1
    results = {}
    with multiprocessing.Pool(jobs) as pool:
        for name, res in pool.imap(fold, held):
            results[name] = res
            print_row(name, res)
            sys.stdout.flush()
    total = {m: tuple(sum(res[m][j] for res in results.values()) for j in range(3)) for m in METHODS}
    total["kind"] = {m: sum(res["kind"][m] for res in results.values()) for m in KIND_METHODS}
    total["n"] = sum(res["n"] for res in results.values())
    print_row("POOLED", total)
    mean = {m: tuple(sum(rp(res[m])[j] for res in results.values()) / len(results) for j in range(3)) for m in METHODS}
    print("MEAN over sets: " + "  ".join(f"{m} F1 {100 * mean[m][2]:.1f} (R {100 * mean[m][0]:.1f} P {100 * mean[m][1]:.1f})" for m in METHODS))


if __name__ == "__main__":
    main(sys.argv)
