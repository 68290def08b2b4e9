"""Benign documents of the read confirmation sets as train texts (rule 1t of ../injection-confirm/README.md).

The first four confirmation sets (injection-confirm, -confirm2, -confirm3, -confirm4) were written blind by helper
sessions, measured, and then read to design rules: they are in-sample for design already. Their benign content
documents, about 960 written in four other voices and many more kinds than this corpus's generators, become train
texts here; from then on those sets are in-sample for the model too (the quality table says so). Their attacks are
not taken: they carry no payload span, and an attack without one is an attack in every window, carrier text included.

Each document is tagged with the stratum it belongs to: "everyday" or "ai-security" (texts about AI products and
their security, which quote attacks). The fourth set labels it; for the first three it follows from the writer's
family or kind, by the lists below, fixed before any model was trained on them.
"""
import json
import os

SEED = 0  # nothing random: the rows are read, not drawn
DATA = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SETS = {"injection-confirm/confirm.jsonl": ("kind", {"ai-docs", "security-advisory"}),
        "injection-confirm2/confirm2.jsonl": ("family", {"ai_product_docs", "security_writeup"}),
        "injection-confirm3/confirm3.jsonl": ("family", {"ai-product-docs", "security-writeup"}),
        "injection-confirm4/confirm4.jsonl": ("stratum", {"ai-security"})}


def stratum(row, field, ai_security):
    return "ai-security" if row.get(field) in ai_security else "everyday"


def rows(r, item):
    out = []
    for path, (field, ai_security) in SETS.items():
        name = path.split("/")[0].removeprefix("injection-")
        with open(os.path.join(DATA, path), encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                if row["mode"] != "content" or row["label"] != "benign":
                    continue
                s = stratum(row, field, ai_security)
                out.append(dict(item("train", "benign", "content", "benign", f"read-{s}/{name}/{row['kind']}", row["text"]), stratum=s))
    return out
