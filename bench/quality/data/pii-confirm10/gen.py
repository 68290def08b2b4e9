#!/usr/bin/env python3
"""gen.py -- deterministic generator for the pii-c10 evaluation set.

Python 3 standard library only.  All randomness comes from one
random.Random(10421); families and templates are expanded in a fixed order,
so two runs write a byte-identical set.txt.

Template mini-language (only inside this file, never in set.txt):
    <<kind:GEN|T1|T2>>   labelled span; value from generator GEN, then transforms
    <<:GEN>>             unlabelled generated value (look-alikes, names, ...)
    <<kind=literal>>     labelled literal text
    <<_:GEN>key>>        generate, store under key, output nothing
    GEN>key              store the raw value;  <key  or  <key[a:b]  recall / slice
(the real delimiters are U+27E6 / U+27E7, see TOK below).
"""
import base64
import os
import re
import string
import sys
import unicodedata
import random

R = random.Random(10421)
HERE = os.path.dirname(os.path.abspath(__file__))

DIG = '0123456789'
UP = string.ascii_uppercase
LO = string.ascii_lowercase
B62 = string.ascii_letters + string.digits
B64C = B62 + '+/'
B64U = B62 + '-_'
HEXL = '0123456789abcdef'
HEXU = '0123456789ABCDEF'
BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def d(n):
    return ''.join(R.choice(DIG) for _ in range(n))


def dn(n):
    return R.choice('123456789') + d(n - 1)


def rs(n, alphabet):
    return ''.join(R.choice(alphabet) for _ in range(n))


def pick(seq):
    return R.choice(seq)


# ---------------------------------------------------------------- checksums
def luhn_sum(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10


def luhn_ok(num):
    return luhn_sum(num) == 0


def luhn_complete(body):
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def luhn_break(num):
    """same number with a different (wrong) check digit"""
    last = int(num[-1])
    bad = str((last + R.randint(1, 9)) % 10)
    out = num[:-1] + bad
    assert not luhn_ok(out)
    return out


def non_luhn_digits(n, first=None):
    while True:
        s = (first or R.choice('123456789')) + d(n - 1 - (len(first) - 1 if first else 0))
        s = s[:n]
        if len(s) == n and not luhn_ok(s):
            return s


def iban_val(s):
    return int(''.join(str(int(c, 36)) for c in s))


def iban_ok(iban):
    s = iban.replace(' ', '')
    return iban_val(s[4:] + s[:4]) % 97 == 1


def iban_make(cc, bban):
    chk = 98 - iban_val(bban + cc + '00') % 97
    return '%s%02d%s' % (cc, chk, bban)


def group4(s):
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


# -------------------------------------------------------------------- names
LATIN_NAMES = {
    'de': 'Jonas Becker|Lea Hoffmann|Lukas Schäfer|Hannah Köhler|Felix Zimmermann|Mia Krüger|Jürgen Neumann|Birgit Wolf|Katrin Braun|Uwe Schmidt|Sophie Wagner|Mehmet Yıldız|Svenja Lorenz|Tobias Fuchs',
    'fr': 'Camille Dubois|Léa Lefèvre|Hugo Moreau|Chloé Girard|Théo Bonnet|Manon Rousseau|Élodie Fontaine|François Chevalier|Amina Benali|Karim Haddad|Noémie Faure|Julien Mercier|Inès Lambert',
    'es': 'Lucía García|Mateo Fernández|Sofía López|Alejandro Martínez|Valentina Sánchez|Javier Ruiz|Carmen Hernández|Diego Castillo|Nuria Ortega|Álvaro Navarro|Marta Gil|Iker Etxeberria',
    'mx': 'Ximena Vargas|Santiago Ramírez|Guadalupe Torres|Emiliano Flores|Fernanda Cruz|José Luis Mendoza|Itzel Morales|Rodrigo Aguilar|Daniela Reyes',
    'br': 'João Silva|Ana Beatriz Santos|Thiago Oliveira|Larissa Souza|Gabriel Pereira|Mariana Costa|Rafael Rodrigues|Conceição Almeida|Lucas Carvalho|Camila Ribeiro',
    'pt': 'Luís Gonçalves|Inês Marques|Tiago Fonseca|Beatriz Lopes|Rui Teixeira|Margarida Sousa|Duarte Antunes',
    'it': 'Giulia Rossi|Marco Russo|Francesca Ferrari|Alessandro Esposito|Chiara Bianchi|Lorenzo Romano|Martina Colombo|Giuseppe Ricci|Elena Marino|Matteo Greco|Federica Conti|Davide Gallo',
    'nl': 'Sanne de Vries|Daan Jansen|Lotte van Dijk|Bram Bakker|Femke Visser|Jeroen Smit|Anouk Meijer|Thijs de Boer|Eva Mulder|Sem van den Berg|Noor Bos',
    'pl': 'Zofia Nowak|Jakub Wójcik|Małgorzata Mazur|Piotr Krawczyk|Agnieszka Kaczmarek|Krzysztof Zając|Katarzyna Król|Tomasz Pawlak|Wiktoria Michalak|Paweł Sikora|Łukasz Wieczorek',
    'tr': 'Elif Yılmaz|Mehmet Kaya|Zeynep Demir|Mustafa Şahin|Ayşe Çelik|Emre Yıldız|Büşra Aydın|Burak Öztürk|Fatma Arslan|Can Doğan|Selin Koç',
    'ro': 'Andreea Popescu|Mihai Ionescu|Ioana Dumitru|Alexandru Stan|Elena Gheorghe|Cristian Matei',
    'cz': 'Jana Nováková|Petr Svoboda|Tereza Dvořáková|Jakub Černý|Lucie Procházková|Tomáš Kučera',
    'hu': 'Nagy Eszter|Kovács Bence|Tóth Réka|Szabó Máté|Horváth Anna|Varga Dániel',
    'vi': 'Nguyễn Văn An|Trần Thị Bích Ngọc|Lê Minh Tuấn|Phạm Thu Hà|Hoàng Đức Anh|Vũ Thị Lan|Đặng Quốc Bảo',
    'id': 'Budi Santoso|Siti Rahmawati|Agus Setiawan|Dewi Lestari|Rizky Pratama|Putri Wulandari|Andi Wijaya|Fitri Handayani',
    'sw': 'Amina Mwangi|Juma Otieno|Wanjiku Kamau|Baraka Mushi|Neema Njoroge|Hassan Omondi|Zawadi Wekesa|Halima Mrisho',
    'en': "Emily Carter|Marcus Webb|Priya Raman|Tyrone Jackson|Megan O'Neill|Daniel Okafor|Sarah Lindqvist|Kevin Nguyen|Aisha Bello|Connor Walsh|Rebecca Hughes|Oliver Grant|Hannah Price|Jamal Wright",
}
# native full name, native given, native family, romanised given, romanised family
NONLATIN_NAMES = {
    'ru': [('Алексей Смирнов', 'Алексей', 'Смирнов', 'aleksei', 'smirnov'), ('Мария Кузнецова', 'Мария', 'Кузнецова', 'maria', 'kuznetsova'),
           ('Дмитрий Попов', 'Дмитрий', 'Попов', 'dmitry', 'popov'), ('Анна Волкова', 'Анна', 'Волкова', 'anna', 'volkova'),
           ('Сергей Морозов', 'Сергей', 'Морозов', 'sergei', 'morozov'), ('Екатерина Соколова', 'Екатерина', 'Соколова', 'ekaterina', 'sokolova'),
           ('Иван Лебедев', 'Иван', 'Лебедев', 'ivan', 'lebedev'), ('Ольга Новикова', 'Ольга', 'Новикова', 'olga', 'novikova'),
           ('Наталья Фёдорова', 'Наталья', 'Фёдорова', 'natalia', 'fedorova'), ('Михаил Павлов', 'Михаил', 'Павлов', 'mikhail', 'pavlov')],
    'ua': [('Олександр Коваленко', 'Олександр', 'Коваленко', 'oleksandr', 'kovalenko'), ('Оксана Шевченко', 'Оксана', 'Шевченко', 'oksana', 'shevchenko'),
           ('Андрій Бондаренко', 'Андрій', 'Бондаренко', 'andrii', 'bondarenko'), ('Ірина Ткаченко', 'Ірина', 'Ткаченко', 'iryna', 'tkachenko'),
           ('Богдан Мельник', 'Богдан', 'Мельник', 'bohdan', 'melnyk'), ('Юлія Кравченко', 'Юлія', 'Кравченко', 'yuliia', 'kravchenko'),
           ('Тарас Бойко', 'Тарас', 'Бойко', 'taras', 'boiko'), ('Наталія Олійник', 'Наталія', 'Олійник', 'nataliia', 'oliinyk')],
    'ar': [('محمد العتيبي', 'محمد', 'العتيبي', 'mohammed', 'alotaibi'), ('فاطمة الزهراني', 'فاطمة', 'الزهراني', 'fatima', 'alzahrani'),
           ('أحمد المنصوري', 'أحمد', 'المنصوري', 'ahmed', 'almansoori'), ('نورة القحطاني', 'نورة', 'القحطاني', 'noura', 'alqahtani'),
           ('يوسف حداد', 'يوسف', 'حداد', 'youssef', 'haddad'), ('ليلى خوري', 'ليلى', 'خوري', 'layla', 'khoury'),
           ('خالد الشمري', 'خالد', 'الشمري', 'khaled', 'alshammari'), ('مريم عبد الله', 'مريم', 'عبد الله', 'mariam', 'abdullah'),
           ('عمر فاروق', 'عمر', 'فاروق', 'omar', 'farouk')],
    'hi': [('राहुल शर्मा', 'राहुल', 'शर्मा', 'rahul', 'sharma'), ('प्रिया वर्मा', 'प्रिया', 'वर्मा', 'priya', 'verma'),
           ('अमित कुमार', 'अमित', 'कुमार', 'amit', 'kumar'), ('नेहा गुप्ता', 'नेहा', 'गुप्ता', 'neha', 'gupta'),
           ('विकास यादव', 'विकास', 'यादव', 'vikas', 'yadav'), ('अंजलि सिंह', 'अंजलि', 'सिंह', 'anjali', 'singh'),
           ('सुनील पटेल', 'सुनील', 'पटेल', 'sunil', 'patel'), ('पूजा मिश्रा', 'पूजा', 'मिश्रा', 'pooja', 'mishra')],
    'zh': [('王伟', '伟', '王', 'wei', 'wang'), ('李娜', '娜', '李', 'na', 'li'), ('张磊', '磊', '张', 'lei', 'zhang'),
           ('刘洋', '洋', '刘', 'yang', 'liu'), ('陈静', '静', '陈', 'jing', 'chen'), ('杨帆', '帆', '杨', 'fan', 'yang'),
           ('赵敏', '敏', '赵', 'min', 'zhao'), ('黄晓明', '晓明', '黄', 'xiaoming', 'huang'), ('周婷', '婷', '周', 'ting', 'zhou')],
    'ja': [('佐藤 健', '健', '佐藤', 'ken', 'sato'), ('鈴木 花子', '花子', '鈴木', 'hanako', 'suzuki'),
           ('高橋 翔太', '翔太', '高橋', 'shota', 'takahashi'), ('田中 美咲', '美咲', '田中', 'misaki', 'tanaka'),
           ('伊藤 大輔', '大輔', '伊藤', 'daisuke', 'ito'), ('渡辺 愛', '愛', '渡辺', 'ai', 'watanabe'),
           ('山本 拓也', '拓也', '山本', 'takuya', 'yamamoto'), ('中村 さくら', 'さくら', '中村', 'sakura', 'nakamura')],
    'ko': [('김민준', '민준', '김', 'minjun', 'kim'), ('이서연', '서연', '이', 'seoyeon', 'lee'), ('박지훈', '지훈', '박', 'jihoon', 'park'),
           ('최수아', '수아', '최', 'sua', 'choi'), ('정도윤', '도윤', '정', 'doyun', 'jung'), ('강하은', '하은', '강', 'haeun', 'kang'),
           ('조현우', '현우', '조', 'hyunwoo', 'cho'), ('윤지아', '지아', '윤', 'jia', 'yoon')],
}

FOLD = {'ß': 'ss', 'ł': 'l', 'Ł': 'L', 'ı': 'i', 'ø': 'o', 'đ': 'd', 'Đ': 'D', 'æ': 'ae', 'ş': 's', 'ğ': 'g'}


def fold(s):
    s = ''.join(FOLD.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub('[^a-z]', '', s.lower())


def person(loc):
    if loc in NONLATIN_NAMES:
        return pick(NONLATIN_NAMES[loc])
    full = pick(LATIN_NAMES[loc].split('|'))
    parts = full.split(' ')
    given = parts[0]
    fam = ' '.join(parts[1:])
    if loc == 'vi':                      # Vietnamese: family name first
        given, fam = parts[-1], parts[0]
    return (full, given, fam, fold(given), fold(fam))


MAIL_DOMAINS = {
    'de': 'gmx.de web.de t-online.de posteo.de gmail.com mailbox.org freenet.de gmx.net',
    'fr': 'orange.fr free.fr laposte.net gmail.com sfr.fr hotmail.fr wanadoo.fr',
    'es': 'gmail.com hotmail.es yahoo.es telefonica.net outlook.es',
    'mx': 'gmail.com hotmail.com prodigy.net.mx outlook.com yahoo.com.mx',
    'br': 'gmail.com uol.com.br bol.com.br terra.com.br hotmail.com',
    'pt': 'sapo.pt gmail.com hotmail.com netcabo.pt',
    'it': 'libero.it virgilio.it tiscali.it gmail.com alice.it',
    'nl': 'ziggo.nl kpnmail.nl gmail.com hotmail.nl xs4all.nl',
    'pl': 'wp.pl onet.pl interia.pl o2.pl gmail.com',
    'tr': 'gmail.com hotmail.com.tr yandex.com.tr outlook.com',
    'ru': 'mail.ru yandex.ru rambler.ru bk.ru list.ru inbox.ru',
    'ua': 'ukr.net i.ua meta.ua gmail.com',
    'ar': 'gmail.com hotmail.com outlook.sa yahoo.com',
    'hi': 'gmail.com rediffmail.com yahoo.co.in outlook.com',
    'zh': 'qq.com 163.com 126.com sina.com foxmail.com',
    'ja': 'docomo.ne.jp ezweb.ne.jp yahoo.co.jp gmail.com i.softbank.jp',
    'ko': 'naver.com daum.net hanmail.net kakao.com nate.com',
    'vi': 'gmail.com yahoo.com.vn outlook.com',
    'id': 'gmail.com yahoo.co.id ymail.com',
    'sw': 'gmail.com yahoo.com outlook.com',
    'ro': 'yahoo.ro gmail.com',
    'cz': 'seznam.cz email.cz centrum.cz gmail.com',
    'hu': 'freemail.hu citromail.hu gmail.com',
    'en': 'gmail.com outlook.com icloud.com proton.me yahoo.com hotmail.co.uk btinternet.com aol.com',
}
CO_DOMAINS = ('klinikum-rheinblick.de northwind-freight.co.uk harbourline-logistics.com lindqvist-advokat.se '
              'kaffeeroesterei-nord.de mercearia-aurora.pt ferreteria-olmedo.es studio-bianchi.it bakkerij-vandam.nl '
              'sklep-rowerowy24.pl anadolu-kargo.com.tr techservis-plus.ru novapay-ua.com alnoor-clinic.ae '
              'shreeganesh-traders.in brightline-logistics.com fjordbyte.io pixelkiln.dev tanuki-design.co.jp '
              'hanbit-soft.kr saigon-bakery.vn warungkopi-senja.id duka-la-mama.co.ke').split()


def make_email(ctx, loc, fresh=False):
    p = ctx.get('person') if not fresh else None
    if p is None:
        p = person(loc if loc in MAIL_DOMAINS or loc in NONLATIN_NAMES else 'en')
    f, l = p[3], p[4]
    pat = R.randrange(9)
    if pat == 0:
        local = f + '.' + l
    elif pat == 1:
        local = f + l
    elif pat == 2:
        local = f[0] + '.' + l
    elif pat == 3:
        local = f + '_' + l
    elif pat == 4:
        local = f + l + d(2)
    elif pat == 5:
        local = l + '.' + f
    elif pat == 6:
        local = f + '.' + l + str(R.randint(70, 99))
    elif pat == 7:
        local = f + str(R.randint(1971, 2006))
    else:
        local = f[0] + l + str(R.randint(1, 9))
    if loc == 'co':
        return local + '@' + pick(CO_DOMAINS)
    return local + '@' + pick(MAIL_DOMAINS.get(loc, MAIL_DOMAINS['en']).split())


# ------------------------------------------------------------------- phones
def phone(cc, fmt=''):
    """fmt: '' random, 'i' international, 'n' national, 'c' compact E.164,
    'e164n' E.164 digits without plus, 'land' landline"""
    if cc == 'de':
        if fmt == 'land':
            city = pick(['30', '40', '89', '221', '69', '711', '351', '511', '2234'])
            n = dn(7 if len(city) < 3 else 6)
            return pick([f'0{city} {n}', f'0{city} / {n[:3]} {n[3:]}', f'+49 {city} {n}'])
        pre = pick(['151', '152', '157', '160', '162', '170', '171', '172', '173', '174', '175', '176', '177', '178', '179', '159'])
        n = dn(7) if pre[:2] in ('15', '16') and pre != '151' else dn(8)
        if fmt == 'c':
            return f'+49{pre}{n}'
        opts = [f'+49 {pre} {n[:4]} {n[4:]}', f'0{pre} {n}', f'0{pre}/{n}', f'+49 (0){pre} {n}', f'0{pre}-{n[:3]} {n[3:]}']
        if fmt == 'i':
            opts = [opts[0], opts[3]]
        return pick(opts)
    if cc == 'fr':
        if fmt == 'land':
            a = pick('12345')
            n = d(8)
            return f'0{a} {n[0:2]} {n[2:4]} {n[4:6]} {n[6:8]}'
        a = pick('67')
        n = dn(8)
        if fmt == 'c':
            return f'+33{a}{n}'
        opts = [f'0{a} {n[0:2]} {n[2:4]} {n[4:6]} {n[6:8]}', f'+33 {a} {n[0:2]} {n[2:4]} {n[4:6]} {n[6:8]}',
                f'0{a}.{n[0:2]}.{n[2:4]}.{n[4:6]}.{n[6:8]}', f'0{a}{n}']
        if fmt == 'i':
            opts = [opts[1]]
        return pick(opts)
    if cc == 'es':
        n = pick('67') + d(8)
        if fmt == 'c':
            return '+34' + n
        opts = [f'{n[:3]} {n[3:6]} {n[6:]}', f'+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}', f'+34 {n[:3]} {n[3:6]} {n[6:]}', f'{n[:3]}{n[3:]}']
        return pick(opts)
    if cc == 'mx':
        a = pick(['55', '33', '81', '222', '998'])
        n = dn(10 - len(a))
        full = a + n
        return pick([f'+52 {a} {n[:4]} {n[4:]}' if len(a) == 2 else f'+52 {a} {n[:3]} {n[3:]}', f'{full[:2]} {full[2:6]} {full[6:]}', f'+52 1 {full}'])
    if cc == 'br':
        ddd = pick(['11', '21', '31', '41', '51', '61', '71', '81', '85', '19'])
        n = '9' + dn(8)
        if fmt == 'c':
            return f'+55{ddd}{n}'
        if fmt == 'e164n':
            return f'55{ddd}{n}'
        return pick([f'({ddd}) {n[:5]}-{n[5:]}', f'+55 {ddd} {n[:5]}-{n[5:]}', f'{ddd} {n[:5]}-{n[5:]}', f'+55 ({ddd}) 9 {n[1:5]}-{n[5:]}'])
    if cc == 'pt':
        n = '9' + pick('1236') + d(7)
        return pick([f'+351 {n[:3]} {n[3:6]} {n[6:]}', f'{n[:3]} {n[3:6]} {n[6:]}'])
    if cc == 'it':
        if fmt == 'land':
            return pick([f'02 {dn(4)} {d(4)}', f'06 {dn(4)} {d(4)}', f'011 {dn(3)} {d(4)}', f'051 {dn(3)} {d(4)}'])
        n = '3' + pick('234589') + d(8)
        if fmt == 'i':
            return f'+39 {n[:3]} {n[3:6]} {n[6:]}'
        return pick([f'+39 {n[:3]} {n[3:6]} {n[6:]}', f'{n[:3]} {n[3:]}', f'{n[:3]}-{n[3:6]} {n[6:]}', f'{n[:3]} {n[3:6]} {n[6:]}'])
    if cc == 'nl':
        n = dn(8)
        return pick([f'06-{n}', f'+31 6 {n}', f'06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}', f'+31 6 {n[:4]} {n[4:]}'])
    if cc == 'pl':
        n = pick('5678') + d(8)
        return pick([f'+48 {n[:3]} {n[3:6]} {n[6:]}', f'{n[:3]}-{n[3:6]}-{n[6:]}', f'{n[:3]} {n[3:6]} {n[6:]}'])
    if cc == 'tr':
        n = '5' + pick('0345') + d(8)
        return pick([f'0{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}', f'+90 {n[:3]} {n[3:6]} {n[6:]}', f'0 ({n[:3]}) {n[3:6]} {n[6:8]} {n[8:]}', f'+90{n}'])
    if cc == 'ru':
        if fmt == 'land':
            n = dn(7)
            return pick([f'+7 (495) {n[:3]}-{n[3:5]}-{n[5:]}', f'8 (812) {n[:3]}-{n[3:5]}-{n[5:]}'])
        n = '9' + pick('0123456789') + d(8)
        if fmt == 'c':
            return '+7' + n
        return pick([f'+7 ({n[:3]}) {n[3:6]}-{n[6:8]}-{n[8:]}', f'8 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}', f'+7 {n[:3]} {n[3:6]}-{n[6:8]}-{n[8:]}', f'8{n}'])
    if cc == 'ua':
        op = pick(['50', '66', '67', '68', '73', '93', '95', '96', '97', '98', '99', '63'])
        n = d(7)
        return pick([f'+380 {op} {n[:3]} {n[3:5]} {n[5:]}', f'0{op} {n[:3]} {n[3:]}', f'+380{op}{n}', f'(0{op}) {n[:3]}-{n[3:5]}-{n[5:]}'])
    if cc == 'sa':
        n = '5' + pick('03456789') + d(7)
        return pick([f'+966 {n[:2]} {n[2:5]} {n[5:]}', f'0{n[:2]} {n[2:5]} {n[5:]}', f'+966{n}'])
    if cc == 'ae':
        n = '5' + pick('024568') + d(7)
        return pick([f'+971 {n[:2]} {n[2:5]} {n[5:]}', f'0{n[:2]} {n[2:5]} {n[5:]}'])
    if cc == 'eg':
        n = '1' + pick('0125') + d(8)
        return pick([f'+20 {n[:2]} {n[2:6]} {n[6:]}', f'0{n[:2]} {n[2:6]} {n[6:]}'])
    if cc == 'in':
        n = pick('6789') + d(9)
        return pick([f'+91 {n[:5]} {n[5:]}', f'{n[:5]} {n[5:]}', f'+91-{n}', f'0{n}'])
    if cc == 'cn':
        n = '1' + pick(['38', '39', '36', '58', '59', '86', '87', '35', '37', '50', '77', '99']) + d(8)
        return pick([f'{n[:3]} {n[3:7]} {n[7:]}', f'+86 {n[:3]}-{n[3:7]}-{n[7:]}', n, f'+86 {n}'])
    if cc == 'jp':
        if fmt == 'land':
            return pick([f'03-{dn(4)}-{d(4)}', f'06-{dn(4)}-{d(4)}', f'052-{dn(3)}-{d(4)}'])
        p = pick(['090', '080', '070'])
        n = dn(8)
        return pick([f'{p}-{n[:4]}-{n[4:]}', f'+81 {p[1:]}-{n[:4]}-{n[4:]}', f'{p}{n}', f'{p} {n[:4]} {n[4:]}'])
    if cc == 'kr':
        if fmt == 'land':
            return pick([f'02-{dn(4)}-{d(4)}', f'031-{dn(3)}-{d(4)}', f'051-{dn(3)}-{d(4)}'])
        n = dn(4) + d(4)
        return pick([f'010-{n[:4]}-{n[4:]}', f'+82 10-{n[:4]}-{n[4:]}', f'010 {n[:4]} {n[4:]}', f'010{n}'])
    if cc == 'vn':
        p = pick(['91', '98', '97', '90', '93', '86', '88', '70', '77', '33'])
        n = d(7)
        return pick([f'0{p}{n[0]} {n[1:4]} {n[4:]}', f'+84 {p}{n[0]} {n[1:4]} {n[4:]}', f'0{p}{n}'])
    if cc == 'id':
        p = pick(['812', '813', '821', '822', '852', '857', '878', '896'])
        n = d(8)
        if fmt == 'c':
            return f'+62{p}{n}'
        return pick([f'0{p}-{n[:4]}-{n[4:]}', f'+62 {p} {n[:4]} {n[4:]}', f'0{p} {n[:4]} {n[4:]}', f'62{p}{n}'])
    if cc == 'ke':
        p = pick(['712', '722', '733', '710', '790', '701', '115'])
        n = d(6)
        return pick([f'0{p} {n[:3]} {n[3:]}', f'+254 {p} {n}', f'+254{p}{n}'])
    if cc == 'tz':
        p = pick(['754', '713', '765', '784', '655'])
        n = d(6)
        return pick([f'0{p} {n[:3]} {n[3:]}', f'+255 {p} {n[:3]} {n[3:]}'])
    if cc == 'ng':
        p = pick(['803', '806', '813', '816', '703', '706', '805', '807'])
        n = d(7)
        return pick([f'0{p} {n[:3]} {n[3:]}', f'+234 {p} {n[:3]} {n[3:]}'])
    if cc == 'cz':
        n = pick('67') + pick('0237') + d(7)
        return pick([f'+420 {n[:3]} {n[3:6]} {n[6:]}', f'{n[:3]} {n[3:6]} {n[6:]}'])
    if cc == 'gr':
        n = '69' + pick('0345789') + d(7)
        return pick([f'+30 {n[:3]} {n[3:6]} {n[6:]}', f'{n[:4]} {n[4:]}'])
    if cc == 'il':
        n = '5' + pick('023458') + d(7)
        return pick([f'0{n[:2]}-{n[2:5]}-{n[5:]}', f'+972 {n[:2]}-{n[2:5]}-{n[5:]}'])
    if cc == 'se':
        n = '7' + pick('0236') + d(7)
        return pick([f'0{n[:2]}-{n[2:5]} {n[5:7]} {n[7:]}', f'+46 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}'])
    if cc == 'ph':
        n = '9' + pick(['17', '18', '27', '55', '66', '98']) + d(7)
        return pick([f'0{n[:3]} {n[3:6]} {n[6:]}', f'+63 {n[:3]} {n[3:6]} {n[6:]}'])
    if cc == 'ir':
        n = '91' + pick('0123') + d(7)
        return pick([f'0{n[:3]} {n[3:6]} {n[6:]}', f'+98 {n[:3]} {n[3:6]} {n[6:]}'])
    if cc == 'pk':
        n = '3' + pick('0123') + pick('0123456') + d(7)
        return f'0{n[:3]}-{n[3:]}'
    if cc == 'bd':
        n = '1' + pick('3456789') + d(8)
        return pick([f'0{n[:4]}-{n[4:]}', f'+880 {n[:4]}-{n[4:]}'])
    if cc == 'th':
        n = pick('689') + d(8)
        return f'0{n[:2]}-{n[2:5]}-{n[5:]}'
    if cc == 'us':
        area = pick(['212', '312', '415', '617', '713', '305', '206', '404', '503', '720', '919', '646', '773', '832', '210', '480'])
        while True:
            ex = pick('23456789') + d(2)
            if ex != '555' and ex[1:] != '11':
                break
        ln = d(4)
        if fmt == 'c':
            return f'+1{area}{ex}{ln}'
        return pick([f'({area}) {ex}-{ln}', f'{area}-{ex}-{ln}', f'+1 {area} {ex} {ln}', f'{area}.{ex}.{ln}', f'+1 ({area}) {ex}-{ln}'])
    if cc == 'uk':
        if fmt == 'land':
            return pick([f'020 3{d(3)} {d(4)}', f'0161 {dn(3)} {d(4)}', f'0131 {dn(3)} {d(4)}', f'0117 {dn(3)} {d(4)}', f'029 2{d(3)} {d(4)}'])
        while True:
            n = '7' + pick('45789') + d(8)
            if not n.startswith('7700900'):
                break
        if fmt == 'c':
            return '+44' + n
        if fmt == 'i':
            return f'+44 {n[:4]} {n[4:]}'
        return pick([f'0{n[:4]} {n[4:]}', f'+44 {n[:4]} {n[4:]}', f'+44 (0){n[:4]} {n[4:7]} {n[7:]}', f'0{n[:4]} {n[4:7]} {n[7:]}'])
    raise KeyError(cc)


# --------------------------------------------------------------------- dates
MONTHS = {
    'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember',
    'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    'pt': 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
    'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    'nl': 'januari februari maart april mei juni juli augustus september oktober november december',
    'pl': 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
    'tr': 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık',
    'ru': 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
    'ua': 'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня',
    'ar': 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر',
    'hi': 'जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर',
    'id': 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember',
    'sw': 'Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba',
    'en': 'January February March April May June July August September October November December',
}
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def rand_date(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    dd = R.randint(1, MDAYS[m - 1])
    return y, m, dd


def fmt_date(y, m, dd, f):
    mo = lambda loc: MONTHS[loc].split()[m - 1]
    if f in ('de', 'pl', 'tr', 'ru', 'ua', 'ro'):
        return f'{dd:02d}.{m:02d}.{y}'
    if f == 'de_long':
        return f'{dd}. {mo("de")} {y}'
    if f == 'iso':
        return f'{y}-{m:02d}-{dd:02d}'
    if f in ('fr', 'es', 'it', 'pt', 'uk', 'hi', 'vi', 'sw', 'br'):
        return f'{dd:02d}/{m:02d}/{y}'
    if f == 'fr_long':
        return f'{"1er" if dd == 1 else dd} {mo("fr")} {y}'
    if f == 'es_long':
        return f'{dd} de {mo("es")} de {y}'
    if f == 'pt_long':
        return f'{dd} de {mo("pt")} de {y}'
    if f == 'it_long':
        return f'{dd} {mo("it")} {y}'
    if f == 'nl':
        return f'{dd:02d}-{m:02d}-{y}'
    if f == 'nl_long':
        return f'{dd} {mo("nl")} {y}'
    if f == 'pl_long':
        return f'{dd} {mo("pl")} {y} r.'
    if f == 'tr_long':
        return f'{dd} {mo("tr")} {y}'
    if f == 'ru_long':
        return f'{dd} {mo("ru")} {y} г.'
    if f == 'ua_long':
        return f'{dd} {mo("ua")} {y} р.'
    if f == 'ar':
        return pick([f'{y}/{m:02d}/{dd:02d}', f'{dd:02d}-{m:02d}-{y}', f'{dd:02d}/{m:02d}/{y}'])
    if f == 'ar_long':
        return f'{dd} {mo("ar")} {y}'
    if f == 'hi_long':
        return f'{dd} {mo("hi")} {y}'
    if f in ('zh', 'ja_long'):
        return f'{y}年{m}月{dd}日'
    if f == 'zh_long':
        return f'{y}年{m:02d}月{dd:02d}日'
    if f == 'ja':
        return pick([f'{y}年{m}月{dd}日', f'{y}/{m:02d}/{dd:02d}'])
    if f == 'ja_era':
        if (y, m, dd) >= (1989, 1, 8):
            e, ey = '平成', y - 1988
        else:
            e, ey = '昭和', y - 1925
        return f'{e}{"元" if ey == 1 else ey}年{m}月{dd}日'
    if f == 'ko':
        return pick([f'{y}.{m:02d}.{dd:02d}', f'{y}-{m:02d}-{dd:02d}', f'{y}. {m}. {dd}.'])
    if f == 'ko_long':
        return f'{y}년 {m}월 {dd}일'
    if f == 'ko_short':
        return f'{y % 100:02d}{m:02d}{dd:02d}'
    if f == 'vi_long':
        return f'ngày {dd} tháng {m} năm {y}'
    if f == 'id_long':
        return f'{dd} {mo("id")} {y}'
    if f == 'id':
        return f'{dd:02d}-{m:02d}-{y}'
    if f == 'sw_long':
        return f'{dd} {mo("sw")} {y}'
    if f == 'us':
        return f'{m:02d}/{dd:02d}/{y}'
    if f == 'us_long':
        return f'{mo("en")} {dd}, {y}'
    if f == 'uk_long':
        return f'{dd} {mo("en")} {y}'
    raise KeyError(f)


AGES = {'old': (1932, 1960), 'kid': (2009, 2020), 'adult': (1960, 2004), '': (1938, 2013)}


def dob(f, age=''):
    return fmt_date(*rand_date(*AGES[age]), f)


def other_date(f):
    return fmt_date(*rand_date(2016, 2026), f)


# --------------------------------------------------------------------- cards
TEST_CARDS = {'4242424242424242', '4111111111111111', '5555555555554444', '4000056655665556', '5105105105105100',
              '378282246310005', '371449635398431', '6011111111111117', '3530111333300000', '4012888888881881',
              '4000000000000002', '6200000000000005', '5200828282828210', '4000000000000077'}


def card_digits(brand):
    while True:
        if brand == 'visa':
            body = '4' + pick('0123456789'.replace('1', '5')) + d(13)
        elif brand == 'mc':
            body = (pick(['51', '52', '53', '54', '55']) + d(13)) if R.random() < 0.7 else ('2' + str(R.randint(221, 720)) + d(11))
        elif brand == 'amex':
            body = pick(['34', '37']) + d(12)
        elif brand == 'discover':
            body = pick(['6011' + d(11), '65' + d(13)])
        elif brand == 'jcb':
            body = '35' + str(R.randint(28, 89)) + d(11)
        elif brand == 'unionpay':
            body = '62' + pick(['2', '4', '5', '8']) + d(12 if R.random() < 0.7 else 15)
        elif brand == 'mir':
            body = '220' + pick('01234') + d(11)
        elif brand == 'troy':
            body = '9792' + d(11)
        elif brand == 'rupay':
            body = pick(['6521', '6522', '6080', '6073', '8172']) + d(11)
        elif brand == 'elo':
            body = pick(['636368', '504175', '509048']) + d(9)
        elif brand == 'maestro':
            body = pick(['6759', '5018', '6304']) + d(11)
        elif brand == 'diners':
            body = '36' + d(11)
        else:
            raise KeyError(brand)
        num = luhn_complete(body)
        if num not in TEST_CARDS and len(set(num[1:])) > 4:
            return num


def card_fmt(num, f):
    n = len(num)
    if n == 15:
        g = [num[:4], num[4:10], num[10:]]
    elif n == 14:
        g = [num[:4], num[4:10], num[10:]]
    elif n == 19:
        g = [num[i:i + 4] for i in range(0, 16, 4)] + [num[16:]]
    else:
        g = [num[i:i + 4] for i in range(0, n, 4)]
    if f == 'none':
        return num
    if f == 'dash':
        return '-'.join(g)
    return ' '.join(g)


# --------------------------------------------------------------------- IBANs
def es_dc(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(c) * w[i] for i, c in enumerate(digits)) % 11
    return '0' if r == 11 else '1' if r == 10 else str(r)


def bban(cc):
    if cc == 'de':
        return pick(['100', '200', '370', '500', '600', '700', '760', '860']) + d(5) + d(10)
    if cc == 'fr':
        bank, br, acct = pick(['30004', '30003', '20041', '10278', '30066', '17515']), d(5), d(11)
        key = 97 - ((89 * int(bank) + 15 * int(br) + 3 * int(acct)) % 97)
        return bank + br + acct + '%02d' % key
    if cc == 'es':
        bank, br, acct = pick(['2100', '0049', '0182', '0081', '2085', '1465']), d(4), d(10)
        return bank + br + es_dc('00' + bank + br) + es_dc(acct) + acct
    if cc == 'it':
        return pick(UP.replace('I', '').replace('O', '')) + pick(['03069', '02008', '05034', '03062', '06230']) + d(5) + d(12)
    if cc == 'nl':
        return pick(['ABNA', 'INGB', 'RABO', 'SNSB', 'ASNB', 'TRIO', 'KNAB', 'BUNQ']) + '0' + d(9)
    if cc == 'be':
        x = pick(['001', '068', '310', '363', '731', '063']) + d(7)
        c = int(x) % 97 or 97
        return x + '%02d' % c
    if cc == 'pt':
        return pick(['0007', '0035', '0033', '0010']) + d(17)
    if cc == 'pl':
        return pick(['1020', '1140', '1090', '2490', '1050']) + d(20)
    if cc == 'tr':
        return pick(['00010', '00062', '00046', '00012', '00064']) + '0' + d(16)
    if cc == 'at':
        return pick(['12000', '20111', '32000', '14000']) + d(11)
    if cc == 'ch':
        return pick(['00762', '00230', '08390']) + d(12)
    if cc == 'gb':
        return pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'MONZ', 'SRLG']) + d(6) + d(8)
    if cc == 'ie':
        return pick(['AIBK', 'BOFI']) + d(6) + d(8)
    if cc == 'ua':
        return pick(['322001', '305299', '320649', '300528']) + '0000' + d(15)
    if cc == 'sa':
        return pick(['80', '10', '45', '65', '15']) + '000' + d(15)
    if cc == 'ae':
        return pick(['033', '026', '035', '040']) + d(16)
    if cc == 'br':
        return d(8) + d(5) + d(10) + pick('CP') + pick('12')
    if cc == 'ro':
        return pick(['BTRL', 'RNCB', 'BRDE', 'INGB']) + rs(16, UP + DIG)
    if cc == 'se':
        return pick(['500', '800', '600']) + d(17)
    if cc == 'hu':
        return pick(['117', '104', '120', '116']) + d(21)
    raise KeyError(cc)


def iban_raw(cc):
    return iban_make(cc.upper(), bban(cc))


def iban_bad(cc):
    good = iban_raw(cc)
    pos = [i for i in range(4, len(good)) if good[i].isdigit()]
    i = pick(pos)
    bad = good[:i] + str((int(good[i]) + R.randint(1, 9)) % 10) + good[i + 1:]
    assert not iban_ok(bad)
    return bad


SAMPLE_IBANS = ['GB82 WEST 1234 5698 7654 32', 'DE89 3704 0044 0532 0130 00', 'FR14 2004 1010 0505 0001 3M02 606',
                'BE68 5390 0754 7034', 'NL91 ABNA 0417 1643 00']
for _s in SAMPLE_IBANS:
    assert iban_ok(_s), _s

# ---------------------------------------------------------------- SSN / NINO
SSN_AVOID = {'078051120', '219099999', '123456789', '457555462'}


def ssn_parts(area=None, group=None, serial=None):
    while True:
        a = area if area is not None else R.randint(1, 899)
        if area is None and a == 666:
            continue
        g = group if group is not None else R.randint(1, 99)
        s = serial if serial is not None else R.randint(1, 9999)
        v = '%03d%02d%04d' % (a, g, s)
        if v in SSN_AVOID:
            continue
        return v


def ssn_fmt(v, f=''):
    if f == 'none':
        return v
    if f == 'sp':
        return f'{v[:3]} {v[3:5]} {v[5:]}'
    return f'{v[:3]}-{v[3:5]}-{v[5:]}'


N1 = 'ABCEGHJKLMNOPRSTWXYZ'
N2 = 'ABCEGHJKLMNPRSTWXYZ'
NBADPRE = ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']


def nino_parts(rule=None):
    while True:
        p = pick(N1) + pick(N2)
        if p in NBADPRE:
            continue
        suf = pick('ABCD')
        if rule == 'first':
            p = pick('DFIQUV') + pick(N2)
        elif rule == 'second':
            p = pick(N1) + pick('DFIOQUV')
        elif rule == 'prefix':
            p = pick(NBADPRE)
        elif rule == 'suffix':
            suf = pick('EFGHJKLMNPRSTWXYZ')
        if rule in ('first', 'second') and p in NBADPRE:
            continue
        return p, d(6), suf


def nino_fmt(parts, f=''):
    p, n, s = parts
    if f == 'c':
        return p + n + s
    if f == 'm':
        return f'{p} {n} {s}'
    return f'{p} {n[:2]} {n[2:4]} {n[4:]} {s}'


# ----------------------------------------------------------------------- IPs
PUB_A = [5, 31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 109, 176, 178,
         185, 188, 193, 194, 195, 212, 213, 217, 41, 102, 105, 154, 196, 197, 14, 27, 36, 39, 42, 49, 58, 59, 60, 61,
         101, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 175, 180, 182, 183, 202,
         210, 211, 218, 219, 220, 221, 222, 223, 24, 50, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96,
         97, 98, 99, 104, 107, 108, 136, 142, 162, 173, 174, 184, 199, 204, 205, 206, 207, 208, 209, 216, 177, 179,
         186, 187, 189, 190, 191, 200, 201]


def ip_pub():
    while True:
        a, b, c, e = pick(PUB_A), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)
        if a == 100 and 64 <= b <= 127:
            continue
        return f'{a}.{b}.{c}.{e}'


def ip_priv():
    r = R.random()
    if r < 0.35:
        return f'192.168.{pick([178, 0, 1, 2, 10, 20, 50, 86, 100, 188])}.{R.randint(2, 254)}'
    if r < 0.75:
        return f'10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}'
    return f'172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 254)}'


def hextet():
    return '%x' % R.randint(1, 0xffff)


def ip6():
    pre = pick(['2a02:810d', '2a01:c23', '2001:16b8', '2003:e2', '2a00:20', '2600:1700', '2604:3d08', '2406:3003',
                '240e:3b7', '2c0f:fe38', '2a0d:5600', '2001:ee0', '2a02:a31a'])
    hs = pre.split(':')
    while len(hs) < 8:
        hs.append(hextet())
    if R.random() < 0.4:
        return ':'.join(hs[:4]) + '::' + ':'.join(hs[6:])
    return ':'.join(hs)


# ------------------------------------------------------------------- secrets
PW_WORDS = {
    'de': 'Sonnenblume Fahrrad Kaffeetasse Hausboot Schneemann Eichhörnchen Brezel Apfelbaum Leuchtturm Wanderweg',
    'fr': 'papillon fromage chaton tournesol baguette grenouille citrouille Marseille escargot',
    'es': 'girasol mariposa tortuga naranja paella golondrina Valencia guitarra',
    'pt': 'saudade abacaxi cachorro goiaba Flamengo borboleta jabuticaba',
    'it': 'girasole farfalla pomodoro gattino Juventus tartaruga ciliegia',
    'nl': 'stroopwafel fietsbel tulpen kaasschaaf hagelslag molenwiek',
    'pl': 'żabka słonecznik kotek pierogi wiewiórka Kraków biedronka',
    'tr': 'kelebek çilek güneş karpuz Galatasaray lokum martı',
    'ru': 'solnyshko Kotik medved Zenit ромашка матрёшка Ласточка',
    'uk': 'sonechko Kalyna вишня Соняшник barvinok',
    'ar': 'Qamar Sahara Yasmin Falcon Nakhla Layali',
    'hi': 'Mumbai chai Ganesha Shanti Kohli pyaar',
    'zh': 'woaini xiaomao Panda longma Shanghai baozi',
    'ja': 'sakura Tanuki ramen Fujisan Pikachu neko',
    'ko': 'saranghae kimchi Hangang dubu Bulgogi haneul',
    'vi': 'hoasen Saigon caphe Halong meocon',
    'id': 'kucing pelangi Bandung rendang Garuda senja',
    'sw': 'simba Kilimanjaro twiga Jambo nyota Tembo',
    'en': 'sunflower Marmalade bluebird Arsenal pancake Thunder lighthouse Biscuit dragonfly',
}
LEET = str.maketrans({'a': '4', 'e': '3', 'o': '0', 'i': '1', 's': '5'})


def password(lang='en', urlsafe=False):
    words = PW_WORDS.get(lang, PW_WORDS['en']).split()
    sy = '-_.~' if urlsafe else '!#%*?-_.$&+'
    pat = R.randrange(6)
    w1 = pick(words)
    w2 = pick([w for w in words if w != w1])
    if urlsafe:
        w1, w2 = fold(w1) or 'river', fold(w2) or 'stone'
    if pat == 0:
        out = w1[0].upper() + w1[1:] + pick(sy) + d(R.randint(2, 4))
    elif pat == 1:
        out = w1.lower() + '-' + w2.lower() + '-' + d(2)
    elif pat == 2:
        out = rs(R.randint(12, 18), B62 + sy)
        if not any(c in sy for c in out):
            out = out[:5] + pick(sy) + out[5:]
    elif pat == 3:
        out = w1 + d(4) + pick(sy)
    elif pat == 4:
        out = w1.lower().translate(LEET) + pick(sy) + d(2)
    else:
        out = w1 + '_' + w2.upper()[:3] + d(3)
    return out


def wifi_pass():
    pat = R.randrange(4)
    if pat == 0:
        return rs(16, B62)
    if pat == 1:
        w = PW_WORDS['en'].split() + PW_WORDS['de'].split()
        return fold(pick(w)) + fold(pick(w)) + d(4)
    if pat == 2:
        return '-'.join(rs(4, LO + DIG) for _ in range(4))
    return rs(10, UP + DIG)


def b64s(b):
    return base64.b64encode(b).decode()


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def uuid4():
    h = rs(32, HEXL)
    h = h[:12] + '4' + h[13:16] + pick('89ab') + h[17:]
    return f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}'


def jwt():
    alg = pick(['HS256', 'RS256', 'ES256'])
    kid = ',"kid":"%s"' % rs(16, HEXL) if alg != 'HS256' else ''
    hdr = '{"alg":"%s","typ":"JWT"%s}' % (alg, kid)
    iat = R.randint(1760000000, 1790000000)
    sub = pick([uuid4(), dn(8), 'usr_' + rs(12, B62)])
    iss = pick(['https://auth.shoply.dev', 'supabase', 'https://login.fjordbyte.io', 'https://id.pixelkiln.dev'])
    role = pick(['service_role', 'authenticated', 'admin', 'device', 'user'])
    pl = '{"iss":"%s","sub":"%s","role":"%s","iat":%d,"exp":%d}' % (iss, sub, role, iat, iat + pick([900, 3600, 86400, 31536000]))
    sig = b64u_nopad(rbytes({'HS256': 32, 'RS256': 256, 'ES256': 64}[alg]))
    return b64u_nopad(hdr.encode()) + '.' + b64u_nopad(pl.encode()) + '.' + sig


def pem_block(label, prefix, nbytes, width=64):
    body = base64.b64encode(rbytes(nbytes)).decode()
    body = prefix + body[len(prefix):]
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return f'-----BEGIN {label}-----\n' + '\n'.join(lines) + f'\n-----END {label}-----'


def pem_rsa():
    return pem_block('RSA PRIVATE KEY', 'MIIEpAIBAAKCAQEA', 1190)


def pem_pkcs8():
    return pem_block('PRIVATE KEY', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ', 1216)


def pem_ec():
    return pem_block('EC PRIVATE KEY', 'MHcCAQEEI', 121)


def pem_enc():
    return pem_block('ENCRYPTED PRIVATE KEY', 'MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI', 1312)


def openssh():
    return pem_block('OPENSSH PRIVATE KEY', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW'
                     'QyNTUxOQAAACD', 300, width=70)


def pgp_priv():
    body = base64.b64encode(rbytes(620)).decode()
    body = 'lQWGBG' + body[6:]
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ('-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n' + '\n'.join(lines) + '\n=' + rs(4, B64C) +
            '\n-----END PGP PRIVATE KEY BLOCK-----')


def cert():
    return pem_block('CERTIFICATE', 'MIIDdzCCAl+gAwIBAgIU', 890)


def pgp_pub():
    body = base64.b64encode(rbytes(420)).decode()
    body = 'mQINBG' + body[6:]
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ('-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n' + '\n'.join(lines) + '\n=' + rs(4, B64C) +
            '\n-----END PGP PUBLIC KEY BLOCK-----')


def basic_token():
    user = pick(['deploy', 'ci-bot', 'admin', 'jenkins', 'marta.k', 'svc_reports', 'api'])
    return b64s(f'{user}:{password(pick(["en", "de", "es"]), urlsafe=True)}'.encode())


def K(kind, args, ctx):
    a0 = args[0] if args else ''
    if kind == 'pw':
        if a0 == 'url':
            return password(pick(['en', 'de', 'fr', 'es', 'pt']), urlsafe=True)
        return password(a0 or 'en')
    if kind == 'wifi':
        return wifi_pass()
    if kind == 'hex':
        n = int(re.sub('[^0-9]', '', a0))
        return rs(n, HEXU if a0.endswith('u') else HEXL)
    if kind == 'b62':
        return rs(int(a0), B62)
    if kind == 'b64':
        n = int(a0)
        return b64s(rbytes(n * 3 // 4))[:n]
    if kind == 'b64lines':
        body = b64s(rbytes(int(a0) * 48))
        return '\n'.join(body[i:i + 64] for i in range(0, len(body), 64))
    simple = {
        'aws_akid': lambda: pick(['AKIA', 'AKIA', 'AKIA', 'ASIA']) + rs(16, UP + '234567'),
        'aws_secret': lambda: rs(40, B62 + '/+'),
        'ghp': lambda: 'ghp_' + rs(36, B62),
        'ghs': lambda: 'ghs_' + rs(36, B62),
        'gho': lambda: 'gho_' + rs(36, B62),
        'github_pat': lambda: 'github_pat_11' + rs(20, UP + DIG) + '_' + rs(59, B62),
        'glpat': lambda: 'glpat-' + rs(20, B62 + '-_'),
        'slack_bot': lambda: 'xoxb-' + dn(11) + '-' + dn(13) + '-' + rs(24, B62),
        'slack_user': lambda: 'xoxp-' + dn(11) + '-' + dn(11) + '-' + dn(13) + '-' + rs(32, HEXL),
        'slack_webhook': lambda: 'https://hooks.slack.com/services/T' + rs(8, UP + DIG) + '/B' + rs(10, UP + DIG) + '/' + rs(24, B62),
        'discord_webhook': lambda: 'https://discord.com/api/webhooks/' + '1' + d(18) + '/' + rs(68, B64U),
        'stripe': lambda: pick(['sk_live_', 'sk_live_51']) + rs(pick([24, 32, 97]), B62),
        'rk': lambda: 'rk_live_' + rs(32, B62),
        'stripe_test': lambda: 'sk_test_51' + rs(97, B62),
        'whsec': lambda: 'whsec_' + rs(32, B62),
        'openai': lambda: 'sk-proj-' + rs(74, B64U) + 'T3BlbkFJ' + rs(74, B64U),
        'anthropic': lambda: 'sk-ant-api03-' + rs(93, B64U) + 'AA',
        'google': lambda: 'AIza' + rs(35, B64U),
        'sendgrid': lambda: 'SG.' + rs(22, B64U) + '.' + rs(43, B64U),
        'mailgun': lambda: 'key-' + rs(32, HEXL),
        'npm': lambda: 'npm_' + rs(36, B62),
        'pypi': lambda: 'pypi-AgEIcHlwaS5vcmcCJ' + rs(R.randint(130, 170), B64U),
        'docker': lambda: 'dckr_pat_' + rs(27, B64U),
        'hf': lambda: 'hf_' + rs(34, string.ascii_letters),
        'discord': lambda: b64s(('1' + d(18)).encode()).rstrip('=') + '.' + rs(6, B64U) + '.' + rs(38, B64U),
        'telegram': lambda: dn(10) + ':AA' + rs(33, B64U),
        'shopify': lambda: 'shpat_' + rs(32, HEXL),
        'azure': lambda: rs(86, B64C) + '==',
        'jwt': jwt,
        'pem_rsa': pem_rsa, 'pem_pkcs8': pem_pkcs8, 'pem_ec': pem_ec, 'pem_enc': pem_enc,
        'openssh': openssh, 'pgp_priv': pgp_priv,
        'pem_pkcs8_json': lambda: pem_pkcs8().replace('\n', '\\n'),
        'basic': basic_token,
        'totp': lambda: rs(pick([16, 32]), UP + '234567'),
        'vault': lambda: 'hvs.' + rs(pick([24, 90]), B62 + '_-'),
        'tfc': lambda: rs(14, B62) + '.atlasv1.' + rs(67, B62),
        'cf': lambda: rs(40, B64U),
        'do': lambda: 'dop_v1_' + rs(64, HEXL),
        'age': lambda: 'AGE-SECRET-KEY-1' + rs(58, BECH.upper()),
        'wg': lambda: b64s(rbytes(32)),
        'django': lambda: 'django-insecure-' + rs(50, 'abcdefghijklmnopqrstuvwxyz0123456789!#$%^&*(-_=+)'),
        'aliyun_id': lambda: 'LTAI' + rs(20, B62),
        'mp': lambda: 'APP_USR-' + dn(16) + '-' + d(6) + '-' + rs(32, HEXL) + '-' + dn(9),
        'notion': lambda: pick(['secret_' + rs(43, B62), 'ntn_' + d(11) + rs(35, B62)]),
        'linear': lambda: 'lin_api_' + rs(40, B62),
        'openrouter': lambda: 'sk-or-v1-' + rs(64, HEXL),
        'groq': lambda: 'gsk_' + rs(52, B62),
        'midtrans': lambda: 'Mid-server-' + rs(24, B64U),
        'azdo': lambda: rs(52, LO + '234567'),
        'solkey': lambda: '[' + ','.join(str(R.randint(0, 255)) for _ in range(64)) + ']',
        'rzp': lambda: rs(24, B62),
        'postman': lambda: 'PMAK-' + rs(24, HEXL) + '-' + rs(34, HEXL),
        'grafana': lambda: 'glsa_' + rs(32, B62) + '_' + rs(8, HEXL),
        'newrelic': lambda: 'NRAK-' + rs(27, UP + DIG),
        'dropbox': lambda: 'sl.' + rs(130, B64U),
        'sentry': lambda: 'sntrys_' + b64u_nopad(rbytes(60)),
        'square': lambda: 'EAAA' + rs(60, B64U),
        'atlassian': lambda: 'ATATT3xFfGF0' + rs(170, B64U) + '=' + rs(8, HEXU),
        'replicate': lambda: 'r8_' + rs(37, B62),
        'mapbox': lambda: 'sk.eyJ1Ijoi' + rs(60, B64U) + '.' + rs(22, B64U),
        'gcp_oauth_secret': lambda: 'GOCSPX-' + rs(28, B64U),
        'session': lambda: rs(pick([32, 40, 64]), B62),
    }
    return simple[kind]()


# --------------------------------------------------------------- look-alikes
BICS = {'de': ['DEUTDEFF', 'COBADEFFXXX', 'GENODEF1S04', 'BYLADEM1001', 'SOLADEST600', 'INGDDEFFXXX'],
        'fr': ['BNPAFRPP', 'SOGEFRPP', 'CRLYFRPP', 'AGRIFRPP882', 'CCBPFRPPVER'],
        'es': ['CAIXESBBXXX', 'BBVAESMM', 'BSCHESMM', 'SABBESBB'],
        'gb': ['NWBKGB2L', 'BARCGB22', 'LOYDGB21', 'MIDLGB22', 'MONZGB2L'],
        'us': ['CHASUS33', 'BOFAUS3N', 'CITIUS33', 'WFBIUS6S'],
        'it': ['UNCRITMM', 'BCITITMM', 'BPMOIT22'], 'nl': ['ABNANL2A', 'INGBNL2A', 'RABONL2U']}
OIDS = ['1.2.840.113549.1.1.11', '2.5.4.3', '1.3.6.1.4.1.311.21.7', '1.3.6.1.5.5.7.3.1', '2.16.840.1.101.3.4.2.1',
        '1.2.840.10045.3.1.7', '1.3.6.1.4.1.11129.2.4.2', '2.5.29.17']
NETMASKS = ['255.255.255.0', '255.255.0.0', '255.255.255.128', '255.255.240.0', '255.255.255.252', '255.255.248.0', '255.255.254.0', '255.255.255.224']
TESTCARDS_FMT = ['4242 4242 4242 4242', '4111 1111 1111 1111', '5555 5555 5555 4444', '4000 0566 5566 5556', '3782 822463 10005']
HANDLES = ['luna.wanderlust', 'k4rim_b', 'sunny_side_92', 'mateo.viaja', 'neko_chan88', 'the.real.jan', 'pixel_punk', 'ola_bakes', 'dj_tembo']


def aba():
    while True:
        b = pick(['0', '1', '2', '3']) + d(7)
        if not (1 <= int(b[:2]) <= 12 or 21 <= int(b[:2]) <= 32):
            continue
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(c) * w[i] for i, c in enumerate(b))
        return b + str((10 - s % 10) % 10)


def ean_check(body):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def s10():
    n = d(8)
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(x) * w[i] for i, x in enumerate(n)) % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return pick(['LX', 'RR', 'LP', 'CP', 'UA', 'EE', 'RB']) + n + str(c) + pick(['CN', 'DE', 'BR', 'ES', 'NL', 'JP', 'TR'])


def X(kind, args, ctx):
    a0 = args[0] if args else ''
    a1 = args[1] if len(args) > 1 else ''
    if kind == 'digits':
        n = int(a0)
        if 13 <= n <= 19:
            return non_luhn_digits(n)
        return dn(n)
    if kind == 'hex':
        n = int(re.sub('[^0-9]', '', a0))
        return rs(n, HEXU if a0.endswith('u') else HEXL)
    if kind == 'b62':
        return rs(int(a0), B62)
    if kind == 'b36':
        return rs(int(a0), LO + DIG)
    if kind == 'b64':
        n = int(a0)
        return b64s(rbytes(n))[:n]
    if kind == 'b64u':
        return rs(int(a0), B64U)
    if kind == 'b64lines':
        body = b64s(rbytes(int(a0) * 48))
        return '\n'.join(body[i:i + 64] for i in range(0, len(body), 64))
    if kind == 'order':
        p = a0 or 'ORD'
        return pick([f'{p}-{dn(8)}', f'{p}{dn(7)}', f'{p}-2026-{d(5)}', f'{p}/{d(4)}/{d(3)}'])
    if kind == 'invoice':
        return {'DE': lambda: f'RE-2026-{d(5)}', 'FR': lambda: f'FA-2026/{d(4)}', 'ES': lambda: f'F2026-{d(6)}',
                'TR': lambda: f'GIB2026{d(9)}', 'RU': lambda: f'{d(4)}/26', 'PL': lambda: f'FV/{d(3)}/11/2026',
                'SA': lambda: f'INV-{d(7)}'}.get(a0, lambda: f'INV-{d(6)}')()
    if kind == 'uuid':
        return uuid4()
    if kind == 'uuid1':
        h = rs(32, HEXL)
        return f'{h[:8]}-{h[8:12]}-1{h[13:16]}-{pick("89ab")}{h[17:20]}-{h[20:]}'
    if kind == 'sha256':
        return rs(64, HEXL)
    if kind == 'sha1':
        return rs(40, HEXL)
    if kind == 'md5':
        return rs(32, HEXL)
    if kind == 'gitsha':
        return rs(pick([40, 12, 7]), HEXL)
    if kind == 'isbn':
        body = pick(['978', '979']) + d(9)
        full = ean_check(body)
        return f'{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}'
    if kind == 'ean':
        return ean_check(pick(['80', '40', '87', '50', '49']) + d(10))
    if kind == 'ts':
        y, m, dd = rand_date(2024, 2026)
        hh, mi, ss = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
        return {'de': f'{dd:02d}.{m:02d}.{y}, {hh:02d}:{mi:02d}', 'iso': f'{y}-{m:02d}-{dd:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z',
                'es': f'{dd:02d}/{m:02d}/{y} {hh:02d}:{mi:02d}:{ss:02d}', 'br': f'{dd:02d}/{m:02d}/{y} às {hh:02d}:{mi:02d}'}[a0]
    if kind == 'date':
        return other_date(a0)
    if kind == 'epoch':
        return str(R.randint(1700000000, 1800000000))
    if kind == 'epochms':
        return str(R.randint(1700000000, 1800000000)) + d(3)
    if kind == 'coord':
        lat, lon = R.uniform(-40, 60), R.uniform(-100, 140)
        return f'{lat:.5f}, {lon:.5f}'
    if kind == 'lat':
        return f'{R.uniform(35, 60):.5f}'
    if kind == 'mccoord':
        return f'{R.uniform(-3000, 3000):.1f}, {R.uniform(60, 120):.1f}, {R.uniform(-3000, 3000):.1f}'
    if kind == 'ver':
        r = R.random()
        if r < 0.45:
            return f'{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 20)}'
        if r < 0.65:
            return f'v{R.randint(1, 5)}.{R.randint(0, 40)}.{R.randint(0, 12)}'
        return f'{R.randint(1, 12)}.{R.randint(0, 9)}.{R.randint(0, 20)}.{R.randint(1, 250)}'
    if kind == 'winver':
        return f'10.0.{R.randint(19041, 26100)}.{R.randint(100, 5300)}'
    if kind == 'oid':
        return pick(OIDS)
    if kind == 'netmask':
        return pick(NETMASKS)
    if kind == 'dnspub':
        return '1.1.1.1'
    if kind == 'dnspub2':
        return '9.9.9.9'
    if kind == 'mac':
        h = [rs(2, HEXL) for _ in range(6)]
        return ':'.join(h) if R.random() < 0.6 else '-'.join(h).upper()
    if kind == 'll6':
        return 'fe80::' + ':'.join(hextet() for _ in range(4))
    if kind == 'docip':
        return pick(['192.0.2.', '198.51.100.', '203.0.113.']) + str(R.randint(1, 254))
    if kind == 'bic':
        return pick(BICS[a0])
    if kind == 'sort':
        return f'{d(2)}-{d(2)}-{d(2)}'
    if kind == 'aba':
        return aba()
    if kind == 'ein':
        return f'{pick(["12", "20", "27", "33", "46", "47", "52", "61", "74", "81", "84", "86", "94"])}-{d(7)}'
    if kind == 'itin':
        return f'9{d(2)}-{pick(list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99])}-{d(4)}'
    if kind == 'ptin':
        return 'P' + d(8)
    if kind == 'paye':
        return f'{d(3)}/{rs(2, UP)}{d(5)}'
    if kind == 'cardbad':
        return card_fmt(luhn_break(card_digits(a0)), 'sp')
    if kind == 'ibanbad':
        v = iban_bad(a0)
        return v if a1 == 'e' else group4(v)
    if kind == 'ssnbad':
        v = {'area000': lambda: ssn_parts(area=0), 'area666': lambda: ssn_parts(area=666),
             'area9xx': lambda: ssn_parts(area=R.randint(900, 999), group=R.choice([R.randint(1, 69), R.randint(89, 89)])),
             'group00': lambda: ssn_parts(group=0), 'serial0000': lambda: ssn_parts(serial=0)}[a0]()
        return ssn_fmt(v)
    if kind == 'ninobad':
        return nino_fmt(nino_parts(a0), pick(['', '', 'c']))
    if kind == 'nino_sample':
        return 'QQ 12 34 56 C'
    if kind == 'gift':
        return card_fmt(non_luhn_digits(16, pick(['6', '7', '5'])), 'sp')
    if kind == 'serial':
        if a0 == 'card':
            return card_fmt(non_luhn_digits(16, pick(['2', '3', '4', '5', '6'])), pick(['sp', 'dash']))
        return pick([rs(2, UP) + d(8), 'SN' + rs(10, UP + DIG), '-'.join(rs(4, UP + DIG) for _ in range(3)), d(4) + rs(4, UP) + d(4)])
    if kind == 'twsid':
        return 'AC' + rs(32, HEXL)
    if kind == 'awsacct':
        return dn(12)
    if kind == 'arn':
        return f'arn:aws:iam::{dn(12)}:' + pick(['role/ci-deployer', 'user/jdoe', 'role/OrganizationAccountAccessRole', 'role/lambda-invoice-ocr'])
    if kind == 'arnkms':
        return f'arn:aws:kms:eu-central-1:{dn(12)}:key/{uuid4()}'
    if kind == 'arns3':
        return 'arn:aws:s3:::' + pick(['invoices-prod-eu', 'backup-archive-2026', 'user-uploads']) + '/*'
    if kind == 'pk':
        return 'pk_live_' + rs(pick([24, 99]), B62)
    if kind == 'sshpub':
        host = pick(['marta@thinkpad', 'deploy@ci-runner', 'kenji@mbp', 'root@nas', 'ola@desktop'])
        if R.random() < 0.6:
            return 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + rs(43, B64C) + ' ' + host
        return 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ' + rs(360, B64C) + ' ' + host
    if kind == 'agepub':
        return 'age1' + rs(58, BECH)
    if kind == 'wgpub':
        return b64s(rbytes(32))
    if kind == 'bcrypt':
        return '$2b$12$' + rs(53, './' + B62)
    if kind == 'argon':
        return '$argon2id$v=19$m=65536,t=3,p=4$' + rs(22, B62 + '+/') + '$' + rs(43, B62 + '+/')
    if kind == 'cert':
        return cert()
    if kind == 'pgppub':
        return pgp_pub()
    if kind == 'dkim':
        return 'v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + rs(300, B64C) + 'IDAQAB'
    if kind == 'objid':
        return '6' + rs(23, HEXL)
    if kind == 'snowflake':
        return '1' + d(18)
    if kind == 'mask':
        l4 = d(4)
        if a0 == 'card':
            return pick([f'**** **** **** {l4}', f'XXXX-XXXX-XXXX-{l4}', f'•••• {l4}', f'************{l4}', f'xxxx xxxx xxxx {l4}'])
        if a0 == 'card6':
            return card_digits('visa')[:6] + '******' + l4
        if a0 == 'iban':
            return pick(['DE', 'FR', 'ES', 'NL']) + '** **** **** **** **' + d(2) + ' ' + d(2)
        if a0 == 'phone':
            return pick([f'+49 151 ••• ••{d(2)}', f'******{l4}', f'+34 6** *** {d(3)}', f'07*** ***{d(3)}'])
    if kind == 'last4':
        return d(4)
    if kind == 'last3':
        return d(3)
    if kind == 'mmyy':
        return f'{R.randint(1, 12):02d}/{R.randint(26, 31)}'
    if kind == 'plate':
        if a0 == 'br':
            return rs(3, UP) + d(1) + pick(UP) + d(2)
        if a0 == 'nl':
            return f'{rs(2, "GHJKLNPRSTXZ")}-{d(3)}-{pick("BDFGHJKLNPRSTVXZ")}'
    if kind == 'coupon':
        return rs(8, UP + DIG)
    if kind == 'track':
        if a0 == 'ups':
            return '1Z' + rs(6, UP + DIG) + d(10)
        return s10()
    if kind == 'pnr':
        return rs(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')
    if kind == 'eticket':
        return pick(['176', '220', '057', '235', '618']) + '-' + d(10)
    if kind == 'piva':
        return d(11)
    if kind == 'nfe':
        return ' '.join(d(4) for _ in range(11))
    if kind == 'boleto':
        return f'{d(5)}.{d(5)} {d(5)}.{d(6)} {d(5)}.{d(6)} {d(1)} {d(14)}'
    if kind == 'betkenmerk':
        return card_fmt(non_luhn_digits(16, pick(['0', '1', '7', '8'])), 'sp')
    if kind == 'decl':
        return '-'.join(rs(4, UP + DIG) for _ in range(4))
    if kind == 'lhnr':
        return d(9) + 'L' + d(2)
    if kind == 'nif_biz':
        return pick('ABH') + d(8)
    if kind == 'vatgb':
        return 'GB' + d(9)
    if kind == 'handle':
        return pick(HANDLES)
    if kind == 'ghuser':
        return pick(['mkowalczyk', 'jdevries', 'tanaka-dev', 'lucia-gz', 'okafor-d', 'ana-bsantos'])
    if kind == 'mcname':
        return pick(['CreeperSlayer_07', 'xXNoobMasterXx', 'BlockyBoi'])
    if kind == 'riotid':
        return pick(['Nightfall#EUW', 'sp1cy ramen#KR1', 'TacoTuesday#NA1'])
    if kind == 'friendcode':
        return f'SW-{d(4)}-{d(4)}-{d(4)}'
    if kind == 'seed':
        return '-' + dn(18)
    if kind == 'port':
        return pick(['8388', '443', '51820', '1194'])
    if kind == 'ga':
        return f'GA1.2.{dn(10)}.{dn(10)}'
    if kind == 'stripever':
        return pick(['2024-06-20', '2025-03-31.basil', '2023-10-16'])
    if kind == 'gclient':
        return dn(12) + '-' + rs(32, LO + DIG) + '.apps.googleusercontent.com'
    if kind == 'ulid':
        return '01J' + rs(23, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')
    if kind == 'ksuid':
        return rs(27, B62)
    if kind == 'btc':
        return 'bc1q' + rs(38, BECH)
    if kind == 'ethtx':
        return '0x' + rs(64, HEXL)
    if kind == 'ethaddr':
        return '0x' + rs(40, HEXL + 'ABCDEF')
    if kind == 'sol_addr':
        return rs(44, B58)
    if kind == 'mode':
        return pick(['0644', '0664', '0755'])
    if kind == 'svc_phone':
        return pick(['95588', '95533', '95566', '95599'])
    if kind == 'fakephone':
        return '98XXXXXXXX'
    if kind == 'rzp_id':
        return 'rzp_live_' + rs(14, B62)
    if kind == 'mppub':
        return 'APP_USR-' + uuid4()
    if kind == 'mpesa':
        return rs(10, UP + DIG)
    if kind == 'resi':
        return pick(['JP', 'JX', 'SPXID', 'JNT']) + d(10)
    if kind == 'part':
        return pick([f'{d(2)}-{d(4)}-{d(2)}{pick(UP)}', f'{rs(3, UP)}-{d(5)}-{rs(2, UP)}', f'{d(3)}.{d(3)}.{d(3)}'])
    if kind == 'mpn':
        return rs(3, UP) + d(4) + '-' + rs(2, UP + DIG)
    if kind == 'jwtdemo':
        return ('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.'
                'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c')
    if kind == 'testcard':
        return pick(TESTCARDS_FMT)
    if kind == 'fakeus':
        return f'({pick(["212", "312", "415", "617"])}) 555-01{d(2)}'
    if kind == 'exmail':
        return pick(['jane.doe', 'user', 'max.mustermann', 'test', 'info', 'maria.garcia']) + '@' + pick(['example.com', 'example.org', 'example.net'])
    if kind == 'jpxx':
        return pick(['090-XXXX-XXXX', '03-****-****'])
    raise KeyError(('X', kind))


# ---------------------------------------------------------------- transforms
SPELL = {
    'en': 'zero one two three four five six seven eight nine',
    'de': 'null eins zwei drei vier fünf sechs sieben acht neun',
    'fr': 'zéro un deux trois quatre cinq six sept huit neuf',
    'es': 'cero uno dos tres cuatro cinco seis siete ocho nueve',
    'pt': 'zero um dois três quatro cinco seis sete oito nove',
    'it': 'zero uno due tre quattro cinque sei sette otto nove',
    'nl': 'nul een twee drie vier vijf zes zeven acht negen',
    'pl': 'zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć',
    'tr': 'sıfır bir iki üç dört beş altı yedi sekiz dokuz',
    'ru': 'ноль один два три четыре пять шесть семь восемь девять',
    'uk': "нуль один два три чотири п'ять шість сім вісім дев'ять",
    'ar': 'صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة',
    'hi': 'शून्य एक दो तीन चार पाँच छह सात आठ नौ',
    'vi': 'không một hai ba bốn năm sáu bảy tám chín',
    'id': 'nol satu dua tiga empat lima enam tujuh delapan sembilan',
    'sw': 'sifuri moja mbili tatu nne tano sita saba nane tisa',
}
PLUSW = {'en': 'plus', 'de': 'plus', 'fr': 'plus', 'es': 'más', 'pt': 'mais', 'it': 'più', 'nl': 'plus', 'pl': 'plus',
         'tr': 'artı', 'ru': 'плюс', 'uk': 'плюс', 'ar': 'زائد', 'hi': 'प्लस', 'vi': 'cộng', 'id': 'plus', 'sw': 'jumlisha'}
CJKD = {'zh': '零一二三四五六七八九', 'zh1': '零幺二三四五六七八九', 'ja': '〇一二三四五六七八九', 'ko': '공일이삼사오육칠팔구'}
NATO = 'Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu'.split()
ATW = {'en': (' at ', ' dot '), 'de': (' at ', ' punkt '), 'fr': (' arobase ', ' point '), 'es': (' arroba ', ' punto '),
       'pt': (' arroba ', ' ponto '), 'it': (' chiocciola ', ' punto '), 'pl': (' małpa ', ' kropka '),
       'ru': (' собака ', ' точка '), 'uk': (' равлик ', ' крапка '), 'tr': (' et ', ' nokta '), 'nl': (' apenstaartje ', ' punt '),
       'id': (' at ', ' titik '), 'vi': (' a còng ', ' chấm '), 'zh': ('艾特', '点'), 'ja': ('アットマーク', 'ドット'),
       'ko': (' 골뱅이 ', ' 점 '), 'ar': (' آت ', ' نقطة '), 'sw': (' at ', ' nukta '), 'hi': (' एट ', ' डॉट '),
       'defang': ('[@]', '[.]'), 'paren': (' (at) ', ' (dot) '), 'brack': (' [at] ', ' [dot] '), 'curly': ('{at}', '{dot}')}
DGBASE = {'arab': 0x660, 'fa': 0x6F0, 'deva': 0x966, 'beng': 0x9E6, 'thai': 0xE50}


def spell(val, lang):
    if lang in CJKD:
        return ''.join(CJKD[lang][int(c)] if c.isdigit() else ('' if c in '-()./' else c) for c in val).strip()
    variant = ''
    if lang in ('en2', 'enoh', 'mixdigit'):
        variant, lang = lang, 'en'
    words = SPELL[lang].split()
    if variant == 'enoh':
        words = ['oh'] + words[1:]
    out = []
    for g in re.split(r'[\s\-./()]+', val.strip()):
        if not g:
            continue
        toks = []
        i = 0
        while i < len(g):
            c = g[i]
            if c.isdigit():
                run = 1
                while variant == 'en2' and i + run < len(g) and g[i + run] == c and run < 3:
                    run += 1
                if run == 2:
                    toks.append('double ' + words[int(c)])
                elif run == 3:
                    toks.append('triple ' + words[int(c)])
                elif variant == 'mixdigit':
                    toks.append(words[int(c)] if R.random() < 0.5 else c)
                else:
                    toks.append(words[int(c)])
                i += run
                continue
            if c == '+':
                toks.append(PLUSW[lang])
            elif c.isalpha():
                toks.append(c.upper())
            i += 1
        out.append(' '.join(toks))
    return ', '.join(out)


def insert_between(val, ch, every=1, only_inside=True):
    out = []
    for i, c in enumerate(val):
        out.append(c)
        if i < len(val) - 1 and (i + 1) % every == 0 and c != ' ' and val[i + 1] != ' ':
            out.append(ch)
    return ''.join(out)


def sep_replace(val, s):
    if re.search(r'[ \-]', val):
        return re.sub(r'[ \-]+', s, val)
    return s.join(val[i:i + 4] for i in range(0, len(val), 4))


def T(name, val):
    parts = name.split('.')
    t, a = parts[0], (parts[1] if len(parts) > 1 else '')
    if t == 'sp':
        return spell(val, a)
    if t == 'dg':
        b = DGBASE[a]
        return ''.join(chr(b + int(c)) if c.isdigit() else c for c in val)
    if t == 'fw':
        return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in val)
    if t == 'mbold':
        return ''.join(chr(0x1D7CE + int(c)) if c.isdigit() else c for c in val)
    if t == 'circ':
        return ''.join(('\u24ea' if c == '0' else chr(0x2460 + int(c) - 1)) if c.isdigit() else c for c in val)
    if t == 'mix':
        out = []
        for i, c in enumerate(val):
            if c.isdigit():
                k = i % 3
                out.append(chr(0xFF10 + int(c)) if k == 0 else chr(0x660 + int(c)) if k == 1 else c)
            else:
                out.append(c)
        return ''.join(out)
    if t == 'zw':
        return insert_between(val, '\u200b', every=pick([1, 2, 3]))
    if t == 'zwj':
        return insert_between(val, '\u200d', every=pick([3, 4, 5]))
    if t == 'wj':
        return insert_between(val, '\u2060', every=4)
    if t == 'shy':
        return val.replace(' ', '\u00ad') if ' ' in val else insert_between(val, '\u00ad', every=4)
    if t == 'bom':
        return val.replace('@', '\ufeff@\ufeff').replace('.', '.\ufeff', 1)
    if t == 'cgj':
        return insert_between(val, '\u034f', every=2)
    if t == 'lrm':
        return val.replace(' ', ' \u200e')
    if t == 'nbsp':
        return val.replace(' ', '\u00a0')
    if t == 'nnbsp':
        return val.replace(' ', '\u202f')
    if t == 'rev':
        return val[::-1]
    if t == 'b64':
        return b64s(val.encode())
    if t == 'b64url':
        return b64u_nopad(val.encode())
    if t == 'pct':
        return ''.join('%%%02X' % b for b in val.encode())
    if t == 'pctat':
        return ''.join(c if (c.isalnum() and c.isascii()) or c in '.-_' else ''.join('%%%02X' % b for b in c.encode()) for c in val)
    if t == 'html':
        return ''.join('&#%d;' % ord(c) for c in val)
    if t == 'htmlx':
        return ''.join('&#x%X;' % ord(c) for c in val)
    if t == 'ju':
        return ''.join('\\u%04x' % ord(c) for c in val)
    if t == 'qp':
        return val.replace('@', '=40').replace('.', '=2E', 1)
    if t == 'hex':
        return val.encode().hex()
    if t == 'at':
        at, dot = ATW[a]
        return val.replace('.', dot).replace('@', at)
    if t == 'sep':
        return sep_replace(val, {'dot': '.', 'slash': '/', 'us': '_', 'mid': '·', 'pipe': '|', 'dash': '–'}[a])
    if t == 'spaced':
        return ' '.join(c for c in val if c != ' ')
    if t == 'nato':
        w = SPELL['en'].split()
        return ' '.join(NATO[ord(c) - 65] if c.isalpha() else w[int(c)] for c in val if c.isalnum())
    if t == 'nl':
        k = int(a)
        return val[:k] + '\n' + val[k + 1:] if val[k] == ' ' else val[:k] + '\n' + val[k:]
    if t == 'defang':
        return val.replace('.', '[.]')
    if t == 'defang6':
        return val.replace(':', '[:]')
    if t == 'ocr':
        out, n = list(val), 0
        for i, c in enumerate(out):
            if c in '01' and n < 2 and i > 0:
                out[i] = 'O' if c == '0' else 'l'
                n += 1
        return ''.join(out)
    raise KeyError(('T', name))


# -------------------------------------------------------------------- engine
TOK = re.compile('\u27e6([a-z_]*)([:=])(.*?)\u27e7', re.S)
KINDS = ('email', 'phone', 'card', 'iban', 'ssn', 'ip', 'nino', 'dob', 'secret')


def call_gen(spec, ctx):
    store = None
    if '>' in spec and not spec.startswith('<'):
        spec, store = spec.split('>', 1)
    if spec.startswith('<'):
        m = re.match(r'<(\w+)(?:\[(.*?):(.*?)\])?$', spec)
        v = ctx['store'][m.group(1)]
        if m.group(2) is not None or m.group(3) is not None:
            a, b = m.group(2), m.group(3)
            ai = 0 if a == '' else v.index('@') if a == '@' else int(a)
            bi = len(v) if b == '' else v.index('@') if b == '@' else int(b)
            v = v[ai:bi].strip()
        val = v
    else:
        p = spec.split('.')
        g, args = p[0], p[1:]
        if g in ('N', 'NF', 'NL'):
            ctx['person'] = person(args[0])
            val = ctx['person'][{'N': 0, 'NF': 1, 'NL': 2}[g]]
        elif g in ('F', 'L'):
            if ctx.get('person') is None:
                ctx['person'] = person(args[0])
            val = ctx['person'][1 if g == 'F' else 2]
        elif g == 'E':
            val = make_email(ctx, args[0], fresh=(len(args) > 1 and args[1] == 'r'))
        elif g == 'P':
            val = phone(args[0], args[1] if len(args) > 1 else '')
        elif g == 'D':
            val = dob(args[0], args[1] if len(args) > 1 else '')
        elif g == 'C':
            val = card_fmt(card_digits(args[0]), args[1] if len(args) > 1 else pick(['sp', 'sp', 'none', 'dash']))
        elif g == 'I':
            v = iban_raw(args[0])
            val = v if (len(args) > 1 and args[1] == 'e') else group4(v)
        elif g == 'S':
            val = ssn_fmt(ssn_parts(), args[0] if args else '')
        elif g == 'NI':
            val = nino_fmt(nino_parts(), args[0] if args else '')
        elif g == 'IP4':
            val = ip_pub() if args[0] == 'pub' else ip_priv()
        elif g == 'IP6':
            val = ip6()
        elif g == 'K':
            val = K(args[0], args[1:], ctx)
        elif g == 'X':
            val = X(args[0], args[1:], ctx)
        else:
            raise KeyError(spec)
    if store:
        ctx['store'][store] = val
    return val


def expand(text):
    ctx = {'store': {}, 'person': None}
    parts = []
    pos = 0
    for m in TOK.finditer(text):
        if m.start() > pos:
            parts.append(('t', text[pos:m.start()]))
        kind, op, body = m.groups()
        if op == '=':
            val = body
        else:
            gen, *trs = body.split('|')
            val = call_gen(gen, ctx)
            for t in trs:
                val = T(t, val)
        if kind == '_':
            pass
        elif kind:
            assert kind in KINDS, kind
            assert val and val == val.strip(), (kind, val)
            parts.append(('s', kind, val))
        else:
            parts.append(('t', val))
        pos = m.end()
    if pos < len(text):
        parts.append(('t', text[pos:]))
    merged = []
    for p in parts:
        if p[0] == 't' and merged and merged[-1][0] == 't':
            merged[-1] = ('t', merged[-1][1] + p[1])
        else:
            merged.append(p)
    assert '\u27e6' not in ''.join(p[1] for p in merged if p[0] == 't'), text
    return merged


WIDE = lambda ch: unicodedata.decomposition(ch).startswith('<wide>')


def needs_escape(ch):
    o = ord(ch)
    cat = unicodedata.category(ch)
    if cat in ('Cc', 'Cf', 'Zl', 'Zp', 'Co', 'Cs', 'Cn'):
        return True
    if cat == 'Zs' and ch != ' ':
        return True
    if o in (0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x180E) or 0xFE00 <= o <= 0xFE0F:
        return True
    return WIDE(ch)


def esc_chars(s, braces_all=False):
    out = []
    for ch in s:
        if ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\\':
            out.append('\\u005C')
        elif braces_all and ch in '{}':
            out.append('\\u%04X' % ord(ch))
        elif needs_escape(ch):
            assert ord(ch) <= 0xFFFF, repr(ch)
            out.append('\\u%04X' % ord(ch))
        else:
            out.append(ch)
    return out


def esc_plain(s, before_span, after_span):
    chars = list(s)
    flags = [False] * len(chars)
    for i, ch in enumerate(chars):
        if ch in '{}':
            if (i > 0 and chars[i - 1] == ch) or (i + 1 < len(chars) and chars[i + 1] == ch):
                flags[i] = True
    if before_span and chars and chars[-1] == '{':
        flags[-1] = True
    if after_span and chars and chars[0] == '}':
        flags[0] = True
    out = []
    for ch, f in zip(chars, flags):
        out.append('\\u%04X' % ord(ch) if f else ''.join(esc_chars(ch)))
    return ''.join(out)


def serialise(parts):
    out = []
    for i, p in enumerate(parts):
        if p[0] == 't':
            before = i + 1 < len(parts) and parts[i + 1][0] == 's'
            after = i > 0 and parts[i - 1][0] == 's'
            out.append(esc_plain(p[1], before, after))
        else:
            out.append('{{%s:%s}}' % (p[1], ''.join(esc_chars(p[2], braces_all=True))))
    line = ''.join(out)
    if line.startswith('#'):
        line = '\\u0023' + line[1:]
    return line


FAMILIES = []


def family(name, templates):
    FAMILIES.append((name, templates))


# =========================================================================
# FAMILIES.  Each template: (language, hand-counted look-alikes, text)
# =========================================================================
family('clinic_intake_de', [
    ('de', 1, 'Kannst du diesen Aufnahmebogen der Praxis in eine Tabelle umwandeln?\n\nPatient: ⟦:N.de⟧\nGeburtsdatum: ⟦dob:D.de⟧\nKrankenkasse: Techniker Krankenkasse\nAufnahme am: ⟦:X.date.de⟧'),
    ('de', 1, 'Hallo, ich bin die Mutter von ⟦:N.de⟧ (geb. ⟦dob:D.de.kid⟧). Wir müssen den Termin am ⟦:X.date.de⟧ leider absagen. Bitte rufen Sie mich zurück.'),
    ('de', 1, 'Laborbefund\nEinsender: Praxis Dr. med. Saskia Brandt, Fax ⟦phone:P.de.land⟧\nPatientin: ⟦:N.de⟧\nProbeneingang: ⟦:X.ts.de⟧\nHbA1c: 6,1 % (Referenz < 5,7 %)'),
    ('de', 0, 'Schreib bitte eine freundliche Erinnerungs-SMS für Frau ⟦:NL.de⟧: Vorsorgetermin Donnerstag 9:30. Ihre Handynummer laut Kartei: ⟦phone:P.de⟧. Keine Gesundheitsdaten in die SMS!'),
    ('de', 2, 'Die Online-Terminbuchung wirft einen Fehler:\nPOST /api/v2/termine 422\n{"patient":{"vorname":"⟦:F.de⟧","email":"⟦email:E.de⟧"},"slot":"⟦:X.ts.iso⟧","praxisId":"⟦:X.uuid⟧"}\nWas ist falsch am Request?'),
    ('de', 1, 'Überweisungsschein (OCR):\nName, Vorname des Versicherten\n⟦:L.de⟧, ⟦:F.de⟧\nBetriebsstätten-Nr. ⟦:X.digits.9⟧'),
    ('de', 0, 'Ich arbeite am Empfang einer Zahnarztpraxis. Ein Patient hat seine Rechnung per Lastschrift bezahlt, IBAN ⟦iban:I.de⟧. Wie formuliere ich die Bestätigungs-Mail, ohne die IBAN voll auszuschreiben?'),
    ('de', 0, 'Physiotherapie Rheinblick – Rezeptionsnotiz\nRückrufbitte von ⟦:N.de⟧, wegen Verordnung. Erreichbar per Mail an ⟦email:E.de⟧.'),
    ('de', 1, 'Das Praxis-WLAN für Patienten heißt "Lindenhof-Gast", das Passwort steht auf dem Aufsteller. Für das interne Netz (Praxis-Intern) lautet es ⟦secret:K.wifi⟧ – bitte nur für die Kartenlesegeräte. Der Konnektor hat die IP ⟦ip:IP4.priv⟧, Subnetzmaske ⟦:X.netmask⟧.'),
])

family('ecole_fr', [
    ('fr', 1, "Bonjour, voici la fiche d'inscription de mon fils pour la rentrée :\nNom : ⟦:NL.fr⟧\nPrénom : ⟦:F.fr⟧\nDate de naissance : ⟦dob:D.fr.kid⟧\nClasse : CE2\nCourriel du responsable légal : ⟦email:E.fr⟧\nN° dossier : ⟦:X.order.INS⟧"),
    ('fr', 0, "Pouvez-vous reformuler ce mot pour le carnet de liaison ? « Madame, mon enfant ⟦:NF.fr⟧ sera absent du 3 au 7 mars pour raison médicale. »"),
    ('fr', 1, "Prélèvement de la cantine : merci de mettre à jour notre mandat SEPA. Nouvel IBAN : ⟦iban:I.fr⟧ (BIC ⟦:X.bic.fr⟧)."),
    ('fr', 0, "Liste des accompagnateurs pour la sortie au musée :\n- ⟦:N.fr⟧ – ⟦phone:P.fr⟧\n- ⟦:N.fr⟧ – numéro à demander\n- ⟦:N.fr⟧ – pas de portable"),
    ('fr', 0, "Mon identifiant ENT ne marche plus. Le mot de passe que j'utilisais : ⟦secret:K.pw.fr⟧. L'école m'a dit d'écrire à ⟦email=assistance.ent@ac-lyon-numerique.fr⟧."),
    ('fr', 2, "Relevé de notes – Trimestre 2\nÉlève : ⟦:N.fr⟧   N° élève : ⟦:X.digits.6⟧\nÉdité le ⟦:X.date.fr⟧"),
    ('fr', 0, "Le formulaire d'inscription au périscolaire refuse la date. J'ai tapé « ⟦dob:D.fr.kid⟧ » dans le champ « Date de naissance de l'enfant » et il affiche « format invalide (JJ/MM/AAAA) »."),
    ('fr', 1, "Association des parents d'élèves — export adherents.csv\nnom,prenom,email,tel,cotisation\n⟦:NL.fr⟧,⟦:F.fr⟧,⟦email:E.fr⟧,,15\n⟦:NL.fr⟧,⟦:F.fr⟧,,,15\nTest,Parent,parent.test@example.org,,0"),
    ('fr', 0, "Réinitialisation du mot de passe Pronote : le lien envoyé par mail a expiré. Nouveau mot de passe provisoire communiqué par le secrétariat : ⟦secret:K.pw.fr⟧"),
])

family('banca_es', [
    ('es', 1, 'Buenas, necesito que me ayudes a redactar una reclamación al banco. Me cargaron dos veces 89,90 € en la tarjeta ⟦card:C.visa⟧. Mi cuenta es ⟦iban:I.es⟧. Nº de operación: ⟦:X.order.OP⟧.'),
    ('es', 2, 'Transcripción de llamada (centro de atención):\nAgente: ¿Me confirma su fecha de nacimiento?\nCliente: el ⟦dob:D.es_long⟧.\nAgente: ¿Y los últimos cuatro dígitos de la tarjeta?\nCliente: ⟦:X.last4⟧.\nAgente: Perfecto, le envío el código al móvil terminado en ⟦:X.last3⟧.'),
    ('es', 0, 'Hola! Te paso mis datos para el depósito: Banco BBVA México, tarjeta de débito ⟦card:C.visa.sp⟧ a nombre de ⟦:N.mx⟧. Cualquier cosa mándame WhatsApp al ⟦phone:P.mx⟧.'),
    ('es', 1, 'Extracto bancario (PDF copiado):\nTitular: ⟦:N.es⟧\nIBAN: ⟦iban:I.es⟧   BIC: ⟦:X.bic.es⟧\nFecha    Concepto                 Importe\n02/11    RECIBO LUZ               -64,12\n05/11    TRANSF. NÓMINA         +1.812,00'),
    ('es', 0, "Me llegó este SMS: 'BBVA: Se ha bloqueado su tarjeta. Verifique sus datos en bbva-seguridad-clientes.com'. Respondí con mi usuario y la contraseña ⟦secret:K.pw.es⟧ antes de darme cuenta. ¿Qué hago ahora? ¿Cambio también la del correo ⟦email:E.es⟧?"),
    ('es', 2, 'Error al validar formulario de alta:\n{"nombre":"⟦:N.es⟧","fecha_nacimiento":"⟦dob:D.iso⟧","iban":"⟦:X.ibanbad.es.e⟧"}\nRespuesta: 400 {"error":"IBAN_CHECKSUM","traceId":"⟦:X.hex.16⟧"}'),
    ('es', 1, 'Necesito una macro de Excel que oculte todo menos los 4 últimos dígitos. Ejemplo de la columna: ⟦card:C.mc.sp⟧ → debería quedar ⟦:X.mask.card⟧.'),
    ('es', 0, "Pásame esto a un tono más formal: 'oye, te devuelvo los 200 pavos mañana, pásame tu IBAN otra vez que lo perdí'. Y él contestó: 'es ⟦iban:I.es⟧, gracias crack'."),
    ('es', 1, 'Banca online → Mis dispositivos:\nÚltimo acceso: ⟦:X.ts.es⟧ desde Madrid\nAcceso anterior: desde IP ⟦ip:IP4.pub⟧ (Lagos) ← ¿esto es normal?'),
])

family('entregas_pt', [
    ('pt', 1, 'Oi, sou o entregador do iFood, tô na portaria do seu prédio. Pode descer? Meu número: ⟦phone:P.br⟧. Pedido #⟦:X.digits.4⟧'),
    ('pt', 1, 'Suporte 99: fui cobrado duas vezes na corrida de ontem. Cartão final ⟦:X.last4⟧, e-mail da conta ⟦email:E.br⟧.'),
    ('pt', 1, 'Log do app de entregas (Android):\n11-27 08:14:03.221 I/Checkout: user=⟦email:E.br⟧ cartao=⟦:X.mask.card⟧\n11-27 08:14:03.540 E/Payment: gateway timeout host=pay-gw.internal'),
    ('pt', 1, 'Olá, é a estafeta da Glovo. A morada não está completa, falta o andar. Pode ligar-me de volta? Referência da encomenda ⟦:X.order.GLV⟧.'),
    ('pt', 1, 'Cadastro de entregador parceiro\nNome completo: ⟦:N.br⟧\nData de nascimento: ⟦dob:D.pt⟧\nPlaca da moto: ⟦:X.plate.br⟧'),
    ('pt', 1, 'Rastreamento: ⟦:X.track.s10⟧ — Objeto saiu para entrega. Destinatário: ⟦:N.br⟧.'),
    ('pt', 0, 'Me ajuda a entender esse e-mail da Uber: "Sua conta foi acessada de um novo dispositivo (IP ⟦ip:IP4.pub⟧). Se não foi você, redefina a senha." Eu não reconheço esse IP, já troquei a senha.'),
    ('pt', 1, 'Quero integrar a API de pagamentos no meu app de marmitas. Meu .env tá assim:\nMP_ACCESS_TOKEN=⟦secret:K.mp⟧\nMP_PUBLIC_KEY=⟦:X.mppub⟧\nWEBHOOK_URL=https://marmitas-da-vo.com.br/webhook\nTá certo?'),
    ('pt', 0, 'Reclamação no Livro de Reclamações: a encomenda nunca chegou. Contacto: ⟦:N.pt⟧, ⟦email:E.pt⟧. Pagamento feito com cartão ⟦card:C.visa⟧.'),
    ('pt', 1, 'Chat do motoboy:\n[19:02] Cliente: o interfone tá quebrado, me liga\n[19:05] Motoboy: liguei e deu caixa postal\n[19:06] Cliente: tenta esse outro: ⟦phone:P.br|sp.pt⟧\n[19:07] Motoboy: cheguei, código de entrega ⟦:X.digits.4⟧'),
])

family('negozio_it', [
    ('it', 1, 'Buongiorno, ho ordinato una lampada (ordine n. ⟦:X.order.IT⟧) ma è arrivata rotta. Vi allego le foto. Mi potete richiamare al ⟦phone:P.it⟧?'),
    ('it', 2, 'Scontrino (OCR):\nFARMACIA SAN GIORGIO\nP.IVA ⟦:X.piva⟧\nTOT. EURO 23,40\nPAGAMENTO CARTA ⟦:X.mask.card⟧'),
    ('it', 0, "Scrivi una risposta gentile a questa cliente: 'Buonasera, ho cambiato numero, il nuovo è ⟦phone:P.it⟧, potete aggiornare la mia tessera fedeltà? La mail resta ⟦email:E.it⟧. Grazie, ⟦:N.it⟧'"),
    ('it', 0, "Un cliente al telefono ha dettato il numero della carta per un ordine telefonico, l'ho trascritto così: ⟦card:C.mc|sp.it⟧. Puoi rimetterlo in cifre? Poi lo cancello."),
    ('it', 1, 'Il modulo del programma fedeltà chiede nome, data di nascita (per lo sconto compleanno) e cellulare. Compilato: ⟦:N.it⟧, ⟦dob:D.it⟧, cellulare non indicato. Punti accumulati al ⟦:X.date.it⟧: 340.'),
    ('it', 2, 'Reso n. ⟦:X.order.RMA⟧ – prodotto: cuffie, EAN ⟦:X.ean⟧. Rimborso su IBAN ⟦iban:I.it⟧ intestato a ⟦:N.it⟧.'),
    ('it', 0, 'Ciao, sono ⟦:N.it⟧, titolare della merceria in via Garibaldi. Per i fornitori: IBAN per i bonifici ⟦iban:I.it.e⟧.'),
    ('it', 1, 'Per lo shop online uso Stripe. Nel file di configurazione ho STRIPE_SECRET_KEY=⟦secret:K.stripe⟧ e STRIPE_PUBLISHABLE_KEY=⟦:X.pk⟧. Va bene committarlo su GitHub se il repo è privato?'),
    ('it', 1, 'Buono regalo n. ⟦:X.gift⟧ – valore 50 €. Non è nominativo, si può usare anche online?'),
])

family('gemeente_nl', [
    ('nl', 1, 'Kun je deze brief aan de gemeente nakijken op spelling?\n\nGeachte heer/mevrouw,\nHierbij verzoek ik om een uittreksel uit de BRP. Mijn gegevens: ⟦:N.nl⟧, geboren op ⟦dob:D.nl_long⟧ te Utrecht. E-mail: ⟦email:E.nl⟧.\nKenmerk van uw brief: ⟦:X.order.ZK⟧'),
    ('nl', 1, 'Aanvraagformulier parkeervergunning\nNaam: ⟦:N.nl⟧\nKenteken: ⟦:X.plate.nl⟧\nIBAN voor automatische incasso: ⟦iban:I.nl⟧'),
    ('nl', 1, "Ik krijg een betalingsherinnering van de gemeentelijke belastingen. Betalen op ⟦:X.ibanbad.nl⟧? Dat nummer klopt niet volgens mijn bank-app ('ongeldige IBAN')."),
    ('nl', 1, 'Logbestand MijnOverheid-koppeling:\n2026-11-26 14:03:11 WARN sessie verlopen voor ⟦email:E.nl⟧ (ip=⟦ip:IP4.pub⟧)\n2026-11-26 14:03:12 INFO redirect naar /login?ref=⟦:X.uuid⟧'),
    ('nl', 0, "Wil je een bericht schrijven voor de buurtapp? 'Wie heeft er een ladder te leen? Bel of app ⟦phone:P.nl⟧ (⟦:F.nl⟧, nr. 14).'"),
    ('nl', 1, 'Formulier bijzondere bijstand – bijlage: bankafschrift\nRekeninghouder: ⟦:N.nl⟧\nRekening: ⟦iban:I.nl⟧\nSaldo per ⟦:X.date.nl⟧: € 312,44'),
    ('nl', 0, 'Mijn oma (87) heeft hulp nodig bij de aanvraag van huurtoeslag. Ze heeft geen e-mailadres; kan ik mijn eigen adres ⟦email:E.nl⟧ opgeven?'),
    ('nl', 1, "Belastingdienst-brief, regel 'Betalingskenmerk: ⟦:X.betkenmerk⟧'. Moet ik dat kenmerk bij omschrijving zetten of bij kenmerk?"),
    ('nl', 1, "Mijn router-app laat apparaten zien: 'Laptop-Sanne MAC ⟦:X.mac⟧'. Het wifi-wachtwoord wil ik veranderen van ⟦secret:K.wifi⟧ naar iets sterkers. Tips?"),
])

family('pl_praca_uk', [
    ('pl', 1, 'Cześć, pomóż mi wypełnić formularz do pracy w magazynie w Leicester. Imię i nazwisko: ⟦:N.pl⟧, data urodzenia: ⟦dob:D.pl⟧, numer NINO: ⟦nino:NI⟧. Sort code banku: ⟦:X.sort⟧.'),
    ('pl', 0, 'Dostałam list z HMRC, że mój National Insurance number to ⟦nino:NI.c⟧. Czy mam go podać nowemu pracodawcy przed pierwszą wypłatą?'),
    ('pl', 1, 'Przetłumacz mi ten pasek wypłaty, nie rozumiem skrótów:\nEmployee: ⟦:N.pl⟧   NI No: ⟦nino:NI⟧   Tax code: 1257L\nPay date: ⟦:X.date.uk⟧\nNet pay £1,842.17'),
    ('pl', 1, 'Mój kolega podał swój numer ubezpieczenia jako ⟦:X.ninobad.first⟧ – system agencji go odrzuca. Czy taka pierwsza litera jest w ogóle dozwolona?'),
    ('pl', 0, "Napisz SMS do koordynatorki: 'Dzień dobry, tu ⟦:N.pl⟧ z nocnej zmiany. Mój nowy numer to ⟦phone:P.uk⟧, stary polski ⟦phone:P.pl⟧ już nieaktywny.'"),
    ('pl', 1, 'Przypomnienie dla mnie: hasło do konta HMRC: ⟦secret:K.pw.pl⟧, user ID ⟦:X.digits.12⟧, NINO ⟦nino:NI⟧.'),
    ('pl', 0, "W arkuszu kadrowym mam kolumnę 'NI number' z wpisami typu ⟦nino:NI⟧ i ⟦nino:NI.c⟧. Jak zrobić formułę, która sprawdzi format?"),
    ('pl', 1, "Na formularzu P60 widzę 'National Insurance number ⟦nino:NI⟧' i 'Employer PAYE reference ⟦:X.paye⟧'. Który numer jest mój osobisty?"),
    ('pl', 0, "Proszę przetłumacz na angielski: 'Urodziłem się w Rzeszowie. Od 2019 mieszkam w Wielkiej Brytanii, mój numer NI to ⟦nino:NI⟧.'"),
    ('pl', 1, "Wiadomość od rekrutera: 'Please send your NINO and a copy of your passport to ⟦email:E.co⟧'. Czy to nie jest scam? Wysłałem już ⟦nino:NI⟧… Numer ogłoszenia ⟦:X.order.JOB⟧."),
    ('pl', 0, 'Do Wise dodałem polski rachunek ⟦iban:I.pl⟧. Czy Wise potrzebuje też mojego NI (⟦nino:NI.c⟧)?'),
])

family('tr_eticaret', [
    ('tr', 1, 'Merhaba, siparişim (No: ⟦:X.order.TY⟧) hâlâ gelmedi. Telefonum ⟦phone:P.tr⟧. Kargo takip numarası da çalışmıyor.'),
    ('tr', 0, "Şu müşteri mesajına kibar bir cevap yazar mısın: 'Kartımdan iki kere çekim yapıldı! Kart numaram ⟦card:C.troy⟧, acilen iade istiyorum. — ⟦:N.tr⟧'"),
    ('tr', 1, 'Üyelik formu:\nAd Soyad: ⟦:N.tr⟧\nE-posta: ⟦email:E.tr⟧\nKampanya kodu: ⟦:X.coupon⟧'),
    ('tr', 1, 'Havale bilgileri: Alıcı ⟦:N.tr⟧, IBAN ⟦iban:I.tr⟧. Açıklamaya sipariş numarasını (⟦:X.order.SP⟧) yazmayı unutmayın.'),
    ('tr', 1, 'Pazaryeri entegrasyonu için API bilgilerim: supplierId=⟦:X.digits.6⟧, apiKey=⟦secret:K.b62.20⟧. Python ile siparişleri nasıl çekerim?'),
    ('tr', 1, 'Fatura\nAlıcı VKN/TCKN: ***********\nÖdeme: Kredi kartı ⟦:X.mask.card⟧'),
    ('tr', 0, 'Şifremi unuttum, yeni şifre olarak ⟦secret:K.pw.tr⟧ belirledim ama giriş yapamıyorum. Hesap e-postası ⟦email:E.tr⟧.'),
    ('tr', 1, 'Bu kart numarası neden geçersiz çıkıyor? ⟦:X.cardbad.troy⟧ — Luhn kontrolü mü yapılıyor?'),
    ('tr', 0, "Kuryeye not: 'Zili çalmayın, bebek uyuyor. Gelince ⟦phone:P.tr⟧ numarasını arayın.' Bunu İngilizceye çevirir misin?"),
    ('tr', 0, "Kampanya SMS'i: 'Sayın ⟦:N.tr⟧, doğum gününüze özel %20 indirim!' Müşteri doğum tarihini ⟦dob:D.tr⟧ olarak girmiş ama SMS bir gün erken gitmiş. Saat dilimi sorunu olabilir mi?"),
])

family('ru_podderzhka', [
    ('ru', 1, 'Здравствуйте! Не могу войти в личный кабинет. Логин — ⟦email:E.ru⟧. Номер обращения ⟦:X.order.REQ⟧.'),
    ('ru', 0, 'Помоги составить заявление: «Я, ⟦:N.ru⟧, прошу восстановить доступ к аккаунту, привязанному к номеру ⟦phone:P.ru⟧.»'),
    ('ru', 1, 'Вот кусок лога, где падает авторизация:\n[2026-11-27 09:12:44] ERROR auth: invalid password for user=⟦email:E.ru⟧ from ⟦ip:IP4.pub⟧\n[2026-11-27 09:12:45] DEBUG attempt hash=⟦:X.sha256⟧'),
    ('ru', 1, 'Анкета для визы (черновик):\nФамилия, имя: ⟦:N.ru⟧\nДата рождения: ⟦dob:D.ru_long⟧\nМесто рождения: г. Казань\nДата выдачи паспорта: ⟦:X.date.ru⟧'),
    ('ru', 0, 'Переведи на английский: «Мой пароль от Wi-Fi — ⟦secret:K.wifi⟧, сеть называется Keenetic-Dom. Не говори соседям.»'),
    ('ru', 1, 'Продиктовали номер по телефону, записала словами: ⟦phone:P.ru|sp.ru⟧. Можешь переписать цифрами? Это номер курьера СДЭК, накладная ⟦:X.digits.10⟧.'),
    ('ru', 1, 'Клиент прислал реквизиты карты для возврата: ⟦card:C.mir.sp⟧, срок ⟦:X.mmyy⟧. Можно ли делать возврат на карту «Мир» через наш эквайринг?'),
    ('ru', 1, 'Конфиг бота для Telegram:\nBOT_TOKEN=⟦secret:K.telegram⟧\nADMIN_CHAT_ID=⟦:X.digits.9⟧'),
    ('ru', 0, 'Пришло письмо «Ваш аккаунт заблокирован, подтвердите данные по ссылке». Я ввела туда почту ⟦email:E.ru⟧ и пароль. Что теперь делать?'),
])

family('ua_posluhy', [
    ('uk', 1, 'Допоможи написати лист до Нової пошти: посилка ⟦:X.digits.14⟧ не прийшла.'),
    ('uk', 0, 'Анкета волонтера:\nПІБ: ⟦:N.ua⟧\nДата народження: ⟦dob:D.ua⟧\nTelegram: @⟦:X.handle⟧'),
    ('uk', 0, 'Реквізити для збору на дрон: картка ⟦card:C.visa.sp⟧, IBAN ⟦iban:I.ua⟧. Отримувач: ⟦:N.ua⟧.'),
    ('uk', 1, 'Переклади англійською: «Я народився ⟦dob:D.ua_long⟧ у Львові. Зараз проживаю в Кракові. Номер справи ⟦:X.order.SPR⟧.»'),
    ('uk', 0, 'Пароль від Дії не пам\'ятаю, але в нотатках є: «Дія — ⟦secret:K.pw.uk⟧». Це безпечно зберігати так?'),
    ('uk', 1, 'Журнал помилок інтеграції з маркетплейсом:\nPOST /api/v1/orders 401 token=⟦secret:K.hex.40⟧ user_agent="okhttp/⟦:X.ver⟧"'),
    ('uk', 0, 'Напиши оголошення: «Загубився кіт, рудий, відгукується на Барсик. Дзвоніть: ⟦phone:P.ua⟧ або пишіть ⟦email:E.ua.r⟧.»'),
    ('uk', 1, 'Номер телефону, надиктований у голосовому: ⟦phone:P.ua|sp.uk⟧. А номер замовлення ⟦:X.digits.9⟧.'),
    ('uk', 0, 'Лист від роботодавця: «Просимо надіслати IBAN для зарплати на ⟦email:E.co⟧». Відповів: «Добрий день, мій IBAN ⟦iban:I.ua⟧, ⟦:N.ua⟧».'),
    ('uk', 2, 'Налаштування роутера (скріншот):\nWAN IP: ⟦ip:IP4.pub⟧\nМаска: ⟦:X.netmask⟧\nDNS: ⟦:X.dnspub⟧'),
])

family('ar_namathij', [
    ('ar', 1, 'ساعدني في ترجمة هذا النموذج إلى الإنجليزية:\nالاسم: ⟦:N.ar⟧\nتاريخ الميلاد: ⟦dob:D.ar⟧\nرقم الطلب: ⟦:X.order.REQ⟧'),
    ('ar', 0, 'تحويل بنكي إلى: ⟦:N.ar⟧\nالآيبان: ⟦iban:I.sa⟧\nالمبلغ: 1,250 ريال'),
    ('ar', 0, 'اكتب رسالة واتساب مهذبة للمالك: مرحباً، أنا المستأجر الجديد في الشقة 7، رقمي ⟦phone:P.ae⟧ وإيميلي ⟦email:E.ar⟧.'),
    ('ar', 1, 'بطاقة المريض (مسح ضوئي):\nاسم المريض: ⟦:N.ar⟧\nتاريخ الميلاد: ⟦dob:D.ar|dg.arab⟧\nتاريخ الدخول: ⟦:X.date.ar|dg.arab⟧\nالهاتف: ⟦phone:P.eg|dg.arab⟧'),
    ('ar', 0, 'نسيت كلمة المرور الخاصة بتطبيق البنك. كانت ⟦secret:K.pw.ar⟧ وأعتقد أنني غيرتها. هل يمكنك مساعدتي في كتابة رسالة للدعم؟ الحساب المسجل ⟦iban:I.ae⟧.'),
    ('ar', 1, 'سجل الخادم:\n⟦:X.ts.iso⟧ login ok user=⟦email:E.ar⟧ ip=⟦ip:IP4.pub⟧ geo=Riyadh\nهل هذا الدخول طبيعي؟'),
    ('ar', 1, 'عندي بطاقة مدى ولما أدخل الرقم ⟦card:C.visa.sp⟧ في المتجر يطلع خطأ. تاريخ الانتهاء ⟦:X.mmyy⟧.'),
    ('ar', 0, 'ترجم: «مرحباً، أنا ⟦:N.ar⟧، وُلدت في عمّان. أرجو التواصل معي بخصوص طلب المنحة.»'),
    ('ar', 1, 'إعدادات الراوتر: اسم الشبكة Zain-5G-Home، كلمة السر ⟦secret:K.wifi⟧، الرقم التسلسلي ⟦:X.serial⟧'),
])

family('hi_seva', [
    ('hi', 1, 'मेरा बिजली बिल का कनेक्शन नंबर ⟦:X.digits.12⟧ है। रजिस्टर्ड मोबाइल पर OTP नहीं आ रहा। शिकायत लिखने में मदद करो।'),
    ('hi', 0, 'आवेदन पत्र:\nनाम: ⟦:N.hi⟧\nमोबाइल: ⟦phone:P.in⟧'),
    ('hi', 1, 'bhai mera Flipkart account hack ho gaya lagta hai. email ⟦email:E.hi⟧ hai aur password ⟦secret:K.pw.hi⟧ tha. order id ⟦:X.order.OD⟧ maine nahi kiya. kya karu?'),
    ('hi', 0, 'स्कूल एडमिशन फॉर्म: बच्चे का नाम ⟦:N.hi⟧, जन्म तिथि ⟦dob:D.hi_long.kid⟧।'),
    ('hi', 0, "कृपया इस संदेश का अंग्रेज़ी अनुवाद करें: 'नमस्ते, मैं ⟦:N.hi⟧ बोल रहा हूँ, मेरा नंबर ⟦phone:P.in|dg.deva⟧ है, कल सुबह फ़ोन करना।'"),
    ('hi', 1, 'Mere startup ka .env galti se public GitHub pe push ho gaya:\nRAZORPAY_KEY_ID=⟦:X.rzp_id⟧\nRAZORPAY_KEY_SECRET=⟦secret:K.rzp⟧\nAb kya karna chahiye?'),
    ('hi', 0, 'मेरी दादी का जन्म ⟦dob:D.hi_long.old⟧ को हुआ था। पेंशन पोर्टल पर उनकी ईमेल ⟦email:E.hi⟧ डालनी है।'),
    ('hi', 1, 'Card se paise kat gaye par recharge nahi hua. Card ⟦card:C.rupay.sp⟧, txn id ⟦:X.hex.12⟧. Complaint kaise likhun?'),
    ('hi', 1, "गैस बुकिंग SMS: 'प्रिय ग्राहक, आपकी बुकिंग संख्या ⟦:X.digits.8⟧ है। डिलीवरी के समय DAC बताएं।' इसमें DAC क्या है?"),
    ('hi', 1, 'हमारी सोसाइटी के व्हाट्सऐप ग्रुप का नियम लिखो: सदस्य सिर्फ़ फ्लैट नंबर और फ़ोन (जैसे ⟦:X.fakephone⟧) डालें, बैंक डिटेल नहीं।'),
])

family('zh_apps', [
    ('zh', 1, '帮我把这段聊天记录整理成表格：\n张经理：客户的手机号是 ⟦phone:P.cn⟧\n小王：好的，订单号 ⟦:X.digits.18⟧ 已经发货了'),
    ('zh', 0, '会员注册信息\n姓名：⟦:N.zh⟧\n出生日期：⟦dob:D.zh⟧\n会员等级：金卡'),
    ('zh', 1, '我的银联卡 ⟦card:C.unionpay.sp⟧ 在国外刷不了，打 ⟦:X.svc_phone⟧ 客服电话有用吗？'),
    ('zh', 1, '服务器日志报错：\n2026-11-27 10:03:55 [WARN] 登录失败 user=⟦email:E.zh⟧ ip=⟦ip:IP4.pub⟧ 次数=5\n2026-11-27 10:04:02 [INFO] trace=⟦:X.hex.32⟧'),
    ('zh', 0, '请把这个快递单上的信息翻译成英文：收件人 ⟦:N.zh⟧，地址 上海市浦东新区张江路 88 号。'),
    ('zh', 1, '阿里云 AccessKey 泄露了怎么办？配置文件里写的是 AccessKeyId=⟦secret:K.aliyun_id⟧ AccessKeySecret=（已删除），区域 cn-hangzhou，账号 ID ⟦:X.digits.16⟧。'),
    ('zh', 0, '写一条朋友圈文案：周末烘焙课报名请打电话 ⟦phone:P.cn|sp.zh1⟧，或者发邮件到 ⟦email:E.zh⟧。'),
    ('zh', 1, "数据库导出（部分）：\nINSERT INTO users (id, name, birth_date) VALUES (⟦:X.digits.7⟧, '⟦:N.zh⟧', '⟦dob:D.iso⟧');"),
    ('zh', 1, '微信支付商户配置：mch_id=⟦:X.digits.10⟧, api_v3_key=⟦secret:K.b62.32⟧。这样填对吗？'),
    ('zh', 0, '我朋友的邮箱是 ⟦email:E.zh|at.zh⟧，怕被爬虫抓到所以这样写的，能帮我还原吗？'),
])

family('ja_moushikomi', [
    ('ja', 0, '以下の申込書をメール用に整えてください。\n氏名：⟦:N.ja⟧\nメールアドレス：⟦email:E.ja⟧'),
    ('ja', 0, '病院の問診票：⟦:N.ja⟧ 様、生年月日 ⟦dob:D.ja_era⟧、連絡先 ⟦phone:P.jp⟧。既往歴：なし。'),
    ('ja', 1, 'パスワードを忘れました。以前のパスワードは「⟦secret:K.pw.ja⟧」だったと思います。ログインIDは ⟦email:E.ja⟧ です。問い合わせ番号 ⟦:X.order.Q⟧。'),
    ('ja', 1, '宅配便の不在票（読み取り）：お問い合わせ伝票番号 ⟦:X.digits.12⟧、ご依頼主 ⟦:N.ja⟧ 様'),
    ('ja', 1, 'サーバのアクセスログです。不正アクセスでしょうか？\n⟦ip:IP6>a⟧ - - [27/Nov/2026:09:15:22 +0900] "POST /wp-login.php HTTP/1.1" 200 4127\n⟦ip:<a⟧ - - [27/Nov/2026:09:15:24 +0900] "GET /xmlrpc.php HTTP/1.1" 405 166'),
    ('ja', 1, '会員カードの裏に書いてある番号 ⟦:X.serial.card⟧ はクレジットカード番号ですか？ポイントカードだと思うのですが。'),
    ('ja', 1, 'クレジットカード番号を全角で入力するとエラーになります：⟦card:C.jcb.sp|fw⟧。半角に変換する関数を書いてください。有効期限は ⟦:X.mmyy⟧ です。'),
    ('ja', 0, '役所の手続きで、生年月日の欄に「⟦dob:D.ja_era⟧」と和暦で入れたら、西暦で入力してくださいと言われました。西暦だと何年ですか？'),
    ('ja', 1, 'AWSのアクセスキーをSlackに貼ってしまいました：⟦secret:K.aws_secret⟧ 。アカウントIDは ⟦:X.awsacct⟧ です。すぐにやるべきことは？'),
    ('ja', 0, 'LINEで友達に送る文：「新しい番号は ⟦phone:P.jp|sp.ja⟧ だよ、登録しといて！」'),
])

family('ko_apps', [
    ('ko', 1, '회원가입 정보 정리 부탁해요.\n이름: ⟦:N.ko⟧\n생년월일: ⟦dob:D.ko⟧\n가입일: ⟦:X.date.ko⟧'),
    ('ko', 0, '배달앱 요청사항: 문 앞에 두고 벨 누르지 마세요. 연락처 ⟦phone:P.kr⟧ (안심번호 아님)'),
    ('ko', 1, '게임 계정 해킹당했어요. 이메일 ⟦email:E.ko⟧, 비밀번호는 ⟦secret:K.pw.ko⟧ 였어요. 고객센터에 보낼 문의글 써 주세요. 문의번호 ⟦:X.order.CS⟧'),
    ('ko', 0, '이력서: ⟦:N.ko⟧ / 경력 5년 / ⟦email:E.ko⟧'),
    ('ko', 1, "병원 예약 문자: '[OO내과] ⟦:N.ko⟧님 ⟦:X.date.ko⟧ 오전 10시 예약되었습니다.' 이거 영어로 번역해줘"),
    ('ko', 0, '친구 전화번호를 한글로 적어놨는데 숫자로 바꿔줘: ⟦phone:P.kr|sp.ko⟧'),
    ('ko', 1, '충전용 카드 ⟦card:C.visa⟧ 로 결제하려니 오류 코드 E⟦:X.digits.4⟧ 가 떠요. 왜 그럴까요?'),
    ('ko', 1, '공유기 관리자 페이지: 외부 IP ⟦ip:IP4.pub⟧, 펌웨어 ⟦:X.ver⟧'),
    ('ko', 1, "엑셀에 고객 생년월일 컬럼이 '⟦dob:D.ko⟧' 형식인데 만 나이 계산식 알려줘. 기준일은 ⟦:X.date.ko⟧ 로 해 줘."),
])

family('sea_africa', [
    ('vi', 1, "Giúp mình viết tin nhắn cho shipper: 'Anh ơi, em ở tầng 5, gọi em số ⟦phone:P.vn⟧ nhé.' Mã đơn ⟦:X.order.SPX⟧."),
    ('vi', 0, 'Phiếu đăng ký học thêm:\nHọ và tên: ⟦:N.vi⟧\nNgày sinh: ⟦dob:D.vi.kid⟧\nLớp: 7A'),
    ('vi', 0, 'Mình bị lộ mật khẩu Facebook: ⟦secret:K.pw.vi⟧. Email đăng nhập ⟦email:E.vi⟧. Làm sao bật xác thực 2 lớp?'),
    ('id', 1, "Tolong bikin pesan WhatsApp ke kurir: 'Pak, paketnya titip di satpam aja ya. No HP saya ⟦phone:P.id⟧.' No resi: ⟦:X.resi⟧"),
    ('id', 0, 'Formulir pendaftaran kursus:\nNama: ⟦:N.id⟧\nKata sandi akun: ⟦secret:K.pw.id⟧'),
    ('id', 1, 'Pakai kartu ini buat bayar tiket ya: ⟦card:C.mc.dash⟧ exp ⟦:X.mmyy⟧. Jangan disebar!'),
    ('sw', 0, 'Fomu ya usajili:\nJina: ⟦:N.sw⟧\nNamba ya simu: ⟦phone:P.tz⟧\nBarua pepe: ⟦email:E.sw⟧'),
    ('sw', 1, "Nimepokea SMS: 'M-PESA: Umepokea Ksh 2,500 kutoka ⟦:N.sw⟧ ⟦phone:P.ke⟧. Kitambulisho cha muamala ⟦:X.mpesa⟧.' Je, hii ni ya kweli au ni utapeli?"),
    ('vi', 1, 'Log ứng dụng ví điện tử:\n[ERROR] verify failed device=⟦:X.uuid⟧ ip=⟦ip:IP4.pub⟧'),
    ('sw', 0, 'Nenosiri la Wi-Fi ya ofisi ni ⟦secret:K.wifi⟧. Usiliweke kwenye ubao wa matangazo tena, tafadhali.'),
])

family('ride_hailing_delivery', [
    ('en', 1, "Ride receipt forwarded to me: 'Thanks for riding, ⟦:NF.en⟧. Trip ID ⟦:X.uuid⟧. Your driver's number was masked for privacy.' Can I expense this?"),
    ('es', 0, "Mensaje del conductor: 'Estoy en la puerta 3 de la terminal, coche gris. Si no me ves, llámame al ⟦phone:P.es⟧.' ¿Cómo le digo que llego en diez minutos?"),
    ('tr', 0, "Taksi şoförüne yazacağım: 'Merhaba, bagajda valizim kaldı. Bana ⟦phone:P.tr⟧ numarasından ulaşabilir misiniz?' Daha kibar yazar mısın?"),
    ('id', 1, 'Driver ojol minta saya batalkan pesanan dan bayar langsung ke rekening pribadinya, terus minta kode OTP. Order ID ⟦:X.order.GJK⟧. Ini penipuan kan?'),
    ('vi', 0, "Tài xế gửi tin: 'Chị ơi em tới rồi, xe trắng, gọi em số ⟦phone:P.vn⟧.' Trả lời sao cho lịch sự?"),
    ('ar', 0, "السائق أرسل: 'أنا عند البوابة، اتصل على ⟦phone:P.ae⟧'. كيف أرد بأدب أنني سأتأخر خمس دقائق؟"),
    ('pt', 2, 'Meu app de delivery vazou isso no log:\nPOST /v1/riders/location lat=-23.5614 lng=-46.6559 rider_id=⟦:X.digits.8⟧ session=⟦secret:K.session⟧'),
    ('ko', 0, '배달 라이더 앱에서 고객 안심번호 대신 실제 번호 ⟦phone:P.kr⟧ 가 보였어요. 신고해야 하나요?'),
    ('hi', 0, "Bike taxi captain ne bola 'OTP batao' — maine nahi bataya aur ride cancel kar di. Report kaise karun?"),
    ('de', 1, "Fahrer-App: Bestellung ⟦:X.order.LF⟧, die Kundin hat im Kommentar 'Klingel defekt, bitte anrufen: ⟦phone:P.de⟧' geschrieben. Darf ich die Nummer nach der Lieferung behalten?"),
    ('ru', 0, 'Курьер прислал: «Я у подъезда, чек отправил на ⟦email:E.ru.r⟧». Почему он знает мою почту?'),
    ('sw', 0, "Dereva ameniandikia: 'Niko getini, nipigie simu.' Nimjibu vipi kwa Kiingereza kwamba nashuka sasa hivi?"),
])

family('more_languages', [
    ('cs', 0, 'Můžeš mi opravit tento e-mail pro školu? „Dobrý den, omlouvám syna z výuky. Kontakt: ⟦phone:P.cz⟧, ⟦email:E.cz⟧.“'),
    ('el', 0, 'Μετάφρασε στα αγγλικά: «Ημερομηνία γέννησης: ⟦dob:D.fr.adult⟧, κινητό τηλέφωνο ⟦phone:P.gr⟧»'),
    ('he', 0, "תרגם לאנגלית: 'שלום, המספר שלי ⟦phone:P.il⟧ והמייל ⟦email:E.en.r⟧, אפשר לשלוח את החוזה לשם.'"),
    ('hu', 1, 'Kérlek, javítsd ki ezt a számlaadatot: név ⟦:N.hu⟧, IBAN ⟦iban:I.hu⟧, számlaszám ⟦:X.invoice.HU⟧.'),
    ('sv', 0, "Kan du skriva ett sms till hyresvärden? 'Hej, jag har bytt nummer till ⟦phone:P.se⟧. Lösenordet till tvättstugebokningen funkar inte heller: ⟦secret:K.pw.en⟧'"),
    ('tl', 0, "Paki-translate sa English: 'Ang numero ko ay ⟦phone:P.ph⟧, pakitext na lang po pag nandyan na kayo.'"),
    ('fi', 1, "Käännä englanniksi: 'Syntymäaikani on ⟦dob:D.de⟧ ja asiakasnumeroni on ⟦:X.digits.8⟧.'"),
    ('ro', 0, 'Formular de înscriere la grădiniță: numele copilului ⟦:N.ro⟧, data nașterii ⟦dob:D.ro.kid⟧, e-mail părinte ⟦email:E.ro.r⟧.'),
    ('cs', 0, 'Heslo k Wi-Fi na chatě je ⟦secret:K.wifi⟧, napiš to prosím na lísteček hezky česky pro hosty.'),
    ('el', 1, 'Μήνυμα από courier: «Το δέμα σας ⟦:X.track.s10⟧ δεν παραδόθηκε, πληρώστε 1,99 € στον σύνδεσμο». Είναι απάτη;'),
])

family('us_tax_prep', [
    ('en', 1, "I'm doing our taxes. My SSN is ⟦ssn:S⟧, my wife's is ⟦ssn:S⟧. Our daughter turned 17 this year. Can we still claim the child tax credit? The EIN for my side business is ⟦:X.ein⟧."),
    ('es', 1, 'Ayúdame a llenar el formulario W-9: Nombre ⟦:N.mx⟧, número de Seguro Social ⟦ssn:S⟧. ¿O pongo mi ITIN ⟦:X.itin⟧? Ya tengo los dos.'),
    ('en', 1, "W-2 (OCR)\na Employee's social security number ⟦ssn:S⟧\nb Employer identification number (EIN) ⟦:X.ein⟧\nc Employer's name: Brightline Logistics LLC\ne Employee's name ⟦:N.en⟧\n1 Wages 48,210.55   2 Federal income tax withheld 5,117.02"),
    ('es', 0, 'Mi papá perdió su tarjeta del Seguro Social. Su número es ⟦ssn:S.sp⟧ y nació el ⟦dob:D.us.old⟧. ¿Cómo pedimos el reemplazo en línea?'),
    ('en', 0, "Our payroll CSV won't import:\nemployee_id,name,ssn,dept\n1042,⟦:N.en⟧,⟦ssn:S.none⟧,Warehouse\n1043,⟦:N.en⟧,⟦ssn:S⟧,Drivers\nError: 'ssn must be 9 digits without dashes'"),
    ('en', 1, 'Is this a valid SSN? ⟦:X.ssnbad.area666⟧ — the IRS site keeps rejecting it.'),
    ('es', 0, "Transcripción de buzón de voz: 'Hola, habla ⟦:N.mx⟧, le llamo por mi declaración. Mi seguro social es ⟦ssn:S|sp.es⟧, y mi número es ⟦phone:P.us⟧. Gracias.'"),
    ('en', 1, "Form SS-5 draft: Full name ⟦:N.en⟧; Date of birth ⟦dob:D.us⟧; Place of birth: El Paso, TX; Previous SSN: ⟦ssn:S⟧; Today's date ⟦:X.date.us⟧"),
    ('en', 0, 'Write a polite email to our tax preparer: I am sending the 1099-NEC for our contractor. Her SSN is ⟦ssn:S⟧ and she can be reached at ⟦email:E.en⟧.'),
    ('en', 1, "My bank's verification call asked for the last 4 of my social (⟦:X.last4⟧) and my date of birth (⟦dob:D.us⟧). Is that normal, or was it a scam?"),
    ('es', 1, 'Recibí una carta del IRS con el número ⟦:X.ssnbad.serial0000⟧ como si fuera mi seguro social, pero mi número real es ⟦ssn:S⟧. ¿Error de ellos?'),
    ('en', 1, 'Tax software JSON export:\n{"taxpayer":{"ssn":"⟦ssn:S.none⟧","filing_status":"MFJ"},"spouse":{"ssn":"⟦ssn:S.none⟧"},"preparer_ptin":"⟦:X.ptin⟧"}'),
    ('es', 1, 'Planilla de nómina (OCR):\nEmpleado: ⟦:N.mx⟧\nNúmero de Seguro Social: ⟦ssn:S⟧\nCheque n.º ⟦:X.digits.6⟧\nHoras: 38,5'),
    ('en', 1, 'Rental application, section 4: Applicant SSN ⟦ssn:S.none⟧ (for the background check). Co-applicant SSN ⟦ssn:S⟧. Application ID ⟦:X.order.APP⟧. Can the landlord legally ask for this?'),
])

family('uk_payroll_hr', [
    ('en', 1, 'New starter checklist\nName: ⟦:N.en⟧\nNI number: ⟦nino:NI⟧\nDOB: ⟦dob:D.uk.adult⟧\nSort code: ⟦:X.sort⟧'),
    ('en', 1, 'Can you spot why HMRC rejected this RTI submission? NINO field: ⟦:X.ninobad.prefix⟧, surname ⟦:NL.en⟧.'),
    ('en', 0, 'Email to HR: Hi Priya, my National Insurance number is wrong on my payslip. The correct one is ⟦nino:NI⟧ (previous payslips show it right). My mobile is ⟦phone:P.uk⟧.'),
    ('en', 1, "P45 Part 1A (scanned):\n1 Employer PAYE reference ⟦:X.paye⟧\n2 Employee's National Insurance number ⟦nino:NI⟧\n3 Surname ⟦:NL.en⟧ First name(s) ⟦:F.en⟧"),
    ('pl', 0, "Tłumaczenie dla mamy: w liście z DWP jest 'Your National Insurance number is ⟦nino:NI⟧ and your date of birth is ⟦dob:D.uk_long.old⟧'. Co to znaczy?"),
    ('en', 1, "Our HR system stores NINOs like '⟦nino:NI.c⟧'. A colleague pasted ⟦:X.nino_sample⟧ into a test record — is that a real one?"),
    ('en', 1, 'Payroll export (pipe-delimited):\nEMP0193|⟦:N.en⟧|⟦nino:NI.c⟧|Leeds\nEMP0194|⟦:N.en⟧|⟦nino:NI.c⟧|Hull\nGenerated ⟦:X.ts.iso⟧'),
    ('ro', 1, 'Bună, am nevoie de ajutor cu aplicația pentru Universal Credit. Îmi cere numărul National Insurance: ⟦nino:NI⟧, data nașterii: ⟦dob:D.ro.adult⟧. Numărul de referință e ⟦:X.order.UC⟧.'),
    ('en', 1, 'HR ticket: Employee says her NINO ⟦:X.ninobad.suffix⟧ was rejected. I think the last letter is wrong.'),
    ('pt', 0, "Amigo, quando for preencher o formulário do trabalho em Londres, o campo 'NI number' é isso aqui: ⟦nino:NI⟧. Meu telefone inglês é ⟦phone:P.uk⟧."),
    ('en', 1, 'Pension auto-enrolment letter: Member ⟦:N.en⟧, NI no. ⟦nino:NI.m⟧, scheme ref ⟦:X.order.PEN⟧.'),
])

family('dating_social', [
    ('en', 0, "Help me reply to this match without sounding weird: 'Haha yeah I'd love to grab coffee! Text me instead, this app is glitchy: ⟦phone:P.us⟧'"),
    ('fr', 0, "Profil de rencontre, aide-moi à le rendre plus drôle : « ⟦:NF.fr⟧, 34 ans, Lyonnaise, fan de randonnée. Écris-moi sur ⟦email:E.fr⟧ si l'appli bugue. »"),
    ('de', 0, 'Chat-Export (Dating-App):\n[21:14] ⟦:NF.de⟧: Du bist echt witzig 😄\n[21:16] Ich: Danke! Schreib mir lieber auf WhatsApp: ⟦phone:P.de|zw⟧\n[21:17] ⟦:F.de⟧: Warum ist da so ein komisches Zeichen drin?'),
    ('tr', 0, "Sosyal medyada biri bana 'doğum tarihini söyle, burç yorumu yapayım' dedi, ben de ⟦dob:D.tr_long.adult⟧ yazdım. Sonra hesabım çalındı. Bağlantısı olabilir mi?"),
    ('en', 1, "Dating safety post draft: never share your home address, and be careful with numbers like the one this scammer sent me: ⟦phone:P.ng⟧ ('text me on WhatsApp, I'm an engineer on an oil rig'). Reported profile ID ⟦:X.digits.9⟧."),
    ('pt', 0, 'Ele me passou o e-mail dele escrito assim pra não ser banido do app: ⟦email:E.br|at.pt⟧. Como eu mando mensagem?'),
    ('en', 1, "Someone on Discord is asking for my 'birth date for age verification' for a server. I gave ⟦dob:D.us.adult⟧. Server ID ⟦:X.snowflake⟧. Was that dangerous?"),
    ('ar', 0, "شخص من تطبيق تعارف أرسل لي: 'هذا رقمي على الواتساب ⟦phone:P.eg⟧' هل أرد عليه؟"),
    ('nl', 0, 'Mijn date stuurde haar nummer in woorden omdat de app cijfers blokkeert: ⟦phone:P.nl|sp.nl⟧. Slim hè?'),
])

family('online_games', [
    ('en', 1, 'My Steam account got stolen. Login email was ⟦email:E.en⟧, password ⟦secret:K.pw.en⟧. Support asked for the purchase ID ⟦:X.digits.19⟧. What else should I include?'),
    ('pt', 1, 'Vendi minha conta de Free Fire e o cara pediu o e-mail e a senha: ⟦email:E.br⟧ / ⟦secret:K.pw.pt⟧. Ele mudou tudo e não pagou. ID do jogador: ⟦:X.digits.10⟧.'),
    ('ru', 1, 'Сервер Minecraft, server.properties:\nserver-ip=⟦ip:IP4.pub⟧\nserver-port=25565\nlevel-seed=⟦:X.seed⟧'),
    ('de', 1, 'Mein Discord-Bot (discord.py) geht nicht online:\nTOKEN = "⟦secret:K.discord⟧"\nGUILD_ID = ⟦:X.snowflake⟧\nFehler: 401 Unauthorized'),
    ('en', 1, "Ban appeal draft: 'My account was used while I was asleep. Riot ID ⟦:X.riotid⟧. Contact: ⟦email:E.en⟧.'"),
    ('zh', 0, '游戏账号申诉：账号绑定手机 ⟦phone:P.cn⟧，实名认证出生日期 ⟦dob:D.zh.adult⟧。'),
    ('tr', 1, 'Valheim sunucusu şifresi ⟦secret:K.pw.tr⟧, IP ⟦ip:IP4.pub⟧:2456. Sürüm ⟦:X.ver⟧.'),
    ('en', 1, 'Minecraft server log: [Server thread/INFO]: ⟦:X.mcname⟧[/⟦ip:IP4.pub⟧:51544] logged in with entity id 312 at (⟦:X.mccoord⟧)'),
    ('ko', 0, '게임 아이템 거래 사기 당했어요. 판매자 연락처 ⟦phone:P.kr⟧. 신고 글 써 주세요.'),
])

family('iot_routers', [
    ('en', 2, "My Raspberry Pi won't get online. /etc/dhcpcd.conf:\ninterface eth0\nstatic ip_address=⟦ip:IP4.priv⟧/24\nstatic domain_name_servers=⟦:X.dnspub⟧ ⟦:X.dnspub2⟧"),
    ('de', 1, 'FRITZ!Box Ereignisprotokoll:\n27.11.26 07:39:55 Internetverbindung wurde erfolgreich hergestellt. IP-Adresse: ⟦ip:IP4.pub⟧, DNS-Server: ⟦:X.dnspub⟧'),
    ('en', 1, 'Home Assistant secrets.yaml:\nwifi_ssid: "Casa-Oliveira-5G"\nwifi_password: "⟦secret:K.wifi⟧"\nlatitude: ⟦:X.lat⟧'),
    ('fr', 1, "Ma box affiche : Adresse IPv4 publique ⟦ip:IP4.pub⟧, masque ⟦:X.netmask⟧. Mot de passe admin : ⟦secret:K.hex.8u⟧ (celui sous la box). C'est normal que l'IP change ?"),
    ('es', 1, 'Cámara IP en el portal del fabricante: número de serie ⟦:X.serial⟧, RTSP: rtsp://admin:⟦secret:K.pw.url⟧@⟦ip:IP4.priv⟧:554/stream1'),
    ('nl', 1, "Mijn slimme thermostaat logt: 'cloud connect fail 0x1F, device ⟦:X.uuid⟧'. Wat betekent dat?"),
    ('pl', 0, 'Instrukcja dla babci, żeby podłączyła tablet do Wi-Fi: sieć „Dom_Kowalski”, hasło: ⟦secret:K.wifi⟧. Napisz to dużymi literami i prostymi słowami.'),
    ('en', 2, 'WireGuard wg0.conf:\n[Interface]\nPrivateKey = ⟦secret:K.wg⟧\n[Peer]\nPublicKey = ⟦:X.wgpub⟧\nEndpoint = ⟦ip:IP4.pub⟧:51820\nAllowedIPs = 0.0.0.0/0'),
    ('en', 1, 'Smart lock API call:\ncurl -X POST https://api.lockly-cloud.io/v1/locks/⟦:X.hex.24⟧/unlock -H "Authorization: Bearer ⟦secret:K.jwt⟧"'),
])

family('cloud_console', [
    ('en', 2, '~/.aws/credentials\n[default]\naws_access_key_id = ⟦secret:K.aws_akid⟧\naws_secret_access_key = ⟦secret:K.aws_secret⟧\nregion = eu-central-1\n\nWhy does `aws sts get-caller-identity` say account ⟦:X.awsacct⟧ and arn ⟦:X.arn⟧?'),
    ('en', 0, 'Terraform plan output leaks a value:\n  + resource "aws_db_instance" "main" {\n      + password   = "⟦secret:K.pw.url⟧"\n      + username   = "appadmin"'),
    ('en', 2, 'GCP service account key (downloaded from the console):\n{\n  "type": "service_account",\n  "project_id": "invoice-ocr-prod",\n  "private_key_id": "⟦:X.hex.40⟧",\n  "private_key": "⟦secret:K.pem_pkcs8_json⟧",\n  "client_email": "ocr-worker@invoice-ocr-prod.iam.gserviceaccount.com"\n}'),
    ('de', 1, 'Azure-Portal → Speicherkonto → Zugriffsschlüssel. Ich habe die Verbindungszeichenfolge kopiert:\nDefaultEndpointsProtocol=https;AccountName=rechnungsarchiv;AccountKey=⟦secret:K.azure⟧;EndpointSuffix=core.windows.net\nWie rotiere ich den Schlüssel? Abonnement-ID ⟦:X.uuid⟧'),
    ('en', 1, 'kubectl get secret db-creds -o yaml\napiVersion: v1\ndata:\n  password: ⟦secret:K.pw.url|b64⟧\n  username: YXBw\nkind: Secret\nmetadata:\n  uid: ⟦:X.uuid⟧'),
    ('es', 1, 'En la consola de DigitalOcean generé un token: ⟦secret:K.do⟧. El droplet tiene IP ⟦ip:IP4.pub⟧ y el ID ⟦:X.digits.9⟧. ¿Cómo uso doctl con ese token sin guardarlo en el historial?'),
    ('en', 1, 'AWS sign-in URL for our team: https://⟦:X.awsacct⟧.signin.aws.amazon.com/console — user: jdoe, temporary password: ⟦secret:K.pw.en⟧ (must change at first login).'),
    ('en', 2, 'IAM policy JSON — is it too broad?\n{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"⟦:X.arns3⟧"}]}'),
])

family('dev_env_files', [
    ('en', 3, '.env.example vs .env — which is safe to commit?\n# .env.example\nDATABASE_URL=postgres://app:${DB_PASSWORD}@localhost:5432/app\nSTRIPE_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\n# .env\nDATABASE_URL=postgres://app:⟦secret:K.pw.url⟧@db:5432/app\nSTRIPE_KEY=${STRIPE_KEY}'),
    ('en', 1, 'docker-compose.yml:\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ⟦secret:K.pw.url⟧\n  mail:\n    environment:\n      SMTP_USER: ⟦email:E.co⟧\n      SMTP_PASS: "{{ smtp_password }}"'),
    ('de', 1, 'Unser Kollege hat in die application.yml geschrieben:\nspring:\n  datasource:\n    url: jdbc:mysql://lager-db:3306/lager\n    username: lager_app\n    password: ⟦secret:K.pw.de⟧\n  mail:\n    password: ${MAIL_PASSWORD}\nIst das ein Problem?'),
    ('en', 1, '.npmrc in the repo root:\n//registry.npmjs.org/:_authToken=⟦secret:K.npm⟧\n@mycorp:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}'),
    ('en', 0, "settings.py snippet, is this OK for production?\nSECRET_KEY = '⟦secret:K.django⟧'\nDEBUG = False\nALLOWED_HOSTS = ['⟦ip:IP4.pub⟧', 'shop.kaffeeroesterei-nord.de']"),
    ('pt', 0, 'Alguém sabe por que o pip não acha o pacote? pip.conf:\n[global]\nindex-url = https://deploy:⟦secret:K.pw.url⟧@pypi.empresa-xyz.com.br/simple\ntrusted-host = pypi.empresa-xyz.com.br'),
    ('en', 1, 'GitHub Actions workflow:\n- name: Publish\n  run: twine upload dist/*\n  env:\n    TWINE_USERNAME: __token__\n    TWINE_PASSWORD: ⟦secret:K.pypi⟧\nShould this be ${{ secrets.PYPI_TOKEN }} instead?'),
    ('en', 1, '~/.git-credentials:\nhttps://⟦:X.ghuser⟧:⟦secret:K.ghp⟧@github.com\n(last commit ⟦:X.gitsha⟧)'),
    ('ja', 1, 'Next.jsの.env.localです。NEXT_PUBLIC_で始まる変数は公開されると聞きました。\nNEXT_PUBLIC_SUPABASE_URL=https://⟦:X.b36.20⟧.supabase.co\nSUPABASE_SERVICE_ROLE_KEY=⟦secret:K.jwt⟧'),
])

family('ci_logs_stacktraces', [
    ('en', 1, 'Why is my CI failing?\n#14 [build 3/7] RUN pip install -r requirements.txt\n#14 ERROR: HTTP 401 from https://__token__:⟦secret:K.pypi⟧@upload.pypi.org/legacy/\n#14 sha256:⟦:X.sha256⟧ done'),
    ('en', 1, 'Traceback (most recent call last):\n  File "/srv/app/notify.py", line 41, in send\n    smtp.login("⟦email:E.co⟧", "⟦secret:K.pw.en⟧")\n  File "/usr/lib/python3.11/smtplib.py", line 750, in login\n    raise last_exception\nsmtplib.SMTPAuthenticationError: (535, b\'5.7.8 Username and Password not accepted\')\nrequest_id=⟦:X.uuid⟧'),
    ('en', 1, 'Sentry event:\nTypeError: Cannot read properties of undefined (reading \'email\')\n  at Checkout.submit (checkout.js:212:17)\nuser: {"id":"⟦:X.objid⟧","ip_address":"⟦ip:IP4.pub⟧"}'),
    ('es', 1, 'El log de nginx muestra esto y no entiendo:\n⟦ip:IP4.pub⟧ - - [26/Nov/2026:23:10:04 +0100] "GET /reset?email=⟦email:E.es|pctat⟧&token=⟦secret:K.hex.32⟧ HTTP/1.1" 200 512\n¿Se está filtrando el token de restablecimiento?'),
    ('en', 2, 'Java stack trace from the payment service:\ncom.acme.pay.CardDeclinedException: card ⟦card:C.visa.none⟧ declined (code 05)\n    at com.acme.pay.Gateway.charge(Gateway.java:88)\n    at com.acme.pay.CheckoutService.pay(CheckoutService.java:141)\nCaused by: java.net.SocketTimeoutException: connect timed out to gw.acme-pay.internal:443\nthread=pool-3-thread-7 trace=⟦:X.hex.32⟧'),
    ('fr', 0, 'Dans les logs Kubernetes j\'ai :\nlevel=error msg="failed to connect" dsn="mongodb+srv://api:⟦secret:K.pw.url⟧@cluster0.⟦:X.b36.5⟧.mongodb.net/prod" pod=api-7d9f8c6b5-x2kqp\nComment masquer le DSN dans les logs ?'),
    ('en', 2, 'GitLab CI job log:\n$ echo $CI_JOB_TOKEN\n[MASKED]\n$ export VAULT_TOKEN=⟦secret:K.vault⟧\n$ terraform init\nInitializing provider plugins... hashicorp/aws ⟦:X.ver⟧'),
    ('tr', 1, "PHP hatası alıyorum:\nPDOException: SQLSTATE[HY000] [1045] Access denied for user 'shop'@'⟦ip:IP4.priv⟧' (using password: YES) in /var/www/config.php:12\nconfig.php satır 12: $pass = '⟦secret:K.pw.tr⟧';\nPHP sürümü ⟦:X.ver⟧"),
])

family('structured_data', [
    ('en', 1, 'Convert this XML to JSON:\n<customer id="⟦:X.digits.6⟧">\n  <name>⟦:N.en⟧</name>\n  <email>⟦email:E.en⟧</email>\n  <tier>gold</tier>\n</customer>'),
    ('de', 1, "SQL-Dump, bitte DSGVO-konform pseudonymisieren:\nINSERT INTO kunden (id, vorname, nachname, email, iban) VALUES\n(⟦:X.digits.4⟧, '⟦:F.de⟧', '⟦:L.de⟧', '⟦email:E.de⟧', '⟦iban:I.de.e⟧');"),
    ('fr', 1, "Ce YAML d'import est-il valide ?\nclients:\n  - nom: ⟦:N.fr⟧\n    naissance: ⟦dob:D.iso.adult⟧\n    iban: ⟦iban:I.fr.e⟧\n    cree_le: ⟦:X.ts.iso⟧"),
    ('en', 2, 'Pandas is parsing phone numbers as floats. CSV head:\nid,phone,card_last4,signup\n1,⟦phone:P.uk.c⟧,⟦:X.last4⟧,2024-01-03\n2,⟦phone:P.uk.c⟧,⟦:X.last4⟧,2024-02-11'),
    ('es', 1, 'Respuesta de la API de clientes:\n{"data":[{"id":"⟦:X.uuid⟧","nombre":"⟦:N.es⟧","email":"⟦email:E.es⟧","tarjeta":{"marca":"visa"}}],"paginacion":{"pagina":1}}'),
    ('en', 2, 'protobuf debug string:\nuser {\n  id: ⟦:X.digits.12⟧\n  last_login_ip: "⟦ip:IP6⟧"\n  created_at { seconds: ⟦:X.epoch⟧ }\n}'),
    ('pl', 1, "Zapytanie SQL zwraca duplikaty:\nSELECT email, telefon FROM klienci WHERE email = '⟦email:E.pl⟧' OR email = lower('⟦:X.exmail⟧');\n-- wynik: 2 wiersze"),
    ('en', 1, 'vCard from my phone export:\nBEGIN:VCARD\nVERSION:3.0\nFN:⟦:N.en⟧\nTEL;TYPE=CELL:⟦phone:P.us⟧\nBDAY:⟦dob:D.iso⟧\nEND:VCARD'),
    ('en', 1, 'iCalendar invite body:\nBEGIN:VEVENT\nDTSTART:20261203T140000Z\nORGANIZER;CN=⟦:N.en⟧:mailto:⟦email:E.co⟧\nATTENDEE;CN=Guest:mailto:guest@example.com\nEND:VEVENT'),
    ('en', 1, 'Postgres dump from the HR app, please write a masking script:\nCOPY employees (id, full_name, ssn, team) FROM stdin;\n⟦:X.digits.4⟧\t⟦:N.en⟧\t⟦ssn:S⟧\tsupport\n\\.'),
])

family('email_threads', [
    ('en', 1, "Summarise this thread:\n\nOn Tue, 25 Nov 2026 at 16:02, ⟦:N.en⟧ <⟦email:E.en⟧> wrote:\n> Can you send the signed lease by Friday? Call me if anything's unclear.\n>\n> On Mon, 24 Nov 2026, ⟦:N.en⟧ wrote:\n>> Attached. Unit 4B, lease ref ⟦:X.order.LSE⟧."),
    ('de', 1, 'Bitte auf Englisch übersetzen:\n\n-----Ursprüngliche Nachricht-----\nVon: ⟦:N.de⟧ <⟦email:E.co⟧>\nGesendet: Mittwoch, 26. November 2026 09:14\nBetreff: AW: Angebot ⟦:X.order.AN⟧\n\nSehr geehrte Damen und Herren, anbei unser Angebot. Für Rückfragen: ⟦phone:P.de.land⟧.'),
    ('fr', 1, "Le 26/11/2026 à 10:41, ⟦:N.fr⟧ a écrit :\n> Bonjour, je vous confirme le rendez-vous pour la signature. Pensez à apporter votre RIB (IBAN ⟦iban:I.fr⟧).\n> --\n> ⟦:N.fr⟧ | Étude notariale | Tél. ⟦phone:P.fr.land⟧\n\nPeux-tu m'aider à répondre ?"),
    ('en', 1, 'Email signature block, make it cleaner:\n--\n⟦:N.en⟧\nSenior Account Manager | Northwind Freight\nM: ⟦phone:P.uk⟧\nVAT ⟦:X.vatgb⟧\nThis e-mail and any attachments are confidential.'),
    ('es', 0, 'El mar, 25 nov 2026, ⟦:N.es⟧ <⟦email:E.es⟧> escribió:\n> Te paso mis datos para la factura: ⟦:F.es⟧ ⟦:L.es⟧, pago por transferencia.\n\n¿Me ayudas a responderle que ya está todo recibido?'),
    ('ja', 1, '以下のメールに返信したいです。\n\n2026年11月26日(水) 14:05 ⟦:N.ja⟧ <⟦email:E.ja⟧>:\n> お世話になっております。見積書（No.⟦:X.digits.6⟧）を送付いたします。'),
    ('en', 1, 'Forwarded phishing email, is it legit?\n---------- Forwarded message ---------\nFrom: PayPal Service <⟦email=service@paypal-resolution-center.help⟧>\nDate: Wed, Nov 26, 2026\nSubject: Action required\n\nDear customer, confirm your card ⟦:X.mask.card⟧ at the link below.'),
    ('pt', 1, 'Em qua., 26 de nov. de 2026 às 11:03, ⟦:N.br⟧ <⟦email:E.br⟧> escreveu:\n> Segue o comprovante. A chave Pix é o meu e-mail mesmo.\n\nComo respondo agradecendo?'),
    ('ru', 1, 'Ответь на письмо:\n\n27.11.2026, 08:30, "⟦:N.ru⟧" <⟦email:E.ru⟧>:\n> Добрый день! Высылаю счёт. Оплатить можно картой или по реквизитам. Вопросы — по телефону ⟦phone:P.ru⟧.'),
    ('pl', 1, 'Treść maila do przeanalizowania:\nOd: ⟦:N.pl⟧ <⟦email:E.pl⟧>\nTemat: Faktura ⟦:X.invoice.PL⟧\n\nW załączniku faktura. Proszę o przelew na ⟦iban:I.pl⟧.'),
    ('en', 0, "Draft a reply to this HR email: 'We still need your Social Security number for the I-9 and payroll setup.' My SSN is ⟦ssn:S⟧; say I will bring the card on Monday."),
])

family('chat_exports', [
    ('de', 2, 'WhatsApp-Chat mit Vermieter:\n[26.11.26, 18:02:11] ⟦:N.de⟧: Der Handwerker kommt Donnerstag. Seine Nummer: ⟦phone:P.de⟧\n[26.11.26, 18:05:40] Ich: Danke! Und die Kaution?\n[26.11.26, 18:06:02] ⟦:F.de⟧: \u200e<Medien ausgeschlossen>'),
    ('en', 1, 'Telegram export (JSON):\n{"type":"message","date":"2026-11-25T21:14:02","from":"⟦:N.en⟧","from_id":"user⟦:X.digits.9⟧","text":"my backup email is ⟦email:E.en⟧"}'),
    ('es', 1, 'Chat de WhatsApp del grupo de padres:\n[25/11/26 20:15] ⟦:N.es⟧: Para la rifa, bizum al ⟦phone:P.es⟧ porfa\n[25/11/26 20:16] ⟦:N.es⟧: ¿y el que no tenga bizum?\n[25/11/26 20:18] ⟦:N.es⟧: o en efectivo el viernes'),
    ('en', 1, "Slack export snippet:\n[10:41] dana.k: prod db pw is ⟦secret:K.pw.url⟧ until we rotate\n[10:42] marc: please don't paste that here 🙃\n[10:42] dana.k: oops. ticket SEC-⟦:X.digits.4⟧"),
    ('ar', 1, 'محادثة واتساب:\n[٢٦/١١/٢٠٢٦ ٩:١٤ م] ⟦:N.ar⟧: رقم السائق ⟦phone:P.sa⟧\n[٢٦/١١/٢٠٢٦ ٩:١٥ م] أنا: شكراً'),
    ('ko', 1, '카톡 대화 내보내기:\n2026년 11월 26일 오후 9:12, 엄마 : 이모 새 번호 ⟦phone:P.kr⟧\n2026년 11월 26일 오후 9:13, 엄마 : 이모 생년월일 ⟦dob:D.ko_long.adult⟧ 이니까 보험 서류에 그렇게 적어'),
    ('en', 1, "Discord DM log:\nfrostbyte — Today at 9:02 PM\nhere's the shared account: ⟦email:E.en.r⟧ / ⟦secret:K.pw.en⟧\nfrostbyte — Today at 9:03 PM\ndon't change the pw lol, 2FA is off. message id ⟦:X.snowflake⟧"),
    ('ru', 0, 'Экспорт чата Telegram:\n[27.11.2026 10:01] Админ: Новый VPN-сервер ⟦ip:IP4.pub⟧, приватный ключ клиента ⟦secret:K.wg⟧\n[27.11.2026 10:02] Антон: спасибо'),
    ('en', 0, "iMessage screenshot text (OCR): 'Mom: grandma got a new phone' 'Me: nice' 'Mom: and her new cell ⟦phone:P.us⟧' — Delivered 9:41 AM"),
    ('tr', 1, 'WhatsApp grubu (site yönetimi):\n[25.11.2026 21:04] Yönetici: Aidat için IBAN ⟦iban:I.tr⟧\n[25.11.2026 21:05] ⟦:N.tr⟧: Açıklamaya daire no yazalım mı?\n[25.11.2026 21:06] Yönetici: Evet, lütfen.'),
    ('pl', 0, 'Eksport czatu z Messengera:\n[09:12] Kasia: jaki masz numer NI do formularza z agencji?\n[09:14] Ja: ⟦nino:NI⟧\n[09:15] Kasia: dzięki, wysyłam dziś'),
])

family('ocr_pdf', [
    ('en', 1, 'Text extracted from a scanned bank statement (bad OCR):\nACC0UNT H0LDER: ⟦:N.en⟧\nIBAN: ⟦iban:I.gb⟧   BIC: ⟦:X.bic.gb⟧\nPage 1 of 3'),
    ('de', 1, 'PDF-Text (Rechnung):\nRechnungsnummer: ⟦:X.invoice.DE⟧\nKunde: ⟦:N.de⟧\nBitte überweisen Sie den Betrag auf ⟦iban:I.de⟧ unter Angabe der Rechnungsnummer.'),
    ('fr', 2, "Texte OCR d'une carte de mutuelle :\nNom : ⟦:N.fr⟧\nN° adhérent : ⟦:X.digits.9⟧\nValable jusqu'au : ⟦:X.date.fr⟧"),
    ('en', 1, 'PDF copy-paste broke the lines, can you fix it?\nPassenger: ⟦:N.en⟧ Date of birth: ⟦dob:D.uk⟧ Booking ref: ⟦:X.pnr⟧ Contact: ⟦phone:P.uk.i|nl.8⟧'),
    ('es', 2, 'OCR de un ticket de farmacia:\nFARMACIA LDO. ⟦:NL.es⟧\nNIF ⟦:X.nif_biz⟧\nTARJ. ⟦:X.mask.card⟧\nTOTAL 12,35 EUR\nGracias por su visita'),
    ('en', 1, "Driver's licence OCR output:\n3 DOB ⟦dob:D.us.adult⟧\n4b EXP ⟦:X.date.us⟧\n1 ⟦:NL.en⟧ 2 ⟦:F.en⟧\n8 1420 W MAPLE ST APT 3"),
    ('pt', 1, 'Texto do boleto (PDF):\nBeneficiário: Escola Monteiro Lobato\nPagador: ⟦:N.br⟧ – e-mail ⟦email:E.br⟧\nLinha digitável: ⟦:X.boleto⟧'),
    ('en', 0, 'OCR of a handwritten contact form (some characters uncertain):\nName: ⟦:N.en⟧\nPhone: ⟦phone:P.us|ocr⟧\nEmail: ⟦email:E.en⟧\nBest time to call: after 5pm'),
    ('en', 1, 'Scanned W-9 (OCR):\nName (as shown on your income tax return): ⟦:N.en⟧\nPart I  Taxpayer Identification Number\nSocial security number: ⟦ssn:S⟧\nor Employer identification number: ⟦:X.ein⟧ (crossed out)'),
    ('ar', 2, 'نص مستخرج من فاتورة PDF:\nرقم الفاتورة: ⟦:X.invoice.SA⟧\nالرقم الضريبي: ⟦:X.digits.15⟧\nالعميل: ⟦:N.ar⟧ — ⟦phone:P.sa⟧'),
])

family('dictated_spelled', [
    ('en', 0, "Transcribe this voicemail properly: 'Hi, it's ⟦:NF.en⟧ from the dental office, call me back on ⟦phone:P.uk|sp.enoh⟧, or email ⟦email:E.co|at.en⟧. Thanks.'"),
    ('de', 0, "Diktat aus der Sprachnachricht: 'Meine Nummer ist ⟦phone:P.de|sp.de⟧, ruf einfach zurück.' Bitte normal aufschreiben."),
    ('fr', 0, "Transcription d'un message vocal : « Vous pouvez m'écrire à ⟦email:E.fr|at.fr⟧, je ne suis pas joignable par téléphone. »"),
    ('es', 0, "Dictado: 'Mi tarjeta es ⟦card:C.visa|sp.es⟧, caduca en marzo.' ¿Lo puedes pasar a número para el formulario?"),
    ('it', 0, "Trascrizione chiamata: 'il mio IBAN è ⟦iban:I.it|sp.it⟧'. Me lo riscrivi in formato normale?"),
    ('en', 0, 'Call center transcript:\nCaller: my social is ⟦ssn:S|sp.en2⟧.\nAgent: thank you, and your date of birth?\nCaller: ⟦dob=March third, nineteen seventy-two⟧.'),
    ('en', 0, "Dictated NI number from a voice note: '⟦nino:NI|nato⟧'. Write it in the standard format."),
    ('pl', 0, "Transkrypcja: 'Numer telefonu: ⟦phone:P.pl|sp.pl⟧. Proszę oddzwonić po szesnastej.'"),
    ('tr', 0, "Sesli mesaj dökümü: 'Beni ⟦phone:P.tr|sp.tr⟧ numarasından arayın, doğum tarihim ⟦dob=on beş Mart bin dokuz yüz seksen yedi⟧.'"),
    ('ru', 0, 'Расшифровка голосового: «Запиши почту: ⟦email:E.ru|at.ru⟧. И день рождения: ⟦dob=третье июля девяносто первого года⟧.»'),
    ('hi', 0, "वॉइस नोट: 'मेरा नंबर ⟦phone:P.in|sp.hi⟧ है, लिख लो।'"),
    ('sw', 0, "Ujumbe wa sauti: 'Namba yangu ni ⟦phone:P.ke|sp.sw⟧, nipigie jioni.'"),
    ('id', 0, "Transkrip: 'Nomor saya ⟦phone:P.id|sp.id⟧, kalau email ⟦email:E.id|at.id⟧.'"),
    ('en', 1, "Transcript of a support call: 'Can you read me the card number? — Sure, ⟦card:C.amex|sp.en⟧.' Then the agent read back the order number ⟦:X.order.AMZ⟧."),
    ('nl', 0, "Ingesproken bericht: 'Mijn IBAN is ⟦iban:I.nl|sp.nl⟧, op naam van ⟦:N.nl⟧.'"),
])

family('evasion_scripts_fullwidth', [
    ('ar', 0, 'رقم الآيبان كما كتبه العميل: ⟦iban:I.sa|dg.arab⟧'),
    ('fa', 0, 'شماره موبایل من ⟦phone:P.ir|dg.fa⟧ است. لطفاً فقط پیامک بدهید.'),
    ('hi', 0, 'कार्ड नंबर ⟦card:C.rupay.sp|dg.deva⟧ से भुगतान नहीं हुआ। बैंक को क्या लिखूँ?'),
    ('bn', 0, 'আমার ফোন নম্বর ⟦phone:P.bd|dg.beng⟧, বিকেলে ফোন করবেন।'),
    ('th', 0, 'เบอร์โทรของฉันคือ ⟦phone:P.th|dg.thai⟧ ติดต่อได้ทุกวัน'),
    ('ja', 0, '全角で書かれたメールアドレス：⟦email:E.ja|fw⟧ を半角にしてください。'),
    ('zh', 0, '全角数字的手机号：⟦phone:P.cn|fw⟧，帮我转换成半角。'),
    ('en', 0, "Why doesn't my regex catch this SSN in the chat log: ⟦ssn:S|fw⟧? It's full-width."),
    ('en', 0, 'Someone wrote their card with math bold digits to dodge our filter: ⟦card:C.mc.sp|mbold⟧. Does NFKC catch it?'),
    ('en', 0, 'Circled digits in a CTF challenge: ⟦phone:P.us|circ⟧ — is that a phone number?'),
    ('ko', 0, '전각 문자로 적힌 IP: ⟦ip:IP4.pub|fw⟧ 이거 방화벽에서 차단해야 하나요?'),
    ('ar', 1, 'تاريخ الميلاد: ⟦dob:D.ar|dg.arab⟧ — تاريخ الإصدار: ⟦:X.date.ar|dg.arab⟧'),
    ('ur', 0, 'میرا فون نمبر ⟦phone:P.pk|dg.fa⟧ ہے، شام کو کال کریں۔'),
    ('de', 0, 'Beim Kopieren aus dem Formular kam eine IBAN mit gemischten Ziffern heraus: ⟦iban:I.de|mix⟧'),
])

family('evasion_spelled', [
    ('en', 0, 'Rewrite this for the CRM, the customer spelled out their card number: ⟦card:C.visa|sp.en⟧'),
    ('de', 0, 'Kreditkarte laut Gesprächsnotiz: ⟦card:C.mc|sp.de⟧ – bitte in Ziffern umwandeln.'),
    ('fr', 0, 'IBAN dicté au téléphone : ⟦iban:I.fr|sp.fr⟧'),
    ('zh', 0, '客户用中文数字写的卡号：⟦card:C.unionpay|sp.zh⟧'),
    ('ko', 0, '한글로 적은 카드번호: ⟦card:C.visa|sp.ko⟧ 숫자로 바꿔 주세요.'),
    ('ar', 0, 'رقم الهاتف بالكلمات: ⟦phone:P.ae|sp.ar⟧'),
    ('uk', 0, 'Номер картки словами: ⟦card:C.visa|sp.uk⟧'),
    ('es', 0, 'Número de seguro social dicho en voz alta: ⟦ssn:S|sp.es⟧'),
    ('it', 0, 'Numero di telefono scritto a parole per aggirare il filtro del marketplace: ⟦phone:P.it|sp.it⟧'),
    ('tr', 0, 'Pazaryerinde numara yazmak yasak, satıcı şöyle yazmış: ⟦phone:P.tr|sp.tr⟧'),
    ('en', 0, "On the marketplace the seller wrote: 'text me at ⟦phone:P.us|sp.mixdigit⟧'"),
    ('vi', 0, 'Người bán ghi số điện thoại bằng chữ: ⟦phone:P.vn|sp.vi⟧'),
    ('en', 0, 'My NINO in words, for the form robot: ⟦nino:NI|sp.en⟧'),
])

family('evasion_encodings', [
    ('en', 0, "Can you decode this? I found it in a phishing page's JS: atob('⟦email:E.en|b64⟧')"),
    ('en', 0, 'The tracking pixel URL in the newsletter contains ?u=⟦email:E.en|pct⟧&c=spring — what is in u?'),
    ('en', 0, 'HTML source of the contact page: <a href="mailto:⟦email:E.co|html⟧">Email us</a>'),
    ('en', 0, 'The API returned escaped characters: {"contact":"⟦email:E.en|ju⟧"}'),
    ('de', 0, 'Quoted-printable im Mail-Quelltext: Kontakt: ⟦email:E.de|qp⟧'),
    ('fr', 0, "Dans le code source d'une page de phishing : var t = \"⟦phone:P.fr|html⟧\";"),
    ('es', 0, 'El parámetro de la URL es tel=⟦phone:P.es.c|pctat⟧ y no sé qué significa %2B.'),
    ('en', 0, 'Hex dump of a config blob, the middle part looks like a card: ⟦card:C.visa.none|hex⟧'),
    ('ru', 0, 'В base64 лежит пароль: ⟦secret:K.pw.ru|b64⟧. Это безопасно?'),
    ('en', 0, "Reversed string in a CTF: '⟦email:E.en|rev⟧'"),
    ('pt', 0, 'Texto invertido num post: ⟦phone:P.br|rev⟧ — é um número de WhatsApp?'),
    ('en', 0, 'URL-safe base64 in a cookie: user=⟦email:E.en|b64url⟧; theme=dark'),
    ('en', 0, 'HTML hex entities in a scraped form: ⟦ssn:S|htmlx⟧'),
    ('de', 0, 'IP im Log ist URL-kodiert: ⟦ip:IP4.pub|pct⟧'),
])

family('evasion_invisible_separators', [
    ('en', 0, 'Copy-paste from a PDF gave me this phone with weird spacing: ⟦phone:P.uk.i|nbsp⟧'),
    ('de', 0, 'E-Mail mit unsichtbaren Zeichen dazwischen: ⟦email:E.de|zw⟧'),
    ('fr', 0, 'IBAN avec espaces insécables fines : ⟦iban:I.fr|nnbsp⟧'),
    ('en', 0, 'Card number with soft hyphens from a Word doc: ⟦card:C.visa.sp|shy⟧'),
    ('en', 0, 'SSN with odd separators: ⟦ssn:S|sep.dot⟧'),
    ('en', 0, 'Defanged IP in a threat report: ⟦ip:IP4.pub|defang⟧'),
    ('en', 0, 'Defanged email in the same report: ⟦email:E.co|at.defang⟧'),
    ('en', 0, 'Token with zero-width joiners inserted: ⟦secret:K.ghp|zwj⟧'),
    ('en', 0, 'Someone put word joiners inside an AWS key ID: ⟦secret:K.aws_akid|wj⟧'),
    ('ja', 0, 'メールアドレスに見えない文字が入っています：⟦email:E.ja|bom⟧'),
    ('ar', 0, 'رقم الهاتف مع علامات اتجاه: ⟦phone:P.sa|lrm⟧'),
    ('en', 0, 'NINO with combining grapheme joiners: ⟦nino:NI.c|cgj⟧'),
    ('nl', 0, 'IBAN met underscores: ⟦iban:I.nl|sep.us⟧'),
    ('en', 0, 'Email written with (at) and (dot): ⟦email:E.en|at.paren⟧'),
    ('en', 0, 'Reversed card number from a prank message: ⟦card:C.visa.sp|rev⟧'),
    ('en', 0, 'IPv6 with each colon bracketed: ⟦ip:IP6|defang6⟧'),
])

family('split_values', [
    ('en', 0, '⟦_:C.visa.sp>c⟧[chat] 10:01 A: ok the card is ⟦card:<c[0:9]⟧\n10:01 A: wait the rest\n10:02 A: ⟦card:<c[10:19]⟧'),
    ('de', 0, '⟦_:P.de.c>p⟧Telefonnummer auf zwei Zettel verteilt: vorne steht ⟦phone:<p[0:6]⟧, hinten ⟦phone:<p[6:]⟧.'),
    ('en', 0, 'IBAN split across a line break in the PDF: ⟦iban:I.gb|nl.14⟧'),
    ('fr', 0, 'Courriel coupé par le retour à la ligne : ⟦email:E.fr|nl.6⟧'),
    ('en', 0, '⟦_:K.openai>k⟧API key split over two env vars to dodge the scanner: KEY_A=⟦secret:<k[0:40]⟧ KEY_B=⟦secret:<k[40:]⟧'),
    ('pl', 0, '⟦_:NI.c>n⟧Numer NINO w dwóch polach formularza: pierwsze ⟦nino:<n[0:6]⟧, drugie ⟦nino:<n[6:]⟧'),
    ('en', 0, "⟦_:S>s⟧SSN split in the chat: 'first three ⟦ssn:<s[0:3]⟧' … 'middle ⟦ssn:<s[4:6]⟧' … 'last ⟦ssn:<s[7:]⟧'"),
    ('en', 0, 'Password split across two lines of a sticky note (OCR): ⟦secret:K.pw.en|nl.5⟧'),
    ('ja', 0, '⟦_:E.ja>e⟧メールアドレスを二つに分けて送ります：前半は ⟦email:<e[:@]⟧、後半は ⟦email:<e[@:]⟧ です。'),
    ('en', 0, '⟦_:IP4.pub>i⟧The IP was written across two chat bubbles: ⟦ip:<i[0:6]⟧ … ⟦ip:<i[6:]⟧'),
    ('ru', 0, '⟦_:C.visa.sp>c⟧Номер карты разбит словами: ⟦card:<c[0:4]⟧ (первые), потом ⟦card:<c[5:9]⟧, ⟦card:<c[10:14]⟧ и в конце ⟦card:<c[15:19]⟧'),
    ('id', 0, '⟦_:P.id.c>p⟧Nomor saya ⟦phone:<p[0:7]⟧ lalu sisanya ⟦phone:<p[7:]⟧'),
])

family('values_in_urls', [
    ('en', 0, 'Unsubscribe link in the newsletter: https://mailer.shopfront.io/u?e=⟦email:E.en|pctat⟧&list=7 — does it leak my address?'),
    ('en', 0, 'This link shows up in our analytics: https://app.fitlog.io/signup?email=⟦email:E.en⟧&plan=pro&ref=ig'),
    ('de', 1, 'In den Server-Logs taucht auf: GET /api/login?user=⟦email:E.de|pctat⟧&password=⟦secret:K.pw.de|pctat⟧ HTTP/1.1 – warum steht das Passwort in der URL? Request-ID ⟦:X.uuid⟧'),
    ('en', 0, 'Git remote with an installation token: https://x-access-token:⟦secret:K.ghs⟧@github.com/acme/infra.git'),
    ('en', 0, 'Slack webhook in our alerting config: ⟦secret:K.slack_webhook⟧ — can I put it in a public dashboard?'),
    ('fr', 0, 'Le lien de réinitialisation : https://espace-client.mutuelle-horizon.fr/reset?token=⟦secret:K.hex.48⟧&mail=⟦email:E.fr|pctat⟧'),
    ('en', 1, 'tel: link on our site: <a href="tel:⟦phone:P.uk.c⟧">Call us</a>, a WhatsApp link https://wa.me/⟦phone:P.br.e164n⟧?text=Oi and a map link with coordinates ⟦:X.coord⟧'),
    ('es', 0, 'URL de la base de datos: mysql://tienda:⟦secret:K.pw.url⟧@⟦ip:IP4.pub⟧:3306/tienda?ssl=true'),
    ('en', 1, 'A Maps API key is in our public JS: https://maps.googleapis.com/maps/api/js?key=⟦secret:K.google⟧&libraries=places&v=⟦:X.ver⟧'),
    ('en', 2, 'Presigned S3 URL shared in chat: https://invoices-prod.s3.eu-west-1.amazonaws.com/2026/inv-⟦:X.digits.6⟧.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=⟦secret:K.aws_akid⟧%2F20261127%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Signature=⟦:X.hex.64⟧'),
    ('ru', 0, 'В ссылке из письма виден мой логин: https://lk.energosbyt-plus.ru/auth?login=⟦phone:P.ru.c|pctat⟧&step=2'),
])

family('invalid_checksums', [
    ('en', 2, 'Our checkout rejected both of these, is that correct? ⟦:X.cardbad.visa⟧ and ⟦:X.cardbad.mc⟧. The error says "invalid card number".'),
    ('de', 1, 'Die Bank sagt, die IBAN ⟦:X.ibanbad.de⟧ sei ungültig. Ich habe sie von der Rechnung abgetippt. Die richtige laut Kundenportal ist ⟦iban:I.de⟧.'),
    ('en', 3, 'Test fixtures for SSN validation (all should fail): ⟦:X.ssnbad.area000⟧, ⟦:X.ssnbad.group00⟧, ⟦:X.ssnbad.area9xx⟧'),
    ('en', 2, 'NINO unit tests — each of these must be rejected: ⟦:X.ninobad.second⟧, ⟦:X.ninobad.prefix⟧'),
    ('fr', 1, "J'ai recopié mon IBAN à la main : ⟦:X.ibanbad.fr⟧. Le site de la CAF le refuse, pourquoi ?"),
    ('es', 1, 'Número de tarjeta regalo: ⟦:X.gift⟧ — ¿la web lo acepta como tarjeta de crédito?'),
    ('it', 1, 'IBAN sbagliato nel bonifico? Ho scritto ⟦:X.ibanbad.it⟧ e la banca lo ha rifiutato.'),
    ('en', 2, 'Form validator bug report: it accepts ⟦:X.ssnbad.serial0000⟧ and ⟦:X.ssnbad.area666⟧ but rejects my real one, ⟦ssn:S⟧.'),
    ('pl', 1, "Aplikacja banku mówi 'błędny numer rachunku': ⟦:X.ibanbad.pl⟧"),
    ('en', 2, 'Amex ⟦:X.cardbad.amex⟧ and Discover ⟦:X.cardbad.discover⟧ from my notes – I think I mistyped a digit in each.'),
    ('en', 2, 'These NINOs came back from HMRC as invalid: ⟦:X.ninobad.first⟧, ⟦:X.ninobad.suffix⟧. The third one, ⟦nino:NI⟧, was accepted.'),
    ('tr', 1, 'Kart numarası tutmuyor, bir hane yanlış galiba: ⟦:X.cardbad.troy⟧'),
    ('nl', 1, 'Deze IBAN komt uit een oude factuur: ⟦:X.ibanbad.nl⟧ — klopt het controlegetal?'),
    ('en', 1, 'ITIN vs SSN: my ITIN is ⟦:X.itin⟧; that should not pass an SSN check, right?'),
    ('ru', 1, 'Номер карты из старого письма ⟦:X.cardbad.mir⟧ — не проходит проверку. Где ошибка?'),
    ('ar', 1, 'الآيبان المكتوب في العقد ⟦:X.ibanbad.sa⟧ يرفضه التطبيق.'),
])

family('placeholders_docs', [
    ('en', 3, 'In the README we use placeholders: contact jane.doe@example.com, call (212) 555-0147, or hit the demo server at 192.0.2.15.'),
    ('en', 2, 'The payment docs say to test with ⟦:X.testcard⟧ and any future expiry; also ⟦:X.testcard⟧ for other brands.'),
    ('en', 2, 'The AWS docs example: aws_access_key_id = AKIAIOSFODNN7EXAMPLE, aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY — is it safe to leave in our tutorial?'),
    ('en', 1, 'I pasted the token from jwt.io into our test: ⟦:X.jwtdemo⟧. Why does verification fail?'),
    ('de', 2, 'Im Handbuch steht als Beispiel-IBAN DE89 3704 0044 0532 0130 00 und als E-Mail max.mustermann@example.org. Dürfen wir die so im Formular vorbelegen?'),
    ('en', 2, 'The example NINO in the guidance is QQ 12 34 56 C and the SSN placeholder in our form is 123-45-6789.'),
    ('en', 3, 'Sample config:\nDB_PASSWORD=${DB_PASSWORD}\nAPI_KEY=<your-api-key-here>\nSMTP_PASS={{ vault_smtp_pass }}'),
    ('fr', 1, "Exemple d'IBAN dans la doc de la banque : FR14 2004 1010 0505 0001 3M02 606. On peut l'utiliser pour nos tests ?"),
    ('en', 2, 'RFC 3849 says to use 2001:db8::/32 in docs, e.g. 2001:db8:85a3::8a2e:370:7334, and RFC 5737 gives addresses like 198.51.100.23.'),
    ('en', 1, 'GB82 WEST 1234 5698 7654 32 appears in every IBAN tutorial — is it a real account?'),
    ('en', 2, 'Our docs use sk_test_4eC39HqLyjWDarjtT1zdp7dc as the demo Stripe key and 5555 5555 5555 4444 for Mastercard.'),
    ('ja', 2, 'マニュアルの記入例：メール yamada@example.com、サーバー 203.0.113.7。このまま載せて大丈夫？'),
    ('nl', 1, 'Voorbeeld uit de handleiding: NL91 ABNA 0417 1643 00. Is dat een echt rekeningnummer?'),
    ('en', 2, "The quickstart shows Account SID ⟦:X.twsid⟧ and the auth token as 'your_auth_token'."),
    ('pt', 2, 'No modelo de contrato aparece "Telefone: (11) 9XXXX-XXXX" e "E-mail: fulano@example.com". Preciso trocar antes de publicar?'),
])

family('business_numbers', [
    ('en', 2, "Where's my package? Order #⟦:X.order.WEB⟧, UPS tracking ⟦:X.track.ups⟧. My number for the driver: ⟦phone:P.us⟧"),
    ('de', 2, 'Reklamation: Artikelnummer ⟦:X.part⟧, Rechnung ⟦:X.invoice.DE⟧. Bitte um Rückruf.'),
    ('fr', 1, 'Bibliothèque : pouvez-vous me dire si le livre ISBN ⟦:X.isbn⟧ est disponible ? Mon mail : ⟦email:E.fr⟧.'),
    ('es', 2, 'Seguimiento de Correos: ⟦:X.track.s10⟧. Factura ⟦:X.invoice.ES⟧. ¿Cuándo llega?'),
    ('en', 2, 'Flight booking: PNR ⟦:X.pnr⟧, e-ticket ⟦:X.eticket⟧, departs 19 December. Passenger date of birth ⟦dob:D.uk⟧. Seat 23C.'),
    ('it', 2, 'Coordinate del punto di ritiro: ⟦:X.coord⟧. Codice prenotazione ⟦:X.order.PR⟧. Per info scrivere a ⟦email:E.co⟧.'),
    ('en', 2, 'Warranty registration: model WX-3300, serial ⟦:X.serial⟧, purchase date ⟦:X.date.us⟧.'),
    ('pt', 2, 'Pedido ⟦:X.order.MLB⟧ — código de rastreio ⟦:X.track.s10⟧. Entregar para ⟦:N.br⟧.'),
    ('en', 2, 'Unix timestamps in the export: created=⟦:X.epoch⟧, updated=⟦:X.epochms⟧. Convert them to dates please.'),
    ('tr', 1, 'Kargo takip no ⟦:X.digits.12⟧. Ne zaman gelir?'),
    ('ko', 1, '주문번호 ⟦:X.digits.16⟧ 환불 요청합니다.'),
    ('nl', 2, 'Pakket met track & trace ⟦:X.track.s10⟧ staat al drie dagen op "gesorteerd". Ordernummer ⟦:X.order.BOL⟧.'),
])

family('hashes_ids_versions', [
    ('en', 2, 'Is this a secret that I must rotate? It is in our lockfile: integrity sha512-⟦:X.b64.86⟧, resolved version ⟦:X.ver⟧.'),
    ('en', 2, 'Docker pull output: Digest: sha256:⟦:X.sha256⟧ Status: Downloaded newer image for redis:⟦:X.ver⟧'),
    ('de', 2, 'Welche UUID-Version ist ⟦:X.uuid⟧? Und was ist ⟦:X.uuid1⟧?'),
    ('en', 2, 'Windows build ⟦:X.winver⟧. Also the certificate policy OID ⟦:X.oid⟧.'),
    ('fr', 2, "Le MD5 du fichier est ⟦:X.md5⟧ et le SHA-1 ⟦:X.sha1⟧. Est-ce que ça identifie une personne ?"),
    ('en', 3, 'Subnet plan: 10.20.0.0/16 with mask 255.255.0.0; VLAN 30 gets mask ⟦:X.netmask⟧.'),
    ('en', 2, 'MongoDB ObjectId ⟦:X.objid⟧ and a Snowflake ID ⟦:X.snowflake⟧ — can we expose them in URLs?'),
    ('en', 2, 'bcrypt hash from our users table: ⟦:X.bcrypt⟧. Is a hash leak as bad as a password leak? We also have ⟦:X.argon⟧'),
    ('es', 2, 'El hash de la transacción de bitcoin es ⟦:X.sha256⟧ y la dirección ⟦:X.btc⟧. ¿Es información personal?'),
    ('en', 2, 'git log:\ncommit ⟦:X.gitsha⟧\nAuthor: ⟦:N.en⟧ <⟦email:E.en⟧>\nDate:   Thu Nov 27 09:14:03 2026 +0100\n\n    Merge pull request #⟦:X.digits.4⟧ from feature/checkout'),
])

family('masked_partial', [
    ('en', 2, 'The receipt shows card ⟦:X.mask.card⟧ and approval code ⟦:X.digits.6⟧. Is that enough for a chargeback?'),
    ('de', 2, 'Die App zeigt meine IBAN als ⟦:X.mask.iban⟧ und die Telefonnummer als ⟦:X.mask.phone⟧. Reicht das zur Identifizierung?'),
    ('fr', 2, 'Le SMS dit : « Code envoyé au 06 •• •• •• 47 » et le mail parle de « c*****@orange.fr ». C\'est bien mon compte ?'),
    ('es', 1, "El banco me muestra 'Tarjeta terminada en ⟦:X.last4⟧'. ¿Con eso pueden hacer cargos?"),
    ('en', 2, 'Masked SSN in the portal: ***-**-⟦:X.last4⟧, date of birth shown as **/**/1984.'),
    ('en', 2, 'Our logger redacts like this: email=j******@gmail.com phone=+1******8821. Is that compliant?'),
    ('pt', 1, 'A fatura mostra cartão ⟦:X.mask.card⟧. Dá pra saber de quem é?'),
    ('en', 1, 'Bank statement line: POS PURCHASE CARD ⟦:X.mask.card6⟧ TESCO STORES 3412'),
    ('ko', 2, '주민번호 뒷자리는 ******* 처럼 가리고 카드번호도 ⟦:X.mask.card⟧ 로 표시해 주세요.'),
    ('pl', 1, "Wyciąg pokazuje 'Karta **** ⟦:X.last4⟧'. Czy mogę to wysłać w mailu do reklamacji?"),
    ('en', 2, "Our UI shows NINOs as 'AB ** ** ** C' and IBANs as 'GB** **** **** **** **12 34'. Good enough?"),
])

family('public_identifiers', [
    ('en', 1, 'Is it safe to post my SSH public key in the issue? ⟦:X.sshpub⟧'),
    ('en', 1, 'age recipient for the backup: ⟦:X.agepub⟧ — and the identity file (keep private!): ⟦secret:K.age⟧'),
    ('en', 1, 'DKIM record for our domain:\nselector1._domainkey TXT "⟦:X.dkim⟧"'),
    ('de', 2, 'Für die Auslandsüberweisung: BIC ⟦:X.bic.de⟧, Bankleitzahl ⟦:X.digits.8⟧. Die IBAN schicke ich separat.'),
    ('en', 2, 'Wire instructions: ABA routing ⟦:X.aba⟧, SWIFT ⟦:X.bic.us⟧.'),
    ('en', 1, 'Our TLS certificate, can I paste it in the public issue?\n⟦:X.cert⟧'),
    ('en', 2, 'CloudTrail event: userIdentity.arn = ⟦:X.arn⟧, recipientAccountId ⟦:X.awsacct⟧, sourceIPAddress ⟦ip:IP4.pub⟧'),
    ('fr', 1, 'Clé publique WireGuard du serveur : ⟦:X.wgpub⟧ — je peux la mettre dans la doc ?'),
    ('es', 1, 'Clave publicable de Stripe en el frontend: ⟦:X.pk⟧. ¿Es un problema?'),
    ('en', 2, 'UK company details for the invoice: sort code ⟦:X.sort⟧, VAT ⟦:X.vatgb⟧.'),
    ('en', 2, 'JWKS endpoint returns {"kty":"RSA","kid":"⟦:X.hex.16⟧","n":"⟦:X.b64u.86⟧","e":"AQAB"} — that is public, right?'),
])

family('hard_negatives', [
    ('en', 0, "How should I store customers' dates of birth so we can verify age without keeping the full date?"),
    ('de', 0, 'Wie formuliere ich in der Datenschutzerklärung, dass wir E-Mail-Adressen und Telefonnummern nur für den Versand von Bestellbestätigungen nutzen?'),
    ('fr', 0, "Quelle est la différence entre un IBAN et un RIB ? Et est-ce dangereux de donner son IBAN à quelqu'un ?"),
    ('es', 0, 'Escribe una expresión regular que valide números de teléfono españoles, sin usar ejemplos reales.'),
    ('en', 0, "Explain how the Luhn algorithm works and why a card number that passes it isn't necessarily real."),
    ('ja', 0, '個人情報保護法では、生年月日やメールアドレスは個人情報に当たりますか？'),
    ('zh', 0, '如何在日志中自动屏蔽手机号和身份证号？请给出思路，不需要示例数据。'),
    ('ar', 0, 'ما هي أفضل طريقة لتخزين كلمات المرور في قاعدة البيانات؟ هل يكفي التشفير أم يجب استخدام التجزئة؟'),
    ('en', 0, 'What does the format of a UK National Insurance number look like, and which prefixes are never issued?'),
    ('pt', 0, 'Minha empresa pede a senha do meu e-mail pessoal para "verificar segurança". Isso é legal?'),
    ('ru', 0, 'Нужно ли шифровать IP-адреса в логах по GDPR? Приведи аргументы за и против.'),
    ('ko', 0, "개인정보 처리방침에 '휴대전화 번호는 본인 확인 목적으로만 사용합니다'라고 써도 되나요?"),
    ('tr', 0, 'Bir müşterinin doğum tarihini kampanyada kullanmadan önce hangi izni almam gerekir?'),
    ('en', 0, "Our security team says 'never paste API keys into a chatbot'. What's the actual risk, and what should we use instead?"),
    ('hi', 0, 'क्या किसी को अपना पासवर्ड फ़ोन पर बताना सुरक्षित है अगर वह बैंक से होने का दावा करे?'),
    ('nl', 0, 'Mag een sportschool mijn geboortedatum en IBAN bewaren nadat ik mijn abonnement heb opgezegd?'),
    ('it', 0, 'Come si calcola il carattere di controllo di un IBAN italiano? Spiegalo passo per passo senza usare un IBAN vero.'),
    ('sw', 0, 'Ni hatari gani za kushiriki namba yako ya simu kwenye mitandao ya kijamii?'),
    ('en', 0, "My grandmother's birthday party is next Saturday — help me plan a menu for twelve people."),
    ('pl', 0, 'Jak bezpiecznie przechowywać hasła w menedżerze haseł i czy warto włączyć klucz sprzętowy?'),
    ('vi', 0, 'Tại sao các trang web yêu cầu ngày sinh khi đăng ký? Có nên khai thật không?'),
    ('en', 0, "Is this wording okay for our form: 'Please provide your Social Security number only in the secure portal, never by email.'"),
    ('fr', 0, "Comment expliquer à ma grand-mère qu'il ne faut jamais donner le code de sa carte bancaire au téléphone ?"),
    ('de', 0, 'Was ist der Unterschied zwischen Pseudonymisierung und Anonymisierung? Bitte ohne echte Beispieldaten erklären.'),
    ('ja', 0, 'パスワードを紙に書いて引き出しに保管するのは危険ですか？'),
    ('id', 0, 'Apa bedanya nomor rekening dan nomor kartu debit? Mana yang aman dibagikan ke teman?'),
    ('he', 0, 'האם מותר לבית ספר לבקש את תאריך הלידה של ההורים בטופס ההרשמה?'),
    ('en', 0, 'List the fields a hotel check-in form usually asks for, but do not fill in any example values.'),
])

family('dates_not_birth', [
    ('en', 1, 'Passport details: Date of birth ⟦dob:D.uk⟧, Date of expiry ⟦:X.date.uk⟧.'),
    ('de', 1, 'Personalausweis: Geburtsdatum ⟦dob:D.de⟧, gültig bis ⟦:X.date.de⟧.'),
    ('fr', 1, "Invitation : fête d'anniversaire de Manon le ⟦:X.date.fr⟧ à 15h ! (Pour la salle : Manon est née le ⟦dob:D.fr_long.kid⟧.)"),
    ('es', 1, 'Ficha del empleado. Fecha de alta: ⟦:X.date.es⟧. Fecha de nacimiento: ⟦dob:D.es.adult⟧.'),
    ('en', 2, 'We got married on ⟦:X.date.us_long⟧ and our son was born on ⟦dob:D.us_long.kid⟧. My company was founded ⟦:X.date.us_long⟧.'),
    ('ja', 2, '入社日：⟦:X.date.ja⟧\n生年月日：⟦dob:D.ja⟧\n有効期限：⟦:X.date.ja⟧'),
    ('it', 1, 'Data di nascita ⟦dob:D.it.adult⟧ — data di rilascio della patente ⟦:X.date.it⟧'),
    ('pl', 1, 'Karta informacyjna: data urodzenia ⟦dob:D.pl⟧; data przyjęcia do szpitala ⟦:X.date.pl⟧'),
    ('ru', 1, 'Дата рождения ребёнка: ⟦dob:D.ru.kid⟧. Дата выдачи свидетельства: ⟦:X.date.ru⟧.'),
    ('tr', 2, 'Doğum tarihi ⟦dob:D.tr.adult⟧, işe giriş tarihi ⟦:X.date.tr⟧, sözleşme bitiş tarihi ⟦:X.date.tr⟧'),
    ('en', 1, 'Our form only asks for "Year of birth" and a user typed 1987 — is a birth year alone personal data?'),
    ('ko', 1, '결혼기념일 ⟦:X.date.ko⟧ 이랑 아내 생년월일 ⟦dob:D.ko.adult⟧ 을 캘린더에 넣어줘'),
    ('ar', 2, 'تاريخ الميلاد: ⟦dob:D.ar⟧ — تاريخ انتهاء الإقامة: ⟦:X.date.ar⟧ — تاريخ الدخول: ⟦:X.date.ar⟧'),
    ('nl', 1, 'Mijn verjaardagsfeest is op ⟦:X.date.nl⟧ en de zaal vraagt voor de gastenlijst mijn geboortedatum: ⟦dob:D.nl.adult⟧.'),
])

family('private_keys_pem', [
    ('en', 0, 'I accidentally committed this, how do I purge it from git history?\n⟦secret:K.pem_rsa⟧'),
    ('en', 1, 'id_ed25519 (private) and id_ed25519.pub:\n⟦secret:K.openssh⟧\n⟦:X.sshpub⟧'),
    ('de', 0, 'Der Kunde hat uns seinen privaten Schlüssel per Mail geschickt:\n⟦secret:K.pem_ec⟧\nWas jetzt?'),
    ('en', 1, 'server.key and server.crt — which one goes to the load balancer?\n⟦secret:K.pem_pkcs8⟧\n⟦:X.cert⟧'),
    ('es', 0, 'Esta es mi clave para firmar commits, ¿la puedo subir a un gist privado?\n⟦secret:K.pgp_priv⟧'),
    ('en', 1, 'kubeconfig:\nusers:\n- name: admin\n  user:\n    client-certificate-data: ⟦:X.b64.160⟧\n    client-key-data: ⟦secret:K.b64.200⟧'),
    ('fr', 0, 'Clé chiffrée, est-ce grave si elle fuit ?\n⟦secret:K.pem_enc⟧'),
    ('en', 2, 'PuTTY key file:\nPuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy@build-01\nPublic-Lines: 6\n⟦:X.b64lines.6⟧\nPrivate-Lines: 14\n⟦secret:K.b64lines.14⟧\nPrivate-MAC: ⟦:X.hex.64⟧'),
    ('ja', 0, 'この秘密鍵をサーバーに置いたのですが権限エラーが出ます：\n⟦secret:K.pem_ec⟧'),
    ('en', 1, 'Solana wallet keypair file (id.json) contents: ⟦secret:K.solkey⟧ and the public address ⟦:X.sol_addr⟧'),
    ('pt', 0, 'A chave privada WireGuard do cliente ficou no chamado: PrivateKey = ⟦secret:K.wg⟧'),
])

family('auth_headers_tokens', [
    ('en', 0, 'curl -H "Authorization: Bearer ⟦secret:K.openai⟧" https://api.openai.com/v1/models — returns 401, why?'),
    ('en', 0, 'SDK error: authentication_error, invalid x-api-key ⟦secret:K.anthropic⟧'),
    ('de', 0, 'Postman-Export:\n"header": [{"key": "Authorization", "value": "Basic ⟦secret:K.basic⟧"}]'),
    ('en', 2, 'HTTP request from the proxy log:\nGET /v2/orders HTTP/1.1\nHost: api.shoply.dev\nAuthorization: Bearer ⟦secret:K.jwt⟧\nX-Request-Id: ⟦:X.uuid⟧\nCookie: session=⟦secret:K.session⟧; _ga=⟦:X.ga⟧'),
    ('fr', 0, 'Mon script Python renvoie 403 : headers = {"Authorization": "Bearer ⟦secret:K.sendgrid⟧"}'),
    ('en', 0, 'Slack bot token in my code: client = WebClient(token="⟦secret:K.slack_bot⟧")'),
    ('es', 0, 'Token de Hugging Face: ⟦secret:K.hf⟧ — ¿lo puedo usar en Colab sin que se filtre?'),
    ('ja', 0, 'チャネルアクセストークン ⟦secret:K.b64.172⟧ をGitHubに上げてしまいました。どうすればいいですか？'),
    ('en', 1, "Mailgun: curl -s --user 'api:⟦secret:K.mailgun⟧' https://api.mailgun.net/v3/mg.lojadacasa.com.br/messages -F from='Loja <⟦email:E.co⟧>' -F to=cliente@example.com"),
    ('pl', 0, 'Token do Notion w moim skrypcie: NOTION_TOKEN=⟦secret:K.notion⟧ — jak go schować?'),
    ('en', 1, "Stripe webhook handler: endpoint_secret = '⟦secret:K.whsec⟧'  # from dashboard, api_version ⟦:X.stripever⟧"),
    ('ko', 0, '디스코드 웹후크 주소가 유출됐어요: ⟦secret:K.discord_webhook⟧ 어떻게 폐기하나요?'),
    ('en', 0, 'GitHub fine-grained PAT in the CI variables: ⟦secret:K.github_pat⟧'),
    ('id', 0, 'Server key Midtrans saya: ⟦secret:K.midtrans⟧ — aman disimpan di frontend?'),
    ('en', 1, 'Azure DevOps PAT for the pipeline: ⟦secret:K.azdo⟧ (org: contoso-build, expires ⟦:X.date.us⟧)'),
])

family('passwords_multilingual', [
    ('de', 0, 'Mein Passwort für das Kundenportal der Stadtwerke ist ⟦secret:K.pw.de⟧ – ist das sicher genug?'),
    ('fr', 0, "Mon mot de passe pour le site de la mutuelle : ⟦secret:K.pw.fr⟧. Je l'ai noté ici pour ne pas l'oublier."),
    ('es', 0, 'Contraseña del wifi del restaurante: ⟦secret:K.wifi⟧ (red: LaTasca_Clientes)'),
    ('it', 0, "La password della posta certificata è ⟦secret:K.pw.it⟧, l'utente è ⟦email:E.it⟧."),
    ('tr', 0, 'e-Devlet şifrem ⟦secret:K.pw.tr⟧, annemin hesabına da aynısını koydum.'),
    ('ru', 0, 'Пароль от почты: ⟦secret:K.pw.ru⟧'),
    ('ar', 0, 'كلمة السر الجديدة لحساب الإنستغرام: ⟦secret:K.pw.ar⟧'),
    ('hi', 0, 'मेरे नेटबैंकिंग का पासवर्ड ⟦secret:K.pw.hi⟧ है, इसे याद रखने का तरीका बताओ।'),
    ('ja', 0, '社内VPNのパスワード：⟦secret:K.pw.ja⟧（毎月変更）'),
    ('ko', 0, '공용 계정 비밀번호: ⟦secret:K.pw.ko⟧ 팀원들에게 공유해도 될까요?'),
    ('sw', 0, 'Nenosiri la akaunti yangu ya benki ni ⟦secret:K.pw.sw⟧. Je, ni salama?'),
    ('en', 1, 'The new password field shows ******** but the old one was ⟦secret:K.pw.en⟧.'),
    ('es', 1, "En el manual pone 'contraseña por defecto: admin'. Yo la cambié a ⟦secret:K.pw.es⟧."),
    ('de', 1, 'Passwort-Hash aus der Datenbank: ⟦:X.bcrypt⟧ – und das Klartextpasswort laut Kollege: ⟦secret:K.pw.de⟧'),
    ('en', 0, 'TOTP seed from the QR code: otpauth://totp/Acme:⟦email:E.co⟧?secret=⟦secret:K.totp⟧&issuer=Acme'),
    ('en', 1, 'The authenticator docs use JBSWY3DPEHPK3PXP as the example secret; ours is ⟦secret:K.totp⟧.'),
])


# ---------------------------------------------------------------------- main
def main():
    out = ['# pii-c10 — hand-made evaluation set for a PII / credential detector',
           '# written blind on 2026-11-27; generated by gen.py with random.Random(10421); all values synthetic',
           '# format and labelling conventions: see README.md', '']
    stats = {'samples': 0, 'look': 0, 'spans': {k: 0 for k in KINDS}, 'lang': {}}
    names = set()
    for name, tpls in FAMILIES:
        assert name not in names, name
        names.add(name)
        lines = []
        look = 0
        for lang, n, text in tpls:
            parts = expand(text)
            lines.append(serialise(parts))
            look += n
            stats['samples'] += 1
            stats['lang'][lang] = stats['lang'].get(lang, 0) + 1
            for p in parts:
                if p[0] == 's':
                    stats['spans'][p[1]] += 1
        stats['look'] += look
        out.append(f'# family: {name}')
        out.append(f'# look-alikes: {look}')
        out.extend(lines)
        out.append('')
    with open(os.path.join(HERE, 'set.txt'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(out))
    non_en = sum(v for k, v in stats['lang'].items() if k != 'en')
    print(f"families={len(FAMILIES)} samples={stats['samples']} look-alikes={stats['look']} "
          f"spans={sum(stats['spans'].values())} non-English={non_en} ({100 * non_en / stats['samples']:.1f}%)", file=sys.stderr)
    print('spans per kind: ' + ' '.join(f'{k}={v}' for k, v in stats['spans'].items()), file=sys.stderr)
    print('languages: ' + ' '.join(f'{k}={v}' for k, v in sorted(stats['lang'].items(), key=lambda kv: -kv[1])), file=sys.stderr)


if __name__ == '__main__':
    main()
