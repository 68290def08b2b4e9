#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
check.py - validate pii-c8 set.txt and print a counts table.

Checks
  * format: family / look-alike headers, span syntax, no nesting, escapes,
    no raw character that must be escaped, spans without outer whitespace;
  * every labelled value, after undoing the evasion it carries (spelled-out
    digits, other scripts, full-width, percent / base64 / HTML-entity /
    JSON-\\u / quoted-printable encodings, reversal, [at]/[dot] words,
    invisible characters, odd separators, line breaks), is valid for its kind:
      card  Luhn, 12-19 digits
      iban  ISO 13616 mod-97, per-country length, Belgian national check
      ssn   area not 000/666/900-999, group not 00, serial not 0000,
            well-known advertising / sample numbers excluded
      nino  HMRC prefix / suffix rules
      email syntactically valid, not a reserved / example domain
      phone 7-15 digits, no letters
      ip    valid, globally routable, not a public resolver / doc range
      dob   contains a date, plausible year
      secret non-trivial; PEM spans run BEGIN..END
    Values split into pieces (several spans of one kind) are validated joined;
  * unlabelled text must not contain a valid-looking email, card (Luhn-valid,
    card grouping), IBAN (mod-97), SSN or NINO, unless it is a documented
    example; in family invalid_checksums every card/IBAN/SSN/NINO-shaped
    value must fail its checksum or rule;
  * minimum labelled spans per kind.
Exit status 1 on any error.
"""
import base64
import binascii
import html
import ipaddress
import json
import os
import quopri
import re
import sys
import unicodedata
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'set.txt')
KINDS = ['email', 'phone', 'card', 'iban', 'ssn', 'ip', 'nino', 'dob', 'secret']
MIN_SPANS = {'email': 80, 'phone': 80, 'secret': 90, 'dob': 40, 'card': 25, 'iban': 25, 'ssn': 25, 'ip': 25, 'nino': 25}

IBAN_LEN = {
    'AD': 24, 'AE': 23, 'AL': 28, 'AT': 20, 'AZ': 28, 'BA': 20, 'BE': 16, 'BG': 22, 'BH': 22, 'BR': 29, 'CH': 21,
    'CR': 22, 'CY': 28, 'CZ': 24, 'DE': 22, 'DK': 18, 'DO': 28, 'EE': 20, 'EG': 29, 'ES': 24, 'FI': 18, 'FO': 18,
    'FR': 27, 'GB': 22, 'GE': 22, 'GI': 23, 'GL': 18, 'GR': 27, 'GT': 28, 'HR': 21, 'HU': 28, 'IE': 22, 'IL': 23,
    'IS': 26, 'IT': 27, 'JO': 30, 'KW': 30, 'KZ': 20, 'LB': 28, 'LI': 21, 'LT': 20, 'LU': 20, 'LV': 21, 'MC': 27,
    'MD': 24, 'ME': 22, 'MK': 19, 'MR': 27, 'MT': 31, 'MU': 30, 'NL': 18, 'NO': 15, 'PK': 24, 'PL': 28, 'PS': 29,
    'PT': 25, 'QA': 29, 'RO': 24, 'RS': 22, 'SA': 24, 'SE': 24, 'SI': 19, 'SK': 24, 'SM': 27, 'TN': 24, 'TR': 26,
    'UA': 29, 'VG': 24, 'XK': 20,
}
DOC_IBANS = {'DE89370400440532013000', 'GB82WEST12345698765432', 'GB29NWBK60161331926819', 'FR1420041010050500013M02606',
             'NL91ABNA0417164300', 'GB33BUKB20201555555555', 'ES9121000418450200051332', 'CH9300762011623852957',
             'BE68539007547034', 'AT611904300234573201'}
TEST_CARDS = {'4242424242424242', '4111111111111111', '5555555555554444', '4000000000000002', '378282246310005',
              '371449635398431', '6011111111111117', '3530111333300000', '5105105105105100', '4012888888881881',
              '4000056655665556', '5200828282828210', '1234567890123456'}
SSN_KNOWN = {'078051120', '219099999', '123456789', '111111111', '333333333', '555555555', '777777777', '888888888',
             '987654320', '987654321'}
NINO_BAD_PREFIX = {'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'}
NINO_RE = re.compile(r'[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]')
RESERVED_DOMAINS = ('example.com', 'example.org', 'example.net', '.example', '.test', '.invalid', '.localhost',
                    'gserviceaccount.com')
CARD_GROUPINGS = {(16,), (15,), (14,), (13,), (19,), (18,), (17,), (4, 4, 4, 4), (4, 6, 5), (4, 6, 4), (4, 4, 4, 4, 3),
                  (4, 4, 5), (4, 4, 4, 4, 2), (4, 4, 4, 3)}

errors = []
warnings = []


def err(msg):
    errors.append(msg)


# --------------------------------------------------------------------------
# escapes
# --------------------------------------------------------------------------
INVIS_EXTRA = {0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x180E, 0x2800}


def must_escape(c):
    o = ord(c)
    cat = unicodedata.category(c)
    if cat in ('Cc', 'Cf', 'Zl', 'Zp', 'Co', 'Cs', 'Cn'):
        return True
    if cat == 'Zs' and c != ' ':
        return True
    if 0xFF01 <= o <= 0xFF60 or 0xFFE0 <= o <= 0xFFEE:
        return True
    if o in INVIS_EXTRA or 0xFE00 <= o <= 0xFE0F:
        return True
    return False


def unescape(s, where):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == '\\':
            if s[i + 1:i + 2] == 'n':
                out.append('\n')
                i += 2
            elif s[i + 1:i + 2] == 't':
                out.append('\t')
                i += 2
            elif re.fullmatch(r'u[0-9A-Fa-f]{4}', s[i + 1:i + 6]):
                out.append(chr(int(s[i + 2:i + 6], 16)))
                i += 6
            else:
                err(f'{where}: bad escape {s[i:i + 6]!r}')
                i += 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def parse_line(line, where):
    for c in line:
        if must_escape(c):
            err(f'{where}: raw character U+{ord(c):04X} must be escaped')
    segs = []
    i = 0
    while True:
        j = line.find('{{', i)
        if j < 0:
            segs.append((None, line[i:]))
            break
        segs.append((None, line[i:j]))
        k = line.find(':', j + 2)
        m = line.find('}}', j + 2)
        if k < 0 or m < 0 or k > m:
            err(f'{where}: malformed span at col {j}')
            return None
        kind = line[j + 2:k]
        if kind not in KINDS:
            err(f'{where}: unknown kind {kind!r}')
            return None
        content = line[k + 1:m]
        if '{{' in content:
            err(f'{where}: nested span')
            return None
        segs.append((kind, content))
        i = m + 2
    for k, t in segs:
        if k is None and '}}' in t:
            err(f'{where}: stray "}}}}" outside a span')
    text = ''
    spans = []
    for k, t in segs:
        u = unescape(t, where)
        if k is not None:
            if not u:
                err(f'{where}: empty span')
            elif u != u.strip():
                err(f'{where}: span with outer whitespace {u!r}')
            spans.append((k, len(text), len(text) + len(u), u))
        text += u
    if not text.strip():
        err(f'{where}: empty sample')
    return text, spans


# --------------------------------------------------------------------------
# decoding evasions
# --------------------------------------------------------------------------
DIGIT_WORDS = {}
for _lang in ['zero one two three four five six seven eight nine',
              'null eins zwei drei vier fünf sechs sieben acht neun',
              'zéro un deux trois quatre cinq six sept huit neuf',
              'cero uno dos tres cuatro cinco seis siete ocho nueve',
              'zero uno due tre quattro cinque sei sette otto nove',
              'zero um dois três quatro cinco seis sete oito nove',
              'nul een twee drie vier vijf zes zeven acht negen',
              'zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć',
              'ноль один два три четыре пять шесть семь восемь девять',
              'sıfır bir iki üç dört beş altı yedi sekiz dokuz']:
    for _d, _w in enumerate(_lang.split()):
        DIGIT_WORDS[_w] = str(_d)
DIGIT_WORDS.update({'oh': '0', 'zwo': '2', 'één': '1'})
NATO = {w.lower(): w[0] for w in ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India',
                                  'Juliett', 'Juliet', 'Kilo', 'Lima', 'Mike', 'November', 'Oscar', 'Papa', 'Quebec',
                                  'Romeo', 'Sierra', 'Tango', 'Uniform', 'Victor', 'Whiskey', 'Whisky', 'Xray',
                                  'Yankee', 'Zulu']}
DOT_WORDS = {'dot', 'point', 'punkt', 'punto', 'ponto', 'punt', 'kropka', 'точка', 'tečka', 'τελεία', 'ドット'}
AT_WORDS = ['at', 'ät', 'arobase', 'arroba', 'chiocciola', 'собака', 'małpa', 'apenstaartje', 'snabel-a',
            'アットマーク', 'zavináč', 'παπάκι', 'klammeraffe']
KANJI = {c: str(i) for i, c in enumerate('〇一二三四五六七八九')}


def norm(s):
    s = ''.join(c for c in s if unicodedata.category(c) != 'Cf' and ord(c) not in INVIS_EXTRA)
    s = unicodedata.normalize('NFKC', s)
    out = []
    for c in s:
        if c in KANJI:
            out.append(KANJI[c])
        elif c.isdecimal() and not ('0' <= c <= '9'):
            out.append(str(unicodedata.decimal(c)))
        else:
            out.append(c)
    return ''.join(out)


def dec_spelled(s):
    toks = re.findall(r'\d|[^\W\d_]+(?:-a)?|[.@+]', s.lower())
    out = []
    mult = 1
    for t in toks:
        if t.isdigit():
            out.append(t * mult)
            mult = 1
        elif t in DIGIT_WORDS:
            out.append(DIGIT_WORDS[t] * mult)
            mult = 1
        elif t == 'double':
            mult = 2
        elif t == 'triple':
            mult = 3
        elif t in NATO:
            out.append(NATO[t])
        elif t in DOT_WORDS or t == '.':
            out.append('.')
        elif t in ('plus', '+'):
            out.append('+')
    return ''.join(out) if out else None


def dec_b64(s):
    t = re.sub(r'\s', '', s)
    if not re.fullmatch(r'[A-Za-z0-9+/_-]+=*', t) or len(t) < 8:
        return None
    t = t.rstrip('=')
    t += '=' * (-len(t) % 4)
    for f in (base64.b64decode, base64.urlsafe_b64decode):
        try:
            b = f(t)
            u = b.decode('utf-8')
            if u and all(c.isprintable() or c in '\n\x00' for c in u):
                return u
        except (binascii.Error, ValueError, UnicodeDecodeError):
            pass
    return None


def dec_json(s):
    if '\\u' not in s:
        return None
    try:
        return json.loads('"' + s.replace('"', '\\"') + '"')
    except ValueError:
        return None


def dec_qp(s):
    if '=' not in s:
        return None
    try:
        return quopri.decodestring(s.encode('utf-8')).decode('utf-8')
    except (ValueError, UnicodeDecodeError):
        return None


def DEC_REVERSE(s):
    return s[::-1]


DECODERS = [
    lambda s: s,
    DEC_REVERSE,
    lambda s: urllib.parse.unquote(s),
    lambda s: urllib.parse.unquote(urllib.parse.unquote(s)),
    html.unescape,
    dec_json,
    dec_qp,
    dec_b64,
    dec_spelled,
]


def deobf_email(s):
    t = ' ' + s + ' '
    for w in AT_WORDS:
        t = re.sub(r'(?:\s*[\[\(\{<]\s*' + re.escape(w) + r'\s*[\]\)\}>]\s*|\s+' + re.escape(w) + r'\s+)', '@', t,
                   flags=re.I)
        if w in ('アットマーク',):
            t = t.replace(w, '@')
    for w in DOT_WORDS:
        t = re.sub(r'(?:\s*[\[\(\{<]\s*' + re.escape(w) + r'\s*[\]\)\}>]\s*|\s+' + re.escape(w) + r'\s+)', '.', t,
                   flags=re.I)
        if w in ('ドット',):
            t = t.replace(w, '.')
    return t.strip()


def defang(s):
    return s.replace('[.]', '.').replace('(.)', '.').replace('[:]', ':').replace('[', '').replace(']', '')


def candidates(v, rev=True):
    seen = []
    for d in DECODERS:
        if d is DEC_REVERSE and not rev:
            continue
        try:
            x = d(v)
        except Exception:
            x = None
        if x is None:
            continue
        for post in (lambda s: s, deobf_email, defang):
            c = post(norm(x))
            if c not in seen:
                seen.append(c)
    return seen


# --------------------------------------------------------------------------
# validators
# --------------------------------------------------------------------------
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def iban_valid(s):
    s = re.sub(r'[\s\-.]', '', s).upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    num = int(''.join(str(int(c, 36)) for c in s[4:] + s[:4]))
    if num % 97 != 1:
        return False
    if s[:2] == 'BE':
        k = int(s[4:14]) % 97 or 97
        if k != int(s[14:16]):
            return False
    return True


def ssn_valid(s):
    d = re.sub(r'[\s\-.]', '', s)
    if not re.fullmatch(r'\d{9}', d):
        return False
    a, g, n = d[:3], d[3:5], d[5:]
    if a in ('000', '666') or a[0] == '9' or g == '00' or n == '0000' or d in SSN_KNOWN:
        return False
    return True


def nino_valid(s):
    d = re.sub(r'[\s\-.]', '', s).upper()
    return bool(NINO_RE.fullmatch(d)) and d[:2] not in NINO_BAD_PREFIX


def email_valid(s):
    t = re.sub(r'\s+', '', s).lower()
    if not re.fullmatch(r'[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}', t):
        return False
    dom = t.split('@')[1]
    return not any(dom == r.lstrip('.') or dom.endswith(r if r.startswith('.') else '.' + r) or dom == r
                   for r in RESERVED_DOMAINS)


def phone_valid(s):
    if not re.fullmatch(r'[\d\s()+\-./]+', s.strip()):
        return False
    n = len(re.sub(r'\D', '', s))
    return 7 <= n <= 15


def card_valid(s):
    t = re.sub(r'[\s\-._·/]', '', s)
    return bool(re.fullmatch(r'\d{12,19}', t)) and luhn_ok(t) and t not in TEST_CARDS


def ip_valid(s):
    t = s.strip().strip('[]')
    try:
        o = ipaddress.ip_address(t)
    except ValueError:
        return False
    return o.is_global and t not in ('1.1.1.1', '9.9.9.9')


def dob_valid(s):
    t = norm(s)
    if not re.search(r'\d', t) or len(t) > 40:
        return False
    if re.fullmatch(r'-?\d{10,13}', t):      # epoch milliseconds
        y = 1970 + int(t) / 1000 / 86400 / 365.2425
        return 1890 <= y <= 2026
    for y in re.findall(r'(?<!\d)\d{4}(?!\d)', t):
        y = int(y)
        if not (1890 <= y <= 2026 or 2433 <= y <= 2569):
            if not re.fullmatch(r'\d{8}', t):
                return False
    if re.fullmatch(r'\d{8}', t):
        y, m, d = int(t[:4]), int(t[4:6]), int(t[6:])
        return 1890 <= y <= 2026 and 1 <= m <= 12 and 1 <= d <= 31
    if re.fullmatch(r'\d{6}', t):            # MRZ YYMMDD
        return 1 <= int(t[2:4]) <= 12 and 1 <= int(t[4:]) <= 31
    return True


def secret_valid(s):
    if len(s) < 6:
        return False
    if 'PRIVATE KEY' in s and s.startswith('-----BEGIN'):
        return bool(re.search(r'-----END [A-Z ]*PRIVATE KEY( BLOCK)?-----$', s))
    return True


VALID = {'email': email_valid, 'phone': phone_valid, 'card': card_valid, 'iban': iban_valid, 'ssn': ssn_valid,
         'nino': nino_valid, 'ip': ip_valid, 'dob': dob_valid, 'secret': secret_valid}


def value_ok(kind, v):
    if kind in ('dob', 'secret'):
        return VALID[kind](v)
    # reversal is only plausible for free-form values; for numbers it would
    # let a wrong value pass (a reversed digit string can satisfy Luhn/rules)
    return any(VALID[kind](c) for c in candidates(v, rev=kind in ('email', 'secret')))


# --------------------------------------------------------------------------
# unlabelled scans
# --------------------------------------------------------------------------
EMAIL_RE = re.compile(r'(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}')
CARD_RE = re.compile(r'(?<![A-Za-z0-9])(?<!\d[ -])\d(?:[ -]?\d){11,18}(?![A-Za-z0-9])(?![ -]\d)')
IBAN_RE = re.compile(r'(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}(?![A-Za-z0-9])')
SSN_RE = re.compile(r'(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])')
NINO_SCAN = re.compile(r'(?<![A-Za-z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Z](?![A-Za-z0-9])')
IP4_RE = re.compile(r'(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])')


def covered(spans, a, b):
    return any(s < b and a < e for _, s, e, _ in spans)


def scan_unlabelled(fam, text, spans, where):
    for m in EMAIL_RE.finditer(text):
        pre = text[max(0, m.start() - 14):m.start()]
        if pre.endswith('://') or 'UID:' in pre or 'Message-ID: <' in pre:
            continue      # URL userinfo (e.g. a public DSN key), calendar UID, Message-ID: identifiers
        if not covered(spans, m.start(), m.end()) and email_valid(m.group()):
            err(f'{where}: unlabelled email {m.group()!r}')
    for m in CARD_RE.finditer(text):
        if covered(spans, m.start(), m.end()):
            continue
        g = m.group()
        groups = tuple(len(x) for x in re.split(r'[ -]', g))
        d = re.sub(r'\D', '', g)
        if fam == 'invalid_checksums':
            if 13 <= len(d) <= 19 and luhn_ok(d):
                err(f'{where}: look-alike card passes Luhn {g!r}')
            continue
        if re.fullmatch(r'(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])([01]\d|2[0-3])[0-5]\d([0-5]\d)?', d):
            continue      # compact timestamp YYYYMMDDhhmm[ss]
        if groups in CARD_GROUPINGS and d[0] in '23456' and luhn_ok(d) and d not in TEST_CARDS:
            err(f'{where}: unlabelled Luhn-valid card-shaped number {g!r}')
    for m in IBAN_RE.finditer(text):
        if covered(spans, m.start(), m.end()):
            continue
        s = m.group().replace(' ', '')
        # trim to the country length if a longer run was matched
        n = IBAN_LEN.get(s[:2])
        if fam == 'invalid_checksums':
            if n and iban_valid(s[:n]):
                err(f'{where}: look-alike IBAN passes mod-97 {m.group()!r}')
            continue
        if n and iban_valid(s[:n]) and s[:n] not in DOC_IBANS:
            err(f'{where}: unlabelled valid IBAN {m.group()!r}')
    for m in SSN_RE.finditer(text):
        if covered(spans, m.start(), m.end()):
            continue
        if ssn_valid(m.group()):
            err(f'{where}: unlabelled valid SSN-shaped value {m.group()!r}')
    for m in NINO_SCAN.finditer(text):
        if covered(spans, m.start(), m.end()):
            continue
        if nino_valid(m.group()) and m.group().replace(' ', '') != 'QQ123456C':
            err(f'{where}: unlabelled valid NINO-shaped value {m.group()!r}')
    for m in IP4_RE.finditer(text):
        if not covered(spans, m.start(), m.end()) and ip_valid(m.group()):
            warnings.append(f'{where}: unlabelled global IPv4-shaped string {m.group()!r} (version/look-alike?)')


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
def main():
    if not os.path.exists(PATH):
        print('set.txt not found', file=sys.stderr)
        return 1
    with open(PATH, encoding='utf-8') as fh:
        raw = fh.read()
    if '\r' in raw:
        err('set.txt contains CR characters')
    lines = raw.split('\n')
    fams = {}          # name -> dict
    order = []
    cur = None
    expect_looks = False
    for no, line in enumerate(lines, 1):
        where = f'line {no}'
        if expect_looks:
            m = re.fullmatch(r'# look-alikes: (\d+)', line)
            if not m:
                err(f'{where}: "# look-alikes: N" must follow "# family:"')
            else:
                fams[cur]['looks'] = int(m.group(1))
            expect_looks = False
            continue
        if not line.strip():
            continue
        if line.startswith('#'):
            m = re.fullmatch(r'# family: ([a-z0-9_]+)', line)
            if m:
                cur = m.group(1)
                if cur in fams:
                    err(f'{where}: family {cur} declared twice')
                fams[cur] = {'samples': 0, 'looks': None, 'kinds': {k: 0 for k in KINDS}}
                order.append(cur)
                expect_looks = True
            continue
        if cur is None:
            err(f'{where}: sample before any family header')
            continue
        parsed = parse_line(line, where)
        if parsed is None:
            continue
        text, spans = parsed
        fams[cur]['samples'] += 1
        # validate values; pieces of one kind may be joined
        done = set()
        for i, (k, s, e, v) in enumerate(spans):
            fams[cur]['kinds'][k] += 1
            if i in done:
                continue
            if value_ok(k, v):
                done.add(i)
                continue
            same = [j for j in range(i + 1, len(spans)) if spans[j][0] == k]
            ok = False
            for n in range(1, min(5, len(same)) + 1):
                group = [i] + same[:n]
                joined = ' '.join(spans[j][3] for j in group)
                if value_ok(k, joined):
                    done.update(group)
                    ok = True
                    break
            if not ok:
                err(f'{where}: invalid {k} value {v!r}')
        scan_unlabelled(cur, text, spans, where)

    for name in order:
        f = fams[name]
        if f['looks'] is None:
            err(f'family {name}: missing look-alike count')
        if f['samples'] == 0:
            err(f'family {name}: no samples')

    # table
    cols = ['samples', 'look'] + KINDS + ['labels']
    w = max([len(n) for n in order] + [6])
    hdr = f'{"family":<{w}} ' + ' '.join(f'{c:>7}' for c in cols)
    print(hdr)
    print('-' * len(hdr))
    tot = {c: 0 for c in cols}
    for name in order:
        f = fams[name]
        row = {'samples': f['samples'], 'look': f['looks'] or 0, **f['kinds'], 'labels': sum(f['kinds'].values())}
        for c in cols:
            tot[c] += row[c]
        print(f'{name:<{w}} ' + ' '.join(f'{row[c]:>7}' for c in cols))
    print('-' * len(hdr))
    print(f'{"TOTAL":<{w}} ' + ' '.join(f'{tot[c]:>7}' for c in cols))
    print()
    for k, n in MIN_SPANS.items():
        if tot[k] < n:
            err(f'kind {k}: {tot[k]} labelled spans, minimum is {n}')
    print(f'totals: families={len(order)} samples={tot["samples"]} look-alikes={tot["look"]} labelled_spans={tot["labels"]} '
          + ' '.join(f'{k}={tot[k]}' for k in KINDS))
    if warnings:
        print(f'{len(warnings)} warning(s) (not errors):')
        for x in warnings:
            print('  warning:', x)
    if errors:
        print(f'{len(errors)} error(s):', file=sys.stderr)
        for x in errors[:200]:
            print('  error:', x, file=sys.stderr)
        return 1
    print('OK: no errors')
    return 0


if __name__ == '__main__':
    sys.exit(main())
