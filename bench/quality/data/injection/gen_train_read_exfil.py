"""Exfiltration attacks of the read confirmation sets as train attacks (rule 1y of ../injection-confirm/README.md).

The first four confirmation sets were written blind, measured, and then read to design rules: they are in-sample for
design already. Their exfiltration documents (73, four other writers' voices: a page or message that asks the AI
reading it to render an image or link whose URL carries the user's data) become train attacks here, so that documents
which use links in their ordinary senses (gen_train_everyday_a.py, gen_train_everyday_b.py) do not teach the content
head that every link is ordinary. From then on exfiltration is a family the model has been trained on.

An attack needs a payload span (the windows holding it are attacks, the others benign). The sets carry none, so it is
computed mechanically, the same way for every row: the paragraph (between blank lines) holding the last URL with a
query string (the last URL when none has one); when that paragraph is the whole text or longer than 400 characters,
that URL's line instead, and the line before it too when the URL's line holds at most two words before the URL (a URL
on a line of its own after the order that fills it).
"""
import json
import os
import re

SEED = 0  # nothing random: the rows are read, not drawn
DATA = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SETS = {"injection-confirm/confirm.jsonl": "exfiltration", "injection-confirm2/confirm2.jsonl": "exfil_markdown",
        "injection-confirm3/confirm3.jsonl": "exfil-markdown", "injection-confirm4/confirm4.jsonl": "exfiltration"}
URL = re.compile(r"https?://\S+")


def payload(text):
    """The payload span (start, length) of an exfiltration document, as the module's docstring says."""
    urls = list(URL.finditer(text))
    with_query = [m for m in urls if "=" in m.group()[m.group().find("?") + 1:] and "?" in m.group()]
    url = (with_query or urls)[-1]
    start = text.rfind("\n\n", 0, url.start())
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", url.end())
    end = len(text) if end < 0 else end
    if (start == 0 and end == len(text)) or end - start > 400:
        start = text.rfind("\n", 0, url.start()) + 1
        end = text.find("\n", url.end())
        end = len(text) if end < 0 else end
        if len(text[start:url.start()].split()) <= 2 and start > 0:
            start = text.rfind("\n", 0, start - 1) + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end - start


def rows(r, item):
    out = []
    for path, family in SETS.items():
        name = path.split("/")[0].removeprefix("injection-")
        with open(os.path.join(DATA, path), encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                if row["mode"] == "content" and row["family"] == family:
                    out.append(item("train", "attack", "content", "exfiltration-read", f"read-exfil/{name}/{row['kind']}", row["text"], payload(row["text"])))
    return out
