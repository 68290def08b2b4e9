import sys, re, collections
rows = collections.defaultdict(list)
for f in sys.argv[1:]:
    for line in open(f):
        p = line.rstrip("\n").split("\t")
        if len(p) < 7 or not p[3]:
            continue
        view, how, seed, ex, ti, thr, fam = p[:7]
        m = re.search(r"base attacks (\d+)/(\d+).*?base benign (\d+)/(\d+)", ex)
        ba, bn, bf, bb = map(int, m.groups())
        t9 = re.search(r"gen_train_task9 attacks (\S+)", ex).group(1)
        t9a = re.search(r"gen_train_task9 attacks (\d+)/(\d+)", ex)
        t9b = re.search(r"gen_train_task9 benign (\d+)/(\d+)", ex)
        tk, tn = map(int, re.search(r"(\d+)/(\d+)", ti).groups())
        rows[(view, how)].append(dict(seed=int(seed), base=ba / bn, fp=bf, other=(ba - tk) / (bn - tn), ti=tk / tn,
                                      t9a=(int(t9a.group(1)) / int(t9a.group(2))) if t9a else None, t9b=int(t9b.group(1)) if t9b else None,
                                      t9bn=int(t9b.group(2)) if t9b else None))
for (view, how), xs in rows.items():
    xs.sort(key=lambda x: x["seed"])
    mean = lambda k: sum(x[k] for x in xs) / len(xs)
    t9a = [x["t9a"] for x in xs if x["t9a"] is not None]
    t9b = [x["t9b"] for x in xs if x["t9b"] is not None]
    print(f"{view:9} {how:14} n={len(xs)} seeds {xs[0]['seed']}-{xs[-1]['seed']}  TI {' '.join('%.3f' % x['ti'] for x in xs)} mean {mean('ti'):.3f} | base {mean('base'):.3f} | other {mean('other'):.3f} | fp {sum(x['fp'] for x in xs)} | t9a {sum(t9a)/len(t9a) if t9a else float('nan'):.3f} | t9b {sum(t9b)}/{sum(x['t9bn'] for x in xs if x['t9bn'])}")
