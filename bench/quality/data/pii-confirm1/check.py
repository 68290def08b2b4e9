#!/usr/bin/env python3
# check.py - independent validator for set.txt (standard library only).
#   * every span parses ({{kind: ... }}, known kind, no stray braces, valid escapes)
#   * plain-written values pass their checksum / structure (Luhn, mod-97, SSN, NINO, IP)
#   * unlabelled text contains no Luhn-valid 13-19 digit run, no valid-structure SSN,
#     no mod-97-valid IBAN; unlabelled e-mail-like and IPv4-like strings are listed for review
#   * the per-family counts in README.md match set.txt
#   * gen.py run in a scratch folder reproduces set.txt and README.md byte for byte
import ipaddress
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ("email", "phone", "card", "iban", "ssn", "ip", "nino", "dob", "secret")
SPAN_RE = re.compile(r"\{\{([a-z]+):(.*?)\}\}")
NINO_RE = re.compile(r"^([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])$", re.I)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
errors, notes = [], []
IBAN_LEN = {"AT": 20, "BE": 16, "CH": 21, "CZ": 24, "DE": 22, "DK": 18, "ES": 24, "FI": 18, "FR": 27, "GB": 22,
            "GR": 27, "HU": 28, "IE": 22, "IT": 27, "LU": 20, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24,
            "SE": 24, "AE": 23}


def decode(s, where):
    out, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        nxt = s[i + 1:i + 2]
        if nxt == "n":
            out.append("\n")
            i += 2
        elif nxt == "t":
            out.append("\t")
            i += 2
        elif nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", s[i + 2:i + 6]):
            out.append(chr(int(s[i + 2:i + 6], 16)))
            i += 6
        else:
            errors.append("%s: bad escape at %d" % (where, i))
            i += 1
    return "".join(out)


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        tot += x
    return tot % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def ssn_ok(a, g, s):
    a, g, s = int(a), int(g), int(s)
    return a not in (0, 666) and a < 900 and g != 0 and s != 0


def parse(path):
    fams, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for no, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if line.startswith("# family:"):
                cur = {"name": line.split(":", 1)[1].strip(), "samples": []}
                fams.append(cur)
                continue
            if not line.strip() or line.startswith("#"):
                continue
            if cur is None:
                errors.append("line %d: sample before first family" % no)
                continue
            if "\t" in line or "\r" in line:
                errors.append("line %d: raw tab/CR" % no)
            pos, text, spans = 0, [], []
            for m in SPAN_RE.finditer(line):
                text.append(decode(line[pos:m.start()], "line %d" % no))
                kind, val = m.group(1), decode(m.group(2), "line %d" % no)
                if kind not in KINDS:
                    errors.append("line %d: unknown kind %r" % (no, kind))
                if not val.strip():
                    errors.append("line %d: empty span" % no)
                start = sum(len(t) for t in text)
                spans.append((kind, val, start))
                text.append(val)
                pos = m.end()
            text.append(decode(line[pos:], "line %d" % no))
            rest = SPAN_RE.sub("", line)
            if "{{" in rest or "}}" in rest:
                errors.append("line %d: stray {{ or }}" % no)
            full = "".join(text)
            neg = list(full)
            for kind, val, start in spans:
                for k in range(start, start + len(val)):
                    neg[k] = "\x00"
            cur["samples"].append({"line": no, "text": full, "spans": spans, "neg": "".join(neg)})
    return fams


def check_span(no, kind, v):
    plain = v
    if kind == "card" and re.fullmatch(r"[0-9 -]+", plain):
        d = re.sub(r"\D", "", plain)
        if not (13 <= len(d) <= 19 and luhn_ok(d)):
            errors.append("line %d: card span fails Luhn/length: %r" % (no, v))
        return True
    if kind == "iban" and re.fullmatch(r"[A-Z0-9 ]+", plain):
        if not iban_ok(plain):
            errors.append("line %d: iban span fails mod-97: %r" % (no, v))
        return True
    if kind == "ssn":
        m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})|(\d{3})(\d{2})(\d{4})", plain)
        if m:
            g = [x for x in m.groups() if x is not None]
            if not ssn_ok(*g):
                errors.append("line %d: ssn span invalid structure: %r" % (no, v))
            return True
    if kind == "nino" and re.fullmatch(r"[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Za-z]", plain):
        if not NINO_RE.match(plain):
            errors.append("line %d: nino span implausible: %r" % (no, v))
        return True
    if kind == "ip" and re.fullmatch(r"[0-9a-fA-F:.]+", plain):
        if re.fullmatch(r"[0-9.]+", plain):      # tolerate zero-padded octets (an evasion form)
            plain = ".".join(str(int(o)) for o in plain.split(".") if o != "")
        try:
            ipaddress.ip_address(plain)
        except ValueError:
            errors.append("line %d: ip span does not parse: %r" % (no, v))
        return True
    if kind == "email" and re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", plain):
        return True
    if kind == "phone" and re.fullmatch(r"[+0-9 ().-]+", plain):
        d = re.sub(r"\D", "", plain)
        if not 7 <= len(d) <= 15:
            errors.append("line %d: phone span digit count %d: %r" % (no, len(d), v))
        return True
    return False


WORDS = {}
for i, w in enumerate("zero one two three four five six seven eight nine".split()):
    WORDS[w] = str(i)
for i, w in enumerate("null eins zwei drei vier fünf sechs sieben acht neun".split()):
    WORDS[w] = str(i)
for i, w in enumerate("cero uno dos tres cuatro cinco seis siete ocho nueve".split()):
    WORDS[w] = str(i)
WORDS["oh"] = "0"
_FR = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
       "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
_FRT = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _fr(n):
    if n < 20:
        return _FR[n]
    t, u = divmod(n, 10)
    if t <= 6:
        return _FRT[t] + ("-et-un" if u == 1 else ("-" + _FR[u] if u else ""))
    if t == 7:
        return "soixante" + ("-et-onze" if u == 1 else "-" + _FR[10 + u])
    if t == 8:
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + _FR[u]
    return "quatre-vingt-" + _FR[10 + u]


FR_PAIRS = {_fr(n): "%02d" % n for n in range(10, 100)}
FR_PAIRS.update({"zéro " + _FR[n]: "%02d" % n for n in range(10)})


def normalise_digits(v):
    """Best-effort reading of an obfuscated number: NFKC, digit words, l/I->1, O->0."""
    import unicodedata
    v = unicodedata.normalize("NFKC", v)
    v = re.sub(r"[a-zäöüß]+", lambda m: WORDS.get(m.group(0).lower(), m.group(0)), v, flags=re.I)
    return v


def check_obfuscated(no, kind, v):
    """Return a message if an obfuscated span does not normalise to a valid value (None if ok/skip)."""
    import unicodedata
    if kind == "card":
        t = normalise_digits(v).replace("l", "1").replace("O", "0")
        d = re.sub(r"\D", "", t)
        if not (13 <= len(d) <= 19 and luhn_ok(d)):
            return "card %r -> %r" % (v, d)
    elif kind == "ssn":
        d = re.sub(r"\D", "", normalise_digits(v))
        if len(d) != 9 or not ssn_ok(d[:3], d[3:5], d[5:]):
            return "ssn %r -> %r" % (v, d)
    elif kind == "iban":
        t = re.sub(r"[^A-Za-z0-9]", "", unicodedata.normalize("NFKC", v)).upper()
        if not iban_ok(t):
            return "iban %r -> %r" % (v, t)
    elif kind == "nino":
        t = normalise_digits(v)
        t = re.sub(r"[^A-Za-z0-9]", "", t).upper()
        if not NINO_RE.match(t):
            return "nino %r -> %r" % (v, t)
    elif kind == "ip":
        t = normalise_digits(v)
        t = re.sub(r"\s*(\[\.\]|\(\.\)|\[dot\]|\bdot\b|\.)\s*", ".", t)
        t = t.replace("[:]", ":").replace(" ", "")
        if re.fullmatch(r"[0-9.]+", t):
            t = ".".join(str(int(o)) for o in t.split("."))
        try:
            ipaddress.ip_address(t)
        except ValueError:
            return "ip %r -> %r" % (v, t)
    elif kind == "phone":
        if "zéro" in v:      # French, read in pairs: "zéro six, douze, ..."
            v = ", ".join(FR_PAIRS.get(p.strip(), p) for p in v.split(","))
        t = normalise_digits(v).replace("I", "1").replace("O", "0")
        d = re.sub(r"\D", "", t)
        if not 7 <= len(d) <= 15:
            return "phone %r -> %r" % (v, d)
    return None


def check_negative(no, neg):
    # digit runs joined by single spaces / hyphens
    for m in re.finditer(r"\d+(?:[ -]\d+)*", neg):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d):
            errors.append("line %d: unlabelled Luhn-valid run %r" % (no, m.group(0)))
        for sub in re.finditer(r"\d+", m.group(0)):
            s = sub.group(0)
            if 13 <= len(s) <= 19 and luhn_ok(s) and len(s) != len(d):
                errors.append("line %d: unlabelled Luhn-valid contiguous run %r" % (no, s))
    for m in re.finditer(r"(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])", neg):
        if ssn_ok(m.group(1), m.group(3), m.group(4)):
            errors.append("line %d: unlabelled valid-structure SSN %r" % (no, m.group(0)))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}", neg):
        s = m.group(0)
        compact = s.replace(" ", "")
        want = IBAN_LEN.get(compact[:2])
        cands = [compact] + ([compact[:want]] if want and len(compact) > want else [])
        for c in cands:
            if iban_ok(c):
                errors.append("line %d: unlabelled mod-97-valid IBAN %r" % (no, c))
                break
    for m in EMAIL_RE.finditer(neg):
        notes.append("line %d: unlabelled e-mail-like %r" % (no, m.group(0)))
    for m in IPV4_RE.finditer(neg):
        if all(int(x) <= 255 for x in m.groups()):
            notes.append("line %d: unlabelled dotted quad %r" % (no, m.group(0)))


def readme_counts(path):
    rows = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) == 4 + len(KINDS) and cells[2].isdigit():
                rows[cells[0]] = [int(c) for c in cells[2:3]] + [int(c) for c in cells[4:]]
    return rows


def main():
    fams = parse(os.path.join(HERE, "set.txt"))
    names = [f["name"] for f in fams]
    if len(names) != len(set(names)):
        errors.append("duplicate family names")
    for f in fams:
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", f["name"]):
            errors.append("bad family name %r" % f["name"])
    total, obf, lens = 0, 0, []
    counts = {}
    for f in fams:
        c = [len(f["samples"])] + [0] * len(KINDS)
        for s in f["samples"]:
            total += 1
            lens.append(len(s["text"]))
            for kind, val, _ in s["spans"]:
                c[1 + KINDS.index(kind)] += 1
                if not check_span(s["line"], kind, val):
                    obf += 1
                    msg = check_obfuscated(s["line"], kind, val)
                    if msg:
                        errors.append("line %d: obfuscated span does not normalise: %s" % (s["line"], msg))
            check_negative(s["line"], s["neg"])
        counts[f["name"]] = c
    rd = readme_counts(os.path.join(HERE, "README.md"))
    if set(rd) != set(counts):
        errors.append("README families differ: %s" % sorted(set(rd) ^ set(counts)))
    for name, c in counts.items():
        if rd.get(name) != c:
            errors.append("README counts differ for %s: %s vs %s" % (name, rd.get(name), c))
    # reproducibility
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(os.path.join(HERE, "gen.py"), tmp)
        subprocess.run([sys.executable, os.path.join(tmp, "gen.py")], check=True)
        for fn in ("set.txt", "README.md"):
            with open(os.path.join(tmp, fn), "rb") as a, open(os.path.join(HERE, fn), "rb") as b:
                if a.read() != b.read():
                    errors.append("%s is not reproduced byte for byte by gen.py" % fn)
    print("families: %d  samples: %d  spans: %d  (not plain-checkable/obfuscated spans: %d)"
          % (len(fams), total, sum(sum(c[1:]) for c in counts.values()), obf))
    print("sample length: min %d, max %d, median %d" % (min(lens), max(lens), sorted(lens)[len(lens) // 2]))
    print("per kind:", {k: sum(c[1 + i] for c in counts.values()) for i, k in enumerate(KINDS)})
    for n in notes:
        print("NOTE", n)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else "FAILED (%d errors)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
