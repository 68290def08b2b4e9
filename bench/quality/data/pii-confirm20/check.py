#!/usr/bin/env python3
"""check.py -- validate set.txt (pii-c20): format, escapes, spans, checksums, look-alikes.

Usage: python3 check.py [set.txt]      exit status 1 on any error.
Standard library only; independent of gen.py.
"""
import base64, html, ipaddress, re, sys, unicodedata, urllib.parse
from collections import Counter, OrderedDict

KINDS = ('email', 'phone', 'card', 'iban', 'ssn', 'ip', 'nino', 'dob', 'secret')
errors = []
notes = Counter()


def err(ln, msg):
    errors.append('line %d: %s' % (ln, msg))


# ------------------------------------------------------------ checksums
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


BRANDS = [(['4'], [13, 16, 19]), (['51', '52', '53', '54', '55'] + [str(x) for x in range(2221, 2721)], [16]),
          (['34', '37'], [15]), (['6011', '65'] + [str(x) for x in range(644, 650)], [16, 17, 18, 19]),
          ([str(x) for x in range(3528, 3590)], [16, 17, 18, 19]),
          (['300', '301', '302', '303', '304', '305', '36', '38', '39'], [14, 15, 16, 17, 18, 19]),
          (['62'], [16, 17, 18, 19]), (['50', '56', '57', '58', '63', '67', '68', '69'], list(range(12, 20))),
          (['2200', '2201', '2202', '2203', '2204'], [16, 17, 18, 19]), (['9792'], [16])]
TEST_CARDS = {'4242424242424242', '4111111111111111', '5555555555554444'}


def card_ok(d):
    return (d.isdigit() and luhn_ok(d) and
            any(len(d) in lens and any(d.startswith(p) for p in pres) for pres, lens in BRANDS))


IBAN_LEN = {'AT': 20, 'BE': 16, 'CH': 21, 'CZ': 24, 'DE': 22, 'DK': 18, 'EE': 20, 'ES': 24, 'FI': 18, 'FR': 27,
            'GB': 22, 'HU': 28, 'IE': 22, 'LT': 20, 'LU': 20, 'LV': 21, 'NL': 18, 'NO': 15, 'PL': 28, 'PT': 25,
            'RO': 24, 'SE': 24, 'SK': 24, 'TR': 26, 'UA': 29, 'AE': 23, 'SA': 24, 'PK': 24, 'EG': 29, 'IR': 26,
            'HR': 21, 'BG': 22, 'GR': 27, 'QA': 29, 'KW': 30, 'JO': 30, 'IL': 23, 'IT': 27}
SAMPLE_IBANS = {'DE89370400440532013000', 'GB29NWBK60161331926819', 'GB82WEST12345698765432',
                'NL91ABNA0417164300', 'BE68539007547034', 'FR1420041010050500013M02606'}


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s) or IBAN_LEN.get(s[:2]) != len(s):
        return False
    if int(''.join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 != 1:
        return False
    if s[:2] == 'BE':
        return (int(s[4:14]) % 97 or 97) == int(s[14:16])
    return True


def ssn_ok(s):
    d = re.sub(r'\D', '', s)
    if len(d) != 9:
        return False
    a, g, n = d[:3], d[3:5], d[5:]
    if a in ('000', '666') or a[0] == '9' or g == '00' or n == '0000':
        return False
    return d not in ('078051120', '219099999', '123456789') and not d.startswith('98765432')


def nino_ok(s):
    s = re.sub(r'\s', '', s).upper()
    return bool(re.fullmatch(r'[A-Z]{2}\d{6}[A-D]', s)) and s[0] not in 'DFIQUV' and s[1] not in 'DFIOQUV' \
        and s[:2] not in ('BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ')


# ------------------------------------------------------------ de-obfuscation
WORDS = {}
for lang in ('zero one two three four five six seven eight nine',
             'null eins zwei drei vier fünf sechs sieben acht neun',
             'zéro un deux trois quatre cinq six sept huit neuf',
             'zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć',
             'cero uno dos tres cuatro cinco seis siete ocho nueve'):
    for i, w in enumerate(lang.split()):
        WORDS.setdefault(w, str(i))
AT_RX = re.compile(r'\s*(?:\[at\]|\(at\)|\{at\}|\[ät\]|\(ät\)|\bät\b|\bat\b|arobase|\(małpa\)|zavináč|собака|равлик|apenstaartje|'
                   r'kukac|snabel-a|\bet\b|\(et\)|krøllalfa|アットマーク|골뱅이|a còng|على|#)\s*', re.I)
DOT_RX = re.compile(r'\s*(?:\[dot\]|\(dot\)|\{dot\}|\bdot\b|\bpunkt\b|\bpoint\b|\(kropka\)|tečka|точка|крапка|\bpunt\b|\bpont\b|'
                    r'\bnokta\b|\bpiste\b|punktum|ドット|\b점\b|点|\(titik\)|chấm|نقطة)\s*', re.I)


def native_digits(s):
    out = []
    for c in s:
        if c.isdigit() and c not in '0123456789':
            try:
                out.append(str(unicodedata.decimal(c)))
                continue
            except ValueError:
                pass
        out.append(c)
    return ''.join(out)


def clean(s, keep_breaks=False):
    if keep_breaks:
        s = re.sub(r'[\n\t\r]', ' ', s)
    s = ''.join(c for c in s if unicodedata.category(c) not in ('Cf', 'Cc') and c not in '\u034f')
    s = unicodedata.normalize('NFKC', s)
    s = native_digits(s)
    s = re.sub(r'[\u00a0\u2000-\u200a\u202f\u205f\u3000]', ' ', s)
    return s


def variants(v, rev=False):
    """candidate decodings of a labelled value (reversed text only when rev)."""
    out = []
    for base in ((v, v[::-1]) if rev else (v,)):
        s = clean(base)
        out.append(s)
        s2 = html.unescape(s)
        s2 = re.sub(r'\\u([0-9a-fA-F]{4})', lambda m: chr(int(m.group(1), 16)), s2)
        s2 = re.sub(r'=([0-9A-F]{2})', lambda m: chr(int(m.group(1), 16)), s2)
        s2 = urllib.parse.unquote(s2)
        out.append(s2)
        toks = re.split(r'[\s,]+', s2.lower())
        if toks and sum(t in WORDS for t in toks) >= max(3, len(toks) // 2):
            out.append(''.join(WORDS.get(t, t) for t in toks))
        t = re.sub(r'\s', '', s2)
        if re.fullmatch(r'[A-Za-z0-9+/_-]{8,}={0,2}', t):
            for dec in (base64.b64decode, base64.urlsafe_b64decode):
                try:
                    b = dec(t + '=' * (-len(t) % 4)).decode('utf-8')
                    if b.isprintable():
                        out.append(b)
                except Exception:
                    pass
    return out


def digits(s):
    return re.sub(r'\D', '', s)


# ------------------------------------------------------------ labelled checks
def check_value(ln, kind, v, pieces):
    vs = variants(v)
    if kind in ('card', 'iban', 'email'):
        fwd = check_kind(ln, kind, v, pieces, vs, quiet=True)
        if not fwd:
            if check_kind(ln, kind, v, pieces, variants(v[::-1]), quiet=True):
                notes['%s accepted as reversed text' % kind] += 1
                return
        if fwd:
            return
    check_kind(ln, kind, v, pieces, vs)


def check_kind(ln, kind, v, pieces, vs, quiet=False):
    """returns True when valid; reports an error unless quiet."""
    global errors
    saved = list(errors), notes.copy()
    ok = _check_kind(ln, kind, v, pieces, vs)
    if quiet:
        errors[:] = saved[0]
        notes.clear()
        notes.update(saved[1])
        if ok:
            _check_kind(ln, kind, v, pieces, vs)  # re-run to record notes
    return ok


def _check_kind(ln, kind, v, pieces, vs):
    n0 = len(errors)
    _check_kind_inner(ln, kind, v, pieces, vs)
    return len(errors) == n0


def _check_kind_inner(ln, kind, v, pieces, vs):
    if kind == 'card':
        if any(card_ok(digits(x)) for x in vs):
            return
        if pieces and card_ok(pieces):
            return
        if len(digits(clean(v))) < 13 and pieces is None:
            notes['card piece (split value)'] += 1
            return
        err(ln, 'card fails Luhn/brand: %r' % v)
    elif kind == 'iban':
        for x in vs:
            if iban_ok(re.sub(r'[^A-Za-z0-9]', '', x)):
                return
        if pieces and iban_ok(pieces):
            return
        if pieces is None and len(re.sub(r'\W', '', v)) < 15:
            notes['iban piece (split value)'] += 1
            return
        err(ln, 'iban fails mod-97/length: %r' % v)
    elif kind == 'ssn':
        if any(ssn_ok(x) for x in vs):
            return
        if len(digits(clean(v))) < 9 and any(c.isdigit() for c in clean(v)):
            notes['ssn piece (split value)'] += 1
            return
        err(ln, 'ssn invalid: %r' % v)
    elif kind == 'nino':
        if any(nino_ok(x) for x in vs):
            return
        err(ln, 'nino invalid: %r' % v)
    elif kind == 'email':
        for x in vs:
            if re.fullmatch(r'[^@\s]+@[^@\s]+\.[^@\s.]{2,}', x.strip()):
                return
            y = DOT_RX.sub('.', AT_RX.sub('@', x, count=1))
            if re.fullmatch(r'[^@\s]+@[^@\s]+\.[^@\s.]{2,}', y.strip()):
                notes['email obfuscated'] += 1
                return
        err(ln, 'email not recognisable: %r' % v)
        return
    elif kind == 'phone':
        for x in vs:
            n = len(digits(x))
            if 7 <= n <= 15:
                return
        err(ln, 'phone digit count: %r' % v)
    elif kind == 'ip':
        for x in vs:
            try:
                a = ipaddress.ip_address(x.strip())
            except ValueError:
                continue
            if str(a) in ('1.1.1.1', '9.9.9.9') or a in ipaddress.ip_network('2001:db8::/32') or any(
                    a in ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24')
                    if a.version == 4):
                err(ln, 'documentation/public resolver address labelled: %r' % v)
            return
        err(ln, 'ip does not parse: %r' % v)
    elif kind == 'dob':
        c = clean(v)
        if not re.search(r'\d', c):
            err(ln, 'dob without digits: %r' % v)
    elif kind == 'secret':
        if v.startswith('-----BEGIN'):
            if not re.fullmatch(r'-----BEGIN [A-Z ]+-----.*-----END [A-Z ]+-----', v, re.S):
                err(ln, 'PEM span not from BEGIN to END line')
            return
        if len(v) < 6 or re.search(r'\s', v):
            err(ln, 'secret too short or contains whitespace: %r' % v[:40])
        if 'EXAMPLE' in v or v.startswith('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ'):
            err(ln, 'documented example labelled as secret')


# ------------------------------------------------------------ negative scan
RX_EMAIL = re.compile(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}')
RX_CARD = re.compile(r'(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])')
RX_IBAN = re.compile(r'\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b')
RX_SSN = re.compile(r'(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])')
RX_NINO = re.compile(r'\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Z]\b')
RX_IP4 = re.compile(r'(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])')
RX_SECRET = re.compile(r'ghp_[A-Za-z0-9]{30,}|gh[osu]_[A-Za-z0-9]{30,}|github_pat_\w{30,}|glpat-[\w-]{20}|glrt-[\w-]{20}|xox[abpr]-\d|'
                       r'sk_live_[A-Za-z0-9]{10,}|sk-(?:proj|ant)-[\w-]{20,}|AKIA[A-Z2-7]{16}|ASIA[A-Z2-7]{16}|AIza[\w-]{35}|'
                       r'SG\.[\w-]{22}\.|hooks\.slack\.com/services/T|-----BEGIN [A-Z ]*PRIVATE KEY-----|npm_[A-Za-z0-9]{36}|'
                       r'hf_[A-Za-z]{34}|AGE-SECRET-KEY-1|eyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]+|pypi-AgEI|hvs\.[\w-]{20}|'
                       r'dckr_pat_|shpat_[0-9a-f]{32}|whsec_[A-Za-z0-9]{20}')
DOC_NETS = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24')]
JWT_IO = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ'


def scan_negative(ln, text):
    t = clean(text, keep_breaks=True)
    for m in RX_CARD.finditer(t):
        d = digits(m.group())
        if card_ok(d) and d not in TEST_CARDS:
            err(ln, 'valid card number left unlabelled: %s' % m.group())
    for m in RX_IBAN.finditer(t):
        s = m.group().replace(' ', '')
        n = IBAN_LEN.get(s[:2])
        if n and len(s) >= n and iban_ok(s[:n]) and s[:n] not in SAMPLE_IBANS:
            err(ln, 'valid IBAN left unlabelled: %s' % m.group())
    for m in RX_SSN.finditer(t):
        if ssn_ok(m.group()):
            err(ln, 'valid SSN left unlabelled: %s' % m.group())
    for m in RX_NINO.finditer(t):
        if nino_ok(m.group()):
            err(ln, 'valid NINO left unlabelled: %s' % m.group())
    for m in RX_EMAIL.finditer(t):
        dom = m.group().rsplit('@', 1)[1].lower()
        if not re.search(r'(^|\.)example\.(com|org|net)$', dom):
            err(ln, 'e-mail address left unlabelled: %s' % m.group())
    for m in RX_IP4.finditer(t):
        parts = [int(x) for x in m.group().split('.')]
        if max(parts) > 255:
            continue
        a = ipaddress.ip_address(m.group())
        pre = t[max(0, m.start() - 12):m.start()].lower()
        if (m.group() in ('1.1.1.1', '9.9.9.9') or parts[0] in (0, 255) or any(a in n for n in DOC_NETS)
                or re.search(r'(v|ver|version|release|build)[\s:=]*$', pre)
                or (re.match(r'/\d{1,2}\b', t[m.end():]) and parts[3] == 0)):
            continue
        err(ln, 'IPv4 address left unlabelled: %s' % m.group())
    for m in RX_SECRET.finditer(text):
        if text[m.start():].startswith(JWT_IO) or text[m.start():m.start() + 20] == 'AKIAIOSFODNN7EXAMPLE':
            continue
        err(ln, 'credential pattern left unlabelled: %s' % m.group()[:30])


# ------------------------------------------------------------ parsing
ESC = re.compile(r'\\(n|t|u[0-9A-Fa-f]{4})')


def must_escape(c):
    o = ord(c)
    cat = unicodedata.category(c)
    return (c in '\n\t\\' or cat in ('Cc', 'Cf', 'Zl', 'Zp', 'Co', 'Cs', 'Cn') or (cat == 'Zs' and c != ' ')
            or c == '\u034f' or c in '\u115f\u1160\u3164\uffa0' or 0xFF01 <= o <= 0xFF60 or 0xFFE0 <= o <= 0xFFE6)


def unescape(ln, s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\':
            m = ESC.match(s, i)
            if not m:
                err(ln, 'bad escape at col %d' % i)
                i += 1
                continue
            g = m.group(1)
            out.append('\n' if g == 'n' else '\t' if g == 't' else chr(int(g[1:], 16)))
            i = m.end()
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def parse(ln, line):
    for i, c in enumerate(line):
        if must_escape(c) and c != '\\':
            err(ln, 'raw character U+%04X must be escaped' % ord(c))
    segs = []
    pos = 0
    while True:
        i = line.find('{{', pos)
        if i < 0:
            segs.append((unescape(ln, line[pos:]), None))
            break
        if '}}' in line[pos:i]:
            err(ln, 'stray }} outside a span')
        segs.append((unescape(ln, line[pos:i]), None))
        j = line.find(':', i)
        kind = line[i + 2:j] if j > 0 else ''
        if kind not in KINDS:
            err(ln, 'unknown kind %r' % kind[:20])
            return segs
        k = line.find('}}', j)
        if k < 0:
            err(ln, 'unterminated span')
            return segs
        body = line[j + 1:k]
        if '{{' in body:
            err(ln, 'nested span')
        segs.append((unescape(ln, body), kind))
        pos = k + 2
    if '}}' in line[pos:]:
        err(ln, 'stray }} outside a span')
    return segs


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.txt'
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        errors.append('file starts with a BOM')
    text = raw.decode('utf-8')
    fams = OrderedDict()
    cur = None
    expect_la = False
    kinds = Counter()
    fam_kinds = {}
    nsamp = 0
    for ln, line in enumerate(text.split('\n'), 1):
        if expect_la:
            m = re.fullmatch(r'# look-alikes: (\d+)', line)
            if not m:
                err(ln, '# look-alikes: N must follow # family:')
            else:
                fams[cur]['la'] = int(m.group(1))
            expect_la = False
            continue
        if line.startswith('# family: '):
            cur = line[len('# family: '):].strip()
            if not cur or cur in fams:
                err(ln, 'empty or duplicate family name %r' % cur)
            fams[cur] = {'n': 0, 'la': None}
            fam_kinds[cur] = Counter()
            expect_la = True
            continue
        if line.startswith('#') or not line.strip():
            continue
        if cur is None:
            err(ln, 'sample before the first family')
            continue
        nsamp += 1
        fams[cur]['n'] += 1
        segs = parse(ln, line)
        # split values: consecutive spans of the same kind inside one sample
        byk = {}
        for s, k in segs:
            if k in ('card', 'iban'):
                byk.setdefault(k, []).append(s)
        for s, k in segs:
            if k is None:
                scan_negative(ln, s)
                continue
            kinds[k] += 1
            fam_kinds[cur][k] += 1
            if not s:
                err(ln, 'empty span')
                continue
            if s != s.strip(' '):
                err(ln, 'span has leading/trailing spaces: %r' % s)
            pieces = None
            if k in byk and len(byk[k]) > 1:
                joined = re.sub(r'[^A-Za-z0-9]', '', clean(''.join(byk[k])))
                if (k == 'card' and card_ok(joined)) or (k == 'iban' and iban_ok(joined)):
                    pieces = joined
            check_value(ln, k, s, pieces)
    total_la = 0
    for f, d in fams.items():
        if d['la'] is None:
            errors.append('family %s has no look-alikes line' % f)
        else:
            total_la += d['la']
        if d['n'] == 0:
            errors.append('family %s is empty' % f)
    if len(fams) < 45:
        errors.append('only %d families (< 45)' % len(fams))
    if total_la < 350:
        errors.append('only %d look-alikes (< 350)' % total_la)
    print('samples %d, families %d, spans %d, look-alikes %d' % (nsamp, len(fams), sum(kinds.values()), total_la))
    print('by kind: ' + ', '.join('%s %d' % (k, kinds[k]) for k in KINDS))
    print('by family:')
    for f, d in fams.items():
        print('  %-40s n=%-3d look-alikes=%-3s %s' % (f, d['n'], d['la'], ' '.join('%s=%d' % (k, fam_kinds[f][k]) for k in KINDS if fam_kinds[f][k])))
    if notes:
        print('notes: ' + ', '.join('%s %d' % kv for kv in sorted(notes.items())))
    if errors:
        print('\n%d ERROR(S):' % len(errors))
        for e in errors[:200]:
            print('  ' + e)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
