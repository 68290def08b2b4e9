#!/usr/bin/env python3
"""Validate set.txt (pii-c12): format, escapes, checksums, look-alike hygiene; print counts.

Usage: python3 check.py [set.txt]      exit status 1 on any error.
Standard library only; independent of gen.py.
"""
import base64
import binascii
import html
import ipaddress
import re
import sys
import unicodedata
import urllib.parse
from collections import Counter, OrderedDict

KINDS = ["email", "phone", "card", "iban", "ssn", "ip", "nino", "dob", "secret"]
ERRORS = []


def err(ln, msg):
    ERRORS.append("line %d: %s" % (ln, msg))


# ------------------------------------------------------------------ escapes (canonical form)
def esc_char(c):
    o = ord(c)
    if c == "\n":
        return "\\n"
    if c == "\t":
        return "\\t"
    if c == "\\":
        return "\\u005C"
    if o > 0xFFFF:
        return None
    cat = unicodedata.category(c)
    if (cat in ("Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn") or (cat == "Zs" and c != " ") or o == 0x34F
            or 0xFF00 <= o <= 0xFFEF or 0xFE00 <= o <= 0xFE0F or o in (0x3164, 0x115F, 0x1160)):
        return "\\u%04X" % o
    return c


def esc_text(t, before="", after=""):
    out = []
    n = len(t)
    for i, c in enumerate(t):
        if c in "{}":
            p = t[i - 1] if i > 0 else before
            q = t[i + 1] if i < n - 1 else after
            if p in ("{", "}") or q in ("{", "}"):
                out.append("\\u%04X" % ord(c))
                continue
        e = esc_char(c)
        if e is None:
            raise ValueError("non-BMP character U+%X" % ord(c))
        out.append(e)
    return "".join(out)


def serialize(segs):
    parts = []
    for i, (k, t) in enumerate(segs):
        if k is None:
            before = "}" if i > 0 and segs[i - 1][0] is not None else ""
            after = "{" if i + 1 < len(segs) and segs[i + 1][0] is not None else ""
            parts.append(esc_text(t, before, after))
        else:
            parts.append("{{%s:%s}}" % (k, esc_text(t, ":", "}")))
    line = "".join(parts)
    if line.startswith("#"):
        line = "\\u0023" + line[1:]
    return line


def unescape(s, ln):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        nx = s[i + 1:i + 2]
        if nx == "n":
            out.append("\n")
            i += 2
        elif nx == "t":
            out.append("\t")
            i += 2
        elif nx == "u" and re.match(r"[0-9A-Fa-f]{4}$", s[i + 2:i + 6]):
            out.append(chr(int(s[i + 2:i + 6], 16)))
            i += 6
        else:
            err(ln, "bad escape %r" % s[i:i + 6])
            out.append(c)
            i += 1
    return "".join(out)


def parse_line(line, ln):
    segs, i, buf = [], 0, []
    while i < len(line):
        if line.startswith("{{", i):
            if buf:
                segs.append((None, unescape("".join(buf), ln)))
                buf = []
            j = line.find(":", i + 2)
            if j < 0:
                err(ln, "span without ':'")
                return None
            kind = line[i + 2:j]
            if kind not in KINDS:
                err(ln, "unknown kind %r" % kind)
                return None
            k = line.find("}}", j + 1)
            if k < 0:
                err(ln, "unterminated span")
                return None
            body = line[j + 1:k]
            if "{{" in body:
                err(ln, "nested span")
                return None
            if not body:
                err(ln, "empty span")
            segs.append((kind, unescape(body, ln)))
            i = k + 2
        else:
            buf.append(line[i])
            i += 1
    if buf:
        segs.append((None, unescape("".join(buf), ln)))
    return segs


# ------------------------------------------------------------------ normalisation of evasions
SPELL = {}
for lang, words in {
    "en": "zero one two three four five six seven eight nine", "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun", "fr": "zéro un deux trois quatre cinq six sept huit neuf",
}.items():
    for d, w in enumerate(words.split()):
        SPELL[w] = str(d)
SPELL["oh"] = "0"
PLUS_WORDS = {"plus", "más"}
AT_RE = re.compile(r"\s*(?:\[at\]|\(at\)|\[@\]|\bat\b|собака|arroba|arobase|chiocciola|艾特|アットマーク|małpa|\bet\b)\s*", re.I)
DOT_RE = re.compile(r"\s*(?:\[dot\]|\(dot\)|\(punkt\)|\[\.\]|\(\.\)|\bdot\b|точка|\bpunto\b|\bpoint\b|点|ドット|kropka|nokta)\s*", re.I)
INVIS = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\u034f\u200e\u200f]")


def to_ascii_digits(s):
    out = []
    for c in s:
        if c.isdigit() and not ("0" <= c <= "9"):
            try:
                out.append(str(unicodedata.decimal(c)))
                continue
            except ValueError:
                pass
        out.append(c)
    return "".join(out)


def despell(s):
    toks = re.split(r"[\s,]+", s.strip().lower())
    if len(toks) >= 5 and sum(t in SPELL for t in toks) >= len(toks) * 0.6:
        return "".join(SPELL.get(t, "+" if t in PLUS_WORDS else (t if len(t) == 1 else "")) for t in toks)
    return s


def decodings(s):
    yield s
    yield s[::-1]
    yield html.unescape(s)
    yield urllib.parse.unquote(s)
    yield re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)
    yield s.replace("=\n", "").replace("=40", "@").replace("=3D", "=")
    t = re.sub(r"\s", "", s)
    if re.fullmatch(r"[A-Za-z0-9+/]+={0,2}", t) and len(t) % 4 == 0 and len(t) >= 8:
        try:
            d = base64.b64decode(t).decode("utf-8")
            if d.isprintable():
                yield d
        except (binascii.Error, UnicodeDecodeError):
            pass


def norm(s):
    s = INVIS.sub("", s)
    s = unicodedata.normalize("NFKC", s)
    s = to_ascii_digits(s)
    s = despell(s)
    return s


def candidates(s):
    for d in decodings(s):
        n = norm(d)
        yield n
        yield AT_RE.sub("@", DOT_RE.sub(".", n)) if "@" not in n else n


# ------------------------------------------------------------------ validators
def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


TESTCARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "4000056655665556", "378282246310005",
             "6011111111111117", "5105105105105100", "4012888888881881"}
IBAN_LEN = {"DE": 22, "FR": 27, "AT": 20, "CH": 21, "ES": 24, "IT": 27, "NL": 18, "GB": 22, "IE": 22, "PL": 28,
            "PT": 25, "SE": 24, "NO": 15, "DK": 18, "FI": 18, "LU": 20, "CZ": 24, "SK": 24, "HU": 28, "RO": 24,
            "GR": 27, "TR": 26, "SA": 24, "AE": 23, "BR": 29, "HR": 21, "SI": 19, "BG": 22, "LT": 20, "LV": 21,
            "EE": 20, "IL": 23, "UA": 29, "MT": 31, "CY": 28, "BE": 16}
SAMPLE_IBANS = {"GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606",
                "NL91ABNA0417164300", "BE68539007547034", "ES9121000418450200051332", "AT611904300234573201",
                "CH9300762011623852957", "IT60X0542811101000000123456"}
SSN_AVOID = {"078051120", "219099999", "123456789", "457555462", "111111111", "987654320"}
NINO_BAD_PRE = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def iban_mod(s):
    s = s[4:] + s[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in s)) % 97
    except ValueError:
        return -1


def v_card(s):
    for c in candidates(s):
        d = re.sub(r"[\s\-.]", "", c)
        if d.isdigit() and 13 <= len(d) <= 19:
            if d in TESTCARDS:
                return "test card labelled"
            return None if luhn_ok(d) else "Luhn fails"
    return "no 13-19 digit number"


def v_iban(s):
    for c in candidates(s):
        v = re.sub(r"\s", "", c).upper()
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", v):
            cc = v[:2]
            if v in SAMPLE_IBANS:
                return "sample IBAN labelled"
            if IBAN_LEN.get(cc) != len(v):
                return "bad length for %s" % cc
            if iban_mod(v) != 1:
                return "mod 97 fails"
            if cc == "BE":
                k = int(v[4:14]) % 97 or 97
                if int(v[14:16]) != k:
                    return "Belgian national check fails"
            return None
    return "not IBAN-shaped"


def ssn_rule(d):
    a, g, s = d[:3], d[3:5], d[5:]
    if a == "000" or a == "666" or a[0] == "9":
        return "bad area"
    if g == "00":
        return "bad group"
    if s == "0000":
        return "bad serial"
    if d in SSN_AVOID:
        return "advertising/sample number"
    return None


def v_ssn(s):
    for c in candidates(s):
        d = re.sub(r"[\s\-.]", "", c)
        if d.isdigit() and len(d) == 9:
            return ssn_rule(d)
    return "not 9 digits"


def nino_rule(v):
    if v[0] in "DFIQUV":
        return "bad first letter"
    if v[1] in "DFIOQUV":
        return "bad second letter"
    if v[:2] in NINO_BAD_PRE:
        return "excluded prefix"
    if v[8] not in "ABCD":
        return "bad suffix"
    return None


def v_nino(s):
    for c in candidates(s):
        v = re.sub(r"\s", "", c).upper()
        if re.fullmatch(r"[A-Z]{2}\d{6}[A-Z]", v):
            return nino_rule(v)
    return "not NINO-shaped"


DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def v_ip(s):
    for c in candidates(s):
        t = c.replace("[.]", ".").replace("(.)", ".").strip()
        try:
            ip = ipaddress.ip_address(t)
        except ValueError:
            continue
        if any(ip in n for n in DOC_NETS):
            return "documentation address labelled"
        if str(ip) in ("1.1.1.1", "9.9.9.9"):
            return "public resolver labelled"
        if ip.is_loopback or ip.is_unspecified or ip.is_multicast or ip.is_reserved or ip.is_link_local:
            return "special-purpose address"
        return None
    return "not an IP address"


EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def v_email(s):
    for c in candidates(s):
        t = c.strip()
        if EMAIL_RE.match(t):
            dom = t.split("@")[1].lower()
            if re.search(r"(^|\.)example\.(com|org|net)$|\.(invalid|test|example)$", dom):
                return "placeholder domain labelled"
            return None
    return "not an e-mail address"


def v_phone(s):
    for c in candidates(s):
        t = c.strip()
        if re.search(r"[A-Za-z]", t):
            continue
        d = re.sub(r"\D", "", t)
        if 7 <= len(d) <= 15:
            if re.search(r"555-?01\d\d", t.replace(" ", "-")):
                return "555-01xx placeholder labelled"
            return None
    return "not a phone number"


BIRTH_CUES = ["birth", "born", "dob", "bday", "né", "née", "geb", "geboren", "nacimiento", "nascimento", "nascid",
              "nascita", "f. nac", "geboorte", "urodzenia", "ur.", "narození", "születési", "doğum", "γέννησης", "рождения",
              "生年月日", "出生", "生于", "생년월일", "생일", "生日", "الميلاد", "תאריך לידה", "נולד", "לידה", "تولد",
              "जन्म", "ngày sinh", "วันเกิด", "lahir", "födelse", "fødsel", "syntymä", "aniversário", "моё др", "생",
              "birthdate", "birthday"]


def v_dob(s, line):
    if not any(ch.isdigit() for ch in s):
        return "no digits in date"
    low = line.lower()
    if not any(c in low for c in BIRTH_CUES):
        return "no birth-date cue in sample"
    return None


PLACEHOLDER_SECRETS = ["AKIAIOSFODNN7EXAMPLE", "${", "{{", "xxxx", "XXXX", "<YOUR", "YOUR_", "EXAMPLE", "redacted"]


def v_secret(s):
    if s != s.strip():
        return "surrounding whitespace"
    if len(s) < 6:
        return "too short"
    if any(p in s for p in PLACEHOLDER_SECRETS):
        return "placeholder labelled"
    if "-----BEGIN" in s or "-----END" in s:
        if not (s.startswith("-----BEGIN") and re.search(r"-----END [A-Z ]+-----$", s)):
            return "PEM span must run from BEGIN line to END line"
        if "PRIVATE KEY" not in s:
            return "non-private PEM labelled"
    if s.startswith(("ssh-rsa ", "ssh-ed25519 ", "age1")):
        return "public key labelled"
    if "\n" in s and "-----BEGIN" not in s:
        return "line break in non-PEM secret"
    return None


# ------------------------------------------------------------------ look-alike hygiene (unlabelled text)
CARD_RUN = re.compile(r"(?<![\w.+\-])(?<!\d[ \-])\d(?:[ \-]?\d){12,18}(?![\w])(?![ \-]\d)")
IBAN_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}(?![A-Za-z0-9])")
SSN_RUN = re.compile(r"(?<![\d\-])\d{3}-\d{2}-\d{4}(?![\d\-])")
NINO_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Z](?![A-Za-z0-9])")
MAIL_RUN = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+", re.ASCII)
IP_RUN = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?![\w.]*\d)")
SECRET_RUN = re.compile(r"AKIA[A-Z2-7]{16}|ASIA[A-Z2-7]{16}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_\w{40,}|glpat-[\w\-]{20}"
                        r"|xox[bpas]-\d|[sr]k_live_\w+|AIza[\w\-]{35}|hooks\.slack\.com/services/T|-----BEGIN [A-Z ]*PRIVATE KEY"
                        r"|sk-proj-|sk-ant-|\bhf_[A-Za-z0-9]{30,}|\bnpm_[A-Za-z0-9]{36}|SG\.[\w\-]{22}\.|dop_v1_|shpat_|pypi-AgE")


def check_unlabelled(text, ln):
    for m in CARD_RUN.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if luhn_ok(d) and d not in TESTCARDS and "IMEI" not in text[max(0, m.start() - 12):m.start()]:
            err(ln, "unlabelled Luhn-valid number %s" % m.group())
    for m in IBAN_RUN.finditer(text):
        v = m.group().replace(" ", "")
        if v[:2] in IBAN_LEN and len(v) == IBAN_LEN[v[:2]] and iban_mod(v) == 1 and v not in SAMPLE_IBANS:
            err(ln, "unlabelled valid IBAN %s" % v)
    for m in SSN_RUN.finditer(text):
        d = m.group().replace("-", "")
        if ssn_rule(d) is None:
            err(ln, "unlabelled valid SSN %s" % m.group())
    for m in NINO_RUN.finditer(text):
        v = m.group().replace(" ", "")
        if nino_rule(v) is None:
            err(ln, "unlabelled valid NINO %s" % m.group())
    for m in SECRET_RUN.finditer(text):
        if text[m.start():m.start() + 20] != "AKIAIOSFODNN7EXAMPLE":
            err(ln, "unlabelled credential pattern %r" % m.group())
    for m in MAIL_RUN.finditer(text):
        dom = m.group().split("@", 1)[1].lower()
        pre = text[max(0, m.start() - 40):m.start()]
        if re.search(r"(^|\.)example\.(com|org|net)$|\.(invalid|test|example)$", dom):
            continue
        if re.fullmatch(r"[\d.]+", dom) or pre.endswith("://") or re.search(r"\bUID:$", pre) or re.search(r"(Message-ID|In-Reply-To|References): <[^>]*$", pre, re.I):
            continue
        if pre.endswith("<") and re.search(r"(Message-ID|In-Reply-To|References):", text[max(0, m.start() - 60):m.start()], re.I):
            continue
        err(ln, "unlabelled e-mail-like string %s" % m.group())
    for m in IP_RUN.finditer(text):
        t = m.group(1)
        try:
            ip = ipaddress.ip_address(t)
        except ValueError:
            continue
        pre = text[max(0, m.start() - 12):m.start()]
        if (any(ip in n for n in DOC_NETS) or t in ("1.1.1.1", "9.9.9.9") or t.startswith("255.")
                or re.search(r"(version|v|/|Distrib |OS |\bver\.?)\s*$", pre, re.I)):
            continue
        err(ln, "unlabelled IPv4 %s" % t)


# ------------------------------------------------------------------ main
VALIDATORS = {"card": v_card, "iban": v_iban, "ssn": v_ssn, "nino": v_nino, "ip": v_ip, "email": v_email,
              "phone": v_phone, "secret": v_secret}


def main(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print("not UTF-8:", e)
        return 1
    if "\r" in text:
        ERRORS.append("file contains CR characters")
    lines = text.split("\n")
    fams = OrderedDict()
    cur, expect_look = None, False
    kind_tot = Counter()
    look_tot = 0
    n_samples = 0
    for ln, line in enumerate(lines, 1):
        if expect_look:
            m = re.fullmatch(r"# look-alikes: (\d+)", line)
            if not m:
                err(ln, "'# family:' must be followed by '# look-alikes: N'")
            else:
                fams[cur]["look"] = int(m.group(1))
                look_tot += int(m.group(1))
            expect_look = False
            continue
        if line.startswith("# family:"):
            cur = line[len("# family:"):].strip()
            if not cur or cur in fams:
                err(ln, "empty or duplicate family name %r" % cur)
            fams[cur] = {"samples": 0, "kinds": Counter(), "look": None}
            expect_look = True
            continue
        if line.startswith("#") or not line.strip():
            continue
        if cur is None:
            err(ln, "sample before first family")
            continue
        segs = parse_line(line, ln)
        if segs is None:
            continue
        try:
            canon = serialize(segs)
        except ValueError as e:
            err(ln, str(e))
            continue
        if canon != line:
            i = next((k for k in range(min(len(canon), len(line))) if canon[k] != line[k]), min(len(canon), len(line)))
            err(ln, "not in canonical escaped form near col %d: %r vs %r" % (i, line[i:i + 12], canon[i:i + 12]))
        n_samples += 1
        fams[cur]["samples"] += 1
        plain = "".join(t if k is None else "\x00" for k, t in segs)
        full = "".join(t for _, t in segs)
        check_unlabelled(plain, ln)
        spans = [(k, t) for k, t in segs if k is not None]
        for idx, (k, t) in enumerate(spans):
            fams[cur]["kinds"][k] += 1
            kind_tot[k] += 1
            if t != t.strip(" "):
                err(ln, "%s span has leading/trailing spaces: %r" % (k, t))
            e = v_dob(t, full) if k == "dob" else VALIDATORS[k](t)
            if e and k in ("card", "iban", "ssn", "nino", "phone"):
                # a value split into pieces: some window of consecutive same-kind spans containing it must validate
                lo = idx
                while lo > 0 and spans[lo - 1][0] == k:
                    lo -= 1
                hi = idx
                while hi + 1 < len(spans) and spans[hi + 1][0] == k:
                    hi += 1
                for x in range(lo, idx + 1):
                    for y in range(idx, hi + 1):
                        if y > x and VALIDATORS[k]("".join(t2 for _, t2 in spans[x:y + 1])) is None:
                            e = None
            if e:
                err(ln, "%s span %r: %s" % (k, t[:60], e))
    if expect_look:
        ERRORS.append("file ends after a family line")
    for name, f in fams.items():
        if f["samples"] == 0:
            ERRORS.append("family %s has no samples" % name)
    # report
    print("samples: %d   families: %d   labelled spans: %d   planted look-alikes: %d"
          % (n_samples, len(fams), sum(kind_tot.values()), look_tot))
    print("by kind: " + "  ".join("%s=%d" % (k, kind_tot[k]) for k in KINDS))
    print()
    print("%-32s %4s %5s  %s" % ("family", "smp", "look", "spans"))
    for name, f in fams.items():
        print("%-32s %4d %5s  %s" % (name, f["samples"], f["look"],
                                     " ".join("%s=%d" % (k, f["kinds"][k]) for k in KINDS if f["kinds"][k])))
    if ERRORS:
        print("\n%d ERROR(S):" % len(ERRORS))
        for e in ERRORS:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "set.txt"))
