"""Prompts of the read confirmation sets as prompt-head train rows (rule 2a of ../injection-confirm/README.md).

Seven confirmation sets carry prompts and have been read for design (injection-confirm, -confirm2, -confirm3,
-confirm4, -confirm7, -confirm8, -confirm9): written blind by seven helper sessions, measured, then read. Their prompts
become train rows here: each attack in a family of its own set (`read-<set>/<family>`, a group the folds hold out like
any family), each benign prompt under its set and kind. The fifth and tenth sets are measured but unread, and the
eleventh is unmeasured: none of their rows is taken. From then on the seven sets are in-sample for the model too.

Rule 2b leaves out two kinds of attack family, chosen by name: the out-of-family split's prompt families (many-shot,
payload splitting, refusal suppression), which no train row may teach, and output exfiltration, since a user's own
request to put a link or an image in the answer is not an injection in prompt mode.
"""
import json
import os

SEED = 0  # nothing random: the rows are read, not drawn
DATA = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEFT_OUT = ("many-shot", "many_shot", "payload", "refusal", "exfil")
SETS = ["injection-confirm/confirm.jsonl", "injection-confirm2/confirm2.jsonl", "injection-confirm3/confirm3.jsonl",
        "injection-confirm4/confirm4.jsonl", "injection-confirm7/confirm7.jsonl", "injection-confirm8/confirm8.jsonl",
        "injection-confirm9/confirm9.jsonl"]


def rows(r, item):
    out = []
    for path in SETS:
        name = path.split("/")[0].removeprefix("injection-")
        with open(os.path.join(DATA, path), encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                if row["mode"] != "prompt":
                    continue
                if row["label"] == "attack":
                    if any(word in row["family"] for word in LEFT_OUT):
                        continue
                    out.append(item("train", "attack", "prompt", f"read-{name}/{row['family']}", "prompt", row["text"]))
                else:
                    out.append(item("train", "benign", "prompt", "benign", f"read-{name}/{row['kind']}", row["text"]))
    return out
