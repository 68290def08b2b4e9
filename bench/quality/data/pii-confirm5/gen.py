#!/usr/bin/env python3
"""gen.py - deterministic generator for the pii-c5 blind evaluation set.

    python3 gen.py            write set.txt next to this file
    python3 gen.py --check    rebuild in memory, compare with set.txt byte for byte,
                              validate every span, scan negative text for accidental
                              positives, and compare the README count table
    python3 gen.py --table    print the README count table

Python 3 standard library only.  Seed 4205 (random.Random(4205)); no clock, no hashing.
"""
import base64
import datetime
import ipaddress
import os
import random
import re
import string
import sys
import unicodedata
import urllib.parse

SEED = 4205
R = random.Random(SEED)          # re-seeded at the start of every build()
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ("email", "phone", "card", "iban", "ssn", "ip", "nino", "dob", "secret")
CATEGORIES = ("ordinary", "look-alike", "evasion", "hard-negative")

DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + DIG
UPALNUM = UP + DIG
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]


def rs(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


def dg(n):
    return rs(DIG, n)


def dnz(n):
    return R.choice("123456789") + dg(n - 1)


def lab(kind, text):
    assert kind in KINDS, kind
    assert "{" not in text and "}" not in text and "«" not in text and "»" not in text, text
    return "{{%s:%s}}" % (kind, text)


# ---------------------------------------------------------------- checksums
def luhn_ok(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_complete(partial):
    for c in DIG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def not_luhn(make):
    """Call make() until the digits of its result are not a Luhn-valid 13-19 digit number."""
    for _ in range(1000):
        s = make()
        d = re.sub(r"\D", "", s)
        if not (13 <= len(d) <= 19 and luhn_ok(d)):
            return s
    raise AssertionError


def mod97(s):
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def iban_ok(s):
    s = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    return len(s) >= 15 and s[:2].isalpha() and mod97(s[4:] + s[:4]) == 1


def ssn_ok(area, group, serial):
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


NINO_BAD_FIRST = "DFIQUV"
NINO_BAD_SECOND = "DFIOQUV"
NINO_BAD_PREFIX = ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def nino_ok(s):
    s = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", s)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    return a not in NINO_BAD_FIRST and b not in NINO_BAD_SECOND and a + b not in NINO_BAD_PREFIX


# ---------------------------------------------------------------- people
FIRST = ["Maria", "Jonas", "Aisha", "Kenji", "Priya", "Tomasz", "Chloé", "Mateo", "Ingrid",
         "Oluwaseun", "Hannah", "Rafael", "Siobhan", "Dmitri", "Leila", "Wei", "Fatima", "Lars",
         "Camille", "Diego", "Noor", "Elif", "Marek", "Yuki", "Amara", "Beatriz", "Callum",
         "Freya", "Hiroshi", "Ana", "Kwame", "Sofia", "Bram", "Zainab", "Emeka", "Lucía", "Pavel",
         "Rosa", "Tariq", "Greta", "Søren", "José", "Małgorzata", "Zoë", "Arjun", "Mei"]
LAST = ["Rossi", "Okafor", "Lindqvist", "Tanaka", "Sharma", "Nowak", "Dubois", "Fernández",
        "Haugen", "Adeyemi", "Whitaker", "Castro", "Byrne", "Volkov", "Haddad", "Zhang", "Benali",
        "Eriksen", "Moreau", "Álvarez", "Qureshi", "Yılmaz", "Kowalski", "Sato", "Mensah", "Costa",
        "MacLeod", "Jensen", "Kimura", "Silva", "Asante", "Romano", "de Vries", "Farouk", "Nwosu",
        "García", "Novak", "Delgado", "Rahman", "Hofmann", "O'Neill", "Brennan", "Petrova"]
COMPANIES = [("Quillfeather Labs", "quillfeather.example"), ("Orrin Dental", "orrin-dental.test"),
             ("Bluefen Insurance", "bluefen.example"), ("Tessellate Health", "tessellate-health.test"),
             ("Marrow Street Bakery", "marrowstreet.example"), ("Copperline Telecom", "copperline.example"),
             ("Vantablue Games", "vantablue.test"), ("Ostrander Freight", "ostrander-freight.example"),
             ("Halvard & Stone", "halvardstone.test"), ("Kelpie Analytics", "kelpie-analytics.example"),
             ("Brightwater Logistics", "brightwater.test"), ("Fennick Legal", "fennick-legal.example"),
             ("Lumen & Lark", "lumenlark.test"), ("Greyhollow Estates", "greyhollow.example"),
             ("Pinecrest Credit Union", "pinecrest-cu.test"), ("Saltmarsh Outdoor", "saltmarsh.example")]
PERSONAL_DOMAINS = ["mailbox.test", "postbox.example", "example.net", "letterbox.test",
                    "fastpost.example", "inbox.example.org"]
CITIES = ["Leeds", "Porto", "Utrecht", "Kraków", "Osaka", "Austin", "Lyon", "Cork", "Gothenburg",
          "Pune", "Valparaíso", "Dunedin", "Bergen", "Halifax", "Accra", "Graz"]


def fold(s):
    for a, b in (("ø", "o"), ("Ø", "O"), ("ł", "l"), ("Ł", "L"), ("ß", "ss"), ("ı", "i")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalnum())


class Person:
    def __init__(self):
        self.first = R.choice(FIRST)
        self.last = R.choice(LAST)
        self.company, self.cdomain = R.choice(COMPANIES)
        self.city = R.choice(CITIES)
        f, l = fold(self.first).lower(), fold(self.last).lower()
        dom = self.cdomain if R.random() < 0.55 else R.choice(PERSONAL_DOMAINS)
        tag = R.choice(["orders", "news", "work", "bank"])
        num = dg(2)
        self.local = R.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{num}", f"{f}_{l}", f"{l}.{f}",
                               f"{f}", f"{f}.{l}+{tag}", f"{f[0]}{l}"])
        self.domain = dom
        self.fl = f

    @property
    def email(self):
        return self.local + "@" + self.domain


class Ctx:
    def __init__(self):
        self.people = {}
        self.last_date = None

    def p(self, arg=None):
        i = int(arg) if arg else 1
        if i not in self.people:
            self.people[i] = Person()
        return self.people[i]


# ---------------------------------------------------------------- phones
def ph_us():
    a = R.choice(["212", "415", "312", "617", "206", "303", "512", "702", "919", "646", "773",
                  "408", "503", "614", "860", "971", "224", "385", "470", "737"])
    e = str(R.choice([x for x in range(201, 999) if x % 100 != 11]))
    n = dg(4)
    return R.choice([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"+1 {a} {e} {n}",
                     f"+1-{a}-{e}-{n}", f"1 ({a}) {e}-{n}"])


def ph_us_tollfree():
    p = R.choice(["800", "888", "877", "866"])
    e, n = str(R.randint(200, 989)), dg(4)
    return R.choice([f"1-{p}-{e}-{n}", f"({p}) {e}-{n}", f"+1 {p} {e} {n}"])


def ph_ca():
    a = R.choice(["604", "416", "514", "403", "613", "902"])
    e, n = str(R.randint(212, 989)), dg(4)
    return R.choice([f"+1 ({a}) {e}-{n}", f"({a}) {e}-{n}", f"{a}-{e}-{n}"])


def ph_uk():
    return R.choice([f"07700 900{dg(3)}", f"+44 7700 900{dg(3)}", f"07{R.choice('4589')}{dg(2)} {dg(6)}",
                     f"+44 20 7946 0{dg(3)}", f"020 7946 0{dg(3)}", f"+44 (0)20 {R.choice('78')}{dg(3)} {dg(4)}",
                     f"0161 496 0{dg(3)}", f"0113 {R.randint(200, 999)} {dg(4)}", f"+44 131 {R.randint(200, 999)} {dg(4)}"])


def ph_de():
    return R.choice([f"+49 30 {dnz(8)}", f"+49 (0)89 {dnz(7)}", f"0151 {dnz(8)}", f"+49 171 {dnz(7)}",
                     f"030/{dnz(8)}", f"040 {dnz(3)} {dg(2)} {dg(3)}", f"+49 221 {dnz(6)}"])


def ph_fr():
    pairs = " ".join(dg(2) for _ in range(4))
    m = R.choice("67")
    return R.choice([f"+33 {m} {pairs}", f"0{m} {pairs}", f"01 {pairs}", f"+33 (0)1 {pairs}",
                     f"0{m}.{pairs.replace(' ', '.')}"])


def ph_in():
    return R.choice([f"+91 9{dg(4)} {dg(5)}", f"+91-98{dg(3)}-{dg(5)}", f"+91 22 2{dg(3)} {dg(4)}",
                     f"09{dg(4)} {dg(5)}", f"+91 80 4{dg(3)} {dg(4)}"])


def ph_au():
    return R.choice([f"+61 4{dg(2)} {dg(3)} {dg(3)}", f"04{dg(2)} {dg(3)} {dg(3)}", f"0491 570 {dg(3)}",
                     f"+61 2 {R.choice('89')}{dg(3)} {dg(4)}"])


def ph_au_land():
    return R.choice([f"(02) 9{dg(3)} {dg(4)}", f"(03) 9{dg(3)} {dg(4)}", f"(08) 8{dg(3)} {dg(4)}"])


def ph_br():
    ddd = R.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
    return R.choice([f"+55 {ddd} 9{dg(4)}-{dg(4)}", f"({ddd}) 9{dg(4)}-{dg(4)}", f"+55 ({ddd}) 3{dg(3)}-{dg(4)}"])


def ph_jp():
    return R.choice([f"03-{dg(4)}-{dg(4)}", f"+81 90-{dg(4)}-{dg(4)}", f"090-{dg(4)}-{dg(4)}",
                     f"+81 3 {dg(4)} {dg(4)}", f"06-{dg(4)}-{dg(4)}"])


def ph_es():
    return R.choice([f"+34 6{dg(2)} {dg(3)} {dg(3)}", f"91{dg(1)} {dg(3)} {dg(3)}", f"+34 93 {dg(3)} {dg(2)} {dg(2)}"])


def ph_it():
    return R.choice([f"+39 02 {dg(4)} {dg(4)}", f"+39 34{dg(1)} {dg(3)} {dg(4)}", f"06 {dg(4)} {dg(4)}",
                     f"347 {dg(3)} {dg(4)}"])


def ph_nl():
    return R.choice([f"+31 6 {dg(8)}", f"06-{dg(8)}", f"020-{dg(3)} {dg(4)}", f"+31 (0)20 {dg(3)} {dg(4)}",
                     f"+31 10 {dg(3)} {dg(4)}"])


def ph_mx():
    return R.choice([f"+52 55 {dg(4)} {dg(4)}", f"+52 (33) {dg(4)}-{dg(4)}", f"55 {dg(4)} {dg(4)}"])


def ph_za():
    return R.choice([f"+27 82 {dg(3)} {dg(4)}", f"021 {dg(3)} {dg(4)}", f"+27 (0)11 {dg(3)} {dg(4)}", f"083 {dg(3)} {dg(4)}"])


def ph_ie():
    return R.choice([f"+353 87 {dg(3)} {dg(4)}", f"01 {dg(3)} {dg(4)}", f"087 {dg(3)} {dg(4)}", f"+353 (0)21 {dg(3)} {dg(4)}"])


def ph_se():
    return R.choice([f"+46 70 {dg(3)} {dg(2)} {dg(2)}", f"08-{dg(3)} {dg(3)} {dg(2)}", f"070-{dg(3)} {dg(2)} {dg(2)}"])


def ph_pl():
    return R.choice([f"+48 5{dg(2)} {dg(3)} {dg(3)}", f"22 {dg(3)} {dg(2)} {dg(2)}", f"+48 6{dg(2)}-{dg(3)}-{dg(3)}"])


def ph_ch():
    return R.choice([f"+41 44 {dg(3)} {dg(2)} {dg(2)}", f"079 {dg(3)} {dg(2)} {dg(2)}", f"+41 (0)31 {dg(3)} {dg(2)} {dg(2)}"])


def ph_sg():
    return R.choice([f"+65 6{dg(3)} {dg(4)}", f"+65 9{dg(3)} {dg(4)}", f"8{dg(3)} {dg(4)}"])


def ph_ng():
    return R.choice([f"+234 803 {dg(3)} {dg(4)}", f"0803 {dg(3)} {dg(4)}", f"+234 (0)809 {dg(3)} {dg(4)}"])


def ph_kr():
    return R.choice([f"+82 10-{dg(4)}-{dg(4)}", f"02-{dg(3)}-{dg(4)}", f"010-{dg(4)}-{dg(4)}"])


def ph_pt():
    return R.choice([f"+351 9{R.choice('1236')}{dg(1)} {dg(3)} {dg(3)}", f"21 {dg(3)} {dg(4)}"])


PHONES = {"us": ph_us, "us_tollfree": ph_us_tollfree, "ca": ph_ca, "uk": ph_uk, "de": ph_de, "fr": ph_fr,
          "in": ph_in, "au": ph_au, "au_land": ph_au_land, "br": ph_br, "jp": ph_jp, "es": ph_es,
          "it": ph_it, "nl": ph_nl, "mx": ph_mx, "za": ph_za, "ie": ph_ie, "se": ph_se, "pl": ph_pl,
          "ch": ph_ch, "sg": ph_sg, "ng": ph_ng, "kr": ph_kr, "pt": ph_pt}
PHONE_COMMON = ["us", "uk", "de", "fr", "in", "au", "nl", "ie", "es", "ca"]


def phone(cc=None):
    cc = cc or R.choice(PHONE_COMMON)
    return not_luhn(PHONES[cc])


# ---------------------------------------------------------------- cards
def _pfx(brand):
    if brand == "visa" or brand == "visa13":
        return "4"
    if brand == "mc":
        return R.choice(["51", "52", "53", "54", "55", str(R.randint(2221, 2720))])
    if brand == "amex":
        return R.choice(["34", "37"])
    if brand == "disc":
        return R.choice(["6011", "65", str(R.randint(644, 649))])
    if brand == "jcb":
        return str(R.randint(3528, 3589))
    if brand == "diners":
        return R.choice(["36", "38", "300", "305"])
    if brand == "maestro":
        return R.choice(["6759", "5018", "5020", "6304"])
    if brand == "unionpay":
        return "62" + str(R.randint(2126, 2925))
    raise KeyError(brand)


CARD_LEN = {"visa": 16, "visa13": 13, "mc": 16, "amex": 15, "disc": 16, "jcb": 16, "diners": 14,
            "maestro": 19, "unionpay": 16}


def card_digits(brand):
    p = _pfx(brand)
    n = CARD_LEN[brand]
    return luhn_complete(p + dg(n - 1 - len(p)))


def card_bad_digits(brand):
    good = card_digits(brand)
    last = (int(good[-1]) + R.randint(1, 9)) % 10
    bad = good[:-1] + str(last)
    assert not luhn_ok(bad)
    return bad


def card_groups(d):
    n = len(d)
    sizes = {13: [4, 3, 3, 3], 14: [4, 6, 4], 15: [4, 6, 5], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}[n]
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    return out


def group_card(d, sep):
    sepc = {"sp": " ", "dash": "-", "none": ""}.get(sep, sep)
    return sepc.join(card_groups(d))


FW = {c: chr(0xFF10 + int(c)) for c in DIG}


def fullwidth_digits(s):
    return "".join(FW.get(c, c) for c in s)


def insert_zw(s, n=2, ch="\u200b"):
    pos = sorted(R.sample(range(1, len(s)), n))
    out, last = [], 0
    for p in pos:
        out.append(s[last:p])
        out.append(ch)
        last = p
    out.append(s[last:])
    return "".join(out)


def digit_words(s, zero="zero", sep=" "):
    w = []
    for c in s:
        if c.isdigit():
            w.append(zero if c == "0" else WORDS[int(c)])
        elif c == "+":
            w.append("plus")
    return sep.join(w)


def card_obf(brand, method):
    d = card_digits(brand)
    g = card_groups(d)
    if method == "dots":
        return ".".join(g)
    if method == "slash":
        return "/".join(g)
    if method == "underscore":
        return "_".join(g)
    if method == "pipe":
        return " | ".join(g)
    if method == "words":
        return ", ".join(digit_words(x) for x in g)
    if method == "wordsmix":
        return " ".join(x if i % 2 == 0 else digit_words(x, "oh", "-") for i, x in enumerate(g))
    if method == "zw":
        return " ".join(insert_zw(x, 1) for x in g)
    if method == "zwall":
        return "\u200b".join(d)
    if method == "fw":
        return " ".join(fullwidth_digits(x) for x in g)
    if method == "split":
        h = len(g) // 2
        return " ".join(g[:h]) + "\n" + " ".join(g[h:])
    if method == "spaced":
        return " ".join(d)
    if method == "pairs":
        return "-".join(d[i:i + 2] for i in range(0, len(d), 2))
    if method == "mixed":
        seps = [R.choice([" ", "-", ".", "/"]) for _ in g[1:]]
        return g[0] + "".join(s + x for s, x in zip(seps, g[1:]))
    if method == "nbsp":
        return "\u00a0".join(g)
    if method == "thin":
        return "\u2009".join(g)
    if method == "lines":
        return "\n".join(g)
    raise KeyError(method)


# ---------------------------------------------------------------- IBAN
IBAN_SPEC = {"DE": "n18", "GB": "a4n14", "FR": "n10c11n2", "ES": "n20", "NL": "a4n10", "IT": "a1n10c12",
             "BE": "n12", "CH": "n5c12", "AT": "n16", "PL": "n24", "SE": "n20", "IE": "a4n14", "NO": "n11",
             "DK": "n14", "FI": "n14", "PT": "n21", "LU": "n3c13", "CZ": "n20", "RO": "a4c16",
             "GR": "n7c16", "SA": "n2c18", "AE": "n19", "TR": "n6c16"}
BANK4 = ["QUIL", "FENN", "KELP", "BRWT", "HALV", "OSTR", "PINE", "GREY"]


def bban(cc):
    out = []
    for t, n in re.findall(r"([anc])(\d+)", IBAN_SPEC[cc]):
        n = int(n)
        if t == "n":
            out.append(dg(n))
        elif t == "a":
            out.append(R.choice(BANK4) if n == 4 else rs(UP, n))
        else:
            out.append("".join(R.choice(UP) if R.random() < 0.2 else R.choice(DIG) for _ in range(n)))
    return "".join(out)


def iban_raw(cc):
    b = bban(cc)
    chk = 98 - mod97(b + cc + "00")
    s = f"{cc}{chk:02d}{b}"
    assert iban_ok(s)
    return s


def iban_bad_raw(cc):
    s = iban_raw(cc)
    while True:
        chk = f"{R.randint(2, 98):02d}"
        if chk != s[2:4]:
            bad = s[:2] + chk + s[4:]
            if not iban_ok(bad):
                return bad


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def iban_fmt(s, style):
    if style == "sp":
        return group4(s)
    if style == "none":
        return s
    if style == "lower":
        return group4(s).lower()
    if style == "dash":
        return group4(s, "-")
    if style == "irregular":
        cut = [2, 4, 9, 13, 18]
        parts, last = [], 0
        for c in cut:
            parts.append(s[last:c])
            last = c
        parts.append(s[last:])
        return " ".join(p for p in parts if p)
    if style == "nbsp":
        return group4(s, "\u00a0")
    if style == "dots":
        return group4(s, ".")
    raise KeyError(style)


def bic():
    return R.choice(BANK4) + R.choice(["DE", "GB", "FR", "NL", "ES", "IT", "BE"]) + rs(UP, 2) + R.choice(["", "XXX", rs(UPALNUM, 3)])


# ---------------------------------------------------------------- SSN / NINO
def ssn_parts():
    while True:
        a, g, s = R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999)
        if ssn_ok(a, g, s) and (a, g, s) != (78, 5, 1120):
            return f"{a:03d}", f"{g:02d}", f"{s:04d}"


def ssn_bad_parts(how=None):
    how = how or R.choice(["area000", "666", "9xx", "group00", "serial0000"])
    a, g, s = ssn_parts()
    if how == "area000":
        a = "000"
    elif how == "666":
        a = "666"
    elif how == "9xx":
        a = str(R.randint(900, 999))
    elif how == "group00":
        g = "00"
    elif how == "serial0000":
        s = "0000"
    return a, g, s


def ssn_fmt(p, style):
    a, g, s = p
    if style == "dash":
        return f"{a}-{g}-{s}"
    if style == "space":
        return f"{a} {g} {s}"
    if style == "bare":
        return a + g + s
    if style == "words":
        return ", ".join(digit_words(x) for x in p)
    if style == "wordsoh":
        return " - ".join(digit_words(x, "oh") for x in p)
    if style == "slash":
        return f"{a}/{g}/{s}"
    if style == "dots":
        return f"{a}.{g}.{s}"
    if style == "underscore":
        return f"{a}_{g}_{s}"
    if style == "emdash":
        return f"{a} \u2014 {g} \u2014 {s}"
    if style == "spaced":
        return " ".join(a + g + s)
    if style == "fw":
        return "-".join(fullwidth_digits(x) for x in p)
    if style == "zw":
        return f"{a}-\u200b{g}-\u200b{s}"
    raise KeyError(style)


def nino_prefix():
    while True:
        a, b = R.choice(UP), R.choice(UP)
        if a not in NINO_BAD_FIRST and b not in NINO_BAD_SECOND and a + b not in NINO_BAD_PREFIX:
            return a + b


def nino_fmt(p, d, s, style):
    if style == "sp":
        return f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}"
    if style == "compact":
        return f"{p}{d}{s}"
    if style == "mid":
        return f"{p} {d} {s}"
    if style == "lower":
        return f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}".lower()
    if style == "dash":
        return f"{p}-{d[:2]}-{d[2:4]}-{d[4:]}-{s}"
    if style == "fw":
        return "".join(chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}")
    raise KeyError(style)


def nino(style):
    v = nino_fmt(nino_prefix(), dg(6), R.choice("ABCD"), style)
    assert nino_ok(unicodedata.normalize("NFKC", v))
    return v


def nino_bad(how):
    d = dg(6)
    if how == "suffix":
        v = nino_fmt(nino_prefix(), d, R.choice("EFGHJKMPXZ"), "sp")
    elif how == "prefix":
        v = nino_fmt(R.choice(NINO_BAD_PREFIX), d, R.choice("ABCD"), "sp")
    elif how == "first":
        v = nino_fmt(R.choice(NINO_BAD_FIRST) + R.choice("ABCEHJKLMNPRSTWXYZ"), d, R.choice("ABCD"), "compact")
    else:
        raise KeyError(how)
    assert not nino_ok(v)
    return v


# ---------------------------------------------------------------- IP
def ip4(kind=None):
    kind = kind or R.choice(["pub", "pub", "priv", "doc"])
    if kind == "priv":
        return R.choice([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}",
                         f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 254)}",
                         f"192.168.{R.randint(0, 255)}.{R.randint(2, 254)}"])
    if kind == "doc":
        return R.choice(["192.0.2", "198.51.100", "203.0.113"]) + f".{R.randint(2, 254)}"
    while True:
        a = R.randint(11, 223)
        if a not in (127, 10, 172, 192, 100, 169):
            return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}"


def ip6(kind=None):
    h = lambda: format(R.randint(1, 0xFFFF), "x")
    kind = kind or R.choice(["doc", "glob", "full"])
    if kind == "ll":
        return f"fe80::{h()}:{h()}:{h()}:{h()}"
    if kind == "doc":
        return f"2001:db8:{h()}:{h()}::{h()}"
    if kind == "full":
        return "2001:0db8:" + ":".join(format(R.randint(0, 0xFFFF), "04x") for _ in range(6))
    if kind == "upper":
        return f"2001:DB8:{h()}:{h()}::{h()}".upper()
    return f"2a0{R.randint(1, 9)}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}"


def defang(ip, method):
    if method == "brackets":
        return ip.replace(".", "[.]")
    if method == "parens":
        return ip.replace(".", "(.)")
    if method == "dotword":
        return ip.replace(".", "[dot]")
    if method == "last":
        i = ip.rfind(".")
        return ip[:i] + "[.]" + ip[i + 1:]
    if method == "spaced":
        return ip.replace(".", " dot ")
    if method == "colon":
        return ip.replace(":", "[:]")
    if method == "fwdot":
        return ip.replace(".", "\uff0e")
    if method == "words":
        return " point ".join(digit_words(x) for x in ip.split("."))
    if method == "zw":
        return insert_zw(ip, 1)
    raise KeyError(method)


# ---------------------------------------------------------------- dates
def birth_date():
    return R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28)


def recent_date():
    return R.randint(2019, 2025), R.randint(1, 12), R.randint(1, 28)


def old_date():
    return R.randint(1951, 1999), R.randint(1, 12), R.randint(1, 28)


def ordinal(n):
    return str(n) + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def date_fmt(ymd, fmt=None):
    y, m, d = ymd
    fmt = fmt or R.choice(["mdy", "dmy", "iso", "dot", "long_us", "long_uk", "short"])
    return {
        "mdy": f"{m:02d}/{d:02d}/{y}", "dmy": f"{d:02d}/{m:02d}/{y}", "iso": f"{y}-{m:02d}-{d:02d}",
        "dot": f"{d:02d}.{m:02d}.{y}", "long_us": f"{MONTHS[m - 1]} {d}, {y}",
        "long_uk": f"{d} {MONTHS[m - 1]} {y}", "short": f"{d} {MONTHS[m - 1][:3]} {y}",
        "es": f"{d} de {MONTHS_ES[m - 1]} de {y}", "fr": f"{d} {MONTHS_FR[m - 1]} {y}",
        "de": f"{d}. {MONTHS_DE[m - 1]} {y}", "ordinal": f"the {ordinal(d)} of {MONTHS[m - 1]}, {y}",
        "mdy_short": f"{m}/{d}/{str(y)[2:]}", "compact": f"{y}{m:02d}{d:02d}",
    }[fmt]


# ---------------------------------------------------------------- secrets
PW_WORDS = ["lantern", "quarry", "harbour", "velvet", "otter", "copper", "meadow", "falcon", "juniper",
            "tundra", "cobalt", "saffron", "thistle", "marble", "pylon", "orchid", "bramble", "glacier",
            "kestrel", "ember", "walrus", "pepper", "nimbus", "gravel"]
LEET = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"})


def password():
    w1, w2, w3 = R.sample(PW_WORDS, 3)
    k = R.randrange(6)
    if k == 0:
        return w1.capitalize() + R.choice("!#$%&*?") + w2.capitalize() + dg(2)
    if k == 1:
        return rs(UP, 1) + rs(ALNUM + "!#%&*?-_", R.randint(11, 16)) + dg(1)
    if k == 2:
        return w1.translate(LEET).capitalize() + R.choice("-_.") + w2.translate(LEET) + R.choice("#!") + str(R.randint(1, 99))
    if k == 3:
        return f"{w1}-{w2}-{w3}-{dg(2)}"
    if k == 4:
        return w1.capitalize() + dg(4) + R.choice("!?$")
    return rs(LOW, 3) + dg(2) + R.choice("#%&") + rs(UP, 2) + rs(LOW, 3) + dg(2)


def urlpw():
    return rs(ALNUM, R.randint(10, 16)) + R.choice(["", "-", "_", "."]) + rs(ALNUM, R.randint(3, 6))


def b64url_json(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def jwt():
    alg = R.choice(["HS256", "RS256", "ES256"])
    head = b64url_json('{"alg":"%s","typ":"JWT"}' % alg)
    iat = 1700000000 + R.randint(0, 60000000)
    sub = R.choice([dnz(8), "usr_" + rs(ALNUM, 12), "auth0|" + rs(HEX, 24)])
    body = b64url_json('{"sub":"%s","iat":%d,"exp":%d,"scope":"%s"}' % (sub, iat, iat + 3600, R.choice(["read write", "admin", "orders:read"])))
    sig = rs(B64URL, 43 if alg == "HS256" else (86 if alg == "ES256" else 342))
    return f"{head}.{body}.{sig}"


def pem(label, first, lines, width=64, pad=True):
    body = first + rs(B64, width - len(first))
    rows = [body] + [rs(B64, width) for _ in range(lines - 1)]
    tail = rs(B64, R.randint(20, 50)) + ("==" if pad else "")
    rows.append(tail)
    return f"-----BEGIN {label}-----\n" + "\n".join(rows) + f"\n-----END {label}-----"


def uuid4():
    h = rs(HEX, 32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


DBHOSTS = ["db-prod-1.quillfeather.example", "orders-db.kelpie-analytics.example", "pg-main.ostrander.internal",
           "reporting.brightwater.test", "crm-db.fennick-legal.example", "analytics.vantablue.test"]


def secret(kind):
    if kind == "aws_id":
        while True:
            v = R.choice(["AKIA", "AKIA", "ASIA"]) + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
            if "EXAMPLE" not in v:
                return v
    if kind == "aws_secret":
        return rs(B64, 40)
    if kind == "ghp":
        return "ghp_" + rs(ALNUM, 36)
    if kind == "gho":
        return "gho_" + rs(ALNUM, 36)
    if kind == "github_pat":
        return "github_pat_11" + rs(UPALNUM, 20) + "_" + rs(ALNUM, 59)
    if kind == "glpat":
        return "glpat-" + rs(ALNUM + "-_", 20)
    if kind == "xoxb":
        return f"xoxb-{dnz(12)}-{dnz(13)}-{rs(ALNUM, 24)}"
    if kind == "xoxp":
        return f"xoxp-{dnz(12)}-{dnz(12)}-{dnz(13)}-{rs(HEX, 32)}"
    if kind == "slack_webhook":
        return f"https://hooks.slack.com/services/T{rs(UPALNUM, 10)}/B{rs(UPALNUM, 10)}/{rs(ALNUM, 24)}"
    if kind == "discord_webhook":
        return f"https://discord.com/api/webhooks/{dnz(19)}/{rs(B64URL, 68)}"
    if kind == "teams_webhook":
        return (f"https://quillfeather.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}"
                f"/IncomingWebhook/{rs(HEX, 32)}/{uuid4()}")
    if kind == "stripe_sk":
        return "sk_live_51" + rs(ALNUM, R.choice([24, 60, 88]))
    if kind == "stripe_rk":
        return "rk_live_51" + rs(ALNUM, 60)
    if kind == "whsec":
        return "whsec_" + rs(ALNUM, 32)
    if kind == "openai":
        return "sk-proj-" + rs(B64URL, 40) + "T3BlbkFJ" + rs(B64URL, 40)
    if kind == "openai_old":
        return "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20)
    if kind == "anthropic":
        return "sk-ant-api03-" + rs(B64URL, 93) + "AA"
    if kind == "google":
        return "AIzaSy" + rs(B64URL, 33)
    if kind == "sendgrid":
        return "SG." + rs(B64URL, 22) + "." + rs(B64URL, 43)
    if kind == "hex32":
        return rs(HEX, 32)
    if kind == "npm":
        return "npm_" + rs(ALNUM, 36)
    if kind == "pypi":
        return "pypi-AgEIcHlwaS5vcmc" + rs(B64URL, 80)
    if kind == "hf":
        return "hf_" + rs(string.ascii_letters, 34)
    if kind == "mailgun":
        return "key-" + rs(HEX, 32)
    if kind == "shopify":
        return "shpat_" + rs(HEX, 32)
    if kind == "do":
        return "dop_v1_" + rs(HEX, 64)
    if kind == "telegram":
        return f"{dnz(10)}:AA{rs(B64URL, 33)}"
    if kind == "jwt":
        return jwt()
    if kind == "rsa_key":
        return pem("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", R.randint(6, 9))
    if kind == "openssh_key":
        return pem("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
                   R.randint(4, 6), width=70, pad=False)
    if kind == "ec_key":
        return pem("EC PRIVATE KEY", "MHcCAQEEI", 2)
    if kind == "pkcs8_key":
        return pem("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", R.randint(6, 8))
    if kind == "pgp_key":
        body = "\n".join(["lQVYBGV" + rs(B64, 57)] + [rs(B64, 64) for _ in range(R.randint(4, 6))])
        return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + body + "\n=" + rs(B64, 4) +
                "\n-----END PGP PRIVATE KEY BLOCK-----")
    if kind == "pg_url":
        return (f"postgresql://{R.choice(['app', 'etl', 'orders_svc', 'readonly', 'billing'])}:{urlpw()}"
                f"@{R.choice(DBHOSTS)}:5432/{R.choice(['app', 'orders', 'warehouse', 'billing'])}")
    if kind == "mysql_url":
        return (f"mysql+pymysql://{R.choice(['shop', 'wp_user', 'report'])}:{urlpw()}"
                f"@{R.choice(DBHOSTS)}:3306/{R.choice(['shop', 'wordpress', 'sales'])}")
    if kind == "mongo_url":
        return (f"mongodb+srv://{R.choice(['svc_reporting', 'api', 'admin_ro'])}:{urlpw()}"
                f"@cluster0.{rs(LOW + DIG, 5)}.mongo.example/{R.choice(['analytics', 'events', 'catalog'])}?retryWrites=true&w=majority")
    if kind == "redis_url":
        return R.choice([f"redis://default:{urlpw()}@cache-01.vantablue.test:6379/0",
                         f"rediss://:{urlpw()}@sessions.kelpie-analytics.example:6380"])
    if kind == "amqp_url":
        return f"amqps://orders:{urlpw()}@mq.brightwater.test:5671/prod"
    if kind == "mssql":
        return (f"Server=tcp:sql-crm.fennick-legal.example,1433;Initial Catalog=crm;User ID=crm_app;"
                f"Password={urlpw()};Encrypt=True;TrustServerCertificate=False;")
    if kind == "azure_conn":
        return (f"DefaultEndpointsProtocol=https;AccountName=stquill{dg(2)}prod;AccountKey={rs(B64, 86)}==;"
                f"EndpointSuffix=core.windows.net")
    if kind == "ftp_url":
        return f"ftp://scanner:{urlpw()}@files.halvardstone.test/inbox"
    if kind == "https_basic":
        return f"https://elastic:{urlpw()}@es-logs.kelpie-analytics.example:9200"
    if kind == "git_url":
        return f"https://oauth2:{secret('glpat')}@gitlab.quillfeather.example/platform/infra.git"
    if kind == "basic_auth":
        user = R.choice(["ci-bot", "svc_export", "admin", "deploy"])
        return base64.b64encode(f"{user}:{password()}".encode()).decode()
    if kind == "b64pw":
        return base64.b64encode(password().encode()).decode()
    if kind == "url_pwenc":
        pw = rs(ALNUM, R.randint(6, 10)) + R.choice("@!#$%") + rs(ALNUM, 3) + R.choice(":/?&") + dg(2)
        return f"https://ci-bot:{urllib.parse.quote(pw, safe='')}@git.quillfeather.example/platform/api.git"
    if kind == "bitlocker":
        return "-".join(f"{11 * R.randint(0, 65535):06d}" for _ in range(8))
    raise KeyError(kind)


def secret_obf(kind, method):
    v = secret(kind)
    if method == "spaces":
        n = R.choice([4, 6, 8])
        return " ".join(v[i:i + n] for i in range(0, len(v), n))
    if method == "newline":
        h = len(v) // 2
        return v[:h] + "\n" + v[h:]
    if method == "lower":
        return v.lower()
    if method == "zw":
        return insert_zw(v, 1)
    if method == "zwj":
        return insert_zw(v, 2, "\u200d")
    if method == "concat_py":
        h = R.randint(8, len(v) - 8)
        return f'"{v[:h]}" + "{v[h:]}"'
    if method == "concat_js":
        a, b = R.randint(6, len(v) // 2), R.randint(len(v) // 2 + 2, len(v) - 4)
        return f"'{v[:a]}' + '{v[a:b]}' + '{v[b:]}'"
    if method == "dashes":
        return "-".join(v[i:i + 4] for i in range(0, len(v), 4))
    if method == "oneline":
        return v.replace("\n", " ")
    if method == "jwtlines":
        return v.replace(".", ".\n")
    if method == "spacedash":
        return v.replace("-", " - ")
    raise KeyError(method)


# ---------------------------------------------------------------- e-mail obfuscation
def email_obf(local, domain, method):
    addr = local + "@" + domain
    if method == "bracket":
        return local + " [at] " + domain.replace(".", " [dot] ")
    if method == "paren":
        return local + "(at)" + domain.replace(".", "(dot)")
    if method == "words":
        return local.replace(".", " dot ") + " at " + domain.replace(".", " dot ")
    if method == "caps":
        return local + " AT " + domain.replace(".", " DOT ")
    if method == "spaces":
        return local + " @ " + domain.replace(".", " . ")
    if method == "html_at":
        return local + "&#64;" + domain
    if method == "html_all":
        return "".join(f"&#{ord(c)};" for c in addr)
    if method == "html_hex":
        return local + "&#x40;" + domain.replace(".", "&#46;")
    if method == "html_named":
        return local + "&commat;" + domain
    if method == "fw":
        return local + "\uff20" + domain
    if method == "fw_dot":
        return local + "\uff20" + domain.replace(".", "\uff0e")
    if method == "zw":
        return insert_zw(addr, 2)
    if method == "zwj":
        i = len(local) + 1 + R.randint(1, len(domain) - 2)
        return addr[:i] + "\u200d" + addr[i:]
    if method == "soft":
        i = R.randint(1, len(local) - 1)
        return addr[:i] + "\u00ad" + addr[i:]
    if method == "b64":
        return base64.b64encode(addr.encode()).decode()
    if method == "urlenc":
        return local.replace("+", "%2B") + "%40" + domain
    if method == "urlenc_full":
        return local.replace(".", "%2E").replace("+", "%2B") + "%40" + domain.replace(".", "%2E")
    if method == "dash_at":
        return local + " -at- " + domain.replace(".", " -dot- ")
    if method == "angle":
        return local + "<at>" + domain.replace(".", "<dot>")
    if method == "bracket_at":
        return local + "[@]" + domain
    if method == "split":
        return local + "@\n" + domain
    if method == "upper":
        return addr.upper()
    if method == "qp":
        return local + "=40" + domain
    if method == "atsign":
        return local + " (at sign) " + domain
    if method == "mixed":
        return local + " [at] " + domain
    if method == "period":
        return local.replace(".", " period ") + " at " + domain.replace(".", " period ")
    raise KeyError(method)


def phone_obf(cc, method):
    p = phone(cc)
    if method == "words":
        out = []
        for tok in re.findall(r"\+|\d+|[^\d+]+", p):
            if tok == "+":
                out.append("plus")
            elif tok.isdigit():
                out.append(digit_words(tok, R.choice(["zero", "oh"])))
            elif tok.strip() in ("-", ".", "/", "") or tok.strip() in ("(", ")", ") "):
                out.append(",")
            else:
                out.append(",")
        s = " ".join(out).replace(" , ", ", ").replace(", ,", ",").strip(", ")
        return re.sub(r"(, )+", ", ", s)
    d = re.sub(r"[^\d+]", "", p)
    if method == "slash":
        return re.sub(r"[ .\-()]+", "/", p).strip("/")
    if method == "spaced":
        return " ".join(d)
    if method == "tilde":
        return re.sub(r"[ .\-()]+", " ~ ", p).strip(" ~")
    if method == "fw":
        return fullwidth_digits(p)
    if method == "nbhyphen":
        return re.sub(r"[ .\-()]+", "\u2011", p).strip("\u2011")
    if method == "zw":
        return insert_zw(p, 2)
    if method == "intl00":
        while not p.startswith("+"):
            p = phone(cc)
        return "00 " + p[1:]
    if method == "dots_all":
        return ".".join(d.lstrip("+")) if not d.startswith("+") else "+" + ".".join(d[1:])
    raise KeyError(method)


# ---------------------------------------------------------------- decoy makers
def isbn13():
    def mk():
        body = "978" + R.choice("0123") + dg(8)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        chk = (10 - s % 10) % 10
        return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:]}-{chk}"
    return not_luhn(mk)


def nhs():
    while True:
        d = dg(9)
        s = sum(int(c) * (10 - i) for i, c in enumerate(d))
        chk = 11 - s % 11
        if chk == 11:
            chk = 0
        if chk != 10:
            d += str(chk)
            return f"{d[:3]} {d[3:6]} {d[6:]}"


def routing():
    while True:
        d = f"{R.choice(['0', '1', '2', '3'])}{R.randint(1, 9)}" + dg(6)
        if not (1 <= int(d[:2]) <= 12 or 21 <= int(d[:2]) <= 32):
            continue
        for c in DIG:
            x = d + c
            w = sum(int(x[i]) * (3, 7, 1)[i % 3] for i in range(9))
            if w % 10 == 0:
                return x


def rf_ref():
    ref = dg(R.randint(8, 14))
    chk = 98 - mod97(ref + "RF00")
    return group4(f"RF{chk:02d}{ref}")


def digits_run():
    card = card_digits(R.choice(["visa", "mc", "disc"]))
    while True:
        run = dnz(R.randint(2, 5)) + card + dg(R.randint(2, 4))
        if len(run) >= 20 and not luhn_ok(run):
            return run


def version4(small=None):
    small = R.random() < 0.5 if small is None else small
    if small:
        return f"{R.randint(1, 12)}.{R.randint(0, 9)}.{R.randint(0, 40)}.{R.randint(0, 250)}"
    return f"{R.randint(1, 24)}.{R.randint(0, 9)}.{R.randint(0, 99)}.{R.randint(1000, 29999)}"


def oid():
    return R.choice([f"1.3.6.1.4.1.{R.randint(1000, 60000)}.{R.randint(1, 9)}.{R.randint(1, 30)}",
                     f"2.5.4.{R.randint(3, 12)}", "1.2.840.113549.1.1.11", f"1.3.6.1.2.1.2.2.1.{R.randint(1, 22)}",
                     f"2.16.840.1.{R.randint(100000, 119999)}.{R.randint(1, 9)}"])


def order_no():
    return not_luhn(lambda: R.choice([f"ORD-{R.randint(2022, 2025)}-{dg(6)}", f"#{dnz(7)}", f"SO{dnz(8)}",
                                      f"{dnz(3)}-{dg(7)}-{dg(7)}", f"W{dnz(9)}"]))


def invoice_no():
    return R.choice([f"INV-{R.randint(2022, 2025)}-{dg(5)}", f"F{R.randint(2022, 2025)}/{dg(4)}",
                     f"{R.randint(2023, 2025)}-{dg(4)}-{dg(3)}", f"INV{dnz(6)}"])


def tracking():
    return not_luhn(lambda: R.choice([
        "9400 " + " ".join(dg(4) for _ in range(4)) + " " + dg(2),
        "1Z" + rs(UPALNUM, 6) + dg(10), "JJD" + dg(18), dnz(12),
        f"LX{dg(9)}DE"]))


def ts():
    y, m, d = recent_date()
    return R.choice([f"{y}-{m:02d}-{d:02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z",
                     f"{y}-{m:02d}-{d:02d} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}",
                     f"{d:02d}/{MONTHS[m - 1][:3]}/{y}:{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} +0000"])


def mac():
    return ":".join(rs(HEX, 2) for _ in range(6))


def coords():
    return f"{R.uniform(-60, 70):.5f}, {R.uniform(-170, 170):.5f}"


def money():
    return R.choice([f"${R.randint(1, 99)},{dg(3)}.{dg(2)}", f"€{R.randint(100, 9999)}.{dg(2)}",
                     f"£{R.randint(1, 999)},{dg(3)}", f"{R.randint(1, 99)} {dg(3)} {dg(3)},{dg(2)} kr"])


# ---------------------------------------------------------------- slots
SLOTS = {}


def slot(name, decoy=False):
    def deco(fn):
        SLOTS[name] = (fn, decoy)
        return fn
    return deco


def _args(a, n):
    parts = (a or "").split(",")
    return parts + [""] * (n - len(parts))


slot("first")(lambda c, a: c.p(a).first)
slot("last")(lambda c, a: c.p(a).last)
slot("full")(lambda c, a: f"{c.p(a).first} {c.p(a).last}")
slot("first_lower")(lambda c, a: c.p(a).fl)
slot("company")(lambda c, a: c.p(a).company)
slot("domain")(lambda c, a: c.p(a).cdomain)
slot("city")(lambda c, a: c.p(a).city)
slot("email")(lambda c, a: lab("email", c.p(a).email))
slot("email_ex")(lambda c, a: lab("email", R.choice(["jdoe", "test.user", "alice", "bob.smith", "qa+signup", "demo", "it-helpdesk"])
                                  + "@" + R.choice(["example.com", "example.org", "example.net"])))
slot("email_role")(lambda c, a: lab("email", R.choice(["billing", "support", "hr", "privacy", "accounts", "hello", "noreply"])
                                    + "@" + c.p().cdomain))
slot("email_obf")(lambda c, a: lab("email", email_obf(c.p().local, c.p().domain, a)))
slot("phone")(lambda c, a: lab("phone", phone(a or None)))
slot("phone_obf")(lambda c, a: lab("phone", phone_obf(*_args(a, 2))))
slot("card")(lambda c, a: lab("card", group_card(card_digits(_args(a, 2)[0]), _args(a, 2)[1] or "sp")))
slot("card_obf")(lambda c, a: lab("card", card_obf(*_args(a, 2))))
slot("iban")(lambda c, a: lab("iban", iban_fmt(iban_raw(_args(a, 2)[0]), _args(a, 2)[1] or "sp")))
slot("ssn")(lambda c, a: lab("ssn", ssn_fmt(ssn_parts(), a or "dash")))
slot("nino")(lambda c, a: lab("nino", nino(a or "sp")))
slot("ip4")(lambda c, a: lab("ip", ip4(a or None)))
slot("ip6")(lambda c, a: lab("ip", ip6(a or None)))
slot("ip_defang")(lambda c, a: lab("ip", defang(ip6("doc") if _args(a, 2)[0] == "colon" else ip4(_args(a, 2)[1] or None), _args(a, 2)[0])))
slot("dob")(lambda c, a: lab("dob", fullwidth_digits(date_fmt(birth_date(), "iso")) if a == "fw"
                              else date_fmt(birth_date(), a or None)))
slot("secret")(lambda c, a: lab("secret", secret(a)))
slot("secret_obf")(lambda c, a: lab("secret", secret_obf(*_args(a, 2))))
slot("pw")(lambda c, a: lab("secret", password()))
slot("lab")(lambda c, a: lab(a.split("|", 1)[0], a.split("|", 1)[1]))
# decoys: every use counts as one look-alike
slot("d", True)(lambda c, a: a)
slot("card_bad", True)(lambda c, a: group_card(card_bad_digits(_args(a, 2)[0]), _args(a, 2)[1] or "sp"))
slot("digits_run", True)(lambda c, a: digits_run())
slot("ssn_bad", True)(lambda c, a: ssn_fmt(ssn_bad_parts(_args(a, 2)[0] or None), _args(a, 2)[1] or "dash"))
slot("iban_bad", True)(lambda c, a: iban_fmt(iban_bad_raw(_args(a, 2)[0]), _args(a, 2)[1] or "sp"))
slot("nino_bad", True)(lambda c, a: nino_bad(a))
slot("uuid", True)(lambda c, a: uuid4())
slot("sha1", True)(lambda c, a: rs(HEX, 40))
slot("sha256", True)(lambda c, a: rs(HEX, 64))
slot("md5", True)(lambda c, a: rs(HEX, 32))
slot("sha_short", True)(lambda c, a: rs(HEX, 7))
slot("sri", True)(lambda c, a: "sha512-" + rs(B64, 86) + "==")
slot("order", True)(lambda c, a: order_no())
slot("invoice", True)(lambda c, a: invoice_no())
slot("tracking", True)(lambda c, a: tracking())
slot("booking", True)(lambda c, a: rs("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6))
slot("ticket", True)(lambda c, a: R.choice([f"#{dnz(5)}", f"SUP-{dnz(5)}", f"INC{dg(7)}"]))
slot("isbn", True)(lambda c, a: isbn13())
slot("version", True)(lambda c, a: f"{R.randint(0, 9)}.{R.randint(0, 30)}.{R.randint(0, 20)}")
slot("version4", True)(lambda c, a: version4({"small": True, "big": False}.get(a)))
slot("oid", True)(lambda c, a: oid())
slot("ts", True)(lambda c, a: ts())
slot("ts_ms", True)(lambda c, a: not_luhn(lambda: "17" + dg(11)))
slot("epoch", True)(lambda c, a: "17" + dg(8))
slot("coords", True)(lambda c, a: coords())
slot("money", True)(lambda c, a: money())
slot("part", True)(lambda c, a: R.choice([f"PN-{dg(4)}-{dg(3)}-{R.choice(UP)}", f"{rs(UP, 3)}-{dg(5)}", f"P/N {dg(3)}-{dg(4)}-{dg(2)}"]))
slot("serial", True)(lambda c, a: R.choice([f"5CG{rs(UPALNUM, 7)}", f"C02{rs(UPALNUM, 8)}", f"SN{dg(4)}{rs(UP, 2)}{dg(4)}"]))
slot("mac", True)(lambda c, a: mac())
def _date(c, a):
    ymd = old_date() if (a or "").startswith("old") else recent_date()
    c.last_date = datetime.date(*ymd)
    return date_fmt(ymd, (a or "").replace("old", "").lstrip(":") or None)


def _date_after(c, a):
    """A date later than the previous date slot in the same sample (end dates, follow-ups, expiries)."""
    lo, hi = {"short": (2, 20), "long": (365, 3650)}.get((a or "").split(":")[0], (20, 400))
    d = c.last_date + datetime.timedelta(days=R.randint(lo, hi))
    c.last_date = d
    return date_fmt((d.year, d.month, d.day), (a or "").split(":")[-1] if ":" in (a or "") else None)


slot("date", True)(_date)
slot("date_after", True)(_date_after)
slot("dob_child")(lambda c, a: lab("dob", date_fmt((R.randint(2009, 2022), R.randint(1, 12), R.randint(1, 28)), a or None)))
slot("year_range", True)(lambda c, a: f"{R.randint(1960, 2000)}\u2013{R.randint(2001, 2024)}")
slot("zip4", True)(lambda c, a: f"{dnz(5)}-{dg(4)}")
slot("routing", True)(lambda c, a: routing())
slot("sortcode", True)(lambda c, a: f"{dg(2)}-{dg(2)}-{dg(2)}")
slot("acct8", True)(lambda c, a: dnz(8))
slot("nhs", True)(lambda c, a: nhs())
slot("bic", True)(lambda c, a: bic())
slot("rf", True)(lambda c, a: rf_ref())
slot("postcode", True)(lambda c, a: R.choice(["KT12 4RN", "LS6 2QE", "BT7 1NN", "EH3 9DP", "M14 5TQ", "CF10 3AT"]))
slot("pk_pub", True)(lambda c, a: "pk_live_51" + rs(ALNUM, 60))
slot("twilio_sid", True)(lambda c, a: "AC" + rs(HEX, 32))
slot("aws_acct", True)(lambda c, a: dnz(12))
slot("ssh_pub", True)(lambda c, a: "AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(B64, 43))
slot("fp", True)(lambda c, a: rs(B64.replace("+", "").replace("/", ""), 43))
slot("hex32", True)(lambda c, a: rs(HEX, 32))
slot("objid", True)(lambda c, a: rs(HEX, 24))
slot("gpgid", True)(lambda c, a: rs("0123456789ABCDEF", 16))
slot("gclient", True)(lambda c, a: f"{dnz(12)}-{rs(LOW + DIG, 32)}.apps.googleusercontent.com")
slot("txn", True)(lambda c, a: not_luhn(lambda: dnz(18)))
slot("card_last4", True)(lambda c, a: dg(4))
slot("pubkey_pem", True)(lambda c, a: pem("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 4))
slot("cert_pem", True)(lambda c, a: pem("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIE", 5))

SLOT_RE = re.compile(r"«([a-z0-9_]+)(?::([^»]*))?»")


def fill(tpl):
    ctx = Ctx()
    n = [0]

    def repl(m):
        fn, is_decoy = SLOTS[m.group(1)]
        if is_decoy:
            n[0] += 1
        return fn(ctx, m.group(2))
    return SLOT_RE.sub(repl, tpl), n[0]


def esc(s):
    assert "\\" not in s, s
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif o > 126 and (0xFF00 <= o <= 0xFFEF or unicodedata.category(ch) in ("Cf", "Cc", "Zs", "Zl", "Zp", "Nd", "Mn", "Co", "Cn")
                          or ch in "\u2011\u00ad"):
            out.append("\\u%04x" % o)
        elif o < 32:
            out.append("\\u%04x" % o)
        else:
            out.append(ch)
    return "".join(out)


def unesc(s):
    return re.sub(r"\\(n|t|u[0-9a-fA-F]{4})",
                  lambda m: {"n": "\n", "t": "\t"}.get(m.group(1)) or chr(int(m.group(1)[1:], 16)), s)


FAMILIES = []


def family(name, category, desc, templates):
    assert category in CATEGORIES
    FAMILIES.append((name, category, desc, templates))



# ================================================================ families: ordinary positives
family("support-chat", "ordinary", "support desk and live-chat messages with contact details", [
    "Hi, I can't log in. My account email is «email» and the callback number is «phone:us».",
    "Customer: you can reach me on «phone:uk» after 5pm, or email «email»\nAgent: Thanks «first», noted.",
    "[10:42] «full»: pls send the invoice to «email» not my old one",
    "Agent note: caller verified. Preferred contact «phone:au», secondary «email».",
    "hey it's «first» again, new number «phone:de», the old one is disconnected",
    "Ticket «ticket» - user «email» reports a double charge. Refund to the card ending «card_last4». Phone «phone:ca».",
    "Can you update my delivery phone to «phone:in»? Order «order».",
    "Live chat transcript\nVisitor: my husband's email is «email:2», please add him as an authorised user\nBot: Done, «full:2» has been added.",
    "please call «phone:us» between 9 and 11 EST, ask for «first»",
    "Escalating: customer «full» («email») is threatening a chargeback. Mobile «phone:ie».",
    "I moved to Singapore, new number is «phone:sg» - email stays «email».",
    "Agent: Could you confirm the phone on file?\nCustomer: «phone:za»\nAgent: And the email?\nCustomer: «email»",
    "Forwarding «first»'s request. Their work line is «phone:nl» ext. 214 and personal is «phone:nl».",
    "User says the verification code isn't arriving at «phone:br». Alt email: «email».",
    "Callback requested - «full», «phone:us», re: claim «d:CLM-20931-B»",
    "Thanks for holding! I've resent the link to «email». If it bounces, text us at «phone:us».",
])

family("email-signatures", "ordinary", "e-mail footers and signature blocks, several languages", [
    "Best regards,\n«full»\nSenior Account Manager | «company»\nT: «phone:uk»\nE: «email»",
    "--\n«full»\n«company»\nMobile «phone:de» · Office «phone:de»\n«email»",
    "«first»\nSent from my phone. Reply to «email» if this bounces.",
    "Cordialement,\n«full»\nDirectrice financière\n«company»\nTél. : «phone:fr»\nCourriel : «email»",
    "«full» | Paralegal\n«company» · «city»\nDirect: «phone:us» | Fax: «phone:us»\n«email»\nThis message may contain privileged information.",
    "Kind regards, «full» - «email» - «phone:au»",
    "Saludos,\n«full»\nJefe de Proyecto, «company»\n«phone:es» | «email»",
    "Regards\n«full»\nIT Service Desk\nInternal: ext 4471 | External: «phone:ie»\n«email_role»",
    "Cheers,\n«first»\n\n«company» | «email»\nPlease note my new number: «phone:uk»",
    "Mit freundlichen Grüßen\n«full»\n«company» GmbH\nTelefon: «phone:de»\nE-Mail: «email»\nUSt-IdNr.: «d:DE318204577»",
    "«full»\nHead of People, «company»\nm. «phone:nl»\ne. «email»\nI work Mon-Thu; replies may be delayed.",
    "Warm wishes,\n«first»\n—\n«company», «city»\n«phone:sg» / «email»",
])

family("web-forms", "ordinary", "form submissions, sign-ups and applications", [
    "name=«full»&email=«email»&phone=«phone:us»&dob=«dob:iso»&consent=yes",
    "Form submission received\nFirst name: «first»\nLast name: «last»\nEmail: «email»\nDate of birth: «dob:mdy»\nPhone: «phone:us»\nHow did you hear about us: podcast",
    "Full Name | «full»\nEmail Address | «email»\nMobile | «phone:uk»\nDOB | «dob:dmy»\nNational Insurance No. | «nino:sp»",
    "Rental application - applicant «full», SSN «ssn:dash», DOB «dob:mdy», current phone «phone:us», email «email».",
    "Newsletter signup: «email» (source: footer form, locale en-GB)",
    "Contact us form\nSubject: Wrong address\nMessage: hi, my email «email» still gets letters for the old flat. tel «phone:uk»",
    '{"applicant": "«full»", "email": "«email»", "birthDate": "«dob:iso»", "ssn": "«ssn:dash»"}',
    "Patient portal registration - «full», born «dob:long_us», mobile «phone:us»",
    "Volunteer sign-up: «full», «email», «phone:ca», available weekends",
    "Gym membership form\nName: «full»\nDate of Birth: «dob:dot»\nEmergency contact: «full:2», «phone:de»",
    "Evening-course enrolment: «full», DOB «dob:dmy», emergency contact «email:2», «phone:au»",
    "Lead captured via landing page v3: email=«email», phone=«phone:in», utm_campaign=spring-promo",
    "Job application: «full» / «email» / «phone:pl» / portfolio attached",
    "Warranty registration: serial «serial», purchased «date», owner «full», «email»",
])

family("checkout-cards", "ordinary", "payment card numbers in chats, logs and exports (Visa, MC, Amex, Discover, JCB, Diners, Maestro, UnionPay)", [
    "Please charge «card:visa,sp» exp 09/27 for the remaining balance.",
    "card: «card:mc,none»\nexp: 11/26\nname on card: «full»",
    "I paid with my Amex «card:amex,sp» but the receipt shows the wrong name.",
    "Payment failed for «card:disc,dash» - issuer declined (code 05).",
    "Here's the company card for the hotel: «card:visa,dash», billing zip «d:30307»",
    "POS 2024-10-02 13:55:10 term=T-0442 pan=«card:jcb,none» amt=4820 JPY status=APPROVED",
    "Diners Club «card:diners,sp», expires 03/28, name «full»",
    "can u use this one instead «card:mc,sp»",
    "customer_id,card_number,expiry\n«d:C-88213»,«card:visa,none»,04/27\n«d:C-88214»,«card:mc,none»,12/25",
    "Maestro card number «card:maestro,sp» - is 19 digits normal for this one?",
    "UnionPay «card:unionpay,sp», holder «full»",
    "Order «order» paid by card «card:visa,sp». Shipping to «full», «city».",
    "My daughter's card got declined: «card:mc,dash». Can you check why?",
    "fraud report: unknown charges on «card:amex,none», last legit purchase was on the 2nd",
    "Virtual card issued: «card:mc,sp» · valid thru 08/29 · limit €500",
    "Old Visa «card:visa13,none» still on file for «full»? Please remove it.",
])

family("bank-transfers", "ordinary", "IBANs from many countries in payment instructions", [
    "Please wire the deposit to «iban:DE,sp» (BIC «bic»), reference «invoice».",
    "IBAN: «iban:GB,sp»\nAccount name: «company»",
    "Überweisung an «full», IBAN «iban:DE,sp», Verwendungszweck: Miete November",
    "Mi IBAN es «iban:ES,sp», titular «full».",
    "Virement SEPA vers «iban:FR,sp» - merci de confirmer la réception.",
    "Bank details for the refund: «iban:NL,none»",
    "beneficiary_iban=«iban:IT,none»&amount=1250.00&currency=EUR",
    "Our supplier changed banks; new IBAN «iban:BE,sp». Please update it before Friday's payment run.",
    "Salary account: «iban:CH,sp» (Zurich branch)",
    "Kontonummer / IBAN: «iban:AT,sp»",
    "Proszę o przelew na «iban:PL,sp», tytułem: faktura «invoice»",
    "vendor;iban;bic\n«company»;«iban:SE,none»;«bic»",
    "IBAN «iban:IE,sp» - please use this one for the deposit return",
    "Payout destination changed from «iban:NO,none» to «iban:DK,none» by «email» at 14:02",
    "I sent it to «iban:PT,sp» but it bounced, is that the right one?",
    "Pay to: «company» FZ-LLC, IBAN «iban:AE,sp», Dubai office",
])

family("us-hr-ssn", "ordinary", "US HR, payroll and tax records with Social Security numbers", [
    "New hire packet: «full», SSN «ssn:dash», DOB «dob:mdy», start date 12/02/2024.",
    "W-4 on file for employee «d:E-10442»: SSN «ssn:dash»",
    "SSN: «ssn:bare»",
    "Hi HR, my social security number is «ssn:space» if you need it for payroll.",
    "employee_id,name,ssn,dob\n«d:1042»,«full»,«ssn:dash»,«dob:iso»",
    "Background check requested for «full» (SSN «ssn:dash», born «dob:long_us»).",
    "Benefits enrollment: dependent «full:2», SSN «ssn:dash», date of birth «dob:mdy»",
    "Please correct my SSN on the W-2, it should be «ssn:dash», not the one printed.",
    "soc sec no. «ssn:dash» - «full»",
    "SSN#«ssn:bare» DOB:«dob:mdy»",
    "I-9 notes: List A document = passport; SSN «ssn:space»; phone «phone:us»",
    '{"employee": "«full»", "ssn": "«ssn:bare»", "state": "OR"}',
    "Payroll ticket: update direct deposit for SSN ending «card_last4»; full SSN «ssn:dash» is on file.",
    "Tax preparer intake: taxpayer «full», SSN «ssn:dash»; spouse «full:2», SSN «ssn:dash»",
])

family("uk-payroll-nino", "ordinary", "UK payroll, HMRC and HR text with National Insurance numbers", [
    "NI number: «nino:sp»",
    "Starter checklist - «full», National Insurance number «nino:compact», DOB «dob:dmy»",
    "my NINO is «nino:sp», can you fix my tax code?",
    "P45 received for «full». NINO «nino:compact». Leaving date 31/10/2024.",
    "employee,nino,tax_code\n«full»,«nino:compact»,1257L",
    "Hiya, HMRC letter says my NI no is «nino:mid» but my payslip shows something different",
    "Right to work check: «full», «nino:sp», share code «d:W7K 4QP 9XZ»",
    "National Insurance: «nino:compact» | Sort code «sortcode» | Account «acct8»",
    "Pension auto-enrolment data: «full», born «dob:dmy», NI «nino:sp»",
    "Childcare account form - parent NI number «nino:sp», child's date of birth «dob_child:long_uk»",
    "«full» (NINO «nino:compact») - statutory sick pay from 04/11/2024",
    "Payroll query: NI «nino:sp», employee number «d:EMP-30981», phone «phone:uk»",
])

family("clinical-notes", "ordinary", "medical intake, referral and lab notes with dates of birth", [
    "Pt «full», DOB «dob:mdy», presents with 3-day hx of cough. Contact: «phone:us».",
    "Referral: «full» (date of birth «dob:dmy») to dermatology. Next of kin «full:2» «phone:uk».",
    "MRN «d:00482731» | «full» | DOB «dob:iso» | Allergies: penicillin",
    "Please confirm identity: name and date of birth. - «full», «dob:long_us».",
    "Discharge summary\nPatient: «full»\nDOB: «dob:dot»\nAdmitted: «date:iso»\nDischarged: «date_after:short:iso»\nGP phone: «phone:de»",
    "Vaccination record - «full», born «dob:long_uk». Dose 2 given «date:dmy».",
    "Telehealth intake: email «email», mobile «phone:au», DOB «dob:dmy»",
    "Fit note: «full», d.o.b. «dob:dmy», not fit for work 11-22 Nov",
    "Lab order for «full» (DOB «dob:mdy»); send results to «email»",
    "Dental recall: «full», born «dob:dmy», last visit «date:iso», phone «phone:ie»",
    "Geburtsdatum: «dob:dot»; Versicherte/r: «full»",
    "Fecha de nacimiento: «dob:dmy» - Paciente: «full»",
    "Pt states she was born on «dob:long_us» and lives alone; daughter «full:2» («phone:us») is the emergency contact.",
    "Pediatric follow-up: «full», DOB «dob_child:iso», mother's phone «phone:nl»",
])

family("server-logs", "ordinary", "access logs, firewall and auth logs with IPv4 and IPv6 addresses", [
    '«ip4» - - [«ts»] "GET /api/v2/orders HTTP/1.1" 200 5123 "-" "curl/8.4.0"',
    "sshd[«d:20331»]: Failed password for invalid user admin from «ip4» port 52144 ssh2",
    "WARN rate limit exceeded client=«ip6» path=/login",
    "X-Forwarded-For: «ip4», «ip4:priv»",
    'upstream timed out (110) while connecting to upstream, client: «ip4», upstream: "http://«ip4:priv»:8080/health"',
    "kernel: fw DROP IN=eth0 SRC=«ip4» DST=«ip4:priv» PROTO=TCP SPT=51822 DPT=3389",
    'login ok user=«email» ip=«ip4» ua="Mozilla/5.0"',
    "2: eth0: <BROADCAST,MULTICAST,UP> mtu 1500\n    inet «ip4:priv»/24 scope global eth0\n    inet6 «ip6:ll»/64 scope link",
    "DHCPACK on «ip4:priv» to «mac» (laptop-«first_lower») via eth1",
    "fail2ban.actions: NOTICE [sshd] Ban «ip4»",
    "peer «ip6» connected, protocol version «version»",
    "«ts» INFO request_id=«uuid» remote_addr=«ip4» status=502 upstream_time=30.001",
    "ufw allow from «ip4:doc» to any port 22 proto tcp",
    "7  «ip4»  12.418 ms  11.902 ms  12.077 ms",
    "Your account was accessed from a new device (IP «ip4», near «city»). If this wasn't you, reset your password.",
    "hosts:\n  - «ip4:priv»\n  - «ip4:priv»\n  - «ip6:doc»",
])

family("data-records", "ordinary", "CSV, TSV, JSON, SQL, XML, LDIF and vCard records", [
    "id,name,email,phone\n1,«full:1»,«email:1»,«phone:us»\n2,«full:2»,«email:2»,«phone:uk»\n3,«full:3»,«email:3»,«phone:ca»",
    '{"user": {"name": "«full»", "email": "«email»", "phone": "«phone:fr»"}, "plan": "pro" }',
    "INSERT INTO customers (name, email, phone) VALUES ('«full»', '«email»', '«phone:us»');",
    "contact:\n  name: «full»\n  email: «email»\n  phone: \"«phone:ie»\"\n  tier: gold",
    "| name | email | date of birth |\n|---|---|---|\n| «full» | «email» | «dob:iso» |",
    "«full»\t«email»\t«phone:uk»\tactive",
    "<customer id=\"«d:88412»\"><name>«full»</name><email>«email»</email><iban>«iban:NL,none»</iban></customer>",
    "dn: uid=«first_lower»,ou=people,dc=quillfeather,dc=example\nmail: «email»\ntelephoneNumber: «phone:us»",
    '{"event":"signup","email":"«email»","ip":"«ip4»","ts":"«ts»"}',
    "BEGIN:VCARD\nVERSION:3.0\nFN:«full»\nTEL;TYPE=cell:«phone:us»\nEMAIL:«email»\nBDAY:«dob:iso»\nEND:VCARD",
    "df.head(2)\n   name                      email            dob\n0  «full:1»  «email:1»  «dob:iso»\n1  «full:2»  «email:2»  «dob:iso»",
    "export_2024-11.csv row 88: «full»,«email»,«card:visa,none»,«iban:DE,none»",
])

family("env-config-secrets", "ordinary", ".env, YAML, INI and properties files with provider credentials", [
    "$ cat .env\nDATABASE_URL=«secret:pg_url»\nSTRIPE_SECRET_KEY=«secret:stripe_sk»\nDEBUG=false",
    "AWS_ACCESS_KEY_ID=«secret:aws_id»\nAWS_SECRET_ACCESS_KEY=«secret:aws_secret»\nAWS_DEFAULT_REGION=eu-west-1",
    "[default]\naws_access_key_id = «secret:aws_id»\naws_secret_access_key = «secret:aws_secret»\nregion = us-east-2",
    "GITHUB_TOKEN=«secret:ghp»",
    'slack:\n  bot_token: «secret:xoxb»\n  channel: "#deploys"',
    "OPENAI_API_KEY=«secret:openai»",
    "ANTHROPIC_API_KEY=«secret:anthropic»",
    "sendgrid_api_key: «secret:sendgrid»",
    "TWILIO_ACCOUNT_SID=«twilio_sid»\nTWILIO_AUTH_TOKEN=«secret:hex32»",
    "//registry.npmjs.org/:_authToken=«secret:npm»",
    "[pypi]\nusername = __token__\npassword = «secret:pypi»",
    "HF_TOKEN=«secret:hf»",
    "mailgun:\n  domain: mg.quillfeather.example\n  api_key: «secret:mailgun»",
    "SHOPIFY_ADMIN_TOKEN=«secret:shopify»\nSHOPIFY_STORE=saltmarsh-outdoor",
    "DIGITALOCEAN_TOKEN=«secret:do»",
    "spring.datasource.url=jdbc:postgresql://db-prod-1.quillfeather.example:5432/app\nspring.datasource.username=app\nspring.datasource.password=«pw»",
    "GOOGLE_MAPS_API_KEY=«secret:google»",
    "TELEGRAM_BOT_TOKEN=«secret:telegram»\nTELEGRAM_CHAT_ID=«d:-1002231874410»",
])

family("hardcoded-secrets-in-code", "ordinary", "credentials hard-coded in source, shell history and CLI calls", [
    'client = OpenAI(api_key="«secret:openai»")',
    "const stripe = require('stripe')('«secret:stripe_sk»');",
    'headers = {"Authorization": "Bearer «secret:github_pat»", "Accept": "application/vnd.github+json"}',
    "curl -H 'Authorization: token «secret:gho»' https://api.github.com/user",
    "git clone «secret:git_url»",
    "DB_PASS = '«pw»'  # TODO move to vault",
    "s3 = boto3.client('s3', aws_access_key_id='«secret:aws_id»', aws_secret_access_key='«secret:aws_secret»')",
    'requests.post("«secret:slack_webhook»", json=payload, timeout=5)',
    "$ export HF_TOKEN=«secret:hf»\n$ huggingface-cli whoami",
    'psycopg2.OperationalError: FATAL: password authentication failed for user "etl"\n  dsn: «secret:pg_url»',
    "kubectl create secret generic ci-token --from-literal=token=«secret:glpat»",
    'const sendgridKey = "«secret:sendgrid»" // prod',
    "echo «pw» | docker login registry.quillfeather.example -u deploy --password-stdin",
    "fetch(url, { headers: { 'x-api-key': '«secret:anthropic»' } })",
])

family("keys-and-signed-tokens", "ordinary", "private key blocks (RSA, OpenSSH, EC, PKCS#8, PGP) and JWTs", [
    "Here's the deploy key, don't share it:\n«secret:rsa_key»",
    "cat ~/.ssh/id_ed25519\n«secret:openssh_key»",
    "Authorization: Bearer «secret:jwt»",
    "set-cookie: session=«secret:jwt»; Path=/; HttpOnly; Secure",
    "server.key:\n«secret:ec_key»",
    "Can you decode this token for me? «secret:jwt»",
    "key.pem\n«secret:pkcs8_key»",
    "exported with gpg --export-secret-keys --armor:\n«secret:pgp_key»",
    "id_token from the IdP callback: «secret:jwt»",
    "ansible_ssh_private_key for the bastion:\n«secret:rsa_key»",
])

family("connection-strings-webhooks", "ordinary", "database URIs, ADO/Azure connection strings, URLs with passwords and webhook URLs", [
    "MONGO_URI=«secret:mongo_url»",
    "redis_url: «secret:redis_url»",
    "appsettings.json -> ConnectionStrings:Default = «secret:mssql»",
    "AZURE_STORAGE_CONNECTION_STRING=«secret:azure_conn»",
    "Slack alert hook for #oncall: «secret:slack_webhook»",
    "discord webhook for the builds channel → «secret:discord_webhook»",
    "broker: «secret:amqp_url»",
    "mysql -h crm-db.fennick-legal.example -u report -p'«pw»' sales",
    "Teams connector URL: «secret:teams_webhook»",
    "SQLALCHEMY_DATABASE_URI = '«secret:mysql_url»'",
    "The scanner drops files via «secret:ftp_url»",
    "Stripe webhook signing secret: «secret:whsec»",
    "psql \"«secret:pg_url»\" -c 'select count(*) from orders'",
    "ELASTIC_URL=«secret:https_basic»",
])

family("world-phone-formats", "ordinary", "phone numbers in many national and international formats", [
    "Tokyo office: «phone:jp»",
    "Call me on WhatsApp «phone:br»",
    "Mumbai desk «phone:in», Bengaluru desk «phone:in»",
    "Our Mexico City line: «phone:mx»",
    "Ring «phone:uk» and ask for reception.",
    "Seoul office: «phone:kr»",
    "Numéro de l'agence : «phone:fr»",
    "Lagos contact: «phone:ng»",
    "Stockholm support «phone:se» (vardagar 9-17)",
    "Warszawa, tel. «phone:pl»",
    "Empfang Zürich «phone:ch»",
    "Cape Town branch: «phone:za»",
    "Toll-free (US/Canada): «phone:us_tollfree»",
    "Madrid «phone:es» · Milano «phone:it»",
    "AU mobile «phone:au», landline «phone:au_land»",
    "Dial «phone:us» ext. 3 for billing",
])

family("non-english-messages", "ordinary", "German, Portuguese, Italian, Dutch, Spanish, French, Polish, Turkish, Swedish, Japanese messages", [
    "Hallo, meine neue Handynummer ist «phone:de», die E-Mail bleibt «email». Geboren bin ich am «dob:de».",
    "Olá, o meu IBAN é «iban:PT,sp» e o telemóvel é «phone:pt».",
    "Ciao, puoi chiamarmi al «phone:it»? La mia email è «email».",
    "Beste, mijn rekeningnummer is «iban:NL,sp», telefoon «phone:nl».",
    "Hola, soy «full», nací el «dob:es» y mi correo es «email».",
    "Bonjour, pour le dossier : date de naissance «dob:fr», téléphone «phone:fr».",
    "Dzień dobry, proszę o kontakt pod numerem «phone:pl». PESEL podam osobiście.",
    "Merhaba, IBAN numaram «iban:TR,sp», adım «full».",
    "Hej! Ring mig på «phone:se» eller mejla «email».",
    "Guten Tag, bitte buchen Sie die Rate von «iban:DE,sp» ab. Kundennummer «d:KD-204881».",
    "Caro cliente, a sua fatura «invoice» foi enviada para «email».",
    "こんにちは、私の電話番号は «phone:jp» です。メールは «email» です。",
])


# ================================================================ families: look-alikes
family("order-tracking-ids", "look-alike", "order, invoice, booking, ticket, tracking and transaction numbers", [
    "Your order «order» has shipped! Track it here: «tracking»",
    "Invoice «invoice» is due «date:iso». Amount: «money».",
    "Booking reference «booking» - 2 nights, check-in «date:long_uk»",
    "FedEx tracking no. «d:7749 2031 8856»",
    "Ticket «ticket» has been closed. Reply to this e-mail to reopen it.",
    "Purchase order «d:PO-2024-118733» for «company» approved by finance.",
    "DHL waybill «d:4471902388» - out for delivery",
    "Case ID «d:5003X00002kQbZf» (Priority: High)",
    "Return authorisation RMA-«d:88120-44» issued; label attached.",
    "Transaction ref «txn» - settled",
    "Order «order» / shipment «tracking» / carton 2 of 3",
    "Confirmation number: «d:8W4Q-22KD-91»",
    "Customer number «d:4402 1187 3390» (keep this for your records)",
    "E-ticket «d:074 2318840967», seat 23C, «booking»",
])

family("luhn-lookalikes", "look-alike", "Luhn-invalid 13-19 digit numbers and long digit runs that merely contain a Luhn-valid stretch; a few real cards beside them", [
    "Card number «card_bad:visa,sp» was rejected - please re-enter it.",
    "Test data for the form validator: «card_bad:mc,dash»",
    "Membership no. «digits_run»",
    "Gift card code «card_bad:disc,none», balance $25.00",
    "The barcode under the label reads «digits_run»",
    "Loyalty ID «card_bad:visa,none» - points balance 2,340",
    "Two cards on file: «card:visa,sp» (primary) and «card_bad:visa,sp» (mistyped, bounced)",
    "STATEMENT 11/2024  REF «digits_run»  DIRECT DEBIT  -42.10",
    "Meter serial «card_bad:mc,none» read on «date:dmy»",
    "Device ID «card_bad:maestro,none»",
    "Use «lab:card|4242 4242 4242 4242» in test mode; live cards are rejected in the sandbox.",
    "Order total for ref «card_bad:amex,none»: «money»",
    "parse error near token «digits_run» at offset 88",
    "Numbers from the spreadsheet: «card_bad:disc,none», «card_bad:jcb,none»",
    "He typed «card_bad:mc,sp» but the form said invalid; the right one is «card:mc,sp».",
    "Policy number «digits_run»",
])

family("invalid-ssn", "look-alike", "9-digit and 3-2-4 numbers that break SSN structure (000/666/9xx area, 00 group, 0000 serial), ITINs, EINs and routing numbers", [
    "SSN «ssn_bad:area000»",
    "ITIN «ssn_bad:9xx»",
    "fixtures/users.json uses «ssn_bad:666» for every ssn field",
    "SSN: «ssn_bad:group00»",
    "ssn=«ssn_bad:serial0000»&state=TX",
    "Applicant SSN «ssn_bad:9xx» rejected by E-Verify (invalid area number).",
    "Old record SSN «ssn_bad:group00» (data-entry error), corrected to «ssn:dash»",
    "SSN «ssn_bad:area000,bare»",
    "Routing number «routing», account «d:004417729913»",
    "EIN «d:84-1930227» (employer, not personal)",
    "The SSN you entered («ssn_bad:serial0000,space») doesn't match our records.",
    "Taxpayer ID (ITIN): «ssn_bad:9xx,space»",
])

family("dotted-numbers-not-ip", "look-alike", "version strings, OIDs, section and clause numbers, build numbers; one real IP beside a version", [
    "Upgraded the cluster to «version4:small» last night, no issues so far.",
    "Certificate policy OID «oid»",
    "See section «d:4.2.1.3» of the spec for the retry rules.",
    "Firmware «version4:small» fixes the Wi-Fi dropouts.",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/«version4:big» Safari/537.36",
    "Clause «d:12.3.4.1» of the agreement applies to subcontractors.",
    "pip install requests==«version»",
    "Build «d:2024.11.26.3» deployed to staging",
    "snmpwalk: iso.«oid» = INTEGER: 3",
    "Figure «d:3.2.1.4» shows the ingestion pipeline.",
    "java.version=«d:1.8.0.392»",
    "Node «ip4:priv» is running agent v«version4:small»",
    "<PackageReference Include=\"Quill.Core\" Version=\"«version4:small»\" />",
    "Python «d:3.12.7» (main, Oct  2 2024, 11:04:51) [GCC 12.2.0] on linux",
    "Signature algorithm OID «d:1.2.840.113549.1.1.11» (sha256WithRSAEncryption)",
    "Handbook ref. «d:2.4.10.1», para «d:7.1.2»",
])

family("dates-not-dob", "look-alike", "appointment, contract, expiry, founding, death and anniversary dates; real DOBs only where stated", [
    "Contract signed «date:long_uk»; renewal due «date_after:long:iso».",
    "Meeting moved to «date:long_us» at 3pm.",
    "Card expires «d:09/27».",
    "Patient «full», DOB «dob:mdy», seen on «date:mdy», follow-up «date_after:short:mdy».",
    "«company» was founded on «date:old» in a garage in «city».",
    "Last login: «ts»",
    "Warranty starts «date:dmy» and ends «date_after:long:dmy».",
    "Date of death: «date:old»",
    "Our wedding anniversary is «date:old» - table booked for eight.",
    "Mum's birthday party is on «date:long_uk», bring a cake!",
    "Passport issued «date:iso», expires «date_after:long:iso»",
    "«first» joined the company on «date:long_us».",
    "Backup from «date:iso» restored successfully.",
    "Policy inception «date:old:dot» - named driver «full:2», born «dob:dot», added today.",
])

family("hashes-and-ids", "look-alike", "git SHAs, checksums, UUIDs, trace IDs, ETags, SRI hashes, ObjectIds", [
    "commit «sha1»\nAuthor: «full» <«email»>\nDate:   Tue Nov 26 10:12:03 2024 +0100\n\n    fix: retry on 502",
    "«sha256»  quill-cli-linux-amd64.tar.gz",
    "request_id=«uuid» status=200 duration_ms=41",
    "Fixed in «sha_short» (see PR #4412)",
    "image: registry.quillfeather.example/api@sha256:«sha256»",
    "MD5 (report.pdf) = «md5»",
    "Correlation ID: «uuid»",
    'ETag: "«md5»"',
    '<script src="/static/app.js" integrity="«sri»" crossorigin="anonymous"></script>',
    "git cherry-pick «sha1»",
    "trace_id=«hex32» span_id=«d:9f1c2e0a77b4d310»",
    "Restored cache with key: node-modules-«sha1»",
    'db.orders.find({ _id: ObjectId("«objid»") })',
    "Release checksum (SHA-1): «sha1», signed with key «gpgid»",
])

family("bank-reference-lookalikes", "look-alike", "IBANs with wrong check digits, sort codes, routing and account numbers, BICs, RF references, VAT IDs", [
    "IBAN «iban_bad:DE,sp» - the bank says the check digits are wrong.",
    "Sort code «sortcode», account number «acct8»",
    "Account no. «d:004417729913», ABA routing «routing»",
    "IBAN: «iban_bad:GB,sp»",
    "SWIFT/BIC: «bic»",
    "Correct IBAN is «iban:FR,sp»; the one on the invoice («iban_bad:FR,sp») has a typo.",
    "Structured creditor reference «rf»",
    "VAT number «d:GB 318 2045 77»",
    "Member ID «d:NL-2024-0091»",
    "IBAN (masked): «d:DE89 •••• •••• •••• 4410 00»",
    "Payment reference «rf» to «iban:BE,sp»",
    "Payout «d:po_1Q8xYzL2eZvKYlo2C0dAbCdE» to the bank account ending «card_last4»",
])

family("masked-and-placeholder-secrets", "look-alike", "placeholders, masked, truncated and documented example keys; one real key beside a masked one", [
    "OPENAI_API_KEY=«d:<YOUR_API_KEY>»",
    "export STRIPE_SECRET_KEY=«d:sk_live_...»   # paste yours here",
    "Heads up: the API key ending in «d:****a91F» was rotated on Monday.",
    "token: «d:REDACTED»",
    "aws_access_key_id = «d:AKIAIOSFODNN7EXAMPLE»\naws_secret_access_key = «d:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY»",
    "password: «d:********»",
    "GITHUB_TOKEN=«d:ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»",
    "Authorization: Bearer «d:<token>»",
    'api_key: "«d:${API_KEY}»"',
    "Key in the log was truncated: «d:sk-ant-api03-Xk2f…»",
    "DB password: «d:[REDACTED by DLP bot]»",
    "«d:mongodb+srv://<username>:<password>@cluster0.x7k2p.mongo.example/»",
    "Old key «d:sk_live_••••••••••••4f2a» revoked; new key is «secret:stripe_sk»",
    "SLACK_BOT_TOKEN=«d:xoxb-your-token-here»",
    "password=«d:changeme»  # change this on first login",
    "webhook_url: «d:https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX»",
])

family("example-domains-and-at-signs", "look-alike", "example.com-style addresses (labelled) next to at-signs that are not e-mail: handles, scoped packages, decorators, CSS, SSH remotes, digests", [
    "Send the test mail to «email_ex» and check the spam folder.",
    "Follow us «d:@quillfeatherlabs» for release notes",
    "npm i «d:@quill/ui-kit@4.2.0»",
    "«d:@app.route»('/login', methods=['POST'])\ndef login():\n    ...",
    "«d:@media» (max-width: 600px) { .nav { display: none; } }",
    "git remote add origin «d:git@git.quillfeather.example:platform/api.git»",
    "Set MAIL_FROM=«email_ex» for local testing.",
    "cc: «email_ex», «email_ex»",
    "Price: 3 «d:@ $4.99» each, 2 «d:@ $12.50» each",
    "«email» replied: see you at 10",
    "ping @«first_lower» on Slack, she owns the billing service",
    "Logins follow the pattern «d:firstname.lastname@company»; ask IT for yours.",
    "Automated message from «email_ex». Do not reply; contact «email_role» instead.",
    "pulling quillfeather/api«d:@sha256:»«sha256»",
    "Validator cases: «email_ex» (ok), «d:plainaddress» (bad), «d:@missing-local.example» (bad)",
])

family("numeric-lookalikes", "look-alike", "ISBNs, coordinates, money, part and serial numbers, ZIP+4, timestamps, constants", [
    "ISBN «isbn»",
    "Pickup point: «coords»",
    "Total due: «money»",
    "Replacement part «part» fits models 2019-2022.",
    "Serial «serial»",
    "Active «year_range»",
    "Population «d:8,336,817» (2023 est.)",
    "created_at_ms=«ts_ms»",
    "ZIP «zip4»",
    "Lot «d:L2024-11-0932», best before «date:dmy»",
    "Ratio 1:1.618; room at 21.5°C; humidity 48%",
    "pi ≈ «d:3.14159265358979323846»",
    "Score 98.6/100, rank 12 of «d:4,512»",
    "Position «d:40°26′46″N 79°58′56″W»",
])

family("uk-id-lookalikes", "look-alike", "NINO-shaped strings with invalid prefixes or suffixes, HMRC example, temporary refs, postcodes, NHS and company numbers", [
    "HMRC guidance uses «d:QQ 12 34 56 C» as the example NI number.",
    "NINO «nino_bad:suffix» was rejected by the payroll system.",
    "Temporary reference «d:TN120387F» - replace it when the real number arrives.",
    "Return address postcode «postcode»",
    "Vehicle reg «d:LK19 XRW»",
    "NHS number «nhs»",
    "Passport number «d:548102736»",
    "Invalid NINO on file: «nino_bad:prefix»",
    "Companies House number «d:SC614208»",
    "Correct NI number is «nino:sp», not «nino_bad:first» as typed on the form.",
])

family("phone-lookalikes", "look-alike", "timestamps, opening hours, amounts, error codes, SKUs, epoch seconds, ISBN-10s and NHS numbers that resemble phone numbers", [
    "Order placed «ts», dispatched the next day.",
    "Opening hours «d:0800–1730», Sat «d:0900–1300»",
    "Amount: «d:1 234 567,89» €",
    "Mail to ZIP «zip4»",
    "Windows error «d:0x80070005» (access denied)",
    "Main line «phone:uk», then ext. 4471 for the lab",
    "Ubuntu «d:20.04.6» LTS",
    "last_seen=«epoch»",
    "SKU «d:812-4471-09»",
    "ISBN-10 «d:0-306-40615-2»",
    "NHS number «nhs»",
    "Case «d:2024-CV-001837» filed «date:long_us»",
])


# ================================================================ families: evasions
family("obfuscated-emails", "evasion", "e-mail addresses hidden with [at]/(dot), words, spacing, HTML entities, full-width and zero-width characters, line breaks", [
    "contact me: «email_obf:bracket»",
    "Write to «email_obf:paren» for the brochure.",
    "my email is «email_obf:words», thanks",
    "«email_obf:caps» - no spam please",
    "reach «first» at «email_obf:spaces»",
    '<a href="mailto:«email_obf:html_at»">Email us</a>',
    "<p>Questions? «email_obf:html_all»</p>",
    "Contact: «email_obf:html_hex»",
    "Press enquiries: «email_obf:html_named»",
    "連絡先：«email_obf:fw»",
    "email me → «email_obf:fw_dot»",
    "Send the CV to «email_obf:zw» by Friday.",
    "«full» <«email_obf:zwj»>",
    "Billing contact: «email_obf:soft»",
    "my address got cut off in the app, it's «email_obf:split»",
    "«email_obf:dash_at» (swap the words for symbols, you know the drill)",
    "Reply to «email_obf:angle»",
    "DM me or mail «email_obf:bracket_at»",
    "You can reach me at «email_obf:atsign».",
    "Paste this into your mail client: «email_obf:mixed»",
    "Contact «first» - «email_obf:period»",
    "FROM: «email_obf:upper»",
])

family("obfuscated-cards", "evasion", "card numbers with dots, slashes, words, zero-width and full-width digits, odd spacing and line breaks", [
    "card «card_obf:visa,dots» exp 0927",
    "here: «card_obf:mc,slash»",
    "CC#«card_obf:visa,underscore»",
    "number is «card_obf:disc,pipe»",
    "my card is «card_obf:visa,words». expiry oh nine twenty seven",
    "«card_obf:mc,wordsmix» - that's the card, sorry for the weird typing",
    "Card: «card_obf:amex,zw»",
    "«card_obf:visa,zwall» pls charge 40",
    "カード番号 «card_obf:jcb,fw»",
    "sending the card in two lines so the bot doesn't eat it:\n«card_obf:visa,split»",
    "«card_obf:mc,spaced» cvv on the back",
    "pan «card_obf:visa,pairs»",
    "Number's «card_obf:disc,mixed», exp 01/28",
    "Karte: «card_obf:mc,nbsp»",
    "Card «card_obf:amex,thin» (Amex)",
    "card\n«card_obf:visa,lines»\n12/27",
    "Use «card_obf:diners,dots» for the deposit.",
    "Carte bancaire : «card_obf:unionpay,slash»",
])

family("spelled-and-odd-phones-ssn", "evasion", "SSNs and phone numbers in words or with unusual separators", [
    "my social is «ssn:words», don't tell anyone",
    "SSN «ssn:slash»",
    "SSN: «ssn:dots»",
    "ss# «ssn:underscore»",
    "Social Security: «ssn:emdash»",
    "ssn «ssn:spaced»",
    "her social is «ssn:wordsoh»",
    "call me at «phone_obf:us,words»",
    "Phone: «phone_obf:us,slash»",
    "Mobile «phone_obf:uk,spaced»",
    "text «phone_obf:us,tilde»",
    "ring «phone_obf:uk,words» after six",
    "Tel. «phone_obf:de,slash»",
    "WhatsApp: «phone_obf:in,dots_all»",
    "number's «phone_obf:au,words»",
    "SSN is «ssn:words» and my cell is «phone_obf:us,words»",
])

family("defanged-ips", "evasion", "defanged IPv4/IPv6 addresses in threat-intel and incident notes", [
    "IOC: C2 at «ip_defang:brackets»",
    "hxxp://«ip_defang:last»/payload.bin",
    "Blocked «ip_defang:parens» at the edge",
    "beacon to «ip_defang:dotword» every 60s",
    "source ip «ip_defang:spaced»",
    "IPv6 C2: «ip_defang:colon»",
    "Scanner «ip_defang:brackets,priv» hit the printer VLAN again",
    "IP: «ip_defang:fwdot»",
    "the server is «ip_defang:words,priv»",
    "IOCs:\n- «ip_defang:brackets»\n- «ip_defang:brackets»\n- evil-cdn[.]example",
])

family("mangled-keys", "evasion", "credentials split by spaces or line breaks, lower-cased, with zero-width characters, concatenated in code", [
    "token (split so the scanner doesn't choke): «secret_obf:ghp,spaces»",
    "AWS secret:\n«secret_obf:aws_secret,newline»",
    "aws key id «secret_obf:aws_id,lower»",
    "STRIPE_KEY=«secret_obf:stripe_sk,zw»",
    "api_key = «secret_obf:openai,concat_py»",
    "slack: «secret_obf:xoxb,spacedash»",
    "one-line key: «secret_obf:openssh_key,oneline»",
    "jwt (pasted from the console):\n«secret_obf:jwt,jwtlines»",
    "const k = «secret_obf:google,concat_js»;",
    "gitlab «secret_obf:glpat,zwj»",
    "HF: «secret_obf:hf,dashes»",
    "SG key «secret_obf:sendgrid,newline»",
    "bot token: «secret_obf:telegram,spaces»",
    "```\n«secret:npm»\n```\nthat's the publish token, keep it safe",
    "key = «secret_obf:anthropic,concat_py»",
    "GH_TOKEN=«secret_obf:github_pat,lower»",
])

family("passwords-in-prose", "evasion", "passwords and passphrases stated in prose, several languages", [
    "the admin password is «pw»",
    "pw: «pw»",
    "login is «first_lower» / «pw»",
    "Guest Wi-Fi: network QuillGuest, password «pw»",
    "Temporary password for your account: «pw» (you'll be asked to change it at first sign-in)",
    "I set the root pass to «pw» for now, will rotate Monday",
    "Passwort für das NAS: «pw»",
    "mot de passe : «pw»",
    "la contraseña es «pw»",
    "creds for staging -> user: deploy, pass: «pw»",
    "The vault passphrase is «pw»",
    "same as the old one but with a ! at the end: «pw»",
    "psst it's «pw» (first letter is a capital)",
    "router admin login: admin / «pw»",
    "my streaming password is «pw» lol, use it whenever",
    "Password for the zip file: «pw»",
    "DB creds: «first_lower»_ro:«pw»",
    "BitLocker recovery key: «secret:bitlocker»",
])

family("invisible-and-fullwidth", "evasion", "full-width digits, zero-width and non-breaking characters inside phones, SSNs, IBANs, NINOs, cards, IPs, DOBs and keys", [
    "Call «phone_obf:uk,fw»",
    "SSN «ssn:zw»",
    "IBAN «iban:DE,nbsp»",
    "NI number «nino:fw»",
    "SSN «ssn:fw»",
    "tel «phone_obf:de,nbhyphen»",
    "callback «phone_obf:us,zw»",
    "server «ip_defang:zw»",
    "card «card_obf:visa,fw»",
    "Email: «email_obf:zwj»",
    "DOB «dob:fw»",
    "AWS_ACCESS_KEY_ID=«secret_obf:aws_id,zw»",
])

family("encoded-values", "evasion", "base64, URL-encoding, quoted-printable and Basic-auth encodings of e-mails and credentials", [
    "contact (base64): «email_obf:b64»",
    "https://quillfeather.example/unsubscribe?email=«email_obf:urlenc»&list=weekly",
    "Authorization: Basic «secret:basic_auth»",
    "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\ntype: Opaque\ndata:\n  password: «secret:b64pw»",
    "Reply-To: «email_obf:qp»",
    "mailto:«email_obf:urlenc_full»",
    '{"auths": {"registry.quillfeather.example": {"auth": "«secret:basic_auth»"} } }',
    "DB_PASSWORD_B64=«secret:b64pw»",
    "git remote set-url origin «secret:url_pwenc»",
    '{"contact":"«email_obf:b64»","lang":"de"}',
])

family("reformatted-numbers", "evasion", "IBANs lower-cased or re-grouped, cards with double spaces, 00-prefixed phones, NINOs in lower case or with dashes, unusual DOB and IPv6 forms", [
    "iban «iban:GB,lower»",
    "IBAN: «iban:ES,dash»",
    "IBAN «iban:FR,irregular»",
    "IBAN «iban:IT,dots»",
    "card «card:visa,  » thanks",
    "ph: «phone_obf:uk,intl00»",
    "NINO «nino:lower»",
    "NI: «nino:dash»",
    "I was born on «dob:ordinal».",
    "DOB «dob:mdy_short»",
    "DOB:«dob:compact»",
    "listening on «ip6:upper» port 443",
    "«phone:us» x204 (desk)",
])


# ================================================================ families: hard negatives
family("code-without-values", "hard-negative", "code that names passwords, tokens and keys without containing a value", [
    "password = «d:getpass.getpass('Password: ')»",
    "if (!token) throw new Error('missing token');",
    "const apiKey = «d:process.env.OPENAI_API_KEY»;",
    "def reset_password(user, new_password):\n    validate(new_password)\n    user.set_password(new_password)",
    'String secret = «d:System.getenv("JWT_SECRET")»;',
    "password: «d:${DB_PASSWORD}»",
    'token = «d:os.environ["GITHUB_TOKEN"]»',
    '<input type="password" name="password" autocomplete="current-password">',
    "ALTER USER app WITH PASSWORD «d::'new_pw'»;",
    "SECRET_KEY_LENGTH = 64",
    "headers['Authorization'] = f'Bearer «d:{token}»'",
    "- name: Login to registry\n  run: docker login -u ci --password-stdin < token.txt",
    "password_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt())",
    "client = ApiClient(base_url)  # TODO: rotate the api_key before launch",
    "private_key_path: «d:~/.ssh/id_ed25519»",
    "aws_secret_access_key = «d:None»  # filled in by the credential provider chain",
    'email = f"«d:{first}.{last}@{domain}»"',
    "if user.check_password(request.form['password']):\n    login_user(user)",
])

family("docs-placeholders", "hard-negative", "documentation placeholders and format descriptions for keys, passwords, SSNs, cards, phones and IBANs", [
    "Set API_KEY to the value from your dashboard, e.g. API_KEY=«d:your-api-key».",
    'curl -H "Authorization: Bearer «d:$TOKEN»" https://api.quillfeather.example/v1/me',
    "Replace YOUR_PASSWORD in «d:postgres://app:YOUR_PASSWORD@localhost:5432/app»",
    "Keys look like «d:sk-...» and are shown only once.",
    "The appliance ships with «d:admin / admin» - change it immediately after setup.",
    "Email: «d:<your email>»",
    "Private key:\n«d:-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----»",
    "A JWT has three parts, «d:header.payload.signature», each base64url-encoded.",
    "license_key: «d:XXXX-XXXX-XXXX-XXXX»",
    "Enter your SSN in the format «d:###-##-####».",
    "Card number: «d:XXXX XXXX XXXX 1234»",
    "Phone: «d:+1 (___) ___-____»",
    "IBAN format for Germany: «d:DEkk bbbb bbbb cccc cccc cc»",
    'db_password: "«d:<set in vault>»"',
])

family("shell-prompts-and-hosts", "hard-negative", "user@host in shell prompts, SSH/SCP/rsync targets, git remotes and image digests (not e-mail); one real IP", [
    "«d:alice@buildbox»:~$ ssh-keygen -t ed25519 -C laptop",
    "[«d:root@db-01» ~]# systemctl restart postgresql",
    "«first_lower»@«first_lower»-mbp ~ % git push origin main",
    "$ ssh deploy@«ip4:priv» 'sudo systemctl reload nginx'",
    "cron output is mailed to «d:user@localhost» on the dev box",
    "git clone «d:git@github.com:quillfeather/api.git»",
    "Connecting to «d:postgres@localhost» on port 5432 ...",
    "docker pull quillfeather/api@sha256:«sha256»",
    "«d:ubuntu@web-prod-2»:~$ df -h /var",
    "«d:pi@raspberrypi»:~ $ sudo apt update",
    "rsync -av build/ «d:www-data@staging»:/srv/app/",
    "scp backup.tar.gz «d:ops@bastion.internal»:/tmp/",
])

family("public-identifiers", "hard-negative", "identifiers that are public by design: publishable keys, account SIDs/IDs, public keys, certificates, fingerprints, client IDs", [
    "Stripe publishable key (safe for the browser): «pk_pub»",
    "Twilio Account SID «twilio_sid»",
    "AWS account ID «aws_acct», region eu-central-1",
    "ssh-ed25519 «ssh_pub» «first_lower»@laptop",
    "The host key fingerprint is SHA256:«fp».",
    "public.pem:\n«pubkey_pem»",
    "Google OAuth client ID: «gclient»",
    "Signing key ID «gpgid» (published on the project's keyserver page)",
    "firebaseConfig.projectId = 'quill-prod-4821'; appId = '«d:1:804412337719:web:9a3c1f0e2b7d4c66»'",
    "ca.crt:\n«cert_pem»",
    "Stripe customer «d:cus_Q8xYzL2eZvKYlo» on connected account «d:acct_1Q8xYzL2eZvKYlo2»",
    "Slack channel «d:C05JQ2KLM8N» in workspace «d:T04ABCD1234»",
])


# ================================================================ build / parse / check
HEADER = [
    "# pii-c5: blind evaluation set for a PII and secrets detector.",
    "# Generated by gen.py (random.Random(4205), Python standard library only). Do not edit by hand.",
    "# One sample per line. Labelled spans are written as double-brace kind:text markers; kinds:",
    "#   email phone card iban ssn ip nino dob secret. Everything outside a span is a negative.",
    "# Escapes: backslash-n newline, backslash-t tab, backslash-uXXXX any character.",
    "# Each family header is followed by '# category: ... | look-alike decoys: N' and a description.",
]


def build():
    global R
    R = random.Random(SEED)
    lines = list(HEADER)
    for name, cat, desc, tpls in FAMILIES:
        samples, decoys = [], 0
        for t in tpls:
            s, n = fill(t)
            samples.append(s)
            decoys += n
        lines += ["", f"# family: {name}", f"# category: {cat} | look-alike decoys: {decoys}", f"# {desc}"]
        for s in samples:
            e = esc(s)
            assert e.strip() and not e.startswith("#") and e == e.strip(), f"bad sample start/end: {e[:40]!r}"
            lines.append(e)
    return "\n".join(lines) + "\n"


SPAN_RE = re.compile(r"\{\{([a-z]+):(.*?)\}\}")


def parse(text):
    fams = []
    for ln, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        if line.startswith("# family:"):
            fams.append({"name": line.split(":", 1)[1].strip(), "category": None, "decoys": 0, "samples": []})
            continue
        if line.startswith("# category:"):
            m = re.match(r"# category: (\S+) \| look-alike decoys: (\d+)$", line)
            assert m, line
            fams[-1]["category"], fams[-1]["decoys"] = m.group(1), int(m.group(2))
            continue
        if line.startswith("#"):
            continue
        assert fams, f"line {ln}: sample before first family"
        assert "{{{" not in line and "}}}" not in line, f"line {ln}: triple brace"
        assert "\t" not in line and "\r" not in line, f"line {ln}: raw tab/CR"
        rest = SPAN_RE.sub("", line)
        assert "{{" not in rest and "}}" not in rest, f"line {ln}: unbalanced span marker"
        for m in re.finditer(r"\\(.)", line):
            assert m.group(1) in "ntu", f"line {ln}: unknown escape"
        text_out, spans, pos = [], [], 0
        cur = 0
        for m in SPAN_RE.finditer(line):
            kind, val = m.group(1), m.group(2)
            assert kind in KINDS, f"line {ln}: unknown kind {kind}"
            assert "{" not in val and "}" not in val, f"line {ln}: brace inside span"
            pre = unesc(line[pos:m.start()])
            text_out.append(pre)
            cur += len(pre)
            v = unesc(val)
            assert v.strip(), f"line {ln}: empty span"
            spans.append((kind, cur, cur + len(v), v))
            text_out.append(v)
            cur += len(v)
            pos = m.end()
        text_out.append(unesc(line[pos:]))
        fams[-1]["samples"].append({"line": ln, "text": "".join(text_out), "spans": spans})
    return fams


NUMWORDS = {w: str(i) for i, w in enumerate(WORDS)}
NUMWORDS["oh"] = "0"


def norm_digits(s):
    s = unicodedata.normalize("NFKC", s).lower()
    out = []
    for tok in re.findall(r"[a-z]+|\d", s):
        if tok.isdigit():
            out.append(tok)
        elif tok in NUMWORDS:
            out.append(NUMWORDS[tok])
    return "".join(out)


def undefang(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u200b", "")
    for a in ("[.]", "(.)", "[dot]", " dot "):
        s = s.replace(a, ".")
    s = s.replace("[:]", ":")
    if re.search(r"[a-z]{3}", s) and " point " in s:
        s = ".".join(norm_digits(p) for p in s.split(" point "))
    return s.strip("[]")


def email_plain(s):
    s = unicodedata.normalize("NFKC", s)
    for z in ("\u200b", "\u200d", "\u00ad", "\n"):
        s = s.replace(z, "")
    if "@" not in s and re.fullmatch(r"[A-Za-z0-9+/=]+", s):
        try:
            s = base64.b64decode(s).decode()
        except Exception:
            pass
    s = re.sub(r"&#x([0-9a-fA-F]+);", lambda m: chr(int(m.group(1), 16)), s)
    s = re.sub(r"&#(\d+);", lambda m: chr(int(m.group(1))), s).replace("&commat;", "@")
    s = s.replace("%40", "@").replace("%2E", ".").replace("%2B", "+").replace("=40", "@")
    for a in (" [at] ", "(at)", " at ", " AT ", " @ ", " -at- ", "<at>", "[@]", " (at sign) "):
        s = s.replace(a, "@")
    for a in (" [dot] ", "(dot)", " dot ", " DOT ", " . ", " -dot- ", "<dot>", " period "):
        s = s.replace(a, ".")
    return s.lower()


def validate_span(kind, v):
    if kind == "card":
        d = norm_digits(v)
        return 13 <= len(d) <= 19 and luhn_ok(d)
    if kind == "iban":
        return iban_ok(unicodedata.normalize("NFKC", v))
    if kind == "ssn":
        d = norm_digits(v)
        return len(d) == 9 and ssn_ok(int(d[:3]), int(d[3:5]), int(d[5:]))
    if kind == "nino":
        return nino_ok(unicodedata.normalize("NFKC", v))
    if kind == "ip":
        try:
            ipaddress.ip_address(undefang(v))
            return True
        except ValueError:
            return False
    if kind == "phone":
        return 7 <= len(norm_digits(v)) <= 15
    if kind == "email":
        return re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", email_plain(v)) is not None
    if kind == "dob":
        return len(norm_digits(v)) >= 4
    if kind == "secret":
        return len(v) >= 8
    return False


def scan_negatives(text, spans):
    """Return (warnings, notes) about things in negative text that look like positives."""
    neg = list(text)
    for _, a, b, _ in spans:
        for i in range(a, b):
            neg[i] = "\x00"
    neg = "".join(neg)
    warn, note = [], []
    for m in re.finditer(r"\d(?:[ \-]?\d)*", neg):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            warn.append("luhn-valid run: " + m.group())
    for m in re.finditer(r"(?<![\d-])(\d{3})[- ](\d{2})[- ](\d{4})(?![\d-])", neg):
        if ssn_ok(int(m.group(1)), int(m.group(2)), int(m.group(3))):
            warn.append("ssn-shaped: " + m.group())
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}", neg):
        if iban_ok(m.group()) and not m.group().startswith("RF"):
            warn.append("valid iban: " + m.group())
    for m in re.finditer(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", neg):
        if nino_ok(m.group()):
            warn.append("valid nino: " + m.group())
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", neg):
        note.append("email-like: " + m.group())
    for m in re.finditer(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])", neg):
        if all(int(x) <= 255 for x in m.groups()):
            note.append("ipv4-shaped: " + m.group())
    return warn, note


def stats(fams):
    rows = []
    for f in fams:
        c = {k: 0 for k in KINDS}
        for s in f["samples"]:
            for kind, *_ in s["spans"]:
                c[kind] += 1
        rows.append((f["name"], f["category"], len(f["samples"]), c, f["decoys"]))
    return rows


def table(fams):
    rows = stats(fams)
    head = "| family | category | samples | " + " | ".join(KINDS) + " | look-alikes |"
    out = [head, "|" + "---|" * (len(KINDS) + 4)]
    tot = {k: 0 for k in KINDS}
    ts_, td = 0, 0
    for name, cat, n, c, d in rows:
        out.append(f"| {name} | {cat} | {n} | " + " | ".join(str(c[k]) for k in KINDS) + f" | {d} |")
        for k in KINDS:
            tot[k] += c[k]
        ts_ += n
        td += d
    out.append(f"| **total** | | {ts_} | " + " | ".join(str(tot[k]) for k in KINDS) + f" | {td} |")
    out.append("")
    out.append("| category | families | samples | share |")
    out.append("|---|---|---|---|")
    for cat in CATEGORIES:
        fs = [r for r in rows if r[1] == cat]
        n = sum(r[2] for r in fs)
        out.append(f"| {cat} | {len(fs)} | {n} | {100 * n / ts_:.0f} % |")
    return "\n".join(out)


def check():
    ok = True
    built = build()
    with open(os.path.join(HERE, "set.txt"), encoding="utf-8") as fh:
        on_disk = fh.read()
    if built != on_disk:
        print("FAIL: set.txt differs from a fresh build")
        ok = False
    else:
        print("ok: set.txt is byte-identical to a fresh build")
    assert build() == built, "build() is not deterministic"
    fams = parse(on_disk)
    names = [f["name"] for f in fams]
    assert len(names) == len(set(names)), "duplicate family"
    for f in fams:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", f["name"]), f["name"]
        assert f["category"] in CATEGORIES, f["name"]
    n = sum(len(f["samples"]) for f in fams)
    for f, (name, _, _, tpls) in zip(fams, FAMILIES):
        if f["name"] != name or len(f["samples"]) != len(tpls):
            print(f"FAIL: family {name}: {len(f['samples'])} parsed samples for {len(tpls)} templates")
            ok = False
    print(f"ok: {len(fams)} families, {n} samples")
    if not (500 <= n <= 600 and len(fams) >= 30):
        print("FAIL: size out of range")
        ok = False
    bad, warns, notes, lengths = 0, 0, [], []
    seen = set()
    for f in fams:
        for s in f["samples"]:
            lengths.append(len(s["text"]))
            if s["text"] in seen:
                print(f"FAIL line {s['line']}: duplicate sample")
                ok = False
            seen.add(s["text"])
            for kind, a, b, v in s["spans"]:
                if not validate_span(kind, v):
                    print(f"FAIL line {s['line']}: invalid {kind} span {v!r}")
                    bad += 1
            w, nt = scan_negatives(s["text"], s["spans"])
            for x in w:
                print(f"WARN line {s['line']} ({f['name']}): {x}")
                warns += 1
            notes += [f"line {s['line']} ({f['name']}): {x}" for x in nt]
    if bad:
        ok = False
    print(f"ok: sample length {min(lengths)}..{max(lengths)} chars, {sum(1 for x in lengths if x > 400)} over 400")
    print(f"{warns} warnings; {len(notes)} notes (negative text shaped like e-mail/IPv4, for review):")
    for x in notes:
        print("  NOTE " + x)
    readme = os.path.join(HERE, "README.md")
    if os.path.exists(readme):
        with open(readme, encoding="utf-8") as fh:
            md = fh.read()
        m = re.search(r"<!-- counts:begin -->\n(.*?)\n<!-- counts:end -->", md, re.S)
        if not m or m.group(1).strip() != table(fams).strip():
            print("FAIL: README count table does not match set.txt")
            ok = False
        else:
            print("ok: README count table matches set.txt")
    print("RESULT:", "PASS" if ok and not warns else "FAIL")
    return ok and not warns


def main(argv):
    if "--check" in argv:
        return 0 if check() else 1
    if "--table" in argv:
        with open(os.path.join(HERE, "set.txt"), encoding="utf-8") as fh:
            print(table(parse(fh.read())))
        return 0
    data = build()
    with open(os.path.join(HERE, "set.txt"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    print(f"wrote set.txt ({data.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
