"""Does an injected window stand out from its document? A study on the read confirmation sets, not a detector.

An injected payload is off-topic for the document that carries it; an IT runbook's "password" and "admin" recur all
through it. For each window of the content scorer, `support` is the share of its content words (four or more letters,
not a stop word) that occur elsewhere in the document; the document's score becomes
max over windows of (logit - gamma * support). gamma = 0 is the shipped scorer's window maximum (without rule evidence
and the length discount).

    dotnet bench/Airs.Quality/bin/Release/net10.0/Airs.Quality.dll window-tokens-jsonl <set.jsonl> > windows.jsonl
    python3 bench/quality/studies/window_support.py windows.jsonl ...

Prints, per file and gamma, the AUC of attacks against benign documents, the recall at the score that flags 5 % of
benign documents, and (for sets with strata) the AUC against everyday documents alone. Only for sets that are read:
never a fresh confirmation set, and gamma would have to be chosen on held-out folds of train, not here.
"""
import bisect
import json
import sys

STOP = set("""the a an and or of to in on for with at by from is are was were be been this that these those it its as if not
no but you your we our they their he she his her i me my will can may must should would could do does did have has had
so than then there here what which who when where how all any each more most some such only own same too very just also
into out up down over under about after before again further once""".split())
GAMMAS = [0, 2, 4, 6, 8]
WINDOW, STRIDE = 8, 4


def tokens_of(windows):
    """The document's tokens, rebuilt from its windows (every STRIDE tokens, then the one ending at the last token)."""
    if len(windows) == 1:
        return list(windows[0])
    tokens = list(windows[0])
    for w in windows[1:-1]:
        tokens += w[WINDOW - STRIDE:]
    last, covered = windows[-1], len(tokens)
    for extra in range(WINDOW + 1):
        kept = WINDOW - extra
        if kept == 0 or last[:kept] == tokens[covered - kept:covered]:
            return tokens + last[kept:]
    raise ValueError("windows do not overlap as expected")


def spans(windows, n):
    if len(windows) == 1:
        return [(0, n)]
    return [(STRIDE * k, STRIDE * k + WINDOW) for k in range(len(windows) - 1)] + [(n - len(windows[-1]), n)]


def scores(row):
    windows, logits = row["tokens"], row["logits"]
    if not windows:
        return {g: float("-inf") for g in GAMMAS}
    tokens = tokens_of(windows)
    support = []
    for (a, b), window in zip(spans(windows, len(tokens)), windows):
        words = [t for t in window if len(t) >= 4 and t.isalpha() and t not in STOP]
        elsewhere = set(tokens[:a] + tokens[b:])
        support.append(sum(t in elsewhere for t in words) / len(words) if words else 0.0)
    return {g: max(l - g * s for l, s in zip(logits, support)) for g in GAMMAS}


def auc(positives, negatives):
    negatives = sorted(negatives)
    wins = sum(bisect.bisect_left(negatives, p) + 0.5 * (bisect.bisect_right(negatives, p) - bisect.bisect_left(negatives, p)) for p in positives)
    return wins / (len(positives) * len(negatives))


def main(paths):
    for path in paths:
        rows = [json.loads(line) for line in open(path, encoding="utf-8")]
        per_row = [scores(r) for r in rows]
        cells = []
        for g in GAMMAS:
            attacks = [s[g] for r, s in zip(rows, per_row) if r["attack"]]
            benign = [s[g] for r, s in zip(rows, per_row) if not r["attack"]]
            everyday = [s[g] for r, s in zip(rows, per_row) if not r["attack"] and r.get("stratum") == "everyday"]
            cut = sorted(benign, reverse=True)[max(0, len(benign) // 20 - 1)]
            recall = sum(a > cut for a in attacks) / len(attacks)
            cells.append(f"gamma {g}: AUC {auc(attacks, benign):.3f}, recall at 5 % {recall:.3f}" + (f", everyday AUC {auc(attacks, everyday):.3f}" if everyday else ""))
        print(path, " | ".join(cells))


if __name__ == "__main__":
    main(sys.argv[1:])
