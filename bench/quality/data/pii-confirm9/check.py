#!/usr/bin/env python3
"""check.py - validate pii-c9/set.txt.

Checks the line format, escapes and spans; verifies the checksums of every
labelled card (Luhn), IBAN (ISO 13616 mod-97, plus the Belgian national check),
US SSN and UK NINO (after undoing the evasions used in the set: separators,
invisible characters, other scripts' digits, full-width forms, spelled digits,
percent / HTML-entity / JSON-\\u / quoted-printable / base64 encodings,
reversed text, and values split over several spans); scans unlabelled text
for IBANs that pass mod-97 (error unless a documented sample) and for other
checksum-valid numbers (warning); prints a counts table.  Exit 1 on any error.
"""
import base64
import binascii
import html
import ipaddress
import os
import quopri
import re
import sys
import unicodedata
from urllib.parse import unquote

KINDS = ["email", "phone", "card", "iban", "ssn", "ip", "nino", "dob", "secret"]
CHECKED = {"card", "iban", "ssn", "nino"}

IBAN_LEN = {"AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
            "BR": 29, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20,
            "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18,
            "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27,
            "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
            "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15,
            "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31,
            "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24, "TR": 26,
            "UA": 29, "VA": 22, "VG": 24, "XK": 20}
SAMPLE_IBANS = {"GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606",
                "NL91ABNA0417164300", "BE68539007547034", "CH9300762011623852957",
                "AT611904300234573201", "ES9121000418450200051332", "IT60X0542811101000000123456",
                "GB29NWBK60161331926819", "PL61109010140000071219812874", "NO9386011117947",
                "DK5000400440116243", "FI2112345600000785", "SE4550000000058398257466",
                "GB33BUKB20201555555555"}
TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "4000056655665556",
              "378282246310005", "6011111111111117", "3530111333300000", "5105105105105100",
              "4012888888881881", "371449635398431", "30569309025904", "6200000000000005",
              "4000000000009995"}
SSN_SAMPLES = {"078051120", "219099999", "123456789", "457555462"}
NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
PLACEHOLDER_SECRETS = {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                       "JBSWY3DPEHPK3PXP", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"}
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
NOT_LABEL_IPS = {ipaddress.ip_address("1.1.1.1"), ipaddress.ip_address("9.9.9.9")}

SPELL = {
    "en": "zero one two three four five six seven eight nine",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
    "ru": "ноль один два три четыре пять шесть семь восемь девять",
    "sv": "noll ett två tre fyra fem sex sju åtta nio",
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα",
}
WORD2DIGIT = {"oh": "0", "zwo": "2", "meia": "6"}
for _lang, _ws in SPELL.items():
    for _i, _w in enumerate(_ws.split()):
        WORD2DIGIT.setdefault(_w, str(_i))

_INVISIBLE = {0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x2800, 0x3164, 0xFFA0}


def must_escape(c):
    o = ord(c)
    if c == "\\":
        return True
    cat = unicodedata.category(c)
    if cat in ("Cc", "Cf", "Zl", "Zp", "Co", "Cn", "Cs"):
        return True
    if cat == "Zs" and c != " ":
        return True
    if 0xFF01 <= o <= 0xFF60 or 0xFFE0 <= o <= 0xFFE6:
        return True
    return o in _INVISIBLE


# ------------------------------------------------------------------ validators

def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def card_ok(s):
    return s.isdigit() and s.isascii() and 12 <= len(s) <= 19 and luhn_ok(s) and s not in TEST_CARDS


def iban_mod97(s):
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s) or not iban_mod97(s) or s in SAMPLE_IBANS:
        return False
    if s[:2] == "BE":
        base, chk = int(s[4:14]), int(s[14:16])
        if (base % 97 or 97) != chk:
            return False
    return True


def ssn_ok(s):
    if not (len(s) == 9 and s.isdigit() and s.isascii()):
        return False
    a, g, n = int(s[:3]), int(s[3:5]), int(s[5:])
    return a != 0 and a != 666 and a < 900 and g != 0 and n != 0 and s not in SSN_SAMPLES


def nino_ok(s):
    if not re.fullmatch(r"[A-Z]{2}[0-9]{6}[A-D]", s):
        return False
    return (s[0] not in NINO_BAD_FIRST and s[1] not in NINO_BAD_SECOND and s[:2] not in NINO_BAD_PREFIX
            and s != "QQ123456C")


VALID = {"card": card_ok, "iban": iban_ok, "ssn": ssn_ok, "nino": nino_ok}


# ------------------------------------------------------------------ evasion undoing

def map_digits(s):
    out = []
    for ch in unicodedata.normalize("NFKC", s):
        d = unicodedata.digit(ch, None)
        out.append(str(d) if d is not None and not ch.isascii() else ch)
    return "".join(out)


def decodings(v):
    outs = [v]
    outs.append(html.unescape(v))
    u = unquote(v)
    outs.append(u)
    outs.append(unquote(u))
    outs.append(re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), v))
    try:
        outs.append(quopri.decodestring(v.encode("utf-8")).decode("utf-8"))
    except Exception:
        pass
    compact = re.sub(r"\s", "", v)
    if re.fullmatch(r"[A-Za-z0-9+/]+={0,2}", compact) and len(compact) % 4 == 0:
        try:
            outs.append(base64.b64decode(compact, validate=True).decode("utf-8"))
        except (binascii.Error, UnicodeDecodeError):
            pass
    return outs


def spelled(s):
    toks = re.findall(r"[^\W_]+", s)
    out = []
    mult = 1
    for t in toks:
        lw = t.lower()
        if lw in ("double", "doppel"):
            mult = 2
            continue
        if lw == "triple":
            mult = 3
            continue
        if lw in WORD2DIGIT:
            out.append(WORD2DIGIT[lw] * mult)
        elif t.isdigit():
            out.append(t * mult if len(t) == 1 else t)
        elif t.isascii() and t.isalpha() and (len(t) == 1 or t.isupper()):
            out.append(t.upper() * mult if len(t) == 1 else t.upper())
        mult = 1
    return "".join(out)


def normal_forms(v):
    forms = []
    for d in decodings(v):
        for x in (d, d[::-1]):
            m = map_digits(x)
            forms.append(re.sub(r"[^0-9A-Za-z]", "", m).upper())
            forms.append(spelled(m))
    return forms


def verify(kind, value):
    fn = VALID[kind]
    return any(fn(f) for f in normal_forms(value))


def ip_value(v):
    v = map_digits(v).replace("[.]", ".").replace("\n", "").strip()
    try:
        return ipaddress.ip_address(v)
    except ValueError:
        return None


# ------------------------------------------------------------------ parsing

ESC = re.compile(r"\\(n|t|u[0-9A-Fa-f]{4})")


def unescape(raw, errs, where):
    out = []
    i = 0
    while i < len(raw):
        c = raw[i]
        if c == "\\":
            m = ESC.match(raw, i)
            if not m:
                errs.append(f"{where}: bad escape at col {i}")
                i += 1
                continue
            e = m.group(1)
            out.append("\n" if e == "n" else "\t" if e == "t" else chr(int(e[1:], 16)))
            i = m.end()
            continue
        if must_escape(c):
            errs.append(f"{where}: raw U+{ord(c):04X} must be escaped")
        out.append(c)
        i += 1
    return "".join(out)


def parse_sample(raw, errs, where):
    """-> (text with spans replaced, list of (kind, value), list of text segments)"""
    spans, segs = [], []
    i = 0
    buf = []
    while True:
        j = raw.find("{{", i)
        k = raw.find("}}", i)
        if k != -1 and (j == -1 or k < j):
            errs.append(f"{where}: unmatched '}}}}' at col {k}")
            break
        if j == -1:
            buf.append(raw[i:])
            break
        buf.append(raw[i:j])
        c = raw.find(":", j)
        e = raw.find("}}", j)
        if c == -1 or e == -1 or c > e:
            errs.append(f"{where}: malformed span at col {j}")
            break
        kind = raw[j + 2:c]
        val_raw = raw[c + 1:e]
        if kind not in KINDS:
            errs.append(f"{where}: unknown kind {kind!r}")
        if "{{" in val_raw:
            errs.append(f"{where}: nested span")
        val = unescape(val_raw, errs, where)
        if not val:
            errs.append(f"{where}: empty span")
        elif val != val.strip():
            errs.append(f"{where}: span {kind} has surrounding whitespace: {val!r}")
        spans.append((kind, val))
        segs.append(unescape("".join(buf), errs, where))
        buf = []
        i = e + 2
    segs.append(unescape("".join(buf), errs, where))
    return spans, segs


# ------------------------------------------------------------------ unlabelled scans

IBAN_RE = re.compile(r"\b([A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]){11,30})\b")
# card-shaped: 13-19 contiguous digits, groups of four, or the 4-6-5 / 4-6-4 Amex/Diners layout
CARD_RE = re.compile(r"(?<![\w.-])(\d{13,19}|\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,4})?|\d{4}[ -]\d{6}[ -]\d{4,5})(?![\w-])")
SSN_RE = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
NINO_RE = re.compile(r"\b([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])\b")


def scan_unlabelled(seg, errs, warns, where):
    for m in IBAN_RE.finditer(seg):
        s = m.group(1).replace(" ", "")
        n = IBAN_LEN.get(s[:2], 0)
        if n and len(s) >= n:
            cand = s[:n]
            if True:
                if iban_mod97(cand) and cand not in SAMPLE_IBANS:
                    errs.append(f"{where}: unlabelled valid IBAN {cand}")
    for m in CARD_RE.finditer(seg):
        s = re.sub(r"\D", "", m.group(1))
        before = seg[max(0, m.start() - 8):m.start()]
        if "IMEI" in before or "ISBN" in before or "Refs" in before:
            continue  # IMEIs carry a Luhn check digit and ISBNs may pass by chance; look-alikes, not cards
        if 13 <= len(s) <= 19 and luhn_ok(s) and s not in TEST_CARDS:
            warns.append(f"{where}: unlabelled Luhn-valid number {m.group(1)!r}")
    for m in SSN_RE.finditer(seg):
        s = "".join(m.groups())
        if ssn_ok(s):
            warns.append(f"{where}: unlabelled SSN-shaped {m.group(0)!r}")
    for m in NINO_RE.finditer(seg):
        s = "".join(m.groups())
        if nino_ok(s):
            warns.append(f"{where}: unlabelled NINO-shaped {m.group(0)!r}")


# ------------------------------------------------------------------ main

def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set.txt")
    errs, warns = [], []
    fams = []
    cur = None
    want_la = False
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    if "\r" in data:
        errs.append("file contains CR characters")
    if not data.endswith("\n"):
        errs.append("file does not end with a newline")
    lines = data.split("\n")[:-1]
    for ln, line in enumerate(lines, 1):
        where = f"line {ln}"
        if line.startswith("#"):
            m = re.fullmatch(r"# family: ([a-z0-9_]+)", line)
            if m:
                if want_la:
                    errs.append(f"{where}: previous family lacks '# look-alikes:'")
                if any(fm["name"] == m.group(1) for fm in fams):
                    errs.append(f"{where}: duplicate family {m.group(1)}")
                cur = {"name": m.group(1), "samples": 0, "la": None,
                       "kinds": {k: 0 for k in KINDS}}
                fams.append(cur)
                want_la = True
                continue
            m = re.fullmatch(r"# look-alikes: (\d+)", line)
            if m:
                if not want_la:
                    errs.append(f"{where}: '# look-alikes:' not right after a family line")
                else:
                    cur["la"] = int(m.group(1))
                want_la = False
                continue
            if line.startswith("# family") or line.startswith("# look-alikes"):
                errs.append(f"{where}: malformed header {line!r}")
            continue
        if not line.strip():
            continue
        if want_la:
            errs.append(f"{where}: sample before '# look-alikes:'")
            want_la = False
        if cur is None:
            errs.append(f"{where}: sample outside a family")
            continue
        cur["samples"] += 1
        spans, segs = parse_sample(line, errs, where)
        for seg in segs:
            scan_unlabelled(seg, errs, warns, where)
        verified = [False] * len(spans)
        for i, (kind, val) in enumerate(spans):
            cur["kinds"][kind] = cur["kinds"].get(kind, 0) + 1
            if kind in CHECKED and not verified[i]:
                if verify(kind, val):
                    verified[i] = True
                    continue
                # pieces of one value split over several spans of the same kind
                same = [j for j in range(i + 1, len(spans)) if spans[j][0] == kind][:5]
                ok = False
                for n in range(len(same), 0, -1):  # longest join first
                    joined = " ".join([val] + [spans[j][1] for j in same[:n]])
                    if verify(kind, joined):
                        for j in [i] + same[:n]:
                            verified[j] = True
                        ok = True
                        break
                if not ok:
                    errs.append(f"{where}: {kind} fails its checksum / rules: {val!r}")
            elif kind == "ip":
                a = ip_value(val)
                if a is None:
                    same = [j for j in range(i + 1, len(spans)) if spans[j][0] == "ip"][:3]
                    if not any(ip_value("".join([val] + [spans[j][1] for j in same[:n]])) for n in range(1, len(same) + 1)) \
                            and not verified[i]:
                        errs.append(f"{where}: ip span does not parse: {val!r}")
                    for j in same:
                        verified[j] = True
                elif (a in NOT_LABEL_IPS or a.is_loopback or a.is_unspecified
                      or any(a in n for n in DOC_NETS)):
                    errs.append(f"{where}: ip span is a documented/public-resolver/loopback address: {val!r}")
            elif kind == "email":
                if re.search(r"@(?:[\w.-]+\.)?example\.(?:com|org|net)$|\.(?:test|invalid|example)$", val):
                    errs.append(f"{where}: labelled placeholder e-mail {val!r}")
            elif kind == "secret":
                if val in PLACEHOLDER_SECRETS or val.startswith("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIi"):
                    errs.append(f"{where}: labelled documented example secret {val[:30]!r}")
    if want_la:
        errs.append("last family lacks '# look-alikes:'")
    for fm in fams:
        if fm["la"] is None:
            errs.append(f"family {fm['name']}: no look-alike count")
        if fm["samples"] == 0:
            errs.append(f"family {fm['name']}: no samples")

    # counts table
    short = {"email": "email", "phone": "phone", "card": "card", "iban": "iban", "ssn": "ssn",
             "ip": "ip", "nino": "nino", "dob": "dob", "secret": "secret"}
    hdr = f"{'family':<28} {'samples':>7} {'look-al':>7} " + " ".join(f"{short[k]:>6}" for k in KINDS) + f" {'spans':>6}"
    print(hdr)
    print("-" * len(hdr))
    tot = {k: 0 for k in KINDS}
    ts = tl = 0
    for fm in fams:
        n = sum(fm["kinds"].values())
        print(f"{fm['name']:<28} {fm['samples']:>7} {fm['la'] or 0:>7} "
              + " ".join(f"{fm['kinds'][k]:>6}" for k in KINDS) + f" {n:>6}")
        ts += fm["samples"]
        tl += fm["la"] or 0
        for k in KINDS:
            tot[k] += fm["kinds"][k]
    print("-" * len(hdr))
    print(f"{'total':<28} {ts:>7} {tl:>7} " + " ".join(f"{tot[k]:>6}" for k in KINDS) + f" {sum(tot.values()):>6}")
    print()
    print(f"TOTAL: {len(fams)} families, {ts} samples, {sum(tot.values())} labelled spans, {tl} look-alikes")
    for w in warns:
        print("warning:", w)
    for e in errs:
        print("ERROR:", e)
    print(f"{len(errs)} errors, {len(warns)} warnings")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
