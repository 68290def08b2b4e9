#!/usr/bin/env python3
"""gen.py - deterministic generator for the pii-c9 blind evaluation set.

Python 3 standard library only.  random.Random(9419) is the single source of
randomness; every family is generated in a fixed order, so two runs give a
byte-identical set.txt.

Internal markup (never written to set.txt):
  S(kind, value)  -> a labelled span
  L(value)        -> an unlabelled look-alike (counted for '# look-alikes: N')
"""
import base64
import datetime
import os
import random
import struct
import unicodedata
import zlib

R = random.Random(9419)

_SS, _SK, _SE, _LS, _LE = "\ue000", "\ue001", "\ue002", "\ue003", "\ue004"
KINDS = ("email", "phone", "card", "iban", "ssn", "ip", "nino", "dob", "secret")


def S(kind, value):
    assert kind in KINDS, kind
    value = str(value)
    assert value and not any(c in value for c in (_SS, _SK, _SE, _LS, _LE))
    return f"{_SS}{kind}{_SK}{value}{_SE}"


def L(value):
    value = str(value)
    assert value
    return f"{_LS}{value}{_LE}"


FAMILIES = []


def family(name):
    def deco(fn):
        FAMILIES.append((name, fn))
        return fn
    return deco


def pick(seq):
    return seq[R.randrange(len(seq))]


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def nz_digits(n):
    return str(R.randrange(1, 10)) + digits(n - 1)


UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIG = "0123456789"
ALNUM = UPPER + LOWER + DIG
HEXL = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


def rstr(alphabet, n):
    return "".join(alphabet[R.randrange(len(alphabet))] for _ in range(n))


def rhex(n):
    return rstr(HEXL, n)


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def uuid4():
    h = rhex(32)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# ---------------------------------------------------------------- names

FIRST = ["Emma", "Liam", "Olivia", "Noah", "Sofia", "Mateo", "Aarav", "Priya", "Wei", "Mei",
         "Yuki", "Haruto", "Minjun", "Jiwoo", "Fatima", "Omar", "Amara", "Chinedu", "Ingrid",
         "Lars", "Małgorzata", "Piotr", "Jiří", "Zsófia", "Ioana", "Dmitri", "Olena", "Giulia",
         "Lorenzo", "Camille", "Théo", "Lucía", "Javier", "João", "Beatriz", "Aisling", "Niamh",
         "Oisín", "Kemal", "Elif", "Thandiwe", "Sipho", "Minh", "Linh", "Ananya", "Rohan",
         "Santiago", "Valentina", "Freya", "Mats", "Henrik", "Aino", "Eero", "Yosef", "Noa",
         "Leila", "Reza", "Kofi", "Ama", "Björn", "Søren", "Agnieszka", "Tomasz", "Radu",
         "Mihai", "Kateřina", "Bence", "Nikos", "Eleni", "Arjun", "Deepika", "Tariq", "Hana",
         "Keanu", "Malia", "Rahel", "Tesfaye", "Ngozi", "Adebayo", "Siddharth", "Xiaoling",
         "Hyun", "Sakura", "Ren", "Catalina", "Joaquín", "Maëlle", "Gaspard", "Wiebke", "Jannik"]
LAST = ["Müller", "Schmidt", "Kowalski", "Nowak", "Dubois", "Lefèvre", "García", "Fernández",
        "Rossi", "Bianchi", "Silva", "Santos", "Jansen", "de Vries", "Peeters", "Andersson",
        "Nilsson", "Hansen", "Virtanen", "Novák", "Horváth", "Popescu", "Ivanova", "Petrenko",
        "Yılmaz", "Papadopoulos", "O'Brien", "Murphy", "Okafor", "Mensah", "Dlamini", "Haddad",
        "Cohen", "Hernández", "Gómez", "Walker", "Thompson", "MacLeod", "Fitzgerald", "Nguyen",
        "Tanaka", "Sato", "Kim", "Park", "Chen", "Wang", "Sharma", "Patel", "Iyer", "Bauer",
        "Wójcik", "Lindqvist", "Kristiansen", "Mäkinen", "Dvořák", "Szabó", "Ionescu", "Kuznetsov",
        "Demir", "Georgiou", "Brennan", "Adeyemi", "Abebe", "Nakamura", "Choi", "Lopes",
        "Moreau", "Girard", "Weber", "Fischer", "Ferrari", "Esposito", "van Dijk", "Claes",
        "Berg", "Halvorsen", "Koskinen", "Kaya", "Rahman", "Hussain", "Ortiz", "Vargas"]

_TRANS = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE",
          "ı": "i", "đ": "d", "œ": "oe"}


def ascii_fold(s):
    s = "".join(_TRANS.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if ord(c) < 128)


def person():
    return pick(FIRST), pick(LAST)


_PENDING = []


def full_name():
    """a displayed name; the next e-mail() without explicit names will belong to it"""
    f, l = person()
    _PENDING[:] = [(f, l)]
    return f"{f} {l}"


# ---------------------------------------------------------------- e-mail

FREEMAIL = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.fr", "web.de", "gmx.net",
            "t-online.de", "orange.fr", "libero.it", "wp.pl", "seznam.cz", "yandex.ru",
            "mail.ru", "naver.com", "qq.com", "163.com", "yahoo.co.jp", "icloud.com",
            "proton.me", "protonmail.com", "fastmail.com", "zoho.com", "bigpond.com",
            "uol.com.br", "rediffmail.com", "hotmail.com", "live.nl", "telenet.be",
            "bluewin.ch", "gmx.at", "free.fr", "laposte.net", "o2.pl", "abv.bg", "ukr.net",
            "hanmail.net", "sina.com", "yahoo.com.br", "outlook.de", "me.com", "aol.com",
            "btinternet.com", "sky.com", "virgilio.it", "tiscali.it", "telia.com", "online.no",
            "kolumbus.fi", "centrum.sk", "freemail.hu", "windowslive.com", "xtra.co.nz"]
CORP = ["northwind-logistics.com", "brightwater-dental.co.uk", "kessler-logistik.de",
        "hanami-trading.co.jp", "atelier-moreau.fr", "vantaa-energia.fi", "ostrava-steel.cz",
        "lumenfield.io", "pinecrest-clinic.org", "bluefjord.no", "corvid-analytics.com",
        "quintaverde.pt", "mercado-sur.com.ar", "tidewell.com.au", "sakura-denki.jp",
        "oakridge-law.com", "baltic-freight.lt", "kiwi-orchards.co.nz", "helvetia-treuhand.ch",
        "ravenmoor.ai", "saffron-labs.in", "mapleleaf-insure.ca", "cedarbrook.edu",
        "stadtwerke-oberhausen.de", "grupo-alameda.mx", "zonnepark.nl", "vltava-media.cz",
        "anatolia-tekstil.com.tr", "kilimanjaro-tours.co.ke", "capeflora.co.za",
        "nordlicht-gmbh.de", "polaris-bank.eu", "finchley-homes.co.uk", "ironbark.dev",
        "meridian-health.org", "solstice.travel", "alpenrose-hotel.at", "dunmore-hr.ie"]


def local_part(first, last):
    f = ascii_fold(first).lower().replace(" ", "")
    l = ascii_fold(last).lower().replace(" ", "").replace("'", "")
    pat = R.randrange(12)
    if pat == 0:
        return f"{f}.{l}"
    if pat == 1:
        return f"{f[0]}{l}"
    if pat == 2:
        return f"{f}{l}{R.randrange(60, 100):02d}"
    if pat == 3:
        return f"{f}_{l}"
    if pat == 4:
        return f"{f}.{l[0]}"
    if pat == 5:
        return f"{l}.{f}"
    if pat == 6:
        return f"{f}.{l}+{pick(['shop', 'news', 'bank', 'work', 'github', 'travel'])}"
    if pat == 7:
        return f"{f[0]}.{l}"
    if pat == 8:
        return f"{f}-{l}"
    if pat == 9:
        return f"{f}{R.randrange(1, 2000)}"
    if pat == 10:
        return f"{l}{f[0]}"
    return f"{f}.{l}{R.randrange(1, 99)}"


def email(first=None, last=None, corp=None):
    if first is None:
        if _PENDING:
            first, last = _PENDING.pop()
        else:
            first, last = person()
    if corp is None:
        corp = R.random() < 0.4
    dom = pick(CORP) if corp else pick(FREEMAIL)
    lp = local_part(first, last)
    if corp and "+" in lp:
        lp = lp.split("+")[0]
    return f"{lp}@{dom}"


# ---------------------------------------------------------------- phones

# country: (calling code, trunk prefix, [NSN patterns]); X = random digit
PHONE = {
    "US": ("1", "", ["AAA XXX XXXX"]),
    "CA": ("1", "", ["CCC XXX XXXX"]),
    "GB": ("44", "0", ["7MXX XXXXXX", "20 LXXX XXXX", "161 NXX XXXX", "131 NXX XXXX"]),
    "IE": ("353", "0", ["8Q XXX XXXX", "1 NXX XXXX"]),
    "DE": ("49", "0", ["15X XXXXXXXX", "17X XXXXXXX", "30 XXXXXXXX", "89 XXXXXXX", "40 XXXXXXX"]),
    "FR": ("33", "0", ["6 XX XX XX XX", "7 XX XX XX XX", "1 XX XX XX XX", "4 XX XX XX XX"]),
    "ES": ("34", "", ["6XX XXX XXX", "91X XXX XXX", "93X XXX XXX"]),
    "IT": ("39", "", ["3XX XXX XXXX", "02 XXXX XXXX", "06 XXXX XXXX"]),
    "PT": ("351", "", ["9XX XXX XXX"]),
    "NL": ("31", "0", ["6 XXXXXXXX", "20 XXX XXXX"]),
    "BE": ("32", "0", ["4XX XX XX XX", "2 XXX XX XX"]),
    "LU": ("352", "", ["6XX XXX XXX"]),
    "CH": ("41", "0", ["7W XXX XX XX", "44 XXX XX XX"]),
    "AT": ("43", "0", ["6XX XXXXXXX", "1 XXXXXXX"]),
    "SE": ("46", "0", ["7V XXX XX XX", "8 XXX XXX XX"]),
    "NO": ("47", "", ["4XX XX XXX", "9XX XX XXX"]),
    "DK": ("45", "", ["2X XX XX XX", "3X XX XX XX"]),
    "FI": ("358", "0", ["4X XXX XXXX", "50 XXX XXXX"]),
    "IS": ("354", "", ["6XX XXXX", "8XX XXXX"]),
    "PL": ("48", "", ["5XX XXX XXX", "6XX XXX XXX", "7XX XXX XXX"]),
    "CZ": ("420", "", ["6XX XXX XXX", "7XX XXX XXX"]),
    "SK": ("421", "0", ["9XX XXX XXX"]),
    "HU": ("36", "06", ["20 XXX XXXX", "30 XXX XXXX", "70 XXX XXXX"]),
    "RO": ("40", "0", ["7XX XXX XXX"]),
    "BG": ("359", "0", ["8X XXX XXXX"]),
    "GR": ("30", "", ["69X XXX XXXX"]),
    "TR": ("90", "0", ["5XX XXX XX XX"]),
    "RU": ("7", "8", ["9XX XXX-XX-XX"]),
    "UA": ("380", "0", ["6Y XXX XX XX", "9Y XXX XX XX"]),
    "IL": ("972", "0", ["5X-XXX-XXXX"]),
    "AE": ("971", "0", ["5X XXX XXXX"]),
    "SA": ("966", "0", ["5X XXX XXXX"]),
    "EG": ("20", "0", ["1E XXXX XXXX"]),
    "MA": ("212", "0", ["6XX-XXXXXX"]),
    "NG": ("234", "0", ["80X XXX XXXX", "70X XXX XXXX"]),
    "KE": ("254", "0", ["7XX XXXXXX"]),
    "ZA": ("27", "0", ["8X XXX XXXX", "7X XXX XXXX"]),
    "GH": ("233", "0", ["24 XXX XXXX"]),
    "IN": ("91", "0", ["9XXXX XXXXX", "8XXXX XXXXX", "7XXXX XXXXX"]),
    "PK": ("92", "0", ["3XX XXXXXXX"]),
    "BD": ("880", "0", ["1XXX-XXXXXX"]),
    "CN": ("86", "", ["1HX XXXX XXXX"]),
    "HK": ("852", "", ["9XXX XXXX", "6XXX XXXX"]),
    "TW": ("886", "0", ["9XX XXX XXX"]),
    "JP": ("81", "0", ["90-XXXX-XXXX", "80-XXXX-XXXX", "3-XXXX-XXXX"]),
    "KR": ("82", "0", ["10-XXXX-XXXX"]),
    "SG": ("65", "", ["8XXX XXXX", "9XXX XXXX"]),
    "MY": ("60", "0", ["1X-XXX XXXX"]),
    "ID": ("62", "0", ["8XX-XXXX-XXXX"]),
    "PH": ("63", "0", ["9XX XXX XXXX"]),
    "TH": ("66", "0", ["8X XXX XXXX"]),
    "VN": ("84", "0", ["9X XXX XX XX"]),
    "AU": ("61", "0", ["4XX XXX XXX", "2 XXXX XXXX"]),
    "NZ": ("64", "0", ["2X XXX XXXX"]),
    "BR": ("55", "0", ["BB 9XXXX-XXXX"]),
    "AR": ("54", "0", ["9 11 XXXX-XXXX"]),
    "MX": ("52", "", ["55 XXXX XXXX", "33 XXXX XXXX", "81 XXXX XXXX"]),
    "CO": ("57", "", ["3XX XXX XXXX"]),
    "CL": ("56", "", ["9 XXXX XXXX"]),
    "PE": ("51", "", ["9XX XXX XXX"]),
}
US_AREA = ["212", "415", "312", "617", "206", "303", "512", "404", "718", "646", "702", "305",
           "213", "503", "612", "919", "720", "347", "469", "480"]
CA_AREA = ["416", "604", "514", "403", "613", "780", "902", "647"]


def _fill(pat):
    out = []
    i = 0
    while i < len(pat):
        c = pat[i]
        if c == "X":
            out.append(str(R.randrange(10)))
        elif c == "A" and pat[i:i + 3] == "AAA":
            out.append(pick(US_AREA)); i += 2
        elif c == "C" and pat[i:i + 3] == "CCC":
            out.append(pick(CA_AREA)); i += 2
        elif c == "B" and pat[i:i + 2] == "BB":
            out.append(pick(["11", "21", "31", "41", "51", "61", "71", "81", "85"])); i += 1
        elif c == "M":
            out.append(pick("12345689"))      # avoid the 07700 900 drama range
        elif c == "Q":
            out.append(pick("35679"))
        elif c == "W":
            out.append(pick("6789"))
        elif c == "V":
            out.append(pick("02369"))
        elif c == "Y":
            out.append(pick("3678"))
        elif c == "E":
            out.append(pick("0125"))
        elif c == "H":
            out.append(pick("3456789"))
        elif c == "L":
            out.append(pick("378"))
        elif c == "N":
            out.append(pick("23456789"))
        else:
            out.append(c)
        i += 1
    s = "".join(out)
    return s


def _us_fix(nsn):
    # exchange must not start with 0/1 and must not be 555
    parts = nsn.split(" ")
    ex = str(R.randrange(2, 10)) + digits(2)
    while ex == "555":
        ex = str(R.randrange(2, 10)) + digits(2)
    return f"{parts[0]} {ex} {parts[2]}"


def phone_parts(cc=None):
    if cc is None:
        cc = pick(list(PHONE))
    code, trunk, pats = PHONE[cc]
    nsn = _fill(pick(pats))
    if cc in ("US", "CA"):
        nsn = _us_fix(nsn)
    return cc, code, trunk, nsn


def phone(cc=None, style=None):
    cc, code, trunk, nsn = phone_parts(cc)
    if style is None:
        style = pick(["intl", "intl", "national", "e164", "intl00"])
    flat = "".join(c for c in nsn if c.isdigit())
    if cc in ("US", "CA"):
        a, e, s = nsn.split(" ")
        if style == "national":
            return pick([f"({a}) {e}-{s}", f"{a}-{e}-{s}", f"{a}.{e}.{s}"])
        if style == "e164":
            return f"+1{a}{e}{s}"
        return pick([f"+1 {a} {e} {s}", f"+1 ({a}) {e}-{s}", f"1-{a}-{e}-{s}"])
    if style == "national":
        if cc == "AR":
            return "011 15-" + nsn[5:]
        return f"{trunk}{nsn}"
    if style == "e164":
        return f"+{code}{flat}"
    if style == "intl00":
        return f"00{code} {nsn}"
    return f"+{code} {nsn}"


# ---------------------------------------------------------------- cards

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


def luhn_complete(partial):
    for d in "0123456789":
        if luhn_ok(partial + d):
            return partial + d
    raise AssertionError


NETWORKS = {
    "visa": (["4"], [16]),
    "visa13": (["4"], [13]),
    "visa19": (["4"], [19]),
    "visa_electron": (["4026", "417500", "4508", "4844", "4913", "4917"], [16]),
    "mastercard": (["51", "52", "53", "54", "55"], [16]),
    "mastercard2": (["2221", "2300", "2451", "2599", "2680", "2720"], [16]),
    "amex": (["34", "37"], [15]),
    "discover": (["6011", "644", "645", "649", "65"], [16]),
    "jcb": (["3528", "3540", "3566", "3589"], [16]),
    "diners": (["300", "305", "36", "38"], [14]),
    "unionpay": (["62"], [16, 17, 19]),
    "maestro": (["5018", "5020", "5038", "6304", "6759", "6761"], [12, 16, 19]),
    "mir": (["2200", "2201", "2202", "2204"], [16]),
    "rupay": (["6073", "6521", "5085", "8172"], [16]),
    "elo": (["636368", "438935", "504175", "451416", "509069", "627780"], [16]),
    "hipercard": (["606282"], [16]),
    "troy": (["9792"], [16]),
    "verve": (["506099", "650002"], [16, 19]),
    "dankort": (["5019"], [16]),
    "uatp": (["1"], [15]),
    "bancontact": (["6703"], [17]),
    "uzcard": (["8600"], [16]),
    "humo": (["9860"], [16]),
    "interpayment": (["636"], [16]),
    "cartes_bancaires": (["4974", "5131"], [16]),
}
KNOWN_TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444",
                    "4000056655665556", "378282246310005", "6011111111111117",
                    "3530111333300000", "5105105105105100", "4012888888881881",
                    "371449635398431", "30569309025904", "6200000000000005"}


def card_digits(net=None):
    if net is None:
        net = pick(list(NETWORKS))
    prefixes, lengths = NETWORKS[net]
    pre = pick(prefixes)
    n = pick(lengths)
    while True:
        num = luhn_complete(pre + digits(n - len(pre) - 1))
        if num not in KNOWN_TEST_CARDS and len(set(num)) > 3:
            return num


def group_card(num, sep=" "):
    n = len(num)
    if n == 15:
        parts = [num[:4], num[4:10], num[10:]]
    elif n == 14:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, n, 4)]
    return sep.join(parts)


def card(net=None, sep=None):
    num = card_digits(net)
    if sep is None:
        sep = pick([" ", " ", "-", ""])
    return group_card(num, sep) if sep else num


def bad_luhn(num):
    last = int(num[-1])
    return num[:-1] + str((last + pick([1, 2, 3, 4, 5, 6, 7, 8, 9])) % 10)


def card_bad(net=None, sep=" "):
    num = bad_luhn(card_digits(net))
    assert not luhn_ok(num)
    return group_card(num, sep) if sep else num


def non_luhn_digits(n, first=None):
    while True:
        s = (first or str(R.randrange(1, 10))) + digits(n - len(first or "x"))
        if not luhn_ok(s):
            return s


# ---------------------------------------------------------------- IBAN

IBAN_FMT = {
    "AD": "4n4n12c", "AE": "3n16n", "AL": "8n16c", "AT": "5n11n", "AZ": "4a20c",
    "BA": "3n3n8n2n", "BE": "3n7n2n", "BG": "4a4n2n8c", "BH": "4a14c", "BR": "8n5n10n1a1c",
    "CH": "5n12c", "CR": "4n14n", "CY": "3n5n16c", "CZ": "4n6n10n", "DE": "8n10n",
    "DK": "4n9n1n", "DO": "4a20n", "EE": "2n2n11n1n", "EG": "4n4n17n", "ES": "4n4n1n1n10n",
    "FI": "3n11n", "FR": "5n5n11n2n", "GB": "4a6n8n", "GE": "2a16n", "GI": "4a15c",
    "GR": "3n4n16c", "GT": "4c20c", "HR": "7n10n", "HU": "3n4n1n15n1n", "IE": "4a6n8n",
    "IL": "3n3n13n", "IS": "4n2n6n10n", "IT": "1a5n5n12c", "JO": "4a4n18c", "KW": "4a22c",
    "KZ": "3n13c", "LB": "4n20c", "LI": "5n12c", "LT": "5n11n", "LU": "3n13c", "LV": "4a13c",
    "MC": "5n5n11c2n", "MD": "2c18c", "ME": "3n13n2n", "MK": "3n10c2n", "MR": "5n5n11n2n",
    "MT": "4a5n18c", "MU": "4a2n2n12n3n3a", "NL": "4a10n", "NO": "4n6n1n", "PK": "4a16c",
    "PL": "8n16n", "PT": "4n4n11n2n", "QA": "4a21c", "RO": "4a16c", "RS": "3n13n2n",
    "SA": "2n18c", "SE": "3n16n1n", "SI": "5n8n2n", "SK": "4n6n10n", "SM": "1a5n5n12c",
    "TN": "2n3n13n2n", "TR": "5n1n16c", "UA": "6n19c", "VA": "3n15n", "XK": "4n10n2n",
}
BANK_CODES = {
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG", "MONZ"],
    "IE": ["AIBK", "BOFI", "IPBS", "ULSB"],
    "NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB", "BUNQ", "ASNB"],
    "RO": ["BTRL", "RNCB", "BRDE", "INGB"],
    "BG": ["UNCR", "BPBI", "STSA", "FINV"],
    "LV": ["HABA", "UNLA", "PARX"],
    "MT": ["VALL", "MALT"],
    "QA": ["QNBA", "DOHB"],
    "KW": ["NBOK", "CBKU"],
    "JO": ["CBJO", "ARAB"],
    "PK": ["SCBL", "MEZN", "HABB"],
    "BH": ["NBOB", "BBKU"],
    "GI": ["NWBK", "GIBA"],
    "AZ": ["NABZ", "IBAZ"],
    "DO": ["BAGR", "BPDO"],
    "MU": ["MCBL", "BOMM"],
}
DE_BLZ = ["10070000", "20041133", "37040044", "50010517", "70020270", "76026000", "60050101",
          "12030000", "43060967", "66050101"]


def _iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_valid(iban):
    iban = iban.replace(" ", "")
    if len(iban) < 15 or not iban[:2].isalpha() or not iban[2:4].isdigit():
        return False
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def _fill_iban_fmt(cc, fmt):
    out = []
    i = 0
    while i < len(fmt):
        j = i
        while fmt[j].isdigit():
            j += 1
        n = int(fmt[i:j])
        t = fmt[j]
        if t == "n":
            out.append(digits(n))
        elif t == "a":
            out.append(rstr(UPPER, n))
        else:
            out.append(rstr(UPPER + DIG * 12, n))
        i = j + 1
    return out


def bban(cc):
    fmt = IBAN_FMT[cc]
    parts = _fill_iban_fmt(cc, fmt)
    if cc in BANK_CODES:
        parts[0] = pick(BANK_CODES[cc])
    if cc == "DE":
        parts[0] = pick(DE_BLZ)
    if cc == "BE":
        base = int(parts[0] + parts[1])
        chk = base % 97 or 97
        parts[2] = f"{chk:02d}"
    if cc == "FR":
        bank, branch, acc = int(parts[0]), int(parts[1]), int(parts[2])
        key = 97 - ((89 * bank + 15 * branch + 3 * acc) % 97)
        parts[3] = f"{key:02d}"
    if cc == "ES":
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def d(s):
            v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
            return {10: 1, 11: 0}.get(v, v)
        parts[2] = str(d("00" + parts[0] + parts[1]))
        parts[3] = str(d(parts[4]))
    if cc == "IT" or cc == "SM":
        parts[0] = pick(UPPER)
    if cc == "SI":
        parts[0] = pick(["01100", "02010", "03175", "04515", "05100", "06000"])
    if cc == "CR":
        parts[0] = "0" + parts[0][1:]
    return "".join(parts)


def iban_compact(cc=None):
    if cc is None:
        cc = pick(list(IBAN_FMT))
    b = bban(cc)
    ib = cc + _iban_check(cc, b) + b
    assert iban_valid(ib)
    return ib


def iban_print(ib):
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


def iban(cc=None, printed=None):
    ib = iban_compact(cc)
    if printed is None:
        printed = R.random() < 0.6
    return iban_print(ib) if printed else ib


def iban_broken(cc=None, printed=True):
    ib = iban_compact(cc)
    pos = [i for i in range(4, len(ib)) if ib[i].isdigit()]
    while True:
        p = pick(pos)
        nd = str((int(ib[p]) + R.randrange(1, 10)) % 10)
        bad = ib[:p] + nd + ib[p + 1:]
        if not iban_valid(bad):
            break
    return iban_print(bad) if printed else bad


SAMPLE_IBANS = ["GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606",
                "NL91ABNA0417164300", "BE68539007547034", "CH9300762011623852957",
                "AT611904300234573201", "ES9121000418450200051332", "IT60X0542811101000000123456",
                "GB29NWBK60161331926819", "PL61109010140000071219812874", "NO9386011117947",
                "DK5000400440116243", "FI2112345600000785", "SE4550000000058398257466"]


# ---------------------------------------------------------------- SSN / NINO

SSN_AVOID = {"078051120", "219099999", "123456789", "457555462"}


def ssn_digits():
    while True:
        a = R.randrange(1, 900)
        if a == 666:
            continue
        s = f"{a:03d}{R.randrange(1, 100):02d}{R.randrange(1, 10000):04d}"
        if s not in SSN_AVOID:
            return s


def ssn(sep=None):
    s = ssn_digits()
    if sep is None:
        sep = pick(["-", "-", "-", " ", ""])
    return f"{s[:3]}{sep}{s[3:5]}{sep}{s[5:]}"


def ssn_broken(rule=None):
    s = ssn_digits()
    rule = rule or pick(["area000", "area666", "area9", "group00", "serial0000"])
    if rule == "area000":
        s = "000" + s[3:]
    elif rule == "area666":
        s = "666" + s[3:]
    elif rule == "area9":
        s = str(R.randrange(900, 1000)) + s[3:]
    elif rule == "group00":
        s = s[:3] + "00" + s[5:]
    else:
        s = s[:5] + "0000"
    return f"{s[:3]}-{s[3:5]}-{s[5:]}"


def itin():
    return f"9{digits(2)}-{pick(['70', '71', '78', '83', '88', '90', '94'])}-{digits(4)}"


def ein():
    return f"{pick(['12', '20', '27', '45', '46', '81', '83', '84', '86', '94'])}-{digits(7)}"


NINO_P1 = "ABCEGHJKLMNOPRSTWXYZ"
NINO_P2 = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_compact():
    while True:
        p = pick(NINO_P1) + pick(NINO_P2)
        if p not in NINO_BAD_PREFIX:
            return p + digits(6) + pick("ABCD")


def nino(spaced=None):
    n = nino_compact()
    if spaced is None:
        spaced = R.random() < 0.55
    return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}" if spaced else n


def nino_broken(rule=None):
    n = nino_compact()
    rule = rule or pick(["first", "second", "prefix", "suffix"])
    if rule == "first":
        n = pick("DFIQUV") + n[1:]
    elif rule == "second":
        n = n[0] + pick("DFIOQUV") + n[2:]
    elif rule == "prefix":
        n = pick(["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]) + n[2:]
    else:
        n = n[:8] + pick("EFGMXZ")
    return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"


# ---------------------------------------------------------------- IP

V4_FIRST = [5, 24, 31, 37, 45, 46, 49, 50, 62, 64, 66, 68, 71, 73, 77, 78, 79, 80, 81, 82, 83,
            84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 98, 99, 101, 103, 104, 107,
            108, 109, 110, 112, 114, 116, 118, 121, 125, 139, 141, 145, 151, 153, 159, 162,
            173, 174, 176, 178, 180, 183, 185, 188, 193, 194, 195, 197, 199, 201, 202, 210,
            212, 213, 217, 218, 220, 222]


def ipv4():
    return f"{pick(V4_FIRST)}.{R.randrange(0, 256)}.{R.randrange(0, 256)}.{R.randrange(1, 255)}"


def ipv4_private():
    k = R.randrange(3)
    if k == 0:
        return f"10.{R.randrange(256)}.{R.randrange(256)}.{R.randrange(2, 255)}"
    if k == 1:
        return f"172.{R.randrange(16, 32)}.{R.randrange(256)}.{R.randrange(2, 255)}"
    return f"192.168.{R.randrange(256)}.{R.randrange(2, 255)}"


def ipv6():
    pre = pick(["2a02:8108", "2a01:4f8", "2a00:23c5", "2600:1700", "2601:646", "2804:14c",
                "240e:3b0", "2403:6200", "2a0a:a545", "2001:4c3c", "2406:da18", "2a03:2880"])
    groups = [format(R.randrange(0, 65536), "x") for _ in range(R.randrange(3, 7))]
    if len(groups) == 6:
        return pre + ":" + ":".join(groups)
    return pre + ":" + ":".join(groups[:2]) + "::" + ":".join(groups[2:])


# ---------------------------------------------------------------- dates

def rdate(y0=1940, y1=2006):
    y = R.randrange(y0, y1 + 1)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return datetime.date(y, m, d)


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS_EN]


def fmt_date(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "dmy/":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "mdy/":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "dmy.":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dmy-":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "long":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "us_long":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "dmon":
        return f"{d.day:02d}-{MON3[d.month - 1].upper()}-{d.year}"
    if style == "compact":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if style == "ymd/":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "m/d/yy":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    raise ValueError(style)


def dob(style=None, y0=1940, y1=2006):
    d = rdate(y0, y1)
    style = style or pick(["iso", "dmy/", "mdy/", "dmy.", "long", "us_long", "dmon"])
    return fmt_date(d, style)


def other_date(style="iso", y0=2019, y1=2026):
    return fmt_date(rdate(y0, y1), style)


# ---------------------------------------------------------------- secrets

B62 = DIG + UPPER + LOWER


def base62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def gh_token(prefix="ghp_"):
    body = rstr(ALNUM, 30)
    return prefix + body + base62(zlib.crc32(body.encode()), 6)


def gh_fine():
    return "github_pat_11" + rstr(UPPER + DIG, 20) + "_" + rstr(ALNUM, 59)


def npm_token():
    body = rstr(ALNUM, 30)
    return "npm_" + body + base62(zlib.crc32(body.encode()), 6)


def aws_akid(prefix="AKIA"):
    return prefix + rstr(UPPER + "234567", 16)


def aws_secret():
    return rstr(ALNUM + "/+", 40)


def slack_bot():
    return f"xoxb-{nz_digits(12)}-{nz_digits(13)}-{rstr(ALNUM, 24)}"


def slack_webhook():
    return (f"https://hooks.slack.com/services/T{rstr(UPPER + DIG, 8)}/"
            f"B{rstr(UPPER + DIG, 10)}/{rstr(ALNUM, 24)}")


def stripe_sk(live=True):
    return ("sk_live_" if live else "sk_test_") + "51" + rstr(ALNUM, 97)


def stripe_rk():
    return "rk_live_51" + rstr(ALNUM, 97)


def stripe_pk():
    return "pk_live_51" + rstr(ALNUM, 97)


def stripe_whsec():
    return "whsec_" + rstr(ALNUM, 32)


def google_api():
    return "AIza" + rstr(ALNUM + "-_", 35)


def google_oauth_secret():
    return "GOCSPX-" + rstr(ALNUM + "-_", 28)


def openai_key():
    return "sk-proj-" + rstr(ALNUM + "-_", 74) + "T3BlbkFJ" + rstr(ALNUM + "-_", 74)


def openai_legacy():
    return "sk-" + rstr(ALNUM, 20) + "T3BlbkFJ" + rstr(ALNUM, 20)


def anthropic_key():
    return "sk-ant-api03-" + rstr(ALNUM + "-_", 93) + "AA"


def hf_token():
    return "hf_" + rstr(UPPER + LOWER, 34)


def twilio_sid():
    return "AC" + rhex(32)


def sendgrid():
    return "SG." + rstr(ALNUM + "-_", 22) + "." + rstr(ALNUM + "-_", 43)


def mailgun():
    return "key-" + rhex(32)


def shopify(prefix="shpat_"):
    return prefix + rhex(32)


def square_token():
    return "EAAA" + rstr(ALNUM + "-_", 60)


def discord_bot():
    uid = str(R.randrange(10 ** 17, 10 ** 18 * 2))
    return b64(uid.encode()).rstrip("=") + "." + rstr(ALNUM + "-_", 6) + "." + rstr(ALNUM + "-_", 38)


def telegram_bot():
    return f"{nz_digits(10)}:AA{rstr(ALNUM + '-_', 33)}"


def azure_storage_key():
    return b64(rbytes(64))


def azure_client_secret():
    return rstr(ALNUM, 3) + "8Q~" + rstr(ALNUM + "~._-", 34)


def do_token():
    return "dop_v1_" + rhex(64)


def notion_key():
    return "ntn_" + digits(11) + rstr(ALNUM, 35)


def atlassian_token():
    return "ATATT3xFfGF0" + rstr(ALNUM + "-_", 170) + "=" + rstr("0123456789ABCDEF", 8)


def newrelic_key():
    return "NRAK-" + rstr(UPPER + DIG, 27)


def vault_token():
    return "hvs.CAESI" + rstr(ALNUM + "-_", 86)


def doppler_token():
    return "dp.st.prd." + rstr(ALNUM, 40)


def pulumi_token():
    return "pul-" + rhex(40)


def airtable_pat():
    return "pat" + rstr(ALNUM, 14) + "." + rhex(64)


def databricks_token():
    return "dapi" + rhex(32)


def gitlab_pat():
    return "glpat-" + rstr(ALNUM + "-_", 20)


def mapbox_sk():
    return "sk.eyJ1Ijoi" + rstr(ALNUM, 40) + "." + rstr(ALNUM + "-_", 22)


def mapbox_pk():
    return "pk.eyJ1Ijoi" + rstr(ALNUM, 40) + "." + rstr(ALNUM + "-_", 22)


def age_secret():
    return "AGE-SECRET-KEY-1" + rstr("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper(), 58)


def age_recipient():
    return "age1" + rstr("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)


def wg_key():
    return b64(rbytes(32))


def eth_address():
    return "0x" + rstr("0123456789abcdefABCDEF", 40)


def cloudflare_token():
    return rstr(ALNUM + "-_", 40)


def heroku_key():
    return "HRKU-AA" + rstr(ALNUM + "-_", 58)


def supabase_service_jwt():
    hdr = b64url(b'{"alg":"HS256","typ":"JWT"}')
    ref = rstr(LOWER, 20)
    pl = b64url(('{"iss":"supabase","ref":"%s","role":"service_role","iat":%d,"exp":%d}'
                 % (ref, 1712000000 + R.randrange(10 ** 7), 2027000000 + R.randrange(10 ** 7))).encode())
    return f"{hdr}.{pl}.{b64url(rbytes(32))}"


def jwt(claims=None, alg="HS256"):
    hdr = b64url(('{"alg":"%s","typ":"JWT"}' % alg).encode())
    if claims is None:
        f, l = person()
        claims = ('{"sub":"%s","name":"%s %s","iat":%d,"exp":%d}'
                  % (nz_digits(8), ascii_fold(f), ascii_fold(l), 1730000000 + R.randrange(10 ** 7),
                     1760000000 + R.randrange(10 ** 7)))
    pl = b64url(claims.encode())
    sig = b64url(rbytes(32 if alg == "HS256" else 256))
    return f"{hdr}.{pl}.{sig}"


JWT_IO_DEMO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwi"
               "aWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
AWS_EXAMPLE_AKID = "AKIAIOSFODNN7EXAMPLE"
AWS_EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

WORDS_PW = ["harbor", "quince", "marmot", "velvet", "saffron", "glacier", "tundra", "copper",
            "lantern", "orchid", "pistachio", "falcon", "meadow", "cobalt", "juniper", "walrus",
            "thimble", "zephyr", "basalt", "nectar", "kumquat", "vortex", "ember", "pebble"]


def password(kind=None):
    kind = kind if kind is not None else R.randrange(6)
    if kind == 0:
        return rstr(ALNUM + "!#%&*+-=?@^_", R.randrange(14, 22))
    if kind == 1:
        w = [pick(WORDS_PW).capitalize() for _ in range(3)]
        return pick(["-", ".", "_", ""]).join(w) + str(R.randrange(10, 99)) + pick("!?#$%")
    if kind == 2:
        return pick(WORDS_PW).capitalize() + str(R.randrange(1960, 2025)) + pick("!.#*")
    if kind == 3:
        return rstr(ALNUM, 24)
    if kind == 4:
        w = pick(WORDS_PW)
        return w[0].upper() + w[1:].replace("a", "@").replace("o", "0").replace("e", "3") + str(R.randrange(1, 99))
    return "-".join(pick(WORDS_PW) for _ in range(4))


BIP39 = ["abandon", "badge", "canal", "dizzy", "eagle", "fabric", "gadget", "habit", "icon",
         "jaguar", "kettle", "ladder", "magnet", "napkin", "oblige", "paddle", "quarter",
         "rabbit", "saddle", "tackle", "umbrella", "valley", "walnut", "yellow", "zebra",
         "anchor", "bronze", "cactus", "dolphin", "engine", "fossil", "guitar", "harvest",
         "island", "jungle", "kitchen", "lemon", "marble", "noodle", "orbit", "pepper"]


def seed_phrase(n=12):
    return " ".join(pick(BIP39) for _ in range(n))


def _der_len(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return b"\x81" + bytes([n])
    return b"\x82" + struct.pack(">H", n)


def pem(label, der):
    body = b64(der)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def pem_ec():
    der = (b"\x30\x77\x02\x01\x01\x04\x20" + rbytes(32) +
           b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07\xa1\x44\x03\x42\x00\x04" + rbytes(64))
    return pem("EC PRIVATE KEY", der)


def pem_rsa(bits=1024, pkcs8=False):
    n = bits // 8
    # PKCS#1 RSAPrivateKey with random (not mathematically consistent) integers
    def integer(b):
        b = b"\x00" + bytes([b[0] | 0x80]) + b[1:]
        return b"\x02" + _der_len(len(b)) + b
    body = (b"\x02\x01\x00" + integer(rbytes(n)) + b"\x02\x03\x01\x00\x01" + integer(rbytes(n)) +
            integer(rbytes(n // 2)) + integer(rbytes(n // 2)) + integer(rbytes(n // 2)) +
            integer(rbytes(n // 2)) + integer(rbytes(n // 2)))
    der = b"\x30" + _der_len(len(body)) + body
    if pkcs8:
        alg = b"\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00"
        octet = b"\x04" + _der_len(len(der)) + der
        inner = b"\x02\x01\x00" + alg + octet
        return pem("PRIVATE KEY", b"\x30" + _der_len(len(inner)) + inner)
    return pem("RSA PRIVATE KEY", der)


def _sshstr(b):
    return struct.pack(">I", len(b)) + b


def openssh_ed25519(comment="user@host"):
    pub = rbytes(32)
    pubblob = _sshstr(b"ssh-ed25519") + _sshstr(pub)
    check = rbytes(4)
    priv = (check + check + _sshstr(b"ssh-ed25519") + _sshstr(pub) + _sshstr(rbytes(32) + pub) +
            _sshstr(comment.encode()))
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad]); pad += 1
    blob = (b"openssh-key-v1\x00" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"") +
            struct.pack(">I", 1) + _sshstr(pubblob) + _sshstr(priv))
    body = b64(blob)
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def ssh_pub_ed25519(comment):
    return "ssh-ed25519 " + b64(_sshstr(b"ssh-ed25519") + _sshstr(rbytes(32))) + " " + comment


def ssh_pub_rsa(comment):
    blob = _sshstr(b"ssh-rsa") + _sshstr(b"\x01\x00\x01") + _sshstr(b"\x00" + rbytes(256))
    return "ssh-rsa " + b64(blob) + " " + comment


def pgp_private_block():
    body = b64(b"\x95\x03\xc6\x04" + rbytes(180))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    crc = b64(rbytes(3))
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(lines) + "\n=" + crc +
            "\n-----END PGP PRIVATE KEY BLOCK-----")


def cert_pem():
    der = b"\x30\x82\x03\x2a\x30\x82\x02\x12\xa0\x03\x02\x01\x02\x02\x14" + rbytes(150)
    return pem("CERTIFICATE", der)


def sha256hex():
    return rhex(64)


def sha1hex():
    return rhex(40)


def md5hex():
    return rhex(32)


def bcrypt_hash():
    return "$2b$12$" + rstr("./" + ALNUM, 53)


def aws_account():
    return nz_digits(12)


# ================================================================ spelling helpers

SPELL = {
    "en": "zero one two three four five six seven eight nine".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "it": "zero uno due tre quattro cinque sei sette otto nove".split(),
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć".split(),
    "ru": "ноль один два три четыре пять шесть семь восемь девять".split(),
    "sv": "noll ett två tre fyra fem sex sju åtta nio".split(),
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz".split(),
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα".split(),
    "ja": "ゼロ いち に さん よん ご ろく なな はち きゅう".split(),
    "zh": list("零一二三四五六七八九"),
    "hi": "शून्य एक दो तीन चार पाँच छह सात आठ नौ".split(),
}


def spell(ds, lang="en", sep=" ", oh=False, doubles=False, groups=None):
    """spell the digits of ds; groups: list of group sizes joined with ', '"""
    words = SPELL[lang]
    ds = "".join(c for c in ds if c.isdigit())

    def sp(chunk):
        out = []
        i = 0
        while i < len(chunk):
            c = chunk[i]
            w = "oh" if (oh and c == "0") else words[int(c)]
            if doubles and i + 2 < len(chunk) and chunk[i + 1] == c and chunk[i + 2] == c:
                out.append("triple " + w); i += 3; continue
            if doubles and i + 1 < len(chunk) and chunk[i + 1] == c:
                out.append("double " + w); i += 2; continue
            out.append(w)
            i += 1
        return sep.join(out)
    if groups:
        parts, i = [], 0
        for g in groups:
            parts.append(sp(ds[i:i + g])); i += g
        if i < len(ds):
            parts.append(sp(ds[i:]))
        return ", ".join(p for p in parts if p)
    return sp(ds)


ORD_EN = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
          "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
          "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second",
          "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh",
          "twenty-eighth"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]


def say_2digits(n):
    if n < 10:
        return "oh " + SPELL["en"][n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else "-" + SPELL["en"][n % 10])


def say_year(y):
    if y >= 2000:
        return "two thousand" + ("" if y == 2000 else " and " + SPELL["en"][y - 2000] if y < 2010 else " " + say_2digits(y - 2000))
    return "nineteen " + say_2digits(y - 1900)


def spoken_dob():
    d = rdate(1945, 2004)
    if R.random() < 0.5:
        return f"the {ORD_EN[d.day - 1]} of {MONTHS_EN[d.month - 1]} {say_year(d.year)}"
    return f"{MONTHS_EN[d.month - 1].lower()} {ORD_EN[d.day - 1]} {say_year(d.year)}"


def spoken_email(first=None, last=None):
    e = email(first, last, corp=False)
    lp, dom = e.split("@")
    lp = lp.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ").replace("+", " plus ")
    dom = dom.replace(".", " dot ")
    return f"{lp} at {dom}"


# ================================================================ families: conversations

@family("chat_support_widget")
def fam_chat_support():
    out = []
    f, l = person()
    out.append(
        f"[14:02] Visitor: hi, I ordered a blender last week and never got a confirmation\n"
        f"[14:02] Visitor: the order was placed with {S('email', email(f, l))}\n"
        f"[14:03] Marta (Support): Thanks {f}! I can see order {L('WD-2024-483920')} - it shipped "
        f"yesterday with tracking {L('1Z 4F7 A92 03 8812 4473')}.\n[14:03] Visitor: great thanks")
    out.append(
        f"Customer: Can you change the mobile number on my account? The new one is "
        f"{S('phone', phone('GB', 'national'))}. The old one {L('07700 900418')} was just a "
        f"placeholder I typed during signup.\nBot: I've sent a code to the new number. Please enter "
        f"the 6-digit code to continue.")
    f, l = person()
    out.append(
        f"Agent: For security, please confirm the date of birth on the policy.\nCustomer: "
        f"{S('dob', dob('dmy/'))}\nAgent: Thank you. And the postcode?\nCustomer: {L('SW1A 1AA')}"
        f"\nAgent: Sorry, that doesn't match. Is it the address on Harrow Road?")
    out.append(
        f"User: why was my card declined?? it's {S('card', card('mastercard2'))} exp 09/27 and I have money "
        f"on it\nAssistant: I'm sorry about that. Please don't share full card numbers in chat - I've "
        f"hidden it from our logs. Declines are often caused by the bank's fraud check; try "
        f"calling the number on the back of the card.")
    f, l = person()
    e1 = email(f, l, corp=True)
    out.append(
        f"Visitor ({f} {l}): Hallo, ich komme nicht mehr in mein Konto. Meine E-Mail ist "
        f"{S('email', e1)}, Rückrufnummer {S('phone', phone('DE', 'national'))}.\n"
        f"Support: Danke, wir melden uns innerhalb von 24 Stunden.")
    out.append(
        f"Client : Bonjour, je n'arrive pas à valider mon panier.\nConseiller : Pouvez-vous me donner "
        f"l'adresse e-mail du compte ?\nClient : {S('email', email(corp=False))}\nConseiller : Merci. "
        f"Le panier {L('PAN-7781-0042')} contient un article en rupture, je le retire.")
    out.append(
        f"guest_4821: yo my brother set up the account, his phone is {S('phone', phone('US', 'national'))} "
        f"can u add me as second driver\nsupport_bot: To add a "
        f"driver we need their own licence number and date of birth. Reply AGENT to talk to a person.")
    out.append(
        f"Chat transcript (rated 5/5)\nCustomer: just wanted to say thanks, the refund of "
        f"€84.90 arrived.\nAgent: Glad to hear it! Anything else today?\nCustomer: no that's all, bye")
    f, l = person()
    out.append(
        f"Patient: I need to move my appointment on the 14th. My DOB is {S('dob', dob('mdy/'))} and "
        f"I'm registered at the Kingsway clinic.\nReceptionist bot: I found your "
        f"booking for 14 Nov 10:30 with Dr. Ahmed. Available slots: 15 Nov 09:00, 18 Nov 16:15.")
    out.append(
        f"Usuario: hola, me llegó un SMS raro del número {S('phone', phone('ES', 'intl'))} pidiéndome "
        f"el PIN\nAgente: ¡No lo comparta! Nunca le pediremos el PIN ni contraseñas por SMS. "
        f"Puede reenviar el mensaje al 7726.")
    return out


@family("voice_call_transcripts")
def fam_voice():
    out = []
    p = phone_parts("GB")
    nat = "0" + "".join(c for c in p[3] if c.isdigit())
    out.append(
        f"[00:00:04] AGENT: thanks for calling brightwater dental how can i help\n[00:00:07] CALLER: hi "
        f"yeah i need to rebook my daughter's check up\n[00:00:11] AGENT: sure what's the best number "
        f"to reach you on\n[00:00:13] CALLER: it's {S('phone', spell(nat, 'en', oh=True, doubles=True, groups=[5, 3]))}"
        f"\n[00:00:19] AGENT: lovely and her date of birth\n[00:00:21] CALLER: {S('dob', spoken_dob())}")
    c = card_digits("mastercard")
    out.append(
        f"speaker 1: ok i'll take the card details now\nspeaker 2: right so it's "
        f"{S('card', spell(c, 'en', groups=[4, 4, 4, 4]))}\nspeaker 1: and the expiry\nspeaker 2: "
        f"oh nine twenty eight\nspeaker 1: and the three digits on the back\nspeaker 2: {L('four one seven')}")
    s = ssn_digits()
    out.append(
        f"IVR> Please say or enter your Social Security number.\nCALLER> {S('ssn', spell(s, 'en', groups=[3, 2, 4]))}\n"
        f"IVR> I heard a number ending in {L(spell(s[-4:], 'en'))}. Is that correct?\nCALLER> yes")
    f, l = person()
    out.append(
        f"00:02:41 Customer: my email is {S('email', spoken_email(f, l))}\n00:02:47 Agent: "
        f"sorry could you spell the surname\n00:02:49 Customer: {' '.join(ascii_fold(l).upper().replace(' ', ''))}\n"
        f"00:02:53 Agent: perfect, I've updated it")
    p2 = phone("US", "e164")
    out.append(
        f"Voicemail from {S('phone', p2)} (0:38)\nTranscription: \"Hi, this is {full_name()} from the "
        f"leasing office. Please call me back at {S('phone', spell(p2[2:], 'en', groups=[3, 3, 4]))} about "
        f"the lease renewal. It's about the flat above the laundry. Thanks, bye.\"")
    n = nino_compact()
    nspoken = f"{n[0]} {n[1]} {spell(n[2:8], 'en', groups=[2, 2, 2])} {n[8]}"
    out.append(
        f"[HMRC helpline - simulated training call]\nADVISOR: can I take your national insurance "
        f"number please\nCALLER: yeah it's {S('nino', nspoken)}\nADVISOR: thank you, and your "
        f"postcode\nCALLER: M1 4BT")
    out.append(
        f"Caller: so i was born {S('dob', spoken_dob())} if that helps find me\nAgent: It does, "
        f"thank you. I can see two policies under your name, one ending {L('three three eight')}.")
    ib = iban_compact("IE")
    out.append(
        f"AGENT: and where should the refund go?\nCUSTOMER: to my Irish account, the IBAN is "
        f"{S('iban', ' '.join(ib[:2]) + ' ' + spell(ib[2:4], 'en') + ' ' + ' '.join(ib[4:8]) + ' ' + spell(ib[8:], 'en'))}\n"
        f"AGENT: and the BIC? CUSTOMER: {L(ib[4:8] + 'IE2D')}")
    p3 = phone_parts("AU")
    out.append(
        f"Speaker A: What's your mobile?\nSpeaker B: {S('phone', spell('0' + p3[3].replace(' ', ''), 'en', oh=True, doubles=True, groups=[4, 3, 3]))}\n"
        f"Speaker A: Sorry, could you repeat the middle bit?\nSpeaker B: yeah, same as I said")
    out.append(
        f"Meeting transcript (auto-generated)\nPriya: ...so for the demo we'll use the test number "
        f"{L('five five five oh one two three')} and the test card {L('four two four two four two four two')}...\n"
        f"Tom: and we never read real customer numbers on a recorded call, right?\nPriya: right.")
    s2 = ssn_digits()
    out.append(
        f"[call 7:12] rep: last four of your social? caller: {L(spell(s2[-4:], 'en'))}\n"
        f"[call 7:30] rep: I'm going to need the full number to open the claim. caller: fine, "
        f"{S('ssn', s2[:3] + ' ' + spell(s2[3:5], 'en') + ' ' + s2[5:])}")
    return out


@family("dictation_other_languages")
def fam_dictation():
    out = []
    p = phone_parts("FR")[3].replace(" ", "")
    pairs = ["zéro " + spell(p[0], "fr")]
    FR_NUM = {0: "zéro", 1: "un", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept",
              8: "huit", 9: "neuf", 10: "dix", 11: "onze", 12: "douze", 13: "treize", 14: "quatorze",
              15: "quinze", 16: "seize", 20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante",
              60: "soixante"}

    def fr2(n):
        if n in FR_NUM and n >= 10:
            return FR_NUM[n]
        if n < 10:
            return "zéro " + FR_NUM[n]
        if n < 17:
            return FR_NUM[n]
        if n < 20:
            return "dix-" + FR_NUM[n - 10]
        if n < 70:
            t, u = n // 10 * 10, n % 10
            return FR_NUM[t] + ("-et-un" if u == 1 else "-" + FR_NUM[u] if u else "")
        if n < 80:
            return "soixante-" + ("et-onze" if n == 71 else fr2(n - 60))
        if n == 80:
            return "quatre-vingts"
        return "quatre-vingt-" + fr2(n - 80) if n - 80 >= 10 else "quatre-vingt-" + FR_NUM[n - 80]
    for i in range(1, 9, 2):
        pairs.append(fr2(int(p[i:i + 2])))
    out.append(
        f"Transcription (messagerie vocale) : « Bonjour, c'est {pick(FIRST)}, rappelle-moi au "
        f"{S('phone', ', '.join(pairs))}, c'est pour le devis de la cuisine. Merci, à plus. »")
    d = phone_parts("DE")[3].replace(" ", "")
    out.append(
        f"Sprachnachricht (automatisch transkribiert): Hallo Frau {pick(LAST)}, hier ist die Praxis "
        f"Dr. Weber. Bitte rufen Sie uns unter {S('phone', spell('0' + d, 'de').replace('zwei', 'zwo'))} "
        f"zurück, es geht um Ihren Termin am Donnerstag.")
    e = phone_parts("ES")[3].replace(" ", "")
    out.append(
        f"Cliente: mi móvil es el {S('phone', spell(e, 'es', groups=[3, 3, 3]))}.\nAgente: perfecto, "
        f"le llamamos esta tarde.")
    ib = iban_compact("NL")
    out.append(
        f"Klant: mijn rekeningnummer is {S('iban', ib[0] + ' ' + ib[1] + ' ' + spell(ib[2:4], 'nl') + ' ' + ' '.join(ib[4:8]) + ' ' + spell(ib[8:], 'nl'))}\n"
        f"Medewerker: dank u, en op welke naam staat de rekening?")
    br = phone_parts("BR")[3]
    brd = br.replace(" ", "").replace("-", "")
    sp = " ".join("meia" if (ch == "6" and i % 3 == 1) else SPELL["pt"][int(ch)] for i, ch in enumerate(brd))
    out.append(
        f"Atendente: qual o seu celular com DDD?\nCliente: {S('phone', sp)}\nAtendente: obrigado, "
        f"vou enviar o código por SMS.")
    pl = iban_compact("PL")
    out.append(
        f"Konsultant: proszę podać numer konta do zwrotu.\nKlient: {S('iban', 'PL ' + spell(pl[2:], 'pl'))}\n"
        f"Konsultant: dziękuję, zwrot zostanie zlecony w ciągu 14 dni.")
    ru = phone_parts("RU")[3]
    out.append(
        f"Оператор: Назовите, пожалуйста, номер телефона.\nКлиент: "
        f"{S('phone', 'восемь, ' + spell(ru.replace(' ', '').replace('-', ''), 'ru', groups=[3, 3, 2, 2]))}\n"
        f"Оператор: Спасибо, код подтверждения отправлен.")
    jp = phone_parts("JP")[3].replace("-", "")
    out.append(
        f"音声メモ（自動文字起こし）：田中さん、折り返しは "
        f"{S('phone', 'ゼロ' + spell(jp, 'ja', sep=''))} までお願いします。受付番号は {L('A-2291')} です。")
    zh = phone_parts("CN")[3].replace(" ", "")
    out.append(
        f"客服录音转写：用户：我的手机号是{S('phone', ''.join('幺' if ch == '1' else SPELL['zh'][int(ch)] for ch in zh))}，"
        f"订单号{L('20241127884301')}。客服：好的，已为您登记。")
    tr = card_digits("troy")
    out.append(
        f"Müşteri: kart numaram {S('card', spell(tr, 'tr', groups=[4, 4, 4, 4]))}\nTemsilci: "
        f"teşekkürler, son kullanma tarihi? Müşteri: on bir yirmi yedi")
    n = nino_compact()
    out.append(
        f"Nota de voz (trabajador en Londres): «mi número de seguro británico es "
        f"{S('nino', n[0] + ' ' + n[1] + ', ' + spell(n[2:8], 'es') + ', ' + n[8])}, lo necesito para la nómina»")
    gr = phone_parts("GR")[3].replace(" ", "")
    out.append(
        f"Απομαγνητοφώνηση κλήσης: «Το κινητό μου είναι {S('phone', spell(gr, 'el'))}, "
        f"παρακαλώ καλέστε με μετά τις πέντε.»")
    return out


@family("email_threads_quoted")
def fam_email_threads():
    out = []
    f1, l1 = person()
    f2, l2 = person()
    e1, e2 = email(f1, l1, True), email(f2, l2, True)
    out.append(
        f"From: {f1} {l1} <{S('email', e1)}>\nTo: {f2} {l2} <{S('email', e2)}>\nSubject: Re: site visit "
        f"Thursday\nDate: Tue, 12 Nov 2024 09:14:22 +0100\nMessage-ID: <{L('CAF3x8q0a9Zp+WmT7u1@mail.gmail.com')}>\n\n"
        f"Works for me. My mobile is {S('phone', phone('NL'))} if the gate is locked.\n\n"
        f"On Mon, 11 Nov 2024 at 17:02, {f2} {l2} wrote:\n> Could we meet at the "
        f"north entrance at 10:00?\n> The gate code is at reception.")
    f3, l3 = person()
    e3 = email(f3, l3, False)
    out.append(
        f"---------- Forwarded message ---------\nFrom: {f3} {l3} <{S('email', e3)}>\nDate: Fri, 8 Nov "
        f"2024 at 11:40\nSubject: Bank details for invoice {L('INV-2024-0917')}\n\nHi,\nplease pay to IBAN {S('iban', iban('LU'))} (BIC {L('BCEELULL')}).\n"
        f"Thanks, {f3}\n\n---\nCan someone check this is legit before we pay? The IBAN changed since "
        f"the last invoice.")
    out.append(
        f"> > I've attached the form, the date of birth field is mandatory.\n> Mine is "
        f"{S('dob', dob('dmy.'))}, I hope that is the right format?\n\nYes that's fine, thank "
        f"you! I'll forward it to HR.\n\n-- \nTeam Assistant | {pick(CORP)} | USt-IdNr. {L('DE' + digits(9))}")
    f4, l4 = person()
    out.append(
        f"Le 3 déc. 2024 à 18:22, {f4} {l4} <{S('email', email(f4, l4))}> a écrit :\n> Bonjour,\n> "
        f"voici mon nouveau numéro : {S('phone', phone('FR', 'national'))}\n> Bonne soirée\n\nMerci, "
        f"c'est noté dans le fichier clients.")
    out.append(
        f"Am 02.10.2024 um 08:15 schrieb {full_name()} <{S('email', email(corp=True))}>:\n>> Die "
        f"Rechnung {L('RE-2024-11873')} vom 30.09.2024 ist noch offen.\n> Schon überwiesen "
        f"oder nicht?\n\nJa, Zahlungseingang am 01.10. bestätigt.")
    f6, l6 = person()
    out.append(
        f"From: \"{f6} {l6}\" <{S('email', email(f6, l6))}>\nSent: Wednesday, 20 November 2024 16:03\n"
        f"Cc: {L('it-helpdesk@example.com')}\nSubject: RE: laptop return\n\n"
        f"I'll drop it at reception tomorrow.")
    out.append(
        f"-----Original Message-----\nFrom: {f6} {l6} [mailto:{S('email', email(f6, l6, True))}]\n"
        f"Sent: 14 October 2024 10:11\nSubject: contact update\n\nPlease note my new direct line: "
        f"{S('phone', phone('IE'))}. The old US line {L('+1 (312) 555-0148')} is being retired.")
    out.append(
        f"2024/11/05 21:47、{pick(LAST)} {pick(FIRST)} <{S('email', email(corp=False))}> のメール:\n"
        f"> 山田様\n> 来週の打ち合わせの件、携帯 {S('phone', phone('JP', 'national'))} にご連絡ください。\n\n"
        f"承知しました。")
    out.append(
        f"Received: from mail-sor-f41.google.com "
        f"(mail-sor-f41.google.com. [{S('ip', ipv4())}])\n        by mx.{pick(CORP)} with SMTPS id "
        f"{L('a640c23a62f3a-7b4e9c1')}\nAuthentication-Results: spf=pass smtp.mailfrom=gmail.com")
    out.append(
        f"On Thu, Nov 21, 2024, {full_name()} wrote:\n> what's the wifi password for the office?\n\n"
        f"It's {S('secret', password(1))} - please don't forward this mail outside the team.")
    out.append(
        f"W dniu 15.11.2024 o 12:30, {full_name()} pisze:\n> Proszę o kontakt pod numerem "
        f"{S('phone', phone('PL'))}\n\nDzień dobry, "
        f"oddzwonię jutro rano.")
    return out


# ================================================================ families: data formats

def pct(s, all_chars=False):
    out = []
    for ch in s:
        if all_chars or not (ch.isalnum() and ord(ch) < 128) and ch not in "-_.~":
            out.append("".join("%%%02X" % b for b in ch.encode()))
        else:
            out.append(ch)
    return "".join(out)


@family("urls_query_strings")
def fam_urls():
    out = []
    e = email()
    out.append(
        f"{L('127.0.0.1')} - - [27/Nov/2024:10:14:03 +0000] \"GET /api/v2/users/lookup?email={S('email', pct(e))}"
        f"&include=orders HTTP/1.1\" 200 1843 \"-\" \"okhttp/4.12.0\"")
    e2 = email()
    out.append(
        f"Why does this tracking link have my address in it?\n"
        f"https://click.news.{pick(CORP)}/open.aspx?cid={L(uuid4())}&e={S('email', b64(e2.encode()))}"
        f"&utm_source=newsletter&utm_medium=email")
    p = phone("BR", "e164")
    out.append(
        f"Me chama no zap: https://wa.me/{S('phone', p[1:])}?text=Oi%2C%20vi%20o%20an%C3%BAncio%20do%20apartamento")
    tok = rstr(ALNUM + "-_", 43)
    out.append(
        f"Hi, the reset link doesn't work, it says expired:\nhttps://app.lumenfield.io/auth/reset?"
        f"token={S('secret', tok)}&email={S('email', pct(email(corp=True)))}")
    pw = password(0)
    out.append(
        f"git clone https://deploy-bot:{S('secret', pct(pw))}@git.{pick(CORP)}/platform/infra.git\n"
        f"Cloning into 'infra'...\nremote: Enumerating objects: 4417, done.")
    out.append(
        f"The OAuth redirect lands on http://localhost:3000/callback#access_token="
        f"{S('secret', 'ya29.a0' + rstr(ALNUM + '-_', 150))}&token_type=Bearer&expires_in=3599"
        f"&state={L(uuid4())} and then the SPA crashes, any idea?")
    out.append(
        f"curl \"https://api.openweathermap.org/data/2.5/weather?q=Bergen,no&units=metric&appid="
        f"{S('secret', rhex(32))}\"")
    out.append(
        f"Referer: https://benefits.{pick(CORP)}/claim/verify?ssn={S('ssn', ssn('-'))}&step=2\n"
        f"(found this in the CDN logs - the old form posted via GET, we need to purge these)")
    ip = ipv4()
    out.append(
        f"the admin panel is exposed at http://{S('ip', ip)}:8080/admin/login.jsp - shodan has had it "
        f"indexed for weeks")
    out.append(
        f"Docs example: https://{L('api.example.com')}/v1/contacts?email={L('jane.doe%40example.com')}"
        f"&phone={L('%2B1-202-555-0173')}&ip={L('203.0.113.42')}")
    out.append(
        f"https://maps.google.com/?q={L('52.370216,4.895168')}&z=17 - meet here, call "
        f"{S('phone', pct(phone('NL', 'intl')))} if lost (copied from the URL bar, sorry for the %20s)")
    out.append(
        f"https://www.{pick(CORP)}/track?postcode=EC1A%201BB&dob="
        f"{S('dob', dob('iso'))}\n^ why does a parcel tracker need my date of birth in the URL?!")
    return out


@family("json_api_payloads")
def fam_json():
    out = []
    f, l = person()
    out.append(
        '{"event":"user.signup","data":{"first_name":"%s","last_name":"%s","email":"%s",'
        '"phone":"%s","marketing_opt_in":false}}'
        % (f, l, S("email", email(f, l)), S("phone", phone(style="e164"))))
    out.append(
        '{\n  "object": "charge",\n  "amount": 4599,\n  "currency": "eur",\n'
        '  "billing_details": {\n    "email": "%s",\n    "phone": "%s"\n  },\n'
        '  "payment_method_details": {\n    "card": {\n      "brand": "visa",\n      "last4": "%s",\n'
        '      "exp_month": 4,\n      "exp_year": 2028\n    }\n  }\n}'
        % (S("email", email()), S("phone", phone("FR", "e164")), L(digits(4))))
    f, l = person()
    out.append(
        '{"resourceType":"Patient","name":[{"family":"%s","given":["%s"]}],'
        '"telecom":[{"system":"phone","value":"%s","use":"mobile"},{"system":"email","value":"%s"}],'
        '"gender":"female","birthDate":"%s","identifier":[{"system":"http://hl7.org/fhir/sid/us-ssn",'
        '"value":"%s"}]}'
        % (l, f, S("phone", phone("US", "national")), S("email", email(f, l)),
           S("dob", dob("iso")), S("ssn", ssn("-"))))
    out.append(
        '{"type":"payout.created","payout":{"beneficiary":{"name":"%s",'
        '"iban":"%s","bic":"%s"},"amount":{"value":"1250.00","currency":"EUR"}}}'
        % (full_name(), S("iban", iban("IT", printed=False)), L("BCITITMM")))
    out.append(
        '{"applicant":{"ssn":"%s","employer_ein":"%s","annual_income":72000},'
        '"consent":true}'
        % (S("ssn", ssn("")), L(ein())))
    out.append(
        '{"level":"debug","ts":"2024-11-27T09:02:11.331Z","msg":"outgoing request to api.stripe.com","headers":'
        '{"content-type":"application/json","authorization":"Bearer %s","x-request-id":"%s"}}'
        % (S("secret", stripe_rk()), L(uuid4())))
    out.append(
        '[{"name":"%s","mobile":"%s"},{"name":"%s","mobile":"%s"}]'
        % (full_name(), S("phone", phone("KE")), full_name(), S("phone", phone("NG"))))
    out.append(
        '{"employee":{"ni_number":"%s","tax_code":"%s"}}'
        % (S("nino", nino(False)), L("1257L")))
    out.append(
        '{\n  "projectId": "%s",\n  "region": "europe-west3",\n  "openaiApiKey": "%s",\n'
        '  "featureFlags": {"betaSearch": true}\n}'
        % (L("lumen-prod-" + digits(6)), S("secret", openai_key())))
    out.append(
        '{"ts":%s,"event":"login_failed","client_ip":"%s","user":"%s","reason":"bad_password"}'
        % (L("1732712001"), S("ip", ipv6()), S("email", email())))
    f, l = person()
    out.append(
        '{"contact":{"fn":"%s %s","email":"%s"},"notes":"prefers WhatsApp","tags":["vip","b2b"]}'
        % (f, l, S("email", ascii_fold(f).lower() + "\\u0040" + pick(FREEMAIL))))
    return out


@family("yaml_k8s_compose")
def fam_yaml():
    out = []
    pw = password(3)
    out.append(
        f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-db\n  namespace: prod\ntype: Opaque\n"
        f"data:\n  username: {L(b64(b'billing_app'))}\n  password: {S('secret', b64(pw.encode()))}")
    out.append(
        f"services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_USER: app\n"
        f"      POSTGRES_PASSWORD: {S('secret', password(2))}\n    ports:\n      - \"5432:5432\"\n"
        f"  cache:\n    image: redis:7.2-alpine")
    out.append(
        "name: release\non:\n  push:\n    tags: ['v*']\njobs:\n  publish:\n    runs-on: ubuntu-24.04\n"
        "    steps:\n      - uses: actions/checkout@v4\n      - run: npm publish\n        env:\n"
        f"          NODE_AUTH_TOKEN: {L('${{ secrets.NPM_TOKEN }}')}\n"
        f"          # TODO remove, temporary while secrets are broken:\n"
        f"          GH_TOKEN: {S('secret', gh_token('ghp_'))}")
    out.append(
        f"smtp:\n  host: smtp.{pick(CORP)}\n  port: 587\n  username: {S('email', email(corp=True))}\n"
        f"  password: \"{S('secret', password(1))}\"\nadmin:\n  email: {L('admin@example.com')}  # chart default, change me")
    out.append(
        f"[webservers]\nweb1 ansible_host={S('ip', ipv4())} ansible_user=deploy\n\n[webservers:vars]\n"
        f"ansible_become_pass={S('secret', password(4))}")
    out.append(
        f"#cloud-config\nusers:\n  - name: ops\n    ssh_authorized_keys:\n      - {L(ssh_pub_ed25519('ops@laptop'))}\n"
        f"chpasswd:\n  list: |\n    ops:{S('secret', password(1))}\n  expire: false")
    out.append(
        f"global:\n  resolve_timeout: 5m\n  slack_api_url: '{S('secret', slack_webhook())}'\n"
        f"route:\n  receiver: oncall")
    out.append(
        f"variables:\n  DOCKER_DRIVER: overlay2\n  SONAR_HOST_URL: https://sonar.{pick(CORP)}\n"
        f"  IMAGE_TAG: {L('$CI_COMMIT_SHORT_SHA')}")
    return out


@family("xml_soap_saml")
def fam_xml():
    out = []
    out.append(
        f"<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">\n<soapenv:Body>\n"
        f"<pay:AuthorizeRequest>\n  <pay:MerchantId>{L('MID' + digits(9))}</pay:MerchantId>\n"
        f"  <pay:CardNumber>{S('card', card('mastercard', ''))}</pay:CardNumber>\n"
        f"  <pay:ExpiryDate>2027-11</pay:ExpiryDate>\n  <pay:Amount currency=\"GBP\">129.00</pay:Amount>\n"
        f"</pay:AuthorizeRequest>\n</soapenv:Body>\n</soapenv:Envelope>")
    e = email(corp=True)
    out.append(
        f"<saml:Assertion IssueInstant=\"2024-11-27T08:12:44Z\" Version=\"2.0\">\n"
        f"  <saml:Issuer>https://sts.{pick(CORP)}/adfs/services/trust</saml:Issuer>\n"
        f"  <ds:Signature><ds:SignatureValue>{L(b64(rbytes(96)))}</ds:SignatureValue></ds:Signature>\n"
        f"  <saml:Subject><saml:NameID Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress\">"
        f"{S('email', e)}</saml:NameID></saml:Subject>\n</saml:Assertion>")
    out.append(
        f"<manifest xmlns:android=\"http://schemas.android.com/apk/res/android\" package=\"com.tidewell.app\">\n"
        f"  <application android:label=\"Tidewell\">\n    <meta-data android:name=\"com.google.android.geo.API_KEY\"\n"
        f"        android:value=\"{S('secret', google_api())}\"/>\n  </application>\n</manifest>")
    f, l = person()
    out.append(
        f"<Employee>\n  <GivenName>{f}</GivenName>\n  <FamilyName>{l}</FamilyName>\n"
        f"  <HireDate>{L(other_date('iso', 2015, 2024))}</HireDate>\n"
        f"  <WorkEmail>{S('email', email(f, l, True))}</WorkEmail>\n  <Mobile>{S('phone', phone('SE'))}</Mobile>\n</Employee>")
    out.append(
        f"<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"><CstmrCdtTrfInitn><GrpHdr>"
        f"<CreDtTm>2024-11-27T10:00:00</CreDtTm><NbOfTxs>1</NbOfTxs>"
        f"</GrpHdr><PmtInf>"
        f"<CdtTrfTxInf><CdtrAgt><FinInstnId><BICFI>{L('GEBABEBB')}</BICFI></FinInstnId></CdtrAgt>"
        f"<CdtrAcct><Id><IBAN>{S('iban', iban('BE', printed=False))}</IBAN></Id></CdtrAcct></CdtTrfTxInf>"
        f"</PmtInf></CstmrCdtTrfInitn></Document>")
    out.append(
        f"<settings>\n  <servers>\n    <server>\n      <id>corp-nexus</id>\n      <username>ci-publisher</username>\n"
        f"      <password>{S('secret', password(0))}</password>\n    </server>\n  </servers>\n</settings>")
    out.append(
        f"<?xml version=\"1.0\"?>\n<patient>\n"
        f"  <birthTime value=\"{S('dob', dob('compact'))}\"/>\n  <admitDate>{L(other_date('compact'))}</admitDate>\n"
        f"  <telecom use=\"HP\" value=\"tel:{S('phone', phone('US', 'e164'))}\"/>\n</patient>")
    out.append(
        f"<user><login>{ascii_fold(pick(FIRST)).lower()}</login><taxId type=\"SSN\">{S('ssn', ssn(''))}</taxId>"
        f"<taxId type=\"EIN\">{L(ein())}</taxId></user>")
    out.append(
        f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        f"  <url><loc>https://{pick(CORP)}/team</loc><lastmod>{L('2024-11-02')}</lastmod><priority>0.8</priority></url>\n"
        f"</urlset>")
    return out


@family("csv_tsv_exports")
def fam_csv():
    out = []
    rows = ["first_name,last_name,email,phone,date_of_birth"]
    for i in range(2):
        f, l = person()
        rows.append(f"{f},{l},{S('email', email(f, l))},"
                    f"{S('phone', phone(pick(['GB', 'IE', 'US', 'AU'])))},{S('dob', dob('iso'))}")
    out.append("\n".join(rows))
    rows = ["name\tssn\thire_date"]
    for i in range(2):
        rows.append(f"{full_name()}\t{S('ssn', ssn('-'))}\t{other_date('mdy/', 2010, 2024)}")
    out.append("\n".join(rows))
    mf, ml = person()
    out.append(
        "\ufeffEmail Address,First Name,Last Name,MEMBER_RATING,LEID\n"
        f"{S('email', email(mf, ml))},{mf},{ml},2,{L(nz_digits(9))}")
    out.append(
        "\"Full name\",\"Mobile\",\"Notes\"\n"
        f"\"{full_name()}\",\"{S('phone', phone('IN'))}\",\"met at the Pune meetup\"\n"
        f"\"{full_name()}\",\"{S('phone', phone('PK'))}\",\"call after 6, \"\"urgent\"\" re: visa\"")
    out.append(
        "surname,ni_number,dob,tax_code\n"
        f"{pick(LAST)},{S('nino', nino(False))},{S('dob', dob('dmy/'))},{L('1257L')}")
    out.append(
        "sku,description,qty,unit_price,barcode\n"
        f"{L('HX-2210-B')},Hex bolt M8x40,200,0.12,{L('4006381333931')}\n"
        f"{L('WS-0090')},Washer 8mm,400,0.03,{L('5012345678900')}\n(no personal data in this export, only the parts list)")
    out.append(
        "timestamp,src_ip,dst_port,action\n"
        f"2024-11-27T03:11:09Z,{S('ip', ipv4())},22,DROP\n"
        f"2024-11-27T03:11:12Z,{L('10.0.0.0')},0,NOTE")
    out.append(
        "Participant,E-mail,Telefon\n"
        f"{full_name()},{S('email', email())},{S('phone', phone('CH', 'intl').replace(' ', chr(0xA0)))}")
    out.append(
        "order_id\tcustomer_email\tcountry\ttotal\n"
        f"{L('112-' + digits(7) + '-' + digits(7))}\t{S('email', email())}\tJP\t¥12,800")
    return out


@family("sql_dumps_queries")
def fam_sql():
    out = []
    f, l = person()
    out.append(
        f"INSERT INTO `customers` (`id`,`name`,`email`,`phone`) VALUES\n"
        f"({L(str(R.randrange(1000, 9999)))},'{f} {l.replace(chr(39), chr(39) * 2)}','{S('email', email(f, l))}',"
        f"'{S('phone', phone('IT'))}');")
    out.append(
        f"UPDATE accounts SET phone = '{S('phone', phone('TR', 'national'))}', updated_at = NOW() "
        f"WHERE account_id = {L(nz_digits(7))};\n-- 1 row affected (0.004 sec)")
    out.append(
        f"# Time: 2024-11-27T02:14:55.118442Z\n# Query_time: 4.812  Lock_time: 0.000 Rows_sent: 1  "
        f"Rows_examined: 2841177\nSELECT * FROM users WHERE lower(email) = '{S('email', email().lower())}';")
    out.append(
        f"COPY public.members (member_id, full_name, ssn, card_pan) FROM stdin;\n"
        f"{L(digits(5))}\t{full_name()}\t{S('ssn', ssn(''))}\t{S('card', card('discover', ''))}\n\\.")
    out.append(
        f"CREATE USER 'report_ro'@'%' IDENTIFIED BY '{S('secret', password(0))}';\n"
        f"GRANT SELECT ON analytics.* TO 'report_ro'@'%';")
    out.append(
        f"ALTER ROLE etl_loader WITH LOGIN PASSWORD '{S('secret', password(1))}' VALID UNTIL '2025-12-31';")
    out.append(
        f"SELECT id, email FROM users WHERE email LIKE '%@example.com' AND created_at < '{L('2020-01-01')}'; "
        f"-- cleanup of seed data, e.g. {L('test.user1@example.com')}")
    out.append(
        f"mysql> select name, dob, ssn from patients where id = {L('88213')};\n+----------------+------------+-------------+\n"
        f"| name           | dob        | ssn         |\n+----------------+------------+-------------+\n"
        f"| {full_name():<14} | {S('dob', dob('iso'))} | {S('ssn', ssn('-'))} |\n+----------------+------------+-------------+\n1 row in set (0.00 sec)")
    out.append(
        f"2024-11-27 06:01:13 UTC [4412]: user=app,db=shop,host={S('ip', ipv4_private())} ERROR:  duplicate key value "
        f"violates unique constraint \"users_email_key\"\n2024-11-27 06:01:13 UTC [4412]: DETAIL:  Key (email)=("
        f"{S('email', email())}) already exists.")
    out.append(
        f"INSERT INTO payment_methods (user_id, brand, last4, exp, token) VALUES (88213, 'amex', "
        f"'{L(digits(4))}', '08/29', '{L('tok_' + rstr(ALNUM, 24))}'); -- PAN is never stored, only the vault token")
    return out


@family("html_markup")
def fam_html():
    out = []
    f, l = person()
    out.append(
        f"<form id=\"profile\">\n  <input type=\"email\" name=\"email\" value=\"{S('email', email(f, l))}\">\n"
        f"  <input type=\"tel\" name=\"mobile\" value=\"{S('phone', phone('AU', 'national'))}\">\n</form>")
    out.append(
        f"<p>Questions? Write to <a href=\"mailto:{S('email', email(corp=True))}?subject=Booking\">our "
        f"coordinator</a> or call <a href=\"tel:{S('phone', phone('NZ', 'e164'))}\">the office</a>.</p>")
    out.append(
        f"<script type=\"application/ld+json\">\n{{\"@context\":\"https://schema.org\",\"@type\":\"Person\","
        f"\"name\":\"{full_name()}\",\"birthDate\":\"{S('dob', dob('iso'))}\",\"telephone\":\"{S('phone', phone('MX'))}\"}}\n</script>")
    out.append(
        f"<!-- TODO(jk): remove before launch, staging login {S('email', email(corp=True))} / "
        f"{S('secret', password(2))} -->\n<footer>&copy; 2024 Finchley Homes</footer>")
    out.append(
        f"<table class=\"contacts\"><tr><th>Office</th><th>Phone</th></tr>\n<tr><td>Lisbon</td><td>"
        f"{S('phone', phone('PT', 'intl').replace(' ', chr(0x2009)))}</td></tr>\n"
        f"<tr><td>Demo</td><td>{L('+1 (202) 555-0199')}</td></tr></table>")
    out.append(
        f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"google-site-verification\" "
        f"content=\"{L(rstr(ALNUM + '-_', 43))}\">\n<link rel=\"preconnect\" href=\"https://fonts.gstatic.com\">")
    out.append(
        f"<span class=\"ip-banner\">Your IP address: {S('ip', ipv4())} (Vodafone GmbH)</span>")
    out.append(
        f"<img src=\"https://www.facebook.com/tr?id={L(non_luhn_digits(15))}&ev=Purchase&ud[em]="
        f"{L(sha256hex())}\" height=\"1\" width=\"1\">\n<!-- ud[em] is the SHA-256 of the normalised e-mail, not the e-mail itself -->")
    out.append(
        f"<label for=\"dob\">Date of birth</label>\n<input id=\"dob\" name=\"dob\" placeholder=\"{L('DD/MM/YYYY')}\">\n"
        f"<small>Example: {L('31/12/1990')}</small>")
    return out


@family("spreadsheet_paste")
def fam_sheet():
    out = []
    rows = ["Name\tDOB\tNI number\tSalary"]
    for i in range(2):
        rows.append(f"{full_name()}\t{S('dob', dob('dmy/'))}\t{S('nino', nino(True))}\t"
                    f"£{R.randrange(24, 80)},{R.randrange(100, 999)}")
    out.append("Pasting from the HR sheet, can you sort by salary?\n\n" + "\n".join(rows))
    c1 = card_digits("visa")
    out.append(
        f"A\tB\tC\n1\tCardholder\tPAN\n2\t{full_name()}\t{S('card', c1)}\n3\t{full_name()}\t"
        f"{L(c1[0] + '.' + c1[1:6] + 'E+15')}\n\nWhy does Excel show the second one like that? It was the same kind of number.")
    out.append(
        "| Employee | SSN | Date of Birth | Dept |\n|---|---|---|---|\n"
        f"| {full_name()} | {S('ssn', ssn('-'))} | {S('dob', dob('mdy/'))} | Ops |\n"
        f"| {full_name()} | {S('ssn', ssn('-'))} | (missing) | Sales |")
    out.append(
        f"Contact\tEmail\tPhone\n{full_name()}\t{S('email', email())}\t'{S('phone', phone('GB', 'intl00'))}\n"
        f"{full_name()}\t{S('email', email())}\t'{S('phone', phone('IE', 'national'))}\n"
        f"(the apostrophes are from Excel keeping the leading zeros)")
    out.append(
        f"Account\tIBAN\tBIC\tBalance\nOperating\t{S('iban', iban('LV'))}\t{L('HABALV22')}\t€ 48.220,17")
    out.append(
        f"Row\tCard no.\tStatus\n14\t{S('card', card('jcb', ' '))}\tactive\n15\t{L('**** **** **** ' + digits(4))}\tclosed")
    out.append(
        "Quarter\tRevenue\tGrowth\tHeadcount\nQ1\t1,204,331\t4.2%\t118\nQ2\t1,318,902\t9.5%\t121\n"
        f"Q3\t1,287,115\t-2.4%\t125\nSource: board-pack-2024-Q3.xlsx, sheet 'Summary' (no personal data)")
    out.append(
        f"Lot\tSerial\tMfg date\nL24-118\t{L('SN' + digits(10))}\t{L('2024-06-11')}")
    return out


# ================================================================ families: chats, logs, dev

@family("chat_exports_platforms")
def fam_chat_exports():
    out = []
    n1, n2 = full_name(), full_name()
    out.append(
        f"[27/11/2024, 09:14:03] {n1}: bom dia! já tens o meu NIB para a transferência?\n"
        f"[27/11/2024, 09:14:41] {n2}: não, manda outra vez\n[27/11/2024, 09:15:02] {n1}: "
        f"{S('iban', iban('PT'))}\n[27/11/2024, 09:15:10] {n2}: 👍 feito")
    out.append(
        f"12/11/24, 21:03 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.\n12/11/24, 21:04 - "
        f"{pick(FIRST)}: new number, save it: {S('phone', phone('TR'))}\n12/11/24, 21:05 - {pick(FIRST)}: <Media omitted>")
    out.append(
        '{"type":"message","user":"%s","text":"here is the staging bot token, pls rotate after the demo: %s",'
        '"ts":"%s"}'
        % (L("U0" + rstr(UPPER + DIG, 9)), S("secret", slack_bot()), L("1732701234.001200")))
    out.append(
        f"{pick(FIRST).lower()}_dev — Today at 14:22\nok pushing the bot now, token is "
        f"{S('secret', discord_bot())}\n{pick(FIRST).lower()}99 — Today at 14:23\nbro you just posted the token in a public channel")
    out.append(
        '{"type": "message", "date": "2024-11-20T10:01:44", "from": "%s", "from_id": "%s", '
        '"text": "Ось моя пошта: %s, пиши туди"}'
        % (full_name(), L("user" + nz_digits(10)), S("email", email())))
    out.append(
        f"[10:41] {pick(LAST)}, {pick(FIRST)}\nI moved to desk 4.112, fourth floor, the old one is gone\n"
        f"[10:42] {pick(LAST)}, {pick(FIRST)}\nthanks, updating the team wiki")
    out.append(
        f"2024-11-02 19:44:10 | From: {S('phone', phone('GB', 'e164'))} | iMessage | \"running 10 min late, "
        f"table is under {pick(LAST)}\"\n2024-11-02 19:45:02 | To: {S('phone', phone('HK', 'e164'))} | iMessage | \"no worries\"")
    out.append(
        f"张伟 2024-11-20 10:01\n我的邮箱是 {S('email', email(corp=False))}，合同发这里就行\n"
        f"李娜 2024-11-20 10:03\n好的，合同编号 {L('HT-2024-1120-07')}")
    out.append(
        f"2024.11.20 水曜日\n10:01\t{pick(['ゆき', 'さくら', 'れん'])}\t口座は{S('iban', iban('CH', printed=False))}です（スイスの銀行）\n"
        f"10:02\t{pick(['たかし', 'みさき'])}\tありがとう！")
    out.append(
        f"09:33:12 From {full_name()} to Everyone:\n\tsorry mic broke - reach me at {S('email', email(corp=True))}\n"
        f"09:33:40 From {full_name()} to Everyone:\n\tmeeting ID is {L('843 2291 0074')}, passcode {L('550812')}")
    out.append(
        f"[21:04] <kemal> anyone know why my vps {S('ip', ipv4())} drops ssh after 60s\n[21:05] <lars> "
        f"ClientAliveInterval. also maybe don't paste your ip in a public channel\n[21:05] * kemal has quit (Quit: bye)")
    out.append(
        '{"sender_name": "Zs\\u00c3\\u00b3fia", "timestamp_ms": %s, "content": "k\\u00c3\\u00b6sz\\u00c3\\u00b6n\\u00c3\\u00b6m! '
        'a k\\u00c3\\u00a1rtyasz\\u00c3\\u00a1m %s"}'
        % (L("1732701344812"), S("card", card("maestro", " "))))
    return out


@family("mobile_app_logs")
def fam_mobile():
    out = []
    out.append(
        f"11-27 09:14:03.221  4412  4480 D OkHttp  : --> POST https://api.{pick(CORP)}/v1/auth/login\n"
        f"11-27 09:14:03.222  4412  4480 D OkHttp  : Content-Type: application/json\n"
        f"11-27 09:14:03.223  4412  4480 D OkHttp  : {{\"email\":\"{S('email', email())}\",\"password\":\"{S('secret', password(2))}\"}}\n"
        f"11-27 09:14:03.223  4412  4480 D OkHttp  : --> END POST (71-byte body)")
    out.append(
        f"2024-11-27 09:14:03.221 Tidewell[4412:88213] [Auth] refresh ok user={L(uuid4())} "
        f"access={S('secret', jwt())}\n2024-11-27 09:14:03.301 Tidewell[4412:88213] [Net] reachability: wifi")
    out.append(
        f"I/flutter (12873): User(name: {full_name()}, phone: {S('phone', phone('ID'))}, "
        f"verified: true)\nI/flutter (12873): navigating to /home")
    kr = phone_parts("KR")[3]
    out.append(
        f"E/ContactsSync( 2219): merge conflict for data1={S('phone', '0' + kr)} "
        f"vs data1={S('phone', '+82' + kr.replace('-', ''))}")
    out.append(
        f"[APNs] didRegisterForRemoteNotifications deviceToken={L(rhex(64))}\n[APNs] uploading token for "
        f"{S('email', email())} to https://push.{pick(CORP)}/register")
    out.append(
        f"W/NetworkMonitor(1120): wlan0 up addr={S('ip', ipv4_private())}/24 dns={L('1.1.1.1')},{L('9.9.9.9')}")
    out.append(
        f"Crashlytics: setCustomKey(\"last_api_key\", \"{S('secret', google_api())}\")")
    out.append(
        f"2024-11-27T09:20:14+09:00 [SmsRetriever] received from {S('phone', phone('JP', 'e164'))}: "
        f"\"<#> Your code is {L('482 913')}.\"")
    out.append(
        f"V/Payments(3317): tokenized card {L('•••• ' + digits(4))} -> {L('pm_1Q' + rstr(ALNUM, 22))}")
    return out


@family("server_access_logs")
def fam_server():
    out = []
    lines = []
    for path, code in (("/wp-login.php", 404),):
        lines.append(f"{S('ip', ipv4())} - - [27/Nov/2024:06:2{R.randrange(10)}:{R.randrange(10, 60)} +0100] "
                     f"\"GET {path} HTTP/2.0\" {code} {R.randrange(200, 9000)} \"-\" \"Mozilla/5.0 (X11; Linux x86_64)\"")
    out.append("\n".join(lines))
    out.append(
        f"[Wed Nov 27 06:31:02.118331 2024] [php:error] [pid 22104] [client {S('ip', ipv4())}:51822] PHP Fatal error:  "
        f"Uncaught TypeError in /var/www/html/checkout.php:88, referer: https://shop.{pick(CORP)}/cart")
    out.append(
        f"X-Forwarded-For: {S('ip', ipv4())}, {L('203.0.113.7')}\nVia: 1.1 varnish ({L('Varnish/7.5')})")
    out.append(
        f"Nov 27 03:12:44 bastion sshd[88213]: Failed password for invalid user admin from {S('ip', ipv4())} port 51122 ssh2")
    out.append(
        f"Nov 27 07:01:12 mx1 postfix/smtp[4412]: {L('4Y2K3Q1Zx9z')}: to=<{S('email', email())}>, relay=mx.{pick(CORP)}"
        f"[{S('ip', ipv4())}]:25, delay=1.2, status=sent (250 2.0.0 Ok)")
    out.append(
        f"{{\"time\":\"2024-11-27T07:02:11Z\",\"remote_addr\":\"{S('ip', ipv6())}\",\"method\":\"POST\","
        f"\"uri\":\"/login?user=ops&password={S('secret', password(4))}\",\"status\":302}}")
    out.append(
        f"type=LOGIN msg=audit({L('1732691401.118:4412')}): pid=4412 uid=0 subj=unconfined old-auid=4294967295 "
        f"auid=1000 tty=(none) old-ses=4294967295 ses=12 res=1")
    out.append(
        f"2024-11-27 07:15:33 INFO  [mailer] password reset sent to {S('email', email())} (template=reset_v3, "
        f"request_id={L(uuid4())})")
    return out


@family("git_commits_diffs")
def fam_git():
    out = []
    f1, l1 = person()
    f2, l2 = person()
    out.append(
        f"commit {L(sha1hex())}\nAuthor: {f1} {l1} <{S('email', email(f1, l1, True))}>\nDate:   Tue Nov 26 18:02:11 2024 +0100\n\n"
        f"    Remove hardcoded Stripe key (rotated)\n\n    Reviewed-by: {f2} {l2}")
    out.append(
        f"diff --git a/config/.env b/config/.env\n--- a/config/.env\n+++ b/config/.env\n"
        f"@@ -1,5 +1,5 @@\n APP_ENV=production\n-STRIPE_SECRET_KEY={S('secret', stripe_sk())}\n-STRIPE_WEBHOOK_SECRET={S('secret', stripe_whsec())}\n"
        f"+STRIPE_SECRET_KEY={L('${STRIPE_SECRET_KEY}')}\n+STRIPE_WEBHOOK_SECRET={L('${STRIPE_WEBHOOK_SECRET}')}\n SENTRY_ENVIRONMENT=prod")
    out.append(
        f"--- a/deploy/values-prod.yaml\n+++ b/deploy/values-prod.yaml\n@@ -12,6 +12,9 @@ redis:\n   enabled: true\n"
        f"+  auth:\n+    password: {S('secret', password(3))}\n+  host: redis-master.cache.svc")
    f3, l3 = person()
    e3 = email(f3, l3)
    out.append(
        f"From: {f3} {l3} <{S('email', e3)}>\n"
        f"Date: Wed, 20 Nov 2024 11:32:09 +0200\nSubject: [PATCH v2 3/7] net: fix off-by-one in ring buffer\n\n"
        f"Signed-off-by: {f3} {l3} <{S('email', e3)}>\n---\n drivers/net/ring.c | 2 +-")
    out.append(
        f"--- a/.env.example\n+++ b/.env.example\n@@ -1,3 +1,4 @@\n DATABASE_URL=postgres://user:{L('password')}@localhost:5432/app\n"
        f" OPENAI_API_KEY={L('sk-...')}\n+ANTHROPIC_API_KEY={S('secret', anthropic_key())}")
    out.append(
        f"> **{pick(FIRST).lower()}** commented on `infra/terraform/main.tf` line 14:\n> ```diff\n"
        f"> +  access_key = \"{S('secret', aws_akid())}\"\n> +  secret_key = \"{S('secret', aws_secret())}\"\n> ```\n"
        f"Please never commit these, use the OIDC role {L('arn:aws:iam::' + aws_account() + ':role/gha-deploy')} instead.")
    out.append(
        f"diff --git a/tests/fixtures/cards.json b/tests/fixtures/cards.json\n@@ -1,3 +1,4 @@\n"
        f" [\"{L('4242424242424242')}\", \"{L('5555555555554444')}\",\n+ \"{S('card', card('visa', ''))}\",\n"
        f"]\n# reviewer: the new one is not a Stripe test number, it's a real PAN from a support ticket!")
    out.append(
        f"$ git config --list --show-origin\nfile:/home/dev/.gitconfig\tuser.name={full_name()}\n"
        f"file:/home/dev/.gitconfig\tuser.email={S('email', email())}\nfile:/home/dev/.gitconfig\tcredential.helper=store\n"
        f"file:.git/config\tremote.origin.url=https://oauth2:{S('secret', gh_fine())}@github.com/lumenfield/web.git")
    out.append(
        f"{L(rhex(7))} (HEAD -> main) Bump version\n{L(rhex(7))} Rotate leaked tokens; purge history with git-filter-repo")
    return out


@family("stack_traces_crashes")
def fam_traces():
    out = []
    out.append(
        f"Traceback (most recent call last):\n  File \"/srv/app/notify.py\", line 88, in send_welcome\n"
        f"    smtp.sendmail(sender, [user.email], msg.as_string())\n  File \"/usr/lib/python3.12/smtplib.py\", "
        f"line 892, in sendmail\n    raise SMTPRecipientsRefused(senderrs)\nsmtplib.SMTPRecipientsRefused: "
        f"{{'{S('email', email())}': (550, b'5.1.1 User unknown')}}")
    out.append(
        f"javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: "
        f"550 5.1.1 <{S('email', email(corp=True))}>: Recipient address rejected\n\tat com.sun.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2064)")
    out.append(
        f"Uncaught TypeError: Cannot read properties of undefined (reading 'expMonth')\n    at validateCard "
        f"(checkout.js:212:19)\n    at HTMLFormElement.onSubmit (checkout.js:88:5)\nstate: {{ pan: \"{S('card', card('amex', ''))}\", "
        f"holder: \"{full_name()}\" }}")
    out.append(
        f"panic: failed to connect to `host={S('ip', ipv4_private())} user=app database=ledger`: "
        f"failed SASL auth (FATAL: password authentication failed for user \"app\")\n\tdsn=\"postgres://app:"
        f"{S('secret', password(0))}@db-ledger.internal:5432/ledger?sslmode=require\"\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/cmd/ledger/main.go:44 +0x1a5")
    out.append(
        f"Incident Identifier: {L(uuid4().upper())}\nCrashReporter Key:   {L(sha1hex())}\nHardware Model:      iPhone15,3\n"
        f"Process:             Tidewell [4412]\nVersion:             {L('5.2.1 (5210)')}\nOS Version:          {L('iPhone OS 18.1 (22B83)')}\n"
        f"Exception Type:  EXC_BAD_ACCESS (SIGSEGV)")
    out.append(
        f"{{\"event_id\":\"{L(rhex(32))}\",\"level\":\"error\",\"user\":{{"
        f"\"email\":\"{S('email', email())}\"}},\"exception\":{{\"values\":"
        f"[{{\"type\":\"KeyError\",\"value\":\"'tenant'\"}}]}}}}")
    out.append(
        f"PHP Fatal error:  Uncaught InvalidArgumentException: checksum mismatch in /var/www/app/Validator.php:44\n"
        f"Stack trace:\n#0 /var/www/app/Signup.php(112): Validator->ssn('{S('ssn', ssn('-'))}')\n#1 {{main}}\n  thrown in /var/www/app/Validator.php on line 44")
    out.append(
        f"thread 'main' panicked at src/payout.rs:71:38:\ncalled `Result::unwrap()` on an `Err` value: "
        f"UnsupportedCountry {{ iban: \"{S('iban', iban('MT', printed=False))}\", country: \"MT\" }}\n"
        f"note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace")
    out.append(
        f"Stripe::AuthenticationError: Invalid API Key provided: {L('sk_live_' + '*' * 20 + rstr(ALNUM, 4))}\n"
        f"  from /app/vendor/bundle/ruby/3.3.0/gems/stripe-12.1.0/lib/stripe/stripe_client.rb:642")
    out.append(
        f"java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"token\" is null\n"
        f"\tat com.tidewell.auth.TokenFilter.doFilter(TokenFilter.java:57)\n\tat org.apache.catalina.core."
        f"ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:168)\n(no payload captured)")
    out.append(
        f"System.Data.SqlClient.SqlException (0x80131904): Login failed for user 'sa'.\n   ConnectionString: "
        f"Server=tcp:sql-crm-01,1433;Database=crm;User Id=sa;Password={S('secret', password(1))};\n"
        f"   ClientConnectionId:{L(uuid4())}")
    return out


@family("terminal_sessions")
def fam_terminal():
    out = []
    acct = aws_account()
    out.append(
        f"$ export AWS_ACCESS_KEY_ID={S('secret', aws_akid())}\n$ export AWS_SECRET_ACCESS_KEY={S('secret', aws_secret())}\n"
        f"$ aws sts get-caller-identity\n{{\n    \"Account\": \"{L(acct)}\",\n"
        f"    \"Arn\": \"{L('arn:aws:iam::' + acct + ':user/ci-bot')}\"\n}}")
    out.append(
        f"user@box:~$ curl --netrc -X POST https://jenkins.{pick(CORP)}/job/deploy/build\n"
        f"user@box:~$ echo $?\n0")
    out.append(
        f"$ psql \"postgresql://analyst:{S('secret', password(3))}@dwh.{pick(CORP)}:5432/warehouse?sslmode=require\"\n"
        f"psql (16.4)\nSSL connection (protocol: TLSv1.3)\nwarehouse=>")
    out.append(
        f"PS C:\\Users\\dev> ssh -i .\\id_ed25519 ubuntu@{S('ip', ipv4())}\nWelcome to Ubuntu 24.04.1 LTS "
        f"(GNU/Linux {L('6.8.0-48-generic')} x86_64)")
    out.append(
        f"$ ip -4 addr show eth0\n2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP\n"
        f"    link/ether {L('52:54:00:' + ':'.join(rhex(2) for _ in range(3)))} brd ff:ff:ff:ff:ff:ff\n"
        f"    inet {S('ip', ipv4())}/22 scope global eth0\n$ ifconfig eth0 | grep mask\n"
        f"        netmask {L('255.255.252.0')}")
    dom = pick(CORP)
    out.append(
        f"$ dig +short api.{dom}\n{S('ip', ipv4())}\n$ dig +short AAAA api.{dom}\n$")
    out.append(
        f"$ kubectl -n prod get secret grafana -o jsonpath='{{.data.admin-password}}' | base64 -d\n"
        f"{S('secret', password(5))}\n$ clear")
    out.append(
        f"$ history | tail -3\n 1012  sshpass -p '{S('secret', password(2))}' ssh root@build-07\n"
        f" 1013  sudo systemctl restart nginx\n 1014  history | tail -3")
    out.append(
        f"$ ping -c 2 {L('9.9.9.9')}\nPING {L('9.9.9.9')} ({L('9.9.9.9')}) 56(84) bytes of data.\n64 bytes: icmp_seq=1 ttl=58 time=4.12 ms")
    return out


@family("ci_build_logs")
def fam_ci():
    out = []
    out.append(
        f"2024-11-27T09:01:12.4412Z ##[group]Run ./scripts/deploy.sh\n2024-11-27T09:01:12.4413Z env:\n"
        f"2024-11-27T09:01:12.4413Z   DEPLOY_TOKEN: {L('***')}\n2024-11-27T09:01:12.4414Z   REGISTRY_AUTH: "
        f"{S('secret', b64(('ci:' + gitlab_pat()).encode()))}\n2024-11-27T09:01:12.4414Z ##[endgroup]\n"
        f"# ^ masked the raw token but not its base64")
    out.append(
        f"[Pipeline] sh\n+ curl -sf -H 'Authorization: token {S('secret', gh_token('ghs_'))}' "
        f"https://api.github.com/repos/lumenfield/web/statuses/{L(sha1hex())}\n[Pipeline] }}")
    out.append(
        f"$ echo $DOCKER_AUTH_CONFIG\n{{\"auths\":{{\"registry.{pick(CORP)}\":{{\"auth\":\"{S('secret', b64(('gitlab-ci-token:' + password(3)).encode()))}\"}}}}}}\n"
        f"Cleaning up project directory and file based variables\nERROR: Job failed: exit code 1")
    out.append(
        f"Setting environment variables from repository settings\n"
        f"$ export SENTRY_DSN={L('[secure]')}\n$ bundle exec rake test\n112 runs, 341 assertions, 0 failures")
    out.append(
        f"npm notice Publishing to https://registry.npmjs.org/ with tag latest and default access\n"
        f"npm verb config //registry.npmjs.org/:_authToken={S('secret', npm_token())}\n+ @lumenfield/ui")
    out.append(
        f"  # aws_db_instance.main will be updated in-place\n  ~ resource \"aws_db_instance\" \"main\" {{\n"
        f"      ~ password = {L('(sensitive value)')}\n      ~ tags     = {{\n          + \"owner\" = \"{S('email', email(corp=True))}\"\n        }}\n    }}")
    out.append(
        f"##[debug]Evaluating: secrets.AZURE_CREDENTIALS\n##[debug]Result: '{L('***')}'\n"
        f"AzureCLI: az login --service-principal -u {L(uuid4())} -p {S('secret', azure_client_secret())}\n"
        f"# -p was passed as a literal by the template, so it was never masked")
    out.append(
        f"Run pytest -q\n....F\nFAILED tests/test_signup.py::test_duplicate - AssertionError: "
        f"expected 409 for {L('dup@example.com')}, got 201\n1 failed, 4 passed in 2.31s")
    dom = pick(CORP)
    out.append(
        f"Step 7/12 : RUN pip install --index-url https://build:{S('secret', password(3))}@pypi.{dom}/simple -r requirements.txt\n"
        f"Looking in indexes: https://build:{L('****')}@pypi.{dom}/simple")
    return out


@family("source_code")
def fam_code():
    out = []
    out.append(
        f"import requests\n\nHEADERS = {{\n    \"Authorization\": \"Bearer {S('secret', hf_token())}\",\n}}\n\n"
        f"def embed(texts):\n    r = requests.post(\"https://api-inference.huggingface.co/models/BAAI/bge-small-en-v1.5\", headers=HEADERS, json={{\"inputs\": texts}})\n    return r.json()")
    out.append(
        f"const firebaseAdmin = require('firebase-admin');\n// FIXME move to secret manager\nconst SENDGRID_KEY = '{S('secret', sendgrid())}';\n"
        f"const FROM = '{S('email', email(corp=True))}';")
    out.append(
        f"package db\n\nconst dsn = \"host=db.internal user=ledger password={S('secret', password(1))} dbname=ledger sslmode=disable\"")
    out.append(
        "EMAIL_RE = re.compile(r\"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$\")\n\n"
        f"@pytest.mark.parametrize(\"addr\", [\"{L('alice@example.com')}\", \"{L('bob+tag@example.org')}\"])\n"
        "def test_valid(addr):\n    assert EMAIL_RE.match(addr)")
    out.append(
        f"<?php\n$conn = mysqli_connect('{S('ip', ipv4())}', 'wp_user', '{S('secret', password(4))}', 'wordpress');\n"
        f"if (!$conn) {{ die('Connection failed: ' . mysqli_connect_error()); }}")
    out.append(
        f"#[test]\nfn accepts_documented_examples() {{\n    assert!(is_valid(\"{L('GB82 WEST 1234 5698 7654 32')}\"));\n"
        f"    assert!(is_valid(\"{L('DE89 3704 0044 0532 0130 00')}\"));\n}}")
    out.append(
        f"struct Config {{\n    static let mapboxPublic = \"{L(mapbox_pk())}\"\n    static let mapboxSecret = \"{S('secret', mapbox_sk())}\" // used by the tile uploader\n}}")
    out.append(
        f"provider \"aws\" {{\n  region     = \"eu-central-1\"\n  access_key = \"{L(AWS_EXAMPLE_AKID)}\"\n"
        f"  secret_key = \"{L(AWS_EXAMPLE_SECRET)}\"\n}}\n# ^ copied from the AWS docs, replace before use")
    out.append(
        f"# seed.py - demo data\nUSERS = [\n    {{\"name\": \"{full_name()}\", \"email\": \"{S('email', email())}\"}},  # real beta tester, remove!\n"
        f"    {{\"name\": \"Test User\", \"email\": \"{L('test@test.invalid')}\"}},\n]")
    out.append(
        f"func TestLuhn(t *testing.T) {{\n\tfor _, n := range []string{{\"{L('4111111111111111')}\"}} {{\n"
        f"\t\tif !Luhn(n) {{ t.Fatalf(\"%s should pass\", n) }}\n\t}}\n}}")
    return out


# ================================================================ families: files, configs, credentials

@family("vcard_ics_ldif")
def fam_vcard():
    out = []
    f, l = person()
    out.append(
        f"BEGIN:VCARD\nVERSION:3.0\nN:{l};{f};;;\nFN:{f} {l}\nTEL;TYPE=CELL:{S('phone', phone('DK'))}\n"
        f"EMAIL;TYPE=INTERNET,HOME:{S('email', email(f, l))}\nBDAY:{S('dob', dob('iso'))}\n"
        f"ANNIVERSARY:{L(other_date('compact', 2010, 2020))}\nEND:VCARD")
    f, l = person()
    out.append(
        f"BEGIN:VCARD\nVERSION:4.0\nFN:{f} {l}\nTEL;VALUE=uri;TYPE=\"voice,work\":tel:{S('phone', phone('SG', 'e164'))}\n"
        f"EMAIL;TYPE=work:{S('email', email(f, l, True))}\nEND:VCARD")
    out.append(
        f"BEGIN:VEVENT\nUID:{L(uuid4() + '@google.com')}\nDTSTART:20241203T140000Z\nDTEND:20241203T150000Z\n"
        f"ORGANIZER;CN={full_name()}:mailto:{S('email', email(corp=True))}\n"
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Vendor team:mailto:{L('vendor-team@example.org')}\n"
        f"DESCRIPTION:Join via the Teams link\nSUMMARY:Q4 vendor review\nEND:VEVENT")
    f, l = person()
    out.append(
        f"dn: uid={ascii_fold(f).lower()},ou=people,dc=ironbark,dc=dev\nobjectClass: inetOrgPerson\n"
        f"cn: {f} {l}\nmail: {S('email', email(f, l, corp=True))}\ntelephoneNumber: {S('phone', phone('FI'))}\n"
        f"userPassword: {S('secret', password(2))}")
    out.append(
        f"dn: cn=svc-backup,ou=service,dc=ironbark,dc=dev\nobjectClass: simpleSecurityObject\n"
        f"userPassword:: {L(b64(('{SSHA}' + b64(rbytes(24))).encode()))}\ndescription: hashed - safe to keep in the export")
    out.append(
        "\"First Name\",\"Last Name\",\"E-mail Address\",\"Birthday\",\"Anniversary\"\n"
        f"\"{pick(FIRST)}\",\"{pick(LAST)}\",\"{S('email', email())}\",\"{S('dob', dob('m/d/yy', 1950, 1999))}\",\"{L('6/14/2012')}\"")
    out.append(
        f"objectGUID: {L(b64(rbytes(16)))}\nobjectSid: {L('S-1-5-21-' + nz_digits(10) + '-' + nz_digits(10) + '-' + nz_digits(9) + '-' + str(R.randrange(1100, 9000)))}\n"
        f"sAMAccountName: {ascii_fold(pick(LAST)).lower()}\nuserAccountControl: 512")
    out.append(
        f"BEGIN:VEVENT\nDTSTART;VALUE=DATE:{L('20241214')}\nSUMMARY:Birthday party for Noa (turning 6!)\nLOCATION:Trampoline park\n"
        f"DESCRIPTION:RSVP to {S('phone', phone('IL'))}\nEND:VEVENT")
    out.append(
        f"BEGIN:VCARD\nVERSION:3.0\nFN:Dr. {full_name()}\nORG:Pinecrest Clinic\nTEL;TYPE=WORK:{S('phone', phone('CA'))}\n"
        f"NOTE:Referrals by fax only\nEND:VCARD")
    return out


@family("markdown_docs_tables")
def fam_markdown():
    out = []
    out.append(
        "## On-call contacts\n\n| Name | Role | Phone | Email |\n|------|------|-------|-------|\n"
        f"| {full_name()} | Primary | {S('phone', phone('NO'))} | {S('email', email(corp=True))} |\n"
        f"| {full_name()} | Secondary | (Slack only) | – |\n"
        f"| Escalation | PagerDuty | (see rota) | {L('oncall@example.com')} |")
    out.append(
        f"# Postmortem: leaked Mailgun key (2024-11-19)\n\n**Impact:** ~4k spam mails sent from our domain.\n\n"
        f"**Timeline:**\n- 14:02 key `{S('secret', mailgun())}` pushed to a public gist\n- 14:40 first abuse from "
        f"`{S('ip', ipv4())}`\n- 15:10 key revoked\n\n**Follow-up:** enable secret scanning")
    out.append(
        "### Parameters\n\n| Name | Type | Example |\n|---|---|---|\n"
        f"| `email` | string | `{L('jane@example.com')}` |\n| `phone` | E.164 | `{L('+1-202-555-0125')}` |\n"
        f"| `iban` | string | `{L('DE89 3704 0044 0532 0130 00')}` |")
    out.append(
        f"## New starter checklist – {full_name()}\n\n| Field | Value |\n|---|---|\n| NI number | {S('nino', nino(True))} |\n"
        f"| Date of birth | {S('dob', dob('long'))} |")
    out.append(
        f"---\ntitle: {full_name()}\ntags: [contacts, family]\nemail: {S('email', email())}\nphone: \"{S('phone', phone('CZ'))}\"\n"
        f"---\nMet at Lucie's wedding ({L('2022-06-18')}). Likes bouldering.")
    out.append(
        f"||Name||Phone||Notes||\n|{full_name()}|{S('phone', phone('SK'))}|site lead|\n|{full_name()}|ext. 214|night shift|")
    out.append(
        f"## [{L('2.14.0')}]\n### Fixed\n- Crash when the IBAN field is empty\n"
        f"- Mask card numbers in logs, e.g. `{L('411111******1111')}`")
    out.append(
        "<!-- Please do NOT paste tokens or passwords in issues -->\n### Steps to reproduce\n1. run `cli login`\n"
        f"2. paste token `{S('secret', pulumi_token())}`\n3. see `401 Unauthorized`\n\n### Version\n{L('cli 3.138.0')}")
    out.append(
        f"> [!NOTE]\n> Contact the DPO at {S('email', 'dpo@' + pick(CORP))} for subject access requests. "
        f"We respond within 30 days (GDPR Art. 12(3)).")
    return out


@family("dotfiles_env")
def fam_dotfiles():
    out = []
    out.append(
        f"# .env (production)\nNODE_ENV=production\nDATABASE_URL=postgresql://app:{S('secret', password(3))}@db.internal:5432/app\n"
        f"SENTRY_DSN=\nS3_BUCKET=prod-uploads\nMAPS_KEY={L('your-key-here')}")
    out.append(
        f"//registry.npmjs.org/:_authToken={S('secret', npm_token())}\n@lumenfield:registry=https://npm.pkg.github.com\n"
        f"//npm.pkg.github.com/:_authToken={L('${GITHUB_TOKEN}')}")
    out.append(
        f"machine api.heroku.com\n  login {S('email', email())}\n  password {S('secret', heroku_key())}")
    out.append(
        f"# ~/.pgpass  hostname:port:database:username:password\n{S('ip', ipv4_private())}:5432:analytics:bi_reader:{S('secret', password(0))}\n"
        f"localhost:5432:*:postgres:{L('postgres')}")
    out.append(
        f"$ cat ~/.git-credentials\nhttps://{ascii_fold(pick(FIRST)).lower()}:{S('secret', gitlab_pat())}@gitlab.{pick(CORP)}")
    out.append(
        f"[default]\naws_access_key_id = {L(AWS_EXAMPLE_AKID)}\naws_secret_access_key = {L(AWS_EXAMPLE_SECRET)}\n\n[prod]\n"
        f"aws_access_key_id = {S('secret', aws_akid())}\naws_secret_access_key = {S('secret', aws_secret())}\nregion = eu-west-1")
    out.append(
        f"network={{\n    ssid=\"{pick(LAST)}-5G\"\n    psk=\"{S('secret', password(1))}\"\n    key_mgmt=WPA-PSK\n}}\n"
        f"# admin:{L(bcrypt_hash())}  <- htpasswd line, hash only")
    out.append(
        f"[gdrive-backup]\ntype = drive\nclient_id = {L(nz_digits(12) + '-' + rstr(LOWER + DIG, 32) + '.apps.googleusercontent.com')}\n"
        f"client_secret = {S('secret', google_oauth_secret())}\ntoken = {{\"token_type\":\"Bearer\",\"expiry\":\"2024-11-27T10:14:03Z\"}}")
    return out


@family("connection_strings")
def fam_connstr():
    out = []
    out.append(
        f"MONGO_URI=mongodb+srv://orders_svc:{S('secret', password(3))}@cluster0.{rstr(LOWER + DIG, 5)}.mongodb.net/orders?retryWrites=true&w=majority")
    out.append(
        f"CELERY_BROKER_URL=rediss://:{S('secret', password(0))}@{S('ip', ipv4())}:6380/0?ssl_cert_reqs=required\n"
        f"CELERY_RESULT_BACKEND=redis://localhost:6379/1")
    out.append(
        f"jdbc:sqlserver://sql01.{pick(CORP)}:1433;databaseName=HR;user=hr_app;password={S('secret', password(4))};encrypt=true;trustServerCertificate=false")
    out.append(
        f"DefaultEndpointsProtocol=https;AccountName=lumenprodlogs;AccountKey={S('secret', azure_storage_key())};EndpointSuffix=core.windows.net")
    out.append(
        f"snowflake://{ascii_fold(pick(LAST)).lower()}:{S('secret', password(2))}@{L('xy12345.eu-central-1')}/ANALYTICS/PUBLIC?warehouse=REPORTING")
    out.append(
        f"EMAIL_URL=smtp+tls://{S('email', pct(email(corp=True)))}:{S('secret', password(3))}@smtp.office365.com:587")
    out.append(
        f"Driver={{ODBC Driver 18 for SQL Server}};Server=tcp:sqlprod.{pick(CORP)},1433;Uid=etl;Pwd={{{S('secret', password(0))}}};Encrypt=yes;")
    out.append(
        f"# Template, fill in before use:\n# postgres://{L('USER')}:{L('PASSWORD')}@{L('HOST')}:5432/{L('DB')}")
    return out


@family("private_keys_pem")
def fam_pem():
    out = []
    out.append(
        f"is this the right format for the deploy key? it keeps saying \"invalid format\"\n\n{S('secret', openssh_ed25519('deploy@ci'))}")
    out.append(
        f"apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\nmetadata:\n  name: ingress-tls\nstringData:\n  tls.crt: |\n"
        + "    " + L(cert_pem().replace("\n", "\n    "))
        + f"\n  tls.key: |\n    {S('secret', pem_ec().replace(chr(10), chr(10) + '    '))}")
    out.append(
        '{\n  "type": "service_account",\n  "project_id": "%s",\n  "private_key_id": "%s",\n  "private_key": "%s\\n",\n'
        '  "token_uri": "https://oauth2.googleapis.com/token"\n}'
        % (L("lumen-analytics-" + digits(6)), L(sha1hex()), S("secret", pem_rsa(1024, pkcs8=True).replace("\n", "\\n"))))
    out.append(S("secret", pgp_private_block()) + "\n\n(exported with gpg --export-secret-keys --armor, for the backup drive)")
    out.append(
        f"PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-20241127\nPublic-Lines: 2\n"
        f"{L(b64(rbytes(51))[:64])}\n{L(b64(rbytes(51))[:4])}\nPrivate-Lines: 1\n{S('secret', b64(rbytes(36)))}")
    out.append(
        '{"kty":"EC","crv":"P-256","x":"%s","y":"%s","d":"%s","use":"sig"}'
        % (L(b64url(rbytes(32))), L(b64url(rbytes(32))), S("secret", b64url(rbytes(32)))))
    out.append(
        f"# created: 2024-11-27T09:12:44+01:00\n# public key: {L(age_recipient())}\n{S('secret', age_secret())}")
    out.append(
        f"-----BEGIN CERTIFICATE REQUEST-----\n{L(b64(rbytes(96))[:64])}\n{L(b64(rbytes(96))[:64])}\n-----END CERTIFICATE REQUEST-----\n"
        f"(no private material here, safe to share)")
    out.append(
        f"#\n# 2048 bit OpenVPN static key\n#\n{S('secret', '-----BEGIN OpenVPN Static key V1-----' + chr(10) + chr(10).join(rhex(32) for _ in range(16)) + chr(10) + '-----END OpenVPN Static key V1-----')}")
    return out


@family("cloud_provider_keys")
def fam_cloud():
    out = []
    out.append(
        '{\n    "Credentials": {\n        "AccessKeyId": "%s",\n        "SecretAccessKey": "%s",\n'
        '        "Expiration": "2024-11-27T10:14:03+00:00"\n    },\n'
        '    "AssumedRoleUser": {\n        "Arn": "%s"\n    }\n}'
        % (S("secret", aws_akid("ASIA")), S("secret", aws_secret()),
           L("arn:aws:sts::" + aws_account() + ":assumed-role/ReadOnly/session-" + digits(6))))
    out.append(
        '{\n  "appId": "%s",\n  "displayName": "gha-deploy",\n  "password": "%s",\n  "tenant": "%s"\n}'
        % (L(uuid4()), S("secret", azure_client_secret()), L(uuid4())))
    out.append(
        f"https://lumenprod.blob.core.windows.net/exports/report.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-12-31T23:59:59Z"
        f"&spr=https&sig={S('secret', pct(b64(rbytes(32))))}")
    out.append(
        f"阿里云 AccessKey 创建成功，请妥善保存（只显示一次）：\n"
        f"AccessKey Secret: {S('secret', rstr(ALNUM, 30))}")
    out.append(
        f"[DEFAULT]\nuser={L('ocid1.user.oc1..' + rstr(LOWER + DIG, 60))}\nfingerprint={L(':'.join(rhex(2) for _ in range(16)))}\n"
        f"region=eu-frankfurt-1\nkey_file=~/.oci/oci_api_key.pem")
    out.append(
        f"DIGITALOCEAN_TOKEN={S('secret', do_token())}")
    out.append(
        f"Cloudflare > My Profile > API Tokens > \"Edit zone DNS\" created. Copy it now, it won't be shown again:\n"
        f"{S('secret', cloudflare_token())}\nZone ID: {L(rhex(32))}")
    out.append(
        f"gcloud auth print-access-token\n{S('secret', 'ya29.c.c0' + rstr(ALNUM + '-_', 180))}\n"
        f"gcloud projects describe lumen-prod --format='value(projectNumber)'\n{L(nz_digits(12))}")
    return out


@family("saas_api_tokens")
def fam_saas():
    out = []
    out.append(
        f"TWILIO_ACCOUNT_SID={L(twilio_sid())}\nTWILIO_AUTH_TOKEN={S('secret', rhex(32))}\nTWILIO_FROM={L('+15005550006')}")
    out.append(
        f"@channel heads-up: the Shopify admin token for the outlet store is {S('secret', shopify())} "
        f"- I'll move it to Vault tomorrow")
    out.append(
        f"curl https://api.telegram.org/bot{S('secret', telegram_bot())}/sendMessage -d chat_id={L('-100' + nz_digits(10))} -d text=deploy+ok")
    out.append(
        f"Notion integration \"Weekly digest\"\nInternal Integration Secret: {S('secret', notion_key())}\nCapabilities: Read content")
    out.append(
        f"JIRA_USER={S('email', email(corp=True))}\nJIRA_API_TOKEN={S('secret', atlassian_token())}")
    out.append(
        f"NEW_RELIC_LICENSE_KEY={L('<your-license-key>')}\nNEW_RELIC_API_KEY={S('secret', newrelic_key())}\n"
        f"# the license key still has the placeholder from the install guide")
    out.append(
        f"$ vault login {S('secret', vault_token())}\nSuccess! You are now authenticated.")
    out.append(
        f"DOPPLER_TOKEN={S('secret', doppler_token())}")
    out.append(
        f"const base = new Airtable({{ apiKey: '{S('secret', airtable_pat())}' }}).base('{L('app' + rstr(ALNUM, 14))}');")
    out.append(
        f"databricks configure --token\nDatabricks Host: https://adb-{L(non_luhn_digits(16))}.{R.randrange(1, 20)}.azuredatabricks.net\nToken: {S('secret', databricks_token())}")
    out.append(
        f"Square Developer Dashboard > Production > Access token: {S('secret', square_token())}\nApplication ID: {L('sq0idp-' + rstr(ALNUM + '-_', 22))}")
    out.append(
        f"OPENAI_API_KEY={S('secret', openai_legacy())}\nHF_TOKEN={L('hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}")
    return out


@family("auth_headers_jwt_cookies")
def fam_auth():
    out = []
    user = ascii_fold(pick(FIRST)).lower()
    out.append(
        f"GET /api/admin/users HTTP/1.1\nHost: intranet.{pick(CORP)}\nAuthorization: Basic {S('secret', b64((user + ':' + password(2)).encode()))}\n"
        f"User-Agent: curl/8.7.1\nAccept: */*")
    out.append(
        f"Cookie: _ga={L('GA1.2.' + nz_digits(9) + '.' + nz_digits(10))}; sessionid={S('secret', rstr(LOWER + DIG, 32))}; "
        f"theme=dark")
    out.append(
        f"HTTP/2 200\nset-cookie: __Host-auth={S('secret', jwt())}; Path=/; Secure; HttpOnly; SameSite=Lax\n"
        f"x-request-id: {L(uuid4())}\ncontent-length: 0")
    out.append(
        '{"name":"Authorization","value":"Bearer %s"},\n{"name":"X-Client-Version","value":"%s"}'
        % (S("secret", "ory_at_" + rstr(ALNUM + "-_", 43) + "." + rstr(ALNUM + "-_", 43)), L("7.4.1")))
    out.append(
        f"Decoding this in jwt.io gives John Doe, is that expected?\n{L(JWT_IO_DEMO)}\n\nvs. the one our app issues:\n{S('secret', jwt())}")
    anon = jwt('{"iss":"supabase","ref":"%s","role":"anon","iat":1712000000}' % rstr(LOWER, 20))
    out.append(
        f"NEXT_PUBLIC_SUPABASE_URL=https://{rstr(LOWER, 20)}.supabase.co\nNEXT_PUBLIC_SUPABASE_ANON_KEY={L(anon)}\n"
        f"SUPABASE_SERVICE_ROLE_KEY={S('secret', supabase_service_jwt())}")
    out.append(
        f"WWW-Authenticate: Digest realm=\"api\", qop=\"auth\", nonce=\"{L(rhex(32))}\"\n"
        f"Authorization: Digest username=\"ops\", realm=\"api\", nonce=\"...\", uri=\"/status\", response=\"{L(md5hex())}\"")
    out.append(
        '{"access_token":"%s","token_type":"Bearer","expires_in":3600,"scope":"openid email"}'
        % (S("secret", jwt(alg="RS256")),))
    out.append(
        f"X-Shopify-Hmac-Sha256: {L(b64(rbytes(32)))}\nX-Shopify-Shop-Domain: outlet-store.myshopify.com")
    return out


@family("network_device_configs")
def fam_netcfg():
    out = []
    out.append(
        f"hostname edge-rtr-01\n!\nenable secret 9 {L('$9$' + rstr('./' + ALNUM, 14) + '$' + rstr('./' + ALNUM, 43))}\n"
        f"username netadmin privilege 15 password 0 {S('secret', password(4))}\n!\ninterface GigabitEthernet0/0/1\n"
        f" ip address {S('ip', ipv4())} {L('255.255.255.252')}\n!\nsnmp-server community {S('secret', password(3))} RO 10")
    out.append(
        f"{L('127.0.0.1')}\tlocalhost\n{L('::1')}\tlocalhost ip6-localhost\n{S('ip', ipv4_private())}\tnas.home")
    out.append(
        f"[Interface]\nPrivateKey = {S('secret', wg_key())}\nDNS = {L('1.1.1.1')}\n\n[Peer]\n"
        f"PublicKey = {L(wg_key())}\nEndpoint = {S('ip', ipv4())}:51820\nAllowedIPs = {L('0.0.0.0/0')}")
    out.append(
        f"1732712000 {L('a4:83:e7:' + ':'.join(rhex(2) for _ in range(3)))} {S('ip', ipv4_private())} kemals-iphone *")
    out.append(
        f"$ORIGIN {pick(CORP)}.\n@   IN SOA ns1 hostmaster ( 1 3600 900 1209600 300 )\n"
        f"@   IN A     {S('ip', ipv4())}\ndoc IN A     {L('192.0.2.10')}")
    out.append(
        f"set system root-authentication encrypted-password \"{L('$6$' + rstr('./' + ALNUM, 16) + '$' + rstr('./' + ALNUM, 86))}\"\n"
        f"set interfaces ge-0/0/0 unit 0 family inet address {S('ip', ipv4())}/30")
    return out


# ================================================================ families: PII kinds in depth

@family("card_networks")
def fam_cards():
    out = []
    out.append(
        f"Booking ref {L('K7XQ2M')} – payment: American Express {S('card', card('amex', ' '))}, cardholder {full_name()}. "
        f"Please charge the deposit only; the balance is due on arrival.")
    out.append(
        f"Expense report\nCorporate card (Diners Club): {S('card', card('diners', ' '))}\n"
        f"Taxi 23.10. €38,50 · Hotel 23.–25.10. €412,00")
    out.append(
        f"【ご予約確認】\nお支払い方法：JCB {S('card', card('jcb', '-'))}\n有効期限：08/28\n予約番号：{L('JP' + digits(9))}")
    out.append(
        f"银联卡号：{S('card', card('unionpay', ' '))}\n开户行：中国工商银行 上海分行\n持卡人：{pick(['王', '李', '张', '刘'])}{pick(['伟', '芳', '娜', '强'])}")
    out.append(
        f"Оплата картой «Мир» {S('card', card('mir', ' '))}, срок действия 11/27.")
    out.append(
        f"RuPay debit card {S('card', card('rupay', ' '))} linked to UPI ID {L(ascii_fold(pick(FIRST)).lower() + '@okaxis')} – "
        f"please block it, I lost my wallet in Bengaluru")
    out.append(
        f"Pagamento aprovado! Cartão Elo final {L(digits(4))}.\n(o número completo que você digitou no chat foi {S('card', card('elo', ' '))} — "
        f"por segurança, nunca envie o número inteiro por aqui)")
    out.append(
        f"Hi, I tried to pay with my Verve card {S('card', card('verve', ' '))} on your site but it only accepts Visa and Mastercard. "
        f"My bank is in Lagos.")
    out.append(
        f"Dankort: {S('card', card('dankort', ' '))}\nKvittering · 27-11-2024 kl. 14:02 · 349,00 kr.")
    out.append(
        f"RP/LON1A0980/LON1A0980            AA/SU  27NOV24/0912Z   {L(rstr(UPPER + DIG, 6))}\n"
        f"  1.{pick(LAST).upper()}/{pick(FIRST).upper()} MR\n  2  BA 117 Y 12DEC 4 LHRJFK HK1  1120 1410\n"
        f"  3 FP CCTP{S('card', card('uatp', ''))}/1227")
    out.append(
        f"Bancontact-kaart {S('card', card('bancontact', ' '))} geweigerd bij de terminal, code 05. Kan iemand dit nakijken?")
    out.append(
        f"Meine Girocard/Maestro: {S('card', card('maestro', ' '))} – die neue Debitkarte (Visa Debit) endet auf {L(digits(4))}.")
    out.append(
        f"BIN lookup for {L(card_digits('visa')[:6])}: VISA · DEBIT · CLASSIC · issuer in Poland.\nBIN {L(card_digits('mastercard')[:8])}: "
        f"MASTERCARD · CREDIT · WORLD ELITE · Canada. (BINs only, no PANs in this report)")
    out.append(
        f"Old-style 13-digit Visa from a 1990s customer export: {S('card', card('visa13', ''))}; and a 19-digit Visa prepaid: "
        f"{S('card', card('visa19', ' '))}")
    return out


@family("iban_countries")
def fam_iban():
    out = []
    out.append(
        f"Bankverbindung: {full_name()} · IBAN {S('iban', iban('CH'))} · BIC {L('POFICHBEXXX')} · Postfinance AG")
    out.append(
        f"Please wire the deposit (€1,500) to IBAN {S('iban', iban('GR'))}, Piraeus Bank, beneficiary {full_name()}.")
    out.append(
        f"Riferimenti bancari per il rimborso:\nIntestatario: {full_name()}\nIBAN: {S('iban', iban('SM'))}\nCausale: rimborso (filiale di Serravalle)")
    out.append(
        f"Numer rachunku do wpłat czynszu: {S('iban', iban('PL'))} (mBank). Tytuł: czynsz XII/2024, lokal 14.")
    out.append(
        f"حسابي في البنك الأهلي: {S('iban', iban('SA'))}\nرجاءً حوّل المبلغ قبل نهاية الشهر.")
    out.append(
        f"Beneficiary IBAN: {S('iban', iban('AE'))}\nBank: Emirates NBD · SWIFT {L('EBILAEADXXX')} · Purpose code: SAL (salary)")
    out.append(
        f"Hesap bilgilerim: {full_name()} — {S('iban', iban('TR'))} (Ziraat Bankası)")
    out.append(
        f"Freelancer invoice #{L('2024-118')}\nPayable within 14 days to:\n  {S('iban', iban('EE'))} (LHV Pank)")
    out.append(
        f"Donations: {S('iban', iban('IE'))} (current account) · Registered charity {L('CHY ' + digits(5))}")
    out.append(
        f"Datos para la transferencia: {S('iban', iban('ES'))} (BBVA). Concepto: fianza piso c/ Alcalá.")
    out.append(
        f"Pro forma: please remit USD 8,420.00 to {S('iban', iban('QA'))} (QNB).")
    out.append(
        f"Mon RIB : {S('iban', iban('FR'))} — Clé RIB incluse. Domiciliation : Crédit Agricole Toulouse.")
    out.append(
        f"IBAN: {S('iban', iban('BR', printed=False))}\nChave Pix: {L(uuid4())}\n(Pix é mais rápido que o IBAN para transferências no Brasil)")
    out.append(
        f"IBAN list from the vendor master:\n{S('iban', iban('NO', printed=False))}  Oslo office\n{S('iban', iban('DK', printed=False))}  Aarhus office\n"
        f"{L(iban_broken('IS', printed=False))}  Reykjavik office (bounced: invalid IBAN)")
    out.append(
        f"Account details (sandbox documentation): {L('GB33 BUKB 2020 1555 5555 55')} / sort code {L('20-20-15')} / account {L('55555555')}")
    return out


@family("us_ssn_forms")
def fam_ssn():
    out = []
    out.append(
        f"Form W-4 (2024)\nStep 1(a) First name and middle initial: {pick(FIRST)} R.   Last name: {pick(LAST)}\n"
        f"(b) Social security number: {S('ssn', ssn('-'))}\n(c) [X] Single or Married filing separately")
    f, l = person()
    out.append(
        f"Section 1. Employee Information and Attestation\nLast Name: {l}  First Name: {f}\n"
        f"Date of Birth (mm/dd/yyyy): {S('dob', dob('mdy/'))}   U.S. Social Security Number: {S('ssn', ssn(' '))}\n"
        f"Employee's E-mail Address: {S('email', email(f, l))}")
    out.append(
        f"hi! doing my taxes with you guys, my SSN is {S('ssn', ssn(''))} and my wife's is {S('ssn', ssn('-'))}. "
        f"our business EIN is {L(ein())} if you need it")
    out.append(
        f"Background check request\nCandidate: {full_name()}\nSSN: {S('ssn', ssn('-'))}\nDOB: {S('dob', dob('mdy/'))}\n"
        f"Package: Standard + MVR")
    out.append(
        f"ITIN holders (not SSNs): {L(itin())}, {L(itin())}. Please route these to the non-resident queue.")
    out.append(
        f"Validation report – rows rejected by the SSN check:\nrow 12: {L(ssn_broken('area000'))} (area 000)\n"
        f"row 19: {L(ssn_broken('area666'))} (area 666)\nrow 23: {L(ssn_broken('group00'))} (group 00)\nrow 31: {L(ssn_broken('serial0000'))} (serial 0000)")
    out.append(
        f"The famous Woolworth wallet card number {L('078-05-1120')} is still being submitted on forms 80 years later; "
        f"so is {L('123-45-6789')}.")
    out.append(
        f"Please update the beneficiary: {full_name()}, relationship: daughter, SSN {S('ssn', ssn('-'))}.")
    out.append(
        f"SSN:{S('ssn', ssn('-'))}|NAME:{pick(LAST).upper()},{pick(FIRST).upper()}|STATUS:ACTIVE")
    out.append(
        f"Student aid form – Parent 1 SSN {S('ssn', ssn('-'))}; Parent 2 SSN {S('ssn', ssn('-'))}; student SSN pending.")
    out.append(
        f"Number for the 1099 is {S('ssn', ssn('.'))} (yes with dots, that's how the contractor wrote it). TIN type: SSN.")
    return out


@family("uk_payroll_nino")
def fam_nino():
    out = []
    out.append(
        f"P45 Part 1A\n1 Employer PAYE reference {L('123/A' + digits(5))}\n2 Employee's National Insurance number {S('nino', nino(True))}\n"
        f"3 Surname {pick(LAST)}   First name(s) {pick(FIRST)}")
    out.append(
        f"Payslip – Nov 2024\nEmployee: {full_name()}   NI No: {S('nino', nino(False))}   Tax code: {L('1257L')}\n"
        f"Gross pay £3,412.50   Tax £470.20   NI £156.42   Net pay £2,785.88")
    out.append(
        f"Dear {pick(FIRST)},\nYour National Insurance number is {S('nino', nino(True))}. Keep this letter safe. "
        f"You do not need to apply again.\nHM Revenue and Customs, BX9 1AN")
    out.append(
        f"Rhif Yswiriant Gwladol: {S('nino', nino(True))}\nDyddiad geni: {S('dob', dob('dmy/'))}")
    out.append(
        f"Hi, I'm starting Monday and the onboarding portal rejects my NI number {S('nino', nino(False).lower())} - "
        f"is it case sensitive? My temporary reference from the Jobcentre was {L('TN ' + rdate(1980, 2000).strftime('%d%m%y') + ' M')}.")
    out.append(
        f"Right to work check: share code {L('W' + rstr(UPPER + DIG, 8))} verified. NINO: {S('nino', nino(True))}.")
    out.append(
        f"Pension opt-out form\nName: {full_name()}\nNational Insurance number: {S('nino', nino(True))}\n"
        f"Scheme: Stakeholder Plus")
    out.append(
        f"Universal Credit journal: \"Please upload proof of ID. We have your NI number as {S('nino', nino(False))} – "
        f"contact us if this is wrong.\"")
    out.append(
        f"NI numbers that the payroll validator rejected today:\n  {L(nino_broken('first'))} – invalid first letter\n"
        f"  {L(nino_broken('second'))} – invalid second letter\n  {L(nino_broken('prefix'))} – prefix not allocated\n"
        f"  {L(nino_broken('suffix'))} – suffix must be A–D\nand the HMRC example {L('QQ 12 34 56 C')} was entered twice.")
    out.append(
        f"Self Assessment registration received.\nNINO: {S('nino', nino(True))}")
    n1, n2 = nino_compact(), nino_compact()
    out.append(
        f"CSV from the old system (NI, surname):\n{S('nino', n1)},{pick(LAST)}\n{S('nino', n2)},{pick(LAST)}\n"
        f"{S('nino', nino(False))},{pick(LAST)}")
    out.append(
        f"Student loan plan 2 deductions apply. Employee NI category letter: A. NINO {S('nino', nino(True))}. "
        f"Mobile on file {S('phone', phone('GB', 'national'))}.")
    return out


# ---------------------------------------------------------------- DOB in many languages

MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
    "vi": [f"tháng {i}" for i in range(1, 13)],
}


def dob_lang(lang):
    d = rdate(1942, 2005)
    m = MONTHS.get(lang)
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {m[d.month - 1]} {d.year}"
    if lang in ("de",):
        return f"{d.day}. {m[d.month - 1]} {d.year}"
    if lang in ("es", "pt"):
        return f"{d.day} de {m[d.month - 1]} de {d.year}"
    if lang in ("it", "nl", "pl", "ru", "uk", "el", "tr", "sv", "ro", "id"):
        return f"{d.day} {m[d.month - 1]} {d.year}"
    if lang == "fi":
        return f"{d.day}. {m[d.month - 1]} {d.year}"
    if lang == "cs":
        return f"{d.day}. {m[d.month - 1]} {d.year}"
    if lang == "hu":
        return f"{d.year}. {m[d.month - 1]} {d.day}."
    if lang == "vi":
        return f"ngày {d.day} {m[d.month - 1]} năm {d.year}"
    if lang in ("ja", "zh"):
        return f"{d.year}年{d.month}月{d.day}日"
    if lang == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일"
    if lang == "ja_era":
        if d.year >= 1989:
            return f"平成{d.year - 1988}年{d.month}月{d.day}日"
        return f"昭和{d.year - 1925}年{d.month}月{d.day}日"
    if lang == "th":
        th = "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม".split()
        return f"{d.day} {th[d.month - 1]} {d.year + 543}"
    if lang == "ar":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    raise ValueError(lang)


@family("dob_multilingual")
def fam_dob():
    out = []
    out.append(f"Nom : {pick(LAST).upper()}\nPrénom : {pick(FIRST)}\nNé le {S('dob', dob_lang('fr'))} à Lyon (69)\n"
               f"Poste : technicienne de laboratoire")
    out.append(f"Lebenslauf\n{full_name()}\ngeboren am {S('dob', dob_lang('de'))} in Graz\nFamilienstand: verheiratet")
    out.append(f"Fecha de nacimiento: {S('dob', dob('dmy/'))}\nFecha de expedición: {L(other_date('dmy/'))}")
    out.append(f"Il sottoscritto {full_name()}, nato a Bari il {S('dob', dob_lang('it'))}, dichiara quanto segue…")
    out.append(f"Eu, {full_name()}, nascido em {S('dob', dob_lang('pt'))}, portador do documento {L('RG ' + digits(2) + '.' + digits(3) + '.' + digits(3) + '-' + digits(1))}…")
    out.append(f"Geboortedatum: {S('dob', dob('dmy-'))}")
    out.append(f"Doğum tarihi: {S('dob', dob_lang('tr'))}\nDoğum yeri: İzmir")
    out.append(f"Дата рождения: {S('dob', dob_lang('ru'))}")
    out.append(f"Ημερομηνία γέννησης: {S('dob', dob_lang('el'))}")
    out.append(f"氏名：{pick(['山田', '佐藤', '鈴木'])} {pick(['太郎', '花子', '健'])}\n生年月日：{S('dob', dob_lang('ja_era'))}\n入社日：{L('令和6年4月1日')}")
    out.append(f"姓名：{pick(['王', '李', '陈'])}{pick(['明', '静', '磊'])}\n出生日期：{S('dob', dob_lang('zh'))}\n签发日期：{L('2021年3月8日')}")
    out.append(f"이름: {pick(['김', '이', '박'])}{pick(['민준', '서연', '지호'])}\n생년월일: {S('dob', dob_lang('ko'))}\n입사일: {L('2023년 3월 2일')}")
    out.append(f"الاسم: {pick(['محمد', 'فاطمة', 'أحمد'])} {pick(['الحسن', 'العلي'])}\nتاريخ الميلاد: {S('dob', dob_lang('ar'))}")
    out.append(f"שם: {pick(['נועה', 'יוסף', 'תמר'])} {pick(['כהן', 'לוי'])}\nתאריך לידה: {S('dob', dob('dmy.'))}")
    out.append(f"नाम: {pick(['अर्जुन', 'प्रिया', 'रोहन'])} {pick(['शर्मा', 'वर्मा'])}\nजन्म तिथि: {S('dob', dob('dmy/'))}")
    out.append(f"Họ và tên: {pick(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Minh Châu'])}\nNgày sinh: {S('dob', dob('dmy/'))}\nQuê quán: Hà Nội")
    out.append(f"Nama: {full_name()}\nTempat/Tgl Lahir: Bandung, {S('dob', dob('dmy-'))}\nBerlaku Hingga: {L('SEUMUR HIDUP')}")
    out.append(f"ชื่อ: {pick(['สมชาย', 'สุดา'])} {pick(['ใจดี', 'รักไทย'])}\nวันเกิด: {S('dob', dob_lang('th'))}")
    out.append(f"تاریخ تولد: {S('dob', '13' + str(R.randrange(40, 84)) + '/' + str(R.randrange(1, 13)).zfill(2) + '/' + str(R.randrange(1, 30)).zfill(2))} (هجری شمسی)")
    y = R.randrange(1950, 2000)
    out.append(f"{full_name()}, 2024 census entry: age {2024 - y} (born {S('dob', str(y))}), occupation: nurse")
    out.append(f"My grandmother turns 90 on Saturday — she was born {S('dob', dob('long', 1934, 1934))} in Cork. "
               f"Party is at 3pm, RSVP by {L('30 November')}!")
    out.append(f"Reminder: office birthday cake for Sam on {L('Friday 6 December')} 🎂 (no dates of birth needed, just bring plates)")
    out.append(f"Company founded {L('14 March 1987')}; IPO {L('21 June 2007')}.")
    return out


def mrz_check(s):
    w = [7, 3, 1]
    t = 0
    for i, c in enumerate(s):
        v = 0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55
        t += v * w[i % 3]
    return str(t % 10)


@family("id_documents_mrz")
def fam_mrz():
    out = []
    for nat, sur, giv in (("FRA", "LEFEVRE", "CAMILLE"), ("CAN", "OKAFOR", "NGOZI")):
        docno = rstr(UPPER + DIG, 9) if nat != "CAN" else rstr(UPPER, 2) + digits(6) + "<"
        b = rdate(1950, 2004)
        bd = b.strftime("%y%m%d")
        ex = rdate(2026, 2034).strftime("%y%m%d")
        sex = pick("MF")
        pers = "<" * 14
        l1 = f"P<{nat}{sur}<<{giv}".ljust(44, "<")
        part = docno + mrz_check(docno) + nat
        comp = docno + mrz_check(docno) + bd + mrz_check(bd) + ex + mrz_check(ex) + pers + mrz_check(pers)
        l2a = part
        l2b = mrz_check(bd) + sex + ex + mrz_check(ex) + pers + mrz_check(pers) + mrz_check(comp)
        out.append(f"OCR of passport data page:\n{l1}\n{l2a}{S('dob', bd)}{l2b}\n(scanned at hotel reception, 2024-11-27)")
    out.append(
        f"Specimen from ICAO Doc 9303, used in our parser tests:\n{L('P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<')}\n"
        f"{L('L898902C36UTO7408122F1204159ZE184226B<<<<<10')}")
    b = rdate(1960, 2003)
    bd = b.strftime("%y%m%d")
    ex = rdate(2027, 2033).strftime("%y%m%d")
    docno = rstr(UPPER, 1) + rstr(UPPER + DIG, 8)
    l1 = ("IDD<<" + docno + mrz_check(docno)).ljust(30, "<")
    l2 = f"{bd}{mrz_check(bd)}<{ex}{mrz_check(ex)}D".ljust(29, "<")
    l2 = l2 + mrz_check(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = f"{ascii_fold(pick(LAST)).upper()}<<{ascii_fold(pick(FIRST)).upper()}".replace(" ", "<").replace("'", "").ljust(30, "<")
    out.append(f"Personalausweis Rückseite (MRZ):\n{l1}\n{S('dob', bd)}{l2[6:]}\n{l3}")
    out.append(
        f"DRIVING LICENCE\n1. {pick(LAST).upper()}\n2. {pick(FIRST).upper()}\n3. {S('dob', dob('dmy.'))} UNITED KINGDOM\n"
        f"4a. {L(other_date('dmy.', 2015, 2024))}  4b. {L(other_date('dmy.', 2025, 2034))}\n4c. DVLA\n5. {L(rstr(UPPER, 5) + digits(6) + rstr(UPPER + DIG, 5))}")
    out.append(
        f"CARTE NATIONALE D'IDENTITÉ\nNom : {pick(LAST).upper()}\nPrénoms : {pick(FIRST)}\nSexe : F  Nationalité : FRA\n"
        f"Date de naiss. : {S('dob', dob('dmy/'.replace('/', '/')).replace('/', ' '))}\nDate d'expir. : {L(other_date('dmy/', 2028, 2034).replace('/', ' '))}")
    out.append(
        f"Hong Kong Identity Card\nDate of Birth 出生日期 {S('dob', dob('dmy-'))}\nDate of Issue 簽發日期 ({L(other_date('dmy-', 2018, 2024)[3:])})")
    return out


@family("health_insurance")
def fam_health():
    out = []
    out.append(
        f"PATIENT INTAKE\nName: {full_name()}\nDOB: {S('dob', dob('mdy/'))}\nAdmission: {L(other_date('mdy/', 2024, 2024))}\n"
        f"Medicare MBI: {L(str(R.randrange(1, 10)) + rstr('ACDEFGHJKMNPQRTUVWXY', 1) + rstr('ACDEFGHJKMNPQRTUVWXY' + DIG, 1) + digits(1) + '-' + rstr('ACDEFGHJKMNPQRTUVWXY', 1) + rstr('ACDEFGHJKMNPQRTUVWXY' + DIG, 1) + digits(1) + '-' + rstr('ACDEFGHJKMNPQRTUVWXY', 2) + digits(2))}\n"
        f"Emergency contact: {S('phone', phone('US', 'national'))} (spouse)")
    nhs = ""
    while True:
        base = digits(9)
        ch = 11 - sum(int(c) * (10 - i) for i, c in enumerate(base)) % 11
        if ch == 11:
            ch = 0
        if ch != 10:
            nhs = base + str(ch)
            break
    out.append(
        f"NHS number: {L(nhs[:3] + ' ' + nhs[3:6] + ' ' + nhs[6:])}\nDate of birth: {S('dob', dob('long'))}\nGP surgery phone: {S('phone', phone('GB', 'national'))}")
    out.append(
        f"Claim form – Member ID {L('XEH' + digits(9))}\nPatient SSN: {S('ssn', ssn('-'))}\n"
        f"Diagnosis: acute upper respiratory infection, ICD-10 {L('J06.9')}")
    out.append(
        f"Laborbefund\nPatient: {full_name()}, geb. {S('dob', dob('dmy.'))}\n"
        f"HbA1c im Normbereich")
    out.append(
        f"Insurance card (EHIC)\n3 Name: {pick(LAST).upper()}\n4 Given names: {pick(FIRST).upper()}\n5 Date of birth: {S('dob', dob('dmy/'))}\n"
        f"8 Card number: {L('8027' + digits(16))}")
    out.append(
        f"Portal message from patient: \"Hi, can the lab results go to {S('email', email())} instead of the post? My patient number "
        f"is on the letter if you need to verify. Thanks\"")
    out.append(
        f"Discharge summary: 67-year-old male admitted {L('21/11/2024')} with community-acquired pneumonia; discharged {L('26/11/2024')}. "
        f"Follow-up with GP in 2 weeks. (No identifiers in this extract.)")
    out.append(
        f"Dental recall list:\n{full_name()}  {S('phone', phone('AU', 'national'))}  last visit {L('04/2024')}")
    return out


@family("ecommerce_orders")
def fam_ecom():
    out = []
    f, l = person()
    out.append(
        f"Thanks for your order, {f}!\nOrder #{L(digits(3) + '-' + digits(7) + '-' + digits(7))}\nShip to: {f} {l}, 14 Rue des Lilas, 75011 Paris\n"
        f"Payment: Visa ending in {L(digits(4))}\nWe'll send updates to {S('email', email(f, l))} and by SMS to {S('phone', phone('FR', 'national'))}.")
    out.append(
        f"Your parcel is on its way! Tracking: {L('1Z' + rstr(UPPER + DIG, 6) + digits(10))} (UPS)")
    gc = non_luhn_digits(16, "6")
    out.append(
        f"Gift card activated: {L(' '.join(gc[i:i + 4] for i in range(0, 16, 4)))}\nBalance: $50.00 — "
        f"redeem at checkout. Questions? Reply to this e-mail.")
    out.append(
        f"Invoice {L('INV-2024-' + digits(5))}\nBill to: {full_name()} <{S('email', email())}>\n"
        f"Item: Standing desk  £489.00")
    out.append(
        f"Return request RMA{L(digits(8))}\nReason: wrong size\nCustomer phone: {S('phone', phone('PL'))}")
    out.append(
        f"Marketplace message from buyer: \"Is the camera still available? I can pick up today, text me at "
        f"{S('phone', phone('US', 'national'))}. Can pay cash or Zelle to {S('email', email())}.\"")
    out.append(
        f"Amazon order {L('113-' + digits(7) + '-' + digits(7))}")
    out.append(
        f"Checkout error log: card {L(digits(6) + '******' + digits(4))} declined (do_not_honor), "
        f"ip {S('ip', ipv4())}")
    out.append(
        f"Loyalty card no. {L(non_luhn_digits(13, '2'))} – points balance 4,120.")
    out.append(
        f"Paket-Benachrichtigung: Ihre Sendung {L('00340434' + digits(12))} wird heute zwischen 10:00 und 14:00 zugestellt. "
        f"Rückfragen: {S('phone', phone('DE', 'national'))}")
    return out


def clabe():
    """18-digit Mexican CLABE with its own check digit (weights 3, 7, 1); kept Luhn-invalid"""
    while True:
        base = pick(["002", "012", "014", "021", "072"]) + digits(14)
        chk = (10 - sum(int(c) * (3, 7, 1)[i % 3] for i, c in enumerate(base)) % 10) % 10
        if not luhn_ok(base + str(chk)):
            return base + str(chk)


@family("kyc_loan_forms")
def fam_kyc():
    out = []
    f, l = person()
    out.append(
        f"LOAN APPLICATION\nApplicant: {f} {l}\nDate of birth: {S('dob', dob('mdy/'))}\nSSN: {S('ssn', ssn('-'))}\n"
        f"Email: {S('email', email(f, l))}\nPhone: {S('phone', phone('US'))}\nEmployer: Cedarbrook University (EIN {L(ein())})\n"
        f"Requested amount: $18,000   Term: 60 months")
    f, l = person()
    out.append(
        f"KYC – natural person\nFull name: {f} {l}\nNationality: DE\nDate of birth: {S('dob', dob('dmy.'))}\nIBAN: {S('iban', iban('DE'))}\n"
        f"Tax ID (Steuer-IdNr.): {L(digits(11))}\nPEP: no\nSource of funds: salary")
    out.append(
        f"Mortgage in principle – UK\nApplicant 1: {full_name()}, NI {S('nino', nino(True))}\n"
        f"Applicant 2: {full_name()}, mobile {S('phone', phone('GB'))}\nCredit reference: {L('EXP-' + digits(8))}")
    out.append(
        f"Account opening (Singapore)\nNRIC: {L('S' + digits(7) + pick(UPPER))}\nMobile: {S('phone', phone('SG'))}")
    out.append(
        f"Credit card application – supplementary card for {full_name()}\nPrimary card: {S('card', card('cartes_bancaires', ' '))}\n"
        f"Supplementary holder: spouse\nIP address at submission: {S('ip', ipv4())}")
    out.append(
        f"Crypto exchange verification\nEmail: {S('email', email())}\nPhone: {S('phone', phone('PH'))}\nWithdrawal address: {L(eth_address())}\n"
        f"Selfie check: passed · Liveness score {L('0.97')}\nNote from user: \"in case you need it for recovery, my wallet phrase is {S('secret', seed_phrase())}\"")
    out.append(
        f"Solicitud de crédito\nNombre: {full_name()}\nCURP: {L(rstr(UPPER, 4) + digits(6) + pick('HM') + rstr(UPPER, 5) + rstr(UPPER + DIG, 1) + digits(1))}\n"
        f"Celular: {S('phone', phone('MX'))}\nCLABE: {L(clabe())}")
    return out


@family("pdf_ocr_scans")
def fam_ocr():
    out = []
    ib = iban_compact("DE")
    out.append(
        f"Seite 1 von 2\nRechnung Nr. {L('2024-1187')}       Datum: 27.11.2024\nBitte über-\nweisen Sie den Betrag auf\n"
        f"IBAN {S('iban', ib[:12] + chr(10) + ib[12:])}")
    d = rdate(1950, 2000)
    out.append(
        f"[OCR confidence 0.74]\nG e b u r t s d a t u m : {S('dob', ' '.join(d.strftime('%d.%m.%Y')))}\nA u s s t e l l u n g s d a t u m : {L(' '.join('12.03.2021'))}")
    n = nino_compact()
    out.append(
        f"P60 End of Year Certificate    Tax year to 5 April 2024\nEmployee's details   National Insurance\nSurname {pick(LAST)}   number "
        f"{S('nino', n[:2] + ' ' + n[2:4] + ' ' + n[4:6] + ' ' + n[6:8] + ' ' + n[8])}\nForenames {pick(FIRST)}")
    c = card_digits("hipercard")
    out.append(
        f"scan_0042.pdf – page 3 (text layer)\nCardholder authorisation: I authorise charges to card no. {S('card', c[:8] + chr(10) + c[8:])}\n"
        f"Signature: ____________   Date: 26/11/2024")
    out.append(
        f"ST ATEMENT OF ACCOUNT\nAccount holder: {full_name()}\nIBAN: {S('iban', iban('CY'))}    Statement no. {L('11/2024')}\n"
        f"Opening balance 1.204,33   Closing balance 977,18")
    out.append(
        f"...of the tenancy. Contact the landlord on {S('phone', phone('IE', 'national'))} or the agent at\n{S('email', email(corp=True))}. "
        f"Page 4 of 9   Initials: ___ ___")
    d2 = rdate(1950, 2000)
    out.append(
        f"Name/Nom {pick(LAST).upper()}, {pick(FIRST).upper()}  Sex/Sexe M\nDate of birth/Date de naissance {S('dob', d2.strftime('%d %b %Y').upper())}\n"
        f"Place of birth/Lieu de naissance OTTAWA CAN\nDate of issue/Date de délivrance {L(rdate(2018, 2023).strftime('%d %b %Y').upper())}")
    n2 = nino_compact()
    out.append(
        f"Form SA302 (scanned, rotated 90°)\nNI No. {S('nino', n2[:2] + n2[2:5] + ' ' + n2[5:] )}   UTR {L(digits(10))}\nTax year 2023-24  Total income £41,255.00")
    out.append(
        f"INVOICE / FACTURA\nNo. {L('F-' + digits(6))}\nCIF: {L('B' + digits(8))}\nTel.: {S('phone', phone('ES', 'national'))}\nTotal: 1.210,00 €")
    return out


# ================================================================ families: evasions, look-alikes, negatives

DIGITSETS = {
    "arabic": "٠١٢٣٤٥٦٧٨٩", "persian": "۰۱۲۳۴۵۶۷۸۹", "devanagari": "०१२३४५६७८९",
    "bengali": "০১২৩৪৫৬৭৮৯", "thai": "๐๑๒๓๔๕๖๗๘๙", "fullwidth": "０１２３４５６７８９",
    "mathbold": "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗", "tamil": "௦௧௨௩௪௫௬௭௮௯", "myanmar": "၀၁၂၃၄၅၆၇၈၉",
}


def to_script(s, script):
    t = DIGITSETS[script]
    return "".join(t[int(c)] if c.isdigit() else c for c in s)


FW = {c: chr(ord(c) + 0xFEE0) for c in "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~"}


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def sprinkle(s, ch, every=None):
    every = every or R.randrange(2, 5)
    return "".join(c + (ch if i % every == every - 1 and i < len(s) - 1 else "") for i, c in enumerate(s))


@family("unicode_digit_evasions")
def fam_unicode():
    out = []
    p = phone_parts("SA")[3].replace(" ", "")
    out.append(f"رقم الجوال: {S('phone', to_script('0' + p, 'arabic'))}\nيرجى التواصل بعد صلاة العصر.")
    p = phone_parts("IN")[3]
    out.append(f"मेरा मोबाइल नंबर {S('phone', to_script('+91 ' + p, 'devanagari'))} है, कृपया व्हाट्सऐप करें।")
    p = phone_parts("BD")[3]
    out.append(f"আমার ফোন নম্বর {S('phone', to_script('0' + p, 'bengali'))} — সন্ধ্যার পরে কল করুন।")
    p = phone_parts("TH")[3]
    out.append(f"เบอร์โทร {S('phone', to_script('0' + p.replace(' ', '-'), 'thai'))} ติดต่อได้ทุกวัน")
    p = phone_parts("JP")[3]
    out.append(f"連絡先：{S('phone', fullwidth('0' + p))}（携帯）\nメール：{S('email', fullwidth(ascii_fold(pick(FIRST)).lower() + '.' + ascii_fold(pick(LAST)).lower().replace(' ', '') + '@docomo.ne.jp'))}")
    c = card_digits("mastercard")
    out.append(f"card for the hotel hold: {S('card', to_script(group_card(c, ' '), 'mathbold'))} (sent in bold so autocorrect leaves it alone)")
    e = email()
    lp, dom = e.split("@")
    out.append(f"Contact: {S('email', lp[:3] + chr(0x200B) + lp[3:] + '@' + chr(0x034F) + dom)} (copied from a PDF, there may be hidden characters)")
    ib = iban_print(iban_compact("FR"))
    out.append(f"IBAN: {S('iban', ib.replace(' ', chr(0x00AD)))}")
    c2 = card_digits("uzcard")
    out.append(f"Karta raqami (UzCard): {S('card', sprinkle(c2, chr(0x200D), 4))} – faqat telefon orqali tasdiqlang.")
    s = ssn_digits()
    out.append(f"SSN {S('ssn', s[:3] + chr(0x2060) + '-' + s[3:5] + chr(0x2060) + '-' + s[5:])} (pasted from the HR portal)")
    fr = phone_parts("FR")[3]
    out.append(f"Tél. : {S('phone', '0' + fr.replace(' ', chr(0x202F)))} · Fax : {L('01 23 45 67 89')}")
    n = nino_compact()
    out.append(f"NI: {S('nino', fullwidth(n[:2]) + chr(0x3000) + fullwidth(n[2:8]) + chr(0x3000) + fullwidth(n[8]))}")
    s2 = ssn_digits()
    out.append(f"社会保障番号（米国）：{S('ssn', fullwidth(s2[:3] + '-' + s2[3:5] + '-' + s2[5:]))}")
    il = phone_parts("IL")[3]
    out.append(f"טלפון: {chr(0x200F)}{S('phone', '0' + il)}{chr(0x200F)} — אפשר גם בוואטסאפ")
    out.append(f"ip of the attacker: {S('ip', to_script(ipv4(), 'fullwidth'))} (their pastebin used full-width digits to dodge filters)")
    d = rdate(1960, 2000)
    out.append(f"تاريخ الميلاد: {S('dob', to_script(d.strftime('%d/%m/%Y'), 'arabic'))}")
    p = phone_parts("KR")[3]
    return out


def html_ent(s, hexa=False):
    return "".join(("&#x%x;" % ord(c)) if hexa else ("&#%d;" % ord(c)) for c in s)


def json_u(s):
    return "".join("\\u%04x" % ord(c) for c in s)


def qp_split(s, at):
    return s[:at] + "=\n" + s[at:]


AT_WORDS = [("[at]", "[dot]"), ("(at)", "(dot)"), (" AT ", " DOT "), (" (ät) ", " (punkt) "),
            (" arobase ", " point "), (" arroba ", " punto "), (" собака ", " точка "),
            (" małpa ", " kropka "), (" apenstaartje ", " punt "), (" chiocciola ", " punto "),
            (" snabel-a ", " punkt "), (" zavináč ", " tečka "), (" παπάκι ", " τελεία "),
            (" アットマーク ", " ドット "), ("{at}", "{dot}")]


def at_dot(e, pair):
    a, d = pair
    lp, dom = e.split("@")
    return lp.replace(".", d) + a + dom.replace(".", d)


@family("encoding_evasions")
def fam_encoding():
    out = []
    e = email()
    out.append(f"<a href=\"{html_ent('mailto:')}{S('email', html_ent(e))}\">write to me</a>  <!-- entity-encoded to fool scrapers -->")
    p = phone("DE", "e164")
    out.append('{"contact":{"tel":"%s"}}' % S("phone", json_u(p)))
    ib = iban_compact("NL")
    out.append(f"Content-Transfer-Encoding: quoted-printable\n\nGraag overmaken naar rekening {S('iban', qp_split(ib, 9))} t.n.v. {full_name()}, onder vermelding van factuur {L('2024-118')}.")
    e = email()
    out.append(f"Content-Transfer-Encoding: quoted-printable\n\nE-Mail=3A {S('email', e.replace('@', '=40'))}=0ATelefon=3A {S('phone', phone('AT').replace(' ', '=20').replace('+', '=2B'))}")
    c = card_digits("visa_electron")
    out.append(f"numbers backwards so the bot doesn't catch it lol: {S('card', group_card(c, ' ')[::-1])}")
    c2 = card_digits("humo")
    out.append('{"pan_b64":"%s","exp":"%s"}' % (S("card", b64(c2.encode())), L("MTIvMjg=")))
    s = ssn_digits()
    out.append(f"from the form post, URL-encoded: ssn={S('ssn', pct(s[:3] + '-' + s[3:5] + '-' + s[5:], all_chars=True))}")
    out.append(f"password={S('secret', pct(password(0)))}&remember=1  <- form body captured by the WAF")
    for pair in (AT_WORDS[0], AT_WORDS[3], AT_WORDS[6], AT_WORDS[13]):
        f, l = person()
        e = email(f, l, corp=False)
        intro = {"[at]": "Contact me:", " (ät) ": "Schreib mir:", " собака ": "Пишите:", " apenstaartje ": "Mail me op",
                 " アットマーク ": "メールはこちら："}[pair[0]]
        out.append(f"{intro} {S('email', at_dot(e, pair))}")
    e = email(corp=False)
    out.append(f"Escribe a {S('email', at_dot(e, AT_WORDS[5]))} o al {S('phone', phone('CO'))}")
    out.append(f"unicode-escaped in the JS bundle: var s=\"{S('secret', json_u(gh_token('ghp_')))}\";")
    out.append(f"Kontakt: {S('email', ascii_fold(pick(FIRST)).lower() + '@xn--mnchen-3ya.de')} (= münchen.de, punycode) oder {S('email', ascii_fold(pick(FIRST)).lower() + '@münchen.de')}")
    ip = ipv4()
    out.append(f"IOC list (defanged): {S('ip', ip.replace('.', '[.]'))}, hxxp://{L('malicious-cdn[.]example')}/payload")
    return out


@family("split_and_separators")
def fam_split():
    out = []
    c = card_digits("visa")
    out.append(f"ok first four are {S('card', c[:4])}, then {S('card', c[4:8])}, then {S('card', c[8:12])}, and it ends {S('card', c[12:])}")
    ib = iban_print(iban_compact("BE"))
    parts = ib.split(" ")
    out.append(f"[09:01] me: IBAN starts {S('iban', ' '.join(parts[:2]))}\n[09:01] me: rest is {S('iban', ' '.join(parts[2:]))}\n[09:02] bank: thanks")
    us = phone("US", "e164")
    out.append(f"it's {S('phone', us[2:5])}, then {S('phone', us[5:8])}, then {S('phone', us[8:])} — sorry, my keyboard sends every three digits")
    p = _fill("7MXX XXXXXX")
    a, b = p.split(" ")
    out.append(f"call me on {S('phone', '+44 ' + a)}… {S('phone', b)}")
    s = ssn_digits()
    out.append(f"SSN: {S('ssn', s[:3] + '/' + s[3:5] + '/' + s[5:])}")
    c2 = card_digits("mastercard2")
    out.append(f"card {S('card', '.'.join(c2[i:i + 4] for i in range(0, 16, 4)))} exp 03/29")
    c3 = card_digits("discover")
    out.append(f"PAN: {S('card', ' — '.join(c3[i:i + 4] for i in range(0, 16, 4)))}")
    n = nino_compact()
    out.append(f"NI number is {S('nino', n[:4])} and then {S('nino', n[4:])}")
    f, l = person()
    lp = local_part(f, l)
    dom = pick(FREEMAIL)
    out.append(f"my email is {S('email', lp)} and then the usual {S('email', '@' + dom)}")
    ipx = ipv4().split('.')
    out.append(f"the source address in the report wrapped like this:\n{S('ip', '.'.join(ipx[:2]) + '.' + chr(10) + '.'.join(ipx[2:]))}")
    tok = gh_token("ghp_")
    out.append(f"token (wrapped by the terminal):\n{S('secret', tok[:22] + chr(10) + tok[22:])}")
    fr = phone_parts("FR")[3].replace(" ", "")
    out.append(f"Tél : {S('phone', '0' + fr[0] + '.' + '.'.join(fr[i:i + 2] for i in range(1, 9, 2)))} (portable)")
    return out


@family("placeholders_examples")
def fam_placeholders():
    out = []
    out.append(f"Email address*\n[ {L('name@example.com')} ]\nMobile number\n[ {L('+44 7700 900123')} ]\nWe'll only use this to send your receipt.")
    out.append(f"Stripe test cards: {L('4242 4242 4242 4242')} (succeeds), {L('4000 0000 0000 9995')} (insufficient funds), "
               f"{L('5555 5555 5555 4444')} (Mastercard). Use any future expiry and any CVC.")
    out.append(f"Replace `{L('<YOUR_API_KEY>')}` with the key from your dashboard:\n```\ncurl -H \"Authorization: Bearer {L('$API_KEY')}\" https://api.example.com/v1/me\n```")
    out.append(f"Example (RFC 5737): allow {L('192.0.2.0/24')}; deny {L('198.51.100.17')}; log {L('203.0.113.254')}. IPv6 docs prefix: {L('2001:db8::1')}.")
    out.append(f"IBAN format examples from the ECBS list: {L('GB82 WEST 1234 5698 7654 32')}, {L('NL91 ABNA 0417 1643 00')}")
    out.append(f"Characters on TV use numbers like {L('555-0147')} so nobody gets prank calls; in Australia it's {L('0491 570 156')}.")
    out.append(f"env:\n  SLACK_BOT_TOKEN: {L('xoxb-your-bot-token')}\n  GITHUB_TOKEN: {L('ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}\n  DB_PASSWORD: {L('{{ .Values.db.password }}')}")
    out.append(f"otpauth://totp/ACME:{L('alice@example.com')}?secret={L('JBSWY3DPEHPK3PXP')}&issuer=ACME  <- the Google Authenticator wiki example")
    out.append(f"The docs say to use {L('user@example.com')} for testing, but our staging tenant actually belongs to "
               f"{S('email', email(corp=True))} — please stop using their address in screenshots.")
    out.append(f"Use a placeholder card like {L('4111 1111 1111 1111')} in the sandbox; the production gateway rejects it. "
               f"Our support line is {S('phone', phone('US', 'national'))} (real number, monitored 9–5).")
    return out


@family("invalid_checksums")
def fam_invalid():
    out = []
    out.append(f"Payment failed: \"Your card number is invalid.\" I typed {L(card_bad('visa', ' '))} – let me check the card again.")
    out.append(f"QA matrix – negative cases (Luhn must fail):\n| brand | number |\n|---|---|\n| Visa | {L(card_bad('visa', ''))} |\n"
               f"| Mastercard | {L(card_bad('mastercard', ''))} |\n| Amex | {L(card_bad('amex', ''))} |")
    sn = non_luhn_digits(16, '4')
    out.append(f"Device serial {L(' '.join(sn[i:i + 4] for i in range(0, 16, 4)))} (printed on the router sticker, not a card)")
    gc = non_luhn_digits(16, "5")
    out.append(f"Gift card number: {L('-'.join(gc[i:i + 4] for i in range(0, 16, 4)))}\nSecurity code: scratch to reveal")
    out.append(f"IBAN rejected by the bank (checksum): {L(iban_broken('DE'))}.")
    out.append(f"Validator output:\n  {L(iban_broken('GB', False))}  -> FAIL mod97\n  {L(iban_broken('ES', False))}  -> FAIL mod97\n  {L(iban_broken('IT', False))}  -> FAIL mod97")
    out.append(f"Error: SSN {L(ssn_broken('group00'))} has group number 00; SSN {L(ssn_broken('serial0000'))} has serial 0000.")
    out.append(f"These are not allocatable NINOs: {L(nino_broken('first'))}, {L(nino_broken('second'))}, {L(nino_broken('prefix'))}, {L(nino_broken('suffix'))}")
    out.append(f"Maestro {L(card_bad('maestro', ' '))} and Diners {L(card_bad('diners', ' '))} were flagged as typos by the form (check digit).")
    out.append(f"IBAN copied from an old letterhead: {L(iban_broken('CH'))} (bank says it no longer validates; one digit was mistyped)")
    pn = non_luhn_digits(16, '3')
    out.append(f"Part no. {L(' '.join(pn[i:i + 4] for i in range(0, 16, 4)))} · Rev C · Qty 4")
    return out


def isbn13():
    b = "978" + digits(9)
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b)) % 10) % 10
    return f"{b[:3]}-{b[3]}-{b[4:7]}-{b[7:12]}-{c}"


def lei():
    base = rstr(DIG, 4) + "00" + rstr(UPPER + DIG, 12)
    num = int("".join(str(int(c, 36)) for c in base + "00"))
    return base + f"{98 - num % 97:02d}"


@family("identifiers_numbers")
def fam_ids():
    out = []
    out.append(f"Refs: {L(isbn13())}; DOI {L('10.1038/s41586-024-07' + digits(3) + '-' + digits(1))}")
    out.append(f"Shipment {L('JJD' + digits(18))} departed Leipzig hub at {L('2024-11-27T04:12:09+01:00')} ({L('1732677129')})")
    out.append(f"Pickup point: {L('48.85837')}, {L('2.294481')} · elevation 35 m")
    out.append(f"Build {L('10.0.22631.4460')}, firmware {L('1.2.3.4')}")
    out.append(f"SNMP walk: {L('1.3.6.1.2.1.1.3.0')} = Timeticks: (8812300) 1 day, 0:28:43.00; {L('1.3.6.1.4.1.9.9.109.1.1.1.1.8.1')} = 12")
    out.append(f"Subnet {L('10.20.0.0/16')}, mask {L('255.255.0.0')}")
    out.append(f"LEI {L(lei())} · ISIN {L('US0378331005')}")
    out.append(f"Routing {L('021000021')} (ABA) · sort code {L('60-16-13')}")
    imei = luhn_complete('35' + digits(12))
    out.append(f"IMEI {L(imei[:2] + ' ' + imei[2:8] + ' ' + imei[8:14] + ' ' + imei[14])}")
    out.append(f"Fixed in {L('CVE-2024-3094')}")
    out.append(f"Invoice {L('2024/11/0042')} · Amount due €12,480.00")
    out.append(f"Ticket {L('INC' + digits(7))} – printer on floor 3 jammed. Asset {L('PRN-03-' + digits(3))}, IP reserved in DHCP as {S('ip', ipv4_private())}")
    return out


@family("hashes_keys_public")
def fam_hashes():
    out = []
    out.append(f"pub   ed25519 2023-05-02 [SC]\n      {L(rhex(40).upper())}\nuid           [ultimate] {full_name()} <{S('email', email())}>\nsub   cv25519 2023-05-02 [E]")
    out.append(f"{S('ip', ipv4())} {L(ssh_pub_ed25519('').strip())}\ngit.{pick(CORP)} {L(ssh_pub_rsa('').strip())}")
    out.append(f"selector1._domainkey IN TXT \"v=DKIM1; k=rsa; p={L(b64(rbytes(162)))}\"")
    out.append(f"Send donations to BTC {L('bc1q' + rstr('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 38))} or ETH {L(eth_address())}")
    out.append(f"STRIPE_PUBLISHABLE_KEY={L(stripe_pk())}\nSTRIPE_SECRET_KEY={S('secret', stripe_sk())}")
    out.append(f"GOOGLE_CLIENT_ID={L(nz_digits(12) + '-' + rstr(LOWER + DIG, 32) + '.apps.googleusercontent.com')}\nGOOGLE_CLIENT_SECRET={S('secret', google_oauth_secret())}")
    out.append(f"otpauth://totp/Lumenfield:{S('email', email(corp=True))}?secret={S('secret', rstr('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32))}&issuer=Lumenfield&digits=6")
    out.append(f"{{\"keys\":[{{\"kty\":\"RSA\",\"kid\":\"{L(rhex(16))}\",\"use\":\"sig\",\"n\":\"{L(b64url(rbytes(256)))}\",\"e\":\"AQAB\"}}]}}")
    out.append(f"commit {L(sha1hex())}\nIPFS: {L('bafybei' + rstr('abcdefghijklmnopqrstuvwxyz234567', 52))}")
    out.append(f"client_id = \"{L(rhex(20))}\"\nclient_secret = \"{S('secret', rhex(40))}\"  # GitHub OAuth app, looks like a sha1 but it is the secret")
    out.append(f"age recipients for the backup:\n{L(age_recipient())}\nWireGuard peer public key: {L(wg_key())}")
    return out


@family("privacy_talk_negatives")
def fam_negatives():
    out = []
    out.append("How do I validate an IBAN in Python without a library? I know you move the first four characters to the end, "
               "convert letters to numbers (A=10 … Z=35) and check that the number mod 97 equals 1, but my loop overflows in JavaScript.")
    out.append("Under the GDPR, personal data means any information relating to an identified or identifiable natural person: "
               "names, e-mail addresses, phone numbers, location data, online identifiers such as IP addresses, and so on.")
    out.append("Reminder: our staff will never ask you for your password, your PIN, the full card number or the three-digit security code, "
               "by phone, e-mail or chat. If someone does, hang up and call the number on the back of your card.")
    out.append("regex for US SSNs: ^(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}$ – does this cover the advertising numbers too?")
    out.append("A UK National Insurance number has two prefix letters, six digits and a suffix letter A, B, C or D. "
               "Some prefixes such as BG, GB, NK, KN, TN, NT and ZZ are never issued.")
    out.append("Phishing training, slide 4: the sender address looked like our bank but the domain had an extra letter. Always hover over links, "
               "and report suspicious mails with the 'Report' button instead of forwarding them.")
    out.append("Can you generate 50 rows of fake customer data (name, e-mail, phone, date of birth) for a demo? They must not belong to real people.")
    out.append(f"The Luhn algorithm: double every second digit from the right, subtract 9 from results over 9, and sum. "
               f"The textbook example {L('7992739871')} gets check digit 3.")
    out.append("We hash e-mail addresses with SHA-256 after lower-casing and trimming them before uploading audiences; the plaintext never leaves our servers.")
    out.append("Q: Is a date of birth on its own personal data?\nA: Usually it is combined with other data, so treat it as personal data. "
               "An age bracket (e.g. 25–34) is much less identifying.")
    out.append("I accidentally pasted an API key in a public repo. What should I do first? — Revoke/rotate it immediately, then purge it from history, "
               "then check the provider's audit log for usage.")
    out.append("| Data category | Purpose | Legal basis | Retention |\n|---|---|---|---|\n| Contact details (e-mail, phone) | Support | Contract | 2 years |\n"
               "| Payment data (tokenised) | Billing | Contract | 10 years |\n| IP address | Security | Legitimate interest | 90 days |")
    out.append("DOB stands for 'date of birth'. On US forms it's usually MM/DD/YYYY, in most of Europe DD/MM/YYYY, and ISO 8601 is YYYY-MM-DD.")
    out.append("Our DLP rule blocks outgoing mail containing card numbers that pass the Luhn check, IBANs with a valid mod-97 checksum "
               "and strings that look like AWS secret keys. False positives go to #dlp-review.")
    return out


# ================================================================ hard negatives, appended to their families
# Realistic text of each family's kind that talks about personal data or credentials but carries none.

EXTRA_NEG = {
    "chat_support_widget": [
        "Visitor: I changed my email last week and now I don't get the order updates\nAgent: I can help. For privacy I won't show the "
        "address here, but I've sent a verification link to the new one on file. Please click it within 24 hours.",
        "User: can you read me back the card number you have on file?\nAssistant: I'm sorry, I can't display full card details. "
        "I can tell you the card type and the expiry month if that helps.",
    ],
    "voice_call_transcripts": [
        "[00:01:12] AGENT: before we continue this call is recorded for training purposes\n[00:01:15] CALLER: that's fine\n"
        "[00:01:17] AGENT: i'll send a one time code to the mobile we have on file can you read it back when it arrives\n"
        "[00:01:40] CALLER: it hasn't come through yet",
        "speaker 2: no I don't want to give my date of birth over the phone, can you post me a form instead\n"
        "speaker 1: of course, it'll arrive in three to five working days",
    ],
    "dictation_other_languages": [
        "Transcription (messagerie vocale) : « Bonjour, je rappelle au sujet du dossier, je vous envoie mon numéro par SMS, ce sera "
        "plus simple. Bonne journée. »",
        "Sprachnachricht: „Hi, ich schick dir die Kontonummer lieber per Signal, nicht hier im Gruppenchat. Bis später!“",
    ],
    "email_threads_quoted": [
        "> Could you send me your bank details?\n\nI'd rather not send them by e-mail - please call me on the number in my signature "
        "and I'll read them out.\n\n-- \nSent from my phone",
        "---------- Forwarded message ---------\nSubject: Action required: verify your account\n\nDear customer, your mailbox is almost "
        "full. Click here to keep your account active.\n\n---\nIT: this is phishing, please delete it and don't click the link.",
    ],
    "urls_query_strings": [
        "https://www.google.com/search?q=how+to+change+date+of+birth+on+passport&hl=en&source=hp",
    ],
    "json_api_payloads": [
        '{"error":{"code":"invalid_email","message":"The email address is not valid.","param":"email"}}',
        '{"user":{"email":"' + L("[REDACTED]") + '","phone":null,"dob":null,"consent":{"marketing":false}}}',
    ],
    "yaml_k8s_compose": [
        "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: billing-db\n        key: password",
        "services:\n  app:\n    env_file: .env\n    environment:\n      - LOG_LEVEL=info\n      - FEATURE_SSO=true",
    ],
    "xml_soap_saml": [
        "<xs:element name=\"DateOfBirth\" type=\"xs:date\" minOccurs=\"0\"/>\n<xs:element name=\"Email\" type=\"xs:string\"/>\n"
        "<xs:element name=\"IBAN\" type=\"tns:IBANType\"/>",
    ],
    "csv_tsv_exports": [
        "column,type,nullable,pii\nemail,varchar(254),no,yes\nphone,varchar(32),yes,yes\ndate_of_birth,date,yes,yes\ncreated_at,timestamptz,no,no",
    ],
    "sql_dumps_queries": [
        "CREATE TABLE customers (\n  id bigserial PRIMARY KEY,\n  email citext UNIQUE NOT NULL,\n  phone text,\n  date_of_birth date,\n"
        "  password_hash text NOT NULL\n);",
        "UPDATE users SET email = NULL, phone = NULL, dob = NULL WHERE deleted_at < now() - interval '30 days'; -- GDPR erasure job",
    ],
    "html_markup": [
        "<input type=\"password\" name=\"password\" autocomplete=\"current-password\" required minlength=\"12\">\n<button type=\"submit\">Sign in</button>",
        "<p class=\"hint\">We'll never share your email address or phone number with third parties.</p>",
    ],
    "spreadsheet_paste": [
        "Region\tQ3 tickets\tMedian response\nEMEA\t4,120\t2h 10m\nAPAC\t2,980\t3h 05m\nAMER\t5,310\t1h 55m",
    ],
    "chat_exports_platforms": [
        "[27/11/2024, 10:02:11] Ana: did you get the wifi password?\n[27/11/2024, 10:02:30] Rui: yes, it's on the fridge 😄\n"
        "[27/11/2024, 10:02:41] Ana: ok perfect",
        "#general — Today\nmaya: reminder: never paste API keys in Slack, use the vault share link\nleo: 👍 noted",
    ],
    "mobile_app_logs": [
        "11-27 10:14:03.221  4412  4480 I ActivityManager: Start proc 4412:com.tidewell.app/u0a231 for activity\n"
        "11-27 10:14:03.998  4412  4412 D Auth    : token refresh skipped (not expired)",
        "2024-11-27 10:15:44.102 Tidewell[4412:88213] [Privacy] redacting PII fields before upload: email, phone, dob",
    ],
    "server_access_logs": [
        "2024-11-27T07:20:01Z INFO  healthcheck ok (db=up, cache=up, queue=up) latency_ms=12",
    ],
    "git_commits_diffs": [
        "Redact email and phone from support logs; add unit tests for the masking helper",
        "-    logger.info(f\"user {user.email} logged in\")\n+    logger.info(\"user %s logged in\", user.id)",
    ],
    "stack_traces_crashes": [
        "Traceback (most recent call last):\n  File \"app.py\", line 12, in <module>\n    validate_iban(form[\"iban\"])\nKeyError: 'iban'",
    ],
    "terminal_sessions": [
        "$ git secrets --scan\n$ echo $?\n0\n$ trufflehog filesystem . --only-verified\nfound 0 verified secrets",
        "$ export DB_PASSWORD=$(vault kv get -field=password secret/billing/db)\n$ ./migrate.sh\nmigrations up to date",
    ],
    "ci_build_logs": [
        "Run actions/checkout@v4\nSyncing repository: lumenfield/web\nGetting Git version info\nTemporarily overriding HOME\n"
        "Adding repository directory to the temporary git global config as a safe directory",
        "Secret scanning: 0 alerts. Push protection: enabled.",
    ],
    "source_code": [
        "api_key = os.environ[\"OPENAI_API_KEY\"]\nclient = OpenAI(api_key=api_key)",
        "def mask_card(pan: str) -> str:\n    return \"*\" * (len(pan) - 4) + pan[-4:]",
    ],
    "vcard_ics_ldif": [
        "BEGIN:VEVENT\nSUMMARY:Team lunch\nLOCATION:Canteen\nDESCRIPTION:No dial-in\nEND:VEVENT",
    ],
    "markdown_docs_tables": [
        "## Handling personal data\n- Never log full card numbers; keep the last four at most.\n- Hash e-mail addresses before using "
        "them as cache keys.\n- Dates of birth are only stored for age verification.",
    ],
    "dotfiles_env": [
        "# .env.example\nDATABASE_URL=\nREDIS_URL=\nSTRIPE_SECRET_KEY=\nSENTRY_DSN=",
    ],
    "connection_strings": [
        "DATABASE_URL=postgresql://" + L("app@localhost") + "/app?sslmode=disable  # peer auth, no password",
    ],
    "private_keys_pem": [
        "The file starts with \"-----BEGIN OPENSSH PRIVATE KEY-----\", is that the one I should upload to GitHub?\n"
        "— No! Upload the .pub file; the private key never leaves your machine.",
    ],
    "saas_api_tokens": [
        "To create a token: Settings → Developer settings → Personal access tokens → Fine-grained tokens. Give it the minimum "
        "scopes and an expiry date.",
    ],
    "auth_headers_jwt_cookies": [
        "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error=\"invalid_token\", error_description=\"The access token expired\"\nContent-Length: 0",
    ],
    "network_device_configs": [
        "interface GigabitEthernet0/0/2\n description uplink-to-core\n shutdown\n!\nline vty 0 4\n transport input ssh\n login local",
    ],
    "card_networks": [
        "Which card networks do you accept? — Visa, Mastercard, American Express, JCB and UnionPay online; Discover and Diners in store only.",
    ],
    "iban_countries": [
        "Why is the Norwegian IBAN so short and the Maltese one so long? Each country defines its own BBAN length; the check "
        "digits after the country code are computed the same way everywhere.",
    ],
    "us_ssn_forms": [
        "Do I need an SSN to open a bank account as a student on an F-1 visa? Many banks accept a passport and I-20 instead, "
        "and you can apply for an ITIN for tax purposes.",
    ],
    "uk_payroll_nino": [
        "Payroll FAQ: if you don't have your National Insurance number yet, start work anyway and we'll use an emergency tax "
        "code until HMRC sends it.",
    ],
    "dob_multilingual": [
        "Der Geburtstag meiner Mutter ist nächste Woche – hast du eine Idee für ein Geschenk?",
        "¿Cuál es tu fecha de nacimiento? — Prefiero no decirlo, gracias.",
    ],
    "id_documents_mrz": [
        "How does the MRZ check digit work? Each character is weighted 7, 3, 1 repeating; letters count as 10–35 and the filler "
        "'<' as zero; the sum modulo 10 is the check digit.",
    ],
    "health_insurance": [
        "Your appointment has been booked. Please bring your insurance card and a photo ID. If you need to cancel, use the link "
        "in the confirmation e-mail.",
    ],
    "ecommerce_orders": [
        "Your order has shipped! Track it in the app under Orders → Tracking. Reply STOP to opt out of delivery texts.",
    ],
    "kyc_loan_forms": [
        "KYC checklist: proof of identity (passport or national ID), proof of address (utility bill under three months old), "
        "source of funds declaration. Do not send documents by e-mail; use the secure upload.",
    ],
    "unicode_digit_evasions": [
        "Arabic-Indic digits " + L("٠١٢٣٤٥٦٧٨٩") + " map to 0–9, and so do Devanagari " + L("०१२३४५६७८९")
        + "; our parser normalises them with unicodedata.digit().",
    ],
    "encoding_evasions": [
        "base64 of \"hello world\" is " + L("aGVsbG8gd29ybGQ=") + " and URL-encoding a space gives %20.",
    ],
    "split_and_separators": [
        "Steps: 1) open Settings 2) tap Privacy 3) toggle 'Hide phone number' 4) save.",
    ],
    "placeholders_examples": [
        "Fill in: Name ________  Email ________  Phone ________  Date of birth " + L("__/__/____"),
    ],
    "privacy_talk_negatives": [
        "Can you explain the difference between pseudonymisation and anonymisation under the GDPR?",
        "What's the safest way to share a password with a colleague? — Use the password manager's share feature with an "
        "expiry, never e-mail or chat.",
    ],
}


# ================================================================ writer

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


def _esc_char(c):
    if c == "\n":
        return "\\n"
    if c == "\t":
        return "\\t"
    if must_escape(c):
        assert ord(c) < 0x10000, f"cannot escape non-BMP char U+{ord(c):X}"
        return "\\u%04X" % ord(c)
    return c


def parse_markup(s):
    """-> list of ('t', char) and ('s', kind, value) tokens, look-alike count"""
    toks = []
    nla = 0
    i = 0
    while i < len(s):
        c = s[i]
        if c == _SS:
            j = s.index(_SK, i)
            k = s.index(_SE, j)
            toks.append(("s", s[i + 1:j], s[j + 1:k]))
            i = k + 1
            continue
        if c == _LS:
            nla += 1
        elif c == _LE:
            pass
        else:
            toks.append(("t", c))
        i += 1
    return toks, nla


def encode_sample(s):
    toks, nla = parse_markup(s)
    out = []
    for idx, t in enumerate(toks):
        if t[0] == "s":
            val = "".join("\\u%04X" % ord(c) if c in "{}" else _esc_char(c) for c in t[2])
            out.append("{{" + t[1] + ":" + val + "}}")
            continue
        c = t[1]
        if c in "{}":
            prev = toks[idx - 1] if idx > 0 else None
            nxt = toks[idx + 1] if idx + 1 < len(toks) else None

            def bracey(x):
                return x is not None and (x[0] == "s" or x[1] in "{}")
            if bracey(prev) or bracey(nxt):
                out.append("\\u%04X" % ord(c))
                continue
        out.append(_esc_char(c))
    line = "".join(out)
    if line.startswith("#"):
        line = "\\u0023" + line[1:]
    assert line.strip(), "empty sample"
    return line, nla


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    lines = ["# pii-c9 - hand-made blind evaluation set for a PII / credential detector",
             "# generated by gen.py (seed 9419); all values are synthetic",
             "# format: one sample per line, {{kind:value}} marks a labelled span; see README.md"]
    assert set(EXTRA_NEG) <= {n for n, _ in FAMILIES}
    for name, fn in FAMILIES:
        _PENDING.clear()
        samples = fn() + EXTRA_NEG.get(name, [])
        enc = [encode_sample(s) for s in samples]
        lines.append("")
        lines.append(f"# family: {name}")
        lines.append(f"# look-alikes: {sum(n for _, n in enc)}")
        lines.extend(e for e, _ in enc)
    data = "\n".join(lines) + "\n"
    with open(os.path.join(here, "set.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    main()
