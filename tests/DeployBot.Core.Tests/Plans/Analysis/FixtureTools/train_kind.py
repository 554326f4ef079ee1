#!/usr/bin/env python3
# Trains the release-kind reading the product uses (src/DeployBot.Core/Plans/Analysis/LearnedKind.cs): the logistic
# regression of learned_model.py (same features, hyper-parameters and seed as `learned_experiment.py --model lr
# --rule-features`) on ALL labelled excerpts in the repository, stacked on the rules' verdicts, and writes what inference
# needs for kind to src/DeployBot.Core/Plans/Analysis/Learned/kind-model.json: the kind weights of every feature seen in
# >= 2 excerpts (rounded to 4 decimals) and the bias. Features whose three kind weights are all below PRUNE in absolute
# value are dropped; the script prints how many in-sample predictions that changes.
#
# Input: a TSV of the RULES' verdicts (header `set name kind risks destructive rule_kind rule_risks rule_destructive`),
# written by a throw-away xunit test in Core.Tests (not committed) that runs the rules alone for every LabelledExcerpt
# set (learned_model.py's header says how). ReleaseAnalyzer.Analyze is the rules alone today; once LearnedKind decides
# its kind, the dump must call a rules-only entry point instead, never record the model's own output as its input.
#
# Usage: python3 train_kind.py rules.tsv [--out kind-model.json] [--predict out.tsv] [--exclude SET ...]
#   --exclude keeps a set out of training (the newest blind set, so that its kind line stays a check of unseen notes).
#   --predict writes `set name label p_normal p_hotfix p_migration kind` per excerpt from the written (pruned) model,
#   computed as LearnedKind.cs does, for the C#/Python parity check.
import json, math, os, sys
from learned_model import AREAS, KINDS, FIXTURES, Logistic, features, load_fixtures, load_rules, rule_features

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "..", "src", "DeployBot.Core", "Plans", "Analysis", "Learned", "kind-model.json"))
PRUNE = 0.05
DIGITS = 4


def kind_features(notes, rule_kind, rule_risks):
    """The model's input: the words and word pairs of the notes and the rules' kind and risk areas."""
    return features(notes) | rule_features({"rule_kind": rule_kind, "rule_risks": rule_risks})


def probabilities(model, feats):
    """Softmax over the kinds, as LearnedKind.Probabilities computes it from the written model."""
    weights, bias = model["weights"], model["bias"]
    present = [f for f in sorted(feats) if f in weights]
    x = 1 / math.sqrt(len(present) + 1)
    z = [b for b in bias]
    for f in present:
        z = [a + w for a, w in zip(z, weights[f])]
    z = [v * x for v in z]
    top = max(z)
    e = [math.exp(v - top) for v in z]
    return [v / sum(e) for v in e]


def main(argv):
    tsv = argv[1]
    out = argv[argv.index("--out") + 1] if "--out" in argv else OUT
    excluded = {argv[i + 1] for i, a in enumerate(argv) if a == "--exclude"}
    notes = {key: text for key, text in load_fixtures(FIXTURES).items() if key[0] not in excluded}
    rows = [r for r in load_rules(tsv) if r["set"] not in excluded]
    missing = [(r["set"], r["name"]) for r in rows if (r["set"], r["name"]) not in notes]
    assert not missing and len(rows) == len(notes), (missing[:3], len(rows), len(notes))
    # Sorted lists rather than sets: the same model whatever PYTHONHASHSEED is (sums in a fixed order).
    docs = [sorted(kind_features(notes[(r["set"], r["name"])], r["rule_kind"], r["rule_risks"])) for r in rows]
    lr = Logistic([(d, r["risks"], r["kind"]) for d, r in zip(docs, rows)])
    k0 = len(AREAS)
    full = {f: w[k0:] for f, w in lr.weights.items() if f != "xbias"}
    kept = {f: [round(v, DIGITS) for v in w] for f, w in sorted(full.items()) if max(abs(v) for v in w) >= PRUNE}
    model = {
        "about": "Release-kind logistic regression stacked on the rules' verdicts; written by tests/DeployBot.Core.Tests/"
                 "Plans/Analysis/FixtureTools/train_kind.py from " + str(len(rows)) + " labelled excerpts. Do not edit by hand.",
        "kinds": KINDS,
        "bias": [round(v, DIGITS) for v in lr.weights["xbias"][k0:]],
        "weights": kept,
    }
    unpruned = {"weights": full, "bias": lr.weights["xbias"][k0:]}
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        json.dump(model, f, separators=(",", ":"), ensure_ascii=False, sort_keys=False)
        f.write("\n")
    argmax = lambda p: KINDS[max(range(len(KINDS)), key=lambda j: p[j])]
    written = [argmax(probabilities(model, set(d))) for d in docs]
    exact = [argmax(probabilities(unpruned, set(d))) for d in docs]
    print(f"{len(rows)} excerpts; {len(full)} features with df >= 2, {len(kept)} kept (|w| >= {PRUNE}); {os.path.getsize(out)} bytes -> {out}")
    print(f"in-sample kind right: unpruned {sum(k == r['kind'] for k, r in zip(exact, rows))}, written {sum(k == r['kind'] for k, r in zip(written, rows))}, "
          f"rules {sum(r['rule_kind'] == r['kind'] for r in rows)} of {len(rows)}; pruning and rounding change {sum(a != b for a, b in zip(written, exact))} predictions")
    if "--predict" in argv:
        with open(argv[argv.index("--predict") + 1], "w", encoding="utf-8") as f:
            f.write("set\tname\tlabel\tp_normal\tp_hotfix\tp_migration\tkind\n")
            for r, d in zip(rows, docs):
                p = probabilities(model, set(d))
                f.write(f"{r['set']}\t{r['name']}\t{r['kind']}\t" + "\t".join(repr(v) for v in p) + f"\t{argmax(p)}\n")


if __name__ == "__main__":
    main(sys.argv)
