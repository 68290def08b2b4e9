#!/usr/bin/env python3
"""Validate set.txt (pii-c22): format, escapes, spans, checksums, leaks of valid
values into unlabelled text. Prints counts by kind and family. Exit 1 on error."""
import re
import sys
import unicodedata
from collections import Counter, OrderedDict

KINDS = ('email', 'phone', 'card', 'iban', 'ssn', 'ip', 'nino', 'dob', 'secret')
TESTCARDS = {'4242424242424242', '4111111111111111', '5555555555554444', '4000056655665556', '5105105105105100',
             '378282246310005', '371449635398431', '6011111111111117', '3530111333300000', '4012888888881881'}
SAMPLE_IBANS = {'GB82WEST12345698765432', 'DE89370400440532013000', 'FR1420041010050500013M02606', 'NL91ABNA0417164300',
                'ES9121000418450200051332', 'IT60X0542811101000000123456', 'BE68539007547034', 'GB29NWBK60161331926819',
                'PL61109010140000071219812874', 'CH9300762011623852957', 'AT611904300234573201'}
IBAN_LEN = {'DE': 22, 'FR': 27, 'ES': 24, 'IT': 27, 'NL': 18, 'BE': 16, 'PL': 28, 'RO': 24, 'HU': 28, 'CZ': 24, 'GR': 27,
            'TR': 26, 'PT': 25, 'GB': 22, 'IE': 22, 'AT': 20, 'CH': 21, 'SA': 24, 'AE': 23, 'IL': 23, 'LU': 20, 'UA': 29,
            'BR': 29, 'DK': 18, 'SE': 24, 'NO': 15, 'FI': 18}
BAD_SSN = {'078-05-1120', '219-09-9999', '123-45-6789', '111-11-1111', '457-55-5462'}
NI1 = set('ABCEGHJKLMNOPRSTWXYZ')
NI2 = set('ABCEGHJKLMNPRSTWXYZ')
NIBAD = {'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'}
INVIS = set('\u034f\u00ad\u115f\u1160\u3164\uffa0\u180e')

errors = []
warnings = []


def err(ln, msg):
    errors.append('line %d: %s' % (ln, msg))


def warn(ln, msg):
    warnings.append('line %d: %s' % (ln, msg))


def must_escape(c):
    o = ord(c)
    cat = unicodedata.category(c)
    if c in '\n\t\\':
        return True
    if o > 0xFFFF:
        return cat in ('Cc', 'Cf', 'Zs', 'Co', 'Cn')
    return (cat in ('Cc', 'Cf', 'Zl', 'Zp', 'Co', 'Cs') or (cat == 'Zs' and c != ' ') or c in INVIS
            or 0xFF01 <= o <= 0xFF60 or 0xFFE0 <= o <= 0xFFE6 or 0xFE00 <= o <= 0xFE0F)


def unescape(s, ln):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == '\\':
            n = s[i + 1:i + 2]
            if n == 'n':
                out.append('\n')
                i += 2
            elif n == 't':
                out.append('\t')
                i += 2
            elif n == 'u' and re.fullmatch(r'[0-9A-Fa-f]{4}', s[i + 2:i + 6] or ''):
                out.append(chr(int(s[i + 2:i + 6], 16)))
                i += 6
            else:
                err(ln, 'bad escape %r' % s[i:i + 6])
                i += 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def iban_ok(s):
    r = s[4:] + s[:4]
    try:
        return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1
    except ValueError:
        return False


def be_ok(s):
    b = s[4:]
    return int(b[:10]) % 97 == int(b[10:12]) or (int(b[:10]) % 97 == 0 and b[10:12] == '97')


def ndigits(s):
    out = []
    for c in s:
        try:
            out.append(str(unicodedata.digit(c)))
        except (TypeError, ValueError):
            pass
    return ''.join(out)


def norm_alnum(s):
    s = unicodedata.normalize('NFKC', s)
    return ''.join(c for c in s if c.isascii() and c.isalnum()).upper()


def ssn_ok(v):
    if len(v) != 9:
        return False
    a, g, s = int(v[:3]), int(v[3:5]), int(v[5:])
    return a not in (0, 666) and a < 900 and g != 0 and s != 0 and '%s-%s-%s' % (v[:3], v[3:5], v[5:]) not in BAD_SSN


def nino_ok(v):
    return (len(v) == 9 and v[0] in NI1 and v[1] in NI2 and v[:2] not in NIBAD and v[2:8].isdigit() and v[8] in 'ABCD')


SPAN = re.compile(r'\{\{([a-z]+):(.*?)\}\}', re.S)


def main(path):
    fams = OrderedDict()
    cur = None
    la_declared = {}
    kinds = Counter()
    unchecked = Counter()
    n = 0
    with open(path, encoding='utf-8') as fh:
        raw_lines = fh.read().split('\n')
    expect_la = False
    for ln, line in enumerate(raw_lines, 1):
        if line.startswith('#'):
            m = re.match(r'# family: (\S+)$', line)
            if m:
                cur = m.group(1)
                if cur in fams:
                    err(ln, 'duplicate family ' + cur)
                fams[cur] = Counter()
                expect_la = True
                continue
            m = re.match(r'# look-alikes: (\d+)$', line)
            if m:
                if not expect_la:
                    err(ln, 'look-alikes line not after family line')
                la_declared[cur] = int(m.group(1))
                expect_la = False
                continue
            if expect_la:
                err(ln, 'family line not followed by look-alikes line')
            continue
        if not line.strip():
            continue
        if expect_la:
            err(ln, 'family without look-alikes line')
            expect_la = False
        if cur is None:
            err(ln, 'sample before any family')
            continue
        n += 1
        fams[cur]['samples'] += 1
        for c in line:
            if c != '\\' and must_escape(c):
                err(ln, 'unescaped character U+%04X' % ord(c))
        # spans
        pos = 0
        spans = []
        neg = []
        for m in SPAN.finditer(line):
            neg.append(line[pos:m.start()])
            kind, val = m.group(1), m.group(2)
            if kind not in KINDS:
                err(ln, 'unknown kind %r' % kind)
            if '{{' in val:
                err(ln, 'nested or unescaped {{ inside span')
            v = unescape(val, ln)
            if not v or v != v.strip():
                err(ln, 'empty span or span with outer whitespace: %r' % v)
            spans.append((kind, v))
            pos = m.end()
        neg.append(line[pos:])
        for t in neg:
            if '{{' in t or '}}' in t:
                err(ln, 'stray span delimiter outside spans: %r' % t[:60])
        negtext = '\x00'.join(unescape(t, ln) for t in neg)
        # checksums on spans
        pieces = {'card': [], 'iban': []}
        for kind, v in spans:
            kinds[kind] += 1
            fams[cur][kind] += 1
            if kind == 'card':
                dg = ndigits(v)
                if 12 <= len(dg) <= 19 and re.fullmatch(r'[\d\s\-\u200b-\u200d\u2060\ufeff\u3000\uff10-\uff19\u0660-\u0669./]+', v):
                    if not luhn_ok(dg):
                        err(ln, 'card fails Luhn: %r' % v)
                    if dg in TESTCARDS:
                        err(ln, 'test card labelled: %r' % v)
                else:
                    pieces['card'].append(dg)
            elif kind == 'iban':
                a = norm_alnum(v)
                if re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{10,30}', a) and IBAN_LEN.get(a[:2]) == len(a):
                    if not iban_ok(a):
                        err(ln, 'IBAN fails mod 97: %r' % v)
                    if a[:2] == 'BE' and not be_ok(a):
                        err(ln, 'BE national check fails: %r' % v)
                    if a in SAMPLE_IBANS:
                        err(ln, 'sample IBAN labelled: %r' % v)
                else:
                    pieces['iban'].append(a)
            elif kind == 'ssn':
                dg = ndigits(v)
                if len(dg) == 9:
                    if not ssn_ok(dg):
                        err(ln, 'invalid SSN labelled: %r' % v)
                else:
                    unchecked['ssn'] += 1
            elif kind == 'nino':
                a = norm_alnum(v)
                if len(a) == 9:
                    if not nino_ok(a):
                        err(ln, 'invalid NINO labelled: %r' % v)
                else:
                    unchecked['nino'] += 1
        if pieces['card']:
            dg = ''.join(pieces['card'])
            if 12 <= len(dg) <= 19:
                if not luhn_ok(dg):
                    err(ln, 'card pieces fail Luhn: %r' % dg)
            else:
                unchecked['card'] += len(pieces['card'])
        if pieces['iban']:
            a = ''.join(pieces['iban'])
            if re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{10,30}', a) and IBAN_LEN.get(a[:2]) == len(a):
                if not iban_ok(a):
                    err(ln, 'IBAN pieces fail mod 97: %r' % a)
            else:
                unchecked['iban'] += len(pieces['iban'])
        # leaks of valid values into negative text
        cardtext = re.sub(r'(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?', ' IBANLIKE ', negtext)
        for m in re.finditer(r'(?<![\dA-Za-z])(\d{13,19}|\d{4}([ -])\d{4}\2\d{4}\2\d{4}(?:\2\d{1,3})?|\d{4}([ -])\d{6}\3\d{4,5})(?![\dA-Za-z])', cardtext):
            dg = re.sub(r'\D', '', m.group(1))
            if luhn_ok(dg) and dg not in TESTCARDS:
                err(ln, 'Luhn-valid card-like number outside spans: %r' % m.group(1))
        for m in re.finditer(r'(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)(?![A-Za-z0-9])', negtext):
            a = m.group(1).replace(' ', '')
            if IBAN_LEN.get(a[:2]) == len(a) and iban_ok(a) and a not in SAMPLE_IBANS:
                err(ln, 'valid IBAN outside spans: %r' % m.group(1))
        for m in re.finditer(r'(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])', negtext):
            if ssn_ok(''.join(m.groups())):
                err(ln, 'valid SSN outside spans: %r' % m.group(0))
        for m in re.finditer(r'(?<![A-Za-z0-9])([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])(?![A-Za-z0-9])', negtext):
            if nino_ok(''.join(m.groups())):
                err(ln, 'valid NINO outside spans: %r' % m.group(0))
        for m in re.finditer(r'[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}', negtext):
            dom = m.group(0).split('@')[1].lower()
            if not re.search(r'(^|\.)(example\.(com|org|net)|test|invalid|localhost|example)$', dom):
                warn(ln, 'email-like text outside spans: %r' % m.group(0))
    if expect_la:
        err(len(raw_lines), 'family without look-alikes line at end')
    total_la = 0
    for f, c in fams.items():
        if f not in la_declared:
            err(0, 'family %s lacks look-alikes count' % f)
        total_la += la_declared.get(f, 0)
        if c['samples'] == 0:
            err(0, 'family %s has no samples' % f)
    # report
    print('samples: %d   families: %d   labelled spans: %d   planted look-alikes: %d' % (n, len(fams), sum(kinds.values()), total_la))
    print('spans by kind: ' + '  '.join('%s=%d' % (k, kinds[k]) for k in KINDS))
    if unchecked:
        print('obfuscated/split spans not checksum-verifiable: ' + '  '.join('%s=%d' % kv for kv in sorted(unchecked.items())))
    print('\n%-34s %5s %5s  %s' % ('family', 'smp', 'l-a', 'spans'))
    for f, c in fams.items():
        print('%-34s %5d %5d  %s' % (f, c['samples'], la_declared.get(f, 0), ' '.join('%s=%d' % (k, c[k]) for k in KINDS if c[k])))
    for w in warnings:
        print('WARNING ' + w)
    for e in errors:
        print('ERROR ' + e)
    print('\n%d error(s), %d warning(s)' % (len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else __file__.rsplit('/', 1)[0] + '/set.txt' if '/' in __file__ else 'set.txt'))
