#!/usr/bin/env python3
# Re-verifies one blind fixture set (Fresh16, Fresh17, ...): front matter format, canonical risk order, every excerpt
# line-aligned and verbatim in `git show <sha>:<path>` of the snapshot under /work/.mirror/<owner>+<repo>/repo
# (taken with the session `fetch` tool), 3-40 lines, no project from another fixture set, <= 4 per project;
# prints the counts used in the set's README.md (add --table for the Files table).
# Same checks as verify_fresh16.py, with the set folder given instead of fixed.
# Usage: python3 verify_fresh.py tests/DeployBot.Core.Tests/Plans/Analysis/Fixtures/Fresh17 [--table]
import os, re, subprocess, sys, collections, glob
D = os.path.normpath(sys.argv[1]); FIX = os.path.dirname(D)
ORDER = ["schema","auth","external","config","infra","data","breaking"]
other = set()
for f in glob.glob(os.path.join(FIX, "**", "*.md"), recursive=True):
    if os.path.dirname(os.path.normpath(f)) == D: continue
    for line in open(f, encoding="utf-8"):
        if line.startswith("source:"): other.add(line.split()[1])
rows = []; err = 0
for f in sorted(glob.glob(os.path.join(D, "*.md"))):
    if f.endswith("README.md"): continue
    t = open(f, encoding="utf-8").read()
    m = re.match(r'---\nsource: (\S+) (\S+)@([0-9a-f]{40})\nkind: (normal|hotfix|migration)\nrisks: \[([a-z, ]*)\]\ndestructive: (true|false)\nwhy: "([^"]+)"\n---\n(.*)\Z', t, re.S)
    if not m: print("BAD FORMAT", f); err += 1; continue
    repo, path, sha, kind, risks, destr, why, body = m.groups()
    risks = [r for r in risks.split(", ") if r]
    if any(r not in ORDER for r in risks) or risks != [r for r in ORDER if r in risks]: print("RISK ORDER", f); err += 1
    src = subprocess.run(["git", "--git-dir=/work/.mirror/%s/repo" % repo.replace("/", "+"), "show", f"{sha}:{path}"], capture_output=True, check=True).stdout.decode("utf-8")
    ex = body[:-1] if body.endswith("\n") else body
    n = ex.count("\n") + 1
    if ("\n" + ex + "\n") not in ("\n" + src + "\n"): print("NOT VERBATIM (line-aligned)", f); err += 1
    if not 3 <= n <= 40: print("LENGTH", f, n); err += 1
    if repo in other: print("PROJECT USED BEFORE", repo); err += 1
    exp = "%s__%s__" % tuple(repo.split("/"))
    if not os.path.basename(f).startswith(exp): print("NAME", f); err += 1
    rows.append((os.path.basename(f), repo, kind, risks, destr, n))
proj = collections.Counter(r[1] for r in rows)
if max(proj.values()) > 4: print("TOO MANY PER PROJECT"); err += 1
print("files", len(rows), "projects", len(proj), "errors", err)
print("kinds", dict(collections.Counter(r[2] for r in rows)))
print("destructive", dict(collections.Counter(r[4] for r in rows)))
rc = collections.Counter(x for r in rows for x in r[3])
for k in ORDER: print("|", k, "|", rc[k], "|")
print("| (no risk) |", sum(1 for r in rows if not r[3]), "|")
print("lines min/max", min(r[5] for r in rows), max(r[5] for r in rows))
print("Projects:", ", ".join(sorted(proj, key=str.lower)))
if "--table" in sys.argv:
    for r in sorted(rows, key=lambda r: r[0].lower()):
        print("| `%s` | %s | %s | %s | %s |" % (r[0], r[1], r[2], ", ".join(r[3]) or "(none)", r[4]))
sys.exit(1 if err else 0)
