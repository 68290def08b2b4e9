"""Prompt rows written for rule 2i of ../injection-confirm/README.md by four helper sessions (../injection-tp).

Each writer worked blind from one brief (../injection-tp/BRIEF.md): 400 prompt attacks in at least 16 families (none
of many-shot, payload splitting, refusal suppression or output exfiltration) and 800 benign prompts, 600 of them
everyday requests written as contrastive pairs of the attacks and 200 about AI security. Attacks go in groups of
their own by writer and family (`tp<N>/<family>`), benign prompts under their writer and kind. Left out mechanically:
a text equal, case and spacing aside, to a sentence the brief gives as an example, or to any text of a blind
confirmation set (read or not) — the comparison yields only a count, no set's text is shown.
"""
import glob
import json
import os

SEED = 0  # nothing random: the rows are read, not drawn
DATA = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WRITERS = ["tp1", "tp2", "tp3", "tp4"]
# Rule 2l: three more writers' benign prompts that address the assistant (brief BRIEF-address.md), read with TP_ROWS=address.
ADDRESS_WRITERS = ["ad1", "ad2", "ad3"]


def collapsed(text):
    return " ".join(text.lower().split())


def brief_examples():
    """The example requests quoted in the briefs, in double quotes."""
    examples = set()
    for name in ("BRIEF.md", "BRIEF-address.md"):
        with open(os.path.join(DATA, "injection-tp", name), encoding="utf-8") as f:
            examples.update(collapsed(part) for part in f.read().split('"')[1::2] if len(part) > 20)
    return examples


# The blind sets whose texts train leaves out: those written before the shipped train.jsonl (sets 1 to 21). A set written
# later may repeat a writer's text by chance; leaving it out too would change train and the model already shipped, so
# the set's README says so instead (the twenty-second: one everyday prompt).
LAST_EXCLUDED_SET = 21


def blind_texts(last=LAST_EXCLUDED_SET):
    texts = set()
    for path in glob.glob(os.path.join(DATA, "injection-confirm*", "*.jsonl")):
        number = os.path.basename(os.path.dirname(path))[len("injection-confirm"):]
        if number and int(number) > last:
            continue
        with open(path, encoding="utf-8") as f:
            texts.update(collapsed(json.loads(line)["text"]) for line in f)
    return texts


AI_SECURITY = "train_prompts_ai_security"


def written(writer):
    with open(os.path.join(DATA, "injection-tp", writer, f"{writer}.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def rows(r, item, writers=WRITERS):
    excluded = brief_examples() | blind_texts()
    out = []
    for writer in writers:
        for row in written(writer):
            if row["mode"] != "prompt" or collapsed(row["text"]) in excluded:
                continue
            if row["label"] == "attack":
                out.append(item("train", "attack", "prompt", f"{writer}/{row['family']}", "prompt", row["text"]))
            else:
                benign = item("train", "benign", "prompt", "benign", f"{writer}/{row['kind']}", row["text"])
                # Rule 2j: the AI-security prompts are a source of their own, so the folds can place them apart.
                if row["kind"].startswith("ai-security"):
                    benign["source"] = AI_SECURITY
                out.append(benign)
    return out


def left_out():
    """How many of each writer's rows the mechanical exclusion drops (counts only)."""
    excluded = brief_examples() | blind_texts()
    return {w: sum(collapsed(row["text"]) in excluded for row in written(w)) for w in WRITERS + ADDRESS_WRITERS}


if __name__ == "__main__":
    print(left_out())
