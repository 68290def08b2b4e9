#!/usr/bin/env python3
"""Generator for the blind PII / credential evaluation set pii-c16.
Standard library only; one random.Random(16481); writes set.txt next to this file.
Every sample is its own hand-written template, used once."""
import base64, json, os, sys, unicodedata, urllib.parse, random, datetime

R = random.Random(16481)
SO, SM, SE = '\ue000', '\ue001', '\ue002'
FAMS = []
_cur = {'la': 0}

def S(kind, val):
    return SO + kind + SM + val + SE

def L(v):
    _cur['la'] += 1
    # a planted look-alike must never be a valid card number by accident
    core = v.replace(' ', '').replace('-', '')
    if core.isdigit() and 13 <= len(core) <= 19 and _luhn(core) and core not in TEST_CARDS:
        last = v.rstrip()[-1]
        i = len(v.rstrip()) - 1
        v = v[:i] + str((int(last) + 1) % 10) + v[i + 1:]
    return v

def _luhn(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        t += x
    return t % 10 == 0

def family(name, lang):
    def deco(fn):
        _cur['la'] = 0
        samples = fn()
        FAMS.append((name, lang, samples, _cur['la']))
        return fn
    return deco

# ---------------------------------------------------------------- basics
DIG = '0123456789'
UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
LO = 'abcdefghijklmnopqrstuvwxyz'
AN = UP + LO + DIG
B64 = AN + '+/'
B64U = AN + '-_'
HEX = '0123456789abcdef'

def pick(s): return R.choice(s)
def d(n): return ''.join(R.choice(DIG) for _ in range(n))
def dn(n): return str(R.randint(1, 9)) + d(n - 1)
def rs(alpha, n): return ''.join(R.choice(alpha) for _ in range(n))
def hexs(n): return rs(HEX, n)
def an(n): return rs(AN, n)

def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        t += x
    return t % 10 == 0

def luhn_digit(partial):
    for c in DIG:
        if luhn_ok(partial + c): return c

def nonluhn(s):
    if not luhn_ok(s): return s
    last = int(s[-1])
    return s[:-1] + str((last + R.randint(1, 9)) % 10)

# ---------------------------------------------------------------- names
NAMES = {
 'en': (['James','Olivia','Liam','Emma','Noah','Ava','Ethan','Grace','Ryan','Chloe','Daniel','Megan'],
        ['Carter','Hughes','Bennett','Foster','Price','Walsh','Murphy','Reed','Doyle','Patel','Khan','Ellis']),
 'de': (['Jonas','Lea','Lukas','Anna','Felix','Marie','Tobias','Sophie','Jan','Katrin','Matthias','Ute'],
        ['Müller','Schmidt','Schneider','Fischer','Weber','Becker','Hoffmann','Schäfer','Koch','Richter','Wolf','Krüger']),
 'fr': (['Camille','Louis','Chloé','Hugo','Manon','Théo','Élodie','Julien','Inès','Mathis','Léa','Sébastien'],
        ['Martin','Bernard','Dubois','Lefèvre','Moreau','Laurent','Girard','Roux','Fontaine','Chevalier','Mercier','Blanc']),
 'es': (['Lucía','Hugo','Martina','Pablo','Sofía','Álvaro','Carmen','Javier','Elena','Diego','Marta','Sergio'],
        ['García','Fernández','López','Martínez','Sánchez','Pérez','Gómez','Ruiz','Díaz','Moreno','Muñoz','Jiménez']),
 'it': (['Giulia','Francesco','Chiara','Alessandro','Sara','Matteo','Federica','Lorenzo','Elisa','Davide','Silvia','Marco'],
        ['Rossi','Russo','Ferrari','Esposito','Bianchi','Romano','Colombo','Ricci','Marino','Greco','Bruno','Gallo']),
 'nl': (['Daan','Sanne','Bram','Fleur','Thijs','Lotte','Ruben','Anouk','Joost','Eva','Sem','Femke'],
        ['de Jong','Jansen','de Vries','van den Berg','Bakker','Visser','Smit','Meijer','de Boer','Mulder','Bos','Vos']),
 'sv': (['Erik','Elsa','Oskar','Maja','Lars','Ingrid','Nils','Astrid','Johan','Karin','Axel','Linnea'],
        ['Andersson','Johansson','Karlsson','Nilsson','Eriksson','Larsson','Olsson','Persson','Svensson','Lindqvist','Berg','Holm']),
 'tr': (['Emre','Zeynep','Mehmet','Elif','Burak','Ayşe','Can','Selin','Murat','Deniz','Okan','Büşra'],
        ['Yılmaz','Kaya','Demir','Şahin','Çelik','Yıldız','Aydın','Öztürk','Arslan','Doğan','Kılıç','Koç']),
 'ru': (['Алексей','Мария','Дмитрий','Анна','Сергей','Екатерина','Иван','Ольга','Никита','Татьяна','Павел','Юлия'],
        ['Иванов','Смирнова','Кузнецов','Попова','Соколов','Лебедева','Козлов','Новикова','Морозов','Волкова','Петров','Орлова']),
 'uk': (['Олександр','Оксана','Андрій','Ірина','Богдан','Наталія','Тарас','Юлія','Василь','Олена','Максим','Софія'],
        ['Шевченко','Коваленко','Бондаренко','Ткаченко','Кравченко','Олійник','Мельник','Поліщук','Бойко','Савчук','Гнатюк','Лисенко']),
 'ar': (['محمد','فاطمة','أحمد','مريم','خالد','نور','يوسف','سارة','عمر','ليلى','حسن','رنا'],
        ['العتيبي','الحربي','القحطاني','الزهراني','حداد','منصور','الشمري','خليل','سعيد','ناصر','الدوسري','عباس']),
 'hi': (['राहुल','प्रिया','अमित','नेहा','विकास','पूजा','संजय','अंजलि','रोहित','कविता','अर्जुन','सीमा'],
        ['शर्मा','वर्मा','गुप्ता','सिंह','यादव','मिश्रा','पटेल','जोशी','कुमार','अग्रवाल','चौहान','तिवारी']),
 'ja': (['太郎','花子','健一','美咲','翔太','由美','大輔','さくら','拓也','真由美','直樹','陽子'],
        ['佐藤','鈴木','高橋','田中','伊藤','渡辺','山本','中村','小林','加藤','吉田','山田']),
 'ko': (['민준','서연','지훈','하은','현우','지민','도윤','수빈','준호','예린','성민','유진'],
        ['김','이','박','최','정','강','조','윤','장','임','한','오']),
 'zh': (['伟','芳','娜','敏','静','强','磊','洋','艳','勇','军','杰'],
        ['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙']),
 'sw': (['Juma','Amina','Baraka','Neema','Omari','Zawadi','Hamisi','Rehema','Salim','Mwanaisha','Kassim','Upendo'],
        ['Mwangi','Otieno','Wanjiru','Kamau','Mushi','Njoroge','Mohamed','Akinyi','Kariuki','Hassan','Mbwana','Achieng']),
 'am': (['አበበ','ሰላም','ዳዊት','ትዕግስት','ሙሉጌታ','ብርሃን','ሄኖክ','መሰረት','ዮናስ','ፍቅርተ','ተስፋዬ','ሀና'],
        ['ከበደ','ተሰማ','ገብሩ','አለሙ','ወልዴ','በቀለ','ታደሰ','ሀይሌ','መንግስቱ','አበራ','ደስታ','ግርማ']),
 'tl': (['Juan','Maria','Jose','Ana','Mark','Kristine','Paolo','Angelica','Rommel','Jasmine','Carlo','Liza'],
        ['Dela Cruz','Santos','Reyes','Bautista','Garcia','Mendoza','Villanueva','Ramos','Aquino','Castillo','Navarro','Soriano']),
 'ms': (['Ahmad','Nurul','Muhammad','Siti','Hafiz','Aisyah','Faizal','Nor','Amirul','Farah','Zulkifli','Aminah'],
        ['bin Ismail','binti Rahman','bin Abdullah','binti Hassan','bin Osman','binti Yusof','bin Ibrahim','binti Ali','bin Zakaria','binti Omar','bin Salleh','binti Kassim']),
}
ROM = {  # romanised given/family names for e-mail local parts of non-Latin locales
 'ru': (['aleksey','maria','dmitry','anna','sergey','ekaterina','ivan','olga','nikita','tatiana','pavel','yulia'],
        ['ivanov','smirnova','kuznetsov','popova','sokolov','lebedeva','kozlov','novikova','morozov','volkova','petrov','orlova']),
 'uk': (['oleksandr','oksana','andriy','iryna','bohdan','nataliia','taras','yuliia','vasyl','olena','maksym','sofiia'],
        ['shevchenko','kovalenko','bondarenko','tkachenko','kravchenko','oliinyk','melnyk','polishchuk','boiko','savchuk','hnatiuk','lysenko']),
 'ar': (['mohammed','fatima','ahmed','maryam','khalid','nour','yousef','sara','omar','layla','hassan','rana'],
        ['alotaibi','alharbi','alqahtani','alzahrani','haddad','mansour','alshammari','khalil','saeed','nasser','aldosari','abbas']),
 'hi': (['rahul','priya','amit','neha','vikas','pooja','sanjay','anjali','rohit','kavita','arjun','seema'],
        ['sharma','verma','gupta','singh','yadav','mishra','patel','joshi','kumar','agarwal','chauhan','tiwari']),
 'ja': (['taro','hanako','kenichi','misaki','shota','yumi','daisuke','sakura','takuya','mayumi','naoki','yoko'],
        ['sato','suzuki','takahashi','tanaka','ito','watanabe','yamamoto','nakamura','kobayashi','kato','yoshida','yamada']),
 'ko': (['minjun','seoyeon','jihoon','haeun','hyunwoo','jimin','doyoon','subin','junho','yerin','sungmin','yujin'],
        ['kim','lee','park','choi','jung','kang','cho','yoon','jang','lim','han','oh']),
 'zh': (['wei','fang','na','min','jing','qiang','lei','yang','yan','yong','jun','jie'],
        ['wang','li','zhang','liu','chen','yang','huang','zhao','wu','zhou','xu','sun']),
 'am': (['abebe','selam','dawit','tigist','mulugeta','birhan','henok','meseret','yonas','fikirte','tesfaye','hana'],
        ['kebede','tesema','gebru','alemu','wolde','bekele','tadesse','haile','mengistu','abera','desta','girma']),
}
USED_NAMES = set()
def name(loc='en'):
    f, l = NAMES[loc]
    if loc in ('ja', 'zh', 'ko'):
        v = pick(l) + pick(f)
    else:
        v = pick(f) + ' ' + pick(l)
    USED_NAMES.add(v); USED_NAMES.update(v.split())
    return v

TRANS = str.maketrans({'ä':'ae','ö':'oe','ü':'ue','ß':'ss','é':'e','è':'e','ê':'e','ë':'e','à':'a','á':'a','í':'i',
    'ó':'o','ú':'u','ñ':'n','ç':'c','ı':'i','ş':'s','ğ':'g','å':'a','ø':'o','Á':'a','É':'e','Ç':'c','Ş':'s','Ö':'o','Ü':'u','İ':'i',' ':''})
def local_part(loc):
    if loc in ROM:
        f, l = ROM[loc]; f, l = pick(f), pick(l)
    else:
        fl, ll = NAMES[loc]; f, l = pick(fl).lower().translate(TRANS), pick(ll).lower().translate(TRANS)
    return pick([f + '.' + l, f[0] + l, f + '_' + l, f + l[:3] + d(2), l + '.' + f[0], f + d(4)[-2:], f + '-' + l])

DOMAINS = {
 'en': ['gmail.com','outlook.com','yahoo.co.uk','btinternet.com','hotmail.co.uk','icloud.com','proton.me','comcast.net'],
 'de': ['web.de','gmx.de','t-online.de','posteo.de','mailbox.org','gmx.net','freenet.de'],
 'fr': ['orange.fr','free.fr','laposte.net','sfr.fr','wanadoo.fr','hotmail.fr'],
 'es': ['gmail.com','hotmail.es','telefonica.net','yahoo.es','outlook.es'],
 'it': ['libero.it','virgilio.it','tiscali.it','alice.it','gmail.com'],
 'nl': ['ziggo.nl','kpnmail.nl','hotmail.nl','planet.nl','xs4all.nl'],
 'sv': ['telia.com','bredband.net','spray.se','gmail.com'],
 'tr': ['hotmail.com','yandex.com.tr','gmail.com','mynet.com'],
 'ru': ['yandex.ru','mail.ru','rambler.ru','bk.ru','list.ru'],
 'uk': ['ukr.net','i.ua','meta.ua','gmail.com'],
 'ar': ['gmail.com','hotmail.com','yahoo.com','outlook.sa'],
 'hi': ['rediffmail.com','gmail.com','yahoo.co.in','outlook.in'],
 'ja': ['yahoo.co.jp','docomo.ne.jp','ezweb.ne.jp','gmail.com','nifty.com'],
 'ko': ['naver.com','daum.net','hanmail.net','kakao.com'],
 'zh': ['qq.com','163.com','126.com','sina.com','foxmail.com'],
 'sw': ['gmail.com','yahoo.com','africaonline.co.ke'],
 'am': ['gmail.com','yahoo.com','ethionet.et'],
 'tl': ['gmail.com','yahoo.com.ph','outlook.ph'],
 'ms': ['gmail.com','yahoo.com.my','tm.net.my','streamyx.com'],
}
def email_value(loc='en', domain=None, lp=None):
    return (lp or local_part(loc)) + '@' + (domain or pick(DOMAINS[loc]))

AT_WORDS = {
 'en': (' [at] ', ' [dot] '), 'de': (' (ät) ', ' (punkt) '), 'fr': (' arobase ', ' point '), 'es': (' arroba ', ' punto '),
 'it': (' chiocciola ', ' punto '), 'nl': (' apenstaartje ', ' punt '), 'sv': (' snabel-a ', ' punkt '), 'tr': (' et ', ' nokta '),
 'ru': (' собака ', ' точка '), 'uk': (' равлик ', ' крапка '), 'ar': (' آت ', ' دوت '), 'hi': (' एट ', ' डॉट '),
 'ja': ('＠', '．'), 'ko': (' 골뱅이 ', ' 점 '), 'zh': (' 艾特 ', ' 点 '), 'sw': (' at ', ' dot '), 'am': (' [at] ', ' [dot] '),
 'tl': (' (at) ', ' (dot) '), 'ms': (' [di] ', ' [titik] '),
}
def obf_email(v, style, loc='en'):
    lp, dom = v.split('@')
    if style == 'plain': return v
    if style == 'words':
        a, p = AT_WORDS[loc]
        return lp + a + dom.replace('.', p)
    if style == 'brk': return lp + ' [at] ' + dom.replace('.', ' [dot] ')
    if style == 'paren': return lp + '(at)' + dom.replace('.', '(dot)')
    if style == 'spaced': return lp + ' @ ' + dom.replace('.', ' . ')
    if style == 'zw':
        i = R.randint(1, len(lp) - 1)
        return lp[:i] + '\u200b' + lp[i:] + '@\u200b' + dom
    if style == 'fw': return lp + '\uff20' + dom.replace('.', '\uff0e')
    if style == 'pct': return urllib.parse.quote(v, safe='')
    if style == 'b64': return base64.b64encode(v.encode()).decode()
    if style == 'ent': return lp + '&#64;' + dom.replace('.', '&#46;')
    if style == 'json': return lp + '\\u0040' + dom
    if style == 'rev': return v[::-1]
    if style == 'nl':
        i = len(v) // 2
        return v[:i] + '\n' + v[i:]
    if style == 'qp': return lp + '=40' + dom
    if style == 'mailto': return 'mailto:' + v
    raise ValueError(style)

def E(loc='en', style='plain', domain=None, lp=None):
    v = email_value(loc, domain, lp)
    if style == 'mailto':  # only the address is the value
        return 'mailto:' + S('email', v)
    return S('email', obf_email(v, style, loc))

# ---------------------------------------------------------------- phones
ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩'
EXT_ARABIC = '۰۱۲۳۴۵۶۷۸۹'
DEVA = '०१२३४५६७८९'
FW = '０１２３４５６７８９'
def redigit(s, table):
    return ''.join(table[int(c)] if c in DIG else c for c in s)
EN_WORDS = ['zero','one','two','three','four','five','six','seven','eight','nine']

def phone_parts(cc):
    """returns (international, national) strings with usual separators"""
    if cc == 'us':
        a = str(R.randint(201, 989)); 
        while a[1:] == '11' or a == '555': a = str(R.randint(201, 989))
        x = str(R.randint(201, 989))
        while x == '555' or x[1:] == '11': x = str(R.randint(201, 989))
        n = d(4)
        return '+1 ' + a + '-' + x + '-' + n, '(' + a + ') ' + x + '-' + n
    if cc == 'uk':
        m = '7' + pick('4579') + d(2); r = d(6)
        return '+44 ' + m + ' ' + r, '0' + m + ' ' + r
    if cc == 'de':
        p = pick(['151','152','157','160','162','170','171','172','176','178']); r = d(R.choice([7, 8]))
        return '+49 ' + p + ' ' + r, '0' + p + ' ' + r
    if cc == 'defix':
        p = pick(['30','40','89','221','69','711','351','341']); r = d(7)
        return '+49 ' + p + ' ' + r, '0' + p + ' ' + r[:3] + ' ' + r[3:]
    if cc == 'fr':
        g = [pick('67') + '', d(2), d(2), d(2), d(2)]
        return '+33 ' + ' '.join(g), '0' + g[0] + ' ' + ' '.join(g[1:])
    if cc == 'es':
        a = pick('67') + d(2); b = d(3); c = d(3)
        return '+34 ' + a + ' ' + b + ' ' + c, a + ' ' + b + ' ' + c
    if cc == 'it':
        a = '3' + pick('234') + d(1); b = d(3); c = d(4)
        return '+39 ' + a + ' ' + b + ' ' + c, a + ' ' + b + ' ' + c
    if cc == 'nl':
        r = d(8)
        return '+31 6 ' + r, '06-' + r
    if cc == 'sv':
        a = '7' + pick('0236'); r = d(7)
        return '+46 ' + a + ' ' + r[:3] + ' ' + r[3:5] + ' ' + r[5:], '0' + a + '-' + r[:3] + ' ' + r[3:5] + ' ' + r[5:]
    if cc == 'tr':
        a = '5' + pick('0345') + d(1); r = d(7)
        return '+90 ' + a + ' ' + r[:3] + ' ' + r[3:5] + ' ' + r[5:], '0' + a + ' ' + r[:3] + ' ' + r[3:5] + ' ' + r[5:]
    if cc == 'ru':
        a = '9' + d(2); r = d(7)
        return '+7 ' + a + ' ' + r[:3] + '-' + r[3:5] + '-' + r[5:], '8 (' + a + ') ' + r[:3] + '-' + r[3:5] + '-' + r[5:]
    if cc == 'ua':
        a = pick(['50','63','66','67','68','73','93','95','96','97','98','99']); r = d(7)
        return '+380 ' + a + ' ' + r[:3] + ' ' + r[3:5] + ' ' + r[5:], '0' + a + ' ' + r[:3] + ' ' + r[3:5] + ' ' + r[5:]
    if cc == 'sa':
        a = '5' + pick('0345'); r = d(7)
        return '+966 ' + a + ' ' + r[:3] + ' ' + r[3:], '0' + a + ' ' + r[:3] + ' ' + r[3:]
    if cc == 'ae':
        a = '5' + pick('0256'); r = d(7)
        return '+971 ' + a + ' ' + r[:3] + ' ' + r[3:], '0' + a + ' ' + r[:3] + ' ' + r[3:]
    if cc == 'eg':
        a = '1' + pick('0125'); r = d(8)
        return '+20 ' + a + ' ' + r[:4] + ' ' + r[4:], '0' + a + ' ' + r[:4] + ' ' + r[4:]
    if cc == 'in':
        a = pick('6789') + d(4); r = d(5)
        return '+91 ' + a + ' ' + r, '0' + a + ' ' + r
    if cc == 'jp':
        a = pick(['090','080','070']); r = d(8)
        return '+81 ' + a[1:] + '-' + r[:4] + '-' + r[4:], a + '-' + r[:4] + '-' + r[4:]
    if cc == 'jpfix':
        r = d(8)
        return '+81 3-' + r[:4] + '-' + r[4:], '03-' + r[:4] + '-' + r[4:]
    if cc == 'kr':
        r = d(8)
        return '+82 10-' + r[:4] + '-' + r[4:], '010-' + r[:4] + '-' + r[4:]
    if cc == 'cn':
        a = '1' + pick('3589') + d(1); r = d(8)
        return '+86 ' + a + ' ' + r[:4] + ' ' + r[4:], a + ' ' + r[:4] + ' ' + r[4:]
    if cc == 'ke':
        a = '7' + d(2); r = d(6)
        return '+254 ' + a + ' ' + r[:3] + ' ' + r[3:], '0' + a + ' ' + r[:3] + ' ' + r[3:]
    if cc == 'tz':
        a = '7' + pick('1345') + d(1); r = d(6)
        return '+255 ' + a + ' ' + r[:3] + ' ' + r[3:], '0' + a + ' ' + r[:3] + ' ' + r[3:]
    if cc == 'et':
        a = '9' + d(1); r = d(7)
        return '+251 ' + a + ' ' + r[:3] + ' ' + r[3:], '0' + a + ' ' + r[:3] + ' ' + r[3:]
    if cc == 'ph':
        a = '9' + d(2); r = d(7)
        return '+63 ' + a + ' ' + r[:3] + ' ' + r[3:], '0' + a + ' ' + r[:3] + ' ' + r[3:]
    if cc == 'my':
        a = '1' + pick('2346789'); r = d(7)
        return '+60 ' + a + '-' + r[:3] + ' ' + r[3:], '0' + a + '-' + r[:3] + ' ' + r[3:]
    raise ValueError(cc)

def P(cc, style='intl'):
    i, n = phone_parts(cc)
    if style == 'intl': v = i
    elif style == 'nat': v = n
    elif style == 'e164': v = '+' + ''.join(c for c in i if c in DIG)
    elif style == 'dots': v = i.replace(' ', '.').replace('-', '.')
    elif style == 'dash': v = i.replace(' ', '-')
    elif style == 'nosep': v = ''.join(c for c in n if c in DIG)
    elif style == 'sip': v = '+' + ''.join(c for c in i if c in DIG)
    elif style == 'ar': v = redigit(n, ARABIC_INDIC)
    elif style == 'fa': v = redigit(n, EXT_ARABIC)
    elif style == 'deva': v = redigit(i, DEVA)
    elif style == 'fw': v = redigit(n, FW).replace('-', '\uff0d')
    elif style == 'spaced': v = ' '.join(c for c in n if c in DIG)
    elif style == 'words': v = ' '.join(EN_WORDS[int(c)] for c in n if c in DIG)
    elif style == 'zw': v = n.replace(' ', '\u200b').replace('-', '\u2060')
    elif style == 'nbsp': v = i.replace(' ', '\u00a0')
    elif style == 'nl':
        k = len(i) // 2; v = i[:k] + '\n' + i[k:]
    elif style == 'b64': v = base64.b64encode(i.encode()).decode()
    elif style == 'pct': v = urllib.parse.quote(i, safe='')
    elif style == 'tel': v = 'tel:' + '+' + ''.join(c for c in i if c in DIG)
    else: raise ValueError(style)
    return S('phone', v)

# ---------------------------------------------------------------- cards
TEST_CARDS = {'4242424242424242', '4111111111111111', '5555555555554444', '4000056655665556', '5105105105105100',
              '378282246310005', '371449635398431', '6011111111111117', '3530111333300000', '4012888888881881'}
def card_digits(brand='visa'):
    while True:
        if brand == 'visa': p, n = '4' + d(5), 16
        elif brand == 'mc': p, n = pick(['51','52','53','54','55']) + d(4), 16
        elif brand == 'mc2': p, n = str(R.randint(2221, 2720)) + d(2), 16
        elif brand == 'amex': p, n = pick(['34','37']) + d(4), 15
        elif brand == 'disc': p, n = '6011' + d(2), 16
        elif brand == 'jcb': p, n = str(R.randint(3528, 3589)) + d(2), 16
        elif brand == 'up': p, n = '62' + d(4), 16
        elif brand == 'maestro': p, n = pick(['6759','5018','5020']) + d(2), 19
        elif brand == 'visa13': p, n = '4' + d(5), 13
        else: raise ValueError(brand)
        body = p + d(n - len(p) - 1)
        v = body + luhn_digit(body)
        if v not in TEST_CARDS: return v

def fmt_card(v, fmt):
    if fmt == 'none': return v
    if len(v) == 15 and fmt in ('sp', 'dash'):
        sep = ' ' if fmt == 'sp' else '-'
        return v[:4] + sep + v[4:10] + sep + v[10:]
    g = [v[i:i + 4] for i in range(0, len(v), 4)]
    if fmt == 'sp': return ' '.join(g)
    if fmt == 'dash': return '-'.join(g)
    if fmt == 'dots': return '.'.join(g)
    if fmt == 'fw': return redigit(' '.join(g), FW).replace(' ', '\u3000')
    if fmt == 'ar': return redigit(' '.join(g), ARABIC_INDIC)
    if fmt == 'deva': return redigit(' '.join(g), DEVA)
    if fmt == 'zw': return '\u200b'.join(g)
    if fmt == 'nl': return ' '.join(g[:2]) + '\n' + ' '.join(g[2:])
    if fmt == 'slash': return ' / '.join(g)
    if fmt == 'mixed': return g[0] + ' ' + g[1] + '-' + g[2] + ' ' + ''.join(g[3:])
    raise ValueError(fmt)

def C(brand='visa', fmt='sp'):
    return S('card', fmt_card(card_digits(brand), fmt))

# ---------------------------------------------------------------- IBAN
def iban_check(cc, bban):
    s = bban + cc + '00'
    num = ''.join(str(int(c, 36)) for c in s)
    return '%02d' % (98 - int(num) % 97)
def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int(''.join(str(int(c, 36)) for c in s)) % 97 == 1

SAMPLE_IBANS = {'GB82WEST12345698765432', 'DE89370400440532013000', 'FR1420041010050500013M02606', 'NL91ABNA0417164300',
    'BE68539007547034', 'ES9121000418450200051332', 'IT60X0542811101000000123456', 'CH9300762011623852957',
    'AT611904300234573201', 'SE4550000000058398257466', 'GB29NWBK60161331926819', 'PL61109010140000071219812874',
    'NO9386011117947', 'DK5000400440116243', 'FI2112345600000785', 'IE29AIBK93115212345678', 'PT50000201231234567890154',
    'TR330006100519786457841326', 'SA0380000000608010167519', 'AE070331234567890123456', 'UA213223130000026007233566001',
    'LU280019400644750000', 'DE02120300000000202051', 'NL02ABNA0123456789'}

def es_dc(bank_branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def one(s):
        s = s.rjust(10, '0'); r = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {10: 1, 11: 0}.get(r, r)
    return '%d%d' % (one('00' + bank_branch), one(acct))

def fr_key(bank, branch, acct):
    return '%02d' % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)

def bban(cc):
    if cc == 'DE': return pick(['10070000','20040000','37040044','50010517','70020270','12030000','43060967']) + d(10)
    if cc == 'FR':
        b, g, a = pick(['30004','20041','30003','10278','11306']), d(5), d(11)
        return b + g + a + fr_key(b, g, a)
    if cc == 'ES':
        b, br, a = pick(['2100','0049','0182','2080','0081']), d(4), d(10)
        return b + br + es_dc(b + br, a) + a
    if cc == 'IT': return pick(UP) + pick(['03069','02008','05034','03062']) + d(5) + d(12)
    if cc == 'NL': return pick(['ABNA','INGB','RABO','TRIO','SNSB','KNAB']) + d(10)
    if cc == 'BE':
        x = dn(10); k = int(x) % 97 or 97
        return x + '%02d' % k
    if cc == 'GB': return pick(['NWBK','BARC','LOYD','HBUK','MIDL','NAIA']) + d(6) + d(8)
    if cc == 'SE': return pick(['500','600','800','300','120']) + d(17)
    if cc == 'TR': return d(5) + '0' + d(16)
    if cc == 'CH': return d(5) + d(12)
    if cc == 'AT': return d(5) + d(11)
    if cc == 'PL': return d(8) + d(16)
    if cc == 'SA': return pick(['80','10','20','45']) + d(18)
    if cc == 'AE': return pick(['033','026','035']) + d(16)
    if cc == 'UA': return pick(['305299','322001','300528']) + '0' * 5 + d(14)
    if cc == 'PT': return d(21)
    if cc == 'IE': return pick(['AIBK','BOFI']) + d(6) + d(8)
    if cc == 'LU': return d(3) + d(13)
    if cc == 'NO': return d(11)
    if cc == 'FI': return d(14)
    if cc == 'DK': return d(14)
    if cc == 'EG': return d(25)
    raise ValueError(cc)

def iban_value(cc):
    while True:
        b = bban(cc); v = cc + iban_check(cc, b) + b
        if v not in SAMPLE_IBANS and iban_ok(v): return v

def fmt_iban(v, fmt):
    if fmt == 'none': return v
    g = ' '.join(v[i:i + 4] for i in range(0, len(v), 4))
    if fmt == 'sp': return g
    if fmt == 'dash': return g.replace(' ', '-')
    if fmt == 'lower': return g.lower()
    if fmt == 'nl':
        k = len(v) // 2 // 4 * 4
        return ' '.join(v[i:i + 4] for i in range(0, k, 4)) + '\n' + ' '.join(v[i:i + 4] for i in range(k, len(v), 4))
    if fmt == 'zw': return '\u200b'.join(v[i:i + 4] for i in range(0, len(v), 4))
    if fmt == 'fw': return ''.join(chr(ord(c) + 0xFEE0) for c in v)
    if fmt == 'nbsp': return g.replace(' ', '\u00a0')
    if fmt == 'ar':
        return v[:2] + redigit(v[2:], ARABIC_INDIC)
    raise ValueError(fmt)

def I(cc, fmt='sp'):
    return S('iban', fmt_iban(iban_value(cc), fmt))

# ---------------------------------------------------------------- SSN / NINO / IP
BAD_SSN = {'078051120', '219099999', '123456789', '111111111', '987654320'}
def ssn_digits():
    while True:
        a = R.randint(1, 899)
        if a == 666: continue
        g = R.randint(1, 99); s = R.randint(1, 9999)
        v = '%03d%02d%04d' % (a, g, s)
        if v not in BAD_SSN: return v
def SSN(fmt='-'):
    v = ssn_digits()
    if fmt == '-': x = v[:3] + '-' + v[3:5] + '-' + v[5:]
    elif fmt == 'sp': x = v[:3] + ' ' + v[3:5] + ' ' + v[5:]
    elif fmt == 'none': x = v
    elif fmt == 'dots': x = v[:3] + '.' + v[3:5] + '.' + v[5:]
    elif fmt == 'words': x = ' '.join(EN_WORDS[int(c)] for c in v)
    elif fmt == 'fw': x = redigit(v[:3] + '-' + v[3:5] + '-' + v[5:], FW).replace('-', '\uff0d')
    elif fmt == 'zw': x = v[:3] + '\u200b-' + v[3:5] + '\u200b-' + v[5:]
    elif fmt == 'spaced': x = ' '.join(v)
    elif fmt == 'b64': x = base64.b64encode((v[:3] + '-' + v[3:5] + '-' + v[5:]).encode()).decode()
    else: raise ValueError(fmt)
    return S('ssn', x)

NINO_BAD1 = set('DFIQUV'); NINO_BAD2 = set('DFIOQUV'); NINO_BADP = {'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'}
def nino_value():
    while True:
        a, b = pick(UP), pick(UP)
        if a in NINO_BAD1 or b in NINO_BAD2 or a + b in NINO_BADP: continue
        v = a + b + d(6) + pick('ABCD')
        if v != 'QQ123456C': return v
def NI(fmt='sp'):
    v = nino_value()
    if fmt == 'sp': x = v[:2] + ' ' + v[2:4] + ' ' + v[4:6] + ' ' + v[6:8] + ' ' + v[8]
    elif fmt == 'none': x = v
    elif fmt == 'lower': x = v.lower()
    elif fmt == 'dash': x = v[:2] + '-' + v[2:4] + '-' + v[4:6] + '-' + v[6:8] + '-' + v[8]
    elif fmt == 'fw': x = ''.join(chr(ord(c) + 0xFEE0) for c in v)
    elif fmt == 'zw': x = v[:2] + '\u200b' + v[2:8] + '\u200b' + v[8]
    elif fmt == 'sp2': x = v[:2] + ' ' + v[2:8] + ' ' + v[8]
    else: raise ValueError(fmt)
    return S('nino', x)

def ip4_public():
    while True:
        a = R.randint(2, 223)
        if a in (10, 127, 100, 169, 172, 192, 198, 203, 224): continue
        v = '%d.%d.%d.%d' % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if v not in ('8.8.8.8', '8.8.4.4', '9.9.9.9'): return v
def ip4_private():
    k = R.randint(0, 2)
    if k == 0: return '10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))
    if k == 1: return '192.168.%d.%d' % (R.randint(0, 255), R.randint(2, 254))
    return '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))
def ip6():
    p = pick(['2a02:', '2a01:', '2600:', '2001:4860:', '2a00:1450:', '2406:da18:', '2c0f:fe38:', '240e:'])
    groups = [format(R.randint(0, 0xffff), 'x') for _ in range(8 - p.count(':'))]
    full = p + ':'.join(groups)
    parts = full.split(':')
    return ':'.join(parts[:4]) + '::' + ':'.join(parts[-2:]) if R.random() < 0.5 else ':'.join(parts[:8])
def IP(kind='pub', fmt='plain'):
    v = {'pub': ip4_public, 'priv': ip4_private, 'v6': ip6}[kind]()
    if fmt == 'plain': x = v
    elif fmt == 'brk': x = v.replace('.', '[.]')
    elif fmt == 'dot': x = v.replace('.', ' dot ')
    elif fmt == 'fw': x = ''.join(chr(ord(c) + 0xFEE0) if c != '.' else '\uff0e' for c in v)
    elif fmt == 'pct': x = urllib.parse.quote(v, safe='')
    elif fmt == 'ar': x = redigit(v, ARABIC_INDIC)
    elif fmt == 'zw': x = v.replace('.', '.\u200b')
    else: raise ValueError(fmt)
    return S('ip', x)
def IPV(v):
    return S('ip', v)

# ---------------------------------------------------------------- dates
MONTHS = {
 'en': ['January','February','March','April','May','June','July','August','September','October','November','December'],
 'de': ['Januar','Februar','März','April','Mai','Juni','Juli','August','September','Oktober','November','Dezember'],
 'fr': ['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre'],
 'es': ['enero','febrero','marzo','abril','mayo','junio','julio','agosto','septiembre','octubre','noviembre','diciembre'],
 'it': ['gennaio','febbraio','marzo','aprile','maggio','giugno','luglio','agosto','settembre','ottobre','novembre','dicembre'],
 'nl': ['januari','februari','maart','april','mei','juni','juli','augustus','september','oktober','november','december'],
 'sv': ['januari','februari','mars','april','maj','juni','juli','augusti','september','oktober','november','december'],
 'tr': ['Ocak','Şubat','Mart','Nisan','Mayıs','Haziran','Temmuz','Ağustos','Eylül','Ekim','Kasım','Aralık'],
 'ru': ['января','февраля','марта','апреля','мая','июня','июля','августа','сентября','октября','ноября','декабря'],
 'uk': ['січня','лютого','березня','квітня','травня','червня','липня','серпня','вересня','жовтня','листопада','грудня'],
 'ar': ['يناير','فبراير','مارس','أبريل','مايو','يونيو','يوليو','أغسطس','سبتمبر','أكتوبر','نوفمبر','ديسمبر'],
 'hi': ['जनवरी','फ़रवरी','मार्च','अप्रैल','मई','जून','जुलाई','अगस्त','सितंबर','अक्टूबर','नवंबर','दिसंबर'],
 'sw': ['Januari','Februari','Machi','Aprili','Mei','Juni','Julai','Agosti','Septemba','Oktoba','Novemba','Desemba'],
 'am': ['ጃንዩዌሪ','ፌብሩዌሪ','ማርች','ኤፕሪል','ሜይ','ጁን','ጁላይ','ኦገስት','ሴፕቴምበር','ኦክቶበር','ኖቬምበር','ዲሴምበር'],
 'tl': ['Enero','Pebrero','Marso','Abril','Mayo','Hunyo','Hulyo','Agosto','Setyembre','Oktubre','Nobyembre','Disyembre'],
 'ms': ['Januari','Februari','Mac','April','Mei','Jun','Julai','Ogos','September','Oktober','November','Disember'],
}
def rdate(y0=1942, y1=2006):
    base = datetime.date(y0, 1, 1); span = (datetime.date(y1, 12, 31) - base).days
    return base + datetime.timedelta(days=R.randint(0, span))
def fmt_date(dt, fmt):
    y, m, dd = dt.year, dt.month, dt.day
    if fmt == 'dmy.': return '%02d.%02d.%d' % (dd, m, y)
    if fmt == 'dmy/': return '%02d/%02d/%d' % (dd, m, y)
    if fmt == 'dmy-': return '%02d-%02d-%d' % (dd, m, y)
    if fmt == 'mdy/': return '%02d/%02d/%d' % (m, dd, y)
    if fmt == 'iso': return dt.isoformat()
    if fmt == 'ymd': return '%d%02d%02d' % (y, m, dd)
    if fmt == 'yymmdd': return '%02d%02d%02d' % (y % 100, m, dd)
    if fmt == 'ymd/': return '%d/%02d/%02d' % (y, m, dd)
    if fmt == 'ymd.': return '%d.%02d.%02d' % (y, m, dd)
    if fmt == 'ja': return '%d年%d月%d日' % (y, m, dd)
    if fmt == 'jaera':
        if y >= 1989: e, n = '平成', y - 1988
        else: e, n = '昭和', y - 1925
        return '%s%d年%d月%d日' % (e, n, m, dd)
    if fmt == 'ko': return '%d년 %d월 %d일' % (y, m, dd)
    if fmt == 'ko.': return '%d. %d. %d.' % (y, m, dd)
    if fmt == 'en_long': return '%s %d, %d' % (MONTHS['en'][m - 1], dd, y)
    if fmt == 'en_dmy': return '%d %s %d' % (dd, MONTHS['en'][m - 1], y)
    if fmt == 'en_short': return '%d %s %d' % (dd, MONTHS['en'][m - 1][:3], y)
    if fmt == 'hl7': return '%d%02d%02d' % (y, m, dd)
    if fmt == 'ar': return redigit('%02d/%02d/%d' % (dd, m, y), ARABIC_INDIC)
    if fmt == 'fw': return redigit('%d年%d月%d日' % (y, m, dd), FW)
    if fmt.startswith('long_'):
        loc = fmt[5:]
        mn = MONTHS[loc][m - 1]
        if loc == 'de': return '%d. %s %d' % (dd, mn, y)
        if loc in ('es',): return '%d de %s de %d' % (dd, mn, y)
        if loc == 'ru': return '%d %s %d г.' % (dd, mn, y)
        if loc == 'uk': return '%d %s %d р.' % (dd, mn, y)
        if loc == 'tl': return '%s %d, %d' % (mn, dd, y)
        if loc == 'hi': return '%d %s %d' % (dd, mn, y)
        return '%d %s %d' % (dd, mn, y)
    if fmt == 'zh': return '%d年%d月%d日' % (y, m, dd)
    if fmt == 'words':
        return '%s %d, %d' % (MONTHS['en'][m - 1], dd, y)
    raise ValueError(fmt)
def DOB(fmt='dmy.', y0=1942, y1=2006):
    return S('dob', fmt_date(rdate(y0, y1), fmt))

# ---------------------------------------------------------------- secrets
B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
def b64url(b): return base64.urlsafe_b64encode(b).decode().rstrip('=')
PW_WORDS = ['Sommer','Winter','Falke','Soleil','Tortuga','Gatto','Fiets','Kanelbulle','Istanbul','Moskva','Kyiv','Sakura',
            'Hanuman','Nyumbani','Mabuhay','Merdeka','Dragon','Monkey','Shadow','Phoenix','Bayern','Porto','Kaffee','Tiger']
def pw_value(style='mixed'):
    if style == 'mixed': return pick(PW_WORDS) + pick(['!', '$', '*', '.', '_', '-', '+', '~']) + d(R.randint(2, 4)) + pick(['', '!', '.', '_x'])
    if style == 'strong': return rs(AN + '!*+-_~.', R.randint(16, 24))  # URL-safe: these also sit in connection strings
    if style == 'hex': return hexs(32)
    if style == 'phrase': return '-'.join(pick(['correct','lantern','orbit','maple','velvet','granite','harbor','cactus','quartz','ember','willow','nimbus']) for _ in range(4)) + d(2)
    if style == 'simple': return pick(['qwerty', 'passw0rd', 'letmein', 'admin', 'welcome', 'iloveyou']) + d(R.randint(2, 4))
    if style == 'alnum': return an(R.randint(12, 20))
    raise ValueError(style)

def PW(style='mixed'):
    return S('secret', pw_value(style))

def pem(kind='RSA'):
    if kind == 'RSA':
        head, first = 'RSA PRIVATE KEY', 'MIIEpAIBAAKCAQEA'; n = 8
    elif kind == 'EC':
        head, first = 'EC PRIVATE KEY', 'MHcCAQEEI'; n = 3
    elif kind == 'OPENSSH':
        head, first = 'OPENSSH PRIVATE KEY', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW'; n = 5
    else:
        head, first = 'PRIVATE KEY', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ'; n = 8
    body = first + rs(B64, 64 - len(first))
    lines = [body] + [rs(B64, 64) for _ in range(n - 1)] + [rs(B64, R.randint(20, 60)) + pick(['', '=', '=='])]
    return '-----BEGIN ' + head + '-----\n' + '\n'.join(lines) + '\n-----END ' + head + '-----'

def jwt_value():
    h = b64url(json.dumps({'alg': pick(['HS256', 'RS256', 'ES256']), 'typ': 'JWT'}, separators=(',', ':')).encode())
    now = 1764000000 + R.randint(0, 9000000)
    pl = {'sub': str(R.randint(10000, 999999)), 'iat': now, 'exp': now + 3600, 'scope': pick(['read', 'read write', 'admin', 'payments'])}
    if R.random() < 0.5: pl['iss'] = pick(['https://auth.northwind-logistics.io', 'https://sso.kliniken-verbund.de', 'https://id.tokopay.my'])
    p = b64url(json.dumps(pl, separators=(',', ':')).encode())
    return h + '.' + p + '.' + rs(B64U, 43)

def secret_value(kind):
    k = kind
    if k == 'aws_akid': return pick(['AKIA', 'ASIA']) + rs(B32[:26] + '234567', 16)
    if k == 'aws_secret': return rs(AN + '+/', 40)
    if k == 'gh_pat': return 'ghp_' + an(36)
    if k == 'gh_fine': return 'github_pat_11' + rs(UP + DIG, 20) + '_' + an(59)
    if k == 'gh_oauth': return 'gho_' + an(36)
    if k == 'gh_app': return pick(['ghs_', 'ghu_']) + an(36)
    if k == 'gitlab': return 'glpat-' + rs(AN + '-_', 20)
    if k == 'slack_bot': return 'xoxb-' + d(12) + '-' + d(13) + '-' + an(24)
    if k == 'slack_user': return 'xoxp-' + d(12) + '-' + d(12) + '-' + d(13) + '-' + hexs(32)
    if k == 'slack_app': return 'xapp-1-A' + rs(UP + DIG, 10) + '-' + d(13) + '-' + hexs(64)
    if k == 'slack_hook': return 'https://hooks.slack.com/services/T' + rs(UP + DIG, 8) + '/B' + rs(UP + DIG, 10) + '/' + an(24)
    if k == 'teams_hook': return ('https://' + pick(['contoso', 'stadtwerke', 'farmaciaverde', 'omnibank']) + '.webhook.office.com/webhookb2/' +
                                  str(hexs(8)) + '-' + hexs(4) + '-' + hexs(4) + '-' + hexs(4) + '-' + hexs(12) + '@' + hexs(8) + '-' + hexs(4) + '-' + hexs(4) + '-' + hexs(4) + '-' + hexs(12) +
                                  '/IncomingWebhook/' + hexs(32) + '/' + hexs(8) + '-' + hexs(4) + '-' + hexs(4) + '-' + hexs(4) + '-' + hexs(12) + '/V2' + an(40))
    if k == 'discord_hook': return 'https://discord.com/api/webhooks/' + d(18) + '/' + rs(AN + '-_', 68)
    if k == 'discord_bot': return rs('MN', 1) + an(23) + '.' + rs(AN + '-_', 6) + '.' + rs(AN + '-_', 38)
    if k == 'telegram': return str(R.randint(100000000, 7999999999)) + ':AA' + rs(AN + '-_', 33)
    if k == 'stripe_sk': return pick(['sk_live_', 'rk_live_']) + an(R.choice([24, 99]))
    if k == 'stripe_wh': return 'whsec_' + an(32)
    if k == 'google': return 'AIza' + rs(AN + '-_', 35)
    if k == 'gcp_sa': return '-----BEGIN PRIVATE KEY-----\\n' + rs(B64, 64) + '\\n' + rs(B64, 64) + '\\n' + rs(B64, 40) + '=\\n-----END PRIVATE KEY-----\\n'
    if k == 'openai': return 'sk-proj-' + rs(AN + '-_', 80) + 'T3BlbkFJ' + rs(AN + '-_', 20)
    if k == 'anthropic': return 'sk-ant-api03-' + rs(AN + '-_', 93) + 'AA'
    if k == 'hf': return 'hf_' + rs(LO + UP, 34)
    if k == 'twilio_tok': return hexs(32)
    if k == 'twilio_sk': return 'SK' + hexs(32)
    if k == 'sendgrid': return 'SG.' + rs(AN + '-_', 22) + '.' + rs(AN + '-_', 43)
    if k == 'mailgun': return 'key-' + hexs(32)
    if k == 'mailchimp': return hexs(32) + '-us' + str(R.randint(1, 21))
    if k == 'npm': return 'npm_' + an(36)
    if k == 'pypi': return 'pypi-AgEIcHlwaS5vcmc' + rs(AN + '-_', 60)
    if k == 'docker': return 'dckr_pat_' + rs(AN + '-_', 27)
    if k == 'vault': return 'hvs.' + rs(AN + '-_', 90)
    if k == 'azure_key': return rs(B64, 86) + '=='
    if k == 'azure_sas': return rs(AN + '%', 40) + '%3D'
    if k == 'datadog': return hexs(32)
    if k == 'newrelic': return 'NRAK-' + rs(UP + DIG, 27)
    if k == 'shopify': return pick(['shpat_', 'shpss_']) + hexs(32)
    if k == 'square': return 'EAAA' + rs(AN + '-_', 60)
    if k == 'age': return 'AGE-SECRET-KEY-1' + rs('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'.upper(), 58)
    if k == 'jwt': return jwt_value()
    if k == 'sentry_dsn_key': return hexs(32)
    if k == 'linear': return 'lin_api_' + an(40)
    if k == 'doppler': return 'dp.st.' + rs(LO + DIG, 4) + '.' + an(40)
    if k == 'heroku': return 'HRKU-' + rs(AN + '-_', 60)
    if k == 'atlassian': return 'ATATT3xFfGF0' + rs(AN + '-_', 180) + '=' + hexs(8).upper()
    if k == 'confluent': return rs(AN + '+/', 64)
    if k == 'bearer': return rs(AN + '-._~', 40)
    if k == 'pem_rsa': return pem('RSA')
    if k == 'pem_ec': return pem('EC')
    if k == 'pem_ssh': return pem('OPENSSH')
    if k == 'pem_pk8': return pem('PK8')
    if k == 'do': return 'dop_v1_' + hexs(64)
    if k == 'cloudflare': return rs(AN + '-_', 40)
    if k == 'snmp': return pick(['pr1v', 'n0c', 'Mgmt', 'c0mmunity']) + '-' + an(10)
    if k == 'wifi': return pick(PW_WORDS) + pick(['-', '_', '']) + d(4) + pick(['!', '?', '#', ''])
    if k == 'b64pw': return base64.b64encode(pw_value('mixed').encode()).decode()
    if k == 'tailscale': return 'tskey-auth-' + an(17) + '-' + an(33)
    if k == 'grafana': return 'glsa_' + an(32) + '_' + hexs(8)
    if k == 'algolia': return hexs(32)
    if k == 'firebase_fcm': return 'AAAA' + rs(AN + '-_', 7) + ':APA91b' + rs(AN + '-_', 134)
    raise ValueError(kind)

def K(kind):
    return S('secret', secret_value(kind))

# ---------------------------------------------------------------- look-alikes (each call plants one)
def xU(): return L('%s-%s-4%s-%s%s-%s' % (hexs(8), hexs(4), hexs(3), pick('89ab'), hexs(3), hexs(12)))
def xH(n=40): return L(hexs(n))
def xDig(): return L('sha256:' + hexs(64))
def xGit(): return L(hexs(pick([7, 8, 12])))
def xNum(n, first=None):
    v = (first or str(R.randint(1, 9))) + d(n - 1)
    if 13 <= n <= 19: v = nonluhn(v)
    return v
def xO(prefix='ORD'): return L(prefix + '-' + str(R.randint(2019, 2026)) + '-' + d(R.choice([5, 6, 7])))
def xV(): return L(pick(['v', '', '']) + '%d.%d.%d' % (R.randint(0, 24), R.randint(0, 40), R.randint(0, 99)))
def xTS(): 
    dt = datetime.datetime(2026, 1, 1) + datetime.timedelta(seconds=R.randint(0, 28000000))
    return L(dt.strftime('%Y-%m-%dT%H:%M:%S') + pick(['Z', '.%03dZ' % R.randint(0, 999), '+01:00']))
def xEpoch(): return L(str(R.randint(1735000000, 1770000000)) + pick(['', d(3)]))
def xDate(fmt='dmy.'):
    return L(fmt_date(rdate(2019, 2027), fmt))
def xTrk(c='ups'):
    if c == 'ups': return L('1Z' + rs(UP + DIG, 6) + d(10))
    if c == 'dhl': return L('JJD' + d(18))
    if c == 'usps': return L('9400' + d(18))
    if c == 'fedex': return L(xNum(12, '7'))
    if c == 'postnl': return L('3S' + rs(UP, 4) + d(9))
    if c == 'ems': return L('E' + rs(UP, 1) + d(9) + pick(['CN', 'JP', 'KR', 'RU', 'TR']))
    raise ValueError(c)
def xMAC(sep=':'): return L(sep.join(format(R.randint(0, 255), '02X' if sep == '-' else '02x') for _ in range(6)))
def xSer(prefix=''): return L(prefix + rs(UP, 2) + d(2) + rs(UP + DIG, 8))
def gs1_check(body):
    t = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - t % 10) % 10)
def xGTIN():
    while True:
        b = pick(['400', '590', '869', '460', '482', '880', '690', '489', '955', '616', '871', '730', '800', '843', '540']) + d(9)
        v = b + gs1_check(b)
        if not luhn_ok(v): return L(v)
def xSSCC():
    while True:
        b = '0' + pick(['400', '590', '871']) + d(13)
        v = b + gs1_check(b)
        if not luhn_ok(v): return L(v)
def xISBN():
    while True:
        b = '978' + pick(['3', '2', '84', '88', '90', '91', '605', '5', '617', '4', '89', '7']) 
        b = b + d(12 - len(b)); v = b + gs1_check(b)
        if not luhn_ok(v): return L('%s-%s-%s-%s-%s' % (v[:3], v[3], v[4:8], v[8:12], v[12]))
def xMask(style=0):
    last = d(4)
    return L(pick(['**** **** **** ' + last, 'XXXX-XXXX-XXXX-' + last, '•••• ' + last, '************' + last, pick(['4', '5']) + d(5) + '******' + last]) if style == 0 else
             ['**** **** **** ' + last, 'XXXX-XXXX-XXXX-' + last, '•••• ' + last, '************' + last, '4' + d(5) + '******' + last, '*' + last][style - 1])
def bad_card():
    v = card_digits(pick(['visa', 'mc', 'visa', 'amex', 'disc']))
    return v[:-1] + str((int(v[-1]) + R.randint(1, 9)) % 10)
def xBadCard(fmt='sp'): return L(fmt_card(bad_card(), fmt))
def bad_iban(cc):
    v = iban_value(cc)
    pos = [i for i in range(4, len(v)) if v[i] in DIG]
    i = pick(pos); nd = str((int(v[i]) + R.randint(1, 9)) % 10)
    return v[:i] + nd + v[i + 1:]
def xBadIBAN(cc, fmt='sp'): return L(fmt_iban(bad_iban(cc), fmt))
BICS = ['DEUTDEFF', 'COBADEFFXXX', 'BNPAFRPP', 'SOGEFRPP', 'CAIXESBBXXX', 'BSCHESMM', 'UNCRITMM', 'BCITITMM', 'INGBNL2A', 'RABONL2U',
        'NDEASESS', 'ESSESESS', 'TGBATRIS', 'ISBKTRIS', 'SABRRUMM', 'PBANUA2X', 'NCBKSAJE', 'EBILAEAD', 'SBININBB', 'MHCBJPJT',
        'KOEXKRSE', 'BKCHCNBJ', 'KCBLKENX', 'CBETETAA', 'BOPIPHMM', 'MBBEMYKL', 'GEBABEBB', 'NWBKGB2L', 'BARCGB22', 'POFICHBEXXX']
def xBIC(): return L(pick(BICS))
def xSort(): return L('%02d-%02d-%02d' % (R.randint(1, 99), R.randint(0, 99), R.randint(0, 99)))
def xABA():
    while True:
        b = pick(['0', '1', '2', '3']) + d(7)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        c = (10 - sum(int(a) * x for a, x in zip(b, w)) % 10) % 10
        return L(b + str(c))
def xCase(style='de'):
    if style == 'de': return L('%d %s %d/%02d' % (R.randint(1, 40), pick(['O', 'C', 'S', 'Ca', 'K', 'F']), R.randint(1, 999), R.randint(19, 26)))
    if style == 'fr': return L('RG n° %02d/%05d' % (R.randint(19, 26), R.randint(1, 99999)))
    if style == 'us': return L('%d:%02d-cv-%05d' % (R.randint(1, 4), R.randint(19, 26), R.randint(1, 99999)))
    if style == 'uk': return L('%s%02d%s%05d' % (pick(['K', 'L', 'M']), R.randint(19, 26), pick(['QB', 'CL', 'FD']), R.randint(1, 99999)))
    return L(style + '-' + str(R.randint(2019, 2026)) + '-' + d(6))
def xClaim(prefix='CLM'): return L(prefix + d(R.choice([8, 10])))
def xGeo(): return L('%.6f, %.6f' % (R.uniform(-40, 60), R.uniform(-120, 140)))
def xDocIP(): return L(pick(['192.0.2.', '198.51.100.', '203.0.113.']) + str(R.randint(1, 254)))
def xDocIP6(): return L('2001:db8:' + format(R.randint(0, 0xffff), 'x') + '::' + format(R.randint(1, 0xffff), 'x'))
def xOID(): return L('1.3.6.1.4.1.' + str(R.randint(1000, 60000)) + '.' + str(R.randint(1, 20)) + '.' + str(R.randint(1, 9)))
def xNetmask(): return L(pick(['255.255.255.0', '255.255.0.0', '255.255.255.128', '255.255.255.252', '255.255.240.0', '0.0.0.255']))
def xExEmail(): return L(pick(['user', 'jane.doe', 'max.mustermann', 'test', 'admin', 'john.doe', 'noreply', 'someone']) + '@' + pick(['example.com', 'example.org', 'example.net']))
def xPh555(): return L(pick(['+1 555-01%02d', '(555) 01%02d', '555-01%02d', '+1-202-555-01%02d']) % R.randint(0, 99))
def xTestCard(): return L(pick(['4242 4242 4242 4242', '4111 1111 1111 1111', '5555 5555 5555 4444', '4242424242424242', '4111-1111-1111-1111']))
def xAwsEx(): return L(pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']))
def xJwtDemo(): return L('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c')
def xEIN(): return L('%02d-%07d' % (pick([12, 13, 20, 27, 35, 46, 47, 52, 81, 84, 94]), R.randint(0, 9999999)))
def xITIN():
    return L('9%02d-%02d-%04d' % (R.randint(0, 99), pick([70, 71, 75, 78, 80, 83, 88, 90, 94, 99]), R.randint(1, 9999)))
def xBadSSN(rule=None):
    rule = rule or pick(['000', '666', '9xx', 'g00', 's0000'])
    a, g, s = '%03d' % R.randint(1, 899), '%02d' % R.randint(1, 99), '%04d' % R.randint(1, 9999)
    if a == '666': a = '667'
    if rule == '000': a = '000'
    elif rule == '666': a = '666'
    elif rule == '9xx': a = str(R.randint(900, 999)); g = '%02d' % pick([10, 20, 30, 40, 60])
    elif rule == 'g00': g = '00'
    elif rule == 's0000': s = '0000'
    return L(a + '-' + g + '-' + s)
def xBadNINO(rule=None):
    rule = rule or pick(['first', 'second', 'prefix', 'suffix'])
    v = nino_value()
    if rule == 'first': v = pick('DFIQUV') + v[1:]
    elif rule == 'second': v = v[0] + pick('DFIOQUV') + v[2:]
    elif rule == 'prefix': v = pick(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']) + v[2:]
    elif rule == 'suffix': v = v[:8] + pick('EFGXZ')
    return L(v[:2] + ' ' + v[2:4] + ' ' + v[4:6] + ' ' + v[6:8] + ' ' + v[8])
def xSampleNINO(): return L(pick(['QQ 12 34 56 C', 'QQ123456C']))
def xSampleIBAN(): return L(pick(['GB82 WEST 1234 5698 7654 32', 'DE89 3704 0044 0532 0130 00', 'FR14 2004 1010 0505 0001 3M02 606', 'NL91 ABNA 0417 1643 00', 'BE68 5390 0754 7034']))
def xSID(): return L('AC' + hexs(32))
def xARN(svc='iam'):
    acct = d(12)
    if svc == 'iam': return L('arn:aws:iam::' + acct + ':role/' + pick(['deploy-ci', 'ecsTaskExecution', 'lambda-exec', 'ReadOnly']))
    if svc == 's3': return L('arn:aws:s3:::' + pick(['invoices', 'exports', 'lab-results', 'payroll']) + '-' + d(4))
    return L('arn:aws:' + svc + ':' + pick(['eu-central-1', 'us-east-1', 'ap-northeast-1']) + ':' + acct + ':' + pick(['queue/orders', 'topic/alerts', 'function:refunds', 'secret:prod/db-AbC12x']))
def xAcct(): return L(d(12))
def xPub(): return L('ssh-' + pick(['rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ', 'ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI']) + rs(B64, 40) + ' ' + pick(['deploy@ci', 'ops@bastion', 'root@build-07']))
def xAge(): return L('age1' + rs('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58))
def xRef(nm): return L(nm)
def xInv(prefix='INV'): return L(prefix + '-' + str(R.randint(2024, 2026)) + '/' + d(5))
def xVAT(cc='DE'):
    return L({'DE': 'DE' + dn(9), 'FR': 'FR' + d(2) + dn(9), 'IT': 'IT' + d(11), 'ES': 'ES' + pick(UP) + d(7) + pick(UP),
              'NL': 'NL' + d(9) + 'B0' + d(1), 'SE': 'SE' + d(10) + '01', 'GB': 'GB' + d(9)}[cc])
def xPhoneLike(): return L(pick(['0800 ', '1-800-']) + d(3) + pick([' ', '-']) + d(4))
def xCoord(): return xGeo()
def xIMSI(): return L(pick(['262', '208', '234', '310', '440', '450', '639']) + pick(['01', '02', '10', '20']) + d(10))
def xSemver(): return xV()
def xCVE(): return L('CVE-' + str(R.randint(2019, 2026)) + '-' + str(R.randint(1000, 49999)))
def xStripeTest(): return L(pick(['pk_test_', 'pk_live_']) + an(24))  # publishable keys are public
def xK8sRef(): return L('{{ .Values.' + pick(['db.password', 'secrets.apiKey', 'redis.auth', 'smtp.pass']) + ' }}')
def xHash(): return xH(pick([32, 40, 64]))
def xHL7TS(n=14):
    dt = datetime.datetime(2026, 1, 1) + datetime.timedelta(seconds=R.randint(0, 28000000))
    return L(dt.strftime('%Y%m%d%H%M%S')[:n])

# ---------------------------------------------------------------- escaping
def needs_escape(ch):
    o = ord(ch)
    if ch in ('\n', '\t'): return False
    cat = unicodedata.category(ch)
    if cat in ('Cc', 'Cf', 'Cs', 'Co', 'Zl', 'Zp'): return True
    if cat == 'Zs' and ch != ' ': return True
    if o == 0x034F or 0xFE00 <= o <= 0xFE0F or o == 0x3164 or o == 0x115F or o == 0x1160 or o == 0xFFA0: return True
    if 0xFF01 <= o <= 0xFF60 or 0xFFE0 <= o <= 0xFFE6: return True
    return False

def render(raw):
    # tokens: ('o',) span open, ('c',) span close, ('t', ch) text char, ('k', kind)
    toks = []
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == SO:
            j = raw.index(SM, i); toks.append(('o', raw[i + 1:j])); i = j + 1; continue
        if ch == SE:
            toks.append(('c', None)); i += 1; continue
        toks.append(('t', ch)); i += 1
    def is_brace(t):
        return t is not None and (t[0] in ('o', 'c') or (t[0] == 't' and t[1] in '{}'))
    out = []
    for n, t in enumerate(toks):
        if t[0] == 'o': out.append('{{' + t[1] + ':'); continue
        if t[0] == 'c': out.append('}}'); continue
        ch = t[1]
        prev = toks[n - 1] if n else None
        nxt = toks[n + 1] if n + 1 < len(toks) else None
        if ch == '\n': out.append('\\n')
        elif ch == '\t': out.append('\\t')
        elif ch == '\\': out.append('\\u005C')
        elif ch in '{}' and (is_brace(prev) or is_brace(nxt)): out.append('\\u%04X' % ord(ch))
        elif ch == '#' and n == 0: out.append('\\u0023')
        elif ord(ch) > 0xFFFF: raise ValueError('non-BMP char')
        elif needs_escape(ch): out.append('\\u%04X' % ord(ch))
        else: out.append(ch)
    line = ''.join(out)
    return line

# ================================================================ families
# ---- public sector and legal paperwork
@family('court_filings_de', 'de')
def _():
    n = lambda: name('de')
    return [
        f"Landgericht Köln, Az. {xCase('de')} – Klageschrift in Sachen {n()} ./. Stadtwerke Nord GmbH. Der Kläger ist erreichbar unter {E('de')}.",
        f"Beklagte: {n()}, geb. am {DOB('dmy.')}, wohnhaft Lindenstraße 14, 50674 Köln. Zustellung erfolgte am {xDate('dmy.')} (Aktenzeichen {xCase('de')}).",
        f"Kostenfestsetzungsbeschluss {xCase('de')}: Die Erstattung erfolgt auf das bekannte Konto des Klägers (BIC {xBIC()}). Kassenzeichen {L('7' + d(11))}.",
        f"Amtsgericht Hamburg – Mahnbescheid Nr. {L(d(2) + '-' + d(7) + '-0-' + d(1))}. Antragsgegner {n()} (Geburtsdatum: {DOB('dmy.')}).",
        f"Sehr geehrte Frau Kollegin, anbei der Schriftsatz vom {xDate('dmy.')} zu {xCase('de')}. Rückfragen gern an {E('de', domain='kanzlei-richter.de')}. Mit freundlichen Grüßen, RA {n()}",
        f"Zeugenliste (Az. {xCase('de')}):\n1. {n()}, geboren {DOB('long_de')}, Mobil {P('de','nat')}\n2. {n()}, erreichbar über den Prozessbevollmächtigten",
        f"beA-Nachricht {xU()} eingegangen am {xTS()}; Absender SAFE-ID {L('DE.BRAK.' + hexs(8) + '-' + hexs(4) + '.' + d(4))}. Anlage K3: Kontoauszug (geschwärzt).",
        f"Pfändungs- und Überweisungsbeschluss: Drittschuldnerin Sparkasse KölnBonn, Konto des Schuldners {I('DE','sp')}, Forderung {L(str(R.randint(1000, 9000)) + ',' + d(2))} EUR nebst Zinsen seit {xDate('dmy.')}.",
        f"Handelsregisterauszug HRB {L(d(5))} – Geschäftsführer {n()}, Köln. USt-IdNr. {xVAT('DE')}, Steuernummer {L('2' + d(2) + '/' + d(4) + '/' + d(4))}.",
        f"Aus der Gerichtsakte (OCR): \"Klägerin: {n()}, E-Mail {E('de','words')}, Telefon {P('de','spaced')}\" — Seite {R.randint(2, 40)} von {R.randint(41, 90)}.",
        f"Prozesskostenhilfeantrag vom {xDate('iso')}: Antragsteller {n()}, Bankverbindung {I('DE','nl')}, Bescheid des Jobcenters vom {xDate('dmy.')} (BG-Nr. {L(d(5) + 'BG' + d(7))}).",
    ]

@family('tax_returns_fr', 'fr')
def _():
    n = lambda: name('fr')
    return [
        f"Déclaration des revenus 2025 – Numéro fiscal {L('1' + d(12))}, déclarant {n()}, né le {DOB('dmy/')} à Lyon. Courriel : {E('fr')}.",
        f"Avis d'impôt : référence de l'avis {L(d(2) + ' ' + d(2) + ' ' + d(7) + ' ' + d(2))}. Prélèvement sur le compte {I('FR')} ; BIC {xBIC()}.",
        f"Bonjour, je vous écris au sujet de ma taxe foncière (n° d'accès en ligne {L(d(7))}). Vous pouvez me joindre au {P('fr','nat')} ou par mail à {E('fr','words')}. Cordialement, {n()}",
        f"Formulaire 2042 — case 1AJ : {L(str(R.randint(20000, 60000)))} € ; date de naissance du conjoint : {DOB('long_fr')} ; SIRET employeur {L(d(14))}.",
        f"Mandat de prélèvement SEPA – RUM {L('++' + d(4) + 'DGFIP' + d(10))} – ICS {L('FR' + d(2) + 'ZZZ' + d(6))} – IBAN débiteur {L('FR76 **** **** **** **** ***' + d(1) + ' ' + d(3))}",
        f"Réclamation contentieuse enregistrée le {xDate('dmy/')} sous le n° {xCase('fr')}. Contribuable : {n()}, tél. {P('fr','dots')}.",
        f"Attestation de résidence fiscale : M. {n()} ; adresse électronique {E('fr','pct')} (copiée depuis le lien de l'espace particulier).",
        f"Numéro de TVA intracommunautaire {xVAT('FR')}, code NAF {L('62.01Z')}, montant HT {L(str(R.randint(100, 9999)) + ',' + d(2))} €, échéance {xDate('dmy/')}.",
        f"SMS reçu : « DGFiP : votre remboursement de {L(str(R.randint(90, 900)))} € sera versé sur le compte se terminant par {L(d(4))}. » — à ne pas confondre avec un hameçonnage.",
        f"Pièce jointe RIB (OCR) : Titulaire {n()} | Domiciliation Paris Opéra | IBAN {I('FR','nl')} | BIC {xBIC()} | Clé RIB {L(d(2))}",
    ]

@family('benefit_claims_uk', 'en')
def _():
    n = lambda: name('en')
    return [
        f"Universal Credit claim ref {L('UC' + d(9))}: claimant {n()}, National Insurance number {NI('sp')}, date of birth {DOB('dmy/')}.",
        f"PIP2 form, Q1: NI number {NI('none')} | Phone {P('uk','nat')} | Email {E('en')} | Appointment on {xDate('dmy/')} at 10:30.",
        f"Hi, my NINO is {NI('lower')} and I still haven't had a reply about my carer's allowance. Call me on {P('uk','intl')} after 3pm please.",
        f"DWP letter (scanned): \"Your reference: {L('ESA/' + d(6) + '/' + rs(UP, 2))}. We need to check the National Insurance number {xSampleNINO()} shown on your form; ours shows {NI('sp')}.\"",
        f"Housing Benefit change of circumstances — tenant {n()}, tenancy start {xDate('dmy/')}, landlord's bank: sort code {xSort()} acc {L(d(8))}. Council Tax account {L(d(9))}.",
        f"Agent note: caller gave NI {NI('sp2')} but the system flagged {xBadNINO('prefix')} as invalid prefix; verified identity via postcode and security question.",
        f"State Pension forecast request from {n()} (born {DOB('en_long')}), NI no. {NI('dash')}. Reply to {E('en','brk')}.",
        f"Child Benefit: child's date of birth {DOB('dmy/', 2012, 2024)}, parent's NI number {NI('sp')}, payment to sort code {xSort()}. Claim received {xDate('dmy/')}.",
        f"Webchat transcript: 'my national insurance is {NI('zw')} — sorry copy-pasted from the app' / 'Thanks, is {P('uk','nat')} still the best number?'",
        f"Mandatory reconsideration notice MR-{L(d(8))}: the tribunal reference {xCase('uk')} relates to {n()}, NINO {NI('none')}; previous decision dated {xDate('dmy/')}.",
    ]

@family('visa_applications', 'multi')
def _():
    return [
        f"Schengen visa application form, field 4 'Date of birth (day-month-year)': {DOB('dmy-')} | field 13 'Number of travel document': {L(rs(UP, 2) + d(7))} | field 17 'E-mail': {E('tr')}",
        f"Demande de visa long séjour — Nom : {name('ar')} ; Date de naissance : {DOB('dmy/')} ; Téléphone : {P('sa','intl')} ; Numéro de demande {L('FRA' + d(2) + rs(UP, 3) + d(10))}",
        f"DS-160 confirmation {L('AA00' + rs(UP + DIG, 6))} for {name('hi')}: primary phone {P('in','intl')}. Previous US SSN: {SSN('-')}.",
        f"Visa-Antrag Nationales Visum, Vorgangsnummer {L(d(10))}: Antragstellerin {name('uk')}, Geburtsdatum {DOB('dmy.')}, E-Mail {E('uk')}.",
        f"在留資格認定証明書交付申請書 — 氏名 {name('zh')}　生年月日 {DOB('ja')}　受付番号 {L(d(4) + '-' + d(6))}",
        f"UK Standard Visitor visa — GWF reference {L('GWF0' + d(8))}, contact {E('sw')}. Passport {L(rs(UP, 1) + d(8))} issued {xDate('dmy/')}.",
        f"Solicitud de visado: apellidos {name('es')}; fecha de nacimiento {DOB('dmy/')}; NIE {L(pick('XYZ') + d(7) + pick(UP))}; teléfono {P('es','nat')}.",
        f"e-Visa India application {L('IN' + d(6) + rs(UP + DIG, 6))}: applicant {name('en')}, Date of Arrival {xDate('dmy/')}, payment ref {xO('TXN')}.",
        f"Заявление на визу: ФИО {name('ru')}, дата выдачи {xDate('dmy.')}, загранпаспорт {L(d(2) + ' ' + d(7))}.",
        f"Visa appointment reminder — Application ID {xU()}, biometrics at VFS Global on {xDate('dmy/')} 09:15. Do not reply to this automated message; tracking no. {xTrk('dhl')}.",
        f"Formulir visa Korea: Nama {name('ms')} / Tarikh tamat pasport {xDate('long_ms')} / No. telefon {P('my','intl')}",
    ]

@family('us_tax_forms', 'en')
def _():
    n = lambda: name('en')
    return [
        f"Form W-2 box a: Employee's SSN {SSN('-')} | box b: EIN {xEIN()} | box e: {n()} | box 1 wages {L(str(R.randint(30000, 140000)) + '.00')}",
        f"1040 Schedule 1 worksheet — spouse SSN {SSN('-')}, dependent ITIN {xITIN()}, preparer PTIN {L('P' + d(8))}.",
        f"Hi, TurboTax keeps rejecting my return. SSN {SSN('none')}. Error IND-031-04. My phone is {P('us','nat')}.",
        f"W-9 Request for Taxpayer Identification: Name {n()}, SSN {SSN('sp')} (or EIN {xEIN()}), address 418 Maple Ave, Dayton OH 45402.",
        f"IRS notice CP2000, control no. {L(d(3) + '-' + d(5) + '-' + d(5))}: taxpayer identification number ends in {L(d(4))}. Respond by {xDate('mdy/')}.",
        f"Payroll onboarding (I-9 section 1): DOB {DOB('mdy/')}, SSN {SSN('-')}, email {E('en')}.",
        f"QA test fixtures — do not use real data: ssn='{xRef('123-45-6789')}', ssn_bad_area='{xBadSSN('000')}', ssn_itin='{xBadSSN('9xx')}', ein='{xEIN()}'.",
        f"1099-NEC recipient TIN {SSN('-')}; payer TIN {xEIN()}; account number {L(d(10))}; nonemployee compensation {L('$' + str(R.randint(1000, 40000)))}.",
        f"Form 8821 authorization: taxpayer {n()}, SSN {SSN('dots')}, daytime phone {P('us','intl')}. Designee CAF No. {L(d(4) + '-' + d(5) + 'R')}.",
        f"Chat: 'can u resend the 1095-A? my social is {SSN('spaced')}' — 'Sure, sent to {E('en','brk')} just now.'",
        f"Rejected batch rows: {xBadSSN('666')} (area 666), {xBadSSN('g00')} (group 00), {xBadSSN('s0000')} (serial 0000), {xBadSSN('000')} (area 000).",
    ]

# ---- banking and payroll exports
@family('sepa_xml', 'de')
def _():
    n = lambda: name('de')
    return [
        f"<CdtTrfTxInf><PmtId><EndToEndId>{L('E2E-' + d(10))}</EndToEndId></PmtId><Amt><InstdAmt Ccy=\"EUR\">{R.randint(10, 4000)}.{d(2)}</InstdAmt></Amt><CdtrAgt><FinInstnId><BIC>{xBIC()}</BIC></FinInstnId></CdtrAgt><Cdtr><Nm>{n()}</Nm></Cdtr><CdtrAcct><Id><IBAN>{I('DE','none')}</IBAN></Id></CdtrAcct><RmtInf><Ustrd>Miete Dezember Whg 3 links</Ustrd></RmtInf></CdtTrfTxInf>",
        f"<DrctDbtTxInf><PmtId><EndToEndId>{xO('LS')}</EndToEndId></PmtId><DrctDbtTx><MndtRltdInf><MndtId>{L('MDT' + d(9))}</MndtId><DtOfSgntr>{xDate('iso')}</DtOfSgntr></MndtRltdInf></DrctDbtTx><Dbtr><Nm>{n()}</Nm></Dbtr><DbtrAcct><Id><IBAN>{I('AT','none')}</IBAN></Id></DbtrAcct></DrctDbtTxInf>",
        f"<GrpHdr><MsgId>{L('PAIN001-' + d(8) + '-' + d(4))}</MsgId><CreDtTm>{xTS()}</CreDtTm><NbOfTxs>{R.randint(2, 300)}</NbOfTxs><InitgPty><Nm>Stadtwerke Nord GmbH</Nm><Id><OrgId><Othr><Id>{L('DE' + d(2) + 'ZZZ0000' + d(7))}</Id></Othr></OrgId></Id></InitgPty></GrpHdr>",
        f"<DbtrAcct><Id><IBAN>{I('NL','none')}</IBAN></Id><Ccy>EUR</Ccy></DbtrAcct><DbtrAgt><FinInstnId><BICFI>{xBIC()}</BICFI></FinInstnId></DbtrAgt><!-- Testkonto im Handbuch: {xSampleIBAN()} -->",
        f"Validierungsfehler in Zeile {R.randint(20, 900)}: <IBAN>{xBadIBAN('DE','none')}</IBAN> – Prüfziffer ungültig; Datei {L('pain.008.001.02_' + d(8) + '.xml')} wurde abgewiesen.",
        f"<Cdtr><Nm>{name('it')}</Nm><PstlAdr><Ctry>IT</Ctry></PstlAdr></Cdtr><CdtrAcct><Id><IBAN>{I('IT','none')}</IBAN></Id></CdtrAcct><RmtInf><Strd><CdtrRefInf><Ref>{L('RF' + d(2) + rs(UP + DIG, 10))}</Ref></CdtrRefInf></Strd></RmtInf>",
        f"<UltmtDbtr><Nm>{n()}</Nm><Id><PrvtId><DtAndPlcOfBirth><BirthDt>{DOB('iso')}</BirthDt><CityOfBirth>Leipzig</CityOfBirth><CtryOfBirth>DE</CtryOfBirth></DtAndPlcOfBirth></PrvtId></Id></UltmtDbtr>",
        f"<RmtInf><Ustrd>Rückfragen bitte an {E('de')} oder Tel. {P('de','nat')}</Ustrd></RmtInf><CdtrAcct><Id><IBAN>{I('BE','none')}</IBAN></Id></CdtrAcct>",
        f"<CtctDtls><Nm>{n()}</Nm><PhneNb>{P('defix','dash')}</PhneNb></CtctDtls><Purp><Cd>SALA</Cd></Purp><CtgyPurp><Cd>SALA</Cd></CtgyPurp>",
        f"camt.054 Buchung {xDate('iso')}: AcctSvcrRef {L(d(16) + 'X')} | Gegenkonto {L(d(10))} | Verwendungszweck RE-{L(d(6))} Kd.-Nr. {L(d(7))}",
        f"<Othr><Id>{xBadIBAN('FR','none')}</Id><SchmeNm><Prtry>INVALID_IBAN</Prtry></SchmeNm></Othr><Othr><Id>{L(d(10))}</Id><SchmeNm><Cd>BANK</Cd></SchmeNm></Othr>",
    ]

@family('bacs_ach_files', 'en')
def _():
    n = lambda: name('en').upper()
    return [
        f"101 {xABA()} {L(d(10))}{L(d(6))}{d(4)}A094101FIRST REPUBLIC BANK     ACME PAYROLL INC      ",
        f"622{xABA()}{L(d(17).ljust(17))}{L('00000' + d(5))}{L(d(15))}{n()[:22]:<22}  0{L(d(15))}",
        f"ACH return R03 (No Account/Unable to Locate) for trace {L(d(15))}; originator ID {xEIN()}; receiver {n()}, contact {E('en')}.",
        f"BACS Standard 18 UHL1 {L(d(5))} record: destination sort code {xSort()}, account {L(d(8))}, transaction code 99, amount {L('0000' + d(7))}, payee {n()[:18]}, ref {L('SALARY' + d(6))}",
        f"Payroll bureau email: 'Hi {name('en')}, your new bank details are sort code {xSort()} and IBAN {I('GB')}. Please confirm by replying to {E('en')}.'",
        f"NACHA file upload failed: line {R.randint(3, 300)} — invalid immediate destination {L(d(9))}; check routing number {xABA()} and DFI account {L(d(12))}.",
        f"Faster Payments remittance: Beneficiary {n()} | Sort code {xSort()} | Account {L(d(8))} | Reference INV{L(d(6))}",
        f"Direct debit instruction (AUDDIS) — service user number {L(d(6))}, payer {n()}, payer phone {P('uk','nat')}, payer email {E('en','paren')}.",
        f"Vendor master change request #{L(d(5))}: old account {xBadIBAN('GB')} (fails validation), new account {I('GB','none')}; approved by treasury.",
        f"ACH addenda 705: 'PMT FOR CLAIM {xClaim()} SSN ON FILE {L('XXX-XX-' + d(4))}' — trace {L(d(15))}, effective date {L('26' + '%02d%02d' % (R.randint(1, 12), R.randint(1, 28)))}.",
    ]

@family('mt940_statements', 'nl')
def _():
    n = lambda: name('nl')
    return [
        f":20:{L('STARTUMS' + d(6))}\n:25:{I('NL','none')}\n:28C:{L(str(R.randint(1, 300)) + '/1')}\n:60F:C{L(d(6))}EUR{R.randint(100, 90000)},{d(2)}",
        f":61:{L(d(6) + d(4))}D{R.randint(5, 2000)},{d(2)}NTRFNONREF//{L(d(14))}\n:86:/TRTP/SEPA OVERBOEKING/IBAN/{I('NL','none')}/BIC/{xBIC()}/NAME/{n()}/REMI/Huur januari/EREF/NOTPROVIDED",
        f":86:/TRTP/SEPA Incasso algemeen doorlopend/CSID/{L('NL' + d(2) + 'ZZZ' + d(12))}/NAME/Zilveren Kruis/MARF/{L(d(10))}/REMI/Polisnr {L(d(9))} premie",
        f"Hoi {name('nl')}, ik heb het afschrift bekeken: de afschrijving van {xDate('dmy-')} ging naar een Duitse rekening en niet naar ons. Bel me even op {P('nl','nat')}.",
        f":61:{L(d(10))}C{R.randint(1000, 5000)},{d(2)}NTRFSALARIS//{L(d(12))}\n:86:/TRTP/SALARIS/NAME/{n()}/REMI/Salaris december personeelsnr {L(d(6))}",
        f":86:/TRTP/iDEAL/BIC/{xBIC()}/NAME/BOL.COM BV/REMI/{L(d(16))} {xO('BOL')}/EREF/{xTS()}",
        f"Bankafschrift (PDF → tekst): Rekening {I('NL','sp')} t.n.v. {n()} | Datum {xDate('dmy-')} | Omschrijving: Terugboeking {xBadIBAN('NL')} onjuist rekeningnummer",
        f":62F:C{L(d(6))}EUR{R.randint(100, 90000)},{d(2)}\n:64:C{L(d(6))}EUR{R.randint(100, 90000)},{d(2)}\n-}}",
        f"Kontoauszug MT940 Konto {L(d(4) + '-' + d(6) + '.' + d(2))} Buchungstext: Gutschrift {n()} Ref {L(d(16))} Kundenreferenz {L(d(10))}",
        f"Fout bij import: tag :25: bevat {xBadIBAN('BE','none')} (mod-97 fout); voorbeeldrekening uit de handleiding {xSampleIBAN()} overgeslagen.",
    ]

@family('payslips_es', 'es')
def _():
    n = lambda: name('es')
    return [
        f"NÓMINA {MONTHS['es'][R.randint(0, 11)].upper()} 2025 — Trabajador: {n()} | NIF {L(d(8) + pick(UP))} | Nº afiliación SS {L(d(2) + '/' + d(8) + '/' + d(2))} | Fecha de nacimiento: {DOB('dmy/')}",
        f"Líquido a percibir {R.randint(900, 3500)},{d(2)} € — transferencia a {I('ES')} — CCC empresa {L(d(4) + ' ' + d(4) + ' ' + d(2) + ' ' + d(10))}",
        f"Hola {name('es')}, te adjunto la nómina de diciembre. Si ves algún error escríbeme a {E('es', domain='gestoria-lopez.es')} o llama al {P('es','nat')}. Un saludo.",
        f"Contrato indefinido, cláusula 2: la persona trabajadora {n()}, con fecha de nacimiento {DOB('long_es')}, con domicilio en Calle Mayor 12, Valencia...",
        f"Base de cotización contingencias comunes {R.randint(1000, 4500)},{d(2)} | IRPF {R.randint(2, 30)},{d(2)} % | Código CNAE {L(d(4))} | Convenio {L(d(14))}",
        f"Certificado de retenciones: perceptor {n()}, NIF {L(d(8) + pick(UP))}, cuenta de abono ****{L(d(4))}; ejercicio 2025, fecha de emisión {xDate('dmy/')}.",
        f"RR.HH.: cambio de cuenta bancaria solicitado por {n()} — antigua {xBadIBAN('ES')} (no válida), nueva {I('ES','dash')}. Confirmado por RR.HH.",
        f"Parte de alta: móvil {P('es','nosep')}, correo personal {E('es','words')}, puesto «Auxiliar administrativo», alta el {xDate('dmy/')}.",
        f"Liquidación de vacaciones: {R.randint(2, 22)} días; importe {R.randint(100, 2000)},{d(2)} €; referencia interna {xO('NOM')}; expediente {xCase('EXP')}.",
        f"Datos bancarios para la paga extra / Bank details for the bonus: {n()}, cuenta en Portugal (NIB en el expediente), SWIFT {xBIC()}.",
    ]

@family('payroll_csv_nl', 'nl')
def _():
    n = lambda: name('nl')
    return [
        f"personeelsnr;naam;geboortedatum;iban;loonheffing\n{L(d(6))};{n()};{DOB('dmy-')};{I('NL','none')};ja",
        f"personeelsnr;naam;datum_in_dienst;iban;loonheffing\n{L(d(6))};{n()};{xDate('iso')};{I('NL','none')};nee\n{L(d(6))};{n()};{xDate('iso')};{I('BE','none')};ja",
        f"Loonstrook periode {R.randint(1, 12)}/2025 — werknemer {n()}, BSN {L('*****' + d(4))}, uitbetaald op rekening eindigend op {L(d(4))}; loonheffingennummer {L(d(9) + 'L01')}.",
        f"Beste {name('nl')}, de salarisadministratie heeft je nieuwe adres verwerkt. Vragen? Mail {E('nl')}.",
        f"employee_id,email,phone,start_date\n{L('E' + d(5))},{E('nl')},{P('nl','intl')},{xDate('iso')}\n{L('E' + d(5))},{E('nl')},,{xDate('iso')}",
        f"Fout in export {L('loon_2025_' + d(2) + '.csv')}: regel {R.randint(2, 400)} IBAN {xBadIBAN('NL','none')} ongeldig; regel {R.randint(2, 400)} postcode {L(d(4) + ' ' + rs(UP, 2))} onbekend.",
        f"Jaaropgaaf 2025: {n()} (in dienst sinds {xDate('long_nl')}) — fiscaal loon {R.randint(20000, 90000)} EUR; werkgever KvK {L(d(8))}; btw-nummer {xVAT('NL')}.",
        f"TSV export\nnaam\tgeb.datum\ttelefoon\n{n()}\t{DOB('dmy-')}\t{P('nl','nat')}\n{n()}\t{DOB('dmy-')}\t{P('nl','dash')}",
        f"Pensioenfonds-aanmelding: deelnemer {n()}, e-mail {E('nl','zw')}, polis {L(d(10))}, ingangsdatum {xDate('dmy-')}.",
    ]

# ---- telecom and IoT
@family('sip_traces', 'en')
def _():
    return [
        f"INVITE sip:{P('de','sip')}@sbc.telekom.de:5060 SIP/2.0\nVia: SIP/2.0/UDP pbx01.stadtwerke-nord.local:5060;branch={L('z9hG4bK' + hexs(10))}\nFrom: \"Zentrale\" <sip:pbx.stadtwerke-nord.de>;tag={L(hexs(8))}\nCall-ID: {L(hexs(24) + '@pbx01')}",
        f"REGISTER sip:sip.telekom.de SIP/2.0\nContact: <sip:{P('defix','sip')}@{IP('pub')}:{R.randint(1024, 65000)};transport=tls>\nAuthorization: Digest username=\"{L('ew' + d(8))}\", realm=\"tel.t-online.de\", nonce=\"{L(hexs(32))}\", response=\"{L(hexs(32))}\"",
        f"freeswitch.log: [NOTICE] switch_channel.c:1104 New Channel sofia/external/{P('fr','sip')}@{IP('pub')} [{xU()}]",
        f"asterisk: -- Executing [{P('uk','nosep')}@from-trunk:1] Dial(\"SIP/trunk-{L(hexs(8))}\", \"SIP/{R.randint(100, 299)}\") in new stack; peer trunk-ew:5060 qualify {R.randint(8, 90)}ms",
        f"sip.conf (Kamailio-Migration):\n[trunk-ew]\ntype=peer\nhost=sip.easybell.de\nusername={L(d(10))}\nsecret={PW('strong')}\nfromdomain=voip.easybell.de",
        f"SIP/2.0 486 Busy Here\nTo: <sip:{P('it','sip')}@voip.eolo.it>;tag={L(hexs(10))}\nUser-Agent: {L('Yealink SIP-T46S 66.' + str(R.randint(80, 86)) + '.0.' + str(R.randint(10, 99)))}",
        f"CDR export: start={xTS()} caller={P('tr','e164')} callee=voicemail duration={R.randint(1, 3000)}s imsi={xIMSI()} cell={L(d(5) + '-' + d(3))}",
        f"Wireshark filter used during outage: ip.addr == {IP('pub')} && sip.Method == \"INVITE\" — RTP from rtpengine-2 to {xDocIP()} (doc range in the runbook) dropped.",
        f"SMSC log {xTS()} submit_sm src=MPESA dst={P('ke','e164')} msg_id={L(hexs(16))} text=\"Nambari yako ya siri ni {L(d(6))}\"",
        f"Teams Direct Routing: SBC sbc-fra.contoso-voice.eu rejected OPTIONS from {IP('v6')} — certificate CN=sbc.{L('contoso-voice')}.eu expired {xDate('iso')}, serial {L(hexs(32))}",
    ]

@family('router_configs', 'en')
def _():
    return [
        f"hostname edge-rtr-{R.randint(1, 40)}\nenable secret 5 {L('$1$' + an(4) + '$' + rs(AN + './', 22))}\nusername admin privilege 15 password 0 {PW('mixed')}\ninterface GigabitEthernet0/0\n ip address {IP('pub')} {xNetmask()}",
        f"snmp-server community {K('snmp')} RO 10\nsnmp-server host nms01.corp.local version 2c {L('public')}\nntp server {L('pool.ntp.org')}\nlogging host syslog.corp.local",
        f"set system login user ops authentication encrypted-password \"{L('$6$' + an(8) + '$' + rs(AN + './', 86))}\"\nset system services ssh\nset interfaces ge-0/0/0 unit 0 family inet address {IP('pub')}/29",
        f"# /etc/wireguard/wg0.conf\n[Interface]\nPrivateKey = {S('secret', rs(B64, 43) + '=')}\nAddress = {xDocIP()}/24\n[Peer]\nPublicKey = {L(rs(B64, 43) + '=')}\nEndpoint = vpn.northwind.io:51820\nAllowedIPs = 0.0.0.0/0",
        f"crypto isakmp key {PW('alnum')} address {IP('pub')}\ncrypto ipsec transform-set TS esp-aes 256 esp-sha-hmac\naccess-list 101 permit ip {L('10.20.0.0')} {L('0.0.255.255')} any",
        f"OpenWrt /etc/config/wireless:\nconfig wifi-iface 'default_radio0'\n\toption ssid 'Familie-{name('de').split()[1]}'\n\toption encryption 'psk2'\n\toption key '{K('wifi')}'\n\toption macaddr '{xMAC()}'",
        f"MikroTik export: /ip dhcp-server lease add mac-address={xMAC()} comment=\"Laptop {name('tr')}\" server=dhcp1\n/ppp secret add name=vpnuser password={PW('mixed')} profile=default-encryption",
        f"show version: Cisco IOS XE Software, Version {xV()} ... System serial number: {xSer('FOC')}, Base Ethernet MAC Address: {xMAC()}, uptime 41 weeks",
        f"radius-server host nps01.corp.local auth-port 1812 key {PW('alnum')}\ntacacs-server key {PW('strong')}\nip name-server {L('1.1.1.1')} {L('9.9.9.9')}",
        f"FortiGate config: set admin-password ENC {L('SH2' + rs(B64, 60))}\nconfig vpn ipsec phase1-interface\n edit \"to-branch\"\n set remote-gw {IP('pub')}\n set psksecret {PW('strong')}",
        f"Routerkonfiguration Fritz!Box (Kundendienst-Ticket {L('FB-' + d(7))}): WLAN-Schlüssel {K('wifi')}, DSL-Zugangsnummer {L(d(12))}, öffentliche IP {IP('pub')}, Firmware {xV()}",
    ]

@family('iot_device_registration', 'multi')
def _():
    return [
        f"{{\"deviceId\":\"{xU()}\",\"serial\":\"{xSer('SN')}\",\"mac\":\"{xMAC()}\",\"fw\":\"{xV()}\",\"ownerEmail\":\"{E('de')}\",\"lastIp\":\"{IP('pub')}\"}}",
        f"mosquitto[{R.randint(100, 9999)}]: New client connected from {IP('pub')}:{R.randint(1024, 65000)} as {L('esp32-' + hexs(6))} (p2, c1, k60, u'meter{L(d(4))}').",
        f"AWS IoT provisioning: thingName={L('pump-' + d(5))} certificateArn={xARN('iot')} claim.private.key=\n{K('pem_rsa')}",
        f"Azure IoT Hub connection string: HostName=smartmeter-hub.azure-devices.net;DeviceId={L('zaehler-' + d(6))};SharedAccessKey={S('secret', rs(B64, 43) + '=')}",
        f"Home Assistant secrets.yaml\nmqtt_password: {PW('mixed')}\nlatitude: {L('%.4f' % R.uniform(47, 55))}\nlongitude: {L('%.4f' % R.uniform(6, 15))}\nnotify_phone: \"{P('de','e164')}\"",
        f"[tuya] 设备激活成功 devId={L(hexs(20))} localKey={S('secret', an(16))} ip=auto 用户手机 {P('cn','nat')}",
        f"LoRaWAN join: DevEUI={L(hexs(16).upper())} AppEUI={L(hexs(16).upper())} AppKey={S('secret', hexs(32).upper())} gateway {L(hexs(16))} rssi=-{R.randint(60, 120)}",
        f"Zigbee2MQTT: device 0x{L(hexs(16))} interviewed (model {L('TS0601_' + rs(LO, 6))}, firmware {xV()}); network_key: [{S('secret', ', '.join(str(R.randint(0, 255)) for _ in range(16)))}]",
        f"Gerät registriert: Seriennummer {xSer('WP')}, Installateur {name('de')}, Standort {xGeo()}, GTIN {xGTIN()}",
        f"デバイス登録: シリアル {xSer('JP')} / MAC {xMAC('-')} / 所有者メール {E('ja')} / グローバルIP {IP('pub')} / 登録日 {xDate('ymd/')}",
        f"Kamera ya usalama imesajiliwa: IMEI iliyofichwa {L('35' + d(6) + '******' + d(1))}, nambari ya mmiliki {P('tz','intl')}, nenosiri la admin: {PW('simple')}",
    ]

# ---- healthcare messages
@family('hl7_v2', 'en')
def _():
    n = lambda: name('en').split()
    def pid(dobfmt='hl7', ssn=True, ph='us'):
        f, l = n()
        return (f"PID|1||{L(d(7))}^^^MRN^MR||{l.upper()}^{f.upper()}^{pick(UP)}||{DOB(dobfmt)}|{pick('MF')}|||{R.randint(10, 999)} OAK ST^^SPRINGFIELD^IL^{L(d(5))}||{P(ph,'nosep')}^PRN^PH|||||{L(d(9))}^^^^AN|" + (SSN('none') if ssn else L(d(3) + '-00-' + d(4))))
    return [
        f"MSH|^~\\&|EPIC|MAINHOSP|LAB|MAINLAB|{xHL7TS(14)}||ADT^A01|{L('MSG' + d(8))}|P|2.5.1\n{pid()}",
        f"{pid()}\nPV1|1|I|4W^412^B||||{L(d(6))}^WELBY^MARCUS|||MED||||ADM|||||{L(d(8))}|||||||||||||||||||||||||{xHL7TS(12)}",
        f"ADT^A08 rejected: {pid(ssn=False)} — SSN field contains invalid group 00.",
        f"NK1|1|{n()[1].upper()}^{n()[0].upper()}|SPO^Spouse|12 ELM RD^^PEORIA^IL|{P('us','nosep')}",
        f"OBX|1|NM|2345-7^Glucose^LN||{R.randint(70, 200)}|mg/dL|70-99|H|||F|||{xHL7TS(12)}\nOBX|2|ST|{xOID()}^HbA1c||{R.randint(5, 11)}.{R.randint(0, 9)}|%|||||F",
        f"IN1|1|{L('BCBS' + d(3))}|{L(d(9))}|BLUE CROSS IL||||GRP{L(d(6))}||||||||{n()[1].upper()}^{n()[0].upper()}|SEL|{xDate('hl7')}|||||||||||||||||{L('XEH' + d(9))}",
        f"MLLP frame from lab-gw01:{R.randint(2000, 9000)} -> interface engine, ACK code AA, control id {L('MSG' + d(8))}, processing time {R.randint(2, 90)} ms",
        f"GT1|1||{n()[1].upper()}^{n()[0].upper()}||44 PINE AVE^^AURORA^CO^{L(d(5))}|{P('us','nosep')}||{DOB('hl7')}|F||SE|{SSN('none')}",
        f"Mirth channel error: 'Cannot parse PID-7 value \"{L(d(4) + '1399')}\"' in message from {IP('pub')}; patient email {E('en')} copied into error queue.",
        f"ORC|NW|{L(d(10))}|||||^^^{xHL7TS(12)}||{xHL7TS(14)}|||{L(d(10))}^HOUSE^GREGORY^^^DR^^^NPI\nRXO|{L(d(11))}^Metformin 500mg^NDC",
    ]

@family('fhir_json', 'multi')
def _():
    return [
        f"{{\"resourceType\":\"Patient\",\"id\":\"{xU()}\",\"name\":[{{\"family\":\"{name('de').split()[1]}\",\"given\":[\"{name('de').split()[0]}\"]}}],\"birthDate\":\"{DOB('iso')}\",\"telecom\":[{{\"system\":\"phone\",\"value\":\"{P('de','intl')}\"}}]}}",
        f"{{\"resourceType\":\"Patient\",\"identifier\":[{{\"system\":\"http://hl7.org/fhir/sid/us-ssn\",\"value\":\"{SSN('-')}\"}},{{\"system\":\"urn:oid:{xOID()}\",\"value\":\"{L(d(8))}\"}}],\"birthDate\":\"{DOB('iso')}\",\"gender\":\"female\"}}",
        f"{{\"resourceType\":\"Observation\",\"id\":\"{xU()}\",\"status\":\"final\",\"code\":{{\"coding\":[{{\"system\":\"http://loinc.org\",\"code\":\"{L('718-7')}\"}}]}},\"effectiveDateTime\":\"{xTS()}\",\"valueQuantity\":{{\"value\":{R.randint(9, 17)}.{d(1)},\"unit\":\"g/dL\"}}}}",
        f"{{\"resourceType\":\"RelatedPerson\",\"patient\":{{\"reference\":\"Patient/{xU()}\"}},\"telecom\":[{{\"system\":\"phone\",\"value\":\"{P('fr','intl')}\",\"use\":\"mobile\"}}],\"relationship\":[{{\"text\":\"daughter\"}}]}}",
        f"GET /fhir/Patient?birthdate={DOB('iso')}&email={E('nl','pct')} HTTP/1.1\nAuthorization: Bearer {K('jwt')}\nX-Forwarded-For: {IP('pub')}",
        f"{{\"resourceType\":\"Patient\",\"extension\":[{{\"url\":\"http://hl7.org/fhir/StructureDefinition/patient-birthPlace\",\"valueAddress\":{{\"city\":\"Malmö\"}}}}],\"birthDate\":\"{DOB('iso')}\",\"identifier\":[{{\"value\":\"{L(d(8) + '-XXXX')}\"}}],\"meta\":{{\"versionId\":\"{R.randint(1, 9)}\",\"lastUpdated\":\"{xTS()}\"}}}}",
        f"{{\"resourceType\":\"Practitioner\",\"name\":[{{\"text\":\"Dr. {name('it')}\"}}],\"telecom\":[{{\"system\":\"email\",\"value\":\"{E('it')}\"}}],\"identifier\":[{{\"system\":\"http://hl7.org/fhir/sid/us-npi\",\"value\":\"{L('1' + d(9))}\"}}]}}",
        f"FHIR bundle validation: Bundle.entry[{R.randint(0, 40)}].resource.birthDate '{L(str(R.randint(2030, 2090)) + '-13-45')}' is not a valid date; Bundle.id {xU()}; server fhir-test.internal",
        f"{{\"resourceType\":\"Coverage\",\"subscriberId\":\"{L('W' + d(9))}\",\"beneficiary\":{{\"display\":\"{name('es')}\"}},\"period\":{{\"start\":\"{xDate('iso')}\"}},\"payor\":[{{\"display\":\"Sanitas\"}}]}}",
        f"{{\"resourceType\":\"Patient\",\"name\":[{{\"text\":\"{name('ja')}\"}}],\"telecom\":[{{\"system\":\"phone\",\"value\":\"{P('jp','nat')}\"}}],\"address\":[{{\"postalCode\":\"{L(d(3) + '-' + d(4))}\"}}]}}",
    ]

@family('lab_reports_it', 'it')
def _():
    n = lambda: name('it')
    return [
        f"REFERTO DI LABORATORIO — Paziente: {n()} — Data di nascita: {DOB('dmy/')} — Codice fiscale: {L(rs(UP, 6) + d(2) + pick(UP) + d(2) + pick(UP) + d(3) + pick(UP))} — Accettazione n. {L(d(9))} del {xDate('dmy/')}",
        f"Emocromo: WBC {R.randint(4, 11)}.{d(1)} x10^9/L, HGB {R.randint(11, 17)}.{d(1)} g/dL, PLT {R.randint(150, 400)} x10^9/L. Campione {L('C' + d(10))}, strumento s/n {xSer('SYS')}.",
        f"Gentile {n()}, il suo referto è disponibile sul Fascicolo Sanitario. Codice di ritiro {L(rs(UP + DIG, 8))}. Per informazioni: {P('it','nat')} o {E('it')}.",
        f"Richiesta impegnativa: assistito {n()}, residente a Bari, tel. {P('it','intl')}, esenzione {L('E' + d(2))}, NRE {L(d(15))}",
        f"Email al laboratorio: 'Buongiorno, mia madre (nata il {DOB('dmy/')}) ha fatto gli esami il {xDate('dmy/')}. Potete mandare il referto a {E('it','words')}? Grazie.'",
        f"Tampone molecolare SARS-CoV-2: NEGATIVO. ID campione {xU()}, lotto reagente {L(rs(UP, 2) + d(6))}, scadenza {xDate('dmy/')}. Codice a barre provetta {xGTIN()}.",
        f"Fattura ticket n. {xInv('FT')}: importo {R.randint(10, 90)},{d(2)} € pagato con carta {xMask()}; P.IVA struttura {xVAT('IT')}.",
        f"Prenotazione CUP: {n()} — cellulare {P('it','nosep')} — visita cardiologica il {xDate('dmy/')} ore {R.randint(8, 18)}:{pick(['00', '15', '30', '45'])}",
        f"Esito urinocoltura per {n()}: carica batterica < 10^3 UFC/mL. Medico refertante dr. {n()} (iscr. albo {L(d(5))}).",
    ]

@family('prescriptions_sv', 'sv')
def _():
    n = lambda: name('sv')
    return [
        f"E-recept: Patient {n()}, födelsedatum {DOB('iso')}, Alvedon 500 mg, 1 tablett vid behov, max 6/dygn. Förskrivarkod {L(d(7))}, arbetsplatskod {L(d(10))}.",
        f"Hej {name('sv')}! Ditt recept är klart att hämta på Apoteket Hjärtat. Frågor? Mejla {E('sv')}.",
        f"Receptfax från Vårdcentralen Kungsholmen — tel {P('sv','intl')}, läkemedel Metformin {R.randint(500, 1000)} mg, Nplpack-id {L(d(14))}",
        f"1177-meddelande: Patienten ({n()}) önskar förnyelse av Levaxin. Svara via {E('sv','words')}.",
        f"Dosdispenseringsunderlag: ordinationsid {xU()}, giltigt till {xDate('iso')}, batch {L(rs(UP, 2) + d(5))}, streckkod {xGTIN()}",
        f"Pharmacy chat (sv/en): 'Jag heter {n()}, born {DOB('en_dmy')}, receptet på {L(str(R.randint(10, 90)) + ' mg')} saknas — kan ni ringa {P('sv','nosep')}?'",
        f"Apotekskvitto {L('K' + d(10))}: Summa {R.randint(50, 900)},{d(2)} kr, kort {xMask()}, högkostnadsskydd kvar {R.randint(0, 2900)} kr, datum {xDate('iso')}",
        f"Journalanteckning {xDate('ymd.')}: Remiss till hudmottagningen; kontaktperson {n()} ({P('sv','intl')}). Remiss-ID {L('REM' + d(8))}.",
    ]

# ---- e-commerce back offices
@family('order_exports_csv', 'en')
def _():
    return [
        f"order_id,created_at,email,phone,total,tracking\n{xO('ORD')},{xTS()},{E('en')},{P('uk','e164')},{R.randint(5, 400)}.{d(2)},{xTrk('ups')}",
        f"{xO('ORD')},{xTS()},{E('de')},{P('de','e164')},{R.randint(5, 400)}.{d(2)},{xTrk('dhl')}\n{xO('ORD')},{xTS()},{xExEmail()},{xPh555()},0.00,",
        f"Shopify export: Name,Email,Financial Status,Paid at,Billing Phone,Payment Reference\n#{L(str(R.randint(1001, 99999)))},{E('fr')},paid,{xTS()},,{L('c' + d(11) + '.' + d(1))}",
        f"Magento sales_order row: increment_id={L('0000' + d(5))} customer_email={E('it')} quote_id={L(d(6))}",
        f"WooCommerce REST /orders/{L(d(5))}: \"billing\":{{\"email\":\"{E('es')}\"}},\"transaction_id\":\"{L('pi_' + an(24))}\",\"customer_ip_address\":\"{IP('v6')}\"",
        f"SKU;EAN;Menge;Preis\n{L('KB-' + d(4))};{xGTIN()};{R.randint(1, 9)};{R.randint(5, 90)},{d(2)}\n{L('KB-' + d(4))};{xGTIN()};{R.randint(1, 9)};{R.randint(5, 90)},{d(2)}",
        f"Amazon seller report: amazon-order-id {L(d(3) + '-' + d(7) + '-' + d(7))}, ship-phone-number {P('uk','nat')}, sscc {xSSCC()}",
        f"Retourenlabel: Sendungsnummer {xTrk('dhl')} | Kunde {name('de')} | Tel. {P('de','nat')} | Rücksendegrund 'zu klein' | Bestellung {xO('DE')}",
        f"Stripe payout reconciliation: po_{L(an(24))} amount {R.randint(100, 90000)} currency eur, balance_transaction {L('txn_' + an(24))}, card {xMask()} (test data used {xTestCard()})",
        f"Kargo bildirimi: Sipariş {xO('TR')} kargoya verildi. Takip no {L(d(12))}. Alıcı: {name('tr')}, {P('tr','nat')}",
        f"order_export.tsv\nid\temail\tcard_last4\tip\n{L(d(7))}\t{E('nl')}\t{L(d(4))}\t{IP('pub','plain')}\n{L(d(7))}\t{xExEmail()}\t{L(d(4))}\t{L('127.0.0.1')}",
    ]

@family('refund_tickets_tr', 'tr')
def _():
    n = lambda: name('tr')
    return [
        f"Merhaba, {xO('TR')} numaralı siparişim için iade istiyorum. Ödemeyi {C('visa','sp')} numaralı kartla yapmıştım. Tel: {P('tr','nat')} — {n()}",
        f"İade talebi #{L(d(6))}: müşteri {n()}, e-posta {E('tr')}, IBAN {I('TR')}, tutar {R.randint(50, 5000)},{d(2)} TL. Fatura no {xInv('TRF')}.",
        f"Destek notu: Müşteri doğum tarihini {DOB('dmy.')} olarak verdi, sistemde {xDate('dmy.')} (sipariş tarihi) görünüyor; kimlik doğrulama başarısız.",
        f"Ürün hasarlı geldi, kargo takip {L(d(12))}. Parayı şu hesaba yatırın: {I('TR','nl')} Alıcı: {n()}. Acil dönüş: {P('tr','intl')}",
        f"Kart bilgim: {C('mc','dash')} SKT {L('%02d/%02d' % (R.randint(1, 12), R.randint(26, 31)))} — CVV'yi buraya yazmıyorum, arayın lütfen.",
        f"Otomatik yanıt: Talebiniz alındı (referans {xU()}). Kartınızın son 4 hanesi {L(d(4))} olan karta iade {R.randint(3, 10)} iş günü içinde yapılacaktır.",
        f"Şikayet: {n()} ({E('tr','words')}) adlı müşteri iki kez ücretlendirildiğini söylüyor; işlem kimlikleri {L('TX' + d(10))} ve {L('TX' + d(10))}. IP {IP('pub')}.",
        f"Geçersiz IBAN uyarısı: {xBadIBAN('TR')} — kontrol basamağı tutmuyor. Müşteriye {P('tr','nosep')} numarasından ulaşıldı.",
        f"Ticket (tr/en): 'Refund please, sipariş {xO('TR')}, card ending {L(d(4))}, my new email is {E('tr','zw')}'",
        f"Kurumsal iade: Vergi no {L(d(10))}, firma {L('Yıldız Tekstil A.Ş.')}, yetkili {n()}, banka {xBIC()}",
    ]

@family('fraud_reviews', 'en')
def _():
    return [
        f"Betrugsprüfung #{L(d(7))}: Karte {C('visa','none')} wurde von {IP('pub')} (Geo {xGeo()}) wenige Minuten nach einem Passwort-Reset eingesetzt; Geräte-Fingerprint {xH(32)}. Entscheidung: ablehnen.",
        f"Chargeback 4837 (No Cardholder Authorization) on {C('amex','sp')}, ARN {L(d(23))}, cardholder {name('en')}, amount USD {R.randint(20, 3000)}.{d(2)}",
        f"Regla de velocidad activada: 6 tarjetas en 10 minutos desde {IP('v6')} — {C('mc','none')}, {C('mc2','none')}, {xBadCard('none')} (falla Luhn), {xMask()}, {xTestCard()} (tarjeta de prueba)",
        f"Nota dell'analista: il BIN {L(d(6))} appartiene a un emittente prepagato; l'e-mail {E('ru')} è stata registrata {R.randint(1, 9)} minuti prima dell'acquisto; il telefono {P('ru','e164')} è un numero VoIP.",
        f"3DS2 AReq: acctNumber={C('visa','none')} cardExpiryDate={L('%02d%02d' % (R.randint(26, 31), R.randint(1, 12)))} browserIP={IP('pub')} threeDSServerTransID={xU()}",
        f"Sift-Score 97 für Nutzer {L('u_' + an(10))}: Telefonnummer der Lieferadresse {P('ke','intl')} ≠ Telefonnummer der Rechnungsadresse {P('us','intl')}.",
        f"Handmatige controle: klant stuurde een foto van de kaart — OCR las '{C('disc','sp')}' geldig t/m {L('%02d/%02d' % (R.randint(1, 12), R.randint(26, 31)))}; naam {name('en').upper()}",
        f"Spärrlista: e-post {E('de')}; kort via fingeravtryck {L('fp_' + an(16))}, {L('fp_' + an(16))}",
        f"Preuves pour le litige : résultat AVS Y, résultat CVV M, l'adresse IP correspond aux commandes précédentes {xO('ORD')} et {xO('ORD')}.",
        f"Hesap ele geçirme kaydı: saldırgan e-postayı {E('en')} adresinden {E('en','b64')} olarak (denetim kaydında base64) ve telefonu {P('uk','b64')} olarak değiştirdi.",
    ]

# ---- cloud and developer secrets
@family('helm_values', 'en')
def _():
    return [
        f"# values-prod.yaml\npostgresql:\n  auth:\n    username: app\n    password: {PW('strong')}\n    existingSecret: \"\"\nimage:\n  tag: {xV()}\n  digest: {xDig()}",
        f"redis:\n  auth:\n    enabled: true\n    password: \"{PW('alnum')}\"\n  master:\n    podAnnotations:\n      checksum/config: {xH(64)}",
        f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: smtp-creds\ntype: Opaque\ndata:\n  username: {L(base64.b64encode(b'mailer').decode())}\n  password: {K('b64pw')}",
        f"extraEnv:\n  - name: STRIPE_SECRET_KEY\n    value: {K('stripe_sk')}\n  - name: STRIPE_PUBLISHABLE_KEY\n    value: {xStripeTest()}",
        f"grafana:\n  adminUser: admin\n  adminPassword: {xRef('{{ .Values.global.grafanaPassword }}')}\n  smtp:\n    password: {PW('mixed')}\n  ingress:\n    hosts: [grafana.internal.northwind.io]",
        f"helm upgrade --install payments ./chart --set secrets.dbPassword={PW('strong')} --set image.tag={xV()} --set ingress.tls.secretName=wildcard-tls",
        f"# Kommentar: Zugangsdaten NICHT committen!\nrabbitmq:\n  auth:\n    username: shop\n    password: {PW('mixed')}\n    erlangCookie: {S('secret', rs(UP, 20))}",
        f"externalSecrets:\n  - key: {xARN('secretsmanager')}\n    property: password\nserviceAccount:\n  annotations:\n    eks.amazonaws.com/role-arn: {xARN('iam')}",
        f"oauth2-proxy:\n  config:\n    clientID: {L(d(12) + '-' + rs(LO + DIG, 32) + '.apps.googleusercontent.com')}\n    clientSecret: {S('secret', 'GOCSPX-' + rs(AN + '-_', 28))}\n    cookieSecret: {S('secret', rs(B64U, 32))}",
        f"imagePullSecrets:\n  - name: regcred\n# created with: kubectl create secret docker-registry regcred --docker-server=ghcr.io --docker-username=ci-bot --docker-password={K('gh_pat')}",
    ]

@family('ansible_vault_decrypted', 'en')
def _():
    return [
        f"$ ansible-vault view group_vars/prod/vault.yml\nvault_db_password: {PW('strong')}\nvault_api_token: {K('gitlab')}",
        f"# decrypted for review – re-encrypt before commit!\nvault_ldap_bind_pw: \"{PW('mixed')}\"\nvault_ldap_server: ldaps://dc01.corp.local:636\nvault_ldap_base: dc=corp,dc=example,dc=com",
        f"$ANSIBLE_VAULT;1.1;AES256\n{L(hexs(64))}\n{L(hexs(64))}\n(encrypted blob, not a credential in clear)",
        f"vault_ssh_private_key: |\n  {K('pem_ec')}",
        f"vault_aws_access_key_id: {K('aws_akid')}\nvault_aws_secret_access_key: {K('aws_secret')}\n# docs example, ignore: {xAwsEx()}",
        f"ansible-playbook site.yml -e 'mysql_root_password={PW('alnum')}' -e ansible_host=db01.northwind.io --limit db01",
        f"TASK [users : set password] changed: [web03] => (item={{'name': 'deploy', 'password': '{L('$6$rounds=656000$' + an(16) + '$' + rs(AN + './', 86))}'}})",
        f"host_vars/fw01.yml (ausgepackt):\nansible_user: netadmin\nansible_password: {PW('mixed')}\nsnmp_v3_authkey: {K('snmp')}",
        f"vault_smtp:\n  host: smtp.sendgrid.net\n  user: apikey\n  pass: {K('sendgrid')}\nvault_notify_to: {E('de')}",
    ]

@family('jupyter_notebooks', 'multi')
def _():
    return [
        f"{{\"cell_type\":\"code\",\"source\":[\"import openai\\n\",\"openai.api_key = \\\"{K('openai')}\\\"\\n\"],\"outputs\":[],\"execution_count\":{R.randint(1, 40)}}}",
        f"{{\"cell_type\":\"code\",\"source\":[\"client = anthropic.Anthropic(api_key='{K('anthropic')}')\"],\"metadata\":{{\"id\":\"{L(rs(AN, 12))}\"}}}}",
        f"{{\"cell_type\":\"markdown\",\"source\":[\"## Datenexport Kunden\\n\",\"Kontakt für Rückfragen: {E('de')}\\n\"]}}",
        f"{{\"output_type\":\"stream\",\"name\":\"stdout\",\"text\":[\"   customer_id            email          phone\\n\",\"0  {L(d(6))}  {E('en')}  {P('us','nat')}\\n\"]}}",
        f"{{\"cell_type\":\"code\",\"source\":[\"engine = create_engine('postgresql+psycopg2://analyst:{PW('mixed')}@warehouse.internal:5432/warehouse')\"]}}",
        f"{{\"cell_type\":\"code\",\"source\":[\"from huggingface_hub import login\\n\",\"login(token=\\\"{K('hf')}\\\")\"],\"outputs\":[{{\"text\":\"Token is valid (permission: write).\"}}]}}",
        f"{{\"cell_type\":\"code\",\"source\":[\"# 日本語コメント: キーは環境変数から読む\\n\",\"key = os.environ['GOOGLE_API_KEY']\\n\",\"df = pd.read_csv('gs://bucket/{xU()}.csv')\"]}}",
        f"{{\"output_type\":\"error\",\"ename\":\"AuthenticationError\",\"evalue\":\"Incorrect API key provided: sk-proj-****{L(an(4))}. You can find your API key at https://platform.openai.com/account/api-keys.\"}}",
        f"{{\"cell_type\":\"code\",\"source\":[\"gmaps = googlemaps.Client(key='{K('google')}')\\n\",\"gmaps.geocode('{xGeo()}')\"]}}",
        f"{{\"cell_type\":\"code\",\"source\":[\"wandb.login(key=\\\"{S('secret', hexs(40))}\\\")\\n\",\"run = wandb.init(project='churn', id='{L(rs(LO + DIG, 8))}')\"]}}",
    ]

@family('dockerfiles', 'en')
def _():
    return [
        f"FROM python:3.12-slim@{xDig()}\nENV PIP_INDEX_URL=https://ci:{K('gitlab')}@gitlab.northwind.io/api/v4/projects/{L(str(R.randint(10, 999)))}/packages/pypi/simple\nRUN pip install -r requirements.txt",
        f"FROM node:20-alpine\nARG NPM_TOKEN={K('npm')}\nRUN echo \"//registry.npmjs.org/:_authToken={xRef('${NPM_TOKEN}')}\" > .npmrc && npm ci",
        f"# Dockerfile – Kommentar: Passwort nur für lokale Tests\nENV POSTGRES_PASSWORD={PW('mixed')}\nENV TZ=Europe/Berlin\nLABEL maintainer=\"{E('de')}\"",
        f"docker run -d -e MYSQL_ROOT_PASSWORD={PW('alnum')} -e MYSQL_DATABASE=shop -p 3306:3306 mysql:{xV()}",
        f"Step 7/12 : RUN curl -H \"Authorization: token {K('gh_pat')}\" -L https://api.github.com/repos/northwind/infra/tarball/{xGit()} | tar xz\n ---> Running in {L(hexs(12))}",
        f"docker-compose.yml\nservices:\n  mongo:\n    image: mongo:7\n    environment:\n      MONGO_INITDB_ROOT_USERNAME: root\n      MONGO_INITDB_ROOT_PASSWORD: {PW('strong')}\n  app:\n    environment:\n      MONGO_URL: mongodb://root:{xRef('${MONGO_PASSWORD}')}@mongo:27017",
        f"$ docker login -u ci-bot -p {K('docker')} docker.io\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded",
        f"docker inspect: \"Env\": [\"PATH=/usr/local/sbin:/usr/local/bin\", \"AWS_ACCESS_KEY_ID={K('aws_akid')}\", \"AWS_SECRET_ACCESS_KEY={K('aws_secret')}\", \"HOSTNAME={L(hexs(12))}\"]",
        f"FROM alpine:3.20\nCOPY id_rsa /root/.ssh/id_rsa\n# id_rsa.pub: {xPub()}\nRUN apk add --no-cache git openssh-client",
        f"Image {L('ghcr.io/northwind/api')}@{xDig()} layer {xDig()} pushed; build arg HF_TOKEN leaked in history: {K('hf')}",
    ]

@family('github_actions_logs', 'en')
def _():
    return [
        f"2026-03-04T10:12:55.{d(7)}Z ##[group]Run aws-actions/configure-aws-credentials@v4\n  aws-access-key-id: ***\n  aws-region: eu-central-1\n  role-to-assume: {xARN('iam')}",
        f"2026-03-04T10:13:01.{d(7)}Z + curl -s -H 'Authorization: Bearer {K('gh_app')}' https://api.github.com/repos/northwind/web/deployments",
        f"Run echo \"token=$SLACK_TOKEN\" | base64\n{S('secret', base64.b64encode(('token=' + secret_value('slack_bot')).encode()).decode())}\n# masking does not apply to the base64 form",
        f"##[debug]Evaluating: secrets.NPM_TOKEN\n##[debug]=> '***'\n##[debug]Result: '***'\nSHA {xGit()} on refs/heads/main, run id {L(d(10))}",
        f"Error: HttpError: Bad credentials (token {K('gh_fine')} revoked?) at /home/runner/work/_actions/actions/github-script/v7/dist/index.js:{R.randint(1000, 40000)}",
        f"Set up job\n  Runner Image: ubuntu-24.04 Version: {L('20250' + d(3) + '.' + str(R.randint(1, 300)))}\n  Job defined at: northwind/api/.github/workflows/ci.yml@refs/pull/{R.randint(10, 999)}/merge\n  GITHUB_TOKEN Permissions: contents: read",
        f"> terraform plan\n  + resource \"aws_db_instance\" \"main\" {{\n      + password = {PW('strong')}\n      + username = \"admin\"\n      + arn      = (known after apply)",
        f"pytest: FAILED tests/test_mail.py::test_send - smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted') user={E('en')} password={PW('mixed')}",
        f"Post job cleanup.\n/usr/bin/git config --local --name-only --get-regexp http\\.https\\:\\/\\/github\\.com\\/\\.extraheader\nhttp.https://github.com/.extraheader AUTHORIZATION: basic ***",
        f"Run npm publish\nnpm notice Publishing to https://registry.npmjs.org/ with tag latest\nnpm notice //registry.npmjs.org/:_authToken={K('npm')}\n+ @northwind/ui@{xV()}",
    ]

@family('chat_bot_configs', 'multi')
def _():
    return [
        f"slack_bot.yaml\nbot_token: {K('slack_bot')}\nsigning_secret: {S('secret', hexs(32))}\ndefault_channel: C{L(rs(UP + DIG, 10))}",
        f"# Alerting → Slack\nalertmanager:\n  receivers:\n  - name: oncall\n    slack_configs:\n    - api_url: {K('slack_hook')}\n      channel: '#ops-alerts'",
        f"Teams-Connector (Kundenservice): Eingehender Webhook {K('teams_hook')} — Kanal 'Reklamationen'",
        f"TELEGRAM_BOT_TOKEN={K('telegram')}\nTELEGRAM_ADMIN_CHAT_ID={L('-100' + d(10))}\n# бот для уведомлений о заказах, владелец {P('ru','intl')}",
        f"discord.py: client.run('{K('discord_bot')}')  # TODO move to env; guild id {L(d(18))}",
        f"Webhook de Discord pour les alertes : {K('discord_hook')} (créé par {name('fr')}, le {xDate('dmy/')})",
        f"Bot Framework app settings: MicrosoftAppId={xU()} MicrosoftAppPassword={S('secret', rs(AN + '~._-', 40))} MicrosoftAppTenantId={xU()}",
        f"Slack App manifest: oauth_config.scopes.bot = [chat:write, users:read.email]; client_id {L(d(12) + '.' + d(13))}; client_secret {S('secret', hexs(32))}",
        f"Mattermost incoming hook {S('secret', 'https://chat.northwind.io/hooks/' + rs(LO + DIG, 26))} — anyone with the URL can post; the team id {L(rs(LO + DIG, 26))} is not a credential.",
        f"LINE Messaging API 設定: チャネルID {L(d(10))} / チャネルシークレット {S('secret', hexs(32))} / 担当 {E('ja')}",
        f"WhatsApp Cloud API: phone_number_id {L(d(15))}, WABA id {L(d(15))}, access token {S('secret', 'EAAG' + an(150))}, test recipient {P('ph','e164')}",
    ]

@family('connection_strings', 'en')
def _():
    return [
        f"DATABASE_URL=postgres://app_rw:{PW('strong')}@db-prod.{L(rs(LO + DIG, 12))}.eu-central-1.rds.amazonaws.com:5432/shop?sslmode=require",
        f"mongodb+srv://reporting:{PW('alnum')}@cluster0.{L(rs(LO + DIG, 5))}.mongodb.net/analytics?retryWrites=true&w=majority",
        f"Server=tcp:sql-northwind.database.windows.net,1433;Initial Catalog=crm;User ID=crm_admin;Password={PW('mixed')};Encrypt=True;TrustServerCertificate=False;",
        f"spring.datasource.url=jdbc:mysql://mysql-billing.internal:3306/billing?useSSL=true\nspring.datasource.username=billing\nspring.datasource.password={PW('strong')}",
        f"redis://:{PW('alnum')}@redis-sidekiq:6379/0  (Sidekiq), rediss://default:{PW('hex')}@cache.upstash.io:6380",
        f"amqp://orders:{PW('mixed')}@rabbit-01.internal:5672/%2Fprod\nAMQP_FALLBACK=amqps://orders:{xRef('${RABBIT_PASS}')}@rabbit-02.internal:5671",
        f"sasl.mechanism=PLAIN\nsecurity.protocol=SASL_SSL\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"{L(rs(UP + DIG, 16))}\" password=\"{K('confluent')}\";\nbootstrap.servers=pkc-{L(rs(LO + DIG, 5))}.europe-west3.gcp.confluent.cloud:9092",
        f"DefaultEndpointsProtocol=https;AccountName=nwinvoices;AccountKey={K('azure_key')};EndpointSuffix=core.windows.net",
        f"https://nwinvoices.blob.core.windows.net/pdf/{xU()}.pdf?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T23:59:59Z&sig={K('azure_sas')}",
        f"Oracle: jdbc:oracle:thin:hr/{PW('mixed')}@//ora-hr.internal:1521/ORCLPDB1\nClickHouse: clickhouse://default:{PW('alnum')}@{IP('pub')}:9000/logs",
        f"cassandra.yml\ncontact_points: [cass-01.internal, {IP('priv')}]\nauth_provider:\n  username: cassandra\n  password: {PW('strong')}\nlocal_dc: dc1",
        f"nats://svc:{PW('alnum')}@nats.internal:4222 | mqtts://sensor:{PW('simple')}@mqtt.northwind.io:8883",
        f"Elasticsearch: ELASTIC_PASSWORD={PW('alnum')} curl -u elastic:$ELASTIC_PASSWORD https://es-01.internal:9200/_cat/indices — cluster uuid {L(rs(AN + '_-', 22))}",
        f"Verbindungszeichenfolge (aus dem Wiki, alt): Host=pg-intern;Username=report;Password={xRef('<hier Passwort eintragen>')};Database=dwh — die echte steht im Tresor.",
    ]

@family('env_files', 'en')
def _():
    return [
        f"# .env.production\nAPP_KEY=base64:{S('secret', base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode())}\nDB_PASSWORD={PW('strong')}\nMAIL_FROM_NAME=\"Northwind Billing\"",
        f"OPENAI_API_KEY={K('openai')}\nANTHROPIC_API_KEY={K('anthropic')}\nLOG_LEVEL=debug\nBUILD_SHA={xGit()}",
        f"TWILIO_ACCOUNT_SID={xSID()}\nTWILIO_AUTH_TOKEN={K('twilio_tok')}\nTWILIO_FROM={P('us','e164')}",
        f"SENDGRID_API_KEY={K('sendgrid')}",
        f"# .env.example (committed, placeholders only)\nSTRIPE_KEY={xRef('sk_test_' + 'x' * 24)}\nAWS_ACCESS_KEY_ID={xAwsEx()}\nDB_PASSWORD={xRef('changeme')}\nJWT={xJwtDemo()}",
        f"DATADOG_API_KEY={K('datadog')}",
        f"SHOPIFY_ADMIN_TOKEN={K('shopify')}\nSQUARE_ACCESS_TOKEN={K('square')}",
        f"VAULT_TOKEN={K('vault')}\nTS_AUTHKEY={K('tailscale')}",
        f"# secrets für Staging – bitte nicht teilen\nDIGITALOCEAN_TOKEN={K('do')}\nHEROKU_API_KEY={K('heroku')}",
        f"SOPS_AGE_KEY={K('age')}\nSOPS_AGE_RECIPIENTS={xAge()}",
        f"JIRA_USER={E('en')}\nJIRA_API_TOKEN={K('atlassian')}",
    ]

@family('shell_history', 'en')
def _():
    return [
        f"  512  export GITHUB_TOKEN={K('gh_pat')}\n  513  gh repo clone northwind/infra\n  514  history -c",
        f"  88  mysql -h db01.internal -u root -p'{PW('mixed')}' shop < dump_{xDate('ymd')}.sql",
        f"  201  curl -u admin:{PW('alnum')} https://{IP('pub')}:8443/api/v1/users | jq .\n  202  ssh -i ~/.ssh/id_ed25519 -l ops bastion.northwind.io",
        f"  17  sshpass -p '{PW('simple')}' scp backup.tar.gz backup@{IP('pub')}:/srv/ && rm backup.tar.gz",
        f"  340  aws configure set aws_secret_access_key {K('aws_secret')}\n  341  aws sts get-caller-identity  # account {xAcct()}",
        f"  905  psql \"postgresql://postgres:{PW('strong')}@localhost:5432/postgres\" -c 'select version()'",
        f"  61  openssl req -new -key server.key -out server.csr -subj \"/CN=shop.northwind.io/emailAddress={E('en')}\"\n  62  openssl x509 -noout -serial -in server.crt  # serial={L(hexs(32).upper())}",
        f"  1023  git remote set-url origin https://oauth2:{K('gitlab')}@gitlab.com/northwind/shop.git",
        f"  77  htpasswd -b -c /etc/nginx/.htpasswd reviewer {PW('mixed')}\n  78  nginx -t && systemctl reload nginx",
        f"  442  ping -c3 bastion.northwind.io\n  443  traceroute {xDocIP()}\n  444  dig +short mx northwind.io @{L('1.1.1.1')}",
        f"  18  echo '{K('b64pw')}' | base64 -d  # Passwort für den Testserver\n  19  ip addr show eth0 | grep 'inet '",
    ]

# ---- logs, traces, SQL, mail headers
@family('stack_traces', 'en')
def _():
    return [
        f"java.lang.IllegalStateException: Duplicate key {E('en')} (attempted merging values {L(d(6))} and {L(d(6))})\n\tat java.util.stream.Collectors.duplicateKeyException(Collectors.java:135)\n\tat com.northwind.crm.CustomerMerge.run(CustomerMerge.java:{R.randint(20, 400)})",
        f"Traceback (most recent call last):\n  File \"/app/billing/charge.py\", line {R.randint(20, 300)}, in charge\n    resp = stripe.Charge.create(amount=amt, source=card)\nstripe.error.CardError: Request req_{L(an(14))}: Your card number is incorrect. card={C('visa','none')}",
        f"psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"users_email_key\"\nDETAIL:  Key (email)=({E('de')}) already exists.",
        f"ERROR 2026-02-11 08:14:09,{d(3)} [http-nio-8080-exec-{R.randint(1, 20)}] o.a.c.c.C.[.[.[/].[dispatcherServlet] : Servlet.service() hat eine Ausnahme ausgelöst: Verbindung zu {IP('priv')}:5432 abgelehnt (user=app password={PW('mixed')}) – Datenbank nicht erreichbar",
        f"panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc={L('0x' + hexs(7))}]\ngoroutine {R.randint(1, 900)} [running]:\nmain.(*Server).handle(0xc000{L(hexs(6))}, {{0x{L(hexs(6))}, 0xc0{L(hexs(7))}}})",
        f"Unhandled rejection FetchError: request to https://api.northwind.io/v2/users?email={E('fr','pct')} failed, reason: connect ETIMEDOUT api.northwind.io:443",
        f"System.Data.SqlClient.SqlException (0x80131904): Login failed for user 'svc_report'. ClientConnectionId:{xU()} Error Number:18456,State:1,Class:14",
        f"Sentry event {L(hexs(32))}: TypeError: Cannot read properties of undefined (reading 'iban') at validate (checkout.js:{R.randint(10, 900)}:{R.randint(1, 80)}) — user.ip_address={IP('pub')}, user.email={E('es')}",
        f"com.fasterxml.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type `java.time.LocalDate` from String \"{L('31.02.' + str(R.randint(1950, 2000)))}\": birthDate must be ISO-8601\n at [Source: (String)\"{{\"birthDate\":\"...\"}}\"; line: 1, column: 14]",
        f"Exception in thread \"main\" javax.net.ssl.SSLHandshakeException: PKIX path building failed; cert serial {L(hexs(40))} subject CN=*.northwind.io, OU=IT",
    ]

@family('sql_dumps', 'multi')
def _():
    return [
        f"INSERT INTO customers (id, full_name, email, phone, birth_date) VALUES ({L(str(R.randint(100, 99999)))}, '{name('de')}', '{E('de')}', '{P('de','intl')}', '{DOB('iso')}');",
        f"INSERT INTO `users` VALUES ({R.randint(1, 9999)},'{E('en')}','{L('$2y$10$' + rs(AN + './', 53))}','{L('127.0.0.1')}','{xTS()}',NULL);",
        f"COPY public.payments (id, iban, bic, created) FROM stdin;\n{L(str(R.randint(1, 9999)))}\t{I('DE','none')}\t{xBIC()}\t{xTS()}\n{L(str(R.randint(1, 9999)))}\t{xBadIBAN('FR','none')}\t{xBIC()}\t{xTS()}\n\\.",
        f"UPDATE employees SET ssn = '{SSN('-')}', dob = '{DOB('iso')}' WHERE emp_no = {L(d(5))}; -- fix from HR ticket {L('HR-' + d(5))}",
        f"SELECT * FROM orders WHERE card_hash = '{xH(64)}' AND created_at > '{xDate('iso')}' AND status <> 'refunded';",
        f"mysqldump: [Warning] Using a password on the command line interface can be insecure.\n-- Host: localhost    Database: shop\n-- Server version\t{xV()}",
        f"CREATE USER report_ro WITH PASSWORD '{PW('strong')}';\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO report_ro;",
        f"INSERT INTO pacientes (nombre, fecha_nacimiento, telefono, correo) VALUES ('{name('es')}', '{DOB('iso')}', '{P('es','nat')}', '{E('es')}');",
        f"INSERT INTO клиенты (фио, дата_рождения, телефон, email, ip) VALUES ('{name('ru')}', NULL, '{P('ru','e164')}', NULL, NULL);",
        f"-- Testdaten (keine echten Kunden)\nINSERT INTO kunden VALUES (1,'{xExEmail()}','{xPh555()}','{xTestCard()}','{xSampleIBAN()}');",
        f"ALTER TABLE cards ADD CONSTRAINT pan_masked CHECK (pan LIKE '%******%'); -- e.g. {xMask(5)}; checksum column {xH(40)}",
    ]

@family('email_headers', 'en')
def _():
    return [
        f"Received: from mail-{L(rs(LO, 3))}.google.com (mail-{L(rs(LO, 3))}.google.com [{IP('pub')}])\n\tby mx1.northwind.io with ESMTPS id {L(rs(AN, 12))}\n\tfor <{E('en', domain='northwind.io')}>; {xDate('en_short')}",
        f"From: \"{name('fr')}\" <{E('fr')}>\nTo: undisclosed-recipients:;\nMessage-ID: <{xU()}@orange.fr>",
        f"DKIM-Signature: v=1; a=rsa-sha256; d=northwind.io; s=sel1; bh={L(rs(B64, 43) + '=')}; b={L(rs(B64, 120))}\nAuthentication-Results: mx.google.com; spf=pass smtp.mailfrom=northwind.io",
        f"X-Originating-IP: [{IP('pub')}]\nX-Mailer: Microsoft Outlook 16.0\nX-MS-Exchange-Organization-SCL: 1\nX-MS-TrafficTypeDiagnostic: {L(rs(UP + DIG, 12))}",
        f"Subject: =?UTF-8?Q?R=C3=BCckruf_erbeten?=\nFrom: =?UTF-8?Q?J=C3=BCrgen?= <{E('de','qp')}>\nContent-Transfer-Encoding: quoted-printable",
        f"Return-Path: <{E('ja')}>\nReceived: from [{L('127.0.0.1')}] (localhost) by smtp.docomo.ne.jp\nSubject: =?ISO-2022-JP?B?{L(rs(B64, 24))}?=",
        f"Delivered-To: {E('ko')}\nReceived-SPF: softfail (domain of transitioning naver.com does not designate {IP('pub')} as permitted sender)",
        f"List-Unsubscribe: <https://news.northwind.io/u/{xU()}>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"ARC-Seal: i=1; a=rsa-sha256; t={xEpoch()}; cv=none; d=google.com; s=arc-20240605; b={L(rs(B64, 80))}\nX-Google-Smtp-Source: {L('AGHT+I' + rs(B64, 40))}",
        f"Bounce: <{E('es')}>: host aspmx.l.google.com said: 550-5.1.1 The email account that you tried to reach does not exist.",
    ]

# ---- messages in many languages
@family('chat_ru', 'ru')
def _():
    n = lambda: name('ru')
    return [
        f"Привет! Скинь, пожалуйста, реквизиты. Мой номер {P('ru','nat')}. Заказ {xO('RU')} так и не пришёл.",
        f"Служба поддержки: уточните дату рождения владельца карты. — {DOB('long_ru')}. Карта {C('visa','sp')}, но списание прошло дважды.",
        f"Пишу с рабочего: {E('ru','words')}. Трек-номер {xTrk('ems')}, но сайт Почты пишет «не найден».",
        f"Анкета: ФИО {n()}; дата рождения: {DOB('dmy.')}; ИНН {L(d(12))}; СНИЛС {L(d(3) + '-' + d(3) + '-' + d(3) + ' ' + d(2))}",
        f"Коллеги, на проде опять упал nginx, IP балансировщика {IP('pub')}, пароль от панели тот же: {PW('mixed')}. Версия {xV()}.",
        f"Переведите на карту {C('mc','none')} (Сбер, {n()}), или по номеру телефона {P('ru','e164')} через СБП.",
        f"Счёт-фактура № {xInv('СФ')} от {xDate('dmy.')}, ИНН/КПП {L(d(10))}/{L(d(9))}, р/с {L('40702810' + d(12))}, БИК {L('04' + d(7))}",
        f"Напоминание: день рождения у Ольги {xDate('dmy.')} — собираем на подарок, скидываемся до пятницы. Реквизиты в личке.",
        f"Ошибка авторизации для {E('ru')} с нового устройства: неверный пароль (попытка {R.randint(2, 9)} из 10), сессия {xU()}",
        f"Мама, запиши: мой новый номер {P('ru','spaced')}, старый больше не работает. Почта прежняя — {E('ru','spaced')}.",
    ]

@family('chat_uk', 'uk')
def _():
    n = lambda: name('uk')
    return [
        f"Добрий день! Моя пошта {E('uk')}, телефон {P('ua','nat')}. Замовлення {xO('UA')} досі не відправлене.",
        f"Для оформлення довідки потрібні: ПІБ — {n()}, дата звернення — {xDate('dmy.')}, РНОКПП {L(d(10))}.",
        f"Реквізити для переказу: IBAN {I('UA')}, отримувач {n()}, ЄДРПОУ {L(d(8))}. Призначення: оплата за рахунком {xInv('РФ')}.",
        f"Нова пошта: ТТН {L('20' + d(12))}, отримувач {n()}, {P('ua','intl')}. Відділення №{R.randint(1, 300)}.",
        f"Скиньте на картку {C('visa','sp')} (ПриватБанк), я {n()}. Або на {C('mc','dash')} — Монобанк.",
        f"Я народилася {DOB('long_uk')} у Львові; мій e-mail для зв'язку — {E('uk','words')}.",
        f"Вхід до Дії з нової IP-адреси {IP('pub')} ({xDate('dmy.')}). Якщо це не ви — змініть пароль.",
        f"Заява на соцдопомогу, поле «Дата народження дитини»: {DOB('dmy.', 2010, 2024)}; контактний номер матері: {P('ua','nosep')}.",
        f"Адмін, ось дані від сервера: ssh root@vps-kyiv-01, пароль {PW('alnum')} — після налаштування зміню. Версія ОС {xV()}.",
        f"Підтвердження платежу {xU()}: сума {R.randint(100, 20000)} грн, картка {xMask()}, код авторизації {L(d(6))}.",
    ]

@family('support_ar', 'ar')
def _():
    n = lambda: name('ar')
    return [
        f"مرحباً، أرجو التواصل معي على الرقم {P('sa','nat')} أو عبر البريد {E('ar')}. رقم الطلب {xO('SA')}.",
        f"تاريخ الميلاد: {DOB('ar')} — الاسم: {n()} — رقم الجوال: {P('sa','ar')}",
        f"يرجى تحويل المبلغ إلى الآيبان {I('SA')} باسم {n()}، ورمز السويفت {xBIC()}.",
        f"لم يصلني الاسترداد بعد. دفعت بالبطاقة {C('visa','sp')} بتاريخ {xDate('dmy/')}. بريدي: {E('ar','words')}",
        f"رقم الهاتف الجديد لوالدي: {P('ae','intl')} — وُلد في {DOB('long_ar')}.",
        f"تنبيه أمني: تسجيل دخول جديد من العنوان {IP('pub')} في {xTS()}. إذا لم تكن أنت، غيّر كلمة المرور فوراً.",
        f"طلب تأشيرة عائلية — رقم الطلب {L(d(10))} — اسم المقيم {n()} — رقم الإقامة {L('2' + d(9))}",
        f"فاتورة رقم {xInv('INV')} — الرقم الضريبي {L('3' + d(13) + '3')} — المبلغ {R.randint(100, 9000)} ريال — آيبان المورد مذكور في العقد",
        f"أخي، كلمة سر الواي فاي في المكتب هي {K('wifi')} والراوتر في غرفة الاجتماعات.",
        f"مراجعة احتيال: بطاقة تنتهي بـ {L(d(4))}، رقم التتبع {xTrk('ups')}",
    ]

@family('forms_hi', 'hi')
def _():
    n = lambda: name('hi')
    return [
        f"आवेदन पत्र — नाम: {n()} | जन्म तिथि: {DOB('dmy/')} | मोबाइल: {P('in','nat')} | ईमेल: {E('hi')}",
        f"नमस्ते, मेरा ऑर्डर {xO('IN')} अभी तक नहीं आया। कृपया {P('in','intl')} पर कॉल करें। — {n()}",
        f"जन्म तिथि {DOB('long_hi')} ; पिता का नाम {n()} ; आधार (छिपा हुआ) {L('XXXX XXXX ' + d(4))} ; पैन {L(rs(UP, 5) + d(4) + pick(UP))}",
        f"भुगतान विफल: कार्ड {C('visa','sp')} अस्वीकृत, UPI आईडी {L(local_part('hi') + '@okaxis')}, लेनदेन {L('T' + d(20))}",
        f"मेरा नया नंबर {P('in','deva')} है, पुराना बंद हो गया है। ईमेल वही है: {E('hi','words')}",
        f"बीमा दावा {xClaim('CLM')} — रोगी {n()}, अस्पताल में भर्ती {xDate('dmy-')}, डिस्चार्ज {xDate('dmy-')}",
        f"सर्वर एक्सेस: आईपी {IP('pub')}, यूज़र deploy, पासवर्ड {PW('mixed')} — कृपया किसी के साथ साझा न करें।",
        f"Hinglish chat: bhai mera email {E('hi')} hai aur DOB {DOB('dmy/')} — form mein yahi daal dena, PIN code {L(d(6))}",
        f"रसीद: GSTIN {L(d(2) + rs(UP, 5) + d(4) + pick(UP) + '1Z' + pick(DIG))}, इनवॉइस {xInv('GST')}, राशि ₹{R.randint(100, 90000)}, IFSC {L(rs(UP, 4) + '0' + d(6))}",
        f"छात्रवृत्ति फॉर्म: आवेदन तिथि {xDate('dmy.')}, बैंक खाता {L(d(14))}",
    ]

@family('hr_records_ja', 'ja')
def _():
    n = lambda: name('ja')
    return [
        f"社員番号 {L(d(6))}　氏名 {n()}　生年月日 {DOB('ja')}　メール {E('ja')}",
        f"履歴書：生年月日 {DOB('jaera')}（満{R.randint(22, 60)}歳）　連絡先 {P('jp','fw')}　入社予定日 {xDate('ja')}",
        f"お疲れ様です。{n()}です。新しいメールアドレスは {E('ja','words')} です。よろしくお願いします。",
        f"給与振込口座変更届：銀行コード {L(d(4))}　支店コード {L(d(3))}　口座番号 {L(d(7))}　名義 {n()}",
        f"マイナンバー提出のお願い（番号は記載しないでください）。提出期限 {xDate('ja')}、問い合わせ先 {E('ja', domain='jinji-kanri.co.jp')}",
        f"健康診断結果：受診者 {n()}、受診日 {xDate('ymd/')}、検体番号 {L(d(10))}",
        f"退職者リスト.csv\n社員番号,氏名,生年月日,電話\n{L(d(6))},{n()},{DOB('ymd/')},{P('jp','nat')}",
        f"VPN接続情報：サーバー {IP('pub')}　ユーザー名 {L(rs(LO, 6) + d(3))}　初期パスワード {PW('alnum')}　※初回ログイン後に変更",
        f"経費精算：法人カード {xMask()}　利用日 {xDate('ja')}　金額 ¥{R.randint(1000, 90000)}　領収書番号 {L(d(8))}",
        f"緊急連絡先：{n()}（配偶者）{P('jp','intl')}／誕生日会の日程 {xDate('ja')} は総務まで",
    ]

@family('kr_shopping', 'ko')
def _():
    n = lambda: name('ko')
    return [
        f"주문자: {n()} / 연락처: {P('kr','nat')} / 이메일: {E('ko')} / 주문번호 {L(str(R.randint(2025, 2026)) + d(10))}",
        f"배송 조회: 운송장 번호 {L(d(12))} (CJ대한통운), 수령인 {n()}, 휴대폰 {P('kr','nat')}",
        f"환불 요청합니다. 결제 카드 {C('jcb','dash')}, 승인번호 {L(d(8))}. 생년월일 {DOB('ko')} 로 본인확인 부탁드려요.",
        f"회원가입 정보: 생년월일 {DOB('ymd.')}, 이메일 {E('ko','words')}, 가입일 {xDate('ymd.')}",
        f"고객센터 메모: 고객 {n()} 님이 이메일을 {E('ko')} 로 변경 요청, 접속 기기 {L('SM-S' + d(3) + 'N')}",
        f"쿠폰 코드 {L(rs(UP + DIG, 12))} 는 {xDate('ko')} 까지 사용 가능합니다. 문의: 카카오톡 채널",
        f"무통장 입금 계좌 안내 — 국민은행 {L(d(6) + '-' + d(2) + '-' + d(6))} 예금주 {n()} (주민번호 뒷자리 {L('*******')})",
        f"판매자 정산: 사업자등록번호 {L(d(3) + '-' + d(2) + '-' + d(5))}, 담당자 {n()}, 통신판매업 신고번호 {L('제' + str(R.randint(2019, 2026)) + '-서울강남-' + d(5) + '호')}",
        f"테스트 결제: 카드번호 {xTestCard()}, 유효기간 12/34, CVC 123 — 실제 결제 아님",
        f"[알림] 새로운 기기에서 로그인: IP {IP('v6')}, 기기 {L('SM-S' + d(3) + 'N')}, 시간 {xTS()}",
    ]

@family('zh_ecommerce', 'zh')
def _():
    n = lambda: name('zh')
    return [
        f"收货人：{n()}　手机：{P('cn','nat')}　订单号：{L(d(19))}　快递单号：{L('SF' + d(13))}",
        f"您好，我的邮箱是 {E('zh')}，手机号 {P('cn','nosep')}，麻烦尽快处理退款。",
        f"退款已原路退回至尾号 {L(d(4))} 的银行卡，交易流水号 {L(d(28))}，预计 {R.randint(1, 7)} 个工作日到账。",
        f"客户资料：姓名 {n()}，出生日期 {DOB('zh')}，身份证号 {L(d(6) + '********' + d(3) + pick(DIG + 'X'))}，银联卡 {C('up','sp')}",
        f"店铺后台导出：买家昵称 {L('tb' + d(10))}，邮箱 {E('zh','words')}，下单IP {IP('pub')}",
        f"跨境订单：支付卡 {C('up','none')}，持卡人 {n()}，报关单号 {L(d(18))}",
        f"运维群：数据库 db-master:3306 root 密码 {PW('mixed')}，记得改。阿里云 AccessKey ID {L('LTAI' + an(20))} 的 Secret：{S('secret', an(30))}",
        f"会员生日礼：您的生日是 {DOB('zh')}，生日当月可领取 {R.randint(10, 100)} 元优惠券（有效期至 {xDate('zh')}）。",
        f"发票抬头：上海某某贸易有限公司，税号 {L('91310' + d(3) + rs(UP + DIG, 10))}，开户行账号 {L(d(19))}",
        f"联系客服：微信 {L('wxid_' + rs(LO + DIG, 14))}，或致电 {P('cn','fw')}，工作时间 9:00–18:00",
    ]

@family('sw_mobile_money', 'sw')
def _():
    n = lambda: name('sw')
    return [
        f"{L(rs(UP + DIG, 10))} Imethibitishwa. Ksh{R.randint(50, 20000)}.00 imetumwa kwa {n().upper()} {P('ke','nat')} tarehe {xDate('dmy/')} saa 3:15 PM. Salio lako ni Ksh{R.randint(0, 50000)}.00.",
        f"Habari, nimelipa kupitia M-Pesa lakini oda {xO('KE')} haijathibitishwa. Namba yangu ni {P('ke','intl')}, barua pepe {E('sw')}.",
        f"Fomu ya mkopo: Jina {n()}, Tarehe ya kuzaliwa {DOB('dmy/')}, Simu {P('tz','nat')}, Namba ya kitambulisho {L(d(8))}",
        f"Tuma pesa kwa akaunti hii ya benki: {L(d(13))} ya {n()} (CRDB).",
        f"Ujumbe: Ndugu mteja, PIN yako ya M-Pesa haitaombwa kamwe na wafanyakazi wetu. Nambari ya muamala {L(rs(UP + DIG, 10))}.",
        f"Mteja alizaliwa tarehe {DOB('long_sw')}; anwani ya barua pepe {E('sw','words')}",
        f"Ripoti ya ulaghai: kadi {C('visa','dash')} ilitumika kutoka IP {IP('pub')}. Mmiliki: {n()}.",
        f"Paybill {L(d(6))}, Akaunti No. {L(d(10))}, kiasi Ksh {R.randint(100, 9000)} — malipo ya umeme (KPLC) ya mwezi {MONTHS['sw'][R.randint(0, 11)]}.",
        f"Karibu! Nenosiri la Wi-Fi ya duka ni {K('wifi')}. Msimbo wa router {xSer('HW')}, MAC {xMAC()}.",
        f"Sherehe ya kuzaliwa ya Amina ni {xDate('dmy/')} — tafadhali leta zawadi. Mratibu: Amina",
    ]

@family('am_forms', 'am')
def _():
    n = lambda: name('am')
    return [
        f"ስም፡ {n()} — የትውልድ ቀን፡ {DOB('dmy/')} — ኢሜይል፡ {E('am')}",
        f"ሰላም፣ የትዕዛዝ ቁጥር {xO('ET')} አልደረሰኝም። በ {P('et','intl')} ይደውሉልኝ።",
        f"የባንክ ሂሳብ ቁጥር {L('1000' + d(9))} (የኢትዮጵያ ንግድ ባንክ)፣ ስዊፍት {xBIC()}፣ ተቀባይ {n()}",
        f"የተወለደበት ቀን {DOB('long_am')} ፤ የመታወቂያ ቁጥር {L(d(12))} ፤ አድራሻ አዲስ አበባ",
        f"የይለፍ ቃል ለሰርቨሩ፡ {PW('mixed')} — IP {IP('pub')} (ለማንም አታጋሩ)",
        f"የቪዛ ማመልከቻ፡ የፓስፖርት ቁጥር {L('EP' + d(7))}፣ ኢሜይል {E('am','brk')}",
        f"የክፍያ ደረሰኝ ቁጥር {xInv('ETB')} — ቀን {xDate('dmy/')} — ቴሌብር ግብይት {L(rs(UP + DIG, 10))}",
        f"ለቤተሰብ፡ አዲሱ ስልኬ {P('et','spaced')} ነው። የድሮው ተዘግቷል።",
        f"የሕክምና ካርድ፡ ታካሚ {n()}፣ የካርድ ቁጥር {L(d(7))}፣ የቀጠሮ ቀን {xDate('dmy/')}",
    ]

@family('tl_chat', 'tl')
def _():
    n = lambda: name('tl')
    return [
        f"Hi po! Ito po yung number ko {P('ph','nat')}, tapos email ko {E('tl')}. Pa-follow up po sa order {xO('PH')}.",
        f"Ate, pakisend na lang sa GCash {P('ph','nosep')} ({n()}). Salamat!",
        f"Birthday ko po ay {DOB('long_tl')}, kaso mali yung nakalagay sa system ({xDate('long_tl')} — yun yung petsa ng order).",
        f"Paki-refund po sa card ko {C('mc','sp')}, expiry {L('%02d/%02d' % (R.randint(1, 12), R.randint(26, 31)))}. Di ko natanggap yung parcel {xTrk('ems')}.",
        f"Form: Pangalan {n()} | Petsa ng kapanganakan {DOB('mdy/')} | Cellphone {P('ph','intl')} | TIN {L(d(3) + '-' + d(3) + '-' + d(3) + '-000')}",
        f"Guys yung password ng shared account: {PW('mixed')} — wag i-share sa labas ha. Email: {E('tl','paren')}",
        f"SSS contribution: SS number {L(d(2) + '-' + d(7) + '-' + d(1))}, employer {n()}",
        f"Taglish support: 'Hello, naka-lock yung account ko after login from {IP('pub')}, pero ako talaga yun.'",
        f"Padala: BDO account {L(d(12))}, pangalan {n()}, SWIFT {xBIC()} — wala pong IBAN sa Pilipinas, ito po ang account number.",
        f"Reminder: birthday party ni Lola sa {xDate('long_tl')}! RSVP kay {n()}",
    ]

@family('ms_banking', 'ms')
def _():
    n = lambda: name('ms')
    return [
        f"Pelanggan yang dihormati, pindahan RM{R.randint(10, 9000)}.00 ke akaun {L(d(12))} ({n()}) telah berjaya. Rujukan {L('M' + d(9))}.",
        f"Borang permohonan: Nama {n()} | Tarikh lahir {DOB('dmy/')} | No. telefon {P('my','nat')} | E-mel {E('ms')}",
        f"Hai, saya nak tukar alamat e-mel kepada {E('ms','words')}. Nombor telefon {P('my','intl')}. Terima kasih.",
        f"Kad kredit {C('visa','sp')} disekat kerana transaksi mencurigakan dari luar negara. Sila hubungi kami.",
        f"MyKad (disembunyikan): {L(d(6) + '-' + d(2) + '-****')} — salinan dilampirkan, tarikh permohonan {xDate('long_ms')}",
        f"Pembayaran FPX: ID transaksi {L(d(16))}, bank {xBIC()}, jumlah RM{R.randint(10, 900)}.{d(2)}, tarikh {xDate('dmy/')}",
        f"Untuk rakan di Eropah, IBAN saya di Jerman: {I('DE')} (nama {n()}). Kod BIC {xBIC()}.",
        f"Kata laluan sementara anda: {PW('alnum')}. Sila tukar selepas log masuk pertama. ID pengguna {L(rs(LO, 6) + d(4))}.",
        f"Aduan: Kad debit hilang. Nombor kad {C('mc','none')}, pemegang {n()}.",
        f"Jemputan majlis hari jadi anak saya pada {xDate('long_ms')}. RSVP kepada Kak Farah.",
    ]

# ---- families built around checksums and look-alikes
@family('invalid_checksums', 'multi')
def _():
    return [
        f"Kartenprüfung fehlgeschlagen: {xBadCard('sp')} (Luhn-Prüfziffer falsch). Bitte Karte erneut eingeben.",
        f"Numéro de carte refusé : {xBadCard('none')} — le chiffre de contrôle ne correspond pas ; essayez {xMask(1)} enregistrée.",
        f"IBAN non valido: {xBadIBAN('IT')} (codice di controllo errato). L'IBAN corretto del beneficiario è {I('IT')}.",
        f"Gift card balance check: card no. {L(nonluhn('6' + d(15)))} PIN ****, balance €{R.randint(5, 200)}.00 — gift card numbers are not payment cards.",
        f"Seriennummern der Kartenterminals: {L(nonluhn('5' + d(15)))}, {L(nonluhn('4' + d(15)))}, {L(nonluhn('3' + d(14)))} (16/16/15-stellig, keine Kartennummern).",
        f"SSN validation report: {xBadSSN('000')} rejected (area 000); {xBadSSN('666')} rejected (area 666); {xBadSSN('9xx')} rejected (ITIN range); {xBadSSN('g00')} rejected (group 00); {xBadSSN('s0000')} rejected (serial 0000).",
        f"NINO-validatie (NL/EN): {xBadNINO('first')} → ongeldige eerste letter; {xBadNINO('second')} → ongeldige tweede letter; {xBadNINO('prefix')} → uitgesloten prefix; {xBadNINO('suffix')} → suffix buiten A–D.",
        f"Transferencia rechazada: la cuenta {xBadIBAN('ES','none')} no supera el dígito de control IBAN. Cuenta de origen {I('ES','none')}.",
        f"Kontrollsiffran stämmer inte: {xBadIBAN('SE')} — vänligen kontrollera kontonumret. Kort {xBadCard('dash')} avvisades också.",
        f"Ödeme reddedildi: {xBadCard('sp')} geçersiz kart numarası; {xBadIBAN('TR','none')} geçersiz IBAN.",
        f"Отклонено: номер карты {xBadCard('none')} не проходит проверку Луна; IBAN {xBadIBAN('UA')} — неверная контрольная сумма.",
        f"Validator unit test output: luhn('{xBadCard('none')}') == False ✓ ; iban_ok('{xBadIBAN('DE','none')}') == False ✓ ; luhn('{C('visa','none')}') == True ✓",
        f"カード番号エラー：{xBadCard('sp')} は無効です（チェックディジット不一致）。ギフトカード番号 {L(nonluhn('9' + d(15)))} とは別物です。",
        f"카드 번호 오류: {xBadCard('dash')} — 유효하지 않은 번호입니다. 멤버십 번호 {L(nonluhn('8' + d(15)))} 는 결제 카드가 아닙니다.",
    ]

@family('hr_onboarding_uk', 'en')
def _():
    n = lambda: name('en')
    return [
        f"New starter form — Surname {n().split()[1]} | NI number {NI('sp')} | Tax code {L('1257L')} | Student loan plan 2 | Start date {xDate('dmy/')}",
        f"P45 part 1A: Employee's National Insurance number {NI('none')}, PAYE reference {L(d(3) + '/' + rs(UP, 2) + d(5))}, leaving date {xDate('dmy/')}",
        f"Hi HR, my NI is {NI('sp2')} — the payslip shows {xBadNINO('suffix')} which I think is a typo. Thanks, {n()}",
        f"RTI FPS rejection: NINO {xBadNINO('prefix')} not allowed (temporary prefix); employee {L('EMP' + d(5))}; please supply a valid number or leave blank.",
        f"Payroll export (csv)\nemp_id,ni_number,sort_code,account\n{L('E' + d(4))},{NI('none')},{xSort()},{L(d(8))}\n{L('E' + d(4))},{NI('none')},{xSort()},{L(d(8))}",
        f"Right to work check completed: share code {L(rs(UP + DIG, 3) + ' ' + rs(UP + DIG, 3) + ' ' + rs(UP + DIG, 3))}, NI no. {NI('dash')}, checked by {L('HR-' + d(3))} on {xDate('dmy/')}",
        f"Employee handbook: 'Your National Insurance number looks like {xSampleNINO()}. Never share it over chat.' — onboarding quiz v{xV()}",
        f"Pension auto-enrolment: member {n()}, NINO {NI('sp')}, scheme ref {L('PSTR' + d(8) + rs(UP, 2))}, employer contribution 3%",
        f"SSP1 form: employee's NI number {NI('lower')}, first day of sickness {xDate('dmy/')}, last day {xDate('dmy/')}, payroll no. {L(d(6))}",
        f"Teams message: \"can you update my NI, it's {NI('zw')}\" — \"done, and your sort code {xSort()} stays the same\"",
        f"HMRC letter OCR: 'National Insurance number: {NI('sp')} Issued to: {n().upper()} Date: {xDate('en_short')}' (page 1 of 2)",
    ]

@family('us_insurance_claims', 'en')
def _():
    n = lambda: name('en')
    return [
        f"CMS-1500 box 1a: Insured's ID {L(d(9) + rs(UP, 1))} | box 2: {n()} | box 3 DOB {DOB('mdy/')} | box 11: group {L(d(6))} | Patient SSN (legacy) {SSN('-')}",
        f"Claim {xClaim()} denied: CO-16 missing info. Member SSN on file {SSN('none')} does not match subscriber SSN {SSN('-')}.",
        f"Workers' comp first report: employee SSN {SSN('sp')}, date of injury {xDate('mdy/')}, employer FEIN {xEIN()}, carrier claim {xClaim('WC')}",
        f"Life insurance beneficiary change: beneficiary {n()}, relationship spouse, SSN {SSN('-')}, share 100%. Policy {L('LP' + d(9))}.",
        f"EOB: claim {xClaim()} | provider NPI {L('1' + d(9))} | billed ${R.randint(100, 9000)}.00 | allowed ${R.randint(50, 900)}.00 | member ID {L('W' + d(9))}",
        f"Carta de subrogación: nuestro asegurado ({n()}, SSN terminado en {L(d(4))}) sufrió un accidente el {xDate('mdy/')}; reclamación {xClaim('AU')}.",
        f"Call log: caller verified with SSN {SSN('spaced')} and ZIP {L(d(5))}; callback number {P('us','nat')}.",
        f"Premium payment: card {C('visa','sp')} exp {L('%02d/%02d' % (R.randint(1, 12), R.randint(26, 31)))}; ACH alternative routing {xABA()} account {L(d(10))}",
        f"Disability claim intake (Spanish-speaking member): 'Mi número de seguro social es {SSN('-')}' — interpreter ID {L(d(5))}",
        f"Batch 837P rejected: NM1*IL*1*{n().split()[1].upper()}*{n().split()[0].upper()}****MI*{L(d(9) + 'A')}~ DMG*D8*{DOB('hl7')}*F~ REF*SY*{SSN('none')}~",
        f"Test claim — do not process: SSN {xRef('123-45-6789')}, ITIN {xITIN()}, card {xTestCard()}, phone {xPh555()}",
    ]

@family('markdown_tables', 'multi')
def _():
    return [
        f"| Name | NI number | Team |\n|---|---|---|\n| {name('en')} | {NI('sp')} | Ops |\n| {name('en')} | {NI('none')} | Finance |",
        f"| Kunde | Karte | Ablauf |\n|------|------|------|\n| {name('de')} | {C('mc','sp')} | {L('%02d/%02d' % (R.randint(1, 12), R.randint(26, 31)))} |\n| {name('de')} | {xMask(1)} | {L('%02d/%02d' % (R.randint(1, 12), R.randint(26, 31)))} |",
        f"| Empleado | SSN (EE. UU.) | Estado |\n|---|---|---|\n| {name('es')} | {SSN('-')} | activo |\n| {name('es')} | {xBadSSN('9xx')} | ITIN, revisar |",
        f"| 環境 | ホスト | バージョン |\n|---|---|---|\n| prod | api-01 | {xV()} |\n| stg | api-stg | {xV()} |\n| dev | {xDocIP()} | {xV()} |",
        f"| Fournisseur | IBAN | BIC |\n|---|---|---|\n| Imprimerie Morel | {I('FR')} | {xBIC()} |\n| Exemple (doc) | {xSampleIBAN()} | {xBIC()} |",
        f"| Key | Value |\n|---|---|\n| region | eu-west-1 |\n| access_key | {K('aws_akid')} |\n| secret_key | {K('aws_secret')} |\n| account | {xAcct()} |",
        f"| Paket | Version | SHA-256 |\n|---|---|---|\n| openssl | {xV()} | {xH(64)} |\n| zlib | {xV()} | {xH(64)} |",
        f"| Müşteri | Kart (maskeli) | Tutar |\n|---|---|---|\n| {name('tr')} | {xMask(1)} | {R.randint(100, 900)} TL |\n| {name('tr')} | {xMask(4)} | {R.randint(100, 900)} TL |",
        f"| Cardholder | PAN | Note |\n|---|---|---|\n| {name('en')} | {C('amex','sp')} | corporate |\n| QA | {xTestCard()} | Stripe test card |",
        f"| Сотрудник | Дата рождения | Дата приёма |\n|---|---|---|\n| {name('ru')} | {DOB('dmy.')} | {xDate('dmy.')} |",
        f"| Device | MAC | Serial | Firmware |\n|---|---|---|---|\n| AP-2F | {xMAC()} | {xSer('CN')} | {xV()} |\n| Switch-1 | {xMAC('-')} | {xSer('FOC')} | {xV()} |",
    ]

@family('ocr_scans', 'multi')
def _():
    return [
        f"KONTOAUSZUG Nr. {R.randint(1, 12)}/2026 Seite 1\nIBAN: {I('DE','sp')} BIC: {xBIC()}\nKontoinhaber: {name('de').upper()}  Datum {xDate('dmy.')}",
        f"CARTE BANCAIRE — {C('visa','sp')}\nVALABLE JUSQU'A {L('%02d/%02d' % (R.randint(1, 12), R.randint(26, 31)))}  M {name('fr').upper()}",
        f"NATI0NAL INSURANCE NUMBER {NI('sp')} — scanned letter, OCR confidence 0.82; ref {L('NI/' + d(6))}",
        f"Personalausweis (OCR): Geburtstag {DOB('dmy.')} — Gültig bis {xDate('dmy.')} — Dokumentnr. {L(rs('CFGHJKLMNPRTVWXYZ', 1) + rs('CFGHJKLMNPRTVWXYZ0123456789', 8))}",
        f"MRZ: P<UTO{name('en').split()[1].upper()}<<{name('en').split()[0].upper()}<<<<<<<<<<<<<\n{L(rs(UP, 1) + d(8))}<{d(1)}UTO{DOB('yymmdd')}{d(1)}{pick('MF')}{L(d(6))}{d(1)}<<<<<<<<<<<<<<0{d(1)}",
        f"Rechnung (Scan, schief): Bankverbindung IBAN {I('AT','nl')} — Betrag {R.randint(10, 900)},{d(2)} EUR — Rechnungsnr. {xInv('RE')}",
        f"SOCIAL SECURITY\nTHIS NUMBER HAS BEEN ESTABLISHED FOR\n{SSN('sp')}\n{name('en').upper()}\nSIGNATURE ____",
        f"受領書（スキャン）お客様番号 {L(d(8))}　カード番号 {C('jcb','fw')}　有効期限 {L('%02d/%02d' % (R.randint(1, 12), R.randint(26, 31)))}",
        f"Receipt OCR: VISA ************{L(d(4))} AUTH {L(d(6))} TID {L(d(8))} MID {L(d(15))} {xDate('dmy/')} 14:{R.randint(10, 59)}",
        f"Bescheinigung (OCR mit Zeilenumbruch): IBAN {I('CH','nl')} lautend auf {name('de')}; AHV-Nr. {L('756.' + d(4) + '.' + d(4) + '.' + d(2))}",
        f"ВЫПИСКА — Карта {C('mc','sp')} — Владелец {name('ru').upper()}",
    ]

@family('obfuscated_chat', 'multi')
def _():
    return [
        f"dm me: {E('en','brk')} (not posting it plainly because of bots)",
        f"Schreib mir an {E('de','words')} oder ruf an: {P('de','spaced')}",
        f"ma carte c'est {C('visa','zw')} (j'ai collé depuis l'appli)",
        f"la tarjeta es {C('mc','nl')}, caduca {L('%02d/%02d' % (R.randint(1, 12), R.randint(26, 31)))}",
        f"my social: {SSN('words')}",
        f"SSN (copied from PDF with weird spacing): {SSN('zw')}",
        f"stuur het naar {E('en','rev')} (achterstevoren lezen haha)",
        f"Kontakt: {E('de','ent')} — im HTML-Quelltext gefunden",
        f"{{\"contact\":\"{E('fr','json')}\",\"note\":\"escaped in the JSON payload\"}}",
        f"Telefono: {P('it','words')} (dettato a voce e trascritto)",
        f"英国のNI番号（全角で入力されたもの）：{NI('fw')}",
        f"IBAN (voll­breit): {I('DE','fw')}",
        f"رقم البطاقة بالأرقام العربية: {C('visa','ar')}",
        f"Ring mig på {P('uk','zw')} — mellanrummen är osynliga tecken",
        f"SSN en base64 sacado de la exportación: {SSN('b64')}",
        f"Handy-Nr. mit geschütztem Leerzeichen: {P('de','nbsp')}",
        f"IOC-Liste (entschärft): C2-Server {IP('pub','brk')}, Absender der Phishing-Mail {E('ru','brk')}, Hash {xH(64)}",
        f"the bot blocks IPs so here it is spelled out: {IP('pub','dot')} port 8443",
        f"メールアドレス：{E('ja','fw')}（全角の＠のまま貼り付け）",
        f"Mi correo, partido en dos líneas por el cliente de correo: {E('es','nl')}",
        f"DATABASE_URL=postgres://app:{S('secret', urllib.parse.quote(pick(PW_WORDS) + pick(['@', '#', '%', '/', '?']) + d(3) + '!', safe=''))}@db.internal:5432/app  # password is percent-encoded",
        f"Aadhaar-linked mobile (Devanagari digits): {P('in','deva')}",
    ]

@family('mixed_language', 'multi')
def _():
    return [
        f"Hallo team, quick update: der Kunde {name('de')} hat seine IBAN geändert → {I('DE')}. Pls update in SAP, danke!",
        f"Bonjour, je suis en déplacement, so please call me on my UK number {P('uk','intl')}. Merci !",
        f"Oye, my new correo es {E('es')} — el otro ya no funciona, ok?",
        f"Ciao! Ti mando i dati: carta {C('visa','dash')}, scadenza {L('%02d/%02d' % (R.randint(1, 12), R.randint(26, 31)))}. Don't share it, per favore.",
        f"Привет, the server password is {PW('mixed')}, не забудь поменять after deploy. Release {xV()}.",
        f"Sawa, nimekutumia email kwa {E('sw')}. Please confirm kama umepokea, asante!",
        f"先日の件ですが、my email changed to {E('ja')}。よろしくお願いします。",
        f"오늘 미팅 링크 보내드릴게요, my number is {P('kr','intl')} 입니다.",
        f"Merhaba, doğum tarihim {DOB('dmy.')} — I think the form swapped day and month. Sipariş {xO('TR')}.",
        f"Salam, akaun saya dah tukar. New account: IBAN {I('AE')} (bank di Dubai). Terima kasih!",
        f"Hoi! Mijn NI number in the UK was {NI('sp')}, ik woon nu in Utrecht. Can you update the pension file?",
        f"बॉस, the API key for staging is {K('stripe_sk')} — कृपया इसे rotate कर दीजिए।",
        f"Kumusta! Yung birthday ko is {DOB('en_long')}, hindi yung {xDate('en_long')} (that's my hire date).",
        f"Добрий день! My Ukrainian card: {C('mc','sp')}. Дякую!",
    ]

@family('invoices_contracts', 'multi')
def _():
    return [
        f"Rechnung {xInv('RE')} vom {xDate('dmy.')} — Leistungszeitraum {MONTHS['de'][R.randint(0, 11)]} 2026 — USt-IdNr. {xVAT('DE')} — zahlbar bis {xDate('dmy.')} auf {I('DE')}",
        f"Facture n° {xInv('FA')} — SIREN {L(d(9))} — TVA {xVAT('FR')} — Règlement par virement : IBAN {I('FR')} — Pénalités de retard : 3 fois le taux d'intérêt légal",
        f"Fattura elettronica: codice destinatario {L(rs(UP + DIG, 7))}, P.IVA {xVAT('IT')}, IBAN {I('IT')}, scadenza {xDate('dmy/')}, bollo virtuale assolto",
        f"Huurovereenkomst art. 4: De huurprijs bedraagt € {R.randint(700, 2200)},- per maand, te voldoen op rekening {I('NL')} t.n.v. {name('nl')}; waarborgsom {R.randint(1000, 4000)} euro.",
        f"Contrato de arrendamiento: la parte arrendataria, {name('es')}, con fecha de nacimiento {DOB('long_es')}, ingresará la renta en la cuenta indicada en el anexo I antes del día 5 de cada mes.",
        f"Invoice {xInv('INV')} — PO {xO('PO')} — Net 30 — Bank: {xBIC()} / sort code {xSort()} / acct {L(d(8))} — Questions: accounts payable",
        f"Faktura {xInv('F')} — Org.nr {L(d(6) + '-' + d(4))} — Momsreg.nr {xVAT('SE')} — Bankgiro {L(d(4) + '-' + d(4))} — Förfallodatum {xDate('iso')}",
        f"Kira sözleşmesi: Kiracı {name('tr')} (T.C. kimlik no gizlendi), kira bedeli aylık {R.randint(5000, 40000)} TL, ödeme hesabı sözleşme ekinde belirtilmiştir.",
    ]

@family('docs_placeholders', 'en')
def _():
    return [
        f"README (Schnellstart): `STRIPE_KEY={xStripeTest()}` setzen und mit der Testkarte {xTestCard()} bezahlen, beliebiges zukünftiges Ablaufdatum, beliebige Prüfnummer.",
        f"API docs: `curl -H \"Authorization: Bearer <YOUR_TOKEN>\" https://api.northwind.io/v1/me` — response: {{\"email\": \"{xExEmail()}\", \"id\": \"{xU()}\"}}",
        f"Example .aws/credentials from the AWS docs:\n[default]\naws_access_key_id = {L('AKIAIOSFODNN7EXAMPLE')}\naws_secret_access_key = {L('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}",
        f"JWT example from jwt.io: {xJwtDemo()} (HS256, secret 'your-256-bit-secret')",
        f"Configurer le DNS : résolveurs {L('1.1.1.1')} et {L('9.9.9.9')} ; hôte de test {xDocIP()} ; préfixe IPv6 de test {xDocIP6()}/48 ; masque {xNetmask()}.",
        f"Form validation tests: phone '{xPh555()}', email '{xExEmail()}', NINO '{xSampleNINO()}', IBAN '{xSampleIBAN()}'.",
        f"helm install app ./chart --set db.password={xRef('${DB_PASSWORD}')} --set api.key={xK8sRef()}",
        f"Terraform: variable \"db_password\" {{ sensitive = true }} ... password = var.db_password  # value comes from {xRef('TF_VAR_db_password')}",
        f"SSH public key for deploy: {xPub()}\nage recipient for SOPS: {xAge()}",
        f"Twilio quickstart: account SID {xSID()}, auth token stored in Vault at {xRef('secret/data/twilio')}; from number {xPh555()}.",
    ]

@family('logistics_tracking', 'multi')
def _():
    return [
        f"Sendungsverfolgung: {xTrk('dhl')} — Zugestellt an Nachbarn, {xDate('dmy.')} 14:32. Paketshop-ID {L(d(6))}.",
        f"Expédition {xTrk('ups')} — poids {R.randint(1, 30)},{d(1)} kg — palette SSCC {xSSCC()} — conteneur {L(rs(UP, 3) + 'U' + d(7))}",
        f"Cognossement {L(rs(UP, 4) + d(9))}, container {L(rs(UP, 3) + 'U' + d(7))}, zegel {L(d(8))}, schip IMO {L(d(7))}, verwachte aankomst Rotterdam {xDate('iso')}",
        f"GS1-128: (00){xSSCC()}(02){xGTIN()}(17){L(d(6))}(10){L(rs(UP + DIG, 6))}",
        f"追跡番号 {xTrk('ems')} — 国際スピード郵便、通関中（{xDate('ja')}）",
        f"Kargo takip: {L(d(12))} — Dağıtıma çıktı. Kurye: {name('tr')} {P('tr','nat')}",
        f"USPS tracking {xTrk('usps')}: In Transit to Next Facility; FedEx {xTrk('fedex')} delivered; PostNL {xTrk('postnl')} at sorting centre.",
        f"Lieferschein {xO('LS')}: Artikel EAN {xGTIN()}, Charge {L(rs(UP, 2) + d(6))}, MHD {xDate('dmy.')}, Lagerplatz {L('A-' + d(2) + '-' + d(3))}",
        f"Geolocalización del último escaneo: {xGeo()} (centro {L(rs(UP, 3))}), siguiente centro {xGeo()}",
    ]

@family('release_notes', 'en')
def _():
    return [
        f"リリース {xV()}（{xDate('iso')}）：{xCVE()} と {xCVE()} を修正。イメージ {L('ghcr.io/northwind/api')}@{xDig()}、コミット {xGit()}。",
        f"Changelog: bump openssl to {xV()}, libxml2 to {xV()}; OID {xOID()} now accepted in certificate policies.",
        f"Build {L(d(5))} artifacts: app-{xV()}.tar.gz sha1 {xH(40)}, md5 {xH(32)}; signed with key fingerprint {L(':'.join(hexs(2) for _ in range(16)))}.",
        f"Migration {L(d(14))}_add_index_orders.rb — request id {xU()} — Mongo ObjectId {xH(24)}",
        f"Bekanntes Problem: Geräte mit MAC-Präfix {L(':'.join(format(R.randint(0, 255), '02x') for _ in range(3)))} und Firmware < {xV()} starten nach {R.randint(2, 40)} Stunden neu.",
        f"Benchmark: p95 {R.randint(10, 900)} ms at {R.randint(100, 9000)} rps on commit {xGit()} (tag {xV()}); ISBN of the reference book {xISBN()}.",
    ]


# ================================================================ output
# Main language of the samples in the English-default and mixed families (hand-assigned by index;
# anything not listed is mainly English). Families with a single non-English language need no entry.
LANG_OF = {
    'visa_applications': {1: 'fr', 3: 'de', 4: 'ja', 6: 'es', 8: 'ru', 10: 'ms'},
    'iot_device_registration': {5: 'zh', 8: 'de', 9: 'ja', 10: 'sw'},
    'order_exports_csv': {5: 'de', 7: 'de', 9: 'tr'},
    'fraud_reviews': {0: 'de', 1: 'es', 2: 'it', 4: 'nl', 5: 'de', 6: 'fr', 7: 'sv', 9: 'tr'},
    'jupyter_notebooks': {2: 'de'},
    'router_configs': {10: 'de'},
    'chat_bot_configs': {2: 'de', 5: 'fr', 9: 'ja'},
    'connection_strings': {13: 'de'},
    'stack_traces': {3: 'de'},
    'sql_dumps': {7: 'es', 8: 'ru'},
    'invalid_checksums': {0: 'de', 1: 'fr', 2: 'it', 4: 'de', 6: 'nl', 7: 'es', 8: 'sv', 9: 'tr', 10: 'ru', 12: 'ja', 13: 'ko'},
    'us_insurance_claims': {5: 'es'},
    'markdown_tables': {1: 'de', 2: 'es', 3: 'ja', 4: 'fr', 6: 'de', 7: 'tr', 9: 'ru'},
    'ocr_scans': {0: 'de', 1: 'fr', 3: 'de', 5: 'de', 7: 'ja', 9: 'de', 10: 'ru'},
    'obfuscated_chat': {1: 'de', 2: 'fr', 3: 'es', 6: 'nl', 7: 'de', 9: 'it', 10: 'ja', 11: 'de', 12: 'ar', 13: 'sv', 14: 'es', 15: 'de', 16: 'de', 18: 'ja', 19: 'es'},
    'mixed_language': {i: 'mixed' for i in range(14)},
    'invoices_contracts': {0: 'de', 1: 'fr', 2: 'it', 3: 'nl', 4: 'es', 6: 'sv', 7: 'tr'},
    'docs_placeholders': {0: 'de', 4: 'fr'},
    'logistics_tracking': {0: 'de', 1: 'fr', 2: 'nl', 4: 'ja', 5: 'tr', 7: 'de', 8: 'es'},
    'release_notes': {0: 'ja', 4: 'de'},
}
def sample_lang(fam, fam_lang, idx):
    if fam_lang not in ('en', 'multi'):
        return fam_lang
    return LANG_OF.get(fam, {}).get(idx, 'en')

def main():
    out = ['# pii-c16: blind PII / credential evaluation set, written from general knowledge.',
           '# Generated by gen.py (random.Random(16481)); see README.md. Format: pii_format.md.', '']
    langs = {}
    for name_, lang, samples, la in FAMS:
        out.append('# family: ' + name_)
        out.append('# look-alikes: %d' % la)
        for idx, smp in enumerate(samples):
            line = render(smp)
            out.append(line)
            lg = sample_lang(name_, lang, idx)
            langs[lg] = langs.get(lg, 0) + 1
        out.append('')
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'set.txt')
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(out))
    en = langs.get('en', 0); mx = langs.get('mixed', 0); tot = sum(langs.values())
    sys.stderr.write('samples %d, mainly English %d, mixed %d, mainly another language %d\n' % (tot, en, mx, tot - en - mx))
    sys.stderr.write('languages: %s\n' % ', '.join('%s=%d' % kv for kv in sorted(langs.items(), key=lambda kv: -kv[1])))

if __name__ == '__main__':
    main()
