#!/usr/bin/env python3
"""Parse and validate set.txt; print counts per family and kind.

Usage: python3 check.py [path/to/set.txt]
Exit status 1 if any format error is found.
"""
import os
import re
import sys
import unicodedata

KINDS = ('email', 'phone', 'card', 'iban', 'ssn', 'ip', 'nino', 'dob', 'secret')
SPAN_RE = re.compile(r'\{\{([^:{}]*):(.*?)\}\}', re.S)
ESC_RE = re.compile(r'\\(n|t|u[0-9A-Fa-f]{4})')


def needs_escape(c):
    o = ord(c)
    if c == '\\':
        return True
    cat = unicodedata.category(c)
    if cat in ('Cc', 'Cf', 'Co', 'Cs', 'Cn', 'Zl', 'Zp'):
        return True
    if cat == 'Zs' and c != ' ':
        return True
    if 0xFF00 <= o <= 0xFFEF:
        return True
    if 0xFE00 <= o <= 0xFE0F or o in (0x034F, 0x115F, 0x1160, 0x3164, 0x2800, 0xFFA0):
        return True
    return False


def unescape(s):
    def rep(m):
        g = m.group(1)
        if g == 'n':
            return '\n'
        if g == 't':
            return '\t'
        return chr(int(g[1:], 16))
    return ESC_RE.sub(rep, s)


def check_escapes(raw, where, errors):
    # every backslash must begin a valid escape
    i = 0
    while True:
        i = raw.find('\\', i)
        if i < 0:
            break
        if not ESC_RE.match(raw, i):
            errors.append('%s: bad escape at col %d: %r' % (where, i, raw[i:i + 8]))
        i += 1
    for j, c in enumerate(ESC_RE.sub('', raw)):
        if c != '\\' and needs_escape(c):
            errors.append('%s: unescaped U+%04X' % (where, ord(c)))


def parse_sample(raw, where, errors):
    """Return (text, spans) where spans = [(kind, start, end, value)] on the unescaped text."""
    check_escapes(raw, where, errors)
    text, spans, pos = [], [], 0
    cur = 0
    for m in SPAN_RE.finditer(raw):
        outside = raw[pos:m.start()]
        if '{{' in outside or '}}' in outside:
            errors.append('%s: stray braces outside span: %r' % (where, outside[:40]))
        kind, val = m.group(1), m.group(2)
        if kind not in KINDS:
            errors.append('%s: unknown kind %r' % (where, kind))
        if '{{' in val:
            errors.append('%s: nested span in %r' % (where, val[:40]))
        if not val:
            errors.append('%s: empty span' % where)
        o = unescape(outside)
        text.append(o)
        cur += len(o)
        v = unescape(val)
        spans.append((kind, cur, cur + len(v), v))
        text.append(v)
        cur += len(v)
        pos = m.end()
    tail = raw[pos:]
    if '{{' in tail or '}}' in tail:
        errors.append('%s: stray braces outside span: %r' % (where, tail[:40]))
    text.append(unescape(tail))
    return ''.join(text), spans


# -- optional checksum sanity checks on plain-ASCII labelled values ---------
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def iban_ok(s):
    s = s.upper()
    s = s[4:] + s[:4]
    try:
        return int(''.join(str(int(c, 36)) for c in s)) % 97 == 1
    except ValueError:
        return False


def nino_ok(s):
    m = re.fullmatch(r'([A-Z])([A-Z])(\d{6})([A-D])', s.upper())
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    return a not in 'DFIQUV' and b not in 'DFIOQUV' and a + b not in ('BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ')


def ssn_ok(d):
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def checksum_note(kind, v):
    """None if not checkable (obfuscated), True/False otherwise."""
    if kind == 'card' and re.fullmatch(r'[0-9 .\-/_]+', v):
        d = re.sub(r'\D', '', v)
        return luhn_ok(d) if 12 <= len(d) <= 19 else None
    if kind == 'iban' and re.fullmatch(r'[A-Za-z0-9 \-/]+', v):
        s = re.sub(r'[ \-/]', '', v).upper()
        return iban_ok(s) if re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{11,30}', s) else None
    if kind == 'nino' and re.fullmatch(r'[A-Za-z0-9 \-]+', v):
        s = re.sub(r'[ \-]', '', v)
        return nino_ok(s) if len(s) == 9 else None
    if kind == 'ssn' and re.fullmatch(r'[0-9 .\-]+', v):
        d = re.sub(r'\D', '', v)
        return ssn_ok(d) if len(d) == 9 else None
    return None


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'set.txt')
    errors = []
    fams = []          # [name, declared_la, samples, Counter]
    expect_la = False
    with open(path, encoding='utf-8') as fh:
        lines = fh.read().split('\n')
    bad_sum = []
    for ln, raw in enumerate(lines, 1):
        where = 'line %d' % ln
        if expect_la:
            m = re.fullmatch(r'# look-alikes: (\d+)', raw)
            if not m:
                errors.append('%s: expected "# look-alikes: N" after family header' % where)
            else:
                fams[-1][1] = int(m.group(1))
            expect_la = False
            continue
        if raw.startswith('# family: '):
            name = raw[len('# family: '):].strip()
            if not name or any(f[0] == name for f in fams):
                errors.append('%s: empty or duplicate family name %r' % (where, name))
            fams.append([name, None, 0, {k: 0 for k in KINDS}])
            expect_la = True
            continue
        if raw.startswith('#') or raw.strip() == '':
            continue
        if not fams:
            errors.append('%s: sample before first family' % where)
            continue
        if raw != raw.strip():
            errors.append('%s: leading/trailing whitespace' % where)
        text, spans = parse_sample(raw, where, errors)
        if not text.strip():
            errors.append('%s: empty sample' % where)
        fams[-1][2] += 1
        for kind, a, b, v in spans:
            if kind in KINDS:
                fams[-1][3][kind] += 1
            if v != v.strip():
                errors.append('%s: span %s has surrounding whitespace: %r' % (where, kind, v))
            ok = checksum_note(kind, v)
            if ok is False:
                bad_sum.append('%s: labelled %s fails checksum/rules: %r' % (where, kind, v))
    for f in fams:
        if f[1] is None:
            errors.append('family %s: missing look-alikes line' % f[0])
        if f[2] == 0:
            errors.append('family %s: no samples' % f[0])

    # ---- table -------------------------------------------------------------
    w = max([len('family')] + [len(f[0]) for f in fams])
    cols = list(KINDS) + ['spans', 'samples', 'look-alikes']
    cw = [max(len(c), 5) for c in cols]
    head = 'family'.ljust(w) + '  ' + '  '.join(c.rjust(x) for c, x in zip(cols, cw))
    print(head)
    print('-' * len(head))
    tot = {k: 0 for k in KINDS}
    tot_s = tot_n = tot_la = 0
    for name, nla, ns, cnt in fams:
        spans = sum(cnt.values())
        vals = [cnt[k] for k in KINDS] + [spans, ns, nla or 0]
        print(name.ljust(w) + '  ' + '  '.join(str(v).rjust(x) for v, x in zip(vals, cw)))
        for k in KINDS:
            tot[k] += cnt[k]
        tot_s += spans
        tot_n += ns
        tot_la += nla or 0
    print('-' * len(head))
    vals = [tot[k] for k in KINDS] + [tot_s, tot_n, tot_la]
    print(('TOTAL (%d families)' % len(fams)).ljust(w) + '  ' + '  '.join(str(v).rjust(x) for v, x in zip(vals, cw)))

    for b in bad_sum:
        errors.append(b)
    if errors:
        print('\n%d error(s):' % len(errors))
        for e in errors[:50]:
            print('  ' + e)
        sys.exit(1)
    print('\nformat OK')


if __name__ == '__main__':
    main()
