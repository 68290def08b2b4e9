#!/usr/bin/env python3
"""Parse and sanity-check set.txt (standard library only).

  python3 check.py            -> validation report + per-family counts
  python3 check.py --markdown -> counts as a Markdown table (for README.md)
"""
import base64
import ipaddress
import os
import re
import sys
import unicodedata

KINDS = ('email', 'phone', 'card', 'iban', 'ssn', 'ip', 'nino', 'dob', 'secret')
HERE = os.path.dirname(os.path.abspath(__file__))


def decode(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\' and i + 1 < len(s):
            n = s[i + 1]
            if n == 'n':
                out.append('\n'); i += 2; continue
            if n == 't':
                out.append('\t'); i += 2; continue
            if n == 'u' and re.fullmatch(r'[0-9a-fA-F]{4}', s[i + 2:i + 6] or ''):
                out.append(chr(int(s[i + 2:i + 6], 16))); i += 6; continue
            raise ValueError('bad escape at %d: %r' % (i, s[i:i + 6]))
        if c == '\\':
            raise ValueError('dangling backslash')
        out.append(c); i += 1
    return ''.join(out)


def parse_line(raw):
    """Return (decoded_text, [(kind, start, end, value)])."""
    text, spans, i = [], [], 0
    pos = 0
    while True:
        j = raw.find('{{', i)
        k = raw.find('}}', i)
        if j < 0:
            if k >= 0:
                raise ValueError('stray }}')
            tail = decode(raw[i:])
            text.append(tail)
            break
        if 0 <= k < j:
            raise ValueError('stray }} before {{')
        pre = decode(raw[i:j])
        text.append(pre); pos += len(pre)
        colon = raw.find(':', j)
        kind = raw[j + 2:colon]
        if kind not in KINDS:
            raise ValueError('unknown kind %r' % kind)
        end = raw.find('}}', colon)
        if end < 0:
            raise ValueError('unclosed span')
        inner = raw[colon + 1:end]
        if '{{' in inner:
            raise ValueError('nested span')
        if raw[end + 2:end + 3] == '}':
            raise ValueError('}}} ambiguity')
        val = decode(inner)
        if not val:
            raise ValueError('empty span')
        spans.append((kind, pos, pos + len(val), val))
        text.append(val); pos += len(val)
        i = end + 2
    return ''.join(text), spans


def load(path=os.path.join(HERE, 'set.txt')):
    fams, cur = [], None
    for ln, raw in enumerate(open(path, encoding='utf-8').read().split('\n'), 1):
        if raw.startswith('# family:'):
            cur = {'name': raw.split(':', 1)[1].strip(), 'samples': [], 'lookalikes': None}
            fams.append(cur)
            continue
        if raw.startswith('# look-alikes:'):
            cur['lookalikes'] = int(raw.split(':', 1)[1])
            continue
        if raw.startswith('#') or not raw.strip():
            continue
        if '\t' in raw or '\r' in raw:
            raise ValueError('line %d: raw tab/CR' % ln)
        text, spans = parse_line(raw)
        cur['samples'].append({'line': ln, 'raw': raw, 'text': text, 'spans': spans})
    return fams


# ----------------------------------------------------------------- validators
WORD_DIG = {w: str(i) for i, w in enumerate(['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'])}
WORD_DIG.update({'oh': '0', 'zéro': '0', 'un': '1', 'deux': '2', 'trois': '3', 'quatre': '4', 'cinq': '5',
                 'six': '6', 'sept': '7', 'huit': '8', 'neuf': '9'})


def digits_of(v):
    v = unicodedata.normalize('NFKC', v).lower()
    v = re.sub(r'double (\w+)', lambda m: m.group(1) + ' ' + m.group(1), v)
    out = []
    for tok in re.findall(r'[^\W\d_]+|\d', v):
        if tok in WORD_DIG:
            out.append(WORD_DIG[tok])
        elif tok.isdigit():
            out.append(str(unicodedata.digit(tok)))
    return ''.join(out)


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        tot += x
    return tot % 10 == 0


def iban_ok(s):
    s = re.sub(r'[^0-9A-Z]', '', unicodedata.normalize('NFKC', s).upper())
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{10,30}', s):
        return False
    return int(''.join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def ssn_ok(s):
    x = digits_of(s)
    if len(x) != 9:
        return False
    a, g, n = int(x[:3]), int(x[3:5]), int(x[5:])
    return a not in (0, 666) and a < 900 and g and n


NINO_RE = re.compile(r'(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]')


def nino_ok(s):
    x = re.sub(r'[^0-9A-Z]', '', unicodedata.normalize('NFKC', s).upper())
    return bool(NINO_RE.fullmatch(x))


def ip_ok(s):
    x = unicodedata.normalize('NFKC', s)
    for a, b in (('[.]', '.'), ('(.)', '.'), ('[dot]', '.'), (' . ', '.'), ('[::]', '::'), ('[:]', ':')):
        x = x.replace(a, b)
    try:
        ipaddress.ip_address(x)
        return True
    except ValueError:
        return False


def email_ok(s):
    x = unicodedata.normalize('NFKC', s)
    x = ''.join(c for c in x if unicodedata.category(c) != 'Cf')
    if re.fullmatch(r'[A-Za-z0-9+/=]{16,}', x):
        try:
            x = base64.b64decode(x).decode()
        except Exception:
            return False
    x = re.sub(r'&#(\d+);', lambda m: chr(int(m.group(1))), x).replace('%40', '@')
    x = re.sub(r'\s*[\[(<-]?\s*\b(at|AT)\b\s*[\])>-]?\s*', '@', x) if '@' not in x else x
    x = re.sub(r'\s*[\[(<-]?\s*\b(dot|DOT)\b\s*[\])>-]?\s*', '.', x).replace('[.]', '.')
    x = re.sub(r'\s+', '', x)
    return bool(re.fullmatch(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", x))


def phone_ok(s):
    return 7 <= len(digits_of(s)) <= 15


CHECKS = {'card': lambda v: 13 <= len(digits_of(v)) <= 19 and luhn_ok(digits_of(v)),
          'iban': iban_ok, 'ssn': ssn_ok, 'nino': nino_ok, 'ip': ip_ok, 'email': email_ok, 'phone': phone_ok}


def unlabelled(sample):
    t = sample['text']
    parts, last = [], 0
    for _, a, b, _ in sample['spans']:
        parts.append(t[last:a])
        last = b
    parts.append(t[last:])
    return '\x00'.join(parts)


def scan_negatives(text):
    """Return suspicious unlabelled substrings (for review, not all are errors)."""
    hits = []
    x = unicodedata.normalize('NFKC', text)
    for m in re.finditer(r'(?<![\d])\d+(?:[ -]\d+)*(?![\d])', x):
        dg = re.sub(r'\D', '', m.group())
        if 13 <= len(dg) <= 19 and luhn_ok(dg):
            hits.append(('CARD!', m.group()))
    for m in re.finditer(r'(?<![\d-])(\d{3})[- ](\d{2})[- ](\d{4})(?![\d-])', x):
        if ssn_ok(m.group()):
            hits.append(('SSN!', m.group()))
    for m in re.finditer(r'\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b', x):
        if iban_ok(m.group()):
            hits.append(('IBAN!', m.group()))
    for m in re.finditer(r'(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])', x):
        if all(int(g) < 256 for g in m.groups()):
            hits.append(('ipv4?', m.group()))
    for m in re.finditer(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", x):
        hits.append(('email?', m.group()))
    for m in re.finditer(r'\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b', x):
        if nino_ok(m.group()):
            hits.append(('NINO!', m.group()))
    for m in re.finditer(r'(sk_live_[A-Za-z0-9]{8,}|ghp_[A-Za-z0-9]{20,}|AKIA[A-Z0-9]{16}|xox[bp]-\d|eyJ[A-Za-z0-9_-]{10,}\.|PRIVATE KEY-----)', x):
        hits.append(('secret?', m.group()))
    return hits


def main():
    fams = load()
    errors = 0
    total = 0
    kinds_total = {k: 0 for k in KINDS}
    rows = []
    for f in fams:
        counts = {k: 0 for k in KINDS}
        for smp in f['samples']:
            total += 1
            n = len(smp['text'])
            if n < 5:
                print('SHORT line %d' % smp['line']); errors += 1
            for kind, a, b, v in smp['spans']:
                counts[kind] += 1
                kinds_total[kind] += 1
                chk = CHECKS.get(kind)
                if chk and not chk(v):
                    print('LABEL-CHECK line %d %s: %r' % (smp['line'], kind, v))
            if '--quiet' not in sys.argv and '--markdown' not in sys.argv:
                for tag, val in scan_negatives(unlabelled(smp)):
                    print('NEG-%s line %d [%s]: %r' % (tag, smp['line'], f['name'], val))
        rows.append((f['name'], len(f['samples']), counts, f['lookalikes']))
    lengths = sorted(len(s['text']) for f in fams for s in f['samples'])
    if '--markdown' in sys.argv:
        hdr = '| family | samples | ' + ' | '.join(KINDS) + ' | look-alikes |'
        print(hdr)
        print('|' + '---|' * (len(KINDS) + 3))
        for nm, ns, c, la in rows:
            print('| %s | %d | %s | %d |' % (nm, ns, ' | '.join(str(c[k]) if c[k] else '·' for k in KINDS), la))
        print('| **total** | **%d** | %s | **%d** |' % (total, ' | '.join('**%d**' % kinds_total[k] for k in KINDS),
                                                      sum(r[3] for r in rows)))
        return
    for nm, ns, c, la in rows:
        print('%-24s %3d  %s  la=%d' % (nm, ns, ' '.join('%s=%d' % (k, v) for k, v in c.items() if v), la))
    print('families=%d samples=%d spans=%d %s' % (len(fams), total, sum(kinds_total.values()), kinds_total))
    print('no-label samples=%d; length min=%d median=%d max=%d; >400 chars: %d' % (
        sum(1 for f in fams for s in f['samples'] if not s['spans']), lengths[0], lengths[len(lengths) // 2],
        lengths[-1], sum(1 for x in lengths if x > 400)))
    print('errors=%d' % errors)


if __name__ == '__main__':
    main()
