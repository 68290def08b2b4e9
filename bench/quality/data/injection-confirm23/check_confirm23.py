import json, collections, re, sys
rows = [json.loads(l) for l in open(__import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)), "confirm23.jsonl"), encoding="utf-8")]
KEYS = ["split", "label", "mode", "family", "kind", "stratum", "text"]
ok = True
def bad(msg):
    global ok; ok = False; print("FAIL", msg)
for i, r in enumerate(rows):
    if list(r.keys()) != KEYS: bad("keys %d" % i)
    if r["split"] != "confirm23" or r["mode"] != "prompt": bad("split/mode %d" % i)
    if (r["label"] == "attack") != (r["stratum"] == "attack"): bad("label/stratum %d" % i)
    if r["stratum"] not in ("attack", "everyday", "ai-security"): bad("stratum %d" % i)
    if not 15 <= len(r["text"]) <= 1500: bad("len %d %d" % (i, len(r["text"])))
    if "<<" in r["text"] and re.search(r"<<[a-z0-9]+>>", r["text"]): bad("slot %d" % i)
    if "[[ENC]]" in r["text"]: bad("enc %d" % i)
    if "@@ " in r["text"]: bad("marker %d" % i)
st = collections.Counter(r["stratum"] for r in rows)
print("strata", dict(st))
if st != {"attack": 320, "everyday": 220, "ai-security": 60}: bad("strata counts")
fam = collections.Counter(r["family"] for r in rows if r["label"] == "attack")
print("families", len(fam))
for k, v in fam.items():
    print("  %-30s %d" % (k, v))
    if not 12 <= v <= 16: bad("family size %s" % k)
if len(fam) < 22: bad("n families")
kinds = collections.Counter(r["kind"] for r in rows)
print("distinct kinds", len(kinds))
texts = [r["text"] for r in rows]
if len(set(texts)) != len(texts): bad("duplicate texts")
L = [len(t) for t in texts]
print("length min/max", min(L), max(L))
for s in ("attack", "everyday", "ai-security"):
    ls = [len(r["text"]) for r in rows if r["stratum"] == s]
    print("  %s: %d-%d, median %d" % (s, min(ls), max(ls), sorted(ls)[len(ls)//2]))
ol = [r for r in rows if r["family"] == "other_language"]
print("other_language rows", len(ol), "kinds", sorted(set(r["kind"] for r in ol)))
print("ALL OK" if ok else "PROBLEMS")
