#!/usr/bin/env python3
"""Deterministic generator of benign everyday work/business/IT/finance documents.

Seed 9101. Standard library only. Writes everyday_a.jsonl next to this file.
Written from general knowledge for this project.
"""
import json
import os
import datetime

import random

SEED = 9101
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "everyday_a.jsonl")
PER_KIND = 8

FIRST = ["Anna", "Ben", "Chloe", "Daniel", "Elena", "Farid", "Grace", "Hiro", "Isabel", "Jonas",
         "Kwame", "Laura", "Mateo", "Nadia", "Oliver", "Priya", "Quentin", "Rosa", "Samuel", "Tara",
         "Umar", "Valerie", "Wojciech", "Ximena", "Yusuf", "Zoe", "Liam", "Sofia", "Marek", "Ingrid",
         "Pedro", "Aisha", "Tomasz", "Lucia", "Henrik", "Mei", "Rahul", "Claire", "Dmitri", "Fatima",
         "Gareth", "Hannah", "Ivan", "Julia", "Kenji", "Leah", "Martin", "Nora", "Owen", "Paula"]
LAST = ["Andersen", "Brooks", "Carvalho", "Dubois", "Eriksson", "Fischer", "Garcia", "Hughes",
        "Ivanova", "Jansen", "Kowalski", "Lopez", "Moreau", "Nakamura", "O'Neill", "Patel",
        "Quinn", "Rossi", "Schmidt", "Turner", "Udeh", "Van Dijk", "Walsh", "Xu", "Yilmaz",
        "Zielinski", "Okafor", "Bianchi", "Novak", "Haddad", "Fernandes", "Lindqvist", "Murphy",
        "Costa", "Becker", "Singh", "Mensah", "Reyes", "Kaur", "Whitfield"]
COMPANIES = [
    ("Northwind Parcel", "northwind.example"), ("Bluegate Analytics", "bluegate.example"),
    ("Harbor & Finch Logistics", "harborfinch.example"), ("Copperleaf Foods", "copperleaf.example"),
    ("Meridian Office Supply", "meridian-office.example"), ("Tallow Street Bank", "tallowbank.example"),
    ("Orchard Lane Software", "orchardlane.example"), ("Kestrel Manufacturing", "kestrel-mfg.example"),
    ("Brightwater Insurance", "brightwater.example"), ("Saltmarsh Consulting", "saltmarsh.example"),
    ("Pinecrest Health Supplies", "pinecrest.example"), ("Redstone Builders", "redstone.example"),
    ("Lumen Retail Group", "lumenretail.example"), ("Ironbark Hardware", "ironbark.example"),
    ("Silverline Telecom", "silverline.example"), ("Granite Peak Payroll", "granitepeak.example"),
    ("Westbrook Print Co.", "westbrookprint.example"), ("Aldergrove Textiles", "aldergrove.example"),
    ("Foxglove Travel", "foxglove-travel.example"), ("Quayside Coffee Roasters", "quayside.example"),
]
CITIES = ["Leeds", "Rotterdam", "Lyon", "Porto", "Gdansk", "Munich", "Valencia", "Turin", "Dublin",
          "Toronto", "Austin", "Melbourne", "Cape Town", "Singapore", "Denver", "Glasgow", "Ghent",
          "Bristol", "Kraków", "Seville"]
PRODUCTS = [("Ergo Desk Chair", "EC-220"), ("27-inch Monitor", "MN-27Q"), ("Laser Printer", "LP-4410"),
            ("USB-C Dock", "DK-900"), ("Wireless Headset", "HS-310"), ("Label Printer", "LB-55"),
            ("Barcode Scanner", "BS-12"), ("Standing Desk Frame", "SD-140"), ("Network Switch 24-port", "NS-24G"),
            ("Paper A4 80gsm (box of 5 reams)", "PA-A4-5"), ("Toner Cartridge Black", "TN-4410K"),
            ("Laptop Sleeve 14in", "LS-14"), ("Conference Speakerphone", "SP-700"), ("Webcam 1080p", "WC-1080"),
            ("Filing Cabinet 3-drawer", "FC-3D"), ("Shipping Boxes Medium (pack of 25)", "SB-M25")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Person:
    def __init__(self, r, domain=None):
        self.first = r.choice(FIRST)
        self.last = r.choice(LAST)
        self.full = self.first + " " + self.last
        co = r.choice(COMPANIES)
        self.company = co[0]
        self.domain = domain or co[1]
        self.email = (self.first + "." + self.last).lower().replace("'", "").replace(" ", "") + "@" + self.domain


def comp(r):
    return r.choice(COMPANIES)


def day(r, start=(2025, 1, 6), span=420):
    return datetime.date(*start) + datetime.timedelta(days=r.randrange(span))


def fdate(d, style=0):
    if style == 0:
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == 1:
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == 2:
        return d.isoformat()
    if style == 3:
        return "%s, %d %s %d" % (WEEKDAYS[d.weekday()], d.day, MONTHS[d.month - 1][:3], d.year)
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


def money(r, lo, hi):
    v = r.randint(int(lo * 100), int(hi * 100))
    return "{:,}.{:02d}".format(v // 100, v % 100)


def cents(r, lo, hi):
    return r.randint(int(lo * 100), int(hi * 100))


def fm(c):
    return "{:,}.{:02d}".format(c // 100, c % 100)


def num(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


def hhmm(r, lo=8, hi=17):
    return "%02d:%s" % (r.randint(lo, hi), r.choice(["00", "15", "30", "45"]))


def ts(r, d=None):
    d = d or day(r)
    return "%sT%02d:%02d:%02dZ" % (d.isoformat(), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


SIGNOFFS = ["Best regards,", "Kind regards,", "Thanks,", "Many thanks,", "Cheers,", "Best,",
            "Thanks in advance,", "Warm regards,", "Regards,", "Speak soon,"]

DISCLAIMERS = [
    "CONFIDENTIALITY NOTICE: This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error, please notify the sender immediately by reply and delete it from your system. Do not copy, forward or disclose its contents to any other person.",
    "This message is intended only for the named recipient. If you are not the intended recipient, you are notified that disclosing, copying, distributing or taking any action in reliance on the contents of this information is strictly prohibited. Please tell us by replying to this e-mail and then delete the message and any attachments.",
    "Please consider the environment before you print this e-mail.",
    "The information in this e-mail may be confidential and/or legally privileged. It has been sent for the sole use of the intended recipient. If you have received it in error, please contact the sender and delete all copies from your inbox and any backup systems. Internet e-mail is not a secure medium; we recommend that you do not send sensitive account details or passwords by e-mail.",
    "Our bank details will never change by e-mail. If you receive a message telling you that our account details have been updated, do not send any payment. Call your usual contact on a number you already hold to confirm.",
    "Registered office: 14 Example Street, Leeds LS1 4XX. Registered in England and Wales, company no. 01234567. VAT no. GB 123 4567 89.",
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.",
    "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur.",
    "I work flexible hours. If you receive this e-mail outside your normal working hours, there is no need to reply until you are back at work.",
    "Sent from my phone - please excuse brevity and typos.",
]


def sig(r, p=None, title=None, phone=True):
    p = p or Person(r)
    titles = ["Office Manager", "Accounts Payable Lead", "Operations Coordinator", "IT Support Analyst",
              "Assistant Manager, Procurement", "Head of Finance", "Senior Developer", "Executive Assistant",
              "Customer Success Manager", "HR Business Partner", "Facilities Administrator", "Sales Director"]
    lines = [r.choice(SIGNOFFS), p.full, title or r.choice(titles), p.company]
    if phone:
        lines.append("Tel. +44 20 7946 0%s" % num(r, 3))
    return "\n".join(lines)


KINDS = []
_USAGE = {}
EXTRA = {}


def extra(name):
    def deco(f):
        EXTRA.setdefault(name, []).append(f)
        return f
    return deco


def kind(name):
    def deco(f):
        KINDS.append((name, f))
        return f
    return deco


def pick_spread(r, pool, n, usage):
    """Pick n items from pool, preferring the least used ones (deterministic)."""
    order = list(range(len(pool)))
    r.shuffle(order)
    order.sort(key=lambda j: usage.get(j, 0))
    chosen = order[:n]
    for j in chosen:
        usage[j] = usage.get(j, 0) + 1
    r.shuffle(chosen)
    return [pool[j] for j in chosen]


def pick(i, items):
    return items[i % len(items)]


# ---------------------------------------------------------------- e-mail
@kind("email_thread_reply")
def k_email_reply(r, i):
    a, b = Person(r), Person(r)
    d = day(r)
    inv = "INV-" + num(r, 5)
    amt = money(r, 300, 9000)
    sk = i % 6
    if sk == 0:
        return f"""Subject: RE: {inv} - payment date?

Hi {b.first},

Thanks for the quick reply. I checked with our accounts team and the invoice was approved on {fdate(d)}. It should go out in the next payment run on Friday. You will receive a remittance advice by e-mail from our automated payments system once the transfer is sent.

If anything in the remittance looks wrong, please reply to this e-mail instead of opening a new thread, so everything stays in one place.

{sig(r, a)}

-----Original Message-----
From: {b.full} <{b.email}>
Sent: {fdate(d, 3)} {hhmm(r)}
To: {a.full} <{a.email}>
Subject: {inv} - payment date?

Hello {a.first},
Could you tell me when we should expect payment for {inv} ({amt} EUR)? It is now 12 days past the due date. Our portal shows it as "received" but not paid.
Thanks,
{b.first}"""
    if sk == 1:
        room = r.choice(["Board Room 2", "the Atrium", "Meeting Room C", "the third-floor kitchen"])
        return f"""Subject: Re: Re: Quarterly review slides

{b.first} - sounds good. I'll include the churn numbers on slide 6 and delete the old forecast table, since it is out of date now.

One note: please do not share the draft outside the team yet. Finance asked us to wait until the figures are signed off.

{a.first}

On {fdate(d, 3)}, {b.full} <{b.email}> wrote:
> Can you add the churn summary below the revenue chart? Also tell me if
> you'd recommend moving the pricing model discussion to the appendix.
> We meet in {room} at {hhmm(r)}.
>
> > On {fdate(d - datetime.timedelta(days=1), 3)}, {a.full} wrote:
> > First draft is in the shared folder (Q{r.randint(1,4)}_review_v2.pptx). Words on
> > slide 3 are still placeholder text, ignore those for now."""
    if sk == 2:
        return f"""Subject: RE: Laptop for new starter

Hi {a.first},

Done - the laptop is imaged and the user account is created. {r.choice(FIRST)} should log in with the temporary password that I sent by text message to their phone; the system will force a change at first sign-in.

A couple of things to tell them on day one:
- Always lock the screen when leaving the desk (Windows key + L).
- Never write the password down or share it with anyone, including IT.
- Email and calendar are set up; the shared drive will show up after the first reboot.

Let me know if the admin rights request should be approved as well - I need a line manager to reply with an OK before I can grant local admin access.

{sig(r, b, "IT Support Analyst")}

> From: {a.full}
> Sent: {fdate(d, 1)}
> Could you set up a laptop for our new assistant starting Monday? Thanks!"""
    if sk == 3:
        po = "PO-" + num(r, 6)
        return f"""Subject: Re: {po} delivery address

Hello {b.first},

Apologies, my previous e-mail had the wrong address. Please ignore the one I sent this morning and use the details below instead:

  {a.company}
  Goods In, Unit {r.randint(2, 40)}
  {r.choice(CITIES)} Business Park

Deliveries must arrive between 08:00 and 15:00. Drivers should report to the gatehouse and show the {po} reference.

Thank you, and sorry for the confusion.
{a.full}

---
> {b.first} wrote on {fdate(d)}:
> Could you confirm the delivery address for {po}? The one on the order
> doesn't match our records."""
    if sk == 4:
        return f"""Subject: Re: Friday cover

Sure, I can cover the front desk on Friday. Just tell me where the visitor book is kept and whether I should print the badges or if the system does that automatically.

{a.first}

Sent from my phone

> On {fdate(d, 1)} at {hhmm(r)}, {b.full} wrote:
> Hi {a.first}, would you be able to cover reception Friday {hhmm(r, 9, 12)}-{hhmm(r, 13, 17)}? Our office assistant is on leave. No worries if not - reply either way so I know.
> Thanks, {b.first}"""
    return f"""Onderwerp: RE: Offerte kantoorverhuizing

Beste {b.first},

Dank voor je snelle antwoord. We gaan akkoord met de offerte van {amt} euro. Kun je de factuur naar facturen@{a.domain} sturen en het ordernummer vermelden? Stuur de planning alsjeblieft ook naar mij door, dan deel ik die met het team.

Met vriendelijke groet,
{a.full}

-----Oorspronkelijk bericht-----
Van: {b.full}
Verzonden: {fdate(d, 2)}
Hierbij de offerte voor de verhuizing. Laat het me weten als je vragen hebt."""


@kind("email_forward")
def k_email_forward(r, i):
    a, b, c = Person(r), Person(r), Person(r)
    d = day(r)
    sk = i % 5
    head = f"""---------- Forwarded message ---------
From: {c.full} <{c.email}>
Date: {fdate(d, 3)} at {hhmm(r)}
Subject: """
    if sk == 0:
        return f"""Subject: Fwd: Updated supplier bank details

{b.first},

Forwarding this for your notes. Do not update anything in the payment system yet - we always verify bank detail changes by phone first. Can you call {c.first} on the number we hold in the vendor file (not the one in the e-mail) and confirm?

Thanks,
{a.first}

{head}Updated supplier bank details
To: accounts@{a.domain}

Dear customer,
Please note that from next month our bank account details will change. The new details are attached. Kindly update your records and send all future payments to the new account.
Regards,
{c.full}
{c.company}"""
    if sk == 1:
        return f"""Subject: Fwd: Room booking confirmation

FYI - see below. The room moved, so please update the invite and tell everyone on the list. I've deleted the old booking.

{head}Room booking confirmation
To: {a.email}

Your booking is confirmed.
Room: {r.choice(["Orion", "Maple", "Room 4.12", "Harbour View"])}
Date: {fdate(d)}
Time: {hhmm(r)} - {hhmm(r, 13, 18)}
Equipment: display screen, speakerphone
Catering: not included

This is an automated message from the facilities booking portal. Replies to this address are not read."""
    if sk == 2:
        return f"""Subject: FW: Expense claim {num(r, 4)} - receipts missing

Hi {b.first},

See the message from Finance below. Could you send the missing receipts by Thursday? If you no longer have the paper copies, a photo or a PDF copy from your inbox is fine. Please include the claim number in the subject line.

{a.first}

________________________________
From: {c.full}
Sent: {fdate(d, 1)}
To: {a.full}
Subject: Expense claim - receipts missing

Hello,
The claim submitted for {b.full} includes three items without receipts (taxi {money(r, 12, 60)}, hotel {money(r, 90, 400)}, dinner {money(r, 20, 120)}). Per the expense policy, items over 25.00 must have a receipt attached. The claim has been returned to the user's queue; it can be resubmitted through the portal once updated.
Regards,
{c.full}
Finance Operations"""
    if sk == 3:
        return f"""Subject: Fwd: Your order has shipped

Forwarding the tracking details so you can look out for the parcel at reception. Please text me when it arrives - I'll be out most of the day.

-------- Original Message --------
Subject: Your order has shipped
Date: {fdate(d, 2)}
From: orders@{c.domain}
To: {a.email}

Good news! Your order #{num(r, 7)} is on its way.
Carrier: {r.choice(["ParcelPoint", "SwiftPost", "EuroFreight"])}
Tracking number: {num(r, 12)}
Click the link below to track your parcel:
https://track.example.com/{num(r, 10)}

You do not need to reply to this message."""
    return f"""Betreff: WG: Schulung neues Ticketsystem

Hallo {b.first},

zur Info unten die Einladung. Bitte melde dich bis Mittwoch über das Portal an und leite die Nachricht an dein Team weiter.

Viele Grüße
{a.first}

---------- Weitergeleitete Nachricht ----------
Von: {c.full} <{c.email}>
Datum: {fdate(d, 2)}
Betreff: Schulung neues Ticketsystem

Liebe Kolleginnen und Kollegen,
ab dem 1. des Monats nutzen wir ein neues Ticketsystem. Die Schulung dauert 90 Minuten. Bitte bringen Sie Ihren Laptop mit und melden Sie sich vorher einmal im System an, damit Ihr Benutzerkonto aktiviert ist."""


@kind("email_disclaimer")
def k_email_disclaimer(r, i):
    a = Person(r)
    body = pick(i, [
        "Attached are the signed minutes. Note that the action list is at the bottom.",
        "Thanks for sending the contract draft; our legal team will reply by Tuesday with comments.",
        "Please find the updated price list attached. The new prices take effect on the 1st.",
        "Confirming that we received your payment. A receipt will follow separately.",
        "Quick reminder that the office closes at 14:00 on Friday for the staff event.",
        "I have copied Priya, who will be your contact while I'm on leave.",
        "Here is the file you asked for. Let me know if the link doesn't work.",
        "We're happy to go ahead with the proposal as described in your previous e-mail.",
        "The delivery was split into two shipments; the second should arrive on Monday.",
    ])
    n = r.randint(2, 3)
    ds = []
    idx = list(range(len(DISCLAIMERS)))
    r.shuffle(idx)
    for j in idx[:n]:
        ds.append(DISCLAIMERS[j])
    extra = pick(i, [
        "\n\nIMPORTANT: We will never ask you for your password or a one-time code by e-mail or phone.",
        "",
        "\n\nTo unsubscribe from marketing e-mails, click 'Manage preferences' in your account portal. Service messages cannot be switched off.",
        "",
        "\n\nThis e-mail has been scanned for viruses and malware by an automated system.",
    ])
    return (f"Hi,\n\n{body}\n\n{sig(r, a)}\n{a.email}\n\n" + "\n\n".join(ds) + extra)


@kind("out_of_office")
def k_ooo(r, i):
    a, b = Person(r), Person(r)
    d = day(r)
    back = fdate(d + datetime.timedelta(days=r.randint(3, 16)), r.choice([0, 1, 3]))
    sk = i % 7
    if sk == 0:
        return f"""Automatic reply: {r.choice(["Invoice query", "Meeting next week", "Contract renewal", "Re: delivery"])}

Thank you for your message. I am out of the office until {back} with limited access to e-mail. Your message has not been forwarded.

For urgent matters please contact {b.full} ({b.email}). For anything related to invoices or payments, please send your e-mail to accounts@{a.domain} instead, where the team will answer within two working days.

{a.full}"""
    if sk == 1:
        return f"""I'm currently on parental leave and will return on {back}. E-mails sent to this inbox will be ignored while I'm away and will be deleted automatically on my return, so please re-send anything important after that date, or contact my colleague {b.first} at {b.email}.

Thanks for your understanding,
{a.first}"""
    if sk == 2:
        return f"""Out of office

I am travelling for work and will reply when I can. Please note: I will not be checking messages in the evenings. If your question is about access to the reporting portal, the IT service desk can help you at servicedesk@{a.domain} or on extension {num(r, 4)}.

Returning {back}.
{a.full}, {a.company}"""
    if sk == 3:
        return f"""Abwesenheitsnotiz

Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {back} nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an {b.full} ({b.email}).

Mit freundlichen Grüßen
{a.full}"""
    if sk == 4:
        return f"""Réponse automatique : absent(e)

Bonjour,
Je suis absent(e) du bureau jusqu'au {back}. Pour toute question urgente, merci de contacter {b.full} à l'adresse {b.email}. Je répondrai à votre message à mon retour.
Cordialement,
{a.full}"""
    if sk == 5:
        return f"""Auto-reply: Thanks for your e-mail!

Our office is closed for the public holiday and reopens on {back}. Orders placed through the customer portal will still be processed; delivery times may be one or two days longer than usual.

If you need to change or cancel an order, please reply with your order number in the subject line and we will take care of it when we are back. Do not place the order twice - duplicate orders are charged separately.

The {a.company} team"""
    return f"""Respuesta automática

Gracias por su mensaje. Estaré fuera de la oficina hasta el {back}. Si su consulta es urgente, por favor escriba a {b.email}. No reenvíe este correo a otras direcciones; su mensaje se atenderá a mi regreso.

Saludos cordiales,
{a.full}"""


@kind("calendar_invite")
def k_calendar(r, i):
    a = Person(r)
    d = day(r)
    t1 = r.randint(8, 15)
    when = f"{fdate(d, 3)} {t1:02d}:00 - {t1 + 1:02d}:00 ({r.choice(['GMT', 'CET', 'EST', 'UTC'])})"
    mid = num(r, 3) + " " + num(r, 3) + " " + num(r, 4)
    sk = i % 5
    if sk == 0:
        return f"""Invitation: Budget planning FY{d.year % 100 + 1} @ {when}

Organizer: {a.full} <{a.email}>
Location: Finance meeting room / video link below
Join online: https://meet.example.com/j/{mid.replace(' ', '')}
Meeting ID: {mid}  Passcode: {num(r, 6)}

Agenda
1. Review of the previous year's actuals (10 min)
2. Department requests - each lead should bring a one-page summary
3. Headcount model and hiring plan
4. Next steps

Please accept or decline so I can book catering. If you can't attend, send a delegate and tell me their name.

Going? Yes - Maybe - No   |   More options"""
    if sk == 1:
        return f"""Updated invitation with note: Weekly ops sync
When: {when}
Calendar: {a.email}

{a.first} updated this event. Note from the organiser: "Moved to Thursday this week because of the bank holiday. Ignore the previous invite; the Monday slot is cancelled."

Who: {", ".join(Person(r).email for _ in range(r.randint(3, 5)))}

Reply for {Person(r).email}: Yes / No / Maybe
Invitation from Example Calendar. You are receiving this e-mail because you are an attendee of the event. To stop receiving future updates for this event, decline it.

Forwarding this invitation could allow any recipient to send a response to the organiser and be added to the guest list."""
    if sk == 2:
        return f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example Corp//Calendar 1.0//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{num(r, 8)}-{num(r, 4)}@calendar.example.com
DTSTAMP:{d.strftime('%Y%m%d')}T{num(r, 2)}0000Z
DTSTART:{d.strftime('%Y%m%d')}T{t1:02d}0000Z
DTEND:{d.strftime('%Y%m%d')}T{t1 + 1:02d}0000Z
SUMMARY:Vendor demo - warehouse scanning tool
LOCATION:Room 2.04
ORGANIZER;CN={a.full}:mailto:{a.email}
DESCRIPTION:Demo of the new handheld scanner model and its admin portal.\\nPlease send your questions in advance so the vendor can prepare answers.\\nDo not forget to bring a laptop.
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR"""
    if sk == 3:
        return f"""Einladung: Jahresgespräch
Wann: {fdate(d, 2)}, {t1:02d}:00–{t1 + 1:02d}:00 Uhr
Wo: Raum {r.randint(100, 420)}
Organisator: {a.full}

Bitte bereite deine Notizen zur Selbsteinschätzung vor und schicke sie mir bis zwei Tage vorher. Falls der Termin nicht passt, antworte einfach mit einem Alternativvorschlag.

Annehmen | Mit Vorbehalt | Ablehnen"""
    return f"""You have been invited to: Fire drill briefing (all floor wardens)
Date: {fdate(d, 1)}
Time: {t1:02d}:30 - {t1 + 1:02d}:00
Where: Ground floor reception

Description:
Short briefing before the quarterly fire drill. Wardens must attend. Please collect your hi-vis vest from the facilities desk. The alarm test will run at {t1 + 1:02d}:15 - tell your team not to call the fire service, it is a planned test.

RSVP via the link in your calendar, or reply to {a.email}."""


@kind("meeting_minutes")
def k_minutes(r, i):
    ppl = [Person(r) for _ in range(5)]
    d = day(r)
    ini = [p.first[0] + p.last[0] for p in ppl]
    sk = i % 5
    att = ", ".join(p.full for p in ppl[:4])
    if sk == 0:
        return f"""MINUTES - Operations Committee
Date: {fdate(d)}   Chair: {ppl[0].full}   Minutes: {ppl[4].full} (office assistant)
Present: {att}
Apologies: {Person(r).full}

1. Minutes of the previous meeting
Approved without changes.

2. Warehouse system upgrade
{ppl[1].first} reported that the new system went live on schedule. Two users still cannot log in to the portal; IT has a ticket open. The team agreed that paper pick lists should be kept as a fallback until the end of the month.

3. Supplier payments
Several suppliers told us that payments arrived late. {ppl[2].first} explained that the bank changed the cut-off time for the daily transaction file. Action: move the payment run to 13:00.

4. AOB
Office will be closed on the 24th. Please update your out-of-office message.

ACTIONS
- {ini[2]}: update payment run schedule - by next meeting
- {ini[1]}: confirm all user accounts work - this week
- {ini[3]}: send the revised health and safety summary to everyone

Next meeting: {fdate(d + datetime.timedelta(days=28))}"""
    if sk == 1:
        return f"""Notes from product sync ({fdate(d, 2)})
Attendees: {att}

- Release 4.{r.randint(1, 9)} slipped by one week. Reason: payment provider changed their API response format for refunds; we need to update the parser.
- Decision: we will NOT ship the new dashboard until the accessibility review is done. {ppl[2].first} to create the ticket.
- Customer feedback: three enterprise users asked for a CSV export of the audit log. {ppl[3].first} thinks we should include it in the next sprint instead of the tooltip redesign.
- Pricing model: leave as is for now; revisit in Q{r.randint(1, 4)}.
- {ppl[0].first} asked everyone to stop using the old bug tracker; it will become read-only on Friday.

Action items
[ ] {ppl[2].first} - accessibility ticket
[ ] {ppl[1].first} - refund parser fix, include tests
[ ] {ppl[3].first} - write a short summary of the audit log requests"""
    if sk == 2:
        return f"""Residents' Association / Building Management - Meeting notes
{fdate(d, 1)}, Community Room

Present: {att} and 11 residents.

Item 1: Service charge. The managing agent explained the increase in this year's charge (insurance +14%). A resident asked for a copy of the accounts; the agent will send them by e-mail and put a printed copy on the noticeboard.
Item 2: Door entry system. The new key fobs will be issued next month. Old fobs must be returned; lost fobs cost {money(r, 10, 30)} to replace.
Item 3: Parcel room. Please collect parcels within 5 days. Unclaimed parcels will be returned to the sender.

The chair thanked everyone for attending. Next meeting in three months."""
    if sk == 3:
        return f"""Verbale riunione di reparto – {fdate(d, 2)}
Presenti: {att}

1. Chiusura mensile: completata il giorno 3. Nessuna differenza significativa.
2. Nuovo portale fornitori: {ppl[1].first} invierà le istruzioni a tutti i fornitori entro venerdì.
3. Ferie estive: ognuno deve inserire le proprie richieste nel sistema entro fine mese.

Azioni: {ppl[2].first} aggiorna l'elenco dei contatti; {ppl[3].first} prepara il riepilogo delle spese."""
    return f"""IT Change Advisory Board - minutes
Date: {fdate(d)} | Facilitator: {ppl[0].full}

Changes reviewed:
CHG-{num(r, 5)}  Firewall rule clean-up (low risk) - APPROVED. Execute in Tuesday window.
CHG-{num(r, 5)}  Mail server certificate renewal - APPROVED. {ppl[1].first} to notify users in advance; Outlook may show a certificate prompt once.
CHG-{num(r, 5)}  Database upgrade to v15 - DEFERRED. The rollback plan should include a tested restore; please resubmit with the output of the dry run attached.
CHG-{num(r, 5)}  Decommission old file server - APPROVED with condition: confirm all shared files have been copied and the access list reviewed before anything is deleted.

Emergency changes since last CAB: 1 (manual override of the backup schedule during the storage incident, see post-mortem).

Reminder: changes not submitted by Thursday 12:00 will move to the following week."""


@kind("hr_memo")
def k_hr_memo(r, i):
    a = Person(r)
    d = day(r)
    sk = i % 6
    if sk == 0:
        return f"""MEMO
To: All staff
From: {a.full}, People Team
Date: {fdate(d)}
Subject: Annual leave carry-over

This is a reminder that up to five days of unused annual leave can be carried over into the new year. Anything above five days will be lost unless your manager approved an exception in writing.

What you should do now:
1. Log in to the HR portal and check your balance.
2. Book any remaining days before 31 December.
3. If you believe your balance is wrong, reply to this memo or e-mail hr@{a.domain} with the details.

Please do not send leave requests by text message; they must go through the system so that payroll receives them.

A translated version of this memo (Polish, Portuguese) is on the intranet. If you need it translated into another language, tell us and we will arrange it."""
    if sk == 1:
        return f"""Subject: Secret Santa 🎁 - sign up by Friday

Hi everyone,

It's that time of year again! Our office Secret Santa is back. Sign up via the form on the intranet by Friday; on Monday the system will send each person an e-mail with the name of the colleague they are buying for.

Rules:
- Spending limit: {r.choice(["15", "20", "25"])} (no more, please!)
- Keep your person secret until the party on the 19th.
- Wrap your gift and write the recipient's name on it - not yours.
- Drop gifts in the box at reception.

If you do not want to take part, just ignore this message. No pressure at all.

{a.first} (on behalf of the social committee)"""
    if sk == 2:
        return f"""HR UPDATE: Changes to the payroll calendar

From next month, salaries will be paid on the 25th instead of the last working day. If the 25th falls on a weekend, payment will be made on the previous Friday. Payslips will be available in the portal two days before.

You do not need to take any action. If you have a standing order or a direct debit that leaves your account before the 25th, you may wish to update its date.

Questions? Contact the payroll team at payroll@{a.domain}.
{a.full}
HR & Payroll"""
    if sk == 3:
        return f"""Confidential - managers only

Subject: Salary review process {d.year}

Managers,

The annual salary review opens on {fdate(d, 1)}. Please note the following:
- Recommendations must be entered in the compensation tool by the deadline. Late entries will not be included.
- Do not reveal individual outcomes to team members until the letters are issued.
- The budget for merit increases is shown in your manager view. The system will display a warning if you go over it.

Guidance notes and the rating calibration summary are attached. Please read them before you start.

{a.full}, Head of Reward"""
    if sk == 4:
        return f"""Komunikat dla pracowników

Szanowni Państwo,
informujemy, że od {fdate(d, 2)} obowiązuje nowy regulamin pracy zdalnej. Prosimy o zapoznanie się z dokumentem w portalu HR i potwierdzenie jego przeczytania do końca miesiąca. Pytania prosimy kierować do działu kadr.

Z poważaniem
{a.full}
Dział Kadr"""
    return f"""Memo: Dress code for the client visit

Team - on Thursday, clients from {comp(r)[0]} will be on site. Please dress business casual and keep desks tidy. Visitors will be signed in at reception by our assistant manager, {Person(r).full}, who will also show them around.

Note that photography is not allowed in the lab area. If a visitor asks about anything confidential, politely tell them you'll follow up through their account manager.

Thanks all,
{a.first}"""


@kind("onboarding_checklist")
def k_onboarding(r, i):
    a, m = Person(r), Person(r)
    d = day(r)
    sk = i % 4
    if sk == 0:
        return f"""New starter checklist - {a.full}
Start date: {fdate(d, 3)}    Manager: {m.full}    Buddy: {Person(r).first}

Before day one (manager)
[ ] Create the access request for e-mail, file shares and the CRM
[ ] Order laptop and headset through the IT portal
[ ] Add {a.first} to the team mailing list and recurring meetings
[ ] Send the welcome e-mail with start time and address

Day one (new starter)
[ ] Collect ID badge from reception
[ ] Set your password and enable two-factor authentication
[ ] Read the information security policy and click "I agree" in the portal
[ ] Complete the fire safety video (20 min)

Week one
[ ] Meet the office manager and the facilities team
[ ] Shadow a colleague on customer calls
[ ] Book 1:1s with each team member
[ ] Tell HR your bank details via the payroll form (never by e-mail)

Notes: {r.choice(["Parking permit to be requested by the manager.", "Remote starter - ship equipment to home address.", "Needs a UK and a German keyboard."])}"""
    if sk == 1:
        return f"""Welcome to {a.company}, {a.first}!

Here is everything you need for your first week. Please read it before Monday.

1. Arrive at 9:30 at reception and ask for {m.first}.
2. Your laptop will be ready at the IT desk. The technician will help you set your password. Choose at least 14 characters; do not reuse a password from another site.
3. Install the authenticator app on your phone before you arrive - it saves time.
4. Lunch on day one is on us.
5. Your first task: read the team handbook (link in your inbox) and write down any questions. There are no silly questions.

Things to avoid: do not share your screen in client meetings without closing your e-mail first, and never forward internal documents to a personal address.

See you soon!
{m.full}"""
    if sk == 2:
        return f"""Offboarding checklist - leaver: {a.full}, last day {fdate(d)}

IT
- Disable account at 17:00 on last day
- Forward e-mail to manager for 30 days, then delete the mailbox
- Remove from admin groups and shared drives
- Collect laptop, phone, badge and any access cards
HR
- Exit interview booked
- Final pay and holiday balance confirmed with payroll
Manager
- Reassign open tickets and CRM accounts
- Update the team contact list
- Tell customers who their new contact is

Signed off by: ____________  Date: ________"""
    return f"""Lista de incorporación – {a.full}
Fecha de inicio: {fdate(d, 2)}

[ ] Firmar el contrato y enviarlo a RR. HH.
[ ] Crear la cuenta de correo y el acceso al portal
[ ] Entregar el portátil y la tarjeta de acceso
[ ] Presentar al equipo y al asistente de oficina
[ ] Explicar la política de gastos y de viajes
[ ] Revisar las instrucciones de seguridad del edificio

Responsable: {m.full}"""


# ---------------------------------------------------------------- IT operations
@kind("it_ticket")
def k_ticket(r, i):
    u, t = Person(r), Person(r)
    d = day(r)
    tid = "INC" + num(r, 7)
    sk = i % 6
    if sk == 0:
        return f"""Ticket {tid} | Priority: P3 | Status: Resolved
Requester: {u.full} ({u.email})
Category: Email > Outlook

Description (user):
Since this morning Outlook keeps asking for my password and then says it can't connect. Webmail works fine. I restarted twice.

Work notes:
{hhmm(r)} {t.first}: Checked the account in the admin console - not locked. Password last changed yesterday. Likely cached credentials.
{hhmm(r, 12, 16)} {t.first}: Marked urgent by the user's manager (month-end). Called the user. Told them to close Outlook, open Credential Manager, delete the two entries for the mail server, then restart Outlook and sign in with the new password. Confirmed working.

Resolution: Removed stale cached credentials. User advised to always restart Outlook after a password change.
Closed by {t.full} on {fdate(d)}."""
    if sk == 1:
        return f"""[{tid}] Printer on 3rd floor not printing

Reported by: {u.full}
Location: 3rd floor, near the kitchen
Model: {r.choice(["LP-4410", "MFP-6200", "LaserJet X-500"])}

User: Jobs show as "sent" but nothing comes out. The display says "Ready".

Agent {t.first} ({fdate(d, 2)} {hhmm(r)}):
Hi {u.first}, thanks for reporting. The print queue on the server was stuck. I cleared it and restarted the spooler service. Could you try to print a test page now and reply to let me know if it works? If the display shows an error code, please send a photo of it.

User ({hhmm(r, 12, 17)}):
Works now, thanks!

Status changed: Resolved -> Closed (automatic after 3 days)"""
    if sk == 2:
        return f"""SERVICE REQUEST {("REQ" + num(r, 7))}
Summary: Access to Finance shared drive
Requested for: {u.full}
Approver: {Person(r).full} (line manager) - APPROVED {fdate(d, 2)}

Details: Needs read/write access to \\\\files.example.local\\finance\\AP for month-end work. Temporary, 60 days.

Fulfilment notes ({t.first}):
- Added user to group FS-Finance-AP-RW with expiry date.
- Access takes effect after next sign-in. Told the user to log out and back in.
- Note: the group owner must review the list of members every quarter.

Closed - fulfilled."""
    if sk == 3:
        return f"""Incident {tid}
Opened: {ts(r, d)}  Severity: 2  Assigned group: Network Ops

Short description: VPN users in {r.choice(CITIES)} office cannot reach internal systems

Updates
- {t.first}: Confirmed. 40+ users affected. Tunnel up but no routes pushed.
- {t.first}: Found the cause - the route list was overwritten during last night's config update. Restored previous version from backup.
- {t.first}: Asked users to disconnect and reconnect. All reports cleared.

Customer-facing update sent: "Connectivity has been restored. If you still cannot access the intranet, restart the VPN client and contact the service desk."

Problem record PRB-{num(r, 5)} created for root cause follow-up."""
    if sk == 4:
        return f"""Ticket #{num(r, 5)} - New phone for {u.first}

{u.first}: Hi, my work phone screen is cracked. Can I get a replacement? I need it for the two-factor codes.

Service desk ({t.first}): Sorry to hear that! A replacement is on its way to your office. Before you hand in the old phone:
  1. Make sure your photos and notes are backed up.
  2. Do not reset the phone yourself - we'll wipe it.
  3. On the new phone, open the authenticator app and scan the QR code from the security page of your account. Follow each instruction on the screen carefully.
If you lose access to your codes in the meantime, call the desk and we'll issue a temporary access pass.

{u.first}: Got it, thanks."""
    return f"""Ticket {tid} — Synchronisatiefout agenda

Melder: {u.full}
Omschrijving: Afspraken in de gedeelde agenda worden niet getoond op mijn telefoon.

Oplossing ({t.first}, {fdate(d, 2)}): Account opnieuw toegevoegd in de mailapp. Gebruiker gevraagd de app te sluiten en opnieuw te openen. Probleem opgelost. Ticket gesloten."""


@kind("runbook")
def k_runbook(r, i):
    a = Person(r)
    sk = i % 5
    svc = r.choice(["billing-api", "orders-worker", "report-export", "inventory-sync", "auth-gateway"])
    if sk == 0:
        return f"""# Runbook: {svc} - high queue depth

Owner: Platform team ({a.email})   Last reviewed: {fdate(day(r), 2)}

## Symptoms
- Alert "{svc} queue depth > 5000" fires.
- Users report slow order confirmations.

## Steps
1. Open the dashboard and check the worker count. If fewer than 4 workers are running, scale up:
   ```
   kubectl -n prod scale deploy/{svc} --replicas=8
   ```
2. Check the logs for repeated errors:
   ```
   kubectl -n prod logs deploy/{svc} --since=15m | grep -i error | head
   ```
3. If the errors mention the database, do NOT restart the workers; page the DBA on call instead.
4. Once the queue is under 500, scale back to the normal replica count (4).

## Notes
- Never delete messages from the queue manually; they are retried automatically.
- Post a short update in #ops-status every 30 minutes while the incident is open.
- Alerts that are ignored for more than 15 minutes are escalated automatically to the engineering manager."""
    if sk == 1:
        return f"""RUNBOOK - Monthly certificate renewal (internal services)

Purpose: renew TLS certificates before they expire.
Frequency: monthly, first Tuesday.

1. Log in to the admin host as yourself (not root). Run `sudo -l` to confirm you have the right access.
2. List certificates expiring in the next 30 days:
     certctl list --expiring 30d
3. For each one, run:
     certctl renew --name <service> --dry-run
   Check the output. If the dry run is clean, execute it again without --dry-run.
4. Restart the service ONLY in the maintenance window.
5. Update the tracking sheet and tell the service owner.

If a renewal fails, do not retry more than twice (rate limits). Open a ticket and include the full command output."""
    if sk == 2:
        return f"""Runbook: Restore a deleted file from backup (file server)

When to use: a user reports that a file or folder was deleted from a shared drive.

1. Ask the user for the exact path, the file name and roughly when it was last seen.
2. In the backup console, open Restore > File level. Select the snapshot from before the deletion.
3. Restore to an alternate location first (\\\\files\\restore\\<ticket>), never over the original.
4. Ask the user to check the restored copy. When they confirm, move it back and delete the temporary copy.
5. Note in the ticket which snapshot you used.

Tip: Files deleted less than 14 days ago may still be in the recycle bin of the share - check there first, it's quicker."""
    if sk == 3:
        return f"""## On-call: what to do when the payment provider is down

1. Confirm on the provider's status page (https://status.payments.example.com).
2. Switch checkout to "maintenance" mode using the feature flag `checkout_maintenance` in the admin panel. This will display a friendly message to users instead of an error.
3. Post in #incidents: "Payments degraded - provider outage - checkout paused".
4. Do not attempt to re-run failed charges manually. The automatic retry job handles them when the provider recovers.
5. When the provider is back, switch the flag off and watch the transaction success rate for 15 minutes.
6. Write a short summary for the post-mortem.

Escalation: if the outage lasts more than 60 minutes, call the engineering manager on call."""
    return f"""Handbuch: Nächtliche Sicherung prüfen

1. Melde dich am Backup-Server an.
2. Öffne das Protokoll der letzten Nacht und prüfe, ob alle Jobs den Status „OK“ haben.
3. Bei Fehlern: Job manuell neu starten und das Ergebnis im Ticket notieren.
4. Lösche keine alten Sicherungen von Hand – die Aufbewahrung regelt das System automatisch.
Verantwortlich: {a.full}"""


@kind("postmortem")
def k_postmortem(r, i):
    a = Person(r)
    d = day(r)
    dur = r.randint(18, 190)
    sk = i % 4
    if sk == 0:
        return f"""Post-incident review: Checkout errors on {fdate(d)}

Summary
For {dur} minutes, about {r.randint(5, 30)}% of card payments failed with a generic error. No customer was charged twice. Orders were not lost.

Timeline (UTC)
{hhmm(r, 9, 10)} Deploy of release 2.{r.randint(10, 40)} to production
{hhmm(r, 10, 11)} Alert: payment error rate above threshold
{hhmm(r, 11, 12)} On-call engineer rolled back the release
{hhmm(r, 12, 13)} Error rate back to normal

Root cause
A configuration value for the payment timeout was renamed in the code but not in the production config file. The service fell back to a default of 2 seconds, which was too short.

What went well
- Rollback was quick and well documented.
- Support agents had a prepared response for customers.

What we will change
1. Add a startup check that fails if a required setting is missing.
2. Include config changes in the release checklist.
3. Update the runbook so the rollback command is shown first.

This is a blameless review. Please send corrections to {a.email}."""
    if sk == 1:
        return f"""Incident report - e-mail delivery delay

Date: {fdate(d, 1)}    Duration: {dur} min    Severity: Medium
Author: {a.full}

What happened: Outbound messages from the ticketing system were queued and sent late. Customers received automated replies up to two hours after opening a ticket.

Why: The mail relay's disk filled up with old log files. Log rotation had been disabled during a previous migration and was never switched back on.

Fix: Deleted old logs, re-enabled rotation, added a disk space alert at 80%.

Follow-ups:
- Review all servers where rotation was changed during the migration (owner: infra)
- Add "re-enable temporary overrides" to the migration checklist
- Send a short note to the support team so they can answer customer questions"""
    if sk == 2:
        return f"""Postmortem: Accidental deletion of staging database

Impact: Staging unavailable for {dur} minutes. No production impact. No customer data involved.

What happened: An engineer ran a clean-up script against the wrong environment. The shell prompt looked the same for staging and for the sandbox, and the script did not ask for confirmation.

Contributing factors
- Same colour prompt on all environments
- Script had no --dry-run option
- Admin credentials were stored in the engineer's shell profile

Actions
1. Colour-code the shell prompt per environment (red for production, yellow for staging).
2. Scripts that delete data must print what they will delete and ask the user to type the environment name.
3. Remove stored admin credentials; use short-lived access instead.

Thanks to everyone who helped restore from the nightly snapshot."""
    return f"""Retour d'expérience – panne du portail clients ({fdate(d, 2)})

Durée : {dur} minutes. Cause : certificat expiré sur le répartiteur de charge. Le renouvellement automatique avait échoué sans alerte.
Actions : surveiller la date d'expiration, ajouter une alerte 21 jours avant, documenter la procédure manuelle.
Rédigé par {a.full}."""


@kind("change_request")
def k_change(r, i):
    a, b = Person(r), Person(r)
    d = day(r)
    cid = "CHG" + num(r, 6)
    sk = i % 4
    risk = r.choice(["Low", "Medium", "High"])
    if sk == 0:
        return f"""Change Request {cid}
Title: Upgrade mail gateway to version 9.{r.randint(0, 6)}
Requested by: {a.full}   Implementer: {b.full}
Risk: {risk}   Type: Normal
Window: {fdate(d, 3)} 22:00-23:30

Description
Upgrade the inbound mail gateway. The new version improves spam filtering and fixes a bug where some attachments were marked as hidden.

Implementation plan
1. Take a snapshot of the VM.
2. Put the gateway in maintenance mode (mail will queue at the upstream relay).
3. Execute the installer as administrator. Accept the default options.
4. Send a test e-mail from an external account and confirm it reaches the inbox.
5. Take the gateway out of maintenance mode.

Backout plan
Revert to snapshot. Expected time: 15 min.

User communication
Users should not notice anything. Service desk informed."""
    if sk == 1:
        return f"""RFC {cid}: Disable legacy FTP access for suppliers

Business reason: The old FTP server sends passwords in clear text. Suppliers now upload files through the supplier portal.
Affected users: 6 suppliers still using FTP (list below)
Risk: {risk}

Steps
- {fdate(d)}: Send final reminder e-mail to the 6 suppliers with instructions for the portal.
- {fdate(d + datetime.timedelta(days=14))}: Block port 21 on the firewall.
- +30 days: Delete the FTP server VM after copying the archive to cold storage.

Approvals: Security ✔  IT Ops ✔  Procurement ✔

Suppliers: {", ".join(comp(r)[0] for _ in range(3))} and three others."""
    if sk == 2:
        return f"""EMERGENCY CHANGE {cid}
Raised: {ts(r, d)}
By: {a.full} (on call)
Reason: Disk on db-02 at 97%. Risk of outage within the hour.
Action taken: Manual override of the log retention setting from 30 to 7 days; old logs deleted.
Result: Disk at 61%.
Retrospective approval requested from: {b.full}
Follow-up: permanent fix under {("CHG" + num(r, 6))}, add more storage."""
    return f"""Solicitud de cambio {cid}
Título: Actualización del sistema de nóminas
Solicitante: {a.full}
Ventana: {fdate(d, 2)} de 20:00 a 22:00
Riesgo: {risk}
Plan: copia de seguridad, instalación, prueba con un usuario de control, comunicación a RR. HH.
Plan de vuelta atrás: restaurar la copia de seguridad."""


@kind("release_notes")
def k_release(r, i):
    v = f"{r.randint(1, 6)}.{r.randint(0, 20)}.{r.randint(0, 9)}"
    d = day(r)
    sk = i % 4
    if sk == 0:
        return f"""Release notes - version {v} ({fdate(d, 2)})

New
- Invoices can now be exported as PDF or CSV from the billing page.
- Admins can set an automatic reminder e-mail for unpaid invoices.
- Added a "copy link" button to every shared file.

Improved
- The search box now shows results as you type.
- Faster loading of the transaction list for accounts with many entries.

Fixed
- Fixed a bug where deleted users still appeared in the assignee list.
- Fixed an issue where the date picker displayed the wrong week in some time zones.
- Fixed an error message that said "undefined" instead of a helpful description.

Known issues
- Some users may need to sign out and in again to see the new menu.

Please update the mobile app to the latest version to use the new features."""
    if sk == 1:
        return f"""## v{v}

### Breaking changes
- The `list_orders` command no longer includes cancelled orders by default. Use `--include-cancelled` to show them.
- Minimum supported Python is now 3.9.

### Features
- New `export` command writes the output to a file instead of printing it.
- Config files may now include comments.

### Fixes
- `sync` no longer ignores the `--dry-run` flag (#{r.randint(100, 900)}).
- Better error when the API returns an empty response.
- Translation fixes for the German and Polish interface.

Thanks to all contributors!"""
    if sk == 2:
        return f"""What's new in {comp(r)[0]} Mobile {v}

• Pay with your saved card in one tap
• Dark mode, finally!
• See your previous orders and download receipts
• Notifications now show the delivery time window
• We fixed a crash that some users saw when opening the app offline

Love the app? Tell your friends. Found a bug? Use Settings > Help > Contact us."""
    return f"""Versionshinweise {v}

Neu: Export der Buchungsliste als CSV; automatische Erinnerung bei offenen Rechnungen.
Behoben: Falsche Anzeige des Kontostands nach Rückbuchungen; Übersetzungsfehler im Menü „Einstellungen“.
Hinweis: Bitte melden Sie sich nach dem Update einmal ab und wieder an."""


# ---------------------------------------------------------------- developer docs
@kind("api_reference")
def k_api(r, i):
    host = "api." + comp(r)[1]
    sk = i % 5
    if sk == 0:
        return """## Create a refund

`POST https://HOST/v2/refunds`

Creates a refund for a previous charge. The amount is returned to the card or account that was charged. Refunds usually appear on the customer's statement within 5-10 business days.

### Parameters
| Name | Type | Required | Description |
|------|------|----------|-------------|
| charge_id | string | yes | ID of the charge to refund |
| amount | integer | no | Amount in minor units. Defaults to the full amount |
| reason | string | no | One of `duplicate`, `fraudulent`, `requested_by_customer` |
| metadata | object | no | Up to 20 key/value pairs |

### Example request
```
curl https://HOST/v2/refunds \\
  -u sk_test_xxxxxxxx: \\
  -d charge_id=ch_1029384 \\
  -d amount=1500
```

### Response
```json
{"id": "re_55120", "status": "pending", "amount": 1500, "charge_id": "ch_1029384"}
```

Note: you cannot refund more than the original charge. If a dispute is open for the charge, the refund request will return `409 Conflict`.""".replace("HOST", host)
    if sk == 1:
        return """GET /users/{user_id}

Returns a single user.

Path parameters
  user_id   (string, required)  The ID of the user.

Query parameters
  include   (string, optional)  Comma-separated list of related objects to include in the response: `teams`, `roles`, `last_login`.

Response 200
{
  "id": "usr_4821",
  "email": "j.doe@example.com",
  "display_name": "Jamie Doe",
  "role": "admin",
  "created_at": "2025-03-14T09:12:00Z"
}

Errors
  401  Missing or invalid access token.
  403  The token does not have the `users:read` scope.
  404  No user with that ID exists, or the user was deleted.

Rate limit: 600 requests per minute per token. When the limit is exceeded, the API returns 429 with a Retry-After header. Your client should wait and retry instead of sending the request again immediately."""
    if sk == 2:
        return """Authentication

All requests must include an API key in the Authorization header:

    Authorization: Bearer <your_api_key>

You can create keys in the developer portal under Settings > API keys. Each key is shown only once, so copy it to a safe place immediately. Never share keys in public code repositories, support tickets or e-mail. If a key has been exposed, delete it in the portal and create a new one.

Keys have scopes. Give each key the smallest set of scopes it needs, for example `invoices:read` for a reporting tool.

Test mode keys start with `test_`, live keys with `live_`. Test mode transactions never move real money.

Base URL: https://HOST/v1""".replace("HOST", host)
    if sk == 3:
        return """### List transactions

```
GET /v1/accounts/{account_id}/transactions?from=2025-01-01&to=2025-01-31&limit=100
```

Returns transactions for the account, newest first. Use the `next_cursor` value from the response to fetch the next page.

Fields
- `id` - unique transaction ID
- `type` - `debit` or `credit`
- `amount` - integer, minor units (e.g. cents)
- `currency` - ISO 4217 code
- `description` - text shown on the customer's statement
- `status` - `pending`, `booked` or `reversed`

Note: pending transactions may change amount or disappear. Do not show them to users as final."""
    return """POST /v1/messages/send

Sends a text message (SMS) to a phone number.

Body (JSON)
  to        string   required   E.164 number, e.g. +447700900123
  body      string   required   Message text, max 612 characters (4 parts)
  sender    string   optional   Alphanumeric sender ID, max 11 letters

Example
  {"to": "+447700900123", "body": "Your appointment is confirmed for Tue 10:30. Reply C to cancel.", "sender": "ExampleCo"}

The response includes a message ID. Delivery reports are sent to your webhook URL. Messages to numbers that replied STOP are not sent and return status `blocked`."""


@kind("webhook_docs")
def k_webhook(r, i):
    sk = i % 4
    if sk == 0:
        return """# Webhooks

Webhooks let your system receive a message when something happens in your account, for example when an invoice is paid or a dispute is opened.

## Setting up
1. In the dashboard, go to Developers > Webhooks and click **Add endpoint**.
2. Enter your URL (must be HTTPS) and choose the events you want to receive.
3. Copy the signing secret. You will need it to verify requests.

## Verifying signatures
Every request includes an `X-Signature` header. Compute an HMAC-SHA256 of the raw request body using your signing secret and compare it with the header value. Reject the request if they don't match.

## Responding
Return a 2xx status within 10 seconds. Do the real work in a background job. If we do not receive a 2xx response, we retry with exponential backoff for up to 3 days. After that the event is marked as failed and shown in the dashboard, where you can resend it manually.

## Events
- `invoice.paid`
- `invoice.payment_failed`
- `charge.refunded`
- `charge.dispute.created`
- `customer.deleted`

Your endpoint should ignore event types it does not recognise - we add new types from time to time. Unknown fields in a payload should also be ignored, not treated as errors."""
    if sk == 1:
        return """Example payload: charge.dispute.created

{
  "id": "evt_8812",
  "type": "charge.dispute.created",
  "created": 1735689600,
  "data": {
    "dispute_id": "dp_2031",
    "charge_id": "ch_77120",
    "amount": 4999,
    "currency": "eur",
    "reason": "product_not_received",
    "evidence_due_by": "2025-02-14T23:59:59Z"
  }
}

When you receive this event you should gather evidence (proof of delivery, customer messages, tracking number) and submit it before `evidence_due_by`. If you do not respond in time, the dispute is automatically lost and the amount is debited from your balance."""
    if sk == 2:
        return """Troubleshooting webhooks

My endpoint receives the same event twice.
  This is expected. Deliveries are "at least once". Store the event `id` and skip events you have already processed.

Events arrive out of order.
  Use the `created` timestamp and the current state of the object instead of relying on the order of delivery.

I get signature errors.
  Make sure you compute the signature over the raw body, before any JSON parsing. Frameworks that re-serialise JSON will change the bytes. Also check you are using the secret for the right endpoint - each endpoint has its own.

Deliveries time out.
  Your endpoint must reply within 10 seconds. Send the response first, then process the event.

Still stuck? Contact developer support and include the event ID and the response your server returned."""
    return """Webhook-Benachrichtigungen (Kurzanleitung)

1. Endpunkt im Entwicklerportal anlegen.
2. Ereignisse auswählen, z. B. „Zahlung eingegangen“ oder „Rückerstattung erstellt“.
3. Signatur jeder Anfrage prüfen.
4. Innerhalb von 10 Sekunden mit Status 200 antworten.
Fehlgeschlagene Zustellungen werden automatisch wiederholt und können im Portal erneut gesendet werden."""


@kind("sdk_readme")
def k_sdk(r, i):
    c = comp(r)
    sk = i % 4
    pkg = c[0].split()[0].lower()
    if sk == 0:
        return """# PKG-python

Official Python client for the COMPANY API.

## Installation

```
pip install PKG
```

## Quick start

```python
import PKG

client = PKG.Client(api_key="test_...")
invoice = client.invoices.create(customer="cus_123", amount=2500, currency="eur")
print(invoice.id, invoice.status)
```

## Configuration

The client reads `PKG_API_KEY` from the environment if you do not pass a key. Never hard-code live keys in your source files.

| Option | Default | Description |
|--------|---------|-------------|
| timeout | 30 | Seconds before a request is cancelled |
| max_retries | 2 | Automatic retries for network errors |
| base_url | https://api.DOMAIN | Override for testing |

## Contributing

Please open an issue before sending a large pull request. Run `make test` before you submit, and include tests for new features.

## License

MIT""".replace("PKG", pkg).replace("COMPANY", c[0]).replace("DOMAIN", c[1])
    if sk == 1:
        return """PKG-js
======

JavaScript/TypeScript SDK. Works in Node.js 18+ and modern browsers.

Install
-------
    npm install @PKG/sdk

Usage
-----
    import { Client } from "@PKG/sdk";
    const client = new Client({ apiKey: process.env.PKG_KEY });
    const orders = await client.orders.list({ status: "open", limit: 20 });
    orders.data.forEach(o => console.log(o.id, o.total));

Do not use your secret key in browser code - create a restricted publishable key instead.

Error handling
--------------
All methods throw `PKGError` with `status`, `code` and `message`. A 429 response means you should slow down; the SDK retries automatically up to 3 times.

Changelog: see CHANGELOG.md. Questions: open an issue or e-mail developers@DOMAIN.""".replace("PKG", pkg).replace("DOMAIN", c[1])
    if sk == 2:
        return """# invoice-tools

Small command-line tools for the accounts team.

* `merge_pdfs` - combine several invoice PDFs into one file for printing
* `check_vat` - check VAT numbers in a CSV file against the format rules
* `rename_scans` - rename scanned files using the invoice number found in the text

## Setup

1. Install Python 3.10 or newer.
2. Clone this repository and run `pip install -r requirements.txt`.
3. Copy `settings.example.ini` to `settings.ini` and fill in the shared folder path.

## Notes

- The tools never delete the original files. Output goes to the `out/` folder.
- If a scan is hard to read, `rename_scans` will skip it and write its name to `skipped.txt`.
- Ask Tomasz in Finance if you need access to the shared folder.

Maintainer: finance-systems@DOMAIN""".replace("DOMAIN", c[1])
    return """# PKG-cli (README)

Herramienta de línea de comandos para consultar pedidos y envíos.

Instalación: `pip install PKG-cli`

Uso:
    PKG login
    PKG orders list --status abierto
    PKG shipments show <id>

La primera vez, el comando `login` abre el navegador para iniciar sesión. El token se guarda en `~/.config/PKG/`. No compartas ese archivo con nadie.""".replace("PKG", pkg)


@kind("cli_help")
def k_cli(r, i):
    texts = [
        """usage: backupctl [-h] [--config FILE] [--dry-run] [-v] {run,list,restore,prune} ...

Manage scheduled backups of file shares.

positional arguments:
  {run,list,restore,prune}
    run                 run a backup job now
    list                list snapshots for a job
    restore             restore files from a snapshot
    prune               delete snapshots older than the retention period

options:
  -h, --help            show this help message and exit
  --config FILE         path to config file (default: /etc/backupctl.ini)
  --dry-run             show what would be done, do not change anything
  -v, --verbose         print more output; repeat for debug output (-vv)

Examples:
  backupctl list --job finance
  backupctl restore --job finance --snapshot 2025-03-01 --target /srv/restore
  backupctl prune --dry-run

Note: prune cannot be undone. Always run it with --dry-run first.""",
        """NAME
    invoicer - create, send and track invoices from the command line

SYNOPSIS
    invoicer create --customer ID --amount AMOUNT [--due DAYS] [--note TEXT]
    invoicer send INVOICE_ID [--copy-to EMAIL]
    invoicer list [--status draft|sent|paid|overdue] [--output csv|table]
    invoicer void INVOICE_ID

DESCRIPTION
    invoicer talks to the billing API using the key in ~/.invoicer.
    `send` e-mails the PDF to the customer's billing contact. Use --copy-to to
    send a copy to yourself or to another address.

EXIT STATUS
    0 on success, 1 on user error, 2 on network or server error.

SEE ALSO
    invoicer-config(5)""",
        """$ deploy --help
Usage: deploy [OPTIONS] ENVIRONMENT

  Deploy the current build to ENVIRONMENT (staging or production).

Options:
  --version TEXT     Build version to deploy. Defaults to the latest build.
  --skip-tests       Skip smoke tests after deploy. Do not use for production.
  --force            Override the deploy freeze. Requires admin role.
  --yes              Do not prompt for confirmation.
  --help             Show this message and exit.

Production deploys must be run from the release branch. The command will ask you to type the environment name to confirm unless --yes is given.""",
        """Usage: csvtool <command> [options] <file>

Commands:
  head       show the first rows of a file
  cols       list the column names
  filter     keep rows where a column matches a value
  dedupe     remove duplicate rows
  convert    convert between CSV, TSV and JSON lines

Options:
  -o, --output <file>   write the result to a file instead of standard output
  -d, --delimiter <c>   field delimiter (default ,)
  --encoding <name>     input encoding (default utf-8)
  -q, --quiet           do not print the summary line

Run 'csvtool <command> --help' for more information on a command.""",
        """passwd: change user password

Usage: passwd [options] [LOGIN]

Options:
  -d, --delete            delete the password for the named account
  -e, --expire            force expiry of the password for the named account
  -l, --lock              lock the password of the named account
  -S, --status            report password status on the named account
  -u, --unlock            unlock the password of the named account
  -h, --help              display this help message and exit

Only the administrator (root) may change the password of another user.""",
        """git-archive-reports 1.4

USAGE:
    archive-reports [FLAGS] [OPTIONS] --month <MONTH>

FLAGS:
    -n, --dry-run    Print the list of files that would be archived
    -h, --help       Prints help information
    -V, --version    Prints version information

OPTIONS:
    -m, --month <MONTH>      Month to archive, e.g. 2025-04
    -t, --target <DIR>       Archive directory [default: /archive/reports]
        --delete-source      Delete source files after a successful copy

Files are copied, verified with a checksum and only then deleted (if --delete-source is set).""",
        """Gebruik: rooster [opties]

Toont het werkrooster van het team.

Opties:
  --week N        toon week N (standaard: huidige week)
  --team NAAM     toon alleen dit team
  --export FILE   schrijf het rooster naar een CSV-bestand
  --help          toon deze hulptekst

Voorbeeld: rooster --team magazijn --week 12 --export week12.csv""",
        """mailq-tool - inspect and manage the outbound mail queue

  mailq-tool show            print all queued messages (ID, sender, size, age)
  mailq-tool flush           try to deliver all queued messages now
  mailq-tool hold ID         put a message on hold
  mailq-tool release ID      release a held message
  mailq-tool delete ID|ALL   delete a message (or all messages) from the queue

Deleting messages is permanent and the sender is not told. Run as the mail administrator.""",
        """Usage: expense-export [--from DATE] [--to DATE] [--format xlsx|csv] [--approved-only]

Exports expense claims from the finance portal for the accounting system.

  --from DATE        start date (YYYY-MM-DD), default: first day of last month
  --to DATE          end date (YYYY-MM-DD), default: last day of last month
  --format FORMAT    output format, default csv
  --approved-only    include only claims with status Approved
  --help             show this help

The output file name includes the date range, e.g. expenses_2025-04-01_2025-04-30.csv.""",
    ]
    return texts[i % len(texts)]


@kind("config_file")
def k_config(r, i):
    texts = [
        """# /etc/mailrelay/relay.conf
# Outbound relay for the ticketing and billing systems.
# Do not edit by hand on the server - changes are overwritten by the
# config management tool. Update the template in the ops repo instead.

[relay]
listen = 0.0.0.0:25
# Only accept mail from internal systems
allowed_networks = 10.20.0.0/16, 10.30.0.0/16
max_message_size = 25MB

[queue]
# How long to keep retrying before the sender receives a bounce
retry_for = 3d
retry_interval = 15m

[logging]
level = info
# Log rotation MUST stay enabled; see post-mortem PM-112
rotate = daily
keep = 14""",
        """# docker-compose.yml for the local development environment
# Run `docker compose up -d` and open http://localhost:8080
version: "3.9"
services:
  web:
    build: .
    ports:
      - "8080:8080"
    environment:
      - APP_ENV=development
      - DATABASE_URL=postgres://app:app@db:5432/app
      # Use the test key here, never a live one
      - PAYMENTS_KEY=test_dummy_key
    depends_on:
      - db
  db:
    image: postgres:16
    environment:
      - POSTGRES_USER=app
      - POSTGRES_PASSWORD=app   # local only
    volumes:
      - dbdata:/var/lib/postgresql/data
volumes:
  dbdata:""",
        """; settings.ini - invoice scanner
; Copy this file to settings.ini and change the values below.

[paths]
; Folder where the scanner drops new files
inbox = \\\\files\\scans\\inbox
; Processed files are moved here (never deleted)
done = \\\\files\\scans\\done

[ocr]
language = eng+deu+fra
; Pages with less text than this are flagged for manual review
min_words = 20

[notify]
; Send a summary e-mail after each run
email_to = ap-team@example.com
send_summary = yes""",
        """# .github/workflows/ci.yml
name: CI
on:
  push:
    branches: [main]
  pull_request:

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements-dev.txt
      # Lint first so style errors show up before the slow tests
      - run: ruff check .
      - run: pytest -q --maxfail=1
      # Secrets are only available on main, not on pull requests from forks
      - name: Upload coverage
        if: github.ref == 'refs/heads/main'
        run: ./scripts/upload_coverage.sh""",
        """{
  "//": "Feature flags for the customer portal. Owner: web team.",
  "checkout_maintenance": false,
  "show_new_invoice_page": true,
  "allow_card_update_without_2fa": false,
  "max_export_rows": 50000,
  "support_chat": {
    "enabled": true,
    "hours": "08:00-18:00",
    "timezone": "Europe/London",
    "offline_message": "Our agents are offline. Leave a message and we'll reply by e-mail."
  }
}""",
        """# nginx site config - portal.example.com
server {
    listen 443 ssl;
    server_name portal.example.com;

    ssl_certificate     /etc/ssl/portal/fullchain.pem;
    ssl_certificate_key /etc/ssl/portal/privkey.pem;

    # Redirect old help links to the new help centre
    location /help/ {
        return 301 https://help.example.com$request_uri;
    }

    # Admin area: office network only
    location /admin/ {
        allow 10.20.0.0/16;
        deny all;
        proxy_pass http://127.0.0.1:9000;
    }

    location / {
        proxy_pass http://127.0.0.1:9000;
    }
}""",
        """# crontab for the reporting user
# m  h  dom mon dow  command
# Daily sales summary, e-mailed to the sales managers at 07:00
0  7  *   *   1-5  /opt/reports/bin/run.sh daily_sales --email sales-managers@example.com
# Weekly stock report every Monday
30 6  *   *   1    /opt/reports/bin/run.sh weekly_stock
# Clean up temp files older than 7 days (do NOT point this at /data)
15 2  *   *   *    find /opt/reports/tmp -type f -mtime +7 -delete""",
        """# logging.yaml
version: 1
formatters:
  plain:
    format: "%(asctime)s %(levelname)s %(name)s: %(message)s"
handlers:
  console:
    class: logging.StreamHandler
    formatter: plain
  file:
    class: logging.handlers.RotatingFileHandler
    filename: /var/log/orders/app.log
    maxBytes: 10485760   # 10 MB
    backupCount: 5
loggers:
  orders:
    level: INFO
    handlers: [console, file]
# Do not set level DEBUG in production: it prints full request bodies,
# which can include customer addresses.""",
        """# pyproject.toml
[project]
name = "stock-sync"
version = "0.8.2"
description = "Sync stock levels between the warehouse system and the web shop"
requires-python = ">=3.10"
dependencies = ["requests>=2.31", "python-dateutil"]

[project.scripts]
stock-sync = "stock_sync.cli:main"

[tool.pytest.ini_options]
# Integration tests need the sandbox account; skip them by default
addopts = "-m 'not integration'"
markers = ["integration: tests that call the sandbox API"]""",
    ]
    return texts[i % len(texts)]


@kind("code_python")
def k_py(r, i):
    texts = [
        '''"""Send a reminder e-mail for invoices that are more than 14 days overdue."""
import csv
import datetime as dt
import smtplib
from email.message import EmailMessage

OVERDUE_DAYS = 14


def load_invoices(path):
    """Read the export from the billing system. Returns a list of dicts."""
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def is_overdue(row, today):
    due = dt.date.fromisoformat(row["due_date"])
    return row["status"] != "paid" and (today - due).days > OVERDUE_DAYS


def build_message(row):
    msg = EmailMessage()
    msg["Subject"] = f"Reminder: invoice {row['number']} is overdue"
    msg["From"] = "accounts@example.com"
    msg["To"] = row["billing_email"]
    # Keep the wording polite - finance reviewed this text.
    msg.set_content(
        f"Dear customer,\\n\\nOur records show that invoice {row['number']} "
        f"for {row['amount']} {row['currency']} is still unpaid. "
        "If you have already paid, please ignore this reminder.\\n"
    )
    return msg


if __name__ == "__main__":
    today = dt.date.today()
    rows = [r for r in load_invoices("invoices.csv") if is_overdue(r, today)]
    print(f"{len(rows)} overdue invoices")
    # Sending is disabled by default; run with SEND=1 to actually send.''',
        '''# utils/text.py
import re
import unicodedata


def slugify(value: str) -> str:
    """Turn a product name into a URL-friendly slug.

    >>> slugify("Ergo Desk Chair (Black)")
    'ergo-desk-chair-black'
    """
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    value = re.sub(r"[^\\w\\s-]", "", value).strip().lower()
    return re.sub(r"[-\\s]+", "-", value)


def truncate_words(text: str, limit: int = 30) -> str:
    """Return the first `limit` words of text, adding an ellipsis if cut."""
    words = text.split()
    if len(words) <= limit:
        return text
    return " ".join(words[:limit]) + "..."


# TODO: handle Polish letters like "ł", which NFKD does not decompose.''',
        '''from dataclasses import dataclass
from decimal import Decimal


@dataclass
class LineItem:
    sku: str
    description: str
    quantity: int
    unit_price: Decimal


@dataclass
class Order:
    """Data model for a customer order.

    Note: amounts are Decimals, never floats, so totals match the invoice.
    """
    order_id: str
    customer_id: str
    items: list
    vat_rate: Decimal = Decimal("0.20")

    def subtotal(self) -> Decimal:
        return sum((i.unit_price * i.quantity for i in self.items), Decimal("0"))

    def total(self) -> Decimal:
        # Round half up to match the accounting system
        return (self.subtotal() * (1 + self.vat_rate)).quantize(Decimal("0.01"))''',
        '''#!/usr/bin/env python3
"""Move scanned receipts into folders by month.

Usage: python sort_receipts.py /path/to/scans
Files are copied first; the original is deleted only if the copy has the same size.
"""
import shutil
import sys
from datetime import datetime
from pathlib import Path


def main(src: Path) -> None:
    for f in sorted(src.glob("*.pdf")):
        month = datetime.fromtimestamp(f.stat().st_mtime).strftime("%Y-%m")
        target = src / month
        target.mkdir(exist_ok=True)
        dest = target / f.name
        shutil.copy2(f, dest)
        if dest.stat().st_size == f.stat().st_size:
            f.unlink()  # delete original only after a good copy
        else:
            print(f"WARNING: copy of {f.name} looks wrong, original kept")


if __name__ == "__main__":
    main(Path(sys.argv[1]))''',
        '''import logging

log = logging.getLogger(__name__)

MAX_RETRIES = 3


def charge_card(client, customer_id, amount_cents, idempotency_key):
    """Charge a customer's saved card.

    Always pass an idempotency key so a retry can never charge the customer twice.
    """
    for attempt in range(1, MAX_RETRIES + 1):
        try:
            return client.charges.create(
                customer=customer_id,
                amount=amount_cents,
                currency="eur",
                idempotency_key=idempotency_key,
            )
        except client.NetworkError as exc:
            log.warning("charge attempt %s failed: %s", attempt, exc)
    raise RuntimeError("payment provider unreachable; the order stays in 'pending'")''',
        '''# tests/test_vat.py
import pytest

from billing.vat import validate_vat_number


@pytest.mark.parametrize("number,expected", [
    ("GB123456789", True),
    ("DE123456789", True),
    ("FR12345678901", True),
    ("XX000", False),
    ("", False),
])
def test_validate_vat_number(number, expected):
    assert validate_vat_number(number) is expected


def test_whitespace_is_ignored():
    # Users often paste numbers with spaces; we should accept them.
    assert validate_vat_number("GB 123 4567 89")''',
        '''def format_address(addr: dict) -> str:
    """Format a postal address for printing on a label.

    The order of lines depends on the country. We only handle the countries
    we ship to; anything else falls back to the generic format below.
    """
    lines = [addr.get("name", ""), addr.get("company", ""), addr["street"]]
    country = addr["country"].upper()
    if country in ("DE", "NL", "AT", "PL"):
        lines.append(f"{addr['postcode']} {addr['city']}")
    elif country == "GB":
        lines.extend([addr["city"].upper(), addr["postcode"]])
    else:
        lines.append(f"{addr['city']} {addr['postcode']}")
    lines.append(country)
    return "\\n".join(l for l in lines if l)''',
        '''# admin/commands/deactivate_users.py
"""Management command: deactivate users who have not signed in for 180 days.

Run with --dry-run first and send the list to the security team for review.
"""
from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from accounts.models import User


class Command(BaseCommand):
    help = "Deactivate inactive user accounts"

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **opts):
        cutoff = timezone.now() - timedelta(days=180)
        users = User.objects.filter(is_active=True, last_login__lt=cutoff)
        for u in users:
            self.stdout.write(f"{u.email}  last login {u.last_login:%Y-%m-%d}")
        if not opts["dry_run"]:
            users.update(is_active=False)
        self.stdout.write(self.style.SUCCESS(f"{users.count()} users listed"))''',
        '''# Kleine Hilfsfunktion für die Buchhaltung
def netto_aus_brutto(brutto: float, steuersatz: float = 0.19) -> float:
    """Berechnet den Nettobetrag aus dem Bruttobetrag.

    Hinweis: Für echte Rechnungen bitte Decimal verwenden, nicht float.
    """
    return round(brutto / (1 + steuersatz), 2)


if __name__ == "__main__":
    print(netto_aus_brutto(119.0))  # Ausgabe: 100.0''',
    ]
    return texts[i % len(texts)]


@kind("code_js")
def k_js(r, i):
    texts = [
        """// cookie-banner.js
// Shows the cookie banner until the user makes a choice.
// The choice is stored for 180 days.

const KEY = "cookie_choice";

function showBanner() {
  const banner = document.getElementById("cookie-banner");
  if (!banner) return;
  if (localStorage.getItem(KEY)) {
    banner.hidden = true; // already answered, do not show again
    return;
  }
  banner.hidden = false;
  banner.querySelector(".accept").addEventListener("click", () => save("all"));
  banner.querySelector(".reject").addEventListener("click", () => save("necessary"));
}

function save(choice) {
  localStorage.setItem(KEY, JSON.stringify({ choice, at: Date.now() }));
  document.getElementById("cookie-banner").hidden = true;
}

document.addEventListener("DOMContentLoaded", showBanner);""",
        """/**
 * Format an amount in minor units for display.
 * formatMoney(123456, "EUR", "de-DE") -> "1.234,56 €"
 */
export function formatMoney(minor, currency, locale = "en-GB") {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(minor / 100);
}

// Never do maths on the formatted string - keep amounts as integers until display.
export function sum(items) {
  return items.reduce((total, item) => total + item.amount, 0);
}""",
        """// routes/orders.js
const express = require("express");
const router = express.Router();

// GET /orders/:id - show a single order to the signed-in user
router.get("/:id", requireLogin, async (req, res) => {
  const order = await db.orders.findById(req.params.id);
  // Users may only see their own orders; admins can see everything.
  if (!order || (order.userId !== req.user.id && !req.user.isAdmin)) {
    return res.status(404).json({ error: "Order not found" });
  }
  res.json(order);
});

// POST /orders/:id/cancel - only allowed before the order ships
router.post("/:id/cancel", requireLogin, async (req, res) => {
  const order = await db.orders.findById(req.params.id);
  if (order.status === "shipped") {
    return res.status(409).json({ error: "Order already shipped. Please request a return instead." });
  }
  await db.orders.update(order.id, { status: "cancelled" });
  res.json({ ok: true });
});

module.exports = router;""",
        """/* styles/overrides.css
   CSS overrides for the third-party date picker.
   Keep these here instead of editing the vendor file, which is replaced on every update. */

.datepicker .day.selected {
  background: #1f6feb !important; /* override vendor blue to match our brand */
  color: #fff;
}

.datepicker .day.disabled {
  opacity: 0.4;
  cursor: not-allowed;
}

/* Hidden on print: nobody needs the calendar popup on paper */
@media print {
  .datepicker { display: none; }
}""",
        """// validate-signup.js
// Client-side checks only - the server validates everything again.
function validateSignup(form) {
  const errors = [];
  const email = form.email.value.trim();
  const password = form.password.value;

  if (!/^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$/.test(email)) {
    errors.push("Please enter a valid e-mail address.");
  }
  if (password.length < 12) {
    errors.push("Your password must be at least 12 characters long.");
  }
  if (password.toLowerCase().includes(email.split("@")[0].toLowerCase())) {
    errors.push("Your password should not include your user name.");
  }
  return errors;
}""",
        """// useDebounce.ts - React hook
import { useEffect, useState } from "react";

/** Delay updating a value until the user stops typing (e.g. search boxes). */
export function useDebounce<T>(value: T, delay = 300): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(t); // cancel the previous timer on every keystroke
  }, [value, delay]);
  return debounced;
}""",
        """// print-invoice.js
// Adds a "Print" button to the invoice page. The browser's print dialog
// uses print.css, which hides the navigation and the support chat widget.
document.querySelectorAll("[data-print]").forEach((btn) => {
  btn.addEventListener("click", (e) => {
    e.preventDefault();
    window.print();
  });
});""",
        """// scripts/send-weekly-summary.js
// Run by the scheduler every Monday at 08:00.
import { getOpenTickets } from "../lib/tickets.js";
import { sendMail } from "../lib/mail.js";

const tickets = await getOpenTickets({ olderThanDays: 7 });
if (tickets.length === 0) {
  console.log("Nothing to send this week.");
  process.exit(0);
}

const lines = tickets.map((t) => `#${t.id}  ${t.subject}  (owner: ${t.owner})`);
await sendMail({
  to: "support-leads@example.com",
  subject: `Weekly summary: ${tickets.length} tickets open > 7 days`,
  text: "Please review the tickets below and reply with an update.\\n\\n" + lines.join("\\n"),
});""",
        """// Toggle password visibility on the sign-in form
const toggle = document.querySelector("#show-password");
const input = document.querySelector("#password");
toggle.addEventListener("change", () => {
  // Show the password as plain text while the box is ticked
  input.type = toggle.checked ? "text" : "password";
});""",
    ]
    return texts[i % len(texts)]


@kind("code_sql")
def k_sql(r, i):
    texts = [
        """-- Monthly revenue by country, excluding refunded orders
-- Used by the finance dashboard. Owner: data team.
SELECT
    c.country,
    date_trunc('month', o.created_at) AS month,
    SUM(o.total_cents) / 100.0        AS revenue
FROM orders o
JOIN customers c ON c.id = o.customer_id
WHERE o.status = 'paid'
  AND o.refunded_at IS NULL
  AND o.created_at >= DATE '2025-01-01'
GROUP BY 1, 2
ORDER BY 2, 3 DESC;""",
        """-- Find customers with more than one open dispute.
-- Note: disputes table only holds card disputes, not bank transfer claims.
SELECT customer_id, COUNT(*) AS open_disputes
FROM disputes
WHERE status IN ('needs_response', 'under_review')
GROUP BY customer_id
HAVING COUNT(*) > 1
ORDER BY open_disputes DESC;""",
        """-- Migration 0042: add a display name to users
-- Run in a transaction; the backfill copies the first and last name.
BEGIN;

ALTER TABLE users ADD COLUMN display_name TEXT;

UPDATE users
SET display_name = trim(first_name || ' ' || last_name)
WHERE display_name IS NULL;

-- Do not make the column NOT NULL yet: the mobile app still creates users without it.
COMMIT;""",
        """/* Clean-up of test accounts in the staging database.
   NEVER run this on production. Check the prompt says staging before you run it. */
DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE email LIKE '%@test.example');
DELETE FROM users WHERE email LIKE '%@test.example';""",
        """-- View used by the support portal to show a customer's recent transactions
CREATE OR REPLACE VIEW support_recent_transactions AS
SELECT
    t.id,
    t.account_id,
    t.created_at,
    t.type,            -- 'debit' or 'credit'
    t.amount_cents,
    t.description,
    t.status
FROM transactions t
WHERE t.created_at > now() - interval '90 days';

-- Support agents get read-only access to the view, not to the table.
GRANT SELECT ON support_recent_transactions TO support_readonly;""",
        """-- Stock that should be reordered: quantity below the reorder point,
-- and no open purchase order for the item.
SELECT i.sku, i.name, i.qty_on_hand, i.reorder_point
FROM inventory i
LEFT JOIN purchase_order_lines pol
       ON pol.sku = i.sku AND pol.status = 'open'
WHERE i.qty_on_hand < i.reorder_point
  AND pol.sku IS NULL
ORDER BY i.qty_on_hand;""",
        """-- Which users have admin access? Reviewed every quarter by the security team.
SELECT u.email, r.name AS role, ur.granted_by, ur.granted_at
FROM user_roles ur
JOIN users u ON u.id = ur.user_id
JOIN roles r ON r.id = ur.role_id
WHERE r.name IN ('admin', 'billing_admin')
ORDER BY ur.granted_at;""",
        """-- Average first response time for support tickets, per agent, last 30 days
SELECT agent_name,
       COUNT(*) AS tickets,
       ROUND(AVG(EXTRACT(EPOCH FROM first_response_at - created_at) / 60)) AS avg_minutes
FROM tickets
WHERE created_at > now() - interval '30 days'
  AND first_response_at IS NOT NULL
GROUP BY agent_name
ORDER BY avg_minutes;""",
        """-- Consulta: facturas pendientes de pago con más de 30 días
SELECT numero, cliente, importe, fecha_vencimiento
FROM facturas
WHERE estado = 'pendiente'
  AND fecha_vencimiento < CURRENT_DATE - 30
ORDER BY fecha_vencimiento;""",
    ]
    return texts[i % len(texts)]


@kind("code_shell")
def k_sh(r, i):
    texts = [
        """#!/usr/bin/env bash
# rotate-exports.sh - keep the last 30 daily exports, delete older ones.
# Run as the reports user, not as root.
set -euo pipefail

EXPORT_DIR=/srv/exports
KEEP=30

cd "$EXPORT_DIR"
# List files newest first, skip the first $KEEP, delete the rest
ls -1t export_*.csv | tail -n +$((KEEP + 1)) | while read -r f; do
  echo "deleting $f"
  rm -- "$f"
done""",
        """#!/bin/sh
# Quick health check for the office file server.
# Prints disk usage and the status of the backup service.
echo "== Disk usage =="
df -h /srv/share
echo
echo "== Backup service =="
systemctl status backup-agent --no-pager | head -n 5
echo
echo "If disk usage is above 90%, tell the IT lead before deleting anything.\"""",
        """# Setting up your development machine (copy and paste these one by one)
# 1. Install dependencies
brew install python@3.12 postgresql@16 node

# 2. Clone the repository
git clone git@git.example.com:web/portal.git && cd portal

# 3. Create a virtual environment and install packages
python3 -m venv .venv && source .venv/bin/activate
pip install -r requirements.txt

# 4. Copy the example settings. Do not commit your .env file!
cp .env.example .env

# 5. Run the tests - everything should pass before you start
make test""",
        """#!/usr/bin/env bash
# new-user.sh <username> "<Full Name>"
# Creates a local account on the build server and adds it to the developers group.
# Must be executed with sudo by an administrator.
set -e
if [ "$(id -u)" -ne 0 ]; then
  echo "Please run as root (sudo ./new-user.sh ...)" >&2
  exit 1
fi
useradd -m -c "$2" -G developers "$1"
passwd -e "$1"   # force a password change at first login
echo "User $1 created. Send the temporary password by text message, never by e-mail.\"""",
        """# ~/.bashrc snippet: show the environment in the shell prompt
# Production is red so nobody runs a command there by mistake.
case "$APP_ENV" in
  production) PS1='\\[\\e[41m\\][PROD]\\[\\e[0m\\] \\u@\\h:\\w\\$ ' ;;
  staging)    PS1='\\[\\e[43m\\][stage]\\[\\e[0m\\] \\u@\\h:\\w\\$ ' ;;
  *)          PS1='\\u@\\h:\\w\\$ ' ;;
esac""",
        """#!/usr/bin/env bash
# Print a summary of yesterday's orders and e-mail it to the warehouse team.
DAY=$(date -d yesterday +%F)
COUNT=$(psql -tA -c "select count(*) from orders where created_at::date = '$DAY'")
printf 'Orders on %s: %s\\n' "$DAY" "$COUNT" \\
  | mail -s "Daily orders $DAY" warehouse@example.com""",
        """@echo off
REM map-drives.bat - connect the shared drives at login
REM If a drive letter is already in use, delete the old mapping first.
net use S: /delete /y >nul 2>&1
net use S: \\\\files\\shared /persistent:yes
net use F: \\\\files\\finance /persistent:yes
echo Drives connected. Press any key to close this window.
pause >nul""",
        """# PowerShell: list mailboxes that have automatic forwarding enabled
# Run in the Exchange admin shell. Review the list with security before changing anything.
Get-Mailbox -ResultSize Unlimited |
  Where-Object { $_.ForwardingSmtpAddress -ne $null } |
  Select-Object DisplayName, PrimarySmtpAddress, ForwardingSmtpAddress |
  Export-Csv -Path .\\forwarding-report.csv -NoTypeInformation
Write-Output "Report written to forwarding-report.csv\"""",
        """#!/usr/bin/env bash
# sync-photos.sh - copy product photos to the web server.
# Use --dry-run first; the trailing slash on the source matters.
rsync -av --delete --dry-run ./photos/ web01:/var/www/shop/images/products/
read -p "Looks right? Type yes to run for real: " ok
[ "$ok" = "yes" ] && rsync -av --delete ./photos/ web01:/var/www/shop/images/products/""",
    ]
    return texts[i % len(texts)]


@kind("ci_log")
def k_ci(r, i):
    d = day(r)
    sha = "".join(r.choice("0123456789abcdef") for _ in range(7))
    n_tests = r.randint(120, 900)
    dur = "%dm%02ds" % (r.randint(1, 9), r.randint(0, 59))
    sk = i % 4
    if sk == 0:
        return f"""Run #{r.randint(1000, 9999)} - main @ {sha}
Triggered by push from {Person(r).first.lower()}

> Checkout .......................................... ok (2s)
> Set up Python 3.12 ................................ ok (9s)
> Install dependencies
  Collecting requests>=2.31
  Collecting python-dateutil
  Successfully installed 34 packages
> Lint
  ruff check .
  All checks passed!
> Test
  pytest -q
  {'.' * 40}
  {'.' * 28}F
  FAILED tests/test_invoices.py::test_overdue_reminder_text - AssertionError: expected 'Please ignore this reminder if you have already paid' in output
  1 failed, {n_tests - 1} passed in {dur}
Error: Process completed with exit code 1.

Summary: 1 job failed. Re-run failed jobs | View raw log"""
    if sk == 1:
        return f"""[build] Step 1/9 : FROM python:3.12-slim
[build]  ---> 8a1f3c2d9e0b
[build] Step 2/9 : WORKDIR /app
[build] Step 3/9 : COPY requirements.txt .
[build] Step 4/9 : RUN pip install --no-cache-dir -r requirements.txt
[build]  ---> Running in 5c2e1a
[build] Successfully installed Django-5.0 gunicorn-22.0 psycopg-3.1
[build] Step 5/9 : COPY . .
[build] Step 6/9 : RUN python manage.py collectstatic --noinput
[build] 412 static files copied to '/app/static'.
[build] Step 7/9 : EXPOSE 8000
[build] Step 8/9 : USER app
[build] Step 9/9 : CMD ["gunicorn", "portal.wsgi"]
[build] Successfully built 3f9d0c11
[push] registry.example.com/portal:{sha} pushed
[deploy] staging: rolling update 3/3 pods ready
[smoke] GET /health -> 200
[smoke] GET /login -> 200
[smoke] POST /api/orders (test user) -> 201
Pipeline finished successfully in {dur}."""
    if sk == 2:
        return f"""Started by timer
Running on agent build-0{r.randint(1, 6)} in /var/lib/ci/workspace/nightly-export
+ ./gradlew clean test
> Task :compileJava
> Task :test

ExportServiceTest > exportsCsvWithHeaderRow() PASSED
ExportServiceTest > escapesCommasInDescription() PASSED
ExportServiceTest > skipsDeletedAccounts() PASSED
CurrencyFormatTest > formatsNegativeAmounts() PASSED
CurrencyFormatTest > formatsPolishZloty() SKIPPED

BUILD SUCCESSFUL in {dur}
7 actionable tasks: 7 executed
Archiving artifacts
Sending e-mail to: build-notify@example.com
Finished: SUCCESS"""
    return f"""$ npm ci
added 812 packages in 21s
$ npm run lint
> eslint src --max-warnings=0
src/components/InvoiceTable.tsx
  42:7  warning  'unusedTotal' is assigned a value but never used  no-unused-vars
✖ 1 problem (0 errors, 1 warning)
ESLint found too many warnings (maximum: 0).
npm ERR! code 1
Job failed: exit code 1
Hint: run `npm run lint -- --fix` locally, then commit and push again."""


@kind("server_log")
def k_serverlog(r, i):
    d = day(r)
    lines = []
    ips = ["10.20.%d.%d" % (r.randint(0, 9), r.randint(2, 250)) for _ in range(4)]
    sk = i % 4
    if sk == 0:
        paths = ["/login", "/account/settings", "/invoices?page=2", "/api/v1/orders", "/static/app.css",
                 "/help/reset-password", "/logout", "/admin/users", "/api/v1/refunds", "/files/report.pdf"]
        for _ in range(r.randint(9, 14)):
            code = r.choice([200, 200, 200, 200, 302, 304, 404, 401, 500])
            lines.append('%s - - [%02d/%s/%d:%02d:%02d:%02d +0000] "%s %s HTTP/1.1" %d %d "-" "Mozilla/5.0"' % (
                r.choice(ips), d.day, MONTHS[d.month - 1][:3], d.year, r.randint(0, 23), r.randint(0, 59),
                r.randint(0, 59), r.choice(["GET", "GET", "POST"]), r.choice(paths), code, r.randint(200, 90000)))
        return "\n".join(sorted(lines))
    if sk == 1:
        msgs = ["INFO  orders-worker  processed order %s in %dms" % ("ORD-" + num(r, 6), r.randint(40, 900)),
                "INFO  mailer  sent e-mail template=order_confirmation to=customer (id %s)" % num(r, 6),
                "WARN  payments  provider response slow (%d ms), retrying" % r.randint(2000, 9000),
                "INFO  payments  charge %s succeeded amount=%s EUR" % ("ch_" + num(r, 6), money(r, 5, 300)),
                "ERROR payments  charge declined: card_expired (customer notified)",
                "INFO  refunds  refund %s created for charge %s" % ("re_" + num(r, 5), "ch_" + num(r, 6)),
                "INFO  scheduler  job nightly_export started",
                "INFO  scheduler  job nightly_export finished rows=%d output=/srv/exports/export.csv" % r.randint(1000, 90000),
                "WARN  auth  5 failed sign-in attempts for user id %s, account locked for 15 min" % num(r, 5),
                "INFO  auth  password reset e-mail sent for user id %s" % num(r, 5),
                "DEBUG cache  hit ratio 0.%d" % r.randint(70, 99)]
        r.shuffle(msgs)
        t = 8 * 3600
        for m in msgs[:r.randint(8, 11)]:
            t += r.randint(1, 400)
            lines.append("%s %02d:%02d:%02d.%03d %s" % (d.isoformat(), t // 3600, t % 3600 // 60, t % 60, r.randint(0, 999), m))
        return "\n".join(lines)
    if sk == 2:
        return f"""{fdate(d, 2)} 03:00:01 backup01 backup-agent[2211]: Starting job "fileshare-nightly"
{fdate(d, 2)} 03:00:02 backup01 backup-agent[2211]: Snapshot created: snap-{num(r, 8)}
{fdate(d, 2)} 03:41:17 backup01 backup-agent[2211]: Copied {r.randint(20000, 90000)} files ({r.randint(20, 300)} GB), skipped {r.randint(0, 30)} (in use)
{fdate(d, 2)} 03:41:18 backup01 backup-agent[2211]: WARNING: 3 files could not be read (permission denied): see /var/log/backup/denied.txt
{fdate(d, 2)} 03:41:19 backup01 backup-agent[2211]: Retention: deleted 2 snapshots older than 30 days
{fdate(d, 2)} 03:41:19 backup01 backup-agent[2211]: Job finished with warnings. Summary e-mail sent to it-ops@example.com
{fdate(d, 2)} 06:12:44 backup01 sshd[3050]: Accepted publickey for admin from {ips[0]} port {r.randint(40000, 60000)}
{fdate(d, 2)} 06:13:02 backup01 sudo:    admin : TTY=pts/0 ; PWD=/home/admin ; USER=root ; COMMAND=/usr/bin/systemctl status backup-agent"""
    return f"""{ts(r, d)} level=info msg="server started" addr=:8080 version=3.{r.randint(1, 9)}.{r.randint(0, 9)}
{ts(r, d)} level=info msg="connected to database" host=db-01 pool=20
{ts(r, d)} level=warn msg="config value deprecated, use payment.timeout_ms instead" key=payment_timeout
{ts(r, d)} level=info msg="request" method=GET path=/health status=200 duration_ms=2
{ts(r, d)} level=error msg="upstream returned invalid response" upstream=shipping-rates status=502 retry=1
{ts(r, d)} level=info msg="request" method=POST path=/api/v1/checkout status=201 duration_ms={r.randint(80, 600)}
{ts(r, d)} level=info msg="shutdown requested, draining connections" signal=SIGTERM"""


# ---------------------------------------------------------------- finance
@kind("invoice")
def k_invoice(r, i):
    seller = comp(r)
    buyer = comp(r)
    d = day(r)
    n = r.randint(2, 5)
    idx = list(range(len(PRODUCTS)))
    r.shuffle(idx)
    rows = []
    sub = 0
    for j in idx[:n]:
        q = r.randint(1, 12)
        pr = cents(r, 4, 450)
        sub += q * pr
        rows.append((PRODUCTS[j][1], PRODUCTS[j][0], q, pr, q * pr))
    vat = sub * 20 // 100
    inv = "INV-%d-%s" % (d.year, num(r, 4))
    sk = i % 4
    if sk == 0:
        body = "\n".join("%-8s %-36s %3d  %10s  %10s" % (a, b[:36], q, fm(p), fm(t)) for a, b, q, p, t in rows)
        return f"""INVOICE {inv}
{seller[0]}
accounts@{seller[1]}

Bill to: {buyer[0]}, Accounts Payable
Invoice date: {fdate(d)}     Due date: {fdate(d + datetime.timedelta(days=30))}
PO number: PO-{num(r, 6)}

SKU      Description                           Qty   Unit price       Total
{body}

Subtotal {fm(sub)}
VAT 20%  {fm(vat)}
TOTAL DUE  GBP {fm(sub + vat)}

Payment terms: 30 days. Please include the invoice number as the payment reference.
Bank: Example Bank plc, Sort code 00-00-00, Account 12345678
Questions about this invoice? Reply to this e-mail or contact accounts@{seller[1]}.
Prompt payment is appreciated. Late payments may be charged interest under the Late Payment Act."""
    if sk == 1:
        hrs = r.randint(6, 40)
        rate = r.choice([65, 80, 95, 120])
        return f"""Invoice #{num(r, 4)}
From: {Person(r).full}, freelance developer
To: {buyer[0]}
Date: {fdate(d, 1)}

Services for {MONTHS[d.month - 1]} {d.year}
- Maintenance of the customer portal, bug fixes and updates: {hrs} h x {rate}.00 = {hrs * rate:,}.00
- Call-out for urgent issue (server migration): fixed fee 150.00

Total: {hrs * rate + 150:,}.00 EUR (VAT reverse charge)

Please send payment within 14 days to the account shown below. A copy of the timesheet is included with this e-mail. If anything looks wrong, tell me before the due date and I'll send a corrected invoice.

IBAN: XX00 0000 0000 0000 0000 00
Thank you!"""
    if sk == 2:
        return f"""FACTURE N° {inv}
{seller[0]} – {r.choice(CITIES)}
Date : {fdate(d, 4)}
Client : {buyer[0]}

""" + "\n".join("%s  x%d  %s €" % (b, q, fm(t)) for a, b, q, p, t in rows) + f"""

Total HT : {fm(sub)} €
TVA 20 % : {fm(vat)} €
Total TTC : {fm(sub + vat)} €

Conditions de paiement : 30 jours fin de mois. En cas de retard, une indemnité forfaitaire de 40 € sera appliquée."""
    return f"""Your invoice from {seller[0]} is ready

Hi {buyer[0]} team,

Your invoice {inv} for GBP {fm(sub + vat)} is now available. The amount will be charged automatically to the card on file (ending {num(r, 4)}) on {fdate(d + datetime.timedelta(days=7))}.

View invoice: https://billing.{seller[1]}/invoices/{inv}

To update your payment details or download previous invoices, sign in to the billing portal. You can also add a billing contact so that invoices are sent to your finance team automatically.

Thanks for being a customer!
{seller[0]} Billing"""


@kind("receipt")
def k_receipt(r, i):
    c = comp(r)
    d = day(r)
    sk = i % 5
    items = [("Flat white", 3.40), ("Croissant", 2.10), ("Sparkling water", 1.80), ("Club sandwich", 6.90),
             ("Printer paper A4", 5.99), ("Stapler", 7.49), ("Parking 4h", 9.00), ("Taxi fare", 23.50),
             ("Team lunch (6)", 96.00), ("USB cable", 8.99)]
    r.shuffle(items)
    chosen = items[:r.randint(2, 4)]
    tot = sum(int(round(p * 100)) for _, p in chosen)
    if sk == 0:
        lines = "\n".join("%-22s %7.2f" % (n, p) for n, p in chosen)
        return f"""{c[0].upper()}
{r.randint(1, 200)} High Street, {r.choice(CITIES)}
VAT No. GB{num(r, 9)}

{fdate(d, 4)}  {hhmm(r)}   Till 2   Receipt {num(r, 6)}
--------------------------------
{lines}
--------------------------------
TOTAL                  {fm(tot)}
CARD  ****{num(r, 4)}       {fm(tot)}
Contactless  AUTH {num(r, 6)}

Keep this receipt for returns.
Tell us how we did: survey.example.com
Thank you for shopping with us!"""
    if sk == 1:
        return f"""Receipt from {c[0]}
Receipt #{num(r, 4)}-{num(r, 4)}
Paid {fdate(d, 1)}

Payment method: Visa ending {num(r, 4)}
Amount paid: ${fm(tot)}

Summary
{chosen[0][0]} .......... ${chosen[0][1]:.2f}
{chosen[1][0]} .......... ${chosen[1][1]:.2f}
""" + "".join(f"{n} .......... ${p:.2f}\n" for n, p in chosen[2:]) + f"""
If you have any questions, contact us at support@{c[1]}. You are receiving this e-mail because you made a purchase at {c[0]}. Please keep it for your records; you may need it to claim the expense."""
    if sk == 2:
        return f"""Payment receipt

Thank you, your payment was received.
Merchant: {c[0]}
Date: {fdate(d, 2)} {hhmm(r)}
Transaction ID: TX{num(r, 10)}
Amount: EUR {money(r, 10, 900)}
Description: Annual subscription renewal - Team plan ({r.randint(3, 25)} users)

This receipt is for your records. No action is needed. To download a VAT invoice, open Billing > History in the admin portal and click the receipt number."""
    if sk == 3:
        return f"""Quittung / Kassenbon
{c[0]}
Datum: {fdate(d, 4)}  Uhrzeit: {hhmm(r)}
""" + "\n".join("%-20s %6.2f EUR" % (n, p) for n, p in chosen) + f"""
Summe: {fm(tot)} EUR
inkl. 19 % MwSt.
Bezahlt mit EC-Karte
Vielen Dank für Ihren Einkauf!"""
    return f"""Ride receipt - thanks for riding, {Person(r).first}

{fdate(d, 3)}  {hhmm(r, 6, 23)}
Pick-up: {r.choice(CITIES)} Central Station
Drop-off: {r.randint(1, 99)} Market Street

Trip fare      {money(r, 8, 40)}
Booking fee     1.50
Total charged to business profile (Visa ••{num(r, 4)}): see your expense report

Forget something in the car? Contact the driver through the app within 24 hours. Report an issue with this fare: Help > Trips > this trip."""


@kind("bank_statement")
def k_statement(r, i):
    p = Person(r)
    d = day(r)
    bal = cents(r, 200, 9000)
    start = bal
    descs = [("CARD PAYMENT", "QUAYSIDE COFFEE"), ("DIRECT DEBIT", "SILVERLINE TELECOM"), ("TRANSFER IN", "SALARY GRANITE PEAK"),
             ("CARD PAYMENT", "LUMEN RETAIL"), ("STANDING ORDER", "RENT - FLAT 4"), ("CARD REFUND", "IRONBARK HARDWARE"),
             ("DIRECT DEBIT", "BRIGHTWATER INSURANCE"), ("ATM WITHDRAWAL", "HIGH ST"), ("FASTER PAYMENT", "J SMITH - DINNER"),
             ("CARD PAYMENT", "FOXGLOVE TRAVEL"), ("BANK CHARGE", "MONTHLY ACCOUNT FEE")]
    r.shuffle(descs)
    lines = []
    dd = d
    for t, who in descs[:r.randint(6, 10)]:
        dd = dd + datetime.timedelta(days=r.randint(0, 4))
        if t in ("TRANSFER IN", "CARD REFUND"):
            amt = cents(r, 5, 3200) if t == "TRANSFER IN" else cents(r, 5, 80)
            bal += amt
            lines.append("%s  %-15s %-24s %10s %10s %10s" % (dd.strftime("%d %b"), t, who, "", fm(amt), fm(bal)))
        else:
            amt = cents(r, 2, 900)
            bal -= amt
            lines.append("%s  %-15s %-24s %10s %10s %10s" % (dd.strftime("%d %b"), t, who, fm(amt), "", fm(bal)))
    sk = i % 3
    hdr = "Date    Type            Details                  Paid out    Paid in    Balance"
    if sk == 0:
        return f"""TALLOW STREET BANK - Current Account Statement
{p.full}
Account number: ****{num(r, 4)}   Sort code: 00-00-00
Statement period: {fdate(d)} to {fdate(dd)}

Opening balance: {fm(start)}
{hdr}
""" + "\n".join(lines) + f"""
Closing balance: {fm(bal)}

Please check your statement carefully. If you see a transaction you do not recognise, contact us immediately on the number on the back of your card. We will never ask you to move money to a "safe account"."""
    if sk == 1:
        return f"""Business account statement - {comp(r)[0]}
Period: {MONTHS[d.month - 1]} {d.year}      Page 1 of 1

{hdr}
""" + "\n".join(lines) + f"""

Summary: opening {fm(start)}, closing {fm(bal)}.
Overdraft limit: 2,500.00. Interest charged this period: 0.00.
Notes: From next month, statements will be available in online banking only. To keep receiving paper statements, update your preferences before the 1st."""
    return f"""Rekeningafschrift
Rekeninghouder: {p.full}
Periode: {fdate(d, 4)} t/m {fdate(dd, 4)}
Beginsaldo: {fm(start)}

""" + "\n".join(lines) + f"""

Eindsaldo: {fm(bal)}
Ziet u een transactie die u niet herkent? Neem direct contact op met de bank."""


@kind("transaction_notice")
def k_txn(r, i):
    p = Person(r)
    c = comp(r)
    d = day(r)
    amt = money(r, 3, 1800)
    last4 = num(r, 4)
    sk = i % 6
    if sk == 0:
        return f"""Card transaction alert

Hi {p.first},
Your card ending {last4} was charged {amt} GBP at {c[0].upper()} on {fdate(d, 3)} at {hhmm(r, 6, 23)}.

If this was you, there's nothing to do.
If you don't recognise this transaction, freeze your card in the app and contact us - you can also reply "NO" to the text message we sent.

Tallow Street Bank. We will never ask for your full card number, PIN or password."""
    if sk == 1:
        return f"""Direct Debit notice

Dear {p.full},
This is advance notice that {c[0]} will collect {amt} from your account ending {last4} on or shortly after {fdate(d, 1)} under Direct Debit reference {num(r, 8)}.

The amount differs from your previous payment because of the annual price change described in our letter of last month.

You do not need to do anything. If you want to change the payment date or cancel the Direct Debit, contact us or your bank. You are protected by the Direct Debit Guarantee."""
    if sk == 2:
        return f"""Text message from TallowBank:
A payment of {amt} to {c[0]} was declined because the card is locked. If you were trying to make this payment, unlock your card in the app and try again. Do not share this message or any code we send you with anyone."""
    if sk == 3:
        return f"""You've received money

{Person(r).full} sent you {amt} EUR.
Reference: "{r.choice(['Dinner split', 'Conference tickets', 'Flat deposit', 'Invoice ' + num(r, 4), 'Team gift'])}"
Date: {fdate(d, 2)}
The money is now in your account ending {last4}.

View the transaction details in your app. Questions? Contact us through the help section."""
    if sk == 4:
        return f"""Large transaction confirmation

We noticed an outgoing transfer of {amt} GBP from your business account to a new payee ({c[0]}) on {fdate(d)}.

For your security, this payment has been held. Please confirm it in online banking under Payments > Pending. If you did not set up this payment, do not confirm it; call us on the number printed on your statement.

Payments not confirmed within 48 hours are cancelled automatically and the money stays in your account."""
    return f"""Avviso di addebito

Gentile {p.full},
le comunichiamo che sulla sua carta che termina con {last4} è stato registrato un addebito di {amt} EUR presso {c[0]} in data {fdate(d, 4)}.
Se non riconosce l'operazione, contatti subito il servizio clienti."""


@kind("payment_dispute")
def k_dispute(r, i):
    p = Person(r)
    c = comp(r)
    d = day(r)
    amt = money(r, 20, 2400)
    cid = "CB-" + num(r, 7)
    sk = i % 5
    if sk == 0:
        return f"""Notice of chargeback - case {cid}

To: {c[0]}, Merchant ID {num(r, 9)}
Date: {fdate(d)}

A cardholder has disputed the following transaction:
  Transaction date: {fdate(d - datetime.timedelta(days=r.randint(20, 60)))}
  Amount: {amt} EUR
  Reason code: 13.1 - Merchandise/services not received

The disputed amount has been debited from your settlement account. To respond, please submit the following through the merchant portal by {fdate(d + datetime.timedelta(days=10))}:
- proof of delivery or tracking showing delivery to the cardholder's address
- copies of any correspondence with the cardholder
- your refund and returns policy as shown at checkout

If you agree with the dispute, you do not need to respond; the case will close in the cardholder's favour. Late responses cannot be accepted."""
    if sk == 1:
        return f"""Dear Sir or Madam,

I am writing to dispute a charge of {amt} on my credit card ending {num(r, 4)}, dated {fdate(d, 1)}, from {c[0]}.

I cancelled my subscription on {fdate(d - datetime.timedelta(days=r.randint(5, 30)), 1)} and received a confirmation e-mail, a copy of which is enclosed. Despite this, I was charged again. I contacted the merchant twice and was told the refund would be processed, but nothing has been received.

Please remove this charge from my account and credit any interest charged on it. I have enclosed copies of the cancellation confirmation and my messages to the merchant.

Yours faithfully,
{p.full}"""
    if sk == 2:
        return f"""Subject: Dispute update - {cid}

Hello {p.first},

Thanks for sending the documents. We have reviewed your dispute about the transaction of {amt} with {c[0]}.

Good news: we have given you a temporary credit for the full amount while we investigate. The merchant has 30 days to answer. If they accept the claim or do not respond, the credit becomes permanent. If they send evidence, we will share it with you and tell you what happens next.

Please do not contact the merchant about a refund for the same transaction now; if they also refund you, the credit will be reversed so you are not paid twice.

Card Disputes Team
Tallow Street Bank"""
    if sk == 3:
        return f"""Internal note - Dispute {cid} ({c[0]})

Customer claims item was faulty. Our records: order shipped {fdate(d, 2)}, delivered and signed for. Customer opened a return request but never sent the item back.

The customer replied to our last e-mail but did not answer the question about the return.

Evidence to upload:
1. Carrier proof of delivery (PDF in shared drive)
2. Screenshot of returns policy at checkout
3. E-mail thread with customer (export from helpdesk, include all replies)

Deadline: {fdate(d + datetime.timedelta(days=7), 2)}. {Person(r).first} to submit through the acquirer portal. Please note the outcome in the CRM when we hear back."""
    return f"""Reclamación de cargo – expediente {cid}

Estimado cliente:
Hemos recibido su reclamación sobre el cargo de {amt} EUR realizado por {c[0]}. Le hemos abonado provisionalmente el importe mientras investigamos. Le informaremos del resultado por correo electrónico en un plazo máximo de 45 días.
Atentamente,
Servicio de Atención al Cliente"""


@kind("refund_confirmation")
def k_refund(r, i):
    p = Person(r)
    c = comp(r)
    d = day(r)
    amt = money(r, 5, 600)
    order = "#" + num(r, 7)
    sk = i % 5
    if sk == 0:
        return f"""Your refund is on its way

Hi {p.first},

We've processed a refund of {amt} EUR for order {order}. It will go back to the card you paid with (ending {num(r, 4)}). Depending on your bank, it can take 5-10 working days to show on your statement.

Items refunded:
- {r.choice(PRODUCTS)[0]} x1

Please don't open a dispute with your bank in the meantime - it can delay the refund. If you haven't seen the money after 10 working days, reply to this e-mail and include your order number.

{c[0]} Customer Care"""
    if sk == 1:
        return f"""Refund confirmation

Order: {order}
Date: {fdate(d)}
Refund amount: £{amt}
Refund method: Original payment method
Reason: Item returned - changed mind

Your return was received at our warehouse and checked. The refund has been issued today. A credit note has been added to your account and you can print it from the Orders page.

Need help? Contact us via the link in your account. This is an automated message; replies are not monitored."""
    if sk == 2:
        return f"""Subject: Partial refund for your booking

Dear {p.full},

Following your call with our agent, we have refunded {amt} for the unused night of your stay ({fdate(d, 1)}). The remaining amount is not refundable under the rate you booked, as described in the booking terms.

The refund reference is RF{num(r, 8)}. Keep this e-mail as confirmation.

We're sorry your plans changed and hope to welcome you another time.
Reservations Team, {c[0]}"""
    if sk == 3:
        return f"""Remboursement confirmé

Bonjour {p.first},
Nous avons remboursé {amt} € pour la commande {order}. Le montant apparaîtra sur votre compte sous 5 à 10 jours ouvrés. Merci de ne pas ouvrir de litige auprès de votre banque pendant ce délai.
L'équipe {c[0]}"""
    return f"""Credit issued to your account

Hi {p.first},
Because of the service outage on {fdate(d, 1)}, we've applied a credit of {amt} to your account. It will be deducted automatically from your next invoice - you do not need to do anything.

Current balance after credit: {money(r, 0, 200)}
Next invoice date: {fdate(d + datetime.timedelta(days=r.randint(5, 25)), 1)}

Thanks for your patience,
{c[0]} Billing"""


# ---------------------------------------------------------------- commerce / legal
@kind("purchase_order")
def k_po(r, i):
    buyer, sup = comp(r), comp(r)
    a = Person(r, buyer[1])
    d = day(r)
    po = "PO-" + num(r, 6)
    idx = list(range(len(PRODUCTS)))
    r.shuffle(idx)
    rows, tot = [], 0
    for j in idx[:r.randint(2, 6)]:
        q = r.randint(1, 40)
        pr = cents(r, 3, 380)
        tot += q * pr
        rows.append("%-10s %-38s %4d %10s %12s" % (PRODUCTS[j][1], PRODUCTS[j][0][:38], q, fm(pr), fm(q * pr)))
    sk = i % 3
    if sk == 0:
        return f"""PURCHASE ORDER {po}
Buyer: {buyer[0]}   Contact: {a.full} ({a.email})
Supplier: {sup[0]}
Order date: {fdate(d)}   Required by: {fdate(d + datetime.timedelta(days=r.randint(7, 30)))}
Delivery to: Goods In, {r.choice(CITIES)}

Item       Description                            Qty  Unit price        Total
""" + "\n".join(rows) + f"""

Order total (excl. VAT): {fm(tot)} GBP

Terms and instructions
1. Quote the PO number on all invoices, delivery notes and correspondence. Invoices without a PO number will be returned unpaid.
2. Send invoices to invoices@{buyer[1]} - do not send them to the requester.
3. Partial deliveries must be agreed in advance.
4. Payment terms: 30 days from receipt of a valid invoice."""
    if sk == 1:
        return f"""Subject: {po} - please confirm

Hi,

Please find our purchase order {po} below. Could you reply to confirm the prices and the delivery date? Delivery instruction: pallets only, no loose boxes, and the driver must call ahead. If any item is out of stock, tell us the expected date instead of substituting another model.

""" + "\n".join(rows) + f"""
Total: {fm(tot)} EUR excl. VAT

Thanks,
{a.full}
Procurement, {buyer[0]}"""
    return f"""Bestellung {po}
Besteller: {buyer[0]}, {a.full}
Lieferant: {sup[0]}
Datum: {fdate(d, 4)}

""" + "\n".join(rows) + f"""

Gesamtsumme netto: {fm(tot)} EUR
Bitte geben Sie die Bestellnummer auf allen Rechnungen an. Rechnungen bitte ausschließlich an rechnungen@{buyer[1]} senden."""


@kind("supplier_contract")
def k_contract(r, i):
    buyer, sup = comp(r), comp(r)
    d = day(r)
    texts = [
        f"""SUPPLY AGREEMENT - EXTRACT

This Agreement is made on {fdate(d)} between {buyer[0]} ("the Customer") and {sup[0]} ("the Supplier").

4. PRICES AND PAYMENT
4.1 The prices are set out in Schedule 1 and are fixed for the first twelve (12) months.
4.2 The Supplier shall send invoices monthly in arrears. Each invoice must include the Customer's purchase order number.
4.3 The Customer shall pay undisputed invoices within thirty (30) days of receipt. If the Customer disputes any part of an invoice, it shall notify the Supplier in writing within ten (10) days and pay the undisputed amount.

7. CONFIDENTIALITY
7.1 Each party shall keep confidential all information of the other party that is marked as confidential or that a reasonable person would consider confidential, including trade secrets, pricing and customer lists.
7.2 Neither party shall reveal the terms of this Agreement to a third party without the other party's written consent.
7.3 Clauses 7.1 and 7.2 do not apply to information that is or becomes public other than through a breach of this Agreement.

12. TERMINATION
12.1 Either party may terminate this Agreement by giving ninety (90) days' written notice to the other party.""",
        f"""Service Level Schedule (Schedule 3)

Between {buyer[0]} and {sup[0]}

1. Availability. The Supplier shall ensure the hosted system is available 99.9% of each calendar month, excluding planned maintenance announced at least 5 business days in advance.
2. Support. Priority 1 incidents: response within 30 minutes, 24x7. Priority 2: 4 business hours. Priority 3: next business day.
3. Service credits. If availability falls below the target, the Customer may claim a credit of 5% of the monthly fee for each 0.5% below target, up to 25%. Credits must be claimed in writing within 30 days.
4. Reporting. The Supplier shall send a monthly service report including a summary of incidents, their root causes and actions taken.
5. Exclusions. The service levels do not apply to failures caused by the Customer's own systems or by a manual override requested by the Customer.""",
        f"""DATA PROCESSING ADDENDUM - KEY TERMS (summary for the procurement file)

Parties: {buyer[0]} (controller) / {sup[0]} (processor)
Signed: {fdate(d, 2)}

- Processor processes personal data only on documented instructions from the controller.
- Staff with access must be bound by confidentiality.
- Sub-processors: listed in Annex 3; the processor must tell the controller 30 days before adding a new one.
- Security: encryption at rest and in transit, access logging, annual penetration test.
- Breach notification: without undue delay and in any case within 48 hours.
- End of contract: processor must return or delete all personal data and certify deletion in writing.

Notes: legal recommends we review Annex 3 every year. Contract owner: {Person(r).full}.""",
        f"""Contrato de suministro – extracto

Entre {buyer[0]} (el Cliente) y {sup[0]} (el Proveedor), con fecha {fdate(d, 4)}.

Cláusula 5. Plazo de entrega. El Proveedor entregará los productos en un plazo máximo de diez (10) días hábiles desde la recepción del pedido.
Cláusula 6. Penalizaciones. Por cada día de retraso se aplicará una penalización del 1 % del importe del pedido, con un máximo del 10 %.
Cláusula 9. Confidencialidad. Las partes se comprometen a no revelar a terceros la información confidencial recibida.""",
        f"""Amendment No. 2 to the Master Services Agreement

Dated {fdate(d, 1)}, between {buyer[0]} and {sup[0]}.

The parties agree as follows:
1. Clause 3.2 (Fees) is deleted and replaced with: "The monthly fee is {money(r, 900, 9000)} EUR, payable in advance."
2. A new Clause 3.5 is added: "The Supplier may increase fees once per year by no more than the consumer price index plus 2%, giving 60 days' notice."
3. All other terms of the Agreement remain unchanged and in full force.

Signed for and on behalf of the Customer: ______________
Signed for and on behalf of the Supplier: ______________""",
    ]
    return texts[i % len(texts)]


@kind("terms_of_service")
def k_tos(r, i):
    c = comp(r)
    texts = [
        f"""Terms of Service - {c[0]} (extract)

5. Your account
5.1 You must provide accurate information when you create an account and keep it up to date.
5.2 You are responsible for all activity under your account. Keep your password secret and do not share your account with anyone. If you think someone else has accessed your account, change your password and contact us immediately.
5.3 We may suspend your account if you break these terms, if we are required to by law, or if we reasonably believe your account has been compromised.

6. Payment
6.1 Subscription fees are charged in advance on the billing date shown in your account.
6.2 If a payment fails, we will try again up to three times. If the payment still fails, we may downgrade your account to the free plan.
6.3 Refunds are given only where required by law or as stated in our refund policy.""",
        f"""Returns policy

You can return most items within 30 days of delivery for a full refund. To start a return, sign in, go to Your orders and click "Return an item". Print the label we send you, attach it to the parcel and drop it off at any collection point.

We cannot accept returns of:
- personalised items
- software or digital downloads once the download has started
- items that have been used or damaged after delivery

Refunds are made to the original payment method within 14 days of us receiving the item. Delivery charges are refunded only if the whole order is returned or the item was faulty.""",
        f"""Acceptable Use Policy (summary)

When you use {c[0]} services you must not:
- send unsolicited bulk e-mail or text messages;
- upload files that contain malware;
- attempt to access another user's account or data without permission;
- use the service to break the law or to infringe anyone's rights;
- resell access to the service unless you have a reseller agreement with us.

If we receive a complaint about your use of the service, we may ask you to describe what happened and to remove the content. Repeated breaches may lead to suspension. Report abuse to abuse@{c[1]}.""",
        f"""Condiciones generales de venta (extracto)

Artículo 3 – Precios. Los precios indicados incluyen el IVA. Los gastos de envío se muestran antes de confirmar el pedido.
Artículo 4 – Pago. El cargo se realiza en la tarjeta del cliente en el momento del envío.
Artículo 7 – Desistimiento. El cliente dispone de 14 días naturales desde la entrega para desistir del contrato sin necesidad de justificación.""",
        f"""Fair usage

Our "unlimited" plan is for normal business use by the number of users on your account. Automated bulk use - for example, a script that uploads the same files every few minutes - may slow the service for other customers.

If your usage is far above the average for your plan, we will contact you first. We will tell you what we noticed and recommend a plan that fits. We will never throttle or suspend your account without notice except where there is a risk to the service.""",
        f"""Allgemeine Geschäftsbedingungen – Auszug

§ 4 Zahlung
(1) Rechnungen sind innerhalb von 14 Tagen nach Rechnungsdatum ohne Abzug zahlbar.
(2) Bei Zahlungsverzug ist {c[0]} berechtigt, Verzugszinsen in gesetzlicher Höhe zu berechnen.
§ 6 Haftung
Wir haften unbeschränkt für Vorsatz und grobe Fahrlässigkeit.""",
        f"""Subscription cancellation

You can cancel your subscription at any time from Settings > Billing > Cancel plan. Your plan stays active until the end of the current billing period; after that you will not be charged again.

If you cancel within 14 days of your first payment, you can ask for a full refund by contacting support. After that, we do not give refunds for partial months.

When your subscription ends, your files stay available for 30 days so you can download a copy. After 30 days they are permanently deleted.""",
        f"""Gift cards - terms

Gift cards can be used on our website and in our stores. They are valid for 24 months from the date of purchase. Gift cards cannot be exchanged for cash and cannot be used to buy other gift cards. Treat your gift card like cash: we cannot replace lost or stolen cards. We will never ask you to pay a bill, a fine or a tax with a gift card - if someone does, it is a scam.""",
        f"""Voorwaarden – levering

Wij leveren binnen 2 tot 4 werkdagen in Nederland en België. Is een pakket beschadigd bij ontvangst? Neem dan binnen 48 uur contact op met de klantenservice en stuur een foto mee. Retourneren kan binnen 30 dagen via het klantportaal.""",
    ]
    return texts[i % len(texts)]


@kind("privacy_notice")
def k_privacy(r, i):
    c = comp(r)
    texts = [
        f"""Privacy notice - how {c[0]} uses your information

What we collect: your name, contact details, order history and payment details (card payments are handled by our payment provider; we do not store your full card number).

Why: to process orders, to provide customer support, to send service messages (for example, delivery updates) and, if you agreed, marketing e-mails.

Sharing: we share your details with delivery companies and payment providers only as needed to complete your order. We never sell your personal data.

How long: order records are kept for 7 years for tax purposes. Support chats are deleted after 2 years.

This notice is also available translated into German, French and Polish - select your language at the top of the page.

Your rights: you can ask for a copy of your data, ask us to correct it, or ask us to delete it. Send your request to privacy@{c[1]}. We will answer within one month.""",
        f"""Employee privacy notice (summary)

The HR system holds your contact details, bank details for payroll, emergency contacts, absence records and performance review notes. Access is limited to HR, payroll and your line manager.

Monitoring: company systems, including e-mail and the file server, are logged for security purposes. Logs are reviewed only when investigating a security incident or when required by law.

If you have questions, contact the Data Protection Officer at dpo@{c[1]}.""",
        f"""CCTV notice

CCTV is in operation on these premises for the prevention and detection of crime and for the safety of staff and visitors. Images are recorded and kept for 30 days, then automatically deleted. The system is operated by {c[0]}. To request a copy of footage of yourself, contact the facilities manager at facilities@{c[1]}.""",
        f"""Datenschutzhinweis für Bewerberinnen und Bewerber

Wir verarbeiten Ihre Bewerbungsunterlagen ausschließlich zum Zweck des Bewerbungsverfahrens. Ihre Daten werden sechs Monate nach Abschluss des Verfahrens gelöscht, sofern Sie nicht in eine längere Speicherung eingewilligt haben. Ansprechpartner: datenschutz@{c[1]}.""",
        f"""Marketing preferences

You're currently subscribed to: product updates, monthly newsletter.
You can change this at any time. Click "Manage preferences" at the bottom of any of our e-mails or update your settings in your account.

We will still send you service messages - for example, order confirmations, security notifications and changes to our terms - because we need to tell you about these things.

Tick to receive:
[x] Product updates
[x] Monthly newsletter
[ ] Event invitations
[ ] Partner offers""",
        f"""Avis de confidentialité – résumé

{c[0]} traite vos données pour gérer votre compte, vos commandes et le service client. Vous pouvez accéder à vos données, les rectifier ou demander leur suppression en écrivant à privacy@{c[1]}. Nous ne vendons jamais vos données.""",
        f"""Data retention schedule (internal extract)

Record type                  | Retention        | Action at end
-----------------------------|------------------|---------------------------
Customer invoices            | 7 years          | Delete
Support tickets and chats    | 2 years          | Delete
Job applications (rejected)  | 6 months         | Delete
Server access logs           | 90 days          | Automatic deletion
CCTV footage                 | 30 days          | Automatic overwrite
Signed contracts             | End + 6 years    | Review, then delete

Owners must not keep personal copies of these records outside the approved systems.""",
        f"""Your privacy when you call us

Calls to our customer service line may be recorded for training and quality purposes. Recordings are stored securely and deleted after 12 months. If you would rather not be recorded, tell the agent at the start of the call and they will switch recording off, unless the call involves a payment, which must be recorded for regulatory reasons.""",
        f"""Informativa sulla privacy (estratto)

I suoi dati personali saranno trattati da {c[0]} per la gestione del contratto e per l'invio di comunicazioni di servizio. Può esercitare i suoi diritti scrivendo a privacy@{c[1]}.""",
    ]
    return texts[i % len(texts)]


@kind("cookie_banner")
def k_cookie(r, i):
    c = comp(r)
    texts = [
        f"""We use cookies
We use necessary cookies to make our site work. We'd also like to set analytics cookies to help us improve it. We won't set optional cookies unless you enable them. Using this tool will set a cookie on your device to remember your preferences.

[Accept all]  [Reject optional]  [Cookie settings]""",
        f"""This website uses cookies 🍪
Some are essential, others help us show you relevant offers. You can change your choice at any time by clicking "Cookie preferences" in the footer. Read our cookie policy for details.
Accept | Decline | Customise""",
        f"""Cookie settings

Strictly necessary (always on)
These cookies are needed for the site to work, for example to keep you signed in and to remember what is in your basket. They cannot be switched off.

Analytics [off]
Help us understand how visitors use the site, for example which pages are visited most. All information is aggregated.

Marketing [off]
Used by our advertising partners to show you relevant ads on other sites.

[Save my choices]""",
        f"""Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Website zu ermöglichen. Notwendige Cookies sind immer aktiv. Mit „Alle akzeptieren“ stimmen Sie auch Statistik- und Marketing-Cookies zu.
[Alle akzeptieren] [Nur notwendige] [Einstellungen]""",
        f"""Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience. Vous pouvez accepter, refuser ou personnaliser vos choix à tout moment.
[Tout accepter] [Tout refuser] [Personnaliser]""",
        f"""Cookie policy - list of cookies

Name           | Provider        | Purpose                           | Expiry
session_id     | {c[1]}  | keeps you signed in               | session
csrf_token     | {c[1]}  | security - protects forms         | session
cookie_choice  | {c[1]}  | remembers your cookie settings    | 6 months
_an_uid        | analytics.example.com | counts unique visitors     | 13 months

To delete cookies, use your browser settings. Deleting cookies will sign you out.""",
        f"""Your privacy choices
By clicking "Accept", you agree to the storing of cookies on your device to enhance site navigation, analyse site usage and assist in our marketing efforts. Click "Manage" to see the list of partners and change your settings.
[Manage]  [Accept]""",
        f"""Usamos cookies propias y de terceros para fines analíticos. Puede aceptarlas, rechazarlas o configurarlas. Más información en nuestra política de cookies.
[Aceptar] [Rechazar] [Configurar]""",
        f"""Heads up: this intranet uses one cookie to keep you signed in. It doesn't track you and it isn't shared with anyone. Nothing to click - just carry on.""",
    ]
    return texts[i % len(texts)]


# ---------------------------------------------------------------- accounts & security
@kind("security_notification")
def k_security(r, i):
    p = Person(r)
    c = comp(r)
    d = day(r)
    dev = r.choice(["Chrome on Windows", "Safari on iPhone", "Firefox on Linux", "Edge on Windows", "the mobile app on Android"])
    loc = r.choice(CITIES)
    sk = i % 6
    if sk == 0:
        return f"""New sign-in to your account

Hi {p.first},

We noticed a new sign-in to your {c[0]} account.
When: {fdate(d, 3)} at {hhmm(r, 0, 23)} UTC
Device: {dev}
Approximate location: {loc}

If this was you, you don't need to do anything.
We will never send you links asking you to confirm your password.
If this wasn't you, change your password now and review the list of devices signed in to your account. We also recommend turning on two-step verification.

Thanks,
The {c[0]} account team
This message was sent to {p.email} because security alerts cannot be switched off."""
    if sk == 1:
        return f"""Password reset request

Someone asked to reset the password for the {c[0]} account linked to {p.email}.

To choose a new password, click the link below. The link expires in 30 minutes and can be used only once.
https://accounts.{c[1]}/reset?token=example-{num(r, 8)}

If you didn't ask to reset your password, you can ignore this e-mail - your password will not change. Never share this link with anyone; our staff will never ask you for it."""
    if sk == 2:
        return f"""Your password was changed

Hi {p.first},
The password for your account was changed on {fdate(d, 1)}. All other sessions have been signed out.

Didn't do this? Reset your password immediately and contact support. Your account may be at risk."""
    if sk == 3:
        return f"""Security code: {num(r, 6)}

Use this code to finish signing in to {c[0]}. It expires in 10 minutes.
Do not share this code. {c[0]} will never call or text you to ask for it."""
    if sk == 4:
        return f"""Admin alert: user account locked

The account of {p.full} ({p.email}) was locked on {fdate(d, 2)} at {hhmm(r, 0, 23)} after 10 failed sign-in attempts from {r.randint(1, 3)} IP address(es).

Recommended actions for administrators:
1. Contact the user by phone to confirm whether they were trying to sign in.
2. If yes, unlock the account in the admin console and ask the user to reset their password.
3. If no, keep the account locked, reset the user's password yourself and review recent activity. Do not send the new password by e-mail; never include passwords or reset links in a ticket.

You are receiving this because you are an administrator of the {c[0]} organisation."""
    return f"""Nowe logowanie do Twojego konta

Cześć {p.first},
zarejestrowaliśmy nowe logowanie do Twojego konta ({dev}, {loc}) w dniu {fdate(d, 4)}. Jeśli to nie Ty, natychmiast zmień hasło i skontaktuj się z nami.
Zespół {c[0]}"""


@kind("two_factor_guide")
def k_2fa(r, i):
    c = comp(r)
    texts = [
        f"""How to set up two-step verification

1. Sign in to your account and open Settings > Security.
2. Click "Turn on two-step verification".
3. Install an authenticator app on your phone if you don't have one.
4. Scan the QR code shown on the screen with the app.
5. Type the 6-digit code from the app into the box and click Verify.
6. Save your backup codes. Print them or copy them to a safe place - each code works once. Do not keep them in the same place as your password.

From now on, after entering your password you'll be asked for a code from the app. Tick "Trust this device" on your own computer so you aren't asked every time.""",
        f"""Two-factor authentication - FAQ for staff

Why do we need it? Passwords get stolen. A second factor means a stolen password alone is not enough to access your e-mail.

What if I get a new phone? Before you reset the old one, open the security page and add the new phone. If the old phone is already gone, contact the IT service desk; they will verify your identity and reset your second factor.

I got a prompt on my phone but I wasn't signing in. Tap "Deny" and tell IT straight away. Never approve a prompt you didn't start.

Can I use text messages? Only if you cannot use the app. The app is more secure.""",
        f"""Security key setup (for administrators)

All accounts with admin access must use a hardware security key.
- Collect two keys from the IT office (one main, one backup).
- Go to the admin security page and click "Add security key".
- Insert the key and touch it when it flashes.
- Repeat for the backup key. Keep the backup in the office safe, not in your bag.
If you lose a key, report it the same day so it can be removed from your account.""",
        f"""Zwei-Faktor-Authentifizierung einrichten

1. Öffnen Sie im Kundenportal „Konto > Sicherheit“.
2. Wählen Sie „Zwei-Faktor-Authentifizierung aktivieren“.
3. Scannen Sie den QR-Code mit Ihrer Authenticator-App.
4. Geben Sie den angezeigten Code ein und speichern Sie Ihre Wiederherstellungscodes an einem sicheren Ort.""",
        f"""Lost access to your authenticator?

Use one of your backup codes on the sign-in page: click "Try another way" and then "Enter a backup code".

No backup codes? Contact support from the e-mail address on your account. For your security we'll ask you to answer some questions about your account (for example, the date of your last invoice and the last four digits of the card on file). Recovery can take up to 3 business days. We cannot speed this up by phone.""",
        f"""Turning on two-step verification for your whole team (admin guide)

1. In the admin portal, go to Security > Authentication.
2. Choose "Require two-step verification" and set a grace period (we recommend 14 days).
3. Users will see a banner telling them to set it up. After the grace period they must enrol before they can sign in.
4. Check the enrolment report each week and remind users who haven't done it yet.
Tip: tell users before you switch this on. A short e-mail explaining why saves a lot of support tickets.""",
        f"""Authenticator app - quick card (print and keep at your desk)

• Open the app → find "{c[0]}" → type the 6 digits.
• Codes change every 30 seconds. If one doesn't work, wait for the next.
• Clock wrong on your phone? Codes will fail. Set time to automatic.
• Never read your code to anyone on the phone - not even IT.""",
        f"""Verificación en dos pasos

Para proteger su cuenta, active la verificación en dos pasos en Configuración > Seguridad. Necesitará su teléfono móvil. Guarde los códigos de recuperación en un lugar seguro.""",
        f"""Passkeys are here

You can now sign in to {c[0]} with a passkey instead of a password. A passkey uses your phone or computer's screen lock (fingerprint, face or PIN).

To create one: Settings > Security > Passkeys > Create passkey. You can keep your password as a backup or delete it once you've set up passkeys on at least two devices.""",
    ]
    return texts[i % len(texts)]


@kind("support_chat")
def k_chat(r, i):
    p = Person(r)
    ag = r.choice(FIRST)
    c = comp(r)
    order = num(r, 7)
    sk = i % 6
    if sk == 0:
        return f"""Chat transcript - {c[0]} Support
{ag} (Support agent) joined the chat.

{ag}: Hi {p.first}, thanks for waiting. How can I help today?
{p.first}: Hi, I was charged twice for order {order}.
{ag}: I'm sorry about that. Let me check... I can see two transactions of the same amount. One of them is a pending authorisation, not a real charge. It should disappear from your statement within 3-5 days.
{p.first}: OK, but what if it doesn't?
{ag}: If it's still there after 5 working days, reply to the e-mail copy of this chat and I'll refund it right away. I've added a note to your account so anyone on the team can see it.
{p.first}: Great, thank you.
{ag}: You're welcome! Is there anything else?
{p.first}: No, that's all.
{ag}: Have a nice day! A copy of this conversation will be sent to your e-mail."""
    if sk == 1:
        return f"""[{hhmm(r)}] {p.first}: hello, I can't log in, it says my account is locked
[{hhmm(r)}] {ag} (Customer Support): Hi {p.first}, I can help with that. For security, could you confirm the postcode on the account and the last 4 digits of the card you use with us? Please don't type your full card number or password in the chat.
[{hhmm(r)}] {p.first}: {r.choice(['LS1', 'M4', 'EH3', 'BS8'])} {num(r, 1)}XX and {num(r, 4)}
[{hhmm(r)}] {ag} (Customer Support): Thanks, that matches. I've unlocked the account and sent a password reset link to your e-mail. Click the link and choose a new password - the old one will not work any more.
[{hhmm(r)}] {p.first}: got it, it worked
[{hhmm(r)}] {ag} (Customer Support): Perfect. I'd also recommend turning on two-step verification in Settings. Anything else I can do for you?
[{hhmm(r)}] {p.first}: no thanks!"""
    if sk == 2:
        return f"""Live chat with {ag} - {c[0]} Billing

{p.first}: Hi, can I change the card you charge every month? The old one expired.
{ag}: Of course! For security I can't take card details in chat, but you can update it yourself in a minute: go to Account > Billing > Payment method and click "Replace card".
{p.first}: Found it. Will the failed payment go through again?
{ag}: Yes, once the new card is saved we automatically retry the last invoice within an hour. You'll receive a receipt by e-mail.
{p.first}: Perfect. And can you send invoices to our finance team as well?
{ag}: Sure - under Billing contacts, add their e-mail address and tick "Send invoices". I can do it for you if you tell me the address.
{p.first}: finance@{c[1]}
{ag}: Done! They'll get a copy of every invoice from now on."""
    if sk == 3:
        return f"""Support conversation #{num(r, 6)}

Customer ({p.full}): My parcel says delivered but I don't have it.
Agent {ag}: I'm sorry to hear that. Sometimes the driver leaves parcels with a neighbour or in a safe place. Could you check around the property and with neighbours? The tracking shows it was delivered at {hhmm(r, 9, 18)}.
Customer: I checked, nothing.
Agent {ag}: Thanks for checking. I've opened an investigation with the carrier. They usually reply within 48 hours. If they can't find it, we'll send a replacement or give you a full refund - your choice. You'll get an e-mail update either way.
Customer: Replacement please.
Agent {ag}: Noted on the case. Anything else I can help with?
Customer: No, thanks."""
    if sk == 4:
        return f"""Chat - {c[0]}

Agente {ag}: ¡Hola {p.first}! ¿En qué puedo ayudarle?
Cliente: Quiero devolver un producto del pedido {order}.
Agente {ag}: Claro. Le envío ahora por correo electrónico la etiqueta de devolución. Imprímala y péguela en el paquete. El reembolso se hará en un plazo de 14 días desde que recibamos el artículo.
Cliente: Perfecto, gracias.
Agente {ag}: ¡A usted! Que tenga un buen día."""
    return f"""Transcript

{ag} (Team lead, Accounts): Hi {p.first}, I'm taking over from my colleague. I've read the previous messages above, so no need to repeat everything.
{p.first}: Thanks. I just need the invoice to show our new company name.
{ag}: Understood. I can reissue the last three invoices with the new name. Older invoices can't be changed for accounting reasons, but I can include a note in your account.
{p.first}: Three is fine.
{ag}: Done - they're in your inbox now. For future invoices, please update the company name under Settings > Organisation so it's always correct.
{p.first}: Will do. Thank you!"""


@kind("crm_notes")
def k_crm(r, i):
    p = Person(r)
    rep = Person(r)
    c = comp(r)
    d = day(r)
    sk = i % 5
    if sk == 0:
        return f"""Account: {c[0]}   Owner: {rep.full}   Stage: Negotiation   Value: {money(r, 5000, 90000)} EUR

{fdate(d, 2)} - Call with {p.full} (Head of Operations)
- They are happy with the pilot. Main concern: the pricing model for extra users.
- Told them we can include 10 extra seats at no charge for year one.
- Decision maker is the CFO; {p.first} will forward our proposal to her.
- Next step: send updated proposal by Thursday. Follow up by phone Monday.

{fdate(d - datetime.timedelta(days=9), 2)} - Demo
- 6 attendees. Liked the reporting. Asked whether data can be exported to their ERP.
- Sent the API reference link after the call."""
    if sk == 1:
        return f"""Contact note - {p.full}, {c[0]}
Met at the trade fair in {r.choice(CITIES)}. Interested in the warehouse scanning tool, model BS-12. Currently use paper pick lists.
Prefers e-mail, not phone. Do not call before 10:00 (she's on the warehouse floor).
Birthday lunch with team on the 14th - don't schedule meetings that day.
Action: send case study + price list. Reminder set for {fdate(d + datetime.timedelta(days=7))}."""
    if sk == 2:
        return f"""Activity log - {c[0]}
{fdate(d, 4)}  E-mail sent: renewal reminder (auto)
{fdate(d + datetime.timedelta(days=3), 4)}  E-mail received from {p.first}: "We'd like to discuss the renewal before we sign. Can you tell me what changes in the new plan?"
{fdate(d + datetime.timedelta(days=4), 4)}  {rep.first} replied with plan comparison and three meeting slots.
{fdate(d + datetime.timedelta(days=6), 4)}  Meeting booked. Note: they had a billing dispute last year - make sure Finance confirms it's fully resolved before the call.
{fdate(d + datetime.timedelta(days=10), 4)}  Renewal signed. 2 years. Moved to Closed Won."""
    if sk == 3:
        return f"""Kundennotiz – {c[0]}
Ansprechpartner: {p.full}
{fdate(d, 2)}: Telefonat. Kunde möchte das Angebot auf 50 Lizenzen erweitern. Neues Angebot bis Freitag schicken. Rabatt mit Vertriebsleitung abstimmen.
Hinweis: Rechnungen bitte immer an die Buchhaltung, nicht an Herrn/Frau {p.last}."""
    return f"""Escalation note - {c[0]}

Customer has complained three times about late deliveries this quarter. {p.first} says they are "reviewing suppliers". Recommend:
1. Account manager to call this week, not e-mail.
2. Offer a service credit for the late orders (Finance to approve).
3. Share the new delivery tracking portal so they can see status without having to contact us.
Owner: {rep.full}. Please update this note after the call.
Update: {p.first} replied to our e-mail and agreed to a call on Thursday."""


# ---------------------------------------------------------------- sales & people
@kind("sales_proposal")
def k_proposal(r, i):
    us, them = comp(r), comp(r)
    rep = Person(r, us[1])
    d = day(r)
    seats = r.randint(10, 250)
    price = r.choice([8, 12, 15, 19, 24])
    sk = i % 4
    if sk == 0:
        return f"""PROPOSAL
Prepared for: {them[0]}
Prepared by: {rep.full}, {us[0]}
Date: {fdate(d)}    Valid until: {fdate(d + datetime.timedelta(days=30))}

1. Summary
{them[0]} wants to replace spreadsheets and e-mail with a single system for purchase approvals. Our platform gives every request an owner, an approval path and a full audit trail.

2. Scope
- Set-up of approval workflows for up to 5 departments
- Integration with your accounting system (export of approved purchase orders)
- Two training sessions for administrators and one for end users

3. Pricing model
{seats} users x {price}.00 EUR per user per month, billed annually: {seats * price * 12:,}.00 EUR
One-off implementation fee: {r.choice([2500, 4000, 6500]):,}.00 EUR

4. Next steps
Reply to confirm you'd like to proceed and we will send the order form. We recommend a kick-off call in the first week after signing.

This proposal is confidential and intended for {them[0]} only."""
    if sk == 1:
        return f"""Subject: Proposal - office print services

Dear {Person(r).first},

Thank you for meeting us last week. As promised, here is a summary of our proposal:

• Replace your {r.randint(6, 20)} printers with {r.randint(3, 8)} managed multifunction devices (model MFP-6200)
• Follow-me printing: users send a job and collect it at any device by tapping their card
• Automatic toner ordering - no more running out before a board meeting
• Monthly report showing pages printed per department

Cost: {money(r, 300, 1500)} per month for 36 months, including service and toner. Paper not included.

We'd recommend a two-week trial on one floor first. Let me know if that works and I'll book the installation.

Kind regards,
{rep.full}
{us[0]}"""
    if sk == 2:
        return f"""Offerte – jaarcontract schoonmaak
Aan: {them[0]}
Van: {us[0]}
Datum: {fdate(d, 4)}

Wij bieden aan: dagelijkse schoonmaak van de kantoorruimte ({r.randint(300, 2000)} m²), wekelijkse glasbewassing en maandelijkse tapijtreiniging.
Prijs: {money(r, 1500, 6000)} euro per maand, exclusief btw.
Deze offerte is 30 dagen geldig. Neem gerust contact op als u vragen heeft."""
    return f"""Option comparison for {them[0]}

                      | Standard        | Professional     | Enterprise
----------------------|-----------------|------------------|-----------------
Users included        | 10              | 50               | unlimited
Price per month       | {price * 10} EUR          | {price * 40} EUR           | on request
Support               | e-mail          | e-mail + phone   | named agent
Single sign-on        | -               | yes              | yes
Admin audit log       | -               | 90 days          | 7 years

Our recommendation: Professional. Based on your current team size ({seats} people across three sites) it covers everyone and leaves room to grow. You can upgrade at any time; we credit the unused part of your plan."""


@kind("job_posting")
def k_job(r, i):
    c = comp(r)
    city = r.choice(CITIES)
    sal = r.randint(28, 85)
    texts = [
        f"""Office Assistant (part-time, 25 h/week) - {c[0]}, {city}

About the role
You'll be the first person visitors meet and the person the team relies on to keep the office running. You will answer the phone, manage the shared inbox, order supplies, book meeting rooms and help organise team events.

What you'll do
- Reply to general e-mails and forward them to the right person
- Keep the visitor log and print badges
- Process supplier invoices and send them to accounts
- Update the contact list and the staff noticeboard

What we're looking for
- Experience in an office or reception role
- Confident with e-mail, spreadsheets and calendars
- Friendly, organised and calm under pressure

Salary: {sal - 6},000-{sal - 2},000 (pro rata). Send your CV and a short cover letter to jobs@{c[1]}. Please do not send your application to individual staff members.""",
        f"""Senior Backend Developer (Python) - remote within EU

{c[0]} builds software that helps small shops manage stock and orders. We're hiring a developer to join a team of six.

You will
- design and build APIs used by thousands of users
- improve our data model as the product grows
- take part in the on-call rota (one week in six, paid)
- review code and help other developers grow

You have
- 5+ years writing Python in production
- good SQL and experience with PostgreSQL
- clear written English

We offer {sal + 10},000-{sal + 25},000 EUR, 28 days holiday, a home office budget and a 4-day week in summer.
How to apply: click "Apply" below. Tell us about a system you built and what you would do differently now. No cover letter needed.""",
        f"""Assistant Manager - Retail, {city}

Support the store manager in running a busy store: open and close the shop, cash up, manage stock deliveries and lead the team when the manager is away. You'll create rotas, train new staff and handle customer questions and complaints.

Requirements: 2 years' retail experience, including supervising others. Weekend work required (two Saturdays per month).
Pay: {sal - 2},000 per year plus bonus.
Closing date: applications must be received by the end of the month. We will contact shortlisted candidates only.""",
        f"""Teaching Assistant (Finance Academy evening courses)

We are looking for a teaching assistant to support our accounting courses for adult learners. You'll help students during practical sessions, mark weekly exercises and answer questions on the course forum.
Two evenings a week, 18:00-21:00. Hourly rate: 22.00.
Requirements: part-qualified accountant or final-year student. To apply, send your CV to academy@{c[1]} with the subject "TA application".""",
        f"""Stellenanzeige: Sachbearbeiter/in Buchhaltung (m/w/d)

{c[0]} sucht zum nächstmöglichen Zeitpunkt Verstärkung in {city}.
Ihre Aufgaben: Kreditorenbuchhaltung, Zahlungsverkehr, Mahnwesen, Unterstützung beim Monatsabschluss.
Ihr Profil: kaufmännische Ausbildung, sicherer Umgang mit Excel und DATEV.
Bitte senden Sie Ihre Bewerbung an karriere@{c[1]}.""",
        f"""IT Service Desk Analyst - {c[0]}

Location: {city} (hybrid, 3 days in office)
You'll be the first point of contact for 600 users. Typical day: password resets, setting up laptops for new starters, helping users connect to printers, and creating clear tickets for the second-line team when something needs escalation.

You should be patient, good at explaining technical things in plain words, and happy to say "I don't know, but I'll find out". Experience with Windows, Microsoft 365 and an admin console for user accounts is a plus.
Salary: {sal - 4},000. Shifts between 07:30 and 18:30.""",
        f"""Accounts Payable Clerk (12-month contract)

Responsibilities: match invoices to purchase orders, resolve supplier queries, prepare the weekly payment run, reconcile supplier statements, and keep the vendor file up to date. You must follow our bank detail change procedure every time - no exceptions.

Apply by e-mail to recruitment@{c[1]}. Interviews will take place in the week after the closing date.""",
        f"""Responsable administratif et financier (H/F) – {city}

Missions : supervision de la comptabilité, suivi de la trésorerie, relation avec les banques et l'expert-comptable, gestion de la paie.
Profil : 5 ans d'expérience minimum. Maîtrise d'Excel indispensable.
Envoyez votre candidature à rh@{c[1]}.""",
        f"""Warehouse Team Leader (nights) - {city}

Lead a team of 12 pickers and packers. Make sure orders are picked accurately and loaded on time for the morning trucks. You'll run the shift briefing, update the pick list priorities and report any stock issues to the day supervisor.
Shift: Sun-Thu, 22:00-06:30. Pay: {sal - 3},000 + night allowance. Forklift licence preferred.""",
    ]
    return texts[i % len(texts)]


@kind("performance_review")
def k_review(r, i):
    p = Person(r)
    m = Person(r)
    y = r.choice([2024, 2025])
    sk = i % 4
    if sk == 0:
        return f"""Annual performance review - {y}
Employee: {p.full}   Role: Accounts Assistant   Manager: {m.full}

Overall rating: {r.choice(["Meets expectations", "Exceeds expectations", "Strong"])}

Achievements
- Cleared the backlog of unmatched invoices within the first quarter.
- Created a checklist for the month-end close that the whole team now uses.
- Trained two new starters on the payment system.

Areas to develop
- Speak up earlier when deadlines look at risk - tell me as soon as you see a problem instead of working late to fix it alone.
- Build confidence presenting numbers in the monthly finance meeting.

Goals for next year
1. Take over supplier statement reconciliations.
2. Complete the Level 3 bookkeeping course (company will pay).
3. Describe and document the refund process in the team wiki.

Employee comments: "I agree with the review. I'd like more time for the course in Q2.\""""
    if sk == 1:
        return f"""Mid-year check-in notes ({p.first} / {m.first})

What's going well: {p.first}'s tickets are always well written and customers often mention them by name in survey answers. Response times are the best in the team.
What could be better: a few changes were made directly on the production server without a change request. We discussed why the process matters even for small changes.
Support needed: {p.first} would like to shadow the network team for a week.
Agreed actions:
- {m.first} to arrange the shadowing.
- {p.first} to always create a change request, even for "tiny" fixes.
Next check-in: in three months."""
    if sk == 2:
        return f"""360 feedback summary for {p.full} (confidential)

Strengths mentioned by colleagues
"Always answers questions quickly and never makes you feel stupid for asking."
"Great at keeping meetings on time."
"Her notes after client calls are the best in the company."

Suggestions
"Could delegate more - she does everything herself."
"Sometimes replies to e-mails late in the evening; it makes others feel they should too."

Manager summary: Strong year. Focus next year on delegation and on developing the assistant manager on the team."""
    return f"""Beoordelingsgesprek {y}
Medewerker: {p.full}
Leidinggevende: {m.full}

Resultaten: doelen behaald. Zeer goede samenwerking met het magazijn.
Ontwikkelpunten: planning beter bijhouden in het systeem; vaker feedback vragen.
Afspraken: cursus Excel gevorderd in het voorjaar; volgend gesprek in september."""


@kind("expense_policy")
def k_expense(r, i):
    c = comp(r)
    texts = [
        f"""Expense policy - key points

1. Submit claims through the expenses portal within 30 days of spending. Late claims may be rejected.
2. Include an itemised receipt for every expense over 25.00. Card slips alone are not enough.
3. Travel: book through the travel portal. Economy class for flights under 6 hours. Rail: standard class.
4. Hotels: up to 150.00 per night (200.00 in London, Paris and New York).
5. Meals when travelling: up to 45.00 per day. Alcohol cannot be claimed except at approved client events.
6. Company cards: never use the company card for personal purchases, even if you plan to pay it back.
7. Your manager must approve every claim. Managers should not approve their own expenses - these go to the next level.

Questions? Ask the finance team at expenses@{c[1]}.""",
        f"""Mileage claims

If you use your own car for business, you can claim 0.45 per mile for the first 10,000 miles in the tax year and 0.25 per mile after that.
- Do not claim your normal commute.
- Describe the purpose of each journey (e.g. "Client visit - {comp(r)[0]}").
- Include start and end postcodes. The portal calculates the distance automatically.
- Fuel receipts should be attached for VAT purposes.""",
        f"""Reisekostenrichtlinie (Auszug)

• Bahnfahrten: 2. Klasse; bei Fahrten über 4 Stunden 1. Klasse erlaubt.
• Hotel: bis 130 EUR pro Nacht.
• Verpflegungsmehraufwand nach den gesetzlichen Pauschalen.
• Belege sind im Original oder als Scan im Portal hochzuladen.
Abrechnungen müssen innerhalb von 4 Wochen eingereicht werden.""",
        f"""FAQ: expenses

Q: Can someone translate the policy for the Kraków office?
A: Yes - a Polish translation is on the intranet. The English version applies if the two differ.

Q: I lost a receipt. What should I do?
A: Fill in the "missing receipt" form in the portal and describe the expense. This is allowed twice a year.

Q: Can I claim for working from home?
A: No. The home office allowance is paid through payroll instead.

Q: When will I be paid?
A: Approved claims are paid with the next salary if approved before the 15th.

Q: My claim was returned. Why?
A: Open the claim and read the note from the approver. Usually a receipt is missing or the expense type is wrong. Correct it and submit again - do not create a new claim.""",
        f"""Corporate card - cardholder agreement (summary)

• The card is issued in your name but the liability is the company's. Use it only for business expenses.
• Every transaction must be matched with a receipt in the portal by the 5th of the following month.
• If your card is lost or stolen, call the card provider immediately and tell finance the same day.
• Disputed transactions: contact finance before contacting the card provider, so we can help with the dispute.
• The card will be cancelled when you leave, or if receipts are repeatedly missing.""",
        f"""Client entertainment rules

Entertainment must have a clear business purpose. Record the names of all guests and their companies on the claim. Limit: 75.00 per person. Gifts to clients over 50.00 must be approved in advance and recorded in the gifts register. Never offer anything to a public official without speaking to Legal first.""",
        f"""Politique de notes de frais (extrait)

Les dépenses doivent être saisies dans le portail dans un délai de 30 jours, avec le justificatif. Les repas d'affaires sont limités à 40 € par personne. Les frais kilométriques sont remboursés selon le barème fiscal.""",
        f"""Per diem rates (international travel)

Country        | Daily allowance | Hotel cap
Germany        | 45.00 EUR       | 150.00 EUR
France         | 45.00 EUR       | 160.00 EUR
Poland         | 35.00 EUR       | 110.00 EUR
United States  | 60.00 USD       | 220.00 USD
Singapore      | 55.00 SGD       | 260.00 SGD

The daily allowance covers meals and small incidentals. You do not need receipts for it, but you must include the travel dates on your claim.""",
        f"""Reminder from Finance 📎

Month-end is Friday. Please submit all outstanding expense claims by Wednesday 17:00 so they can be included in this month's accounts. Approvers: please clear your queue by Thursday noon. Claims still waiting after that will move to next month.

Thanks for your help!
Finance team, {c[0]}""",
    ]
    return texts[i % len(texts)]


@kind("travel_booking")
def k_travel(r, i):
    p = Person(r)
    d = day(r)
    ref = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    a, b = r.sample(CITIES, 2)
    sk = i % 5
    if sk == 0:
        return f"""Booking confirmation - {ref}

Passenger: {p.full.upper()}
Outbound: {fdate(d, 3)}  {a} {hhmm(r, 6, 11)} → {b} {hhmm(r, 12, 15)}  Flight EX{num(r, 3)}  Economy
Return:   {fdate(d + datetime.timedelta(days=r.randint(1, 5)), 3)}  {b} {hhmm(r, 15, 18)} → {a} {hhmm(r, 19, 22)}  Flight EX{num(r, 3)}  Economy
Baggage: 1 cabin bag (8 kg). Checked bag not included.

Total charged: {money(r, 90, 900)} EUR to company card ending {num(r, 4)}

Check in online from 24 hours before departure. Please make sure the name on your booking matches your passport exactly. Need to make a change? Use the travel portal or contact the travel desk - do not contact the airline directly, as changes made there cannot be charged to the company account."""
    if sk == 1:
        return f"""Hotel reservation confirmed

Guest: {p.full}
Hotel: Example Harbour Hotel, {b}
Check-in: {fdate(d, 1)} (from 15:00)
Check-out: {fdate(d + datetime.timedelta(days=2), 1)} (by 11:00)
Room: 1 Standard double, breakfast included
Rate: {money(r, 80, 220)} per night, company rate - pay at hotel
Confirmation number: {num(r, 9)}

Free cancellation until 18:00 the day before arrival. After that, the first night will be charged.
Please show your company ID at check-in to receive the corporate rate."""
    if sk == 2:
        return f"""Trip itinerary - {p.full}
{b} client visit, {fdate(d)}

{hhmm(r, 6, 8)}  Train {a} → {b}, coach C, seat {r.randint(1, 80)} (e-ticket attached)
{hhmm(r, 10, 11)}  Meeting at client office, reception floor 2. Ask for {Person(r).full}.
13:00  Lunch with the client team (booked, paid by us - keep the receipt)
{hhmm(r, 16, 18)}  Train back

Notes from the office assistant: print the e-ticket as a backup in case your phone battery dies. Taxi from the station takes about 15 minutes. Call me if anything changes and I'll update the bookings."""
    if sk == 3:
        return f"""Reisebestätigung {ref}
Reisende/r: {p.full}
Hinfahrt: {fdate(d, 4)}, {a} → {b}, ICE, Wagen {r.randint(1, 14)}, Platz {r.randint(11, 99)}
Rückfahrt: {fdate(d + datetime.timedelta(days=1), 4)}
Preis: {money(r, 40, 240)} EUR (Firmenkarte)
Bitte das Ticket in der App oder ausgedruckt vorzeigen."""
    return f"""Travel request - approval needed

Requester: {p.full}
Purpose: {r.choice(["Trade show", "Supplier audit", "Customer workshop", "Team offsite"])} in {b}
Dates: {fdate(d, 2)} to {fdate(d + datetime.timedelta(days=r.randint(1, 4)), 2)}
Estimated cost: flights {money(r, 100, 600)}, hotel {money(r, 150, 700)}, per diem {money(r, 60, 200)}

Approver: please click Approve or Reject in the travel portal. If you reject, add a note so the traveller knows what to change. Requests not approved within 3 days are sent to your manager automatically."""


# ---------------------------------------------------------------- logistics & data
@kind("shipping_notification")
def k_ship(r, i):
    p = Person(r)
    c = comp(r)
    d = day(r)
    trk = "EX" + num(r, 9) + "GB"
    sk = i % 6
    if sk == 0:
        return f"""Your parcel is on its way 📦

Hi {p.first},
Good news - your order #{num(r, 7)} from {c[0]} has shipped.
Tracking number: {trk}
Estimated delivery: {fdate(d, 3)}, between {hhmm(r, 7, 11)} and {hhmm(r, 13, 18)}

Not going to be home? Click the link below to choose a safe place or redirect the parcel to a pick-up point:
https://track.example.com/{trk}

Please note: we will never ask you to pay a customs or redelivery fee by text message. If you receive a text like that, do not click the link."""
    if sk == 1:
        return f"""Delivery attempted

We tried to deliver your parcel {trk} today at {hhmm(r, 9, 17)} but nobody was in. The parcel has been taken to the {r.choice(CITIES)} depot.

What you can do:
- Book a redelivery online (free, up to 2 attempts)
- Collect it from the depot with photo ID and this reference
- Let a neighbour collect it: they must show this message and their ID

Parcels not collected within 7 days are returned to the sender."""
    if sk == 2:
        return f"""Text message: {c[0]}: Your parcel {trk[:8]}… will arrive today between {hhmm(r, 8, 12)}-{hhmm(r, 12, 16)}. Your driver is {r.choice(FIRST)}. Reply 1 to leave with a neighbour, 2 for safe place. Track: track.example.com"""
    if sk == 3:
        return f"""Shipment notice (ASN) - {c[0]}

To: Goods In, {comp(r)[0]}
PO reference: PO-{num(r, 6)}
Dispatch date: {fdate(d)}   Expected arrival: {fdate(d + datetime.timedelta(days=2))}
Carrier: EuroFreight, trailer {num(r, 4)}
Pallets: {r.randint(1, 14)}   Gross weight: {r.randint(200, 9000)} kg

Contents
SKU      Qty   Description
""" + "\n".join("%-8s %4d  %s" % (pr[1], r.randint(5, 200), pr[0]) for pr in r.sample(PRODUCTS, 3)) + """

Please check pallets on arrival and note any damage on the delivery note before signing. Report discrepancies within 48 hours."""
    if sk == 4:
        return f"""Ihre Sendung ist unterwegs

Hallo {p.first},
Ihre Bestellung wurde am {fdate(d, 4)} verschickt. Sendungsnummer: {trk}.
Voraussichtliche Zustellung: {fdate(d + datetime.timedelta(days=2), 4)}.
Sie können die Zustellung über den Link in dieser E-Mail an eine Packstation umleiten."""
    return f"""Delivered ✔

Your parcel {trk} was delivered on {fdate(d, 1)} at {hhmm(r, 9, 18)}.
Left: {r.choice(["with reception", "in the porch", "with neighbour at no. " + str(r.randint(1, 60)), "in your parcel locker"])}
Photo of delivery: available in tracking.

Can't find it? Please wait until the end of the day - sometimes parcels are marked delivered a little early. Then contact the sender, {c[0]}, who can open an investigation."""


@kind("pick_list")
def k_pick(r, i):
    d = day(r)
    wave = r.randint(1, 9)
    picker = Person(r).first
    rows = []
    for _ in range(r.randint(6, 12)):
        pr = r.choice(PRODUCTS)
        rows.append("%s-%02d-%s   %-8s %-36s %3d   [ ]" % (r.choice("ABCDEF"), r.randint(1, 30), r.choice("ABCD"), pr[1], pr[0][:36], r.randint(1, 24)))
    rows.sort()
    sk = i % 3
    if sk == 0:
        return f"""PICK LIST - Wave {wave}   {fdate(d, 2)}   Picker: {picker}
Orders: {", ".join("SO-" + num(r, 5) for _ in range(r.randint(2, 5)))}

Location    SKU      Description                          Qty   Picked
""" + "\n".join(rows) + """

Instructions
- Pick in the order shown (the list is sorted by aisle).
- Scan every item. If the scanner shows a different SKU, do not pick it - tell the supervisor.
- Short picks: write the quantity found and leave the line unticked.
- Put the completed list in the tray at packing station 3."""
    if sk == 1:
        return f"""Kommissionierliste Welle {wave} – {fdate(d, 4)}
Kommissionierer: {picker}

Lagerplatz   Artikel  Bezeichnung                          Menge  Erledigt
""" + "\n".join(rows) + """

Fehlmengen bitte sofort dem Schichtleiter melden."""
    return f"""URGENT - same-day dispatch list (cut-off 14:00)
Printed {fdate(d, 2)} {hhmm(r, 8, 12)} by {picker}

""" + "\n".join(rows) + """

These orders must be packed and on the 15:00 truck. Pick these first, before the normal wave. Fragile items: double box. Print the shipping labels at station 1."""


@kind("spec_sheet")
def k_spec(r, i):
    pr = PRODUCTS[i % len(PRODUCTS)]
    c = comp(r)
    sk = i % 3
    if sk == 0:
        return f"""PRODUCT SPECIFICATION - {pr[0]}
Model: {pr[1]}    Manufacturer: {c[0]}

Dimensions (W x D x H): {r.randint(10, 160)} x {r.randint(10, 80)} x {r.randint(5, 130)} cm
Weight: {r.randint(1, 40)}.{r.randint(0, 9)} kg
Power: {r.choice(["100-240 V AC, 50/60 Hz", "USB-C PD 65 W", "not applicable", "12 V DC adapter (included)"])}
Colour options: black, white, grey
Warranty: {r.choice([1, 2, 3, 5])} years (return to base)

In the box
- {pr[0]}
- Quick start guide (print version in EN, DE, FR, ES)
- Mounting kit

Safety notes
- Read the instructions before use and keep them for future reference.
- Do not open the housing; there are no user-serviceable parts inside.
- Always disconnect power before cleaning.

For the full manual and firmware update instructions, visit support.{c[1]}/{pr[1].lower()}"""
    if sk == 1:
        return f"""{pr[1]} - Technical data

| Property            | Value                     |
|---------------------|---------------------------|
| Product             | {pr[0]} |
| Model number        | {pr[1]} |
| Interfaces          | {r.choice(["USB-C, HDMI 2.0, Ethernet", "Bluetooth 5.3, USB-A", "RJ45 x 24, SFP x 4", "n/a"])} |
| Operating temp.     | 0-40 °C |
| Certifications      | CE, UKCA, RoHS |
| EAN                 | {num(r, 13)} |
| Lead time           | {r.randint(2, 15)} working days |

Note: specifications may change without notice. The previous model ({pr[1]}-A) is discontinued; spare parts remain available until {r.randint(2026, 2029)}."""
    return f"""Fiche technique – {pr[0]} ({pr[1]})
Fabricant : {c[0]}
Poids : {r.randint(1, 30)} kg – Garantie : {r.choice([2, 3])} ans
Conforme aux normes CE. Notice disponible en français, anglais et allemand.
Pour toute question, contactez notre service client."""


@kind("csv_export")
def k_csv(r, i):
    d = day(r)
    sk = i % 5
    if sk == 0:
        rows = ["date,description,type,amount,balance,category"]
        bal = cents(r, 1000, 20000)
        for j in range(r.randint(8, 14)):
            dd = d + datetime.timedelta(days=j)
            typ = r.choice(["debit", "debit", "debit", "credit"])
            a = cents(r, 2, 1200)
            bal += a if typ == "credit" else -a
            rows.append("%s,%s,%s,%s%s,%s,%s" % (dd.isoformat(), r.choice(["CARD PAYMENT QUAYSIDE", "DD SILVERLINE", "TRANSFER FROM CLIENT", "REFUND LUMEN", "BANK CHARGE", "PAYROLL"]), typ, "" if typ == "credit" else "-", fm(a).replace(",", ""), fm(bal).replace(",", ""), r.choice(["travel", "software", "office", "income", "fees"])))
        return "\n".join(rows)
    if sk == 1:
        rows = ["ticket_id,opened,requester,category,priority,status,agent,summary"]
        for _ in range(r.randint(7, 12)):
            rows.append("INC%s,%s,%s,%s,P%d,%s,%s,\"%s\"" % (num(r, 6), day(r).isoformat(), Person(r).email, r.choice(["email", "printer", "access", "hardware", "vpn"]), r.randint(1, 4), r.choice(["open", "resolved", "closed", "waiting for user"]), r.choice(FIRST), r.choice(["Cannot send e-mail", "Printer offline", "Need access to finance share", "Laptop battery", "VPN disconnects", "Password reset", "New starter account", "Delete old mailbox"])))
        return "\n".join(rows)
    if sk == 2:
        rows = ["employee_id;name;department;start_date;manager;email"]
        for _ in range(r.randint(6, 10)):
            p = Person(r)
            rows.append("%s;%s;%s;%s;%s;%s" % (num(r, 5), p.full, r.choice(["Finance", "Sales", "IT", "Warehouse", "HR"]), day(r, (2018, 1, 1), 2500).isoformat(), r.choice(FIRST) + " " + r.choice(LAST), p.email))
        return "\n".join(rows)
    if sk == 3:
        rows = ["sku,description,qty_on_hand,reorder_point,supplier,unit_cost"]
        for pr in r.sample(PRODUCTS, r.randint(6, 10)):
            rows.append("%s,\"%s\",%d,%d,%s,%s" % (pr[1], pr[0], r.randint(0, 300), r.randint(10, 60), comp(r)[0], fm(cents(r, 2, 300)).replace(",", "")))
        return "\n".join(rows)
    rows = ["invoice,customer,issued,due,amount,currency,status"]
    for _ in range(r.randint(7, 12)):
        dd = day(r)
        rows.append("INV-%s,%s,%s,%s,%s,%s,%s" % (num(r, 5), comp(r)[0], dd.isoformat(), (dd + datetime.timedelta(days=30)).isoformat(), fm(cents(r, 50, 9000)).replace(",", ""), r.choice(["EUR", "GBP", "USD"]), r.choice(["paid", "sent", "overdue", "disputed", "draft"])))
    return "\n".join(rows)


@kind("status_page")
def k_status(r, i):
    c = comp(r)
    d = day(r)
    sk = i % 5
    if sk == 0:
        return f"""{c[0]} Status

All Systems Operational

Web app ............ Operational
API ................ Operational
E-mail delivery .... Operational
Payments ........... Operational
File storage ....... Operational

Past incidents
{fdate(d, 1)} - Delayed e-mail notifications. Resolved. Some notification e-mails were delayed by up to 40 minutes. All queued messages have now been sent.
{fdate(d - datetime.timedelta(days=6), 1)} - No incidents reported.

Subscribe to updates by e-mail or text message."""
    if sk == 1:
        return f"""Investigating - Card payments failing
{fdate(d, 1)} {hhmm(r)} UTC

We are investigating reports that some card payments fail at checkout with the message "transaction could not be completed". Customers are not charged for failed attempts. Bank transfer payments are not affected.

Update {hhmm(r, 12, 14)} UTC - Identified: The issue is with one of our payment partners. We have switched traffic to a backup route and the success rate is improving.

Update {hhmm(r, 15, 17)} UTC - Resolved: Payments have been working normally for 60 minutes. If you were charged twice, the duplicate authorisation will be released automatically by your bank. A summary will be published in the next few days."""
    if sk == 2:
        return f"""Scheduled maintenance - customer portal
Scheduled for {fdate(d, 3)}, 22:00-23:30 UTC

During this window the customer portal will be unavailable. The API and e-mail will continue to work. Invoices due that night will be charged after the maintenance.
We recommend that you download any reports you need before the window starts."""
    if sk == 3:
        return f"""Degraded performance - Search
Components affected: Search, Reports

{hhmm(r, 8, 10)} Some users see slow search results and reports that time out. The team is looking into it.
{hhmm(r, 10, 12)} A database index rebuild is running. Search results may be incomplete until it finishes. No data has been lost.
{hhmm(r, 12, 15)} Monitoring. Performance is back to normal for most users. If reports still time out, try again with a shorter date range.

Uptime last 90 days: 99.{r.randint(80, 99)}%"""
    return f"""Statut des services – {c[0]}
Tous les systèmes sont opérationnels.
Incident résolu le {fdate(d, 4)} : lenteurs sur l'application mobile pendant 25 minutes. Aucun impact sur les paiements."""


@kind("survey_form")
def k_survey(r, i):
    c = comp(r)
    texts = [
        f"""Tell us how we did

Thanks for contacting {c[0]} Support. Please take 1 minute to answer three questions about your recent conversation with our agent.

1. How satisfied are you with the answer you received? (1 = very dissatisfied, 5 = very satisfied)
   ( ) 1  ( ) 2  ( ) 3  ( ) 4  ( ) 5
2. Was your problem solved?  ( ) Yes  ( ) No  ( ) Partly
3. What should we do better? (optional)
   ____________________________________

[Send feedback]
Your answers are anonymous unless you include your details in question 3.""",
        f"""Employee engagement survey {day(r).year}

This survey is confidential. Results are reported only for groups of 8 or more people. Please answer honestly - there are no right or wrong answers.

Section A - Your work
A1. I have the tools and systems I need to do my job well.  Strongly disagree / Disagree / Neutral / Agree / Strongly agree
A2. I know what is expected of me at work.
A3. My manager gives me useful feedback.

Section B - Communication
B1. I receive important information in time.
B2. Which channel do you prefer for company news? [ ] E-mail [ ] Intranet [ ] Team meetings [ ] Noticeboard

Section C - Comments
Describe one thing that would make your working week easier.

The survey closes on Friday. Thank you!""",
        f"""IT services - quick poll

We're planning the next year of IT improvements. Which should we do first? (pick up to 2)
[ ] Faster laptops for all staff
[ ] Better Wi-Fi in meeting rooms
[ ] Self-service password reset
[ ] A single sign-on portal for all our tools
[ ] Longer service desk opening hours

Anything else? ________________
Submitting the poll will take you back to the intranet home page.""",
        f"""Supplier evaluation form

Supplier: {comp(r)[0]}        Period: Q{r.randint(1, 4)}
Completed by: {Person(r).full}

Criterion                       Score (1-5)   Comments
On-time delivery                ____
Quality of goods                ____
Invoice accuracy                ____
Response to questions           ____
Handling of complaints/refunds  ____

Overall recommendation: [ ] Keep  [ ] Keep with improvement plan  [ ] Replace
Please return the form to procurement by the 10th.""",
        f"""Umfrage zur Kundenzufriedenheit

Wie wahrscheinlich ist es, dass Sie {c[0]} einem Freund oder Kollegen empfehlen?
0  1  2  3  4  5  6  7  8  9  10
Was ist der wichtigste Grund für Ihre Bewertung?
________________________
Vielen Dank für Ihre Teilnahme!""",
        f"""Event feedback - Customer Day

1. How did you hear about the event? [ ] E-mail invitation [ ] Your account manager [ ] Website [ ] Other
2. Which sessions did you attend? (tick all)
   [ ] Product roadmap  [ ] Billing and payments Q&A  [ ] Admin tips and tricks  [ ] Networking lunch
3. Rate the venue: ☆☆☆☆☆
4. Would you attend next year?  Yes / No / Maybe
5. Any topics you'd like us to include next time?

Everyone who replies by the end of the month is entered into a draw for a 50.00 voucher.""",
        f"""Exit questionnaire (optional)

We're sorry to see you go. Your answers help us improve and are read only by HR.
1. Main reason for leaving: [ ] Pay [ ] Career growth [ ] Manager [ ] Workload [ ] Relocation [ ] Other
2. Would you recommend us as an employer? Yes / No
3. What did we do well?
4. What should we change?
5. May we contact you about this form?  Yes / No""",
        f"""Encuesta de satisfacción

¿Cómo valora la atención recibida por nuestro agente?  1 2 3 4 5
¿Se resolvió su consulta?  Sí / No
Comentarios: ______________________
Gracias por ayudarnos a mejorar.""",
        f"""Office move - your preferences

We're moving to the new building in {r.choice(MONTHS)}. Help us plan:
1. Which days do you usually work in the office? Mon Tue Wed Thu Fri
2. Do you need a fixed desk? Yes / No (please explain)
3. Do you need a locker? Yes / No
4. Parking: car / bike / none
5. Accessibility needs (confidential): ____________
Please reply by the 15th. If you don't reply, we'll assume you're happy with a shared desk.""",
    ]
    return texts[i % len(texts)]


# ---------------------------------------------------------------- instruction-heavy everyday notes
@kind("it_announcement")
def k_itann(r, i):
    c = comp(r)
    d = day(r)
    a = Person(r, c[1])
    texts = [
        f"""IMPORTANT: E-mail migration this weekend

Hi all,

On Saturday {fdate(d, 1)} we move all mailboxes to the new system. Please do the following before you leave on Friday:

1. Delete e-mails you no longer need, especially large attachments.
2. Do not move folders around on Friday afternoon - it slows the copy.
3. Write down any rules that forward messages automatically; they will need to be created again.
4. Shut down your laptop (don't just close the lid).

On Monday, open Outlook and sign in with your usual password. The first sync can take up to an hour. Shared mailboxes will show up automatically. If anything is missing, reply to this message or call the service desk on ext. {num(r, 4)}.

Thanks for your help!
{a.full}, IT""",
        f"""Reminder: phishing test results and what to do

Last week's test e-mail ("Your parcel could not be delivered") was clicked by 14% of staff. No harm done - it was a test. A few reminders:
- Always check who really sent a message before you click any links in it.
- Never enter your password on a page you reached from an e-mail link. Type the address of the portal yourself instead.
- If a message asks you to act immediately or says your account will be closed, slow down.
- Use the "Report" button in Outlook. Reported messages are removed from everyone's inbox.

If you clicked the test link, you'll receive a short training video. Please watch it by the end of the month.""",
        f"""Printer changes on floor 2

From Monday, the old printers on floor 2 will be removed. To print, send your document to "FollowMe" and tap your badge on any of the new devices to release it. Jobs you don't collect are deleted after 24 hours.

To add the new printer: open Settings > Printers, click Add, choose FollowMe. If it asks for admin rights, cancel and tell the service desk - the printer should install without them.""",
        f"""Planned outage: VPN and remote desktop

When: {fdate(d, 3)}, 19:00-21:00
What: firewall upgrade
Impact: remote access will not work. The office network is not affected.

Please save your work and log off before 19:00. Do not try to reconnect during the window - your account may get locked after too many attempts. We will send an update when the work is complete.""",
        f"""New rule for shared drives

To keep our files tidy, from next month:
- Do not store personal files on the shared drives.
- Files not opened for 3 years will be moved to the archive. You can still request them from IT.
- Every team folder must have an owner. Owners will receive a list of people with access every quarter and must reply to confirm it is correct.

Questions? Contact {a.full} at {a.email}.""",
        f"""Wichtige Information: Passwortwechsel

Liebe Kolleginnen und Kollegen,
ab nächster Woche müssen alle Passwörter mindestens 14 Zeichen lang sein. Bitte ändern Sie Ihr Passwort bis Freitag über das Self-Service-Portal. Teilen Sie Ihr Passwort niemals mit anderen – auch nicht mit der IT.
Ihr IT-Team""",
        f"""Software update required

Your computer needs to restart to finish installing updates. Save your work now. If you do not restart by {fdate(d, 1)} at 18:00, the computer will restart automatically.

Tip: restart at the end of the day. The update takes about 10 minutes. Do not turn the power off while the screen says "Working on updates".""",
        f"""New starters: how to get help from IT

• For anything urgent (can't log in, laptop won't start), call the service desk on ext. {num(r, 4)}.
• For everything else, create a ticket in the IT portal. Describe the problem in your own words and include a screenshot of any error message.
• Don't e-mail individual IT staff - if they're on leave, your message may sit in their inbox for a week.
• Service desk hours: 08:00-18:00, Monday to Friday.""",
        f"""Annonce : migration de la messagerie

Samedi prochain, toutes les boîtes mail seront migrées. Merci de fermer Outlook et d'éteindre votre ordinateur vendredi soir. Lundi matin, connectez-vous avec votre mot de passe habituel. En cas de problème, contactez le support informatique.""",
    ]
    return texts[i % len(texts)]


@kind("handover_notes")
def k_handover(r, i):
    a, b = Person(r), Person(r)
    d = day(r)
    c = comp(r)
    texts = [
        f"""Handover notes - {a.first} on leave {fdate(d)} to {fdate(d + datetime.timedelta(days=10))}

Hi {b.first}, thanks for covering! Everything you need is below.

Daily
- Check the accounts inbox twice a day. Forward supplier invoices to invoices@{c[1]}; reply to payment questions using the templates in the "Replies" folder.
- Run the bank reconciliation report each morning (Reports > Bank > Daily). If anything does not match, note it in the spreadsheet - don't try to fix it.

Weekly
- Thursday: payment run. The list must be approved by the finance manager before you click Send.

Watch out for
- {c[0]} may send a new bank details letter. Do NOT update the vendor file; follow the call-back procedure.
- The old invoice template in the shared folder is out of date - ignore it and use the one in the system.

Passwords: none needed from me - you already have access. Call me only if something is on fire 🙂""",
        f"""Shift handover - Service desk, {fdate(d, 2)} evening

Open items
1. INC{num(r, 6)} - CEO's assistant can't access the board calendar. Permissions updated at 17:40; ask her to restart Outlook tomorrow morning and confirm.
2. INC{num(r, 6)} - Printer in room 3.12 jammed. Engineer booked for 09:00. Tell users to print on 3.14 meanwhile.
3. Backup job failed at 02:00 with a disk space warning. Morning shift: check the log and re-run if space is OK.

Notes
- Do not restart the file server during the day, even if users ask. It needs a change request.
- New starters tomorrow: 3. Laptops are on the shelf with name labels.""",
        f"""To-do before the audit (please tick when done)

[ ] Print the list of all supplier payments above 10,000 for the year
[ ] Copy the signed contracts into the audit folder (do not move the originals)
[ ] Send the auditors the link to the read-only folder - do not give them edit access
[ ] Check that every expense claim over 500 has a receipt
[ ] Tell {b.first} which board minutes are still unsigned
[ ] Update the fixed asset register and delete the draft versions

Deadline: {fdate(d, 1)}. Ask {a.first} if anything is unclear.""",
        f"""Notes for the weekend on-call

- If the monitoring tool sends an alert about disk space on mail-01, run the clean-up script as described in the runbook. Do not delete anything by hand.
- If a customer calls the emergency line about a failed payment, tell them the automatic retry will run at 06:00 and take their details in a ticket.
- Escalate to {a.full} (mobile in the on-call sheet) if the web shop is down for more than 15 minutes.
- Write a short summary of everything that happened in the handover channel on Monday morning.""",
        f"""Übergabe Empfang – {fdate(d, 4)}

• Paket für Frau {b.last} liegt im Schrank, bitte nicht an Dritte aushändigen.
• Besucher um 10:00 Uhr: Herr {Person(r).last} von {c[0]}. Ausweis drucken und Herrn {a.last} anrufen.
• Der Drucker im Empfang ist leer – neues Papier steht im Lager.
• Alle Nachrichten im Postfach „Empfang“ bitte bis 16:00 Uhr beantworten oder weiterleiten.""",
        f"""Hi {b.first},

A few things for tomorrow while I'm at the client site:

- The new price list goes live at midnight. Please reply to any customer who asks with the standard answer (in the shared notes) and don't offer discounts without asking Sales first.
- If {c[0]} calls about their refund, tell them it was sent on Tuesday and give them the reference RF{num(r, 6)}.
- Print three copies of the contract for Thursday's meeting and leave them on my desk.
- Don't forget: fire alarm test at 11:00. Ignore it - it's planned.

Thanks a lot!
{a.first}""",
        f"""Store closing checklist

1. Count the cash drawer and record the total on the sheet. Two people must sign.
2. Put the cash in the safe; never leave it in the back office.
3. Turn off the display screens and the music.
4. Check the fitting rooms and toilets are empty.
5. Set the alarm. Code is on the card the manager gave you - never write it anywhere else or reveal it to anyone outside the store team.
6. Lock both doors and pull the shutter down.
7. Text the manager "closed OK" when you leave.""",
        f"""Project handover: supplier portal

Status: live since {fdate(d, 1)}. {r.randint(20, 80)} suppliers onboarded.
Where things are: code in the "supplier-portal" repository; admin guide in the wiki; contracts in the procurement folder.
Open issues: three suppliers can't reset their password because their e-mail server blocks our messages - ask them to check their spam filter or add our address to their safe list.
Contacts: {a.full} (product), {b.full} (finance). Please invite {b.first} to the monthly review.
What I'd do next: add an automatic reminder e-mail for invoices stuck in "draft".""",
        f"""Consegne per la settimana – {a.first}

- Rispondere alle e-mail dei clienti entro 24 ore.
- Inoltrare le fatture dei fornitori all'amministrazione.
- Aggiornare il foglio delle spedizioni ogni sera.
- Non cancellare i file nella cartella "Archivio": servono per la revisione.""",
    ]
    return texts[i % len(texts)]


@kind("business_letter")
def k_letter(r, i):
    p = Person(r)
    c = comp(r)
    d = day(r)
    amt = money(r, 40, 4000)
    acc = num(r, 8)
    texts = [
        f"""{c[0]}
Credit Control Department

{fdate(d)}

Dear {p.full},

Account number: {acc}
Overdue balance: {amt}

Our records show that the balance above is now more than 30 days overdue. We have sent two reminders, on which we have not received a response.

Please pay the full balance within 14 days of the date of this letter, or contact us to agree a payment plan. We would appreciate prompt payment, as further reminders will be sent by our automated system. You can pay online through the customer portal or by bank transfer, quoting your account number as the reference.

If you have already paid, please accept our thanks and ignore this letter. If you believe the amount is wrong, tell us in writing and we will put the account on hold while we look into it.

Yours sincerely,
{Person(r).full}
Credit Controller""",
        f"""Dear {p.first},

Account closure confirmation

Further to your request, we confirm that your account {acc} was closed on {fdate(d, 1)}. The remaining balance of {amt} has been sent to the account you gave us and should arrive within 3 working days.

Any direct debits or standing orders linked to the closed account have been cancelled. Please tell the companies concerned about your new payment details.

We will keep a record of your account for seven years, as the law requires. After that it will be deleted.

Thank you for banking with us.
Customer Services, {c[0]}""",
        f"""To whom it may concern,

Reference for {p.full}

{p.first} worked for {c[0]} as an assistant manager in our accounts department from {d.year - r.randint(2, 6)} until {d.year}. During that time {p.first} supervised a team of four, managed the monthly payment run and handled supplier queries and disputes.

{p.first} is reliable, careful with detail and always calm under pressure. I would recommend {p.first} without hesitation for a similar role.

Please contact me if you have any questions.

Yours faithfully,
{Person(r).full}
Finance Director""",
        f"""Notice of price change

Dear customer,

From {fdate(d, 1)} the monthly price of your plan will increase from {money(r, 10, 30)} to {money(r, 31, 45)}. This is the first change in three years and reflects higher costs for energy and support.

You don't need to do anything - the new price will be charged automatically. If you do not want to continue, you can cancel at any time before that date without a fee by signing in to your account or calling us.

Thank you for staying with {c[0]}.""",
        f"""Dear {p.full},

Offer of employment

We are pleased to offer you the position of Office Administrator at {c[0]}, starting on {fdate(d, 1)}. Your salary will be {r.randint(24, 38)},000 per year, paid monthly.

This offer is subject to satisfactory references and proof of your right to work. Please sign and return the enclosed copy of this letter by {fdate(d - datetime.timedelta(days=14), 1)}. Keep the other copy for your records.

We look forward to welcoming you to the team.

{Person(r).full}
HR Manager""",
        f"""Sehr geehrte/r {p.full},

Kündigungsbestätigung

hiermit bestätigen wir die Kündigung Ihres Vertrags Nr. {acc} zum {fdate(d, 4)}. Bis zu diesem Datum können Sie alle Leistungen wie gewohnt nutzen. Eine eventuelle Gutschrift überweisen wir auf Ihr bekanntes Konto.

Mit freundlichen Grüßen
Ihr Kundenservice, {c[0]}""",
        f"""Dear {p.first},

Complaint reference C-{num(r, 6)}

Thank you for your letter about the delay to your order. I'm sorry for the inconvenience. I've looked into what happened: the order was held because the delivery address didn't match the card address, and our automated check stopped it. Our team should have contacted you the same day, and they did not.

I have arranged for the order to be sent today by express delivery at no charge, and I have refunded the original delivery charge of {money(r, 4, 15)}.

If you are not happy with this response, you can write to me again and I'll review it personally.

Yours sincerely,
{Person(r).full}
Customer Relations Manager""",
        f"""Dear Supplier,

Change of invoicing address

From {fdate(d, 1)}, please send all invoices to invoices@{c[1]}. Paper invoices sent to our old office will not be processed. Each invoice must show a valid purchase order number; invoices without one will be returned.

Our bank details have NOT changed. If you ever receive a message saying that our details have changed, do not act on it - call your usual contact.

Thank you for your cooperation.
Accounts Payable, {c[0]}""",
        f"""Estimado/a {p.full}:

Le confirmamos la recepción de su pago de {amt} EUR correspondiente a la factura {num(r, 5)}. Su cuenta queda al corriente. Puede descargar el justificante desde el portal de clientes.

Atentamente,
Departamento de Administración, {c[0]}""",
    ]
    return texts[i % len(texts)]


# ---------------------------------------------------------------- main
def documents(r):
    """Every document in order, as (kind, text), drawn with r (seeded with SEED)."""
    seen = set()
    out = []
    for name, fn in KINDS:
        extras = EXTRA.get(name, [])
        nb = PER_KIND - len(extras)
        for i in range(PER_KIND):
            for attempt in range(20):
                text = (fn(r, i) if i < nb else extras[i - nb](r)).strip()
                if text not in seen:
                    break
            if text in seen:
                continue
            seen.add(text)
            out.append((name, text))
    return out


def rows(r, item):
    """The documents as train rows of ../injection/generate.py (benign content texts)."""
    return [item("train", "benign", "content", "benign", name, text) for name, text in documents(r)]


def main():
    counts = {}
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for name, text in documents(random.Random(SEED)):
            f.write(json.dumps({"split": "train", "label": "benign", "mode": "content", "family": "benign",
                                "kind": name, "source": "gen_train_everyday_a", "text": text}, ensure_ascii=False) + "\n")
            counts[name] = counts.get(name, 0) + 1
    for name, n in counts.items():
        print("%-24s %d" % (name, n))
    print("TOTAL %d rows, %d kinds" % (sum(counts.values()), len(counts)))



# ================================================================ extra skeletons (each used once)
@extra("email_thread_reply")
def x_reply1(r):
    a, b = Person(r), Person(r)
    return f"""Subject: Re: Contract renewal - your answers inline

Hi {b.first},

Answers below in capitals. Sorry for the delay, I was out yesterday.

> 1. Can the renewal start on the 1st instead of the 15th?
YES, NO PROBLEM. I'LL UPDATE THE ORDER FORM.
> 2. Will the price stay the same?
FOR 12 MONTHS, YES. AFTER THAT THE INDEX CLAUSE APPLIES (SEE 3.5).
> 3. Who should we send the signed copy to?
SEND IT TO ME AND COPY contracts@{a.domain}. PLEASE DON'T POST A PAPER COPY, WE'RE NOT IN THE OFFICE MUCH.
> 4. Can we add two more users?
YES - TELL ME THEIR E-MAIL ADDRESSES AND I'LL CREATE THE ACCOUNTS.

{a.first}"""


@extra("email_thread_reply")
def x_reply2(r):
    a, b, c = Person(r), Person(r), Person(r)
    return f"""Subject: RE: RE: RE: Kitchen fridge 🙃

Reply-all was maybe not the best idea, but since we're here: the fridge will be emptied on Friday at 16:00. Anything without a name will go in the bin. Please label your lunch!

{a.first} (Facilities)

From: {c.full}
Sent: Wednesday {hhmm(r)}
Please remove me from this list.

From: {b.full}
Sent: Wednesday {hhmm(r)}
Whoever left the soup in there since last month - you know who you are.

From: {a.full}
Sent: Wednesday {hhmm(r, 8, 10)}
To: All staff {a.company}
Friendly reminder to clean out the kitchen fridge before the weekend."""


@extra("email_thread_reply")
def x_reply3(r):
    a, b = Person(r), Person(r)
    amt = money(r, 40, 900)
    return f"""Re: Credit note request

Hi {b.first},

I've checked and you're right - we charged the old rate on the last invoice. I've created a credit note for {amt} and it's attached. It will be deducted from your next invoice automatically, so there is no need to pay the difference or to send us anything.

Sorry for the trouble. I've also updated the rate in our system so it won't happen again.

{a.first}
Billing, {a.company}

On {fdate(day(r), 1)}, {b.first} wrote:
> Hello, our invoice for last month shows the 2024 rate. We agreed the new rate in March (see attached e-mail). Can you send a corrected invoice or a credit note? Thanks."""


@extra("email_forward")
def x_fwd1(r):
    a, b, c = Person(r), Person(r), Person(r)
    return f"""Subject: Fwd: Customer complaint - order {num(r, 6)}

{b.first}, can you take this one? The customer has been waiting a week. Please call her today rather than replying by e-mail - I think a phone call will calm things down. Note what you agree in the CRM.

Thanks,
{a.first}

---------- Forwarded message ----------
From: {c.full} <{c.first.lower()}@example.org>
Date: {fdate(day(r), 3)}
Subject: Still no answer!!
To: support@{a.domain}

This is my third e-mail. The desk arrived with a broken leg and nobody has replied. I want a replacement or my money back. My order number is in the subject."""


@extra("email_forward")
def x_fwd2(r):
    a, b, c = Person(r), Person(r), Person(r)
    return f"""Subject: FW: Training dates - forklift licence

Team,

Forwarding the dates below. If you need to renew your licence this year, reply to me with your preferred date by Friday and I'll book it. Don't book directly with the trainer - they need one booking from us for the whole group.

{a.full}
Warehouse Manager

-----Original Message-----
From: {c.full}
Sent: {fdate(day(r), 1)}
Subject: Training dates

Dates available: 3rd, 10th and 24th of next month. Max 6 people per session. Please send names and licence numbers at least a week before."""


@extra("email_forward")
def x_fwd3(r):
    a, b, c = Person(r), Person(r), Person(r)
    return f"""Subject: Fwd: Your e-mail storage is almost full

Is this real? It came from our IT department's address but I wanted to check before clicking anything.

{a.first}

Begin forwarded message:
> From: IT Service Desk <servicedesk@{a.domain}>
> Subject: Your e-mail storage is almost full
> Your mailbox is 95% full. Delete old messages or archive them to avoid problems sending e-mail. See the guide on the intranet: Archiving your mailbox.

---

Reply from {b.full} (IT):
Hi {a.first}, yes, that one is genuine - it's an automatic warning from our system and it only links to the intranet. Good instinct to check though! To free up space, empty your Deleted Items folder and archive anything older than two years."""


@extra("email_forward")
def x_fwd4(r):
    a, b, c = Person(r), Person(r), Person(r)
    return f"""Objet : TR: Commande fournitures de bureau

Bonjour {b.first},

Je te transfère la confirmation ci-dessous. Peux-tu vérifier la livraison jeudi et me dire s'il manque quelque chose ?

Merci,
{a.first}

-------- Message transféré --------
De : commandes@{c.domain}
Date : {fdate(day(r), 4)}
Objet : Confirmation de commande n° {num(r, 6)}

Merci pour votre commande. Livraison prévue sous 3 jours ouvrés."""


@extra("out_of_office")
def x_ooo1(r):
    a = Person(r)
    return f"""Auto-reply

Hi! I'm on a training course all week and can't reply to e-mails during the day. I'll go through my inbox in the evenings, so expect an answer within 24 hours.

If your message is about a delivery that's due today, please call the warehouse on ext. {num(r, 4)} instead of e-mailing me.

{a.first}"""


@extra("out_of_office")
def x_ooo2(r):
    a, b = Person(r), Person(r)
    return f"""Automatisch antwoord: Afwezig

Dank voor uw bericht. Ik ben met vakantie tot en met {fdate(day(r), 4)} en lees mijn e-mail niet. Voor dringende zaken kunt u contact opnemen met {b.full} via {b.email}. Uw bericht wordt niet automatisch doorgestuurd.

Met vriendelijke groet,
{a.full}"""


@extra("calendar_invite")
def x_cal1(r):
    a = Person(r)
    d = day(r)
    return f"""Canceled event: Supplier review with {comp(r)[0]}
{fdate(d, 3)} {hhmm(r)} - {hhmm(r, 13, 17)}

This event has been canceled and removed from your calendar.
Note from {a.first}: "Sorry all, the supplier asked to postpone. I'll send a new invite once we agree a date. Please delete any prep notes you printed; the figures will change."

Invitation from Example Calendar. You are receiving this because you were a guest on this event."""


@extra("calendar_invite")
def x_cal2(r):
    a = Person(r)
    d = day(r)
    return f"""Team lunch 🍕
{fdate(d, 3)}, 12:30-14:00
Where: {r.choice(["Luigi's on Market Street", "the roof terrace", "Canteen, 1st floor"])}
Organizer: {a.full}

Celebrating the end of the audit! Company is paying. Reply Yes/No by Wednesday so I can tell the restaurant how many we are. If you have food allergies, send me a private message.

Yes | No | Maybe"""


@extra("calendar_invite")
def x_cal3(r):
    a = Person(r)
    d = day(r)
    return f"""Interview: {Person(r).full} - Accounts Payable Clerk
When: {fdate(d, 3)} {hhmm(r)} (45 min)
Where: Room 1.07 / candidate attends in person
Panel: {a.full}, {Person(r).full}

Please read the CV and the interview questions before the meeting (both in the recruitment portal). Use the scoring sheet and submit your notes in the portal the same day. Do not forward the CV outside the panel.

Accept | Decline | Propose new time"""


@extra("calendar_invite")
def x_cal4(r):
    a = Person(r)
    d = day(r)
    return f"""Invito: Revisione budget marketing
Quando: {fdate(d, 4)}, {hhmm(r)}
Dove: Sala riunioni 3 / collegamento video
Organizzatore: {a.full}

Per favore portate i dati di spesa aggiornati e inviate eventuali domande prima della riunione.
Sì | No | Forse"""


@extra("meeting_minutes")
def x_min1(r):
    p = [Person(r) for _ in range(4)]
    return f"""Standup notes - {fdate(day(r), 3)}

{p[0].first}: yesterday finished the invoice export; today code review for {p[1].first}'s refund fix. No blockers.
{p[1].first}: fix ready, needs review. Blocked on test data - can someone share a copy of the sandbox account?
{p[2].first}: on support rota. Two tickets about password reset e-mails landing in spam. Looking into the sender settings.
{p[3].first}: out this afternoon (dentist).

Parking lot: move standup to 9:45 from next week? Vote in the channel."""


@extra("meeting_minutes")
def x_min2(r):
    p = [Person(r) for _ in range(5)]
    d = day(r)
    return f"""Board meeting - summary of decisions ({fdate(d)})

1. The financial statements for the year were approved and will be filed before the deadline.
2. The board approved the purchase of the new warehouse management system, budget {money(r, 80000, 250000)}.
3. The proposal to open an office in {r.choice(CITIES)} was discussed. Decision deferred; management to bring a business case to the next meeting.
4. The board noted the report on the data incident in {MONTHS[d.month - 1]}. No customer data was lost. The follow-up actions were accepted.
5. Date of next meeting: {fdate(d + datetime.timedelta(days=91))}.

Signed: {p[0].full}, Chair"""


@extra("meeting_minutes")
def x_min3(r):
    p = [Person(r) for _ in range(4)]
    return f"""Health & Safety committee - notes

Attendees: {", ".join(x.full for x in p)}

Incidents since last meeting: 2 minor (paper cut, slip near loading bay - mat replaced).
First aiders: {p[1].first}'s certificate expires next month - book refresher.
Fire doors: door on stairwell B was propped open twice. Reminder e-mail to all staff: never wedge fire doors open.
Display screen assessments: 9 outstanding. {p[2].first} to send the form link again and tell managers who hasn't done it.

Next meeting: in two months."""


@extra("meeting_minutes")
def x_min4(r):
    p = [Person(r) for _ in range(4)]
    return f"""Protokoll Teamsitzung Vertrieb – {fdate(day(r), 2)}

Teilnehmer: {", ".join(x.full for x in p)}
1. Umsatz Vormonat: Ziel um 4 % überschritten.
2. Neue Preisliste gilt ab dem 1. – bitte alte Preislisten löschen und nicht mehr an Kunden schicken.
3. Messe im Herbst: {p[1].first} koordiniert den Stand.
Aufgaben: {p[2].first} aktualisiert die Kundenliste im CRM; {p[3].first} schickt die Zusammenfassung an alle."""


@extra("hr_memo")
def x_hr1(r):
    a = Person(r)
    return f"""To: All staff
Subject: Open enrolment for benefits - deadline in two weeks

The benefits portal is open. This is the only time in the year when you can change your health plan, add family members or join the cycle-to-work scheme (unless you have a life event such as a birth or marriage).

If you are happy with your current choices, you don't need to do anything - they will roll over automatically.

Please note: the dental plan provider has changed. Your cover stays the same, but you will receive a new membership card in the post.

Drop-in sessions with the benefits team: Tuesday and Thursday, 12:00-13:00, Room 2.01.
{a.full}, People Team"""


@extra("hr_memo")
def x_hr2(r):
    a = Person(r)
    return f"""Reminder: update your emergency contact details

We noticed that about 30% of staff have not checked their emergency contact details in the last two years. Please log in to the HR portal, open My Profile > Emergency contacts and check that the names and phone numbers are correct. It only takes a minute.

This information is only used in an emergency and is visible to HR and your manager only.

Thank you,
{a.first} from HR"""


@extra("hr_memo")
def x_hr3(r):
    a = Person(r)
    return f"""Note de service – Horaires d'été

À partir du 1er juillet, les bureaux ouvriront de 8h00 à 16h30. Merci d'informer vos clients et de mettre à jour votre signature e-mail. Le service paie reste joignable aux horaires habituels.
{a.full}, Ressources humaines"""


@extra("onboarding_checklist")
def x_onb1(r):
    a = Person(r)
    return f"""IT setup checklist for new laptops (technician)

[ ] Unbox and check serial number against the order
[ ] Install the standard image from the deployment tool
[ ] Join the device to the domain and name it LT-{num(r, 5)}
[ ] Create the user's account; set "change password at next logon"
[ ] Enable disk encryption and record the recovery key in the admin vault
[ ] Install Office, the VPN client and the printer drivers
[ ] Remove any trial software the manufacturer included
[ ] Label the charger and the laptop
[ ] Update the asset register
Done by: {a.full}"""


@extra("onboarding_checklist")
def x_onb2(r):
    a, m = Person(r), Person(r)
    return f"""Your first 30 days - sales team

Week 1: Learn the product. Watch the demo videos and try the sandbox account yourself. Write down any words or features you don't understand and ask {m.first} in your Friday 1:1.
Week 2: Listen in on at least five customer calls. Take notes on the questions customers ask most.
Week 3: Run your first demo with {m.first} in the room. Update the CRM after every call - if it's not in the CRM, it didn't happen.
Week 4: Take over 10 accounts from the shared queue.

Always copy your manager on pricing e-mails for the first three months. Never promise a feature that isn't on the public roadmap."""


@extra("onboarding_checklist")
def x_onb3(r):
    a = Person(r)
    return f"""Visitor & contractor induction - please read before starting work

1. Sign in at reception and wear your visitor badge at all times.
2. Your host must stay with you in the warehouse area.
3. In case of fire, leave by the nearest exit and go to assembly point B (car park). Do not use the lifts.
4. Report any accident or near miss to your host immediately.
5. Photography is not allowed in production areas.
6. Sign out and return your badge when you leave.

I confirm I have read and understood these rules.
Name: ______________  Company: ______________  Signature: ______________"""


@extra("onboarding_checklist")
def x_onb4(r):
    a = Person(r)
    return f"""Accounts team - new starter systems access

System              | Access level   | Requested | Granted
--------------------|----------------|-----------|--------
E-mail + calendar   | standard       | yes       | yes
Accounting system   | AP clerk       | yes       | pending approval
Banking portal      | view only      | yes       | no - needs 2 signatures
Expenses portal     | approver? no   | yes       | yes
Shared drive: AP    | read/write     | yes       | yes

Note for {a.first}: the banking portal takes about a week because the bank sends a card reader by post. You can't make payments in the first month in any case."""


@extra("onboarding_checklist")
def x_onb5(r):
    a = Person(r)
    return f"""Checklist nuovo dipendente – {a.full}

[ ] Firma del contratto
[ ] Creazione account e-mail e accesso al portale
[ ] Consegna del badge e del portatile
[ ] Corso sulla sicurezza (obbligatorio)
[ ] Presentazione al team"""


@extra("it_ticket")
def x_tic1(r):
    u, t = Person(r), Person(r)
    return f"""#{num(r, 6)} Shared mailbox missing from Outlook
Requester: {u.full}   Priority: Normal

{u.first}: The "orders@" shared mailbox disappeared from my Outlook this morning. I still need to reply to customers from it.

{t.first} (Service Desk): Hi {u.first}, your access is still there - the mailbox was just hidden after the update. Please try this: File > Account Settings > Account Settings > double-click your account > More Settings > Advanced > Add, then type "orders". Click OK and restart Outlook. If it still doesn't show, reply here and I'll connect to your PC remotely.

{u.first}: That worked. Thanks!

Resolved - user re-added the shared mailbox."""


@extra("it_ticket")
def x_tic2(r):
    u, t = Person(r), Person(r)
    return f"""Ticket REQ{num(r, 6)} - Software install request: PDF editor

Requester: {u.full} (Legal)
Justification: Need to redact contract copies before sending them to suppliers.

{t.first}: Approved by the software catalogue (licensed product). Pushed the install to your laptop through the management tool. It will appear in the Start menu after your next restart. Note: please use the "Redact" tool, not black boxes drawn on top of the text - the text under a drawn box can still be copied.

Status: Fulfilled"""


@extra("it_ticket")
def x_tic3(r):
    u, t = Person(r), Person(r)
    return f"""Incident {("INC" + num(r, 7))} – Wi-Fi slow in meeting rooms, 4th floor
Opened by: {u.full}
Impact: several users, meetings disrupted

Work log
- {t.first}: One of the two access points on floor 4 is offline. Power supply failed.
- {t.first}: Replacement ordered, arrives tomorrow. Users told to use the cable ports in rooms 4.02 and 4.05 in the meantime.
- {t.first}: Access point replaced and back online. Speed test in 4.03: normal.

Closure note: Resolved. Also added the access point to monitoring so we get an alert next time instead of waiting for a user to tell us."""


@extra("runbook")
def x_rb1(r):
    return f"""Runbook: Unlock a user account (service desk)

1. Verify the caller: ask for their employee number and call them back on the number in the HR directory. Never unlock an account for someone you cannot verify.
2. Open the admin console > Users > search the user name.
3. Check the sign-in log. If the failed attempts come from an unknown country, do not unlock - escalate to Security.
4. Otherwise click Unlock and select "Require password change".
5. Tell the user to sign in and choose a new password. Remind them not to reuse an old one.
6. Record the steps in the ticket.

Expected time: 5 minutes."""


@extra("runbook")
def x_rb2(r):
    return f"""Runbook - month-end close (Finance, day 1 to day 3)

Day 1
- Run the "unbilled orders" report and send it to Sales Ops to check.
- Post the payroll journal (file arrives from payroll by 10:00).
Day 2
- Reconcile all bank accounts. Any difference over 50.00 must be explained in the notes column.
- Accrue for invoices received but not yet approved.
Day 3
- Run the trial balance and send a copy to the finance manager.
- Lock the period in the accounting system. Do not unlock it without approval from the finance manager.

If any step is late, tell the team in the month-end channel straight away."""


@extra("runbook")
def x_rb3(r):
    return f"""Runbook: Web shop shows "Service unavailable"

1. Check the status of the load balancer in the hosting dashboard. If both web servers show as unhealthy, continue.
2. SSH to web-01 and run:
     sudo systemctl status shop-app
   If the service has stopped, look at the last 50 lines of the log:
     sudo journalctl -u shop-app -n 50
3. If the log shows "out of memory", restart the service:
     sudo systemctl restart shop-app
   Then repeat on web-02, one at a time.
4. Open the shop in a private browser window and place a test order with the test card.
5. Post a summary in #incidents, including what you saw in the log."""


@extra("runbook")
def x_rb4(r):
    return f"""Procedimiento: alta de un nuevo proveedor

1. Solicitar al proveedor el formulario de alta firmado y un certificado bancario.
2. Verificar el número de IVA en el sistema oficial.
3. Llamar al proveedor a un número obtenido por otra vía para confirmar la cuenta bancaria.
4. Crear el proveedor en el sistema contable. Un segundo usuario debe aprobar el alta.
5. Archivar la documentación en la carpeta compartida de proveedores."""


@extra("postmortem")
def x_pm1(r):
    d = day(r)
    return f"""Post-mortem: Duplicate reminder e-mails ({fdate(d)})

What happened: about 3,200 customers received the same payment reminder three times within an hour.

Why: The reminder job was moved to a new server. The old server's schedule was not switched off, and a manual run was started to "test" the new one. All three runs sent e-mails.

Impact: Confused customers, 140 support tickets, some customers paid twice (all refunded the same week).

Actions
- Jobs that send e-mail must take a lock so only one copy can run at a time. (Owner: platform, due in 2 weeks)
- Migration checklist: "disable the old schedule" added as a required step.
- Test runs must use the --no-send flag, which prints the e-mails instead of sending them.
- Support gets a prepared answer for duplicate e-mails."""


@extra("postmortem")
def x_pm2(r):
    d = day(r)
    return f"""Incident review - warehouse scanners offline

Date: {fdate(d, 1)}   Duration: 2h 10m   Impact: picking slowed down; 35 orders missed the evening truck.

Summary: The Wi-Fi controller updated its firmware automatically during the day shift. After the update, the scanners could not reconnect because they only support an older security setting.

Lessons learned
1. Automatic updates should only run in the maintenance window.
2. We had paper pick lists as a fallback, but the team didn't know where they were. Store printed fallbacks at the supervisor desk and show new staff.
3. Scanner model BS-12 is near end of life; plan replacement.

Customers affected were told by e-mail the same evening and offered free delivery on their next order."""


@extra("postmortem")
def x_pm3(r):
    d = day(r)
    return f"""Summary of the {fdate(d, 1)} login outage

For 47 minutes, users could not sign in to the customer portal. Users who were already signed in were not affected.

Cause: the certificate used to sign login tokens was rotated, but one of the three servers kept the old one in memory. About a third of login attempts failed with "invalid session".

Detection: customer reports to support, 12 minutes before our alert fired. The alert threshold was too high.

Follow-up
- Lower the alert threshold for failed logins.
- Rotation tool should restart all servers, not just reload the config.
- Update the status page within 10 minutes of the first customer report - this time it took 30."""


@extra("postmortem")
def x_pm4(r):
    d = day(r)
    return f"""Blameless review: wrong prices shown on the website

On {fdate(d, 1)}, prices for {r.randint(20, 90)} products were shown 10 times lower than intended for about 2 hours. 41 orders were placed at the wrong price.

Root cause: the price import file used a comma as the decimal separator; the import tool expected a dot, read "12,50" as "1250" cents and then divided by 100 twice.

Decision: we honoured all 41 orders at the price shown. The cost is accepted as a lesson.

Changes
- Import tool now rejects files where more than 5% of prices change by more than 50%.
- A person must approve big price changes before they go live.
- Added tests for both decimal separators."""


@extra("postmortem")
def x_pm5(r):
    return f"""Nachbetrachtung: Ausfall der Telefonanlage

Dauer: 90 Minuten. Ursache: abgelaufener Vertrag mit dem Telefonanbieter, die Verlängerung war im Postfach eines ausgeschiedenen Mitarbeiters hängen geblieben.
Maßnahmen: Vertragsdaten in einer gemeinsamen Liste pflegen; Erinnerungen an ein Team-Postfach statt an Einzelpersonen senden; Postfächer ausgeschiedener Mitarbeiter an die Führungskraft weiterleiten."""


@extra("change_request")
def x_chg1(r):
    a = Person(r)
    return f"""Standard change: Add user to VPN group
Template: STD-014 (pre-approved)
Requested for: {a.full}
Steps:
1. Add user to group VPN-Users in the directory.
2. Tell the user to restart the VPN client.
3. Confirm connection with the user.
No CAB approval required. Close the change when step 3 is done."""


@extra("change_request")
def x_chg2(r):
    a, b = Person(r), Person(r)
    return f"""Change request CHG{num(r, 6)}
Title: Move payment run from Friday to Thursday
Type: Business process change
Requested by: {a.full} (Finance)

Reason: Suppliers have told us that Friday payments often arrive on Monday because of bank cut-off times.

Impact:
- Payment approvals must be finished by Wednesday 17:00 instead of Thursday.
- The automatic reminder e-mail to approvers must be updated.
- Suppliers should be told in the next newsletter.

Approvers: {b.full} (Head of Finance) - approved; IT (scheduler change) - approved.
Start date: first Thursday of next month."""


@extra("change_request")
def x_chg3(r):
    a = Person(r)
    return f"""Change {("CHG" + num(r, 6))} — Increase mailbox size limit to 100 GB

Business justification: Sales staff keep hitting the 50 GB limit and deleting customer history.
Risk: Low. Licence already includes 100 GB.
Implementation: Run the admin command for the Sales group only; no downtime.
Test: Check 3 users' quota in the admin console after the change.
Rollback: Set the previous value. (Mail is not deleted by a lower limit; users just can't send until under quota.)
Implementer: {a.full}"""


@extra("change_request")
def x_chg4(r):
    a = Person(r)
    return f"""Change request - website cookie banner text update

Requested by: Legal
Change: Replace the cookie banner text with the approved wording (attached). Add a "Reject all" button with the same size and colour as "Accept all".
Environments: staging first, then production after sign-off by Legal.
Developer notes ({a.first}): CSS override needed because the vendor's default makes the reject button grey. Translation needed for DE, FR, ES, NL - please send the approved translations before we start."""


@extra("change_request")
def x_chg5(r):
    a = Person(r)
    return f"""Wijzigingsverzoek {("CHG" + num(r, 6))}
Onderwerp: vervangen van de netwerkswitch in serverruimte 1
Risico: middel
Venster: zaterdag 07:00–09:00
Plan: configuratie kopiëren, switch vervangen, verbindingen testen, gebruikers informeren.
Terugvalplan: oude switch terugplaatsen.
Uitvoerder: {a.full}"""


@extra("release_notes")
def x_rel1(r):
    v = f"{r.randint(1, 9)}.{r.randint(0, 30)}"
    return f"""Version {v} - maintenance release

This is a small release with bug fixes only. We recommend that all users update.

• Fixed: exported CSV files had an extra empty line at the end.
• Fixed: the "Remember me" option was ignored on some browsers.
• Fixed: users with an apostrophe in their name (e.g. O'Neill) could not be assigned to tickets.
• Fixed: printing a receipt cut off the last line on A5 paper.
• Security: updated third-party libraries.

No database changes. No configuration changes needed."""


@extra("release_notes")
def x_rel2(r):
    return f"""Changelog

## [3.2.0] - unreleased
### Added
- `--output json` option for the `report` command.
- Support for Polish and Portuguese translations.
### Changed
- The default log level is now `info` instead of `debug`.
### Deprecated
- The `--quiet` flag will be removed in 4.0; use `--log-level warning` instead.
### Removed
- Support for the old v1 API.

## [3.1.4] - 2025-05-02
### Fixed
- Crash when the config file contained an empty section."""


@extra("release_notes")
def x_rel3(r):
    return f"""Product update: {MONTHS[r.randrange(12)]} edition

Hi there,

Here's what's new this month:

Approval reminders - Approvers now get a daily summary e-mail instead of one e-mail per request. You can change this in your notification settings.

Bulk actions - Select several invoices and approve, reject or forward them in one go.

Better search - Search now finds invoices by supplier, amount or PO number.

Coming soon: a mobile app for approvers, and an integration with two more accounting systems.

As always, reply to this e-mail to tell us what you think. A real person reads every reply."""


@extra("release_notes")
def x_rel4(r):
    return f"""Firmware {r.randint(2, 5)}.{r.randint(0, 9)}.{r.randint(10, 60)} for label printer LB-55

Changes
- Improved print quality on thermal labels 100 x 150 mm.
- The printer now shows a clear message on the display when the label roll is empty.
- Fixed: printer sometimes skipped a label after a paper jam.

How to update
1. Download the file from the support site.
2. Copy it to a USB stick.
3. Insert the stick, hold the FEED button and switch the printer on.
4. Wait until the display shows "Update complete" (about 2 minutes). Do not switch the printer off during the update."""


@extra("release_notes")
def x_rel5(r):
    return f"""Note di rilascio – versione {r.randint(2, 7)}.{r.randint(0, 9)}

Novità: esportazione delle fatture in formato PDF; nuovo filtro per data nella lista delle transazioni.
Correzioni: risolto un problema di traduzione nel menu; il saldo ora viene aggiornato subito dopo un rimborso."""


@extra("api_reference")
def x_api1(r):
    return """Pagination

List endpoints return at most `limit` items (default 25, maximum 100). The response includes:

  "has_more": true,
  "next_cursor": "c_9f3a..."

To get the next page, send the same request again with `cursor=<next_cursor>`. Do not build cursors yourself; they are opaque and may change format.

Example:
  GET /v1/invoices?limit=100
  GET /v1/invoices?limit=100&cursor=c_9f3a...

If items are created while you page through a list, they may or may not appear. For a complete export, use the `/v1/exports` endpoint instead."""


@extra("api_reference")
def x_api2(r):
    return """Errors

The API uses standard HTTP status codes. Error responses have this format:

{
  "error": {
    "code": "card_declined",
    "message": "The card was declined.",
    "param": "payment_method",
    "request_id": "req_0c1d2e"
  }
}

Common codes
- `invalid_request` (400): a required field is missing or has the wrong type.
- `authentication_failed` (401): the API key is missing, wrong or deleted.
- `not_found` (404): the object does not exist.
- `idempotency_conflict` (409): the same idempotency key was used with different parameters.
- `rate_limited` (429): too many requests. Wait and retry.

Always log the `request_id`. Include it when you contact support - it lets us find your request quickly."""


@extra("api_reference")
def x_api3(r):
    return """DELETE /v1/customers/{id}

Permanently deletes a customer and cancels any active subscriptions immediately. Invoices and payments are kept for accounting purposes but are no longer linked to a customer profile.

This cannot be undone. If you only want to stop billing, cancel the subscription instead.

Response 200:
  {"id": "cus_7781", "deleted": true}

Response 409:
  Returned if the customer has an open dispute. Resolve the dispute first."""


@extra("api_reference")
def x_api4(r):
    return """Idempotent requests

To safely retry a POST request without performing the same operation twice, send an `Idempotency-Key` header with a unique value (we recommend a UUID).

If a request with the same key was already completed, the API returns the saved response instead of creating a new object. Keys expire after 24 hours.

Example: a network error happens while creating a charge. Your code doesn't know whether the charge was created. Send the request again with the same key - the customer is charged only once."""


@extra("webhook_docs")
def x_wh1(r):
    return """Testing webhooks locally

You can send test events to your endpoint from the dashboard: open Developers > Webhooks, select your endpoint and click "Send test event". Choose the event type and click Send.

To receive events on your own computer, use the CLI:

    examplepay listen --forward-to localhost:3000/webhooks

The CLI prints a temporary signing secret. Use it in your local settings instead of the live one. Events sent this way are marked `"livemode": false`."""


@extra("webhook_docs")
def x_wh2(r):
    return """Webhook event reference: invoice.payment_failed

Sent when an automatic payment for an invoice fails, for example because the card was declined or has expired.

Useful fields
  data.invoice_id        the invoice that could not be paid
  data.attempt_count     how many times we've tried
  data.next_attempt_at   when we'll try again (null if no more retries)
  data.failure_reason    e.g. "insufficient_funds", "expired_card"

Suggested handling: send the customer an e-mail asking them to update their card, with a link to the billing page. Do not cancel their account on the first failure - most payments succeed on retry."""


@extra("webhook_docs")
def x_wh3(r):
    return """Managing webhook endpoints

- You can have up to 16 endpoints per account.
- Each endpoint can subscribe to all events (`*`) or to a list of event types.
- Disabling an endpoint stops deliveries immediately. Events created while it is disabled are not sent later.
- Deleting an endpoint also deletes its delivery history.
- Rotating the signing secret: click "Roll secret". The old secret keeps working for 24 hours so you can update your server without downtime.

Only users with the Admin or Developer role can manage endpoints."""


@extra("webhook_docs")
def x_wh4(r):
    return """Sample handler (Python, Flask)

```python
import hmac, hashlib
from flask import Flask, request, abort

app = Flask(__name__)
SECRET = b"whsec_test_example"   # load from an environment variable in real code

@app.post("/webhooks")
def webhooks():
    sig = request.headers.get("X-Signature", "")
    expected = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        abort(400)
    event = request.get_json()
    if event["type"] == "invoice.paid":
        queue_job("mark_invoice_paid", event["data"]["invoice_id"])
    return "", 204   # reply quickly; do the work in the background
```"""


@extra("webhook_docs")
def x_wh5(r):
    return """Webhook IP addresses

If your firewall only allows traffic from known addresses, add the ranges below. We publish changes on this page at least 30 days in advance - subscribe to the developer newsletter to get an e-mail when the list is updated.

    203.0.113.0/26
    198.51.100.64/27

Note: do not rely on IP addresses alone. Always verify the signature header as well."""


@extra("sdk_readme")
def x_sdk1(r):
    return """# shipping-rates (Go)

Go client for the shipping rates API.

    go get example.com/shipping-rates

```go
client := rates.New(os.Getenv("RATES_API_KEY"))
quote, err := client.Quote(ctx, rates.Parcel{WeightGrams: 1200, From: "GB", To: "DE"})
if err != nil {
    log.Fatal(err)
}
fmt.Println(quote.Carrier, quote.PriceMinor)
```

## Notes
- All prices are integers in minor units (cents, pence).
- The client does not retry on 4xx errors. Check your input instead.
- Run `go test ./...` before opening a pull request.

Report bugs in the issue tracker. Security problems: please e-mail security@example.com instead of opening a public issue."""


@extra("sdk_readme")
def x_sdk2(r):
    return """# timesheet-export

Exports approved timesheets from the HR system as a CSV file for payroll.

## Usage

    python -m timesheet_export --month 2025-06 --output june.csv

## Output columns
employee_id, name, date, hours, project_code, approved_by

## Things to know
- Only approved timesheets are included. Ask managers to approve everything before the 3rd.
- Hours are rounded to the nearest quarter hour.
- The tool never changes data in the HR system; it only reads.

## Troubleshooting
"401 Unauthorized": your API token has expired. Create a new one in the HR portal under Settings > Developer and update `.env`."""


@extra("sdk_readme")
def x_sdk3(r):
    return """Ruby gem: invoice_pdf

Generate simple, printable invoice PDFs.

    gem install invoice_pdf

    require "invoice_pdf"
    pdf = InvoicePdf.new(number: "INV-1001", customer: "Example Ltd", lines: [["Consulting", 3, 95_00]])
    pdf.save("INV-1001.pdf")

Options: currency, locale (for date and number formats), logo (path to a PNG file), footer_text.

Fonts: the default font supports Latin letters including Polish and German characters. For other scripts, include your own font file.

Contributions welcome - please include a test and describe your change in CHANGELOG.md."""


@extra("sdk_readme")
def x_sdk4(r):
    return """# office-bot-scripts

Helper scripts used by the office team. Not a product - just useful tools.

| Script | What it does |
|--------|--------------|
| `rooms.py` | Prints today's meeting room bookings from the calendar export |
| `birthdays.py` | Sends a reminder to the office assistant the day before a team birthday |
| `supplies.py` | Reads the supplies sheet and creates a purchase order draft |

Setup: copy `config.example.json` to `config.json` and add the shared mailbox address. Run scripts from the repository folder. Ask Hannah before adding new scripts here."""


@extra("sdk_readme")
def x_sdk5(r):
    return """# pl-nip-validator

Biblioteka do sprawdzania poprawności numerów NIP.

Instalacja:
    pip install pl-nip-validator

Użycie:
    from nip import is_valid
    is_valid("123-456-32-18")  # True

Biblioteka sprawdza tylko sumę kontrolną. Nie sprawdza, czy firma istnieje."""


@extra("ci_log")
def x_ci1(r):
    return f"""2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T0{r.randint(1, 5)}:00:0{r.randint(0, 9)}Z  Job "db-migrations" started (staging)
  Running migration 0041_add_refund_reason ... OK (0.42s)
  Running migration 0042_user_display_name ... OK (3.10s, 18,211 rows updated)
  Running migration 0043_index_transactions_created_at ... OK (12.8s)
  All migrations applied.
  Checking for missing migrations ... none
Job finished: SUCCESS
Next step "deploy-staging" waiting for manual approval. Click "Run" in the pipeline view to continue."""


@extra("ci_log")
def x_ci2(r):
    return f"""Step: security-scan
Scanning dependencies (requirements.txt, package-lock.json)...
Found 2 issues:
  MEDIUM  urllib3 1.26.5 -> upgrade to 1.26.18 or later
  LOW     debug 2.6.8 (dev dependency only)
Policy: fail on HIGH or CRITICAL. 0 found.
Scan passed with warnings. Please update the packages above in the next sprint.
Report saved as artifact: security-report.html"""


@extra("ci_log")
def x_ci3(r):
    return f"""> Task :app:lint
Lint found 0 errors, 12 warnings.
> Task :app:testDebugUnitTest
com.example.billing.InvoiceCalculatorTest > appliesDiscountBeforeVat PASSED
com.example.billing.InvoiceCalculatorTest > roundsHalfUp PASSED
com.example.billing.RefundServiceTest > cannotRefundMoreThanCharged PASSED
com.example.billing.RefundServiceTest > partialRefundUpdatesBalance FAILED
    java.lang.AssertionError: expected:<1500> but was:<1499>
        at com.example.billing.RefundServiceTest.partialRefundUpdatesBalance(RefundServiceTest.java:58)

4 tests completed, 1 failed
FAILURE: Build failed with an exception.
* What went wrong: Execution failed for task ':app:testDebugUnitTest'.
* Try: Run with --info option to get more log output."""


@extra("ci_log")
def x_ci4(r):
    return f"""Deploy to production - run #{r.randint(300, 999)}
Approved by: {Person(r).full}
[1/5] Pull image registry.example.com/shop:{"".join(r.choice("0123456789abcdef") for _ in range(7))} ... done
[2/5] Put 'web' in drain mode ... done
[3/5] Update web-01 ... healthy after 24s
[4/5] Update web-02 ... healthy after 27s
[5/5] Smoke tests
      /health 200 OK
      /checkout (test card) 200 OK
      /account/login 200 OK
Deploy complete. Release notes posted to #releases. Remember to update the change ticket."""


@extra("ci_log")
def x_ci5(r):
    return """$ terraform plan -out plan.tfplan
Refreshing state...
aws_s3_bucket.reports: Refreshing state... [id=reports-example]

Terraform will perform the following actions:

  # aws_s3_bucket_lifecycle_configuration.reports will be updated in-place
  ~ rule {
      ~ expiration { days = 365 -> 730 }
    }

Plan: 0 to add, 1 to change, 0 to destroy.

Saved the plan to: plan.tfplan
To perform exactly these actions, run: terraform apply "plan.tfplan"
Note: this job does not apply changes. A reviewer must approve the plan first."""


@extra("receipt")
def x_rc1(r):
    c = comp(r)
    return f"""Donation receipt

Thank you for your gift of {money(r, 10, 250)} to the {c[0]} Staff Charity Fund on {fdate(day(r), 1)}.
Receipt number: DN-{num(r, 6)}
Payment method: payroll giving

No goods or services were provided in exchange for this donation. Please keep this receipt for your tax records."""


@extra("receipt")
def x_rc2(r):
    c = comp(r)
    return f"""PARKING RECEIPT
{c[0]} Car Park, Level 2
Entry: {hhmm(r, 7, 10)}   Exit: {hhmm(r, 15, 19)}
Duration: {r.randint(5, 9)} h
Amount: {money(r, 6, 24)}
Paid by card ****{num(r, 4)}
VAT included. This receipt is valid for expense claims.
Lost ticket charge: 25.00"""


@extra("receipt")
def x_rc3(r):
    c = comp(r)
    return f"""Order receipt - {c[0]} Online

Order #{num(r, 8)}   Placed {fdate(day(r), 1)}
Ship to: Office, attn. purchasing

{r.choice(PRODUCTS)[0]}   1 x {money(r, 20, 300)}
{r.choice(PRODUCTS)[0]}   2 x {money(r, 5, 80)}
Shipping: free
Tax: included

Paid with business account (invoice, 30 days).
Need a VAT invoice? It will be e-mailed to the account's billing contact when the order ships. You can also print it from Orders > Invoices."""


@extra("receipt")
def x_rc4(r):
    return f"""Ricevuta
Bar Centrale – {r.choice(CITIES)}
{fdate(day(r), 4)}  {hhmm(r)}
2 x Caffè      2,40
1 x Cornetto   1,50
Totale EUR     3,90
Pagamento: carta
Grazie e arrivederci!"""


@extra("transaction_notice")
def x_tx1(r):
    p = Person(r)
    return f"""Standing order paid

Hi {p.first}, your standing order of {money(r, 50, 1500)} to "{r.choice(["Landlord - Flat 4", "Savings pot", "Nursery fees", "Office rent"])}" was paid today from your account ending {num(r, 4)}.
Balance after payment: {money(r, 100, 8000)}.
To change or cancel a standing order, go to Payments > Standing orders in the app."""


@extra("transaction_notice")
def x_tx2(r):
    p = Person(r)
    return f"""Low balance alert

Hi {p.first},
The balance on your account ending {num(r, 4)} is now below the limit you set ({money(r, 50, 300)}).
Upcoming payments in the next 3 days: 2 direct debits totalling {money(r, 40, 400)}.
Move money in the app to avoid a failed payment. You can change your alert settings at any time."""


@extra("transaction_notice")
def x_tx3(r):
    p = Person(r)
    c = comp(r)
    return f"""Payment to {c[0]} - receipt

You sent {money(r, 100, 9000)} to {c[0]} (account ending {num(r, 4)}) on {fdate(day(r), 1)}.
Reference: INV-{num(r, 5)}
Confirmation of payee: name matched ✔
This payment cannot be cancelled. If you sent it by mistake, contact us immediately and we will try to recover it."""


@extra("payment_dispute")
def x_dp1(r):
    c = comp(r)
    return f"""Subject: Dispute won - case CB-{num(r, 7)}

Good news. The card issuer reviewed the evidence you submitted and ruled in your favour. The disputed amount of {money(r, 20, 900)} EUR and the dispute fee have been credited back to your balance and will be included in your next payout.

No further action is needed. Tip: disputes for "product not received" are often avoided by sending tracking details to customers automatically when an order ships.

Merchant Support, {c[0]} Payments"""


@extra("payment_dispute")
def x_dp2(r):
    p = Person(r)
    return f"""Dispute form - card transaction

Cardholder name: {p.full}
Card number: ending {num(r, 4)}
Transaction date: {fdate(day(r), 2)}
Merchant name as shown on statement: {comp(r)[0].upper()}
Amount: {money(r, 10, 800)}

Reason (tick one):
[ ] I did not make or authorise this transaction
[x] I was charged more than once for the same purchase
[ ] I cancelled the service / returned the goods
[ ] Goods or services not received
[ ] Other (please describe)

Have you contacted the merchant? Yes - date: ____  Outcome: told to wait 10 days

Signature: ______________
Return this form within 60 days of the statement date."""


@extra("payment_dispute")
def x_dp3(r):
    p = Person(r)
    c = comp(r)
    return f"""Hi {p.first},

Thanks for getting in touch about the charge on your statement. Before you open a dispute with your bank, please let us try to fix it - we can usually refund within 2 working days, which is much faster than a bank dispute.

I can see that you cancelled on the 3rd, but the renewal ran on the 2nd. That's our mistake in how we showed the renewal date. I've refunded the full {money(r, 20, 200)} today.

If you have already opened a dispute, please let your bank know that the refund is on its way so they can close it.

Best,
{Person(r).first}
{c[0]} Billing Support"""


@extra("payment_dispute")
def x_dp4(r):
    return f"""Retrieval request (not a chargeback yet)

The issuing bank has asked for information about transaction {num(r, 10)} ({money(r, 15, 700)} EUR). No funds have been debited.

Please upload within 7 days:
- a copy of the receipt or invoice
- the description of goods or services
- the customer's billing address

Responding to retrieval requests quickly often prevents a formal dispute."""


@extra("refund_confirmation")
def x_rf1(r):
    p = Person(r)
    return f"""Subject: Refund of overpayment

Dear {p.full},

We received two payments for invoice INV-{num(r, 5)}. We have refunded the second payment of {money(r, 100, 4000)} to the bank account it came from. Please allow 3-5 working days.

Remittance reference: REF{num(r, 8)}. If your accounts team needs a credit note for their records, reply to this e-mail and we'll send one.

Kind regards,
Accounts Receivable, {comp(r)[0]}"""


@extra("refund_confirmation")
def x_rf2(r):
    p = Person(r)
    return f"""Return received - refund pending

Hi {p.first},
We received your return at our warehouse on {fdate(day(r), 1)}. Our team will check the item within 3 working days. When it's approved, we'll send the refund to your original payment method and e-mail you.

Return ID: R{num(r, 7)}
Items: 1 x {r.choice(PRODUCTS)[0]}

Please keep your proof of postage until the refund arrives."""


@extra("refund_confirmation")
def x_rf3(r):
    p = Person(r)
    return f"""Erstattung bestätigt

Hallo {p.first},
wir haben Ihnen {money(r, 5, 300)} EUR für die Bestellung {num(r, 7)} erstattet. Der Betrag wird innerhalb von 5–10 Werktagen auf Ihrem Konto gutgeschrieben.
Ihr Kundenservice"""


@extra("refund_confirmation")
def x_rf4(r):
    p = Person(r)
    return f"""Event cancelled - automatic refund

Dear {p.first},
Unfortunately the "{r.choice(["Finance Leaders Breakfast", "Warehouse Tech Expo", "Office Managers Summit"])}" on {fdate(day(r), 1)} has been cancelled by the organiser. You don't need to do anything: your ticket ({money(r, 20, 400)}) will be refunded automatically to the card you used within 14 days. Booking fees are included in the refund.
We're sorry for any inconvenience."""


@extra("supplier_contract")
def x_sc1(r):
    b, s = comp(r), comp(r)
    return f"""Letter of intent

{b[0]} intends to appoint {s[0]} as its preferred supplier of packaging materials, subject to agreement of a formal supply contract within 60 days.

This letter is not legally binding, except for the confidentiality paragraph below.

Confidentiality: each party will keep the terms of the negotiation, including prices and volumes, secret and will not disclose them to any third party without the other party's written consent.

Signed for {b[0]}: ______________  Date: ________"""


@extra("supplier_contract")
def x_sc2(r):
    b, s = comp(r), comp(r)
    return f"""Schedule 1 - Pricing

Item                          | Unit       | Price (EUR) | Min. order
------------------------------|------------|-------------|-----------
Shipping boxes, medium        | pack of 25 | 18.40       | 10 packs
Shipping boxes, large         | pack of 25 | 24.90       | 10 packs
Packing tape, 66 m            | roll       | 1.85        | 36 rolls
Void fill paper               | roll 450 m | 39.00       | 4 rolls

Prices exclude VAT and delivery. Delivery is free for orders above 500.00 EUR.
Volume discount: 5% when annual spend exceeds 20,000.00 EUR, applied as a credit note at year end."""


@extra("supplier_contract")
def x_sc3(r):
    b, s = comp(r), comp(r)
    return f"""Non-disclosure agreement - summary for staff

We have signed an NDA with {s[0]}. In practice this means:
- Do not share their price lists, drawings or product plans outside the project team.
- Mark any documents you create with their information as "Confidential".
- Do not forward their e-mails to people outside the company.
- When the project ends, delete their files from your laptop and the shared drive (the project lead will tell you when).
The NDA lasts 3 years after the project ends. If you're unsure whether something is covered, ask Legal before you share it."""


@extra("supplier_contract")
def x_sc4(r):
    b, s = comp(r), comp(r)
    return f"""Umowa dostawy – fragment

§ 3. Dostawca zobowiązuje się dostarczać towar w terminie 7 dni roboczych od złożenia zamówienia.
§ 4. Płatność nastąpi przelewem w terminie 30 dni od otrzymania prawidłowo wystawionej faktury.
§ 8. Strony zobowiązują się do zachowania w tajemnicy informacji poufnych."""


@extra("security_notification")
def x_sec1(r):
    p = Person(r)
    c = comp(r)
    return f"""Your e-mail address was changed

Hi {p.first},
The e-mail address on your {c[0]} account was changed from {p.email} to a new address on {fdate(day(r), 1)}. We sent this notice to your old address so you know about it.

If you made this change, you can ignore this message.
If you didn't, please contact us within 7 days using the link below and we'll restore your old address and secure your account.
https://accounts.{c[1]}/recover"""


@extra("security_notification")
def x_sec2(r):
    p = Person(r)
    c = comp(r)
    return f"""Admin notice: API key created

A new API key named "{r.choice(["reporting", "warehouse-sync", "invoice-export", "test key"])}" was created in your organisation by {p.full} on {fdate(day(r), 2)}.
Scopes: invoices:read, customers:read

If this is expected, no action is needed. If not, delete the key in Settings > API keys and review who has the Developer role. Keys never expire automatically - we recommend reviewing your list every quarter."""


@extra("security_notification")
def x_sec3(r):
    p = Person(r)
    return f"""Sign-in blocked

We blocked a sign-in attempt to your account because the correct password was entered but the second step was not completed. If this was you, try again. If it wasn't, someone may know your password: change it now and don't reuse it anywhere else.
Time: {fdate(day(r), 3)} {hhmm(r, 0, 23)} UTC. Device: unknown."""


@extra("support_chat")
def x_ch1(r):
    p = Person(r)
    ag = r.choice(FIRST)
    return f"""Phone call summary (logged by agent {ag})

Caller: {p.full}, account {num(r, 8)}
Reason: asked why the monthly bill went up.
Explained: promotional discount ended after 12 months, as described in the original offer e-mail.
Outcome: moved customer to the current plan with the same data allowance, {money(r, 5, 15)} cheaper than the full price. Change takes effect from the next bill. Sent confirmation by text message.
Customer satisfied: yes."""


@extra("support_chat")
def x_ch2(r):
    p = Person(r)
    ag = r.choice(FIRST)
    return f"""{ag} (Help Desk): Hello {p.first}! I see you asked about exporting your data.
{p.first}: Yes, we're moving to another provider and need all our files.
{ag} (Help Desk): No problem. Go to Settings > Data > Export and click "Create export". You'll get an e-mail with a download link when it's ready, usually within an hour for accounts your size.
{p.first}: And after that can you delete everything?
{ag} (Help Desk): Yes. Once you've checked the export, reply to the e-mail and I'll close the account. Your data is deleted 30 days after closure. Please make sure you've downloaded everything first, because we can't restore it after that.
{p.first}: Understood, thanks for the help.
{ag} (Help Desk): You're welcome, and good luck with the move!"""


@extra("support_chat")
def x_ch3(r):
    p = Person(r)
    ag = r.choice(FIRST)
    return f"""Chat - Klantenservice

{ag}: Goedemiddag {p.first}, waarmee kan ik u helpen?
{p.first}: Mijn factuur is dubbel afgeschreven.
{ag}: Dat spijt me. Ik zie inderdaad twee afschrijvingen. Ik heb er één teruggestort; u ziet het bedrag binnen drie werkdagen op uw rekening.
{p.first}: Fijn, dank u wel.
{ag}: Graag gedaan. Een kopie van dit gesprek ontvangt u per e-mail."""


@extra("crm_notes")
def x_crm1(r):
    p = Person(r)
    c = comp(r)
    return f"""Lead: {c[0]}
Source: website form ("Request a quote")
Message from lead: "We're a team of {r.randint(8, 60)} and need a simple way to approve purchases. Please send pricing and tell us if you integrate with our accounting software."
Qualification notes: budget confirmed, decision in ~6 weeks, currently using e-mail and spreadsheets.
Next: intro call booked {fdate(day(r), 3)} {hhmm(r)}. Send agenda the day before."""


@extra("crm_notes")
def x_crm2(r):
    p = Person(r)
    c = comp(r)
    return f"""Lost deal - {c[0]}
Reason given: chose a cheaper competitor. They said our product was better but the pricing model (per user) didn't work for their seasonal staff.
Lesson: offer the seasonal licence option earlier in the conversation.
Keep in touch: add {p.first} to the newsletter; check in again in 9 months when their contract comes up for renewal."""


@extra("crm_notes")
def x_crm3(r):
    p = Person(r)
    c = comp(r)
    return f"""Meeting notes - QBR with {c[0]}
Attendees: {p.full} and two colleagues from their finance team.
- Usage up 30% this quarter. Most active feature: automatic reminders.
- Complaint: reports take too long to load. Told them a fix is in the next release; will confirm the date by e-mail.
- They'd like training for new hires. Offered a free online session - {p.first} to send a list of names.
- Renewal in 4 months. No concerns raised about price.
Follow-ups owner: account manager."""


@extra("crm_notes")
def x_crm4(r):
    p = Person(r)
    c = comp(r)
    return f"""Nota cliente – {c[0]}
Contatto: {p.full}
Chiamata del {fdate(day(r), 4)}: il cliente chiede uno sconto per il rinnovo biennale. Inviare una proposta entro venerdì. Non promettere nuove funzioni non ancora annunciate."""


@extra("sales_proposal")
def x_sp1(r):
    them = comp(r)
    return f"""Executive summary

{them[0]} processes around {r.randint(300, 4000)} supplier invoices per month by hand. Each invoice is typed into the accounting system, printed for approval and filed. We estimate this takes about {r.randint(2, 6)} full-time staff.

Our invoice capture service reads invoices sent to a dedicated e-mail address, matches them to purchase orders and sends them to the right approver. Staff only handle the exceptions.

Expected benefits
- 70% less manual data entry
- Faster approval: from an average of 12 days to 3
- No more lost paper invoices
- Early payment discounts that you currently miss

We recommend a 60-day pilot with one business unit before a full roll-out."""


@extra("sales_proposal")
def x_sp2(r):
    them = comp(r)
    rep = Person(r)
    return f"""Hi {Person(r).first},

Following up on our call - here's the quote for the conference room upgrade:

Room 1 (12 seats): 75" display, ceiling microphones, video bar - {money(r, 3000, 6000)}
Room 2 (6 seats): 55" display, video bar - {money(r, 1500, 3500)}
Installation and cabling: {money(r, 800, 2000)}
Annual support (optional): {money(r, 300, 900)} per room

All equipment comes with a 3-year warranty. We can install on a weekend so your meetings aren't disrupted.

If you're happy to go ahead, just reply to this e-mail and I'll send the order form. The quote is valid for 30 days.

{rep.full}"""


@extra("sales_proposal")
def x_sp3(r):
    them = comp(r)
    return f"""Statement of work - Data migration

Client: {them[0]}
Objective: move customer, order and invoice records from the old system to the new one.

Deliverables
1. Data mapping document (old fields → new data model)
2. Two test migrations with a report of records that failed validation
3. Final migration over a weekend
4. Summary report and sign-off

Out of scope: cleaning duplicate customer records (we can quote separately).

Timeline: 6 weeks. Fee: {money(r, 12000, 45000)} EUR, 30% on signing, 70% on completion.
Client responsibilities: provide a test copy of the data and a named contact who can answer questions within 2 working days."""


@extra("sales_proposal")
def x_sp4(r):
    return f"""Proposta commerciale

Gentile cliente,
come concordato, le inviamo la nostra proposta per il servizio di stampa gestita: {r.randint(3, 9)} dispositivi multifunzione, assistenza e toner inclusi, al costo di {money(r, 200, 900)} EUR al mese per 36 mesi.
La proposta è valida 30 giorni. Restiamo a disposizione per qualsiasi domanda."""


@extra("sales_proposal")
def x_sp5(r):
    them = comp(r)
    return f"""Renewal offer for {them[0]}

Your current plan: Professional, {r.randint(20, 120)} users, renews on {fdate(day(r), 1)}.

Option A - renew as is: same price as this year.
Option B - 2-year renewal: 8% discount, price fixed for both years.
Option C - upgrade to Enterprise: single sign-on, 7-year audit log, named support agent. First 3 months at Professional price.

To accept, reply with A, B or C and we'll send the paperwork. If we don't hear from you, your plan renews automatically as Option A."""


@extra("performance_review")
def x_pr1(r):
    p = Person(r)
    return f"""Probation review - {p.full}
Role: Warehouse Operative   Start date: {fdate(day(r, (2024, 6, 1), 200), 1)}

Attendance: good (1 day sick, reported correctly).
Accuracy: pick accuracy 99.4% - above target.
Safety: completed all training. Always wears PPE.
Teamwork: helps others when finished early; good feedback from the night shift.
Outcome: probation passed. Contract confirmed as permanent.
Next steps: forklift training in the next quarter."""


@extra("performance_review")
def x_pr2(r):
    p, m = Person(r), Person(r)
    return f"""Self-assessment - {p.full}

1. What are you most proud of this year?
Rolling out the new ticket system to 400 users with only two days of overlap, and writing the user guide that the service desk now sends to everyone.

2. What was difficult?
Balancing project work with daily tickets. I often said yes to everything and then had to work late.

3. What support do you need?
A clearer view of priorities from {m.first}, and time to finish the ITIL course.

4. Goals for next year
- Lead the laptop refresh
- Mentor the new service desk analyst
- Reduce repeat password tickets with self-service reset"""


@extra("performance_review")
def x_pr3(r):
    p = Person(r)
    return f"""Performance improvement plan (PIP) - summary
Employee: {p.full}   Duration: 8 weeks   Review meetings: weekly

Concerns
1. Customer e-mails often answered after 3+ days (target: 1 day).
2. CRM notes missing for about half of calls.

Expectations
- Reply to all customer e-mails within 1 working day, even if only to say when a full answer will follow.
- Update the CRM after every call, the same day.

Support offered: CRM refresher training; daily 10-minute check-in for the first two weeks; reduced account load by 15%.

This plan is meant to help. If anything is unclear, ask your manager or HR."""


@extra("performance_review")
def x_pr4(r):
    p = Person(r)
    return f"""Feedback for {p.first} - project close-out

Thanks for your work on the office move. A few specific things that made a difference:
- Your checklist meant nobody's desk was forgotten.
- You told people early when the network wasn't ready on floor 3, so we could plan around it.
- The labels on every box were brilliant.

One thing for next time: send the summary to the whole department, not just the managers - people wanted to know what was happening.

Great job overall."""


@extra("performance_review")
def x_pr5(r):
    p = Person(r)
    return f"""Évaluation annuelle – {p.full}

Objectifs atteints : réduction des délais de facturation, mise à jour des procédures.
Points à améliorer : partager plus tôt les difficultés ; déléguer davantage.
Objectifs pour l'année prochaine : former un nouvel assistant, automatiser les relances clients."""


@extra("travel_booking")
def x_tb1(r):
    p = Person(r)
    return f"""Car rental confirmation - {p.full}

Pick-up: {r.choice(CITIES)} Airport, {fdate(day(r), 3)} {hhmm(r)}
Return: same location, 3 days later by 18:00
Car: compact (VW Golf or similar), automatic
Price: {money(r, 90, 400)} incl. basic insurance - billed to company account

Bring your driving licence and a credit card in your own name. The deposit will be blocked on the card and released after return. Return the car with a full tank or you will be charged for fuel."""


@extra("travel_booking")
def x_tb2(r):
    p = Person(r)
    return f"""Your flight has changed

Dear {p.full.upper()},
Flight EX{num(r, 3)} on {fdate(day(r), 1)} now departs at {hhmm(r, 6, 21)} instead of the original time. Your seat and baggage are unchanged.
If the new time doesn't work, you can change to another flight on the same route for free or request a refund within 7 days via Manage booking.
Corporate travellers: please tell your travel desk before changing anything, so the booking stays on the company account."""


@extra("travel_booking")
def x_tb3(r):
    return f"""Travel desk tip sheet

• Book at least 14 days ahead - prices go up a lot in the last week.
• Always book through the portal, even for train tickets, so we know where you are if something happens.
• Add your passport details to your profile once; the portal copies them into every booking.
• Loyalty points are yours to keep, but don't choose a more expensive flight to earn them.
• Lost or stolen documents abroad: call the 24-hour travel assistance number on the back of your travel card."""


@extra("travel_booking")
def x_tb4(r):
    p = Person(r)
    return f"""Confirmación de reserva de hotel

Huésped: {p.full}
Entrada: {fdate(day(r), 4)} – Salida: dos noches después
Habitación doble, desayuno incluido
Cancelación gratuita hasta 24 horas antes de la llegada.
Presente este correo en recepción."""


@extra("shipping_notification")
def x_sh1(r):
    return f"""Customs information needed

Your parcel EX{num(r, 9)}GB is being held at customs. To release it, we need a description of the contents and their value.
Please complete the form in your account on our website (go to Deliveries > Action needed). We will never ask for payment by text message or through a link in a text. If duties are due, you will see the exact amount in your account."""


@extra("shipping_notification")
def x_sh2(r):
    c = comp(r)
    return f"""Order update: part of your order is delayed

Hi there,
One item from your order #{num(r, 7)} ({r.choice(PRODUCTS)[0]}) is out of stock at our warehouse. The rest of your order has shipped today.
Expected date for the delayed item: {fdate(day(r), 1)}.
Don't want to wait? Reply CANCEL ITEM to this e-mail, or cancel it in your account, and we'll refund it right away.
{c[0]}"""


@extra("shipping_notification")
def x_sh3(r):
    return f"""Collection booked

Your return collection is booked for {fdate(day(r), 3)}, between 08:00 and 18:00.
Please have the parcel packed and the label attached before the driver arrives, following the instruction printed on the label. The driver cannot print labels. If you won't be in, leave the parcel with a neighbour and write their address in the notes in your account.
Collection reference: COL{num(r, 8)}"""


@extra("status_page")
def x_st1(r):
    return f"""Incident history - last 30 days

{fdate(day(r), 1)} — API latency (minor). Some API requests took longer than usual for 18 minutes. Resolved.
{fdate(day(r), 1)} — E-mail notifications delayed (minor). Messages were queued for up to 25 minutes. Resolved.
{fdate(day(r), 1)} — Scheduled maintenance: database upgrade. Completed on time.

Uptime: Web app 99.98% · API 99.95% · Payments 100.00%"""


@extra("status_page")
def x_st2(r):
    return f"""Partial outage - Text message delivery
Affects: customers in some regions

Identified - One of our mobile network partners is not delivering text messages. Password reset codes and delivery notifications by text may not arrive. E-mail notifications are not affected.
Workaround: choose "Send code by e-mail" on the sign-in page.
Next update in 30 minutes."""


@extra("status_page")
def x_st3(r):
    return f"""Internal IT status board

✅ E-mail            normal
✅ File server       normal
⚠️ Printing (floor 3) degraded - use floor 2 printers
✅ VPN              normal
🔧 Finance system    planned maintenance tonight 19:00-21:00, please log out by 18:45
✅ Phones            normal

Last updated {hhmm(r)} by the service desk. Report problems on ext. {num(r, 4)}."""


@extra("status_page")
def x_st4(r):
    return f"""Service-Status: Alle Systeme in Betrieb

Kundenportal: in Betrieb
Zahlungen: in Betrieb
E-Mail-Versand: in Betrieb
Letzter Vorfall: {fdate(day(r), 4)} – verzögerte Benachrichtigungen (behoben)."""



@extra("server_log")
def x_sl1(r):
    d = day(r)
    u = Person(r)
    return f"""Mail server log (excerpt) - {fdate(d, 2)}
{hhmm(r, 8, 9)}:12 smtpd: connect from relay.example.org
{hhmm(r, 8, 9)}:13 smtpd: message accepted from billing@example.com to {u.email} size=48213
{hhmm(r, 8, 9)}:13 queue: delivered to mailbox (inbox) - spam score 0.4
{hhmm(r, 9, 10)}:02 smtpd: rejected message from unknown sender: SPF fail, domain example.net
{hhmm(r, 10, 11)}:40 policy: outbound message held - attachment type .exe not allowed (sender notified)
{hhmm(r, 11, 12)}:05 rules: auto-forward to external address blocked for user id {num(r, 5)} (policy OUT-3)
{hhmm(r, 12, 13)}:30 queue: 0 messages deferred, 0 bounced"""


@extra("server_log")
def x_sl2(r):
    return f"""Windows Event Log - Security (filtered)
Event 4624  An account was successfully logged on.  Account: {Person(r).first.lower()}  Logon type: 10 (remote)
Event 4625  An account failed to log on.  Account: administrator  Reason: unknown user name or bad password  Source: 10.20.{r.randint(0, 9)}.{r.randint(2, 250)}
Event 4740  A user account was locked out.  Account: {Person(r).first.lower()}
Event 4767  A user account was unlocked.  By: helpdesk-{Person(r).first.lower()}
Event 4720  A user account was created.  New account: svc-backup  By: it-admin
Note for reviewer: 4720 matches change ticket CHG{num(r, 6)}; no further action."""


@extra("server_log")
def x_sl3(r):
    return f"""[cron] {day(r).isoformat()} 07:00:01 daily_sales: started
[cron] daily_sales: querying orders for previous day
[cron] daily_sales: {r.randint(200, 3000)} orders, revenue {money(r, 5000, 90000)} EUR
[cron] daily_sales: writing /opt/reports/out/daily_sales.xlsx
[cron] daily_sales: e-mail sent to sales-managers@example.com (1 attachment)
[cron] daily_sales: finished in {r.randint(3, 60)}s
[cron] weekly_stock: skipped (runs on Mondays)"""


@extra("server_log")
def x_sl4(r):
    return f"""kernel: [ {r.randint(1000, 99999)}.{num(r, 6)}] EXT4-fs warning (device sdb1): ext4_dx_add_entry: directory index full!
systemd[1]: Started Daily apt download activities.
systemd[1]: logrotate.service: Succeeded.
smartd[812]: Device: /dev/sda [SAT], SMART Usage Attribute: 194 Temperature_Celsius changed from 64 to 66
CRON[{num(r, 5)}]: (root) CMD (/usr/local/bin/backup-check.sh)
backup-check: last successful backup {r.randint(2, 20)} hours ago - OK
systemd-logind[640]: New session {r.randint(10, 900)} of user deploy."""


@extra("server_log")
def x_sl5(r):
    return f"""payment-gateway  {ts(r)}  POST /v1/charges          201  312ms  merchant=m_{num(r, 4)}
payment-gateway  {ts(r)}  POST /v1/charges          402  188ms  code=card_declined
payment-gateway  {ts(r)}  POST /v1/refunds          201  97ms   charge=ch_{num(r, 6)}
payment-gateway  {ts(r)}  GET  /v1/disputes?status=open  200  41ms
payment-gateway  {ts(r)}  POST /v1/charges          409  12ms   code=idempotency_conflict
payment-gateway  {ts(r)}  GET  /health              200  1ms"""


@extra("invoice")
def x_in1(r):
    c = comp(r)
    return f"""PRO FORMA INVOICE - not a tax invoice

Supplier: {c[0]}
Customer: {comp(r)[0]}
Reference: PF-{num(r, 5)}

Annual maintenance contract, {r.randint(5, 40)} devices: {money(r, 1200, 9000)} EUR

This pro forma is sent so you can arrange prepayment. Services will start when payment is received, and a VAT invoice will then be sent. Please include the reference PF number with your payment."""


@extra("invoice")
def x_in2(r):
    c = comp(r)
    return f"""Credit note CN-{num(r, 5)}
Issued by: {c[0]}
Against invoice: INV-{num(r, 5)}
Reason: 2 units returned damaged

Credit amount: -{money(r, 20, 600)} GBP (incl. VAT)
This credit will be applied to your next invoice. If you'd prefer a refund to your bank account, contact accounts@{c[1]}."""


@extra("invoice")
def x_in3(r):
    c = comp(r)
    return f"""Reminder: invoice INV-{num(r, 5)} is now overdue

Dear customer,
According to our records, the invoice below has not been paid yet.
Amount: {money(r, 100, 5000)} EUR
Due date: {fdate(day(r), 1)}

Please arrange payment as soon as possible. If you have already paid, thank you - please ignore this reminder. If there is a problem with the invoice, reply to this e-mail and tell us what's wrong so we can fix it.
Accounts Receivable, {c[0]}"""


@extra("invoice")
def x_in4(r):
    c = comp(r)
    return f"""Factuur {num(r, 6)}
{c[0]}
Datum: {fdate(day(r), 4)}
Omschrijving: consultancy, {r.randint(4, 30)} uur
Bedrag excl. btw: {money(r, 300, 4000)} euro
Btw 21%: zie specificatie
Gelieve binnen 30 dagen te betalen onder vermelding van het factuurnummer."""


@extra("invoice")
def x_in5(r):
    c = comp(r)
    return f"""Utility bill - business electricity
Account: {num(r, 10)}   Period: {fdate(day(r), 0)} - 30 days
Supply address: Unit {r.randint(1, 40)}, {r.choice(CITIES)}

Day units: {r.randint(2000, 9000)} kWh     Night units: {r.randint(500, 4000)} kWh
Standing charge: 30 days
Total this period: {money(r, 400, 3000)} GBP (incl. VAT and Climate Change Levy)

Payment will be collected by direct debit on or after the 14th. Submit a meter reading online to avoid an estimated bill next time."""


@extra("spec_sheet")
def x_ss1(r):
    return f"""Data sheet: Network Switch 24-port (NS-24G)
• 24 x 1 GbE RJ45, 4 x 10G SFP+
• Switching capacity: 128 Gbps
• Web admin interface and CLI; SNMP v3
• Power: 100-240 V AC, max 30 W, fanless
• Rack mount kit included (1U)
Default admin password must be changed at first login - the switch will not forward traffic until you do."""


@extra("spec_sheet")
def x_ss2(r):
    return f"""Ergo Desk Chair EC-220 - specification
Seat height: 42-54 cm (gas lift)
Max user weight: 120 kg
Adjustable lumbar support, 3D armrests
Materials: recycled polyester mesh back, foam seat
Warranty: 5 years frame, 2 years mechanism
Assembly: 15 minutes, tools included. Please read the instructions before assembly and keep the box until you have checked all parts are included."""


@extra("spec_sheet")
def x_ss3(r):
    return f"""Wireless Headset HS-310 - quick spec
Connection: Bluetooth 5.3 + USB dongle
Battery: up to 28 h talk time; 2 h full charge
Noise-cancelling microphone with mute light
Works with common calling apps
Range: up to 30 m
Firmware updates via the desktop tool. Note: the model HS-300 is not compatible with the new dongle."""


@extra("spec_sheet")
def x_ss4(r):
    return f"""Laser Printer LP-4410 - Technical specification

Print speed: 40 ppm (A4, mono)
First page out: < 7 s
Duplex: automatic
Paper input: 250-sheet tray + 100-sheet multipurpose tray
Connectivity: Ethernet, Wi-Fi, USB 2.0
Monthly duty cycle: up to 80,000 pages
Consumables: toner TN-4410K (3,000 pages), high-yield TN-4410KX (8,000 pages)
Security: PIN print release, admin password, disable unused ports from the web admin page"""


@extra("spec_sheet")
def x_ss5(r):
    return f"""Produktdatenblatt – Etikettendrucker LB-55
Druckverfahren: Thermodirekt
Etikettenbreite: bis 56 mm
Schnittstellen: USB, Bluetooth
Lieferumfang: Drucker, Netzteil, 1 Rolle Etiketten, Kurzanleitung
Garantie: 2 Jahre"""


@extra("spec_sheet")
def x_ss6(r):
    return f"""USB-C Dock DK-900 - compatibility notes

Supported: laptops with USB-C DisplayPort Alt Mode or Thunderbolt 3/4.
Displays: up to 2 x 4K at 60 Hz (Thunderbolt) or 2 x 1080p (USB-C without DisplayPort 1.4).
Charging: up to 90 W to the laptop.
Ports: 3 x USB-A, 1 x USB-C, Gigabit Ethernet, audio jack.
If only one monitor works, update the laptop's graphics driver and the dock firmware. Some models limit the number of external displays - check your laptop manual."""


@extra("purchase_order")
def x_po1(r):
    a = Person(r)
    return f"""Purchase requisition - awaiting approval

Requested by: {a.full}
Item: {r.choice(PRODUCTS)[0]} x {r.randint(2, 20)}
Estimated cost: {money(r, 100, 5000)}
Preferred supplier: {comp(r)[0]}
Reason: replacement for broken equipment in the {r.choice(["finance", "sales", "warehouse"])} team

Approver: please approve or reject in the procurement portal. Requests over 2,500.00 also need approval from the budget holder. Once approved, procurement will create the PO and send it to the supplier - do not order directly from the supplier's website."""


@extra("purchase_order")
def x_po2(r):
    return f"""Subject: PO-{num(r, 6)} cancelled

Hi,
Please cancel purchase order PO-{num(r, 6)} in full. The project it was for has been stopped. If any items have already shipped, tell us and we'll arrange a return at our cost. Please confirm the cancellation by reply so we can close the order in our system.
Thanks,
{Person(r).full}, Procurement"""


@extra("purchase_order")
def x_po3(r):
    return f"""Blanket PO - cleaning supplies {day(r).year}
PO number: BPO-{num(r, 5)}
Supplier: {comp(r)[0]}
Value: up to {money(r, 5000, 20000)} for the year
Call-off: send orders by e-mail to the supplier quoting the blanket PO number. Each call-off must be under 1,000.00. Keep a copy of each order in the shared folder so the budget can be tracked."""


# ---------------------------------------------------------------- longer composed documents
KB_ITEMS = [
    ("How do I reset my password?", "Go to the self-service portal and click \"Forgot password\". You will receive a code by text message on the mobile number in your HR profile. Enter the code, choose a new password of at least 14 characters and click Save. Your new password works on your laptop, e-mail and VPN straight away, but your phone may ask for it again. If the portal says your number is unknown, call the service desk - we cannot reset passwords by e-mail."),
    ("Why can't I open attachments from outside the company?", "Attachments from external senders are scanned automatically before they reach your inbox. Large files can take a few minutes. Some file types (for example .exe, .js and .bat) are always blocked. If a supplier needs to send you one of these, ask them to share it through the secure file transfer portal instead, and create a ticket so we can check the file."),
    ("How do I set up an out-of-office reply?", "In Outlook, open File > Automatic Replies. Choose \"Send automatic replies\", set the start and end time, and write one message for people inside the company and one for external senders. Tell external senders who to contact instead of you, but don't include personal details such as your mobile number or where you are travelling."),
    ("How do I share a large file with a customer?", "Do not attach files larger than 20 MB to an e-mail. Upload the file to your folder on the file-sharing portal, click Share, enter the customer's e-mail address and set an expiry date (we recommend 14 days). The customer receives a link by e-mail. You can see in the portal when they downloaded it and you can delete the link at any time."),
    ("My laptop is very slow. What should I do?", "First, restart it - many updates only finish after a restart. Then check that you have at least 10 GB of free disk space (File Explorer > This PC). Close browser tabs you are not using. If it is still slow, create a ticket and include the laptop's asset number (on the sticker underneath) and a short description of when it is slow."),
    ("How do I connect to the office Wi-Fi?", "Choose the network \"Corp\" and sign in with your normal user name and password. Do not use the \"Guest\" network for work; it has no access to internal systems. Visitors can get a guest password from reception, valid for one day."),
    ("Can I install software myself?", "Most approved software can be installed from the Software Centre without admin rights. If the program you need is not there, create a request in the IT portal and describe what you need it for. We check the licence and security before approving. Please do not ask colleagues with admin access to install things for you."),
    ("What should I do if I think I clicked a suspicious link?", "Don't panic and don't try to fix it yourself. Disconnect from the network (turn off Wi-Fi or unplug the cable), then call the service desk immediately. Tell us what you clicked and whether you entered a password. If you did, we will reset it with you on the phone. Reporting quickly is always the right thing to do - nobody will be blamed."),
    ("How do I add a shared calendar?", "In Outlook Calendar, click Add calendar > From address book, search for the calendar's name (e.g. \"Meeting Room 2\" or \"Team Holidays\") and click Add. If you get a message that you don't have permission, ask the calendar owner to share it with you."),
    ("How long are deleted e-mails kept?", "Messages in Deleted Items are removed automatically after 30 days. After that, they can still be recovered for another 14 days using \"Recover deleted items\" in Outlook. After that they are gone for good, except where a legal hold applies."),
    ("How do I print from my phone?", "Install the printing app from the company app store, sign in, and choose \"FollowMe\". Send your document, then tap your badge on any printer to release it. Documents not printed within 24 hours are deleted automatically."),
    ("Who can get admin access to their laptop?", "Only developers and IT staff, and only after completing the admin access training. Access is reviewed every six months. If you need admin rights for a one-off task, request temporary access in the portal; it expires automatically after 8 hours."),
    ("How do I report a lost or stolen device?", "Call the service desk as soon as possible, day or night. We will lock the device and, if needed, erase it remotely. Then report a theft to the police and send us the reference number. Don't wait until you're back in the office."),
    ("Why do I get so many sign-in prompts?", "You will be asked to sign in again every 12 hours on a new device and every 30 days on a device marked as trusted. If you get prompts much more often than that, your browser may be deleting cookies when it closes. Check your browser settings or create a ticket."),
]


@kind("kb_article")
def k_kb(r, i):
    c = comp(r)
    n = r.randint(4, 6)
    items = pick_spread(r, KB_ITEMS, n, _USAGE.setdefault("kb", {}))
    title = pick(i, ["IT Help Centre - Frequently asked questions", "Service desk FAQ (updated)",
                     "New starter IT guide: common questions", "Knowledge base: everyday IT questions",
                     "IT self-help page", "Before you call the service desk...", "Top questions this month",
                     "IT FAQ for office staff", "Remote and office working - IT questions"])
    body = "\n\n".join("Q: %s\nA: %s" % q for q in items[:n])
    return f"""{title}
{c[0]} - Internal knowledge base - last updated {fdate(day(r), 1)}

Can't find your answer below? Create a ticket in the IT portal or call ext. {num(r, 4)} (08:00-18:00).

{body}

Was this page helpful? Yes / No
Page owner: {Person(r, c[1]).full}, IT Service Desk"""


HANDBOOK = [
    ("Working hours", "Our normal working hours are 09:00 to 17:30, Monday to Friday, with a one-hour lunch break. Flexible hours are possible by agreement with your manager, as long as you are available between 10:00 and 15:00. Record overtime in the HR portal within the same month, otherwise it cannot be paid."),
    ("Sickness absence", "If you are ill, call your manager before 09:30 on the first day. A text message or e-mail is not enough unless you cannot speak. From the eighth day you must send a fit note. When you return, complete the return-to-work form with your manager."),
    ("Holiday", "Full-time staff receive 25 days' holiday plus public holidays. Book holiday through the HR portal at least two weeks in advance. Holidays of more than two weeks in a row need approval from your department head. Please check the team calendar before you book."),
    ("Use of e-mail and internet", "Company e-mail is for business use. Occasional personal use is fine, but never use your work address to sign up for personal services. Do not send confidential information to personal e-mail accounts. Always check the recipient list before you click Send, especially when the address book suggests a name automatically."),
    ("Information security", "Lock your screen whenever you leave your desk. Never share your password with anyone, including managers and IT. Report lost devices and suspicious messages immediately. Keep printed confidential documents in locked drawers and use the confidential waste bins, never the normal recycling."),
    ("Expenses", "Claim business expenses through the expenses portal within 30 days, with receipts. Your manager approves claims. See the full expense policy for limits on hotels, meals and travel. Never use a company card for personal purchases."),
    ("Dress code", "Dress appropriately for your day. Business casual is normal in the office. When meeting clients, dress as they would expect. Warehouse staff must wear the safety shoes and hi-vis clothing provided."),
    ("Social media", "You may say where you work on your personal social media, but you must not share confidential information, comments about customers, or photos taken in non-public areas. If a journalist contacts you, do not answer; forward the message to the communications team."),
    ("Health and safety", "Everyone is responsible for safety. Report accidents, near misses and hazards through the safety portal or to your manager. Know where the fire exits and the assembly point are. Do not prop fire doors open."),
    ("Gifts and hospitality", "You may accept small gifts (value under 50.00) from suppliers or customers. Anything larger must be reported in the gifts register and may have to be returned. Never accept cash or gift cards. If you're unsure, ask before you accept."),
    ("Performance reviews", "Reviews take place once a year, with a check-in at mid-year. Prepare by writing a short self-assessment. Reviews are a two-way conversation: tell your manager what support you need."),
    ("Leaving the company", "Notice periods are in your contract. Before your last day, hand back your laptop, phone, badge and any keys, and make sure your files are saved in the shared drive rather than on your laptop. Your mailbox will be closed on your last day and messages forwarded to your manager for 30 days."),
    ("Confidentiality", "During your work you may learn about customers, prices, trade secrets and colleagues' personal data. Keep it confidential during and after your employment. Only share it with people who need it for their work."),
    ("Working from home", "You can work from home up to three days a week if your role allows it. Make sure your workspace is safe and private: don't take calls about customers in public places, and don't let family members use your work laptop."),
]


@kind("employee_handbook")
def k_handbook(r, i):
    c = comp(r)
    n = r.randint(4, 6)
    secs = pick_spread(r, HANDBOOK, n, _USAGE.setdefault("hb", {}))
    part = r.randint(2, 9)
    body = "\n\n".join("%d.%d %s\n%s" % (part, j + 1, t, b) for j, (t, b) in enumerate(secs[:n]))
    return f"""{c[0]} Employee Handbook
Part {part} - Working here (version {r.randint(3, 9)}.{r.randint(0, 4)}, {MONTHS[r.randrange(12)]} {r.choice([2024, 2025])})

This part of the handbook describes what we expect from everyone and what you can expect from us. Please read it together with your contract. If the handbook and your contract say different things, your contract wins. Questions: ask your manager or e-mail hr@{c[1]}.

{body}

Changes to this handbook are announced by e-mail. The current version is always on the intranet; printed copies may be out of date."""


NEWS_ITEMS = [
    ("Welcome to our new starters", "This month we welcomed NAME1 (Finance), NAME2 (Warehouse) and NAME3 (Customer Support). Say hello if you see them in the kitchen - and show them where the good coffee is."),
    ("Office move update", "The new building is on schedule. Each team will receive a packing list two weeks before its move date. Please start clearing out old paper files now: anything you don't need to keep should go in the confidential waste bins, not the normal bins."),
    ("IT corner: passwords", "From next month, passwords must be at least 14 characters. Tip from the service desk: use a sentence you can remember, with a few words that don't belong together. And never reuse your work password on another site."),
    ("Customer feedback of the month", "\"Your agent NAME1 sorted out my refund in one call and even rang me back to check it had arrived. Brilliant service.\" - a customer from Leeds. Well done!"),
    ("Finance reminder", "Month-end is coming. Please submit expense claims by Wednesday and make sure all supplier invoices have a PO number. Invoices without a PO will be sent back to the supplier, which delays payment."),
    ("Charity bake sale raises 640.00", "Thank you to everyone who baked, bought or both! The money goes to the local food bank. Special mention to NAME2 for the lemon cake, which sold out in eight minutes."),
    ("Secret Santa is back", "Sign-up opens on Monday. Spending limit 20.00. Keep it secret and keep it kind!"),
    ("New expense portal", "The old expense forms will stop working at the end of the month. All claims must go through the new portal. Short video guides are on the intranet, and the finance team will run drop-in sessions every Tuesday at 12:30."),
    ("Sustainability", "We've removed the individual bins under desks. Please use the recycling stations on each floor. Printing is down 18% since FollowMe printing started - thanks for thinking before you print."),
    ("Spotlight: the warehouse night shift", "Ever wondered how orders placed at 23:00 arrive the next morning? We spent a night with NAME3's team to find out. Spoiler: lots of scanning, lots of tea, and a very precise pick list."),
    ("Health and wellbeing", "Free flu vaccinations are available on the 12th and 13th in Room 1.04. Book a slot through the HR portal. Our employee assistance line is open 24/7 and is completely confidential."),
    ("Dates for your diary", "Town hall: first Thursday of the month, 16:00. Summer party: save the date, details to follow. Fire drill: planned for next week - follow the wardens' instructions."),
]


@kind("internal_newsletter")
def k_news(r, i):
    c = comp(r)
    n = r.randint(4, 5)
    items = pick_spread(r, NEWS_ITEMS, n, _USAGE.setdefault("news", {}))
    names = [Person(r).full for _ in range(3)]
    parts = []
    for t, b in items[:n]:
        b = b.replace("NAME1", names[0]).replace("NAME2", names[1]).replace("NAME3", names[2])
        parts.append("## " + t + "\n" + b)
    issue = r.randint(20, 140)
    return f"""The {c[0].split()[0]} Weekly - issue {issue}

Hello everyone,

Here's your round-up of what's happening around the company. Got news to share for the next issue? Reply to this e-mail or send it to newsletter@{c[1]} by Wednesday.

""" + "\n\n".join(parts) + f"""

That's all for this week. Have a great weekend!
Internal Communications

You are receiving this newsletter because you are a member of staff at {c[0]}. Please do not forward it outside the company."""



@kind("translation_job")
def k_translation(r, i):
    a, b = Person(r), Person(r)
    c = comp(r)
    wc = r.randint(800, 12000)
    texts = [
        f"""Subject: Quote request - translation of user manual (EN > DE, FR, PL)

Hello {b.first},

We need a translation of our label printer user manual into German, French and Polish. The source file is {wc:,} words (Word document, 46 pages, including 12 screenshots with text).

A few instructions for your translators:
- Please translate the on-screen menu names exactly as they appear in the glossary we sent last year - the reader needs to find the same word on the printer display.
- Do not translate the model number (LB-55) or the names of the buttons FEED and CANCEL.
- Some table cells are hidden in the Word file; please include them in the word count, they become visible in the printed version.
- Keep each sentence short. Our readers are warehouse staff, not engineers.

Could you send a quote and a delivery date by Friday? We'd like the German translation first.

{sig(r, a, "Technical Writer")}""",
        f"""Translation order confirmation - job {num(r, 6)}

Client: {c[0]}
Language pair: English > Spanish (Spain)
Word count: {wc:,} (new words {int(wc * 0.7):,}, fuzzy matches {int(wc * 0.3):,})
Rate: 0.11 per new word, 0.05 per fuzzy match
Delivery: {fdate(day(r), 1)}, 12:00 CET
Translator: {b.full}   Reviewer: {Person(r).full}

Client notes: formal register ("usted"). Legal terms must follow the glossary; if a term is missing, add a comment instead of guessing. Please do not change the formatting or the order of the sentences.

Your invoice should include the job number. Payment 30 days after delivery.""",
        f"""Hi {b.first},

Thanks for the German file - it reads really well. Two small things from our reviewer:

1. In section 3, the sentence "Drücken Sie die Taste zweimal" should say "dreimal" - the source says three times. Probably a typo.
2. The word "Konto" is used for both "account" and "profile". Could you use "Profil" where the English says profile, so the reader doesn't confuse them?

Everything else is approved. Please send the corrected file and your invoice, and we'll pay promptly.

{a.first}""",
        f"""Translator style guide - {c[0]} (extract)

• Translate the meaning, not word for word. If a sentence sounds unnatural in your language, rewrite it.
• Keep product names and model numbers in English.
• Use the informal "you" (du/tu/tú) in marketing texts and the formal form in contracts and letters.
• Numbers: use the local decimal separator, but never change amounts or prices.
• Capital letters: follow the rules of your language, not English title case.
• Placeholders like {{customer_name}} or %s must be copied exactly. Do not translate or delete them - the system fills them in automatically.
• If something in the source text is unclear, ask instead of guessing. Send questions to localisation@{c[1]}.""",
        f"""Subject: Urgent - translation of recall notice

{b.first},

We need a short customer letter (about 300 words) translated into Dutch and French today, ideally by 15:00. It's a safety notice for a batch of desk chairs, so accuracy matters more than style.

The text is attached. Please don't change the batch numbers or the phone number, and keep the headings in capital letters as in the English. If a sentence is ambiguous, call me rather than guess.

We'll pay the urgent rate. Reply to confirm you can do it.

Thanks,
{a.full}
Customer Relations, {c[0]}""",
        f"""Localisation checklist - release {r.randint(3, 9)}.{r.randint(0, 9)}

[ ] Export new and changed strings from the app (the tool creates one file per language)
[ ] Send files to the agency with the screenshot pack
[ ] Check that no string is longer than the available space (German is usually 30% longer - some buttons cut off the last letters)
[ ] Import translations and run the app in each language
[ ] Ask a native speaker in the office to review the checkout and password reset screens
[ ] Hidden test strings ("TODO", "xxx") must not appear anywhere in the build
[ ] Update the translation memory""",
        f"""Bonjour {b.first},

Merci pour la traduction du contrat. Pourriez-vous vérifier la phrase de l'article 7 ? Le mot « résiliation » devrait être utilisé à la place de « annulation ». Merci d'envoyer la version corrigée avant jeudi.

Cordialement,
{a.full}""",
        f"""Word count report - {c[0]} website

Page                     Words   Repetitions   New
Home                       412          36     376
Pricing                    655         120     535
Terms of service         4,880         910   3,970
Privacy notice           2,210         305   1,905
Help centre (32 pages)  11,940       2,410   9,530

Note: the text inside images is not counted. Please send a list of images that contain words (banners, diagrams) and we'll quote for them separately. Pages hidden from the menu but still live were included, as you asked.""",
        f"""Subject: Re: Letters to customers in Portuguese

Hi {a.first},

I've replied to the agency and told them to use Portuguese for Portugal, not Brazil, for all customer letters. I also forwarded them the list of terms our Lisbon office prefers.

One question from their translator: should "account" be translated as "conta" everywhere, including "user account" in the portal screens? I told them yes, but please correct me if Legal wants something else.

{b.first}""",
    ]
    return texts[i % len(texts)]


@kind("document_review")
def k_docreview(r, i):
    a, b = Person(r), Person(r)
    c = comp(r)
    texts = [
        f"""Review comments on "Runbook - database failover v3" (reviewer: {a.full})

p.1 "Execute the failover script" - please say which server to execute it on and whether you need to be administrator. A new on-call engineer won't know.
p.2 Step 4 says "ignore the warnings". Which warnings? List the ones that are safe to ignore and tell the reader what to do if any other warning appears.
p.2 The command output in the screenshot is from the old version. Please replace it.
p.3 Add a step: after failover, send a short update to the incident channel.
p.4 The links to the monitoring dashboards are broken (they point to the old hostname).
General: great improvement on v2. A few sentences are very long - split them so people can follow them at 3 a.m.""",
        f"""Comments from Legal on the customer letter (draft 2)

1. Para 1: remove "we guarantee". We can't guarantee delivery dates.
2. Para 2: the sentence about refunds should include the 14-day limit.
3. Para 3: don't reveal the name of the supplier who caused the delay - say "one of our suppliers".
4. Sign-off: the letter must come from a named person, not "The Team".
5. Footer: add the registered office address in small letters.

Once these are fixed, it can be sent. No need to send it back to us.
{a.first}, Legal""",
        f"""Feedback on the onboarding guide (from {a.first})

Overall: clear and friendly. A new starter would find almost everything they need. Some suggestions:

- The section on the expenses portal describes the old system. Please update the screenshots.
- "Ask IT for admin rights" - we should tell users they normally don't need admin rights, otherwise everyone will ask.
- The list of tools on page 4 is missing the file-sharing portal.
- The password section should say never to reuse a password and that IT will never ask for it.
- Some instructions use "you must" and others "please". Pick one style.
- Typo: "recieve" on page 6.

Happy to look at the next draft.""",
        f"""Spreadsheet review - Q{r.randint(1, 4)} budget model

Checked by: {a.full}   For: {b.full}

- Tab "Headcount": columns H-K are hidden. They contain the old salary figures - delete them before you share the file outside Finance.
- Tab "Summary": the total in cell F42 doesn't include the travel line. The formula stops at row 40.
- The model assumes the new pricing model starts in month 1; Sales says month 3. Please update or add a note.
- Please remove the personal comments in the cell notes before the file goes to the board.
- Print area is set to the old range, so the printed version cuts off the last column.
Otherwise the numbers look right. Nice work.""",
        f"""Editorial notes - customer newsletter, {MONTHS[r.randrange(12)]} issue

Headline: too long for the mobile inbox preview. Max 45 letters.
Intro: the first sentence repeats the subject line. Start with the news instead.
Section "New billing portal": explain in one sentence why the reader should care (they can download invoices themselves now).
Call to action: "Click here" isn't helpful - write "Open the billing portal" and make that the link text.
Unsubscribe link: missing from the footer. Mandatory.
Images: add alt text to every image for screen-reader users.""",
        f"""Code review - PR #{r.randint(100, 999)} "Send payment receipt e-mail"

{a.first}: Looks good overall! A few comments:

1. `send_receipt()` is called before the transaction is committed. If the commit fails, the customer still receives a receipt. Move the call after commit.
2. The e-mail template prints the full card number's last 8 digits - we only show the last 4.
3. The retry loop has no maximum. Please add one, otherwise a broken mail server could keep this job running forever.
4. Nit: the variable `usr` should be `user` for readability.
5. Please include a test for a user's first purchase (no previous receipts).

Approve once 1-3 are addressed. {b.first}, can you do the final review? I'm out tomorrow.""",
        f"""Kommentare zum Entwurf „Datenschutzhinweis für Mitarbeiter“

Abschnitt 2: Bitte genauer beschreiben, welche Systeme protokolliert werden.
Abschnitt 4: Die Aufbewahrungsfrist für Bewerbungen fehlt.
Allgemein: Einige Sätze sind sehr lang. Bitte in kürzere Sätze aufteilen.
{a.full}, Rechtsabteilung""",
        f"""Proofreading notes - annual report draft

p.3 "principle" should be "principal" (principal office).
p.5 The word "record" appears four times in one paragraph - vary it or cut some.
p.7 Chart 2 has no title and the reader can't tell which axis is revenue.
p.9 The quote from the CEO should be in the same font as the other quotes.
p.12 Footnote 4 references a table that was deleted in the previous draft. Update or remove the footnote.
p.14 Numbers below 10 should be written in words ("three offices", not "3 offices") per our style guide.
Please send the corrected PDF to {a.email} and I'll do the final check before it goes to print.""",
    ]
    return texts[i % len(texts)]



# ---------------------------------------------------------------- Portuguese variants
@extra("out_of_office")
def x_pt_ooo(r):
    a, b = Person(r), Person(r)
    return f"""Resposta automática: Ausente do escritório

Obrigado pela sua mensagem. Estou de férias até {fdate(day(r), 4)} e não terei acesso ao e-mail. Para assuntos urgentes, contacte {b.full} através de {b.email}. A sua mensagem não será reencaminhada.

Com os melhores cumprimentos,
{a.full}"""


@extra("it_ticket")
def x_pt_ticket(r):
    u, t = Person(r), Person(r)
    return f"""Pedido INC{num(r, 7)} – Não consigo aceder à pasta partilhada

Utilizador: {u.full}
Descrição: Desde ontem aparece a mensagem "acesso negado" quando abro a pasta da contabilidade.

Resolução ({t.first}): O utilizador tinha sido removido do grupo por engano durante a revisão de acessos. Foi adicionado novamente. Pedimos ao utilizador que termine a sessão e volte a entrar. Problema resolvido; pedido fechado."""


@extra("transaction_notice")
def x_pt_txn(r):
    p = Person(r)
    return f"""Aviso de movimento

Olá {p.first},
Foi efetuado um pagamento de {money(r, 5, 900)} EUR com o seu cartão terminado em {num(r, 4)} em {comp(r)[0]}, no dia {fdate(day(r), 4)}.
Se não reconhece este movimento, bloqueie o cartão na aplicação e contacte-nos imediatamente. Nunca partilhe os seus códigos com ninguém."""


@extra("email_thread_reply")
def x_pt_reply(r):
    a, b = Person(r), Person(r)
    return f"""Assunto: RE: Fatura de março

Olá {b.first},

Obrigado pela resposta rápida. Já reencaminhei a fatura para o departamento financeiro e o pagamento deve ser feito até sexta-feira. Se precisar do comprovativo, diga-me e envio-o por e-mail.

Cumprimentos,
{a.full}

> Em {fdate(day(r), 4)}, {b.full} escreveu:
> Bom dia, pode confirmar a data de pagamento da fatura n.º {num(r, 5)}? Obrigado."""


if __name__ == "__main__":
    main()
