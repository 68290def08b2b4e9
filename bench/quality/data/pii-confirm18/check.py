#!/usr/bin/env python3
"""Validate set.txt of pii-c18: format, escapes, spans, checksums, look-alike sanity.

Usage: python3 check.py [set.txt]
Prints counts by kind and by family; exits 1 on any error.
"""
import base64
import binascii
import html
import re
import sys
import unicodedata
import urllib.parse
from collections import Counter, OrderedDict

KINDS = ("email", "phone", "card", "iban", "ssn", "ip", "nino", "dob", "secret")
ERRORS = []


def err(lineno, msg):
    ERRORS.append("line %d: %s" % (lineno, msg))


# ------------------------------------------------------------ escapes
INVIS_EXTRA = {0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x180E}


def must_escape(c):
    o = ord(c)
    if c in "\n\t\\":
        return True
    cat = unicodedata.category(c)
    if cat in ("Cc", "Cf", "Zl", "Zp", "Co", "Cs"):
        return True
    if cat == "Zs" and c != " ":
        return True
    if o in INVIS_EXTRA or 0xFE00 <= o <= 0xFE0F:
        return True
    if 0xFF01 <= o <= 0xFF60 or 0xFFE0 <= o <= 0xFFE6 or o == 0x3000:
        return True
    return False


ESC = re.compile(r"\\(n|t|u[0-9A-Fa-f]{4})")


def check_raw(line, lineno):
    i = 0
    while i < len(line):
        c = line[i]
        if c == "\\":
            m = ESC.match(line, i)
            if not m:
                err(lineno, "bad escape at col %d" % i)
                i += 1
                continue
            i = m.end()
            continue
        if must_escape(c):
            err(lineno, "raw character U+%04X must be escaped" % ord(c))
        i += 1


def unescape(s):
    def rep(m):
        g = m.group(1)
        if g == "n":
            return "\n"
        if g == "t":
            return "\t"
        return chr(int(g[1:], 16))
    return ESC.sub(rep, s)


def parse_spans(line, lineno):
    """Return list of (text_unescaped, kind_or_None)."""
    segs, pos = [], 0
    while True:
        a = line.find("{{", pos)
        b = line.find("}}", pos)
        if b != -1 and (a == -1 or b < a):
            err(lineno, "stray '}}' outside a span")
            return segs
        if a == -1:
            segs.append((unescape(line[pos:]), None))
            return segs
        segs.append((unescape(line[pos:a]), None))
        colon = line.find(":", a)
        if colon == -1:
            err(lineno, "span without kind")
            return segs
        kind = line[a + 2:colon]
        if kind not in KINDS:
            err(lineno, "unknown kind %r" % kind)
        end = line.find("}}", colon)
        if end == -1:
            err(lineno, "unterminated span")
            return segs
        body = line[colon + 1:end]
        if "{{" in body:
            err(lineno, "nested span")
        if not body:
            err(lineno, "empty span")
        segs.append((unescape(body), kind))
        pos = end + 2


# ------------------------------------------------------------ decoding of obfuscated values
DIGIT_WORDS = {
    "en": "zero one two three four five six seven eight nine",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
    "ru": "ноль один два три четыре пять шесть семь восемь девять",
    "hi": "शून्य एक दो तीन चार पाँच छह सात आठ नौ",
    "sw": "sifuri moja mbili tatu nne tano sita saba nane tisa",
    "tl": "sero isa dalawa tatlo apat lima anim pito walo siyam",
    "ms": "kosong satu dua tiga empat lima enam tujuh lapan sembilan",
    "sv": "noll ett två tre fyra fem sex sju åtta nio",
}


def words_to_digits(s):
    toks = re.findall(r"[^\s,;.\-]+", s.lower())
    for lang, ws in DIGIT_WORDS.items():
        table = {w: str(i) for i, w in enumerate(ws.split())}
        if toks and all(t in table or t.isdigit() for t in toks) and any(t in table for t in toks):
            return "".join(table.get(t, t) for t in toks)
    return None


def variants(v):
    out = [v]
    cands = [v, html.unescape(v), urllib.parse.unquote(v),
             re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), v),
             re.sub(r"=([0-9A-F]{2})", lambda m: chr(int(m.group(1), 16)), v), v[::-1]]
    for c in (v, v + "=", v + "=="):
        for dec in (base64.b64decode, base64.urlsafe_b64decode):
            try:
                d = dec(c.encode()).decode("utf-8")
                if d.isprintable():
                    cands.append(d)
            except (binascii.Error, UnicodeDecodeError, ValueError):
                pass
    for c in cands:
        c = unicodedata.normalize("NFKC", c)
        c = "".join(ch for ch in c if unicodedata.category(ch) != "Cf" and ord(ch) != 0x034F)
        c = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in c)
        out.append(c)
        w = words_to_digits(c)
        if w:
            out.append(w)
    return out


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    num = "".join(str(int(c, 36)) for c in (s[4:] + s[:4]))
    if int(num) % 97 != 1:
        return False
    if s.startswith("BE"):
        b = s[4:]
        return (int(b[:10]) % 97 or 97) == int(b[10:12])
    return True


BAD_SSN = {"078051120", "219099999", "123456789", "457555462"}


def ssn_ok(d):
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return a != 0 and a != 666 and a < 900 and g != 0 and s != 0 and d not in BAD_SSN


NINO_BAD_PFX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(s):
    return bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s)) and s[0] not in "DFIQUV" and s[1] not in "DFIOQUV" \
        and s[:2] not in NINO_BAD_PFX


TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444"}


def verify(kind, value):
    for c in variants(value):
        if kind == "card":
            d = re.sub(r"\D", "", c)
            if 12 <= len(d) <= 19 and luhn_ok(d) and d not in TEST_CARDS:
                return True
        elif kind == "iban":
            d = re.sub(r"[^A-Za-z0-9]", "", c).upper()
            if iban_ok(d):
                return True
        elif kind == "ssn":
            if ssn_ok(re.sub(r"\D", "", c)):
                return True
        elif kind == "nino":
            if nino_ok(re.sub(r"[^A-Za-z0-9]", "", c).upper()):
                return True
        else:
            return True
    return False


CARD_PREFIX = re.compile(r"^(4|5[1-5]|2[2-7]|3[47]|6011|65|35|62|6759|5018)")


def scan_negative(text, lineno):
    """Unlabelled text must not hold a valid value of a checksummed kind."""
    for m in re.finditer(r"(?<![0-9A-Za-z])\d(?:[ \-]?\d){12,}(?![0-9A-Za-z])", text):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d) and CARD_PREFIX.match(d) and d not in TEST_CARDS \
                and not (len(d) == 15 and not d.startswith(("34", "37"))):
            err(lineno, "unlabelled Luhn-valid card-shaped number %s" % m.group(0))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", text):
        d = m.group(0).replace(" ", "")
        if iban_ok(d) and d not in {"GB82WEST12345698765432", "DE89370400440532013000"}:
            err(lineno, "unlabelled valid IBAN %s" % d)
    for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", text):
        d = m.group(0).replace("-", "")
        if ssn_ok(d):
            err(lineno, "unlabelled valid SSN %s" % m.group(0))
    for m in re.finditer(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", text):
        if nino_ok(m.group(0).replace(" ", "")):
            err(lineno, "unlabelled valid NINO %s" % m.group(0))


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.txt"
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if "\r" in raw:
        ERRORS.append("file contains CR characters")
    fams = OrderedDict()
    kinds = Counter()
    cur = None
    expect_la = False
    n_samples = 0
    seen = set()
    for lineno, line in enumerate(raw.split("\n"), 1):
        if expect_la:
            m = re.fullmatch(r"# look-alikes: (\d+)", line)
            if not m:
                err(lineno, "'# look-alikes: N' must follow '# family:'")
            else:
                fams[cur]["la"] = int(m.group(1))
            expect_la = False
            continue
        if line.startswith("# family: "):
            cur = line[len("# family: "):].strip()
            if cur in fams:
                err(lineno, "duplicate family %s" % cur)
            fams[cur] = {"samples": 0, "spans": Counter(), "la": None}
            expect_la = True
            continue
        if line.startswith("#") or not line.strip():
            continue
        if cur is None:
            err(lineno, "sample before first family")
            continue
        if line in seen:
            err(lineno, "duplicate sample")
        seen.add(line)
        check_raw(line, lineno)
        segs = parse_spans(line, lineno)
        n_samples += 1
        fams[cur]["samples"] += 1
        neg = []
        for text, kind in segs:
            if kind is None:
                neg.append(text)
                continue
            kinds[kind] += 1
            fams[cur]["spans"][kind] += 1
            if text != text.strip(" "):
                err(lineno, "span has surrounding spaces: %r" % text)
        # checksums, allowing a value split into pieces of the same kind
        spans = [(t, k) for t, k in segs if k]
        i = 0
        while i < len(spans):
            t, k = spans[i]
            if k in ("card", "iban", "ssn", "nino") and not verify(k, t):
                j, acc, ok = i + 1, t, False
                while j < len(spans) and spans[j][1] == k:
                    acc += spans[j][0]
                    if verify(k, acc):
                        ok = True
                        break
                    j += 1
                if not ok:
                    err(lineno, "%s fails checksum/rules: %r" % (k, t))
                else:
                    i = j
            i += 1
        scan_negative(" \u2063 ".join(neg), lineno)
    for name, f in fams.items():
        if f["la"] is None:
            ERRORS.append("family %s has no look-alike count" % name)
    total_la = sum(f["la"] or 0 for f in fams.values())
    print("samples: %d   families: %d   labelled spans: %d   look-alikes: %d"
          % (n_samples, len(fams), sum(kinds.values()), total_la))
    print("by kind: " + ", ".join("%s=%d" % (k, kinds[k]) for k in KINDS))
    print("\n%-34s %7s %6s %5s  %s" % ("family", "samples", "spans", "l-a", "kinds"))
    for name, f in fams.items():
        print("%-34s %7d %6d %5d  %s" % (name, f["samples"], sum(f["spans"].values()), f["la"] or 0,
                                         " ".join("%s:%d" % kv for kv in sorted(f["spans"].items()))))
    if ERRORS:
        print("\n%d ERROR(S):" % len(ERRORS))
        for e in ERRORS[:200]:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
