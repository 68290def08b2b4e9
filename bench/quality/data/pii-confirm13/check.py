#!/usr/bin/env python3
"""Validate set.txt (pii-c13): format, escapes, spans, checksums; print counts. Exit 1 on any error."""
import base64
import binascii
import collections
import html
import ipaddress
import re
import sys
import unicodedata
import urllib.parse

KINDS = ("email", "phone", "card", "iban", "ssn", "ip", "nino", "dob", "secret")
TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444"}
IBAN_SAMPLES = {"GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606",
                "NL91ABNA0417164300", "BE68539007547034", "ES9121000418450200051332", "IT60X0542811101000000123456",
                "CH9300762011623852957", "AT611904300234573201", "GB29NWBK60161331926819",
                "PL61109010140000071219812874", "SE4550000000058398257466"}
SSN_SAMPLES = {"123456789", "078051120", "219099999"}
WORDS = {}
for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]):
    WORDS[w] = str(i)
for lst in (["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
            ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
            ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]):
    for i, w in enumerate(lst):
        WORDS[w] = str(i)
AT_WORDS = ["[at]", "(at)", "{at}", "<at>", " at ", "arobase", "arroba", "chiocciola", "(małpa)", "собака",
            "apenstaartje", "(et)", "snabel-a", "zavináč"]
DOT_WORDS = ["[dot]", "(punkt)", " point ", " punto ", "(kropka)", " точка ", " punt ", " ponto ", "(nokta)",
             " punkt ", " tečka ", " dot "]

errors = []


def err(lineno, msg):
    errors.append("line %d: %s" % (lineno, msg))


def must_escape(ch):
    o = ord(ch)
    cat = unicodedata.category(ch)
    if ch in "\n\t\r":
        return True
    if cat in ("Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"):
        return True
    if cat == "Zs" and ch != " ":
        return True
    if o == 0x034F or 0xFE00 <= o <= 0xFE0F:
        return True
    if 0xFF01 <= o <= 0xFF60 or 0xFFE0 <= o <= 0xFFEE:
        return True
    return False


ESC = re.compile(r"\\(n|t|u[0-9A-Fa-f]{4})")


def unescape(s, lineno):
    out = []
    i = 0
    while i < len(s):
        if s[i] == "\\":
            m = ESC.match(s, i)
            if not m:
                err(lineno, "bad escape at col %d: %r" % (i, s[i:i + 8]))
                i += 1
                continue
            g = m.group(1)
            out.append("\n" if g == "n" else "\t" if g == "t" else chr(int(g[1:], 16)))
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def parse_line(raw, lineno):
    """returns list of (kind or None, text)"""
    for i, ch in enumerate(raw):
        if must_escape(ch):
            err(lineno, "unescaped U+%04X at col %d" % (ord(ch), i))
    if raw.startswith("#"):
        err(lineno, "sample starts with #")
    segs = []
    pos = 0
    while True:
        a = raw.find("{{", pos)
        b = raw.find("}}", pos)
        if b != -1 and (a == -1 or b < a):
            err(lineno, "stray }} at col %d" % b)
        if a == -1:
            segs.append((None, unescape(raw[pos:], lineno)))
            break
        segs.append((None, unescape(raw[pos:a], lineno)))
        c = raw.find(":", a + 2)
        e = raw.find("}}", a + 2)
        if c == -1 or e == -1 or c > e:
            err(lineno, "unterminated span at col %d" % a)
            break
        kind = raw[a + 2:c]
        body = raw[c + 1:e]
        if kind not in KINDS:
            err(lineno, "unknown kind %r" % kind)
        if "{{" in body:
            err(lineno, "nested span")
        # a body ending in '}' would make '}}}' ambiguous
        if body.endswith("}") or body.startswith("{"):
            err(lineno, "brace at span edge must be escaped")
        text = unescape(body, lineno)
        if not text.strip():
            err(lineno, "empty span")
        segs.append((kind, text))
        pos = e + 2
    return segs


# ---------------------------------------------------------------- normalisation helpers
def nfkc(s):
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Cf" and ch not in "\u00ad\u034f")
    s = unicodedata.normalize("NFKC", s)
    out = []
    for ch in s:
        if ch.isdigit() and not ("0" <= ch <= "9"):
            try:
                out.append(str(unicodedata.digit(ch)))
                continue
            except ValueError:
                pass
        out.append(ch)
    return "".join(out)


def unwords(s):
    toks = re.split(r"[\s,;-]+", s.lower().strip())
    if toks and all(t in WORDS for t in toks if t):
        return "".join(WORDS[t] for t in toks if t)
    return s


def try_b64(s):
    t = s.strip()
    if len(t) < 8 or not re.fullmatch(r"[A-Za-z0-9+/]+={0,2}", t):
        return None
    try:
        return base64.b64decode(t + "=" * (-len(t) % 4)).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None


def variants(s):
    """candidate decodings of an (obfuscated) value"""
    cands = [s]
    if "%" in s:
        cands.append(urllib.parse.unquote(s))
    if "&#" in s or "&" in s:
        cands.append(html.unescape(s))
    if "\\u" in s:
        cands.append(re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s))
    if "=2B" in s or "=20" in s or "=40" in s:
        cands.append(re.sub(r"=([0-9A-F]{2})", lambda m: chr(int(m.group(1), 16)), s))
    d = try_b64(s)
    if d:
        cands.append(d)
    cands.append(s[::-1])
    cands = [nfkc(c) for c in cands]
    cands += [unwords(c) for c in cands]
    return cands


OCR = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5"})


# ---------------------------------------------------------------- validators
def luhn_ok(num):
    s, alt = 0, False
    for ch in reversed(num):
        d = int(ch)
        if alt:
            d = d * 2 - 9 if d > 4 else d * 2
        s += d
        alt = not alt
    return s % 10 == 0


def iban_ok(s):
    s = re.sub(r"[\s\-]", "", nfkc(s)).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False, "shape"
    r = s[4:] + s[:4]
    if int("".join(str(int(c, 36)) for c in r)) % 97 != 1:
        return False, "mod97"
    if s in IBAN_SAMPLES:
        return False, "sample"
    if s[:2] == "BE":
        f = int(s[4:14]) % 97 or 97
        if f != int(s[14:16]):
            return False, "BE national check"
    return True, s


def ssn_ok(d):
    if len(d) != 9:
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return a != 0 and a != 666 and a < 900 and g != 0 and s != 0 and d not in SSN_SAMPLES


NINO_RE = re.compile(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])")


def nino_ok(s):
    t = re.sub(r"[^A-Za-z0-9]", "", nfkc(s)).upper()
    if len(t) == 9:
        t = t[:2] + t[2:8].replace("O", "0").replace("I", "1").replace("L", "1") + t[8]
    m = NINO_RE.fullmatch(t)
    return bool(m) and t[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def check_value(kind, v):
    if kind == "card":
        for c in variants(v):
            d = re.sub(r"\D", "", c.translate(OCR))
            if 12 <= len(d) <= 19 and luhn_ok(d) and d not in TEST_CARDS:
                return True
        return False
    if kind == "iban":
        return iban_ok(v)[0]
    if kind == "ssn":
        for c in variants(v):
            d = re.sub(r"\D", "", c.translate(OCR))
            if ssn_ok(d):
                return True
        return False
    if kind == "nino":
        return nino_ok(v)
    if kind == "email":
        for c in variants(v):
            t = c
            for w in AT_WORDS:
                t = t.replace(w, "@")
            for w in DOT_WORDS:
                t = t.replace(w, ".")
            t = re.sub(r"\s+", "", t)
            if re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", t) and "example" not in t:
                return True
        return False
    if kind == "phone":
        for c in variants(v):
            d = re.sub(r"\D", "", c.translate(OCR))
            if 7 <= len(d) <= 15:
                return True
        return False
    if kind == "ip":
        for c in variants(v):
            t = re.sub(r"\s", "", c.replace("[.]", ".").replace(" dot ", "."))
            try:
                ip = ipaddress.ip_address(int(t) if t.isdigit() else t)
            except ValueError:
                continue
            if str(ip) in ("1.1.1.1", "9.9.9.9"):
                return False
            for net in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32"):
                if ip in ipaddress.ip_network(net):
                    return False
            return True
        return False
    if kind == "dob":
        return bool(re.search(r"\d", nfkc(v)))
    if kind == "secret":
        if v in ("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY") or len(v) < 4:
            return False
        if v.startswith("-----BEGIN"):
            return bool(re.search(r"-----END [A-Z ]+-----$", v))
        return "***" not in v and "${" not in v
    return False


def joined(kind, parts):
    sep = "" if kind in ("email",) else " "
    if kind == "email":
        return parts[0] + "@" + parts[-1]
    return sep.join(parts)


# ---------------------------------------------------------------- negative scans
EMAIL_NEG = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")


def scan_negative(text, lineno, warnings):
    t = nfkc(text)
    for m in re.finditer(r"(?<!\d)(\d{13,19})(?!\d)", t):
        if luhn_ok(m.group(1)) and m.group(1) not in TEST_CARDS:
            err(lineno, "Luhn-valid digit run in negative text: %s" % m.group(1))
    for m in re.finditer(r"(?<![\d])(\d{4}([ -])\d{4}\2\d{4}\2\d{1,7})(?![\d])", t):
        if re.search(r"[A-Z0-9]{2,4}[ -]$", t[:m.start()]):
            continue  # a window inside a longer grouped identifier (e.g. an IBAN), not a card-shaped number
        d = re.sub(r"\D", "", m.group(1))
        if len(d) < 13:
            continue
        if luhn_ok(d) and d not in TEST_CARDS:
            err(lineno, "Luhn-valid grouped number in negative text: %s" % m.group(1))
    for m in re.finditer(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b", t):
        ok, _ = iban_ok(m.group(1))
        if ok:
            err(lineno, "valid IBAN in negative text: %s" % m.group(1))
    for m in re.finditer(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])", t):
        if ssn_ok("".join(m.groups())):
            err(lineno, "valid SSN in negative text: %s" % m.group(0))
    for m in re.finditer(r"\b([A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D])\b", t):
        if nino_ok(m.group(1)):
            err(lineno, "valid NINO in negative text: %s" % m.group(1))
    for m in EMAIL_NEG.finditer(t):
        a = m.group(0)
        dom = a.split("@", 1)[1].lower()
        local = a.split("@", 1)[0]
        if re.fullmatch(r"[0-9a-fA-F-]{16,}", local):
            continue  # Message-ID style identifier, not a mailbox
        if not (dom.endswith(("example.com", "example.org", "example.net", ".example"))):
            err(lineno, "unlabelled e-mail address in negative text: %s" % a)
    for m in IPV4.finditer(t):
        octs = [int(x) for x in m.groups()]
        if max(octs) > 255:
            continue
        ip = m.group(0)
        if ip in ("1.1.1.1", "9.9.9.9") or ip.startswith(("192.0.2.", "198.51.100.", "203.0.113.", "255.")):
            continue
        warnings.append("line %d: dotted quad in negative text (check it is a version/OID): %s" % (lineno, ip))


def main(path="set.txt"):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    fam = None
    fam_stats = collections.OrderedDict()
    kinds = collections.Counter()
    expect_la = False
    warnings = []
    nsamples = 0
    for lineno, raw in enumerate(lines, 1):
        if expect_la:
            m = re.fullmatch(r"# look-alikes: (\d+)", raw)
            if not m:
                err(lineno, "# family: must be followed by # look-alikes: N")
            else:
                fam_stats[fam]["look-alikes"] = int(m.group(1))
            expect_la = False
            continue
        if raw.startswith("# family: "):
            fam = raw[len("# family: "):].strip()
            if fam in fam_stats:
                err(lineno, "duplicate family %s" % fam)
            fam_stats[fam] = collections.Counter()
            expect_la = True
            continue
        if raw.startswith("#") or raw.strip() == "":
            continue
        if fam is None:
            err(lineno, "sample before first family")
            continue
        nsamples += 1
        segs = parse_line(raw, lineno)
        fam_stats[fam]["samples"] += 1
        spans = [(i, k, t) for i, (k, t) in enumerate(segs) if k]
        if not spans:
            fam_stats[fam]["no-span samples"] += 1
        for k, t in segs:
            if k:
                kinds[k] += 1
                fam_stats[fam][k] += 1
                fam_stats[fam]["spans"] += 1
            else:
                scan_negative(t, lineno, warnings)
        # value checks (pieces of a split value are validated together)
        done = set()
        for j, (i, k, t) in enumerate(spans):
            if i in done:
                continue
            if check_value(k, t):
                done.add(i)
                continue
            ok = False
            for n in (2, 3):
                grp = spans[j:j + n]
                if len(grp) == n and all(g[1] == k for g in grp) and check_value(k, joined(k, [g[2] for g in grp])):
                    done.update(g[0] for g in grp)
                    ok = True
                    break
            if not ok:
                err(lineno, "invalid %s value: %r" % (k, t))
    total_la = sum(s["look-alikes"] for s in fam_stats.values())
    print("samples: %d  families: %d  labelled spans: %d  look-alikes: %d" % (
        nsamples, len(fam_stats), sum(kinds.values()), total_la))
    print("by kind: " + "  ".join("%s=%d" % (k, kinds[k]) for k in KINDS))
    print()
    print("%-36s %4s %4s %4s  %s" % ("family", "smp", "span", "la", "kinds"))
    for name, s in fam_stats.items():
        print("%-36s %4d %4d %4d  %s" % (name, s["samples"], s["spans"], s["look-alikes"],
                                        " ".join("%s=%d" % (k, s[k]) for k in KINDS if s[k])))
    if len(fam_stats) < 45:
        errors.append("fewer than 45 families")
    if total_la < 350:
        errors.append("fewer than 350 look-alikes")
    if "-v" in sys.argv:
        for w in warnings:
            print("warning:", w)
    else:
        print("\n%d warnings (run with -v to list)" % len(warnings))
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else "FAILED with %d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    import os
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set.txt")
    sys.exit(main(next((a for a in sys.argv[1:] if not a.startswith("-")), default)))
