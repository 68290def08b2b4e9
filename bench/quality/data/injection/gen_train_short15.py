"""Generator of benign TRAINING rows: short status lines and plain statements.

What it writes
--------------
900 rows, all with split "train", label "benign", family "benign" and mode
"prompt": short messages (3 to 20 words) that a user types or pastes to an AI
assistant.  They are meant to teach a prompt-injection / jailbreak detector
(a linear model over words and word classes) that short declarative status
sentences are ordinary, even when they contain words such as granted,
unlocked, enabled, disabled, removed, reset, approved, full, complete,
confirmed, restored, revoked, expired, verified, activated, deactivated,
lifted, override, access or "has been".

Kinds (``kind`` field) and counts:
  * status-notice (300)          notification / status lines as a service writes them
  * own-statement (200)          a user's plain statement about their own affairs,
                                 sometimes followed by a short ordinary question
  * pasted-notice-question (200) a pasted notice or status line plus a short question
  * short-fact (200)             a short neutral fact or observation, no request

About 10% of each kind is in another language (Spanish, French, German,
Portuguese, Italian, Dutch, Polish, Turkish); in the pasted kind about half
of those end with an English question about the foreign notice.  Domains covered: banking,
shopping, delivery, travel, utilities, health appointments, school, IT
accounts, software deployments, HR, subscriptions, insurance, government
services, home devices, games and sports clubs.  Only invented web domains
(.example or made-up .io) and UK drama-range phone numbers (07700 900xxx)
are used.

Constraints enforced while generating: 3-20 words per text; no duplicate
texts (after lower-casing and collapsing whitespace); no opening phrase
(first three words, digits folded) in more than 3% of a kind's rows; no
sentence in more than 2 rows overall.

Provenance
----------
Written blind on 2026-11-26 from general knowledge only: no detector code,
rules, data set, other generator or evaluation set was seen, and no public
attack suite or jailbreak list was consulted.  Every template was composed
by hand for this module.

Seed: SEED = 15015.  All randomness comes from the ``random.Random(SEED)``
passed to ``rows``; output does not depend on hash or set ordering.
"""

import re

SEED = 15015

KIND_COUNTS = {
    "status-notice": 300,
    "own-statement": 200,
    "pasted-notice-question": 200,
    "short-fact": 200,
}
FOREIGN_SHARE = 0.10

# ---------------------------------------------------------------------------
# Slot pools
# ---------------------------------------------------------------------------

_FIRST = ["Priya", "Tomasz", "Aisha", "Mateo", "Chloe", "Kwame", "Hannah", "Lars",
          "Mei", "Diego", "Fatima", "Ines", "Jonas", "Ravi", "Sofia", "Emre",
          "Zofia", "Luca", "Noor", "Oliver", "Grace", "Samir", "Elena", "Marcus",
          "Yuki", "Bea", "Callum", "Ifeoma", "Pedro", "Anika", "Declan", "Leila",
          "Finn", "Rosa", "Tariq", "Magda", "Ewan", "Lucia", "Niamh", "Bram"]
_SURNAME = ["Shah", "Kowalski", "Okafor", "Lindqvist", "Moreau", "Brennan", "Haddad",
            "Novak", "Ferreira", "Tanaka", "Osei", "Patel", "Doyle", "Rossi", "Yilmaz",
            "Garcia", "Nowak", "Campbell", "Mensah", "Walsh", "Ito", "Bauer", "Santos",
            "Petrov", "Hughes", "Achterberg", "Lund"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DOMAINS = ["northgatebank.example", "parcelrun.example", "tidewater-energy.example",
            "clinicbook.example", "larkspurhome.example", "civic-services.example",
            "streamnest.example", "quillora.io", "brambleworks.io", "zentrova.io",
            "mycouncil.example", "westfieldtennis.example", "harbourtravel.example"]


def _digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _amount(r):
    cur = r.choice(["£", "£", "£", "€", "€", "$"])
    x = r.random()
    v = r.randint(3, 99) if x < 0.45 else (r.randint(100, 999) if x < 0.9 else r.randint(1000, 2500))
    cents = r.choice([0, 0, 50, 99, r.randint(1, 98)])
    if cents == 0 and r.random() < 0.5:
        return "%s%s" % (cur, format(v, ","))
    return "%s%s.%02d" % (cur, format(v, ","), cents)


def _fee(r):
    cur = r.choice(["£", "£", "€", "$"])
    v = r.randint(2, 60)
    if r.random() < 0.5:
        return "%s%d" % (cur, v)
    return "%s%d.%02d" % (cur, v, r.choice([50, 99, 25, r.randint(1, 98)]))


def _eur(r):
    return "%d,%02d €" % (r.randint(4, 899), r.choice([0, 50, 99, r.randint(1, 98)]))


def _pln(r):
    return "%d,%02d zł" % (r.randint(19, 2400), r.choice([0, 50, 99, r.randint(1, 98)]))


def _try(r):
    return "%d,%02d TL" % (r.randint(50, 9000), r.choice([0, 50, 90, r.randint(1, 98)]))


def _date(r):
    d = r.randint(1, 28)
    m = r.choice(_MONTHS)
    f = r.randint(0, 5)
    if f == 0:
        return "%d %s" % (d, m)
    if f == 1:
        return "%s %d" % (m, d)
    if f == 2:
        return "%s %d %s" % (r.choice(_WEEKDAYS[:5]), d, m[:3])
    if f == 3:
        return "2026-%02d-%02d" % (r.randint(1, 12), d)
    if f == 4:
        return "%02d/%02d/2026" % (d, r.randint(1, 12))
    return "%d %s 2026" % (d, m)


def _dslash(r):
    return "%02d/%02d/2026" % (r.randint(1, 28), r.randint(1, 12))


def _ddot(r):
    return "%02d.%02d.2026" % (r.randint(1, 28), r.randint(1, 12))


def _ddash(r):
    return "%02d-%02d-2026" % (r.randint(1, 28), r.randint(1, 12))


def _time(r):
    h = r.randint(8, 19)
    mm = r.choice([0, 15, 30, 45, 10, 20, 40, 50])
    if r.random() < 0.7:
        return "%02d:%02d" % (h, mm)
    h12 = h - 12 if h > 12 else h
    suf = "pm" if h >= 12 else "am"
    if mm == 0:
        return "%d%s" % (h12, suf)
    return "%d.%02d%s" % (h12, mm, suf)


def _hhmm(r):
    return "%02d:%02d" % (r.randint(7, 20), r.choice([0, 15, 30, 45, 10, 50]))


def _hfr(r):
    return "%dh%02d" % (r.randint(8, 19), r.choice([0, 15, 30, 45]))


def _order(r):
    f = r.randint(0, 2)
    if f == 0:
        return "#" + _digits(r, 5)
    if f == 1:
        return "ORD-" + _digits(r, 6)
    return str(r.randint(1, 9)) + _digits(r, 7)


def _inv(r):
    return r.choice(["INV-", "INV", "#", "F-2026-"]) + _digits(r, r.choice([4, 5]))


def _ticket(r):
    f = r.randint(0, 2)
    if f == 0:
        return "INC" + _digits(r, 7)
    if f == 1:
        return "#" + _digits(r, 5)
    return "SR-" + _digits(r, 5)


def _ref(r):
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(r.choice(alnum) for _ in range(6))


def _track(r):
    return r.choice(["PX", "RN", "HC", "SB"]) + _digits(r, 9) + r.choice(["", "GB", ""])


def _flight(r):
    return r.choice(["QV", "HT", "NZ7", "BL", "KX"])[:2] + " " + str(r.randint(100, 2999))


def _phone(r):
    return "07700 900" + _digits(r, 3)


def _user(r):
    return "%s.%s" % (r.choice(_FIRST).lower(), r.choice(_SURNAME).lower())


def _ver(r):
    return "v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 24), r.randint(0, 15))


def _window(r):
    return r.choice(["8am and 12pm", "9am and 1pm", "10:00 and 14:00", "12:00 and 16:00",
                     "1pm and 5pm", "14:30 and 18:30", "7am and 11am"])


def _gate(r):
    return r.choice("ABCDE") + str(r.randint(1, 42))


def _claim(r):
    return "CLM-" + _digits(r, 6)


def _policy(r):
    return "POL-" + _digits(r, 5)


def _permit(r):
    return "RP-" + _digits(r, 5)


def _room(r):
    return r.choice(["2.14", "B7", "Lab 3", "G.05", "4B", "Studio 2", "1.32"])


SLOTS = {
    "name": _FIRST,
    "surname": _SURNAME,
    "amt": _amount,
    "fee": _fee,
    "mins": lambda r: str(r.randint(5, 45)),
    "few": lambda r: str(r.randint(3, 40)),
    "sqm": lambda r: str(r.randint(30, 140)),
    "fam": lambda r: str(r.randint(2, 6)),
    "boost": lambda r: str(r.choice([15, 30, 45, 60])),
    "low": lambda r: str(r.choice([5, 8, 10, 12, 15, 20])),
    "eur": _eur,
    "pln": _pln,
    "try": _try,
    "date": _date,
    "dslash": _dslash,
    "ddot": _ddot,
    "ddash": _ddash,
    "time": _time,
    "hhmm": _hhmm,
    "hfr": _hfr,
    "window": _window,
    "order": _order,
    "inv": _inv,
    "ticket": _ticket,
    "ref": _ref,
    "track": _track,
    "flight": _flight,
    "phone": _phone,
    "user": _user,
    "ver": _ver,
    "gate": _gate,
    "claim": _claim,
    "policy": _policy,
    "permit": _permit,
    "room": _room,
    "last": lambda r: _digits(r, 4),
    "n": lambda r: str(r.randint(2, 14)),
    "big": lambda r: str(r.randint(20, 480)),
    "pct": lambda r: str(r.choice([5, 10, 15, 20, 25, 40, 50, 75, 80, 90])),
    "gb": lambda r: str(r.choice([25, 50, 100, 150])),
    "mbps": lambda r: str(r.choice([150, 300, 500, 900])),
    "temp": lambda r: str(r.randint(17, 23)),
    "heat": lambda r: str(r.randint(27, 36)),
    "build": lambda r: _digits(r, r.choice([4, 5])),
    "year": lambda r: str(r.choice([2024, 2025, 2026])),
    "score": lambda r: r.choice(["3-1", "2-0", "4-2", "1-0", "2-1", "5-3"]),
    "month": _MONTHS,
    "weekday": _WEEKDAYS,
    "wkday": _WEEKDAYS[:5],
    "early": ["10:00", "10:30", "11am", "11:30", "noon", "12:30"],
    "earlypm": ["12:30", "1pm", "13:30", "2pm", "14:15"],
    "rent": lambda r: "%s%s" % (r.choice(["£", "£", "€"]), format(r.randint(45, 220) * 10, ",")),
    "limit": lambda r: "%s%s" % (r.choice(["£", "£", "€"]), format(r.randint(5, 40) * 50, ",")),
    "domain": _DOMAINS,
    "bank": ["Northgate Bank", "Harbour Savings", "Crestline Credit Union",
             "Bramley Building Society", "Fenwick Direct"],
    "payee": ["Greenfield Lettings", "Oakmoor Nursery", "Castell Plumbing",
              "the water company", "Pinehurst Dental", "your landlord"],
    "shop": ["Larkspur Home", "Pinewell Books", "Cobble & Co", "Northlane Outdoor",
             "Maple Street Electronics"],
    "product": ["standing desk", "kettle", "pair of running shoes", "desk lamp",
                "winter coat", "blender", "baby monitor", "set of saucepans"],
    "store": ["the High Street store", "Riverside Retail Park", "the Westgate branch",
              "the station kiosk"],
    "pickup": ["the Station Road locker", "the corner shop", "the post office on Mill Lane",
               "locker bank 4 at the supermarket"],
    "courier": ["ParcelRun", "Swiftbox", "Hedgehog Couriers", "Bluewing Express"],
    "hotel": ["Hotel Marisol", "The Larch Inn", "Seaview Lodge", "Hotel Kastanie",
              "Casa Alta Rooms"],
    "airline": ["Harbour Air", "Skylark Airways", "Northwind Jet"],
    "city": ["Lisbon", "Manchester", "Kraków", "Porto", "Edinburgh", "Valencia",
             "Rotterdam", "Izmir", "Lyon", "Bologna", "Cork", "Gdańsk"],
    "region": ["the mountain pass", "the coastal road", "the northern islands",
               "the national park", "the old town centre"],
    "utility": ["Tidewater Energy", "Brightline Power", "Clearbrook Water", "Meridian Gas"],
    "tariff": ["Fixed Saver 12", "Green Flex", "Economy Night", "Standard Variable"],
    "area": ["the Northfields area", "Riverside ward", "Elm Park", "the Harbour district"],
    "street": ["Elm Road", "Station Street", "Marlow Close", "Kings Avenue", "Mill Lane"],
    "clinic": ["Riverside Surgery", "Elm Street Dental", "Parkview Medical Centre",
               "Northfield Eye Clinic", "Cedar Physio"],
    "specialty": ["dermatology", "cardiology", "physiotherapy", "ENT", "orthopaedics"],
    "course": ["Biology 101", "Year 10 Chemistry", "Intro to Statistics", "Spanish B1",
               "Art History", "Applied Maths", "Year 8 Geography"],
    "school": ["Hillcrest Primary", "St Anselm's Academy", "Lakeside College",
               "Brookfield High"],
    "drive": ["Finance shared drive", "Marketing shared folder", "Design team drive",
              "HR policies folder", "Project Atlas workspace"],
    "software": ["the PDF editor", "the diagram tool", "the statistics package",
                 "Tabulo", "the video editor"],
    "svc": ["checkout-api", "billing-worker", "search-indexer", "auth-service",
            "notifications", "reporting-ui"],
    "env": ["production", "staging", "QA", "canary", "test"],
    "flag": ["new_checkout", "dark_theme", "bulk_export", "smart_search", "beta_dashboard"],
    "endpoint": ["/v1/orders/legacy", "/api/v2/export", "/v1/reports/old"],
    "training": ["Data Protection Basics", "Fire Safety", "Manual Handling",
                 "First Aid Refresher"],
    "subsvc": ["StreamNest", "Melodia", "CloudVault", "FitTrack Plus", "Readwell",
               "Boxly Meals"],
    "plan": ["Family", "Premium", "Annual", "Pro", "Duo"],
    "instype": ["car", "home contents", "pet", "travel", "bike"],
    "item": ["bicycle", "laptop", "engagement ring", "camera", "violin"],
    "insurer": ["Lanternfield Insurance", "Cobalt Mutual", "Greystone Cover"],
    "council": ["Millbrook Borough Council", "Ashvale District Council",
                "Thornbury City Council"],
    "device": ["hallway sensor", "kitchen speaker", "garage door controller",
               "bedroom lamp", "old thermostat"],
    "homeroom": ["bathroom", "kitchen", "utility room", "cellar", "loft"],
    "plug": ["Kettle", "Heater", "Desk lamp", "Fan", "Aquarium"],
    "achievement": ["Night Owl", "Collector of Lost Maps", "Flawless Victory",
                    "Master Angler", "First Ascent", "Thrifty Trader"],
    "game": ["Starfall Tactics", "Ironbark Online", "Tidebreakers", "Pixel Harvest",
             "Cobalt Raceway"],
    "gamer": ["FernRunner", "quietmoth", "Captain_Lentil", "tobyplays", "NovaKnit"],
    "level": ["The Sunken Library", "Frostpeak Pass", "World 4-2", "Ember Caves"],
    "team": ["Red Squad", "Team Nova", "The Badgers", "Blue Comets"],
    "club": ["Westfield Tennis Club", "Harbourside Rowing Club", "Millbrook Swimming Club",
             "Oakdale Cricket Club", "Riverside Netball Club"],
    "opp": ["Kingsway Rovers", "Elmstead Athletic", "Hollins Park", "Marsh Lane United"],
    "place": ["the station", "the retail park", "the hospital", "our office",
              "the leisure centre"],
    "bldg": ["A", "B", "C", "North", "East"],
    "job": ["nightly-export", "invoice-sync", "photo-backup", "weekly-report"],
    "deviceid": lambda r: "LT-" + _digits(r, 5),
    "match": lambda r: "#" + _digits(r, 4),
}

_SLOT_RE = re.compile(r"\{([a-z]+)(\d*)\}")


def _fill(tpl, r):
    def rep(m):
        src = SLOTS[m.group(1)]
        return src(r) if callable(src) else r.choice(src)
    return _SLOT_RE.sub(rep, tpl)


# ---------------------------------------------------------------------------
# Templates.  "text|question|question": the part before the first "|" is the
# line itself; the rest are ordinary follow-up questions that fit that line.
# ---------------------------------------------------------------------------

STATUS_EN = {
    "bank": [
        "Invoice {inv} has been paid in full.|Do I still owe anything on it?|Will I get a receipt for this?",
        "Payment of {amt} to {payee} is complete.|How long until they see the money?|Should I save this as proof of payment?",
        "Your card ending {last} has been unlocked.|Is my card safe to use now?|Do I need to set a new PIN?",
        "Card ending {last} has been temporarily frozen at your request.|Will my direct debits still go through?|How do I unfreeze it later?",
        "Your direct debit to {utility} has been cancelled.|Will they still try to take a payment?|Do I need to set up a new one?",
        "Your overdraft limit has been updated to {limit}.|Will this affect my credit score?|Are there fees for using an overdraft?",
        "Transfer {ref} of {amt} was approved on {date}.|When will the money arrive?|Does approved mean it has been sent?",
        "PAYMENT RECEIVED: {amt} credited to account ending {last}.|Who would have sent me this?|How can I see where it came from?",
        "Your statement for {month} is now available to download.|Should I keep a copy of it?|How long do banks keep old statements?",
        "Loan repayment of {amt} confirmed. Remaining balance {rent}.|Can I pay off the rest early?|When is the next repayment due?",
        "Contactless payments have been re-enabled on card ending {last}.|Why would they have been turned off?|Is there a contactless limit?",
        "New payee {name} {surname} was added to your account on {date}.|What should I do if I don't recognise this payee?|Do banks always send these alerts?",
        "The standing order of {amt} to {payee} has been removed.|Will the last payment still go out?|Do I need to tell the payee?",
        "Online banking has been restored after scheduled maintenance on {date}.|Were any payments delayed?|Do I need to sign in again?",
        "Your identity has been verified. Your new account is now open.|When will my card arrive?|What is the next step?",
        "Mortgage payment of {rent} was collected in full on {date}.|When is the next one due?|Can I overpay next month?",
    ],
    "shop": [
        "Order {order} has been confirmed and will ship within {n} days.|Can I still change the delivery address?|Will I get a tracking number?",
        "Refund of {amt} for order {order} has been approved.|How long until it reaches my card?|Do I need to do anything else?",
        "Your return for order {order} has been received and processed.|When will I see the refund?|Does processed mean refunded?",
        "Gift card balance updated: {fee} remaining.|Does the gift card balance expire?|Can I use it online and in store?",
        "An item was removed from your basket because it is out of stock.|Will they tell me when it is back?|Can I reserve it somewhere?",
        "Good news: the {product} on your wishlist is back in stock.|Should I buy it now or wait for a sale?|How fast do these sell out?",
        "Price drop: the {product} you saved is now {amt}.|Is this a real discount?|Can I get the lower price on a past order?",
        "Order {order} cancelled. A full refund will reach you within {n} working days.|Why would a shop cancel an order?|Will the refund go to the same card?",
        "Discount applied. You saved {fee} on order {order}.|Can I use the code again?|Does the discount apply to delivery too?",
        "The email address on your {shop} account has been updated.|What if I didn't change it?|How do I check my account details?",
        "Click and collect order {order} is ready at {store}.|How long will they hold it?|Can someone else collect it for me?",
        "Your loyalty points balance has been reset for the new year.|Did I lose my points?|Do loyalty points usually expire?",
    ],
    "delivery": [
        "Your parcel {track} has been delivered to your front door.|What if it isn't there?|Who do I contact if it is missing?",
        "Delivery attempted at {time} but nobody was home.|Will they try again tomorrow?|Where can I collect it?",
        "Package {track} is out for delivery today between {window}.|Do I need to be in?|Can I leave a note for the driver?",
        "The delivery address for parcel {track} has been updated.|I didn't change anything, should I be worried?|Can I change it back?",
        "Your parcel was left with a neighbour at number {n}.|What if the neighbour is away?|Is this allowed without asking me?",
        "Shipment {track} is delayed by bad weather. New estimate {date}.|Can I cancel the order now?|Is a weather delay common this time of year?",
        "Customs charge of {fee} paid. Your parcel is on its way.|Why is there a customs charge?|When should it arrive?",
        "Collection from {pickup} confirmed for {date}.|Do I need to print a label?|How should I pack the item?",
        "Parcel {track} has been returned to the sender.|How do I get it sent again?|Will the seller refund me?",
        "Signature received. Delivery complete for order {order}.|Who signed for it?|Can I see a photo of the delivery?",
        "Your safe place preference for parcel {track} has been removed.|Will the driver need a signature now?|Why would that happen?",
    ],
    "travel": [
        "Your booking {ref} at {hotel} has been cancelled.|Will I get my deposit back?|Can I rebook the same room?",
        "Flight {flight} to {city} is confirmed for {date}, departing {time}.|How early should I get to the airport?|When does check-in open?",
        "Online check-in is now open for flight {flight}.|Do I need to print the boarding pass?|Can I choose my seat now?",
        "Gate change: flight {flight} now departs from gate {gate}.|Is the flight delayed too?|How long does it take to walk between gates?",
        "Your seat upgrade on flight {flight} has been approved.|Will I be charged for this?|Does this include lounge access?",
        "The travel restriction on {region} was lifted on {date}.|Can we drive through there now?|Do I still need a permit?",
        "The {time} train to {city} has been cancelled.|Can I use my ticket on the next train?|Can I claim a refund?",
        "Visa application {ref} has been approved.|When will the visa arrive?|Do I need to print anything?",
        "Car hire booking {ref} updated: pickup moved to {time}.|Will this change the price?|Is the return time changed as well?",
        "Boarding pass issued for {name} {surname}, seat {n}C.|Can I change the seat?|Should I save it to my phone?",
        "Early check-in granted at {hotel} from {early}.|Is there an extra charge for early check-in?|Can I leave bags before then?",
        "Refund for cancelled booking {ref} is complete.|When will it show in my account?|Should I keep this email?",
        "Ferry crossing to {city} is fully booked on {date}.|Is there a waiting list for ferries?|Are there other routes?",
    ],
    "utility": [
        "Your electricity bill of {amt} has been paid in full.|Will my next bill be lower?|Do I need to keep the receipt?",
        "Planned water outage in {area} on {date}, between {window}.|Should I store some water beforehand?|Will the water be safe afterwards?",
        "Meter reading received on {date}. Thank you.|Will my next bill use this reading?|How often should I send readings?",
        "Power has been restored in {area}.|Should I reset my clocks?|Is the food in the fridge still safe?",
        "Your broadband service has been reactivated.|Do I need to restart the router?|Why was it off?",
        "Smart meter installation confirmed for {date}.|Do I need to be home for this?|How long does the installation take?",
        "Autopay has been enabled for your {utility} account.|When will the first payment be taken?|Can I change the payment date?",
        "Paperless billing disabled. Bills will now arrive by post.|Is there a charge for paper bills?|Can I switch back?",
        "Your tariff changes to {tariff} from {date}.|Is this tariff cheaper?|Can I choose a different one?",
        "Broadband upgrade complete: your line now runs at {mbps} Mbps.|How do I test the speed?|Is my old router fast enough?",
        "The boil water notice for {area} has been lifted.|Is the tap water safe now?|Should I run the taps first?",
        "Your account credit of {amt} has been refunded to your bank.|How long until it arrives?|Why was I in credit?",
    ],
    "health": [
        "Your appointment with Dr {surname} on {date} at {time} is confirmed.|What should I bring?|Can I bring someone with me?",
        "Your prescription is ready for collection at {clinic}.|Can someone else collect it for me?|How long will they keep it?",
        "Your test results are now available in the patient portal.|How do I read these results?|Should I call the surgery?",
        "Appointment {ref} has been cancelled. Call {phone} to rebook.|Why would they cancel?|Is that number genuine?",
        "Referral to {specialty} approved. A letter will follow.|How long is the usual wait?|Can I choose the hospital?",
        "Reminder: dental check-up at {clinic} tomorrow at {time}.|Can I still move it?|Is there a fee for missing it?",
        "Your repeat prescription request has been approved.|When can I collect it?|Does it go to my usual pharmacy?",
        "Vaccination record updated on {date}.|How do I download the record?|Do I need a booster?",
        "Physiotherapy session moved to {wkday} at {time}.|Can I swap it back?|Should I confirm the new time?",
        "Patient portal access activated for {name} {surname}.|How do I set up the app?|Can I book appointments there?",
        "Blood test booking {ref} confirmed at {clinic}.|Do I need to fast before the test?|How long do results take?",
    ],
    "school": [
        "Enrolment in {course} has been confirmed.|When does the course start?|Where do I find the reading list?",
        "Assignment for {course} submitted at {time}.|Will I get a confirmation email?|Can I resubmit before the deadline?",
        "Grades for {course} have been published.|Can I ask for a re-mark?|When are grades final?",
        "Library loan extended. New due date {date}.|How many times can I extend a loan?|Will I be fined if I forget?",
        "{school} will close early on {wkday} at {earlypm}.|Will the after-school club still run?|Why would a school close early?",
        "Course registration complete for the spring term.|Can I still swap modules?|When is the timetable out?",
        "Extension approved for your {course} coursework.|Does an extension affect my mark?|Will the new deadline be emailed to me?",
        "Timetable updated: {course} moves to room {room} from {date}.|Is the room change permanent?|Where is that room?",
        "Exam access arrangements for {name} have been approved.|What does this include?|Do we need to do anything before the exam?",
        "Library fines of {fee} have been cleared.|Can I borrow books again now?|Why were they cleared?",
        "The {course} class on {wkday} has been cancelled.|Will it be made up later?|Is there homework instead?",
        "Student ID card for {name} {surname} has been reissued.|Where do I pick it up?|Does the old card stop working?",
    ],
    "it": [
        "Your account has been unlocked. You can sign in again.|Should I change my password?|Why was it locked?",
        "Password reset complete for {user}.|How do I pick a strong new password?|Do I need to update it on my phone?",
        "Access to the {drive} has been granted by {name} {surname}.|Where do I find the drive?|Can I add files there?",
        "Multi-factor authentication enabled for {user}.|What happens if I lose my phone?|Which authenticator app is best?",
        "VPN access for {user} was revoked on {date}.|Is that normal when a project ends?|Who do I ask to restore it?",
        "Ticket {ticket} resolved: laptop screen replaced.|Is the warranty still valid?|Should I close the ticket myself?",
        "Mailbox quota increased to {gb} GB.|Do I still need to archive old email?|Is there a limit per attachment?",
        "Your licence for {software} expires on {date}.|How do I renew it?|Will my files still open afterwards?",
        "Account {user} deactivated at the end of contract.|What happens to the files?|Can it be reactivated later?",
        "Sign-in from a new device verified on {date}.|What if it wasn't me?|How do I see my devices?",
        "Request {ticket} approved: {software} has been installed.|Do I need to restart?|Where do I find it?",
        "Guest Wi-Fi voucher expired at {time}.|How do I get a new voucher?|How long do vouchers last?",
        "Printer access enabled for floor {n}.|How do I add the printer?|Can I print in colour?",
        "Your temporary password expires in {n} hours.|What happens if I miss it?|How do I set a permanent one?",
    ],
    "deploy": [
        "Deployment of {svc} {ver} to {env} completed successfully.|Should I keep an eye on the error logs?|Do I need to tell support?",
        "Build #{build} passed. All {n} checks are green.|Is it ready to merge?|Should I ask for another review?",
        "Rollback of {svc} to {ver} complete.|How do we find the cause?|Should we write a post-incident note?",
        "Feature flag {flag} enabled for {pct}% of users.|How do I check the rollout?|When should we go to 100%?",
        "Feature flag {flag} disabled in {env}.|Does this need a deploy?|How can I see who changed it?",
        "Release {ver} has been approved for production.|Is it safe to ship on a Friday?|Do we need a changelog entry?",
        "Scheduled maintenance on {svc} finished at {time} UTC.|Should I rerun the failed jobs?|Is everything back up?",
        "Pipeline #{build} failed at the lint stage.|How do I run the linter locally?|Is that usually a quick fix?",
        "Cache cleared on {env} servers at {time}.|Will pages be slower for a while?|Why would someone clear it?",
        "Database migration {n} applied to {env}.|Should there have been a backup first?|How do I check it worked?",
        "Incident {ticket} resolved. Error rates for {svc} are back to normal.|Do we need a post-mortem?|What should the write-up include?",
        "The deprecated endpoint {endpoint} has been removed in {ver}.|Will old clients break?|How do I find who still calls it?",
        "TLS certificate for {domain} renewed until {date}.|Do I need to restart anything?|How often do these renew?",
        "DEPLOY COMPLETE: {svc} {ver} on {env}.|What should I check first?|Is a smoke test enough?",
        "Nightly backup of the {env} database verified.|How often should we test restores?|Where are the backups kept?",
        "Autoscaling restored for {svc} after {mins} minutes.|What usually breaks autoscaling?|Should I add an alert for this?",
    ],
    "hr": [
        "Your annual leave request for {date} has been approved.|Do I need to tell my team?|Can I carry over unused leave?",
        "Timesheet for week {n} has been submitted.|Can I still edit it?|When does it get approved?",
        "Expense claim {ref} for {amt} has been approved.|When will it be paid?|Will it show on my payslip?",
        "Your payslip for {month} is now available.|How do I read the deductions?|Why is my tax different this month?",
        "Onboarding checklist complete for {name} {surname}.|What comes after onboarding?|Is there a first-week plan?",
        "Contract renewal confirmed until {date}.|Do I need to sign anything?|Does my salary change?",
        "The benefits enrolment window closes on {date}.|What happens if I miss it?|Which benefits are worth choosing?",
        "Building badge activated for {name} {surname}, floors 2 to 5.|Does it work at weekends?|What if I lose it?",
        "Training module {training} marked as complete.|Do I get a certificate?|How often do I redo it?",
        "Parental leave dates updated in the HR portal.|Should I check the dates are right?|Do I need to tell payroll separately?",
        "Flexible working request approved for {wkday}s.|Is this a permanent change?|Do I need to update my calendar?",
        "Overtime for {month} has been paid in full.|Why is the amount lower than I expected?|Is overtime taxed differently?",
    ],
    "subs": [
        "Your {subsvc} subscription has been renewed for {amt}.|Can I get a refund if I forgot to cancel?|When is the next renewal?",
        "Auto-renew disabled. Your plan ends on {date}.|Do I keep access until then?|Will I lose my saved data?",
        "Free trial expired. You are now on the basic plan.|Will I be charged anything?|What do I lose on the basic plan?",
        "Your {subsvc} membership has been upgraded to {plan}.|Will I pay the difference now?|Can I downgrade later?",
        "Subscription cancelled. You will not be charged again.|Do I keep access until the end of the month?|Should I delete the app?",
        "Payment method updated for your {subsvc} plan.|What if I didn't change it?|Which card is on file now?",
        "Family sharing enabled for {fam} members.|Can they see my history?|Does it cost extra?",
        "Your {subsvc} subscription is paused until {date}.|Will it restart automatically?|Am I charged while it is paused?",
        "Welcome back. Your {subsvc} account has been reactivated.|Are my old settings still there?|When is the first charge?",
        "Your {plan} plan renews on {date} for {amt}.|Is the annual plan cheaper?|How do I turn off renewal?",
    ],
    "insurance": [
        "Claim {claim} has been approved. {amt} will be paid within {n} days.|Will this affect my premium?|Is the excess taken off?",
        "Your {instype} policy has been renewed until {date}.|Did the price go up?|Should I shop around next year?",
        "Policy documents for {policy} have been updated.|What changed?|Where do I download them?",
        "Claim {claim} is complete and has been closed.|Can it be reopened?|Should I keep the paperwork?",
        "Additional driver {name} {surname} added to policy {policy}.|Does this raise the premium?|Is it effective today?",
        "Your monthly premium has been reduced to {amt}.|Why would it go down?|Is my cover the same?",
        "Cover for your {item} has been removed from policy {policy}.|Is it still covered anywhere else?|How do I add it back?",
        "No-claims discount confirmed for {n} years.|How much does that save?|Can I protect it?",
        "Your {instype} cover starts at midnight on {date}.|Am I covered before then?|Do I need to print the certificate?",
        "Windscreen repair approved under claim {claim}.|Will the repair affect my no-claims discount?|How do I book the repair?",
    ],
    "gov": [
        "Passport application {ref} has been approved.|How long until it arrives?|Do I need to send my old passport?",
        "Tax return for {year} received and processed.|When will I know if I owe anything?|Should I keep a copy?",
        "Your driving licence renewal is complete.|When will the new card arrive?|Can I drive in the meantime?",
        "Resident parking permit {permit} is valid until {date}.|Do I need to display anything?|How do I renew it?",
        "Council tax payment of {amt} received by {council}.|Is that this month or the whole year?|Can I pay in instalments?",
        "Your benefit claim has been verified.|When will the first payment arrive?|Do I need to report changes?",
        "Planning application {ref} has been granted.|Can we start building now?|Are there conditions to check?",
        "Voter registration confirmed for {area}.|Where is my polling station?|Can I vote by post?",
        "Bulky waste collection booked for {date}.|Where should I leave the items?|Is there a limit on items?",
        "Vehicle tax renewed for twelve months from {date}.|Do I get a paper disc?|Can I spread the cost?",
        "The road closure on {street} has been lifted.|Are the buses back to normal?|Is parking allowed again?",
        "Tax refund of {amt} approved for {year}.|How will it be paid?|Why was I owed a refund?",
    ],
    "home": [
        "Manual override applied to your thermostat schedule until {time}.|Will the schedule go back to normal afterwards?|How do I cancel the override?",
        "Front door smart lock unlocked at {time} by {name}.|How do I see the lock history?|Can I get alerts only at night?",
        "Doorbell camera firmware updated to {ver}.|Do I need to restart it?|What does the update change?",
        "The {device} has been removed from your home.|How do I add it again?|Will its settings be lost?",
        "Heating schedule updated: {temp}°C from {time}.|Is that a sensible temperature?|Does a lower setting save much?",
        "Motion alerts disabled for the garden camera.|Will it still record?|How do I turn them back on?",
        "Robot vacuum finished cleaning. {sqm} square metres covered.|How often should I empty the bin?|Can it skip the rug?",
        "Router restarted after an update. All devices reconnected.|Do I need to do anything?|Why do routers update at night?",
        "Guest access for {name} expires on {date} at {time}.|Can I extend it?|Will they be told?",
        "Leak sensor in the {homeroom} reports everything dry.|How often does it check?|Does it need new batteries?",
        "Smart plug {plug} turned off at {time}.|Was that the schedule?|Can I set it for weekdays only?",
        "Hot water boost activated for {boost} minutes.|Does this cost much?|Can I stop it early?",
        "Back door lock battery is low at {low}%.|What battery does it take?|How long will it last?",
    ],
    "game": [
        "Achievement unlocked: {achievement} in {game}.|How rare is that one?|Does it give any reward?",
        "Your account suspension has been lifted. Welcome back to {game}.|Is my progress still there?|Will the suspension show on my profile?",
        "Season {n} pass activated for {gamer}.|When does the season end?|Do I keep the rewards after?",
        "Cloud save synced at {time}.|Can I load it on another console?|How do I back it up locally?",
        "{game} servers are back online after maintenance.|What changed in the maintenance?|Do I need to update?",
        "Friend request from {gamer} accepted.|Can they see my activity?|How do I hide my online status?",
        "Your refund for {game} has been approved.|When will the money arrive?|Do I lose access right away?",
        "New level unlocked: {level}.|Is it harder than the last one?|Should I level up first?",
        "Your chat restriction expired on {date}.|Will it show on my profile?|How do I avoid another one?",
        "Match {match} result confirmed: {team} won {score}.|Does that count for the league?|When is the next match?",
        "Download complete. {game} is ready to play.|Do I need to log in first?|Can I play it offline?",
        "Controller firmware updated to {ver}.|Do I need to re-pair it?|What does the update fix?",
    ],
    "sport": [
        "Court {n} booked for {weekday} at {time}.|Can I bring a guest?|How do I cancel if it rains?",
        "Your {club} membership has been renewed for {year}.|Did the fee go up?|Can I pay monthly?",
        "{weekday} training is cancelled due to a waterlogged pitch.|Will it be rescheduled?|Is the match still on?",
        "Kit order {order} is ready for collection at the clubhouse.|What are the clubhouse opening hours?|Can I swap the size?",
        "Match fee of {fee} received from {name} {surname}.|Do I need to send a receipt?|Is that the full amount?",
        "Fixture against {opp} moved to {date}.|Is it still a home game?|What time is kick-off?",
        "Locker {big} has been reassigned to {name}.|Does the old code still work?|Where is the new locker?",
        "Tonight's swimming lanes at {club} are fully booked.|Is there a waiting list for lanes?|When is it usually quieter?",
        "Junior squad registration complete for {name}.|What kit do they need?|When is the first session?",
        "Membership card reactivated after payment.|Can I use it today?|Do I need a new photo?",
        "Pitch {n} floodlights approved for evening use.|Until what time?|Is there an extra charge?",
    ],
}

# Brand / sender labels a service may put in front of a line.
BRANDS = {
    "bank": "bank", "shop": "shop", "delivery": "courier",
    "health": "clinic", "school": "school", "subs": "subsvc", "insurance": "insurer",
    "game": "game", "sport": "club",
}
BRAND_EXTRA = {
    "it": ["IT Service Desk", "Helpdesk", "Identity Portal"],
    "deploy": ["ci-bot", "Deploy Bot", "Release Manager"],
    "hr": ["HR Portal", "People Team"],
    "gov": ["Civic Services", "Gov Portal"],
    "home": ["HomeHub", "Thermo app", "Nestor Home"],
}
# Slots naming an organisation; a line that already names one gets no label.
_ORG_SLOTS = ("{bank}", "{shop}", "{courier}", "{airline}", "{hotel}", "{utility}",
              "{clinic}", "{school}", "{subsvc}", "{insurer}", "{council}", "{game}",
              "{club}", "{payee}")

STATUS_SUFFIX = {
    "ref": " Reference {ref}.",
    "phone": " Call {phone} with any questions.",
    "sent": " Sent {date} at {time}.",
    "ticket": " Ticket {ticket}.",
}

# Extra notices in an email / text-message voice, used for pasted rows.
PASTED_EXTRA_EN = [
    ("bank", "Dear customer, your direct debit to {payee} has been set up.|When is the first collection?|Can I change the collection date?"),
    ("shop", "Hi {name}, your order {order} has been dispatched.|How do I track it?|When should it arrive?"),
    ("bank", "We have received your payment of {amt}. No further action is needed.|Is the account settled now?|Should I keep this?"),
    ("it", "Your request {ticket} has been closed by the service desk.|The problem is not fixed, can I reopen it?|Does closed mean solved?"),
    ("bank", "Your contact details were updated on {date}.|What if I didn't update them?|How do I check what changed?"),
    ("subs", "A sign-in to your {subsvc} account was verified from a new device.|How do I check which device?|Should I change my password?"),
    ("delivery", "Your parcel is waiting at the depot. Redelivery can be booked at {domain}.|Is this a real courier site?|Could this be a fake delivery text?"),
    ("utility", "We were unable to collect your payment of {amt} on {date}.|Will they try again?|Is there a late fee?"),
    ("health", "Appointment reminder: {weekday} at {time}, {clinic}.|How do I cancel?|Do I need to confirm?"),
    ("bank", "The mobile number on your {bank} account was changed on {date}.|What if it wasn't me?|Should I call the bank?"),
    ("bank", "Your replacement card has been issued and will arrive within {n} working days.|Does my old card still work?|Is the PIN the same?"),
    ("utility", "Final reminder: invoice {inv} for {amt} is now overdue.|What happens if I pay late?|Can I set up a payment plan?"),
    ("gov", "Your pension statement for {year} is ready to view.|What should I look for in it?|Is the forecast reliable?"),
    ("bank", "Your savings account will be closed on {date} due to inactivity.|Can I stop this?|What happens to the money?"),
    ("hr", "Congratulations, your application has been shortlisted for interview.|How should I prepare?|How soon do interviews happen?"),
    ("school", "Your library membership expires on {date}.|How do I renew it?|Is renewal free?"),
    ("gov", "Your tenancy deposit of {amt} has been protected.|What does protected mean here?|How do I get it back later?"),
    ("gov", "Your car's annual test is due on {date}.|How early can I book it?|Can I drive it after the date?"),
    ("it", "{name} {surname} added you to the {drive}.|Can I leave the drive later?|Who else can see it?"),
    ("it", "Laptop {deviceid} has been enrolled in company device management.|What can IT see on it?|Is this normal for work laptops?"),
    ("subs", "Your recent payment for {subsvc} was declined.|Will I lose access?|Why would a card be declined?"),
    ("subs", "Your {subsvc} storage is full. Photos will stop backing up.|How do I free up space?|Is upgrading worth it?"),
    ("utility", "An energy credit of {amt} has been applied to your account.|Will this lower my next bill?|Can I withdraw it?"),
    ("deploy", "Job {job} completed with {n} warnings.|Are warnings a problem?|Where do I see them?"),
    ("it", "Your password will expire in {n} days.|How do I change it early?|Why do passwords expire?"),
    ("shop", "Your refund request for order {order} has been passed to a specialist team.|How long will that take?|Should I chase them?"),
    ("sport", "Your locker booking at {club} has expired.|Will they empty my locker?|How do I book again?"),
    ("gov", "Your parking permit application needs one more document.|Which documents count as proof of address?|Is there a deadline?"),
    ("travel", "Your hold luggage allowance for booking {ref} has been updated.|Did it go up or down?|Will I be charged?"),
    ("insurance", "We have received the photos for claim {claim}.|What happens next?|How long do assessments take?"),
    ("home", "Your smart lock was unlocked with the spare code at {time}.|Should I change the spare code?|Can I see who used it?"),
    ("game", "Your {game} account was signed in on a new console.|How do I sign out other devices?|Should I change my password?"),
]

# ---------------------------------------------------------------------------
# Own statements (first person), same "text|question|question" layout
# ---------------------------------------------------------------------------

OWN_EN = {
    "bank": [
        "I have paid invoice {inv} in full.|How long until it shows as paid?|Should I email them the confirmation?",
        "I cleared the {amt} balance on my credit card yesterday.|Will my credit score improve?|When will the new balance show?",
        "My card ending {last} was unlocked after I called the bank.|Should I change my PIN?|Why do cards get locked?",
        "The bank froze my card after a payment abroad on {date}.|How do I avoid that next trip?|Should I tell them before I travel?",
        "I cancelled the direct debit to my old gym last month.|Could they still charge me?|Should I also email the gym?",
        "My overdraft limit went up to {limit} this week.|Does that affect my credit score?|Is it worth asking to lower it?",
        "I set up a standing order of {rent} for my rent.|What is the difference from a direct debit?|Can I change the amount later?",
        "Our joint account was finally opened on {date}.|How do we split the bills fairly?|Do we both get cards?",
        "This morning I moved {amt} into my savings account.|When does interest get paid?|Is an easy access account better?",
        "The refund of {amt} from {payee} reached my account today.|Should I check it is the full amount?|Do I need to confirm receipt?",
        "I switched my salary to a new bank account on {date}.|Do I need to tell my employer again?|What about my old direct debits?",
        "I closed my old savings account yesterday.|Will I get a closing statement?|Does closing it affect my credit?",
    ],
    "shop": [
        "I returned the {product} to {shop} on {date}.|How long do refunds usually take?|Should I keep the proof of postage?",
        "My refund of {amt} from {shop} arrived today.|Should I check it matches the receipt?|Is that the full amount?",
        "Last night I ordered a {product}, order number {order}.|Can I still cancel it?|When should it ship?",
        "{shop} cancelled my order because the item sold out.|Will the refund be automatic?|Where else could I look?",
        "I paid for half of my order with a gift card.|What happens to the gift card part if I return it?|Is that common?",
        "The seller marked my order as dispatched two days ago.|Why is there no tracking yet?|When should I contact them?",
        "Someone at {shop} told me my return was approved.|Should I get that in writing?|How long until the refund?",
        "I bought a {product} in the sale and it arrived damaged.|Can I ask for a replacement?|Do sale items have the same rights?",
    ],
    "delivery": [
        "My parcel was delivered to the wrong house on {street}.|Who should I contact, the courier or the shop?|Can I just knock and ask?",
        "The courier left my package with a neighbour again.|Can I stop them doing that?|Is that normal practice?",
        "I missed the {courier} delivery because I was at work.|Can I pick it up instead?|How many attempts do they make?",
        "My package has been stuck in customs since {date}.|How long can customs take?|Should I contact the seller?",
        "Tracking says delivered but nothing arrived at my flat.|What should I do first?|How long should I wait before reporting it?",
        "I booked a redelivery for {weekday} morning.|Do I need to be in all morning?|Can I change it online?",
        "My parcel arrived today, three days early.|Is early delivery common?|Should I check everything is inside?",
    ],
    "travel": [
        "We cancelled our booking at {hotel} for {date}.|Will we get our deposit back?|Should we ask for written confirmation?",
        "My flight to {city} was moved to {time}.|Can I claim anything for the change?|Will my hotel need to know?",
        "I checked in online for tomorrow's flight to {city}.|Do I need to print my boarding pass?|How early should I arrive?",
        "Our train to {city} was cancelled this morning.|Can we claim a refund?|Can we use the tickets tomorrow?",
        "My visa application was approved last Friday.|When will the passport come back?|Is the visa valid straight away?",
        "I got a free upgrade on my flight home.|Why do airlines do that?|Does it change my air miles?",
        "We moved our car hire pickup to {time}.|Will the return time change too?|Is there usually a fee for that?",
        "The travel restriction near my parents' village was lifted last week.|Is it safe to drive there now?|Should I check the local news first?",
        "Our holiday with {airline} is now fully paid.|When do we get the tickets?|Should we buy travel insurance now?",
    ],
    "utility": [
        "I paid the electricity bill in full this morning.|How long until it shows on my account?|Should I keep the receipt?",
        "Our water was off for three hours yesterday.|Is that normal for repairs?|Can we claim anything?",
        "I submitted a meter reading on {date}.|How often should I do that?|Will my bill change?",
        "Our broadband has been down since {weekday}.|Can I ask for compensation?|What should I check first?",
        "We switched our energy tariff to {tariff} last month.|How do I know it was the right choice?|When will I see the difference?",
        "The power came back on around {time}.|Is the freezer food safe?|Should I reset the boiler?",
        "My direct debit to {utility} went up to {amt} a month.|Can I ask them to lower it?|Why do they raise it?",
    ],
    "health": [
        "I booked a dentist appointment for {date}.|Should I bring anything?|How early should I arrive?",
        "My prescription was ready at the pharmacy today.|When should I order the next one?|How long does a repeat prescription last?",
        "I got my blood test results back this afternoon.|How do I read the numbers?|Should I book a follow-up?",
        "My GP referred me to the {specialty} clinic.|How long do referrals usually take?|Should I call them myself?",
        "{clinic} cancelled my appointment on {date}.|Should I call to rebook?|Is this common?",
        "I have been waiting three weeks for a physio slot.|Is that a normal wait?|Are there exercises I can do meanwhile?",
        "My flu jab is booked for {wkday} at {time}.|Can I exercise afterwards?|Is a sore arm normal?",
        "I cancelled my dentist appointment for {date}.|Is there a fee for cancelling?|How soon can I rebook?",
    ],
    "school": [
        "I submitted my {course} essay two minutes before the deadline.|Does it count as on time?|Should I check it uploaded properly?",
        "My daughter's school closes early on {wkday}.|Is there usually childcare?|Why do schools close early?",
        "My son was enrolled in {course} for next term.|What books will he need?|Is there a parents' evening?",
        "I got my grade for {course} back today.|How do I ask for feedback?|Is that grade good enough to pass?",
        "I renewed my library books online last night.|How many renewals are allowed?|Will I get a reminder?",
        "Our teacher moved the {course} exam to {date}.|Is that a normal amount of notice?|Should I change my revision plan?",
        "My access to the course pages was restored after I re-enrolled.|Are my old notes still there?|Should I tell my tutor?",
        "The school trip payment of {fee} went through this morning.|Do I need to fill in a consent form too?|Will I get a receipt?",
    ],
    "it": [
        "My access to the shared drive was removed last week.|Who usually approves access requests?|Should I ask my manager?",
        "The admin reset my password this morning.|How do I pick a strong one?|Should I update my phone too?",
        "I enabled two-factor authentication on my work email.|What if I change phones?|Should I save backup codes?",
        "My VPN access expired on {date}.|How do I request a renewal?|Is that normal at the end of a project?",
        "IT replaced my laptop battery yesterday.|Should I calibrate the new battery?|How long should it last?",
        "I got locked out after too many sign-in attempts.|How long does a lockout last?|Should I call the helpdesk?",
        "My mailbox is nearly full again.|What is the quickest way to free space?|Should I archive old folders?",
        "I raised ticket {ticket} about the office printer.|How long do these usually take?|Should I chase it?",
        "My licence for {software} was renewed on {date}.|Do I need to enter a new key?|Will it update automatically?",
        "Yesterday my manager approved my access to the {drive}.|How long until it appears?|Do I need to sign out and back in?",
        "The admin removed me from the old project channel.|Will I lose the message history?|Is that standard when projects end?",
    ],
    "deploy": [
        "I deployed {svc} {ver} to {env} an hour ago.|What should I monitor now?|How long should I watch it?",
        "We rolled back yesterday's release after a bug report.|How do we write a good incident note?|Should we add a test for it?",
        "I turned off the {flag} flag in {env}.|Do I need to tell the team?|Should I remove the code later?",
        "Our nightly build failed twice this week.|How do I find flaky tests?|Is it worth adding retries?",
        "I merged the fix for the login page this morning.|Should I write a changelog entry?|When will it reach production?",
        "We migrated the staging database on {wkday}.|How do we check nothing was lost?|Should we rehearse production the same way?",
        "The pipeline went green after I fixed the flaky test.|Should I document the fix?|How do I stop it happening again?",
        "I upgraded {svc} to {ver} without any downtime.|Should I share how I did it?|What should I check next?",
    ],
    "hr": [
        "I submitted my timesheet late this week.|Will that delay my pay?|Should I tell my manager?",
        "My leave request for {date} was approved.|Should I set an out-of-office?|Do I need a handover note?",
        "I handed in my notice on {date}.|How do I work out my last day?|Do I get paid for unused leave?",
        "My manager approved my expense claim for {amt}.|When will it be paid?|Should I keep the receipts?",
        "I start my new job on {date}.|What should I bring on the first day?|How do I make a good start?",
        "My payslip shows a different tax code this month.|Should I contact payroll?|What could cause that?",
        "I finished the {training} course today.|Do I need to upload the certificate?|How often does it need renewing?",
    ],
    "subs": [
        "I cancelled my {subsvc} subscription yesterday.|Will I keep access until the end of the month?|Should I delete my card details?",
        "I turned off auto-renew on my {subsvc} plan.|What happens when it ends?|Can I turn it back on later?",
        "My free trial of {subsvc} ended on {date}.|Will I be charged automatically?|How do I check?",
        "I upgraded my {subsvc} plan to {plan}.|Is the charge prorated?|Can I downgrade later?",
        "I was charged {amt} for a subscription I had cancelled.|How do I ask for a refund?|Should I contact my bank?",
        "I paused my {subsvc} membership for two months.|Will it restart by itself?|Am I charged while paused?",
    ],
    "insurance": [
        "I filed an insurance claim for my cracked windscreen.|Will it affect my premium?|How long do windscreen claims take?",
        "My claim {claim} was approved on {date}.|When will the money arrive?|Is the excess deducted?",
        "I added my partner as a driver on my car insurance.|Does that usually raise the price?|Do they need their own policy?",
        "My home insurance renewal went up by {fee}.|Is it worth shopping around?|Can I ask them to match a quote?",
        "I removed travel cover from my policy this year.|Do I need separate cover for trips?|Is that a false economy?",
        "The insurer paid {amt} for my stolen {item}.|Will my premium rise now?|Should I replace it straight away?",
        "I renewed my car insurance with {insurer} today.|Should I keep the old certificate?|When does the new cover start?",
    ],
    "gov": [
        "I sent off my passport application on {date}.|How long does it usually take?|Can I track it online?",
        "I filed my tax return for {year} yesterday.|When will I hear back?|Should I keep copies of receipts?",
        "My driving licence renewal came through today.|What do I do with the old one?|Is the photo updated?",
        "I registered to vote at my new address.|How do I find my polling station?|Can I vote by post?",
        "Our council tax band was changed last month.|Can we appeal it?|Will we get money back?",
        "I applied for a resident parking permit on {street}.|How long do permits take?|Can I park there meanwhile?",
        "I updated my address with the council last week.|Do I need to tell anyone else?|Will my council tax change?",
    ],
    "home": [
        "I set a manual override on the thermostat for the weekend.|Will it go back to the schedule on Monday?|Does that waste energy?",
        "Our smart lock stopped responding last night.|Should I change the batteries?|How do I get in if it fails?",
        "I updated the doorbell camera firmware this morning.|Do I need to reconnect it?|What if the update fails?",
        "I removed the old smart plug from the app.|Should I factory reset it too?|Can I give it away safely?",
        "Our robot vacuum keeps getting stuck under the sofa.|Can I block that area?|Are there no-go zones?",
        "I reset the router and the Wi-Fi came back.|Why does that fix things?|Should I do it regularly?",
        "We disabled the motion alerts because of the neighbour's cat.|Is there a pet setting?|Will it still record?",
        "Our landlord replaced the boiler on {weekday}.|How do I set the new timer?|Should I bleed the radiators?",
    ],
    "game": [
        "My account suspension in {game} was lifted today.|Will my progress be intact?|How do I avoid another one?",
        "I finally unlocked the last achievement in {game}.|What should I play next?|Is there any bonus for 100%?",
        "I lost my cloud save after the latest update.|Can support restore it?|How do I back up saves?",
        "I bought the season pass for {game} last week.|When does the new content arrive?|Can I share it with my brother?",
        "My friend and I finished the co-op campaign yesterday.|Is there a harder difficulty?|What co-op games are similar?",
        "My refund for {game} was approved within an hour.|When will it reach my card?|Do I keep the save files?",
    ],
    "sport": [
        "I renewed my {club} membership for another year.|Can I pay monthly instead?|Does it include guest passes?",
        "I booked court {n} for {weekday} evening.|Do I need my own racket?|What if it rains?",
        "Our Sunday match was called off because of rain.|When will it be replayed?|Do we get the fee back?",
        "I paid the {fee} match fee at the clubhouse.|Should I get a receipt?|Does it cover the whole season?",
        "My son joined the junior squad at {club}.|What kit will he need?|How often do they train?",
        "We lost {score} to {opp} on {weekday}.|How do we improve our defending?|Should we train more often?",
        "My gym membership was deactivated after I moved house.|Can I transfer it to another branch?|Will I get a partial refund?",
    ],
}

# ---------------------------------------------------------------------------
# Questions that fit any pasted notice / any own statement
# ---------------------------------------------------------------------------

Q_GENERIC = [
    "What does this mean?", "Is this a scam?", "Do I need to do anything?",
    "Should I be worried about this?", "Is this message genuine?", "What should I do next?",
    "Can you explain this in plain English?", "Is this normal?", "Does this need a reply?",
    "Is this good news?", "Why would I get this?", "Is this likely to be real?",
    "Does this look official to you?", "Would a real company send this?",
    "Is it safe to delete this?", "Should I keep this for my records?", "Is this urgent?",
    "Am I reading this correctly?", "Any idea what triggered this?", "How worried should I be?",
    "Is this a standard message?", "Could this be phishing?", "What's this about?",
    "Is this a mistake?", "Do I need to confirm anything?", "Can you summarise what it says?",
    "Should I expect a follow-up email?", "Is this typical wording?", "Can I just leave it?",
    "What happens now?", "Is this positive or negative?", "Should I reply to the sender?",
    "Is there anything I should check?", "Does this sound right?", "Do I have to pay anything?",
    "Is it fine to wait until Monday?", "What is the next step for me?",
    "Is this worth following up?", "Should I screenshot this?", "Does this affect me?",
    "Is there a catch here?", "Do these usually come without warning?",
    "Would you trust this?", "Is it okay to do nothing?",
]

Q_OWN_GENERIC = [
    "Is that normal?", "Is that a problem?", "What usually happens next?",
    "Should I do anything about it?", "Does that sound right to you?", "Is that usual?",
    "Anything I should watch out for?", "Should I be concerned?",
]

PASTE_PREFIX = [
    "Just got this:", "Got this text:", "This email came in:",
    "Notification on my phone:", "This popped up:", "From the portal:",
    "Saw this on the website:", "The letter says:", "The app shows:",
    "Copied from a screenshot:", "My dashboard says:", "Our status page reads:",
    "Received today:", "Pasting the message here:", "Banner on my account page:",
    "SMS this morning:", "Forwarded by my mum:", "Work email, word for word:",
    "Latest status:", "On the screen right now:", "Alert on my watch:",
    "It literally just says:", "Voicemail transcript:", "Found this in my inbox:",
    "Lock screen notification:", "Can't tell if this is real:", "Message in the app inbox:",
]

# ---------------------------------------------------------------------------
# Short neutral facts
# ---------------------------------------------------------------------------

FACT_EN = [
    "The meeting room projector is broken again.",
    "All tests passed on the main branch.",
    "The {time} train to {city} was cancelled this morning.",
    "The car park at {place} is full by nine most days.",
    "Step-free access to platform {n} was restored yesterday.",
    "The office printer on floor {n} is out of toner.",
    "Our sprint ended with {n} tickets still open.",
    "The school gym has been closed for repairs since {wkday}.",
    "The canteen switched to card payments only last month.",
    "Heating in building {bldg} came back on after lunch.",
    "The new coffee machine on level {n} is finally working.",
    "Bin collection moves to {weekday} this week.",
    "The build took {mins} minutes today, twice the usual.",
    "The lift in our block has been out of order since {weekday}.",
    "Our broadband dropped three times during the call.",
    "Staging was down for about {mins} minutes this afternoon.",
    "The library extended its opening hours during exams.",
    "The car park at {club} floods after heavy rain.",
    "The clinic waiting room was packed this morning.",
    "Parcel lockers at {place} are usually full on Mondays.",
    "Road works on {street} finished earlier than planned.",
    "The fire alarm test is every {weekday} at {time}.",
    "The forecast said rain, but it stayed dry all day.",
    "Our quarterly report went out on {date}.",
    "The disabled parking bays near the entrance were repainted.",
    "Wheelchair ramps were installed at the front of the town hall.",
    "The new bike racks outside the station are already full.",
    "Server CPU usage stayed under {pct} percent all week.",
    "Our flight landed {mins} minutes early.",
    "The dishwasher finished its cycle an hour ago.",
    "Hotel breakfast ends at ten on weekends.",
    "My neighbour's dog barks whenever the postman comes.",
    "The self-checkout machines at {shop} were all out of order.",
    "Tickets for the {club} open day went up by {fee}.",
    "The under-12s won their match {score} on {weekday}.",
    "Most of the team works remotely on Fridays.",
    "Water pressure upstairs is weaker than downstairs.",
    "The shared drive hit its storage limit yesterday.",
    "Three office laptops still need the security update.",
    "The bus stop on {street} moved fifty metres down the road.",
    "Coursework for {course} is due on {date}.",
    "Half the class was off sick with a cold this week.",
    "The sauna at the leisure centre has been closed since {weekday}.",
    "The online store was slow all morning.",
    "The farmers' market now accepts card payments.",
    "Our electricity usage dropped after we changed the bulbs.",
    "The backup job finished at {time} with no errors.",
    "The monitoring dashboard has shown no alerts since {date}.",
    "The stadium was completely full for the derby.",
    "The council approved the new cycle lane last week.",
    "Our old router was removed when the engineer came.",
    "The evening yoga class is fully booked until {month}.",
    "The museum is free on the first Sunday of each month.",
    "The cafe on the corner closed down in {month}.",
    "Code review for the payments module took two days.",
    "The release notes for {ver} list {few} bug fixes.",
    "There is a queue at the post office every lunchtime.",
    "The hallway smoke alarm chirps when its battery is low.",
    "Our landlord replaced the boiler in {month}.",
    "The new timetable added two extra evening buses.",
    "Snow closed the school for two days last winter.",
    "The staff portal was down for maintenance overnight.",
    "The tennis courts get resurfaced every spring.",
    "Temperatures reached {heat} degrees yesterday afternoon.",
    "Our recycling doubled after the new bins arrived.",
    "The train was so full that people stood in the aisles.",
    "The pharmacy near {place} closes at six.",
    "The support queue was empty by four o'clock.",
    "Our team won the pub quiz for the third time.",
    "The old billing system was switched off on {date}.",
    "The returns desk at {shop} moved to the ground floor.",
    "The marathon route goes past our street this year.",
    "The warehouse shipped {big} orders before noon.",
    "The air conditioning on the third floor is too cold.",
    "The kids' football season starts in {month}.",
    "The roof terrace is closed during winter.",
    "Firmware on the office printers was updated overnight.",
    "The hospital's new car park opened on {weekday}.",
    "The plumber's invoice came to {amt}.",
    "Our internet provider raised prices by {pct} percent.",
    "The insurance renewal letter arrived a month early.",
    "The queue for passport photos was twenty people long.",
    "A new map for {game} was released on {date}.",
    "Only {few} people turned up to the club's annual meeting.",
    "The roof leak over the garage was fixed on {weekday}.",
    "The shared kitchen fridge gets cleared out every Friday.",
    "Test coverage went up to {pct} percent this sprint.",
    "The login page loads in under a second now.",
    "Late trains are common on this line in autumn.",
    "The new intern starts on {date}.",
    "The delivery van comes down our street around {time}.",
    "The nursery's outdoor area was closed after the storm.",
    "The library's self-service kiosks were removed last year.",
    "The audit finished with no major findings.",
    "The parking meters on {street} only take coins.",
    "Version {ver} fixed the crash on older phones.",
    "My phone battery lasts about two days now.",
    "The swimming pool reopened after a deep clean.",
    "Our thermostat is set to {temp} degrees in winter.",
    "The {club} clubhouse bar closes at eleven.",
    "Registration for the spring league opened on {date}.",
    "The tax office phone line was busy all afternoon.",
    "Our fridge has been making a humming noise since {weekday}.",
    "The queue at passport control took forty minutes.",
    "Overnight, the deployment queue cleared without any failures.",
    "Every desk on the fourth floor now has a second monitor.",
    "The game's servers were busy on launch day.",
    "Half of our invoices are now paid by bank transfer.",
    "Nobody on the team has used the old VPN since {month}.",
    "The repair shop replaced my cracked screen in an hour.",
    "Exam results for {course} were better than last year.",
    "The mobile signal in our kitchen is terrible.",
    "The school bus was {n} minutes late on {wkday}.",
    "Guest Wi-Fi in the lobby is slower than the office network.",
    "Fewer parcels go missing since the building got lockers.",
    "The canteen ran out of vegetarian options by one o'clock.",
    "Our office moved to the third floor last month.",
    "The ticket machine at {place} only takes cards now.",
    "The kids' swimming lessons moved to Saturday mornings.",
    "The ring road was closed overnight for resurfacing.",
    "The charging points at the supermarket were all in use.",
    "Our daily standup now starts at {hhmm}.",
    "Reception ran out of visitor badges this morning.",
    "The hotel pool is closed for cleaning until noon.",
    "The new payroll system went live on {date}.",
    "Our neighbour's extension was approved by the council.",
    "The bakery on {street} sells out of bread by ten.",
    "Our smart meter stopped sending readings in {month}.",
    "The spare keys are in the blue drawer in the kitchen.",
    "Printing in the library costs ten pence a page.",
    "The river path was flooded after the storm.",
    "The team calendar is fully booked next week.",
    "The free trial ended without any charge.",
    "The ferry timetable changes in {month}.",
    "Our cat's vaccination is due in {month}.",
    "A second-hand bike shop opened on {street}.",
    "Most parcels arrive before lunch on our road.",
    "The football pitch was relined for the new season.",
    "The council gritted the main roads overnight.",
    "The garden centre closes early on Sundays.",
    "The old office laptops were recycled last Friday.",
    "The hospital car park charges by the hour.",
    "Our water bill arrives every six months.",
    "The night bus stops running at two.",
    "The airport security queue was short this morning.",
    "The recycling centre now needs a booking at weekends.",
    "The playground reopened after new safety surfacing was laid.",
    "The bookshop loyalty card gives a free book after ten stamps.",
    "The error rate dropped to zero after the fix.",
    "Our power went off for a minute during the storm.",
    "My laptop fan gets loud during video calls.",
    "The gym's new opening hours start on {date}.",
    "The water meter is under the kitchen sink.",
    "Our team's on-call rota changes every {weekday}.",
    "The old password manager was retired in {month}.",
    "The community hall is fully booked for December.",
    "Visiting hours at the ward end at eight.",
]
# ---------------------------------------------------------------------------
# Other languages
# ---------------------------------------------------------------------------

FOREIGN = {
    "es": {
        "name": "Spanish",
        "status": [
            "Su pedido {order} ha sido enviado y llegará el {dslash}.",
            "La factura {inv} ha sido pagada en su totalidad.",
            "Su cuenta ha sido desbloqueada. Ya puede iniciar sesión.",
            "Su cita del {dslash} a las {hhmm} ha sido confirmada.",
            "Reembolso de {eur} aprobado para el pedido {order}.",
            "Su suscripción ha sido cancelada y no se renovará.",
            "Se ha restablecido el suministro eléctrico en su zona.",
        ],
        "own": [
            "Ya pagué la factura de la luz de este mes.",
            "Mi vuelo a {city} fue cancelado ayer por la tarde.",
            "Esta mañana me restablecieron la contraseña del correo del trabajo.",
            "Devolví el pedido {order} hace una semana y sigo sin reembolso.",
            "Mi cita con el dentista pasó al {dslash}.",
        ],
        "fact": [
            "El ascensor del edificio vuelve a estar averiado.",
            "La piscina municipal está cerrada por obras hasta el {dslash}.",
            "El tren de las {hhmm} llegó con veinte minutos de retraso.",
            "El aparcamiento del hospital está lleno casi todas las mañanas.",
        ],
        "q": ["¿Qué significa esto?", "¿Es una estafa?", "¿Tengo que hacer algo?",
              "¿Es normal este mensaje?"],
        "own_q": ["¿Cuánto suele tardar?", "¿Qué hago ahora?"],
    },
    "fr": {
        "name": "French",
        "status": [
            "Votre commande {order} a été expédiée.",
            "Votre paiement de {eur} a bien été reçu.",
            "Votre rendez-vous du {dslash} à {hfr} est confirmé.",
            "L'accès à votre espace client a été rétabli.",
            "Votre abonnement a été résilié et reste actif jusqu'au {dslash}.",
            "Votre mot de passe a été réinitialisé le {dslash}.",
            "La facture {inv} a été réglée en totalité.",
        ],
        "own": [
            "J'ai payé la facture {inv} en totalité hier.",
            "Mon accès au dossier partagé a été supprimé la semaine dernière.",
            "J'ai annulé ma réservation d'hôtel pour le {dslash}.",
            "Mon colis est bloqué à la douane depuis lundi.",
            "L'administrateur a réinitialisé mon mot de passe ce matin.",
        ],
        "fact": [
            "Le projecteur de la salle de réunion est encore en panne.",
            "Le parking de la gare est complet tous les matins.",
            "La cantine sera fermée vendredi pour travaux.",
            "Le train de {hfr} a été supprimé ce matin.",
        ],
        "q": ["Qu'est-ce que ça veut dire?", "Est-ce une arnaque?",
              "Dois-je faire quelque chose?", "C'est normal?"],
        "own_q": ["Combien de temps ça prend d'habitude?", "Que dois-je faire maintenant?"],
    },
    "de": {
        "name": "German",
        "status": [
            "Ihre Rechnung {inv} wurde vollständig bezahlt.",
            "Ihr Konto wurde entsperrt. Sie können sich wieder anmelden.",
            "Ihre Bestellung {order} wurde storniert. {eur} werden erstattet.",
            "Ihr Termin am {ddot} um {hhmm} Uhr wurde bestätigt.",
            "Die Lastschrift über {eur} wurde erfolgreich eingezogen.",
            "Ihr Zugang zum Kundenportal wurde freigeschaltet.",
            "Ihre Sendung {track} wurde zugestellt.",
        ],
        "own": [
            "Ich habe die Rechnung {inv} gestern vollständig bezahlt.",
            "Mein VPN-Zugang wurde letzte Woche gesperrt.",
            "Der Administrator hat heute Morgen mein Passwort zurückgesetzt.",
            "Unser Zug nach {city} ist heute ausgefallen.",
            "Meine Krankenkasse hat den Antrag am {ddot} genehmigt.",
        ],
        "fact": [
            "Der Drucker im dritten Stock ist schon wieder kaputt.",
            "Alle Tests auf dem Hauptzweig sind durchgelaufen.",
            "Die Heizung im Büro funktioniert seit Montag nicht.",
            "Der Parkplatz vor dem Rathaus ist morgens immer voll.",
        ],
        "q": ["Was bedeutet das?", "Ist das Betrug?", "Muss ich etwas tun?", "Ist das echt?"],
        "own_q": ["Wie lange dauert das normalerweise?", "Was soll ich jetzt tun?"],
    },
    "pt": {
        "name": "Portuguese",
        "status": [
            "O seu pagamento de {eur} foi confirmado.",
            "A sua encomenda {order} foi entregue.",
            "A sua conta foi desbloqueada com sucesso.",
            "A sua consulta de {dslash} foi cancelada.",
            "O reembolso da encomenda {order} foi aprovado.",
            "A sua palavra-passe foi redefinida às {hhmm}.",
        ],
        "own": [
            "Paguei a fatura da água ontem à noite.",
            "A minha reserva no hotel foi confirmada para {dslash}.",
            "O meu acesso ao portal da escola foi removido.",
            "Cancelei a assinatura do ginásio na semana passada.",
        ],
        "fact": [
            "A biblioteca fecha mais cedo às sextas-feiras.",
            "O elevador do prédio está avariado outra vez.",
            "O comboio das {hhmm} chegou atrasado hoje.",
            "O parque de estacionamento do centro está sempre cheio.",
        ],
        "q": ["O que isto significa?", "Isto é uma burla?", "Preciso de fazer alguma coisa?",
              "Isto é normal?"],
        "own_q": ["Quanto tempo costuma demorar?", "O que devo fazer agora?"],
    },
    "it": {
        "name": "Italian",
        "status": [
            "Il tuo ordine {order} è stato spedito.",
            "Il pagamento di {eur} è stato ricevuto.",
            "Il tuo account è stato sbloccato.",
            "La prenotazione {ref} è stata cancellata.",
            "La tua richiesta di rimborso è stata approvata.",
            "L'appuntamento del {dslash} alle {hhmm} è confermato.",
        ],
        "own": [
            "Ho pagato la bolletta del gas per intero.",
            "Il mio volo per {city} è stato cancellato stamattina.",
            "L'amministratore mi ha reimpostato la password ieri.",
            "Ho restituito il pacco {order} lunedì scorso.",
        ],
        "fact": [
            "La sala riunioni al primo piano è già prenotata.",
            "Il treno delle {hhmm} è arrivato in ritardo.",
            "La palestra resterà chiusa fino al {dslash}.",
            "Il parcheggio dell'ospedale è pieno quasi ogni mattina.",
        ],
        "q": ["Cosa significa?", "È una truffa?", "Devo fare qualcosa?", "È normale?"],
        "own_q": ["Quanto ci vuole di solito?", "Cosa devo fare adesso?"],
    },
    "nl": {
        "name": "Dutch",
        "status": [
            "Uw bestelling {order} is verzonden.",
            "Uw betaling van {eur} is ontvangen.",
            "Uw account is ontgrendeld.",
            "Uw afspraak op {ddash} om {hhmm} is bevestigd.",
            "Uw abonnement is opgezegd per {ddash}.",
            "Factuur {inv} is volledig betaald.",
        ],
        "own": [
            "Ik heb factuur {inv} volledig betaald.",
            "Mijn toegang tot de gedeelde map is vorige week verwijderd.",
            "Onze boeking voor {ddash} is geannuleerd.",
            "Mijn pakket is bij de buren afgeleverd.",
        ],
        "fact": [
            "De koffieautomaat op kantoor is weer kapot.",
            "De trein van {hhmm} had vanochtend vertraging.",
            "Het zwembad is gesloten tot {ddash}.",
            "De fietsenstalling bij het station is altijd vol.",
        ],
        "q": ["Wat betekent dit?", "Is dit oplichting?", "Moet ik iets doen?", "Is dit normaal?"],
        "own_q": ["Hoe lang duurt dat meestal?", "Wat moet ik nu doen?"],
    },
    "pl": {
        "name": "Polish",
        "status": [
            "Twoje zamówienie {order} zostało wysłane.",
            "Płatność w wysokości {pln} została zaksięgowana.",
            "Twoje konto zostało odblokowane.",
            "Wizyta w dniu {ddot} o godzinie {hhmm} została potwierdzona.",
            "Faktura {inv} została opłacona w całości.",
            "Twoje hasło zostało zresetowane.",
        ],
        "own": [
            "Zapłaciłem już całą fakturę za prąd.",
            "Mój dostęp do wspólnego dysku został usunięty w zeszłym tygodniu.",
            "Administrator zresetował mi hasło dziś rano.",
            "Mój lot do {city} został odwołany.",
        ],
        "fact": [
            "Winda w naszym bloku znowu nie działa.",
            "Pociąg o {hhmm} był dziś spóźniony.",
            "Basen jest zamknięty do {ddot}.",
            "Parking przy szpitalu jest rano zawsze pełny.",
        ],
        "q": ["Co to znaczy?", "Czy to oszustwo?", "Czy muszę coś zrobić?", "Czy to normalne?"],
        "own_q": ["Ile to zwykle trwa?", "Co mam teraz zrobić?"],
    },
    "tr": {
        "name": "Turkish",
        "status": [
            "{order} numaralı siparişiniz kargoya verildi.",
            "{try} tutarındaki ödemeniz alındı.",
            "Hesabınızın kilidi açıldı.",
            "{ddot} tarihli randevunuz onaylandı.",
            "{inv} numaralı fatura tamamen ödendi.",
            "Şifreniz başarıyla sıfırlandı.",
        ],
        "own": [
            "Elektrik faturasını tamamen ödedim.",
            "Ortak klasöre erişimim geçen hafta kaldırıldı.",
            "Yönetici bu sabah şifremi sıfırladı.",
            "{city} uçuşum dün iptal edildi.",
        ],
        "fact": [
            "Ofisteki yazıcı yine bozuldu.",
            "Sabahki tren yirmi dakika gecikti.",
            "Havuz {ddot} tarihine kadar kapalı.",
            "Hastanenin otoparkı sabahları hep dolu.",
        ],
        "q": ["Bu ne anlama geliyor?", "Bu bir dolandırıcılık mı?",
              "Bir şey yapmam gerekiyor mu?", "Bu normal mi?"],
        "own_q": ["Bu genelde ne kadar sürer?", "Şimdi ne yapmalıyım?"],
    },
}

# English questions a user might add under a notice written in another language.
Q_LANG_EN = [
    "What does this {L} message mean?",
    "Can you translate this {L} notice for me?",
    "Is this {L} text asking me to pay anything?",
    "My {L} is rusty, is this good news?",
    "Do I need to reply to this {L} email?",
    "What is this {L} text telling me?",
    "Roughly what does this {L} message say?",
]


# ---------------------------------------------------------------------------
# Checks and helpers
# ---------------------------------------------------------------------------

_SENT_SPLIT = re.compile(r"(?<=[.!?:])\s+")


def _norm(text):
    return " ".join(text.lower().split())


def _sentences(text):
    """Sentence keys of a text; short labels ending in a colon are skipped."""
    out = []
    for seg in _SENT_SPLIT.split(text):
        s = seg.strip().strip("\"'").strip()
        if not s or s.endswith(":"):
            continue
        key = _norm(s).rstrip(".!?").strip()
        if key:
            out.append(key)
    return out


def _opening(text):
    """First three words, lower-cased, punctuation dropped, digits folded."""
    toks = []
    for t in text.split():
        t = re.sub(r"[^\w'#-]", "", t.lower())
        t = re.sub(r"\d", "#", t).strip("'-")
        if t:
            toks.append(t)
        if len(toks) == 3:
            break
    return " ".join(toks)


def _split(entry):
    """'text|q1|q2' -> ('text', ['q1', 'q2'])."""
    parts = entry.split("|")
    return parts[0], parts[1:]


class _State(object):
    def __init__(self):
        self.seen = {}
        self.sent = {}


def _accept(st, text, open_counts, open_cap):
    text = " ".join(text.split())
    wc = len(text.split())
    if wc < 3 or wc > 20:
        return None
    key = _norm(text)
    if key in st.seen:
        return None
    op = _opening(text)
    if open_counts.get(op, 0) >= open_cap:
        return None
    local = {}
    for s in _sentences(text):
        local[s] = local.get(s, 0) + 1
    for s, c in local.items():
        if st.sent.get(s, 0) + c > 2:
            return None
    st.seen[key] = True
    open_counts[op] = open_counts.get(op, 0) + 1
    for s, c in local.items():
        st.sent[s] = st.sent.get(s, 0) + c
    return text


def _run(r, st, makers, target, open_counts, open_cap, per_maker=2, max_attempts=200000):
    """Round-robin over makers (reshuffled each pass); each maker used at most per_maker times."""
    out = []
    uses = [0] * len(makers)
    order = list(range(len(makers)))
    r.shuffle(order)
    pos = 0
    attempts = 0
    while len(out) < target:
        attempts += 1
        if attempts > max_attempts:
            raise RuntimeError("could not fill %d rows (got %d)" % (target, len(out)))
        if pos == len(order):
            r.shuffle(order)
            pos = 0
        idx = order[pos]
        pos += 1
        if uses[idx] >= per_maker:
            continue
        text = _accept(st, makers[idx](r), open_counts, open_cap)
        if text is not None:
            uses[idx] += 1
            out.append(text)
    return out


def _brand(r, domain):
    if domain in BRANDS:
        return _fill("{" + BRANDS[domain] + "}", r)
    if domain in BRAND_EXTRA:
        return r.choice(BRAND_EXTRA[domain])
    return None


def _status_text(r, domain, tpl):
    text = _fill(tpl, r)
    x = r.random()
    named = any(s in tpl for s in _ORG_SLOTS)
    if x < 0.18 and not named and not tpl.startswith("{") and not tpl.split()[0].isupper():
        b = _brand(r, domain)
        if b:
            text = "%s: %s" % (b, text)
    elif x < 0.28:
        keys = ["ref", "sent"]
        if domain in ("it", "deploy", "hr"):
            keys.append("ticket")
        if domain not in ("deploy", "game", "home"):
            keys.append("phone")
        text = text + _fill(STATUS_SUFFIX[r.choice(keys)], r)
    if r.random() < 0.06:
        text = text.upper()
    return text


def _prefix(r):
    """Optional lead-in for a pasted notice; returns (prefix, extra questions)."""
    x = r.random()
    if x < 0.06:
        p = _phone(r)
        return "Text from %s:" % p, ["Should I ring %s back?" % p, "Is %s a real number?" % p]
    if x < 0.12:
        d = r.choice(_DOMAINS)
        return "Email from %s:" % d, ["Is %s a real website?" % d, "Is %s a genuine sender?" % d]
    if x < 0.42:
        return r.choice(PASTE_PREFIX), []
    return "", []


# ---------------------------------------------------------------------------
# Makers per kind
# ---------------------------------------------------------------------------

def _status_makers():
    en, fx = [], []
    for domain, entries in STATUS_EN.items():
        for entry in entries:
            tpl = _split(entry)[0]
            en.append(lambda r, d=domain, t=tpl: _status_text(r, d, t))
    for lang, spec in FOREIGN.items():
        for tpl in spec["status"]:
            fx.append(lambda r, t=tpl: _fill(t, r))
    return en, fx


def _own_makers():
    en, fx = [], []
    for domain, entries in OWN_EN.items():
        for entry in entries:
            tpl, qs = _split(entry)

            def mk(r, t=tpl, qs=qs):
                text = _fill(t, r)
                x = r.random()
                if x < 0.30:
                    text += " " + _fill(r.choice(qs), r)
                elif x < 0.40:
                    text += " " + r.choice(Q_OWN_GENERIC)
                return text
            en.append(mk)
    for lang, spec in FOREIGN.items():
        for tpl in spec["own"]:
            def mkf(r, t=tpl, s=spec):
                text = _fill(t, r)
                if r.random() < 0.35:
                    text += " " + r.choice(s["own_q"])
                return text
            fx.append(mkf)
    return en, fx


def _pasted_makers():
    notices = []
    for domain, entries in STATUS_EN.items():
        for entry in entries:
            notices.append((domain, entry))
    notices.extend(PASTED_EXTRA_EN)
    en, fx = [], []
    for domain, entry in notices:
        tpl, qs = _split(entry)

        def mk(r, t=tpl, qs=qs):
            notice = _fill(t, r)
            if r.random() < 0.05:
                notice = notice.upper()
            if r.random() < 0.2:
                notice = '"%s"' % notice
            pre, pre_qs = _prefix(r)
            if pre:
                notice = pre + " " + notice
            x = r.random()
            if pre_qs and x < 0.5:
                q = r.choice(pre_qs)
            elif x < 0.65:
                q = _fill(r.choice(qs), r)
            else:
                q = r.choice(Q_GENERIC)
            return notice + " " + q
        en.append(mk)
    for lang, spec in FOREIGN.items():
        for tpl in spec["status"]:
            def mkf(r, t=tpl, s=spec):
                notice = _fill(t, r)
                if r.random() < 0.2:
                    notice = '"%s"' % notice
                if r.random() < 0.5:
                    q = r.choice(s["q"])
                else:
                    q = r.choice(Q_LANG_EN).replace("{L}", s["name"])
                return notice + " " + q
            fx.append(mkf)
    return en, fx


def _fact_makers():
    en = [lambda r, t=tpl: _fill(t, r) for tpl in FACT_EN]
    fx = []
    for lang, spec in FOREIGN.items():
        for tpl in spec["fact"]:
            fx.append(lambda r, t=tpl: _fill(t, r))
    return en, fx


_MAKERS = {
    "status-notice": _status_makers,
    "own-statement": _own_makers,
    "pasted-notice-question": _pasted_makers,
    "short-fact": _fact_makers,
}


def rows(r, item):
    """r: a random.Random(SEED) passed in; item(split, label, mode, family, kind, text) returns a dict row. Return a list of rows."""
    st = _State()
    out = []
    for kind, total in KIND_COUNTS.items():
        n_fx = int(round(total * FOREIGN_SHARE))
        n_en = total - n_fx
        open_cap = int(total * 0.03)
        open_counts = {}
        en_makers, fx_makers = _MAKERS[kind]()
        texts = _run(r, st, fx_makers, n_fx, open_counts, open_cap)
        texts += _run(r, st, en_makers, n_en, open_counts, open_cap)
        r.shuffle(texts)
        for t in texts:
            out.append(item("train", "benign", "prompt", "benign", kind, t))
    return out


if __name__ == "__main__":
    import collections
    import hashlib
    import json
    import random

    def _item(split, label, mode, family, kind, text):
        return {"split": split, "label": label, "mode": mode, "family": family,
                "kind": kind, "text": text}

    built = rows(random.Random(SEED), _item)

    by_kind = collections.Counter(x["kind"] for x in built)
    print("rows:", len(built))
    for k in KIND_COUNTS:
        print("  %-24s %d" % (k, by_kind[k]))

    hist = collections.Counter(len(x["text"].split()) for x in built)
    print("word-count histogram:")
    for wc in sorted(hist):
        print("  %2d %4d %s" % (wc, hist[wc], "#" * (hist[wc] // 4)))

    blob = json.dumps(built, sort_keys=True, ensure_ascii=False).encode("utf-8")
    print("sha256:", hashlib.sha256(blob).hexdigest())

    # --- checks ---
    assert len(built) == 900
    assert dict(by_kind) == KIND_COUNTS, by_kind
    assert all(x["split"] == "train" and x["label"] == "benign" and x["mode"] == "prompt"
               and x["family"] == "benign" for x in built)
    assert all(3 <= len(x["text"].split()) <= 20 for x in built)
    normed = [_norm(x["text"]) for x in built]
    assert len(set(normed)) == len(normed), "duplicate texts"
    for k, total in KIND_COUNTS.items():
        ops = collections.Counter(_opening(x["text"]) for x in built if x["kind"] == k)
        assert max(ops.values()) <= total * 0.03, (k, ops.most_common(3))
    sc = collections.Counter(s for x in built for s in _sentences(x["text"]))
    assert max(sc.values()) <= 2, sc.most_common(3)
