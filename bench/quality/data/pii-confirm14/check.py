#!/usr/bin/env python3
"""check.py -- validate set.txt (format, escapes, checksums); print counts; exit 1 on any error."""
import base64
import binascii
import collections
import html
import ipaddress
import re
import sys
import unicodedata
import urllib.parse

KINDS = ('email', 'phone', 'card', 'iban', 'ssn', 'ip', 'nino', 'dob', 'secret')
errors = []


def err(ln, msg):
    errors.append('line %d: %s' % (ln, msg))


def raw_forbidden(c):
    o = ord(c)
    cat = unicodedata.category(c)
    if cat in ('Cc', 'Cf', 'Zl', 'Zp', 'Co', 'Cs'):
        return True
    if cat == 'Zs' and c != ' ':
        return True
    if c in '\u034f\u115f\u1160\u3164\uffa0\u2800' or 0xFE00 <= o <= 0xFE0F:
        return True
    return 0xFF01 <= o <= 0xFF60 or 0xFFE0 <= o <= 0xFFEE


ESC = re.compile(r'\\(n|t|u[0-9A-Fa-f]{4})')


def unescape(s, ln):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\':
            m = ESC.match(s, i)
            if not m:
                err(ln, 'bad escape at col %d' % i)
                out.append(c)
                i += 1
                continue
            g = m.group(1)
            out.append('\n' if g == 'n' else '\t' if g == 't' else chr(int(g[1:], 16)))
            i = m.end()
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def parse(line, ln):
    segs, pos = [], 0
    while True:
        a = line.find('{{', pos)
        if a < 0:
            rest = line[pos:]
            if '}}' in rest:
                err(ln, 'stray }}')
            segs.append((None, rest))
            return segs
        plain = line[pos:a]
        if '}}' in plain:
            err(ln, 'stray }} before span')
        segs.append((None, plain))
        b = line.find('}}', a + 2)
        if b < 0:
            err(ln, 'unterminated span')
            return segs
        body = line[a + 2:b]
        kind, colon, text = body.partition(':')
        if not colon or kind not in KINDS:
            err(ln, 'bad kind %r' % kind)
        if '{{' in body:
            err(ln, 'nested span')
        if not text:
            err(ln, 'empty span')
        segs.append((kind, text))
        pos = b + 2


# ------------------------------------------------------------ checksums
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        tot += x
    return tot % 10 == 0


def iban_ok(s):
    s = re.sub(r'[^0-9A-Za-z]', '', s).upper()
    if not re.fullmatch(r'[A-Z]{2}[0-9]{2}[0-9A-Z]{8,30}', s):
        return False
    return int(''.join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def be_national_ok(s):
    s = re.sub(r'[^0-9A-Za-z]', '', s).upper()
    if not s.startswith('BE'):
        return True
    n = int(s[4:14]) % 97 or 97
    return n == int(s[14:16])


SSN_SAMPLES = {'078051120', '219099999', '123456789', '457555462'}


def ssn_ok(d):
    if len(d) != 9 or d in SSN_SAMPLES:
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return a != 0 and a != 666 and a < 900 and g != 0 and s != 0


NINO_RE = re.compile(r'^([A-Z])([A-Z])(\d{6})([A-Z])$')


def nino_ok(s):
    m = NINO_RE.match(s)
    if not m:
        return False
    a, b, _, suf = m.groups()
    return (a not in 'DFIQUV' and b not in 'DFIQUVO' and a + b not in ('BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ')
            and suf in 'ABCD')


WORDS = {}
for table in ('zero one two three four five six seven eight nine',
              'sifuri moja mbili tatu nne tano sita saba nane tisa',
              'cero uno dos tres cuatro cinco seis siete ocho nueve',
              'zéro un deux trois quatre cinq six sept huit neuf',
              'null eins zwei drei vier fünf sechs sieben acht neun',
              'kosong satu dua tiga empat lima enam tujuh lapan sembilan',
              'nol satu dua tiga empat lima enam tujuh delapan sembilan',
              'sero isa dalawa tatlo apat lima anim pito walo siyam',
              'ноль один два три четыре пять шесть семь восемь девять',
              'нуль один два три чотири пʼять шість сім вісім девʼять',
              'sıfır bir iki üç dört beş altı yedi sekiz dokuz',
              'zero um dois três quatro cinco seis sete oito nove'):
    for i, w in enumerate(table.split()):
        WORDS.setdefault(w, str(i))


def candidates(t):
    """decodings of an obfuscated value"""
    base = ''.join(c for c in t if unicodedata.category(c) != 'Cf' and c != '\u034f')
    base = unicodedata.normalize('NFKC', base)
    base = base.replace('=\n', '')
    out = [base, base[::-1]]
    try:
        out.append(urllib.parse.unquote(base))
    except Exception:
        pass
    out.append(html.unescape(base))
    out.append(re.sub(r'\\u([0-9a-fA-F]{4})', lambda m: chr(int(m.group(1), 16)), base))
    for s in (base, base + '=', base + '=='):
        for dec in (base64.b64decode, base64.urlsafe_b64decode):
            try:
                out.append(dec(s.encode()).decode('utf-8'))
            except (binascii.Error, ValueError, UnicodeDecodeError):
                pass
    toks = re.findall(r'\w+', base.lower())
    if toks and all(w in WORDS or len(w) == 1 for w in toks if not w.isdigit()) and any(w in WORDS for w in toks):
        out.append(''.join(WORDS.get(w, w) for w in toks))
    res = []
    for s in out:
        res.append(''.join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s))
    return res


def digits(s):
    return ''.join(c for c in s if c.isdigit())


def valid_value(kind, t):
    for c in candidates(t):
        if kind == 'card':
            d = digits(c)
            if 12 <= len(d) <= 19 and luhn_ok(d) and re.fullmatch(r'[\d \-.\n]+', c.strip()):
                return True
        elif kind == 'iban':
            if iban_ok(c) and be_national_ok(c):
                return True
        elif kind == 'ssn':
            if re.fullmatch(r'\d{3}[- ]?\d{2}[- ]?\d{4}', re.sub(r'\s+', ' ', c.strip())) or len(digits(c)) == 9:
                if ssn_ok(digits(c)):
                    return True
        elif kind == 'nino':
            if nino_ok(re.sub(r'[\s]', '', c).upper()):
                return True
        elif kind == 'ip':
            s = c.replace('[.]', '.').strip()
            try:
                a = ipaddress.ip_address(s)
            except ValueError:
                continue
            doc = ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32']
            if a.is_global and s not in ('1.1.1.1', '9.9.9.9') and not any(
                    a.version == ipaddress.ip_network(n).version and a in ipaddress.ip_network(n) for n in doc):
                return True
    return False


SPLIT_OK = ('card', 'iban', 'ssn', 'nino', 'phone')
TEST_CARDS = {'4242424242424242', '4111111111111111', '5555555555554444'}
SAMPLE_IBANS = {'GB82WEST12345698765432', 'DE89370400440532013000'}
IBAN_LEN = {'DE': 22, 'FR': 27, 'GB': 22, 'ES': 24, 'IT': 27, 'NL': 18, 'BE': 16, 'CH': 21, 'AT': 20, 'PL': 28,
            'PT': 25, 'IE': 22, 'TR': 26, 'SA': 24, 'AE': 23, 'UA': 29, 'RS': 22, 'GE': 22, 'KZ': 20, 'BR': 29}


def check_negatives(text, ln):
    """unlabelled text must not contain a checksum-valid card, IBAN, SSN or NINO"""
    for m in re.finditer(r'(?<![\dA-Za-z])(?:\d{4}[ -]){3}\d{1,7}(?![\d])|(?<![\dA-Za-z])\d{13,19}(?![\dA-Za-z])', text):
        d = digits(m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d) and d not in TEST_CARDS:
            err(ln, 'unlabelled Luhn-valid number %s' % m.group())
    for m in re.finditer(r'\b([A-Z]{2})(\d{2})((?: ?[0-9A-Z]{1,4}){3,8})\b', text):
        s = re.sub(r'\s', '', m.group())
        if IBAN_LEN.get(s[:2]) == len(s) and iban_ok(s) and s not in SAMPLE_IBANS:
            err(ln, 'unlabelled valid IBAN %s' % m.group())
    for m in re.finditer(r'(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])', text):
        if ssn_ok(''.join(m.groups())):
            err(ln, 'unlabelled valid SSN %s' % m.group())
    for m in re.finditer(r'\b([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])\b', text):
        s = ''.join(m.groups())
        if nino_ok(s) and s != 'QQ123456C':
            err(ln, 'unlabelled valid NINO %s' % m.group())


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.txt'
    lines = open(path, encoding='utf-8').read().split('\n')
    fam = None
    fam_samples = collections.Counter()
    fam_la = {}
    fam_kinds = collections.defaultdict(collections.Counter)
    kinds = collections.Counter()
    expect_la = False
    seen_fams = set()
    nsamples = 0
    for ln, line in enumerate(lines, 1):
        if expect_la:
            m = re.fullmatch(r'# look-alikes: (\d+)', line)
            if not m:
                err(ln, 'family without "# look-alikes: N" line')
            else:
                fam_la[fam] = int(m.group(1))
            expect_la = False
            continue
        if line.startswith('# family: '):
            fam = line[len('# family: '):].strip()
            if fam in seen_fams:
                err(ln, 'duplicate family ' + fam)
            seen_fams.add(fam)
            expect_la = True
            continue
        if not line.strip() or line.startswith('#'):
            continue
        nsamples += 1
        if fam is None:
            err(ln, 'sample before first family')
        fam_samples[fam] += 1
        for c in line:
            if raw_forbidden(c):
                err(ln, 'raw character U+%04X must be escaped' % ord(c))
        if line != line.rstrip('\r'):
            err(ln, 'CR in line')
        segs = parse(line, ln)
        dec = [(k, unescape(t, ln)) for k, t in segs]
        spans = [(k, t) for k, t in dec if k]
        if not spans and not dec:
            err(ln, 'empty sample')
        for k, t in spans:
            kinds[k] += 1
            fam_kinds[fam][k] += 1
            if t != t.strip():
                err(ln, 'span %s has surrounding whitespace: %r' % (k, t))
        for k, t in dec:
            if k is None:
                check_negatives(t, ln)
        # checksum kinds: a span, or consecutive same-kind pieces of a split value, must validate
        i = 0
        while i < len(dec):
            k, t = dec[i]
            if k in ('card', 'iban', 'ssn', 'nino', 'ip'):
                if valid_value(k, t):
                    i += 1
                    continue
                joined, j, ok = t, i + 2, False
                while j < len(dec) and dec[j][0] == k and k != 'ip':
                    joined += ' ' + dec[j][1]
                    if valid_value(k, joined):
                        ok = True
                        break
                    j += 2
                if ok:
                    i = j + 1
                    continue
                err(ln, '%s span fails validation: %r' % (k, t))
            elif k == 'email':
                c = unicodedata.normalize('NFKC', t)
                if re.search(r'@(?:[\w-]+\.)*example\.(?:com|org|net)\b', c):
                    err(ln, 'example.* address labelled')
            elif k == 'dob':
                if not re.search(r'\d', unicodedata.normalize('NFKC', t)):
                    err(ln, 'dob without digits: %r' % t)
            i += 1
    for f in seen_fams:
        if fam_samples[f] == 0:
            errors.append('family %s has no samples' % f)
    print('samples: %d  families: %d  planted look-alikes: %d' % (nsamples, len(seen_fams), sum(fam_la.values())))
    print('spans by kind: ' + ', '.join('%s=%d' % (k, kinds[k]) for k in KINDS) + '  total=%d' % sum(kinds.values()))
    print('%-26s %5s %5s  %s' % ('family', 'n', 'la', 'spans'))
    for f in sorted(seen_fams):
        print('%-26s %5d %5d  %s' % (f, fam_samples[f], fam_la.get(f, -1),
                                     ' '.join('%s=%d' % (k, fam_kinds[f][k]) for k in KINDS if fam_kinds[f][k])))
    if errors:
        print('\n%d ERROR(S):' % len(errors))
        for e in errors[:200]:
            print('  ' + e)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
