#!/usr/bin/env python3
# The learned reading of release notes, as measured by learned_experiment.py (README "A learned reading, measured"):
# fixture and rule-output loading, an excerpt's features, and two classifiers (naive Bayes, logistic regression).
# Python 3.11 standard library only.
#
# Input: the labelled fixtures (Fixtures/*.md is set "Main", Fixtures/<Set>/*.md) and a TSV of the rule analyzer's
# output per excerpt with the header `set name kind risks destructive rule_kind rule_risks rule_destructive`
# (risks comma-separated, RiskArea/ReleaseKind names as C# prints them). It is made by a throw-away xunit test in
# Core.Tests that, for each LabelledExcerpt set (All() as "Main", Fresh() as "Fresh", Fresh2() ...), writes one line per
# excerpt: e.Kind, string.Join(",", e.Risks), e.Destructive, then ReleaseAnalyzer.Analyze(e.Notes)'s Kind, Risks and
# Destructive.Any(). Not committed: the output depends on the analyzer of the day.
#
# Features: the set of lower-cased word unigrams and bigrams of the excerpt, with URLs, code spans, SETTING_NAMES,
# versions and issue references normalised to marker tokens (optionally the rules' own verdicts as extra features).
# Models: per risk area a binary classifier, for kind a 3-class one; naive Bayes (log document-frequency ratios) or
# logistic regression (Adagrad, L2, features seen in >= 2 training excerpts, each excerpt's vector scaled to unit length).
import collections, glob, math, os, random, re, sys

AREAS = ["Schema", "Auth", "External", "Config", "Infra", "Data", "Breaking"]
KINDS = ["Normal", "Hotfix", "Migration"]
HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.normpath(os.path.join(HERE, "..", "Fixtures"))


def load_fixtures(folder):
    """{(set, name): notes} for the main set ("Main") and every sub-folder set, read like LabelledExcerpt.Load."""
    out = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.md")) + glob.glob(os.path.join(folder, "*", "*.md"))):
        if path.endswith("README.md"):
            continue
        text = open(path, encoding="utf-8").read()
        m = re.match(r"---\r?\n.*?\r?\n---\r?\n", text, re.S)
        parent = os.path.basename(os.path.dirname(path))
        out[("Main" if os.path.normpath(os.path.dirname(path)) == os.path.normpath(folder) else parent, os.path.basename(path))] = text[m.end():].strip()
    return out


def load_rules(tsv):
    rows = []
    with open(tsv, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            r = dict(zip(header, line.rstrip("\n").split("\t")))
            rows.append({
                "set": r["set"], "name": r["name"], "kind": r["kind"], "risks": set(filter(None, r["risks"].split(","))),
                "rule_kind": r["rule_kind"], "rule_risks": set(filter(None, r["rule_risks"].split(","))),
            })
    return rows


URL = re.compile(r"https?://\S+|www\.\S+")
MDLINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
CODE = re.compile(r"`([^`\n]+)`")
SETTING = re.compile(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b")
VERSION = re.compile(r"\bv?\d+(?:\.\d+)+(?:[-+.][0-9A-Za-z.]+)?\b")
REF = re.compile(r"(?:\b[\w.-]+/[\w.-]+)?#\d+\b|\bGH-\d+\b|\b[A-Z]{2,}-\d+\b")
WORD = re.compile(r"[a-z][a-z0-9_]*|\d+")


def tokens(text):
    """Lower-cased words with URLs, code spans, SETTING_NAMES, versions and references replaced by marker tokens."""
    text = MDLINK.sub(r" \1 ", text)
    text = URL.sub(" xurl ", text)
    text = SETTING.sub(" xsetting ", text)
    text = CODE.sub(lambda m: " xcode " + re.sub(r"[^A-Za-z0-9]+", " ", m.group(1)) + " ", text)
    text = REF.sub(" xref ", text)
    text = VERSION.sub(" xversion ", text)
    words = WORD.findall(text.lower())
    return ["xnum" if w.isdigit() else w for w in words]


def features(text):
    """The set of unigrams and adjacent bigrams of the text (binary: each counts once per excerpt)."""
    words = tokens(text)
    feats = set(words)
    feats.update(a + " " + b for a, b in zip(words, words[1:]))
    return feats


LABELS = AREAS + KINDS


class Counts:
    """Per feature, how many excerpts carry it, overall and per label, kept per set so that training on "every set but
    these" is a subtraction (naive Bayes needs nothing else)."""

    def __init__(self, rows, docs):
        self.sets = collections.defaultdict(lambda: collections.defaultdict(lambda: [0] * (1 + len(LABELS))))
        self.size = collections.defaultdict(lambda: [0] * (1 + len(LABELS)))
        self.total = collections.defaultdict(lambda: [0] * (1 + len(LABELS)))
        for r, feats in zip(rows, docs):
            y = [1] + [int(a in r["risks"]) for a in AREAS] + [int(r["kind"] == k) for k in KINDS]
            s = self.sets[r["set"]]
            for f in feats:
                v, t = s[f], self.total[f]
                for j, yj in enumerate(y):
                    if yj:
                        v[j] += 1
                        t[j] += 1
            self.size[r["set"]] = [a + b for a, b in zip(self.size[r["set"]], y)]

    def model(self, excluded):
        return NaiveBayes(self, frozenset(excluded))


class NaiveBayes:
    """Naive Bayes over binary features trained on every set but `excluded`: per area, the log-odds that the excerpt has
    it (sum of log document-frequency ratios of its features, Laplace-smoothed, features seen in >= 2 training excerpts);
    for kind, the three classes' log-likelihoods."""

    ALPHA = 1.0
    MIN_DF = 2

    def __init__(self, counts, excluded):
        self.counts, self.excluded = counts, excluded
        n = [0] * (1 + len(LABELS))
        for s, v in counts.size.items():
            if s not in excluded:
                n = [a + b for a, b in zip(n, v)]
        self.n = n

    def vector(self, f):
        t = self.counts.total.get(f)
        if t is None:
            return None
        v = list(t)
        for s in self.excluded:
            h = self.counts.sets[s].get(f)
            if h:
                v = [a - b for a, b in zip(v, h)]
        return v if v[0] >= self.MIN_DF else None

    def weight(self, j, v):
        a, n = self.ALPHA, self.n
        return math.log((v[j] + a) / (n[j] + 2 * a)) - math.log((v[0] - v[j] + a) / (n[0] - n[j] + 2 * a))

    def scores(self, feats):
        """{area: log-odds} and {kind: log-likelihood}."""
        a, n = self.ALPHA, self.n
        out = {lab: math.log((n[1 + j] + 1) / (n[0] - n[1 + j] + 1)) for j, lab in enumerate(AREAS)}
        for j, k in enumerate(KINDS):
            out[k] = math.log((n[1 + len(AREAS) + j] + 1) / (n[0] + 3))
        for f in feats:
            v = self.vector(f)
            if v is None:
                continue
            for j, lab in enumerate(AREAS):
                out[lab] += self.weight(1 + j, v)
            for j, k in enumerate(KINDS):
                jj = 1 + len(AREAS) + j
                out[k] += math.log((v[jj] + a) / (n[jj] + 2 * a))
        return out


def quantiles(values, k=40):
    s = sorted(values)
    return sorted({s[min(len(s) - 1, int(len(s) * i / k))] for i in range(1, k)})




class Logistic:
    """Logistic regression: one sigmoid output per area and a softmax over the three kinds, trained jointly by Adagrad
    with L2 on the features present in >= 2 training excerpts; an excerpt's features are weighted 1/sqrt(count)."""

    EPOCHS, RATE, L2, MIN_DF = 6, 0.5, 1e-4, 2
    OUT = len(AREAS) + len(KINDS)

    def __init__(self, examples, seed=1):
        """examples: (features, risks, kind) triples."""
        df = collections.Counter(f for feats, _, _ in examples for f in feats)
        data = []
        for feats, risks, kind in examples:
            fs = [f for f in feats if df[f] >= self.MIN_DF] + ["xbias"]
            data.append((fs, 1 / math.sqrt(len(fs)), [int(a in risks) for a in AREAS], KINDS.index(kind)))
        w = collections.defaultdict(lambda: [0.0] * self.OUT)
        g2 = collections.defaultdict(lambda: [1e-6] * self.OUT)
        order, rnd = list(range(len(data))), random.Random(seed)
        for _ in range(self.EPOCHS):
            rnd.shuffle(order)
            for k in order:
                fs, x, y, yk = data[k]
                z = self._z(w, fs, x)
                grad = [sigmoid(z[j]) - y[j] for j in range(len(AREAS))]
                top = max(z[len(AREAS):])
                e = [math.exp(v - top) for v in z[len(AREAS):]]
                grad += [e[j] / sum(e) - (j == yk) for j in range(len(KINDS))]
                for f in fs:
                    wf, gf = w[f], g2[f]
                    for j in range(self.OUT):
                        d = grad[j] * x + self.L2 * wf[j]
                        gf[j] += d * d
                        wf[j] -= self.RATE * d / math.sqrt(gf[j])
        self.weights = dict(w)

    @staticmethod
    def _z(w, fs, x):
        z = [0.0] * Logistic.OUT
        for f in fs:
            wf = w.get(f)
            if wf:
                for j in range(Logistic.OUT):
                    z[j] += wf[j]
        return [v * x for v in z]

    def scores(self, feats):
        """{area: probability} and {kind: logit}."""
        fs = [f for f in feats if f in self.weights] + ["xbias"]
        z = self._z(self.weights, fs, 1 / math.sqrt(len(fs)))
        out = {a: sigmoid(z[j]) for j, a in enumerate(AREAS)}
        out.update({k: z[len(AREAS) + j] for j, k in enumerate(KINDS)})
        return out


def sigmoid(z):
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def rule_features(row):
    """The rules' verdicts as features, for a classifier stacked on them."""
    return {"xrule_" + a.lower() for a in row["rule_risks"]} | {"xrulekind_" + row["rule_kind"].lower()}
