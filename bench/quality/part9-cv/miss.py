import sys, json, collections
rows = {r["text"].replace("\t"," ").replace("\n"," "): r for r in map(json.loads, open("bench/quality/data/injection/train.jsonl"))}
def load(f):
    d = {}
    for line in open(f):
        lab, grp, logit, ev, text = line.rstrip("\n").split("\t", 4)
        d[text] = float(logit)
    return d
a, b = load(sys.argv[1]), load(sys.argv[2])
thr = float(sys.argv[3]) if len(sys.argv) > 3 else 2.0
by = collections.defaultdict(list)
for t, r in rows.items():
    if r["family"] == "task-injection" and r.get("source") != "gen_train_task9" and t in a and t in b:
        p = r["text"][r["payload"][0]: r["payload"][0] + r["payload"][1]]
        by[p].append((a[t], b[t]))
for p, xs in sorted(by.items(), key=lambda kv: sum(x[1]-x[0] for x in kv[1])/len(kv[1])):
    print(f"{sum(x[0] for x in xs)/len(xs):6.2f} -> {sum(x[1] for x in xs)/len(xs):6.2f}  n={len(xs)}  {p}")
