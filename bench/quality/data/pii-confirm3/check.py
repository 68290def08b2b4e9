#!/usr/bin/env python3
"""check.py - parse and sanity-check set.txt (standard library only).

    python3 check.py            # validate, print warnings and per-family counts
    python3 check.py --table    # print the README count tables (markdown)

Checks: span syntax and kinds; escapes; no stray double braces; sample length; duplicates;
every labelled card passes Luhn, IBAN passes mod-97, SSN has a valid structure, NINO has a
valid prefix/suffix, IP parses (after undoing defanging), e-mail has local@domain.tld (after
undoing obfuscation). Unlabelled text is scanned for things that look like real values
(Luhn-valid card-like runs, valid IBANs, valid SSNs, e-mail-like strings, IPv4-like strings,
NINO-like strings) and reported as WARN lines to be reviewed by hand.
"""
import base64
import html
import importlib.util
import ipaddress
import os
import re
import sys
import unicodedata
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ("email", "phone", "card", "iban", "ssn", "ip", "nino", "dob", "secret")
SPAN = re.compile(r"\{\{([a-z]+):(.*?)\}\}")
ESC = re.compile(r"\\(n|t|u[0-9A-Fa-f]{4})")
DW = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
      "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10"}


def unescape(s):
    def rep(m):
        g = m.group(1)
        if g == "n":
            return "\n"
        if g == "t":
            return "\t"
        return chr(int(g[1:], 16))
    if "\\" in ESC.sub("", s):
        raise ValueError("unknown escape in %r" % s)
    return ESC.sub(rep, s)


def parse(path):
    fams, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for no, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if line.startswith("# family:"):
                cur = (line.split(":", 1)[1].strip(), [])
                fams.append(cur)
                continue
            if not line.strip() or line.startswith("#"):
                continue
            if cur is None:
                raise ValueError("sample before first family at line %d" % no)
            spans, text, pos = [], [], 0
            for m in SPAN.finditer(line):
                text.append(unescape(line[pos:m.start()]))
                val = unescape(m.group(2))
                if m.group(1) not in KINDS:
                    raise ValueError("line %d: unknown kind %s" % (no, m.group(1)))
                start = sum(len(t) for t in text)
                spans.append((m.group(1), val, start))
                text.append(val)
                pos = m.end()
            text.append(unescape(line[pos:]))
            rest = SPAN.sub("", line)
            if "{{" in rest or "}}" in rest:
                raise ValueError("line %d: stray double brace" % no)
            cur[1].append({"line": no, "raw": line, "text": "".join(text), "spans": spans})
    return fams


# ------------------------------------------------------------------ normalisers
def nfkc(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(ch for ch in s if unicodedata.category(ch) != "Cf")


def digits_of(s):
    s = nfkc(urllib.parse.unquote(s)).lower().replace("double oh", "oh oh")
    toks = re.split(r"([a-z]+)", s)
    out = []
    for i, t in enumerate(toks):
        if t in DW:
            out.append(DW[t])
        elif t.startswith("double ") and False:
            pass
        else:
            out.append("".join(ch for ch in t if ch.isdigit()))
    res = "".join(out)
    # 'double X' -> XX
    m = re.findall(r"double ([a-z]+)", s)
    if m:
        res = ""
        words = re.findall(r"[a-z]+|\d", s)
        i = 0
        while i < len(words):
            w = words[i]
            if w == "double" and i + 1 < len(words):
                d = DW.get(words[i + 1], words[i + 1])
                res += d * 2
                i += 2
                continue
            if w in DW:
                res += DW[w]
            elif w.isdigit():
                res += w
            i += 1
    return res


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    s = re.sub(r"[^0-9A-Za-z]", "", nfkc(s)).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def ssn_ok(d):
    if len(d) != 9:
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return a != 0 and a != 666 and a < 900 and g != 0 and s != 0


def nino_ok(s):
    s = nfkc(s)
    letters = re.sub(r"[^A-Za-z]", "", re.sub(r"(zero|one|two|three|four|five|six|seven|eight|nine)", "", s.lower()))
    letters = letters.upper()
    d = digits_of(s)
    if len(letters) != 3 or len(d) != 6:
        return False
    p, suf = letters[:2], letters[2]
    return (p[0] not in "DFIQUV" and p[1] not in "DFIOQUV" and p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
            and suf in "ABCD")


def ip_norm(s):
    s = nfkc(s)
    for a, b in (("[.]", "."), ("(.)", "."), ("[dot]", "."), (" dot ", "."), (" . ", "."), ("[:]", ":")):
        s = s.replace(a, b)
    if re.search(r"[a-z]{3,}", s) and "." in s and ":" not in s:
        parts = s.split(".")
        s = ".".join(str(int(digits_of(p))) for p in parts)
    if "." in s and ":" not in s:
        s = ".".join(str(int(p)) for p in s.split("."))
    return s


def ip_ok(s):
    try:
        ipaddress.ip_address(ip_norm(s))
        return True
    except ValueError:
        return False


EMAIL_RE = re.compile(r"^[^\s@]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def email_norm(s):
    s = html.unescape(s)
    s = nfkc(s).replace("\u3002", ".")
    if "@" not in s and re.fullmatch(r"[A-Za-z0-9+/=]+", s):
        try:
            s = base64.b64decode(s).decode()
        except Exception:
            pass
    s = s.replace("%40", "@").replace("=40", "@")
    for a, b in ((" [at] ", "@"), ("(at)", "@"), (" at ", "@"), (" AT ", "@"), (" arroba ", "@"), ("[@]", "@"),
                 ("<at>", "@"), ("(a)", "@"), (" (at) ", "@"),
                 (" [dot] ", "."), ("(dot)", "."), (" dot ", "."), (" DOT ", "."), (" punto ", "."), ("[.]", "."),
                 ("<dot>", ".")):
        s = s.replace(a, b)
    if re.fullmatch(r"(\S )+\S", s):
        s = s.replace(" ", "")
    s = s.replace(" @ ", "@").replace(" . ", ".")
    s = s.replace("\u0430", "a")
    return s.strip()


def email_ok(s):
    return bool(EMAIL_RE.match(email_norm(s)))


def phone_ok(s):
    d = digits_of(s)
    return 7 <= len(d) <= 15


# ------------------------------------------------------------------ negative scanners
CARDLIKE = re.compile(r"(?<![\w-])(\d(?:[ -]?\d)+)(?![\w-])")
IBANLIKE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")
SSNLIKE = re.compile(r"(?<![\d-])(\d{3})[- ](\d{2})[- ](\d{4})(?![\d-])")
EMAILLIKE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
IPV4LIKE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
NINOLIKE = re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Z]\b")


def negative_text(sample):
    """Sample text with labelled spans replaced by a separator."""
    t = sample["text"]
    out, pos = [], 0
    for kind, val, start in sample["spans"]:
        out.append(t[pos:start])
        out.append(" | ")
        pos = start + len(val)
    out.append(t[pos:])
    return "".join(out)


def warn_negatives(fam, s):
    w = []
    t = negative_text(s)
    for m in CARDLIKE.finditer(t):
        d = re.sub(r"\D", "", m.group(1))
        if 13 <= len(d) <= 19 and luhn_ok(d):
            w.append("luhn-valid run %r" % m.group(1))
    for m in IBANLIKE.finditer(t):
        if iban_ok(m.group(0)):
            w.append("valid iban %r" % m.group(0))
    for m in SSNLIKE.finditer(t):
        if ssn_ok("".join(m.groups())):
            w.append("ssn-shaped %r" % m.group(0))
    for m in EMAILLIKE.finditer(t):
        w.append("email-like %r" % m.group(0))
    for m in IPV4LIKE.finditer(t):
        if all(int(x) <= 255 for x in m.groups()):
            w.append("ipv4-like %r" % m.group(0))
    for m in NINOLIKE.finditer(t):
        if nino_ok(m.group(0)):
            w.append("nino-like %r" % m.group(0))
    return w


CHECKS = {"card": lambda v: 13 <= len(digits_of(v.replace("O", "0"))) <= 19 and luhn_ok(digits_of(v.replace("O", "0"))),
          "iban": iban_ok, "ssn": lambda v: ssn_ok(digits_of(v)), "nino": nino_ok, "ip": ip_ok,
          "email": email_ok, "phone": phone_ok, "dob": lambda v: bool(re.search(r"\d", nfkc(v))),
          "secret": lambda v: len(v.strip()) >= 6}


def load_gen():
    spec = importlib.util.spec_from_file_location("gen_mod", os.path.join(HERE, "gen.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    path = os.path.join(HERE, "set.txt")
    fams = parse(path)
    errors, warns = [], []
    seen = {}
    total = 0
    long_samples = []
    for name, samples in fams:
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name):
            errors.append("bad family name %r" % name)
        for s in samples:
            total += 1
            n = len(s["text"])
            if n < 5:
                errors.append("line %d too short" % s["line"])
            if n > 400:
                long_samples.append((s["line"], n))
            if s["raw"] in seen:
                errors.append("duplicate sample lines %d and %d" % (seen[s["raw"]], s["line"]))
            seen[s["raw"]] = s["line"]
            for kind, val, start in s["spans"]:
                if not CHECKS[kind](val):
                    errors.append("line %d: %s span fails validation: %r" % (s["line"], kind, val))
                if val != val.strip():
                    errors.append("line %d: span has outer whitespace %r" % (s["line"], val))
            for w in warn_negatives(name, s):
                warns.append("%s line %d: %s" % (name, s["line"], w))
    # reproducibility
    gen = load_gen()
    text = gen.build()
    with open(path, encoding="utf-8") as fh:
        same = fh.read() == text
    if not same:
        errors.append("gen.build() does not reproduce set.txt")
    if "--table" in sys.argv:
        print_tables(fams, gen)
        return
    for w in warns:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("families: %d  samples: %d  long(>400): %s  reproducible: %s" % (len(fams), total, long_samples, same))
    print("errors: %d  warnings: %d" % (len(errors), len(warns)))
    sys.exit(1 if errors else 0)


def print_tables(fams, gen):
    groups = {name: grp for name, grp, _ in gen.FAMILIES}
    la = gen.LOOKALIKES
    hdr = "| family | group | samples | no-label samples | " + " | ".join(KINDS) + " | spans | planted look-alikes |"
    print(hdr)
    print("|" + "---|" * (len(KINDS) + 6))
    tot = {k: 0 for k in KINDS}
    ts = tn = tl = 0
    gsum = {}
    for name, samples in fams:
        c = {k: 0 for k in KINDS}
        nolab = 0
        for s in samples:
            if not s["spans"]:
                nolab += 1
            for kind, _, _ in s["spans"]:
                c[kind] += 1
        for k in KINDS:
            tot[k] += c[k]
        ts += len(samples)
        tn += nolab
        tl += la.get(name, 0)
        g = gsum.setdefault(groups[name], [0, 0, 0, 0, 0])
        g[0] += 1
        g[1] += len(samples)
        g[2] += nolab
        g[3] += sum(c.values())
        g[4] += la.get(name, 0)
        print("| %s | %s | %d | %d | %s | %d | %d |" % (name, groups[name], len(samples), nolab,
                                                       " | ".join(str(c[k]) for k in KINDS), sum(c.values()), la.get(name, 0)))
    print("| **total** | | %d | %d | %s | %d | %d |" % (ts, tn, " | ".join(str(tot[k]) for k in KINDS), sum(tot.values()), tl))
    print()
    print("| group | families | samples | share | no-label samples | spans | planted look-alikes |")
    print("|---|---|---|---|---|---|---|")
    for g in ("positive", "look-alike", "evasion", "hard-negative"):
        v = gsum[g]
        print("| %s | %d | %d | %.0f %% | %d | %d | %d |" % (g, v[0], v[1], 100.0 * v[1] / ts, v[2], v[3], v[4]))


if __name__ == "__main__":
    main()
