#!/usr/bin/env python3
"""Validate set.txt of pii-c15: format, escapes, checksums, look-alike counts.
Prints counts by kind and family; exits 1 on any error."""
import base64
import binascii
import collections
import html
import os
import quopri
import re
import sys
import unicodedata
import urllib.parse

KINDS = ("email", "phone", "card", "iban", "ssn", "ip", "nino", "dob", "secret")
TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "4000056655665556",
              "5105105105105100", "378282246310005", "371449635398431", "6011111111111117",
              "3530111333300000", "4012888888881881", "5200828282828210", "6011000990139424", "4000000000000002", "4000000000009995"}
SAMPLE_IBANS = {"GB82WEST12345698765432", "DE89370400440532013000", "GB29NWBK60161331926819",
                "FR1420041010050500013M02606", "NL91ABNA0417164300", "BE68539007547034", "ES9121000418450200051332"}
IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "NL": 18, "BE": 16, "ES": 24, "IT": 27, "PL": 28, "RO": 24,
            "GR": 27, "PT": 25, "TR": 26, "IL": 23, "AT": 20, "CH": 21, "SE": 24, "NO": 15, "IE": 22,
            "BR": 29, "PK": 24, "SA": 24, "AE": 23, "FI": 18, "DK": 18, "LT": 20, "HU": 28, "CZ": 24,
            "UA": 29, "LU": 20, "HR": 21, "BG": 22, "EG": 29, "QA": 29, "JO": 30}
SPELL = """zero one two three four five six seven eight nine|cero uno dos tres cuatro cinco seis siete ocho nueve
zero um dois três quatro cinco seis sete oito nove|nol satu dua tiga empat lima enam tujuh delapan sembilan
không một hai ba bốn năm sáu bảy tám chín|ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า
zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć|zero unu doi trei patru cinci șase șapte opt nouă
μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα|אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע
صفر یک دو سه چهار پنج شش هفت هشت نه|صفر ایک دو تین چار پانچ چھ سات آٹھ نو
শূন্য এক দুই তিন চার পাঁচ ছয় সাত আট নয়|odo ookan eeji eeta eerin aarun eefa eeje eejo eesan
sifili daya biyu uku hudu biyar shida bakwai takwas tara|iqanda kunye kubili kuthathu kune kuhlanu isithupha isikhombisa isishiyagalombili isishiyagalolunye
ch'usaq huk iskay kimsa tawa pichqa suqta qanchis pusaq isqun|null eins zwei drei vier fünf sechs sieben acht neun
zéro un deux trois quatre cinq six sept huit neuf"""
WORD2D = {}
for row in SPELL.replace("\n", "|").split("|"):
    for i, w in enumerate(row.split(" ")):
        WORD2D.setdefault(w.lower(), str(i))
WORD2D["oh"] = "0"

errors, warnings = [], []


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or IBAN_LEN.get(s[:2]) != len(s):
        return False
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    if int(n) % 97 != 1:
        return False
    if s[:2] == "BE" and (int(s[4:14]) % 97 or 97) != int(s[14:16]):
        return False
    return True


def ssn_ok(d):
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    if a in (0, 666) or a >= 900 or g == 0 or s == 0:
        return False
    return d not in ("078051120", "219099999", "123456789")


def nino_ok(s):
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}([A-Z])", s)
    if not m:
        return False
    a, b, c = m.groups()
    return a not in "DFIQUV" and b not in "DFIOQUV" and a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ") and c in "ABCD" and s != "QQ123456C"


def unesc(s):
    def rep(m):
        t = m.group(0)
        if t == "\\n":
            return "\n"
        if t == "\\t":
            return "\t"
        return chr(int(t[2:], 16))
    return re.sub(r"\\n|\\t|\\u[0-9A-Fa-f]{4}", rep, s)


def spelled(s):
    toks = re.split(r"[\s,;.\-]+", s.lower())
    out, mult = "", 1
    for t in toks:
        if not t:
            continue
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            continue
        if t == "plus":
            out += "+"
            continue
        if t in WORD2D:
            out += WORD2D[t] * mult
        elif len(t) == 1 and t.isalpha():
            out += t.upper()
        mult = 1
    return out


def variants(s):
    vs = [s]
    n = "".join(c for c in s if unicodedata.category(c) != "Cf" and c != "\u034f")
    vs.append(n)
    n2 = unicodedata.normalize("NFKC", n)
    vs.append("".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in n2))
    vs.append(urllib.parse.unquote_plus(n2))
    vs.append(html.unescape(n2))
    try:
        vs.append(re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), n2))
    except Exception:
        pass
    try:
        vs.append(quopri.decodestring(n2.encode()).decode("utf-8", "replace"))
    except Exception:
        pass
    vs.append(n2[::-1])
    c = re.sub(r"\s", "", n2)
    if re.fullmatch(r"[A-Za-z0-9+/_-]+=*", c) and len(c) >= 8:
        for pad in ("", "=", "=="):
            try:
                vs.append(base64.b64decode(c + pad, altchars=b"-_" if ("-" in c or "_" in c) else None, validate=False).decode("utf-8"))
                break
            except (binascii.Error, UnicodeDecodeError, ValueError):
                continue
    vs.append(spelled(n2))
    more = []
    for v in vs:
        more.append("".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in unicodedata.normalize("NFKC", v)))
    return vs + more


def valid(kind, s):
    vs = variants(s)
    if kind == "card":
        for v in vs:
            d = re.sub(r"\D", "", v)
            if 12 <= len(d) <= 19 and luhn_ok(d) and d not in TEST_CARDS:
                return True
        return False
    if kind == "iban":
        for v in vs:
            d = re.sub(r"[^A-Za-z0-9]", "", v).upper()
            if iban_ok(d) and d not in SAMPLE_IBANS:
                return True
        return False
    if kind == "ssn":
        return any(ssn_ok(re.sub(r"\D", "", v)) for v in vs)
    if kind == "nino":
        return any(nino_ok(re.sub(r"[^A-Za-z0-9]", "", v).upper()) for v in vs)
    if kind == "phone":
        for v in vs:
            d = re.sub(r"\D", "", v)
            if 7 <= len(d) <= 15 and not re.search(r"555-?01\d\d", v):
                return True
        return False
    if kind == "ip":
        for v in vs:
            v = v.strip()
            m = re.fullmatch(r"(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})", v)
            if m:
                o = list(map(int, m.groups()))
                if max(o) > 255 or v in ("1.1.1.1", "9.9.9.9") or re.match(r"192\.0\.2\.|198\.51\.100\.|203\.0\.113\.", v):
                    return False
                return True
            if ":" in v and re.fullmatch(r"[0-9a-fA-F:]+", v) and not v.lower().startswith("2001:db8"):
                return True
        return False
    if kind == "email":
        for v in vs:
            if "@" in v or re.search(r"\[at\]|\(at\)| at |arroba|małpa|παπάκι|שטרודל|แอท|a còng|\(et\)|ات|ایٹ|অ্যাট|\{at\}|\(ät\)|arobase", v, re.I):
                if re.search(r"example\.(com|org|net)\b", v):
                    return False
                return True
        return False
    if kind == "dob":
        return len(s.strip()) >= 4
    if kind == "secret":
        return len(s) >= 4 and "EXAMPLE" not in s
    return False


def scan_negative(t, where):
    t2 = "".join(c for c in unicodedata.normalize("NFKC", t) if unicodedata.category(c) != "Cf")
    for m in re.finditer(r"(?<![\d])(\d[\d -]{11,22}\d)(?![\d])", t2):
        for piece in re.split(r"  +", m.group(1)):
            d = re.sub(r"\D", "", piece)
            if 13 <= len(d) <= 19 and luhn_ok(d) and d not in TEST_CARDS and re.fullmatch(r"\d{13,19}|(\d{4}[ -]){3}\d{1,7}|\d{4}[ -]\d{6}[ -]\d{4,5}", piece):
                errors.append("%s: Luhn-valid card-shaped run in negative text: %s" % (where, piece))
    for m in re.finditer(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b", t2):
        d = m.group(1).replace(" ", "")
        if iban_ok(d) and d not in SAMPLE_IBANS:
            errors.append("%s: valid IBAN in negative text: %s" % (where, m.group(1)))
    for m in re.finditer(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])", t2):
        if ssn_ok("".join(m.groups())):
            errors.append("%s: valid SSN-shaped value in negative text: %s" % (where, m.group(0)))
    for m in re.finditer(r"\b([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])\b", t2):
        if nino_ok("".join(m.groups())):
            errors.append("%s: valid NINO in negative text: %s" % (where, m.group(0)))
    for m in re.finditer(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])", t2):
        o = list(map(int, m.groups()))
        v = m.group(0)
        ctx = t2[max(0, m.start() - 12):m.start()]
        if re.search(r"(fw|firmware|version|build|ver|v)[ =:]*$", ctx, re.I):
            continue  # a version string, a look-alike by the format
        if max(o) <= 255 and not (v in ("1.1.1.1", "9.9.9.9") or o[0] == 255 or
                                  re.match(r"192\.0\.2\.|198\.51\.100\.|203\.0\.113\.", v)):
            errors.append("%s: IPv4 address in negative text: %s" % (where, v))
    for m in re.finditer(r"[\w.+-]+@[\w-]+(\.[\w-]+)*\.[a-z]{2,}\b", t2):
        if not re.search(r"@(\w+\.)*example\.(com|org|net)$", m.group(0)):
            warnings.append("%s: email-shaped negative: %s" % (where, m.group(0)))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    path = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "set.txt")
    with open(path, encoding="utf-8") as f:
        raw_lines = f.read().split("\n")
    fam, fam_la = None, {}
    by_kind = collections.Counter()
    by_fam = collections.defaultdict(collections.Counter)
    fam_samples = collections.Counter()
    expect_la = False
    n_samples = 0
    for ln, line in enumerate(raw_lines, 1):
        where = "line %d" % ln
        if expect_la:
            m = re.fullmatch(r"# look-alikes: (\d+)", line)
            if not m:
                errors.append("%s: '# look-alikes: N' must follow '# family:'" % where)
            else:
                fam_la[fam] = int(m.group(1))
            expect_la = False
            continue
        if line.startswith("# family: "):
            fam = line[len("# family: "):].strip()
            if fam in fam_la:
                errors.append("%s: family %s repeated" % (where, fam))
            expect_la = True
            continue
        if line.startswith("#") or line.strip() == "":
            continue
        if fam is None:
            errors.append("%s: sample before first family" % where)
        n_samples += 1
        fam_samples[fam] += 1
        for c in line:
            o = ord(c)
            cat = unicodedata.category(c)
            if (cat in ("Cc", "Cf", "Zs", "Zl", "Zp") and c != " ") or 0xFF01 <= o <= 0xFF60 or 0xFFE0 <= o <= 0xFFEE or o in (0x3000, 0x034F):
                errors.append("%s: unescaped character U+%04X" % (where, o))
        for m in re.finditer(r"\\(.)", line):
            if m.group(1) not in "ntu":
                errors.append("%s: bad escape \\%s" % (where, m.group(1)))
        for m in re.finditer(r"\\u(.{0,4})", line):
            if not re.fullmatch(r"[0-9A-Fa-f]{4}", m.group(1)):
                errors.append("%s: bad \\u escape" % where)
        # spans
        pos, negs, spans = 0, [], []
        while True:
            i = line.find("{{", pos)
            if i < 0:
                negs.append(line[pos:])
                break
            negs.append(line[pos:i])
            m = re.match(r"\{\{([a-z]+):", line[i:])
            if not m or m.group(1) not in KINDS:
                errors.append("%s: bad span kind at col %d" % (where, i))
                break
            j = line.find("}}", i + m.end())
            if j < 0:
                errors.append("%s: unterminated span" % where)
                break
            body = line[i + m.end():j]
            if "{{" in body:
                errors.append("%s: nested span" % where)
            if body == "":
                errors.append("%s: empty span" % where)
            spans.append((m.group(1), unesc(body)))
            pos = j + 2
        for n in negs:
            if "}}" in n:
                errors.append("%s: stray '}}' outside spans" % where)
        if line.startswith("#"):
            errors.append("%s: unescaped leading #" % where)
        neg_text = "\u2063".join(unesc(n) for n in negs)
        scan_negative(neg_text, where)
        # checksums; pieces of a split value are validated together
        bad = [(k, t) for k, t in spans if not valid(k, t)]
        for k, t in bad:
            joined = "".join(t2 for k2, t2 in spans if k2 == k)
            if not valid(k, joined) and not valid(k, " ".join(t2 for k2, t2 in spans if k2 == k)):
                errors.append("%s: invalid %s value: %r" % (where, k, t[:80]))
        for k, t in spans:
            by_kind[k] += 1
            by_fam[fam][k] += 1
    print("samples: %d   families: %d   labelled spans: %d   look-alikes (hand counts): %d" % (
        n_samples, len(fam_samples), sum(by_kind.values()), sum(fam_la.values())))
    print("by kind: " + "  ".join("%s=%d" % (k, by_kind[k]) for k in KINDS))
    print("\n%-34s %5s %4s  %s" % ("family", "samp", "la", "spans"))
    for f in fam_samples:
        print("%-34s %5d %4d  %s" % (f, fam_samples[f], fam_la.get(f, -1),
                                     " ".join("%s=%d" % (k, by_fam[f][k]) for k in KINDS if by_fam[f][k])))
    for f in fam_la:
        if fam_samples[f] == 0:
            errors.append("family %s has no samples" % f)
    if "-v" in sys.argv:
        for w in warnings:
            print("warning:", w)
    else:
        print("\nwarnings: %d (run with -v to list)" % len(warnings))
    for e in errors:
        print("ERROR:", e)
    print("errors: %d" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
