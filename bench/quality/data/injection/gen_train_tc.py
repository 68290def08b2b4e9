"""Content rows written for rule 2m of ../injection-confirm/README.md by four helper sessions (../injection-tp/tc1 … tc4).

Each writer worked blind from one brief (../injection-tp/BRIEF-content.md): 300 benign documents about AI (news,
security write-ups that quote attack phrases, product docs, prompt templates, research, policies, forum threads), 100
benign documents that use the same words in ordinary senses, and 200 attack documents of the same kinds and topics,
each with its injected passage (`payload`, a substring that occurs once). Attacks go in groups of their own by writer
and family (`tc<N>/<family>`), benign documents under their writer, kind and topic; all are one source, `train_docs`.
Left out mechanically: a text equal, case and spacing aside, to any text of a blind confirmation set (read or not) —
the comparison yields only a count, no set's text is shown.
"""
import json
import os

from gen_train_tp import blind_texts, collapsed

SEED = 0  # nothing random: the rows are read, not drawn
DATA = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WRITERS = ["tc1", "tc2", "tc3", "tc4"]
SOURCE = "train_docs"
# A sweep after rule 2m's outcome: the benign documents that use AI's words in ordinary senses (topic "other") are a source of their own, so
# the folds can score them while the documents about AI stay counter-examples.
ORDINARY = "train_docs_ordinary"


def written(writer):
    with open(os.path.join(DATA, "injection-tp", writer, f"{writer}.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def rows(r, item):
    excluded = blind_texts()
    out = []
    for writer in WRITERS:
        for row in written(writer):
            text = row["text"]
            if row["mode"] != "content" or collapsed(text) in excluded:
                continue
            if row["label"] == "attack":
                start = text.index(row["payload"])
                out.append(item("train", "attack", "content", f"{writer}/{row['family']}", row["kind"], text, (start, len(row["payload"]))))
            else:
                benign = item("train", "benign", "content", "benign", f"{writer}/{row['topic']}/{row['kind']}", text)
                if row["topic"] == "other":
                    benign["source"] = ORDINARY
                out.append(benign)
    return out


def left_out():
    """How many of each writer's rows the mechanical exclusion drops (counts only)."""
    excluded = blind_texts()
    return {w: sum(collapsed(row["text"]) in excluded for row in written(w)) for w in WRITERS}


if __name__ == "__main__":
    print(left_out())
