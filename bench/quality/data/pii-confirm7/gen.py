#!/usr/bin/env python3
"""Deterministic generator for the hand-made PII / credential evaluation set.

Written blind (no detector, corpus or rule list consulted), 2026-11-26.
Seed: random.Random(4207).  Python 3 standard library only.
Writes set.txt next to this file.

Every checksum-bearing value is computed here:
  cards  - Luhn (valid when labelled, check digit broken in look-alikes)
  IBAN   - ISO 13616 mod-97 (valid when labelled, broken in look-alikes)
  SSN    - SSA rules (no 000/666/9xx area, no 00 group, no 0000 serial)
  NINO   - HMRC prefix/suffix rules
"""
import base64
import json
import os
import random
import string
import unicodedata

R = random.Random(4207)
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# span markers (private-use characters, never part of content)
SO, SM, SC = "\ue000", "\ue001", "\ue002"
KINDS = ("email", "phone", "card", "iban", "ssn", "ip", "nino", "dob", "secret")


def L(kind, text):
    assert kind in KINDS, kind
    assert text and SO not in text and SC not in text and SM not in text
    return SO + kind + SM + text + SC


def E(t): return L("email", t)
def P(t): return L("phone", t)
def C(t): return L("card", t)
def I(t): return L("iban", t)
def S(t): return L("ssn", t)
def IP(t): return L("ip", t)
def N(t): return L("nino", t)
def D(t): return L("dob", t)
def K(t): return L("secret", t)


FAMILIES = []


def family(name):
    FAMILIES.append({"name": name, "samples": [], "la": 0})


def add(text, la=0):
    FAMILIES[-1]["samples"].append(text)
    FAMILIES[-1]["la"] += la


# ---------------------------------------------------------------------------
# random helpers
DIG = "0123456789"
ALNUM = string.ascii_letters + string.digits
UPAL = string.ascii_uppercase + string.digits
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"


def d(n): return "".join(R.choice(DIG) for _ in range(n))
def dnz(n): return R.choice("123456789") + d(n - 1)
def pick(seq): return R.choice(seq)
def rs(n, alphabet=ALNUM): return "".join(R.choice(alphabet) for _ in range(n))
def b64s(b): return base64.b64encode(b).decode()
def b64u(b): return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    assert i == len(s), (s, sizes)
    return sep.join(out)


def choose(options, fmt):
    return options[fmt % len(options)] if fmt is not None else R.choice(options)


# ---------------------------------------------------------------------------
# people and e-mail
FIRST = ["Amelia", "Jonas", "Priya", "Mateo", "Chloé", "Hiroshi", "Fatima", "Liam", "Sofia", "Wei",
         "Olga", "Kwame", "Ingrid", "Tomasz", "Aisha", "Lucas", "Mei", "Rafael", "Eleni", "Sven",
         "Nadia", "Diego", "Hannah", "Arjun", "Zeynep", "Oliver", "Camille", "Yuki", "Emeka", "Lena",
         "Björn", "Ana", "Gabriel", "Noor", "Dmitri", "Siobhan", "Pedro", "Keiko", "Marek", "Imani"]
LAST = ["Fischer", "Okafor", "Nakamura", "García", "Dubois", "Kowalski", "Rossi", "Patel", "Johansson",
        "O'Brien", "Müller", "Silva", "Chen", "Novak", "Haddad", "Lindqvist", "Moreau", "Kim", "Ivanova",
        "Schmidt", "Brennan", "Costa", "Yılmaz", "Van Dijk", "Andersen", "Moretti", "Sato", "Mensah",
        "Walsh", "Petrova", "Horvath", "Nwosu", "Fernández", "Berg", "Quinn", "Duarte", "Lefebvre"]
PERSONAL = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.fr", "web.de", "gmx.de", "icloud.com",
            "proton.me", "libero.it", "orange.fr", "t-online.de", "yahoo.es", "mail.ru", "naver.com",
            "qq.com", "bigpond.com", "btinternet.com", "seznam.cz", "wp.pl", "uol.com.br", "hotmail.com",
            "yandex.ru", "rediffmail.com", "telenet.be", "bluewin.ch"]
CORP = ["brightwell-logistics.com", "kestrelpay.io", "hofmann-bau.de", "lumenhealth.org",
        "atelier-marchand.fr", "nordvik-shipping.no", "verdant-foods.co.uk", "calderon-abogados.es",
        "pinecrest-dental.com", "orbitalyx.ai", "studio-bellini.it", "tanaka-seiki.co.jp",
        "greyfield.edu", "riverbend-clinic.org", "meridian-hr.com", "quantafin.ch", "helios-retail.nl",
        "baltic-freight.pl", "sundara-tech.in", "kaizen-robotics.com", "copperleaf.studio",
        "aurora-insurance.ie", "vela-analytics.se", "tidewater-law.com"]


def slug(s):
    s = unicodedata.normalize("NFKD", s.replace("ı", "i"))
    return "".join(c for c in s.lower() if c.isascii() and c.isalnum())


def person():
    return pick(FIRST), pick(LAST)


def email(first=None, last=None, dom=None, style=None):
    if first is None:
        first, last = person()
    f, l = slug(first), slug(last)
    if dom is None:
        dom = pick(PERSONAL if R.random() < 0.5 else CORP)
    opts = [f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{d(2)}", f"{f}.{l}+{pick(['shop', 'news', 'work', 'bills'])}",
            f"{l}.{f[0]}", f"{f}{d(4)}", f"{f}", f"{f[0]}.{l}"]
    local = choose(opts, style)
    return f"{local}@{dom}"


# ---------------------------------------------------------------------------
# phones (digits random; fictional ranges such as US 555 and UK drama numbers avoided)
def phone(cc, fmt=None):
    if cc in ("US", "CA"):
        a = pick(["212", "312", "415", "617", "646", "702", "206", "303", "512", "919", "404", "713"]
                 if cc == "US" else ["604", "416", "514", "403", "613"])
        while True:
            e = str(R.randint(201, 989))
            if e != "555" and e[1:] != "11":
                break
        n = d(4)
        return choose([f"({a}) {e}-{n}", f"+1 {a} {e} {n}", f"{a}-{e}-{n}", f"+1-{a}-{e}-{n}",
                       f"{a}.{e}.{n}", f"+1{a}{e}{n}"], fmt)
    if cc == "UK":
        m = "7" + pick("4589") + d(8)
        return choose(["0" + m[:4] + " " + m[4:], "+44 " + m[:4] + " " + m[4:],
                       "+44 (0)" + m[:4] + " " + m[4:7] + " " + m[7:], "0" + m[:4] + " " + m[4:7] + " " + m[7:],
                       "+44" + m], fmt)
    if cc == "UKL":
        x = pick("38") + d(7)
        return choose(["020 " + x[:4] + " " + x[4:], "+44 20 " + x[:4] + " " + x[4:],
                       "+44 (0)20 " + x[:4] + " " + x[4:]], fmt)
    if cc == "DE":
        p = pick(["151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "177", "178", "179"])
        n = d(8)
        return choose([f"0{p} {n}", f"+49 {p} {n}", f"+49 (0){p} {n[:4]} {n[4:]}", f"0{p}/{n}", f"+49{p}{n}",
                       f"0{p}-{n[:4]} {n[4:]}"], fmt)
    if cc == "DEL":
        c = pick(["30", "89", "40", "221", "69", "711"])
        n = dnz(8 if len(c) == 2 else 7)
        return choose([f"0{c} {n}", f"+49 {c} {n}", f"+49 ({c}) {n[:3]} {n[3:]}", f"0{c} / {n[:4]} {n[4:]}"], fmt)
    if cc in ("FR", "FRL"):
        m = (pick("67") if cc == "FR" else "1") + d(8)
        pairs = [m[1:3], m[3:5], m[5:7], m[7:9]]
        return choose(["0" + m[0] + " " + " ".join(pairs), "+33 " + m[0] + " " + " ".join(pairs),
                       "+33 (0)" + m[0] + " " + " ".join(pairs), "0" + m[0] + "." + ".".join(pairs), "+33" + m], fmt)
    if cc == "ES":
        m = pick(["6" + d(8), "7" + pick("1234") + d(7)])
        return choose([f"+34 {m[:3]} {m[3:6]} {m[6:]}", f"{m[:3]} {m[3:5]} {m[5:7]} {m[7:]}", f"+34{m}",
                       f"(+34) {m[:3]} {m[3:6]} {m[6:]}"], fmt)
    if cc == "ESL":
        m = "91" + d(7)
        return choose([f"+34 {m[:2]} {m[2:5]} {m[5:7]} {m[7:]}", f"{m[:2]} {m[2:5]} {m[5:7]} {m[7:]}"], fmt)
    if cc == "IT":
        m = "3" + pick(["20", "28", "33", "35", "39", "40", "47", "48", "49", "66", "89"]) + d(7)
        return choose([f"+39 {m[:3]} {m[3:6]} {m[6:]}", f"{m[:3]} {m[3:]}", f"+39 {m}", f"{m[:3]}-{m[3:]}"], fmt)
    if cc == "ITL":
        m = "06" + d(8)
        return choose([f"+39 {m[:2]} {m[2:6]} {m[6:]}", f"{m[:2]} {m[2:6]} {m[6:]}"], fmt)
    if cc == "NL":
        m = "6" + d(8)
        return choose([f"+31 6 {m[1:]}", f"06-{m[1:]}", f"06 {m[1:5]} {m[5:]}", f"+31 (0)6 {m[1:3]} {m[3:6]} {m[6:]}"], fmt)
    if cc == "NLL":
        m = "20" + d(7)
        return choose([f"+31 20 {m[2:5]} {m[5:]}", f"020-{m[2:]}"], fmt)
    if cc == "BE":
        m = "4" + pick(["70", "71", "72", "75", "76", "77", "78", "79", "84", "85", "86", "94", "95", "96", "97"]) + d(6)
        return choose([f"+32 {m[:3]} {m[3:5]} {m[5:7]} {m[7:]}", f"0{m[:3]} {m[3:5]} {m[5:7]} {m[7:]}", f"+32{m}"], fmt)
    if cc == "CH":
        m = "7" + pick("5689") + d(7)
        return choose([f"+41 {m[:2]} {m[2:5]} {m[5:7]} {m[7:]}", f"0{m[:2]} {m[2:5]} {m[5:7]} {m[7:]}"], fmt)
    if cc == "CHL":
        m = "44" + d(7)
        return choose([f"+41 {m[:2]} {m[2:5]} {m[5:7]} {m[7:]}", f"0{m[:2]} {m[2:5]} {m[5:7]} {m[7:]}"], fmt)
    if cc == "AT":
        m = "6" + pick(["64", "60", "76", "50", "99", "81"]) + d(7)
        return choose([f"+43 {m[:3]} {m[3:]}", f"0{m[:3]} {m[3:6]} {m[6:]}", f"+43 (0){m[:3]} {m[3:]}"], fmt)
    if cc == "PL":
        m = pick(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]) + d(7)
        return choose([f"+48 {m[:3]} {m[3:6]} {m[6:]}", f"{m[:3]}-{m[3:6]}-{m[6:]}", f"{m[:3]} {m[3:6]} {m[6:]}"], fmt)
    if cc == "SE":
        m = "7" + pick("0236") + d(7)
        return choose([f"+46 {m[:2]} {m[2:5]} {m[5:7]} {m[7:]}", f"0{m[:2]}-{m[2:5]} {m[5:7]} {m[7:]}"], fmt)
    if cc == "NO":
        m = pick("49") + d(7)
        return choose([f"+47 {m[:3]} {m[3:5]} {m[5:]}", f"+47 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}"], fmt)
    if cc == "DK":
        m = pick("2345") + d(7)
        return choose([f"+45 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}", f"{m[:2]} {m[2:4]} {m[4:6]} {m[6:]}"], fmt)
    if cc == "FI":
        m = "4" + pick("01456") + d(7)
        return choose([f"+358 {m[:2]} {m[2:5]} {m[5:]}", f"0{m[:2]} {m[2:5]} {m[5:]}"], fmt)
    if cc == "IE":
        m = "8" + pick("35679") + d(7)
        return choose([f"+353 {m[:2]} {m[2:5]} {m[5:]}", f"0{m[:2]} {m[2:5]} {m[5:]}"], fmt)
    if cc == "PT":
        m = "9" + pick("1236") + d(7)
        return choose([f"+351 {m[:3]} {m[3:6]} {m[6:]}", f"{m[:3]} {m[3:6]} {m[6:]}"], fmt)
    if cc == "GR":
        m = "69" + pick("3479") + d(7)
        return choose([f"+30 {m[:3]} {m[3:6]} {m[6:]}", f"{m[:3]} {m[3:]}"], fmt)
    if cc == "CZ":
        m = pick("67") + pick("0237") + d(7)
        return choose([f"+420 {m[:3]} {m[3:6]} {m[6:]}", f"{m[:3]} {m[3:6]} {m[6:]}"], fmt)
    if cc == "BR":
        a = pick(["11", "21", "31", "41", "51", "61", "71", "81"])
        n = "9" + d(8)
        return choose([f"+55 {a} {n[:5]}-{n[5:]}", f"({a}) {n[:5]}-{n[5:]}", f"+55 ({a}) {n[:5]}-{n[5:]}"], fmt)
    if cc == "MX":
        a = pick(["55", "33", "81"])
        n = d(8)
        return choose([f"+52 {a} {n[:4]} {n[4:]}", f"({a}) {n[:4]} {n[4:]}", f"+52 1 {a} {n[:4]} {n[4:]}"], fmt)
    if cc == "AR":
        n = pick("2345") + d(7)
        return choose([f"+54 9 11 {n[:4]}-{n[4:]}", f"11 {n[:4]}-{n[4:]}"], fmt)
    if cc == "CO":
        n = "3" + pick(["00", "10", "15", "20"]) + d(7)
        return choose([f"+57 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:]}"], fmt)
    if cc == "IN":
        m = pick("6789") + d(9)
        return choose([f"+91 {m[:5]} {m[5:]}", f"+91-{m}", f"0{m[:5]} {m[5:]}", f"{m[:5]}-{m[5:]}"], fmt)
    if cc == "JP":
        m = pick(["90", "80", "70"]) + d(8)
        return choose([f"0{m[:2]}-{m[2:6]}-{m[6:]}", f"+81 {m[:2]}-{m[2:6]}-{m[6:]}", f"+81 {m[:2]} {m[2:6]} {m[6:]}"], fmt)
    if cc == "JPL":
        n = d(8)
        return choose([f"03-{n[:4]}-{n[4:]}", f"+81 3-{n[:4]}-{n[4:]}", f"06-{n[:4]}-{n[4:]}"], fmt)
    if cc == "CN":
        m = "1" + pick(["38", "39", "35", "58", "86", "89", "77", "50", "36"]) + d(8)
        return choose([f"+86 {m[:3]} {m[3:7]} {m[7:]}", m, f"{m[:3]}-{m[3:7]}-{m[7:]}", f"+86-{m}"], fmt)
    if cc == "KR":
        n = d(8)
        return choose([f"010-{n[:4]}-{n[4:]}", f"+82 10-{n[:4]}-{n[4:]}", f"+82 10 {n[:4]} {n[4:]}"], fmt)
    if cc == "TW":
        n = "9" + d(8)
        return choose([f"0{n[:3]}-{n[3:6]}-{n[6:]}", f"+886 {n[:3]} {n[3:6]} {n[6:]}"], fmt)
    if cc == "AU":
        m = "4" + d(8)
        return choose([f"0{m[:3]} {m[3:6]} {m[6:]}", f"+61 {m[:3]} {m[3:6]} {m[6:]}", f"+61{m}"], fmt)
    if cc == "AUL":
        n = "9" + d(7)
        return choose([f"(02) {n[:4]} {n[4:]}", f"+61 2 {n[:4]} {n[4:]}"], fmt)
    if cc == "NZ":
        n = "2" + pick("1127") + d(7)
        return choose([f"+64 {n[:2]} {n[2:5]} {n[5:]}", f"0{n[:2]} {n[2:5]} {n[5:]}"], fmt)
    if cc == "ZA":
        m = pick(["82", "83", "72", "73", "84", "61"]) + d(7)
        return choose([f"+27 {m[:2]} {m[2:5]} {m[5:]}", f"0{m[:2]} {m[2:5]} {m[5:]}"], fmt)
    if cc == "NG":
        m = pick(["803", "806", "813", "816", "703", "706", "805", "807"]) + d(7)
        return choose([f"+234 {m[:3]} {m[3:6]} {m[6:]}", f"0{m[:3]} {m[3:6]} {m[6:]}", f"+234{m}"], fmt)
    if cc == "KE":
        m = "7" + pick("0129") + d(7)
        return choose([f"+254 {m[:3]} {m[3:6]} {m[6:]}", f"0{m[:3]} {m[3:]}"], fmt)
    if cc == "TR":
        m = "5" + pick(["32", "33", "35", "42", "05", "55"]) + d(7)
        return choose([f"+90 {m[:3]} {m[3:6]} {m[6:8]} {m[8:]}", f"0{m[:3]} {m[3:6]} {m[6:8]} {m[8:]}"], fmt)
    if cc == "AE":
        m = "5" + pick("02568") + d(7)
        return choose([f"+971 {m[:2]} {m[2:5]} {m[5:]}", f"0{m[:2]} {m[2:5]} {m[5:]}", f"+971{m}"], fmt)
    if cc == "SA":
        m = "5" + pick("0345") + d(7)
        return choose([f"+966 {m[:2]} {m[2:5]} {m[5:]}", f"0{m[:2]} {m[2:5]} {m[5:]}"], fmt)
    if cc == "EG":
        m = "1" + pick("0125") + d(8)
        return choose([f"+20 {m[:2]} {m[2:6]} {m[6:]}", f"0{m[:2]} {m[2:6]} {m[6:]}"], fmt)
    if cc == "IL":
        m = "5" + pick("02348") + d(7)
        return choose([f"+972 {m[:2]}-{m[2:5]}-{m[5:]}", f"0{m[:2]}-{m[2:5]}-{m[5:]}"], fmt)
    if cc == "SG":
        m = pick("89") + d(7)
        return choose([f"+65 {m[:4]} {m[4:]}", f"+65{m}", f"{m[:4]} {m[4:]}"], fmt)
    if cc == "HK":
        m = pick("569") + d(7)
        return choose([f"+852 {m[:4]} {m[4:]}", f"{m[:4]} {m[4:]}"], fmt)
    if cc == "PH":
        m = "9" + pick(["17", "18", "27", "05", "98"]) + d(7)
        return choose([f"+63 {m[:3]} {m[3:6]} {m[6:]}", f"0{m[:3]} {m[3:6]} {m[6:]}"], fmt)
    if cc == "ID":
        m = "8" + pick(["11", "12", "13", "21", "52", "57"]) + d(8)
        return choose([f"+62 {m[:3]}-{m[3:7]}-{m[7:]}", f"0{m[:3]}-{m[3:7]}-{m[7:]}"], fmt)
    if cc == "TH":
        m = pick("689") + d(8)
        return choose([f"+66 {m[:2]} {m[2:5]} {m[5:]}", f"0{m[:2]}-{m[2:5]}-{m[5:]}"], fmt)
    if cc == "VN":
        m = pick("39") + d(8)
        return choose([f"+84 {m[:2]} {m[2:5]} {m[5:]}", f"0{m[:2]} {m[2:5]} {m[5:]}"], fmt)
    if cc == "RU":
        m = "9" + pick(["16", "03", "26", "85", "99", "15"]) + d(7)
        return choose([f"+7 {m[:3]} {m[3:6]}-{m[6:8]}-{m[8:]}", f"8 ({m[:3]}) {m[3:6]}-{m[6:8]}-{m[8:]}", f"+7{m}"], fmt)
    if cc == "UA":
        m = pick(["50", "67", "93", "97"]) + d(7)
        return choose([f"+380 {m[:2]} {m[2:5]} {m[5:7]} {m[7:]}", f"0{m[:2]} {m[2:5]} {m[5:7]} {m[7:]}"], fmt)
    if cc == "IR":
        m = "9" + pick("0123") + d(8)
        return choose([f"0{m[:3]} {m[3:6]} {m[6:]}", f"+98 {m[:3]} {m[3:6]} {m[6:]}"], fmt)
    if cc == "BD":
        m = "1" + pick("3789") + d(8)
        return choose([f"0{m[:4]}-{m[4:]}", f"+880 {m[:4]}-{m[4:]}"], fmt)
    raise KeyError(cc)


# ---------------------------------------------------------------------------
# payment cards (Luhn computed)
def luhn_digit(partial):
    s = 0
    for i, ch in enumerate(reversed(partial)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


CARD_NETS = {
    "visa": (lambda: "4" + pick("0123456789"), [16]),
    "mastercard": (lambda: str(R.randint(51, 55)), [16]),
    "mastercard2": (lambda: str(R.randint(2221, 2720)), [16]),
    "amex": (lambda: pick(["34", "37"]), [15]),
    "discover": (lambda: pick(["6011", str(R.randint(644, 649)), "65"]), [16]),
    "jcb": (lambda: str(R.randint(3528, 3589)), [16]),
    "diners": (lambda: pick(["36", "38", str(R.randint(300, 305))]), [14]),
    "unionpay": (lambda: "62" + pick(["22", "28", "17", "48", "58"]), [16, 19]),
    "maestro": (lambda: pick(["5018", "5020", "5038", "6304", "6759", "6761", "6763"]), [16, 19]),
    "mir": (lambda: "220" + str(R.randint(0, 4)), [16]),
    "rupay": (lambda: pick(["6521", "6522", "6080", "8172"]), [16]),
    "elo": (lambda: pick(["636368", "504175", "509066"]), [16]),
    "troy": (lambda: "9792", [16]),
    "visa13": (lambda: "4", [13]),
}


def card_num(net, valid=True, length=None):
    pf, lens = CARD_NETS[net]
    p = pf()
    ln = length or pick(lens)
    body = p + d(ln - len(p) - 1)
    cd = luhn_digit(body)
    if not valid:
        cd = str((int(cd) + R.randint(1, 9)) % 10)
    num = body + cd
    assert luhn_ok(num) == valid
    return num


def fmt_card(num, style="space"):
    n = len(num)
    sizes = {13: [4, 4, 5], 14: [4, 6, 4], 15: [4, 6, 5], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}[n]
    if style == "plain":
        return num
    return grp(num, sizes, {"space": " ", "dash": "-"}[style])


# ---------------------------------------------------------------------------
# IBAN (mod-97 computed)
def _be_bban():
    x = d(10)
    c = int(x) % 97 or 97
    return x + f"{c:02d}"


IBAN_BBAN = {
    "DE": lambda: d(18),
    "GB": lambda: pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SCBL"]) + d(14),
    "FR": lambda: d(23),
    "ES": lambda: d(20),
    "IT": lambda: pick("ABCDEFGHIJKLMNOPRSTUVWXZ") + d(22),
    "NL": lambda: pick(["ABNA", "INGB", "RABO", "TRIO", "KNAB", "SNSB"]) + d(10),
    "BE": _be_bban,
    "CH": lambda: d(17),
    "AT": lambda: d(16),
    "PL": lambda: d(24),
    "SE": lambda: d(20),
    "NO": lambda: d(11),
    "DK": lambda: d(14),
    "FI": lambda: d(14),
    "IE": lambda: pick(["AIBK", "BOFI", "IPBS"]) + d(14),
    "PT": lambda: d(21),
    "LU": lambda: d(16),
    "CZ": lambda: d(20),
    "SA": lambda: d(20),
    "AE": lambda: d(19),
    "TR": lambda: d(5) + "0" + d(16),
    "GR": lambda: d(23),
    "HU": lambda: d(24),
    "RO": lambda: pick(["BTRL", "RNCB", "BRDE", "INGB"]) + rs(16, UPAL),
    "HR": lambda: d(17),
    "LT": lambda: d(16),
    "EE": lambda: d(16),
    "BR": lambda: d(23) + pick("CP") + "1",
    "MT": lambda: pick(["MALT", "VALL"]) + d(5) + rs(18, UPAL),
    "CY": lambda: d(24),
}


def _iban_mod(s):
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return len(s) > 4 and _iban_mod(s) == 1


def iban(cc, valid=True):
    bban = IBAN_BBAN[cc]()
    chk = 98 - _iban_mod(cc + "00" + bban)
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s)
    if not valid:
        # change one BBAN digit, keep the check digits -> mod-97 fails
        pos = [i for i in range(4, len(s)) if s[i].isdigit()]
        i = pick(pos)
        s = s[:i] + str((int(s[i]) + R.randint(1, 9)) % 10) + s[i + 1:]
        assert not iban_ok(s)
    return s


def iban_fmt(s, spaced=True):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


# ---------------------------------------------------------------------------
# US SSN
SSN_AVOID = {"123-45-6789", "078-05-1120", "219-09-9999"}


def ssn_parts():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g, s = R.randint(1, 99), R.randint(1, 9999)
        if f"{a:03d}-{g:02d}-{s:04d}" not in SSN_AVOID:
            return f"{a:03d}", f"{g:02d}", f"{s:04d}"


def ssn_ok(a, g, s):
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


def ssn(style="dash"):
    a, g, s = ssn_parts()
    return {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "plain": f"{a}{g}{s}"}[style]


def ssn_bad(how):
    a, g, s = ssn_parts()
    if how == "area000":
        a = "000"
    elif how == "area666":
        a = "666"
    elif how == "area9":
        a = "9" + d(2)
    elif how == "group00":
        g = "00"
    elif how == "serial0000":
        s = "0000"
    assert not ssn_ok(a, g, s)
    return a, g, s


# ---------------------------------------------------------------------------
# UK National Insurance number
NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"       # not D F I Q U V
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"       # not D F I O Q U V
NI_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(s):
    s = s.replace(" ", "").upper()
    return (len(s) == 9 and s[0] in NI_FIRST and s[1] in NI_SECOND and s[:2] not in NI_BAD_PREFIX
            and s[2:8].isdigit() and s[8] in "ABCD")


def nino_raw():
    while True:
        p = pick(NI_FIRST) + pick(NI_SECOND)
        if p not in NI_BAD_PREFIX:
            s = p + d(6) + pick("ABCD")
            assert nino_ok(s)
            return s


def nino(style="spaced", raw=None):
    s = raw or nino_raw()
    return {"spaced": f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]}", "plain": s,
            "mid": f"{s[:2]} {s[2:8]} {s[8]}", "lower": s.lower()}[style]


def nino_bad(how):
    s = nino_raw()
    if how == "first":
        s = pick("DFIQUV") + s[1:]
    elif how == "second":
        s = s[0] + pick("DFIOQUV") + s[2:]
    elif how == "prefix":
        s = pick(sorted(NI_BAD_PREFIX - {"ZZ"})) + s[2:]
    elif how == "suffix":
        s = s[:8] + pick("EFGHJKMNPXZ")
    assert not nino_ok(s)
    return s


# ---------------------------------------------------------------------------
# dates
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
}


def rdate(y0=1942, y1=2007):
    return R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)


def fdate(y, m, dd, style):
    M = MONTHS
    return {
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "dmy/": f"{dd:02d}/{m:02d}/{y}",
        "mdy/": f"{m:02d}/{dd:02d}/{y}",
        "dmy.": f"{dd:02d}.{m:02d}.{y}",
        "dmy-": f"{dd:02d}-{m:02d}-{y}",
        "ymd/": f"{y}/{m:02d}/{dd:02d}",
        "compact": f"{y}{m:02d}{dd:02d}",
        "mdy_short": f"{m}/{dd}/{y % 100:02d}",
        "en_long": f"{dd} {M['en'][m - 1]} {y}",
        "en_us_long": f"{M['en'][m - 1]} {dd}, {y}",
        "en_abbr": f"{dd:02d}-{M['en'][m - 1][:3]}-{y}",
        "en_abbr_sp": f"{dd} {M['en'][m - 1][:3]} {y}",
        "fr": f"{'1er' if dd == 1 else dd} {M['fr'][m - 1]} {y}",
        "de": f"{dd}. {M['de'][m - 1]} {y}",
        "es": f"{dd} de {M['es'][m - 1]} de {y}",
        "it": f"{dd} {M['it'][m - 1]} {y}",
        "pt": f"{dd} de {M['pt'][m - 1]} de {y}",
        "nl": f"{dd} {M['nl'][m - 1]} {y}",
        "pl": f"{dd} {M['pl'][m - 1]} {y}",
        "ru": f"{dd} {M['ru'][m - 1]} {y}",
        "tr": f"{dd} {M['tr'][m - 1]} {y}",
        "sv": f"{dd} {M['sv'][m - 1]} {y}",
        "cs": f"{dd}. {M['cs'][m - 1]} {y}",
        "ja": f"{y}年{m}月{dd}日",
        "ko": f"{y}년 {m}월 {dd}일",
    }[style]


def dob(style, y0=1942, y1=2007):
    return fdate(*rdate(y0, y1), style)


# ---------------------------------------------------------------------------
# IP addresses (public-looking; private, loopback, documentation and multicast ranges avoided)
def ipv4():
    while True:
        a = R.randint(1, 223)
        if a in (10, 100, 127, 169, 172, 192, 198, 203):
            continue
        return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


IPV6_PREFIXES = ["2a02:810d", "2a01:e0a", "2001:67c", "2a00:23c5", "2607:fb90", "2600:1700", "2401:4900",
                 "2a0d:5600", "2804:14c", "2409:8a1e", "2a03:2880", "2c0f:f4c0"]


def ipv6(compressed=None):
    p = pick(IPV6_PREFIXES)
    if compressed is None:
        compressed = R.random() < 0.5
    g = [f"{R.randint(1, 0xffff):x}" for _ in range(6)]
    if compressed:
        return f"{p}:{g[0]}:{g[1]}::{g[2]}:{g[3]}"
    return p + ":" + ":".join(g)


# ---------------------------------------------------------------------------
# credentials (random bodies in the providers' published shapes)
HUMAN_PW = ["Blu3berry-Pancake!", "Tr0ub4dor&3x", "Summer2025!!", "Kiwi#Paris88", "Manchester1878!",
            "OrangeCat_42", "N0rthSt@r!9", "Lagos2024$$", "S0fia&Milo07", "Dragonfly_0917", "Mar1posa!23",
            "chien-Fido-33", "Gr33nT34time", "W1nter#Coat", "letmein-Ana-1986", "Bella2019!!x",
            "Qwerty!Berlin9", "Pa55word_Kowal", "sunflower77?", "Hamster&Jam5"]


def human_pw():
    return pick(HUMAN_PW)


def rand_pw(n=None):
    return rs(n or R.randint(14, 22), ALNUM + "!#$%&*-_=+?")


def url_pw(n=None):
    return rs(n or R.randint(16, 28), ALNUM + "-_.~")


def aws_akid(temp=False): return ("ASIA" if temp else "AKIA") + rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
def aws_secret(): return rs(40, ALNUM + "/+")
def aws_session(): return "IQoJb3JpZ2luX2Vj" + rs(300, B64) + "=="
def gh_pat(): return pick(["ghp_", "gho_", "ghu_", "ghs_"]) + rs(36)
def gh_fine(): return "github_pat_11" + rs(20, UPAL) + "_" + rs(59)
def gitlab(): return "glpat-" + rs(20, ALNUM + "-_")
def slack(kind="xoxb"): return f"{kind}-{dnz(11)}-{dnz(13)}-{rs(24)}"
def slack_webhook(): return f"https://hooks.slack.com/services/T{rs(8, UPAL)}/B{rs(10, UPAL)}/{rs(24)}"
def stripe(): return pick(["sk_live_", "sk_live_", "rk_live_"]) + "51" + rs(pick([22, 97]))
def openai(): return "sk-proj-" + rs(64, B64U) + "T3BlbkFJ" + rs(64, B64U)
def openai_legacy(): return "sk-" + rs(20) + "T3BlbkFJ" + rs(20)
def anthropic(): return "sk-ant-api03-" + rs(93, B64U) + "AA"
def google_key(): return "AIza" + rs(35, B64U)
def google_oauth(): return "ya29.a0" + rs(150, B64U)
def google_refresh(): return "1//0" + rs(2, "cdeg") + rs(95, B64U)
def sendgrid(): return "SG." + rs(22, B64U) + "." + rs(43, B64U)
def npm_tok(): return "npm_" + rs(36)
def pypi_tok(): return "pypi-AgEIcHlwaS5vcmcCJ" + rs(120, B64U)
def hf_tok(): return "hf_" + rs(34, string.ascii_letters)
def shopify(): return pick(["shpat_", "shpss_", "shpca_"]) + rs(32, HEXL)
def mailgun(): return "key-" + rs(32, HEXL)
def do_tok(): return "dop_v1_" + rs(64, HEXL)
def telegram(): return f"{dnz(10)}:AA{rs(33, B64U)}"
def discord(): return b64u(dnz(18).encode()) + "." + rs(6, B64U) + "." + rs(38, B64U)
def hex32(): return rs(32, HEXL)
def hexn(n): return rs(n, HEXL)
def square(): return "EAAA" + rs(60, B64U)
def atlassian(): return "ATATT3xFfGF0" + rs(150, B64U) + "=" + rs(8, HEXU)
def linear(): return "lin_api_" + rs(40)
def notion(): return "ntn_" + rs(46)
def postman(): return "PMAK-" + rs(24, HEXL) + "-" + rs(34, HEXL)
def vault(): return "hvs." + rs(24) + rs(66, B64U)
def newrelic(): return "NRAK-" + rs(27, UPAL)
def age_key(): return "AGE-SECRET-KEY-1" + rs(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")
def azure_storage(): return rs(86, B64) + "=="
def azure_sb(): return rs(43, B64) + "="
def azure_client_secret(): return rs(3, ALNUM) + "8Q~" + rs(34, ALNUM + "_-.~")
def alibaba_id(): return "LTAI5t" + rs(18)
def cloudflare(): return rs(40, ALNUM + "-_")
def sentry_tok(): return "sntrys_" + rs(80, B64U) + "_" + rs(43, B64U)
def okta(): return "00" + rs(40, B64U)
def django_key(): return rs(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)")
def databricks(): return "dapi" + rs(32, HEXL)
def grafana(): return "glsa_" + rs(32) + "_" + rs(8, HEXL)


def jd(obj, **kw):
    return json.dumps(obj, ensure_ascii=False, **kw)


def jwt(payload, alg="HS256"):
    h = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = rs(43 if alg.startswith("HS") else 342, B64U)
    return f"{h}.{p}.{sig}"


def jwt_rand():
    return jwt({"sub": dnz(8), "iat": 1764100000 + R.randint(0, 90000), "exp": 1764200000 + R.randint(0, 90000),
                "scope": pick(["read:orders", "admin", "user", "billing:write"])}, pick(["HS256", "RS256"]))


PEM_HDR = {"rsa": "RSA PRIVATE KEY", "pkcs8": "PRIVATE KEY", "ec": "EC PRIVATE KEY",
           "openssh": "OPENSSH PRIVATE KEY", "enc": "ENCRYPTED PRIVATE KEY", "dsa": "DSA PRIVATE KEY"}
PEM_START = {"rsa": "MIIEpAIBAAKCAQEA", "pkcs8": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
             "ec": "MHcCAQEEI", "openssh": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
             "enc": "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI", "dsa": "MIIBuwIBAAKBgQ"}


def pem(kind, lines=None, nl="\n"):
    width = 70 if kind == "openssh" else 64
    lines = lines or {"ec": 3, "openssh": 7}.get(kind, 8)
    body = PEM_START[kind] + rs(width * lines - len(PEM_START[kind]), B64)
    tail = rs(R.randint(10, 40), B64) + pick(["", "=", "=="])
    rows = [body[i:i + width] for i in range(0, len(body), width)] + [tail]
    h = PEM_HDR[kind]
    return f"-----BEGIN {h}-----" + nl + nl.join(rows) + nl + f"-----END {h}-----"


def cert_like(label="CERTIFICATE", lines=6):
    body = "MIID" + rs(64 * lines - 4, B64)
    rows = [body[i:i + 64] for i in range(0, len(body), 64)] + [rs(20, B64) + "="]
    return f"-----BEGIN {label}-----\n" + "\n".join(rows) + f"\n-----END {label}-----"


def ssh_pub(kind="ed25519"):
    if kind == "ed25519":
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, B64)
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rs(360, B64) + "="


# ---------------------------------------------------------------------------
# look-alike helpers
def ups_tracking(): return "1Z" + rs(6, UPAL) + d(10)


def isbn13():
    body = "978" + d(9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def ean13(prefix="40"):
    body = prefix + d(12 - len(prefix))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def aba_routing():
    """9-digit ABA routing number with a valid 3-7-1 checksum (a bank identifier, not personal data)."""
    while True:
        body = pick(["02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "26", "31"]) + d(6)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        for c in range(10):
            if (sum(int(x) * y for x, y in zip(body, w)) + c) % 10 == 0:
                return body + str(c)


def uuid4():
    h = rs(32, HEXL)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick('89ab')}{h[17:20]}-{h[20:]}"


def non_luhn(n, first="123456789"):
    """n digits that fail Luhn (so that card-shaped look-alikes are not valid cards)."""
    body = pick(first) + d(n - 2)
    cd = luhn_digit(body)
    return body + str((int(cd) + R.randint(1, 9)) % 10)


# ---------------------------------------------------------------------------
# words for digits
EN_D = "zero one two three four five six seven eight nine".split()
DE_D = "null eins zwei drei vier fünf sechs sieben acht neun".split()
ES_D = "cero uno dos tres cuatro cinco seis siete ocho nueve".split()
IT_D = "zero uno due tre quattro cinque sei sette otto nove".split()
PT_D = "zero um dois três quatro cinco seis sete oito nove".split()
NL_D = "nul een twee drie vier vijf zes zeven acht negen".split()
NATO = {c: w for c, w in zip(string.ascii_uppercase, (
    "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa "
    "Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu").split())}
EN_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
EN_ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
          "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
          "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
          "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth"]


def en_num(n):
    if n < 10:
        return EN_D[n]
    if n < 20:
        return EN_TEENS[n - 10]
    t, u = divmod(n, 10)
    return EN_TENS[t] + ("" if u == 0 else "-" + EN_D[u])


def en_octet(n):
    if n < 100:
        return en_num(n)
    s = str(n)
    if n % 100 == 0:
        return EN_D[int(s[0])] + " hundred"
    return EN_D[int(s[0])] + " " + (en_num(int(s[1:])) if s[1] != "0" else "oh-" + EN_D[int(s[2])])


def en_year(y):
    if y < 2000:
        return en_num(y // 100) + " " + (en_num(y % 100) if y % 100 >= 10 else "oh-" + EN_D[y % 10])
    return "two thousand" + ("" if y == 2000 else " and " + en_num(y - 2000))


FR_U = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
        "douze", "treize", "quatorze", "quinze", "seize"]
FR_T = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def fr_num(n):
    if n < 17:
        return FR_U[n]
    if n < 20:
        return "dix-" + FR_U[n - 10]
    if n < 70:
        t, u = divmod(n, 10)
        w = FR_T[t]
        return w if u == 0 else (w + " et un" if u == 1 else w + "-" + FR_U[u])
    if n < 80:
        u = n - 60
        return "soixante et onze" if u == 11 else "soixante-" + fr_num(u)
    u = n - 80
    return "quatre-vingts" if u == 0 else "quatre-vingt-" + fr_num(u)


def words(s, table, sep=" ", zero=None):
    out = []
    for c in s:
        if c.isdigit():
            out.append(zero if (c == "0" and zero) else table[int(c)])
    return sep.join(out)


def spoken_groups(s, table, zero=None):
    """digits spoken digit by digit, groups (split on spaces/dashes) separated by commas."""
    groups = [g for g in s.replace("-", " ").split(" ") if g]
    return ", ".join(words(g, table, zero=zero) for g in groups)


# other scripts' digits
SCRIPT_DIGITS = {
    "arabic": "٠١٢٣٤٥٦٧٨٩", "persian": "۰۱۲۳۴۵۶۷۸۹", "devanagari": "०१२३४५६७८९",
    "bengali": "০১২৩৪৫৬৭৮৯", "thai": "๐๑๒๓๔๕๖๗๘๙", "fullwidth": "０１２３４５６７８９",
}


def to_script(s, script):
    t = SCRIPT_DIGITS[script]
    return "".join(t[int(c)] if c.isdigit() else c for c in s)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


ZWSP, ZWNJ, ZWJ, WJ, SHY, NBSP, NNBSP, BOM, LRM, RLM, CGJ = (
    "\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\u00a0", "\u202f", "\ufeff", "\u200e", "\u200f", "\u034f")


# ===========================================================================
# FAMILIES
# ===========================================================================
BS = "\\"

# 1 -------------------------------------------------------------------------
family("support_chat_en")
f, l = person()
add(f"Customer: hi, I can't log in. The account is under {E(email(f, l))}\nAgent: Thanks {f}, I've just sent a reset link to that address.")
add(f"Agent: Your replacement is order {d(4)}-{d(4)}-{d(4)}; the courier window is 08:00–12:00 tomorrow. Anything else?\nCustomer: no that's all, thanks!", la=1)
add(f"[10:42] visitor: can someone call me back on {P(phone('US', 0))}? it's about order #{pick('ABCDEFG')}-{d(7)}", la=1)
add(f"User: my card {C(fmt_card(card_num('visa')))} got charged twice for the same subscription, can you refund one of them?")
add("Agent: For verification, could you confirm the last four digits of the card on file?\nCustomer: " + d(4) + "\nAgent: Perfect, that matches what we have.", la=1)
add(f"chat> I moved last month, new mobile is {P(phone('UK', 0))} and please switch my email to {E(email())}")
add("Customer: what are your password rules? it keeps rejecting mine\nAgent: At least 12 characters, with one number and one symbol, and you can't reuse the previous five passwords.")
add(f"Customer: ok the password I set is {K(human_pw())} and it still says invalid. I'm stuck at the 2FA step")
add(f"me: the SSN you have on file should be {S(ssn())}, the one printed in the letter has two digits swapped")
add(f"Customer: the tracking number you sent, {ups_tracking()}, has said \"label created\" for a week now", la=1)
add(f"Agent (Marta): You can reach our billing team directly on {P(phone('IE', 0))}, Monday to Friday 9–17.")
add(f"Customer: for the security question, I was born {D(dob('en_long'))} and the postcode hasn't changed")
add(f"Customer: I paid with the Amex ending {d(4)}, payment ref PAY-2026{d(4)}-{d(4)}. Still shows unpaid?", la=2)
add(f"Customer: for the refund please use my IBAN {I(iban_fmt(iban('DE')))} (Sparkasse), account holder {f} {l}")
add(f"Customer: you can also email my husband at {E(email())} if I don't pick up")
add("Agent: I've escalated this to tier 2, your ticket reference is CS-" + d(7) + ". Expect an update within 48 hours.", la=1)
add(f"Customer: nvm found it. btw your app logged me out again from {IP(ipv4())}, is that my home IP or something weird?")

# 2 -------------------------------------------------------------------------
family("email_signatures")
add(f"Mit freundlichen Grüßen\n\nJonas Fischer\nProjektleitung | Hofmann Bau GmbH\nMobil {P(phone('DE', 1))}\n{E('jonas.fischer@hofmann-bau.de')}\n\nHofmann Bau GmbH · Amtsgericht München HRB {d(6)} · USt-IdNr. DE{d(9)}", la=2)
add("Dr. Eleni Costa (she/her)\nSenior Lecturer, School of Computing\nOffice hours Tue 14:00–16:00, Room B2.114\nThis e-mail and any attachments are confidential.", la=1)
add(f"Cordialement,\n\nCamille Moreau\nResponsable des achats — Atelier Marchand\nPortable : {P(phone('FR', 1))}\n{E('c.moreau@atelier-marchand.fr')}\nSIRET 8{d(13)}", la=1)
add(f"Kind regards,\n\nOliver Walsh\nHead of Operations, Verdant Foods Ltd\nMobile: {P(phone('UK', 3))}\nEmail: {E('oliver.walsh@verdant-foods.co.uk')}\nRegistered in England and Wales, company no. 0{d(7)}", la=1)
add(f"Un saludo,\n\nDiego Fernández\nCalderón & Asociados Abogados\nC/ Serrano 41, 28001 Madrid\nMóvil {P(phone('ES', 0))}\n{E('d.fernandez@calderon-abogados.es')}\nEste mensaje y sus anexos son confidenciales.")
add(f"田中 博\n株式会社 田中精機 営業部\n〒150-{d(4)} 東京都渋谷区渋谷2-21-1\n携帯: {P(phone('JP', 0))}\nE-mail: {E('h.tanaka@tanaka-seiki.co.jp')}", la=1)
add(f"Pozdrawiam serdecznie\nTomasz Kowalski\nKierownik Spedycji, Baltic Freight Sp. z o.o.\ntel. kom. {P(phone('PL', 0))}\n{E('t.kowalski@baltic-freight.pl')}\nNIP {d(3)}-{d(3)}-{d(2)}-{d(2)}, REGON {d(9)}", la=2)
add(f"Atenciosamente,\nRafael Costa\nGerente Comercial\nCelular/WhatsApp: {P(phone('BR', 0))}\n{E('rafael.costa@uol.com.br')}\nCNPJ {d(2)}.{d(3)}.{d(3)}/0001-{d(2)}", la=1)
add(f"Thanks & Regards,\nArjun Patel\nSundara Tech Pvt. Ltd., Bengaluru\nMob: {P(phone('IN', 0))}\nEmail: {E('arjun.patel@sundara-tech.in')}\nCIN: U72900KA2019PTC{d(6)}", la=1)
add(f"감사합니다.\n김민준 드림\n카이젠 로보틱스 | 영업팀 과장\n휴대폰: {P(phone('KR', 0))}\n이메일: {E('minjun.kim@kaizen-robotics.com')}")
add(f"Warm regards,\nEmeka Nwosu\nLagos office\nFollow us @brightwell_logistics on X\n{E('emeka.nwosu@brightwell-logistics.com')}", la=1)

# 3 -------------------------------------------------------------------------
family("email_headers")
add(f"From: \"Priya Patel\" <{E('priya.patel@orbitalyx.ai')}>\nTo: {E(email())}\nSubject: Re: Q4 contract renewal\nDate: Thu, 26 Nov 2026 09:14:03 +0100\nMessage-ID: <CAF{rs(14)}{d(4)}@mail.gmail.com>", la=1)
ip1 = ipv4()
hn = d(2)
add(f"Received: from mail-ej1-f{hn}.google.com (mail-ej1-f{hn}.google.com [{IP(ip1)}])\n\tby mx1.kestrelpay.io (Postfix) with ESMTPS id 4F{rs(8, HEXU)}\n\tfor <{E('refunds@kestrelpay.io')}>; Thu, 26 Nov 2026 08:14:05 +0000 (UTC)", la=1)
add(f"X-Originating-IP: [{IP(ipv4())}]\nX-Mailer: Microsoft Outlook 16.0\nX-MS-Exchange-Organization-SCL: -1\nX-MS-Has-Attach: yes", la=1)
ip2 = ipv4()
add(f"Return-Path: <{E(email(dom='verdant-foods.co.uk'))}>\nReceived-SPF: pass (google.com: domain of verdant-foods.co.uk designates {IP(ip2)} as permitted sender) client-ip={IP(ip2)};")
add("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=helios-retail.nl; s=sel1;\n\th=from:to:subject:date:message-id; bh=" + b64s(bytes(R.randrange(256) for _ in range(32))) + ";\n\tb=" + rs(172, B64) + "==", la=2)
add(f"Authentication-Results: mx.google.com;\n       dkim=pass header.i=@verdant-foods.co.uk header.s=s1 header.b=Xk{rs(6)};\n       spf=pass (google.com: domain of {E('noreply@verdant-foods.co.uk')} designates the sending host as permitted sender)", la=2)
add(f"---------- Forwarded message ---------\nFrom: Kwame Mensah <{E('kwame.mensah@gmail.com')}>\nDate: Wed, 25 Nov 2026 at 17:02\nSubject: Invoice 2026-{d(4)}\nTo: Accounts <accounts@…>", la=1)
add(f"Von: Nadia Haddad <{E('nadia.haddad@t-online.de')}>\nGesendet: Mittwoch, 25. November 2026 16:40\nAn: Einkauf\nBetreff: AW: Angebot Nr. {d(4)}-B", la=1)
add(f"Received: from [IPv6:{IP(ipv6(True))}] (port=51822 helo=[localhost])\n\tby smtp.helios-retail.nl with esmtpsa (TLS1.3) id 1v{rs(5)}-000{d(3)}-{rs(2)}", la=1)

# 4 -------------------------------------------------------------------------
family("crm_csv_export")


def _row_person():
    f, l = person()
    return f, l, email(f, l)


rows = []
for cc in ("UK", "US"):
    f, l, em = _row_person()
    rows.append(f"{dnz(5)},{f},{l.replace(',', '')},{E(em)},{P(phone(cc, 1))},{D(dob('iso'))},{cc if cc != 'UK' else 'GB'}")
add("customer_id,first_name,last_name,email,phone,date_of_birth,country\n" + "\n".join(rows))
rows = []
for cc in ("DE", "AT"):
    f, l, em = _row_person()
    rows.append(f"{l}, {f};{E(em)};{D(dob('dmy.'))};KD-{d(8)}")
add("Name;E-Mail;Geburtsdatum;Kundennummer\n" + "\n".join(rows), la=2)
rows = []
for cc in ("FR", "BE"):
    f, l, em = _row_person()
    rows.append(f"{l.upper()};{f};{E(em)};{P(phone(cc, 0))};{D(dob('dmy/'))}")
rows = []
for i in range(2):
    f, l, em = _row_person()
    rows.append(f"{f} {l}|{E(em)}|{P(phone(pick(['US', 'CA']), 2))}|2026-{R.randint(1, 11):02d}-{R.randint(1, 28):02d}")
add("id|full_name|email|mobile|signup_date\n" + "\n".join(f"{i + 1}|{r}" for i, r in enumerate(rows)), la=2)
f1, l1, em1 = _row_person()
f2, l2, em2 = _row_person()
add(f"\"Record ID\",\"First Name\",\"Last Name\",\"Email\",\"Phone Number\",\"Lifecycle Stage\",\"Create Date\"\n\"{dnz(11)}\",\"{f1}\",\"{l1}\",\"{E(em1)}\",\"{P(phone('SG', 0))}\",\"lead\",\"2026-10-02 14:11\"", la=2)
add(f"member_no,name,dob,ssn_last4\nM{d(7)},{pick(FIRST)} {pick(LAST).replace(chr(39), '')},{D(dob('mdy/'))},{d(4)}", la=2)
add(f"user,ip_address,last_login,failed_attempts\n{slug(pick(FIRST))}{d(2)},{IP(ipv4())},2026-11-25T22:10:04Z,0\n{slug(pick(FIRST))}.{slug(pick(LAST))},{IP(ipv6())},2026-11-26T06:55:41Z,3")
add(f"payee_name,iban,amount,currency,reference\n{pick(FIRST)} {pick(LAST)},{I(iban('NL'))},1250.00,EUR,PAYOUT-{d(6)}\n{pick(FIRST)} {pick(LAST)},{I(iban('ES'))},87.40,EUR,PAYOUT-{d(6)}", la=2)
add(f"emp_no\tsurname\tni_number\tpostcode\n{d(5)}\tWalsh\t{N(nino('plain'))}\tLS6 2QT\n{d(5)}\tQuinn\t{N(nino('plain'))}\tBT9 5AB", la=2)
f, l, em = _row_person()
add("Exported 4,812 contacts from segment \"EU newsletter\" on 26/11/2026 — 37 rows skipped (invalid email), 12 duplicates merged.", la=1)

# 5 -------------------------------------------------------------------------
family("json_records")
f, l = person()
add(jd({"id": "cus_" + rs(14), "name": f"{f} {l}", "email": E(email(f, l)), "phone": P(phone("DE", 4)),
                "birth_date": D(dob("iso")), "created": 1764147123 - R.randint(0, 9000000)}), la=2)
add(jd({"event": "payment_intent.succeeded", "data": {"amount": 4999, "currency": "eur",
                "billing_details": {"email": E(email()), "phone": P(phone("FR", 4))},
                "payment_method": {"card": {"brand": "visa", "last4": d(4), "exp_month": 12, "exp_year": 2028}}},
                "request_ip": IP(ipv4())}), la=1)
add(jd({"ts": "2026-11-26T08:14:05.123Z", "level": "info", "msg": "login ok", "user": E(email()),
                "ip": IP(ipv4()), "ua": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15"}), la=1)
add(jd({"payee": {"name": f"{pick(FIRST)} {pick(LAST)}", "iban": I(iban("BE")), "bic": "GEBABEBB"},
                "amount": {"value": "1250.00", "currency": "EUR"}, "end_to_end_id": "E2E-2026" + d(10)}, indent=2), la=2)
add(jd({"resourceType": "Patient", "id": "pat-" + d(6), "name": [{"family": pick(LAST), "given": [pick(FIRST)]}],
                "telecom": [{"system": "email", "value": E(email())}],
                "gender": "female", "birthDate": D(dob("iso"))}))
add(jd({"employee": {"id": "E" + d(5), "ssn": S(ssn()), "hire_date": "2024-03-18",
                             "w4_status": "single"}}), la=1)
add(jd({"level": "warn", "msg": "sms delivery failed", "to": P(phone("ZA", 0).replace(" ", "")), "provider_code": 30007,
                "retry_in_s": 60}))
add(jd({"level": "debug", "msg": "device registered", "device_id": uuid4(), "app_version": "5.12.0",
                "os": "Android 14", "ip": IP(ipv6())}), la=2)
add(jd({"order": "SO-" + d(8), "shipping": {"name": f"{pick(FIRST)} {pick(LAST)}", "phone": P(phone("MX", 0)),
                "email": E(email())}, "total": "1.899,00", "currency": "MXN", "sku": ["HX-" + d(5) + "-BLK"]}), la=3)
add('{"type":"object","required":["email","phone","dateOfBirth"],"properties":{"email":{"type":"string","format":"email"},"dateOfBirth":{"type":"string","format":"date"}}}')

# 6 -------------------------------------------------------------------------
family("web_server_logs")
add(f"{IP(ipv4())} - - [26/Nov/2026:08:14:05 +0000] \"GET /api/v2/orders/{d(8)}?page=2 HTTP/1.1\" 200 5123 \"https://shop.helios-retail.nl/cart\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.86 Safari/537.36\"", la=2)
add(f"GET /static/app.{hexn(8)}.js HTTP/2 200 48213 rt=0.004 upstream=- cache=HIT", la=1)
add("2026-11-26T08:00:00Z health: ok (db 3 ms, cache 1 ms, queue depth 0), uptime 41d 06:12:55, version 8.4.1+build.3312", la=2)
add(f"{IP(ipv6(True))} - jdoe [26/Nov/2026:08:14:07 +0100] \"POST /wp-login.php HTTP/1.1\" 302 0 \"-\" \"python-requests/2.32.3\"", la=1)
add(f"Nov 26 08:14:05 web01 sshd[{d(5)}]: Failed password for invalid user admin from {IP(ipv4())} port {R.randint(30000, 65000)} ssh2")
add(f"2026-11-26 08:14:05,123 fail2ban.actions        [{d(4)}]: NOTICE  [sshd] Ban {IP(ipv4())}")
add(f"Nov 26 07:59:12 mx1 postfix/smtpd[{d(5)}]: NOQUEUE: reject: RCPT from unknown[{IP(ipv4())}]: 554 5.7.1 <{E(email(dom='kestrelpay.io'))}>: Relay access denied", la=1)
add(f"GET /newsletter/confirm?email={E('maria.lopez%40telefonica.net')}&src=mail&lang=es HTTP/2 200 — client {IP(ipv4())}")
add(f"{IP(ipv4())} - - [26/Nov/2026:09:01:44 +0000] \"GET /export/customers.csv?access_token={K(rs(40, ALNUM))} HTTP/1.1\" 200 884213 \"-\" \"curl/8.5.0\"", la=1)
add(f"An account failed to log on.\n\nSubject:\n\tSecurity ID:\t\tNULL SID\nLogon Type:\t\t\t3\nFailure Reason:\t\tUnknown user name or bad password.\nNetwork Information:\n\tWorkstation Name:\tDESKTOP-{rs(7, UPAL)}\n\tSource Network Address:\t{IP(ipv4())}\n\tSource Port:\t\t{R.randint(40000, 60000)}", la=1)
add(f"[UFW BLOCK] IN=eth0 OUT= MAC=de:ad:00:00:00:00:00:00:00:00:00:00:08:00 SRC={IP(ipv4())} DST={IP(ipv4())} LEN=60 TTL=52 ID={d(5)} DF PROTO=TCP SPT={R.randint(1024, 65000)} DPT=22 WINDOW=64240", la=1)
add("2026-11-26T08:14:05.882Z INFO  [pool-3-thread-7] c.k.p.HealthCheck - upstream ok: 12/12 nodes, p99=184ms, build 2026.11.24.3", la=1)

# 7 -------------------------------------------------------------------------
family("app_stack_traces")
add(f"ERROR billing.tasks: charge failed for {E(email())}\nTraceback (most recent call last):\n  File \"/srv/app/billing/tasks.py\", line 212, in charge\n    resp = stripe.PaymentIntent.create(amount=amt, customer=cid)\nstripe.error.CardError: Request req_{rs(14)}: Your card was declined.", la=1)
add("java.lang.IllegalStateException: cart already checked out\n\tat com.helios.cart.CartService.checkout(CartService.java:118)\n\tat com.helios.api.CartController.post(CartController.java:54)\n\tat jdk.internal.reflect.GeneratedMethodAccessor212.invoke(Unknown Source)")
add(f"Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user \"svc_orders\"\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)\n\t... 42 more\nDataSource url=jdbc:postgresql://db-orders.prod:5432/orders?user=svc_orders&password={K(url_pw())}")
add(f"psycopg2.OperationalError: connection to server at \"{IP(ipv4())}\", port 5432 failed: Connection timed out\n\tIs the server running on that host and accepting TCP/IP connections?")
add(f"MongoServerError: bad auth : authentication failed\n    at Connection.onMessage (/app/node_modules/mongodb/lib/cmap/connection.js:231:30)\n[db] connecting to mongodb+srv://orders:{K(url_pw())}@cluster0.{rs(5, HEXL)}.mongodb.net/prod", la=1)
add(f"PHP Warning:  mysqli_connect(): (HY000/1045): Access denied for user 'shop'@'{IP(ipv4())}' (using password: YES) in /var/www/html/inc/db.php on line 14")
add("panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a1b2c]\n\ngoroutine 1 [running]:\nmain.(*Notifier).send(0xc000012345, {0xc00001c0c0, 0xd})\n\t/src/notify/sms.go:88 +0x1f4", la=3)
add(f"WARN notify/sms.go:71 send failed to={P(phone('UK', 4))} err=\"provider timeout after 3 retries\"")
add("Net::SMTPAuthenticationError: 535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials", la=1)
add(f"KeyError: 'cvv'\n  File \"/app/checkout/views.py\", line 58, in submit\n    cvv = payload['cvv']\nlocals: payload={{'number': '{C(card_num('mastercard'))}', 'exp': '09/29', 'name': 'M. Rossi'}}")
add(f"Sentry event {rs(32, HEXL)}\nuser: {{id: {dnz(6)}, email: {E(email())}}}\nTypeError: Cannot read properties of undefined (reading 'total')\n  at CartSummary (webpack-internal:///./src/cart.tsx:41:27)", la=1)
add("javax.validation.ConstraintViolationException: register.arg0.phone: must match \"^" + BS + "+?[0-9 ]{7,15}$\"\n\tat org.hibernate.validator.internal.engine.ValidatorImpl.validate(ValidatorImpl.java:159)")
add(f"Npgsql.PostgresException (0x80004005): 28P01: password authentication failed for user \"report_ro\"\n   at Npgsql.Internal.NpgsqlConnector.<Open>g__OpenCore|213_1()\nConnection string: Host=db-reports.internal;Database=reports;Username=report_ro;Password={K(rand_pw())}", la=1)

# 8 -------------------------------------------------------------------------
family("env_files")
add(f"NODE_ENV=production\nPORT=8080\nDATABASE_URL=postgresql://orders:{K(url_pw())}@db-prod.internal:5432/orders\nSTRIPE_SECRET_KEY={K(stripe())}\nLOG_LEVEL=info")
add("FEATURE_NEW_CHECKOUT=true\nMAX_UPLOAD_MB=25\nTZ=Europe/Berlin\nRATE_LIMIT_PER_MIN=600\nPASSWORD_RESET_TTL_MIN=30")
add(f"# mail\nSMTP_HOST=smtp.sendgrid.net\nSMTP_PORT=587\nSMTP_USER=apikey\nSMTP_PASS={K(sendgrid())}\nMAIL_FROM={E('noreply@kestrelpay.io')}")
add(f"OPENAI_API_KEY={K(openai())}\nANTHROPIC_API_KEY={K(anthropic())}\nHF_TOKEN={K(hf_tok())}\nMODEL=gpt-4o-mini\nTEMPERATURE=0.2\nMAX_TOKENS=1024")
add(f"GITHUB_TOKEN={K(gh_pat())}\nNPM_TOKEN={K(npm_tok())}\nCI=true\nFORCE_COLOR=1")
add(f"TWILIO_ACCOUNT_SID=AC{hex32()}\nTWILIO_AUTH_TOKEN={K(hex32())}\nTWILIO_FROM_NUMBER={P(phone('US', 5))}", la=1)
add(f"AWS_ACCESS_KEY_ID={K(aws_akid())}\nAWS_SECRET_ACCESS_KEY={K(aws_secret())}\nAWS_DEFAULT_REGION=eu-central-1\nS3_BUCKET=helios-invoices-prod")
add("# .env.example - copy to .env and fill in\nSTRIPE_SECRET_KEY=sk_live_your_key_here\nDATABASE_URL=postgres://user:password@localhost:5432/dbname\nJWT_SECRET=change-me\nADMIN_EMAIL=admin@example.com", la=4)
add(f"SLACK_BOT_TOKEN={K(slack())}\nSLACK_CHANNEL=#deploys")

# 9 -------------------------------------------------------------------------
family("yaml_configs")
add(f"services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: {K(rand_pw())}\n      POSTGRES_DB: app\n    ports:\n      - \"5432:5432\"", la=1)
add("spec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/helios/api:2.14.3\n          resources:\n            limits: {cpu: 500m, memory: 512Mi}\n          envFrom:\n            - secretRef:\n                name: api-credentials", la=1)
pw = rand_pw()
add(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-credentials\n  namespace: payments\ntype: Opaque\ndata:\n  username: {b64s(b'api-user')}\n  password: {K(b64s(pw.encode()))}")
add(f"spring:\n  datasource:\n    url: jdbc:mysql://{IP(ipv4())}:3306/shop?useSSL=true\n    username: shop_rw\n    password: {K(rand_pw())}\n  mail:\n    host: smtp.office365.com\n    username: alerts\n    password-file: /run/secrets/smtp")
add("- name: Publish package\n  run: npm publish --access public\n  env:\n    NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n    GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}", la=2)
add(f"all:\n  hosts:\n    web01:\n      ansible_host: {IP(ipv4())}\n      ansible_user: deploy\n      ansible_become_pass: {K(rand_pw())}")
add("redis:\n  auth:\n    enabled: true\n    existingSecret: redis-auth\n    existingSecretPasswordKey: password\nexternalDatabase:\n  existingSecret: pg-creds\n  passwordKey: db-password")
add(f"route:\n  receiver: ops-slack\nreceivers:\n  - name: ops-slack\n    slack_configs:\n      - api_url: {K(slack_webhook())}\n        channel: '#alerts-prod'\n        send_resolved: true")
add(f"# secrets.yaml (Home Assistant)\nwifi_ssid: FRITZ!Box 7590 KQ\nwifi_password: {K(human_pw())}\nhome_latitude: 52.37{d(2)}\nhome_longitude: 4.89{d(2)}\nmqtt_user: homeassistant", la=2)
add("Parameters:\n  DBPassword:\n    NoEcho: true\n    Type: String\n    MinLength: 12\n    Description: Master password for the RDS instance (supplied at deploy time)")
add(f"network:\n  version: 2\n  ethernets:\n    eth0:\n      addresses: [{IP(ipv4())}/24]\n      routes:\n        - to: default\n          via: _gateway\n      nameservers:\n        addresses: [1.1.1.1, 9.9.9.9]", la=2)
add(f"sops:\n  age:\n    - recipient: age1{rs(58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}\n      enc: |\n        -----BEGIN AGE ENCRYPTED FILE-----\n        YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB{rs(30, B64)}\n        -----END AGE ENCRYPTED FILE-----\n# local decryption key kept in ~/.config/sops/age/keys.txt:\n# {K(age_key())}", la=2)

# 10 ------------------------------------------------------------------------
family("source_code")
add(f"import requests\n\nAPI_KEY = \"{K(google_key())}\"\n\ndef geocode(addr):\n    r = requests.get(\"https://maps.googleapis.com/maps/api/geocode/json\",\n                     params={{\"address\": addr, \"key\": API_KEY}}, timeout=10)\n    return r.json()")
add("db_password = os.environ[\"DB_PASSWORD\"]  # injected by the platform, never committed\nconn = psycopg.connect(host=os.environ[\"DB_HOST\"], password=db_password)")
add(f"const stripe = require(\"stripe\")(\"{K(stripe())}\");\n\nexport async function refund(chargeId) {{\n  return stripe.refunds.create({{ charge: chargeId }});\n}}")
add(f"client := github.NewClient(nil).WithAuthToken(\"{K(gh_fine())}\")\nrepos, _, err := client.Repositories.ListByOrg(ctx, \"helios\", nil)")
add(f"private static final String DB_USER = \"crm\";\nprivate static final String DB_PASS = \"{K(rand_pw())}\";\nConnection c = DriverManager.getConnection(\"jdbc:mysql://localhost/crm\", DB_USER, DB_PASS);")
add(f"var cs = \"Server=tcp:crm-prod.database.windows.net,1433;Initial Catalog=crm;User ID=crmadmin;Password={K(rand_pw())};Encrypt=True;\";")
add(f"$mail->Host = 'smtp.gmail.com';\n$mail->Username = '{E(email(dom='gmail.com'))}';\n$mail->Password = '{K(rs(16, string.ascii_lowercase))}'; // app password\n$mail->Port = 587;")
add(f"Telegram::Bot::Client.run(\"{K(telegram())}\") do |bot|\n  bot.listen {{ |message| bot.api.send_message(chat_id: message.chat.id, text: \"pong\") }}\nend")
add(f"provider \"aws\" {{\n  region     = \"eu-west-1\"\n  access_key = \"{K(aws_akid())}\"\n  secret_key = \"{K(aws_secret())}\"\n}}")
add("def test_masks_email():\n    assert mask(\"someone@example.com\") == \"s*****@example.com\"\n\ndef test_masks_phone():\n    assert mask_phone(\"+1 555 010 0000\") == \"+1 *** *** 0000\"", la=3)
add("EMAIL_RE = re.compile(r\"^[" + BS + "w.+-]+@[" + BS + "w-]+" + BS + ".[" + BS + "w.]+$\")\nPHONE_RE = re.compile(r\"^" + BS + "+?" + BS + "d{7,15}$\")\nIBAN_RE = re.compile(r\"^[A-Z]{2}" + BS + "d{2}[A-Z0-9]{11,30}$\")")
add("def luhn_ok(number: str) -> bool:\n    digits = [int(c) for c in number if c.isdigit()][::-1]\n    total = sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])\n    return total % 10 == 0")
add("let token = std::env::var(\"GITHUB_TOKEN\").expect(\"GITHUB_TOKEN not set\");\nlet password = rpassword::prompt_password(\"Vault password: \")?;")
add(f"SEED_USERS = [\n    {{\"email\": \"{E(email())}\", \"phone\": \"{P(phone('FI', 0))}\", \"role\": \"staff\"}},\n]")

# 11 ------------------------------------------------------------------------
family("shell_history")
add(f"  501  curl -s -H \"Authorization: token {K(gh_pat())}\" https://api.github.com/user/repos | jq '.[].full_name'\n  502  git push origin main")
add("  310  gpg --full-generate-key\n  311  pass init 3AA5C34371567BD2\n  312  pass insert work/vpn\n  313  pass show work/vpn | wl-copy", la=1)
add(f"mysql -u root -p'{K(rand_pw())}' -h {IP(ipv4())} shop_prod < dump_2026-11-25.sql")
add(f"export AWS_ACCESS_KEY_ID={K(aws_akid())}\nexport AWS_SECRET_ACCESS_KEY={K(aws_secret())}\naws s3 ls s3://helios-backups/2026/11/ --recursive | tail -5")
add(f"git clone https://oauth2:{K(gitlab())}@gitlab.com/helios/retail-api.git && cd retail-api")
add(f"docker login registry.kaizen-robotics.com -u ci-bot -p {K(rand_pw())}\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.")
add(f"ssh -i ~/.ssh/id_ed25519 -p 2222 deploy@{IP(ipv4())} 'sudo systemctl restart api'")
add(f"psql \"postgresql://analytics:{K(url_pw())}@{IP(ipv4())}:5432/warehouse?sslmode=require\" -c '\\dt'".replace("\\dt", BS + "dt"))
add("  88  openssl rand -base64 32\n  89  history | grep -i passw\n  90  vim ~/.pgpass\n  91  chmod 600 ~/.pgpass")
add(f"curl -u {E('ops@kaizen-robotics.com')}:{K(atlassian())} -H 'Accept: application/json' https://kaizen.atlassian.net/rest/api/3/myself")

# 12 ------------------------------------------------------------------------
family("private_keys_pem")
add(f"$ cat deploy_key.pem\n{K(pem('rsa'))}")
add(f"here's the staging signing key, please don't share it outside the team:\n\n{K(pem('ec'))}")
add(f"id_ed25519 for the build box is below, I couldn't attach files\n{K(pem('openssh'))}")
add(f"{K(pem('enc', 6))}\npassphrase for the above: {K(human_pw())}")
pgp = f"-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBGV{rs(61, B64)}\n{rs(64, B64)}\n{rs(64, B64)}\n{rs(64, B64)}\n={rs(4, B64)}\n-----END PGP PRIVATE KEY BLOCK-----"
add(f"exported from Kleopatra for the backup USB:\n{K(pgp)}")
add(f"Key for the SFTP drop (PKCS#8):\n{K(pem('pkcs8', 5))}")
add(f"{cert_like()}\n(that's only the public certificate; the key stays on the HSM)", la=1)
add(f"-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA{rs(20, B64)}\n{rs(64, B64)}\n{rs(64, B64)}\n{rs(40, B64)}IDAQAB\n-----END PUBLIC KEY-----", la=1)
add(f"# ~/.ssh/authorized_keys\n{ssh_pub()} jonas@build-01\n{ssh_pub()} ci@runner-eu-3", la=4)
add(f"github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(43, B64)}\n|1|{rs(27, B64)}=|{rs(27, B64)}= ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAI{rs(60, B64)}=", la=2)
add("To create a key pair run: ssh-keygen -t ed25519 -C \"you@example.com\" and paste only the .pub file into the portal — never the private half.", la=1)
add(cert_like("CERTIFICATE REQUEST", 4), la=1)

# 13 ------------------------------------------------------------------------
family("tokens_jwt_oauth")
add(f"GET /v1/me HTTP/1.1\nHost: api.kestrelpay.io\nAuthorization: Bearer {K(jwt_rand())}\nAccept: application/json")
add("curl -H \"Authorization: Bearer $GITHUB_TOKEN\" -H \"X-GitHub-Api-Version: 2022-11-28\" https://api.github.com/rate_limit", la=1)
add(jd({"access_token": K(google_oauth()), "expires_in": 3599, "refresh_token": K(google_refresh()),
        "scope": "https://www.googleapis.com/auth/drive.readonly", "token_type": "Bearer"}, indent=2))
add(f"Authorization: Basic {K(b64s(('svc-report:' + rand_pw(14)).encode()))}\nUser-Agent: ReportFetcher/3.2")
add(f"bot token for the alerts app is {K(slack())} - can someone put it in Vault and rotate after?")
add(f"client.run('{K(discord())}')  # discord bot, test server only")
add(f"curl -s \"https://api.telegram.org/bot{K(telegram())}/sendMessage?chat_id=-100{d(10)}&text=deploy%20done\"", la=1)
add("Run curl -H \"Authorization: Bearer ***\" https://api.kestrelpay.io/v1/deploy\n  curl -H \"Authorization: Bearer ***\" https://api.kestrelpay.io/v1/deploy\n  shell: /usr/bin/bash -e {0}", la=1)
add(f"> localStorage.getItem('id_token')\n'{K(jwt({'iss': 'https://login.helios-retail.nl', 'sub': uuid4(), 'aud': 'web', 'exp': 1764203600}, 'RS256'))}'")
add(f"GET /api/v1/users?limit=200 HTTP/1.1\nAuthorization: SSWS {K(okta())}\nAccept: application/json")
add("The access token lifetime is 3600 seconds; refresh tokens rotate on every use and are revoked after 30 days of inactivity.")
add(f"Authorization: Bearer {K(linear())}  <- personal key, scopes read/write. Please revoke it after the demo.")

# 14 ------------------------------------------------------------------------
family("connection_strings")
add(f"mongodb+srv://orders_app:{K(url_pw())}@cluster0.{rs(5, HEXL)}.mongodb.net/orders?retryWrites=true&w=majority")
add("DATABASE_URL=sqlite:///var/lib/app/app.db\nCACHE_URL=locmem://\nBROKER_URL=memory://")
add(f"Server=tcp:sql-crm.database.windows.net,1433;Database=crm;User Id=report_ro;Password={K(rand_pw())};TrustServerCertificate=False;Connection Timeout=30;")
add(f"DefaultEndpointsProtocol=https;AccountName=heliosmedia;AccountKey={K(azure_storage())};EndpointSuffix=core.windows.net")
add(f"Endpoint=sb://helios-events.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={K(azure_sb())}")
add(f"CACHE_URL=redis://:{K(url_pw())}@{IP(ipv4())}:6379/2")
add(f"jdbc:oracle:thin:hr/{K(rs(14, ALNUM))}@//db-hr.internal:1521/HRPDB")
add(f"smtp://{E('alerts%40kestrelpay.io')}:{K(rs(16, string.ascii_lowercase))}@smtp.gmail.com:587")
add("postgres://app:${DB_PASSWORD}@db:5432/app\nmysql://root:****@db-prod/shop\npostgresql://user:password@localhost/mydb  (from the README)", la=3)
add(f"ldap.url=ldaps://ad.greyfield.edu:636\nldap.bindDN=CN=svc-ldap,OU=Service Accounts,DC=greyfield,DC=edu\nldap.bindPassword={K(rand_pw())}")
add("Data Source=localhost;Initial Catalog=Dev;Integrated Security=SSPI;  -- Windows auth, no password stored")

# 15 ------------------------------------------------------------------------
family("hr_forms")
add(f"NEW STARTER FORM\nFull name: Oliver Walsh\nDate of birth: {D(dob('dmy/', 1965, 2004))}\nNational Insurance no.: {N(nino())}\nStart date: 01/12/2026\nPersonal email: {E('oliver.walsh' + d(2) + '@btinternet.com')}\nMobile: {P(phone('UK', 0))}\nBank: {I(iban_fmt(iban('GB')))}\nEmployee ID: E-{d(5)}", la=2)
add("Annual leave request: 21/12/2026 – 02/01/2027 (7 working days), cover arranged with the night team. Approved by line manager 20/11/2026.", la=3)
add(f"Form W-4 worksheet (draft)\nEmployee's SSN: {S(ssn())}\nHome phone: {P(phone('US', 0))}\nE-mail: {E(email())}\nFiling status: Married filing jointly")
nis = [nino("plain") for _ in range(2)]
add(f"emp_no,name,ni_number,tax_code,iban\n{d(5)},Siobhan Quinn,{N(nis[0])},1257L,(paid by cheque)\n{d(5)},Marek Novak,{N(nis[1])},BR,{I(iban('IE'))}", la=2)
add(f"Fiche salarié\nNom : Dubois\nPrénom : Camille\nDate de naissance : {D(dob('fr', 1965, 2004))}\nLieu de naissance : Lyon (69)\nIBAN : {I(iban_fmt(iban('FR')))}\nTéléphone : {P(phone('FR', 0))}\nDate d'entrée : 4 janvier 2027", la=1)
add(f"Alta de empleado\nNombre: Ana Fernández Duarte\nFecha de nacimiento: {D(dob('es', 1965, 2004))}\nIBAN: {I(iban_fmt(iban('ES')))}\nTeléfono: {P(phone('ES', 1))}")
add(f"Emergency contact: Aisha Haddad (sister) — {P(phone('UK', 1))}, available evenings")
add(f"Hi, confirming that Mateo worked with us from 2019 to 2024 as a senior analyst. Happy to chat further: {E('people@calderon-abogados.es')}.", la=1)
add("Salary band L4, bonus target 8%, next review 15/01/2027. Manager sign-off pending.", la=1)
add(f"LEAVER CHECKLIST\nEmployee: Kwame Mensah\nNI number: {N(nino('mid'))}\nLeaving date: 30/11/2026\nP45 to be sent to: {E(email('Kwame', 'Mensah', 'gmail.com', 0))}", la=1)
add(f"Background check request\nCandidate: Hannah Brennan\nDOB: {D(dob('mdy/', 1975, 2003))}\nSSN: {S(ssn('space'))}\nPrevious addresses: 2 (last 7 years)\nPackage: Standard + MVR", la=1)
add(f"Right to work: checked online, share code W{rs(2, UPAL)} {rs(3, UPAL)} {rs(3, UPAL)} on 20/11/2026. NINO {N(nino('plain'))} matches payroll.", la=2)
add(f"Personalfragebogen\nName, Vorname: Schmidt, Lena\nGeburtsdatum: {D(dob('dmy.', 1965, 2004))}\nGeburtsort: Leipzig\nIBAN: {I(iban_fmt(iban('DE')))}\nKrankenkasse: AOK Plus\nEintrittsdatum: 01.02.2027", la=1)
add("Reminder: payroll cut-off is the 20th; changes to bank details after that date apply to next month's run.")

# 16 ------------------------------------------------------------------------
family("medical_intake")
add(f"PATIENT INTAKE\nName: Imani Okafor\nDOB: {D(dob('mdy/'))}\nMRN: {d(8)}\nPhone: {P(phone('US', 0))}\nEmergency contact: Chidi Okafor (husband)\nAllergies: penicillin\nBP 128/84, pulse 72", la=2)
add("Ward 7B census 26/11: 28 beds, 26 occupied, 3 planned discharges, 2 admissions from ED. Infection control: none flagged.", la=1)
add(f"Re: Mrs Siobhan Quinn   DOB {D(dob('dmy/', 1940, 1990))}   NI {N(nino())}\nTel {P(phone('UK', 0))}\nSeen today 26/11/2026 with persistent cough, 3/52. Chest clear. Plan: CXR, review in 2 weeks.", la=2)
add(f"Specimen 26-331-{d(5)} collected 2026-11-24 08:10; patient born {D(dob('iso'))}; HbA1c 6.9% (52 mmol/mol)", la=3)
add(f"Hi, refilling my metformin 500 mg. Date of birth {D(dob('en_us_long'))}, and my number is {P(phone('CA', 0))} if the pharmacist needs me.", la=1)
add(f"Member: Lucas Silva\nSSN: {S(ssn())} (for coordination of benefits)\nClaim #: {d(11)}\nDate of service: 11/03/2026", la=2)
add(f"Your appointment at Pinecrest Dental is on Tue 8 Dec 2026 at 14:30. Reply C to confirm or R to reschedule.", la=1)
add(f"Paciente: Pedro Duarte, nacido el {D(dob('es'))}, tel. {P(phone('ES', 0))}. Control de tensión en 3 meses.")
add("COVID-19 booster given 2026-10-02, lot FK8891, next dose due October 2027. No adverse events reported.", la=2)
add(f"Doctor: Before we start, can you confirm your date of birth?\nPatient: Yes, it's the {D('third of May, 1958')}.\nDoctor: Thank you, and the best number to reach you?\nPatient: {P(phone('UK', 3))}")
add("Dosage: 2.5 mg/kg every 8 h, max 4 g/day. Contraindicated under 12 years. Store below 25 °C.")
add(f"Telehealth note: pt called from {P(phone('AU', 0))}, verified identity with Medicare card. Advised ED if symptoms worsen.")
add(f"Fisioterapia — Eleni Costa, data di nascita {D(dob('dmy/'))}, cell. {P(phone('IT', 0))}. Ciclo di 10 sedute dal 30/11.", la=1)

# 17 ------------------------------------------------------------------------
family("invoices_payments")
inv = f"INV-2026-{d(5)}"
add(f"INVOICE No. {inv}\nDate: 26.11.2026 · Due: 10.12.2026\nAmount due: € 1.249,00\nPlease transfer to:\nIBAN {I(iban_fmt(iban('DE')))}\nBIC COBADEFFXXX\nReference: {inv}", la=3)
add(f"Quote Q-{d(5)}: 12 × M8 hex bolt (part {d(3)}-{d(4)}) @ 0.42 = 5.04; 3 × gasket (part {d(3)}-{d(4)}) @ 7.90 = 23.70; total excl. VAT 28.74 EUR", la=3)
add(f"Payment received — Visa •••• {d(4)}, auth code {rs(6, UPAL)}, €89.90. Thank you for shopping with Helios.", la=2)
add(f"Virement SEPA reçu de M. Lucas Lefebvre, IBAN émetteur {I(iban_fmt(iban('FR')))}, montant 320,00 EUR, réf. FAC-{d(6)}", la=1)
add(f"Please refund to the card I used: {C(fmt_card(card_num('mastercard')))}, expiry 08/28. Order was cancelled within 14 days.")
add(f"Please note our new bank details, effective immediately: IBAN {I(iban_fmt(iban('NL')))}, account name Helios Retail B.V. Kindly update your records before the next payment run.")
add(f"Total 42.50 GBP\nCard: Mastercard ************{d(4)}\nAID A0000000041010\nTerminal {d(4)}-02\nApproved {d(6)}", la=4)
add(f"Konto / Zahlbar an\n{I(iban_fmt(iban('CH')))}\nQuantafin AG\nBahnhofstrasse 12\n8001 Zürich\nReferenz 21 00000 00003 {d(5)} {d(5)} {d(5)}", la=1)
add(f"Coordinate bancarie per il saldo della fattura n. {d(3)}/2026: IBAN {I(iban_fmt(iban('IT')))} intestato a Studio Bellini S.r.l.", la=1)
add(f"You sent €25.00 EUR to {E(email())}\nTransaction ID: {rs(17, UPAL)}\nNote: \"concert tickets 🎫\"", la=1)
pl = iban("PL")
add(f"Dane do przelewu:\nOdbiorca: Baltic Freight Sp. z o.o.\nNumer rachunku: {I(grp(pl[2:], [2, 4, 4, 4, 4, 4, 4]))}\nTytuł: FV/{d(4)}/11/2026", la=1)
add(f"Updated payment method on file: American Express {C(fmt_card(card_num('amex')))} exp 11/27. Old Visa removed.")
add("Subtotal 1,180.00 | VAT 20% 236.00 | Total 1,416.00 USD | Paid by wire on 24/11/2026", la=2)

# 18 ------------------------------------------------------------------------
family("cards_by_network")
add(f"card_number={C(card_num('visa'))}&exp_month=09&exp_year=2029&cvc={d(3)}&name=A+Okafor")
add("BIN table update: 6-digit BIN 535522 → 8-digit BIN 53552211 per network mandate; issuer country GB, product credit.", la=2)
add(f"Hey, just use my Mastercard for the hotel: {C(fmt_card(card_num('mastercard2')))} — exp 03/28, the code on the back is {d(3)}")
add(f"Amex Platinum {C(fmt_card(card_num('amex')))} was reported lost on 21 Nov; replacement issued.")
add(f"Discover card {C(fmt_card(card_num('discover'), 'dash'))} — please charge the deposit ($250) to this one.")
add(f"カード番号：{C(fmt_card(card_num('jcb')))}\n有効期限：04/29\n名義：HIROSHI SATO")
add(f"Corporate Diners Club {C(fmt_card(card_num('diners')))} for travel bookings only.")
up = card_num("unionpay", length=19)
add(f"银联卡号 {C(fmt_card(up))}，有效期 07/30，请勿外传。")
add(f"Maestro {C(card_num('maestro', length=16))} (debit) failed 3-D Secure twice.")
add(f"Номер карты «Мир»: {C(fmt_card(card_num('mir')))}, срок действия 12/28.")
add(f"Please update my RuPay card in the app: {C(fmt_card(card_num('rupay')))}")
add(f"Cartão Elo final {d(4)}? Não, o número inteiro é {C(fmt_card(card_num('elo')))}", la=1)
add(f"Troy kart numaram {C(fmt_card(card_num('troy')))}, son kullanma 10/29.")
add(f"INSERT INTO payments (pan, exp, holder) VALUES ('{C(card_num('visa'))}', '0728', 'E. Mensah');")
add(f"fraud report: txn at 02:14 UTC on {C(fmt_card(card_num('mastercard'), 'dash'))}, merchant MCC 5967, amount 499.00 USD")
add(f"{C(card_num('visa'))} 08/27 {d(3)}\n{C(card_num('mastercard'))} 11/26 {d(3)}\n(found these two in the shared drive, flagged to security)")
add(f"Gift card: {grp(non_luhn(16, '7'), [4, 4, 4, 4])} — balance $50.00, expires 2027", la=1)
add(f"Old card on file was Visa {C(fmt_card(card_num('visa13')))} (13-digit, issued 2009)")

# 19 ------------------------------------------------------------------------
family("iban_countries")
add(f"Bankverbindung: Sparkasse KölnBonn · IBAN {I(iban_fmt(iban('DE')))} · BIC COLSDE33XXX", la=1)
add("SWIFT/BIC DEUTDEFFXXX; Swiss clearing number (IID) 00700; ABA 021000021 for USD wires only.", la=3)
gb = iban("GB")
add(f"Our details: {I(iban_fmt(gb))} (sort code {gb[8:10]}-{gb[10:12]}-{gb[12:14]}), Barclays Leeds.", la=1)
add(f"<CdtrAcct><Id><IBAN>{I(iban('NL'))}</IBAN></Id></CdtrAcct>\n<CdtrAgt><FinInstnId><BICFI>RABONL2U</BICFI></FinInstnId></CdtrAgt>", la=1)
add(f"IBAN belge: {I(iban('BE'))} — communication structurée +++{d(3)}/{d(4)}/{d(5)}+++", la=1)
add(f"IBAN PT50 ... sorry, the full one is {I(iban_fmt(iban('PT')))}", la=1)
add(f"Konto: {I(iban_fmt(iban('SE')))} (Swedbank). Swish går också bra.")
add(f"Tilinumero {I(iban_fmt(iban('FI')))}, viitenumero {d(4)} {d(5)}", la=1)
add(f"LU: {I(iban_fmt(iban('LU')))} | CZ: {I(iban_fmt(iban('CZ')))}")
add(f"رقم الآيبان: {I(iban_fmt(iban('SA')))} - مصرف الراجحي")
add(f"IBAN: {I(iban('AE'))} (Emirates NBD), beneficiary Aisha Haddad")
add(f"Hesap bilgileri: {I(iban_fmt(iban('TR')))}, alıcı Zeynep Yılmaz")
add(f"Cont bancar: {I(iban_fmt(iban('RO')))} (Banca Transilvania)")
add(f"Sąskaita {I(iban('LT'))}; conta no Brasil {I(iban_fmt(iban('BR')))}")

# 20 ------------------------------------------------------------------------
family("us_ssn")
add(f"SSN: {S(ssn())}\nDOB: {D(dob('mdy/'))}\nDriver's license state: OH")
add("Form SS-5 is used to apply for an original or replacement Social Security card; processing takes about 2 weeks.")
add(f"Social Security Number {S(ssn('plain'))} — please keep this on file for the 1099.", la=1)
add(f"hey it's me again, my soc sec # is {S(ssn('space'))}, can you finish the return today?")
add(f"W-2 box a (Employee's social security number): {S(ssn())}\nbox b (EIN): {d(2)}-{d(7)}", la=1)
add(f"the last four of my social are {d(4)}, is that enough to verify?", la=1)
a9 = "9" + d(2)
add(f"ITIN {a9}-{R.choice(['70', '78', '83', '92'])}-{d(4)} was issued to the spouse; the taxpayer's own SSN is {S(ssn())}.", la=1)
add(f"my SSN is {S(ssn())} and my wife's is {S(ssn())}, both for the joint application")
add(f"Por favor, mi número de seguro social es {S(ssn())}. Gracias.")
add(jd({"applicant": {"first": "Gabriel", "last": "Quinn", "ssn": S(ssn("plain")), "income": 84000, "employer_ein": f"{d(2)}-{d(7)}"}}), la=1)
add(f"Voicemail transcript: \"...yeah hi, this is Noor, calling about the loan. My social is {S(ssn())}, call me back, thanks.\"")
add(f"SSA-1099 for 2025 — Beneficiary's SSN {S(ssn())}, Claim number ends 'A'.")
add(f"Employer: Tidewater Law LLP (EIN {d(2)}-{d(7)}). Employee SSN {S(ssn())}. State wages 61,250.00.", la=2)
add("Reminder: never send a full Social Security number by email; use the upload portal or give the last 4 only.")
add(f"Dependent: Keiko Sato, SSN {S(ssn())}, relationship: daughter, months lived in home: 12")

# 21 ------------------------------------------------------------------------
family("uk_nino")
add(f"Payslip — November 2026\nNI No: {N(nino('plain'))}   Tax code: 1257L   NI category: A\nGross pay 3,150.00  Net pay 2,487.62", la=3)
add("Your National Insurance record shows 35 qualifying years; 10 are needed for any State Pension. Class 3 voluntary rate: £17.45/week.", la=1)
add(f"Your National Insurance number is {N(nino())}. Keep this letter safe; you'll need the number when you start work.")
add(f"ni number is {N(nino('lower'))} if that helps")
add(f"P60 End of Year Certificate, tax year to 5 April 2026\nNational Insurance number {N(nino('plain'))}\nEmployer PAYE reference {d(3)}/{rs(2, string.ascii_uppercase)}{d(5)}", la=1)
add(f"Claimant NINO: {N(nino('mid'))} | Claim ref: UC-{d(9)}", la=1)
add(f"Universal Credit journal: I've updated my bank details. My National Insurance number {N(nino())} has not changed.")
add(f"employee_ref,nino,start\nHX{d(4)},{N(nino('plain'))},2025-09-01\nHX{d(4)},{N(nino('plain'))},2026-02-16", la=2)
add(f"Send the form to HMRC, BX9 1AS. Quote NI {N(nino('spaced'))} and the reference on the top right.", la=1)
add(f"NINO {N(nino('plain'))}; postcode SW1A 2AA; car reg LN68 XKT — all on the claim form.", la=2)
add(f"Tax refund query — national insurance no. {N(nino())}, tax year 2025/26, amount £{R.randint(100, 999)}.{d(2)}")
add(f"Hi, quick one: is {N(nino('plain'))} the right format for my NI number? The website keeps rejecting it.")
add(f"Self Assessment: UTR {d(5)} {d(5)}, NI number {N(nino())}", la=1)
add(f"National insurance: {N(nino('mid'))}\nDate of birth: {D(dob('dmy/', 1950, 2006))}\nTax code: 1257L, week 1/month 1 basis", la=1)

# 22 ------------------------------------------------------------------------
family("phones_international")
add(f"[26/11/2026, 09:14:22] {P(phone('DE', 1))}: bin in 10 min da\n[26/11/2026, 09:15:03] Marta: vale, te espero en la puerta\n[26/11/2026, 09:15:40] {P(phone('DE', 1))}: 👍")
add("Emergency numbers: 112 (EU), 911 (US/CA), 999 (UK), 000 (AU), 110/119 (JP). Country codes: +44 UK, +49 DE, +33 FR, +81 JP.", la=5)
add(f"Hotline open 24/7, average wait 3 min 40 s; {R.randint(1200, 1999)} calls handled last week (see KPI sheet row 0049).", la=1)
add(f"Offices — London {P(phone('UKL', 1))} · Paris {P(phone('FRL', 1))} · Singapore {P(phone('SG', 0))}")
add(f"Cust called from {P(phone('JP', 1))} re: delayed delivery, asked for callback after 18:00 JST")
add(f"Selling my road bike (54 cm, 2021), 450 obo. Text {P(phone('CA', 0))}, no calls after 9pm please", la=1)
add(f"联系人：陈伟  联系电话：{P(phone('CN', 1))}")
add(f"Звоните в любое время: {P(phone('RU', 1))}, Ольга")
add(f"मेरा नंबर {P(phone('IN', 0))} है, कल सुबह फोन कर लीजिए।")
add(f"Llámame al {P(phone('AR', 0))} o escríbeme por WhatsApp")
add(f"Driver contacts: Nairobi {P(phone('KE', 0))}, Lagos {P(phone('NG', 2))}")
add(f"BEGIN:VCARD\nVERSION:3.0\nFN:Mei Chen\nORG:Vela Analytics\nTEL;TYPE=CELL:{P(phone('DK', 0))}\nEMAIL:{E('mei.chen@vela-analytics.se')}\nEND:VCARD")
add(f"Manila team hotline {P(phone('PH', 0))}; Hanoi {P(phone('VN', 0))}")
add(f"Call me on {P(phone('EG', 0))} while I'm in Cairo")
add(f"Kiev office: {P(phone('UA', 0))}; Sydney landline {P(phone('AUL', 0))}")

# 23 ------------------------------------------------------------------------
family("dob_multilingual")
add(f"He was born on the {D(EN_ORD[4] + ' of July, 1976')} in Boston, which he never lets anyone forget.")
add("Born in the late 1980s, grew up in Porto, moved to Berlin in 2014.", la=1)
add(f"Je suis né le {D(dob('fr'))} à Lyon.")
add(f"Nascida em {D(dob('pt'))}, em Porto Alegre.")
add(f"Data urodzenia: {D(dob('pl'))} r., miejsce urodzenia: Gdańsk")
add(f"Дата рождения: {D(dob('dmy.'))}; родилась в Казани.")
add(f"Doğum tarihi: {D(dob('tr'))}")
add(f"Född {D(dob('sv'))} i Uppsala.")
y, mo, dd = rdate(1950, 2004)
add(f"生年月日：{D(fdate(y, mo, dd, 'ja'))}（{2025 - y}歳）")
add(f"生年月日 {D('昭和' + str(R.randint(35, 63)) + '年' + str(R.randint(1, 12)) + '月' + str(R.randint(1, 28)) + '日')}生")
add(f"생년월일: {D(dob('ko'))}")
add(f"تاريخ الميلاد: {D(dob('dmy/'))}")
add(f"जन्म तिथि: {D(dob('dmy-'))}")
add(f"DOB: {D(dob('compact'))}  SEX: F  ISSUED: 20190302", la=1)
add(f"birthday's {D(dob('mdy_short', 1970, 1999))} — yes I'm old 😅")

# 24 ------------------------------------------------------------------------
family("chat_multilingual")
add(f"Bonjour, je n'arrive pas à me connecter. Mon adresse est {E(email(dom='orange.fr'))}. Merci d'avance !")
add("¿Cuál es el horario de atención? — De lunes a viernes de 9:00 a 18:00, sábados de 10:00 a 14:00.")
add(f"Hallo, bitte buchen Sie die Rückerstattung auf mein Konto {I(iban_fmt(iban('DE')))} zurück. Danke, Björn")
add(f"Hola, mi correo es {E(email(dom='yahoo.es'))}. ¿Me pueden escribir mañana por la mañana?")
add(f"Buongiorno, la mia carta {C(fmt_card(card_num('visa')))} è stata addebitata due volte per lo stesso ordine.")
add(f"Oi! Meu WhatsApp é {P(phone('BR', 1))}, me chama lá que te passo o resto.")
add(f"Hoi, mijn IBAN is {I(iban_fmt(iban('NL')))}, kunnen jullie het bedrag terugstorten?")
add(f"Dzień dobry, proszę o kontakt pod numerem {P(phone('PL', 2))}.")
add(f"Hej! Ring mig på {P(phone('SE', 1))} efter kl. 17, jag jobbar innan dess.")
add(f"Merhaba, e-posta adresim {E(email(dom='hotmail.com'))}, şifrem {K(human_pw())} ama giriş yapamıyorum.")
add(f"お世話になっております。登録メールアドレスは{E(email(dom='icloud.com'))}です。電話番号は{P(phone('JP', 0))}です。")
add(f"你好，我的邮箱是{E(email(dom='qq.com'))}，手机号{P(phone('CN', 1))}，麻烦尽快处理。")
add(f"안녕하세요, 제 이메일은 {E(email(dom='naver.com'))} 이고 비밀번호는 {K(rand_pw(12))} 입니다. 로그인이 안 돼요.")
add(f"Здравствуйте! Моя почта {E(email(dom='yandex.ru'))}. Жду ответа.")
add(f"مرحبا، رقم هاتفي {P(phone('SA', 0))}، أرجو التواصل معي.")
add(f"नमस्ते, मेरा ईमेल {E(email(dom='rediffmail.com'))} है।")
add(f"ok so mein Passwort ist {K(human_pw())} lol, sag's keinem")
add("Ne communiquez jamais votre mot de passe ni votre code de carte par e-mail ou par téléphone.")

# 25 ------------------------------------------------------------------------
family("tickets_helpdesk")
add(f"PROJ-{d(4)} | Login loop after SSO\nReporter: {E(email(dom='kestrelpay.io'))}\nEnvironment: Chrome 131.0.6778.86 / macOS 15.1\nUser IP from gateway logs: {IP(ipv4())}\nPriority: P2", la=2)
add("P1 resolved: root cause was an expired TLS certificate on lb-eu-2 (not-after 2026-11-25 23:59:59 UTC). Renewed, monitors green.", la=1)
add(f"#{d(5)} Customer {E(email())} reports a double charge on the card ending {d(4)}. Callback number {P(phone('UK', 0))}.", la=2)
add(f"INC00{d(5)} - VPN drops every ~20 min. Caller: Marek Novak, ext {d(4)}. Public IP {IP(ipv4())}. Assigned to Network Ops.", la=2)
add(f"Can't deploy since this morning. Here's the token I'm using, maybe it's expired? {K(gh_fine())} (scopes: repo, workflow)")
add(f"Password reset done for {E(email(dom='greyfield.edu'))}. Temporary password: {K(rand_pw(12))} — user must change at next login.")
add("Steps to reproduce:\n1. Set API key to `sk-xxxx` (any placeholder)\n2. Call /v1/chat with an empty body\n3. Observe 500 instead of 401", la=1)
add(f"Requester: Eleni Costa\nPhone: {P(phone('GR', 0))}\nSubject: invoice address wrong on order {d(9)}", la=1)
add(f"Laptop asset tag HLX-{d(5)}, serial C02{rs(9, UPAL)}, reimaged and returned to stock.", la=2)
add("Customer sent a passport scan as an attachment; per policy I've deleted it and asked them to use the secure portal.")
add(f"Escalation from chat: user says their account was accessed from {IP(ipv6())} overnight; they're in Oslo.")
add("Ticket merged into #48213. Closing as duplicate. SLA paused 2h 14m.", la=1)
add(f"Zendesk macro output: Hi {{{{ticket.requester.first_name}}}}, we've refunded {{{{ticket.custom_field_360012}}}} to your original payment method.", la=2)

# 26 ------------------------------------------------------------------------
family("lookalike_numbers")
add(f"Order #{d(3)}-{d(7)}-{d(7)} has shipped and will arrive Thursday.", la=1)
add(f"Ticket barcode {d(4)} {d(4)} {d(4)} {d(4)} {d(2)} — gate 3, row 12, seat 41.", la=1)
add(f"FedEx tracking {d(4)} {d(4)} {d(4)}; DHL waybill {dnz(10)}.", la=2)
isb = isbn13()
add(f"Reading list: ISBN {isb[:3]}-{isb[3]}-{isb[4:8]}-{isb[8:12]}-{isb[12]}, 2nd edition, pp. 112–140.", la=1)
add(f"Barcode EAN {ean13()} / ISBN {isbn13()}", la=2)
add(f"Part no. 0{d(2)}-{d(4)}-{d(4)} (gasket, 40 mm) is back-ordered until January.", la=1)
add(f"Invoice 2026-{d(3)}-{d(4)} was credited in full.", la=1)
add(f"Flight LH {d(4)} departs 07:45 from gate B44, booking ref {rs(6, UPAL)}.", la=1)
add(f"Serial number: {grp(non_luhn(16), [4, 4, 4, 4])}", la=1)
add(f"Case number 1-{dnz(10)} — please quote it in every reply.", la=1)
add(f"Batch LOT {d(4)}-{d(2)}-B, best before 2028-04.", la=1)
add("Price: 1 299,00 € (incl. 19 % VAT); was 1 499,00 €.", la=2)
add(f"Meeting ID: {d(3)} {d(4)} {d(4)}", la=1)
add("Population 83,155,031 (2021 census); area 357,588 km².", la=2)
add("Coordinates: 52.516275, 13.377704 (Brandenburg Gate, main entrance)", la=1)
add(f"created_at=1764{d(6)} updated_at_ms=1764{d(9)}", la=2)
add(f"Wire instructions: ABA routing number {aba_routing()} (the bank's, printed on every cheque), SWIFT CHASUS33.", la=2)
add(f"Container MSCU{d(7)}, seal {d(8)}, B/L {rs(4, UPAL)}{d(8)}", la=3)

# 27 ------------------------------------------------------------------------
family("lookalike_versions_ips")
add("Upgraded the controller firmware from 4.2.10.1 to 4.2.11.3 overnight; no reboot needed.", la=2)
add("SNMP OID 1.3.6.1.2.1.1.3.0 (sysUpTime) returns ticks, not seconds.", la=1)
add("See section 3.4.1.2 of the spec for the retry rules.", la=1)
add("User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/131.0.2903.70", la=2)
add("OS build 10.0.19045.5131, kernel 6.8.0-45-generic, glibc 2.39", la=3)
add("The address 300.12.4.1 is invalid because an octet cannot exceed 255; 256.1.1.1 fails the same check.", la=2)
add("Release build 2026.11.26.1442 is tagged and signed.", la=1)
add("npm i lodash@4.17.21 react@18.3.1 && pip install requests==2.32.3", la=3)
add("FROM python:3.12.7-slim-bookworm\nRUN pip install --no-cache-dir uvicorn==0.32.1", la=2)
add("Subnet mask 255.255.255.0, wildcard 0.0.0.255; a /24 holds 256 addresses.", la=2)
add("Aspect 16:9, runtime 01:42:33, timecode 00:12:04:17", la=2)
add("Version 1.2.3.4 of the SDK drops support for Android 7.", la=1)
add("git describe → v2.41.0.windows.1-12-gdeadbee", la=1)

# 28 ------------------------------------------------------------------------
family("lookalike_hashes_ids")
add(f"commit {hexn(40)}\nMerge: {hexn(7)} {hexn(7)}\n\n    Merge branch 'fix/retry-backoff'", la=3)
add(f"Build cache key: linux-x64-node20-{hexn(16)}; artifact id {dnz(10)}", la=2)
add(f"{hexn(64)}  release-2.4.1.tar.gz\n{hexn(64)}  release-2.4.1.zip", la=2)
add(f"request_id={uuid4()} trace_id={hexn(32)} span_id={hexn(16)}", la=3)
add(f"ULID 01J{rs(23, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')}, ObjectId(\"{hexn(24)}\")", la=2)
add(f"\"integrity\": \"sha512-{b64s(bytes(R.randrange(256) for _ in range(64)))}\"", la=1)
add(f"image: ghcr.io/helios/api@sha256:{hexn(64)}", la=1)
add(f"<script src=\"/static/app.js\" integrity=\"sha384-{b64s(bytes(R.randrange(256) for _ in range(48)))}\" crossorigin=\"anonymous\"></script>", la=1)
add(f"<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h{rs(120, B64)}==\" alt=\"logo\">", la=1)
add(f"Stripe objects: customer cus_{rs(14)}, payment intent pi_3{rs(23)}, charge ch_3{rs(23)}", la=3)
add(f"arn:aws:iam::{dnz(12)}:role/deploy-prod\narn:aws:s3:::helios-invoices-prod/2026/11/*", la=1)
add(f"GA4 measurement ID G-{rs(10, UPAL)}; container GTM-{rs(7, UPAL)}", la=2)
add(f"PGP fingerprint: {' '.join(rs(4, HEXU) for _ in range(5))}  {' '.join(rs(4, HEXU) for _ in range(5))}", la=1)
add(f"ipfs://bafybei{rs(52, 'abcdefghijklmnopqrstuvwxyz234567')}", la=1)
add(f"password_hash column now stores argon2id; see migration 0042_{hexn(8)}.sql. No plaintext is ever logged.", la=1)

# 29 ------------------------------------------------------------------------
family("placeholders_examples")
add("Contact: john.doe@example.com (replace with your own address)", la=1)
add("Enter your email, e.g. name@example.org, and we'll send a code.", la=1)
add("Call us at (555) 555-0199 — the number on the billboard in the film.", la=1)
add("Stripe test cards: use 4242 4242 4242 4242 with any future expiry and any CVC.", la=1)
add("QA fixture: test Visa 4111 1111 1111 1111, test Mastercard 5555 5555 5555 4444. Never use in production.", la=2)
add("AWS docs sample credentials: AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", la=2)
add("HMRC's own example NI number is QQ 12 34 56 C; it will never be issued.", la=1)
add("SSN format: 123-45-6789 (demo data only; do not enter real numbers)", la=1)
add("Sample IBAN from the standard: DE89 3704 0044 0532 0130 00; UK example GB82 WEST 1234 5698 7654 32.", la=2)
add("OPENAI_API_KEY=sk-...your-key-here\nGITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", la=2)
add("Authorization: Bearer <YOUR_TOKEN>\nX-Api-Key: {{API_KEY}}", la=2)
add("password: ******** (hidden)\napi_secret: [REDACTED]\nprivate_key: <redacted 1.6 KB>", la=3)
add("Replace xxxx-xxxx-xxxx-1234 with the customer's card and XX/XX with the expiry.", la=2)
add("Date of birth: DD/MM/YYYY\nPhone: +44 (0)XXXX XXXXXX\nNI number: AB 12 34 56 _", la=3)
add("Documentation addresses: 192.0.2.44 and 2001:db8::1 (RFC 5737 / RFC 3849) — use these in examples, never real ones.", la=2)
add("JWT from the jwt.io debugger: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", la=1)
add("Example: postgres://USER:PASSWORD@HOST:5432/DB and mongodb://<username>:<password>@<host>/", la=2)
add("IP: x.x.x.x, MAC: xx:xx:xx:xx:xx:xx, email: user@domain.tld", la=3)

# 30 ------------------------------------------------------------------------
family("invalid_checksums")
add(f"Card number: {fmt_card(card_num('visa', valid=False))}  Exp: 06/28", la=1)
add(f"Please update my card to {fmt_card(card_num('mastercard', valid=False))}, the old one expired.", la=1)
add(f"Amex {fmt_card(card_num('amex', valid=False))} on file for the corporate account.", la=1)
add(f"pan={card_num('discover', valid=False)}&exp=1129", la=1)
add(f"IBAN: {iban_fmt(iban('DE', valid=False))} (Deutsche Bank)", la=1)
add(f"Virement vers {iban_fmt(iban('FR', valid=False))} — merci de confirmer.", la=1)
add(f"Refund IBAN {iban('GB', valid=False)}; also {iban_fmt(iban('ES', valid=False))} for the Madrid office.", la=2)
a, g, s_ = ssn_bad("area000")
add(f"SSN: {a}-{g}-{s_}", la=1)
a, g, s_ = ssn_bad("area666")
add(f"social security no. {a}-{g}-{s_} per the intake form", la=1)
a, g, s_ = ssn_bad("area9")
add(f"Applicant SSN {a}-{g}-{s_}; co-applicant SSN {'-'.join(ssn_bad('group00'))}", la=2)
add(f"ssn={''.join(ssn_bad('serial0000'))}", la=1)
nb = nino_bad("first")
add(f"National Insurance number: {nb[:2]} {nb[2:4]} {nb[4:6]} {nb[6:8]} {nb[8]}", la=1)
nb = nino_bad("second")
add(f"NI No: {nb}   Tax code: 1257L", la=2)
nb = nino_bad("prefix")
add(f"NINO {nb} on the P45 — HMRC says it isn't valid?", la=1)
nb = nino_bad("suffix")
add(f"my NI number is {nb.lower()}", la=1)
add(f"Card {fmt_card(card_num('jcb', valid=False), 'dash')} and backup {fmt_card(card_num('visa', valid=False))} both rejected by the form.", la=2)

# 31 ------------------------------------------------------------------------
family("non_birth_dates")
add("Passport issued 12/03/2019, expires 11/03/2029.", la=2)
add("Statute of limitations: claims filed after 31/12/2029 are barred; the incident occurred on 04/07/2023.", la=2)
add("Contract start date: 1 December 2026; probation ends 1 March 2027.", la=2)
add("Rechnungsdatum 26.11.2026, Lieferdatum 24.11.2026, zahlbar bis 10.12.2026.", la=3)
add("The company was founded on 14 March 1987 in Rotterdam by two brothers.", la=1)
add("Our wedding anniversary is 18 June 2011 - booked the same restaurant again.", la=1)
add(f"DOB: {D(dob('dmy/'))} | Admitted: 21/11/2026 | Discharge planned: 28/11/2026", la=2)
add("Birthday party on Saturday 5 December at 3pm — bring the kids!", la=1)
add("Geburtsdatum: unbekannt. Einreisedatum: 03.04.2015. Antrag gestellt am 17.11.2026.", la=2)
add(f"Date of birth of the account holder: {D(dob('en_abbr_sp'))}; account opened 2 Feb 2014.", la=1)
add(f"Patient born {D(dob('iso'))}, last visit 2026-10-30, next recall 2027-04-30.", la=2)
add(f"生年月日 {D(dob('ja'))}、入社日 2005年4月1日", la=1)
add("Last login 2026-11-26 07:58:02 UTC; password last changed 2026-08-14.", la=2)
add("Date de naissance du projet : 4 mai 2021, lancement public le 12 octobre 2022.", la=2)
add("The treaty was signed on 9 November 1989; the museum reopened on 03/10/1990.", la=2)

# 32 ------------------------------------------------------------------------
family("evasion_separators")
cn = card_num("visa")
add(f"card is {C(' '.join(cn))} ok?")
cn = card_num("mastercard")
add(f"pls charge {C('/'.join(cn[i:i + 4] for i in range(0, 16, 4)))} for the deposit")
cn = card_num("visa")
add(f"num: {C('_'.join(cn[i:i + 4] for i in range(0, 16, 4)))} exp 0929")
m = "7" + pick("4589") + d(8)
add(f"call me on {P('+44.' + m[:4] + '.' + m[4:7] + '.' + m[7:])}")
m = "7" + pick("4589") + d(8)
add(f"my number: {P(' '.join('0' + m))}")
m = d(8)
add(f"Handy: {P('(+49) (151) ' + m[:4] + '-' + m[4:])}")
f, l = person()
add(f"email me: {E(slug(f) + ' . ' + slug(l) + ' @ gmail . com')}")
add(f"Contact: {E(email(f, l, 'outlook.com', 0).upper())}")
ib = iban("DE").lower()
add(f"iban {I('-'.join(ib[i:i + 4] for i in range(0, len(ib), 4)))}")
ib = iban("NL")
add(f"IBAN: {I('.'.join(ib[i:i + 4] for i in range(0, len(ib), 4)))}")
a, g, s_ = ssn_parts()
add(f"ssn {S(a + '.' + g + '.' + s_)} thx")
a, g, s_ = ssn_parts()
add(f"SSN {S(a + ' / ' + g + ' / ' + s_)}")
nr = nino_raw()
add(f"NI: {N(' '.join(nr.lower()))}")
nr = nino_raw()
add(f"N.I. no. {N(nr[:2] + '-' + nr[2:4] + '-' + nr[4:6] + '-' + nr[6:8] + '-' + nr[8])}")
ip = ipv4()
add(f"IOC: traffic to {IP(ip.replace('.', '[.]'))} on tcp/4444 (defanged)")
ip = ipv4()
add(f"server ip is {IP(ip.replace('.', ' . '))} dont tell anyone lol")
y, mo, dd = rdate()
add(f"born {D(f'{dd:02d} / {mo:02d} / {y}')}")
tok = gh_pat()
add(f"token: {K(tok[:4] + ' ' + ' '.join(tok[4 + i:4 + i + 6] for i in range(0, 36, 6)))}")
cn = card_num("amex")
add(f"amex {C(cn[:4] + '.' + cn[4:10] + '.' + cn[10:])}")

# 33 ------------------------------------------------------------------------
family("evasion_words_digits")
cn = card_num("visa")
add(f"ok the card is {C(', '.join(words(cn[i:i + 4], EN_D) for i in range(0, 16, 4)))}. expiry oh nine twenty-eight")
m = "7" + pick("4589") + d(8)
add(f"ring me on {P(spoken_groups('0' + m[:4] + ' ' + m[4:7] + ' ' + m[7:], EN_D, zero='oh'))}")
p_ = pick(["151", "160", "171", "176"]) + d(8)
add(f"Meine Nummer: {P(words('0' + p_, DE_D))}")
m = pick("67") + d(8)
fr_pairs = ["zéro " + fr_num(int(m[0]))] + [fr_num(int(m[i:i + 2])) for i in range(1, 9, 2)]
add(f"Mon numéro : {P(', '.join(fr_pairs))}")
m = "6" + d(8)
add(f"Mi móvil es el {P(words(m, ES_D))}")
a, g, s_ = ssn_parts()
add(f"my social is {S(words(a, EN_D) + ', ' + words(g, EN_D) + ', ' + words(s_, EN_D))}")
a, g, s_ = ssn_parts()
add(f"ssn {S(a[0] + EN_D[int(a[1])] + a[2] + '-' + EN_D[int(g[0])] + g[1] + '-' + s_[:2] + EN_D[int(s_[2])] + s_[3])}")
ip = ipv4()
add(f"the box is at {IP(' dot '.join(en_octet(int(o)) for o in ip.split('.')))}")
y, mo, dd = rdate(1950, 2000)
add(f"I was born on the {D(EN_ORD[dd] + ' of ' + MONTHS['en'][mo - 1] + ', ' + en_year(y))}")
ib = iban("DE")
spoken = " ".join(NATO[c] if c.isalpha() else EN_D[int(c)] for c in ib)
add(f"IBAN, spelled out for the call centre: {I(spoken)}")
nr = nino_raw()
add(f"NI number: {N(' '.join(NATO[c] if c.isalpha() else EN_D[int(c)] for c in nr))}")
pw = pick(["Tr0ub4dor", "Kiwi7Paris", "Bella2019x"])
spelled = " ".join((("capital " + NATO[c]) if c.isupper() else NATO[c.upper()].lower()) if c.isalpha() else EN_D[int(c)] for c in pw)
add(f"password is {K(spelled)}")
m = "6" + d(8)
add(f"mijn nummer is {P('nul ' + words(m, NL_D))}")
m = "7" + pick("4589") + d(8)
mixed = "0" + m[:2] + EN_D[int(m[2])] + m[3] + " " + m[4:6] + EN_D[int(m[6])] + m[7:]
add(f"text me {P(mixed)}")

# 34 ------------------------------------------------------------------------
family("evasion_scripts")
add(f"رقم جوالي {P(to_script(phone('AE', 1), 'arabic'))} اتصل بي بعد المغرب")
add(f"شماره من {P(to_script(phone('IR', 0), 'persian'))} است، لطفاً پیامک بدهید.")
add(f"मेरा मोबाइल नंबर {P(to_script(phone('IN', 2), 'devanagari'))} है")
add(f"আমার নম্বর {P(to_script(phone('BD', 0), 'bengali'))}, বিকেলে ফোন করবেন")
add(f"カード番号は {C(to_script(fmt_card(card_num('jcb')), 'fullwidth').replace(' ', chr(0x3000)))} です")
add(f"メール：{E(fullwidth(email(dom='icloud.com', style=0)))}")
f, l = person()
em = email(f, l, "gmail.com", 0)
homo = em.replace("a", "а").replace("e", "е").replace("o", "о")  # Cyrillic look-alike letters
add(f"my email is {E(homo)} (copy it exactly)")
add(f"IBAN: {I(fullwidth(iban_fmt(iban('DE'))))}")
a, g, s_ = ssn_parts()
add(f"رقم الضمان الاجتماعي: {S(to_script(a + '-' + g + '-' + s_, 'arabic'))}")
add(f"تاريخ الميلاد: {D(to_script(dob('dmy/'), 'arabic'))}")
circ = "⓪①②③④⑤⑥⑦⑧⑨"
m = "07" + pick("4589") + d(8)
add(f"txt me {P(''.join(circ[int(c)] for c in m))}")
ip = ipv4()
add(f"サーバーのIP：{IP(fullwidth(ip))}")
m = "7" + pick("4589") + d(8)
mixed = "07" + to_script(m[1:4], "arabic") + " " + m[4:7] + to_script(m[7:], "devanagari")
add(f"number is {P(mixed)} (my keyboard is weird)")
cn = card_num("visa")
add(f"Visa: {C(to_script(grp(cn, [4, 4, 4, 4]), 'persian'))}")

# 35 ------------------------------------------------------------------------
family("evasion_encodings")
add(f"https://track.helios-retail.nl/c?u={E('maria.lopez%40telefonica.net')}&cid={d(4)}", la=1)
em = email()
add(f"user param (base64): {E(b64s(em.encode()))}")
em = email(style=0)
ent = "".join(f"&#{ord(c)};" for c in em)
add(f"<a href=\"mailto:{E(ent)}\">write to me</a>")
em = email(style=7)
add('{"contact": "' + E(em.replace("@", BS + "u0040")) + '", "source": "webform"}')
em = email(dom="web.de", style=0)
add(f"Quoted-printable body: Bitte an {E(em.replace('@', '=40'))} antworten.")
ph = phone("UK", 1)
add(f"ph={P(b64s(ph.encode()))}")
ph = phone("DE", 1)
add(f"GET /callback?phone={P(ph.replace('+', '%2B').replace(' ', '%20'))} HTTP/1.1")
cn = card_num("mastercard")
add(jd({"pan_b64": C(b64s(cn.encode())), "exp": "0829"}))
cn = card_num("visa")
add(f"payload = \"{C(''.join(BS + 'x' + format(ord(c), '02x') for c in cn))}\"")
ib = iban("FR")
add(f"iban_b64={I(b64s(ib.encode()))}")
creds = b64s(("deploy:" + rand_pw(14)).encode())
add(f"https://ci.kaizen-robotics.com/hook?auth={K(creds)}")
em = email(style=0)
add(f"my address backwards (so the bot doesn't eat it): {E(em[::-1])}")
puny = "müller-bau.de".encode("idna").decode()
add(f"Schreib an {E('kontakt@' + puny)} (das ist müller-bau.de).")
a, g, s_ = ssn_parts()
add(f"ssn_enc={S(b64s((a + '-' + g + '-' + s_).encode()))}")

# 36 ------------------------------------------------------------------------
family("evasion_invisible")
em = email(style=0)
at = em.index("@")
add(f"email: {E(em[:at + 1] + ZWSP + em[at + 1:])}")
cn = card_num("visa")
add(f"card {C(WJ.join(cn[i:i + 4] for i in range(0, 16, 4)))} exp 05/29")
ib = iban("BE")
add(f"IBAN {I(SHY.join(ib[i:i + 4] for i in range(0, len(ib), 4)))}")
m = pick("67") + d(8)
add(f"Tél. : {P(NBSP.join(['0' + m[0]] + [m[i:i + 2] for i in range(1, 9, 2)]))}")
m = pick("67") + d(8)
add(f"Portable{NNBSP}: {P('+33' + NNBSP + m[0] + NNBSP + NNBSP.join(m[i:i + 2] for i in range(1, 9, 2)))}")
nr = nino_raw()
add(f"NINO {N(ZWJ.join(nr))}")
a, g, s_ = ssn_parts()
add(f"SSN: {S(a + BOM + '-' + g + BOM + '-' + s_)}")
tok = stripe()
add(f"key={K(tok[:12] + ZWSP + tok[12:30] + ZWSP + tok[30:])}")
em = email(style=1)
add(f"write to {E(em.replace('.', ZWNJ + '.'))}")
ip = ipv4()
add(f"host {IP(ip.replace('.', ZWSP + '.' + ZWSP))} is the one that got popped")
y, mo, dd = rdate()
add(f"Date of birth:{NBSP}{D(str(dd) + NBSP + MONTHS['en'][mo - 1] + NBSP + str(y))}")
add(f"電話番号：{P(phone('JP', 0).replace('-', chr(0x3000)))}")
em = email(style=0)
add(f"mail {E(CGJ.join(em[:5]) + em[5:])} pls")
ph = phone("AE", 0)
add(f"اتصل على {LRM}{P(ph.replace(' ', LRM + ' '))}{LRM} من فضلك")
pw = human_pw()
add(f"pw: {K(pw[:4] + SHY + pw[4:])}")

# 37 ------------------------------------------------------------------------
family("evasion_split")
cn = card_num("visa")
add(f"card: {C(cn[:4] + ' ' + cn[4:8] + chr(10) + cn[8:12] + ' ' + cn[12:])} exp 04/28")
cn = card_num("mastercard")
add(f"[09:14] anna: first 8 are {C(cn[:4] + ' ' + cn[4:8])}\n[09:15] anna: and the rest {C(cn[8:12] + ' ' + cn[12:])}\n[09:15] anna: don't save it anywhere pls")
em = email(style=0)
at = em.index("@")
add(f"my email is {E(em[:at] + chr(10) + em[at:])}")
m = "7" + pick("4589") + d(8)
add(f"call +44 {P('+44 ' + m[:4])}... actually wait, the rest is {P(m[4:7] + ' ' + m[7:])}".replace("call +44 ", "call "))
a, g, s_ = ssn_parts()
add(f"first three {S(a)}, middle two {S(g)}, last four {S(s_)}")
ib = iban_fmt(iban("DE"))
add(f"| IBAN (1/2) | {I(ib[:14])} |\n| IBAN (2/2) | {I(ib[15:])} |")
tok = stripe()
add(f"STRIPE_KEY = \"{K(tok[:16])}\" + \"{K(tok[16:])}\"")
pw = human_pw()
add(f"msg 1: pw starts with {K(pw[:5])}\nmsg 2: ends with {K(pw[5:])}")
tk = jwt_rand()
p1, p2, p3 = tk.split(".")
add(f"Authorization: Bearer {K(p1 + '.' + chr(10) + p2 + '.' + chr(10) + p3)}")
nr = nino_raw()
add(f"NI starts {N(nr[:2] + ' ' + nr[2:4])} — then {N(nr[4:6] + ' ' + nr[6:8] + ' ' + nr[8])}")
f, l = person()
add(f"username {E(slug(f) + '.' + slug(l))}, and the domain is {E('@proton.me')}")
ip = ipv4().split(".")
add(f"first half of the IP: {IP(ip[0] + '.' + ip[1])}\nsecond half: {IP(ip[2] + '.' + ip[3])}")
ak = aws_akid()

# 38 ------------------------------------------------------------------------
family("evasion_obfuscated_email")


def _parts(dom=None, style=0):
    em = email(dom=dom, style=style)
    loc, dm = em.split("@")
    return loc, dm


loc, dm = _parts()
add(f"reach me at {E(loc + '[at]' + dm.replace('.', '[dot]'))}")
loc, dm = _parts(style=1)
add(f"Mail: {E(loc + ' (at) ' + dm.replace('.', ' (dot) '))}")
loc, dm = _parts(style=0)
add(f"scrivimi: {E(loc + ' AT ' + dm.replace('.', ' DOT '))}")
loc, dm = _parts(style=0)
add(f"my email is {E(loc.replace('.', ' dot ') + ' at ' + dm.replace('.', ' dot '))}")
loc, dm = _parts(dom="telefonica.net", style=0)
add(f"mi correo es {E(loc.replace('.', ' punto ') + ' arroba ' + dm.replace('.', ' punto '))}")
loc, dm = _parts(dom="orange.fr", style=0)
add(f"mon adresse : {E(loc + ' arobase ' + dm.replace('.', ' point '))}")
loc, dm = _parts(dom="gmx.de", style=0)
add(f"schreib mir an {E(loc.replace('.', ' punkt ') + ' ät ' + dm.replace('.', ' punkt '))}")
loc, dm = _parts(dom="mail.ru", style=0)
add(f"пишите: {E(loc + ' собака ' + dm.replace('.', ' точка '))}")
loc, dm = _parts(dom="qq.com", style=6)
add(f"邮箱：{E(loc + '艾特' + dm.replace('.', '点'))}")
loc, dm = _parts(dom="wp.pl", style=0)
add(f"napisz: {E(loc + ' małpa ' + dm.replace('.', ' kropka '))}")
loc, dm = _parts(dom="icloud.com", style=0)
add(f"メールは {E(loc + ' アットマーク ' + dm)} まで")
loc, dm = _parts(dom="proton.me", style=0)
add(f"{E(loc + ' @ ' + dm)} ← spaces so the scraper misses it")

# 39 ------------------------------------------------------------------------
family("hard_negatives_about_pii")
add("Please don't paste passwords, API keys or card numbers into this chat; use the secure upload link instead.")
add("The form asks for a date of birth only to confirm you are over 18; we do not store it afterwards.")
add("Secrets are stored in the vault, rotated every 90 days, and never written to logs or tickets.")
add("An IBAN has up to 34 characters: a two-letter country code, two check digits, then the national account number.")
add("US Social Security numbers are written AAA-GG-SSSS; area numbers 000, 666 and 900–999 are never issued.")
add("Our DLP policy masks anything that looks like a private key or a JWT before logs leave the cluster.")
add("PASSWORD_MIN_LENGTH=12\nPASSWORD_REQUIRE_SYMBOL=true\nSESSION_TIMEOUT_MINUTES=30\nMAX_LOGIN_ATTEMPTS=5")
add("Q: Where do I find my National Insurance number?\nA: On your payslip, your P60, or in your personal tax account.")
add("The 'email' field is required and must be a valid address; the 'phone' field is optional.")
add("Rotate the Stripe secret key after the contractor leaves, and revoke the old GitHub token too.")
add("RFC 5322 allows quoted local parts, which is why naive splitting on the @ sign fails.")
add("To anonymise IP addresses, zero the last octet for IPv4 and the last 80 bits for IPv6.")
add("api_key: null\nwebhook_secret: \"\"\n# both unset: integration disabled")
add("Bitte geben Sie niemals Ihre PIN oder TAN am Telefon weiter – auch nicht an Mitarbeiter der Bank.")
add("Nunca le pediremos su contraseña ni el número completo de su tarjeta por correo electrónico.")
add("Card numbers are tokenised by the payment provider; we keep only the last four digits and the expiry month.")
add("ALTER TABLE users ADD COLUMN date_of_birth DATE NULL;\nCREATE UNIQUE INDEX idx_users_email ON users (lower(email));")
add("If you think your password was exposed, change it and enable two-factor authentication straight away.")
add("The credential scanner found 0 secrets in 1,204 files (3 ignored by .secretsignore).", la=0)

# 40 ------------------------------------------------------------------------
family("cloud_credentials")
add(f"[default]\naws_access_key_id = {K(aws_akid())}\naws_secret_access_key = {K(aws_secret())}\nregion = eu-west-1")
acct = dnz(12)
add(jd({"UserId": "AIDA" + rs(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), "Account": acct, "Arn": "arn:aws:iam::" + acct + ":user/ci-readonly"}, indent=4), la=3)
gcp = {"type": "service_account", "project_id": "helios-analytics-" + d(4),
       "private_key": K(pem("pkcs8", 6) + "\n"), "token_uri": "https://oauth2.googleapis.com/token"}
add(jd(gcp, indent=2))
add(f"AZURE_CLIENT_ID={uuid4()}\nAZURE_TENANT_ID={uuid4()}\nAZURE_CLIENT_SECRET={K(azure_client_secret())}", la=2)
sig = b64s(bytes(R.randrange(256) for _ in range(32))).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
add(f"https://heliosmedia.blob.core.windows.net/exports/q4.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T23:59:59Z&spr=https&sig={K(sig)}", la=1)
add(f"AccessKeyId: {K(alibaba_id())}\nAccessKeySecret: {K(rs(30))}")
add(f"CLOUDFLARE_API_TOKEN={K(cloudflare())}\nCLOUDFLARE_ZONE_ID={hexn(32)}", la=1)
add(f"export VAULT_ADDR=https://vault.helios.internal:8200\nexport VAULT_TOKEN={K(vault())}")
add(jd({"Credentials": {"AccessKeyId": K(aws_akid(temp=True)), "SecretAccessKey": K(aws_secret()), "Expiration": "2026-11-26T20:14:05Z"},
        "AssumedRoleUser": {"Arn": f"arn:aws:sts::{dnz(12)}:assumed-role/deploy/ci"}}), la=1)
add(f"users:\n- name: ci\n  user:\n    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t{rs(60, B64)}\n    client-key-data: {K('LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQ' + rs(120, B64))}", la=1)
add(f"databricks configure --token\nHost: https://adb-{dnz(16)}.7.azuredatabricks.net\nToken: {K(databricks())}", la=1)


# ===========================================================================
# encoding and output
# ===========================================================================
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
    if o in EXTRA_INVISIBLE or 0xFE00 <= o <= 0xFE0F:
        return True
    return False


def esc_text(text, in_span):
    out = []
    n = len(text)
    for i, ch in enumerate(text):
        if ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif must_escape(ch):
            assert ord(ch) <= 0xFFFF, hex(ord(ch))
            out.append("\\u%04X" % ord(ch))
        elif ch in "{}" and (in_span or (ch == "{" and (i + 1 == n or text[i + 1] == "{"))
                             or (ch == "}" and (i == 0 or text[i - 1] == "}"))):
            # braces that could be read as span delimiters are escaped
            out.append("\\u%04X" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def encode_sample(raw):
    out = []
    pos = 0
    while pos < len(raw):
        j = raw.find(SO, pos)
        if j < 0:
            out.append(esc_text(raw[pos:], False))
            break
        out.append(esc_text(raw[pos:j], False))
        k = raw.index(SM, j)
        e = raw.index(SC, k)
        kind, text = raw[j + 1:k], raw[k + 1:e]
        assert SO not in text, "nested span"
        assert kind in KINDS
        out.append("{{" + kind + ":" + esc_text(text, True) + "}}")
        pos = e + 1
    line = "".join(out)
    assert SO not in line and SC not in line and SM not in line
    if line.startswith("#"):
        line = "\\u0023" + line[1:]
    assert line.strip(), "empty sample"
    return line


def main():
    lines = ["# PII / credential detector evaluation set - written blind, 2026-11-26, seed 4207",
             "# format: one sample per line; {{kind:text}} marks a labelled span; see README.md",
             ""]
    seen = set()
    for fam in FAMILIES:
        lines.append(f"# family: {fam['name']}")
        lines.append(f"# look-alikes: {fam['la']}")
        for raw in fam["samples"]:
            enc = encode_sample(raw)
            assert enc not in seen, enc
            seen.add(enc)
            lines.append(enc)
        lines.append("")
    with open(os.path.join(HERE, "set.txt"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
    print(f"wrote set.txt: {len(FAMILIES)} families, {sum(len(f['samples']) for f in FAMILIES)} samples")


if __name__ == "__main__":
    main()
