#!/usr/bin/env python3
"""Validate set.txt (pii-c17): format, escapes, spans, family headers, checksums of labelled
card/iban/ssn/nino values and absence of valid checksum values outside spans. Exit 1 on any error."""
import base64, html, quopri, re, sys, unicodedata, urllib.parse, os

KINDS = ('email', 'phone', 'card', 'iban', 'ssn', 'ip', 'nino', 'dob', 'secret')
IBAN_LEN = {'PL': 28, 'PT': 25, 'GR': 27, 'RO': 24, 'CZ': 24, 'HU': 28, 'FI': 18, 'NO': 15, 'DE': 22, 'FR': 27, 'ES': 24,
            'BE': 16, 'NL': 18, 'IL': 23, 'SA': 24, 'AE': 23, 'TR': 26, 'BR': 29, 'GB': 22, 'IT': 27, 'SE': 24, 'IR': 26,
            'AT': 20, 'CH': 21, 'DK': 18, 'IE': 22, 'EG': 29, 'JO': 30, 'QA': 29, 'LT': 20, 'SK': 24}
IBAN_SAMPLES = {'GB82WEST12345698765432', 'DE89370400440532013000', 'FR1420041010050500013M02606', 'NL91ABNA0417164300',
                'BE68539007547034', 'GB29NWBK60161331926819', 'ES9121000418450200051332'}
CARD_TEST = {'4242424242424242', '4111111111111111', '5555555555554444', '4000056655665556', '378282246310005',
             '371449635398431', '6011111111111117', '3530111333300000', '5105105105105100', '4012888888881881'}
SSN_SAMPLES = {'123456789', '078051120', '219099999'}
SPELL = {}
for line in '''zero one two three four five six seven eight nine
zero um dois três quatro cinco seis sete oito nove
zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć
μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα
zero unu doi trei patru cinci șase șapte opt nouă
nula jedna dva tři čtyři pět šest sedm osm devět
nulla egy kettő három négy öt hat hét nyolc kilenc
nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän
null en to tre fire fem seks sju åtte ni
nol satu dua tiga empat lima enam tujuh delapan sembilan
không một hai ba bốn năm sáu bảy tám chín
ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า
공 일 이 삼 사 오 육 칠 팔 구
صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة
אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע
صفر یک دو سه چهار پنج شش هفت هشت نه
শূন্য এক দুই তিন চার পাঁচ ছয় সাত আট নয়
null eins zwei drei vier fünf sechs sieben acht neun
cero uno dos tres cuatro cinco seis siete ocho nueve
sıfır bir iki üç dört beş altı yedi sekiz dokuz'''.split('\n'):
    for i, w in enumerate(line.split()):
        SPELL.setdefault(w, str(i))
SPELL.update({'oh': '0', 'o': '0'})


def luhn_ok(s):
    t = 0
    for i, d in enumerate(int(c) for c in s[::-1]):
        if i % 2:
            d *= 2
            if d > 9: d -= 9
        t += d
    return t % 10 == 0


def card_brand(s):
    n = len(s)
    if s[0] == '4' and n in (13, 16, 19): return True
    if n == 16 and (51 <= int(s[:2]) <= 55 or 2221 <= int(s[:4]) <= 2720): return True
    if n == 15 and s[:2] in ('34', '37'): return True
    if n in (16, 19) and (s[:4] == '6011' or s[:2] == '65' or 644 <= int(s[:3]) <= 649): return True
    if 16 <= n <= 19 and 3528 <= int(s[:4]) <= 3589: return True
    if 16 <= n <= 19 and s[:2] == '62': return True
    if 14 <= n <= 19 and s[:2] in ('36', '38', '39', '30'): return True
    if 12 <= n <= 19 and s[:2] in ('50', '56', '57', '58', '63', '67'): return True
    return False


def iban_ok(s):
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s) or IBAN_LEN.get(s[:2]) != len(s):
        return False
    t = s[4:] + s[:4]
    if int(''.join(str(int(c, 36)) for c in t)) % 97 != 1:
        return False
    if s[:2] == 'BE':
        n = int(s[4:14]) % 97 or 97
        return n == int(s[14:16])
    return True


def ssn_ok(s):
    if not re.fullmatch(r'\d{9}', s): return False
    a, g, n = int(s[:3]), int(s[3:5]), int(s[5:])
    return 0 < a < 900 and a != 666 and g != 0 and n != 0 and s not in SSN_SAMPLES


def nino_ok(s):
    return bool(re.fullmatch(r'[ABCEGHJKLMNOPRSTWXYZ][ABCEGHJKLMNPRSTWXYZ]\d{6}[A-D]', s)) and s[:2] not in {'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'}


def unescape(s):
    return re.sub(r'\\(n|t|u[0-9A-Fa-f]{4})', lambda m: '\n' if m.group(1) == 'n' else '\t' if m.group(1) == 't' else chr(int(m.group(1)[1:], 16)), s)


def norm_digits(s):
    out = []
    for c in s:
        if unicodedata.category(c) == 'Nd':
            out.append(str(unicodedata.digit(c)))
        else:
            out.append(c)
    return ''.join(out)


def candidates(v):
    """plausible decodings of an (obfuscated) value"""
    base = [v]
    c = ''.join(ch for ch in v if unicodedata.category(ch) != 'Cf')
    c = unicodedata.normalize('NFKC', c)
    base.append(c)
    try: base.append(urllib.parse.unquote(c))
    except Exception: pass
    base.append(html.unescape(c))
    try: base.append(quopri.decodestring(c.encode()).decode('utf-8', 'replace'))
    except Exception: pass
    try: base.append(c.encode().decode('unicode_escape'))
    except Exception: pass
    try:
        b = re.sub(r'\s', '', c)
        base.append(base64.b64decode(b + '=' * (-len(b) % 4), validate=True).decode('utf-8'))
    except Exception: pass
    words = re.findall(r'\w+', c.lower())
    if words and sum(1 for w in words if w in SPELL) >= len(words) // 2:
        base.append(''.join(SPELL.get(w, w if w.isdigit() else '') for w in words))
    out = []
    for b in base:
        b = norm_digits(unicodedata.normalize('NFKC', b))
        out.append(b)
        out.append(b[::-1])
    return out


def valid_as(kind, v):
    for c in candidates(v):
        if kind == 'card':
            d = re.sub(r'\D', '', c)
            if 13 <= len(d) <= 19 and luhn_ok(d) and card_brand(d) and d not in CARD_TEST: return True
        elif kind == 'iban':
            d = re.sub(r'[^A-Za-z0-9]', '', c).upper()
            if iban_ok(d): return True
        elif kind == 'ssn':
            if ssn_ok(re.sub(r'\D', '', c)): return True
        elif kind == 'nino':
            if nino_ok(re.sub(r'[^A-Za-z0-9]', '', c).upper()): return True
    return False


def bad_raw(c):
    o = ord(c)
    cat = unicodedata.category(c)
    if cat in ('Cc', 'Cf', 'Zl', 'Zp', 'Co', 'Cs'): return True
    if cat == 'Zs' and c != ' ': return True
    if 0xFF00 <= o <= 0xFFEF: return True
    if o in (0x034F, 0x115F, 0x1160, 0x3164) or 0xFE00 <= o <= 0xFE0F: return True
    return False

EX_DOMAIN = re.compile(r'(^|\.)example\.(com|org|net)$|\.(example|test|invalid|localhost)$', re.I)


def neg_scan(text, errs, warns, where):
    t = unescape(text)
    t2 = ''.join(ch for ch in t if unicodedata.category(ch) != 'Cf')
    for m in re.finditer(r'(?<![\w.-])(\d[\d -]{11,22}\d)(?![\w])', t2):
        d = re.sub(r'\D', '', m.group(1))
        for L in range(13, 20):
            for i in range(0, len(d) - L + 1):
                s = d[i:i + L]
                if (i == 0 and L == len(d)) and luhn_ok(s) and card_brand(s) and s not in CARD_TEST:
                    errs.append('%s: unlabelled valid card %s' % (where, m.group(1)))
    for m in re.finditer(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30})', t2):
        s = m.group(1).replace(' ', '')
        for L in range(14, len(s) + 1):
            if iban_ok(s[:L]) and s[:L] not in IBAN_SAMPLES:
                errs.append('%s: unlabelled valid IBAN %s' % (where, s[:L]))
    for m in re.finditer(r'(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])', t2):
        s = m.group(1) + m.group(3) + m.group(4)
        if ssn_ok(s):
            errs.append('%s: unlabelled valid SSN %s' % (where, m.group(0)))
    for m in re.finditer(r'\b([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])\b', t2):
        s = ''.join(m.groups())
        if nino_ok(s) and s != 'QQ123456C':
            errs.append('%s: unlabelled valid NINO %s' % (where, m.group(0)))
    for m in re.finditer(r'[\w.+-]+@([\w-]+(?:\.[\w-]+)+)', t2):
        if not EX_DOMAIN.search(m.group(1)):
            warns.append('%s: unlabelled e-mail-like %s' % (where, m.group(0)))
    for m in re.finditer(r'(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])', t2):
        ip = m.group(0)
        if all(int(x) < 256 for x in m.groups()):
            if re.match(r'(192\.0\.2|198\.51\.100|203\.0\.113)\.', ip) or ip in ('1.1.1.1', '9.9.9.9') or ip.startswith('255.'):
                continue
            warns.append('%s: unlabelled IPv4-like %s' % (where, ip))


def main(path):
    errs, warns = [], []
    by_kind, by_fam = {k: 0 for k in KINDS}, {}
    fam, declared, lookalikes, nsamples = None, None, 0, 0
    lines = open(path, encoding='utf-8').read().split('\n')
    for ln, line in enumerate(lines, 1):
        where = 'line %d' % ln
        if line.startswith('# family:'):
            fam = line[len('# family:'):].strip()
            if fam in by_fam: errs.append('%s: duplicate family %s' % (where, fam))
            by_fam[fam] = {'samples': 0, 'spans': 0, 'lookalikes': None}
            if ln >= len(lines) or not re.fullmatch(r'# look-alikes: \d+', lines[ln]):
                errs.append('%s: family without "# look-alikes: N" line' % where)
            continue
        if line.startswith('# look-alikes:'):
            n = int(line.split(':')[1])
            by_fam[fam]['lookalikes'] = n; lookalikes += n
            continue
        if line.startswith('#') or not line.strip():
            continue
        if fam is None:
            errs.append('%s: sample before first family' % where); continue
        nsamples += 1
        by_fam[fam]['samples'] += 1
        for c in line:
            if bad_raw(c): errs.append('%s: raw character U+%04X must be escaped' % (where, ord(c)))
        for m in re.finditer(r'\\(.{0,5})', line):
            if not re.match(r'(n|t|u[0-9A-Fa-f]{4})', m.group(1)):
                errs.append('%s: bad escape \\%s' % (where, m.group(1)))
        pos, outside, spans_line = 0, [], []
        while True:
            i = line.find('{{', pos)
            j = line.find('}}', pos)
            if i < 0:
                if j >= 0: errs.append('%s: stray }}' % where)
                outside.append(line[pos:]); break
            if 0 <= j < i: errs.append('%s: stray }} before span' % where)
            outside.append(line[pos:i])
            k = line.find(':', i)
            kind = line[i + 2:k]
            if kind not in KINDS:
                errs.append('%s: unknown kind %r' % (where, kind)); break
            e = line.find('}}', k)
            if e < 0: errs.append('%s: unterminated span' % where); break
            val = line[k + 1:e]
            if '{{' in val: errs.append('%s: nested span' % where)
            if not val: errs.append('%s: empty span' % where)
            v = unescape(val)
            if v != v.strip(' '): errs.append('%s: span with outer spaces %r' % (where, v))
            by_kind[kind] += 1; by_fam[fam]['spans'] += 1
            pos = e + 2
            spans_line.append((kind, v))
        # checksums (pieces of a split value are joined)
        sl = spans_line
        for kind in ('card', 'iban', 'ssn', 'nino'):
            vals = [v for kd, v in sl if kd == kind]
            bad = [v for v in vals if not valid_as(kind, v)]
            if bad and not (len(bad) >= 2 and valid_as(kind, ' '.join(bad))):
                for v in bad: errs.append('%s: labelled %s fails checksum/rules: %r' % (where, kind, v))
        neg_scan(''.join(outside), errs, warns, where)
    for f, d in by_fam.items():
        if d['lookalikes'] is None: errs.append('family %s: no look-alikes count' % f)
    print('samples: %d  families: %d  spans: %d  look-alikes: %d' % (nsamples, len(by_fam), sum(by_kind.values()), lookalikes))
    print('by kind: ' + '  '.join('%s=%d' % (k, by_kind[k]) for k in KINDS))
    print('by family (samples/spans/look-alikes):')
    for f, d in by_fam.items():
        print('  %-32s %3d %3d %3d' % (f, d['samples'], d['spans'], d['lookalikes'] or 0))
    for w in warns: print('WARN ' + w)
    for e in errs: print('ERROR ' + e)
    print('errors: %d  warnings: %d' % (len(errs), len(warns)))
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'set.txt')))
