"""TRAIN-only short benign prompt texts, part 10 (issue 20, prompt recall, branch wt/prompt10).

Benign counter-examples only, short (about 3-14 words): a user's own wishes about the form of the reply — length,
format, tone, register, language, how much to explain — and short feedback on the assistant's last reply. Part 9's
counter-examples (longer benign prompts with attack vocabulary) raised the prompt head's grouped cross-validation, but
the model retrained on them scored short, low-information messages higher (its Platt offset rose from -0.22 to 1.07)
and no short benign prompt was in train: these kinds are meant to sit beside part 9's candidate.

Written for this project from general knowledge of how people talk to a chat assistant, compositionally (a request
about the form x a modifier x casing and end punctuation); nothing here was written by reading dev or out-of-family
texts or their templates, nor the held-out short list in tests/Airs.Runtime.Tests/Detectors/InjectionShortChatHeldOutTests.cs
(its texts are dropped if generated, as gen_train_chat.py does), nor the unit tests' texts. Openings that attacks use
("from now on", "you are now", "act as", "pretend", "for the rest of", "new rule", "always", "going forward",
"ignore", "forget", "disregard") are not used, unlike part 7's chat-style kind. Words about apologising are not used
either (a held-out benign message is about that; a kind of its own would be tuning to it).

Kinds: `form-length` (how long or short), `form-format` (lists, tables, code blocks, headings, plain text),
`form-tone` (tone and register), `form-feedback` (short feedback on the last reply: too long, too vague, too technical).
Prompt mode only; its own seed (10010), so dev.jsonl and ood.jsonl stay byte for byte as they were. Writes nothing
unless P10_ROWS=1 (see ROWS); neither candidate passed the rule (docs/detectors-log.md, *Part 10*).
"""
import os

SEED = 10010

# Whether generate.py writes the rows (P10_ROWS=1), and which kinds (P10_KINDS=kind,kind… for sweeps; every kind unless
# set). See docs/detectors-log.md, *Part 10*, for the grouped cross-validation and the rule that decide it.
# The candidate: these four kinds beside part 9's candidate (its nine kinds, P9_ROWS=1 P9_KINDS=<gen_train_prompt9.CANDIDATE>),
# all benign counter-examples (the trainer's default AIRS_TRAIN_P8=counter: every fold trains on them, none scores them).
# The shipping rule, written down before the final checks (2026-11-25, 12:45 UTC), the same as part 9's: the rows are
# written and the model retrained only if (1) the prompt head's grouped-CV `found` recall on the texts train had before
# ("base", 1,164 attacks, 1,634 scored benign), mean over fold seeds 20-27, rises by >= 0.03 over "no new rows"
# (AIRS_TRAIN_P8=off, same fold assignment: every new kind in the group list) at no higher base false-positive count;
# (2) the mean over the confirmation seeds 28-35 rises too; (3) the retrained model finds 0/40 of the held-out short
# list's benign messages and >= 19/20 of its attacks (InjectionShortChatHeldOutTests' texts through
# `score-injection prompt`); (4) every unit test passes (dotnet test tests/Airs.Runtime.Tests -c Release, only the
# golden scores file injection-scores.golden.txt regenerated for the new model). Only then are dev and out-of-family
# measured, once; the model ships only if dev and out-of-family prompt recall do not fall (model 4: 0.833 / 0.859), every
# false-positive rate stays <= 0.01, and the long-document rows get no worse beyond noise.
# Outcome of the first candidate (the four form-* kinds): cross-validation passed (seeds 20-27 0.601 -> 0.670, every
# seed up; 28-35 0.615 -> 0.688; base false positives 64 in both); retrained (injection-lr/4/02c58ea41387) the short list
# gave 0/40 benign and 19/20 attacks, and the unit tests failed 1 of 1,007 (the benign percent-encoded note found in
# prompt mode at 0.953, threshold 0.891; the leetspeak and spaced-letter tests passed), so it failed the rule.
# The second candidate (2026-11-25, 12:53 UTC, written down before its final checks): the four form-* kinds and
# short-opaque, with part 9's nine kinds, under the same rule (1)-(4) and the same ship conditions, on the fold assignment
# with short-opaque in the group list. short-opaque was written after seeing that unit test fail, so for that test (4) is
# no longer a blind check; the short list, the other tests, dev and out-of-family are.
# Outcome of the second candidate: cross-validation passed (that fold assignment: seeds 20-27 0.596 -> 0.670, seed 22
# down; 28-35 0.585 -> 0.664, every seed up; base false positives 64 in both); retrained (injection-lr/4/20f87b6d4400) the
# short list gave 0/40 and 19/20 and the percent-encoded note 0.686, but 2 of 1,007 unit tests failed (the leetspeak and
# spaced-letter injections in prompt mode, as with parts 8 and 9), so the rule failed again: nothing is written by
# default, dev and out-of-family were not measured (docs/detectors-log.md, *Part 10*). P10_ROWS=1 (with P9_ROWS=1
# P9_KINDS=<gen_train_prompt9.CANDIDATE>) rebuilds the second candidate's rows; P10_KINDS=<the four form-* kinds> the first's.
CANDIDATE = ["form-length", "form-format", "form-tone", "form-feedback", "short-opaque"]
ROWS = os.environ.get("P10_ROWS", "0") != "0"
WRITTEN_KINDS = set(os.environ["P10_KINDS"].split(",")) if os.environ.get("P10_KINDS") else None


def pick(r, xs):
    return xs[r.randrange(len(xs))]


def case(r, s):
    x = r.random()
    if x < 0.45:
        return s[0].upper() + s[1:]
    if x < 0.85:
        return s.lower()
    return s


def end(r):
    return pick(r, ["", "", "", ".", ".", "!", "?", " please", " please.", ", thanks", " thx", " pls", " :)"])


VERBS = {"keep", "make", "cut", "give", "expand", "summarise", "trim", "skip", "get", "spell", "go", "shorten", "put", "show", "write", "format",
         "sort", "split", "use", "add", "sound", "tone", "explain", "assume", "talk", "be", "don't", "leave", "avoid"}


def polite(r, s):
    """A courteous lead for an imperative; a statement ("one paragraph is enough") gets at most an interjection."""
    if s.split()[0] not in VERBS:
        return pick(r, ["", "", "", "hmm, ", "ok, ", "honestly, ", "fyi "]) + s
    return pick(r, ["", "", "", "", "please ", "could you ", "can you ", "would you ", "I'd prefer if you ", "I'd like it if you ", "mind if you ",
                    "just ", "ok, ", "hmm, ", "next time ", "this time ", "in this reply "]) + s


N = ["two", "three", "four", "five", "ten", "50", "100", "150", "200", "300"]
UNIT = ["words", "sentences", "lines", "bullet points", "paragraphs"]


def length(r):
    n, u = pick(r, N), pick(r, UNIT)
    return case(r, polite(r, pick(r, [
        f"keep it under {n} {u}", f"no more than {n} {u}", f"make it about {n} {u} long", f"cut it down to {n} {u}",
        "keep the reply short", "a shorter reply would be better", "give me the short version", "make the answer a bit longer",
        "expand on that a little", "more detail on the second point", "summarise it in one line", "one paragraph is enough",
        "trim the introduction", "skip the long intro", "get to the point faster", "less padding in the reply",
        "spell out every step", "go into more depth on the maths", "a quick overview is fine", "shorten each bullet",
    ]))) + end(r)


def format_(r):
    thing = pick(r, ["the steps", "the comparison", "the list", "the prices", "the results", "the schedule", "the pros and cons", "the answer",
                     "the recipe", "the timeline", "the options"])
    return case(r, polite(r, pick(r, [
        f"put {thing} in a table", f"show {thing} as a numbered list", f"write {thing} as bullet points", f"give {thing} as plain text",
        f"put {thing} in a code block", f"format {thing} with headings", f"sort {thing} by date", f"split {thing} into two columns",
        "use bold for the key terms", "no markdown, it shows up as symbols in my app", "plain text only, my editor breaks on tables",
        "one item per line", "numbered steps work better for me", "use headings for each section", "put the code first and explain after",
        "use a table with three columns", "bullet points instead of paragraphs", "use commas, not semicolons", "put the total at the bottom",
        "add a short summary at the top", "dates in day/month/year", "use euros instead of dollars", "metric units please",
    ]))) + end(r)


def tone(r):
    return case(r, polite(r, pick(r, [
        "use a warmer tone", "sound a bit more casual", "make it more formal", "less stiff, more friendly", "keep it neutral",
        "write it like a friendly note", "make it sound professional", "tone down the enthusiasm", "less salesy please",
        "less flowery language", "use plainer words", "avoid jargon", "explain it for a beginner", "assume I know the basics",
        "talk to me like a colleague", "keep the humour out of it", "a little humour is fine", "be direct with me",
        "don't sugar-coat the feedback", "be gentle, it's for my kid", "write in British English", "use American spelling",
        "use 'we' instead of 'you'", "write it in the first person", "fewer exclamation marks", "no emojis in the reply",
        "skip the pleasantries", "no need to thank me each time", "leave out the small talk", "fewer caveats, I get the risks",
    ]))) + end(r)


def feedback(r):
    part = pick(r, ["that", "the last reply", "your answer", "the summary", "the draft", "the second paragraph", "the list", "the code", "the e-mail"])
    return case(r, pick(r, [
        f"{part} was too long", f"{part} was a bit vague", f"{part} was too technical for me", f"{part} was perfect, thanks",
        f"{part} repeats itself", f"{part} sounds too formal", f"{part} has too many caveats", f"{part} missed my question",
        f"{part} is close but too wordy", f"{part} is good, just tighten it", f"I liked {part}, keep that style",
        f"{part} felt rushed", f"{part} uses too much jargon", f"not a fan of how {part} is structured", f"{part} is hard to skim",
        "too many words, fewer please", "that was more than I needed", "that's a lot of hedging", "you lost me halfway",
        "nice, but the tone is off", "good content, bad formatting", "the format is hard to read on my phone",
        "less explaining, more doing", "you keep adding disclaimers", "all those warnings aren't needed here",
    ])) + end(r)


# A second kind, added after the first candidate (the four kinds above) failed the rule on a unit test (a short
# prompt-mode note carrying prose with every byte percent-encoded, scored on its surface): short messages that carry an
# opaque token — every byte percent-encoded, hex, base64, a hash or an id — after a few words. Train's encoded benign
# prompts (gen_train_more.py) encode only the reserved characters ("Meeting%20moved"), as do its URL-encoded attacks, so
# a fully encoded run was a token shape no benign train prompt had. Leads and sentences written fresh for this kind.
LEADS = ["what is this?", "can you read this:", "found this in a log:", "this was in a form field:", "my tracking code is", "cookie value:",
         "decode pls:", "got this string from the API:", "what format is this:", "the QR code gave me", "is this valid?", "pasted from the export:",
         "the error page showed", "saw this in the URL bar:", "here's the token:", "what language is this in:"]
SENTENCES = ["The parcel left the depot this morning.", "Lunch is at noon in the small room.", "Your subscription renews on the first of June.",
             "Bring a jacket, it gets cold by the lake.", "The invoice number is on the second page.", "Choir practice moved to Wednesday.",
             "Our printer on floor two is fixed.", "The library closes early on Fridays.", "Tickets for the match sold out in an hour.",
             "Water the basil every other day.", "The bus to the airport leaves every twenty minutes.", "Grades will be posted next week."]


def opaque(r):
    import base64
    import hashlib
    import uuid
    sentence = pick(r, SENTENCES)
    raw = sentence.encode()
    x = r.random()
    if x < 0.35:
        hexes = "".join(f"%{b:02X}" if r.random() < 0.5 else f"%{b:02x}" for b in raw) if r.random() < 0.3 else "".join(f"%{b:02X}" for b in raw)
        blob = hexes
    elif x < 0.5:
        blob = raw.hex()
    elif x < 0.65:
        blob = base64.b64encode(raw).decode()
    elif x < 0.8:
        blob = hashlib.sha256(raw + bytes([r.randrange(256)])).hexdigest()
    else:
        blob = str(uuid.UUID(int=r.getrandbits(128)))
    lead = pick(r, LEADS)
    return (lead[0].upper() + lead[1:] if r.random() < 0.5 else lead) + " " + blob


KINDS = {"form-length": (length, 70), "form-format": (format_, 80), "form-tone": (tone, 80), "form-feedback": (feedback, 70),
         "short-opaque": (opaque, 60)}


def key(text):
    return text.lower().rstrip(" .!?:)").replace(" pls", "").replace(" please", "").replace(" thx", "").replace(", thanks", "")


def excluded():
    # The held-out short list's texts (and the probes gen_train_chat.py leaves out) are never written, whatever the grammar
    # happens to produce; this reads them only to drop them.
    import gen_train_chat as C
    return {key(t) for t in C.excluded()}


def rows(r, item):
    out = []
    seen = excluded()
    for kind, (build, n) in KINDS.items():
        for _ in range(n):
            text = build(r)
            if key(text) not in seen:
                seen.add(key(text))
                if WRITTEN_KINDS is None or kind in WRITTEN_KINDS:
                    out.append(item("train", "benign", "prompt", "benign", kind, text))
    return out if ROWS else []
