#!/usr/bin/env python3
"""Parse and validate set.txt; print counts per family and kind.

Checks: family/look-alike headers, span syntax ({{kind:text}}, no nesting, known kinds),
escape syntax (\\n, \\t, \\uXXXX only), no raw character that must be escaped, no sample
starting with '#', no duplicate samples; and, for spans written in plain form, the
checksum rules (Luhn, IBAN mod-97, SSN, NINO).  Exit status 1 on any error.
"""
import os
import re
import sys
import unicodedata
from collections import OrderedDict

KINDS = ["email", "phone", "card", "iban", "ssn", "ip", "nino", "dob", "secret"]
ESC = re.compile(r"\\(n|t|u[0-9A-Fa-f]{4})")
EXTRA_INVISIBLE = {0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x2800, 0x3164, 0xFFA0}


def must_escape(ch):
    o = ord(ch)
    if ch == "\\":
        return True
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Cf", "Zl", "Zp", "Co", "Cn", "Cs"):
        return True
    if cat == "Zs" and ch != " ":
        return True
    if unicodedata.east_asian_width(ch) == "F":
        return True
    return o in EXTRA_INVISIBLE or 0xFE00 <= o <= 0xFE0F


def decode(s):
    """Decode the escapes of one segment; raise ValueError on bad syntax or raw specials."""
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\":
            m = ESC.match(s, i)
            if not m:
                raise ValueError(f"bad escape at {s[i:i + 8]!r}")
            t = m.group(1)
            out.append("\n" if t == "n" else "\t" if t == "t" else chr(int(t[1:], 16)))
            i = m.end()
        else:
            if must_escape(c):
                raise ValueError(f"raw character U+{ord(c):04X} must be escaped")
            out.append(c)
            i += 1
    return "".join(out)


def parse_sample(line):
    """Return list of (kind or None, decoded text)."""
    segs, i = [], 0
    while True:
        j = line.find("{{", i)
        if j < 0:
            rest = line[i:]
            if "}}" in rest:
                raise ValueError("stray '}}' outside a span")
            segs.append((None, decode(rest)))
            return segs
        before = line[i:j]
        if "}}" in before:
            raise ValueError("stray '}}' outside a span")
        segs.append((None, decode(before)))
        k = line.find(":", j + 2)
        if k < 0:
            raise ValueError("span without ':'")
        kind = line[j + 2:k]
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        e = line.find("}}", k + 1)
        if e < 0:
            raise ValueError("unterminated span")
        body = line[k + 1:e]
        if "{{" in body:
            raise ValueError("nested span")
        text = decode(body)
        if not text.strip():
            raise ValueError("empty span")
        segs.append((kind, text))
        i = e + 2


# --- checksum rules for plain-form spans -----------------------------------
def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def ssn_ok(a, g, s):
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


NI1, NI2 = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(s):
    s = s.replace(" ", "").upper()
    return (len(s) == 9 and s[0] in NI1 and s[1] in NI2 and s[:2] not in NI_BAD
            and s[2:8].isdigit() and s[8] in "ABCD")


def checksum_problem(kind, text):
    """None if fine or not in a plain form we can check; otherwise a message."""
    if kind == "card" and re.fullmatch(r"[0-9][0-9 -]*[0-9]", text):
        digits = re.sub(r"\D", "", text)
        if 13 <= len(digits) <= 19 and not luhn_ok(digits):
            return "card fails Luhn"
    if kind == "iban" and re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9 ]{8,40}", text):
        # pieces of an IBAN split across a text (evasions) are shorter than any full IBAN (min. 15)
        if len(text.replace(" ", "")) >= 15 and not iban_ok(text):
            return "IBAN fails mod-97"
    if kind == "ssn":
        m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", text)
        if m and not ssn_ok(*m.groups()):
            return "SSN breaks issuance rules"
    if kind == "nino" and re.fullmatch(r"[A-Za-z]{2}( ?\d{2}){3} ?[A-Za-z]|[A-Za-z]{2} \d{6} [A-Za-z]", text):
        if not nino_ok(text):
            return "NINO breaks HMRC rules"
    return None


def main(path):
    errors, checked = [], 0
    fams = OrderedDict()
    cur = None
    expect_la = False
    seen = set()
    with open(path, encoding="utf-8") as fh:
        for no, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if line.startswith("# family:"):
                name = line[len("# family:"):].strip()
                if not name or name in fams:
                    errors.append(f"{no}: bad or duplicate family {name!r}")
                cur = fams.setdefault(name, {"samples": 0, "la": None, "kinds": {k: 0 for k in KINDS}})
                expect_la = True
                continue
            if line.startswith("# look-alikes:"):
                if not expect_la:
                    errors.append(f"{no}: look-alikes line not right after a family line")
                try:
                    cur["la"] = int(line.split(":", 1)[1])
                except ValueError:
                    errors.append(f"{no}: bad look-alikes count")
                expect_la = False
                continue
            if line.startswith("#") or not line.strip():
                continue
            if expect_la:
                errors.append(f"{no}: family without '# look-alikes: N'")
                expect_la = False
            if cur is None:
                errors.append(f"{no}: sample before any family")
                continue
            if "\r" in line:
                errors.append(f"{no}: raw CR")
            try:
                segs = parse_sample(line)
            except ValueError as exc:
                errors.append(f"{no}: {exc}")
                continue
            if line in seen:
                errors.append(f"{no}: duplicate sample")
            seen.add(line)
            cur["samples"] += 1
            for kind, text in segs:
                if kind:
                    cur["kinds"][kind] += 1
                    prob = checksum_problem(kind, text)
                    checked += 1
                    if prob:
                        errors.append(f"{no}: {prob}: {text!r}")
    for name, f in fams.items():
        if f["la"] is None:
            errors.append(f"family {name}: missing look-alikes count")

    # ---- table
    short = {"email": "email", "phone": "phone", "card": "card", "iban": "iban", "ssn": "ssn",
             "ip": "ip", "nino": "nino", "dob": "dob", "secret": "secret"}
    w = max(len(n) for n in fams) if fams else 6
    w = max(w, len("TOTAL"))
    hdr = f"{'family':<{w}} {'samp':>5} {'la':>4} " + " ".join(f"{short[k]:>6}" for k in KINDS) + f" {'spans':>6}"
    print(hdr)
    print("-" * len(hdr))
    tot = {k: 0 for k in KINDS}
    ts = tl = 0
    for name, f in fams.items():
        spans = sum(f["kinds"].values())
        ts += f["samples"]
        tl += f["la"] or 0
        for k in KINDS:
            tot[k] += f["kinds"][k]
        print(f"{name:<{w}} {f['samples']:>5} {f['la'] or 0:>4} "
              + " ".join(f"{f['kinds'][k]:>6}" for k in KINDS) + f" {spans:>6}")
    print("-" * len(hdr))
    print(f"{'TOTAL':<{w}} {ts:>5} {tl:>4} " + " ".join(f"{tot[k]:>6}" for k in KINDS) + f" {sum(tot.values()):>6}")
    print(f"\nfamilies: {len(fams)}   samples: {ts}   labelled spans: {sum(tot.values())}   "
          f"look-alikes: {tl}   format errors: {len(errors)}")
    for e in errors[:50]:
        print("ERROR", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "set.txt")))
