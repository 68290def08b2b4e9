import json, re, collections, hashlib, subprocess, sys
rows = [json.loads(l) for l in open("confirm24.jsonl", encoding="utf-8")]
keys = ["split","label","mode","family","kind","stratum","text"]
assert all(list(r.keys()) == keys for r in rows)
C = collections.Counter
print(len(rows), C(r["stratum"] for r in rows), C(r["label"] for r in rows))
fam = C(r["family"] for r in rows if r["label"]=="attack")
print("families", len(fam), min(fam.values()), max(fam.values()))
assert all(r["stratum"]=="attack" for r in rows if r["label"]=="attack")
print("kinds", len(C(r["kind"] for r in rows)))
lens = [len(r["text"]) for r in rows]
print("len", min(lens), max(lens))
for r in rows:
    t = r["text"]
    if len(t) < 15 or len(t) > 1500: print("LEN", len(t), t[:60])
    if re.search(r"<<[a-z]", t): print("SLOT?", t[:100])
    for m in re.findall(r"[A-Za-z0-9.-]+\.(?:com|org|net|io|co|ai|gov)\b", t): print("HOST", m, t[:60])
texts = [r["text"] for r in rows]
print("dup texts", len(texts)-len(set(texts)))
assert all(r["split"]=="confirm24" and r["mode"]=="prompt" for r in rows)
bad = []
for t in texts:
    for h in re.findall(r"https?://([^/\s?\"')\]]+)", t) + re.findall(r"@([A-Za-z0-9.-]+)", t):
        h = h.rstrip(".")
        if not (h.endswith(".example") or h.endswith(".test")): bad.append(h)
print("non-reserved hosts:", bad)
langs = C()
print("other-language rows", sum(1 for r in rows if r["family"]=="other-language"))
import subprocess
a = open("confirm24.jsonl","rb").read()
subprocess.run([sys.executable, "gen_confirm24.py"], check=True, capture_output=True)
b = open("confirm24.jsonl","rb").read()
print("deterministic:", a == b, hashlib.sha256(b).hexdigest())
readme = open("README.md", encoding="utf-8").read()
print("readme has sha:", hashlib.sha256(b).hexdigest() in readme, "licence line:", "licence: written for the project (same licence as the repo)" in readme)
