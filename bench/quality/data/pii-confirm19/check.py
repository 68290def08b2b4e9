#!/usr/bin/env python3
"""Validate set.txt (pii-c19): format, escapes, span syntax, checksums of labelled values,
clean negatives, family headers. Prints counts; exits 1 on any error."""
import base64, collections, re, sys, unicodedata, urllib.parse, os

KINDS = {'email', 'phone', 'card', 'iban', 'ssn', 'ip', 'nino', 'dob', 'secret'}
IBAN_LEN = {'AD': 24, 'BE': 16, 'BG': 22, 'BR': 29, 'CR': 22, 'DE': 22, 'EE': 20, 'ES': 24, 'FR': 27, 'GB': 22, 'GR': 27,
            'HR': 21, 'IL': 23, 'IS': 26, 'IT': 27, 'LT': 20, 'NL': 18, 'RO': 24, 'PT': 25, 'DO': 28, 'SE': 24}
TEST_CARDS = {'4242424242424242', '4111111111111111', '5555555555554444', '4000056655665556', '378282246310005'}
SAMPLE_IBANS = {'GB82WEST12345698765432', 'DE89370400440532013000', 'FR1420041010050500013M02606', 'NL91ABNA0417164300',
                'BE68539007547034', 'ES9121000418450200051332', 'IT60X0542811101000000123456'}
SSN_BAD = {'078051120', '219099999', '123456789', '457555462'}
WORDS = {}
for lang, w in {'en': 'zero one two three four five six seven eight nine', 'es': 'cero uno dos tres cuatro cinco seis siete ocho nueve',
                'pt': 'zero um dois três quatro cinco seis sete oito nove'}.items():
    for i, x in enumerate(w.split()): WORDS[x] = str(i)

errors = []
def err(ln, msg): errors.append('line %d: %s' % (ln, msg))

def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        t += x
    return t % 10 == 0
def iban_mod(s):
    s = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in s)) % 97

def unescape(s, ln):
    out = []; i = 0
    while i < len(s):
        c = s[i]
        if c == '\\':
            if s[i + 1:i + 2] == 'n': out.append('\n'); i += 2; continue
            if s[i + 1:i + 2] == 't': out.append('\t'); i += 2; continue
            m = re.match(r'u([0-9A-Fa-f]{4})', s[i + 1:i + 6])
            if m: out.append(chr(int(m.group(1), 16))); i += 6; continue
            err(ln, 'bad escape at col %d' % i); i += 1; continue
        o = ord(c); cat = unicodedata.category(c)
        if cat in ('Cc', 'Cf', 'Zl', 'Zp', 'Co', 'Cs') or (cat == 'Zs' and c != ' ') or c == '\u034f' \
                or 0xFF01 <= o <= 0xFF60 or 0xFFE0 <= o <= 0xFFEE or o == 0x3000:
            err(ln, 'unescaped invisible/full-width U+%04X' % o)
        out.append(c); i += 1
    return ''.join(out)

def norm(v):
    v = ''.join(c for c in v if unicodedata.category(c) not in ('Cf',) and c != '\u034f')
    v = unicodedata.normalize('NFKC', v)
    return ''.join(str(unicodedata.decimal(c)) if unicodedata.category(c) == 'Nd' else c for c in v)

def digits_of(v):
    n = norm(v)
    toks = re.findall(r'[a-zà-ÿ]+|\d', n.lower())
    if toks and all(t in WORDS or t.isdigit() for t in toks) and any(t in WORDS for t in toks):
        return ''.join(WORDS.get(t, t) for t in toks)
    if re.fullmatch(r'[A-Za-z0-9+/]+=*', n) and not n.isdigit() and len(n) % 4 == 0:
        try:
            d = base64.b64decode(n).decode()
            if re.fullmatch(r'[\d +().-]+', d): return re.sub(r'\D', '', d)
        except Exception: pass
    if '%' in n:
        n = urllib.parse.unquote(n)
    return re.sub(r'\D', '', n)

stats = collections.Counter(); verified = collections.Counter()
def check_span(kind, v, ln):
    if not v.strip(): err(ln, 'empty span'); return
    if v != v.strip(' '): err(ln, 'span with outer spaces: %r' % v)
    if kind == 'card':
        d = digits_of(v)
        if not 13 <= len(d) <= 19: err(ln, 'card length %r' % v); return
        if not luhn_ok(d): err(ln, 'card fails Luhn %r' % v)
        if d in TEST_CARDS: err(ln, 'test card labelled')
        verified[kind] += 1
    elif kind == 'iban':
        s = re.sub(r'[\s\-]', '', norm(v)).upper()
        if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s): err(ln, 'iban shape %r' % v); return
        if IBAN_LEN.get(s[:2]) != len(s): err(ln, 'iban length %r' % v)
        if iban_mod(s) != 1: err(ln, 'iban mod97 %r' % v)
        if s in SAMPLE_IBANS: err(ln, 'sample iban labelled')
        if s[:2] == 'BE' and (int(s[4:14]) % 97 or 97) != int(s[14:16]): err(ln, 'BE national check %r' % v)
        verified[kind] += 1
    elif kind == 'ssn':
        d = digits_of(v)
        if len(d) != 9: err(ln, 'ssn length %r' % v); return
        a, g, s = d[:3], d[3:5], d[5:]
        if a in ('000', '666') or a[0] == '9' or g == '00' or s == '0000' or d in SSN_BAD: err(ln, 'invalid ssn %r' % v)
        verified[kind] += 1
    elif kind == 'nino':
        s = re.sub(r'[\s\-]', '', norm(v)).upper()
        m = re.fullmatch(r'([A-Z])([A-Z])(\d{6})([A-D])', s)
        if not m: err(ln, 'nino shape %r' % v); return
        if m.group(1) in 'DFIQUV' or m.group(2) in 'DFIOQUV' or s[:2] in ('BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'):
            err(ln, 'invalid nino %r' % v)
        verified[kind] += 1
    elif kind == 'phone':
        d = digits_of(v)
        if not 7 <= len(d) <= 15: err(ln, 'phone digits %r' % v)
        if re.search(r'555-?01\d\d', norm(v)): err(ln, 'fictional 555-01xx labelled')
        verified[kind] += 1
    elif kind == 'email':
        n = norm(v)
        if 'example.' in n: err(ln, 'example domain labelled')
    elif kind == 'ip':
        n = norm(v).replace('[.]', '.')
        if n in ('1.1.1.1', '9.9.9.9') or re.match(r'(192\.0\.2|198\.51\.100|203\.0\.113)\.', n): err(ln, 'doc/resolver ip labelled')
        if re.fullmatch(r'\d+\.\d+\.\d+\.\d+', n):
            if any(int(x) > 255 for x in n.split('.')): err(ln, 'bad ipv4 %r' % v)
            verified[kind] += 1
        elif ':' in n: verified[kind] += 1
        else: err(ln, 'ip shape %r' % v)
    elif kind == 'dob':
        if not re.search(r'\d', norm(v)): err(ln, 'dob without digits')
    elif kind == 'secret':
        if 'EXAMPLE' in v or v.startswith('${'): err(ln, 'placeholder labelled as secret')
        if v.startswith('-----BEGIN') and not re.search(r'-----END [A-Z ]+-----$', v): err(ln, 'PEM span must end at END line')

def neg_problem(text):
    for m in re.finditer(r'(?<![\dA-Za-z])\d(?:[ -]?\d){12,18}(?![\dA-Za-z])', text):
        d = re.sub(r'\D', '', m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d) and d not in TEST_CARDS: return 'Luhn-valid number in negative text: ' + m.group()
    for m in re.finditer(r'\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b', text):
        s = m.group().replace(' ', '')
        if s[:2] in IBAN_LEN and len(s) >= IBAN_LEN[s[:2]]:
            s = s[:IBAN_LEN[s[:2]]]
            if iban_mod(s) == 1 and s not in SAMPLE_IBANS: return 'valid IBAN in negative text: ' + s
    for m in re.finditer(r'[\w.+-]+@([\w-]+\.)+[a-z]{2,}', text):
        if not re.search(r'@(\w+\.)*example\.(com|org|net)$', m.group()): return 'real-looking email in negative text: ' + m.group()
    for m in re.finditer(r'\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b', text):
        if m.group().replace('-', '') not in SSN_BAD: return 'valid SSN shape in negative text: ' + m.group()
    return None

def main(path):
    fams = []; cur = None; expect_look = False
    kind_count = collections.Counter(); samples = 0
    for ln, raw in enumerate(open(path, encoding='utf-8').read().split('\n'), 1):
        if expect_look:
            m = re.fullmatch(r'# look-alikes: (\d+)', raw)
            if not m: err(ln, 'family header not followed by # look-alikes: N')
            else: cur['look'] = int(m.group(1))
            expect_look = False; continue
        if raw.startswith('# family: '):
            cur = {'name': raw[10:].strip(), 'samples': 0, 'spans': collections.Counter(), 'look': None}
            if any(f['name'] == cur['name'] for f in fams): err(ln, 'duplicate family')
            fams.append(cur); expect_look = True; continue
        if raw.startswith('#') or not raw.strip(): continue
        if cur is None: err(ln, 'sample before first family'); continue
        samples += 1; cur['samples'] += 1
        pos = 0; neg = []
        for m in re.finditer(r'\{\{(.*?)\}\}', raw):
            neg.append(unescape(raw[pos:m.start()], ln))
            body = m.group(1)
            if ':' not in body: err(ln, 'span without kind'); continue
            kind, val = body.split(':', 1)
            if kind not in KINDS: err(ln, 'unknown kind %r' % kind); continue
            if '{{' in val: err(ln, 'nested span')
            v = unescape(val, ln)
            check_span(kind, v, ln)
            kind_count[kind] += 1; cur['spans'][kind] += 1
            neg.append(' '); pos = m.end()
        neg.append(unescape(raw[pos:], ln))
        rest = ''.join(neg)
        if '{{' in raw[pos:] or '}}' in raw[pos:]: err(ln, 'unbalanced span delimiter')
        p = neg_problem(rest)
        if p: err(ln, p)
    for f in fams:
        if f['samples'] == 0: errors.append('family %s has no samples' % f['name'])
    print('samples: %d  families: %d  labelled spans: %d  planted look-alikes: %d' % (
        samples, len(fams), sum(kind_count.values()), sum(f['look'] or 0 for f in fams)))
    print('by kind: ' + '  '.join('%s=%d' % (k, kind_count[k]) for k in sorted(KINDS)))
    print('checksum-verified: ' + '  '.join('%s=%d' % kv for kv in sorted(verified.items())))
    print('by family:')
    for f in fams:
        print('  %-36s samples=%3d look-alikes=%3d spans: %s' % (f['name'], f['samples'], f['look'] or 0,
              ' '.join('%s=%d' % kv for kv in sorted(f['spans'].items()))))
    if errors:
        print('\n%d ERRORS' % len(errors)); print('\n'.join(errors[:200])); sys.exit(1)
    print('OK')

if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'set.txt'))
