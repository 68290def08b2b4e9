#!/usr/bin/env python3
"""Generator for the blind PII / secrets evaluation set "pii-c2".

Usage:
    python3 gen.py            # (re)write set.txt next to this file
    python3 gen.py --stats    # print per-family counts (markdown) without writing
    python3 gen.py --check    # parse set.txt and validate every span

Deterministic: one random.Random(4202), no clock, no hash-order dependence.
Standard library only.
"""
import base64
import json
import os
import re
import string
import sys
import unicodedata
import random

SEED = 4202
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ("email", "phone", "card", "iban", "ssn", "ip", "nino", "dob", "secret")

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = string.ascii_letters + DIG
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
HEX = "0123456789abcdef"


def d(n):
    return "".join(R.choice(DIG) for _ in range(n))


def dnz(n):
    """n digits, first one non-zero"""
    return str(R.randint(1, 9)) + d(n - 1)


def rs(n, alpha=ALNUM):
    return "".join(R.choice(alpha) for _ in range(n))


def pick(seq):
    return seq[R.randrange(len(seq))]


# --------------------------------------------------------------------------
# checksums
# --------------------------------------------------------------------------
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + d(length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def luhn_break(num):
    """same number with a wrong check digit"""
    c = int(num[-1])
    bad = str((c + R.randint(1, 9)) % 10)
    out = num[:-1] + bad
    assert not luhn_ok(out)
    return out


def digits_not_luhn(n, first_nonzero=True):
    while True:
        s = dnz(n) if first_nonzero else d(n)
        if not luhn_ok(s):
            return s


def mod97(s):
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97


def iban_valid(s):
    s = s.replace(" ", "")
    return len(s) > 4 and mod97(s[4:] + s[:4]) == 1


IBAN_SPEC = {
    "DE": "n" * 18, "GB": "aaaa" + "n" * 14, "FR": "n" * 10 + "c" * 11 + "nn",
    "ES": "n" * 20, "IT": "a" + "n" * 10 + "c" * 12, "NL": "aaaa" + "n" * 10,
    "BE": "n" * 12, "CH": "n" * 5 + "c" * 12, "AT": "n" * 16, "PL": "n" * 24,
    "IE": "aaaa" + "n" * 14, "SE": "n" * 20, "NO": "n" * 11, "DK": "n" * 14,
    "PT": "n" * 21, "FI": "n" * 14, "LU": "nnn" + "c" * 13,
}
IBAN_LEN = {cc: 4 + len(p) for cc, p in IBAN_SPEC.items()}


def iban_make(cc):
    bban = ""
    for ch in IBAN_SPEC[cc]:
        if ch == "n":
            bban += R.choice(DIG)
        elif ch == "a":
            bban += R.choice(UP)
        else:
            bban += R.choice(DIG + DIG + UP)
    chk = 98 - mod97(bban + cc + "00")
    out = cc + "%02d" % chk + bban
    assert iban_valid(out)
    return out


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def ssn_valid_parts(a, g, s):
    a, g, s = int(a), int(g), int(s)
    return a != 0 and a != 666 and a < 900 and g != 0 and s != 0


def ssn_make():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d" % a, "%02d" % R.randint(1, 99), "%04d" % R.randint(1, 9999)


NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD_PAIRS = ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


def nino_prefix_ok(p):
    return p[0] in NINO_FIRST and p[1] in NINO_SECOND and p not in NINO_BAD_PAIRS


def nino_make():
    while True:
        p = R.choice(NINO_FIRST) + R.choice(NINO_SECOND)
        if nino_prefix_ok(p):
            return p, d(6), R.choice("ABCD")


# --------------------------------------------------------------------------
# people, companies
# --------------------------------------------------------------------------
FIRST = [("Jane", "jane"), ("Marta", "marta"), ("Ahmed", "ahmed"), ("Priya", "priya"),
         ("Lukas", "lukas"), ("Chloé", "chloe"), ("Tomasz", "tomasz"), ("Aoife", "aoife"),
         ("Kenji", "kenji"), ("Fatima", "fatima"), ("Diego", "diego"), ("Sofia", "sofia"),
         ("Oluwaseun", "oluwaseun"), ("Henrik", "henrik"), ("Mei", "mei"), ("Rafael", "rafael"),
         ("Grace", "grace"), ("Yusuf", "yusuf"), ("Ingrid", "ingrid"), ("Mateo", "mateo"),
         ("Nadia", "nadia"), ("Owen", "owen"), ("Leila", "leila"), ("Björn", "bjorn"),
         ("Camille", "camille"), ("Arjun", "arjun"), ("Zoe", "zoe"), ("Tobias", "tobias"),
         ("Hana", "hana"), ("Samuel", "samuel")]
LAST = [("Okafor", "okafor"), ("Lindqvist", "lindqvist"), ("Moreau", "moreau"),
        ("Tanaka", "tanaka"), ("Fischer", "fischer"), ("Novak", "novak"), ("Haddad", "haddad"),
        ("Gallagher", "gallagher"), ("Silva", "silva"), ("Kowalski", "kowalski"),
        ("Brennan", "brennan"), ("Petrov", "petrov"), ("Rossi", "rossi"), ("Nguyen", "nguyen"),
        ("Schmidt", "schmidt"), ("Dubois", "dubois"), ("O'Neill", "oneill"), ("Mehta", "mehta"),
        ("Castillo", "castillo"), ("Jensen", "jensen"), ("Achterberg", "achterberg"),
        ("Müller", "mueller"), ("Ferreira", "ferreira"), ("Whitlock", "whitlock"),
        ("Abara", "abara"), ("Delacroix", "delacroix"), ("Yamamoto", "yamamoto"),
        ("Horvat", "horvat"), ("Quinlan", "quinlan"), ("Vasquez", "vasquez")]
COMPANIES = [("Northwind Traders", "northwind"), ("Bluefin Logistics", "bluefin-logistics"),
             ("Harbor & Vale", "harborvale"), ("Kestrel Health", "kestrelhealth"),
             ("Quillon Software", "quillon"), ("Mapleleaf Dental", "mapleleaf-dental"),
             ("Orchard Street Bank", "orchardbank"), ("Tessellate GmbH", "tessellate"),
             ("Brightwater Insurance", "brightwater"), ("Lumen & Finch", "lumenfinch"),
             ("Saffron Kitchens", "saffronkitchens"), ("Grauwald AG", "grauwald"),
             ("Cobalt Ridge Mining", "cobaltridge"), ("Pelican Print", "pelicanprint"),
             ("Atelier Rousseau", "atelier-rousseau"), ("Nakamura Trading", "nakamura-trading"),
             ("Verdant Labs", "verdantlabs"), ("Ironbridge Legal", "ironbridge-legal")]
TLDS = [".example", ".test", ".example", ".test", ".co.test"]
FREEMAIL = ["inboxly.test", "postbox.example", "mailfast.test", "letterbird.example",
            "qmail.test", "hellopost.example"]
CITIES = ["Leeds", "Rotterdam", "Lyon", "Porto", "Graz", "Osaka", "Austin", "Cork",
          "Gdańsk", "Valencia", "Malmö", "Curitiba", "Pune", "Adelaide"]
WORDS = ["harbor", "lantern", "copper", "meadow", "falcon", "orbit", "velvet", "granite",
         "pepper", "willow", "cobalt", "saffron", "thunder", "maple", "quartz", "ember",
         "juniper", "tundra", "pixel", "walnut", "glacier", "biscuit", "marble", "otter"]
ROLES = ["support", "billing", "hr", "privacy", "accounts", "careers", "helpdesk", "payroll",
         "sales", "info"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def new_ctx():
    f1, l1, f2, l2 = pick(FIRST), pick(LAST), pick(FIRST), pick(LAST)
    co = pick(COMPANIES)
    return {
        "first": f1[0], "last": l1[0], "full": f1[0] + " " + l1[0],
        "first2": f2[0], "last2": l2[0], "full2": f2[0] + " " + l2[0],
        "co": co[0], "dom": co[1] + pick(TLDS), "city": pick(CITIES),
        "_p1": (f1[1], l1[1]), "_p2": (f2[1], l2[1]),
    }


def local_part(p):
    fa, la = p
    return pick([fa + "." + la, fa[0] + la, fa + la[0], fa + "_" + la, fa + d(2),
                  la + "." + fa, fa + "." + la, fa[0] + "." + la])


# --------------------------------------------------------------------------
# transforms used by evasions
# --------------------------------------------------------------------------
def fw(s):
    """full-width digits (and + . @ -> full-width forms)"""
    out = []
    for ch in s:
        if ch in DIG:
            out.append(chr(0xFF10 + int(ch)))
        elif ch == "+":
            out.append("\uff0b")
        elif ch == ".":
            out.append("\uff0e")
        else:
            out.append(ch)
    return "".join(out)


def insert_at(s, ch, lo=1, hi=None):
    hi = len(s) - 1 if hi is None else hi
    i = R.randint(lo, hi)
    return s[:i] + ch + s[i:]


def digit_words(g):
    return " ".join(DW[int(c)] for c in g)


def uk_words(g):
    out, i = [], 0
    while i < len(g):
        w = "oh" if g[i] == "0" else DW[int(g[i])]
        if i + 1 < len(g) and g[i + 1] == g[i]:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


# --------------------------------------------------------------------------
# labelled value generators: each returns (kind, text)
# --------------------------------------------------------------------------
def gen_email(mods, ctx, person="_p1"):
    v = mods[0] if mods else ""
    p = ctx[person]
    if v == "":
        return local_part(p) + "@" + ctx["dom"]
    if v == "free":
        return local_part(p) + "@" + pick(FREEMAIL)
    if v == "role":
        return pick(ROLES) + "@" + ctx["dom"]
    if v == "ex":
        return local_part(p) + "@" + pick(["example.com", "example.org", "example.net"])
    if v == "exrole":
        return pick(["noreply", "no-reply", "admin", "test", "user"]) + "@" + pick(
            ["example.com", "example.org", "example.net"])
    if v == "plus":
        return p[0] + "+" + pick(["receipts", "shop", "news", "invoices", "travel"]) + "@" + pick(FREEMAIL)
    if v == "sub":
        return local_part(p) + "@" + pick(["mail.", "eu.", "corp.", "uk."]) + ctx["dom"]
    L = local_part(p)
    D = pick([ctx["dom"], pick(FREEMAIL)])
    A = L + "@" + D
    if v == "at1":
        return L + " [at] " + D.replace(".", " [dot] ")
    if v == "at2":
        return L.replace(".", "(dot)") + "(at)" + D.replace(".", "(dot)")
    if v == "at3":
        return L + " at " + D.replace(".", " dot ")
    if v == "at4":
        return L + " AT " + D.replace(".", " DOT ")
    if v == "sp":
        return L + " @ " + D
    if v == "spdots":
        return A.replace(".", " . ").replace("@", " @ ")
    if v == "ang":
        return L + " <at> " + D.replace(".", " <dot> ")
    if v == "fw":
        return L + "\uff20" + D
    if v == "fwall":
        return L + "\uff20" + D.replace(".", "\uff0e")
    if v == "zw":
        return insert_at(L, "\u200b") + "@" + D
    if v == "zw2":
        return L + "@\u200d" + D
    if v == "dotword":
        return L.replace(".", " dot ") + " at " + D.replace(".", " dot ")
    if v == "de":
        return L + " (at) " + D.replace(".", " (punkt) ")
    if v == "es":
        return L + " arroba " + D.replace(".", " punto ")
    if v == "fr":
        return L + " arobase " + D.replace(".", " point ")
    if v == "atdom":
        return L + " at " + D
    if v == "mixed":
        i = D.rfind(".")
        return L + "@" + D[:i] + "[.]" + D[i + 1:]
    if v == "b64":
        return base64.b64encode(A.encode()).decode()
    if v == "html":
        return "".join("&#%d;" % ord(c) for c in A)
    if v == "htmlat":
        return L + "&#64;" + D
    if v == "hexent":
        return L + "&#x40;" + D.replace(".", "&#x2e;")
    if v == "commat":
        return L + "&commat;" + D
    if v == "url":
        return L + "%40" + D
    if v == "urlfull":
        return A.replace(".", "%2E").replace("@", "%40")
    if v == "js":
        return "'" + L + "' + '@' + '" + D + "'"
    if v == "nbsp":
        return L + "\u00a0@\u00a0" + D
    raise KeyError("email." + v)


def _us_parts():
    return (str(R.randint(2, 9)) + d(1) + str(R.randint(0, 8)),
            str(R.randint(2, 9)) + d(2), d(4))


def phone_base(v):
    if v == "us":
        return "%s-%s-%s" % _us_parts()
    if v == "usp":
        return "(%s) %s-%s" % _us_parts()
    if v == "usd":
        return "%s.%s.%s" % _us_parts()
    if v == "usi":
        return pick(["+1 %s %s %s", "+1-%s-%s-%s", "+1 (%s) %s-%s"]) % _us_parts()
    if v == "tf":
        return "1-%s-%s-%s" % (pick(["800", "888", "877", "866"]), str(R.randint(2, 9)) + d(2), d(4))
    if v == "ca":
        return "+1 (%s) %s-%s" % (pick(["416", "604", "514", "403", "613", "902"]),
                                  str(R.randint(2, 9)) + d(2), d(4))
    if v == "uk":
        k = R.randrange(4)
        return ["020 7%s %s" % (d(3), d(4)), "0161 %d %s" % (R.randint(200, 999), d(4)),
                "0113 %d %s" % (R.randint(200, 999), d(4)), "029 20%s %s" % (d(2), d(4))][k]
    if v == "ukm":
        return "07%d %s" % (R.randint(400, 999), d(6))
    if v == "uki":
        k = R.randrange(3)
        return ["+44 20 7%s %s" % (d(3), d(4)), "+44 7%d %s" % (R.randint(400, 999), d(6)),
                "+44 (0)161 %d %s" % (R.randint(200, 999), d(4))][k]
    if v == "de":
        k = R.randrange(4)
        return ["030 %s" % dnz(8), "089 %s %s" % (dnz(4), d(4)), "040 %s-%s" % (dnz(3), d(4)),
                "0221 %s" % dnz(7)][k]
    if v == "dei":
        k = R.randrange(3)
        return ["+49 30 %s" % dnz(8), "+49 (0)89 %s %s" % (dnz(4), d(4)),
                "+49 40 %s %s" % (dnz(3), d(4))][k]
    if v == "dem":
        k = R.randrange(3)
        return ["0151 %s" % d(8), "+49 171 %s" % d(7), "0176 %s %s" % (d(4), d(4))][k]
    if v == "fr":
        return "0%d %s %s %s %s" % (R.randint(1, 7), d(2), d(2), d(2), d(2))
    if v == "fri":
        return "+33 %s %s %s %s %s" % (R.choice("1234567"), d(2), d(2), d(2), d(2))
    if v == "in":
        return "+91 %d%s %s" % (R.randint(6, 9), d(4), d(5))
    if v == "au":
        k = R.randrange(3)
        return ["+61 2 %s %s" % (d(4), d(4)), "(02) %s %s" % (d(4), d(4)),
                "+61 3 %s %s" % (d(4), d(4))][k]
    if v == "aum":
        return "04%s %s %s" % (d(2), d(3), d(3))
    if v == "jp":
        k = R.randrange(4)
        return ["+81 3-%s-%s" % (d(4), d(4)), "090-%s-%s" % (d(4), d(4)),
                "03-%s-%s" % (d(4), d(4)), "+81 90 %s %s" % (d(4), d(4))][k]
    if v == "br":
        k = R.randrange(2)
        return ["+55 11 9%s-%s" % (d(4), d(4)), "(21) 9%s-%s" % (d(4), d(4))][k]
    if v == "nl":
        k = R.randrange(4)
        return ["+31 20 %s %s" % (dnz(3), d(4)), "06-%s" % dnz(8), "020 %s %s" % (dnz(3), d(4)),
                "+31 6 %s %s" % (dnz(4), d(4))][k]
    if v == "es":
        k = R.randrange(2)
        return ["+34 6%s %s %s %s" % (d(2), d(2), d(2), d(2)), "91%s %s %s" % (d(1), d(3), d(3))][k]
    if v == "it":
        k = R.randrange(2)
        return ["+39 06 %s %s" % (d(4), d(4)), "+39 3%s %s %s" % (d(2), d(3), d(4))][k]
    if v == "mx":
        return "+52 55 %s %s" % (d(4), d(4))
    if v == "ie":
        k = R.randrange(2)
        return ["+353 1 %s %s" % (dnz(3), d(4)), "08%s %s %s" % (R.choice("35679"), d(3), d(4))][k]
    if v == "sg":
        return "+65 %s%s %s" % (R.choice("689"), d(3), d(4))
    if v == "za":
        k = R.randrange(2)
        return ["+27 21 %s %s" % (dnz(3), d(4)), "08%s %s %s" % (R.choice("234"), d(3), d(4))][k]
    if v == "ch":
        k = R.randrange(2)
        return ["+41 44 %s %s %s" % (dnz(3), d(2), d(2)), "079 %s %s %s" % (dnz(3), d(2), d(2))][k]
    if v == "pl":
        return "+48 %d %s %s" % (R.randint(500, 899), d(3), d(3))
    if v == "be":
        return "+32 2 %s %s %s" % (dnz(3), d(2), d(2))
    if v == "se":
        k = R.randrange(2)
        return ["+46 8 %s %s %s" % (dnz(3), d(3), d(2)), "070-%s %s %s" % (dnz(3), d(2), d(2))][k]
    if v == "at":
        return "+43 1 %s %s %s" % (dnz(3), d(2), d(2))
    if v == "co":
        return "+57 3%s %s %s" % (d(2), d(3), d(4))
    raise KeyError("phone." + v)


PHONE_ANY = ["us", "usp", "usi", "uk", "uki", "ukm", "de", "dei", "fri", "in", "au", "jp", "br",
             "nl", "es", "it", "mx", "ie", "sg", "za", "ch", "pl", "be", "se", "at", "ca"]


def gen_phone(mods, ctx):
    v = mods[0] if mods and mods[0] not in PHONE_MODS else pick(PHONE_ANY)
    m = mods[-1] if mods and mods[-1] in PHONE_MODS else None
    if m == "letters":
        while True:
            s = "(%s) %s-%s" % _us_parts()
            if "0" in s[6:]:
                return s[:6] + s[6:].replace("0", "O")
    if m == "dotsintl":
        return "+1.%s.%s.%s" % _us_parts()
    s = phone_base(v)
    if m is None:
        return s
    if m == "words":
        parts = re.findall(r"\+|\d+", s)
        out = []
        for p_ in parts:
            out.append("plus" if p_ == "+" else digit_words(p_))
        return ", ".join(out).replace("plus, ", "plus ")
    if m == "ukwords":
        return ", ".join(uk_words(g) for g in re.findall(r"\d+", s))
    if m == "fw":
        return fw(s)
    if m == "nbsp":
        return s.replace(" ", "\u00a0")
    if m == "soft":
        idx = [i for i, c in enumerate(s) if c in DIG][3:-2]
        i = pick(idx)
        return s[:i] + "\u00ad" + s[i:]
    if m == "spaced":
        return " ".join(c for c in s if c != " ")
    if m == "slash":
        return re.sub(r"[ .\-]+", "/", s.replace("(", "").replace(")", ""))
    if m == "dashes":
        return s.replace(" ", "-").replace("(", "").replace(")", "")
    if m == "zw":
        idx = [i for i, c in enumerate(s) if c in DIG][2:-2]
        i = pick(idx)
        return s[:i] + "\u200b" + s[i:]
    raise KeyError(m)


PHONE_MODS = ("words", "ukwords", "fw", "nbsp", "soft", "spaced", "slash", "dashes", "zw",
              "letters", "dotsintl")

BRANDS = {
    "visa": (["4"], 16), "mc": (["51", "52", "53", "54", "55", "2221", "2304", "2720"], 16),
    "amex": (["34", "37"], 15), "disc": (["6011", "644", "65"], 16), "jcb": (["3528", "3589", "3540"], 16),
    "diners": (["36", "38"], 14), "visa13": (["4"], 13), "up19": (["62"], 19),
}
GROUPS = {13: [4, 3, 3, 3], 14: [4, 6, 4], 15: [4, 6, 5], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}


def card_groups(num):
    out, i = [], 0
    for g in GROUPS[len(num)]:
        out.append(num[i:i + g])
        i += g
    return out


def card_num(brand=None):
    if brand is None:
        brand = pick(["visa", "visa", "mc", "mc", "amex", "disc"])
    pre, n = BRANDS[brand]
    return luhn_complete(pick(pre), n)


def gen_card(mods, ctx):
    brand = None
    if mods and mods[0] in BRANDS:
        brand, mods = mods[0], mods[1:]
    elif mods and mods[0] not in ("raw", "hy"):
        brand = pick(["visa", "mc", "visa", "mc", "disc"])
    num = card_num(brand)
    g = card_groups(num)
    m = mods[0] if mods else None
    if m is None:
        return " ".join(g)
    if m == "raw":
        return num
    if m == "hy":
        return "-".join(g)
    if m == "dots":
        return ".".join(g)
    if m == "slash":
        return "/".join(g)
    if m == "us":
        return "_".join(g)
    if m == "comma":
        return ",".join(g)
    if m == "spdash":
        return " - ".join(g)
    if m == "words":
        return ", ".join(digit_words(x) for x in g)
    if m == "mixwords":
        k = R.randrange(1, len(g))
        return " ".join(digit_words(x) if i == k else x for i, x in enumerate(g))
    if m == "zw":
        s = " ".join(g)
        s = insert_at(s, "\u200b", 2, 8)
        return insert_at(s, "\u200b", 11, len(s) - 2)
    if m == "zwnosp":
        return "\u200b".join(g)
    if m == "fw":
        return fw(" ".join(g))
    if m == "fwmix":
        return " ".join(fw(x) if i % 2 else x for i, x in enumerate(g))
    if m == "nl":
        h = len(g) // 2
        return " ".join(g[:h]) + "\n" + " ".join(g[h:])
    if m == "each":
        return " ".join(num)
    if m == "nbsp":
        return "\u00a0".join(g)
    if m == "thin":
        return "\u2009".join(g)
    if m == "arabic":
        return " ".join("".join(chr(0x0660 + int(c)) for c in x) for x in g)
    raise KeyError(m)


def gen_iban(mods, ctx):
    cc = None
    if mods and mods[0] in IBAN_SPEC:
        cc, mods = mods[0], mods[1:]
    if cc is None:
        cc = pick(list(IBAN_SPEC))
    s = iban_make(cc)
    m = mods[0] if mods else None
    if m is None:
        return group4(s)
    if m == "raw":
        return s
    if m == "zw":
        gs = group4(s)
        return insert_at(gs, "\u200b", 5, len(gs) - 3)
    if m == "nbsp":
        return group4(s, "\u00a0")
    if m == "hy":
        return group4(s, "-")
    raise KeyError(m)


def gen_ssn(mods, ctx):
    a, g, s = ssn_make()
    m = mods[0] if mods else None
    if m is None:
        return "%s-%s-%s" % (a, g, s)
    if m == "sp":
        return "%s %s %s" % (a, g, s)
    if m == "bare":
        return a + g + s
    if m == "words":
        return ", ".join(digit_words(x) for x in (a, g, s))
    if m == "dots":
        return "%s.%s.%s" % (a, g, s)
    if m == "slash":
        return "%s/%s/%s" % (a, g, s)
    if m == "under":
        return "%s_%s_%s" % (a, g, s)
    if m == "each":
        return " ".join(a + g + s)
    if m == "mixwords":
        return "%s-%s-%s" % (a, digit_words(g), s)
    if m == "endash":
        return "%s \u2013 %s \u2013 %s" % (a, g, s)
    if m == "fw":
        return fw("%s-%s-%s" % (a, g, s))
    if m == "zw":
        return "%s-\u200b%s-%s" % (a, g, s)
    if m == "o":
        while "0" not in a + g + s:
            a, g, s = ssn_make()
        return ("%s-%s-%s" % (a, g, s)).replace("0", "O")
    raise KeyError(m)


def ipv4(v):
    if v == "priv":
        k = R.randrange(3)
        return ["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 254)),
                "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))][k]
    if v == "doc":
        return pick(["192.0.2.", "198.51.100.", "203.0.113."]) + str(R.randint(1, 254))
    while True:
        a = R.randint(1, 223)
        if a not in (10, 127, 0, 100, 169, 172, 192):
            break
    return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ipv6(v):
    if v == "v6s":
        return "2001:db8:%x:%x::%x" % (R.randint(1, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff))
    if v == "v6ll":
        return "fe80::%x:%x:%x:%x" % tuple(R.randint(1, 0xffff) for _ in range(4))
    return "2a0%d:%x:%x:%x:%x:%x:%x:%x" % ((R.randint(1, 9),) + tuple(R.randint(0, 0xffff) for _ in range(7)))


def gen_ip(mods, ctx):
    v = mods[0] if mods and mods[0] in ("priv", "doc", "v6", "v6s", "v6ll") else None
    m = mods[-1] if mods and mods[-1] not in ("priv", "doc", "v6", "v6s", "v6ll") else None
    if v in ("v6", "v6s", "v6ll"):
        s = ipv6(v)
        if m == "def":
            return s.replace(":", "[:]")
        assert m is None
        return s
    if m in ("def1", "def2", "def3", "dot", "words", "pad", "zw", "fw", "spc") and v is None:
        v = pick([None, "priv", "doc"])
    s = ipv4(v)
    if m is None:
        return s
    if m == "def1":
        return s.replace(".", "[.]")
    if m == "def2":
        return s.replace(".", "(.)")
    if m == "def3":
        i = s.rfind(".")
        return s[:i] + "[.]" + s[i + 1:]
    if m == "dot":
        return s.replace(".", "[dot]")
    if m == "spc":
        return s.replace(".", " . ")
    if m == "words":
        return " dot ".join(digit_words(o) for o in s.split("."))
    if m == "pad":
        return ".".join("%03d" % int(o) for o in s.split("."))
    if m == "zw":
        i = s.find(".", s.find(".") + 1)
        return s[:i + 1] + "\u200b" + s[i + 1:]
    if m == "fw":
        return fw(s)
    raise KeyError(m)


def gen_nino(mods, ctx):
    p, n, s = nino_make()
    m = mods[0] if mods else None
    if m is None:
        return "%s %s %s %s %s" % (p, n[:2], n[2:4], n[4:], s)
    if m == "raw":
        return p + n + s
    if m == "zw":
        return "%s %s\u200b %s %s %s" % (p, n[:2], n[2:4], n[4:], s)
    if m == "lower":
        return ("%s %s %s %s %s" % (p, n[:2], n[2:4], n[4:], s)).lower()
    if m == "dots":
        return "%s.%s.%s.%s.%s" % (p, n[:2], n[2:4], n[4:], s)
    raise KeyError(m)


def rand_ymd(y0, y1):
    return R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)


def fmt_date(y, m, dd, style):
    if style == "iso":
        return "%04d-%02d-%02d" % (y, m, dd)
    if style == "us":
        return "%02d/%02d/%04d" % (m, dd, y)
    if style == "uk":
        return "%02d/%02d/%04d" % (dd, m, y)
    if style == "eu":
        return "%02d.%02d.%04d" % (dd, m, y)
    if style == "long":
        return "%d %s %d" % (dd, MONTHS[m - 1], y)
    if style == "uslong":
        return "%s %d, %d" % (MONTHS[m - 1], dd, y)
    if style == "fr":
        return "%d %s %d" % (dd, MONTHS_FR[m - 1], y)
    if style == "hl7":
        return "%04d%02d%02d" % (y, m, dd)
    if style == "ja":
        return fw("%d" % y) + "年" + fw("%d" % m) + "月" + fw("%d" % dd) + "日"
    if style == "short":
        return "%d %s %d" % (dd, MONTHS[m - 1][:3], y)
    raise KeyError(style)


def gen_dob(mods, ctx):
    style = mods[0] if mods else "iso"
    child = len(mods) > 1 and mods[1] == "child"
    y, m, dd = rand_ymd(2015, 2023) if child else rand_ymd(1938, 2005)
    return fmt_date(y, m, dd, style)


# ---- secrets --------------------------------------------------------------
def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def make_jwt(ctx):
    alg = pick(["HS256", "HS256", "ES256", "RS256"])
    hdr = {"alg": alg, "typ": "JWT"}
    iat = R.randint(1760000000, 1795000000)
    pl = pick([
        {"sub": d(7), "name": ctx["full"], "iat": iat},
        {"sub": "user_" + rs(10, LO + DIG), "role": pick(["admin", "editor", "viewer"]), "iat": iat,
         "exp": iat + 3600},
        {"iss": "https://auth." + ctx["dom"], "aud": "api", "sub": d(9), "scope": "read write",
         "exp": iat + 900},
    ])
    h = b64u(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64u(json.dumps(pl, separators=(",", ":"), ensure_ascii=True).encode())
    n = {"HS256": 43, "ES256": 86, "RS256": 342}[alg]
    return h + "." + p + "." + rs(n, B64U)


def pem(label, first, nlines, width=64, tail=""):
    lines = [first + rs(width - len(first), B64)]
    for _ in range(nlines - 2):
        lines.append(rs(width, B64))
    lines.append(rs(R.randint(20, width - 8), B64) + tail)
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def password():
    k = R.randrange(5)
    if k == 0:
        return rs(R.randint(12, 18), ALNUM + "!#%&*+-=?^_")
    if k == 1:
        return pick(WORDS).capitalize() + "-" + pick(WORDS).capitalize() + "-" + d(2) + pick("!#%&*?")
    if k == 2:
        w = pick(WORDS).capitalize().replace("o", "0").replace("e", "3")
        return w + pick("!#%&*$") + d(4)
    if k == 3:
        return rs(8, ALNUM) + pick("!#%&*") + d(4)
    return rs(4, UP) + rs(4, LO) + d(3) + pick("!#%&*?") + rs(3, LO)


def url_pw():
    return rs(R.randint(14, 22), ALNUM + "-_")


def db_user():
    return pick(["app", "svc_api", "reporting", "admin", "billing_rw", "etl", "django", "root"])


def sec_base(v, ctx):
    dom = ctx["dom"]
    if v == "awsid":
        return "AKIA" + rs(16, UP + "234567")
    if v == "awssk":
        return rs(40, ALNUM + "/+")
    if v == "ghp":
        return "ghp_" + rs(36)
    if v == "ghpat":
        return "github_pat_" + rs(22, UP + DIG) + "_" + rs(59)
    if v == "glpat":
        return "glpat-" + rs(20, ALNUM + "-_")
    if v == "slack":
        return "xoxb-" + dnz(11) + "-" + dnz(13) + "-" + rs(24)
    if v == "slackhook":
        return "https://hooks.slack.com/services/T" + rs(8, UP + DIG) + "/B" + rs(10, UP + DIG) + "/" + rs(24)
    if v == "stripe":
        return "sk_live_" + rs(pick([24, 34, 99]))
    if v == "rk":
        return "rk_live_" + rs(34)
    if v == "openai":
        return "sk-proj-" + rs(pick([48, 74, 100]), B64U)
    if v == "anthropic":
        return "sk-ant-api03-" + rs(93, B64U) + "AA"
    if v == "google":
        return "AIzaSy" + rs(33, B64U)
    if v == "hex32":
        return rs(32, HEX)
    if v == "sendgrid":
        return "SG." + rs(22, B64U) + "." + rs(43, B64U)
    if v == "npm":
        return "npm_" + rs(36)
    if v == "pypi":
        return "pypi-AgEIcHlwaS5vcmc" + rs(70, B64U)
    if v == "mailgun":
        return "key-" + rs(32, HEX)
    if v == "shopify":
        return "shpat_" + rs(32, HEX)
    if v == "hf":
        return "hf_" + rs(34, string.ascii_letters)
    if v == "do":
        return "dop_v1_" + rs(64, HEX)
    if v == "telegram":
        return dnz(10) + ":AA" + rs(33, B64U)
    if v == "discord":
        return "https://discord.com/api/webhooks/" + dnz(18) + "/" + rs(68, B64U)
    if v == "vault":
        return "hvs." + rs(24)
    if v == "linear":
        return "lin_api_" + rs(40)
    if v == "postman":
        return "PMAK-" + rs(24, HEX) + "-" + rs(34, HEX)
    if v == "databricks":
        return "dapi" + rs(32, HEX)
    if v == "jwt":
        return make_jwt(ctx)
    if v == "rsakey":
        return pem("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", R.randint(6, 8))
    if v == "opensshkey":
        return pem("OPENSSH PRIVATE KEY",
                   "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
                   5, width=70)
    if v == "eckey":
        return pem("EC PRIVATE KEY", "MHcCAQEEI", 3, tail="==")
    if v == "pkcs8":
        return pem("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 6)
    if v == "pgpkey":
        body = "\n".join(["lQdGBG" + rs(58, B64)] + [rs(64, B64) for _ in range(4)] + [rs(30, B64)])
        return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + body + "\n=" + rs(4, B64) +
                "\n-----END PGP PRIVATE KEY BLOCK-----")
    if v == "pg":
        return "postgres://%s:%s@%s:5432/%s" % (db_user(), url_pw(), pick(["db", "pg-primary", "db01"]) + "." + dom,
                                                 pick(["app", "orders", "billing", "analytics"]))
    if v == "pgkv":
        return "host=db.%s port=5432 dbname=%s user=%s password=%s sslmode=require" % (
            dom, pick(["app", "crm"]), db_user(), url_pw())
    if v == "mysql":
        return "mysql://%s:%s@mysql.%s:3306/%s" % (db_user(), url_pw(), dom, pick(["shop", "wp", "legacy"]))
    if v == "mongo":
        return "mongodb+srv://%s:%s@cluster0.%s.dbhost.example/%s?retryWrites=true&w=majority" % (
            db_user(), url_pw(), rs(5, LO + DIG), pick(["prod", "events"]))
    if v == "redis":
        return pick(["redis://:%s@cache.%s:6379/0", "rediss://default:%s@cache.%s:6380"]) % (url_pw(), dom)
    if v == "amqp":
        return "amqps://%s:%s@mq.%s:5671/%s" % (pick(["worker", "events"]), url_pw(), dom, pick(["prod", "jobs"]))
    if v == "mssql":
        return ("Server=tcp:sql01.%s,1433;Database=Billing;User ID=svc_billing;Password=%s;"
                "Encrypt=True;" % (dom, password().replace(";", "")))
    if v == "giturl":
        return "https://deploy-bot:%s@git.%s/platform/api.git" % ("ghp_" + rs(36), dom)
    if v == "azure":
        return ("DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s==;"
                "EndpointSuffix=core.windows.net" % (pick(["nwlogs", "acmebackups", "stgreports"]), rs(86, B64)))
    if v == "ftp":
        return "ftp://%s:%s@files.%s/incoming/" % (pick(["upload", "partner"]), url_pw(), dom)
    if v == "smtp":
        return "smtp://%s:%s@smtp.%s:587" % (pick(["mailer", "notify"]), url_pw(), dom)
    if v == "pw":
        return password()
    if v == "pwword":
        return pick(["Welcome", "Spring", "Autumn", "Winter", "Summer", "Password", "Changeit"]) + pick(
            ["2025", "2026", "26", "123"]) + pick("!#?*")
    if v == "passphrase":
        return " ".join(pick(WORDS) for _ in range(4))
    if v == "basic":
        return base64.b64encode(("%s:%s" % (pick(["admin", "api", "ci-bot", "jenkins"]), password())).encode()).decode()
    raise KeyError("secret." + v)


def gen_secret(mods, ctx):
    v = mods[0]
    s = sec_base(v, ctx)
    m = mods[1] if len(mods) > 1 else None
    if m is None:
        return s
    if m == "sp":
        n = pick([6, 8])
        return " ".join(s[i:i + n] for i in range(0, len(s), n))
    if m == "sp4":
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if m == "nl":
        i = len(s) // 2 + R.randint(-3, 3)
        return s[:i] + "\n" + s[i:]
    if m == "lower":
        return s.lower()
    if m == "upper":
        return s.upper()
    if m == "zw":
        return insert_at(s, "\u200b", 6, len(s) - 3)
    if m == "concat":
        i = R.randint(4, len(s) - 6)
        j = R.randint(i + 2, len(s) - 2)
        return '"%s" + "%s" + "%s"' % (s[:i], s[i:j], s[j:])
    if m == "pyconcat":
        i = len(s) // 2
        return '"%s"\n    "%s"' % (s[:i], s[i:])
    if m == "wrap":
        return "\n".join(s[i:i + 40] for i in range(0, len(s), 40))
    if m == "oneline":
        return s.replace("\n", " ")
    if m == "jwtsplit":
        return s.replace(".", ".\n")
    if m == "dashes":
        return "-".join(s[i:i + 5] for i in range(0, len(s), 5))
    raise KeyError(m)


GEN = {
    "email": ("email", gen_email),
    "email2": ("email", lambda mods, ctx: gen_email(mods, ctx, "_p2")),
    "phone": ("phone", gen_phone),
    "card": ("card", gen_card),
    "iban": ("iban", gen_iban),
    "ssn": ("ssn", gen_ssn),
    "ip": ("ip", gen_ip),
    "nino": ("nino", gen_nino),
    "dob": ("dob", gen_dob),
    "secret": ("secret", gen_secret),
}


# --------------------------------------------------------------------------
# decoys (unlabelled look-alikes): name -> fn(ctx) -> text
# --------------------------------------------------------------------------
def _date(style=None):
    y, m, dd = rand_ymd(2018, 2026)
    return fmt_date(y, m, dd, style or pick(["iso", "eu", "us", "long", "short"]))


def _uuid():
    h = rs(32, HEX)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def _isbn13():
    body = "978" + d(9)
    tot = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    c = (10 - tot % 10) % 10
    full = body + str(c)
    k = R.randint(1, 2)
    return "%s-%s-%s-%s-%s" % (full[:3], full[3:3 + k], full[3 + k:8], full[8:12], full[12])


def _isbn10():
    body = d(9)
    tot = sum(int(c) * (10 - i) for i, c in enumerate(body))
    c = (11 - tot % 11) % 11
    cs = "X" if c == 10 else str(c)
    return "%s-%s-%s-%s" % (body[0], body[1:4], body[4:9], cs)


def _issn():
    body = d(7)
    tot = sum(int(c) * (8 - i) for i, c in enumerate(body))
    c = (11 - tot % 11) % 11
    return "%s-%s%s" % (body[:4], body[4:], "X" if c == 10 else str(c))


def _ean13():
    body = pick(["40", "50", "76", "87", "590"]) + d(12 - 2)
    body = body[:12]
    tot = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - tot % 10) % 10)


def _aba():
    while True:
        b = d(8)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        c = (10 - sum(int(x) * y for x, y in zip(b, w)) % 10) % 10
        s = b + str(c)
        if s[0] in "0123":
            return s


def _card_bad(sep=" "):
    num = luhn_break(card_num(pick(["visa", "mc", "disc"])))
    return sep.join(card_groups(num)) if sep is not None else num


def _longrun():
    card = card_num(pick(["visa", "mc"]))
    pre, post = d(R.randint(2, 4)), d(R.randint(2, 4))
    return pre + card + post


def _ver4():
    return "%d.%d.%d.%d" % (R.randint(1, 12), R.randint(0, 30), R.randint(0, 9), R.randint(0, 255))


def _ssn_bad(kind):
    a, g, s = ssn_make()
    if kind == "000":
        a = "000"
    elif kind == "666":
        a = "666"
    elif kind == "9xx":
        a = str(R.randint(900, 999))
    elif kind == "g00":
        g = "00"
    elif kind == "s0000":
        s = "0000"
    out = "%s-%s-%s" % (a, g, s)
    assert not ssn_valid_parts(a, g, s)
    return out


def _iban_bad(grouped=True):
    s = iban_make(pick(["DE", "GB", "FR", "NL", "ES", "IT", "BE", "AT"]))
    chk = int(s[2:4])
    while True:
        nc = (chk + R.randint(1, 9)) % 100
        t = s[:2] + "%02d" % nc + s[4:]
        if not iban_valid(t):
            break
    return group4(t) if grouped else t


def _rf():
    ref = rs(R.randint(8, 14), UP + DIG + DIG)
    chk = 98 - mod97(ref + "RF00")
    return "RF%02d %s" % (chk, group4(ref))


def _nino_bad(kind=None):
    kind = kind or pick(["suffix", "tn", "bg", "d"])
    p, n, s = nino_make()
    if kind == "suffix":
        s = pick("EFXZ")
    elif kind == "tn":
        p = "TN"
    elif kind == "bg":
        p = pick(["BG", "GB", "NK", "ZZ"])
    elif kind == "d":
        p = pick("DFIQUV") + R.choice(NINO_SECOND)
    return "%s %s %s %s %s" % (p, n[:2], n[2:4], n[4:], s)


def _masked():
    l4 = d(4)
    return pick(["**** **** **** " + l4, "XXXX-XXXX-XXXX-" + l4, "\u2022\u2022\u2022\u2022 " + l4,
                 "ending in " + l4, "************" + l4])


def _sshpub():
    return "AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, B64)


def _vin():
    return rs(17, "ABCDEFGHJKLMNPRSTUVWXYZ" + DIG)


def _mac():
    return ":".join(rs(2, "0123456789ABCDEF") for _ in range(6))


DECOY = {
    "order": lambda c: pick(["ORD-2026-" + d(7), "#" + dnz(7), "A" + d(9), "SO-" + d(6)]),
    "ups": lambda c: "1Z" + rs(6, UP + DIG) + d(10),
    "inv": lambda c: "INV-" + str(R.randint(2024, 2026)) + "-" + d(5),
    "date": lambda c: _date(),
    "date.long": lambda c: _date("long"),
    "date.us": lambda c: _date("us"),
    "date.iso": lambda c: _date("iso"),
    "date.eu": lambda c: _date("eu"),
    "date.uk": lambda c: _date("uk"),
    "pnr": lambda c: rs(6, UP + "23456789"),
    "eticket": lambda c: pick(["176", "220", "057", "125"]) + "-" + d(10),
    "usps": lambda c: "9400 " + " ".join(d(4) for _ in range(4)) + " " + d(2),
    "rma": lambda c: "RMA-" + d(6),
    "serial": lambda c: "SN" + rs(10, UP + DIG),
    "po": lambda c: "PO-" + d(6),
    "costc": lambda c: "CC" + d(4),
    "gl": lambda c: "6100-" + d(3),
    "jira": lambda c: pick(["OPS", "PAY", "CORE", "WEB", "SEC"]) + "-" + str(R.randint(100, 9999)),
    "dhl": lambda c: dnz(10),
    "conf": lambda c: rs(8, UP + DIG),
    "longorder": lambda c: "%s-%s-%s" % (d(3), d(7), d(7)),
    "case": lambda c: "00" + d(6),
    "custno": lambda c: "K" + d(7),
    "contract": lambda c: "V-%s/%d" % (d(4), R.randint(2022, 2026)),
    "fedex": lambda c: dnz(12),
    "receipt": lambda c: d(6),
    "term": lambda c: "T" + d(4),
    "auth": lambda c: rs(6, UP + DIG),
    "acct": lambda c: d(8),
    "zip": lambda c: d(5),
    "mid": lambda c: dnz(10),
    "last4": lambda c: d(4),
    "ref": lambda c: "R" + d(9),
    "bic": lambda c: rs(4, UP) + pick(["DE", "FR", "NL", "GB", "ES", "IT"]) + rs(2, UP + DIG) + pick(["", "XXX"]),
    "nif": lambda c: pick("2356") + d(8),
    "empid": lambda c: "E" + d(5),
    "dl": lambda c: rs(1, UP) + d(7),
    "plan": lambda c: pick(["PPO Gold", "HMO Basic", "HSA Silver"]),
    "taxcode": lambda c: pick(["1257L", "BR", "K475", "1185L M1"]),
    "hmrcref": lambda c: "%s/%s%s" % (d(3), rs(2, UP), d(5)),
    "insno": lambda c: rs(1, UP) + d(9),
    "mrn": lambda c: "MRN" + d(7),
    "cpt": lambda c: pick(["99213", "80053", "93000", "85025"]),
    "clf": lambda c: "%02d/%s/2026:%02d:%02d:%02d +0000" % (R.randint(1, 28), pick(["Oct", "Nov"]),
                                                            R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
    "port": lambda c: str(R.randint(1024, 65535)),
    "ticket": lambda c: "CS-" + d(6),
    "int": lambda c: str(R.randint(10, 99999)),
    "ts": lambda c: "2026-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(1, 11), R.randint(1, 28), R.randint(0, 23),
                                                        R.randint(0, 59), R.randint(0, 59)),
    "hex16": lambda c: rs(16, HEX),
    "hex32": lambda c: rs(32, HEX),
    "hex40": lambda c: rs(40, HEX),
    "sha40": lambda c: rs(40, HEX),
    "sha256": lambda c: rs(64, HEX),
    "md5": lambda c: rs(32, HEX),
    "sha7": lambda c: rs(7, HEX),
    "uuid": lambda c: _uuid(),
    "isbn13": lambda c: _isbn13(),
    "isbn10": lambda c: _isbn10(),
    "issn": lambda c: _issn(),
    "ver3": lambda c: "%d.%d.%d" % (R.randint(1, 5), R.randint(0, 30), R.randint(0, 12)),
    "ver4": lambda c: _ver4(),
    "chromever": lambda c: "%d.0.%d.%d" % (R.randint(118, 131), R.randint(5000, 6999), R.randint(10, 220)),
    "winver": lambda c: "10.0.%d.%d" % (R.randint(19041, 26100), R.randint(1000, 5000)),
    "oid": lambda c: "1.3.6.1.4.1.%d.%d.%d" % (R.randint(300, 60000), R.randint(1, 9), R.randint(1, 40)),
    "sec": lambda c: "%d.%d.%d.%d" % (R.randint(2, 12), R.randint(1, 9), R.randint(1, 9), R.randint(1, 6)),
    "coord": lambda c: "%.5f, %.5f" % (R.uniform(-45, 60), R.uniform(-120, 150)),
    "part": lambda c: "PN-" + rs(3, UP) + "-" + d(5),
    "lot": lambda c: "LOT " + rs(2, UP) + d(6),
    "model": lambda c: rs(2, UP) + "-" + d(3) + rs(1, UP),
    "mac": lambda c: _mac(),
    "vin": lambda c: _vin(),
    "yearrange": lambda c: "%d\u2013%d" % (lambda y: (y, y + R.randint(1, 4)))(R.randint(2020, 2026)),
    "gitdate": lambda c: "%s %s %d %02d:%02d:%02d 2026 +0100" % (
        pick(["Mon", "Tue", "Wed", "Thu", "Fri"]), pick(["Sep", "Oct", "Nov"]), R.randint(1, 28),
        R.randint(8, 20), R.randint(0, 59), R.randint(0, 59)),
    "pr": lambda c: str(R.randint(100, 9999)),
    "doi": lambda c: "10.%d/%s.%d" % (R.randint(1000, 9999), pick(["jmb", "nature", "zenodo", "acs.jpcb"]),
                                      R.randint(10000, 9999999)),
    "ulid": lambda c: "01J" + rs(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"),
    "card.bad": lambda c: _card_bad(" "),
    "card.bad.raw": lambda c: _card_bad(None),
    "card.bad.hy": lambda c: _card_bad("-"),
    "gift": lambda c: " ".join(card_groups(digits_not_luhn(16))),
    "longrun": lambda c: _longrun(),
    "masked": lambda c: _masked(),
    "bin": lambda c: pick(["4", "5"]) + d(5),
    "acct12": lambda c: dnz(12),
    "serial16": lambda c: digits_not_luhn(16),
    "ean13": lambda c: _ean13(),
    "txn18": lambda c: digits_not_luhn(18),
    "ssn.000": lambda c: _ssn_bad("000"),
    "ssn.666": lambda c: _ssn_bad("666"),
    "ssn.9xx": lambda c: _ssn_bad("9xx"),
    "ssn.g00": lambda c: _ssn_bad("g00"),
    "ssn.s0000": lambda c: _ssn_bad("s0000"),
    "itin": lambda c: "9%s-%d%s-%s" % (d(2), R.choice([7, 8]), d(1), d(4)),
    "ein": lambda c: "%s-%s" % (dnz(2), d(7)),
    "aba": lambda c: _aba(),
    "mbi": lambda c: "%d%s%d-%s%d-%s%d%d" % (R.randint(1, 9), rs(1, "ACDEFGHJKMNPQRTUVWXY"), R.randint(0, 9),
                                             rs(2, "ACDEFGHJKMNPQRTUVWXY"), R.randint(0, 9),
                                             rs(2, "ACDEFGHJKMNPQRTUVWXY"), R.randint(0, 9), R.randint(0, 9)),
    "zip4": lambda c: "%s-%s" % (d(5), d(4)),
    "iban.bad": lambda c: _iban_bad(True),
    "iban.bad.raw": lambda c: _iban_bad(False),
    "iban.short": lambda c: group4(iban_make(pick(["DE", "FR", "ES"]))[:-3]),
    "rf": lambda c: _rf(),
    "vat": lambda c: pick(["DE", "FR", "NL", "IE"]) + pick(["", " "]) + d(9),
    "sortcode": lambda c: "%s-%s-%s" % (d(2), d(2), d(2)),
    "nino.bad": lambda c: _nino_bad(),
    "nino.suffix": lambda c: _nino_bad("suffix"),
    "nino.tn": lambda c: _nino_bad("tn"),
    "nino.bg": lambda c: _nino_bad("bg"),
    "nino.d": lambda c: _nino_bad("d"),
    "passport": lambda c: dnz(9),
    "reg": lambda c: rs(2, "ABCDEFGHKLMNOPRSVWY") + d(2) + " " + rs(3, "ABCDEFGHJKLMNOPRSTUVWXYZ"),
    "ukpost": lambda c: pick(["LS1 4AP", "M14 5RB", "BS8 1TH", "EH3 9DR", "CF10 3AT"]),
    "epochms": lambda c: "17" + d(11),
    "epoch": lambda c: "17" + d(8),
    "snow": lambda c: "1" + d(18),
    "awsacct": lambda c: dnz(12),
    "pod": lambda c: "api-%s-%s" % (rs(10, LO + DIG), rs(5, LO + DIG)),
    "ga": lambda c: "G-" + rs(10, UP + DIG),
    "cus": lambda c: "cus_" + rs(14),
    "ch": lambda c: "ch_" + rs(24),
    "msgid": lambda c: rs(12, UP + DIG) + "." + rs(8, LO + DIG),
    "user": lambda c: c["_p1"][0][0] + c["_p1"][1],
    "handle": lambda c: c["_p1"][0] + "_" + pick(["codes", "dev", "ops", "writes"]),
    "chatid": lambda c: "-100" + d(10),
    "twsid": lambda c: "AC" + rs(32, HEX),
    "proj": lambda c: pick(["northwind-prod", "quillon-staging", "kestrel-data"]) + "-" + d(4),
    "sshpub": lambda c: _sshpub(),
    "cert": lambda c: pem("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIE", 5),
    "pubkey": lambda c: pem("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 4, tail="IDAQAB"),
    "clientid": lambda c: dnz(12) + "-" + rs(32, LO + DIG) + ".apps.googleusercontent.com",
    "sri": lambda c: "sha384-" + rs(64, B64),
    "fp": lambda c: "SHA256:" + rs(43, B64),
    "pklive": lambda c: "pk_live_" + rs(34),
    "time": lambda c: "%02d:%02d UTC" % (R.randint(0, 23), R.randint(0, 59)),
    "listid": lambda c: "list-" + d(4),
    "gpgid": lambda c: rs(16, "0123456789ABCDEF"),
    "pid": lambda c: str(R.randint(1000, 65000)),
}

CTXKEYS = ("first", "last", "full", "first2", "last2", "full2", "co", "dom", "city")
TOK = re.compile("\u00ab([^\u00bb]+)\u00bb")
SPAN = re.compile(r"\{\{([a-z]+):(.*?)\}\}", re.S)


# --------------------------------------------------------------------------
# sanity checks on a rendered sample (raw text with {{kind:...}} spans)
# --------------------------------------------------------------------------
RUN = re.compile(r"\d(?:[ -]?\d)*")
SSN_RE = re.compile(r"(?<![\d-])(\d{3})[- ](\d{2})[- ](\d{4})(?![\d-])")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30})")
NINO_RE = re.compile(r"\b([A-Z]{2}) ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")


def unlabelled(text):
    return SPAN.sub("\x00", text)


def sample_problems(text):
    probs = []
    for m in SPAN.finditer(text):
        kind, val = m.group(1), m.group(2)
        if kind not in KINDS:
            probs.append("unknown kind " + kind)
        if "{{" in val:
            probs.append("nested span")
        plain = val.replace(" ", "").replace("-", "")
        if kind == "card" and plain.isdigit() and plain.isascii() and not luhn_ok(plain):
            probs.append("labelled card fails luhn " + val)
        if kind == "iban" and re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", val) and not iban_valid(val):
            probs.append("labelled iban fails mod97 " + val)
        if kind == "ssn" and re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", val):
            p = re.sub(r"[- ]", "", val)
            if not ssn_valid_parts(p[:3], p[3:5], p[5:]):
                probs.append("labelled ssn invalid " + val)
    rest = unlabelled(text)
    if "{{" in rest or "}}" in rest or "{{{" in text or "}}}" in text:
        probs.append("stray braces")
    if "\\" in text:
        probs.append("backslash")
    for m in RUN.finditer(rest):
        digits = re.sub(r"[ -]", "", m.group(0))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            probs.append("unlabelled luhn-valid run " + m.group(0))
    for m in SSN_RE.finditer(rest):
        if ssn_valid_parts(*m.groups()):
            probs.append("unlabelled valid-structure ssn " + m.group(0))
    for m in IBAN_RE.finditer(rest):
        s = m.group(1).replace(" ", "")
        for cc, n in IBAN_LEN.items():
            if s.startswith(cc) and len(s) >= n and iban_valid(s[:n]):
                probs.append("unlabelled valid iban " + m.group(1))
    for m in NINO_RE.finditer(rest):
        if nino_prefix_ok(m.group(1)):
            probs.append("unlabelled valid nino " + m.group(0))
    return probs


def render(template):
    for _ in range(500):
        ctx = new_ctx()
        decoys = [0]

        def rep(m):
            name = m.group(1)
            if name.startswith("~:"):
                decoys[0] += 1
                return name[2:]
            if name.startswith("~"):
                decoys[0] += 1
                return DECOY[name[1:]](ctx)
            if name in CTXKEYS:
                return ctx[name]
            head, _, rest = name.partition(".")
            kind, fn = GEN[head]
            mods = rest.split(".") if rest else []
            return "{{%s:%s}}" % (kind, fn(mods, ctx))

        text = TOK.sub(rep, template)
        if not sample_problems(text):
            return text, decoys[0]
    raise AssertionError("cannot render: " + template + " / " + repr(sample_problems(text)))


def encode(s):
    out = []
    for ch in s:
        o = ord(ch)
        cat = unicodedata.category(ch)
        if ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\\":
            raise ValueError("literal backslash in sample")
        elif ch == " ":
            out.append(ch)
        elif o < 32 or o == 127 or cat in ("Cf", "Zs", "Zl", "Zp", "Mn", "Co", "Cc") or 0xFF00 <= o <= 0xFFEF \
                or 0x0660 <= o <= 0x0669:
            assert o <= 0xFFFF
            out.append("\\u%04x" % o)
        else:
            out.append(ch)
    return "".join(out)


def decode(line):
    out, i = [], 0
    while i < len(line):
        c = line[i]
        if c == "\\":
            n = line[i + 1]
            if n == "n":
                out.append("\n")
                i += 2
            elif n == "t":
                out.append("\t")
                i += 2
            elif n == "u":
                out.append(chr(int(line[i + 2:i + 6], 16)))
                i += 6
            else:
                raise ValueError("bad escape in " + line)
        else:
            out.append(c)
            i += 1
    return "".join(out)


# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------
FAMILIES = []


def fam(name, *templates):
    FAMILIES.append((name, list(templates)))


# ============================== ordinary positives ==============================
fam("support-chat",
    "Hi, it's «full». I changed phones — new number is «phone.usp» and my login e-mail is still «email».",
    "[chat 14:02] customer: can you call me back on «phone.uki»?\n[chat 14:03] agent: sure, noted on the ticket.",
    "Agent note: caller verified via e-mail «email.free», callback requested on «phone.ukm» after 5pm.",
    "hey so i never got the reset link?? pls send it to «email.free» not my old work one",
    "Customer «full» (acct «~acct») asked us to update the contact number to «phone.dei».",
    "Ticket «~ticket»: user reports 2FA SMS not arriving at «phone.fri». Escalated to tier 2.",
    "From: «full» <«email»>\nSubject: Refund for order «~order»\n\nHello, please refund to the original card. You can reach me at «phone.us» during office hours.",
    "Live chat transcript\nVisitor: my email is «email.free»\nBot: Thanks! And a phone number in case we get disconnected?\nVisitor: «phone.au»",
    "Please loop in «email.role» and cc me («email») on any further replies.",
    "WhatsApp me on «phone.in» if the courier can't find the gate",
    "Site visit contact: «full», mobile «phone.nl»",
    "Caller ID showed «phone.ca» but the customer says they're calling from the hotel.",
    "Can you update my details? Old: «email.free» / New: «email2»",
    "Returned mail: «email» bounced (552 mailbox full). Phone on file: «phone.usd».",
    "Sorry for the delay — our Madrid office is on «phone.es», just ask for «first».",
    "voicemail from «first» at «phone.it», wants a quote for 40 units, call back tmrw",
    "Support hours 9–17 CET. Urgent? «phone.ie» or write to «email.role».",
    "The customer insisted we use «email.plus» for receipts so their filters catch them.",
)

fam("world-phones",
    "Tokyo desk: «phone.jp»",
    "São Paulo warehouse — «phone.br» (ask for Rafael at the loading bay)",
    "Emergency contact: «full2», relationship: sibling, phone «phone.uk»",
    "Call me at «phone.us» or text «phone.usi», whichever is easier.",
    "Mexico City: «phone.mx» · Bogotá: «phone.co»",
    "Hotline (Germany, free of charge): «phone.de»",
    "Pour toute question : «phone.fr» (du lundi au vendredi, 9h–18h).",
    "Mobil: «phone.dem»",
    "Tel. «phone.at», Fax «phone.at»",
    "Our Sydney office moved; new switchboard «phone.au», after-hours mobile «phone.aum».",
    "Fax: «phone.usd» (yes, we still have one)",
    "Singapore team line «phone.sg», Cape Town «phone.za»",
    "Dial «phone.ch» and press 2 for billing.",
    "Kontakt w sprawie faktur: «phone.pl»",
    "Rappelez-moi au «phone.be» svp, je suis en réunion jusqu'à 15h",
    "Växel: «phone.se»",
    "On-call SRE this week is «first»: «phone.ukm» (rotates every Monday)",
    "Irish customers: «phone.ie»; UK customers: «phone.uk»",
    "Llámanos al «phone.es» o, desde México, al «phone.mx».",
    "Order by phone: «phone.tf» (toll-free, 24/7)",
    "contact_mobile: \"«phone.in»\"",
)

fam("checkout-cards",
    "Please charge «card.visa» exp 08/28 for the deposit. Name on card: «full».",
    "hi can u use my other card «card.mc» the first one got declined",
    "Payment failed for card «card.amex» — issuer returned do_not_honor.",
    "corporate card for travel bookings: «card.raw»",
    'POST /v1/charges {"amount": 4200, "currency": "eur", "card_number": "«card.raw»"}',
    "Card on file updated → «card.disc» (Discover).",
    "JCB «card.jcb» 有効期限 11/27",
    "Diners Club: «card.diners»",
    "old 13-digit Visa still sitting in the legacy table: «card.visa13»",
    "UnionPay card (19 digits): «card.up19»",
    "Form fields: cc_number=«card.hy»; cc_name=«full»; cc_exp=02/29",
    "Customer read the card out over the phone: «card.mc», expiry 02/29, billing ZIP «~zip».",
    "ERROR PaymentGateway: tokenization failed for pan=«card.raw» merchant_id=«~mid»",
    "Can you book the hotel with my card? «card.visa» — the one ending «~last4» expired last month.",
    "Kreditkarte: «card.mc», gültig bis 05/27",
    "| «full» | «card.visa» | 09/26 | approved |",
    "Refund to card «card.amex» processed, ref «~ref».",
)

fam("bank-transfers-iban",
    "Please transfer the deposit to IBAN «iban.DE», BIC «~bic».",
    "Bankverbindung: «iban.DE.raw»",
    "Pay invoice «~inv» to «iban.GB» and quote the invoice number as reference.",
    "RIB / IBAN : «iban.FR»",
    "Les paiements doivent être effectués sur le compte «iban.FR» au nom de «co».",
    "Transferencia a «iban.ES», concepto: alquiler marzo",
    "IBAN: «iban.IT» – Intestato a: «full»",
    "Kun je het terugstorten op «iban.NL»? Alvast bedankt!",
    "supplier,iban,currency\n«co»,«iban.BE.raw»,EUR",
    "Swiss payroll account: «iban.CH»",
    "Überweisung bitte an «iban.AT», Verwendungszweck «~inv»",
    "Numer rachunku: «iban.PL»",
    "Irish account for the refund: «iban.IE»",
    "Mitt kontonummer (IBAN) är «iban.SE»",
    "Refund to «iban.NO.raw» please, not to the card",
    "two accounts on file: EUR «iban.FI» and DKK «iban.DK»",
    "IBAN «iban.PT» — NIF «~nif»",
    "URGENT vendor bank details changed!! new IBAN «iban.LU», please update before Friday's payment run",
)

fam("hr-onboarding-ssn",
    "New hire: «full», SSN «ssn», start date «~date.us».",
    "W-4 attached. SSN: «ssn.bare»",
    "Employee ID «~empid» / Social Security No. «ssn.sp»",
    "I-9 verification complete for «full» (SSN «ssn»).",
    "Hi HR, my social is «ssn» — sorry for sending it by email, the portal was down again.",
    "ssn,first_name,last_name\n«ssn»,«first»,«last»",
    "Dependent: «full2», SSN «ssn», DOB «dob.us»",
    "Background check request — applicant SSN «ssn», DL# «~dl»",
    "Payroll error: SSN «ssn» appears on two employee records («~empid» and «~empid»).",
    "SSN# «ssn.bare» (no dashes, per the form instructions)",
    "1099-NEC recipient TIN: «ssn»",
    "Benefits enrollment note: spouse SSN «ssn.sp», plan «~plan»",
    "pls verify soc sec «ssn» before Friday",
    '{"employee": "«full»", "ssn": "«ssn»", "dept": "Finance"}',
)

fam("uk-payroll-nino",
    "NI number: «nino»",
    "National Insurance No. «nino.raw» — tax code «~taxcode»",
    "P45 details: «full», NINO «nino», leaving date «~date.uk»",
    "my NI is «nino.raw» if you need it for the pension",
    "Employee «~empid» NI «nino» — RTI submission rejected, please check the record.",
    "HMRC letter ref «~hmrcref» mentions NI number «nino».",
    "name,nino,payroll_id\n«full»,«nino.raw»,«~empid»",
    "Starter checklist — NI: «nino» | Student loan: Plan 2 | Statement B",
    "«full» (NI «nino») has moved to the «city» branch from 1 December.",
    "nat ins «nino» pls",
    "Please add «full» to the pension scheme; NINO «nino.raw»; DOB «dob.uk».",
    "Universal Credit claim: claimant NI number «nino»",
)

fam("clinic-notes-dob",
    "Pt «full», DOB «dob.us», presents with intermittent chest pain x3 days.",
    "Patient born «dob.long» — allergies: penicillin, latex.",
    "Name: «full»\nGeburtsdatum: «dob.eu»\nVersichertennummer: «~insno»",
    "Date of birth: «dob.iso» | Admitted: «~date.iso» | Ward 4B",
    "f/u appt for «first» «last» (dob «dob.us») on «~date.us» re: bloods",
    "Referral letter: This patient (D.O.B. «dob.uk») was seen in clinic on «~date.uk».",
    "Né(e) le «dob.fr» à Lyon, suivie depuis 2019 pour HTA.",
    "«~mrn» DOB «dob.iso» Sex F",
    "Identity check: caller gave DOB «dob.uslong» and postcode — matched.",
    "Birth date «dob.us» (per passport).",
    "Paediatric note: «first», born «dob.long.child», weight 12.4 kg, immunisations up to date.",
    "Fecha de nacimiento: «dob.eu»",
    "patient dob «dob.iso»; last visit «~date.iso»; next recall «~date.iso»",
    "PID|1||«~mrn»||«last»^«first»||«dob.hl7»|F",
    "Insurance claim — member DOB «dob.us», service date «~date.us», CPT «~cpt».",
)

fam("access-logs-ip",
    '«ip» - - [«~clf»] "GET /api/v2/orders HTTP/1.1" 200 5123 "-" "Mozilla/5.0"',
    "sshd[«~pid»]: Failed password for invalid user admin from «ip» port «~port» ssh2",
    "X-Forwarded-For: «ip», «ip.priv»",
    "upstream timed out (110: Connection timed out) while connecting to upstream, client: «ip», server: api.«dom»",
    "«~ts» WARN rate limit exceeded ip=«ip.v6» path=/login",
    "Blocked «ip» after 20 failed logins. Allow-listed «ip.priv» (office VPN).",
    "Can you ssh into «ip.priv» and restart the worker?",
    "eth0: inet6 «ip.v6ll» scope link",
    "DNS A record for shop.«dom» → «ip.doc»",
    "my home IP is «ip» if you need to allowlist it",
    "fail2ban.actions: NOTICE [sshd] Ban «ip»",
    '{"event":"login","user":"«first»","src_ip":"«ip»","ok":false}',
    "Peer «ip.v6s» disconnected (reason: keepalive timeout)",
    "64 bytes from «ip»: icmp_seq=1 ttl=57 time=23.4 ms",
    "ALLOWED_HOSTS = [\"«ip.priv»\", \"«ip.priv»\", \"localhost\"]",
    "Suspicious traffic from «ip» and «ip.v6»; opened case «~ticket».",
)

fam("env-config-secrets",
    "STRIPE_SECRET_KEY=«secret.stripe»\nNODE_ENV=production",
    "export AWS_ACCESS_KEY_ID=«secret.awsid»\nexport AWS_SECRET_ACCESS_KEY=«secret.awssk»\nexport AWS_DEFAULT_REGION=eu-west-1",
    "GITHUB_TOKEN: «secret.ghp»",
    "openai:\n  api_key: «secret.openai»\n  model: gpt-4o-mini\n  timeout: 30",
    "ANTHROPIC_API_KEY=«secret.anthropic»",
    "slack:\n  bot_token: «secret.slack»\n  channel: '#alerts'",
    "[default]\naws_access_key_id = «secret.awsid»\naws_secret_access_key = «secret.awssk»",
    "GOOGLE_MAPS_KEY=«secret.google»",
    "TWILIO_ACCOUNT_SID=«~twsid»\nTWILIO_AUTH_TOKEN=«secret.hex32»",
    "SENDGRID_API_KEY=«secret.sendgrid»",
    "//registry.npmjs.org/:_authToken=«secret.npm»",
    "[pypi]\n  username = __token__\n  password = «secret.pypi»",
    "MAILGUN_API_KEY=«secret.mailgun»\nMAILGUN_DOMAIN=mg.«dom»",
    'shopify_admin_token = "«secret.shopify»"',
    "HF_TOKEN=«secret.hf»",
    "DIGITALOCEAN_TOKEN=«secret.do»",
    'telegram:\n  bot_token: "«secret.telegram»"\n  chat_id: «~chatid»',
    "GITLAB_TOKEN=«secret.glpat»  # CI only, rotate quarterly",
    "DATADOG_API_KEY=«secret.hex32»\nDD_SITE=datadoghq.eu",
    "VAULT_ADDR=https://vault.«dom»:8200\nVAULT_TOKEN=«secret.vault»",
    "[credentials]\nlinear = «secret.linear»\npostman = «secret.postman»",
    "DATABRICKS_HOST=https://adb-«~int».azuredatabricks.example\nDATABRICKS_TOKEN=«secret.databricks»",
)

fam("keys-and-signed-tokens",
    "Here's the deploy key, don't lose it:\n«secret.rsakey»",
    "id_ed25519 (the private half, for the CI runner):\n«secret.opensshkey»",
    "Authorization: Bearer «secret.jwt»",
    'curl -H "Authorization: Bearer «secret.jwt»" https://api.«dom»/v1/me',
    "token from the SSO redirect: «secret.jwt» — it expires in an hour, can you check the claims?",
    "signer key for the webhook service:\n«secret.eckey»",
    '{"type": "service_account", "project_id": "«~proj»", "private_key_id": "«~hex40»", "private_key": "«secret.pkcs8»"}',
    "backup of my signing key (please delete after import)\n«secret.pgpkey»",
    "users:\n- name: ci\n  user:\n    token: «secret.jwt»",
    "Cookie: session=«secret.jwt»; theme=dark; lang=en",
    "authorized_keys entry (public, fine to share): ssh-ed25519 «~sshpub» «~:deploy@buildbox»",
    "Server certificate (public):\n«~cert»",
)

fam("connection-strings",
    "DATABASE_URL=«secret.pg»",
    "spring.datasource.url=jdbc:postgresql://db.«dom»:5432/app\nspring.datasource.username=app\nspring.datasource.password=«secret.pw»",
    "mongo: «secret.mongo»",
    "REDIS_URL=«secret.redis»",
    "ConnectionStrings__Billing=«secret.mssql»",
    "celery broker: «secret.amqp»",
    "git remote add origin «secret.giturl»",
    'AZURE_STORAGE_CONNECTION_STRING="«secret.azure»"',
    "Error: Access denied for user — tried «secret.mysql» (check the grants)",
    'psql "«secret.pgkv»"',
    "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server\n[engine url: «secret.pg»]",
    "nightly export goes to «secret.ftp»",
    "SMTP_URL=«secret.smtp»",
)

fam("records-csv-json",
    "id,name,email,phone\n«~int»,«full»,«email»,«phone.us»",
    '{"name": "«full»", "email": "«email.free»", "dob": "«dob.iso»"}',
    "Nachname;Vorname;E-Mail;IBAN\n«last»;«first»;«email»;«iban.DE.raw»",
    "customer:\n  name: «full»\n  phone: \"«phone.uki»\"\n  card: \"«card.raw»\"",
    "INSERT INTO users (email, phone, ssn) VALUES ('«email»', '«phone.us»', '«ssn»');",
    "<contact><email>«email»</email><tel>«phone.fri»</tel></contact>",
    "row 17 rejected: invalid postcode for «full» <«email»>, submitted from «ip»",
    "«full»\t«email»\t«phone.uk»\t«nino»",
    "user_id=«~int» email=«email» last_login_ip=«ip» plan=pro",
    '{"order": "«~order»", "customer": {"email": "«email»", "phone": "«phone.de»"}, "total": 129.90}',
    "Name | DOB | SSN\n«full» | «dob.us» | «ssn»",
    "BEGIN:VCARD\nVERSION:3.0\nFN:«full»\nTEL;TYPE=cell:«phone.usi»\nEMAIL:«email»\nEND:VCARD",
    "audit: user «email» changed payout account to «iban.NL»",
    "first_name,last_name,dob,ni_number\n«first»,«last»,«dob.uk»,«nino.raw»",
    "[«~ts»] signup email=«email.plus» ip=«ip.v6» country=DE",
)

fam("assistant-transcripts",
    "User: Can you draft an email to my landlord? I'm «full», my number is «phone.ukm» and my email is «email.free».\nAssistant: Of course — here's a short draft you can adapt.",
    "User: why does this fail?\n```\nclient = OpenAI(api_key=\"«secret.openai»\")\n```\nAssistant: The key itself looks fine; the error comes from the proxy setting.",
    "User: fill in this form for me: name «full», date of birth «dob.uk», NI «nino»",
    "User: translate to Spanish: 'Please wire 500 EUR to «iban.ES» by Monday.'",
    "User: my server «ip» keeps rejecting ssh, password is «secret.pw» — what am I doing wrong?",
    "Assistant: I can't store card details, and I'd suggest deleting the message where you typed «card.visa».",
    "User: here's my .env, help me debug\nDB_URL=«secret.pg»\nSENTRY_ENVIRONMENT=staging",
    "User: summarise this thread\nFrom: «email»\nTo: «email2»\nHi «first2», call me on «phone.us» when you've read the contract.",
    "User: is «ssn» a valid SSN format? it's my son's, the school form keeps rejecting it",
    "Bot: Your verification code was sent to «phone.usi».\nUser: never got it, try «email.free» instead",
)

fam("forms-and-applications",
    "Rental application\nApplicant: «full»\nDate of birth: «dob.uk»\nMobile: «phone.ukm»\nEmail: «email.free»\nPrevious landlord ref: «~ref»",
    "Gym membership — name «full», born «dob.long», emergency contact «full2» «phone.aum»",
    "Visa form: Surname «last» / Given names «first» / DOB «dob.eu» / Passport no. «~passport» / Expiry «~date.eu»",
    "School enrolment: child «first», DOB «dob.uk.child», parent phone «phone.ie», parent email «email.free»",
    "Loan pre-check → DOB «dob.us», SSN «ssn», monthly income $4,200",
    "Quote request: driver «full», date of birth «dob.iso», licence held since «~date.iso», postcode «~ukpost»",
    "Antrag von «full», geb. «dob.eu», Tel. «phone.dem», IBAN «iban.DE»",
    "Jury summons response — date of birth «dob.uslong», daytime phone «phone.usp»",
    "Inscription : «full», né(e) le «dob.fr», portable «phone.fri», courriel «email.free»",
    "Library card signup: «email», DOB «dob.us» (must be 13+)",
)

# ============================== look-alikes ==============================
fam("order-and-shipping-refs",
    "Your order «~order» has shipped! Track it with «~ups».",
    "Invoice «~inv» dated «~date» — amount due €1,284.50",
    "Booking reference «~pnr», e-ticket number «~eticket»",
    "USPS tracking: «~usps»",
    "RMA «~rma» approved. Ship the unit (serial «~serial») back within 14 days.",
    "PO «~po» / cost centre «~costc» / GL «~gl»",
    "Ticket «~jira» reopened by «first» — still failing on staging.",
    "Ihre Sendung «~dhl» wird heute zugestellt.",
    "Confirmation #«~conf» — 2 nights, check-in «~date.long»",
    "Order «~longorder» — estimated delivery Thursday",
    "Case number «~case» has been updated. Reply to this message to add a comment.",
    "Kundennummer «~custno», Vertrag «~contract»",
    "FedEx «~fedex» — delivered, signed by «~:R. MORALES»",
    "Receipt #«~receipt» · Terminal «~term» · Auth code «~auth» · Total 23.80",
)

fam("isbn-uuid-hash",
    "ISBN «~isbn13» (hardback); paperback ISBN-10 «~isbn10»",
    "request_id=«~uuid» trace_id=«~hex32» status=502",
    "commit «~sha40»\nAuthor: «full» <«email»>\nDate:   «~gitdate»\n\n    Fix race in retry loop",
    "«~sha256»  release-«~ver3».tar.gz",
    "Fixed in «~sha7» (see PR #«~pr»).",
    "MD5 (backup-full.tar) = «~md5»",
    "Object key: uploads/«~uuid»/avatar.png",
    "docker pull registry.«dom»/api@sha256:«~sha256»",
    'ETag: "«~md5»"',
    "Idempotency-Key: «~uuid»",
    "version https://git-lfs.github.com/spec/v1\noid sha256:«~sha256»\nsize «~int»",
    "Cite as: doi:«~doi»",
    "job «~ulid» queued",
    "Journal of Applied Widgets, ISSN «~issn», vol. 12",
    "Manifest digest «~sha256» does not match «~sha256»",
)

fam("card-lookalikes",
    "Card «~card.bad» declined: invalid card number (checksum).",
    "Gift card code: «~gift»",
    "Loyalty member no. «~card.bad.raw»",
    "SEPA end-to-end reference: «~longrun»",
    "Payment with card «~masked» approved.",
    "card_bin=«~bin» card_last4=«~last4» 3ds=passed",
    "Account number «~acct12» (not your card number)",
    "Serial no. «~serial16»",
    "Phone bill account: «~card.bad.hy»",
    "Card: «card.visa» (replaces «~card.bad», which had a typo)",
    "Customer quoted «~card.bad» but it fails the check digit — probably misread; asked them to read it again.",
    "EAN «~ean13» · 500 g · best before «~date.eu»",
    "Transaction ID «~txn18»",
    "Reference no. «~longrun» — please quote it in all correspondence",
    "Customer ID «~serial16», loyalty tier Gold",
    "The total on the statement is «~:4,716.28» and the minimum payment «~:125.00»",
)

fam("ssn-lookalikes",
    "SSN «~ssn.000» rejected by validation (area number 000 is never assigned).",
    "The form happily accepted «~ssn.666» even though 666 is never issued.",
    "ITIN: «~itin»",
    "Part number PN «~ssn.g00» is back-ordered.",
    "SSN on the scanned card reads «~ssn.s0000» — serial 0000 can't be right, please rescan.",
    "SSN: «ssn» (corrected from «~ssn.9xx» which was a typo)",
    "EIN «~ein»",
    "Claim # «~ssn.9xx»",
    "ABA routing number «~aba»",
    "Medicare Beneficiary Identifier: «~mbi»",
    "Ship to ZIP+4 «~zip4»",
    "Ref «~:123-45-67890» is the old format; new refs are «~uuid».",
)

fam("dotted-numbers",
    "nginx «~ver3» on the new hosts; the box at «ip.priv» is still on «~ver3».",
    "Build «~ver4» fails on Windows only.",
    "SNMP OID «~oid» returns ifInOctets for port 2",
    "See section «~sec» of the master services agreement.",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/«~chromever» Safari/537.36",
    "OS: Windows «~winver»",
    "Firmware «~ver4» released — fixes the Wi-Fi dropouts.",
    "pip install django==«~ver3»",
    "Requirement «~sec»: passwords must be hashed with a memory-hard function.",
    "Figure «~sec» shows the same trend as table «~sec».",
    "Ping to «ip» timed out; agent version «~ver4».",
    "Invalid host «~:300.12.5.1» in config (octet out of range)",
    "Semver example: «~:2.0.0-rc.1+build.5»",
    "kernel «~:6.8.0-45-generic», glibc «~:2.39», openssl «~:3.0.13»",
    "Clause «~sec» (Data Protection) applies; see also Annex «~sec».",
)

fam("dates-not-birth",
    "Invoice date: «~date.iso», payment due within 30 days.",
    "Meeting moved to «~date.long» at 14:00 in room 3.",
    "Contract term «~yearrange»; renewal notice 90 days before the end.",
    "Patient DOB «dob.us»; admitted «~date.us»; discharged «~date.us».",
    "Employee since «~date.iso», six-month probation, next review in Q3.",
    "Date of birth «dob.eu» · Date of issue «~date.eu» · Valid for 10 years",
    "Date of birth: «~:____ / ____ / ______»",
    "Date of birth (DD/MM/YYYY):",
    "«co» was founded on «~date.long» in a garage in «city».",
    "Released «~date.iso» — see the changelog below.",
    "Last login «~ts» from a new device",
    "«first»'s birthday dinner is booked for «~date.long» at 7pm — keep it a surprise!",
    "«full» (b. «dob.long», d. «~date.long») is buried in the old churchyard.",
    "Start date «~date.uk», notice period one month, last appraisal «~date.uk»",
    "Policy effective «~date.us»; renewal reminder sent «~date.us»",
)

fam("placeholder-and-masked-keys",
    "STRIPE_SECRET_KEY=«~:sk_live_xxxxxxxxxxxxxxxxxxxxxxxx»",
    "export OPENAI_API_KEY=«~:<YOUR_API_KEY>»",
    "api_key: «~:sk-...»   # paste your key here",
    "Your token «~:ghp_****************************Xy9Q» was revoked because it appeared in a public repo.",
    "AWS_ACCESS_KEY_ID=«~:AKIAIOSFODNN7EXAMPLE»\nAWS_SECRET_ACCESS_KEY=«~:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY»",
    "Authorization: Bearer «~:REDACTED»",
    "password: «~:********»",
    "The key ending in «~:…f3a9» has been rotated; nothing else to do.",
    "SLACK_BOT_TOKEN=«~:xoxb-your-bot-token»",
    "DATABASE_URL=«~:postgres://user:password@localhost:5432/mydb»",
    "token=«~:[REDACTED]» user=«email»",
    '"apiKey": "«~:YOUR_API_KEY_HERE»"',
    "Key: «~:sk_live_51H…(truncated)»",
    "api key: «~:••••••••••••a1b2»",
    "ANTHROPIC_API_KEY=«~:sk-ant-api03-XXXXXXXXXXXXXXXXXXXXXXXX»",
    "private key:\n«~:-----BEGIN PRIVATE KEY-----»\n...\n-----END PRIVATE KEY-----",
    "secret_access_key = «~:<redacted>»  # see 1Password entry 'aws-prod'",
)

fam("example-domain-emails",
    "Send the invite to «email.ex».",
    'git config --global user.email "«email.ex»"',
    "From: «email.exrole»",
    "test accounts: «email.ex» / «email.ex»",
    "e.g. «email.ex» — use your work address, not a personal one",
    "Reply-To: «email.exrole»",
    "<a href=\"mailto:«email.ex»?subject=Hello\">Contact us</a>",
    'fixtures: ["«email.ex»", "«email.ex»"]',
    "Unsubscribe «email.ex» from «~listid»?",
    'ssh-keygen -t ed25519 -C "«email.ex»"',
    "QA: log in as «email» (staging only) and check the banner.",
)

fam("numbers-money-coords",
    "Location: «~coord»",
    "Total: USD «~:1,204,993.17» (incl. VAT 19%)",
    "Dimensions 1200 × 800 × 144 mm, weight 23.5 kg, part «~part»",
    "GPS fix «~:51.50735, -0.12776» at «~time»",
    "Batch «~lot», exp «~date.iso», 250 mg × 30 tablets",
    "Q3 revenue grew from «~:4.21» to «~:5.87» million",
    "Tyre pressure 2.4 bar front, 2.6 bar rear; reading «~:192.168» kPa at the gauge",
    "Summit at 2,962 m; coordinates «~:47°25′15″N 10°59′05″E»",
    "Wire amount 125000.00 EUR, value date «~date.iso»",
    "Model «~model», S/N «~serial», MAC «~mac»",
    "Odometer «~:128,447» km; VIN «~vin»",
    "Price list: «~:12.99 / 129.99 / 1299.00» (ex. shipping)",
    "Population «~:1,402,112,000» (2023 est.); area «~:9,596,961» km²",
)

fam("iban-lookalikes",
    "IBAN «~iban.bad» — our system says the check digits are wrong, can you double-check?",
    "Account no. «~acct», sort code «~sortcode»",
    "IBAN: «~:DE00 0000 0000 0000 0000 00» (placeholder in the template)",
    "Pay to «iban.DE» (not «~iban.bad», that one had a typo)",
    "SWIFT/BIC «~bic»",
    "Format: «~:CCkk BBBB BBBB CCCC CCCC CC» (DE)",
    "VAT ID «~vat»",
    "Routing «~aba», account «~acct» (US domestic wire)",
    "Creditor reference «~rf»",
    "IBAN too short: «~iban.short»",
    "Konto «~iban.bad.raw» ungültig laut Bank, bitte korrigieren",
)

fam("nino-lookalikes",
    "Example NI number from the guidance notes: «~:QQ 12 34 56 C»",
    "NI «~nino.suffix»",
    "temporary reference «~nino.tn»",
    "product code «~nino.bg»",
    "NI «nino» (not «~nino.d» — that was a typo in my first email)",
    "Vehicle reg «~reg», parked at «~ukpost»",
    "Passport number «~passport»",
    "Claim ref «~nino.d»",
    "Room «~:AB 12» on floor 3, desk C",
    "Locker code «~nino.bad»",
)

fam("timestamps-and-ids",
    'ts=«~epochms» level=info msg="cache warm"',
    "created_at: «~epoch»",
    "span_id=«~hex16» parent_span_id=«~hex16»",
    "Session «~uuid» expired at «~ts»",
    "slack message ts «~epoch».«~receipt»",
    "Snowflake ID «~snow»",
    "assumed role arn:aws:iam::«~awsacct»:role/ci-deployer in eu-central-1",
    "Cloudflare Ray ID: «~hex16»-FRA",
    "Pod «~pod» restarted 3 times in the last hour",
    "Build #«~int» (pipeline «~int»)",
    "Measurement ID «~ga»",
    "Stripe customer «~cus», charge «~ch» — refund issued",
)

# ============================== evasions ==============================
fam("email-obfuscated",
    "reach me: «email.at1»",
    "Contact «email.at2» for the spreadsheet",
    "my email is «email.at3» (no spaces obviously)",
    "«full» — «email.at4»",
    "write to «email.sp» and mention this thread",
    "email: «email.ang»",
    "mail me at «email.fw»",
    "Signup: «email.zw» (copied from their profile)",
    "the address is «email.dotword»",
    "ping «email.at1» or «email.at2», whoever answers first",
    "Kontakt: «email.de»",
    "Correo: «email.es»",
    "Écrivez-moi : «email.fr»",
    "bio: DMs closed, business inquiries → «email.at1»",
    "just email «email.atdom», I check it daily",
    "please use «email.mixed» (defanged so the bot doesn't scrape it)",
    "mailbox: «email.spdots»",
    "«email.at3», or call «phone.us»",
    "contact: «email.fwall»",
    "addr «email.zw2»",
)

fam("card-obfuscated",
    "card is «card.dots»",
    "«card.slash» exp 04/28",
    "ok the number is «card.words»",
    "it's «card.mixwords», expiry next March",
    "«card.zw»",
    "カード番号：«card.fw»",
    "here you go\n«card.nl»\nexp 10/27",
    "cc: «card.each»",
    "pan «card.us»",
    "number: «card.spdash»",
    "amex «card.amex.dots»",
    "card «card.comma»",
    "«card.fwmix» — sorry, my keyboard is doing something weird",
    "Visa «card.nbsp»",
    "card no. «card.thin»",
    "رقم البطاقة: «card.arabic»",
    "use «card.zwnosp» for the booking",
)

fam("phone-ssn-spelled",
    "call me: «phone.us.words»",
    "my social is «ssn.words»",
    "SSN «ssn.dots»",
    "social security «ssn.slash»",
    "ssn «ssn.under»",
    "fax it to «phone.us.slash»",
    "ring me on «phone.ukm.ukwords»",
    "«phone.uki.spaced»",
    "Telefon «phone.dei.dashes»",
    "SSN: «ssn.each»",
    "soc: «ssn.mixwords»",
    "tel: «phone.letters»",
    "SSN «ssn.o» (typed on my phone, sorry)",
    "SS# «ssn.endash»",
    "phone: «phone.dotsintl»",
    "my cell is «phone.usp.words»",
    "Social Security number «ssn.words», date of birth «dob.uslong»",
)

fam("defanged-ips",
    "IOC: «ip.def1»",
    "C2 server hxxp://«ip.def1»:8080/gate.php",
    "beacon to «ip.def2» every 60s",
    "scanner «ip.def3» hit /wp-login.php 4,000 times",
    "IPv6 IOC: «ip.v6.def»",
    "src «ip.words»",
    "legacy allow-list entry «ip.pad»",
    "the attacker came from «ip.spc»",
    "callback host «ip.dot»",
    "threat intel list:\n«ip.def1»\n«ip.def1»\n«ip.def2»",
    "The attacker came from «ip.def1» (defanged per policy); our host «ip.priv» was the target.",
    "«ip.zw» showed up in the proxy logs again",
)

fam("split-and-mangled-keys",
    "token (split so slack doesn't eat it): «secret.ghp.sp»",
    "live key, broken in two by the mail client:\n«secret.stripe.nl»",
    "aws key id lowercased by the form: «secret.awsid.lower»",
    "«secret.openai.zw»",
    "const KEY = «secret.ghp.concat»;",
    "key = '«secret.stripe»'",
    "«secret.anthropic.wrap»",
    "jwt (split at the dots):\n«secret.jwt.jwtsplit»",
    "sendgrid key (someone lowercased it): «secret.sendgrid.lower»",
    "private key pasted on one line: «secret.eckey.oneline»",
    'npm_token: "«secret.npm»"',
    "token: «secret.glpat.zw»",
    "aws secret in groups of four: «secret.awssk.sp4»",
    "here: `«secret.do»`",
    "api_key = (\n    «secret.openai.pyconcat»\n)",
    "HF token «secret.hf.dashes»",
    "slack webhook: «secret.slackhook» — it posts straight into #finance",
    "discord hook «secret.discord»",
)

fam("passwords-in-prose",
    "the admin password is «secret.pw»",
    "pw: «secret.pw»",
    "login: «~user» / «secret.pw»",
    "Wi-Fi: GuestNet, password «secret.pw»",
    "I reset it to «secret.pwword» for now, change it when you log in",
    "creds for staging → root:«secret.pw»",
    "Das Passwort lautet «secret.pw»",
    "la contraseña es «secret.pw»",
    'use the passphrase "«secret.passphrase»" for the backup archive',
    "VPN: user «~user», pass «secret.pw»",
    "mysql -u root -p«secret.pw» billing",
    "sshpass -p '«secret.pw»' ssh deploy@«ip.priv»",
    "New starter account: «email», temporary password: «secret.pwword» (must be changed at first login)",
    "The router still uses its default password, someone should fix that.",
    "password = «secret.pw»  # TODO move to vault",
    "zip password is «secret.pw»",
    "DB creds → user: app_rw  pass: «secret.pw»",
    "Authorization: Basic «secret.basic»",
)

fam("unicode-tricks",
    "SSN «ssn.fw»",
    "電話：«phone.jp.fw»",
    "IBAN «iban.zw»",
    "NI «nino.zw»",
    "ip «ip.fw»",
    "SSN: «ssn.zw»",
    "STRIPE_KEY=«secret.stripe.zw»",
    "Tél. «phone.fr.nbsp»",
    "IBAN\u00a0: «iban.FR.nbsp»",
    "生年月日：«dob.ja»",
    "ni number «nino.lower»",
    "phone «phone.us.soft»",
    "call «phone.uk.zw»",
    "NINO «nino.dots»",
)

fam("encoded-values",
    "contact (base64): «email.b64»",
    "«email.html»",
    "<a href=\"mailto:«email.url»\">write to us</a>",
    "<a href=\"mailto:«email.htmlat»\">email</a>",
    "contact: «email.hexent»",
    "«email.commat»",
    "?redirect=mailto%3A«email.urlfull»",
    '{"u": "«email.b64»", "t": "signup"}',
    "const addr = «email.js»;",
    "e-mail\u00a0: «email.nbsp»",
)

# ============================== hard negatives ==============================
fam("code-without-values",
    "def login(username: str, password: str) -> Token:",
    'password = os.environ["DB_PASSWORD"]',
    'const token = await getToken();\nif (!token) throw new Error("no token");',
    'api_key = config.get("api_key")',
    "if user.password_hash != hash_password(form.password):\n    return 401",
    "PASSWORD=\nAPI_TOKEN=",
    '"password": null, "token": ""',
    'echo "$CR_PAT" | docker login ghcr.io -u «~user» --password-stdin',
    "private_key_path: /etc/ssl/private/server.key",
    "ALTER TABLE users ADD COLUMN password_hash varchar(255) NOT NULL;",
    "Authorization: Bearer $ACCESS_TOKEN",
    'secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>',
    "for token in tokenizer(text):\n    counts[token] += 1",
    "-- password reset tokens expire after 30 minutes",
    "kubectl create secret generic db-pass --from-file=password=./pw.txt",
    '<input type="password" name="password" autocomplete="current-password">',
    "assert len(api_key) == 40, 'api key must be 40 chars'",
)

fam("doc-placeholders",
    "Replace `changeme` with a strong password before deploying: ADMIN_PASSWORD=«~:changeme»",
    "Set `OPENAI_API_KEY` to your key (it starts with `sk-`).",
    'curl -H "Authorization: Bearer «~:YOUR_TOKEN»" https://api.«dom»/v1/items',
    "Connection string format: «~:postgresql://<user>:<password>@<host>:<port>/<db>»",
    "token: «~:<paste token here>»",
    "The appliance ships with the login «~:admin/admin» — you will be forced to change it on first boot.",
    "Example JWT: «~:eyJhbGciOiJIUzI1NiJ9.<payload>.<signature>»",
    "Use an app password (16 characters, e.g. «~:xxxx xxxx xxxx xxxx»).",
    "Your key looks like `«~:sk_test_…»` in test mode and `«~:sk_live_…»` in live mode.",
    "AWS access key IDs start with AKIA followed by 16 upper-case characters.",
    "In the examples below, replace «ip.doc» with your server's address.",
    "EMAIL=«~:<your email>»  # the address that receives alerts",
    "Password requirements: at least 12 characters, one digit and one symbol.",
    "SECRET_KEY = '«~:replace-me-in-production»'",
)

fam("prompts-and-handles",
    "«~:jane@localhost»:~$ sudo systemctl restart nginx",
    "«~:root@web-03»:/var/log# tail -f syslog",
    "@«first» can you take a look at this PR before standup?",
    "npm install «~:@northwind/ui-kit@3.4.1»",
    "@media (max-width: 640px) { .nav { display: none; } }",
    "Use the retina assets: «~:logo@2x.png», «~:icon@3x.png»",
    "git clone «~:git@git.northwind.example»:platform/api.git",
    "ssh deploy@«ip.priv» 'uptime'",
    "@Override\npublic String getPassword() { return this.password; }",
    "docker pull nginx@sha256:«~sha256»",
    "Message-ID: <«~msgid»@mail.«dom»>",
    "(base) «~:tobias@MacBook-Pro» ~ % python3 app.py",
    "Tweet by @«~handle»: loving the new release!",
    "go get «~:golang.org/x/crypto@v0.24.0»",
    "@app.route(\"/login\", methods=[\"POST\"])",
)

fam("public-identifiers",
    "Stripe publishable key (safe to ship in the browser): «~pklive»",
    "commit «~sha40» introduced the regression",
    '<script src="/static/app.js" integrity="«~sri»" crossorigin="anonymous"></script>',
    "AWS account ID «~awsacct»",
    "Host key fingerprint «~fp» (ED25519)",
    "GPG key ID «~gpgid»",
    "Twilio Account SID «~twsid»",
    "OAuth client_id=«~clientid»",
    "JWKS kid: «~uuid»",
    "Public key for verifying webhooks:\n«~pubkey»",
    "Pinned action: actions/checkout@«~sha40»",
)


def build():
    lines = [
        "# pii-c2: blind hand-made evaluation set for a PII / secrets detector",
        "# generated by gen.py (random.Random(%d)); do not edit by hand -- edit gen.py and rerun" % SEED,
        "# format: one sample per line; {{kind:text}} marks a labelled span; escapes \\n \\t \\uXXXX",
        "",
    ]
    stats = []
    for name, temps in FAMILIES:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name), name
        lines.append("# family: " + name)
        fam = {"name": name, "samples": 0, "decoys": 0, "neg_samples": 0, "kinds": {k: 0 for k in KINDS}}
        for t in temps:
            text, nd = render(t)
            enc = encode(text)
            assert enc.strip() and not enc.startswith("#"), enc
            lines.append(enc)
            fam["samples"] += 1
            spans = SPAN.findall(text)
            if not spans and nd == 0:
                nd = 1  # a whole hard-negative sample counts as one look-alike
            fam["decoys"] += nd
            if not spans:
                fam["neg_samples"] += 1
            for k, _ in spans:
                fam["kinds"][k] += 1
        lines.append("")
        stats.append(fam)
    return "\n".join(lines), stats


def check(path):
    fam = None
    n = 0
    per = {}
    for lineno, raw in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
        if raw.startswith("# family: "):
            fam = raw[len("# family: "):]
            per[fam] = per.get(fam, 0)
            continue
        if not raw.strip() or raw.startswith("#"):
            continue
        assert fam, "sample before first family"
        text = decode(raw)
        # balanced markers
        pos = 0
        while True:
            i = text.find("{{", pos)
            if i < 0:
                break
            m = re.match(r"\{\{([a-z]+):", text[i:])
            assert m and m.group(1) in KINDS, (lineno, raw)
            j = text.find("}}", i)
            assert j > i, (lineno, raw)
            assert "{{" not in text[i + 2:j], (lineno, raw)
            pos = j + 2
        assert "}}" not in unlabelled(text), (lineno, raw)
        assert "\t" not in raw and "\r" not in raw
        probs = sample_problems(text)
        assert not probs, (lineno, probs)
        L = len(text)
        n += 1
        per[fam] += 1
    return n, per


def main():
    if "--check" in sys.argv:
        n, per = check(os.path.join(HERE, "set.txt"))
        text, _ = build_fresh()
        same = open(os.path.join(HERE, "set.txt"), encoding="utf-8").read() == text
        print("samples:", n, "families:", len(per), "reproducible:", same)
        return 0 if same else 1
    text, stats = build()
    if "--stats" in sys.argv:
        print_stats(stats)
        return 0
    with open(os.path.join(HERE, "set.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote set.txt: %d samples in %d families" % (sum(s["samples"] for s in stats), len(stats)))
    return 0


def build_fresh():
    global R
    R.seed(SEED)
    return build()


def print_stats(stats):
    hdr = ["family", "samples"] + list(KINDS) + ["no-label samples", "look-alikes"]
    print("| " + " | ".join(hdr) + " |")
    print("|" + "---|" * len(hdr))
    tot = {"samples": 0, "neg_samples": 0, "decoys": 0, "kinds": {k: 0 for k in KINDS}}
    for s in stats:
        row = [s["name"], str(s["samples"])] + [str(s["kinds"][k] or "") for k in KINDS] + [
            str(s["neg_samples"]), str(s["decoys"])]
        print("| " + " | ".join(row) + " |")
        tot["samples"] += s["samples"]
        tot["neg_samples"] += s["neg_samples"]
        tot["decoys"] += s["decoys"]
        for k in KINDS:
            tot["kinds"][k] += s["kinds"][k]
    row = ["**total**", str(tot["samples"])] + [str(tot["kinds"][k]) for k in KINDS] + [
        str(tot["neg_samples"]), str(tot["decoys"])]
    print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    sys.exit(main())
