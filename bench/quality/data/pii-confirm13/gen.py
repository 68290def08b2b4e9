# -*- coding: utf-8 -*-
"""gen.py - writes set.txt, the pii-c13 blind PII / credential evaluation set.

Python 3 standard library only, one random.Random(13729); two runs write a byte-identical set.txt.
Usage: python3 gen.py   (prints sample / language statistics on stderr)

Layout: value generators (labelled kinds, with checksums), look-alike generators (each call is one planted
look-alike and is counted into the family's "# look-alikes: N" line), the escaper for the file format, and then
the hand-written templates, one per sample, grouped by family.

Template mini-language (inside a template string):
  <kind>.<variant>[.<locale>][|arg]  labelled value, e.g. email.obf.de, iban.sp.FR, phone.split|, the rest is
  !<kind>=<text>                     labelled literal (fixed role addresses)
  ~<generator>[|arg]                 generated look-alike (counted)
  =<text>                            literal look-alike (counted)
  $name[.<locale>]                   unlabelled filler (names), not counted
each wrapped in U+27E6 / U+27E7 brackets. A template starts with its main language code and "|".
"""
import base64
import hashlib
import re
import sys
import unicodedata
import urllib.parse

import random

SEED = 13729
R = random.Random(SEED)

DIG = "0123456789"
HEX = "0123456789abcdef"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
ALNUM = UP + LO + DIG
B64 = UP + LO + DIG + "+/"
B64URL = UP + LO + DIG + "-_"
B32 = UP + "234567"


def rs(alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


def ri(a, b):
    return R.randint(a, b)


def pick(seq):
    return R.choice(seq)


# ----------------------------------------------------------------------------------------------
# checksums
def luhn_ok(num):
    s, alt = 0, False
    for ch in reversed(num):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d
        alt = not alt
    return s % 10 == 0


def luhn_complete(partial):
    for d in DIG:
        if luhn_ok(partial + d):
            return partial + d
    raise AssertionError


def digits_not_luhn(n, first=None):
    while True:
        s = (first or rs("123456789", 1)) + rs(DIG, n - len(first or "x"))
        if not luhn_ok(s):
            return s


def iban_mod(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97


def iban_with_check(cc, bban):
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


# ----------------------------------------------------------------------------------------------
# escaping for the file format
FW_RANGES = [(0xFF01, 0xFF60), (0xFFE0, 0xFFEE)]


def needs_escape(ch):
    o = ord(ch)
    if ch == "\\":
        return True
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"):
        return True
    if cat == "Zs" and ch != " ":
        return True
    if o in (0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800):
        return True
    if 0xFE00 <= o <= 0xFE0F:
        return True
    for a, b in FW_RANGES:
        if a <= o <= b:
            return True
    if o == 0x3000:
        return True
    return False


def esc_chars(s, esc_all_braces=False):
    out = []
    for i, ch in enumerate(s):
        if ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif needs_escape(ch):
            out.append("\\u%04X" % ord(ch))
        elif ch in "{}" and esc_all_braces:
            out.append("\\u%04X" % ord(ch))
        else:
            out.append(ch)
    return out


def encode_line(segs):
    """segs: list of (kind or None, text). Returns one escaped line."""
    # merge adjacent negative segments
    merged = []
    for k, t in segs:
        if t == "":
            continue
        if merged and k is None and merged[-1][0] is None:
            merged[-1] = (None, merged[-1][1] + t)
        else:
            merged.append((k, t))
    parts = []
    for idx, (k, t) in enumerate(merged):
        if k is not None:
            parts.append("{{" + k + ":" + "".join(esc_chars(t, True)) + "}}")
            continue
        prev_span = idx > 0 and merged[idx - 1][0] is not None
        next_span = idx + 1 < len(merged) and merged[idx + 1][0] is not None
        chars = esc_chars(t)
        for i, ch in enumerate(t):
            if ch not in "{}":
                continue
            nb = (i > 0 and t[i - 1] in "{}") or (i + 1 < len(t) and t[i + 1] in "{}")
            if ch == "{" and i == len(t) - 1 and next_span:
                nb = True
            if ch == "}" and i == 0 and prev_span:
                nb = True
            if ch == "}" and i == len(t) - 1 and next_span:
                nb = True
            if ch == "{" and i == 0 and prev_span:
                nb = True
            if nb:
                chars[i] = "\\u%04X" % ord(ch)
        parts.append("".join(chars))
    line = "".join(parts)
    if line.startswith("#"):
        line = "\\u0023" + line[1:]
    return line


# ----------------------------------------------------------------------------------------------
# names and fillers (not labelled)
FIRST_LAT = {
    "en": ["emma", "liam", "olivia", "noah", "ava", "mason", "sophia", "logan", "harper", "ethan", "chloe", "owen",
           "grace", "caleb", "nora", "wyatt", "hazel", "isaac", "ruby", "declan"],
    "de": ["lukas", "lena", "jonas", "mia", "felix", "hannah", "paul", "lea", "tobias", "anja", "jan", "katrin"],
    "fr": ["camille", "lucas", "chloe", "hugo", "manon", "theo", "ines", "louis", "margaux", "nathan"],
    "es": ["lucia", "hugo", "martina", "pablo", "sofia", "alvaro", "carmen", "diego", "elena", "javier"],
    "it": ["giulia", "marco", "chiara", "luca", "francesca", "matteo", "sara", "alessandro"],
    "pt": ["ana", "joao", "beatriz", "rafael", "mariana", "gustavo", "larissa", "thiago"],
    "nl": ["sanne", "daan", "lotte", "bram", "fleur", "sem", "anouk", "joris"],
    "pl": ["kasia", "piotr", "agnieszka", "tomasz", "magda", "pawel", "zofia", "krzysztof"],
    "sv": ["elin", "erik", "maja", "oskar", "ebba", "nils", "linnea", "johan"],
    "ru": ["ivan", "olga", "dmitry", "anna", "sergey", "natalia", "alexei", "irina"],
    "tr": ["elif", "emre", "zeynep", "burak", "ayse", "mehmet", "selin", "can"],
    "ar": ["omar", "fatima", "khalid", "layla", "youssef", "noura", "ahmed", "huda"],
    "he": ["noa", "itai", "yael", "omer", "tamar", "eitan"],
    "hi": ["priya", "rahul", "ananya", "arjun", "kavya", "vikram", "neha", "rohan"],
    "ja": ["yuki", "haruto", "sakura", "ren", "aoi", "sota", "hina", "kenta"],
    "zh": ["wei", "xiaoming", "li.na", "jun", "mei", "hao", "yan", "lei"],
    "ko": ["minjun", "seoyeon", "jiho", "hayoon", "dohyun", "jiwoo"],
    "vi": ["minh", "lan", "tuan", "huong", "duc", "thao"],
    "id": ["budi", "siti", "agus", "dewi", "rizky", "putri"],
    "th": ["somchai", "nattaya", "anan", "kanya", "prasert", "ploy"],
    "el": ["giorgos", "eleni", "nikos", "maria", "kostas", "dimitra"],
    "cs": ["jakub", "tereza", "martin", "eliska", "ondrej", "petra"],
    "fi": ["aino", "eero", "venla", "juho", "siiri", "mikko"],
    "da": ["freja", "magnus", "ida", "mads", "sofie", "rasmus"],
}
LAST_LAT = {
    "en": ["walker", "bennett", "hughes", "carter", "fletcher", "morgan", "sullivan", "reyes", "price", "barnes",
           "coleman", "hayes", "dixon", "porter", "gallagher", "brennan", "whitaker", "okafor"],
    "de": ["schneider", "becker", "hoffmann", "wagner", "krueger", "vogel", "zimmermann", "brandt"],
    "fr": ["martin", "bernard", "dubois", "lefevre", "moreau", "girard", "fontaine", "rousseau"],
    "es": ["garcia", "fernandez", "lopez", "martinez", "sanchez", "romero", "navarro", "molina"],
    "it": ["rossi", "russo", "ferrari", "esposito", "bianchi", "romano", "colombo", "ricci"],
    "pt": ["silva", "santos", "oliveira", "souza", "pereira", "costa", "ferreira", "almeida"],
    "nl": ["de.vries", "jansen", "bakker", "visser", "smit", "meijer", "mulder", "bos"],
    "pl": ["nowak", "kowalski", "wisniewska", "wojcik", "kaminski", "lewandowska", "zielinski"],
    "sv": ["lindqvist", "johansson", "karlsson", "nilsson", "eriksson", "berg"],
    "ru": ["petrov", "smirnova", "ivanov", "kuznetsova", "volkov", "sokolova"],
    "tr": ["yilmaz", "kaya", "demir", "celik", "sahin", "ozturk"],
    "ar": ["alharbi", "almansour", "haddad", "nasser", "alsaadi", "khoury"],
    "he": ["cohen", "levi", "mizrahi", "peretz", "friedman"],
    "hi": ["sharma", "patel", "iyer", "reddy", "gupta", "nair", "mehta"],
    "ja": ["tanaka", "suzuki", "sato", "watanabe", "yamamoto", "kobayashi"],
    "zh": ["wang", "zhang", "liu", "chen", "zhao", "huang"],
    "ko": ["kim", "park", "lee", "choi", "jung", "kang"],
    "vi": ["nguyen", "tran", "le", "pham", "hoang", "vu"],
    "id": ["santoso", "wijaya", "pratama", "hidayat", "saputra"],
    "th": ["srisuk", "wongsa", "chaiyaporn", "boonmee"],
    "el": ["papadopoulos", "georgiou", "nikolaou", "pappas"],
    "cs": ["novak", "svoboda", "dvorak", "cerna", "prochazka"],
    "fi": ["virtanen", "korhonen", "makinen", "nieminen"],
    "da": ["jensen", "nielsen", "hansen", "pedersen"],
}
DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.co.uk", "fastmail.fm",
           "harborlinefreight.com", "northwell-dental.net", "brightpath.health", "kestrel-analytics.io"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "mailbox.org", "stadtwerke-kiel.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
    "pt": ["gmail.com", "uol.com.br", "bol.com.br", "sapo.pt", "terra.com.br"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"],
    "sv": ["telia.com", "gmail.com", "bredband.net", "outlook.com"],
    "ru": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru"],
    "tr": ["gmail.com", "hotmail.com.tr", "yandex.com.tr"],
    "ar": ["gmail.com", "hotmail.com", "yahoo.com"],
    "he": ["walla.co.il", "gmail.com", "bezeqint.net"],
    "hi": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "ja": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com", "ezweb.ne.jp", "icloud.com"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
    "ko": ["naver.com", "daum.net", "kakao.com", "gmail.com"],
    "vi": ["gmail.com", "yahoo.com.vn", "fpt.vn"],
    "id": ["gmail.com", "yahoo.co.id", "telkom.net"],
    "th": ["gmail.com", "hotmail.com", "true.th"],
    "el": ["gmail.com", "otenet.gr", "yahoo.gr"],
    "cs": ["seznam.cz", "centrum.cz", "email.cz"],
    "fi": ["gmail.com", "luukku.com", "elisanet.fi"],
    "da": ["gmail.com", "mail.dk", "jubii.dk"],
}
NAMES = {
    "en": ["Emma Walker", "Liam Bennett", "Olivia Hughes", "Noah Carter", "Ava Fletcher", "Mason Sullivan",
           "Grace Porter", "Caleb Dixon", "Nora Gallagher", "Isaac Okafor", "Ruby Whitaker", "Declan Hayes"],
    "de": ["Lukas Schneider", "Lena Becker", "Jonas Hoffmann", "Katrin Vogel", "Tobias Brandt"],
    "fr": ["Camille Dubois", "Hugo Lefèvre", "Manon Girard", "Théo Rousseau", "Inès Fontaine"],
    "es": ["Lucía Fernández", "Álvaro Navarro", "Carmen Molina", "Javier Romero"],
    "it": ["Giulia Rossi", "Marco Bianchi", "Chiara Esposito", "Matteo Colombo"],
    "pt": ["Ana Beatriz Souza", "João Pereira", "Mariana Costa", "Thiago Almeida"],
    "nl": ["Sanne de Vries", "Daan Jansen", "Lotte Visser", "Joris Mulder"],
    "pl": ["Katarzyna Nowak", "Piotr Kowalski", "Zofia Wiśniewska", "Tomasz Wójcik"],
    "sv": ["Elin Lindqvist", "Oskar Johansson", "Maja Karlsson"],
    "ru": ["Иван Петров", "Ольга Смирнова", "Дмитрий Волков", "Наталья Соколова"],
    "uk": ["Олена Коваленко", "Андрій Шевчук"],
    "tr": ["Elif Yılmaz", "Emre Kaya", "Zeynep Demir", "Burak Çelik"],
    "ar": ["عمر الحربي", "فاطمة المنصور", "خالد حداد", "ليلى ناصر"],
    "he": ["נועה כהן", "איתי לוי", "יעל מזרחי"],
    "hi": ["प्रिया शर्मा", "राहुल पटेल", "अनन्या अय्यर"],
    "ja": ["田中 優希", "鈴木 陽翔", "佐藤 さくら", "渡辺 蓮"],
    "zh": ["王伟", "张晓明", "刘娜", "陈俊"],
    "ko": ["김민준", "박서연", "이지호", "최하윤"],
    "vi": ["Nguyễn Văn Minh", "Trần Thị Lan", "Lê Đức Tuấn"],
    "id": ["Budi Santoso", "Siti Rahmawati", "Dewi Pratama"],
    "th": ["สมชาย ศรีสุข", "ณัฐยา วงศา"],
    "el": ["Γιώργος Παπαδόπουλος", "Ελένη Γεωργίου"],
    "cs": ["Jakub Novák", "Tereza Svobodová"],
    "fi": ["Aino Virtanen", "Eero Korhonen"],
    "da": ["Freja Jensen", "Magnus Nielsen"],
}


def email_addr(loc="en"):
    loc = loc if loc in FIRST_LAT else "en"
    f, l = pick(FIRST_LAT[loc]), pick(LAST_LAT[loc])
    style = ri(0, 6)
    if style == 0:
        lp = f + "." + l
    elif style == 1:
        lp = f[0] + l
    elif style == 2:
        lp = f + l[:1] + str(ri(70, 99))
    elif style == 3:
        lp = f + "_" + l + str(ri(1, 9))
    elif style == 4:
        lp = l + "." + f
    elif style == 5:
        lp = f + "." + l + str(ri(1980, 2005))
    else:
        lp = f + l
    return lp + "@" + pick(DOMAINS[loc])


AT_WORDS = {"en": (" [at] ", " [dot] "), "de": (" (at) ", " (punkt) "), "fr": (" arobase ", " point "),
            "es": (" arroba ", " punto "), "it": (" chiocciola ", " punto "), "pl": (" (małpa) ", " (kropka) "),
            "ru": (" собака ", " точка "), "nl": (" apenstaartje ", " punt "), "pt": (" arroba ", " ponto "),
            "tr": (" (et) ", " (nokta) "), "sv": (" snabel-a ", " punkt "), "cs": (" zavináč ", " tečka "),
            "ja": ("＠", "."), "zh": (" at ", " dot ")}


def zw_insert(s, ch="\u200b", n=None):
    n = n or ri(1, 3)
    pos = sorted(R.sample(range(1, len(s)), min(n, len(s) - 1)))
    out, last = [], 0
    for p in pos:
        out.append(s[last:p])
        out.append(ch)
        last = p
    out.append(s[last:])
    return "".join(out)


def to_fw(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o - 0x21 + 0xFF01))
        elif ch == " ":
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)


def digits_script(s, zero):
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in s)


ARABIC_ZERO, PERSIAN_ZERO, DEVA_ZERO, THAI_ZERO, BENGALI_ZERO = 0x0660, 0x06F0, 0x0966, 0x0E50, 0x09E6

EN_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DE_WORDS = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
FR_WORDS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
ES_WORDS = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]


def spell(s, words=EN_WORDS, sep=" "):
    return sep.join(words[int(c)] for c in s if c.isdigit())


def b64(s):
    return base64.b64encode(s.encode()).decode()


def pct_all(s):
    return "".join("%%%02X" % b if not (chr(b).isalnum()) else chr(b) for b in s.encode())


def html_ent(s, which="@."):
    return "".join("&#%d;" % ord(c) if c in which else c for c in s)


def json_u(s, which="@."):
    return "".join("\\u%04x" % ord(c) if c in which else c for c in s)


def wrap_at(s, pos=None):
    pos = pos or ri(len(s) // 3, 2 * len(s) // 3)
    return s[:pos] + "\n" + s[pos:]


# ----------------------------------------------------------------------------------------------
# EMAIL
def g_email(var, loc, arg):
    a = email_addr(loc)
    lp, dom = a.split("@")
    if var in ("plain", ""):
        return a
    if var == "upper":
        return a[0].upper() + a[1:]
    if var == "obf":
        at, dot = AT_WORDS.get(loc, AT_WORDS["en"])
        return lp + at + dom.replace(".", dot)
    if var == "brk":
        return lp + pick([" [at] ", "[at]", " (at) ", " {at} ", " <at> "]) + dom
    if var == "spelled":
        return lp.replace(".", " dot ") + " at " + dom.replace(".", " dot ")
    if var == "fw":
        return lp + "＠" + dom
    if var == "fwall":
        return to_fw(a)
    if var == "zw":
        return zw_insert(a, pick(["\u200b", "\u200c", "\u2060", "\u00ad"]))
    if var == "pct":
        return a.replace("@", "%40")
    if var == "ent":
        return html_ent(a, "@")
    if var == "jsonu":
        return json_u(a, "@")
    if var == "b64":
        return b64(a)
    if var == "rev":
        return a[::-1]
    if var == "wrap":
        return wrap_at(a)
    if var == "sp":
        return lp + " @ " + dom
    if var == "split":
        return [("email", lp), (None, arg or " and then the domain is "), ("email", dom)]
    if var == "quoted":
        return a
    raise KeyError(var)


# ----------------------------------------------------------------------------------------------
# PHONE
US_AREAS = ["212", "312", "415", "617", "713", "206", "303", "404", "503", "602", "702", "818", "917", "646", "202",
            "305", "512", "614", "720", "919", "469", "267", "773", "347"]


def us_parts():
    ex = str(ri(2, 9)) + rs(DIG, 2)
    while ex[1:] == "11" or ex == "555" or ex == "958" or ex == "959":
        ex = str(ri(2, 9)) + rs(DIG, 2)
    return pick(US_AREAS), ex, rs(DIG, 4)


def phone_country(c):
    """returns (national formatted, international formatted)"""
    if c == "us":
        a, e, l = us_parts()
        return pick(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (a, e, l), "+1 %s %s %s" % (a, e, l)
    if c == "uk":
        p = pick(["74", "75", "77", "78", "79"])
        r = p + rs(DIG, 8)
        if r.startswith("7700"):
            r = "78" + r[2:]
        return "0%s %s" % (r[:4], r[4:]), "+44 %s %s" % (r[:4], r[4:])
    if c == "de":
        p = pick(["151", "152", "157", "160", "170", "171", "172", "176", "177", "179"])
        r = rs(DIG, pick([7, 8]))
        return "0%s %s" % (p, r), "+49 %s %s" % (p, r)
    if c == "fr":
        d = pick("67") + rs(DIG, 8)
        g = " ".join(d[i:i + 2] for i in range(1, 9, 2))
        return "0%s %s" % (d[0], g), "+33 %s %s" % (d[0], g)
    if c == "es":
        d = pick("67") + rs(DIG, 8)
        return "%s %s %s" % (d[:3], d[3:6], d[6:]), "+34 %s %s %s" % (d[:3], d[3:6], d[6:])
    if c == "it":
        d = "3" + pick(["20", "28", "33", "35", "38", "40", "47", "48", "66", "92"]) + rs(DIG, 7)
        return "%s %s %s" % (d[:3], d[3:6], d[6:]), "+39 %s %s %s" % (d[:3], d[3:6], d[6:])
    if c == "nl":
        d = rs(DIG, 8)
        return "06-%s" % d, "+31 6 %s %s" % (d[:4], d[4:])
    if c == "pl":
        d = pick("5678") + rs(DIG, 8)
        return "%s %s %s" % (d[:3], d[3:6], d[6:]), "+48 %s %s %s" % (d[:3], d[3:6], d[6:])
    if c == "sv":
        d = pick(["70", "72", "73", "76", "79"]) + rs(DIG, 7)
        return "0%s-%s %s %s" % (d[:2], d[2:5], d[5:7], d[7:]), "+46 %s %s %s %s" % (d[:2], d[2:5], d[5:7], d[7:])
    if c == "br":
        dd = pick(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
        d = "9" + rs(DIG, 8)
        return "(%s) %s-%s" % (dd, d[:5], d[5:]), "+55 %s %s-%s" % (dd, d[:5], d[5:])
    if c == "in":
        d = pick("6789") + rs(DIG, 9)
        return "0%s %s" % (d[:5], d[5:]), "+91 %s %s" % (d[:5], d[5:])
    if c == "jp":
        p = pick(["90", "80", "70"])
        d = rs(DIG, 8)
        return "0%s-%s-%s" % (p, d[:4], d[4:]), "+81 %s-%s-%s" % (p, d[:4], d[4:])
    if c == "cn":
        d = "1" + pick(["38", "39", "35", "36", "50", "58", "86", "88", "37"]) + rs(DIG, 8)
        return "%s %s %s" % (d[:3], d[3:7], d[7:]), "+86 %s %s %s" % (d[:3], d[3:7], d[7:])
    if c == "kr":
        d = rs(DIG, 8)
        return "010-%s-%s" % (d[:4], d[4:]), "+82 10-%s-%s" % (d[:4], d[4:])
    if c == "ru":
        d = "9" + rs(DIG, 9)
        return "8 (%s) %s-%s-%s" % (d[:3], d[3:6], d[6:8], d[8:]), "+7 %s %s-%s-%s" % (d[:3], d[3:6], d[6:8], d[8:])
    if c == "ua":
        d = pick(["50", "66", "67", "68", "93", "95", "97", "98"]) + rs(DIG, 7)
        return "0%s %s %s %s" % (d[:2], d[2:5], d[5:7], d[7:]), "+380 %s %s %s %s" % (d[:2], d[2:5], d[5:7], d[7:])
    if c == "tr":
        d = "5" + pick(["30", "32", "35", "42", "44", "05", "55", "33"]) + rs(DIG, 7)
        return "0%s %s %s %s" % (d[:3], d[3:6], d[6:8], d[8:]), "+90 %s %s %s %s" % (d[:3], d[3:6], d[6:8], d[8:])
    if c == "sa":
        d = "5" + pick("0345") + rs(DIG, 7)
        return "0%s %s %s" % (d[:2], d[2:5], d[5:]), "+966 %s %s %s" % (d[:2], d[2:5], d[5:])
    if c == "ae":
        d = "5" + pick("0256") + rs(DIG, 7)
        return "0%s %s %s" % (d[:2], d[2:5], d[5:]), "+971 %s %s %s" % (d[:2], d[2:5], d[5:])
    if c == "eg":
        d = "1" + pick("0125") + rs(DIG, 8)
        return "0%s %s %s" % (d[:3], d[3:6], d[6:]), "+20 %s %s %s" % (d[:3], d[3:6], d[6:])
    if c == "il":
        d = "5" + pick("02348") + rs(DIG, 7)
        return "0%s-%s-%s" % (d[:2], d[2:5], d[5:]), "+972 %s-%s-%s" % (d[:2], d[2:5], d[5:])
    if c == "vn":
        d = pick(["90", "91", "93", "96", "98", "86", "70"]) + rs(DIG, 7)
        return "0%s %s %s" % (d[:2], d[2:5], d[5:]), "+84 %s %s %s" % (d[:2], d[2:5], d[5:])
    if c == "id":
        d = "8" + pick(["11", "12", "13", "21", "22", "52", "57", "77"]) + rs(DIG, 8)
        return "0%s-%s-%s" % (d[:3], d[3:7], d[7:]), "+62 %s-%s-%s" % (d[:3], d[3:7], d[7:])
    if c == "th":
        d = pick("689") + rs(DIG, 8)
        return "0%s-%s-%s" % (d[:2], d[2:5], d[5:]), "+66 %s %s %s" % (d[:2], d[2:5], d[5:])
    if c == "gr":
        d = "69" + pick("3479") + rs(DIG, 7)
        return "%s %s %s" % (d[:3], d[3:6], d[6:]), "+30 %s %s %s" % (d[:3], d[3:6], d[6:])
    if c == "cs":
        d = pick("67") + pick("0237") + rs(DIG, 7)
        return "%s %s %s" % (d[:3], d[3:6], d[6:]), "+420 %s %s %s" % (d[:3], d[3:6], d[6:])
    if c == "mx":
        d = pick(["55", "33", "81"]) + rs(DIG, 8)
        return "%s %s %s" % (d[:2], d[2:6], d[6:]), "+52 %s %s %s" % (d[:2], d[2:6], d[6:])
    if c == "fi":
        d = pick(["40", "44", "45", "50"]) + rs(DIG, 7)
        return "0%s %s %s" % (d[:2], d[2:5], d[5:]), "+358 %s %s %s" % (d[:2], d[2:5], d[5:])
    if c == "da":
        d = pick("2345") + rs(DIG, 7)
        return "%s %s %s %s" % (d[:2], d[2:4], d[4:6], d[6:]), "+45 %s %s %s %s" % (d[:2], d[2:4], d[4:6], d[6:])
    if c == "pt":
        d = "9" + pick("1236") + rs(DIG, 7)
        return "%s %s %s" % (d[:3], d[3:6], d[6:]), "+351 %s %s %s" % (d[:3], d[3:6], d[6:])
    if c == "ch":
        d = "7" + pick("5689") + rs(DIG, 7)
        return "0%s %s %s %s" % (d[:2], d[2:5], d[5:7], d[7:]), "+41 %s %s %s %s" % (d[:2], d[2:5], d[5:7], d[7:])
    if c == "at":
        d = "6" + pick(["64", "60", "76", "99", "50"]) + rs(DIG, 7)
        return "0%s %s" % (d[:3], d[3:]), "+43 %s %s" % (d[:3], d[3:])
    raise KeyError(c)


def g_phone(var, loc, arg):
    c = loc or "us"
    nat, intl = phone_country(c)
    if var in ("nat", ""):
        return nat
    if var == "intl":
        return intl
    if var == "e164":
        return "+" + re.sub(r"\D", "", intl)
    if var == "tel":
        return "+" + re.sub(r"\D", "", intl)
    if var == "tel_pct":
        return "%2B" + re.sub(r"\D", "", intl)
    if var == "digits":
        return re.sub(r"\D", "", intl)[len(re.sub(r"\D", "", intl)) - len(re.sub(r"\D", "", nat)):] \
            if False else re.sub(r"\D", "", nat)
    if var == "spelled":
        return spell(re.sub(r"\D", "", nat), {"de": DE_WORDS, "fr": FR_WORDS, "es": ES_WORDS}.get(arg, EN_WORDS))
    if var == "spaced":
        return " ".join(re.sub(r"\D", "", nat))
    if var == "fw":
        return to_fw(nat)
    if var == "ar":
        return digits_script(intl, ARABIC_ZERO)
    if var == "arnat":
        return digits_script(nat, ARABIC_ZERO)
    if var == "fa":
        return digits_script(nat, PERSIAN_ZERO)
    if var == "deva":
        return digits_script(intl, DEVA_ZERO)
    if var == "thai":
        return digits_script(nat, THAI_ZERO)
    if var == "zw":
        return zw_insert(intl)
    if var == "dots":
        return ".".join(re.findall(r"\d+", nat))
    if var == "wrap":
        return wrap_at(intl, len(intl) // 2)
    if var == "split":
        parts = nat.split(" ") if " " in nat else nat.split("-")
        h = max(1, len(parts) // 2)
        return [("phone", " ".join(parts[:h])), (None, arg or " ... "), ("phone", " ".join(parts[h:]))]
    if var == "ocr":
        s = intl.replace("0", "O", 1).replace("1", "l", 1)
        return s
    if var == "qp":
        return intl.replace("+", "=2B").replace(" ", "=20")
    raise KeyError(var)


# ----------------------------------------------------------------------------------------------
# CARD
TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "4000056655665556", "5105105105105100",
              "378282246310005", "371449635398431", "6011111111111117", "3530111333300000", "30569309025904",
              "4012888888881881", "5200828282828210", "6011000990139424"}


def card_number(brand=None):
    brand = brand or pick(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "jcb", "cup", "diners", "mc2"])
    while True:
        if brand == "visa":
            p, n = "4" + rs(DIG, 5), 16
        elif brand == "mc":
            p, n = "5" + pick("12345") + rs(DIG, 4), 16
        elif brand == "mc2":
            p, n = str(ri(2221, 2720)) + rs(DIG, 2), 16
        elif brand == "amex":
            p, n = pick(["34", "37"]) + rs(DIG, 4), 15
        elif brand == "disc":
            p, n = "6011" + rs(DIG, 2), 16
        elif brand == "jcb":
            p, n = "35" + str(ri(28, 89)) + rs(DIG, 2), 16
        elif brand == "cup":
            p, n = "62" + rs(DIG, 4), 16
        elif brand == "diners":
            p, n = "36" + rs(DIG, 4), 14
        else:
            raise KeyError(brand)
        num = luhn_complete(p + rs(DIG, n - len(p) - 1))
        if num not in TEST_CARDS and len(set(num)) > 4:
            return num


def group_card(num, sep=" "):
    if len(num) == 15:
        g = [num[:4], num[4:10], num[10:]]
    elif len(num) == 14:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(g)


def g_card(var, loc, arg):
    brand = loc or None
    num = card_number(brand)
    if var in ("sp", ""):
        return group_card(num)
    if var == "plain":
        return num
    if var == "dash":
        return group_card(num, "-")
    if var == "dot":
        return group_card(num, ".")
    if var == "fw":
        return to_fw(group_card(num))
    if var == "zw":
        return group_card(num, "\u200b")
    if var == "nbsp":
        return group_card(num, pick(["\u00a0", "\u202f", "\u2009"]))
    if var == "wrap":
        g = group_card(num)
        i = g.index(" ", 6)
        return g[:i] + "\n" + g[i + 1:]
    if var == "ocr":
        g = group_card(num)
        g = g.replace("0", "O", 1).replace("1", "l", 1).replace("5", "S", 1)
        return g
    if var == "spelled":
        return spell(num)
    if var == "split":
        g = group_card(num).split(" ")
        return [("card", " ".join(g[:2])), (None, arg or " ... "), ("card", " ".join(g[2:]))]
    if var == "json":
        return num
    if var == "b64":
        return b64(num)
    if var == "ar":
        return digits_script(group_card(num), ARABIC_ZERO)
    if var == "quoted":
        return group_card(num, "-")
    raise KeyError(var)


# ----------------------------------------------------------------------------------------------
# IBAN
IBAN_SPEC = {
    "DE": "8n10n", "FR": "5n5n11n2n", "GB": "4a6n8n", "ES": "4n4n2n10n", "IT": "1a5n5n12n", "NL": "4a10n",
    "BE": "3n7n2n", "PL": "8n16n", "CH": "5n12n", "AT": "5n11n", "SE": "3n17n", "PT": "4n4n11n2n", "IE": "4a6n8n",
    "DK": "4n9n1n", "NO": "4n6n1n", "FI": "3n11n", "LU": "3n13n", "CZ": "4n6n10n", "GR": "3n4n16n", "TR": "5n1n16n",
    "SA": "2n18n", "AE": "3n16n", "IL": "3n3n13n", "RO": "4a16n", "HU": "3n4n1n15n1n",
}
BANK_LETTERS = {"GB": ["BARC", "LOYD", "HBUK", "NWBK", "MIDL", "CPBK", "MONZ", "SRLG"], "IE": ["AIBK", "BOFI", "IPBS"],
                "NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "BUNQ"], "RO": ["BTRL", "RNCB", "BRDE", "INGB"]}
IBAN_SAMPLES = ["GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606",
                "NL91ABNA0417164300", "BE68539007547034", "ES9121000418450200051332", "IT60X0542811101000000123456",
                "CH9300762011623852957", "AT611904300234573201", "GB29NWBK60161331926819",
                "PL61109010140000071219812874", "SE4550000000058398257466"]


def es_dc(s):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    v = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
    return {10: 1, 11: 0}.get(v, v)


def iban_number(cc):
    spec = IBAN_SPEC[cc]
    while True:
        parts = re.findall(r"(\d+)([na])", spec)
        bban = ""
        for i, (n, t) in enumerate(parts):
            n = int(n)
            if t == "a":
                bban += pick(BANK_LETTERS[cc]) if cc in BANK_LETTERS else rs(UP, n)
            else:
                bban += rs(DIG, n)
        if cc == "BE":
            first = bban[:10]
            chk = int(first) % 97 or 97
            bban = first + "%02d" % chk
        if cc == "FR":
            b, g, a = bban[:5], bban[5:10], bban[10:21]
            key = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(a)) % 97)
            bban = b + g + a + "%02d" % key
        if cc == "ES":
            b, g, a = bban[:4], bban[4:8], bban[10:]
            bban = b + g + "%d%d" % (es_dc("00" + b + g), es_dc(a)) + a
        if cc == "TR":
            bban = bban[:5] + "0" + bban[6:]
        if cc == "IT":
            bban = pick(UP) + bban[1:]
        ib = iban_with_check(cc, bban)
        if ib not in IBAN_SAMPLES and bban.strip("0") != "":
            assert iban_mod(ib) == 1
            return ib


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def g_iban(var, loc, arg):
    ib = iban_number((loc or "DE").upper())
    if var in ("sp", ""):
        return group4(ib)
    if var == "plain":
        return ib
    if var == "lower":
        return group4(ib).lower()
    if var == "dash":
        return group4(ib, "-")
    if var == "wrap":
        g = group4(ib)
        i = g.index(" ", len(g) // 2 - 2)
        return g[:i] + "\n" + g[i + 1:]
    if var == "zw":
        return group4(ib, "\u200b")
    if var == "nbsp":
        return group4(ib, "\u00a0")
    if var == "fw":
        return to_fw(group4(ib))
    if var == "split":
        g = group4(ib).split(" ")
        h = len(g) // 2
        return [("iban", " ".join(g[:h])), (None, arg or " ... "), ("iban", " ".join(g[h:]))]
    if var == "ocr":
        g = group4(ib)
        return g.replace(" ", "  ", 1).replace(" ", "", 1)
    raise KeyError(var)


# ----------------------------------------------------------------------------------------------
# SSN
SSN_BAD = {"078051120", "219099999", "123456789", "111111111", "333333333"}


def ssn_number():
    while True:
        a = ri(1, 899)
        if a == 666:
            continue
        s = "%03d%02d%04d" % (a, ri(1, 99), ri(1, 9999))
        if s not in SSN_BAD and not s.startswith("98765432"):
            return s


def g_ssn(var, loc, arg):
    s = ssn_number()
    d = "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    if var in ("dash", ""):
        return d
    if var == "plain":
        return s
    if var == "sp":
        return "%s %s %s" % (s[:3], s[3:5], s[5:])
    if var == "dot":
        return "%s.%s.%s" % (s[:3], s[3:5], s[5:])
    if var == "spelled":
        return spell(s)
    if var == "fw":
        return to_fw(d)
    if var == "zw":
        return zw_insert(d, "\u200b", 2)
    if var == "ocr":
        return d.replace("0", "O", 1).replace("1", "l", 1) if ("0" in d or "1" in d) else d.replace("-", " - ")
    if var == "split":
        return [("ssn", s[:3]), (None, arg or " ... "), ("ssn", s[3:5] + "-" + s[5:])]
    if var == "b64":
        return b64(d)
    raise KeyError(var)


# ----------------------------------------------------------------------------------------------
# NINO
NINO_F = "ABCEGHJKLMNOPRSTWXYZ"
NINO_S = "ABCEGHJKLMNPRSTWXYZ"
NINO_BADPFX = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]


def nino_number():
    while True:
        p = pick(NINO_F) + pick(NINO_S)
        if p not in NINO_BADPFX:
            return p + rs(DIG, 6) + pick("ABCD")


def g_nino(var, loc, arg):
    n = nino_number()
    sp = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if var in ("sp", ""):
        return sp
    if var == "plain":
        return n
    if var == "lower":
        return n.lower()
    if var == "dash":
        return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if var == "zw":
        return zw_insert(n, "\u200b", 2)
    if var == "fw":
        return to_fw(n)
    if var == "wrap":
        return sp[:8] + "\n" + sp[9:]
    if var == "ocr":
        return sp.replace("0", "O", 1) if "0" in sp[2:] else sp.replace(" ", "", 2)
    if var == "split":
        return [("nino", sp[:8]), (None, arg or " ... "), ("nino", sp[9:])]
    raise KeyError(var)


# ----------------------------------------------------------------------------------------------
# IP
def ip4_public():
    while True:
        a = ri(2, 223)
        if a in (10, 100, 127, 169, 172, 192, 198, 203, 0, 224) or a >= 224:
            continue
        ip = "%d.%d.%d.%d" % (a, ri(0, 255), ri(0, 255), ri(1, 254))
        if ip in ("8.8.8.8", "8.8.4.4", "9.9.9.9", "1.1.1.1"):
            continue
        return ip


def ip4_private():
    k = ri(0, 2)
    if k == 0:
        return "10.%d.%d.%d" % (ri(0, 255), ri(0, 255), ri(2, 254))
    if k == 1:
        return "192.168.%d.%d" % (ri(0, 255), ri(2, 254))
    return "172.%d.%d.%d" % (ri(16, 31), ri(0, 255), ri(2, 254))


def ip6():
    p = pick(["2a02", "2a01", "2600", "2607", "2a00", "2406", "2405", "2804", "2c0f", "2001"])
    if p == "2001":
        second = pick(["4860", "67c", "470", "1c00", "569"])
    else:
        second = "%x" % ri(0x100, 0xffff)
    groups = [p, second] + ["%x" % ri(0, 0xffff) for _ in range(6)]
    if R.random() < 0.5:
        return ":".join(groups[:3]) + "::" + ":".join(groups[6:])
    return ":".join(groups)


def g_ip(var, loc, arg):
    if var in ("v4", ""):
        return ip4_public()
    if var == "priv":
        return ip4_private()
    if var == "v6":
        return ip6()
    if var == "defang":
        return ip4_public().replace(".", "[.]")
    if var == "dot":
        return ip4_public().replace(".", " dot ")
    if var == "fw":
        return to_fw(ip4_public())
    if var == "zw":
        return zw_insert(ip4_public())
    if var == "ar":
        return digits_script(ip4_public(), ARABIC_ZERO)
    if var == "int":
        a = ip4_public()
        n = 0
        for o in a.split("."):
            n = n * 256 + int(o)
        return str(n)
    raise KeyError(var)


# ----------------------------------------------------------------------------------------------
# DATES (dob labelled; other dates are look-alikes)
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
           "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "th": ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."],
}


def rand_date(y0, y1):
    y = ri(y0, y1)
    m = ri(1, 12)
    d = ri(1, 28)
    return y, m, d


def fmt_date(style, y, m, d):
    if style in ("iso", "sv"):
        return "%04d-%02d-%02d" % (y, m, d)
    if style == "us":
        return "%02d/%02d/%04d" % (m, d, y)
    if style == "usl":
        return "%s %d, %d" % (MONTHS["en"][m - 1], d, y)
    if style == "uss":
        return "%s %d, %d" % (MONTHS["en"][m - 1][:3], d, y)
    if style in ("gb", "fr", "es", "it", "pt", "ar", "vi", "el", "id"):
        return "%02d/%02d/%04d" % (d, m, y)
    if style == "gbl":
        return "%d %s %d" % (d, MONTHS["en"][m - 1], y)
    if style in ("de", "ru", "pl", "tr", "cs", "fi", "da", "ua"):
        return "%02d.%02d.%04d" % (d, m, y)
    if style in ("nl", "hi"):
        return "%02d-%02d-%04d" % (d, m, y)
    if style in ("del", "frl", "itl", "nll", "svl"):
        L = {"del": "de", "frl": "fr", "itl": "it", "nll": "nl", "svl": "sv"}[style]
        return ("%d. %s %d" if L == "de" else "%d %s %d") % (d, MONTHS[L][m - 1], y)
    if style in ("esl", "ptl"):
        L = style[:2]
        return "%d de %s de %d" % (d, MONTHS[L][m - 1], y)
    if style == "rul":
        return "%d %s %d г." % (d, MONTHS["ru"][m - 1], y)
    if style == "pll":
        return "%d %s %d r." % (d, MONTHS["pl"][m - 1], y)
    if style == "trl":
        return "%d %s %d" % (d, MONTHS["tr"][m - 1], y)
    if style == "ell":
        return "%d %s %d" % (d, MONTHS["el"][m - 1], y)
    if style in ("ja", "zh"):
        return "%d年%d月%d日" % (y, m, d)
    if style == "jaw":
        if y >= 1989:
            era, yy = "平成", y - 1988
        else:
            era, yy = "昭和", y - 1925
        return "%s%s年%d月%d日" % (era, "元" if yy == 1 else str(yy), m, d)
    if style == "ko":
        return "%d년 %d월 %d일" % (y, m, d)
    if style == "kod":
        return "%d.%02d.%02d" % (y, m, d)
    if style == "th":
        return "%d %s %d" % (d, MONTHS["th"][m - 1], y + 543)
    if style == "compact":
        return "%04d%02d%02d" % (y, m, d)
    if style == "dmycompact":
        return "%02d%02d%04d" % (d, m, y)
    if style == "he":
        return "%d.%d.%d" % (d, m, y)
    if style == "arab":
        return digits_script("%02d/%02d/%04d" % (d, m, y), ARABIC_ZERO)
    if style == "fa":
        return digits_script("%04d/%02d/%02d" % (y - 621, m, d), PERSIAN_ZERO)
    if style == "yy":
        return "%02d/%02d/%02d" % (m, d, y % 100)
    raise KeyError(style)


def g_dob(var, loc, arg):
    y, m, d = rand_date(1938, 2006)
    s = fmt_date(var or "iso", y, m, d)
    if arg == "wrap":
        return s.replace(" ", "\n", 1)
    return s


# ----------------------------------------------------------------------------------------------
# SECRETS
PW_WORDS = ["Sunflower", "harbor", "Kestrel", "marmalade", "Tornado", "velvet", "Pinecone", "copper", "Lighthouse",
            "Sommer", "Katze", "Schatz", "soleil", "Chaton", "mariposa", "Tesoro", "gattino", "Saudade", "kwiatek",
            "Zima", "solnyshko", "Kedi", "sakura", "Haneul", "Bintang", "Mimosa", "Orchid", "Biscuit", "Falcon"]
PW_SYM = "!*._-+~^"


def password():
    k = ri(0, 5)
    if k == 0:
        return pick(PW_WORDS) + str(ri(1, 2024)) + pick(PW_SYM)
    if k == 1:
        return rs(ALNUM + "!*_-", ri(12, 20))
    if k == 2:
        w = pick(PW_WORDS)
        return w.replace("o", "0").replace("a", "@").replace("e", "3") + str(ri(10, 99))
    if k == 3:
        return "-".join(pick(PW_WORDS).lower() for _ in range(3)) + str(ri(1, 9))
    if k == 4:
        return pick(PW_WORDS) + pick(PW_SYM) + pick(PW_WORDS).lower() + str(ri(1, 99))
    return rs(UP, 1) + rs(LO, 5) + rs(DIG, 4) + pick(PW_SYM) + rs(LO, 2)


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt():
    hdr = pick(['{"alg":"HS256","typ":"JWT"}', '{"alg":"RS256","kid":"%s","typ":"JWT"}' % rs(HEX, 16),
                '{"typ":"JWT","alg":"ES256"}'])
    payload = '{"sub":"%s","iat":%d,"exp":%d,"scope":"%s"}' % (
        rs(DIG, ri(6, 10)), ri(1700000000, 1760000000), ri(1760000000, 1790000000),
        pick(["read write", "openid profile email", "admin", "orders:read"]))
    sig = b64url_nopad(bytes(R.getrandbits(8) for _ in range(pick([32, 64]))))
    return b64url_nopad(hdr.encode()) + "." + b64url_nopad(payload.encode()) + "." + sig


def pem(kind="RSA PRIVATE KEY", lines=None, json_nl=False):
    lines = lines or ri(4, 7)
    body = []
    head = {"RSA PRIVATE KEY": "MIIEow" + "IBAAKCAQEA", "PRIVATE KEY": "MIIEvg" + "IBADANBgkqhkiG9w0BAQEFAASC",
            "EC PRIVATE KEY": "MHcCAQEEI", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAA"}[kind]
    first = head + rs(B64, 64 - len(head))
    body.append(first)
    for _ in range(lines - 2):
        body.append(rs(B64, 64))
    body.append(rs(B64, ri(20, 60)) + pick(["", "=", "=="]))
    nl = "\\n" if json_nl else "\n"
    return "-----BEGIN %s-----" % kind + nl + nl.join(body) + nl + "-----END %s-----" % kind


def g_secret(var, loc, arg):
    v = var
    if v == "aws_akid":
        return pick(["AKIA", "ASIA"]) + rs(B32, 16) if R.random() < 0.3 else "AKIA" + rs(UP + "234567", 16)
    if v == "aws_secret":
        return rs(ALNUM + "+/", 40)
    if v == "gh_pat":
        return "ghp_" + rs(ALNUM, 36)
    if v == "gh_oauth":
        return "gho_" + rs(ALNUM, 36)
    if v == "gh_fine":
        return "github_pat_" + rs(ALNUM, 22) + "_" + rs(ALNUM, 59)
    if v == "gh_app":
        return "ghs_" + rs(ALNUM, 36)
    if v == "gl_pat":
        return "glpat-" + rs(ALNUM + "-_", 20)
    if v == "slack_bot":
        return "xoxb-%s-%s-%s" % (rs(DIG, 12), rs(DIG, 13), rs(ALNUM, 24))
    if v == "slack_user":
        return "xoxp-%s-%s-%s-%s" % (rs(DIG, 12), rs(DIG, 12), rs(DIG, 13), rs(HEX, 32))
    if v == "slack_hook":
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(UP + DIG, 8), rs(UP + DIG, 10), rs(ALNUM, 24))
    if v == "stripe_sk":
        return "sk_live_" + rs(ALNUM, pick([24, 99]))
    if v == "stripe_rk":
        return "rk_live_" + rs(ALNUM, 24)
    if v == "stripe_whsec":
        return "whsec_" + rs(ALNUM, 32)
    if v == "openai":
        return "sk-proj-" + rs(ALNUM + "-_", 48) + "T3BlbkFJ" + rs(ALNUM + "-_", 48)
    if v == "anthropic":
        return "sk-ant-api03-" + rs(ALNUM + "-_", 93) + "AA"
    if v == "google":
        return "AIza" + rs(ALNUM + "-_", 35)
    if v == "sendgrid":
        return "SG." + rs(ALNUM + "-_", 22) + "." + rs(ALNUM + "-_", 43)
    if v == "twilio":
        return rs(HEX, 32)
    if v == "npm":
        return "npm_" + rs(ALNUM, 36)
    if v == "pypi":
        return "pypi-AgEIcHlwaS5vcmc" + rs(ALNUM + "-_", 60)
    if v == "hf":
        return "hf_" + rs(UP + LO, 34)
    if v == "telegram":
        return "%d:AA%s" % (ri(1000000000, 7999999999), rs(ALNUM + "-_", 33))
    if v == "discord":
        return "M" + rs(ALNUM, 23) + "." + rs(ALNUM + "-_", 6) + "." + rs(ALNUM + "-_", 38)
    if v == "mailgun":
        return "key-" + rs(HEX, 32)
    if v == "shopify":
        return "shpat_" + rs(HEX, 32)
    if v == "azure_key":
        return rs(B64, 86) + "=="
    if v == "azure_sas":
        return "sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2025-12-31T23:59:59Z&sig=" + rs(ALNUM, 43) + "%3D"
    if v == "datadog":
        return rs(HEX, 32)
    if v == "vault":
        return "hvs." + rs(ALNUM + "_-", 90)
    if v == "databricks":
        return "dapi" + rs(HEX, 32)
    if v == "atlassian":
        return "ATATT3xFfGF0" + rs(ALNUM + "-_", 170) + "=" + rs(HEX.upper(), 8)
    if v == "square":
        return "EAAA" + rs(ALNUM + "-_", 60)
    if v == "doppler":
        return "dp.st." + rs(LO, 4) + "." + rs(ALNUM, 40)
    if v == "linear":
        return "lin_api_" + rs(ALNUM, 40)
    if v == "age":
        return "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper(), 58)
    if v == "jwt":
        return jwt()
    if v == "pem_rsa":
        return pem("RSA PRIVATE KEY")
    if v == "pem_pkcs8":
        return pem("PRIVATE KEY")
    if v == "pem_ec":
        return pem("EC PRIVATE KEY", 3)
    if v == "pem_ssh":
        return pem("OPENSSH PRIVATE KEY", 6)
    if v == "pem_json":
        return pem("PRIVATE KEY", 5, json_nl=True)
    if v in ("pw", "password", ""):
        return password()
    if v == "pw_b64":
        return b64(password())
    if v == "pw_pct":
        return urllib.parse.quote(password() + pick(["@", "#", "/", ":", "%"]) + rs(LO, 3), safe="")
    if v == "basic":
        u = pick(["admin", "deploy", "svc-backup", "jenkins", "api", "ops"])
        return b64(u + ":" + password())
    if v == "bearer":
        return rs(ALNUM + "-_.", ri(32, 56))
    if v == "oauth_refresh":
        return "1//0" + rs(ALNUM + "-_", 96)
    if v == "ya29":
        return "ya29.a0" + rs(ALNUM + "-_", 150)
    if v == "pin":
        return rs(DIG, pick([4, 6]))
    if v == "otp_seed":
        return rs(B32, 32)
    if v == "wg":
        return rs(B64, 42) + pick("AEIMQUYcgkosw048") + "="
    if v == "wifi":
        return password()
    if v == "mysql_native":
        return password()
    if v == "rev":
        return password()[::-1]
    raise KeyError(v)


# ----------------------------------------------------------------------------------------------
# LOOK-ALIKES (each call = one planted look-alike item)
def la(name, arg=""):
    n = name
    if n == "uuid":
        h = rs(HEX, 32)
        h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    if n == "UUID":
        return la("uuid").upper()
    if n == "sha256":
        return rs(HEX, 64)
    if n == "sha1":
        return rs(HEX, 40)
    if n == "gitsha":
        return rs(HEX, 7)
    if n == "md5":
        return rs(HEX, 32)
    if n == "trace":
        return "00-%s-%s-01" % (rs(HEX, 32), rs(HEX, 16))
    if n == "objid":
        return rs(HEX, 24)
    if n == "reqid":
        return "req_" + rs(ALNUM, 14)
    if n == "digest":
        return "sha256:" + rs(HEX, 64)
    if n == "integrity":
        return "sha512-" + rs(B64, 86) + "=="
    if n == "sri":
        return "sha384-" + rs(B64, 64)
    if n == "sshpub":
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(B64, 43) + " " + arg
    if n == "rsapub":
        return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rs(B64, 120) + "== " + arg
    if n == "pubpem":
        return "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + rs(B64, 28) + "\n" + rs(B64, 26) + \
            "==\n-----END PUBLIC KEY-----"
    if n == "certpem":
        return "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE" + rs(B64, 44) + "\n" + rs(B64, 64) + "\n" + \
            rs(B64, 30) + "=\n-----END CERTIFICATE-----"
    if n == "dkim":
        return "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ" + rs(B64, 60) + "IDAQAB"
    if n == "twsid":
        return "AC" + rs(HEX, 32)
    if n == "arn":
        return "arn:aws:iam::%s:role/%s" % (rs(DIG, 12), pick(["ci-deploy", "lambda-exec", "ReadOnly", "etl-runner"]))
    if n == "arn_s3":
        return "arn:aws:s3:::%s" % pick(["acme-invoices-prod", "crash-dumps-eu", "hr-exports-2024"])
    if n == "awsacct":
        return rs("123456789", 1) + rs(DIG, 11)
    if n == "akid_ex":
        return "AKIAIOSFODNN7EXAMPLE"
    if n == "secret_ex":
        return "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    if n == "jwt_demo":
        return ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0Ij"
                "oxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
    if n == "mask":
        return pick(["sk_live_" + "*" * 24, "ghp_" + "x" * 36, "********", "••••••••", "<redacted>", "[REDACTED]",
                     "xoxb-****-****", "AKIA****************", "sk-...a9Qf"[:0] + "sk-****" + rs(ALNUM, 4)])
    if n == "envref":
        return pick(["${DB_PASSWORD}", "${STRIPE_SECRET_KEY}", "$GITHUB_TOKEN", "${{ secrets.NPM_TOKEN }}",
                     "%API_KEY%", "${env:SENDGRID_API_KEY}", "{{ vault_db_password }}", "<YOUR_API_KEY>",
                     "os.environ['OPENAI_API_KEY']", "process.env.SLACK_BOT_TOKEN", "{{secret}}"])
    if n == "agepub":
        return "age1" + rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)
    if n == "clientid":
        return "%s-%s.apps.googleusercontent.com" % (rs(DIG, 12), rs(LO + DIG, 32))
    if n == "stripeobj":
        return pick(["cus_", "pi_", "ch_", "in_", "sub_", "price_", "acct_"]) + rs(ALNUM, 14)
    if n == "slackid":
        return pick(["C0", "U0", "T0"]) + rs(UP + DIG, 9)
    if n == "pk_pub":
        return "pk_live_" + rs(ALNUM, 24)
    if n == "gcpproj":
        return rs("123456789", 1) + rs(DIG, 11)
    if n == "sentryid":
        return rs(HEX, 32)
    if n == "wgpub":
        return rs(B64, 42) + pick("AEIMQUYcgkosw048") + "="
    if n == "nonce":
        return rs(B64, 22) + "=="
    if n == "sessionid":
        return rs(LO + DIG, 32)
    if n == "csrf":
        return rs(ALNUM, 40)
    # numbers / commerce
    if n == "order":
        return pick(["#", "ORD-", "SO-", "", "A"]) + rs(DIG, pick([7, 8, 9, 10])) if not arg else arg + rs(DIG, 8)
    if n == "order_dash":
        return "%s-%s-%s" % (rs(DIG, 3), rs(DIG, 7), rs(DIG, 7))
    if n == "invoice":
        return pick(["INV-", "RE-", "FA-", "F", "NF-"]) + str(ri(2019, 2025)) + "-" + rs(DIG, 5)
    if n == "ups":
        return "1Z" + rs(UP + DIG, 6) + rs(DIG, 10)
    if n == "usps":
        return "9400" + rs(DIG, 18)
    if n == "dhl":
        return digits_not_luhn(10)
    if n == "fedex":
        return digits_not_luhn(12)
    if n == "pnr":
        return rs(UP.replace("O", "").replace("I", "") + "23456789", 6)
    if n == "eticket":
        while True:
            t = pick(["057", "074", "220", "125", "176", "016"]) + digits_not_luhn(10)
            if not luhn_ok(t):
                return t
    if n == "flight":
        return pick(["LH", "AF", "BA", "UA", "DL", "KL", "TK", "EK", "QR", "NH", "JL", "IB", "LO", "SK", "AY"]) + \
            str(ri(10, 2999))
    if n == "seat":
        return "%d%s" % (ri(1, 45), pick("ABCDEFHJK"))
    if n == "bcbp_seq":
        return "%04d" % ri(1, 350)
    if n == "isbn13":
        while True:
            b = pick(["978", "979"]) + rs(DIG, 9)
            c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b)) % 10) % 10
            s = b + str(c)
            if not luhn_ok(s):
                return "%s-%s-%s-%s-%s" % (s[:3], s[3], s[4:8], s[8:12], s[12]) if R.random() < 0.6 else s
    if n == "ean":
        while True:
            b = rs("123456789", 1) + rs(DIG, 11)
            c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b)) % 10) % 10
            s = b + str(c)
            if not luhn_ok(s):
                return s
    if n == "sku":
        return rs(UP, 3) + "-" + rs(DIG, 4) + "-" + rs(UP + DIG, 2)
    if n == "asin":
        return "B0" + rs(UP + DIG, 8)
    if n == "vin":
        return rs("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17)
    if n == "gift":
        while True:
            g = digits_not_luhn(pick([16, 19]), pick(["6", "7"]))
            if not luhn_ok(g[:16]):
                return group_card(g)
    if n == "serial":
        return digits_not_luhn(16, "8")
    if n == "imsi":
        return pick(["310", "262", "208", "234"]) + rs(DIG, 12)
    if n == "mrn":
        return pick(["MRN ", "MRN: ", "Pat-Nr. ", "NHS-like ", ""])[:0] + pick(["MRN", "PID", "HN"]) + "-" + \
            rs(DIG, 7)
    if n == "policy":
        return pick(["POL", "PL", "HX", "AU"]) + "-" + rs(DIG, 4) + "-" + rs(UP + DIG, 6)
    if n == "claim":
        return "CLM-" + str(ri(2022, 2025)) + "-" + rs(DIG, 6)
    if n == "member":
        return rs(UP, 3) + rs(DIG, 9)
    if n == "group_no":
        return rs(DIG, 6)
    if n == "npi":
        return "1" + rs(DIG, 9)
    if n == "ticket":
        return pick(["INC", "REQ", "CS-", "SUP-", "ZD#", "JIRA-"]) + rs(DIG, pick([5, 6, 7]))
    if n == "emp":
        return pick(["E", "EMP", "PN", "MA-"]) + rs(DIG, pick([5, 6]))
    if n == "cve":
        return "CVE-%d-%d" % (ri(2019, 2025), ri(1000, 49999))
    if n == "mac":
        return ":".join(rs(HEX, 2) for _ in range(6))
    if n == "memaddr":
        return "0x" + pick(["7ffd", "7fff", "5555", "0000"]) + rs(HEX, 8)
    if n == "pid":
        return str(ri(100, 65000))
    if n == "port":
        return str(pick([5432, 3306, 6379, 8080, 8443, 27017, 9200, 5672]))
    # dates / versions / numbers
    if n == "date":
        y, m, d = rand_date(2019, 2025)
        return fmt_date(arg or "iso", y, m, d)
    if n == "ts":
        return "20%02d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (ri(22, 25), ri(1, 12), ri(1, 28), ri(0, 23), ri(0, 59),
                                                           ri(0, 59), ri(0, 999))
    if n == "epoch":
        return str(ri(1690000000, 1760000000))
    if n == "epochms":
        while True:
            s = str(ri(1690000000000, 1760000000000))
            if not luhn_ok(s):
                return s
    if n == "version":
        return "%d.%d.%d" % (ri(0, 12), ri(0, 30), ri(0, 40))
    if n == "version4":
        return "%d.%d.%d.%d" % (ri(1, 9), ri(0, 20), ri(0, 99), ri(0, 300))
    if n == "chromever":
        return "%d.0.%d.%d" % (ri(110, 131), ri(5000, 6800), ri(10, 200))
    if n == "winbuild":
        return "10.0.%d.%d" % (pick([19045, 22621, 22631, 26100]), ri(1000, 5000))
    if n == "oid":
        return pick(["1.3.6.1.4.1.311.21.7", "2.5.4.3", "1.2.840.113549.1.1.11", "1.3.6.1.2.1.1.3.0",
                     "1.2.840.10045.3.1.7", "2.16.840.1.101.3.4.2.1"])
    if n == "netmask":
        return pick(["255.255.255.0", "255.255.0.0", "255.255.255.128", "255.255.252.0", "255.255.255.240"])
    if n == "ipdoc":
        return pick(["192.0.2.", "198.51.100.", "203.0.113."]) + str(ri(1, 254))
    if n == "ip6doc":
        return "2001:db8:%x::%x" % (ri(1, 0xffff), ri(1, 0xff))
    if n == "resolver":
        return pick(["1.1.1.1", "9.9.9.9"])
    if n == "cidr":
        return pick(["0.0.0.0/0", "::/0", "0.0.0.0/0, ::/0"])
    if n == "coord":
        return "%.5f, %.5f" % (R.uniform(-60, 70), R.uniform(-170, 170))
    if n == "coordd":
        return "%d°%02d'%02d\"%s %d°%02d'%02d\"%s" % (ri(1, 70), ri(0, 59), ri(0, 59), pick("NS"), ri(1, 170),
                                                     ri(0, 59), ri(0, 59), pick("EW"))
    if n == "amount":
        return "%d.%02d" % (ri(5, 4999), ri(0, 99))
    if n == "percent":
        return "%d.%d%%" % (ri(0, 99), ri(0, 9))
    if n == "zipcode":
        return rs(DIG, 5)
    if n == "hexcolor":
        return "#" + rs(HEX, 6)
    # PII-shaped look-alikes
    if n == "email_ex":
        return pick(FIRST_LAT["en"]) + pick(["", ".", "_"]) + pick(LAST_LAT["en"]) + "@" + \
            pick(["example.com", "example.org", "example.net", "mail.example.com", "test.example"])
    if n == "email_noreply":
        return pick(["noreply@example.com", "user@example.org", "jane.doe@example.com", "name@domain.example"])
    if n == "phone555":
        a = pick(US_AREAS)
        return pick(["(%s) 555-01%02d", "%s-555-01%02d", "+1 %s 555 01%02d"]) % (a, ri(0, 99))
    if n == "card_test":
        return pick(["4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444", "4242424242424242",
                     "4111-1111-1111-1111"])
    if n == "card_bad":
        c = card_number()
        c = c[:-1] + str((int(c[-1]) + ri(1, 9)) % 10)
        assert not luhn_ok(c)
        return group_card(c, pick([" ", "-", " "])) if R.random() < 0.8 else c
    if n == "card_mask":
        c = card_number()
        return pick(["**** **** **** " + c[-4:], c[:4] + " **** **** " + c[-4:], "XXXX-XXXX-XXXX-" + c[-4:],
                     c[:6] + "******" + c[-4:], "•••• " + c[-4:]])
    if n == "last4":
        return rs(DIG, 4)
    if n == "iban_bad":
        ib = iban_number(arg or pick(list(IBAN_SPEC)))
        # change one BBAN digit, keep check digits
        idxs = [i for i in range(4, len(ib)) if ib[i].isdigit()]
        i = pick(idxs)
        ib = ib[:i] + str((int(ib[i]) + ri(1, 9)) % 10) + ib[i + 1:]
        assert iban_mod(ib) != 1
        g = group4(ib)
        windows = re.findall(r"(?=(\d{4} \d{4} \d{4} \d{4}))", g)
        if any(luhn_ok(w.replace(" ", "")) for w in windows):
            return la("iban_bad", arg)
        return g
    if n == "iban_sample":
        return group4(pick(IBAN_SAMPLES)) if R.random() < 0.6 else pick(IBAN_SAMPLES)
    if n == "iban_mask":
        ib = iban_number(arg or "DE")
        return ib[:4] + " **** **** **** " + ib[-4:] if R.random() < 0.5 else ib[:2] + "** " + "•" * 8 + ib[-3:]
    if n == "bic":
        return pick(["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "BARCGB22", "INGBNL2A", "CAIXESBB", "UNCRITMM",
                     "NDEASESS", "PKOPPLPW", "RABONL2U", "BPOTBEB1", "GEBABEBB", "SOGEFRPP", "UBSWCHZH80A"])
    if n == "sortcode":
        return "%s-%s-%s" % (rs(DIG, 2), rs(DIG, 2), rs(DIG, 2))
    if n == "aba":
        while True:
            d = rs("0123", 1) + rs(DIG, 7)
            w = [3, 7, 1, 3, 7, 1, 3, 7]
            c = (10 - sum(int(x) * w[i] for i, x in enumerate(d)) % 10) % 10
            return d + str(c)
    if n == "acct":
        return rs(DIG, pick([8, 10, 11]))
    if n == "ssn_bad":
        k = ri(0, 4)
        if k == 0:
            s = "000-%02d-%04d" % (ri(1, 99), ri(1, 9999))
        elif k == 1:
            s = "666-%02d-%04d" % (ri(1, 99), ri(1, 9999))
        elif k == 2:
            s = "%03d-%02d-%04d" % (ri(900, 999), ri(1, 99), ri(1, 9999))
        elif k == 3:
            s = "%03d-00-%04d" % (pick([ri(1, 665), ri(667, 899)]), ri(1, 9999))
        else:
            s = "%03d-%02d-0000" % (pick([ri(1, 665), ri(667, 899)]), ri(1, 99))
        return s
    if n == "ssn_sample":
        return pick(["123-45-6789", "078-05-1120", "219-09-9999"])
    if n == "ssn_mask":
        return pick(["***-**-", "XXX-XX-", "xxx-xx-"]) + rs(DIG, 4)
    if n == "itin":
        return "9%s-%d-%s" % (rs(DIG, 2), pick([70, 71, 72, 75, 78, 80, 83, 88, 90, 92, 94, 97]), rs(DIG, 4))
    if n == "ein":
        return "%02d-%s" % (pick([12, 20, 26, 33, 45, 46, 47, 52, 54, 81, 82, 83, 84, 85, 86, 87, 88, 91, 93]),
                            rs(DIG, 7))
    if n == "nino_bad":
        k = ri(0, 4)
        d = rs(DIG, 6)
        if k == 0:
            p = pick("DFIQUV") + pick(NINO_S)
        elif k == 1:
            p = pick(NINO_F) + pick("DFIOQUV")
        elif k == 2:
            p = pick(NINO_BADPFX)
        else:
            p = None
        if p is None:
            while True:
                p = pick(NINO_F) + pick(NINO_S)
                if p not in NINO_BADPFX:
                    break
            suf = pick("EFGHJKMPZ")
        else:
            suf = pick("ABCD")
        if p in ("DO", "FO", "IO", "QO", "UO", "VO"):
            p = "D" + pick(NINO_S)
        return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], suf) if R.random() < 0.6 else p + d + suf
    if n == "nino_sample":
        return pick(["QQ 12 34 56 C", "QQ123456C", "QQ 12 34 56 A"])
    if n == "nino_mask":
        return pick(["AB ** ** ** C", "XX 12 34 56 X", "**" + rs(DIG, 2) + "****" + pick("ABCD")])
    if n == "utr":
        return rs("123456789", 1) + rs(DIG, 9)
    if n == "payeref":
        return "%03d/%s%s" % (ri(100, 999), rs(UP, 2), rs(DIG, 5))
    if n == "nhs":
        while True:
            d = rs("4", 1) + rs(DIG, 8)
            s = sum(int(x) * (10 - i) for i, x in enumerate(d))
            c = 11 - s % 11
            if c == 11:
                c = 0
            if c != 10:
                s2 = d + str(c)
                return "%s %s %s" % (s2[:3], s2[3:6], s2[6:])
    raise KeyError(n)


def filler(name, loc):
    if name == "name":
        return pick(NAMES.get(loc, NAMES["en"]))
    if name == "first":
        return pick(FIRST_LAT.get(loc, FIRST_LAT["en"])).split(".")[0].capitalize()
    raise KeyError(name)


GEN = {"email": g_email, "phone": g_phone, "card": g_card, "iban": g_iban, "ssn": g_ssn, "ip": g_ip, "nino": g_nino,
       "dob": g_dob, "secret": g_secret}

TOK = re.compile(r"⟦([^⟧]*)⟧")


def render(tpl, default_loc):
    segs = []
    nla = 0
    pos = 0
    for m in TOK.finditer(tpl):
        segs.append((None, tpl[pos:m.start()]))
        pos = m.end()
        body = m.group(1)
        if body.startswith("="):
            segs.append((None, body[1:]))
            nla += 1
            continue
        arg = ""
        if "|" in body:
            body, arg = body.split("|", 1)
        if body.startswith("~"):
            segs.append((None, la(body[1:], arg)))
            nla += 1
            continue
        if body.startswith("!"):
            k, _, txt = body[1:].partition("=")
            assert k in GEN
            segs.append((k, txt))
            continue
        if body.startswith("$"):
            nm, _, loc = body[1:].partition(".")
            segs.append((None, filler(nm, loc or default_loc)))
            continue
        parts = body.split(".")
        kind = parts[0]
        var = parts[1] if len(parts) > 1 else ""
        loc = parts[2] if len(parts) > 2 else ""
        if kind == "email" and not loc:
            loc = default_loc
        if kind == "phone" and not loc:
            loc = {"en": "us", "de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "br", "nl": "nl", "pl": "pl",
                   "sv": "sv", "ru": "ru", "tr": "tr", "ar": "sa", "he": "il", "hi": "in", "ja": "jp", "zh": "cn",
                   "ko": "kr", "vi": "vn", "id": "id", "th": "th", "el": "gr", "cs": "cs", "fi": "fi", "da": "da",
                   "uk": "ua"}.get(default_loc, "us")
        v = GEN[kind](var, loc, arg)
        if isinstance(v, str):
            segs.append((kind, v))
        else:
            segs.extend(v)
    segs.append((None, tpl[pos:]))
    return segs, nla

# ---- f01.py
FAMILIES = []


def fam(name, *tpls):
    FAMILIES.append((name, list(tpls)))


fam("llm_answer_quotes_user_data",
    "id|Baik! Profil Anda sudah diperbarui. Data yang tersimpan sekarang:\n- Telepon: ⟦phone.nat.id⟧\n- Anggota sejak: ⟦~date|id⟧\nPesanan ⟦~order⟧ dikirim dengan aplikasi versi ⟦~version⟧, jadi tidak perlu tindakan apa pun.",
    "en|Assistant: I can't store card numbers, but to confirm, you typed ⟦card.sp⟧ — please delete that message. For future payments use the saved card ending in ⟦~last4⟧.",
    "en|Based on the document you uploaded, the policyholder's SSN is ⟦ssn.dash⟧ and the employer's EIN is ⟦~ein⟧. Note that the sample value ⟦~ssn_sample⟧ in the template footer is just a placeholder.",
    "sv|Här är den rensade CSV-filen du bad om:\n\nnamn,e-post,telefon\n⟦$name⟧,⟦email.plain⟧,⟦~phone555⟧\n\nJag tog bort testraden med ⟦~email_ex⟧ och lät telefonnumret i exempelraden stå kvar.",
    "cs|Uvedl jste, že vaše heslo je „⟦secret.pw⟧“. Důrazně doporučuji ho hned změnit, protože je teď uložené v historii chatu (požadavek ⟦~ticket⟧).",
    "en|I rewrote the e-mail so it sounds friendlier:\n\n> Hi team, please wire the deposit to ⟦iban.sp.GB⟧ (sort code ⟦~sortcode⟧ is only needed for domestic transfers). Thanks!",
    "da|Din API-nøgle ⟦secret.openai⟧ ser ud til at være gyldig, men kaldet fejlede med HTTP 429. Prøv igen efter ⟦~epoch⟧ eller sænk antallet af samtidige kald.",
    "en|From your message I extracted: full name ⟦$name⟧, NI number ⟦nino.sp⟧, born ⟦dob.gbl⟧. The reference ⟦~payeref⟧ is your employer's PAYE reference, not personal.",
    "uk|Спроба входу була з адреси ⟦ip.v4⟧; інша (⟦~ipdoc⟧) — це приклад із нашої документації, її можна ігнорувати. Прошивка ⟦~version4⟧ актуальна.",
    "hi|बातचीत का सार: प्रिया चाहती हैं कि शाम 6 बजे के बाद उनसे ⟦phone.intl.in⟧ पर संपर्क किया जाए; बुकिंग संदर्भ ⟦~pnr⟧ है।",
    "fi|Muotoilin sen JSONiksi:\n{\"asiakas\": {\"sähköposti\": \"⟦email.plain⟧\", \"syntymäaika\": \"⟦dob.iso⟧\", \"kanta-asiakasnumero\": \"⟦~member⟧\"}}",
    "en|Looks like the value you pasted, ⟦~card_bad⟧, fails the card checksum — double-check the digits. A valid one would pass the Luhn test; ⟦~card_test⟧ only works in sandbox.",
)

fam("llm_answer_multilingual",
    "de|Gerne! Ich habe Ihre Daten übernommen: Lieferadresse, Kunde seit ⟦~date|de⟧. Ihre Kundennummer ⟦~order|KD-⟧ bleibt unverändert.",
    "fr|Voici le récapitulatif de votre demande : IBAN ⟦iban.sp.FR⟧, titulaire ⟦$name⟧. Le BIC ⟦~bic⟧ est celui de votre agence ; la référence de dossier est ⟦~invoice⟧.",
    "es|Claro, he guardado tu correo ⟦email.obf⟧. La fecha de alta es ⟦~date|esl⟧. El pedido ⟦~order⟧ llegará el ⟦~date|es⟧.",
    "ja|承知しました。登録内容を確認します。メール：⟦email.plain⟧、生年月日：⟦dob.ja⟧。会員番号 ⟦~member⟧ はそのままです。",
    "it|Ecco il riepilogo: la carta che hai scritto (⟦card.sp⟧) non deve essere condivisa in chat. Il numero d'ordine ⟦~order⟧ e il codice ⟦~sku⟧ vanno bene.",
    "pt|Entendi! Seu celular ⟦phone.nat⟧ foi atualizado. O código de rastreio ⟦~ups⟧ não é um dado pessoal.",
    "zh|好的，我已经记录：手机号 ⟦phone.nat⟧，注册日期 ⟦~date|zh⟧。订单号 ⟦~order⟧ 已发货，快递单号 ⟦~fedex⟧。",
    "ko|확인했습니다. 등록된 연락처로 안내드리겠습니다. 주문번호 ⟦~order⟧, 앱 버전 ⟦~version⟧.",
    "ru|Готово. Вы указали пароль «⟦secret.pw⟧» — пожалуйста, смените его: этот чат сохраняется. Номер обращения ⟦~ticket⟧.",
    "nl|Ik heb je gegevens verwerkt: IBAN ⟦~iban_mask|NL⟧. Het factuurnummer ⟦~invoice⟧ en de datum ⟦~date|nl⟧ zijn ongewijzigd.",
    "tr|Bilgilerinizi aldım: telefon numaranız güncellendi. Üyelik tarihi ⟦~date|tr⟧. Sipariş numaranız ⟦~order⟧, kargo takip no ⟦~dhl⟧.",
)

fam("rag_chunks_cut_midsentence",
    "el|...κατά την κλιμάκωση ο πελάτης έδωσε αριθμό επανάκλησης ⟦phone.nat.gr⟧ και ζήτησε κάθε περαιτέρω αλληλογραφία να πηγαίνει στο ⟦email.plain.el⟧ αντί για το κοινό γραμματοκιβ",
    "en|ntract shall be governed by the laws of the State of New York. Employee SSN: ⟦ssn.dash⟧. Employee ID ⟦~emp⟧. Effective ⟦~date|usl⟧. 7. CONFIDENTIALITY. The Employee agrees that during the te",
    "en|[chunk 14/37] source=wiki/oncall.md\n...if the bastion is unreachable, SSH to ⟦ip.v4⟧ directly using the break-glass key. The staging box at ⟦~ipdoc⟧ mentioned in the old runbook was decommissioned in rel",
    "en|[doc:hr-handbook.pdf p.42] ...s such as the sample form (SSN ⟦~ssn_sample⟧, DOB ⟦=01/01/1970⟧) are illustrative only. For the real record of Ms. Gallagher, date of birth ⟦dob.us⟧, see the personnel fi",
    "en|score=0.81 | ...the vendor's remittance details are: account name Harborline Freight Ltd, IBAN ⟦iban.sp.IE⟧, BIC ⟦~bic⟧. Invoices older than 90 days (e.g. ⟦~invoice⟧) should be",
    "en|…and the deploy token was rotated after the incident; the old value ⟦secret.gl_pat⟧ must not be reused. Commit ⟦~gitsha⟧ removed it from the rep",
    "cs|…matku pacienta lze kontaktovat na ⟦phone.intl.cs⟧ (mobil) — je uvedena jako nejbližší příbuzná. Pojištění ověřeno při příjmu ⟦~date|cs⟧. Alerg",
    "en|{\"page_content\": \"...refund was issued to the card ending ⟦~last4⟧ and a confirmation e-mail was sent. The customer requested that the\", \"metadata\": {\"id\": \"⟦~uuid⟧\"}}",
    "nl|lgens de onboardingchecklist. Wifi: GastNet, wachtwoord ⟦secret.wifi⟧. De printer staat op ⟦ip.priv⟧. Pasjes aanvragen via facilitair (toestel 4410). Volgende sec",
    "en|Retrieved passage 3: ...whose National Insurance number is ⟦nino.plain⟧ and whose tax code is 1257L. The employer reference ⟦~payeref⟧ appears on every paysl",
    "en|— cut — 2.3 Authentication. Requests must include the header X-Api-Key: ⟦secret.sendgrid⟧ (production). The key format described in RFC-style examples, e.g. ⟦~envref⟧, is a placehol",
)

# ---- f02.py
fam("rag_chunks_multilingual",
    "de|…wurde der Antrag abgelehnt. Die Versicherte (geb. ⟦dob.de⟧) hat ihre Bankverbindung geändert, neue IBAN: ⟦iban.sp.DE⟧. Aktenzeichen ⟦~claim⟧ vom ⟦~date|de⟧ bleibt best",
    "fr|[extrait 7] ...l'adresse de facturation reste inchangée, mais le client demande que les relances soient envoyées à ⟦email.obf⟧ et non plus au standard (numéro SIRET sur la factu",
    "es|...según consta en el expediente, el teléfono de contacto del trabajador es ⟦phone.intl⟧. La póliza ⟦~policy⟧ cubre el perío",
    "ja|…の件について、お客様（生年月日：⟦dob.jaw⟧）より、連絡先を ⟦phone.intl⟧ に変更したいとのご要望がありました。受付番号 ⟦~ticket⟧、処理日 ⟦~date|ja⟧。次回の",
    "zh|……该员工的银行卡号为 ⟦card.plain.cup⟧，开户行信息另附。合同编号 ⟦~invoice⟧ 于 ⟦~date|zh⟧ 签署，有效期三",
    "pl|…w razie pytań prosimy o kontakt pod numerem ⟦phone.intl⟧ lub mailowo (adres w systemie). Numer rachunku do zwrotu: ⟦~iban_bad|PL⟧ – błędna suma kontrolna, poprosić o poprawny. Nr zamówienia ⟦~order⟧ zost",
    "ru|…сотрудник, дата приёма ⟦~date|rul⟧, предоставил контактные данные. Номер договора ⟦~invoice⟧, версия формы ⟦~version⟧. Далее по те",
    "it|...il rimborso verrà accreditato sull'IBAN ⟦iban.sp.IT⟧ entro 30 giorni. Codice pratica ⟦~claim⟧; il numero verde non è un recapito personale. Per inf",
    "pt|...o titular, cliente desde ⟦~date|ptl⟧, informou novo endereço para contato. Protocolo ⟦~ticket⟧ aberto em ⟦~date|pt⟧. Segundo o regulam",
    "ko|…고객님의 가입일은 ⟦~date|ko⟧이며 비상 연락처는 별도 보관 중입니다. 접수번호 ⟦~order⟧은(는) 처리 완료되었고, 다음 단",
    "sv|…och kunden bad att återbetalningen görs till kortet. Ärendenummer ⟦~ticket⟧. Kontakta gärna handläggaren om nå",
)

fam("meeting_transcripts_speaker_labels",
    "en|[00:03:12] Sarah (Support Lead): So the customer read her card number out loud on the call, it was ⟦card.sp⟧, and the agent typed it into the notes.\n[00:03:25] Tom (Compliance): Okay, that needs to be purged. Ticket ⟦~ticket⟧.",
    "es|HABLANTE_01: ¿me lo puedes mandar a mi correo personal? es ⟦email.spelled⟧\nHABLANTE_02: vale, ¿y un teléfono por si caduca el enlace?\nHABLANTE_01: claro, ⟦phone.spelled.es|es⟧",
    "en|Transcript — Benefits enrollment call\nAgent: For verification, can you confirm your social?\nCaller: Yeah it's ⟦ssn.split| ... sorry, the rest is ⟧.\nAgent: And date of birth?\nCaller: ⟦dob.usl⟧.\nAgent: Thanks. Your case number is ⟦~claim⟧.",
    "ko|스탠드업 09:30\n준호: 스테이징 DB 비밀번호 바꿨어요, 새 비번은 ⟦secret.pw⟧ 이고 볼트에도 넣었어요.\n미나: 여기 붙여넣지 마세요 🙃\n준호: 넵, 빌드 ⟦~version⟧ 는 통과했어요.",
    "pt|[Transcrição automática]\nKaren Ellis: é, meu número é ⟦phone.spaced.br⟧\nKaren Ellis: e o número do sinistro é ⟦~claim⟧, não o da apólice ⟦~policy⟧",
    "en|00:14:02 Host: we'll share the recording link at the end\n00:14:09 Dev (guest): for the demo I'm calling the API with key ⟦secret.stripe_sk⟧ — oh wait that's live, ignore that\n00:14:20 Host: lol rotating now",
    "en|Meeting notes — vendor onboarding\nAttendees: ⟦$name⟧, ⟦$name⟧\n- Vendor bank details: on file (⟦~iban_mask|GB⟧)\n- Their accounts payable contact: ⟦$name⟧\n- PO number ⟦~order|PO-⟧, due ⟦~date|gbl⟧",
    "en|Interviewer: and you'd need your National Insurance number for payroll.\nCandidate: it's ⟦nino.sp⟧.\nInterviewer: great, and your start date would be ⟦~date|gbl⟧.",
    "it|[12:01:44] Infermiera Rossi: la paziente conferma la data di nascita ⟦dob.it⟧, stanza 4B.\n[12:01:50] Dott. Colombo: bene, cartella ⟦~mrn⟧, parametri delle 12:00.",
    "de|Sprecher A: Welche IP hat die Kiste mit den 502ern?\nSprecher B: ⟦ip.v4⟧, der Loadbalancer davor ist ⟦ip.priv⟧, Netzmaske ⟦~netmask⟧.",
    "en|Call summary (auto): Customer verified identity with last four of SSN (⟦~last4⟧) and ZIP. Requested callback. No further PII captured.",
)

fam("meeting_notes_multilingual",
    "de|Protokoll Teammeeting 14.03.\nAnwesend: ⟦$name⟧, ⟦$name⟧\n- Neuer Ansprechpartner beim Lieferanten: ⟦$name.de⟧\n- Release ⟦~version⟧ verschoben auf KW ⟦=17⟧",
    "fr|Compte rendu – réunion RH\nIntervenant 1 : la salariée est arrivée le ⟦~date|frl⟧, son numéro perso est dans le dossier.\nIntervenant 2 : on note aussi la date d'embauche, ⟦~date|frl⟧.",
    "es|[Transcripción] Ponente 1: el cliente dictó su tarjeta, ⟦card.spelled⟧... Ponente 2: vale, pero eso no se guarda. Número de incidencia ⟦~ticket⟧.",
    "it|Verbale riunione condominiale\n- L'amministratore chiede di inviare i bonifici entro il 10 del mese\n- Recapito: ⟦email.obf⟧\n- Prossima riunione: ⟦~date|itl⟧",
    "nl|Notulen sprintreview\nSpreker 1: het wachtwoord van de testomgeving is ⟦secret.pw⟧\nSpreker 2: zet dat in de kluis aub. Build ⟦~version4⟧ staat klaar.",
    "pt|Ata da reunião\nFulano: o telefone do fornecedor mudou.\nCiclano: o CNPJ não é dado pessoal; pedido ⟦~order⟧.",
    "pl|Notatka ze spotkania\nMówca 1: klient podał PESEL? Nie, podał tylko datę urodzenia ⟦dob.pll⟧.\nMówca 2: ok, numer zgłoszenia ⟦~ticket⟧.",
    "sv|Mötesanteckningar\nTalare A: kontaktperson på banken, ⟦$name.sv⟧\nTalare B: ärendet ⟦~ticket⟧ stängs ⟦~date|sv⟧",
    "ja|議事録（定例会議）\n山田：ステージング環境のAPIキーは ⟦secret.google⟧ です。\n佐藤：チャットに貼らないでください。チケット ⟦~ticket⟧ で管理します。",
    "zh|会议纪要\n发言人1：客户的邮箱是 ⟦email.plain⟧。\n发言人2：工单号 ⟦~ticket⟧，版本 ⟦~version⟧ 已上线。",
    "ar|محضر الاجتماع\nالمتحدث 1: رقم جوال العميل ⟦phone.arnat⟧\nالمتحدث 2: رقم الطلب ⟦~order⟧",
    "he|סיכום פגישה\nדובר 1: הטלפון של הלקוחה ⟦phone.nat⟧, תאריך פתיחת התיק ⟦~date|he⟧\nדובר 2: מספר פנייה ⟦~ticket⟧",
)

fam("form_autofill_payloads",
    "en|{\"autofill\":{\"fields\":[{\"name\":\"email\",\"value\":\"⟦email.plain⟧\"},{\"name\":\"bday\",\"value\":\"⟦dob.iso⟧\"}],\"formId\":\"⟦~uuid⟧\"}}",
    "en|POST /checkout/autofill HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\ncc-number=⟦card.plain⟧&cc-exp=⟦=12%2F27⟧&cc-name=Grace+Porter&order=⟦~order⟧",
    "en|chrome.autofill profile dump: {\"guid\":\"⟦~UUID⟧\",\"full_name\":\"⟦$name⟧\",\"phone_home_whole_number\":\"⟦phone.digits⟧\",\"use_count\":14,\"date_modified\":⟦~epoch⟧}",
    "en|<input type=\"email\" name=\"email\" autocomplete=\"email\" value=\"⟦email.plain⟧\">\n<input type=\"password\" autocomplete=\"current-password\" value=\"⟦secret.pw⟧\">\n<input type=\"hidden\" name=\"form_build_id\" value=\"⟦~uuid⟧\">",
    "en|form_submit {\"step\":3,\"fields\":{\"ssn\":\"⟦ssn.plain⟧\",\"dob_mm\":\"⟦=04⟧\",\"employer_ein\":\"⟦~ein⟧\",\"annual_income\":\"⟦~amount⟧\"}}",
    "en|{\"type\":\"payment_method\",\"card\":{\"number\":\"⟦card.json⟧\",\"exp_month\":⟦=9⟧,\"exp_year\":⟦=2027⟧},\"fingerprint\":\"⟦~csrf⟧\"}",
    "it|Portachiavi iCloud: sito=portale.brightpath.health utente=gporter password=⟦secret.pw⟧ creato=⟦~ts⟧; token salvato nelle note: ⟦secret.gh_pat⟧",
    "en|patient_intake[date_of_birth]=⟦dob.us⟧&patient_intake[insurance_member_id]=⟦~member⟧&patient_intake[group]=⟦~group_no⟧",
    "en|{\"shipping\":{\"name\":\"⟦$name⟧\",\"postcode\":\"SW1A 2AA\"},\"gift_card\":\"⟦~gift⟧\",\"promo\":\"SPRING24\"}",
    "ru|Изменения формы (было → стало):\n  email: ⟦~email_noreply⟧ → ⟦email.plain.ru⟧\n  телефон: ⟦~phone555⟧ → ⟦phone.nat.ru⟧",
)

# ---- f03.py
fam("form_autofill_intl",
    "de|{\"formular\":\"kontakt\",\"felder\":{\"vorname\":\"Lena\",\"telefon\":\"⟦phone.intl⟧\",\"anrede\":\"Frau\",\"plz\":\"24103\"},\"formular_id\":\"⟦~uuid⟧\"}",
    "fr|nom=Dubois&prenom=Camille&date_rdv=⟦~date|fr⟧&tel=⟦phone.tel_pct⟧&newsletter=1&ref=⟦~invoice⟧",
    "es|{\"formulario\":\"alta_cliente\",\"correo\":\"⟦email.plain⟧\",\"fecha_alta\":\"⟦~date|es⟧\",\"codigo_promocional\":\"VERANO25\",\"id\":\"⟦~uuid⟧\"}",
    "ja|【入力内容の確認】\nお名前：⟦$name⟧\nメールアドレス：⟦email.fw⟧\n電話番号：⟦phone.fw⟧\n希望日：⟦~date|ja⟧\n受付番号：⟦~order⟧",
    "zh|{\"姓名\":\"⟦$name⟧\",\"手机\":\"⟦phone.nat⟧\",\"下单时间\":\"⟦~ts⟧\",\"订单\":\"⟦~order⟧\"}",
    "ko|이름=⟦$name⟧&생년월일=⟦dob.compact⟧&주문번호=⟦~order⟧",
    "ar|الاسم: ⟦$name⟧\nالجوال: ⟦phone.intl⟧\nتاريخ الميلاد: ⟦dob.arab⟧\nرقم الطلب: ⟦~order⟧",
    "pt|{\"cadastro\":{\"nome\":\"⟦$name⟧\",\"email\":\"⟦email.plain⟧\",\"cep\":\"01310-100\"},\"versao\":\"⟦~version⟧\"}",
    "tr|ad_soyad=⟦$name⟧&eposta=⟦~email_ex⟧&teslim_tarihi=⟦~date|tr⟧&siparis=⟦~order⟧",
    "vi|Họ tên: ⟦$name⟧ | SĐT: ⟦phone.nat⟧ | Ngày giao hàng: ⟦~date|vi⟧ | Mã đơn: ⟦~order⟧",
    "th|ชื่อ: ⟦$name⟧\nอีเมล: ⟦email.plain⟧\nเลขที่คำสั่งซื้อ: ⟦~order⟧",
    "el|Ονοματεπώνυμο: ⟦$name⟧, Ημερομηνία παραγγελίας: ⟦~date|el⟧, Αρ. παραγγελίας ⟦~order⟧",
)

fam("browser_crash_reports",
    "en|Crash report ⟦~uuid⟧\nProduct: Firefox ⟦~version⟧\nBuildID: ⟦=20241118093012⟧\nURL: https://mail.fastmail.fm/compose?to=⟦email.pct⟧&subject=invoice\nRemote IP: ⟦ip.v4⟧",
    "pl|Raport awarii Chrome\nver=⟦~chromever⟧ platform=win32 os=⟦~winbuild⟧\nguid=⟦~md5⟧\nptype=renderer\nurl-chunk-1=https://bankowosc.example-portal.pl/logowanie?login=⟦email.plain.pl⟧&jezyk=pl",
    "tr|İşlenmeyen özel durum 0x00007FF6A1C3B2E0 (msedge.dll): ⟦~memaddr⟧ konumu okunurken erişim ihlali.\nİş parçacığı 4412 (CrRendererMain)\nSon odaklanan alan: input[name=cardnumber], uzunluk 16\nUser-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/⟦~chromever⟧",
    "en|minidump annotations:\n  prod=Chrome_Mac\n  ver=⟦~chromever⟧\n  switch-1=--user-data-dir=/Users/ruby/Library/Application Support/Google/Chrome\n  switch-2=--proxy-server=http://proxyuser:⟦secret.pw⟧@⟦ip.priv⟧:3128",
    "en|Firefox about:crashes → Submitted ⟦~UUID⟧\nMozCrashReason: MOZ_RELEASE_ASSERT(aIndex < mLength)\nStartupCrash: 0\nInstallTime: ⟦~epoch⟧\nComments: happened while pasting my IBAN into the bank form",
    "fr|Plantage Safari WebContent\nIdentifiant d\'incident : ⟦~UUID⟧\nModèle : MacBookPro18,3\nVersion de l\'OS : macOS 14.5 (23F79)\nDernière URL : https://paiement.brightpath.health/pay#cc=⟦card.plain⟧\nType d\'exception : EXC_BAD_ACCESS (SIGSEGV)",
    "en|[electron] render-process-gone reason=crashed exitCode=-1073741819\nstore snapshot: {\"auth\":{\"accessToken\":\"⟦secret.jwt⟧\",\"userId\":⟦=88412073⟧},\"app\":\"⟦~version⟧\"}",
    "sv|CrashReporter: laddar upp rapport ⟦~sha1⟧ till https://crash-stats.kestrel-analytics.io/submit\nAnnoteringar: {\"DistributionID\":\"default\",\"Vendor\":\"Mozilla\",\"ProductID\":\"{ec8030f7-c20a-464f-9b0e-13a3a9e97384}\",\"Email\":\"⟦~email_ex⟧\"}",
    "en|chrome://crashes\nStatus: Uploaded\nUploaded Crash Report ID: ⟦~objid⟧\nLocal Crash Context: ⟦~sha256⟧\nCrash time: ⟦~ts⟧\nNo user data attached.",
)

fam("mobile_app_crash_reports",
    "en|FATAL EXCEPTION: main\nProcess: com.harborline.app, PID: ⟦~pid⟧\njava.lang.IllegalStateException: invalid phone ⟦phone.e164⟧ for user ⟦~objid⟧\n\tat com.harborline.app.profile.PhoneValidator.check(PhoneValidator.kt:48)",
    "en|E/OkHttp: --> POST https://api.kestrel-analytics.io/v2/login\nE/OkHttp: Authorization: Bearer ⟦secret.bearer⟧\nE/OkHttp: {\"device_id\":\"⟦~uuid⟧\",\"app_version\":\"⟦~version⟧\"}",
    "en|Incident Identifier: ⟦~UUID⟧\nCrashReporter Key: ⟦~sha1⟧\nHardware Model: iPhone15,3\nProcess: Wallet [4411]\nVersion: ⟦~version⟧ (⟦=5120⟧)\nLast Exception Backtrace: NSInvalidArgumentException: -[CardFormatter format:] unrecognized selector; input=\"⟦card.sp⟧\"",
    "en|Firebase Crashlytics issue ⟦~objid⟧\nFatal Exception: kotlin.NumberFormatException: For input string: \"⟦card.plain⟧\"\ncustom keys: user_id=⟦~objid⟧, build=⟦~version4⟧",
    "pt|D/ReactNativeJS: estado do redux antes da falha: {\"usuario\":{\"telefone\":\"⟦phone.intl.br⟧\",\"ultimo_login\":\"⟦~date|iso⟧\",\"kyc\":\"pendente\"},\"tela\":\"checkout\",\"build\":\"⟦~version⟧\"}",
    "en|W/System.err: org.json.JSONException: Unterminated string at character 412 of {\"ssn\":\"⟦ssn.dash⟧\",\"employer\":\"Northwell Dental\",\"ein\":\"⟦~ein⟧\n\tat org.json.JSONTokener.syntaxError(JSONTokener.java:449)",
    "en|Thread 0 Crashed:: Dispatch queue: com.apple.main-thread\n0   libswiftCore.dylib  ⟦~memaddr⟧ _assertionFailure + 244\nuserInfo: [\"NSLocalizedDescription\": \"Token ⟦secret.gh_oauth⟧ rejected (401)\"]",
    "en|Bugsnag: ANR in com.example.rides — Input dispatching timed out\nuser: {\"id\":\"⟦~objid⟧\",\"email\":\"⟦~email_ex⟧\"}\ndevice: {\"osVersion\":\"14\",\"ip\":\"⟦~ipdoc⟧\"}",
    "de|Absturzbericht App „Meine Bank“ ⟦~version⟧\nFehler: NullPointerException in ÜberweisungActivity\nEingabe Empfänger-IBAN: ⟦iban.sp.AT⟧\nGerät-ID: ⟦~UUID⟧",
    "ja|クラッシュレポート\nアプリ: ポイントカード ⟦~version⟧\n例外: IllegalArgumentException 電話番号が不正です: ⟦phone.intl⟧\n端末ID: ⟦~uuid⟧",
)

# ---- f04.py
fam("analytics_events",
    "en|GET /collect?v=2&tid=G-7QK2M9XZ1B&cid=⟦=1742811093.1700412345⟧&en=page_view&dl=https%3A%2F%2Fshop.harborlinefreight.com%2Faccount%3Femail%3D⟦email.pct⟧&uip=⟦ip.v4⟧",
    "ja|mixpanel.track(\"決済失敗\", {\"$email\": \"⟦email.plain.ja⟧\", \"理由\": \"カード拒否\", \"card_last4\": \"⟦~last4⟧\", \"cart_id\": \"⟦~uuid⟧\"})",
    "en|{\"event_type\":\"form_error\",\"event_properties\":{\"field\":\"date_of_birth\",\"value\":\"⟦dob.us⟧\",\"error\":\"under_18\"},\"user_properties\":{\"plan\":\"free\"},\"event_time\":⟦~epochms⟧}",
    "en|{\"name\":\"search\",\"params\":{\"search_term\":\"refund card ⟦card.sp⟧\",\"engagement_time_msec\":\"⟦=1342⟧\",\"session_id\":\"⟦~epoch⟧\"}}",
    "vi|segment.identify(\'⟦~uuid⟧\', {ten: \'⟦$name.vi⟧\', ngay_tao: \'⟦~ts⟧\', goi: \'pro\'})",
    "fr|Heap autocapture : clic sur button#envoyer avec le texte « Rappelez-moi au ⟦phone.nat.fr⟧ » — page /contact — session ⟦~sessionid⟧",
    "en|{\"event\":\"login_failed\",\"username\":\"⟦~email_ex⟧\",\"attempted_password\":\"⟦secret.pw⟧\",\"ip\":\"⟦~ipdoc⟧\",\"ua\":\"okhttp/4.12.0\",\"ts\":\"⟦~ts⟧\"}",
    "es|Nota de la grabación de Hotjar: clics repetidos en «Verificar» tras rellenar el campo SSN (valor enmascarado: ⟦~ssn_mask⟧). Grabación ⟦~objid⟧, país US, navegador Chrome ⟦~chromever⟧.",
    "de|{\"ereignis\":\"newsletter_anmeldung\",\"email\":\"⟦~email_ex⟧\",\"quelle\":\"footer\",\"zeit\":\"⟦~ts⟧\",\"kampagne\":\"herbst-⟦=2024⟧\"}",
    "pt|{\"evento\":\"compra\",\"valor\":\"⟦~amount⟧\",\"cliente\":{\"tel\":\"⟦phone.e164⟧\"},\"id_transacao\":\"⟦~uuid⟧\"}",
)

fam("address_book_vcard",
    "en|BEGIN:VCARD\nVERSION:3.0\nFN:⟦$name⟧\nEMAIL;TYPE=INTERNET,HOME:⟦email.plain⟧\nTEL;TYPE=CELL:⟦phone.intl⟧\nBDAY:⟦dob.iso⟧\nUID:⟦~uuid⟧\nEND:VCARD",
    "de|BEGIN:VCARD\nVERSION:4.0\nFN:⟦$name⟧\nTEL;TYPE=cell:⟦phone.intl⟧\nREV:⟦~ts⟧\nEND:VCARD",
    "fr|BEGIN:VCARD\nVERSION:3.0\nN:Fontaine;Inès;;;\nEMAIL;TYPE=WORK:⟦email.plain⟧\nNOTE:anniversaire de mariage le ⟦~date|fr⟧\nEND:VCARD",
    "ja|BEGIN:VCARD\nVERSION:3.0\nFN:⟦$name⟧\nX-PHONETIC-LAST-NAME:タナカ\nTEL;TYPE=CELL:⟦phone.nat⟧\nEND:VCARD",
    "en|BEGIN:VCARD\nVERSION:3.0\nFN:Acme Test Contact\nEMAIL:⟦~email_ex⟧\nTEL:⟦~phone555⟧\nNOTE:sample card for QA\nEND:VCARD",
    "en|BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Sullivan;Mason\nX-ANDROID-CUSTOM:vnd.android.cursor.item/relation;⟦$name⟧;1\nEND:VCARD",
    "ko|BEGIN:VCARD\nVERSION:3.0\nFN:⟦$name⟧\nNOTE:생일 ⟦dob.ko⟧\nEND:VCARD",
    "ru|BEGIN:VCARD\nVERSION:3.0\nFN:⟦$name⟧\nEMAIL:⟦email.plain⟧\nNOTE:коллега по работе\nEND:VCARD",
    "es|BEGIN:VCARD\nVERSION:3.0\nFN:⟦$name⟧\nORG:Clínica Dental Sonrisa\nEND:VCARD",
    "en|Google Contacts export (partial):\nName,Given Name,E-mail 1 - Value,Phone 1 - Value,Birthday\n⟦$name⟧,Declan,,⟦phone.intl.uk⟧,⟦dob.iso⟧",
)

fam("address_book_csv_ldif",
    "en|First Name,Last Name,E-mail Address,Mobile Phone,Business Phone\nNora,Gallagher,⟦email.plain⟧,⟦phone.nat⟧,⟦~phone555⟧\nOwen,Price,,,",
    "en|dn: cn=svc-backup,ou=service,dc=northwell,dc=net\nuserPassword: ⟦secret.pw⟧\ndescription: temporary, rotate before ⟦~date|iso⟧",
    "de|Name;Vorname;E-Mail;Telefon;Geburtstag\nBecker;Lena;⟦email.plain⟧;;⟦dob.de⟧\nVogel;Katrin;;;",
    "fr|Nom;Prénom;Courriel;Portable\nMoreau;Théo;;⟦phone.nat⟧\nGirard;Manon;⟦email.obf⟧;",
    "nl|naam\temail\ttelefoon\nSanne de Vries\t⟦email.plain⟧\t\nJoris Mulder\t⟦~email_ex⟧\t⟦~phone555⟧",
    "zh|姓名,手机,邮箱,备注\n⟦$name⟧,,,老同学\n⟦$name⟧,,⟦email.plain⟧,快递单号 ⟦~fedex⟧",
    "en|\"Display Name\",\"Primary Email\",\"Mobile Number\"\n\"Isaac Okafor\",\"⟦email.quoted⟧\",\"'⟦phone.nat⟧\"\n\"Ruby Whitaker\",\"\",\"=\"\"⟦phone.nat⟧\"\"\"",
    "pl|Imię,Nazwisko,E-mail,Telefon,Data urodzenia\nZofia,Wiśniewska,,⟦phone.intl⟧,⟦dob.pl⟧",
    "sv|Förnamn,Efternamn,E-post,Mobil\nElin,Lindqvist,⟦email.plain⟧,\nNils,Berg,,",
    "en|# contacts.yaml\n- name: Caleb Dixon\n  role: vendor contact\n  tags: [vendor]\n- name: QA Bot\n  email: ⟦~email_ex⟧\n  phone: \"⟦~phone555⟧\"",
)

# ---- f05.py
fam("travel_bookings",
    "en|Booking confirmed ✈\nBooking reference: ⟦~pnr⟧\nPassenger: MS NORA GALLAGHER\nFlight ⟦~flight⟧ DUB→JFK, seat ⟦~seat⟧\nContact: ⟦phone.intl.uk⟧\nE-ticket: ⟦~eticket⟧",
    "it|Prenotazione hotel n. ⟦~order⟧\nOspite: ⟦$name.it⟧\nArrivo ⟦~date|itl⟧, 2 notti\nGarantita con carta ⟦~card_mask⟧\nRichieste: arrivo tardi, chiamare il ⟦phone.nat.it⟧",
    "en|Passenger details (APIS)\nSurname: CARTER\nGiven names: NOAH JAMES\nDate of birth: ⟦dob.gb⟧\nPassport expiry: ⟦~date|gb⟧\nNationality: USA\nKnown Traveler Number: ⟦=TT4F82Q9⟧",
    "en|{\"pnr\":\"⟦~pnr⟧\",\"pax\":[{\"first\":\"AVA\",\"last\":\"FLETCHER\",\"dob\":\"⟦dob.iso⟧\",\"ffp\":\"⟦~member⟧\"}],\"contact\":{\"phone\":\"⟦phone.e164⟧\"},\"payment\":{\"fop\":\"CC\",\"pan\":\"⟦card.plain⟧\"}}",
    "pt|Contrato de locação de veículo RA-⟦~group_no⟧\nLocatário: ⟦$name.pt⟧\nCNH válida até ⟦~date|pt⟧\nChassi ⟦~vin⟧, retirada ⟦~date|pt⟧ 10:00",
    "es|Tu anfitrión de Airbnb escribió: \"¡Hola! La entrada es autónoma y la contraseña del wifi es ⟦secret.wifi⟧. Mi móvil es ⟦phone.nat.es⟧ por si algo falla. Anuncio ⟦~order⟧.\"",
    "fr|Billet de train — Eurostar\nRéservation ⟦~pnr⟧ | Voiture 7 Place 61\nE-mail du passager principal : ⟦email.plain.fr⟧\nN° de billet ⟦~eticket⟧",
    "ar|ملاحظة وكيل السفر: العميل يريد مقعداً بجانب النافذة ووجبة نباتية. يمكن التواصل على ⟦phone.intl.ae⟧. رقم المسافر الدائم ⟦~member⟧. إحداثيات المنتجع: ⟦~coord⟧.",
    "ko|익스피디아 여정 ⟦~order⟧: 여행자 ⟦$name.ko⟧. 항공편 ⟦~flight⟧ 출발 ⟦~ts⟧. 결제: 비자 ⟦~card_mask⟧.",
    "en|Cruise check-in form\nGuest 1 — checked in online\nGuest 2 — shares cabin\nCabin 8214, sailing ⟦~date|usl⟧",
)

fam("boarding_passes_itineraries",
    "en|BCBP: M1FLETCHER/AVA       E⟦~pnr⟧ DUBJFKEI 0105 123Y032A0042 100\nBarcode data decoded by the scanner app. Seq ⟦~bcbp_seq⟧.",
    "de|Bordkarte\nName: SCHNEIDER/LUKAS MR\nFlug ⟦~flight⟧ FRA → LIS, Sitz ⟦~seat⟧, Gate B44\nBuchungscode ⟦~pnr⟧\nTicketnummer ⟦~eticket⟧",
    "fr|Carte d'embarquement – Passager : DUBOIS/CAMILLE MME – Vol ⟦~flight⟧ CDG-YUL – Place ⟦~seat⟧ – Réf. ⟦~pnr⟧",
    "es|Tarjeta de embarque\nPasajero: NAVARRO/ALVARO\nVuelo ⟦~flight⟧ MAD-BOG\nLocalizador ⟦~pnr⟧\nEquipaje: 1 pieza",
    "ja|搭乗券\n氏名：TANAKA/YUKI MS\n便名：⟦~flight⟧ 羽田→那覇\n座席：⟦~seat⟧\n予約番号：⟦~pnr⟧\n連絡先：⟦phone.nat⟧",
    "zh|登机牌\n旅客：WANG/WEI\n航班：⟦~flight⟧ 北京-上海\n座位：⟦~seat⟧\n票号：⟦~eticket⟧",
    "ar|بطاقة صعود الطائرة\nالمسافر: ALHARBI/OMAR MR\nالرحلة ⟦~flight⟧ الرياض - دبي\nالمقعد ⟦~seat⟧\nرقم الحجز ⟦~pnr⟧\nالجوال: ⟦phone.intl⟧",
    "it|Itinerario\nPasseggero: ROSSI/GIULIA\nVolo ⟦~flight⟧ FCO-LHR, posto ⟦~seat⟧\nCodice prenotazione ⟦~pnr⟧\nBagaglio: 1 × 23 kg",
    "tr|Biniş kartı\nYolcu: YILMAZ/ELIF\nUçuş ⟦~flight⟧ IST-AMS\nKoltuk ⟦~seat⟧\nPNR ⟦~pnr⟧\nDoğum tarihi: ⟦dob.tr⟧",
    "ko|탑승권\n승객: KIM/MINJUN MR\n편명 ⟦~flight⟧ 인천→도쿄\n좌석 ⟦~seat⟧\n예약번호 ⟦~pnr⟧",
    "pl|Karta pokładowa\nPasażer: NOWAK/KATARZYNA\nLot ⟦~flight⟧ WAW-OSL\nMiejsce ⟦~seat⟧\nRezerwacja ⟦~pnr⟧",
)

fam("insurance_claims",
    "en|CLAIM FORM — Auto\nClaim no.: ⟦~claim⟧\nPolicy no.: ⟦~policy⟧\nInsured: ⟦$name⟧\nDate of birth: ⟦dob.us⟧\nSSN: ⟦ssn.dash⟧\nDate of loss: ⟦~date|us⟧\nVehicle VIN: ⟦~vin⟧",
    "en|Adjuster note: claimant called in, confirmed ZIP. Payment to be sent by ACH, routing ⟦~aba⟧, account ⟦~acct⟧. Police report ⟦~order|RPT-⟧.",
    "en|EOB — Explanation of Benefits\nMember: ⟦$name⟧  Member ID: ⟦~member⟧  Group: ⟦~group_no⟧\nProvider NPI: ⟦~npi⟧\nDate of service: ⟦~date|us⟧\nPatient responsibility: $⟦~amount⟧",
    "de|Tierkrankenversicherung – Schadenmeldung\nTier: Biscuit (Geburtstag des Hundes: ⟦~date|de⟧)\nHalterin Telefon: ⟦phone.nat.de⟧\nRechnung ⟦~invoice⟧, Betrag ⟦~amount⟧ €",
    "en|Life insurance beneficiary change\nPrimary beneficiary: ⟦$name⟧, SSN ⟦ssn.sp⟧\nContingent: ⟦$name⟧, SSN ⟦~ssn_mask⟧ (on file)\nPolicy ⟦~policy⟧",
    "he|יומן שגיאות בפורטל התביעות: ValidationError: השדה ssn עם הערך \'⟦~ssn_bad⟧\' אינו תקין (מספר אזור). נשלח על ידי משתמש ⟦~objid⟧ מכתובת ⟦ip.v4⟧.",
    "nl|Claim reisverzekering: reis geannuleerd op ⟦~date|nl⟧. Terugbetaling op IBAN ⟦iban.sp.NL⟧. Polis ⟦~policy⟧. Vlucht ⟦~flight⟧.",
    "en|Subrogation letter: Our insured, SSN ⟦ssn.dash⟧, sustained damages on ⟦~date|usl⟧. Your insured's policy ⟦~policy⟧. Claim ⟦~claim⟧.",
    "en|Dental claim (ADA form) box 13: Date of birth ⟦dob.yy⟧; box 15: Subscriber ID ⟦~member⟧; box 49: NPI ⟦~npi⟧; box 53: TIN ⟦~ein⟧",
    "en|Workers' comp first report of injury: employee SSN ⟦ssn.plain⟧, hire date ⟦~date|us⟧, employer FEIN ⟦~ein⟧.",
)

fam("benefits_claims_eu",
    "de|Antrag auf Kindergeld\nAntragsteller: ⟦$name⟧\nGeburtsdatum: ⟦dob.de⟧\nIBAN: ⟦~iban_mask|DE⟧ (unverändert)\nBIC: ⟦~bic⟧\nKindergeldnummer: ⟦=123FK456789⟧\nEingang: ⟦~date|de⟧",
    "nl|Aanvraag zorgtoeslag\nNaam: ⟦$name⟧\nAanvraagdatum: ⟦~date|nl⟧\nRekeningnummer: ⟦iban.sp.NL⟧\nDossiernummer ⟦~claim⟧",
    "fr|Demande de remboursement – Mutuelle\nAdhérent : ⟦$name⟧\nRIB : transmis par courrier\nFeuille de soins n° ⟦~invoice⟧ du ⟦~date|fr⟧",
    "pl|Wniosek o zasiłek\nImię i nazwisko: ⟦$name⟧\nNumer rachunku: ⟦~iban_sample⟧ (wzór z ulotki)\nData złożenia: ⟦~date|pl⟧\nSygnatura ⟦~claim⟧",
    "sv|Ansökan om föräldrapenning\nNamn: ⟦$name⟧\nE-post: ⟦email.plain⟧",
    "it|Domanda di rimborso spese mediche\nAssistito: ⟦$name⟧\nIBAN per l'accredito: ⟦iban.sp.IT⟧\nPratica ⟦~claim⟧ del ⟦~date|it⟧",
    "es|Solicitud de prestación por desempleo\nSolicitante: ⟦$name⟧\nFecha de nacimiento: ⟦dob.es⟧\nIBAN: ⟦~iban_bad|ES⟧ (rechazado, dígito de control)\nN.º de expediente ⟦~claim⟧",
    "de|Sehr geehrte Frau Vogel, die Erstattung wird auf Ihr Konto ⟦iban.sp.AT⟧ überwiesen. Ihre alte Bankverbindung ⟦~iban_bad|AT⟧ ist ungültig. Rückfragen: ⟦phone.nat.at⟧.",
    "pt|Pedido de reembolso – Seguro de saúde\nBeneficiário: ⟦$name⟧\nData de nascimento: ⟦dob.pt⟧\nIBAN: ⟦~iban_mask|PT⟧\nNIF do prestador ⟦=501442600⟧",
    "fi|Hakemus: asumistuki\nNimi: ⟦$name⟧\nHakupäivä: ⟦~date|fi⟧\nTilinumero: ilmoitettu aiemmin",
    "da|Ansøgning om boligstøtte\nNavn: ⟦$name⟧\nModtaget: ⟦~date|da⟧\nSagsnummer ⟦~claim⟧",
    "cs|Žádost o příspěvek\nJméno: ⟦$name⟧\nIBAN: ⟦iban.sp.CZ⟧",
)

# ---- f06.py
fam("marketplace_listings",
    "en|FOR SALE: 2019 Honda Civic, 48k miles, one owner. VIN ⟦~vin⟧. $⟦~amount⟧ OBO. Text me through the app — no calls after 9pm. No scammers!!",
    "ko|아이폰 14 프로 256GB 자급제, 배터리 91%. 박스에 시리얼 ⟦~serial⟧ 있어요. 직거래만 합니다. 이메일 ⟦email.brk.ko⟧ (링크는 스팸 처리돼요)",
    "en|Selling 2 concert tickets, section 112. Order confirmation ⟦~order⟧. Venmo or Zelle to ⟦phone.dots⟧. Don't message me on here, they take 10%.",
    "en|Listing #⟦~order⟧ — Vintage Leica M6. Contact seller: ⟦email.spelled⟧. Shipping via UPS, tracking provided (e.g. ⟦~ups⟧).",
    "sv|Flyttrea!! Soffa, skrivbord, cykel. Allt ska bort till ⟦~date|svl⟧. Ring eller WhatsAppa ⟦phone.intl.sv⟧. Adressen skickas när du bekräftat. Kursbok med ISBN ⟦~isbn13⟧ finns också.",
    "en|Amazon seller message: Hi, for a faster refund please contact us directly at ⟦email.plain⟧ with your order ⟦~order_dash⟧ and ASIN ⟦~asin⟧.",
    "en|eBay listing description (seller wrote): \"pay via bank transfer to ⟦iban.sp.GB⟧, I'll post same day. Sort code ⟦~sortcode⟧ if you're in the UK.\"",
    "de|Shop-Hinweis: Sonderanfertigungen → ⟦email.obf.de⟧. Bitte keine Kartennummern per Nachricht schicken (ein Käufer schickte ⟦card.dash⟧ 😬). Artikel ⟦~sku⟧.",
    "nl|Marktplaats-bericht doorgestuurd via ⟦~email_noreply⟧: \"nog beschikbaar? ik kan contant betalen. mijn nummer ⟦phone.spaced.nl⟧\"",
    "ja|ギフトカード譲ります。額面2万円を1万7千円で。カード番号 ⟦~gift⟧、PINは削ってあります。手渡し希望です。",
    "en|Facebook Marketplace: \"is this still available?\" → \"yes! my cell is ⟦phone.split| and the last four are ⟧, text only\"",
)

fam("classified_ads_multilingual",
    "es|Vendo bicicleta de montaña talla M, poco uso. Precio ⟦~amount⟧ €. Interesados escribir a ⟦email.obf⟧. Ref. ⟦~sku⟧",
    "it|Affittasi bilocale zona Navigli, 950 €/mese. No agenzie. Contattare tramite il sito (ore serali). Classe energetica C, rif. ⟦~order⟧",
    "pl|Sprzedam mieszkanie 54 m², Kraków Podgórze. Kontakt: ⟦email.obf⟧. Nr księgi wieczystej ⟦=KR1P/00123456/7⟧",
    "ru|Продаю ноутбук Lenovo ThinkPad, состояние отличное. Писать в личные сообщения. Серийный номер ⟦~serial⟧.",
    "tr|Satılık: 2018 model Fiat Egea, 85 bin km. İletişim: mesaj atın. İlan no ⟦~order⟧. Takas yok.",
    "ar|للبيع: سيارة تويوتا كامري 2020، بحالة ممتازة. للتواصل واتساب: ⟦phone.ar⟧. رقم الإعلان ⟦~order⟧",
    "fr|À vendre : poussette Yoyo, très bon état, 250 €. Contact par SMS au ⟦phone.nat⟧. Annonce n° ⟦~order⟧",
    "de|Verkaufe E-Bike, Rahmennummer ⟦~vin⟧, 1.200 € VB. Nur Abholung. Mail: ⟦email.obf⟧",
    "pt|Vendo PS5 com 2 controles, R$ ⟦~amount⟧. Chama no zap ⟦phone.nat⟧. Aceito Pix (chave: ⟦email.plain⟧).",
    "id|Dijual motor Honda Beat 2021, pajak hidup, mulus. Hub. ⟦phone.nat⟧ (WA). Nego tipis. Kode iklan ⟦~order⟧",
    "vi|Cần bán xe máy Honda Vision 2022, giá ⟦~amount⟧ triệu. Liên hệ qua tin nhắn. Mã tin ⟦~order⟧",
    "hi|बिक्री के लिए: सैमसंग फ्रिज, 2 साल पुराना। संपर्क करें: ⟦phone.deva⟧। विज्ञापन संख्या ⟦~order⟧",
    "uk|Продам дитячий візок, стан ідеальний. Телефон: ⟦phone.nat.ua⟧. Оголошення №⟦~order⟧",
)

fam("recruiting_profiles_cv",
    "en|NORA GALLAGHER\nSenior Data Engineer · Dublin\n⟦phone.intl.uk⟧ | linkedin.com/in/nora-gallagher-data\n\nEXPERIENCE\nKestrel Analytics (2019–present) — led migration of 40 TB warehouse; reduced costs 32%.",
    "en|Candidate profile (ATS export)\nname: Caleb Dixon\nemail: ⟦email.plain⟧\nsalary_expectation: 145000\nrequisition: ⟦~ticket⟧\napplied: ⟦~ts⟧",
    "fi|Ansioluettelo — Eero Korhonen\nYhteystiedot: LinkedInin kautta\nOsaaminen: Python, Go, Kubernetes, Terraform\nSertifikaatit: CKA (tunnus ⟦~objid⟧), AWS SA Pro (vahvistus ⟦~md5⟧)",
    "de|Notiz Recruiting: gutes Gespräch mit Ruby. Bevorzugt Kontakt über private Adresse ⟦email.plain.de⟧, nicht die Firmenadresse. Verfügbar ab ⟦~date|del⟧. Referenz: ehemalige Vorgesetzte.",
    "en|Background check authorization\nFull legal name: ⟦$name⟧\nSSN: ⟦ssn.dash⟧\nDate of birth: ⟦dob.us⟧\nCurrent address since: ⟦~date|us⟧\nSignature date: ⟦~date|us⟧",
    "en|GitHub profile README: Hi, I'm Owen 👋 Reach me at ⟦email.brk⟧. PGP fingerprint ⟦~sha1⟧. My SSH key: ⟦~sshpub|owen@laptop⟧",
    "fr|InMail LinkedIn : Bonjour Grace, j\'ai adoré votre intervention à PyCon. Nous recrutons un poste Staff — pourriez-vous envoyer votre CV à ⟦email.plain.fr⟧ ? Offre ⟦~ticket⟧.",
    "en|Onboarding packet (UK hire)\nName: Declan Hayes\nNI number: ⟦nino.sp⟧\nDate of birth: ⟦dob.gb⟧\nStart date: ⟦~date|gb⟧",
    "en|CV (OCR of PDF): HARPER MORGAN — Marketing Manager — E: ⟦email.wrap⟧ — References available on request.",
    "en|Offer letter draft: \"...your annual base salary of $128,000... Please return the signed offer by ⟦~date|usl⟧ along with your I-9 documents (SSN card showing ⟦ssn.sp⟧).\"",
)

fam("cv_multilingual",
    "fr|CURRICULUM VITAE\nCamille Dubois\nNée le ⟦dob.frl⟧ à Lyon\nPermis B\nEXPÉRIENCE : Responsable logistique (2018–2024)",
    "de|Lebenslauf\nJonas Hoffmann\nFührerschein Klasse B seit ⟦~date|de⟧",
    "ja|履歴書\n氏名：⟦$name⟧\n生年月日：⟦dob.jaw⟧生（満 ⟦=34⟧ 歳）\n資格：TOEIC 860点（⟦~date|ja⟧取得）",
    "zh|个人简历\n姓名：⟦$name⟧\n手机：⟦phone.nat⟧\n工作经历：2016-2023 某互联网公司 高级工程师",
    "pt|CURRÍCULO\nMariana Costa\nE-mail: ⟦email.plain⟧\nLinkedIn: linkedin.com/in/mariana-costa-dev",
    "es|Currículum Vitae — Carmen Molina\nCorreo: ⟦email.plain⟧\nIdiomas: inglés C1, francés B2",
    "it|CURRICULUM VITAE – Europass\nNome: Chiara Esposito",
    "ko|이력서\n성명: ⟦$name⟧\n병역: 군필 (⟦~date|kod⟧ 전역)",
    "nl|Curriculum vitae\nNaam: Daan Jansen\nWoonplaats: Utrecht",
    "ru|Резюме\nСоколова Наталья\nОпыт работы: 7 лет",
    "he|קורות חיים\nשם: ⟦$name⟧",
    "el|Βιογραφικό σημείωμα\nΌνομα: ⟦$name⟧",
)

# ---- f07.py
fam("helpdesk_macros",
    "en|[Macro: Password reset — DO NOT include the password]\nHi {{ticket.requester.first_name}}, we've sent a reset link to {{ticket.requester.email}}. If you didn't request it, call us at ⟦~phone555⟧.",
    "sv|[Makro: Återbetalning bekräftad]\nHej Emma, din återbetalning på ⟦~amount⟧ kr till kortet som slutar på ⟦~last4⟧ är genomförd. Referens ⟦~reqid⟧.\n---\nIntern anteckning: kunden bad också att vi uppdaterar e-posten till ⟦email.plain.sv⟧.",
    "pt|Prévia da macro (preenchida): Olá Mariana, atualizamos seu telefone para ⟦phone.nat.br⟧ conforme solicitado. Chamado ⟦~ticket⟧. — Suporte",
    "en|Template: \"Your temporary password is: [TEMP_PASSWORD]\"\nRendered (agent forgot to remove it from the public reply): \"Your temporary password is: ⟦secret.pw⟧\"",
    "en|Freshdesk canned response #⟦=4412⟧ (raw):\nHello {{contact.name}},\nWe could not verify the bank account {{contact.iban}}. Please send a statement showing the IBAN.\n(Example: ⟦~iban_sample⟧)",
    "pl|Log wyzwalacza Zendesk: zmienna {{ticket.requester.phone}} → \"⟦phone.intl.pl⟧\"; zmienna {{ticket.id}} → \"⟦~group_no⟧\"",
    "en|Agent private note: caller prefers text. Verified via ZIP and last4 SSN ⟦~last4⟧. Macro \"ID verified\" applied.",
    "de|[Textbaustein: Bankverbindung ändern]\nHallo {{kunde.vorname}}, wir haben Ihre neue IBAN ⟦iban.sp.DE⟧ hinterlegt. Alte IBAN: ⟦~iban_mask|DE⟧. Vorgang ⟦~ticket⟧.",
    "fr|[Macro : Mise à jour coordonnées]\nBonjour {{client.prenom}}, votre nouvelle adresse ⟦email.plain⟧ a bien été enregistrée. Dossier ⟦~ticket⟧.",
    "es|[Macro: verificación de identidad]\nHola {{cliente.nombre}}, por seguridad nunca te pediremos tu contraseña. Si alguien te escribe desde ⟦~email_ex⟧, es un intento de fraude.",
    "ja|【定型文：電話番号変更】\n{{お客様名}} 様\nご登録の電話番号を ⟦phone.nat⟧ に変更いたしました。お問い合わせ番号：⟦~ticket⟧",
)

fam("agent_to_agent_chat",
    "en|[planner→executor] Task: email the invoice to the customer. Resolved recipient: ⟦email.plain⟧. Attachment: ⟦~invoice⟧.pdf (sha256 ⟦~sha256⟧).\n[executor→planner] Sent. Message-ID <⟦~uuid⟧@mailer>.",
    "ja|{\"from\":\"research_agent\",\"to\":\"writer_agent\",\"content\":\"ユーザー情報：電話 ⟦phone.e164.jp⟧、生年月日 ⟦dob.iso⟧。最終回答には含めないこと。\"}",
    "en|Agent A: I need the DB creds to run the migration.\nAgent B: use postgres://app:⟦secret.pw_pct⟧@db.internal:5432/orders — or better, read it from ${DATABASE_URL}.\nAgent A: ack, using ⟦~envref⟧.",
    "id|tool_call: kirim_sms(ke=\"⟦phone.e164.id⟧\", isi=\"Janji temu Anda sudah dikonfirmasi\")\ntool_result: {\"sid\":\"⟦~twsid⟧\",\"status\":\"queued\"}",
    "zh|[分拣机器人] 工单 ⟦~ticket⟧ 含有银行卡号（⟦card.sp⟧），转交给 [脱敏机器人]。\n[脱敏机器人] 已替换为 ⟦~card_mask⟧，完成。",
    "en|handoff_summary: {\"customer\":\"⟦$name⟧\",\"verified\":true,\"open_orders\":[\"⟦~order⟧\",\"⟦~order⟧\"],\"notes\":\"wants callback tomorrow\"}",
    "en|Supervisor agent: the sub-agent leaked a key in its scratchpad: `⟦secret.aws_akid⟧` / `⟦secret.aws_secret⟧`. The one in the README (⟦~akid_ex⟧) is the documented example.",
    "nl|Medewerker (1e lijn) → 2e lijn: klant zegt dat iemand het uitbetalings-IBAN zonder toestemming heeft gewijzigd naar ⟦iban.sp.LU⟧; het oude eindigde op ⟦~last4⟧. Zaak ⟦~ticket⟧.",
    "de|[Agent 1 → Agent 2] Kundin bittet um Rückruf unter ⟦phone.nat⟧. Vertragsnummer zur Verifizierung: ⟦~policy⟧. Vorgang ⟦~ticket⟧ übernommen?",
    "es|[Agente A] El cliente pasó su tarjeta ⟦card.sp⟧ por chat.\n[Agente B] Vale, lo guardo. El BIC ⟦~bic⟧ no hace falta. Ticket ⟦~ticket⟧.",
    "fr|Agent bot → agent humain : l'utilisateur a partagé son mot de passe « ⟦secret.pw⟧ » par erreur. Je recommande une réinitialisation. Conversation ⟦~uuid⟧.",
)

fam("support_tickets_multilingual",
    "de|Betreff: Abbuchung doppelt\nHallo, mir wurde zweimal abgebucht, Karte ⟦~card_mask⟧. Bitte zurück auf mein Konto ⟦iban.sp.DE⟧. Bestellung ⟦~order⟧.",
    "fr|Objet : problème de connexion\nBonjour, je n'arrive plus à me connecter avec ⟦email.plain⟧. J'ai essayé le mot de passe ⟦secret.pw⟧ et ça ne marche pas.",
    "es|Asunto: cambio de titular\nBuenas, quiero cambiar el teléfono de la cuenta a ⟦phone.intl⟧. Mi número de cliente es ⟦~member⟧.",
    "it|Oggetto: fattura errata\nSalve, nella fattura ⟦~invoice⟧ risulta un IBAN sbagliato. Il mio è corretto nel profilo. Grazie, ⟦$name⟧",
    "pt|Assunto: não recebi o pedido\nOlá, o pedido ⟦~order⟧ não chegou. Rastreio ⟦~ups⟧. Meu WhatsApp é ⟦phone.nat⟧.",
    "pl|Temat: reklamacja\nDzień dobry, proszę o zwrot na kartę, z której płaciłam (⟦~card_mask⟧). Zamówienie ⟦~order⟧.",
    "ru|Тема: Не приходит код\nЗдравствуйте! Не приходит SMS на номер ⟦phone.intl⟧. Заявка ⟦~ticket⟧.",
    "tr|Konu: Hesabım kilitlendi\nMerhaba, ⟦email.plain⟧ hesabım kilitlendi. Talep no ⟦~ticket⟧.",
    "ja|件名：請求について\nお世話になっております。クレジットカード（⟦card.fw⟧）で二重に請求されています。注文番号 ⟦~order⟧。",
    "zh|标题：退款问题\n您好，我的订单 ⟦~order⟧ 申请退款，请退到银行卡 ⟦card.sp.cup⟧。",
    "ko|제목: 비밀번호 분실\n안녕하세요, 아이디 minjun88 비밀번호를 잊어버렸어요. 예전 비밀번호는 ⟦secret.pw⟧ 였던 것 같아요.",
    "ar|الموضوع: استرداد مبلغ\nمرحباً، أرجو إعادة المبلغ إلى الحساب ⟦iban.sp.SA⟧. رقم الطلب ⟦~order⟧.",
    "he|נושא: שינוי פרטים\nשלום, אבקש לעדכן את המייל ל-⟦email.plain⟧. מספר לקוח ⟦~member⟧.",
)

fam("email_headers_threads",
    "en|Return-Path: <⟦email.plain⟧>\nReceived: from mail-yw1-f170.google.com (mail-yw1-f170.google.com [⟦ip.v4⟧])\n\tby mx.kestrel-analytics.io with ESMTPS id ⟦~gitsha⟧\nDKIM-Signature: ⟦~dkim⟧\nMessage-ID: <⟦~uuid⟧@mail.gmail.com>",
    "en|From: \"Liam Bennett\" <⟦email.plain⟧>\nTo: ⟦~email_ex⟧\nCc: ⟦~email_noreply⟧\nDate: Tue, 12 Mar 2024 09:41:12 +0000\nSubject: Re: contract\n\nOn Mon, 11 Mar 2024, Liam Bennett wrote:\n> see attached",
    "en|X-Originating-IP: [⟦~ipdoc⟧]\nX-Forwarded-For: ⟦~ipdoc⟧\nAuthentication-Results: spf=pass smtp.mailfrom=⟦~email_noreply⟧; dkim=pass header.d=brightpath.health",
    "en|Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\nPlease call me on my mobile ⟦phone.qp.uk⟧ after 5pm. Ref: ⟦~ticket⟧=\n",
    "es|-----Mensaje original-----\nDe: Grace Porter\nEnviado: viernes, 8 de marzo de 2024 16:12\nAsunto: transferencia\n\nHola, actualizamos los datos bancarios: IBAN ⟦iban.lower.CH⟧, BIC ⟦~bic⟧. Confirmen por teléfono antes de pagar, hemos tenido intentos de fraude.",
    "en|Reply-To: ⟦~email_noreply⟧\nList-Unsubscribe: <mailto:⟦!email=unsubscribe@list.harborlinefreight.com⟧?subject=⟦~md5⟧>\nX-Mailer: Microsoft Outlook 16.0\nX-MS-Exchange-Organization-Network-Message-Id: ⟦~uuid⟧",
    "en|Received: from [⟦ip.v6⟧] (port=51424 helo=laptop)\n\tby smtp.fastmail.fm with esmtpsa (TLS1.3) id 1rJx2Q-0004aB-0R\n\tfor ⟦email.plain⟧; Wed, 10 Apr 2024 08:12:33 +0200",
    "de|Von: ⟦email.plain⟧\nGesendet: Montag, 4. März 2024 10:15\nAn: Buchhaltung\nBetreff: AW: Rechnung ⟦~invoice⟧\n\nHallo, bitte an meine neue Nummer ⟦phone.nat⟧ schicken.",
    "fr|De : ⟦email.plain⟧\nEnvoyé : jeudi 7 mars 2024 14:02\nÀ : Service client\nObjet : TR: facture ⟦~invoice⟧\n\nBonjour, voici mon RIB en pièce jointe (⟦~invoice⟧.pdf).",
    "en|ARC-Authentication-Results: i=1; mx.google.com; dkim=pass header.i=@brightpath.health header.s=s1 header.b=⟦=Kx9Qz2+L⟧; spf=pass (google.com: domain of ⟦!email=bounces+2204418@em.brightpath.health⟧ designates ⟦ip.v4⟧ as permitted sender)",
)

# ---- f08.py
fam("env_and_config_files",
    "en|# .env.production\nDATABASE_URL=postgres://orders_app:⟦secret.pw⟧@orders-db.internal:5432/orders\nREDIS_URL=redis://cache.internal:6379/0\nSTRIPE_SECRET_KEY=⟦secret.stripe_sk⟧\nSTRIPE_PUBLISHABLE_KEY=⟦~pk_pub⟧\nAPP_VERSION=⟦~version⟧\nSHOPIFY_ADMIN_TOKEN=⟦secret.shopify⟧",
    "en|OPENAI_API_KEY=⟦secret.openai⟧\nANTHROPIC_API_KEY=⟦~envref⟧\nSENTRY_RELEASE=⟦~gitsha⟧\nLOG_LEVEL=debug\nLINEAR_API_KEY=⟦secret.linear⟧",
    "en|# config/settings.yaml\nsmtp:\n  host: smtp.sendgrid.net\n  port: 587\n  username: apikey\n  password: ⟦secret.sendgrid⟧\nrelay_netmask: ⟦~netmask⟧",
    "en|[default]\naws_access_key_id = ⟦secret.aws_akid⟧\naws_secret_access_key = ⟦secret.aws_secret⟧\nregion = eu-west-1\n\n[docs-example]\naws_access_key_id = ⟦~akid_ex⟧\naws_secret_access_key = ⟦~secret_ex⟧",
    "en|<connectionStrings>\n  <add name=\"Main\" connectionString=\"Server=tcp:sql-prod.database.windows.net,1433;Database=crm;User ID=crm_admin;Password=⟦secret.pw⟧;Encrypt=True;\" />\n  <add name=\"Blob\" connectionString=\"DefaultEndpointsProtocol=https;AccountName=crmfiles;AccountKey=⟦secret.azure_key⟧;EndpointSuffix=core.windows.net\" />\n</connectionStrings>",
    "en|# ~/.npmrc\n//registry.npmjs.org/:_authToken=⟦secret.npm⟧\n@kestrel:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=⟦~envref⟧",
    "en|# ~/.pypirc\n[pypi]\nusername = __token__\npassword = ⟦secret.pypi⟧",
    "en|# docker-compose.override.yml\nservices:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ⟦secret.pw⟧\n      POSTGRES_USER: app\n  web:\n    image: ghcr.io/kestrel/web@⟦~digest⟧\n    ports: [\"8080:8080\"]",
    "en|[mysqld]\nbind-address = 0.0.0.0\nserver-id = 3\n[client]\nuser = backup\npassword = \"⟦secret.pw⟧\"",
    "en|# ~/.ssh/config\nHost bastion\n  HostName ⟦ip.v4⟧\n  User ec2-user\n  IdentityFile ~/.ssh/prod.pem\nHost *.internal\n  ProxyJump bastion",
    "de|# Konfiguration Warenwirtschaft\n[datenbank]\nhost=db01.intern\nbenutzer=ww_admin\npasswort=⟦secret.pw⟧\n[lizenz]\nschluessel=⟦~UUID⟧",
    "en|terraform.tfvars:\ndatadog_api_key = \"⟦secret.datadog⟧\"\ndatadog_app_key = \"⟦secret.datadog⟧\"\nartifact_checksum = \"⟦~md5⟧\"\nowner_account = \"⟦~awsacct⟧\"\nmailgun_api_key = \"⟦secret.mailgun⟧\"",
)

fam("ci_logs_leaks",
    "en|Run actions/checkout@v4\n##[debug]Evaluating: secrets.DEPLOY_TOKEN\n##[debug]Result: '***'\n+ curl -H \"Authorization: token ⟦secret.gh_pat⟧\" https://api.github.com/repos/kestrel/infra/dispatches\n  % Total    % Received",
    "en|Step 5/12 : RUN pip install --index-url https://deploy:⟦secret.pw⟧@pypi.internal.kestrel.io/simple -r requirements.txt\n ---> Running in ⟦~gitsha⟧⟦=a1b2c⟧\nSuccessfully built ⟦~gitsha⟧",
    "en|[Pipeline] sh\n+ docker login -u ci-bot -p ⟦secret.pw⟧ registry.kestrel.io\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded",
    "en|$ npm publish\nnpm notice 📦  @kestrel/ui@⟦~version⟧\nnpm notice integrity: ⟦~integrity⟧\nnpm notice shasum: ⟦~sha1⟧\n+ @kestrel/ui@⟦~version⟧",
    "en|gitlab-runner: Running with gitlab-runner 16.9.1 (⟦~gitsha⟧)\nFetching changes with git depth set to 20...\nCloning into 'repo' from https://gitlab-ci-token:⟦secret.gl_pat⟧@gitlab.kestrel.io/platform/repo.git",
    "en|Error: Slack notification failed: POST ⟦secret.slack_hook⟧ returned 404 no_service\n    at notify (/home/runner/work/_actions/notify/index.js:88:11)",
    "en|=== RUN   TestStripeWebhook\n    webhook_test.go:41: using signing secret ⟦secret.stripe_whsec⟧\n--- PASS: TestStripeWebhook (0.02s)\nok  \tgithub.com/kestrel/billing\t0.412s",
    "en|CircleCI env dump (debug):\nCIRCLE_SHA1=⟦~sha1⟧\nCIRCLE_BUILD_NUM=⟦=8841⟧\nHF_TOKEN=⟦secret.hf⟧\nCIRCLE_PR_NUMBER=⟦=312⟧\nDOPPLER_TOKEN=⟦secret.doppler⟧",
    "en|Terraform plan output:\n  # aws_iam_access_key.ci will be created\n  + resource \"aws_iam_access_key\" \"ci\" {\n      + id     = (known after apply)\n      + secret = (sensitive value)\n      + user   = \"ci-deploy\"\n    }\n  role: ⟦~arn⟧",
    "en|Jenkins console: [ssh-agent] Using credentials deploy (prod key)\n$ ssh-add /var/lib/jenkins/tmp/key.pem\nIdentity added (⟦~sha256⟧)\nconnecting to ⟦ip.v4⟧:22 ...",
    "en|##[group]Run docker/login-action@v3\nwith:\n  registry: ghcr.io\n  username: kestrel-bot\n  password: ⟦secret.gh_app⟧\n##[endgroup]",
)

fam("shell_history",
    "en|  501  ssh -i ~/.ssh/id_ed25519 deploy@⟦ip.v4⟧\n  502  export PGPASSWORD='⟦secret.pw⟧'\n  503  psql -h orders-db -U postgres orders\n  504  history | grep ssh",
    "en|$ curl -u admin:⟦secret.pw⟧ http://⟦ip.priv⟧:9200/_cat/indices?v\n$ curl -s https://api.kestrel-analytics.io/health | jq .version\n\"⟦~version⟧\"",
    "en|$ mysql -u root -p⟦secret.pw⟧ -h db.internal shop -e \"select email from customers where id=⟦=4412⟧\"\n+---------------------------+\n| email                     |\n+---------------------------+\n| ⟦email.plain⟧ |\n+---------------------------+",
    "en|$ git remote -v\norigin\thttps://oauth2:⟦secret.gl_pat⟧@gitlab.kestrel.io/platform/infra.git (fetch)\n$ git log -1 --format=%H\n⟦~sha1⟧",
    "en|$ export SLACK_BOT_TOKEN=⟦secret.slack_bot⟧\n$ export ATLASSIAN_API_TOKEN=⟦secret.atlassian⟧\n$ python notify.py --channel ⟦~slackid⟧ --message \"deploy ⟦~version⟧ done\"",
    "en|PS C:\\Users\\ruby> $cred = New-Object PSCredential('corp\\svc_sql', (ConvertTo-SecureString '⟦secret.pw⟧' -AsPlainText -Force))\nPS C:\\Users\\ruby> Invoke-Command -ComputerName ⟦ip.priv⟧ -Credential $cred",
    "en|$ echo '⟦secret.pw_b64⟧' | base64 -d\n$ kubectl get secret db-creds -o jsonpath='{.data.password}'\n$ kubectl get pods -n prod -o wide | grep ⟦ip.priv⟧",
    "en|$ gpg --recv-keys ⟦~sha1⟧\n$ age -r ⟦~agepub⟧ -o backup.tar.age backup.tar\n$ cat ~/.config/age/keys.txt\n# created: 2024-03-02T10:11:12Z\n# public key: ⟦~agepub⟧\n⟦secret.age⟧",
    "en|$ redis-cli -h cache.internal -a '⟦secret.pw⟧' --no-auth-warning INFO keyspace\ndb0:keys=⟦=18442⟧,expires=312,avg_ttl=0",
    "en|$ ping -c 3 ⟦~resolver⟧\n$ dig +short api.kestrel-analytics.io\n⟦ip.v4⟧\n$ traceroute ⟦~ipdoc⟧",
    "en|$ sqlcmd -S sql-prod-01 -U sa -P \"⟦secret.pw⟧\" -Q \"SELECT @@VERSION\"\nMicrosoft SQL Server 2019 (RTM-CU22) - ⟦~version4⟧ (X64)",
)

# ---- f09.py
fam("sql_dumps_queries",
    "en|INSERT INTO customers (id, email, phone, dob, created_at) VALUES\n(⟦=10442⟧, '⟦email.plain⟧', '⟦phone.e164⟧', '⟦dob.iso⟧', '⟦~ts⟧'),\n(⟦=10443⟧, '⟦~email_ex⟧', '⟦~phone555⟧', NULL, '⟦~ts⟧');",
    "en|UPDATE users SET password_hash = '$2b$12$⟦=Qm9sZGx5R29pbmdXaGVyZU5vT25lSGFzR29uZUJl⟧', reset_token = NULL WHERE id = '⟦~uuid⟧';",
    "en|-- PostgreSQL database dump\nCOPY public.payouts (id, account_holder, iban, bic, amount) FROM stdin;\n⟦=88⟧\t⟦$name⟧\t⟦iban.plain.DE⟧\t⟦~bic⟧\t⟦~amount⟧\n⟦=89⟧\t⟦$name⟧\t⟦~iban_bad|NL⟧\t⟦~bic⟧\t⟦~amount⟧\n\\.",
    "en|SELECT * FROM employees WHERE ssn = '⟦ssn.dash⟧' OR tax_id = '⟦~ein⟧';\n-- returned 1 row in 4 ms",
    "en|mysql> SELECT id, card_number, exp FROM payments_legacy LIMIT 3;\n+----+------------------+-------+\n| 1  | ⟦card.plain⟧ | 08/26 |\n| 2  | ⟦~card_test⟧ | 12/30 |\n| 3  | ⟦card.plain⟧ | 03/27 |\n+----+------------------+-------+",
    "en|CREATE USER reporting WITH PASSWORD '⟦secret.pw⟧';\nGRANT SELECT ON ALL TABLES IN SCHEMA analytics TO reporting;\n-- schema version ⟦~version⟧",
    "en|db.users.find({ phone: \"⟦phone.e164⟧\" })\n{ \"_id\" : ObjectId(\"⟦~objid⟧\"), \"dob\" : ISODate(\"⟦dob.iso⟧T00:00:00Z\"), \"v\" : 3 }",
    "en|INSERT INTO hr.uk_staff VALUES ('⟦$name⟧', '⟦nino.plain⟧', '⟦~date|iso⟧', 'E⟦=40921⟧');\nINSERT INTO hr.uk_staff VALUES ('Test User', '⟦~nino_sample⟧', '1970-01-01', 'E00000');",
    "de|-- Export Kundenstamm\nINSERT INTO kunden (name, email, telefon, iban) VALUES ('⟦$name⟧', '⟦email.plain⟧', NULL, '⟦~iban_mask|DE⟧');",
    "en|SELECT email FROM subscribers WHERE email LIKE '%@example.com'; -- 0 rows\nSELECT email FROM subscribers WHERE created_at > '⟦~date|iso⟧'; -- 1 row",
)

fam("code_literals",
    "en|import stripe\n\nstripe.api_key = \"⟦secret.stripe_rk⟧\"  # TODO move to env\n\ndef refund(charge_id: str = \"⟦~stripeobj⟧\"):\n    return stripe.Refund.create(charge=charge_id)",
    "en|const client = new Twilio(\n  \"⟦~twsid⟧\",   // account SID\n  \"⟦secret.twilio⟧\"  // auth token\n);\nawait client.messages.create({ to: \"⟦phone.e164⟧\", from: \"⟦~phone555⟧\", body: \"hi\" });",
    "en|@Test\nvoid rejectsInvalidIban() {\n    assertFalse(IbanValidator.isValid(\"⟦~iban_bad|DE⟧\"));\n    assertTrue(IbanValidator.isValid(\"⟦iban.plain.DE⟧\"));\n    assertTrue(IbanValidator.isValid(\"⟦~iban_sample⟧\"));\n}",
    "en|# conftest.py\nTEST_CARD = \"⟦~card_test⟧\"   # Stripe test card\nREAL_CARD_FROM_PROD_DUMP = \"⟦card.plain⟧\"  # FIXME remove!!\nEXPIRED = \"⟦~card_bad⟧\"",
    "en|private static final String JWT_SECRET = \"⟦secret.pw⟧\";\nprivate static final String SAMPLE_TOKEN = \"⟦~jwt_demo⟧\"; // from jwt.io",
    "en|headers = {\n    \"Authorization\": \"Bearer ⟦secret.jwt⟧\",\n    \"X-Request-Id\": \"⟦~uuid⟧\",\n    \"X-Square-Token\": \"⟦secret.square⟧\",\n    \"User-Agent\": \"kestrel-sdk/⟦~version⟧\",\n}",
    "en|let slack = SlackClient::new(\"⟦secret.slack_bot⟧\");\nslack.post(\"⟦~slackid⟧\", &format!(\"build {} ok\", \"⟦~gitsha⟧\")).await?;",
    "en|$mail->Username = '⟦email.plain⟧';\n$mail->Password = '⟦secret.pw⟧';\n$mail->Host = 'smtp.office365.com';\n$mail->Port = 587;",
    "en|SERVICE_ACCOUNT = {\n  \"type\": \"service_account\",\n  \"project_id\": \"kestrel-prod\",\n  \"private_key_id\": \"⟦~sha1⟧\",\n  \"private_key\": \"⟦secret.pem_json⟧\\n\",\n  \"client_email\": \"⟦!email=etl@kestrel-prod.iam.gserviceaccount.com⟧\",\n  \"client_id\": \"⟦=104882731920384756102⟧\"\n}",
    "en|// i18n fixtures\nexport const users = [\n  { name: 'テスト', email: '⟦~email_ex⟧', tel: '⟦~phone555⟧' },\n  { name: 'Sakura', email: '⟦email.plain.ja⟧', tel: '⟦phone.intl.jp⟧' },\n];",
    "en|bot = telebot.TeleBot(\"⟦secret.telegram⟧\")\n@bot.message_handler(commands=['start'])\ndef start(m): bot.reply_to(m, \"v⟦~version⟧\")",
)

fam("k8s_terraform_manifests",
    "en|apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\ntype: Opaque\ndata:\n  username: YXBw\n  password: ⟦secret.pw_b64⟧\n  checksum: ⟦~sha256⟧",
    "en|apiVersion: v1\nkind: Secret\nmetadata:\n  name: registry\nstringData:\n  .dockerconfigjson: '{\"auths\":{\"ghcr.io\":{\"auth\":\"⟦secret.basic⟧\"}}}'",
    "en|resource \"aws_db_instance\" \"main\" {\n  identifier = \"orders\"\n  username   = \"admin\"\n  password   = \"⟦secret.pw⟧\"\n  # kms_key_id = \"⟦~arn⟧\"\n}",
    "en|env:\n  - name: SENDGRID_API_KEY\n    valueFrom:\n      secretKeyRef: {name: sendgrid, key: api-key}\n  - name: MAPS_KEY\n    value: \"⟦secret.google⟧\"\n  - name: POD_IP\n    valueFrom: {fieldRef: {fieldPath: status.podIP}}",
    "en|spec:\n  loadBalancerIP: ⟦ip.v4⟧\n  loadBalancerSourceRanges:\n    - ⟦~ipdoc⟧/32\n  clusterIP: None\n  ports: [{port: 443, targetPort: 8443}]",
    "en|provider \"datadog\" {\n  api_key = var.datadog_api_key\n  app_key = \"⟦secret.datadog⟧\"\n}\n# image digest ⟦~digest⟧",
    "en|helm upgrade --install web ./chart \\\n  --set image.tag=⟦~version⟧ \\\n  --set secrets.sessionKey=⟦secret.bearer⟧ \\\n  --set ingress.host=app.kestrel-analytics.io",
    "en|vault kv get secret/prod/payments\n====== Data ======\nKey          Value\n---          -----\nstripe_key   ⟦secret.stripe_sk⟧\nwebhook      ⟦secret.stripe_whsec⟧\nversion      ⟦=7⟧\nroot_token   ⟦secret.vault⟧",
    "en|apiVersion: cert-manager.io/v1\nkind: Certificate\nspec:\n  secretName: web-tls\n  dnsNames: [app.kestrel-analytics.io]\n---\ntls.crt: |\n  ⟦~certpem⟧",
    "en|ansible-vault view group_vars/prod.yml\nmysql_root_password: ⟦secret.pw⟧\nntp_servers: [⟦~resolver⟧]",
)

# ---- f10.py
fam("payment_logs_gateway",
    "en|2024-03-12T10:41:07.118Z INFO  payment.authorize request_id=⟦~reqid⟧ amount=⟦~amount⟧ currency=EUR pan=⟦card.plain⟧ exp=⟦=0927⟧ result=APPROVED auth_code=⟦=A1B2C3⟧",
    "en|WARN  tokenizer fallback: vault unreachable, logging masked PAN ⟦~card_mask⟧ (raw PAN also logged by legacy module: ⟦card.plain⟧) (bin ⟦=453201⟧) txn ⟦~uuid⟧",
    "pt|{\"nivel\":\"erro\",\"msg\":\"cartão recusado\",\"cartao\":{\"numero\":\"⟦card.sp⟧\",\"bandeira\":\"amex\"},\"codigo\":\"saldo_insuficiente\",\"cobranca\":\"⟦~stripeobj⟧\"}",
    "en|ISO8583 MTI=0100 DE2=⟦card.plain⟧ DE3=000000 DE4=⟦=000000012500⟧ DE7=⟦=0312104107⟧ DE11=⟦=004412⟧ DE37=⟦=407210004412⟧ DE41=TERM0042",
    "en|[adyen] notification: pspReference=⟦=8815873621420871⟧ merchantReference=⟦~order⟧ eventCode=AUTHORISATION success=true cardSummary=⟦~last4⟧ shopperIP=⟦ip.v4⟧",
    "en|DEBUG checkout payload: {\"cardNumber\":\"⟦card.nbsp⟧\",\"backupCard\":\"⟦card.dash⟧\",\"cvc\":\"***\",\"holder\":\"NOAH CARTER\",\"giftCard\":\"⟦~gift⟧\"}",
    "el|Εργασία επιστροφών 03:00 UTC: 14 επιστροφές ολοκληρώθηκαν, 1 απέτυχε (IBAN ⟦~iban_bad|NL⟧ απορρίφθηκε: checksum). Νέα προσπάθεια μόλις ο πελάτης επιβεβαιώσει το σωστό IBAN.",
    "en|payout.created {\"id\":\"⟦~stripeobj⟧\",\"destination\":{\"iban_last4\":\"⟦~last4⟧\",\"country\":\"DE\"},\"arrival_date\":⟦~epoch⟧}",
    "en|Sandbox run — test cards only: ⟦~card_test⟧ (success), ⟦~card_test⟧ (success), ⟦~card_bad⟧ (invalid number). No real data in this log.",
    "en|PayPal IPN: payer_email=⟦email.pct⟧&payer_id=⟦=LPLWNMTBWMFAY⟧&txn_id=⟦=61E67681CH3238416⟧&mc_gross=⟦~amount⟧&receiver_email=⟦~email_noreply⟧",
    "ja|決済ログ: カード番号=⟦card.plain.jcb⟧ 有効期限=⟦=08/27⟧ 金額=⟦=12800⟧円 取引ID=⟦~uuid⟧",
)

fam("bank_transfer_instructions",
    "en|Please remit payment to:\nBeneficiary: Harborline Freight Ltd\nIBAN: ⟦iban.sp.GB⟧\nBIC/SWIFT: ⟦~bic⟧\nReference: ⟦~invoice⟧\nNote: our old account ⟦~iban_bad|GB⟧ is closed.",
    "de|Bitte überweisen Sie den Betrag bis zum ⟦~date|de⟧ auf folgendes Konto:\nKontoinhaber: ⟦$name⟧\nIBAN: ⟦iban.dash.DE⟧\nBIC: ⟦~bic⟧\nVerwendungszweck: ⟦~invoice⟧",
    "fr|Coordonnées bancaires pour le virement :\nTitulaire : ⟦$name⟧\nIBAN : ⟦iban.sp.FR⟧\nBIC : ⟦~bic⟧\nMerci d'indiquer la référence ⟦~invoice⟧.",
    "nl|Graag het bedrag overmaken naar ⟦iban.sp.NL⟧ t.n.v. ⟦$name⟧ o.v.v. factuurnummer ⟦~invoice⟧. Let op: het voorbeeld-IBAN ⟦~iban_sample⟧ in de handleiding is niet ons nummer.",
    "es|Datos para la transferencia:\nIBAN: ⟦iban.plain.ES⟧\nConcepto: ⟦~invoice⟧\nImporte: ⟦~amount⟧ €",
    "it|Coordinate bancarie per il bonifico:\nIntestatario: ⟦$name⟧\nIBAN: ⟦~iban_sample⟧ (esempio del manuale, non usare)\nCausale: saldo fattura ⟦~invoice⟧",
    "pl|Dane do przelewu:\nOdbiorca: ⟦$name⟧\nNr rachunku: ⟦~iban_mask|PL⟧ (pełny numer w załączniku)\nTytuł: ⟦~invoice⟧\nKwota: ⟦~amount⟧ zł",
    "en|WhatsApp from \"landlord\": hi, new bank details for the rent from this month 👇\n⟦iban.wrap.IE⟧\nsorry for the short notice. Ref: flat ⟦=2B⟧",
    "tr|Havale bilgileri:\nAlıcı: ⟦$name⟧\nIBAN: ⟦iban.zw.TR⟧\nAçıklama: sipariş ⟦~order⟧",
    "ar|بيانات التحويل البنكي:\nاسم المستفيد: ⟦$name⟧\nالآيبان: ⟦~iban_bad|AE⟧ (رقم غير صحيح، يرجى التحقق)\nرقم الفاتورة: ⟦~invoice⟧",
    "he|פרטי העברה בנקאית:\nשם המוטב: ⟦$name⟧\nIBAN: ⟦~iban_bad|IL⟧ (נדחה – ספרת ביקורת)\nאסמכתא: ⟦~invoice⟧",
    "ro|Date pentru transfer:\nBeneficiar: Andrei Popescu\nIBAN: ⟦iban.sp.RO⟧\nDetalii plată: factura ⟦~invoice⟧",
)

fam("invoices_multilingual",
    "en|INVOICE ⟦~invoice⟧\nDate: ⟦~date|usl⟧\nBill to: ⟦$name⟧\nItem: Annual license × 1 — $⟦~amount⟧\nPay by card or wire (details on page 2)\nVAT ID: ⟦=CHE-123.456.789 MWST⟧",
    "de|RECHNUNG Nr. ⟦~invoice⟧\nRechnungsdatum: ⟦~date|de⟧\nLeistungszeitraum: März\nKunde: ⟦$name⟧\nUSt-IdNr.: ⟦=DE811907980⟧\nZahlbar innerhalb von 14 Tagen",
    "fr|FACTURE n° ⟦~invoice⟧\nDate d'émission : ⟦~date|frl⟧\nClient : ⟦$name⟧ – ⟦email.plain⟧\nSIRET : ⟦=732 829 320 00074⟧\nRèglement par virement : ⟦iban.nbsp.FR⟧",
    "es|FACTURA ⟦~invoice⟧\nFecha: ⟦~date|es⟧\nNIF emisor: ⟦=B12345678⟧\nCliente: ⟦$name⟧\nForma de pago: domiciliación",
    "it|FATTURA N. ⟦~invoice⟧ del ⟦~date|it⟧\nP.IVA ⟦=01234567890⟧\nCliente: ⟦$name⟧\nPagamento: bonifico entro 30 gg, codice ⟦~ean⟧",
    "pt|NOTA FISCAL ⟦~invoice⟧\nData: ⟦~date|pt⟧\nCliente: ⟦$name⟧ – ⟦phone.nat⟧\nValor: R$ ⟦~amount⟧",
    "ja|請求書 No.⟦~invoice⟧\n発行日：⟦~date|ja⟧\n⟦$name⟧ 様\nご請求金額：⟦=¥128,000⟧\nお問い合わせ：⟦email.plain⟧",
    "zh|发票号码：⟦~invoice⟧\n开票日期：⟦~date|zh⟧\n购买方：⟦$name⟧\n金额：⟦~amount⟧ 元",
    "sv|FAKTURA ⟦~invoice⟧\nFakturadatum: ⟦~date|sv⟧\nKund: ⟦$name⟧\nBetala till bankgiro ⟦=5050-1055⟧\nOCR-nummer: ⟦=4471092283⟧",
    "nl|FACTUUR ⟦~invoice⟧\nFactuurdatum: ⟦~date|nl⟧\nKvK ⟦=34123456⟧ | btw ⟦=NL001234567B01⟧\nTe betalen via iDEAL",
    "en|Receipt — Kestrel Analytics\nCharged to Visa ⟦~card_mask⟧ on ⟦~date|usl⟧\nAmount: $⟦~amount⟧\nQuestions? ⟦!email=billing@kestrel-analytics.io⟧\nReceipt # ⟦~order⟧",
)

# ---- f11.py
fam("contracts_legal",
    "en|EMPLOYMENT AGREEMENT\nThis Agreement is made on ⟦~date|usl⟧ between Kestrel Analytics Inc. (EIN ⟦~ein⟧) and ⟦$name⟧ (SSN ⟦ssn.dash⟧, date of birth ⟦dob.usl⟧), hereinafter \"Employee\".",
    "en|TENANCY AGREEMENT — Schedule 1\nTenant: ⟦$name⟧\nNational Insurance No.: ⟦nino.sp⟧\nDeposit protected under scheme ref ⟦~order|DPS-⟧ on ⟦~date|gb⟧",
    "fr|CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE\nEntre la société Fontaine SAS et M. ⟦$name⟧, demeurant à Lyon, joignable au ⟦phone.nat⟧.\nArticle 1 – Date d'effet : ⟦~date|frl⟧.",
    "de|ARBEITSVERTRAG\nzwischen der Brandt GmbH und Herrn ⟦$name⟧, geboren am ⟦dob.del⟧, wohnhaft in Kiel.\n§ 3 Vergütung: Die Zahlung erfolgt monatlich.\n§ 7 Beginn: ⟦~date|del⟧",
    "es|CONTRATO DE ARRENDAMIENTO\nDe una parte, D.ª ⟦$name⟧, con teléfono ⟦phone.nat⟧.\nFecha de firma: ⟦~date|esl⟧.",
    "en|NON-DISCLOSURE AGREEMENT dated ⟦~date|usl⟧. Notices to Recipient shall be sent to ⟦email.plain⟧. Company's anniversary (founded ⟦~date|usl⟧) is not a Confidential Information date.",
    "it|CONTRATTO DI LOCAZIONE\nIl conduttore ⟦$name⟧, residente a Napoli, si impegna a versare il canone mensile. Registrato il ⟦~date|itl⟧.",
    "en|POWER OF ATTORNEY\nI, ⟦$name⟧, born ⟦dob.usl⟧, SSN ⟦ssn.sp⟧, appoint my son as attorney-in-fact. Notarized ⟦~date|usl⟧, commission expires ⟦~date|usl⟧.",
    "pt|CONTRATO DE PRESTAÇÃO DE SERVIÇOS\nCONTRATANTE: ⟦$name⟧.\nVigência a partir de ⟦~date|ptl⟧.",
    "nl|HUUROVEREENKOMST\nHuurder: ⟦$name⟧\nBetaling maandelijks vóór de 1e\nIngangsdatum: ⟦~date|nll⟧",
    "en|Settlement agreement clause 4.2: Payment of £⟦~amount⟧ will be made to the Employee's account (sort code ⟦~sortcode⟧, account ⟦~acct⟧) within 14 days. Employee NI number ⟦nino.plain⟧.",
)

fam("ocr_scanned_documents",
    "en|[OCR page 1/2, confidence 0.71]\nS0CIAL SECURITY ADMINlSTRATION\nName: CARTER, N0AH\nSSN: ⟦ssn.ocr⟧\nDate 0f Birth: ⟦dob.us⟧\nlssued: ⟦~date|us⟧",
    "en|[scan_0042.pdf → text]\nCARDHOLDER: AVA FLETCHER\nCARD N0: ⟦card.ocr⟧\nVALID THRU ⟦=09/28⟧\nAuth code ⟦=0K7721⟧",
    "en|OCR: Bank statement — IBAN ⟦iban.ocr.GB⟧ — card ⟦card.ocr⟧  Sort code ⟦~sortcode⟧  Statement period ⟦~date|gb⟧ to ⟦~date|gb⟧  Page 1 of 3",
    "en|Scanned letter (Tesseract):\nDear Mr Hayes,\nYour Nati0nal Insurance number is ⟦nino.ocr⟧. Please quote it in all\ncorrespondence. Ref ⟦~payeref⟧",
    "fr|Résultat OCR ticket.jpg :\nTOTAL  ⟦~amount⟧ EUR\nCB ************⟦~last4⟧\nACCEPTÉ  AUTO ⟦=08812Z⟧\nTÉL ⟦~phone555⟧\nMERCI DE VOTRE VISITE",
    "de|[OCR Personalausweis Rückseite]\nGültig bis: ⟦~date|de⟧\n⟦=IDD<<T220001293<<<<<<<<<<<<<<<⟧\n⟦=6408125<2010315D<<<<<<<<<<<<<4⟧",
    "fr|[ROC] Relevé d'identité bancaire\nTitulaire : M. HUGO LEFEVRE\nIBAN : ⟦~iban_bad|FR⟧ (chiffre mal lu)\nBIC : ⟦~bic⟧",
    "en|OCR (handwritten form, low confidence):\nPhone: ⟦phone.ocr⟧\nEmail: ⟦email.sp⟧",
    "ja|[OCR] 健康保険証\n氏名 ⟦$name⟧\n生年月日 ⟦dob.jaw⟧\n記号 ⟦=1234⟧ 番号 ⟦=56⟧\n交付 ⟦~date|ja⟧",
    "es|[OCR DNI] FECHA DE NACIMIENTO ⟦dob.es⟧ VALIDEZ ⟦~date|es⟧ ⟦=IDESPBAA000589<<<<<<<<<<<<⟧",
    "en|MRZ from passport scan:\nP<USACARTER<<NOAH<JAMES<<<<<<<<<<<<<<<<<<<<\n⟦=5680923471USA8503147M3101154<<<<<<<<<<<<<<02⟧",
)

fam("redaction_half_wrong",
    "en|Customer: ⟦$name⟧\nEmail: [REDACTED]\nPhone: [REDACTED]\nNotes: customer asked to be emailed at ⟦email.plain⟧ instead (redaction only covered the form fields)",
    "ja|カード：████ ████ ████ ⟦~last4⟧\n予備カード（担当者がコメント欄に貼り付け）：⟦card.sp⟧",
    "en|SSN: ***-**-⟦~last4⟧ (masked in UI)\nAudit log entry: field ssn updated from ⟦ssn.dash⟧ to ⟦~ssn_mask⟧",
    "en|{\"email\":\"⟦=j***@gmail.com⟧\",\"email_raw\":\"⟦email.plain⟧\",\"phone\":\"+1 ***-***-⟦=4471⟧\",\"phone_raw\":\"⟦phone.e164⟧\"}",
    "en|Redacted export v2: password=\"********\" token=\"⟦~mask⟧\" refresh_token=\"⟦secret.oauth_refresh⟧\"  ← refresh token was not in the redaction list",
    "en|IBAN: DE** **** **** **** **⟦=34 56⟧ (display)\nIBAN (PDF text layer under the black box): ⟦iban.sp.DE⟧",
    "en|Court filing (public): Plaintiff's date of birth: XX/XX/XXXX. Exhibit B, page 4: \"...Plaintiff, born ⟦dob.usl⟧, resided at...\"",
    "it|Report DLP: 3 corrispondenze sostituite con <PII>. Testo rimasto: \"chiamami al <PII> o al <PII>, oppure all\'altro numero ⟦phone.zw.it⟧\"",
    "de|Log des Schwärzungsskripts: \'AKIA[A-Z0-9]{16}\' → \'AKIA****\' ersetzt. Unverändert geblieben: aws_secret_access_key=⟦secret.aws_secret⟧",
    "de|Geschwärzte Fassung: Name ███████, geb. ██.██.████, Tel. ⟦phone.nat⟧, E-Mail ⟦=███@███.de⟧",
    "en|NI number: ⟦=QQ ** ** ** C⟧ (sample shown on screen) — actual value from the hidden field: ⟦nino.sp⟧",
)

# ---- f12.py
fam("copy_paste_markup_damage",
    "en|<p>Contact: <a href=\"mailto:⟦email.plain⟧\">email us</a><br>Tel: <a href=\"tel:⟦phone.tel⟧\">call us</a></p>",
    "en|**Card:** `⟦card.sp⟧`  \n**Exp:** `⟦=11/27⟧`  \n_sent from the old wiki, please delete_",
    "ko|슬랙 메시지(복사본): > <mailto:⟦email.plain.ko⟧|⟦email.plain.ko⟧> 주문 ⟦~order⟧ 환불 확인 부탁드려요 :pray:",
    "fr|Adresse e-mail : &quot;⟦email.plain.fr⟧&quot; &lt;br&gt; mobile : &quot;⟦~phone555⟧&quot; (numéro de démo)",
    "en|'IBAN: ⟦iban.plain.BE⟧'\"  ← stray quotes from the spreadsheet export; BIC ⟦~bic⟧",
    "en|PDF copy-paste (line wrap kept): please send the contract to ⟦email.wrap⟧ by Friday; the tracking number ⟦~ups⟧ is for the hard copy.",
    "pl|Czat Teams (utracone formatowanie): [10:02] Piotr: hasło do wspólnej skrzynki to ⟦secret.pw⟧[10:03] Zofia: 👍[10:03] Piotr: wersja wtyczki ⟦~version⟧",
    "en|Excel cell: ⟦card.plain⟧ displayed as ⟦=4.53211E+15⟧ — the raw value above is what got exported to CSV.",
    "de|Aus dem PDF kopiert: Kreditkarte ⟦card.wrap⟧ (Zeilenumbruch im Original). Rechnungsnr. ⟦~invoice⟧",
    "it|Frammento RTF: {\\rtf1\\ansi Tel: ⟦phone.intl.it⟧\\par Nota: ordine ⟦~order⟧\\par}",
)

fam("medical_records",
    "en|PATIENT: ⟦$name⟧\nDOB: ⟦dob.us⟧\nMRN: ⟦~mrn⟧\nAdmission date: ⟦~date|us⟧\nAttending: Dr. Hayes (NPI ⟦~npi⟧)\nDx: Type 2 diabetes mellitus (E11.9)",
    "en|HL7 ADT^A01\nMSH|^~\\&|EPIC|NWH|||⟦=20240312104107⟧||ADT^A01|⟦=MSG00042⟧|P|2.5.1\nPID|1||⟦~mrn⟧^^^NWH^MR||CARTER^NOAH^J||⟦dob.compact⟧|M|||12 ELM ST^^AUSTIN^TX^78701||⟦phone.digits⟧|||||⟦ssn.dash⟧",
    "tr|Laboratuvar sonucu: HbA1c %7,2 (referans 4,0–5,6). Numune alınma ⟦~date|tr⟧ 08:14. Numune no ⟦~order|ACC-⟧.",
    "en|FHIR Patient resource:\n{\"resourceType\":\"Patient\",\"id\":\"⟦~uuid⟧\",\"birthDate\":\"⟦dob.iso⟧\",\"telecom\":[{\"system\":\"email\",\"value\":\"⟦email.plain⟧\"}],\"meta\":{\"versionId\":\"⟦=3⟧\"}}",
    "en|Nursing note 02:15 — pt ambulated, denies pain. Vaccination record: Tdap given ⟦~date|us⟧, lot ⟦=AC52B044AA⟧. Pt's birthday party on the ward was ⟦~date|usl⟧ (staff note).",
    "en|Prescription: Metformin 500 mg BID #60\nPatient: ⟦$name⟧\nPrescriber DEA ⟦=BH1234563⟧\nRefills: 2",
    "en|Referral letter: Dear colleague, I am referring Mrs Gallagher (date of birth ⟦dob.gbl⟧, NHS number ⟦~nhs⟧) for cardiology review. She can be reached on ⟦phone.intl.uk⟧.",
    "de|Telemedizin-Chat:\nBot: Wie lautet Ihr Geburtsdatum?\nNutzerin: ⟦dob.del⟧\nBot: Unter welcher Nummer sind Sie erreichbar?\nNutzerin: ⟦phone.nat.de⟧",
    "en|Radiology DICOM header: (0010,0010) PatientName=HUGHES^OLIVIA (0010,0040) PatientSex=F (0008,0020) StudyDate=⟦=20240311⟧ (0020,000D) StudyInstanceUID=⟦~oid⟧.⟦=20240311.1⟧",
    "es|Verificación del seguro: afiliado ⟦~member⟧, vigencia desde ⟦~date|es⟧.",
)

fam("medical_records_intl",
    "ja|診療記録\n患者氏名：⟦$name⟧\n生年月日：⟦dob.ja⟧\n診察日：⟦~date|ja⟧\n診断：急性上気道炎",
    "zh|病历\n姓名：⟦$name⟧\n年龄：38岁\n就诊日期：⟦~date|zh⟧\n诊断：高血压",
    "ko|진료기록\n환자명: ⟦$name⟧\n나이: 만 47세\n내원일: ⟦~date|ko⟧\n진단명: 위염",
    "ar|السجل الطبي\nاسم المريض: ⟦$name⟧\nتاريخ الدخول: ⟦~date|ar⟧",
    "he|רשומה רפואית\nשם המטופל: ⟦$name⟧\nתאריך לידה: ⟦dob.he⟧\nתאריך קבלה: ⟦~date|he⟧",
    "de|Arztbrief\nPatientin: ⟦$name⟧, geb. ⟦dob.de⟧\nAufnahme: ⟦~date|de⟧, Entlassung: ⟦~date|de⟧\nDiagnose: Pneumonie (J18.9)",
    "fr|Compte rendu de consultation\nPatient : ⟦$name⟧, né le ⟦dob.fr⟧\nDate de consultation : ⟦~date|fr⟧\nN° de sécurité sociale sur la carte Vitale (non recopié)",
    "es|Informe de alta\nPaciente: ⟦$name⟧\nFecha de ingreso: ⟦~date|es⟧",
    "hi|रोगी का विवरण\nनाम: ⟦$name⟧\nभर्ती तिथि: ⟦~date|hi⟧",
    "th|เวชระเบียน\nชื่อผู้ป่วย: ⟦$name⟧\nอายุ: 52 ปี\nวันที่เข้ารับการรักษา: ⟦~date|th⟧\nโทร: ⟦phone.nat⟧",
    "ru|Выписка из медицинской карты\nПациент: ⟦$name⟧\nДата поступления: ⟦~date|ru⟧",
    "vi|Hồ sơ bệnh án\nBệnh nhân: ⟦$name⟧\nNgày nhập viện: ⟦~date|vi⟧",
)

# ---- f13.py
fam("hr_records_payroll",
    "en|employee_id,name,ni_number,dob,tax_code,start_date\n⟦~emp⟧,⟦$name⟧,⟦nino.plain⟧,⟦dob.iso⟧,1257L,⟦~date|iso⟧\n⟦~emp⟧,⟦$name⟧,⟦nino.plain⟧,,BR,⟦~date|iso⟧",
    "en|PAYSLIP — March\nEmployee: ⟦$name⟧   Employee No: ⟦~emp⟧\nNI Number: ⟦nino.sp⟧   NI Category: A\nTax Code: 1257L   Employer PAYE Ref: ⟦~payeref⟧\nNet pay to account ending ⟦~last4⟧",
    "en|W-4 summary\nEmployee: ⟦$name⟧\nSSN: ⟦ssn.dash⟧\nFiling status: Married filing jointly\nEmployer EIN: ⟦~ein⟧\nFirst date of employment: ⟦~date|us⟧",
    "fr|Journal SIRH :\n- ⟦~ts⟧ modification email_perso : ⟦~email_ex⟧ → ⟦email.plain.fr⟧",
    "en|Direct deposit form\nEmployee name: ⟦$name⟧\nBank routing number (ABA): ⟦~aba⟧\nAccount number: ⟦~acct⟧\nSSN: ⟦ssn.sp⟧\nSignature date: ⟦~date|us⟧",
    "en|Leaver checklist — ⟦$name⟧ (NI ⟦nino.sp⟧)\n[x] P45 issued ⟦~date|gb⟧\n[x] laptop returned, asset ⟦~serial⟧\n[ ] revoke VPN (user ip ⟦ip.priv⟧)",
    "en|{\"employee\":{\"id\":\"⟦~emp⟧\",\"legal_name\":\"⟦$name⟧\",\"national_insurance_number\":\"⟦nino.plain⟧\",\"birth_date\":\"⟦dob.iso⟧\",\"work_email\":\"⟦~email_ex⟧\"}}",
    "en|Pension auto-enrolment file (row 14): ⟦nino.plain⟧|⟦dob.compact⟧|⟦$name⟧|⟦=0.05⟧|⟦=0.03⟧|⟦~date|iso⟧",
    "de|Personalstammblatt\nName: ⟦$name⟧\nSteuer-ID: ⟦=12 345 678 901⟧\nBankverbindung: ⟦iban.sp.DE⟧\nEintritt: ⟦~date|de⟧",
    "en|Payroll exception report: 2 employees with invalid NI numbers — ⟦~nino_bad⟧ (prefix not allocated), ⟦~nino_bad⟧ (bad suffix). 1 corrected: ⟦nino.sp⟧.",
    "en|Right to work check: share code ⟦=W4K 9XZ P2M⟧ verified. NI number provided later: ⟦nino.lower⟧ (lowercase as typed).",
)

fam("uk_hmrc_payroll_letters",
    "en|HM Revenue & Customs\nYour National Insurance number is ⟦nino.sp⟧\nKeep this letter safe. Reference ⟦~utr⟧.\nDate: ⟦~date|gbl⟧",
    "en|Dear Sir/Madam,\nRe: Tax code notice for ⟦$name⟧, NI ⟦nino.sp⟧, date of birth ⟦dob.gbl⟧.\nYour tax code from 6 April is 1257L. Employer reference ⟦~payeref⟧.",
    "en|Child Benefit claim form CH2, section 1:\nYour National Insurance number: ⟦nino.dash⟧\nPartner's National Insurance number: ⟦nino.sp⟧",
    "en|Universal Credit journal message: \"Hi, I've uploaded my payslip. My NI is ⟦nino.split| and the last bit is ⟧. Ring me on ⟦phone.nat.uk⟧ please.\"",
    "en|Self Assessment reminder: UTR ⟦~utr⟧ (this is not your NI number). If you need to contact us about ⟦nino.plain⟧, call the helpline.",
    "en|P60 End of Year Certificate\nEmployee's National Insurance number ⟦nino.sp⟧\nEmployer PAYE reference ⟦~payeref⟧\nTotal pay £⟦~amount⟧",
    "en|HMRC guidance extract: \"Your National Insurance number looks like ⟦~nino_sample⟧. It's on your payslip or P60.\" — (example only)",
    "en|Student Finance England: Applicant NI number ⟦nino.zw⟧; course start ⟦~date|gbl⟧.",
    "en|Pension Credit application (typed by helper): NI no. ⟦nino.fw⟧.",
    "en|DWP letter OCR: National lnsurance number: ⟦nino.wrap⟧\nPayment date: ⟦~date|gb⟧",
    "pl|Pismo z HMRC (tłumaczenie): Pana numer National Insurance to ⟦nino.sp⟧. Data urodzenia: ⟦dob.pl⟧. Prosimy o kontakt pod numerem ⟦phone.intl.uk⟧.",
    "en|Invalid NINO rejected by portal: ⟦~nino_bad⟧. Invalid NINO rejected by portal: ⟦~nino_bad⟧. Placeholder in the help text: ⟦~nino_sample⟧.",
)

fam("us_tax_forms",
    "en|Form W-2 Wage and Tax Statement\na Employee's social security number: ⟦ssn.dash⟧\nb Employer identification number (EIN): ⟦~ein⟧\n1 Wages, tips: ⟦~amount⟧\n2 Federal income tax withheld: ⟦~amount⟧",
    "en|Form 1099-NEC\nPAYER'S TIN: ⟦~ein⟧\nRECIPIENT'S TIN: ⟦ssn.dash⟧\nRECIPIENT'S name: ⟦$name⟧\nNonemployee compensation: $⟦~amount⟧",
    "en|W-9 submitted by contractor: TIN type ITIN, number ⟦~itin⟧. (ITINs start with 9 and are not SSNs.) Business EIN ⟦~ein⟧.",
    "en|Form 1040 dependents: 1) ⟦$name⟧, SSN ⟦ssn.dash⟧, son; 2) ⟦$name⟧, SSN ⟦ssn.dash⟧, daughter. Preparer PTIN ⟦=P01234567⟧.",
    "en|Tax prep chat:\nUser: my social is ⟦ssn.spelled⟧\nAssistant: Thanks. Please don't share it over chat in future; I've noted your filing status.",
    "en|IRS notice CP2000 — Taxpayer ID ending ⟦~last4⟧. Spouse SSN: ⟦~ssn_mask⟧. Tax year ⟦=2022⟧. Response due ⟦~date|usl⟧.",
    "en|Validation errors in upload:\nrow 4: SSN '⟦~ssn_bad⟧' — invalid\nrow 7: SSN '⟦~ssn_bad⟧' — invalid\nrow 9: SSN '⟦~ssn_sample⟧' — known sample value\nrow 12: SSN '⟦ssn.dash⟧' — ok",
    "en|FAFSA worksheet: Student SSN ⟦ssn.plain⟧, DOB ⟦dob.us⟧; Parent 1 SSN ⟦ssn.dot⟧.",
    "en|Form 8821 — Taxpayer: ⟦$name⟧, SSN ⟦ssn.zw⟧. Designee CAF no. ⟦=0301-12345R⟧.",
    "en|Payroll API request: {\"employee\":{\"ssn\":\"⟦ssn.b64⟧\",\"ssn_encoding\":\"base64\",\"ein\":\"⟦~ein⟧\"}}",
    "es|Formulario W-7 (ayuda en español): El solicitante ya tiene ITIN ⟦~itin⟧; su cónyuge tiene número de Seguro Social ⟦ssn.dash⟧. Fecha de nacimiento del cónyuge: ⟦dob.es⟧.",
)

# ---- f14.py
fam("network_ops_logs",
    "en|⟦ip.v4⟧ - - [12/Mar/2024:10:41:07 +0000] \"GET /api/v2/orders/⟦~order⟧ HTTP/1.1\" 200 1843 \"-\" \"Mozilla/5.0\" rt=0.042",
    "en|Mar 12 10:41:09 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= MAC=⟦~mac⟧ SRC=⟦ip.v4⟧ DST=⟦~ipdoc⟧ LEN=60 PROTO=TCP SPT=51422 DPT=22",
    "en|sshd[⟦~pid⟧]: Failed password for invalid user admin from ⟦ip.v4⟧ port 40122 ssh2\nsshd[⟦~pid⟧]: Accepted publickey for deploy from ⟦~ip6doc⟧ port 51002 ssh2: ED25519 SHA256:⟦~nonce⟧",
    "en|interface GigabitEthernet0/1\n ip address ⟦ip.priv⟧ ⟦~netmask⟧\n ip helper-address ⟦~ipdoc⟧\n snmp-server community ⟦secret.pw⟧ RO\n! firmware ⟦~version4⟧",
    "en|{\"ts\":\"⟦~ts⟧\",\"client_ip\":\"⟦~ipdoc⟧\",\"x_forwarded_for\":\"⟦~ipdoc⟧\",\"path\":\"/login\",\"status\":401,\"trace\":\"⟦~trace⟧\"}",
    "en|resolv.conf:\nnameserver ⟦~resolver⟧\nnameserver ⟦~resolver⟧\nsearch corp.internal\n# DHCP lease renewed (expires ⟦~ts⟧)",
    "en|AWS VPC flow log: 2 ⟦~awsacct⟧ eni-0a1b2c3d4e5f67890 ⟦ip.v4⟧ ⟦~ipdoc⟧ 443 49152 6 10 840 ⟦~epoch⟧ ⟦~epoch⟧ ACCEPT OK",
    "en|Cloudflare WAF event: action=block rule=⟦=100015⟧ clientIP=⟦ip.v6⟧ country=RO ray=⟦=86a1f2c3d4e5f601⟧ uri=/wp-login.php",
    "en|ipconfig /all\n   Physical Address. . . . . . . . . : ⟦=3C-52-82-1A-9F-04⟧\n   IPv4 Address. . . . . . . . . . . : ⟦ip.priv⟧(Preferred)\n   Subnet Mask . . . . . . . . . . . : ⟦~netmask⟧\n   DNS Servers . . . . . . . . . . . : ⟦~resolver⟧",
    "en|Wireguard peer config:\n[Peer]\nPublicKey = ⟦~wgpub⟧\nEndpoint = vpn.kestrel-analytics.io:51820\nAllowedIPs = ⟦~cidr⟧\n[Interface]\nPrivateKey = ⟦secret.wg⟧",
    "ru|Журнал доступа: вход в админку с адреса ⟦ip.v4⟧, пользователь admin, версия панели ⟦~version⟧.",
)

fam("security_incident_reports",
    "en|INCIDENT IR-⟦=2024-031⟧ — Credential exposure\nSummary: a GitHub PAT (⟦secret.gh_fine⟧) was committed in ⟦~gitsha⟧ and used from ⟦ip.v4⟧ within 4 minutes. Token revoked at ⟦~ts⟧.",
    "en|IOC list (defanged):\n- ⟦ip.defang⟧\n- ⟦ip.defang⟧\n- hxxps://login-microsoft-verify[.]top/owa\n- sha256 ⟦~sha256⟧\nDocumentation example ⟦~ipdoc⟧ removed.",
    "ru|Отчёт о фишинге: письмо пришло с ⟦email.obf.ru⟧ и просило сотрудника позвонить в «службу поддержки». В заголовках X-Originating-IP ⟦~ipdoc⟧ (подделан). Упомянута уязвимость ⟦~cve⟧.",
    "en|Secret scanning alert #⟦=57⟧: Slack Incoming Webhook URL detected\nLocation: scripts/alert.sh:12\nSecret: ⟦secret.slack_hook⟧\nCommit ⟦~sha1⟧",
    "en|Post-mortem: the attacker pivoted from the jump host to ⟦ip.priv⟧ using the service account password ⟦secret.pw⟧, which had been stored in a shared wiki page since ⟦~date|usl⟧.",
    "en|Leaked private key found in public S3 bucket (⟦~arn_s3⟧):\n⟦secret.pem_rsa⟧",
    "en|Threat intel: actor uses Telegram bot token ⟦secret.telegram⟧ for exfil; C2 at ⟦~ipdoc⟧:8443 (sinkholed, doc range in this report). Malware hash ⟦~md5⟧.",
    "es|Hallazgo de la revisión de accesos: el usuario IAM ci-legacy tiene la clave activa ⟦secret.aws_akid⟧ (último uso ⟦~ts⟧). El rol ⟦~arn⟧ está bien.",
    "de|Sicherheitsvorfall: Zugangsdaten im Ticket ⟦~ticket⟧ veröffentlicht – Benutzer ⟦email.plain⟧, Passwort ⟦secret.pw⟧. Zugriff von ⟦ip.v4⟧ festgestellt.",
    "en|Bug bounty report: IDOR on /api/users/{id} leaks other users' data, e.g. {\"email\":\"⟦email.plain⟧\",\"phone\":\"⟦phone.e164⟧\",\"dob\":\"⟦dob.iso⟧\"}. Severity: High. CVSS ⟦=8.1⟧.",
    "en|SOC ticket: impossible travel — logins for ⟦email.plain⟧ from ⟦ip.v4⟧ (Lagos) and Frankfurt 6 minutes apart. MFA seed exposed? ⟦secret.otp_seed⟧ found in a note.",
)

fam("markdown_tables_wiki",
    "en|## On-call contacts\n\n| Name | Phone | Email |\n|------|-------|-------|\n| ⟦$name⟧ | ⟦phone.nat⟧ | ⟦email.plain⟧ |\n| ⟦$name⟧ | (see PagerDuty) | — |\n| Escalation bot | ⟦~phone555⟧ | ⟦~email_ex⟧ |",
    "en|### Staging credentials (TEMP — move to vault!)\n| Service | User | Password |\n|---|---|---|\n| Grafana | admin | ⟦secret.pw⟧ |\n| RabbitMQ | guest | ⟦~mask⟧ |",
    "en|| Host | IP | Role |\n|---|---|---|\n| web-1 | ⟦ip.v4⟧ | frontend |\n| db-1 | ⟦ip.priv⟧ | postgres |\n| docs | ⟦~ipdoc⟧ | example |",
    "de|| Mitarbeiter | Geburtstag | Telefon |\n|---|---|---|\n| ⟦$name⟧ | ⟦dob.de⟧ | intern 4410 |\n| ⟦$name⟧ | ⟦dob.de⟧ | intern 4412 |",
    "fr|| Fournisseur | IBAN | Contact |\n|---|---|---|\n| Transports Girard | ⟦iban.sp.FR⟧ | (voir CRM) |\n| Exemple | ⟦~iban_sample⟧ | ⟦~email_ex⟧ |",
    "en|# Release notes ⟦~version⟧\n- Fixed crash when pasting IBAN with spaces\n- Upgraded OpenSSL to ⟦~version⟧\n- Support email is now shown in settings\n- Checksum: ⟦~sha256⟧",
    "ja|| 氏名 | 入社日 | 電話番号 |\n|---|---|---|\n| ⟦$name⟧ | ⟦~date|ja⟧ | ⟦phone.nat⟧ |\n| ⟦$name⟧ | ⟦~date|ja⟧ | 内線 2204 |",
    "es|| Empleado | Fecha de alta | Móvil |\n|---|---|---|\n| ⟦$name⟧ | ⟦~date|es⟧ | ⟦phone.nat⟧ |\n| ⟦$name⟧ | ⟦~date|es⟧ | — |",
    "en|## Test data — safe to share\n| Kind | Value |\n|---|---|\n| card | ⟦~card_test⟧ |\n| SSN | ⟦~ssn_sample⟧ |\n| IBAN | ⟦~iban_sample⟧ |\n| NINO | ⟦~nino_sample⟧ |\n| phone | ⟦~phone555⟧ |",
    "ko|| 이름 | 이메일 | 전화 |\n|---|---|---|\n| ⟦$name⟧ | ⟦email.plain⟧ | 내선 301 |\n| ⟦$name⟧ | ⟦~email_ex⟧ | 내선 302 |",
)

# ---- f15.py
fam("sms_whatsapp_chat",
    "hi|[WhatsApp] Rahul: bhai mera naya number save kar lo ⟦phone.intl⟧\nRahul: purana wala band ho gaya\nAmit: done 👍",
    "hi|[SMS] प्रिय ग्राहक, आपका अनुरोध स्वीकार कर लिया गया है। सहायता: ⟦~phone555⟧ (नमूना). आपका पंजीकृत नंबर ⟦phone.deva⟧",
    "id|[WA] Dewi: Kak, transfer ke rekening ini ya, No HP aku ⟦phone.nat⟧. Makasih!\nBudi: Oke, resi ⟦~order⟧",
    "vi|[Zalo] Lan: Anh ơi số em đổi rồi nha: ⟦phone.spaced⟧\nMinh: ok em, mail cũ vẫn dùng chứ?\nLan: dạ vẫn dùng",
    "th|[LINE] ปลอย: เบอร์ใหม่นะ ⟦phone.thai⟧\nอนันต์: โอเค เลขพัสดุ ⟦~order⟧",
    "ar|[واتساب] خالد: رقمي الجديد ⟦phone.ar⟧\nليلى: تمام، رقم الحجز ⟦~pnr⟧",
    "fa|[تلگرام] علی: شماره‌ام عوض شد: ⟦phone.fa.ae⟧\nسارا: باشه، کد سفارش ⟦~order⟧",
    "tr|[WhatsApp] Emre: Abi IBAN'ım ⟦iban.sp.TR⟧, parayı oraya at.\nBurak: tamam, dekont ⟦~order⟧",
    "en|[iMessage] Mom: did you get my voicemail\nMe: yes sorry\nMom: and the wifi password at grandma's?\nMe: ⟦secret.wifi⟧ lol",
    "en|[SMS from bank] A sign-in was attempted from a new device. If you didn't request this, call the number on the back of your card. Ref ⟦~reqid⟧.",
    "pt|[WhatsApp] Thiago: manda o pix pra chave ⟦email.plain⟧\nLarissa: mandei, comprovante ⟦~uuid⟧",
    "ru|[Telegram] Ольга: скинь на карту ⟦card.sp⟧, я потом верну\nИван: ок, перевод ⟦~order⟧",
    "es|[WhatsApp] Diego: te hago un bizum luego\nSofía: genial, pedido ⟦~order⟧",
)

fam("encoded_payloads",
    "en|GET /track?e=⟦email.b64⟧&p=⟦=cGFnZV92aWV3⟧ HTTP/1.1 (e is the base64 email, p is the base64 event name)",
    "en|Location: https://app.kestrel-analytics.io/invite/accept?email=⟦email.pct⟧&utm_source=email&redirect=%2Fdashboard",
    "en|{\"contact\":\"⟦email.jsonu⟧\",\"note\":\"escaped by the serializer\",\"id\":\"⟦~uuid⟧\"}",
    "en|<a href=\"mailto:⟦email.ent⟧\">Contact us</a> <!-- obfuscated with HTML entities --> build ⟦~gitsha⟧",
    "en|Authorization: Basic ⟦secret.basic⟧\nX-Request-ID: ⟦~uuid⟧\nIf-None-Match: \"⟦~md5⟧\"",
    "en|Cookie: session=⟦secret.bearer⟧; remember_me=⟦secret.pw_b64⟧; _ga=GA1.2.⟦=1742811093.1700412345⟧",
    "th|ข้อมูล QR ที่ถอดรหัสแล้ว: WIFI:T:WPA;S:Kestrel-Guest;P:⟦secret.wifi⟧;; — สร้างเมื่อ ⟦~ts⟧",
    "en|redis> GET user:⟦=8841⟧:profile\n\"{\\\"plan\\\":\\\"pro\\\",\\\"phone\\\":\\\"⟦phone.e164⟧\\\"}\"",
    "en|webhook body (form-encoded): name=Ruby+Whitaker&phone=⟦phone.tel_pct⟧&dob=⟦dob.us⟧&sig=⟦~sha256⟧",
    "en|Reversed string found in malware config: \"⟦email.rev⟧\" and C2 ⟦ip.int⟧ (decimal IP).",
    "en|otpauth://totp/Kestrel:jdoe?secret=⟦secret.otp_seed⟧&issuer=Kestrel&digits=6",
    "en|data:text/plain;base64,⟦secret.pw_b64⟧ ← this is the admin password the intern base64-encoded \"for safety\"",
)

fam("password_reset_and_onboarding",
    "en|User: I can't log in. My username is ⟦email.plain⟧ and my password is ⟦secret.pw⟧, can you check what's wrong?\nBot: Please never share your password. I've sent a reset link.",
    "en|Welcome aboard! Your temporary credentials:\nUsername: gporter\nTemporary password: ⟦secret.pw⟧\nYou'll be asked to change it at first login. Employee ID ⟦~emp⟧.",
    "tr|BT talebi: ⟦$name.tr⟧ için yeni dizüstü. Yerel yönetici parolası ⟦secret.pw⟧ olarak ayarlandı. BitLocker kurtarma kimliği ⟦~UUID⟧ (anahtar AD\'de). Demirbaş ⟦~serial⟧.",
    "de|Hallo, mein neues Passwort für das Kundenportal lautet ⟦secret.pw⟧ – bitte nicht weitergeben. Kundennummer ⟦~member⟧.",
    "fr|Bonjour, voici vos identifiants : identifiant cmoreau, mot de passe provisoire ⟦secret.pw⟧. Référence ⟦~ticket⟧.",
    "es|Tu nueva contraseña es: ⟦secret.pw⟧\nCámbiala en cuanto inicies sesión. Código de cliente ⟦~member⟧.",
    "ja|パスワードを忘れた場合：登録メール ⟦email.plain⟧ 宛に再設定リンクを送信しました。仮パスワード：⟦secret.pw⟧",
    "pl|Formularz wdrożeniowy: prywatny e-mail ⟦email.plain.pl⟧ | data urodzenia ⟦dob.pl⟧ | rozmiar koszulki M | laptop: Mac",
    "en|password hint field contained the actual password: \"⟦secret.pw⟧\". Hash stored: ⟦~sha256⟧. Reset request ID: ⟦~uuid⟧ (expired).",
    "it|Ciao, la password del Wi-Fi dell'ufficio è ⟦secret.wifi⟧. Il codice della porta è cambiato, chiedi in reception. Ticket ⟦~ticket⟧.",
    "sv|Återställningskoder för ditt konto (spara offline):\n⟦secret.pin⟧-⟦secret.pin⟧\n⟦secret.pin⟧-⟦secret.pin⟧",
)

fam("hard_negatives_no_pii",
    "en|Build ⟦~version⟧ (commit ⟦~sha1⟧) passed 1,204 tests in ⟦=38.2⟧s. Docker image ⟦~digest⟧ pushed.",
    "en|Order ⟦~order⟧ shipped via UPS ⟦~ups⟧; estimated delivery ⟦~date|usl⟧. Package weight ⟦=2.4⟧ kg.",
    "pl|Numer ISBN drugiego wydania to ⟦~isbn13⟧; pierwsze wydanie miało ⟦~isbn13⟧.",
    "es|Nos vemos en ⟦~coord⟧ (aparcamiento B). El evento empieza ⟦~ts⟧. ID de sesión ⟦~uuid⟧.",
    "en|Certificate fingerprint (SHA-256): ⟦~sha256⟧\nSerial: ⟦~sha1⟧\nOID ⟦~oid⟧ (sha256WithRSAEncryption)",
    "it|La gift card ⟦~gift⟧ ha un saldo di ⟦~amount⟧ €. EAN del prodotto ⟦~ean⟧, SKU ⟦~sku⟧.",
    "en|Support hotline for demos: ⟦~phone555⟧. Sample inbox: ⟦~email_ex⟧. Sample card: ⟦~card_test⟧.",
    "ko|라우팅 번호 ⟦~aba⟧는 은행 본점 번호이고, SWIFT ⟦~bic⟧, 소트코드 ⟦~sortcode⟧입니다. 고객 계좌 정보는 없습니다.",
    "de|Paketnummer ⟦~dhl⟧, Sendungsverfolgung ab ⟦~date|de⟧. Version der App: ⟦~version⟧. Gerätenummer ⟦~serial⟧.",
    "fr|Le numéro de commande ⟦~order⟧ correspond au colis ⟦~ups⟧. Coordonnées GPS du dépôt : ⟦~coord⟧.",
    "ja|ビルド ⟦~version⟧ をリリースしました。コミット ⟦~gitsha⟧、イメージ ⟦~digest⟧。",
    "en|ssh host key: ⟦~sshpub|root@bastion⟧\nDKIM: ⟦~dkim⟧\nage recipient: ⟦~agepub⟧",
    "en|Stripe objects: ⟦~stripeobj⟧, ⟦~stripeobj⟧. Publishable key ⟦~pk_pub⟧. Twilio SID ⟦~twsid⟧. AWS account ⟦~awsacct⟧.",
    "en|Invalid values rejected by validators: card ⟦~card_bad⟧, IBAN ⟦~iban_bad⟧, SSN ⟦~ssn_bad⟧, NINO ⟦~nino_bad⟧, EIN ⟦~ein⟧.",
)


# ----------------------------------------------------------------------------------------------
def main():
    import collections
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    out = ["# pii-c13: blind PII / credential evaluation set, written by gen.py (seed %d)." % SEED,
           "# Format: see pii_format.md. Regenerate with: python3 gen.py", ""]
    langs = collections.Counter()
    total_la = 0
    for name, tpls in FAMILIES:
        lines = []
        nla = 0
        for t in tpls:
            lang, sep, body = t.partition("|")
            assert sep and 2 <= len(lang) <= 3, t[:40]
            segs, n = render(body, lang)
            nla += n
            langs[lang] += 1
            lines.append(encode_line(segs))
        total_la += nla
        out.append("# family: " + name)
        out.append("# look-alikes: %d" % nla)
        out.extend(lines)
        out.append("")
    with open(os.path.join(here, "set.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))
    n = sum(langs.values())
    sys.stderr.write("samples=%d families=%d look-alikes=%d english=%d non-english=%d languages=%d\n" % (
        n, len(FAMILIES), total_la, langs["en"], n - langs["en"], len(langs)))
    sys.stderr.write("languages: " + ", ".join("%s=%d" % kv for kv in sorted(langs.items())) + "\n")


if __name__ == "__main__":
    main()
