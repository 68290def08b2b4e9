#!/usr/bin/env python3
"""Validate set.txt (pii-c21): format, escapes, span syntax, checksums of labelled values, and that no
checksum-valid card / IBAN / SSN / NINO sits unlabelled. Prints counts by kind, family and language.
Exit status 1 on any error. Standard library only. Usage: python3 check.py [set.txt]"""
import base64, binascii, collections, html, ipaddress, re, sys, unicodedata, urllib.parse

KINDS = ['email', 'phone', 'card', 'iban', 'ssn', 'ip', 'nino', 'dob', 'secret']
TEST_CARDS = {'4242424242424242', '4111111111111111', '5555555555554444', '4000056655665556', '4012888888881881',
              '378282246310005', '371449635398431', '6011111111111117', '5105105105105100', '3530111333300000', '30569309025904'}
SAMPLE_IBANS = {'DE89370400440532013000', 'GB82WEST12345698765432', 'GB29NWBK60161331926819', 'FR1420041010050500013M02606',
                'NL91ABNA0417164300', 'BE68539007547034', 'ES9121000418450200051332', 'IT60X0542811101000000123456',
                'CH9300762011623852957', 'AT611904300234573201', 'PL61109010140000071219812874'}
IBAN_LEN = {'DE': 22, 'FR': 27, 'ES': 24, 'IT': 27, 'PT': 25, 'RO': 24, 'GR': 27, 'IL': 23, 'BG': 22, 'LT': 20, 'LV': 21,
            'EE': 20, 'IS': 26, 'GB': 22, 'NL': 18, 'BE': 16, 'AZ': 28, 'GE': 22, 'KZ': 20, 'RS': 22, 'TR': 26, 'PL': 28,
            'CH': 21, 'AT': 20, 'IE': 22, 'SE': 24, 'NO': 15, 'DK': 18, 'FI': 18, 'HR': 21, 'SI': 19, 'UA': 29, 'ME': 22,
            'MK': 19, 'SA': 24, 'AE': 23, 'PK': 24, 'CY': 28, 'MT': 31, 'LU': 20, 'CZ': 24, 'HU': 28, 'SK': 24, 'AL': 28,
            'MD': 24, 'BA': 20}
NINO_BAD_PFX = {'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'}

def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9: n -= 9
        s += n
    return s % 10 == 0

def iban_ok(s):
    s = s.replace(' ', '').upper()
    if len(s) < 15 or not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s): return False
    if IBAN_LEN.get(s[:2]) != len(s): return False
    if int(''.join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 != 1: return False
    if s[:2] == 'BE':
        b = s[4:]
        if (int(b[:10]) % 97 or 97) != int(b[10:]): return False
    return True

def ssn_ok(a, g, s):
    a, g, s = int(a), int(g), int(s)
    if a == 0 or a == 666 or a >= 900 or g == 0 or s == 0: return False
    return '%03d-%02d-%04d' % (a, g, s) not in ('078-05-1120', '219-09-9999', '123-45-6789')

def nino_ok(s):
    s = re.sub(r'[\s-]', '', s).upper()
    m = re.fullmatch(r'([A-Z])([A-Z])\d{6}([A-D])', s)
    if not m: return False
    a, b = m.group(1), m.group(2)
    return a not in 'DFIQUV' and b not in 'DFIOQUV' and a + b not in NINO_BAD_PFX

def scan_unlabelled(text):
    bad = []
    for m in re.finditer(r'(?<![0-9A-Za-z])\d(?:[ -]?\d){12,18}(?![0-9A-Za-z])', text):
        d = re.sub(r'\D', '', m.group(0))
        if luhn_ok(d) and d not in TEST_CARDS: bad.append('luhn-valid number ' + m.group(0))
    for m in re.finditer(r'(?<![A-Za-z0-9])([A-Z]{2})(\d{2})((?: ?[A-Z0-9]){10,32})', text):
        cc = m.group(1)
        if cc not in IBAN_LEN: continue
        cand = (m.group(1) + m.group(2) + m.group(3)).replace(' ', '')[:IBAN_LEN[cc]]
        if iban_ok(cand) and cand not in SAMPLE_IBANS: bad.append('valid IBAN ' + cand)
    for m in re.finditer(r'(?<![\d-])(\d{3})[- ](\d{2})[- ](\d{4})(?![\d-])', text):
        if ssn_ok(*m.groups()): bad.append('valid SSN ' + m.group(0))
    for m in re.finditer(r'(?<![A-Za-z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])', text):
        if nino_ok(m.group(0)) and m.group(0).replace(' ', '') != 'QQ123456C': bad.append('valid NINO ' + m.group(0))
    return bad

def must_escape(c):
    o = ord(c)
    if 0xFF00 <= o <= 0xFFEF or o in (0x034F, 0x3164, 0x115F, 0x1160, 0x180E) or 0xFE00 <= o <= 0xFE0F: return True
    cat = unicodedata.category(c)
    return cat in ('Cc', 'Cf', 'Zl', 'Zp', 'Co', 'Cs', 'Cn') or (cat == 'Zs' and c != ' ')

def unescape(s, err):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\':
            if s.startswith('\\n', i): out.append('\n'); i += 2
            elif s.startswith('\\t', i): out.append('\t'); i += 2
            elif re.match(r'\\u[0-9A-Fa-f]{4}', s[i:i + 6]): out.append(chr(int(s[i + 2:i + 6], 16))); i += 6
            else: err('bad escape at %d' % i); i += 1
        else:
            if must_escape(c): err('raw character U+%04X must be escaped' % ord(c))
            out.append(c); i += 1
    return ''.join(out)

def parse(line, err):
    """returns list of (kind|None, raw_text)"""
    segs, i = [], 0
    while i < len(line):
        j = line.find('{{', i)
        k = line.find('}}', i)
        if k != -1 and (j == -1 or k < j): err('stray }} outside span'); return segs
        if j == -1:
            segs.append((None, line[i:])); break
        if j > i: segs.append((None, line[i:j]))
        c = line.find(':', j)
        e = line.find('}}', j)
        if c == -1 or e == -1 or c > e: err('unterminated span'); return segs
        kind = line[j + 2:c]
        if kind not in KINDS: err('unknown kind %r' % kind)
        body = line[c + 1:e]
        if '{{' in body: err('nested span')
        segs.append((kind, body)); i = e + 2
    return segs

SPELL = ['zero one two three four five six seven eight nine', 'cero uno dos tres cuatro cinco seis siete ocho nueve',
         'zero um dois três quatro cinco seis sete oito nove', 'zero uno due tre quattro cinque sei sette otto nove']
SCRIPT_ZERO = [0x660, 0x6F0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xE50, 0x1040, 0x17E0, 0xFF10]
def norm(v):
    v = ''.join(c for c in v if unicodedata.category(c) != 'Cf' and ord(c) != 0x34F)
    v = unicodedata.normalize('NFKC', v)
    out = []
    for c in v:
        if not c.isascii() and unicodedata.category(c) == 'Nd': out.append(str(unicodedata.digit(c)))
        elif unicodedata.category(c) == 'Zs': out.append(' ')
        else: out.append(c)
    return ''.join(out)

def candidates(v):
    base = norm(v)
    words = {w: str(i) for sp in SPELL for i, w in enumerate(sp.split())}
    spelled = ''.join(words.get(w, '') for w in re.split(r'[\s,.-]+', base.lower()))
    cands = [base, spelled, base[::-1], html.unescape(base), urllib.parse.unquote(base), base.replace('=40', '@').replace('=3D', '=')]
    try:
        b = base.strip()
        cands.append(base64.b64decode(b + '=' * (-len(b) % 4), validate=True).decode('utf-8'))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        pass
    return cands

def check_value(kind, v):
    """returns None if ok, else a message"""
    if not v or v != v.strip(' '): return 'empty span or span with surrounding spaces'
    cs = candidates(v)
    if kind == 'card':
        for c in cs:
            d = re.sub(r'\D', '', c)
            if 12 <= len(d) <= 19 and luhn_ok(d) and d not in TEST_CARDS: return None
        return 'card fails Luhn / is a test card'
    if kind == 'iban':
        for c in cs:
            s = re.sub(r'[^A-Za-z0-9]', '', c).upper()
            if iban_ok(s) and s not in SAMPLE_IBANS: return None
        return 'IBAN fails mod 97 / national check / is a sample IBAN'
    if kind == 'ssn':
        for c in cs:
            d = re.sub(r'\D', '', c)
            if len(d) == 9 and ssn_ok(d[:3], d[3:5], d[5:]): return None
        return 'SSN breaks a validity rule or is a sample'
    if kind == 'nino':
        for c in cs:
            if nino_ok(re.sub(r'[^A-Za-z0-9]', '', c)) and re.sub(r'\W', '', c).upper() != 'QQ123456C': return None
        return 'NINO breaks a validity rule'
    if kind == 'ip':
        for c in cs:
            try:
                a = ipaddress.ip_address(c.strip())
            except ValueError:
                continue
            doc4 = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24')]
            if a.version == 4 and (any(a in n for n in doc4) or str(a) in ('1.1.1.1', '9.9.9.9')): return 'documentation/resolver address labelled'
            if a.version == 6 and a in ipaddress.ip_network('2001:db8::/32'): return 'documentation v6 address labelled'
            return None
        return 'not an IP address'
    if kind == 'email':
        low = v.lower()
        if 'example.com' in low or 'example.org' in low or 'example.net' in low: return 'example domain labelled'
        if any('@' in c for c in cs): return None
        if re.search(r'\S+\s*\S+\s+\S+', v): return None   # spelled "at"/"dot" forms
        return 'email without @ or spelled form'
    if kind == 'phone':
        if len(re.sub(r'\D', '', norm(v))) >= 3 or re.search(r'[a-zα-ω]', v.lower()): return None
        return 'phone without digits'
    if kind == 'dob':
        if re.search(r'\d', norm(v)): return None
        return 'dob without digits'
    if kind == 'secret':
        return None if len(v) >= 4 else 'secret too short'
    return None

def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.txt'
    errors = []
    kinds = collections.Counter()
    fam_stats = collections.OrderedDict()
    langs = collections.Counter()
    fam = None; expect_look = False; lang = None; total_look = 0; samples = 0
    with open(path, encoding='utf-8') as fh:
        raw = fh.read()
    if '\r' in raw: errors.append('CR characters in file')
    for n, line in enumerate(raw.split('\n'), 1):
        def err(msg, n=n): errors.append('line %d: %s' % (n, msg))
        if expect_look:
            m = re.fullmatch(r'# look-alikes: (\d+)', line)
            if not m: err('"# family:" not followed by "# look-alikes: N"')
            else:
                fam_stats[fam]['look'] = int(m.group(1)); total_look += int(m.group(1))
            expect_look = False; continue
        if line.startswith('#'):
            m = re.fullmatch(r'# family: (\S.*)', line)
            if m:
                fam = m.group(1)
                if fam in fam_stats: err('duplicate family ' + fam)
                fam_stats[fam] = {'samples': 0, 'look': 0, 'kinds': collections.Counter()}
                expect_look = True
            m = re.fullmatch(r'# lang: (\S+)', line)
            if m: lang = m.group(1)
            continue
        if not line.strip(): continue
        if fam is None: err('sample before first family'); continue
        samples += 1; fam_stats[fam]['samples'] += 1; langs[lang] += 1
        segs = parse(line, err)
        neg = []
        for kind, body in segs:
            val = unescape(body, err)
            if kind is None:
                neg.append(val); continue
            kinds[kind] += 1; fam_stats[fam]['kinds'][kind] += 1
            msg = check_value(kind, val)
            if msg: err('%s span %r: %s' % (kind, val[:60], msg))
        full = '\x00'.join(neg)
        for b in scan_unlabelled(full): err('unlabelled ' + b)
    # summary
    print('samples: %d  families: %d  labelled spans: %d  planted look-alikes: %d' % (samples, len(fam_stats), sum(kinds.values()), total_look))
    print('by kind: ' + ', '.join('%s %d' % (k, kinds[k]) for k in KINDS))
    en = langs.get('en', 0)
    print('languages (%d): ' % len(langs) + ', '.join('%s %d' % kv for kv in sorted(langs.items(), key=lambda x: -x[1])))
    print('mainly English: %d, other languages: %d' % (en, samples - en))
    print('\nfamily  samples  look-alikes  spans')
    for f, st in fam_stats.items():
        print('  %-38s %3d %4d   %s' % (f, st['samples'], st['look'], ' '.join('%s=%d' % (k, st['kinds'][k]) for k in KINDS if st['kinds'][k])))
    if len(fam_stats) < 45: errors.append('fewer than 45 families')
    if total_look < 350: errors.append('fewer than 350 planted look-alikes')
    if errors:
        print('\n%d ERROR(S):' % len(errors))
        for e in errors[:200]: print('  ' + e)
        sys.exit(1)
    print('\nOK')

if __name__ == '__main__':
    main()
