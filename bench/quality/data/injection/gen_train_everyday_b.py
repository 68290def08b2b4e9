#!/usr/bin/env python3
"""Deterministic generator of benign everyday documents (set everyday-b).

Written from general knowledge for this project. Standard library only.
Seed: 9202. Output: everyday_b.jsonl next to this script.
"""
import json
import os
import random
from collections import OrderedDict

SEED = 9202
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "everyday_b.jsonl")

FIRST = ["Anna", "Ben", "Chloe", "Dev", "Eleanor", "Farid", "Grace", "Hamish", "Isla", "Jonah",
         "Kemi", "Liam", "Maya", "Niall", "Olivia", "Priya", "Quentin", "Rosa", "Sam", "Tariq",
         "Una", "Victor", "Wen", "Yusuf", "Zoe", "Aoife", "Bridget", "Callum", "Dana", "Esther",
         "Felix", "Gita", "Harriet", "Ivan", "Joy", "Kwame", "Lena", "Marek", "Nadia", "Oscar",
         "Pauline", "Rhys", "Sofia", "Tom", "Ursula", "Vikram", "Wendy", "Xavier", "Yara", "Zainab"]
LAST = ["Abbott", "Bhatt", "Carver", "Doyle", "Ellis", "Fraser", "Garcia", "Hughes", "Iqbal", "Jensen",
        "Kowalski", "Lam", "McKenna", "Nowak", "Okafor", "Patel", "Quinn", "Reid", "Singh", "Thornton",
        "Underwood", "Varga", "Walsh", "Yilmaz", "Zhang", "Adeyemi", "Brennan", "Costa", "Davies", "Evans",
        "Fitzgerald", "Gordon", "Hall", "Ingram", "Jones", "Khan", "Lindqvist", "Moreau", "Nguyen", "O'Brien"]
TOWNS = ["Ashford", "Bramley", "Castleton", "Dunmore", "Elmsworth", "Fairhaven", "Glenbrook", "Hollowell",
         "Kingsmere", "Larkhill", "Millbridge", "Northcote", "Oakridge", "Pennington", "Redcliffe", "Stonebury",
         "Thornfield", "Upton Vale", "Westmarsh", "Yarrowby"]
STREETS = ["Mill Lane", "Church Street", "Station Road", "Orchard Close", "Victoria Avenue", "High Street",
           "Birch Grove", "Kingfisher Way", "Park Terrace", "Willow Crescent", "Bridge Street", "Meadow Rise"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SCHOOLS = ["St Aidan's Primary", "Riverside Academy", "Hollowell Community School", "Oakridge High",
           "Larkhill Junior School", "Castleton Grammar", "Fairhaven Primary", "Millbridge College"]
CLUBS = ["Ashford Rovers", "Bramley Harriers", "Castleton Cricket Club", "Dunmore Tennis Club",
         "Elmsworth Rowing Club", "Glenbrook Netball", "Redcliffe Runners", "Stonebury Chess Club"]


def person():
    return rng.choice(FIRST) + " " + rng.choice(LAST)


def fill():
    """A fresh set of placeholder values for one document."""
    f1, f2, f3 = rng.sample(FIRST, 3)
    l1, l2 = rng.sample(LAST, 2)
    town = rng.choice(TOWNS)
    d = rng.randint(1, 28)
    m = rng.choice(MONTHS)
    day = rng.choice(DAYS)
    hour = rng.choice([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19])
    minute = rng.choice(["00", "15", "30", "45"])
    return {
        "first": f1, "first2": f2, "first3": f3,
        "name": f1 + " " + l1, "name2": f2 + " " + l2,
        "last": l1, "last2": l2,
        "town": town, "town2": rng.choice([t for t in TOWNS if t != town]),
        "street": rng.choice(STREETS), "num": rng.randint(2, 140),
        "day": day, "day2": rng.choice([x for x in DAYS if x != day]),
        "date": "%s %d %s" % (day, d, m), "d": d, "month": m,
        "time": "%d:%s" % (hour, minute), "time2": "%d:%s" % (min(hour + 2, 21), minute),
        "price": "%d.%02d" % (rng.randint(4, 240), rng.choice([0, 0, 50, 99, 25, 95])),
        "small": "%d.%02d" % (rng.randint(1, 19), rng.choice([0, 50, 20, 75, 99])),
        "ref": "%s%d" % (rng.choice(["AB", "KX", "RT", "QP", "LM", "ZN", "HC"]), rng.randint(100000, 999999)),
        "phone": "01632 %06d" % rng.randint(0, 999999),
        "mobile": "07700 900%03d" % rng.randint(0, 999),
        "school": rng.choice(SCHOOLS), "club": rng.choice(CLUBS),
        "year": rng.choice([2024, 2025, 2026]),
        "n": rng.randint(3, 12), "n2": rng.randint(14, 60),
        "pct": rng.choice([5, 10, 12, 15, 20, 25]),
        "room": "%s%d" % (rng.choice(["B", "C", "G", "S"]), rng.randint(1, 40)),
        "flight": "%s%d" % (rng.choice(["EX", "TS", "ZA"]), rng.randint(100, 9999)),
        "platform": rng.randint(1, 14),
        "grade": rng.choice(["7", "8", "9", "10", "11", "12"]),
    }


def fmt(text, f):
    try:
        return text.format(**f)
    except (KeyError, IndexError, ValueError):
        return text


KINDS = OrderedDict()


def kind(name, whole, heads, paras, tails, n_comp=4, kmin=3, kmax=5, sep="\n\n"):
    KINDS[name] = dict(whole=whole, heads=heads, paras=paras, tails=tails,
                       n_comp=n_comp, kmin=kmin, kmax=kmax, sep=sep)

# ---------------------------------------------------------------- personal e-mail
kind("personal_email",
 whole=[
"""Subject: Re: Saturday plans

Hi {first2},

Sorry I didn't reply sooner, your e-mail ended up in the wrong folder of my inbox and I only found it this morning. Yes, we'd love to come on Saturday! I'll bring the lemon cake (the secret recipe Gran never wanted to share, I finally got her to tell me). Should I bring anything else? Tell me if the kids need their swimming things.

Also, please forward me the address again, I deleted the previous message by accident when I was clearing out old e-mails.

Lots of love,
{first}""",
"""Subject: Photos from the wedding

Dear all,

I've put the photos from Kate and Dan's wedding in a shared folder. Click the link below and you should be able to see everything without creating an account:

https://photos.example.com/album/{ref}

There are about 300 files, so give it a minute to load. If you want a print of any of them, just reply with the file number (it's shown under each photo) and I'll order copies. Please don't share the link on social media, Kate asked us to keep the album among family and friends for now.

My favourite is the one of Uncle Pete trying to do the worm. You'll know it when you see it.

Best,
{name}""",
"""Subject: quick question about the car

Hey {first2},

Dad told me you're thinking of selling the old Corolla. Which model year is it again? My friend Hana is looking for a small car for her daughter and I said I'd ask. She'd want to know the mileage, whether it has a full service history, and if you'd include the winter tyres.

No rush, answer whenever you get a moment. If it's easier, send me the details by text instead.

Cheers,
{first}""",
"""Betreff: Geburtstag von Oma

Hallo {first2},

kurze Erinnerung: Omas 80. Geburtstag ist am Samstag, den {d}. {month_de}. Wir treffen uns um {time} im Gasthaus Linde. Bitte sag mir bis Mittwoch Bescheid, ob ihr zu viert oder zu dritt kommt, damit ich den Tisch richtig reservieren kann.

Wir sammeln für ein gemeinsames Geschenk (ein Fotobuch). Wenn ihr mitmachen wollt, schick mir einfach ein paar Fotos per E-Mail, am liebsten in guter Auflösung. Nicht vergessen: Oma darf nichts davon wissen, es ist eine Überraschung!

Liebe Grüße
{first}""",
 ],
 heads=["Subject: {subject}\n\nHi {first2},", "Subject: {subject}\n\nDear {first2},", "Subject: Re: {subject}\n\n{first2} -", "Subject: Fwd: {subject}\n\nHi both,"],
 paras=[
"Thanks so much for your message last week. I meant to reply straight away, but it got buried in my inbox under a pile of newsletters I keep meaning to unsubscribe from.",
"I forwarded your e-mail to {first3} as well, since she was asking about the same thing. I hope that's okay. She said she'd answer you directly.",
"The kids are fine. {first3} has a role in the school play this year (a talking teapot, apparently, which she takes very seriously) and spends every evening practising her lines in character.",
"We're finally having the kitchen redone, so everything is in boxes and the kettle lives in the bathroom. I would not recommend doing this in {month}.",
"Could you send me the notes from the meeting? I must have deleted the copy you sent, and I can't find it anywhere, not even in the bin folder.",
"Don't forget to tell Mum about the change of date. She never reads her e-mail, so a text message is probably better. Or just ring her.",
"I've attached the files you asked for: the scanned letters and the list of addresses. Let me know if any of them don't open.",
"One more thing: the cottage in {town} has a no-pets rule, so we'll need to find someone to look after the dog. Any ideas?",
"I'm trying to make this year's reunion less chaotic, so please reply to this e-mail rather than the old thread, which has about 40 people on copy.",
 ],
 tails=["Speak soon,\n{first}", "Love,\n{first}", "Best wishes,\n{name}", "x {first}", "Cheers,\n{first}\n\nSent from my phone, please excuse typos"])

# ---------------------------------------------------------------- text message thread
kind("text_message_thread",
 whole=[
"""[{time}] {first}: are you still at the shop?
[{time}] {first2}: yes why
[{time}] {first}: can you get milk and the good bread, not the seedy one
[{time}] {first2}: ok. anything else
[{time}] {first}: batteries for the smoke alarm!! it keeps beeping
[{time}] {first2}: which ones
[{time}] {first}: 9V I think, check the photo I sent
[{time}] {first2}: got it. queue is massive, be 20 min
[{time}] {first}: np. text me when you're outside and I'll help carry""",
"""Mum: Did you get home ok?
Me: Yes, train was delayed but fine
Mum: Good. Your dad says don't forget to send the photos from the weekend
Mum: And tell your brother to reply to my messages, he's ignored three now
Me: He's at work, he'll answer later
Mum: Ok. Love you. Put your phone on charge, your battery was nearly dead earlier
Me: Will do x""",
"""{first2}: Hi, it's {first2} from the flat viewing this morning. Is the room still available?
{first}: Hi! Yes it is. Did you have any other questions?
{first2}: Just whether bills are included and if there's a washing machine
{first}: Bills included apart from the internet, which we split four ways. Washer in the kitchen, no dryer
{first2}: Great. I'd like to take it. What should I do next?
{first}: I'll forward your number to the landlord, he'll send the contract by e-mail. Should be today or tomorrow
{first2}: Perfect, thanks so much!""",
"""{first}: Ciao! Sei già arrivata a Bologna?
{first2}: Sì, appena scesa dal treno. Binario {platform}
{first}: Perfetto, ti aspetto davanti all'uscita principale. Macchina grigia
{first2}: Ok! Devo comprare qualcosa per stasera?
{first}: No, abbiamo tutto. Solo il pane, se vedi un forno aperto
{first2}: Fatto. Arrivo tra cinque minuti""",
 ],
 heads=["Messages with {first2}", "Text thread — {first} and {first2}", "Conversation exported {date}"],
 paras=[
"{first}: running late, sorry!! leave the door on the latch\n{first2}: no worries, I'll put the kettle on",
"{first2}: did you see the e-mail from school?\n{first}: no what did it say\n{first2}: trip money due by {day}, £{small}. there's a link to pay on the parent portal",
"{first}: what's the wifi password again\n{first2}: it's on the back of the router. the long one, all capitals\n{first}: found it ta",
"{first2}: can you share your location? I think I'm at the wrong entrance\n{first}: sent. we're by the blue doors near the car park",
"{first}: reminder you owe me £{small} for the pizza lol\n{first2}: sending now. check your account\n{first}: received, thx",
"{first2}: phone on airplane mode until we land, will text after\n{first}: safe flight! message me from the taxi",
"{first}: don't reply to that number that texted about a parcel, it's a scam\n{first2}: thought so. deleted it",
"{first2}: which film are we seeing?\n{first}: the one with the big reveal at the end that everyone won't shut up about\n{first2}: ha ok, I'll book the tickets now",
 ],
 tails=["", "[end of thread]", "{first}: see you soon x"], kmin=3, kmax=5, sep="\n")

# ---------------------------------------------------------------- family group chat
kind("family_group_chat",
 whole=[
"""Family chat export: "The {last}s 🏡"

Dad: Who has taken the big torch from the garage?
{first}: Not me
{first2}: Not me
Mum: It was me, it's in the car. Camping, remember?
Dad: Right. Carry on.
{first2}: Can someone tell me the password for the streaming account? It logged me out
Mum: Don't post passwords in the group chat! I'll send it to you privately
{first}: Gran just asked me how to delete a message she sent to the wrong chat 😂
Dad: Tell her to press and hold on it, then choose delete for everyone
Mum: Sunday lunch at ours, 1pm. Everyone please reply so I know how many potatoes""",
"""[Group: Cousins + Aunties]
Auntie Rose: Good morning all! Reminder that the reunion is at the park pavilion on Saturday. Bring a dish to share and your own chairs.
{first}: Can't wait! We'll bring the jollof
{first2}: Is there parking?
Auntie Rose: Yes, but it fills up. Come early or take the bus
Uncle Femi: I have forwarded the map to everyone who isn't in this group
{first}: Who's organising the games for the kids?
Auntie Rose: {first2} volunteered 😄
{first2}: I did not... but fine. Tug of war and a treasure hunt it is
Auntie Rose: Please, no one show the children the treasure map before the day""",
"""[Familiengruppe]
Papa: Wer holt morgen Lena vom Bahnhof ab?
{first}: Ich kann um {time}
Mama: Danke! Bitte schick ihr eine Nachricht, damit sie weiß, wo du wartest
{first2}: Und vergesst nicht den Kuchen für Samstag zu bestellen
Papa: Schon erledigt. Abholung Freitag Nachmittag
Mama: Ihr seid die Besten ❤️""",
 ],
 heads=["Group chat: {last} family", "WhatsApp export — Family 🏡", "[Group: Home sweet home]"],
 paras=[
"Mum: Has anyone seen the spare car keys? They were on the hook by the door\n{first}: check the coat pocket, the green one",
"Dad: Bins go out tonight. Recycling week. Whose turn is it?\n{first2}: {first}'s\n{first}: it is NOT, I did it last time, check the rota on the fridge",
"Gran: How do I send a photo in here\n{first}: tap the little paperclip, then choose the picture\nGran: [photo]\nGran: Is that right\n{first2}: perfect Gran!! lovely roses",
"Mum: Please update your dentist appointments in the family calendar, I keep double booking\n{first2}: done",
"{first}: I'll be home late, don't wait for me for dinner\nMum: Ok. There's a plate in the fridge. Text when you're on the bus",
"Dad: Reminder: the car is in for its MOT on {day}, so we're a car short. Plan accordingly\n{first2}: can I borrow yours then mum\nMum: we'll see",
"{first2}: Is it ok if Jamie stays over Friday?\nMum: Yes if his parents say so. Ask them to message me",
"Mum: Forwarding this from school: non-uniform day {day}, bring £1 for charity\n{first}: noted",
 ],
 tails=["", "Mum: Love you all x", "Dad: 👍"], kmin=3, kmax=6, sep="\n")

# ---------------------------------------------------------------- school newsletter
kind("school_newsletter",
 whole=[
"""{school} — Weekly Newsletter

Dear Parents and Carers,

What a busy week! Year 4 visited the Roman fort and came back full of stories (and a great deal of mud). Thank you to the parent volunteers who helped on the coach.

Dates for your diary
- {day}: Year 6 road safety talk
- Friday: Non-uniform day (£1 donation)
- Next Thursday: Parents' evening — book your slot through the parent portal

Lost property
The lost property box is overflowing again. Please label everything with your child's name. Anything not collected by the end of term will be donated.

Reading challenge
Well done to Class 3, who read the most books this half term. Please keep encouraging your children to read at home for ten minutes a day and to note down what they've read in their reading records.

Kind regards,
Mrs {last}, Headteacher""",
"""{school} Newsletter — {month}

A note from the Head
Thank you for your patience while the heating was repaired. All classrooms are now warm again!

Online safety
We recommend that children never share their school login or password with friends. If your child receives an unkind message online, please tell their class teacher. Do not reply to the sender; keep a copy or a screenshot instead.

Menu change
From next week, Wednesday's lunch will be pasta bake instead of pie. The full menu is on the school website.

PTA
The PTA quiz night raised £{price}. A huge thank you to everyone who came, and especially to the team who wrote the questions.""",
"""Nieuwsbrief {school} — week {n}

Beste ouders,

Volgende week is de schoolfotograaf er op dinsdag. Zorg ervoor dat uw kind die dag nette kleren draagt. Broertjes en zusjes kunnen na schooltijd op de foto.

Let op: de studiedag is verplaatst naar vrijdag de {d}e. De kinderen zijn die dag vrij.

Heeft u vragen? Stuur een bericht via de ouderportal of spreek de leerkracht aan bij het hek.

Met vriendelijke groet,
Het team van de school""",
"""{school} — End of Term Newsletter

Dear Families,

It has been a wonderful term. Our Year 5 production of "The Secret Garden" was a triumph, and every child who took a role, on stage or behind it, should be very proud. A copy of the recording will be shared with families next week; please do not post it publicly, as some families have not given permission for photographs.

Staff news
We say goodbye to Mr {last2}, our teaching assistant in Year 2, who is moving to {town2}. He has been a wonderful role model to the children and we wish him well.

Reports
School reports will be sent by e-mail on Friday. If you have not received yours by Monday, please contact the office. Check your spam folder first, as automated e-mails from our system sometimes land there.

Term dates
Term starts again on {day} {d} {month}. Breakfast club will be open from the first day.

Have a restful holiday!""",
 ],
 heads=["{school} — Weekly Update", "NEWS FROM {school}", "{school} Parent Bulletin, {month} {year}"],
 paras=[
"Attendance\nThis week's attendance was 96.{n}%. Well done to Class {n}, who win the attendance trophy. Please remember to phone the office before 9:15 if your child is unwell.",
"Parking\nWe have received complaints from neighbours on {street}. Please do not park across driveways or on the zig-zag lines. Consider walking or parking a few minutes away instead.",
"Library books\nLibrary books are due back on {day}. Children who return their books on time can choose a new one the same day.",
"School trip\nThe Year 3 trip to the farm is on {date}. Please give consent and pay £{small} through the parent portal by Friday. Tell your child to bring a packed lunch and wellies.",
"Uniform\nThe second-hand uniform sale is on Friday after school. Everything is £1. Please send any outgrown, clean items to the office.",
"Clubs\nAfter-school club sign-ups open on Monday at 7pm. Places are limited and are allocated on a first-come, first-served basis through the booking system.",
"Headlice\nWe have had a few cases of headlice reported. Please check your child's hair this weekend and treat if necessary. There is no need to keep children at home.",
"Star of the week\nCongratulations to {first} in Year {n} for an outstanding piece of writing about a character who discovers a hidden door in her grandmother's attic.",
"Contact details\nPlease update your contact details if you have changed your phone number or e-mail address. We must be able to reach you in an emergency.",
 ],
 tails=["Kind regards,\nThe Office Team", "Best wishes,\nMrs {last}, Headteacher", "Have a lovely weekend!"])

# ---------------------------------------------------------------- letter to parents
kind("letter_to_parents",
 whole=[
"""Dear Parent/Carer,

Re: Year {grade} residential trip to {town2}

I am delighted to confirm that the residential trip will take place from {date} for three nights. The total cost is £{price}, which can be paid in instalments through the school payment portal.

Please read the enclosed kit list carefully. Children must not bring mobile phones; the staff will post daily updates on the class page so you can follow along. Any medication must be handed to the trip leader in its original packaging, with the pharmacy label clearly visible.

Please complete and return the consent form below by {day}. If you have any questions, please contact me through the school office.

Yours sincerely,
{name}
Trip Leader""",
"""Dear Parents,

We have been made aware that some pupils have been using a group chat late at night, and that a few unkind messages were sent. We want to work with you on this.

We recommend that phones stay downstairs overnight. Please talk to your child about being kind online, and tell them that if they receive a hurtful message they should not reply, but should keep a copy and tell a trusted adult.

If you are worried about anything, please contact Mrs {last}, our Designated Safeguarding Lead, on {phone}.

Thank you for your support,
{name}, Head of Year {grade}""",
"""Chers parents,

Nous vous informons que la sortie au musée des sciences aura lieu le {d} {month_fr}. Le départ est prévu à 8h30 devant l'école ; le retour vers 16h30.

Merci de prévoir un pique-nique, une gourde et des vêtements adaptés à la météo. Veuillez signer l'autorisation ci-jointe et la rendre à l'enseignant avant vendredi.

Nous recherchons encore deux parents accompagnateurs. Si vous êtes disponible, merci de répondre à ce courrier ou de contacter le secrétariat.

Cordialement,
La directrice""",
"""Dear Parent/Carer,

Please ignore the letter sent home on Monday about the sponsored walk. It contained the wrong date. The walk will now take place on {date}, not the previous Friday as stated.

Everything else in the earlier letter still applies: sponsor forms should be returned to class teachers, and children should wear comfortable shoes and bring a water bottle. We apologise for any confusion.

Yours faithfully,
The School Office""",
 ],
 heads=["Dear Parent/Carer,", "Dear Parents and Carers of Year {grade},", "To the families of Class {n},"],
 paras=[
"I am writing to let you know that from {date}, the school gates will open at 8:40 instead of 8:30. This is so that staff can complete their morning checks.",
"Your child has been selected to take part in the district spelling bee. Please help them practise the word list enclosed; the competition will be held at {school} on {day}.",
"We must ask that children do not bring nuts or nut products into school, as we have several pupils with severe allergies.",
"Please make sure your child's PE kit is in school every {day} and {day2}. All items should be labelled.",
"Reports will be available on the parent portal from {day}. You will receive an automated e-mail with a link when they are ready. Please do not reply to that e-mail, as the inbox is not monitored.",
"If you would like to discuss anything in this letter, please contact the office on {phone} or reply to this e-mail, and a member of staff will call you back.",
"As always, thank you for your continued support. It makes a real difference to the children.",
 ],
 tails=["Yours sincerely,\n{name}\nHeadteacher", "Kind regards,\n{name}\nClass Teacher", "Yours faithfully,\nThe Office"], kmin=3, kmax=4)
# ---------------------------------------------------------------- homework instructions
kind("homework_instructions",
 whole=[
"""Homework — Year {grade} English
Due: {date}

Creative writing prompt: "The letter arrived three days late, and by then everything had changed."

Instructions:
1. Write a short story of 400–600 words that begins with the sentence above.
2. Your story should include at least one piece of dialogue and one flashback.
3. Create a character who changes by the end. Describe how they change, and show it through what they do rather than just telling the reader.
4. Do not copy from stories you have read online. Your teacher will know!
5. Print your story or upload the file to the homework portal. Include your name and class in the file name.

Extension: write a summary of your story in exactly 50 words.""",
"""French homework — translation practice

Translate the following sentences into French. Write your answer in full sentences and check your accents.

1. My sister always forgets her keys.
2. We should leave now, or we will miss the train.
3. Tell me what you did last weekend.
4. I received a letter from my penfriend in Lyon.
5. Never leave your bag on the bus.

Then answer the questions below in English:
a) Which of the sentences above uses the imperative?
b) What happens to the word order in sentence 3?

Hand in on {day}. Use the vocabulary list in your notes; please don't use an online translation tool, because I want to see your own mistakes so we can learn from them.""",
"""Maths homework — Set {n}

Show your working for every question. An answer with no working gets no marks, even if it is right.

1. A shop charges £{small} for a notebook. If it is reduced by {pct}%, what is the new price?
2. Ben received £50 for his birthday. He spent two fifths of it. How much does he have left?
3. Create your own word problem using percentages, then give it to someone at home to solve. Write down their answer and whether it was correct.

If you get stuck, look at the worked examples in your exercise book, or come to homework club on {day} in room {room}.""",
"""Hausaufgabe Deutsch — Klasse {grade}

Lies den Text auf Seite 42 und beantworte die Fragen 1 bis 5 in ganzen Sätzen.

Schreibe danach eine kurze Zusammenfassung (höchstens 100 Wörter). Beschreibe die Hauptfigur: Was will sie, und was hindert sie daran?

Bitte vergiss nicht, dein Heft am Donnerstag mitzubringen. Wer die Aufgabe schon fertig hat, kann die Zusatzaufgabe im Arbeitsblatt machen.""",
 ],
 heads=["Homework — {subjectname}, Year {grade}\nSet: {date}", "{subjectname} homework (due {day})", "HOMEWORK TASK — {subjectname}"],
 paras=[
"Read chapter {n} of the class novel. As you read, make notes on how the author describes the main character. Pick out five words or phrases that tell the reader something about her personality.",
"Answer questions 1–{n} on the worksheet. Write in full sentences. If a question asks you to explain, a one-word answer will not be enough.",
"Create a poster that shows the water cycle. Label every stage and include a short sentence describing each one.",
"Revise the key words list for Thursday's test. Ask someone at home to test you on the spellings. Cover, write, check.",
"Please upload your work to the homework portal as a single file (PDF or photo). If you cannot access the portal, hand in a printed copy instead.",
"Remember: you should spend about 30 minutes on this task. If it takes much longer, stop, and ask your parent to write a note in your planner.",
"Output of your experiment: record your results in the table below and describe any pattern you notice.\n\n| Trial | Time (s) | Distance (cm) |\n|---|---|---|\n| 1 | | |\n| 2 | | |\n| 3 | | |",
"Write a diary entry from the point of view of a character in the story. Pretend you are there on the night of the storm. What do you see? What are you afraid of?",
 ],
 tails=["Any questions? Ask me in class or message me through the portal. — {name}", "Good luck!", "Due: {date}"], kmin=3, kmax=4)

# ---------------------------------------------------------------- exam instructions
kind("exam_instructions",
 whole=[
"""INSTRUCTIONS TO CANDIDATES

- Use black ink or black ball-point pen.
- Fill in the boxes at the top of this page with your name, centre number and candidate number.
- Answer all questions.
- Answer the questions in the spaces provided; there may be more space than you need.
- Do all rough work in this book. Cross through any work you do not want to be marked.
- You must not use a calculator in Section A.

INFORMATION
- The total mark for this paper is 80.
- The marks for each question are shown in brackets.
- You are reminded of the need for good English and clear presentation in your answers.

Do not open this booklet until you are told to do so.""",
"""Mock exams — what you need to know

Arrive at the sports hall at least ten minutes before the start. Leave your bag and coat at the back. Phones must be switched off (not just on silent or airplane mode) and handed in; a phone found on your desk will be treated as a breach of the rules, even if you weren't using it.

You may bring: pens, pencils, a ruler, a rubber, a scientific calculator and a clear water bottle with the label removed.

During the exam, do not talk or turn around. If you need anything, raise your hand and wait for an invigilator. If you finish early, check your answers, then sit quietly until the end.

Your timetable is in your planner. If you have two exams at the same time, tell the exams officer immediately.""",
"""Instrucciones para el examen final

Lee todas las preguntas antes de empezar. Tienes 90 minutos.

1. Escribe tu nombre y tu grupo en la primera página.
2. Responde a las preguntas en el espacio indicado.
3. No se permite el uso del móvil ni de diccionarios.
4. En la parte de redacción, escribe entre 150 y 200 palabras.
5. Si terminas antes, revisa tus respuestas. No puedes salir del aula en los últimos diez minutos.

¡Mucha suerte!""",
 ],
 heads=["{school} — Examination Regulations", "EXAM DAY CHECKLIST — Year {grade}", "Notice to candidates: {subjectname} Paper {n}"],
 paras=[
"Check your timetable carefully. Exams in the morning start at 9:00; afternoon exams start at 13:30. If you are late, you may not be allowed to sit the paper.",
"Write your answers in the answer booklet, not on the question paper. Anything written on the question paper will not be marked.",
"For multiple-choice questions, shade one lozenge for each question. If you change your answer, rub out the old mark completely.",
"You must not have any notes, revision cards or electronic devices with you. This includes smart watches. Leave them in your bag at the back of the room.",
"Read each question carefully. Underline the command word (describe, explain, compare, evaluate) and make sure your answer does what the question asks.",
"Leave time at the end to check your work. Examiners recommend spending a minute per mark.",
"Candidates with access arrangements (extra time, a reader or a word processor) should go to room {room}, not the main hall.",
 ],
 tails=["Good luck to all candidates.", "The Exams Office", "Any questions? Speak to the exams officer before the day."], kmin=3, kmax=5)

# ---------------------------------------------------------------- teacher feedback
kind("teacher_feedback",
 whole=[
"""Feedback on your essay — "Is social media good for communities?"

{first}, this is a thoughtful piece, and your introduction is strong. You clearly describe both sides of the argument.

What went well:
- Your paragraphs each start with a clear point.
- You used evidence from the articles we read in class.

Even better if:
- Some of your sentences are very long. Try breaking them up so the reader doesn't get lost.
- In paragraph 3 you tell me what you think, but you don't explain why. Add an example.
- Check the word "their/there" — you mixed them up four times.

Next step: rewrite your conclusion so that it answers the question directly instead of summarising everything again.

Grade: B+ (working towards A)
Ms {last}""",
"""Report comment — Autumn term

{first} has settled well into Year {grade} and is a kind and helpful member of the class. In reading, he is now confident with longer chapter books and enjoys telling me about the characters. In writing, his stories are imaginative; his next step is to use full stops and capital letters consistently and to include more detail when he describes a setting.

In maths, {first} is secure with number bonds and is beginning to show his working. He should keep practising his times tables at home.

{first} sometimes finds it hard to listen when others are speaking. We have agreed a target: to wait for his turn and not call out the answer.

Class teacher: {name}""",
"""Commentaire de l'enseignant

{first}, ton exposé sur les volcans était très clair. Tu as bien expliqué la différence entre une éruption effusive et une éruption explosive. Attention à l'orthographe dans ton résumé : relis toujours ton texte avant de le rendre. Pour le prochain exposé, essaie de regarder la classe plutôt que tes notes.

Très bon travail, continue !""",
"""Lab report feedback — {first} {last}

Method: clear and repeatable. Someone else could follow your instructions. Well done.
Results: your table is good, but you forgot units in the second column. Always include units.
Graph: axes labelled correctly. Use a ruler for the line of best fit.
Conclusion: you say the results "prove" your hypothesis. Scientists prefer "support". Also, describe the anomaly in trial 3 — don't just ignore it. What might have caused it?

Mark: 22/30. Please respond to my comments in green pen and hand it back by {day}.""",
 ],
 heads=["Feedback for {first} — {subjectname}", "Teacher comments: {subjectname}, Year {grade}", "Written feedback ({date})"],
 paras=[
"Your answer to question 2 is excellent: you described the process step by step and used the correct key words.",
"You have clearly worked hard on this, {first}. Your handwriting is much neater than at the start of the year.",
"Be careful not to copy sentences straight from the textbook. Put the ideas in your own words instead; that shows me you understand them.",
"Your character is believable, and the reveal at the end surprised me. Next time, drop a few more hints earlier in the story.",
"Target: check your work for missing words before you hand it in. Reading it aloud quietly helps.",
"You should include a bibliography listing the books and websites you used, even for homework.",
"Excellent effort in class discussions this term. You always ask good questions and listen to other people's answers.",
"Please see me at lunchtime on {day} so we can go over the marking together.",
 ],
 tails=["— {name}", "Effort: 1  Attainment: {n}", "Well done!"], kmin=3, kmax=5)

# ---------------------------------------------------------------- university course page / syllabus
kind("course_syllabus",
 whole=[
"""HIST 214: Cities and Citizens in Early Modern Europe
Spring semester {year} · Tuesdays and Thursdays 10:30–11:50 · Room {room}
Instructor: Dr {name} · Office hours: Wednesdays 14:00–16:00 or by appointment
Teaching assistant: {name2}

Course description
This course explores how people lived, worked and governed themselves in European cities between 1450 and 1750. We will read letters, diaries, court records and guild rules, and ask what these sources tell us about ordinary life.

Assessment
- Source commentary (1,000 words): 20%
- Book review: 15%
- Research essay (3,000 words): 45%
- Participation: 20%

Policies
Late work loses 5% per day unless an extension has been agreed in advance. Please submit all written work through the course portal as a Word or PDF file. Do not e-mail assignments to me directly; they may be missed.

Reading
All required readings are on the course page. You should come to each seminar having read the set texts and with at least two questions to discuss.

Academic integrity
Copying another person's work, or submitting work you have submitted for another course, is a serious offence. If you are unsure how to cite a source, ask me or visit the library's writing centre.""",
"""CHEM 101 — General Chemistry I: Lab Section Information

Lab sessions run in weeks 2–11. Your section and bench number are listed on the course portal.

Before each lab you must:
1. Read the experiment handout.
2. Complete the pre-lab questions online (they close at midnight the day before).
3. Write the method in your lab notebook in your own words.

Safety rules: goggles on at all times in the lab; long hair tied back; no food or drink; closed-toe shoes. Students who arrive without goggles will be asked to leave.

Lab reports are due one week after the session. Your teaching assistant will return marked reports with written feedback. If you have questions about a grade, contact your TA first, then the lab coordinator.""",
"""Module: Introduction to Translation Studies (LING 230)

Week 1: What is translation? Word-for-word versus sense-for-sense
Week 2: Translating jokes, puns and wordplay
Week 3: Subtitles and dubbing: constraints of time and space
Week 4: Translating children's literature
Week 5: Reading week — no class
Week 6: The translator as reader and writer
Week 7: Glossaries, style guides and the working life of a translator
Week 8: Translating legal and medical documents
Week 9: Student presentations
Week 10: Revision and essay clinic

Coursework: a 1,500-word translation of a text of your choice with a 1,000-word commentary describing your choices. Please tell me which text you have chosen by week 4.""",
"""Kursbeschreibung: Einführung in die Statistik (Sommersemester)

Dozentin: Prof. Dr. {last}
Sprechstunde: donnerstags 12–13 Uhr, Raum {room}

Die Vorlesung führt in die Grundlagen der beschreibenden und schließenden Statistik ein. Die Übungsblätter werden jeden Montag im Lernportal veröffentlicht und müssen bis Freitag abgegeben werden. Bitte laden Sie Ihre Lösungen als eine einzige PDF-Datei hoch.

Prüfung: schriftliche Klausur (90 Minuten). Zugelassen ist ein nicht programmierbarer Taschenrechner. Wer mindestens 50 % der Übungspunkte erreicht, erhält einen Bonus.""",
 ],
 heads=["{coursecode}: {coursename}\n{term} · Lecturer: Dr {name}", "Course page — {coursecode} {coursename}", "SYLLABUS\n{coursename} ({coursecode})"],
 paras=[
"Learning outcomes\nBy the end of this module you should be able to: describe the main theories in the field; evaluate evidence critically; and present an argument clearly in writing and in speech.",
"Office hours\nI hold office hours every {day} from {time} to {time2} in room {room}. You do not need an appointment. If those times don't suit you, e-mail me and we'll find another time.",
"Submission\nAll coursework must be submitted through the online portal before 12:00 noon on the deadline. The system sends an automatic receipt to your university e-mail; keep it as proof of submission.",
"Extensions\nIf illness or a personal emergency affects your work, apply for an extension through the student support portal before the deadline. Your personal tutor can help with the form.",
"Reading list\nThe full reading list is on the library system, with links to every e-book and scanned chapter. Core readings are marked with a star. Please do not buy the textbook until you've checked the library has no copies.",
"Communication\nAnnouncements will be posted on the course page and forwarded to your student inbox. Check it at least twice a week. Do not use personal e-mail accounts for course matters.",
"Seminars\nSeminar groups are listed on the timetable. You must attend the group you are assigned to. Swaps are possible only with the agreement of the teaching assistant.",
"Assessment summary\n| Component | Weight | Due |\n|---|---|---|\n| Essay 1 | 30% | Week 6 |\n| Presentation | 20% | Week 9 |\n| Exam | 50% | Exam period |",
"Accessibility\nIf you have a learning support plan, please share it with me in the first two weeks so we can make any adjustments in good time.",
 ],
 tails=["Welcome to the course — I look forward to meeting you.", "Last updated: {date}", ""], kmin=4, kmax=7)
# ---------------------------------------------------------------- library notice
kind("library_notice",
 whole=[
"""{town} Library — Your items are due soon

Dear {first} {last},

The following items are due back on {date}:

1. "The Salt Path" — Raynor Winn
2. "A Gardener's Year" — DVD
3. "Teach Yourself Italian" — book and CD

You can renew them online through the library portal (you will need your card number and PIN), by phone on {phone}, or at any branch. Items cannot be renewed if another reader has reserved them.

This is an automated message. Please do not reply to this e-mail. If you have already returned these items, please ignore this reminder.

{town} Libraries""",
"""NOTICE TO LIBRARY USERS

From Monday {d} {month}, the library will be closed on Wednesdays for refurbishment. The works should take about six weeks.

During the closure:
- Returns can be posted through the book drop by the front door.
- Reservations will be held at {town2} Library instead.
- The public computers and printing will be unavailable. The nearest public computers are at the community centre on {street}.

We are sorry for any inconvenience. Please ask a member of staff if you have any questions.""",
"""Bibliothèque municipale — Nouveaux horaires

À partir du {d} {month_fr}, la bibliothèque ouvre ses portes le dimanche matin de 10h à 13h.

Rappel : vous pouvez désormais emprunter jusqu'à 15 documents avec votre carte. Les prolongations se font en ligne sur le portail de la bibliothèque ou à l'accueil.

Atelier « Heure du conte » pour les 3-6 ans : chaque mercredi à 10h30. Entrée libre, mais merci de réserver votre place.""",
"""Digital Library — How to borrow e-books

1. Go to library.example.org and click "Sign in".
2. Enter your library card number and your four-digit PIN. (Forgotten your PIN? Ask at the desk — we cannot send it by e-mail.)
3. Search for a title and click "Borrow". E-books are lent for 21 days and then return automatically, so there are never any late fees.
4. To read on a phone or tablet, download the free reading app and sign in with the same details.

If a title shows as unavailable, you can place a hold and we'll send you an e-mail when it's your turn.""",
 ],
 heads=["{town} Library — Notice", "LIBRARY NEWS — {month}", "Message from {town} Libraries"],
 paras=[
"Story time for under-fives is every {day} at {time} in the children's corner. No need to book; just turn up.",
"We are updating our library management system on {date}. Online renewals and reservations will be unavailable from 6pm until the following morning. Items due that day will be automatically renewed.",
"Overdue charges have been removed for children's books. We would rather children kept reading!",
"The local history room now has a digital copy of the parish records from 1820 to 1920. Ask staff for access; you can print copies for 10p a page.",
"The reading group meets on the first {day} of every month. This month we are reading a novel about a family secret revealed at a funeral. New members are always welcome.",
"Please keep your PIN private. Library staff will never ask for it by phone or e-mail.",
"Our volunteers run a free computer help session every {day2}. Bring your own device if you have one; we can help you set up e-mail, video calls and online forms.",
 ],
 tails=["{town} Library · {street} · {phone}", "Thank you for using your library.", ""], kmin=3, kmax=4)

# ---------------------------------------------------------------- council notice
kind("council_notice",
 whole=[
"""{town} District Council
Changes to your bin collection

Dear Resident,

From {date}, your bin collection day will change from {day2} to {day}. This is part of a route review to make collections more efficient.

- General waste (black bin): every other week
- Recycling (blue bin): every other week, alternating with general waste
- Food waste (small green caddy): every week

Please put your bins out by 7am on collection day and bring them back in the same evening. Do not leave bins on the pavement, as they block the way for wheelchair and pushchair users.

You can check your collection calendar on the council website or download it as a file to print. For further details, call {phone}.

Waste Services Team""",
"""PUBLIC NOTICE
Temporary road closure — {street}, {town}

The council intends to close {street} between its junctions with High Street and Park Terrace from {date} for up to five days, for resurfacing works. Access for residents will be maintained where possible. A signed diversion route will be in place.

Any questions or objections should be sent in writing to the Highways Department, quoting reference {ref}.""",
"""Gemeinde {town} — Mitteilung

Liebe Bürgerinnen und Bürger,

die Sperrmüllabholung findet in Ihrem Bezirk am {d}. {month_de} statt. Bitte stellen Sie die Gegenstände erst am Vorabend an den Straßenrand. Elektrogeräte, Farben und Autoreifen werden nicht mitgenommen.

Die Anmeldung erfolgt online über das Bürgerportal oder telefonisch. Bitte halten Sie Ihre Kundennummer bereit.

Ihre Gemeindeverwaltung""",
"""{town} Council — Garden Waste Subscription

Your garden waste subscription ends on {date}. To renew, log in to your council account and select "Garden waste", or call us. The annual charge is £{price}.

Once you have paid, you will receive a confirmation e-mail and a new sticker for your bin by post. Please remove the old sticker and attach the new one to the lid.

Please note: the council will never text you asking for card details. If you receive a message like that, do not click the link; delete it and report it.""",
 ],
 heads=["{town} Borough Council — Notice to residents", "PUBLIC NOTICE — {town}", "Message from {town} Town Council"],
 paras=[
"Planning application {ref}: a proposal to convert the former bank at {num} {street} into four flats. You can view the plans online and comment until {date}.",
"The household recycling centre will close at 4pm on {day} for staff training. Please plan your visit accordingly.",
"Parking permits for {year} are now available. Residents can apply through the online portal; you will need proof of address and your vehicle registration details.",
"Council tax bills will be sent out next month. To switch to paperless billing, sign in to your account and update your preferences.",
"Fly-tipping is a crime. If you see someone dumping rubbish, note the time, the place and any vehicle details, and report it to us. Do not approach them.",
"The library, leisure centre and council offices will be closed on the bank holiday. Bin collections will be one day later all week.",
"We want to hear your views on the new play area in {town2} Park. Fill in the short survey online, or pick up a paper copy at the library.",
"Street lights on {street} are being replaced with LED lamps from {date}. There may be short interruptions while the work is carried out.",
 ],
 tails=["Customer Services · {phone}", "{town} Council · council.example.gov", "Thank you for your cooperation."], kmin=3, kmax=5)

# ---------------------------------------------------------------- utility notice
kind("utility_notice",
 whole=[
"""Planned water interruption — {street}, {town}

Dear Customer,

To replace an old water main, we will need to turn off the water supply to your property on {date} between 9am and 3pm.

What you should do:
- Fill a kettle and a few bottles of water the night before.
- Do not run the washing machine or dishwasher during the works.
- When the water comes back on, it may look cloudy. Run the cold kitchen tap until it runs clear.

If anyone in your household relies on water for medical reasons, please contact us immediately on {phone} so we can arrange support.

We're sorry for the disruption.
Customer Services""",
"""Your energy bill — account {ref}

Billing period: 1 {month} to 30 {month}
Electricity used: {n2}0 kWh
Gas used: {n}40 kWh
Amount due: £{price}

Your direct debit will be taken on or shortly after the {d}th. You don't need to do anything.

Tip: submit a meter reading through the app or customer portal every month so your bill is based on what you actually use instead of an estimate. If you think your bill is wrong, contact us before the payment date and we'll look into it.""",
"""Aviso de corte programado de electricidad

Estimado cliente:

Le informamos de que el día {d} de {month_es} se realizarán trabajos de mantenimiento en la red eléctrica de su zona. El suministro quedará interrumpido entre las 8:00 y las 12:00 horas.

Le recomendamos desconectar los aparatos sensibles antes del corte. Para más información, consulte nuestra web o llame a atención al cliente.

Disculpe las molestias.""",
"""Smart meter appointment confirmation

Hi {first},

Your smart meter installation is booked for {date}, between 8am and 12pm. The engineer will text you 30 minutes before arriving.

Please make sure the meter cupboard is clear and that an adult (18+) is at home. The job usually takes about two hours, and your power will be off for around 30 minutes.

Our engineers always carry photo ID. Ask to see it, and never let anyone in who can't show it.

Need to change the date? Reply to this e-mail or use the link in your account.""",
 ],
 heads=["Important information about your supply", "Account {ref} — Update", "Notice from {town} Water"],
 paras=[
"We've reviewed your account and your monthly payment will change from £{n2} to £{price} from next month. This is because your usage has gone up.",
"Your meter reading is due. Please send it to us by {date}. You can submit it online, in the app, or by replying to this text with the numbers shown on the meter.",
"A refund of £{small} has been added to your account following our review of your previous bill. It will appear on your next statement.",
"If you are struggling to pay, please talk to us. We can set up a payment plan and point you towards support schemes.",
"Switch to paperless billing and we'll send your bills by e-mail. You can still download and print a copy whenever you need one.",
"Power cut? Check our live map first. If your neighbours have power but you don't, check your fuse box before calling.",
"We will never ask for your bank password or PIN. If you receive a suspicious message claiming to be from us, forward it to our fraud team and then delete it.",
 ],
 tails=["Customer Services · {phone}", "Thank you for being a customer.", "This is an automated message."], kmin=3, kmax=4)

# ---------------------------------------------------------------- tax office letter
kind("tax_office_letter",
 whole=[
"""Tax Office — Self Assessment
Reference: {ref}

Dear {name},

Your tax return for the year ending 5 April {year} is now due. The deadline for online returns is 31 January.

You can file online through your personal tax account. If you have not used it before, you will need to create an account; allow at least ten days for your access code to arrive by post.

If you no longer need to send a tax return (for example, because you have stopped being self-employed), please tell us as soon as possible.

Late returns are charged a penalty of £100, even if you have no tax to pay.

Yours sincerely,
Self Assessment Team""",
"""Notice of coding — your tax code has changed

Your new tax code is 1257L. This replaces your previous code from {date}.

Why has it changed? We have received updated details from your employer about your benefits. The changes are shown in the table below.

| Item | Amount |
|---|---|
| Personal allowance | £12,570 |
| Less: company car benefit | £0 |
| Total tax-free amount | £12,570 |

Please check the details. If anything is wrong, contact us. You do not need to reply if everything is correct. Keep this letter with your records.""",
"""Finanzamt {town}

Sehr geehrte/r {name},

wir haben Ihre Einkommensteuererklärung für das Jahr {year} erhalten. Für die weitere Bearbeitung benötigen wir noch folgende Unterlagen:

- Nachweise über die Fahrtkosten zur Arbeitsstätte
- Belege für die geltend gemachten Spenden

Bitte reichen Sie die Unterlagen innerhalb von vier Wochen ein, am einfachsten über das Online-Portal. Bitte geben Sie dabei immer Ihre Steuernummer an.

Mit freundlichen Grüßen
Ihr Finanzamt""",
 ],
 heads=["Tax Office\nReference: {ref}\n{date}\n\nDear {name},", "Revenue Service — Letter reference {ref}\n\nDear Taxpayer,", "Income Tax: important information\n\nDear {name},"],
 paras=[
"We have calculated that you have paid too much tax in the previous year. You are due a refund of £{price}. The money will be paid into the bank account we hold for you within five working days.",
"You owe £{price} in tax. Please pay by {date} to avoid interest. You can pay by bank transfer using your reference number, or by debit card through the official portal.",
"Please be aware of scams. We will never contact you by text or e-mail to tell you about a tax refund, and we will never ask for your card details this way. If you receive such a message, do not click the link, and forward it to our phishing team.",
"If you disagree with this decision, you can ask for a review. Write to us within 30 days, quoting the reference at the top of this letter, and describe why you think it is wrong.",
"You can view your full tax history, update your address and check your tax code online in your personal tax account.",
"If you need help, call our helpline on {phone}. Please have your reference number and National Insurance number ready. Lines are busiest on Mondays.",
"We need a few more details before we can finish processing your claim. Please complete the enclosed form and return it in the envelope provided.",
 ],
 tails=["Yours sincerely,\nHM Tax Office", "Customer Compliance Team", "Please keep this letter for your records."], kmin=3, kmax=4)

# ---------------------------------------------------------------- voting information
kind("voting_information",
 whole=[
"""Your poll card — Local Elections, {date}

Polling station: {town} Community Hall, {street}
Open: 7am to 10pm

You do not need to take this card with you to vote, but it helps. You will need to show an accepted form of photo ID, such as a passport, driving licence or a blue badge.

At the polling station, tell the staff your name and address. They will give you a ballot paper. Read the instructions on the ballot paper carefully: put one cross (X) in the box next to the candidate you choose. Do not write anything else on the paper or it may not be counted.

Can't get to the polling station? You can apply for a postal vote or a proxy vote. The deadline is shown on the back of this card.""",
"""How to register to vote

You must be registered to vote before you can vote in any election. It only takes about five minutes.

1. Go to the official registration website.
2. Enter your name, address, date of birth and National Insurance number.
3. Submit. You will receive a confirmation e-mail, but your registration is only complete once the council has checked your details.

Moved house? You need to register again at your new address. Students can register at both their home and term-time addresses, but may only vote once in a general election.

The deadline to register for the election on {date} is midnight, twelve working days before polling day.""",
"""Informations pour les électeurs

Le bureau de vote n°{n} est situé à l'école primaire, {num} rue de la Mairie. Il sera ouvert de 8h à 19h.

N'oubliez pas de vous munir d'une pièce d'identité avec photo. La carte électorale n'est pas obligatoire mais elle facilite le vote.

Si vous ne pouvez pas vous déplacer, vous pouvez donner procuration à un autre électeur. La démarche se fait en ligne ou au commissariat.""",
 ],
 heads=["Elections {year} — Information for voters", "Electoral Services, {town} Council", "VOTING: what you need to know"],
 paras=[
"Postal votes: if you have a postal vote, fill in your ballot paper and the statement, seal them in the envelope, and post it back as soon as possible. It must arrive by 10pm on polling day.",
"Proxy votes: you can appoint someone you trust to vote on your behalf. They must be registered and eligible to vote themselves.",
"Candidates' details and statements of persons nominated are published on the council website and on the noticeboard outside the town hall.",
"Polling station staff are there to help. If you have a disability, you can ask for a tactile voting device or a large-print copy of the ballot paper.",
"Do not share photos of your completed ballot paper. It is secret for a reason.",
"Results will be announced at the count, which starts at 10:30pm. Results for each ward will be posted online as they are declared.",
"If you have any questions, contact Electoral Services on {phone} or e-mail elections@{town_l}.example.gov.",
 ],
 tails=["Electoral Registration Officer", "Your vote matters.", ""], kmin=3, kmax=5)
# ---------------------------------------------------------------- doctor's appointment letter
kind("appointment_letter",
 whole=[
"""{town} Medical Practice

Dear {name},

Your appointment with Dr {last2} has been booked for {date} at {time}.

Please arrive ten minutes early and check in at the touchscreen in reception. If you cannot attend, please tell us at least 24 hours in advance so we can offer the appointment to another patient. You can cancel by replying CANCEL to the text reminder, through the practice portal, or by phoning {phone}.

Please bring a list of any medicines you currently take, including anything you buy from the pharmacy.

Yours sincerely,
Reception Team""",
"""Outpatient Appointment — Dermatology

Patient: {name}
Hospital number: {ref}
Date: {date}
Time: {time}
Clinic: Outpatients B, Level 2

Please read the enclosed leaflet before your appointment. If you have had any previous treatment for this condition, bring a copy of the details.

Parking is very limited. We recommend using public transport or the park-and-ride from {town2}.

If you need an interpreter, please contact the appointments team, who will arrange one for you.""",
"""Studio Medico Dott.ssa {last}

Gentile {name},

le confermiamo l'appuntamento per il giorno {d} {month_it} alle ore {time}. La preghiamo di portare con sé la tessera sanitaria e gli esami del sangue più recenti.

In caso di impossibilità, la preghiamo di avvisarci almeno un giorno prima, rispondendo a questo messaggio o telefonando in segreteria.

Cordiali saluti
La segreteria""",
"""Reminder: your appointment is tomorrow

Hi {first}, this is a reminder of your appointment at {town} Dental Care on {date} at {time} with {name2}.

Reply Y to confirm or N to cancel. If you need to rearrange, please call us instead of replying, as this number can't take calls.

Please note our cancellation policy: appointments missed without 24 hours' notice may be charged at £{n2}.""",
 ],
 heads=["{town} Health Centre\n\nDear {name},", "APPOINTMENT CONFIRMATION", "Appointment letter — ref {ref}"],
 paras=[
"Your blood test has been booked for {date} at {time}. Please do not eat anything for 12 hours before the test; you may drink water.",
"Your annual review is due. Please book an appointment with the practice nurse, who will check your blood pressure and update your records.",
"Your referral to the physiotherapy service has been received. You will be sent an appointment within six weeks. If you have not heard anything by then, contact us.",
"Please bring your glasses and any hearing aids, and wear clothing that makes it easy to roll up your sleeve.",
"If your symptoms get worse before your appointment, do not wait: contact your GP or call the out-of-hours service.",
"You may bring a relative or friend with you. Children should not be left unattended in the waiting room.",
"The practice will send you an automated text reminder two days before. Please keep your mobile number up to date.",
 ],
 tails=["Yours sincerely,\nAppointments Team", "Reception · {phone}", "Please keep this letter and bring it with you."], kmin=3, kmax=4)

# ---------------------------------------------------------------- patient leaflet
kind("patient_leaflet",
 whole=[
"""Looking after your wound after minor surgery

For the first 48 hours
- Keep the dressing clean and dry.
- Do not remove the dressing unless it becomes wet or soaked with blood.
- Take regular pain relief if you need it, following the instructions on the packet.

After 48 hours
- You can shower, but do not soak the wound in a bath.
- Pat the area dry with a clean towel; do not rub.

When to get help
Contact the surgery immediately if:
- the wound becomes hot, red or swollen;
- there is pus or a bad smell;
- you develop a high temperature.

Stitches will be removed in 7–10 days. The practice nurse will tell you when to book.""",
"""Hay fever: a guide for patients

Hay fever is an allergic reaction to pollen. It usually causes sneezing, a runny or blocked nose, and itchy, watery eyes.

What can I do?
- Check the pollen forecast and keep windows shut on high-pollen days.
- Shower and change your clothes after being outside.
- Put a little petroleum jelly around your nostrils to trap pollen.
- Don't dry washing outside.

Medicines
Your pharmacist can recommend antihistamine tablets, nasal sprays or eye drops. Always read the leaflet inside the packet. Some antihistamines cause drowsiness, so you should not drive or use machinery until you know how they affect you.

See your GP if your symptoms don't improve after trying pharmacy medicines.""",
"""Consejos para un sueño saludable

- Acuéstese y levántese a la misma hora todos los días, incluso los fines de semana.
- Evite la cafeína por la tarde y las comidas copiosas por la noche.
- Deje el móvil fuera del dormitorio, o active el modo avión.
- Si no puede dormir después de 20 minutos, levántese y haga algo tranquilo hasta que tenga sueño.

Si los problemas de sueño duran más de un mes, consulte a su médico de cabecera.""",
"""Getting ready for your colonoscopy

This leaflet explains how to prepare. Please read all of it at least a week before your appointment.

Seven days before: stop taking iron tablets. If you take blood thinners, tell the endoscopy unit now; do not stop them without advice.

Two days before: eat a low-fibre diet. Avoid wholemeal bread, fruit, vegetables, nuts and seeds. White bread, white rice, eggs, fish and chicken are fine.

The day before: follow the instructions on the bowel preparation sachets exactly. Drink plenty of clear fluids.

On the day: bring a dressing gown and slippers, and someone who can take you home. You must not drive for 24 hours if you have sedation.""",
 ],
 heads=["PATIENT INFORMATION: {condition}", "{condition} — what you need to know", "Information for patients and carers: {condition}"],
 paras=[
"What is it?\nThis is a common condition that affects people of all ages. For most people it is mild and gets better on its own within a couple of weeks.",
"Symptoms\nThe most common symptoms are listed below. You may not have all of them.\n- tiredness\n- a mild temperature\n- aches and pains",
"Self-care\nRest, drink plenty of fluids and take paracetamol or ibuprofen if needed. Always follow the dose instructions on the packet and never take more than the recommended amount.",
"When to get urgent help\nCall 999 or go to A&E immediately if you have difficulty breathing, chest pain, or if you feel confused or very drowsy.",
"Your questions answered\nPlease write down any questions you have and bring the list to your next appointment. There is space for notes at the end of this leaflet.",
"Other formats\nThis leaflet is available in large print, Braille, audio, and in other languages. Please ask a member of staff, or visit our website to download a translation.",
"Feedback\nWe welcome your comments. Tell us what we did well and what we could do better by filling in the card at reception.",
 ],
 tails=["Leaflet ref {ref} · Review date {month} {year}", "Patient Information Service", ""], kmin=3, kmax=6)

# ---------------------------------------------------------------- medication label / instructions
kind("medication_label",
 whole=[
"""{town} Pharmacy · {num} High Street · {phone}

AMOXICILLIN 500MG CAPSULES
Qty: 21

Take ONE capsule THREE times a day.
Space the doses evenly throughout the day and keep taking this medicine until the course is finished, unless you are told to stop.

Patient: {name}
Date: {d}/{n}/{year}

Keep out of the reach and sight of children.""",
"""Medication instructions — for {first}

Morning (with breakfast):
- Metformin 500mg — 1 tablet
- Ramipril 5mg — 1 capsule

Evening (with dinner):
- Metformin 500mg — 1 tablet
- Atorvastatin 20mg — 1 tablet

Notes from the pharmacist:
- Do not take ibuprofen without checking with us first.
- If you miss a dose, take it as soon as you remember, unless it's nearly time for the next one. Never take a double dose.
- Order your repeat prescription a week before you run out, through the pharmacy app or by phone.""",
"""PARACETAMOL 500mg Tablets

Adults and children aged 16 years and over: swallow 1–2 tablets with water every 4–6 hours as required.
Do not take more than 8 tablets in 24 hours.
Do not take with any other paracetamol-containing products.
Children aged 10–15: 1 tablet every 4–6 hours. Do not give more than 4 tablets in 24 hours.
Do not give to children under 10 years.
If symptoms persist, consult your doctor.
Immediate medical advice should be sought in the event of an overdose, even if you feel well.
Read the enclosed leaflet before use.""",
"""IBUPROFEN 200 mg — Gebrauchsinformation (Kurzfassung)

Erwachsene: 1–2 Tabletten bis zu dreimal täglich mit Wasser nach dem Essen einnehmen. Nicht mehr als 6 Tabletten in 24 Stunden.

Nicht einnehmen bei Magengeschwüren oder in den letzten drei Monaten der Schwangerschaft. Fragen Sie Ihren Arzt oder Apotheker, wenn Sie andere Medikamente einnehmen.

Für Kinder unzugänglich aufbewahren.""",
 ],
 heads=["{town} Pharmacy", "DISPENSING LABEL", "Your medicine: {med}"],
 paras=[
"Take {n} ml by mouth twice a day. Shake the bottle well before use and use the measuring spoon provided.",
"Warning: this medicine may make you sleepy. If it does, do not drive or operate tools or machinery. Do not drink alcohol.",
"Take this medicine with or just after food. Swallow the tablets whole; do not chew or crush them.",
"Store below 25°C in a dry place. Once opened, use within 28 days and throw away anything left over.",
"Apply a thin layer to the affected skin twice a day. Wash your hands after use, unless the hands are being treated.",
"Note: one tablet should be taken at the same time each day. A pill organiser can help you remember.",
"If you have any questions about your medicine, ask your pharmacist. Tell them about everything else you are taking, including herbal remedies.",
 ],
 tails=["Keep out of the reach and sight of children.", "Patient: {name} · {d}/{n}/{year}", "Pharmacist: {name2}"], kmin=3, kmax=4, sep="\n")

# ---------------------------------------------------------------- gym class timetable
kind("gym_timetable",
 whole=[
"""{town} Leisure Centre — Group Exercise Timetable ({month})

| Day | Time | Class | Studio |
|---|---|---|---|
| Monday | 07:00 | Spin | 2 |
| Monday | 18:30 | Body Pump | 1 |
| Tuesday | 09:30 | Aqua Aerobics | Pool |
| Wednesday | 12:15 | Yoga | 3 |
| Thursday | 18:00 | HIIT | 1 |
| Friday | 07:00 | Spin | 2 |
| Saturday | 09:00 | Zumba | 1 |
| Sunday | 10:00 | Pilates | 3 |

Booking: book up to 7 days in advance through the members' app. If you can't make it, cancel at least 2 hours before so someone on the waiting list gets your place. Three no-shows in a month and you'll be unable to book for a week.

New to classes? Tell the instructor before the session starts so they can show you modified moves.""",
"""CLASS CHANGES THIS WEEK

- Tuesday 18:00 Circuits is cancelled (instructor unwell). Please join Wednesday's class instead.
- Thursday 07:00 Spin moves to Studio 1 while the bikes in Studio 2 are serviced.
- Saturday's Family Swim runs as normal.

Members who booked the cancelled class have been sent an e-mail and their booking has been deleted automatically. No charge will apply.

We apologise for any inconvenience.""",
"""Horario de clases — Gimnasio Municipal

Lunes y miércoles: 19:00 Pilates · 20:00 Entrenamiento funcional
Martes y jueves: 9:30 Gimnasia para mayores · 18:30 Ciclo indoor
Viernes: 18:00 Zumba
Sábado: 10:00 Yoga

Reserva tu plaza en la aplicación o en recepción. Trae siempre una toalla y una botella de agua.""",
 ],
 heads=["{town} Fitness — Timetable", "Group classes: week beginning {date}", "CLASS TIMETABLE — {club} Gym"],
 paras=[
"{day} {time} — Spin (45 min), Studio 2 — instructor {first}",
"{day2} {time2} — Yoga for beginners (60 min), Studio 3 — bring your own mat if you have one",
"Weekend — Boot camp on the field, 9:00. Runs in all weathers unless there's a weather warning.",
"Please arrive five minutes early. Doors close when the class starts, for safety reasons.",
"Update: the pool will be closed on {date} for a swimming gala. Aqua classes will not run that day.",
"Members can print a copy of the timetable at reception, or download it from the website.",
"Tip: use the app's automatic reminder setting so you get a notification an hour before each class you've booked.",
"Personal training sessions can be booked with any of our trainers. Ask at reception for details and prices.",
 ],
 tails=["Timetable subject to change. Check the app for the latest version.", "See you in class!", "{town} Leisure · {phone}"], kmin=4, kmax=6, sep="\n")

# ---------------------------------------------------------------- recipe
kind("recipe",
 whole=[
"""Grandma's Secret Lemon Drizzle Cake

This is the recipe my grandmother would never share. She told me it the week before she moved into the care home, and made me promise to write it down properly. So here it is.

Ingredients
- 225g softened butter
- 225g caster sugar
- 4 eggs
- 225g self-raising flour
- zest of 2 lemons
For the drizzle: juice of 1½ lemons, 85g granulated sugar

Method
1. Heat the oven to 180°C (160°C fan). Line a loaf tin.
2. Beat the butter and sugar until pale, then add the eggs one at a time.
3. Fold in the flour and lemon zest. Spoon into the tin.
4. Bake for 45–50 minutes, until a skewer comes out clean.
5. While the cake is still warm, prick it all over and pour the drizzle on top.

The secret? Use granulated sugar, not caster, for the drizzle, so it stays crunchy. Never skip that.""",
"""Weeknight Chickpea Curry (serves 4)

You'll need: 1 onion, 2 garlic cloves, a thumb of ginger, 2 tbsp curry paste, 1 tin chopped tomatoes, 1 tin coconut milk, 2 tins chickpeas (drained), a bag of spinach, rice to serve.

1. Fry the chopped onion for 8 minutes until soft. Add the garlic and ginger and cook for 1 minute.
2. Stir in the curry paste and cook for another minute.
3. Add the tomatoes, coconut milk and chickpeas. Simmer for 15 minutes.
4. Stir in the spinach until it wilts. Season to taste.

Note: if you don't have coconut milk, use 200ml stock and a spoonful of yoghurt instead. Leftovers freeze well; label the box with the date.""",
"""Tarte aux pommes de Mamie

Ingrédients : 1 pâte brisée, 5 pommes, 50 g de sucre, 30 g de beurre, 1 sachet de sucre vanillé.

1. Préchauffez le four à 200 °C.
2. Étalez la pâte dans un moule et piquez le fond avec une fourchette.
3. Épluchez les pommes, coupez-les en fines lamelles et disposez-les en rosace.
4. Saupoudrez de sucre et ajoutez quelques noisettes de beurre.
5. Enfournez pour 35 minutes.

Le secret de Mamie : une cuillère de compote étalée sous les pommes. Ne le dites à personne !""",
"""Forget everything you've been told about risotto needing constant stirring.

Oven-baked mushroom risotto
- 300g risotto rice
- 1 litre hot vegetable stock
- 250g mushrooms, sliced
- 1 onion, finely chopped
- 50g parmesan, grated
- a knob of butter

Soften the onion in an ovenproof pan, add the rice and stir to coat. Pour in the stock, bring to the boil, cover and bake at 180°C for 20 minutes. Meanwhile fry the mushrooms. Stir the mushrooms, butter and parmesan into the rice and leave to stand for two minutes. That's it. Your guests will never know.""",
 ],
 heads=["{dish}\nServes {n} · Prep 15 min · Cook 30 min", "RECIPE: {dish}", "{dish} (family favourite)"],
 paras=[
"Ingredients\n- 2 tbsp olive oil\n- 1 large onion, diced\n- 2 carrots, diced\n- 400g tin of tomatoes\n- salt and pepper",
"Method\n1. Heat the oil in a large pan.\n2. Add the onion and cook gently for 10 minutes.\n3. Add everything else, cover, and simmer for 25 minutes.\n4. Taste, season, and serve.",
"Tip: you should always taste before you serve. Recipes can't tell you how salty your stock is.",
"Make it ahead: this keeps in the fridge for three days, and the flavour improves overnight.",
"Swap: use sweet potato instead of butternut squash if that's what you have. Vegan? Leave out the butter and use oil.",
"My kids call this 'dragon stew' and pretend to be knights while they eat it. Whatever works.",
"Reader question: can I freeze this? Yes — cool it quickly, portion it into boxes, and use within three months.",
"Print this recipe and stick it inside a cupboard door. You'll make it again.",
 ],
 tails=["Enjoy!", "Recipe from {first}'s kitchen", "Rated 4.{n} by {n2} readers"], kmin=3, kmax=5)
# ---------------------------------------------------------------- appliance / cleaning manual
kind("appliance_manual",
 whole=[
"""WASHING MACHINE — QUICK START GUIDE (Model WM-{n}40)

1. Open the door and load the laundry. Do not overfill the drum; leave a hand's width at the top.
2. Add detergent to compartment II of the drawer. Use compartment I only for the pre-wash programme.
3. Turn the dial to select a programme. The display will show the recommended temperature and the time remaining.
4. Press Start/Pause.

Eco mode
The Eco 40-60 programme uses less energy and water. It runs longer than other programmes, but costs less overall. We recommend it for everyday loads.

Child lock
Press and hold the Temp and Spin buttons together for three seconds. A key symbol will show on the display. Repeat to unlock.

Error codes
E1 — water is not coming in. Check that the tap is on.
E3 — the filter is blocked. See "Cleaning the filter" below.
E5 — the door is not closed properly.

If the problem continues, contact customer service. Have the model and serial number (on the label inside the door) ready.""",
"""Cleaning your oven — care instructions

Never use oven cleaner on the self-cleaning (catalytic) liners; it will damage them.

For the glass door: wipe with warm soapy water and a soft cloth. For stubborn marks, make a paste of bicarbonate of soda and water, leave it for 15 minutes, then wipe it off.

For the shelves: soak them overnight in the bath in hot water with a dishwasher tablet. Put an old towel under them to protect the bath.

Pyrolytic cleaning (selected models): remove all shelves and trays, close the door, and select the cleaning mode. The door locks automatically and the oven heats to about 500°C. The cycle takes 2 hours. Do not leave pets in the kitchen during the cycle.""",
"""Mode d'emploi — Cafetière automatique

Avant la première utilisation, rincez le réservoir et faites couler deux cycles d'eau sans café.

Détartrage : lorsque le voyant rouge clignote, remplissez le réservoir avec le produit détartrant dilué et appuyez sur les touches 1 et 2 en même temps pendant 3 secondes. Ne jamais utiliser de vinaigre, il peut endommager les joints.

Pour toute question, consultez la rubrique « Questions fréquentes » sur notre site.""",
"""Robot vacuum — resetting and reconnecting

If your robot stops responding to the app:
1. Turn the robot off using the switch underneath.
2. Wait 10 seconds, then turn it back on.
3. In the app, go to Settings > Device > Reconnect. Select your home Wi-Fi network and enter the password.

The robot only works with 2.4 GHz networks. If your router shows two networks, choose the one without "5G" in the name.

To run a clean without the app, press the Home button for 3 seconds. To create a no-go zone (for example, around the dog's water bowl), draw a box on the map in the app.

Empty the bin after every run and clean the brushes weekly. Hair wrapped round the brush is the most common cause of the error "Brush stuck".""",
 ],
 heads=["USER MANUAL — {appliance}", "{appliance}: care and use", "Instructions for use — {appliance} (model {ref})"],
 paras=[
"Safety\nRead all instructions before use and keep this manual for future reference. Do not let children play with the appliance. Always unplug it before cleaning.",
"Display\nThe display shows the selected programme, the time remaining and any error codes. If the display is blank, check the plug and the fuse.",
"Eco mode\nSelect eco mode to reduce energy use. The appliance will run at a lower power setting and may take a little longer.",
"Cleaning\nWipe the outside with a damp cloth. Do not use abrasive cleaners, scouring pads or solvents. Clean the filter once a month.",
"Troubleshooting\nIf the appliance does not start, check that the door is closed and that the child lock is off. If it still will not run, press and hold the power button for 10 seconds to reset the system.",
"Disposal\nDo not throw this appliance away with household waste. Take it to your local recycling centre.",
"Warranty\nRegister your product online within 28 days to activate the extended warranty. Keep your receipt as proof of purchase.",
"Update\nIf your appliance connects to the app, it may download software updates automatically overnight. Do not unplug it while an update is running.",
 ],
 tails=["Customer Service: {phone}", "Keep these instructions.", ""], kmin=3, kmax=6)

# ---------------------------------------------------------------- assembly instructions
kind("assembly_instructions",
 whole=[
"""ASSEMBLY INSTRUCTIONS — 3-drawer chest

Before you start: check the contents against the parts list below. If anything is missing or damaged, do not assemble; contact us with your order number.

Parts: A side panel ×2, B top ×1, C back panel ×1, D drawer front ×3, E drawer base ×3
Fittings: 24 × wooden dowels, 16 × cam locks, 32 × screws, 6 × runners

You will need: a Phillips screwdriver and a hammer. Do not use a power drill; it can strip the holes.

Step 1. Insert the dowels into the side panels (A).
Step 2. Attach the top (B) to both side panels and tighten the cam locks a quarter turn clockwise.
Step 3. Slide the back panel (C) into the grooves.
Step 4. Fix the runners to the inside of the side panels with the short screws.
Step 5. Assemble each drawer and slide it onto the runners.

IMPORTANT: This furniture must be fixed to the wall with the anti-tip kit provided. Children have been seriously injured by falling furniture. Two people are recommended for assembly.""",
"""Garden bench — assembly

1. Lay the two end frames on a soft surface (the box flattened is ideal).
2. Attach the front and back rails with the long bolts. Hand-tighten only at this stage.
3. Place the seat slats on the rails and screw them in from below.
4. Attach the backrest.
5. Stand the bench upright, check it is level, and now tighten all bolts fully.

Re-tighten the bolts after two weeks, as the wood settles. Treat the wood once a year with garden furniture oil.""",
"""Montagehandleiding — kinderbed

Lees eerst alle stappen voordat u begint. Montage door twee volwassenen aanbevolen.

Stap 1: Bevestig de zijpanelen aan het hoofdeinde met bouten M6.
Stap 2: Plaats de bodem op de gewenste hoogte.
Stap 3: Controleer of alle bouten goed vastzitten.

Gebruik geen beschadigde onderdelen. Controleer het bed regelmatig en draai de bouten zo nodig opnieuw vast.""",
 ],
 heads=["ASSEMBLY GUIDE — {furniture}", "How to assemble your {furniture}", "{furniture}: assembly instructions (please keep)"],
 paras=[
"Before you begin, lay out all the parts and check them against the list on page 1. Keep small parts in a bowl so nothing gets lost in the carpet.",
"Tools required: crosshead screwdriver, Allen key (supplied), rubber mallet. Estimated time: {n}0 minutes.",
"Step {n}: Fit the shelf supports into the pre-drilled holes at the height you want. Make sure all four are at the same level before placing the shelf.",
"Do not fully tighten any screws until the frame is complete. This makes it easier to line everything up.",
"Warning: keep plastic bags away from babies and children. Never let children climb on the furniture.",
"If a part is missing, do not go back to the shop. Contact customer service with the part number shown in the list, and we will post it to you free of charge.",
"Tip: watch our assembly video. Scan the QR code on the box or follow the link on the product page.",
"Maximum load per shelf: {n2} kg. Do not exceed it.",
 ],
 tails=["Thank you for choosing us!", "Customer Service: {phone} · help@example.com", ""], kmin=4, kmax=6)

# ---------------------------------------------------------------- warranty card
kind("warranty_card",
 whole=[
"""WARRANTY CARD

Product: Cordless drill, model CD-{n}18
Serial number: {ref}
Date of purchase: ____________
Retailer: ____________

This product is guaranteed against defects in materials and workmanship for 2 years from the date of purchase. To extend your warranty to 3 years, register online within 30 days.

The warranty does not cover:
- normal wear and tear (for example, brushes and batteries);
- damage caused by misuse, accidents or unauthorised repairs;
- products used for commercial hire.

To make a claim, keep this card and your receipt, and contact the service centre. Do not send the product back without first obtaining a return number.""",
"""Thank you for buying a Larkhill kettle!

Your kettle comes with a 12-month guarantee. If anything goes wrong, please don't take it back to the shop: contact us directly and we'll sort it out, usually with a replacement.

Register your product at larkhill.example.com/register. You'll need the model number from the base of the kettle and the date of purchase.

Please keep your receipt. We may ask you to send us a copy or a photo of it.""",
"""CERTIFICATO DI GARANZIA

Il prodotto è coperto da garanzia per 24 mesi dalla data di acquisto. Conservare lo scontrino fiscale insieme al presente certificato.

La garanzia non copre danni dovuti a cadute, uso improprio o riparazioni effettuate da personale non autorizzato.

Per assistenza, contattare il centro servizi indicando il modello e il numero di serie.""",
 ],
 heads=["WARRANTY — {appliance}", "Guarantee certificate", "Product registration & warranty information"],
 paras=[
"Model: {ref}\nSerial number: ____________\nPurchased from: ____________\nDate: ____________",
"This guarantee is in addition to your statutory rights as a consumer and does not affect them.",
"To register, complete the card and post it to the address below, or register online. Registration takes less than two minutes.",
"During the guarantee period we will repair or replace the product free of charge. If a repair isn't possible, we may offer a refund instead.",
"The guarantee is valid only in the country of purchase and only with proof of purchase.",
"We will use your details only to administer your warranty and to contact you about product safety. We will never share them with third parties.",
"Exclusions: consumable parts such as filters, bulbs and batteries; cosmetic damage; damage caused by limescale.",
 ],
 tails=["Service centre: {phone}", "Keep this card in a safe place.", ""], kmin=3, kmax=5)

# ---------------------------------------------------------------- product review
kind("product_review",
 whole=[
"""★★★★☆ Does the job, but read the instructions

I bought this slow cooker to replace one that lasted twelve years. It's a bit smaller than I expected (check the dimensions!), but it's quiet and the "keep warm" mode is genuinely useful. The display is easy to read.

One tip: the manual tells you to run it empty for an hour first because of the smell. Don't ignore this step. I did, and the first stew tasted faintly of plastic.

Would recommend for a family of three or four.""",
"""★☆☆☆☆ Stopped charging after 5 weeks

Bought these headphones in {month}. Sound was good for the price. Then the left earbud stopped charging. I contacted the seller through the website and got an automated reply telling me to reset them (hold both buttons for 15 seconds). Did that. No change.

Second message, no response for a week. I eventually disputed the charge with my card provider and got a refund. Avoid.""",
"""★★★★★ Excelente relação qualidade-preço

Uso esta máquina de café todas as manhãs há três meses. O café sai bom e a máquina é fácil de limpar. O único defeito: o depósito de água é pequeno e tem de ser enchido muitas vezes. O manual explica bem como fazer a descalcificação. Recomendo!""",
"""★★★★★ Best walking boots I've owned

Wore them straight out of the box on a 14-mile hike and didn't get a single blister. Waterproofing held up through bog and a river crossing. They run slightly small, so order half a size up. The lace hooks are metal, not plastic, which is a nice touch.

Answering a question from another reader: yes, they're fine for narrow feet. I have narrow feet.""",
 ],
 heads=["{stars} {reviewtitle}", "Review by {first} ({town}) — {stars}", "Verified purchase · {stars}"],
 paras=[
"Arrived quickly and well packaged. Setup took about ten minutes, following the instructions in the box.",
"The colour is different from the photos — more grey than blue. Not a dealbreaker, but worth knowing.",
"After a month of daily use, it's still going strong. The battery easily lasts a full day.",
"Customer service was excellent. I sent an e-mail on a Sunday and had a reply on Monday morning with a replacement part on its way.",
"I'd recommend this to anyone who wants something simple. If you need lots of settings, look at the more expensive model instead.",
"My only complaint is the app, which asks you to create an account before you can do anything. I'd rather just use the buttons.",
"Update after six months: the handle cracked. The company replaced it under warranty with no fuss.",
"Cheaper than the big brands and honestly just as good. My partner was sceptical but now uses it more than I do.",
 ],
 tails=["{n2} people found this helpful", "Was this review helpful? Yes / No", ""], kmin=3, kmax=5)
# ---------------------------------------------------------------- marketplace listing
kind("marketplace_listing",
 whole=[
"""FOR SALE: Kids' bike, 20" wheels — £{n2}

Red and black, 6 gears, good condition. A few scratches on the frame but everything works. Outgrown by my son. New tyres last summer.

Collection only from {town} (near the station). Cash on collection or bank transfer before pickup.

Please don't message asking "is this still available" — if the listing is up, it is. Reply with a time you can collect and I'll confirm. No holds without a deposit, sorry.""",
"""Model railway layout — OO gauge, with buildings and scenery

Selling my late father's model railway. Baseboard 6ft × 4ft, two loops, a station, a goods yard, and about 30 hand-built buildings. Includes 4 locomotives and around 20 wagons and coaches. Full list of stock below; the files with his wiring notes are included too.

Too big to post, collection from {town2}. Offers around £{price}. I'd like it to go to someone who will run it, not break it up.

Ask any questions below. Serious buyers welcome to come and see it working.""",
"""Sprzedam sofę — 350 zł

Szara sofa trzyosobowa w dobrym stanie, bez zwierząt, dom niepalący. Wymiary: 200 × 90 cm. Odbiór osobisty, trzecie piętro bez windy, więc proszę przyjść we dwie osoby.

Proszę nie pytać, czy aktualne — jeśli ogłoszenie wisi, to aktualne. Napisz wiadomość z proponowanym terminem odbioru.""",
"""FREE to a good home: moving boxes

About 25 sturdy boxes, various sizes, plus bubble wrap and packing paper. Used once. Collect from {street}, {town}. First to reply and turn up gets them. Please don't ask me to deliver.""",
 ],
 heads=["FOR SALE: {item} — £{price}", "{item} · £{price} · {town}", "Listing: {item}"],
 paras=[
"Condition: used, good. Fully working. Comes from a smoke-free, pet-free home.",
"Selling because we've upgraded. Original box and instructions included.",
"Collection only, {town}. I can't post it, sorry.",
"Price is firm. Please don't send silly offers; I'll just ignore them.",
"Payment by cash or bank transfer on collection. I won't accept payment links sent by message, and I never share my card details.",
"Dimensions: {n2} cm × {n}0 cm. Please measure your space before you come.",
"More photos on request. Message me through the app rather than by text, so everything is in one place.",
"If you'd like to check it works before you buy, you're welcome to plug it in and test it when you collect.",
 ],
 tails=["Listed {n} days ago", "Posted by {first} · responds within an hour", ""], kmin=3, kmax=5)

# ---------------------------------------------------------------- buyer/seller messages
kind("buyer_seller_messages",
 whole=[
"""Buyer: Hi, is the dining table still for sale?
Seller: Hi, yes it is.
Buyer: Great. Would you take £{n2}?
Seller: Lowest I'd go is £{n2}5, it's solid oak.
Buyer: Ok deal. Can I collect Saturday morning?
Seller: Saturday 10am is fine. Address is {num} {street}. Bring someone to help carry, it's heavy.
Buyer: Will do. Shall I pay now to hold it?
Seller: No need, pay on collection. See you Saturday.""",
"""Seller: Hi {first}, just checking you still want the pram? You said you'd collect yesterday.
Buyer: So sorry!! My daughter was ill. Can I come tonight at 7?
Seller: Tonight is fine.
Buyer: Thank you. Also, does it come with the rain cover?
Seller: Yes, and the cup holder. It's all in the bag underneath.
Buyer: Perfect. I'll send the money by bank transfer now so it's sorted.
Seller: Received, thanks. See you at 7.""",
"""Buyer: Hello, I've received the camera but the battery charger isn't in the box. The listing said it was included.
Seller: Oh no, I'm really sorry. I must have left it in the drawer. I'll post it tomorrow.
Buyer: Thanks. Could you send me the tracking number when you do?
Seller: Of course. Posted this morning, tracking number is {ref}. Apologies again.
Buyer: Got it, arrived today. All working. I'll leave you good feedback!""",
"""Comprador: Hola, ¿sigue disponible la bicicleta?
Vendedor: Sí, sigue disponible.
Comprador: ¿Puedo verla mañana por la tarde?
Vendedor: Claro, a partir de las 18:00. Te mando la dirección por mensaje privado.
Comprador: Perfecto, gracias. Llevo el dinero en efectivo.""",
 ],
 heads=["Conversation about: {item}", "Messages — {item} (£{price})", "Marketplace chat with {first}"],
 paras=[
"Buyer: Is this still available?\nSeller: Yes.",
"Buyer: Any marks or damage?\nSeller: A small scratch on the left side, you can see it in the third photo.",
"Buyer: Could you post it? I'll pay for postage.\nSeller: I can post it for £{small}, tracked. Pay through the app's checkout, not by transfer, so we're both protected.",
"Seller: Just to let you know, someone else has asked about it, but I'll hold it for you until 6pm.",
"Buyer: I've sent the payment. Can you confirm you received it?\nSeller: Yes, received, thanks!",
"Buyer: Sorry, I can't make today. Can we do {day} instead?\nSeller: {day} works. Message me when you're on your way.",
"Seller: Someone messaged pretending to be from the app, asking me to click a link to 'verify' the sale. I've reported it. Be careful.\nBuyer: Thanks for the warning. I got one too and deleted it.",
"Buyer: Collected, all good. Thanks!\nSeller: Enjoy it!",
 ],
 tails=["", "[Transaction completed]"], kmin=3, kmax=6, sep="\n")

# ---------------------------------------------------------------- holiday rental house rules
kind("rental_house_rules",
 whole=[
"""Welcome to Seaview Cottage!

We hope you have a wonderful stay. A few house rules:

1. Check-in is from 4pm; check-out is by 10am. The key safe code was sent in your booking e-mail. Please do not share it.
2. No smoking anywhere in the property, including the garden.
3. Maximum 4 guests. No parties or events.
4. Please be considerate of our neighbours: quiet after 10pm.
5. Dogs are welcome but must not go upstairs or on the furniture.
6. Bins: general waste in the black bin, recycling in the green box. Collection is {day} morning.

Wi-Fi: network "Seaview", password on the card by the kettle.

Before you leave: load and run the dishwasher, strip the beds and leave the used linen in the bathroom, and put the key back in the safe.

Any problems, message or call us on {mobile}. Enjoy the beach!
{first} & {first2}""",
"""House rules — Apartment {n}B

- Shoes off inside, please (slippers in the cupboard by the door).
- The heating is controlled by the thermostat in the hallway. Please don't set it above 22°C and turn it down when you go out.
- The washing machine's instructions are on the fridge door.
- Do not leave the balcony door open when it's windy — it slams.
- The building's front door locks automatically at 11pm; use the small key on the ring.

Our recommendations for restaurants, walks and shops are in the folder on the coffee table. Feel free to add your own notes for future guests!""",
"""Hausordnung Ferienwohnung

Liebe Gäste, herzlich willkommen!

- Anreise ab 15 Uhr, Abreise bis 10 Uhr.
- Bitte trennen Sie den Müll (Papier, Plastik, Restmüll, Bio).
- Rauchen ist in der Wohnung nicht erlaubt.
- Die Nachtruhe beginnt um 22 Uhr.
- Bitte lassen Sie den Schlüssel bei der Abreise auf dem Küchentisch liegen und ziehen Sie die Tür fest zu.

Bei Fragen erreichen Sie uns jederzeit telefonisch. Wir wünschen Ihnen einen schönen Urlaub!""",
"""Casa Mar — Normas de la casa

Bienvenidos. Les pedimos que respeten estas normas:
- No se permiten fiestas.
- Silencio entre las 23:00 y las 8:00.
- Apaguen el aire acondicionado cuando salgan.
- La piscina no tiene socorrista: los niños siempre deben estar acompañados de un adulto.

¡Disfruten de su estancia!""",
 ],
 heads=["House Rules — {cottage}", "Welcome to {cottage}", "{cottage}: guest information"],
 paras=[
"Check-in: from {time2}. Check-out: by 10:00. Early check-in may be possible; ask us the day before.",
"Please never leave the hot tub cover off overnight. Instructions are on the laminated sheet by the back door.",
"The log burner: open the vent fully, light the firelighter, add kindling, then logs. Never leave it unattended, and always use the fireguard if children are present.",
"Parking: one space in front of the house. Please do not park on the lane; the farmer needs access with his tractor.",
"Any breakages — don't worry, accidents happen. Just tell us so we can replace the item before the next guests arrive.",
"Internet: the router is in the cupboard under the stairs. If it stops working, turn it off and on again.",
"The guest book is on the shelf. We love reading your notes and recommendations.",
"Please do not flush anything other than toilet paper. We are on a septic tank.",
 ],
 tails=["Have a lovely stay!\n{first}", "Host: {name} · {mobile}", ""], kmin=3, kmax=6)

# ---------------------------------------------------------------- travel itinerary
kind("travel_itinerary",
 whole=[
"""Your itinerary — Lisbon & Porto, {n} nights

Booked through: {town} Travel (your agent: {name2})
Booking reference: {ref}

Day 1 — {day}
Flight {flight} departs 07:40, arrives Lisbon 10:25. Transfer to Hotel Alfama (included). Afternoon free.

Day 2
Walking tour of Alfama and Baixa, meeting point in the hotel lobby at 09:30.

Day 3
Day trip to Sintra. Packed lunch provided.

Day 4
Train to Porto (08:39, 2nd class, seats reserved). Check in to Hotel Ribeira.

Day 5
Port cellar visit and river cruise.

Day 6
Transfer to airport. Flight departs 13:05.

Please check that your passport is valid for at least three months after your return date. Print this itinerary or keep it on your phone. If your flight times change, your agent will contact you immediately.""",
"""Trip plan — Scotland road trip (draft v3)

Sat: drive to Pitlochry, 6h with stops. Stay at the B&B on Atholl Road (already paid).
Sun: walk to Ben Vrackie if weather OK, otherwise distillery tour.
Mon: drive to Skye via Glencoe. Fill up with fuel in Fort William!! Petrol stations are rare after that.
Tue–Wed: Skye. Fairy Pools, Old Man of Storr. Book the restaurant in Portree a week ahead.
Thu: Skye → Inverness.
Fri: drive home.

Notes: download offline maps, no signal on most of Skye. Ferry not needed (there's a bridge). {first}, can you check whether the car insurance covers both of us?""",
"""Reiseplan — Klassenfahrt nach Hamburg

Montag: Abfahrt 7:30 Uhr am Schulparkplatz. Ankunft in der Jugendherberge gegen 13 Uhr.
Dienstag: Hafenrundfahrt und Speicherstadt.
Mittwoch: Besuch im Miniatur Wunderland, nachmittags Freizeit in Kleingruppen.
Donnerstag: Stadtrallye.
Freitag: Rückfahrt, Ankunft ca. 16 Uhr.

Bitte denkt an euren Ausweis, eure Krankenversicherungskarte und Bettwäsche.""",
 ],
 heads=["ITINERARY — {dest}\nBooking ref: {ref}", "Your trip to {dest}", "{dest}: day-by-day plan"],
 paras=[
"Day 1: Arrive in {dest}. Check in from 15:00. Welcome dinner at 19:30 in the hotel restaurant.",
"Day 2: Guided tour of the old town (3 hours). Comfortable shoes recommended. Afternoon at leisure.",
"Day 3: Free day. Your guide can recommend boat trips, museums and markets.",
"Transfers: a driver will meet you in the arrivals hall holding a sign with your name. If you can't find them, call the emergency number on your documents.",
"Travel documents: your e-tickets are attached to this e-mail as PDF files. Please print a copy as a backup.",
"Insurance: make sure your travel insurance covers everything you plan to do, including any adventure activities.",
"Your travel agent, {name2}, is available on {phone} if anything changes. Out of hours, use the emergency line.",
"Currency: the local currency is the euro. Cards are accepted almost everywhere, but keep some cash for markets and taxis.",
 ],
 tails=["Have a wonderful trip!", "{town} Travel · Member no. {n2}{n}", ""], kmin=3, kmax=6)
# ---------------------------------------------------------------- airline / train notice
kind("airline_train_notice",
 whole=[
"""Your flight {flight} has been rescheduled

Dear {name},

Due to an operational change, your flight {flight} from {town} to Málaga on {date} will now depart at {time2} instead of {time}.

What you need to do:
- If the new time suits you, you don't need to do anything. Your booking has been updated automatically.
- If it doesn't, you can change to another flight free of charge or request a full refund through "Manage my booking" on our website.

Online check-in opens 30 days before departure. Please remember to download your boarding pass, or print it, before you travel.

We're sorry for any inconvenience.
Customer Service""",
"""Planned engineering works

Between {date} and the following Sunday, there will be no trains between {town} and {town2}. Rail replacement buses will run instead, from the bus stop outside the main entrance.

Journeys will take up to 40 minutes longer. Bicycles cannot be carried on replacement buses (folding bikes excepted).

Please check before you travel using the journey planner. Tickets are valid on the buses.""",
"""Aviso a los pasajeros

Debido a una huelga convocada para el {d} de {month_es}, algunos trenes de media distancia podrían ser cancelados. Consulte el estado de su tren en la web o en la aplicación antes de salir.

Si su tren ha sido cancelado, puede cambiar su billete sin coste o solicitar el reembolso completo.""",
"""Delay Repay — your claim

Hi {first},

We've received your claim for the delay to your journey on {date} (reference {ref}). Your train arrived 42 minutes late, so you're entitled to 50% of the single fare: £{small}.

The refund will be paid to the card you used to buy your ticket within 5 working days. You don't need to do anything else.

If you think we've got this wrong, reply to this e-mail with the details and we'll take another look.""",
 ],
 heads=["IMPORTANT: changes to your journey", "Travel update — {flight}", "Notice to passengers"],
 paras=[
"Baggage: your fare includes one cabin bag (max 10 kg) which must fit in the sizer at the gate. Hold luggage must be added before you travel; it costs more at the airport.",
"Boarding closes 20 minutes before departure. Passengers who arrive at the gate after this time will not be able to board.",
"Due to strong winds, some ferry sailings on {date} may be cancelled. We will send a text message to all affected passengers as soon as a decision is made.",
"Your seat reservation: Coach {n}, seat {n2}. Reservations are shown on the display above each seat.",
"Please make sure your phone is in airplane mode before take-off, or switch it off.",
"If your flight is cancelled, you are entitled to a refund or re-routing. Visit our website to see your options.",
"Passengers needing assistance should tell us at least 48 hours before travel so we can arrange help at the station.",
"Reminder: liquids in cabin bags must be in containers of 100 ml or less, in a single clear bag.",
 ],
 tails=["Thank you for travelling with us.", "Customer Relations · {phone}", "This is an automated message. Please do not reply."], kmin=3, kmax=5)

# ---------------------------------------------------------------- museum / event page
kind("museum_event_page",
 whole=[
"""{town} Museum — Exhibition: "Hidden Lives: The Servants' World"

{month} – {month} {year} · Main Gallery · Free entry

Step below stairs and discover the hidden lives of the people who kept the great houses running. Through letters, diaries, photographs and everyday objects, this exhibition tells the story of cooks, maids, footmen and gardeners — in their own words.

Highlights include a recreated Victorian kitchen, a display of servants' bells, and a wall of letters sent home by a young maid in the 1890s.

Family trail: pick up a trail sheet at the entrance. Children can pretend to be a new kitchen maid and find ten objects hidden around the gallery.

Access: the gallery is on the ground floor and fully accessible. Large-print labels are available at the front desk.""",
"""Open-air cinema: summer screenings in {town} Park

Every Friday in July, gates open 7:30pm, films start at dusk.

Bring a blanket or a low-backed chair. Food trucks on site. No glass, please.

Tickets: £{small} adults, £5 children. Book online; your e-ticket will be sent by e-mail. Show it on your phone at the gate, or print it.

If the weather is bad, we'll e-mail you by 4pm on the day. Screenings cancelled due to weather will be refunded automatically.""",
"""Museo Civico — Orari e biglietti

Aperto dal martedì alla domenica, 10:00–18:00 (ultimo ingresso 17:15). Chiuso il lunedì.

Biglietto intero: 10 €. Ridotto (studenti, over 65): 6 €. Gratuito per i minori di 18 anni e la prima domenica del mese.

Audioguide disponibili in italiano, inglese, tedesco e francese. Non è consentito fotografare con il flash.""",
"""Family Fun Day — Science Centre

Saturday {d} {month}, 10am–4pm

Build a rocket, meet a robot dog, and watch the big reveal as our scientists try to make the world's largest elephant toothpaste. Shows at 11am, 1pm and 3pm.

Workshops are free but places are limited: sign up at the welcome desk when you arrive. Children must be accompanied by an adult at all times.""",
 ],
 heads=["{town} {venue} — What's On", "EVENT: {eventname}", "{eventname} · {date}"],
 paras=[
"Tickets: £{small} adults, £{n} concessions, children under 5 free. Members go free. Book online to skip the queue.",
"Opening hours: Tuesday to Sunday, 10:00–17:00. Last entry 16:15. Closed Mondays except bank holidays.",
"Accessibility: step-free access throughout. Wheelchairs are available to borrow from the front desk. Assistance dogs welcome.",
"Talk: join curator {name} on {date} at {time} for a behind-the-scenes look at the collection. Free with admission.",
"Photography is allowed for personal use. Please do not use flash, tripods or selfie sticks in the galleries.",
"Café: our café serves lunch from 12 until 2:30, and cake all day.",
"Schools: we offer free workshops for school groups. Teachers can book through the learning portal.",
"Lost something? Ask at the front desk. Items are kept for one month.",
 ],
 tails=["{town} {venue} · {num} {street}", "Plan your visit at example.org", ""], kmin=3, kmax=5)

# ---------------------------------------------------------------- parish / club bulletin
kind("parish_club_bulletin",
 whole=[
"""St Michael's Parish Bulletin — {month}

Services
Sunday: 8am Holy Communion; 10am Family Service; 6pm Evensong
Wednesday: 10am Midweek Communion, followed by coffee in the hall

Notices
- The flower rota for next month is on the board at the back of the church. Please add your name if you can help.
- The Harvest lunch is on {date}. Tickets £{small} from the parish office.
- Please pray for all those who are sick, and for the family of Margaret {last}, whose funeral takes place on {day}.
- The youth group is looking for volunteers to help with the nativity play. No acting experience needed! Children will take every role, including the donkey.

Parish office: open Tuesday and Thursday mornings. Tel {phone}.""",
"""{town} Camera Club — Members' Bulletin

Competition results
Congratulations to {name}, who won this month's "Reflections" competition. All entries are on the club website.

Next meeting
{day} at 7:30pm in the village hall. Talk: "Landscapes in bad weather" by {name2}.

Subscriptions
Annual subs (£{n2}) are due. You can pay by bank transfer; please use your surname as the reference.

Reminder: please do not share other members' photos outside the club without asking them first.""",
"""Bulletin paroissial

Messes : samedi 18h30, dimanche 10h30.
Catéchisme : reprise le mercredi {d} {month_fr} à 14h.
Kermesse paroissiale : dimanche prochain, après la messe. Nous cherchons des bénévoles pour tenir les stands. Inscrivez-vous auprès du secrétariat.

Merci à tous ceux qui ont participé à la collecte de vêtements !""",
"""Women's Institute — {town} branch

{month} meeting: Thursday, 7pm, Village Hall.
Speaker: "The secret history of the humble teapot".
Competition: a knitted egg cosy.
Hostesses: {first} and {first2}.

The outing to the garden show is now full. If you are on the list but can't come, please tell {first3} as soon as possible so someone on the waiting list can have your place.""",
 ],
 heads=["{org} — Weekly Bulletin", "NEWS FROM {org}", "{org} Newsletter · {month} {year}"],
 paras=[
"Coffee morning: every {day} from 10 to 12. All welcome, whether you come to church or not.",
"Thank you to everyone who donated to the food bank collection. We sent {n2} boxes this month.",
"The hall is available for hire for children's parties and meetings. Contact the bookings secretary for rates and dates.",
"Committee news: the AGM will be held on {date}. Nominations for officers should be sent to the secretary by {day}.",
"Lost property: a navy umbrella and a pair of reading glasses were left after Sunday's service. Ask at the office.",
"Choir practice has moved to {day2} evenings. New singers are always welcome; you don't need to read music.",
"Please update your contact details with the membership secretary so you keep receiving this bulletin.",
"Car park: please do not park in front of the hall's fire exit. It must be kept clear at all times.",
 ],
 tails=["Secretary: {name} · {phone}", "Everyone welcome.", ""], kmin=3, kmax=6)

# ---------------------------------------------------------------- sports club rules
kind("sports_club_rules",
 whole=[
"""{club} — Code of Conduct for Players

All players must:
1. Arrive at training at least 15 minutes before the start, in the correct kit.
2. Tell the coach if they are injured or unwell before training or a match.
3. Respect the referee's decisions. Never argue with officials.
4. Shake hands with the opposing team after every match, whatever the result.
5. Help put the equipment away after training.

Players must not:
- use abusive language;
- post anything about teammates, opponents or officials on social media that they wouldn't say to their face;
- take part in any match while suspended.

Breaches of this code will be dealt with by the committee and may lead to suspension.""",
"""Tennis Club Rules (summary)

- Courts may be booked up to 7 days in advance via the booking system. Maximum one booking per member per day at peak times.
- If you have not arrived within 10 minutes of your booking, the court may be used by others.
- Proper tennis shoes must be worn. No black soles.
- Guests may play up to 6 times a year and must be signed in; the guest fee is £{small}.
- Juniors under 12 must be accompanied by an adult after 6pm.
- The gate code changes every month and is sent to members by e-mail. Never share it with non-members.""",
"""Reglamento del club de natación

1. Es obligatorio ducharse antes de entrar en la piscina.
2. Gorro de baño obligatorio.
3. No se permite correr en la zona de la piscina.
4. Los nadadores deben respetar las calles según su nivel.
5. Los menores de 14 años deben estar acompañados por un adulto fuera de los entrenamientos.

El incumplimiento de estas normas puede suponer la expulsión temporal del club.""",
 ],
 heads=["{club} — Club Rules", "RULES & CODE OF CONDUCT — {club}", "{club}: information for new members"],
 paras=[
"Membership fees are due on 1 {month}. Members whose fees are unpaid after 30 days will not be selected for matches.",
"Parents and spectators must stay behind the rope and must not coach from the sidelines. Leave the coaching to the coaches.",
"The changing rooms must be left tidy. Anything left behind will go to lost property and be donated after a month.",
"All players under 18 must have a signed consent form and up-to-date emergency contact details on file.",
"Alcohol is not permitted in the junior section area at any time.",
"In case of thunder or lightning, all players must leave the pitch immediately, regardless of the match situation.",
"Team selection is the coach's decision. If you have questions about it, speak to the coach privately, not on the group chat.",
"Kit: home shirts are red, away shirts are white. Players must wear shin pads in all matches and training.",
 ],
 tails=["Approved by the committee, {month} {year}", "Club Secretary: {name}", ""], kmin=3, kmax=6)
# ---------------------------------------------------------------- board / card game rules
kind("game_rules",
 whole=[
"""CRAZY EIGHTS — rules

Players: 2–7. Deck: a standard 52-card deck.

Setup: deal 7 cards to each player (5 if there are more than 4 players). Put the rest face down as the draw pile and turn the top card over to start the discard pile.

How to play: on your turn, play one card that matches the top card of the discard pile by suit or by rank. Eights are wild: you can play an eight at any time and name the suit the next player must follow.

If you can't play, draw one card. If you can play it, you may; otherwise your turn ends.

Winning: the first player to get rid of all their cards wins the round. Everyone else scores penalty points for the cards left in their hand: 50 for an eight, 10 for a picture card, face value for everything else.

House rule we always use: if you forget to say "last card" when you have one card left, you must draw two.""",
"""Secret Roles — how to play (party game, 5–10 players)

At the start, each player secretly receives a role card. Most players are Villagers. One or two are Smugglers. Do not show your card to anyone, and never reveal your role, even when you're out of the game.

Each round has a Day and a Night.
Night: everyone closes their eyes. The Smugglers open their eyes, silently agree on one Villager to "arrest", then close them again.
Day: everyone opens their eyes. The arrested player is out. Players then discuss who they think the Smugglers are. Anyone may accuse; the group votes.

Villagers win if they catch all the Smugglers. Smugglers win if they equal the number of Villagers.

Tips: pretend to be confident even if you are a Smuggler. Watch who stays quiet. Don't take it personally!""",
"""Regole della Briscola (in breve)

Si gioca con un mazzo di 40 carte. Ogni giocatore riceve tre carte; la carta successiva viene scoperta e indica il seme di briscola.

A turno, ogni giocatore gioca una carta. Vince la mano la carta più alta del seme giocato per primo, a meno che qualcuno non giochi una briscola. Chi vince la mano pesca per primo.

Valori: Asso 11, Tre 10, Re 4, Cavallo 3, Fante 2. Vince chi totalizza più di 60 punti.""",
"""Family Treasure Hunt — rules for the grown-ups

1. Hide the clues the night before. Write each clue on a card and number them.
2. Each clue leads to the next hiding place. The last clue leads to the treasure (chocolate coins work well).
3. Children work in teams. Older children read the clues aloud to the younger ones.
4. No running on the stairs. No going into the road. No opening the fridge unless a clue says so.
5. If a team gets stuck for more than five minutes, give them a hint — don't just tell them the answer.

Example clue: "I have hands but cannot clap. Look below me for your next map." (Answer: the clock.)""",
 ],
 heads=["{gamename} — Rules", "HOW TO PLAY {gamename}", "{gamename}: quick rules summary"],
 paras=[
"Object of the game: be the first player to move all your pieces home.",
"Setup: each player chooses a colour and takes the matching pieces. Shuffle the cards and place them face down in the middle of the board.",
"On your turn: roll both dice and move one piece the total shown. If you roll a double, take another turn. Three doubles in a row and you go back to the start.",
"Card actions: when you land on a star square, draw a card and follow the instruction on it, e.g. 'Move forward three spaces' or 'Swap places with any player'.",
"Ties: if two players have the same score, the player who finished their last turn first wins.",
"Younger players: ignore the scoring rules and just play until someone reaches the end. Everyone who finishes gets a sticker.",
"Variant: for a shorter game, remove the red cards from the deck before you start.",
"Lost pieces? Print replacement tokens from the publisher's website, or use buttons.",
 ],
 tails=["Have fun!", "Ages 8+ · 2–6 players · 30 minutes", ""], kmin=3, kmax=6)

# ---------------------------------------------------------------- gardening guide
kind("gardening_guide",
 whole=[
"""Caring for cacti and succulents

Forget everything you learned about watering houseplants. Cacti hate being watered little and often. Instead:

- Water thoroughly, until water runs out of the drainage holes, and then don't water again until the compost is completely dry. In summer this might be every 10–14 days; in winter, hardly at all.
- Always use a pot with drainage holes. Never let the pot stand in a saucer of water.
- Use a gritty cactus compost, or mix ordinary compost with one-third horticultural grit.
- Give them the brightest spot you have. A south-facing windowsill is ideal.

Signs of trouble: soft, brown, mushy stems usually mean overwatering. Stop watering immediately, and if the roots are rotten, cut away the damaged parts and repot in dry compost.""",
"""Jobs in the garden this month ({month})

Vegetable patch
- Sow broad beans and peas outside.
- Earth up potatoes as the shoots appear.
- Net brassicas against pigeons.

Flowers
- Deadhead daffodils, but leave the leaves for six weeks so the bulbs can build up strength.
- Plant summer bulbs such as lilies and gladioli in pots.

Lawn
- Start mowing, with the blades set high for the first cuts.

Don't forget: this is a busy month for slugs. Go out with a torch on a damp evening and you'll see exactly what you're up against.""",
"""Tomaten kweken op het balkon

Kies een zonnige plek en een grote pot (minstens 20 liter). Gebruik potgrond voor groenten.

Geef elke dag water, bij warm weer zelfs twee keer. Geef liever veel water in één keer dan telkens een beetje. Haal de dieven (zijscheuten) regelmatig weg en bind de plant vast aan een stok.

Vanaf de eerste bloemen kunt u één keer per week tomatenvoeding geven.""",
"""Making your own compost: a beginner's guide

What to put in ("greens"): vegetable peelings, fruit scraps, tea bags, coffee grounds, grass cuttings.
What to put in ("browns"): cardboard, egg boxes, shredded paper, dry leaves, straw.
What NOT to put in: meat, fish, dairy, cooked food, dog or cat poo, diseased plants.

Aim for roughly half greens and half browns. Turn the heap every few weeks with a fork to let air in. If it smells, add more browns. If nothing happens, add more greens and a little water.

In six to twelve months you'll have dark, crumbly compost. Use it on your beds, or as a mulch around shrubs.""",
 ],
 heads=["How to grow {plant}", "GROWING GUIDE: {plant}", "{plant} — a quick care sheet"],
 paras=[
"Position: full sun or light shade. Shelter from strong winds.",
"Soil: any well-drained soil. Dig in plenty of compost before planting.",
"Sowing: sow seeds 1cm deep in trays indoors in early spring, then plant out after the last frost.",
"Watering: water regularly in dry weather, especially when plants are young. Water the soil, not the leaves.",
"Feeding: give a liquid feed every two weeks once flowers appear. Follow the instructions on the bottle; more is not better.",
"Pruning: cut back by a third after flowering. Always use clean, sharp secateurs.",
"Pests: watch out for aphids. Squash them with your fingers or spray with soapy water. Ladybirds will help.",
"Our reader {first} from {town} writes: 'I grew these in pots on my balcony and they were brilliant.' We recommend a dwarf variety for containers.",
 ],
 tails=["Happy gardening!", "From the {town} Allotment Society", ""], kmin=3, kmax=6)

# ---------------------------------------------------------------- pet care sheet
kind("pet_care_sheet",
 whole=[
"""Caring for your new rabbit

Rabbits are social animals and are happiest in pairs. Here's what they need:

Housing: a large hutch plus a run (at least 3m × 2m × 1m high) with access at all times. Rabbits should never be kept in a small hutch all day.

Food: unlimited hay (about 85% of the diet), a handful of fresh greens twice a day, and a small eggcup of pellets. Do not feed muesli-style mixes. Fresh water must always be available.

Health: vaccinate every year against myxomatosis and RHD. Check their teeth and bottoms daily in summer, to prevent flystrike.

Handling: rabbits are prey animals and don't like being picked up. Sit on the floor and let them come to you.

Questions? Ask at the clinic or call us on {phone}.""",
"""Dog-sitting notes for {first2} — thank you!!

Bella's routine:
- 7am: breakfast (1 scoop of dry food from the tub by the back door, plus a spoon of the wet food in the fridge)
- Walk in the morning, about 40 min. She pulls on the lead near the park; stop and wait until she calms down.
- 5pm: dinner, same as breakfast.
- Last wee around 10pm.

Don't give her chicken bones or grapes (toxic). She will pretend she's never been fed. She has. Ignore the sad eyes.

Vet: {town} Vets, {phone}. Her insurance details are in the blue folder on the fridge.

If anything goes wrong, text me immediately — my phone will be on even though we're abroad.""",
"""Fiche conseil — votre chaton

Vaccins : première injection à 8 semaines, rappel à 12 semaines.
Alimentation : croquettes spéciales chaton, 3 à 4 repas par jour. Toujours de l'eau fraîche à disposition.
Litière : à nettoyer tous les jours.
Identification : la puce électronique est obligatoire.
Stérilisation : recommandée vers 6 mois. Parlez-en à votre vétérinaire.""",
 ],
 heads=["PET CARE SHEET: {pet}", "Looking after your {pet}", "{town} Vets — {pet} care guide"],
 paras=[
"Feeding: feed a complete diet made for your pet's age. Follow the amounts on the packet and adjust for weight. Treats should make up no more than 10% of daily food.",
"Water: fresh, clean water must be available at all times. Change it every day.",
"Exercise: daily exercise is essential. Bored pets often chew furniture or make noise.",
"Health checks: book a check-up once a year. Keep vaccinations, flea and worming treatments up to date; we can send you an automatic reminder.",
"Microchipping: make sure your pet's microchip details are up to date, especially if you move house or change your phone number.",
"Dangers: chocolate, grapes, raisins, onions and some houseplants are poisonous to many pets. Never give your pet medicine meant for people.",
"Travel: never leave an animal in a parked car, even on a mild day. Temperatures inside can rise very quickly.",
"Insurance: vet bills can be expensive. We recommend taking out pet insurance while your pet is young and healthy.",
 ],
 tails=["{town} Veterinary Clinic · {phone}", "Ask our nurses — we're happy to help.", ""], kmin=3, kmax=5)

# ---------------------------------------------------------------- neighbourhood forum post
kind("neighbourhood_forum_post",
 whole=[
"""Posted in {town} Neighbours · General

Has anyone else's post been going missing on {street}? I've been told two birthday cards never arrived, and a parcel that says "delivered" isn't anywhere. I've reported it to the delivery office but had no reply yet.

If it's happening to you too, reply below. If enough of us complain, they might actually do something.

— {first}

Replies (4)
> {first2}: Same here. My bank card was sent out twice and I never received it. The bank told me to report it as lost immediately, which I did.
> {name2}: We had a new postman for a couple of weeks. Might just be teething problems?
> {first3}: Check with number {num}, they often take in parcels for half the street!
> {first}: Ha, I'll knock and ask. Thanks all.""",
"""Posted in {town} Community · Recommendations

Can anyone recommend a good plumber? Our boiler is making a noise like a small aircraft and the previous guy we used has retired. Ideally someone who actually answers messages.

Replies:
- Dave at {town} Heating was great for us. Turned up when he said he would and didn't overcharge.
- +1 for Dave. Tell him Margaret from the bakery sent you.
- Please don't use the firm that's been posting flyers through doors this week. Friend of mine paid a deposit and they never showed up.""",
"""Gepostet in Nachbarschaft {town}

Hallo zusammen, am Samstag findet der Flohmarkt im Hof der Grundschule statt. Wer einen Stand möchte, meldet sich bitte bis Donnerstag bei mir. Standgebühr 5 €, der Erlös geht an den Förderverein.

Bitte keine Kleidung mehr, davon haben wir schon sehr viel. Spielzeug, Bücher und Haushaltswaren sind willkommen!""",
"""Posted in {town} Neighbours · Safety

PSA: someone has been going door to door saying they're from the water company and need to "check your pipes". The real water company has told me they have no one working on our street. If someone knocks, ask for ID, don't let them in, and call the company on the number on your bill (not any number they give you).

Please share this with elderly neighbours who aren't on here.""",
 ],
 heads=["Posted in {town} Neighbours", "{town} Community Forum · new post by {first}", "Neighbourhood board — {street} area"],
 paras=[
"Does anyone know why the road by the school has been dug up again? It was only resurfaced in {month}.",
"Thank you to whoever handed in my purse to the corner shop yesterday. Everything was still in it. You've restored my faith in people.",
"Reminder that the litter pick is on {day} at 10am, meeting outside the library. Bring gloves if you have them; we'll provide bags and pickers.",
"Is anyone else having trouble with their internet this week? Mine keeps dropping out every evening. The provider's automated line just tells me to restart the router.",
"Our cat, a ginger tom called Biscuit, hasn't come home since {day}. He's microchipped and very friendly. Please check your sheds and garages!",
"Free to collect: a box of children's books, a high chair, and a working microwave. Reply here and I'll message you the address.",
"Please slow down on {street}. There are lots of small children around, and someone nearly hit a boy on a scooter this morning.",
"Does anyone have a ladder I could borrow for an hour on Saturday? Will return it with cake.",
 ],
 tails=["{n} replies · {n2} likes", "— {first}, {street}", ""], kmin=2, kmax=4)

# ---------------------------------------------------------------- Q&A forum answer
kind("qa_forum_answer",
 whole=[
"""Q: How do I get red wine out of a cream carpet?

A (accepted answer, 212 votes):
Act immediately if you can. Don't rub, it spreads the stain and pushes it deeper.

1. Blot with a clean white cloth or kitchen paper to soak up as much as possible.
2. Pour a little cold water on the stain and blot again. Repeat.
3. Mix one tablespoon of washing-up liquid and one tablespoon of white vinegar in two cups of warm water. Sponge it on, then blot until the stain lifts.
4. Rinse with cold water and blot dry.

Never use hot water — it sets the stain. And always test any cleaner on a hidden corner first (under the sofa is good).

Edit: lots of people in the comments recommend salt. It does help, but only as a first step to absorb the wine.""",
"""Q: My landlord wants to keep my whole deposit for "cleaning". What should I do?

A: First, don't panic, and don't agree to anything yet. Your deposit should be held in a protection scheme; check your tenancy agreement or ask the landlord which one.

Then:
- Find the check-in inventory and compare it with the condition you left the flat in. Photos with dates are your best friend.
- Reply to the landlord in writing (e-mail is fine) and ask for an itemised list of the charges with receipts.
- If you still disagree, raise a dispute through the scheme. It's free, and an independent adjudicator will decide.

Landlords can't charge you for normal wear and tear. I'd recommend keeping copies of every message.""",
"""Q: Quelle est la différence entre « tu » et « vous » ?

R : « Tu » s'utilise avec les amis, la famille, les enfants et les personnes de votre âge dans un cadre informel. « Vous » s'utilise avec des inconnus, des personnes plus âgées, au travail ou dans les situations formelles. C'est aussi le pluriel. Dans le doute, utilisez « vous » : la personne vous dira si vous pouvez la tutoyer.""",
"""Q: Is it worth learning to touch-type as an adult?

A: Yes. I learned at 41 using a free typing tutor, about 15 minutes a day. It took roughly six weeks before I was faster than my old two-finger method, and now I type around 70 words a minute.

Tips that helped me:
- Cover your hands with a tea towel so you can't look.
- Focus on accuracy first. Speed comes later.
- Practise with real sentences, not just random letters. I used to copy out a page of whatever novel I was reading.

The biggest benefit isn't speed, it's that you can look at the screen instead of the keyboard and think about what you're writing.""",
 ],
 heads=["Q: {question}\n\nA:", "Question: {question}\n\nTop answer ({n2} votes):", "{question}\n\nBest answer:"],
 paras=[
"Short answer: yes, but it depends on what you're using it for.",
"I had exactly the same problem last year. What fixed it for me was starting again from scratch instead of trying to repair the old one.",
"Don't listen to anyone who tells you there's only one right way. Try a couple of methods and see what works for you.",
"Check the manufacturer's website first. Most of them have a support page with a list of common questions and downloadable manuals.",
"I'd recommend asking at your local library; they often run free sessions on exactly this.",
"Update: I tried the suggestion above and it worked. Thanks, everyone!",
"One note of caution: never give your account password to anyone who offers to 'fix' this for you over the phone.",
"In summary: be patient, keep notes of what you've tried, and ask for help sooner rather than later.",
 ],
 tails=["— answered by {first} · edited {n} days ago", "Comments ({n})", ""], kmin=3, kmax=5)
# ---------------------------------------------------------------- local news
kind("local_news",
 whole=[
"""{town} bakery celebrates 100 years in the same family

By {name}, Community Reporter

A bakery on {street} has celebrated its centenary with free buns for every customer, and a queue that stretched past the post office.

Hollis & Daughters was opened in 1925 by Albert Hollis. Today it is run by his great-granddaughter, Jenny, who still uses his secret recipe for the famous fruit loaf. "People ask me to tell them what's in it all the time," she said. "I tell them: flour, fruit and a hundred years of early mornings."

Regular customer Pat, 84, has been buying bread there since she was a child. "They know everyone's order," she told the Gazette. "If I don't come in on a Tuesday, they ring to check I'm all right."

The bakery will host an open day on Saturday, with tours of the ovens for children.""",
"""Council approves new cycle lane despite objections

Plans for a protected cycle lane along Station Road in {town} were approved by councillors on {day} night, by seven votes to four.

Supporters said the lane would make the route safer for children cycling to school. Objectors, including several shop owners, warned that losing parking spaces would hurt trade.

Councillor {name} said: "We listened to every response. The final plans include new loading bays and keep the disabled parking spaces." Work is expected to start in the spring and take about four months.

Residents can read the full report, including a summary of the consultation responses, on the council website.""",
"""Schüler gewinnen Landeswettbewerb

Drei Schülerinnen des Gymnasiums in {town} haben beim Landeswettbewerb „Jugend forscht“ den ersten Platz belegt. Sie entwickelten ein einfaches Messgerät, das die Luftqualität in Klassenzimmern anzeigt und automatisch warnt, wenn gelüftet werden sollte.

„Wir wollten etwas bauen, das wirklich jeder benutzen kann“, sagte eine der Schülerinnen. Die Schule plant nun, das Gerät in allen Räumen einzusetzen.""",
"""Lost wedding ring returned after 20 years

A {town} woman has been reunited with the wedding ring she lost in her garden two decades ago — thanks to a metal detectorist and a local Facebook group.

{first2} {last2} dug up the ring while searching a field that used to be part of the garden. It was engraved with two names and a date. He posted a photo, and within hours the post had been shared hundreds of times. A neighbour recognised the names and told the owner.

"I'd given up on it completely," she said. "I cried when I saw the message." """,
 ],
 heads=["{headline}\n\nBy {name}", "LOCAL NEWS — {town} Gazette\n\n{headline}", "{headline}"],
 paras=[
"The event, organised by volunteers from {org}, raised more than £{price} for the children's ward at the local hospital.",
"Police are asking anyone who saw the incident on {street} on {day} evening to contact them, quoting reference {ref}.",
"Residents have been told to expect delays on the main road into {town} for the next three weeks while gas pipes are replaced.",
"\"It's been a real community effort,\" said organiser {name2}. \"We couldn't have done it without the people who gave up their weekends.\"",
"The new library building, which cost £2.{n} million, will open to the public on {date}. It includes a children's area, a café and a makerspace with 3D printers.",
"A spokesperson for the council said the decision would be reviewed next year, and encouraged residents to send in their views.",
"Tickets for the festival sold out within an hour. Organisers said more dates may be added and advised people not to buy from resale sites.",
"The {club} youth team will play in the county final on {day}. Supporters are asked to travel by coach, as parking at the ground is limited.",
 ],
 tails=["", "Have a story? Contact the newsdesk.", "Published {date}"], kmin=3, kmax=6)

# ---------------------------------------------------------------- weather warning
kind("weather_warning",
 whole=[
"""YELLOW WARNING — WIND
Valid: 06:00 {day} to 21:00 {day}
Areas: {town}, {town2} and surrounding coast

Strong winds may cause some disruption to travel and power.

What to expect
- Gusts of 50–60 mph inland and up to 70 mph on exposed coasts.
- Some delays to road, rail, air and ferry transport are likely.
- Some short-term power cuts are possible.
- Large waves; beach material may be thrown onto sea fronts and coastal roads.

What should I do?
Secure loose items in your garden such as bins, trampolines and garden furniture. Check the latest travel information before you set out. Stay away from the sea front during high tide.""",
"""Heatwave advice from your local health team

Temperatures are forecast to reach 33°C this week. Please look out for older neighbours, young children and anyone with a long-term health condition.

- Keep curtains closed on windows that face the sun.
- Drink plenty of water, even if you don't feel thirsty.
- Avoid going out between 11am and 3pm.
- Never leave anyone (or any pet) in a parked car.

Signs of heat exhaustion include headache, dizziness, feeling sick and intense thirst. Move the person somewhere cool, give them water, and get help if they don't feel better within 30 minutes.""",
"""AVVISO DI ALLERTA METEO — Arancione

Per la giornata di domani sono previsti temporali forti, con possibili grandinate e raffiche di vento. Si raccomanda di evitare gli spostamenti non necessari, di non sostare sotto gli alberi e di non attraversare sottopassi allagati. Le scuole resteranno chiuse.""",
"""Flood alert — River {last} at {town}

River levels are rising following heavy rain and are expected to remain high until {day}. Flooding is possible on low-lying land and roads near the river.

Actions:
- Avoid walking, cycling or driving through flood water. 30cm of fast-flowing water can move a car.
- Move valuable items, important documents and medicines upstairs.
- Sign up to receive automatic flood warnings by text or phone.

This message will be updated at 8am tomorrow or sooner if the situation changes.""",
 ],
 heads=["{colour} WARNING — {weather}", "Weather alert for {town}: {weather}", "{weather} warning issued"],
 paras=[
"Valid from {time} on {date} until midnight.",
"Snow and ice may cause travel delays. Some rural communities could become cut off. Allow more time for your journey, or delay it if you can.",
"Heavy rain could lead to flooding of homes and businesses. Spray and standing water on roads are likely to make journey times longer.",
"Check on elderly relatives and neighbours, and make sure they have enough food and medicine.",
"Schools will post closure updates on their websites and on the council's school closures page by 7:30am.",
"Please do not call 999 unless there is a risk to life. For power cuts, call 105.",
"Update: the warning has been extended to include {town2}.",
"Thunderstorms may bring sudden flooding, lightning strikes and hail. Unplug sensitive electrical equipment if a storm is close.",
 ],
 tails=["Stay safe, and keep up to date with the latest forecast.", "Issued by the National Weather Service", ""], kmin=3, kmax=5)

# ---------------------------------------------------------------- scam warning (bank / police)
kind("scam_warning",
 whole=[
"""Fraud alert from your bank

We're seeing more texts that pretend to come from us. They often say your account has been locked, or that a payment needs to be confirmed, and they include a link.

Remember:
- We will never send you a text with a link asking you to log in.
- We will never ask for your full password, your PIN, or a one-time passcode.
- We will never ask you to move money to a "safe account".

If you receive a message like this, do not click the link and do not reply. Forward the text to 7726, then delete it. If you think you have already shared your details, call us immediately using the number on the back of your card.""",
"""Police warning: courier fraud

Officers in {town} are warning residents, particularly older people, about a scam in which criminals phone pretending to be police officers or bank staff.

The caller says there is a problem with your bank card and that a courier will come to collect it. Sometimes they ask you to tell them your PIN, or to type it into the phone.

The police and your bank will NEVER:
- ask for your PIN;
- send someone to collect your card;
- ask you to withdraw cash or buy gold.

If you get a call like this, hang up. Wait five minutes (or use a different phone) before calling your bank, because the criminals may keep the line open. Please share this message with friends and relatives.""",
"""Attention aux faux messages !

Vous avez reçu un SMS vous demandant de payer des frais de livraison pour un colis ? C'est probablement une arnaque. Ne cliquez jamais sur le lien et ne communiquez jamais vos coordonnées bancaires.

Supprimez le message et signalez-le. En cas de doute, contactez directement votre banque au numéro habituel.""",
"""Spotting a fake e-mail: a quick guide

Scam e-mails are getting harder to spot, but there are usually clues:
- The sender's address doesn't match the company's real website.
- The subject line is urgent: "Your account will be closed today".
- The e-mail doesn't use your name.
- It asks you to click a link to "update" your details or claim a refund.
- There are odd spelling mistakes.

What to do: don't click any links or open attachments. Go to the company's website by typing the address yourself, or use the official app. Report the e-mail to the company, then delete it from your inbox.""",
 ],
 heads=["SCAM ALERT", "Fraud awareness: {scamtype}", "Stay safe: {scamtype}"],
 paras=[
"A text message claiming your parcel couldn't be delivered and asking you to pay a small fee is a common scam. Don't click the link.",
"Some scammers send a message pretending to be your son or daughter: \"Hi Mum, I've lost my phone, this is my new number.\" Always call your child's old number to check before sending any money.",
"If you've been charged for something you didn't buy, contact your bank straight away. They can block your card and help you dispute the transaction.",
"Genuine organisations will not pressure you. If a caller tells you to act immediately or keep the call secret, it's a scam.",
"Never let anyone access your computer remotely because they called to say it has a virus.",
"Report scams to Action Fraud, or call the police on 101. In an emergency, call 999.",
"Tip: use a different password for every account, and turn on two-step verification for your e-mail.",
"Talk to older relatives about these scams. A quick conversation could save them thousands.",
 ],
 tails=["Issued by {town} Police Community Safety Team", "Your bank's Fraud Prevention Team", "Share this with someone who might need it."], kmin=3, kmax=5)

# ---------------------------------------------------------------- encyclopedia-style article
kind("encyclopedia_article",
 whole=[
"""Hedgehog

The European hedgehog (Erinaceus europaeus) is a small, spiny mammal found across western Europe, including the British Isles. Adults are about 20–30 cm long and weigh between 600 g and 1.2 kg.

Description
The back and sides are covered with around 5,000–7,000 spines, which are modified hairs. When threatened, a hedgehog rolls into a tight ball so that the spines point outwards.

Behaviour
Hedgehogs are mainly nocturnal and may travel up to 2 km in a night while foraging. They feed mainly on beetles, caterpillars and earthworms. They hibernate from about November to March.

Conservation
Numbers have fallen sharply in recent decades, largely because of habitat loss and road traffic. Gardeners can help by leaving a 13 cm gap in fences so hedgehogs can move between gardens, and by checking bonfires before lighting them.""",
"""Morse code

Morse code is a method of encoding text characters as sequences of two signal durations, called dots and dashes. It was developed in the 1830s and 1840s for use with the electric telegraph.

Each letter and number is represented by a unique sequence. For example, the letter E, the most common letter in English, is a single dot, while Q is dash-dash-dot-dash. The best-known sequence is the distress signal SOS (· · · – – – · · ·), which is sent as one continuous sequence rather than three separate letters.

Operators traditionally learned to recognise the sound of each character rather than counting dots and dashes. Experienced operators could send and receive at more than 40 words per minute.

Morse code is still used by amateur radio enthusiasts and in aviation, where navigation beacons transmit their identifiers in Morse.""",
"""Kanaal (waterweg)

Een kanaal is een door mensen gegraven waterweg. Kanalen worden gebruikt voor scheepvaart, afwatering of irrigatie. In Nederland zijn er honderden kanalen, waaronder het Noordzeekanaal, dat Amsterdam met de Noordzee verbindt.

Om hoogteverschillen te overbruggen worden sluizen gebruikt. Een schip vaart de sluiskolk in, de deuren gaan dicht en het waterpeil wordt verhoogd of verlaagd.""",
"""The Penny Black

The Penny Black was the world's first adhesive postage stamp used in a public postal system. It was issued in the United Kingdom on 1 May 1840, and valid for use from 6 May.

The stamp features a profile of Queen Victoria. It allowed letters weighing up to half an ounce to be delivered anywhere in the country for one penny, paid by the sender. Previously, postage had usually been paid by the recipient, and charges depended on distance and the number of sheets.

The Penny Black was replaced within a year by the Penny Red, because the red cancellation mark was hard to see on a black stamp and could be removed, allowing stamps to be reused. Today around 1.5 million Penny Blacks are thought to survive, so they are not especially rare, although well-preserved examples are highly prized by collectors.""",
 ],
 heads=["{topic}", "{topic}\nFrom the free encyclopedia", "{topic} (overview)"],
 paras=[
"History of study\nThe earliest written descriptions date from the 16th century, when naturalists described it in letters to one another and in illustrated notebooks.",
"Etymology\nThe common name comes from an old country word describing its call, and was first recorded in print in the 17th century.",
"Description\nAdults are typically between 10 and 30 cm long, with a distinctive pattern of stripes that helps it hide among reeds and long grass.",
"In popular culture\nIt appears in several children's stories, most famously as a wise old character who helps the hero find a hidden path; readers of all ages remember it as a role model for patience.",
"See also\n- Wildlife of wetlands\n- Garden wildlife surveys\n- List of protected species",
"Distribution\nIt is found throughout temperate regions, although populations have declined in areas of intensive farming.",
"Notes\nSome older books describe it under a different name, and regional names vary widely; readers should note that older counts are not directly comparable with modern surveys.",
"Conservation\nThe species is protected by law in several countries. Volunteers take part in an annual count each spring, and the results are published as a summary report.",
 ],
 tails=["", "This article is a stub. You can help by expanding it.", "References: see the notes above."], kmin=3, kmax=6)
# ---------------------------------------------------------------- book / film review
kind("book_film_review",
 whole=[
"""Review: "The Lighthouse Keeper's Daughter"

Some novels announce their big twist from page one. This one hides it so well that the final reveal genuinely made me put the book down and stare at the wall.

The story follows Edie, who returns to the island where she grew up after her father's death and finds a box of letters he never sent. Each chapter alternates between Edie's search and the letters themselves, written in the 1970s. The letters are the best thing in the book: funny, sad, and full of small details about island life.

Not everything works. The middle third drags, and a romance subplot feels tacked on. But the characters are vivid, and the author trusts the reader to work things out.

Would I recommend it? Yes, especially for a book club. Just don't let anyone tell you the ending.

★★★★☆""",
"""Film review: "Kite Season"

A gentle, funny film about a grandfather and his granddaughter building a kite for a village competition. Nothing much happens, and that's the point.

The young lead gives a remarkably natural performance, and the actor playing the grandfather, in his first role in years, is wonderful: a stubborn old man who slowly lets someone in.

The script occasionally tells us what the characters feel instead of showing it, and the soundtrack is overbearing. But by the end, half the cinema was sniffling.

Best watched with someone you love. 4 stars.""",
"""Recensione: "La casa sul lago"

Un romanzo delicato, che racconta tre generazioni di donne e un segreto di famiglia. La scrittura è semplice ma efficace, e i personaggi restano nel cuore. Il finale forse è un po' affrettato, ma lo consiglio a chi ama le storie di famiglia. Voto: 8/10.""",
"""Children's book corner: "Mo and the Moon"

My five-year-old has asked for this every night for two weeks, so it has either cast a spell on her or it's very good. (It's very good.)

Mo is a small mouse who wants to visit the moon. He tries a ladder, a kite and a very long piece of string. The pictures are gorgeous, with lots of hidden details to spot: there's a snail on every page, and my daughter always tells me where it is before I've finished reading the words.

Perfect for reading aloud. The repeating line, "Not yet, Mo, not yet," is great for children who are just starting to read on their own.""",
 ],
 heads=["Review: \"{booktitle}\"", "{booktitle} — reviewed by {first}", "BOOK CLUB PICK: \"{booktitle}\""],
 paras=[
"The opening chapter is one of the best I've read this year: a single sentence that stretches over a page and somehow never loses the reader.",
"The main character is hard to like at first, but that's deliberate. By the end, I understood her completely.",
"Without giving anything away, the twist two-thirds of the way through changes how you read everything that came before.",
"The translation from the Spanish is excellent; it reads as if it had been written in English.",
"My one criticism is the length. At 500 pages, it could easily lose a hundred.",
"Our book club was split: half loved it, half found it slow. It made for a very lively evening.",
"If you enjoyed the author's previous novel, you'll recognise the setting, and a couple of minor characters make a welcome return.",
"Should you read it? If you like quiet, character-driven stories, absolutely.",
 ],
 tails=["Rating: {n}/10", "★★★★☆", ""], kmin=3, kmax=5)

# ---------------------------------------------------------------- podcast show notes
kind("podcast_show_notes",
 whole=[
"""Episode {n2}: The Secret Life of Allotments

This week we head to the {town} allotments, where we meet {name}, who has been growing prize-winning leeks for thirty years and won't tell us his secret (we tried). We also talk to new plot-holders about waiting lists, slugs, and the politics of the shared water butt.

In this episode:
00:00 Intro and listener letters
04:12 Meeting the leek champion
21:30 The waiting list: why it takes years to get a plot
35:05 Your questions answered: is it too late to plant garlic?
48:40 What's coming up next week

Links mentioned in the show are on our website. If you enjoy the podcast, please share it with a friend; it really helps. Send us your questions by e-mail, or leave a voice message, and we might read it out on the show.""",
"""Ep. {n}: Moving abroad with kids

{first} and {first2} moved from {town} to Lisbon with three children under ten. In this episode, they tell us everything: finding schools, learning the language, the paperwork, and the moment their youngest started correcting their Portuguese.

Resources mentioned:
- A list of international schools (link on our website)
- The language app they used for the first six months
- A moving checklist you can download and print

Note: this episode was recorded before the rule changes announced in {month}; check the official guidance for the latest details.""",
"""Folge {n}: Ordnung im Kleiderschrank

Diese Woche sprechen wir darüber, wie man sich von Dingen trennt, die man nie trägt. Unser Tipp: Hängt alle Bügel verkehrt herum auf. Nach einem halben Jahr seht ihr genau, was ihr nie angezogen habt.

Schreibt uns eure Fragen per E-Mail oder schickt uns eine Sprachnachricht!""",
 ],
 heads=["Episode {n2}: {eptitle}", "{podname} — Ep. {n2}: {eptitle}", "SHOW NOTES · {eptitle}"],
 paras=[
"In this episode we talk to {name}, who runs a repair café in {town}, about why we throw away so much and how to fix things instead.",
"Timestamps:\n00:00 Welcome\n03:20 Listener mail\n12:45 Main interview\n41:10 Quick-fire questions",
"Thanks to everyone who sent in voice messages last week. We listened to every single one. Keep them coming!",
"Correction: last week we said the bridge opened in 1898. It was 1889. Thank you to the many listeners who told us.",
"Full transcript available on our website for listeners who prefer to read.",
"If you enjoy the show, please leave a review. It helps other people find us.",
"This week's listener question: 'How do you stay motivated when nobody replies to your letters?' Our answer starts at 28:30.",
"Music: 'Morning Walk' by a local band, used with permission.",
 ],
 tails=["Hosted by {first} and {first2}. Produced in {town}.", "New episodes every {day}.", ""], kmin=3, kmax=5)

# ---------------------------------------------------------------- invitation
kind("invitation",
 whole=[
"""You're invited!

{first} is turning 7!
Join us for a superhero party
Saturday {d} {month}, 2–4pm
{town} Scout Hut, {street}

Come dressed as your favourite character. There will be games, a bouncy castle and cake.

Please reply by text to {mobile} by {day} and let us know about any allergies.""",
"""Together with their families
{first} {last} & {first2} {last2}
request the pleasure of your company at their wedding

on {date} at 1 o'clock
at St Mary's Church, {town}
and afterwards at Elm Hall Barn

Please RSVP by 1 {month} using the link on our wedding website, or reply to the card enclosed. Let us know your meal choice and any dietary requirements.

Dress code: summer formal. Please note: we'd like to keep the ceremony unplugged. Phones off and in your pocket — the photographer will share everything afterwards!""",
"""Gender reveal BBQ 🎀💙

Pink or blue? Come and find out with us!

Sunday {d} {month}, from 1pm, at {first} & {first2}'s ({num} {street})

Bring a chair and your best guess. Wear pink if you think it's a girl, blue if you think it's a boy. The big reveal will be at 3pm sharp, so don't be late!

Please reply in the group chat so we know numbers for the barbecue.""",
"""Einladung zur Einweihungsparty

Liebe Freunde,

wir haben es endlich geschafft: Die Kisten sind ausgepackt! Das wollen wir mit euch feiern, am Samstag, den {d}. {month_de}, ab 18 Uhr in der neuen Wohnung.

Für Essen und Getränke ist gesorgt. Bitte gebt uns bis Mittwoch Bescheid, ob ihr kommt.

Wir freuen uns auf euch!
{first} & {first2}""",
 ],
 heads=["You're invited!", "Save the date", "Please join us"],
 paras=[
"{first} and {first2} are celebrating their 25th wedding anniversary, and would love you to be there.",
"When: {date}, from {time}\nWhere: The Old Mill, {town}",
"Please reply by {day} so we can let the caterers know numbers. A text is fine.",
"Dress code: smart casual. Bring dancing shoes.",
"No gifts, please — your company is present enough. If you'd like to, you can make a donation to the hospice instead.",
"Parking is available at the venue. If you're coming by train, tell us and we'll arrange a lift from the station.",
"Children are very welcome. There will be a separate room with games and a film.",
"It's a surprise, so don't tell {first}! Please don't mention it on social media either.",
 ],
 tails=["Love,\n{first} & {first2}", "RSVP: {mobile}", "We hope you can make it!"], kmin=3, kmax=5)

# ---------------------------------------------------------------- condolence card
kind("condolence_card",
 whole=[
"""Dear {first},

I was so sorry to hear about your mother. She was one of the kindest people I have ever known, and I'll always remember her sitting at the front of the choir, singing louder than anyone.

Please don't feel you need to reply to this. I just want you to know I'm thinking of you, and if there's anything at all I can do — shopping, walking the dog, or just a cup of tea — please tell me.

With love and deepest sympathy,
{first2}""",
"""To the {last} family,

We were deeply saddened to hear of Tom's passing. He was a wonderful colleague, a patient mentor to so many of us, and a true role model. The office will not be the same without his terrible jokes.

Our thoughts are with you all at this very difficult time.

With sincere condolences,
Everyone at the {town} office""",
"""Chère {first},

C'est avec une grande tristesse que j'ai appris le décès de ton père. Je garde de lui le souvenir d'un homme généreux, toujours prêt à aider. Je pense très fort à toi et à ta famille.

N'hésite pas à m'appeler si tu as besoin de quoi que ce soit.

Avec toute mon affection,
{first2}""",
"""Dear {first} and family,

There are no words that can make this easier, but I wanted you to know how sorry I am. Your dad always had time for everyone. I still have the birthday card he sent me when I was ten, with a five-pound note and the instruction "Spend it on something silly."

Sending you all my love.
{first2} x""",
 ],
 heads=["Dear {first},", "To {first} and family,", "Dear {name},"],
 paras=[
"I was so sorry to hear your sad news.",
"{first3} was a true friend to so many people in {town}. The number of messages you must be receiving shows how much she was loved.",
"I have such happy memories of our holidays together, especially that summer in {town2} when it rained every single day and we didn't care.",
"Please don't feel you have to reply. Take all the time you need.",
"If there is anything I can do — meals, lifts, looking after the children — just let me know. I mean it.",
"Thinking of you at this difficult time.",
"May your happy memories bring you comfort in the days ahead.",
 ],
 tails=["With deepest sympathy,\n{first2}", "With love,\n{first2} and family", "Thinking of you,\n{name2}"], kmin=3, kmax=4)
# ---------------------------------------------------------------- volunteering sign-up
kind("volunteering_signup",
 whole=[
"""Volunteers needed: {town} Food Bank

We're looking for people who can give two or three hours a week. No experience needed — we'll show you everything.

Roles available:
- Warehouse: sorting donations and checking dates (Tuesday and Thursday mornings)
- Distribution: welcoming clients and packing parcels (Friday afternoons)
- Drivers: collecting from supermarkets (your own car; mileage paid)

To sign up, fill in the short form on our website, or pop in on a Friday and ask for {first}. We'll send you a confirmation e-mail with details of your first shift.

Please note: volunteers who work with clients will need a basic background check. We'll help you with the form.""",
"""Park run volunteer rota — sign up now!

We need at least 20 volunteers every Saturday: timekeepers, marshals, barcode scanners, and a tail walker. Every role comes with a quick briefing at 8:45am, so you don't need to have done it before.

Click the link in this e-mail to see the rota and add your name. If you sign up and then can't make it, please update the rota or reply to this e-mail so we can find someone else.

This week's roles still to fill: 2 × marshal, 1 × funnel manager, 1 × photographer.""",
"""Bénévoles recherchés — Festival du livre

Le festival du livre de {town} cherche des bénévoles pour le week-end du {d} {month_fr}. Missions : accueil du public, aide aux auteurs, installation des stands.

Inscrivez-vous en ligne avant le 1er du mois. Un t-shirt et un repas sont offerts à chaque bénévole !""",
"""Reading volunteers wanted at {school}

Could you spare an hour a week to listen to children read? Many of our pupils don't get the chance to read aloud to an adult at home, and it makes a real difference.

Volunteers come in at the same time each week, during the school day, and read one-to-one with two or three children. We provide short training and a simple sheet to note how each session went.

All volunteers must complete a background check before starting. To find out more, contact the school office or reply to this message.""",
 ],
 heads=["VOLUNTEERS WANTED — {org}", "Sign-up sheet: {eventname}", "Can you help? {org} needs you"],
 paras=[
"Shifts are {time} to {time2}. You can sign up for as many or as few as you like.",
"Please tell us about any access needs, so we can make sure the role suits you.",
"All volunteers receive a free lunch and a thank-you certificate.",
"If you've signed up and can't make it, please let {first} know as soon as possible, so we can find a replacement.",
"Under-16s are welcome if they come with a parent or guardian.",
"| Time | Role | Name |\n|---|---|---|\n| 9–11 | Setting up | |\n| 11–1 | Refreshments | |\n| 1–3 | Raffle | |\n| 3–5 | Clearing up | |",
"To sign up, reply to this e-mail with your name, the shift you'd like, and a phone number.",
"Never volunteered before? Don't worry. Everyone starts somewhere, and our team leaders will look after you.",
 ],
 tails=["Thank you!\n{name}, Volunteer Coordinator", "{org} · registered charity no. {n2}{n}{n}", ""], kmin=3, kmax=5)

# ---------------------------------------------------------------- lost and found
kind("lost_and_found",
 whole=[
"""LOST: grey cat, {street} area

Our cat, Pepper, has been missing since {day} evening. She's small, grey with white paws, and has a pink collar with a bell. She's microchipped.

Please check your sheds, garages and outbuildings — she may have got shut in somewhere.

If you see her, please don't chase her (she's timid). Call or text {mobile} immediately, at any time. Reward offered.

Thank you!""",
"""FOUND: set of keys on a red lanyard

Found on the bench by the duck pond in {town} Park this morning. Three keys and a small torch. I've handed them in at the park café. If they're yours, describe the keyring to the staff and they'll give them back.

Please share so the owner sees this!""",
"""ENCONTRADO: óculos de criança

Ontem à tarde foram encontrados uns óculos azuis de criança no parque infantil da Rua da Escola, junto ao escorrega. Estão agora no quiosque à entrada do jardim.

Se forem do seu filho ou da sua filha, basta ir ao quiosque e descrever a caixa. Por favor, partilhem esta mensagem no grupo dos pais!""",
"""Lost property at {town} station

If you've lost something on one of our trains, please fill in the online lost property form, describing the item as fully as you can (colour, brand, any distinguishing marks). We'll search our records and contact you if we find a match.

Items are kept for up to three months. Please do not phone the station staff; they won't be able to check the records for you. Phones, wallets and bags are the most common items handed in. For bank cards, contact your bank and cancel the card immediately instead of waiting for it to be found.""",
 ],
 heads=["LOST: {lostitem}", "FOUND: {lostitem}", "Lost & Found — {town}"],
 paras=[
"Last seen on {day} near {street}, around {time}.",
"It has great sentimental value — it belonged to my grandmother — so I'd be very grateful for its return.",
"If you've found it, please message me here or call {mobile}. No questions asked.",
"Reward offered for its safe return.",
"Handed in at the {town} Library front desk. Please bring ID to collect it.",
"Please share this post — someone might recognise it.",
"If it's yours, message me and tell me what's written on the label inside, so I know it's really yours.",
"Update: FOUND! Thank you so much to everyone who shared. It was in the neighbour's hedge all along.",
 ],
 tails=["Thank you!", "— {first}", ""], kmin=2, kmax=4)

# ---------------------------------------------------------------- landlord letter
kind("landlord_letter",
 whole=[
"""Dear {first},

Re: {num} {street}, {town} — annual inspection

I'm writing to let you know that I'd like to carry out the annual inspection of the property on {date} at {time}. It should take about 30 minutes. As always, I'll also check the smoke and carbon monoxide alarms.

If that time doesn't suit you, please reply and suggest another. You don't need to be in, but you're very welcome to be.

I'd also like to remind you that the gas safety check is due next month; the engineer will contact you directly to arrange access.

Best wishes,
{name2}
Landlord""",
"""Notice of rent increase

Dear Tenant,

In accordance with your tenancy agreement, I am writing to give you notice that the rent for the property will increase from £{n2}0 to £{n2}5 per month, starting from {date}.

This is the first increase in three years, and reflects rising costs for insurance and repairs. The new amount is in line with similar properties in the area.

Please update your standing order before the date above. If you have any questions, please contact me.

Yours sincerely,
{name2}""",
"""Gentile inquilino,

la informiamo che il giorno {d} {month_it} verrà effettuata la manutenzione della caldaia centralizzata. L'acqua calda e il riscaldamento non saranno disponibili dalle 8 alle 13.

Per qualsiasi problema, può contattare l'amministratore di condominio.

Cordiali saluti
L'amministrazione""",
"""To all residents of {street} Court

The communal hallways will be repainted from {date}. Please do not leave bikes, pushchairs or shoes in the corridors during this time, as the decorators need clear access. Anything left out will be moved to the bike store.

The lift will be out of service on the Thursday for its annual safety check.

If you have any questions, please contact the letting agent. Their details are on the noticeboard by the front door.

Thank you for your cooperation.
{town} Property Management""",
 ],
 heads=["Dear {first},\n\nRe: {num} {street}", "NOTICE TO TENANTS", "From your letting agent — {town} Lettings"],
 paras=[
"I've arranged for a plumber to look at the dripping tap on {day}. He'll text you in the morning with a time.",
"Please remember that the tenancy agreement does not allow pets without written permission. If you'd like to ask about a pet, just get in touch.",
"Your deposit is protected in a government-approved scheme. The certificate is attached; please keep a copy for your records.",
"Your tenancy is due to end on {date}. Please let me know whether you'd like to renew.",
"Rent is due on the 1st of each month. If you're having any difficulties, please talk to me early so we can agree a plan.",
"Please report any repairs through the tenant portal, with a photo if possible. For emergencies like a burst pipe or no heating, call me directly on {mobile}.",
"The bins for the building are collected on {day}. Please make sure the bin store door is kept closed, to keep out foxes.",
"Thank you for being such good tenants. It makes my life much easier.",
 ],
 tails=["Best wishes,\n{name2}", "Kind regards,\n{town} Lettings (estate agent and letting agent)", "Yours sincerely,\nThe Landlord"], kmin=3, kmax=4)

# ---------------------------------------------------------------- moving checklist
kind("moving_checklist",
 whole=[
"""MOVING HOUSE CHECKLIST

8 weeks before
[ ] Get quotes from at least three removal companies
[ ] Start decluttering: sell, donate, or recycle anything you don't want to move
[ ] Tell the children's schools

4 weeks before
[ ] Book the removal company
[ ] Redirect your post
[ ] Tell the council, your bank, your GP, your dentist and your employer your new address

1 week before
[ ] Defrost the freezer
[ ] Pack a "first night" box: kettle, mugs, tea, toilet roll, phone chargers, bedding, medicines
[ ] Confirm the time with the removal company and the estate agent

Moving day
[ ] Take meter readings (photos with the date!)
[ ] Check every cupboard before you leave
[ ] Hand the keys to the estate agent

After
[ ] Update your driving licence and car registration
[ ] Register to vote at your new address""",
"""{first}'s move — to-do (shared list)

- Transfer internet: book engineer for {date} (DONE)
- Tell the insurance company
- Update address on the bank account and credit card
- Cancel the gym (they need 30 days' notice in writing, ugh)
- Return the library books!
- Ask {first2} to help carry the piano (bribe with pizza)
- Update the address on the online shopping accounts, or the next order goes to the old flat
- Label boxes by room, not by contents""",
"""Lista kontrolna — przeprowadzka

☐ Zgłosić zmianę adresu w urzędzie
☐ Poinformować dostawcę prądu i gazu, spisać stany liczników (zrobić zdjęcia!)
☐ Przenieść internet na nowy adres
☐ Zmienić adres w banku i u lekarza
☐ Kupić kartony, taśmę i marker
☐ Oznaczyć kartony według pokoi
☐ Oddać klucze agentowi nieruchomości
☐ Przygotować pudełko „pierwsza noc”: czajnik, kubki, ładowarki, pościel""",
 ],
 heads=["Moving checklist — {street}, {town}", "Our move: to-do list", "MOVING DAY PLAN ({date})"],
 paras=[
"[ ] Book the van for {date}\n[ ] Ask friends to help (promise food)\n[ ] Buy packing tape, boxes and marker pens",
"[ ] Take photos of how the TV and computer cables are connected before unplugging them\n[ ] Put all the screws from flat-pack furniture in labelled bags",
"[ ] Tell the council about the move for council tax\n[ ] Register with a new GP\n[ ] Update the vet's records and the pet's microchip details",
"[ ] Update the address on your driving licence\n[ ] Tell the tax office\n[ ] Change the address for your bank account and cards",
"[ ] Check the parking rules at the new place for the removal van\n[ ] Leave a note for the new owners with instructions for the boiler and the bins",
"Note: don't pack the kettle. Never pack the kettle.",
"Tip: pack a box of essentials and travel with it in your car, not in the van.",
 ],
 tails=["", "Good luck with the move!", "Last updated {date}"], kmin=3, kmax=5, sep="\n")

# ---------------------------------------------------------------- bank card dispute / account letter
kind("bank_account_letter",
 whole=[
"""Subject: Update on your dispute — reference {ref}

Dear {name},

Thank you for contacting us about a transaction on your card. You told us you were charged £{price} by an online retailer for an order that never arrived.

We have raised a dispute with the retailer's bank. While we investigate, we've given you a temporary refund, which you'll see in your account within two working days. If the retailer doesn't respond within 45 days, the refund will become permanent.

You don't need to do anything right now. If the retailer sends you the goods or a refund directly, please tell us so we can close the dispute.

Kind regards,
Card Services""",
"""Your new debit card is on its way

Hi {first},

Your replacement debit card will arrive within 5 working days. Your PIN will stay the same.

When it arrives:
- Sign the back straight away.
- Activate it by using it in a cash machine or by making a chip and PIN payment.
- Update your card details with any subscriptions or online shops that use your old card.
- Destroy your old card by cutting through the chip.

Remember: we will never ask you to share your PIN or your online banking password, by phone, text or e-mail.""",
"""Estimado/a cliente:

Le confirmamos que hemos recibido su solicitud de devolución del cargo de {price} € realizado el {d} de {month_es}. Estamos revisando la operación y le comunicaremos nuestra respuesta en un plazo máximo de 15 días.

Puede consultar el estado de su reclamación en la banca online, en el apartado «Mis gestiones».

Atentamente,
Atención al Cliente""",
"""Your monthly statement is ready

Hi {first},

Your statement for {month} is ready to view in your online banking or app. To see it, log in and go to Accounts > Statements. You can download it as a PDF file or print it.

For your security, this e-mail doesn't contain any links. If you ever receive an e-mail that appears to come from us and asks you to click a link to log in, please forward it to our fraud team and then delete it.""",
 ],
 heads=["Dear {name},", "Account ending {n}{n}{n}{n}", "Subject: Your account — {subjectbank}"],
 paras=[
"We've noticed a payment of £{price} to a company you haven't paid before. If you made this payment, you don't need to do anything. If you didn't, please call us on the number on the back of your card.",
"Your overdraft limit will change from {date}. You can find full details in the documents section of your online banking.",
"Your savings account has earned £{small} interest this month.",
"We've processed your request to close your account. Any remaining balance will be transferred to the account you told us about within 5 working days.",
"To dispute a transaction, log in to the app, select the payment, and choose 'I don't recognise this'. You'll be asked a few questions about what happened.",
"We will never ask you to move money to a safe account. If anyone asks you to, it's a scam.",
"Your direct debit to {org} for £{small} was returned unpaid because there wasn't enough money in your account. A charge has not been applied this time.",
"If you have any questions, you can message us in the app, 24/7.",
 ],
 tails=["Kind regards,\nCustomer Services", "Your Bank", "This e-mail was sent to you because you hold an account with us."], kmin=3, kmax=4)

# ---------------------------------------------------------------- shop order / refund e-mail
kind("shop_order_email",
 whole=[
"""Subject: Your order #{n2}{n}{n}8 has been dispatched

Hi {first},

Good news — your order is on its way!

- 1 × Ceramic plant pot, large (sage) — £{small}
- 2 × Linen tea towels — £8.00
- Delivery: standard (free)

Your parcel will be delivered by our courier within 2–3 working days. You'll receive a text message on the day with a one-hour delivery window.

Not going to be in? Use the tracking link in the courier's text to choose a safe place or a neighbour.

Thanks for shopping with us,
The team at Potting Shed (example.com)""",
"""Subject: Your refund has been processed

Hi {first},

We've received your return and processed a refund of £{price} to the card you paid with. Please allow 3–5 working days for it to show in your account.

Returned item: Wool jumper (size M, navy)
Reason: too small

We hope you find something you love next time. If the refund hasn't appeared after 5 days, reply to this e-mail with your order number and we'll look into it.""",
"""Betreff: Ihre Bestellung ist eingegangen

Hallo {first},

vielen Dank für Ihre Bestellung! Wir bereiten Ihr Paket gerade vor. Sobald es versandt wurde, erhalten Sie eine weitere E-Mail mit der Sendungsnummer.

Bestellnummer: {ref}
Zahlungsart: Rechnung

Bei Fragen antworten Sie einfach auf diese E-Mail.""",
"""Subject: We're sorry — part of your order is delayed

Hi {first},

Unfortunately, the bookcase (white, 80cm) from your order is temporarily out of stock at our warehouse. We expect new stock on {date}, and we'll send it as soon as it arrives. The rest of your order has been sent today.

If you'd rather not wait, you can cancel that item in your account and we'll refund you straight away. We won't charge you for delivery of the delayed item.

Sorry again for the inconvenience.
Customer Care""",
 ],
 heads=["Subject: Order update — #{ref}\n\nHi {first},", "Subject: Thanks for your order, {first}!", "Subject: Your return — {ref}\n\nDear {name},"],
 paras=[
"Your order has been received and is being prepared. We'll send you another e-mail when it has been dispatched.",
"Order summary:\n- 1 × {item} — £{price}\n- Delivery — £3.95\nTotal charged: £{price}",
"Delivery address: {num} {street}, {town}. If this is wrong, contact us immediately — we can only change it before dispatch.",
"To return an item, log in to your account, click 'Returns', and print the label. You have 30 days.",
"Your refund will be made to the original payment card. We can't refund to a different card or account.",
"Please note: we will never ask for your card details by e-mail or text. If you receive a message like that, don't reply; delete it.",
"Questions? Our customer service team is available 9–5, Monday to Friday, by e-mail or live chat with a shop assistant.",
"Leave a review and get {pct}% off your next order.",
 ],
 tails=["Thanks for shopping with us!", "Customer Care · example.com", "This is an automated e-mail — please don't reply to it directly."], kmin=3, kmax=5)
# ---------------------------------------------------------------- car service reminder
kind("car_service_reminder",
 whole=[
"""Subject: Your car is due for a service

Dear {name},

Our records show that your vehicle (registration {ref}, model: Fiesta 1.0 EcoBoost) is due for its annual service and MOT on or before {date}.

To book, reply to this email with two dates that suit you, call the workshop on {phone}, or use the online booking tool on our website. A courtesy car is available if you book at least a week ahead.

Please note: if the service light is showing on your dashboard display, it does not mean anything is wrong. It is an automatic reminder based on mileage, and we will reset it during the service.

Kind regards,
{town} Motors Service Team""",
"""Dashboard warning lights — a quick guide for owners

Red lights mean stop as soon as it is safe. Amber lights mean get it checked soon. Green or blue lights are for information only.

- Red oil can: low oil pressure. Stop the engine immediately and check the oil level. Never drive on with this light on.
- Red thermometer: the engine is overheating. Stop, switch off, and let it cool. Do not open the radiator cap while it's hot.
- Amber engine symbol: an engine management fault. The car may go into a reduced-power "limp mode". Book a diagnostic check.
- Amber tyre with exclamation mark: low tyre pressure. Check all four tyres, including the spare if your model has one.
- Green leaf: eco mode is on. The car changes gear earlier and limits the air conditioning output to save fuel.

Your owner's manual lists every symbol for your particular model. Keep it in the glove box.""",
"""Werkstatt-Erinnerung

Guten Tag {name},

Ihr Fahrzeug ist fällig für die Hauptuntersuchung. Bitte vereinbaren Sie rechtzeitig einen Termin, telefonisch oder per E-Mail. Bringen Sie bitte den Fahrzeugschein und das Serviceheft mit.

Ein Ersatzwagen steht auf Anfrage zur Verfügung.

Mit freundlichen Grüßen
Ihr Autohaus {last}""",
"""Text from {town} Tyres: Hi {first}, your car is ready for collection. Total £{price} (4 tyres + tracking). We found a nail in the rear left, so that one was replaced instead of repaired as quoted, no extra charge. Card or cash on collection. Open till 5:30. Reply STOP to opt out of these messages.""",
 ],
 heads=["Service reminder — {town} Motors", "Subject: Your vehicle {ref}\n\nDear {name},", "MOT & SERVICE INFORMATION"],
 paras=[
"Your MOT certificate expires on {date}. You can have the test done up to a month before and keep the same renewal date.",
"We recommend a full service every 12 months or 12,000 miles, whichever comes first. Check your service book for the schedule for your model.",
"Our online booking system lets you choose a date, a time and whether you'd like to wait or leave the car with us.",
"Winter check: we'll test your battery, check your tyres and top up your screen wash for £{small}. Book before the first frost.",
"If your car has been recalled by the manufacturer, the repair is free. Enter your registration on the manufacturer's website to check.",
"Please remove valuables from the car before you drop it off, and leave the locking wheel nut in the glove box.",
"Electric vehicle owners: we now service EVs. Tell us your model when you book so we can make sure a trained technician is available.",
 ],
 tails=["{town} Motors · {phone}", "Kind regards,\nService Reception", ""], n_comp=4, kmin=3, kmax=5)

# ---------------------------------------------------------------- theatre / amateur dramatics
kind("theatre_group_notice",
 whole=[
"""{town} Players — Rehearsal notes, week 4

Thank you all for a great run-through on {day}. Some notes:

1. Act 1, scene 2: everyone on stage needs to stay in character while the phone rings, even if the sound cue is late. Don't look at the wings!
2. {first}, lovely work on the letter speech. Slow down on the last sentence and let the audience catch up.
3. Lines must be learned by next Thursday. From then on, no scripts on stage. {first2} will be on the book as prompt, sitting stage left; if you dry, say "line" clearly and she'll give you the next word.
4. Costume fittings are on Saturday morning. Please check the list on the noticeboard to see your time.
5. The big reveal in Act 2 only works if nobody tells their friends the story. Please don't post spoilers online.

Tickets go on sale on Monday. Please share the poster with everyone you know.

Break a leg,
{name} (Director)""",
"""AUDITIONS — "A Midsummer Night's Dream"

{town} Youth Theatre is holding open auditions for our summer production. We have roles for ages 11–18, on stage and backstage.

Auditions: {date}, 10am–1pm, Church Hall.

Please prepare a short speech (no more than one minute) from any play. You'll also be asked to read a scene with another actor and take part in a few drama games.

Not keen on acting? We also need people for lighting, sound, props and stage management, and a prompt for every performance. No experience required.

To book an audition slot, fill in the form on our website. Parents, please note that all rehearsals are on {day} evenings and Saturday mornings.""",
"""Programme note

Welcome to our production of "The Importance of Being Earnest". Oscar Wilde's comedy of secret identities, lost handbags and cucumber sandwiches has been delighting audiences since 1895, and we hope it delights you too.

Our cast ranges in age from 16 to 78. For three of them, this is their first role with the company; for one, it is their fortieth. Special thanks go to our stage crew, who built a drawing room, a garden and a library in our tiny hall, and to our wardrobe team, who sewed the hats.

Please switch your phones off or to silent mode. Photography and recording are not permitted during the performance. The interval is 20 minutes; the bar will be open.

Enjoy the show!""",
"""Teatr amatorski — próby

Próby wracają we wtorek {d} {month_pl} o 20:00 w sali parafialnej. Prosimy, żeby każdy znał już tekst pierwszego aktu. Przynieście swoje scenariusze z notatkami i ołówek.

Role do drugiego aktu zostaną rozdzielone tego samego wieczoru. Jeśli nie możesz przyjść, napisz do reżyserki wiadomość jak najszybciej.

Bilety na premierę będą dostępne od przyszłego miesiąca.""",
 ],
 heads=["{town} Players — Notice to members", "Rehearsal schedule: {booktitle}", "From the director"],
 paras=[
"Rehearsals this week: {day} 7:30pm (Act 1), {day2} 7:30pm (Act 2). Please be on time; we start promptly.",
"Everyone should bring a pencil to every rehearsal, to note changes to blocking in your script.",
"The set build is on Saturday from 10am. Many hands make light work — even an hour helps.",
"Reminder: the prompt will only give you a line if you ask for it. Don't wait in silence!",
"Tickets: £{small} adults, £5 under-16s. Book online or buy them from the newsagent on {street}.",
"Can everyone please reply to this e-mail to confirm their availability for the technical rehearsal?",
"Programme adverts: if you know a local business that would like to advertise, tell the treasurer.",
 ],
 tails=["{name}, Director", "Secretary, {town} Players", ""], n_comp=4, kmin=3, kmax=5)

# ---------------------------------------------------------------- nursery daily report
kind("nursery_daily_report",
 whole=[
"""Daily diary — {first}, Rainbow Room

Today {first} had a lovely day! This morning we read "The Gruffalo" and {first} told the whole group what happens at the end. Then we played shops, and she pretended to be the shop assistant, charging everyone "ten pounds" for a banana.

Meals: ate all of her lunch (pasta bake) and half of her pudding.
Sleep: 12:40 to 1:55.
Nappies: changed at 10:00, 12:30, 3:15.
Outdoor play: digging in the sandpit and watering the sunflowers.

Please note: we are running low on nappies and wipes in {first}'s bag. Tomorrow is pyjama day, so she can come in her pyjamas if she likes!

Key person: {name2}""",
"""Hi {first2}'s family,

Just a quick note to let you know {first2} had a little bump on the head in the garden this afternoon (he ran into the slide). We applied a cold compress, he had a cuddle and was back playing within two minutes. We've recorded it in the accident book — please sign it when you collect him. Keep an eye on him this evening and call us if you have any concerns.

Otherwise a great day: he built a very tall tower and did not want to share it with anyone!""",
"""Creche Os Pinheirinhos — Relatório diário

Hoje fizemos um mural com folhas de outono e cantámos a canção das estações. A {first} comeu a sopa toda e metade do segundo prato. Dormiu a sesta das 13h00 às 14h30.

A {first} contou a toda a turma a história do gato da avó e fingiu ser a educadora durante a hora do conto. Adorámos!

Por favor, tragam amanhã uma muda de roupa extra e o chapéu para o recreio. Lembramos que a reunião de pais é na próxima quinta-feira às 18h00. Obrigada!""",
"""Nursery newsletter — Caterpillar Room

This month our topic is "People who help us". We've had a visit from a firefighter (the children were allowed to sit in the fire engine!) and the children have been pretending to be doctors, vets and postal workers in the role-play corner.

Please help us at home:
- Talk about people who help your family.
- Practise putting coats on independently.
- Tell your child's key person about any new words or interests, so we can build on them.

Reminders: please label all clothing; always tell us if someone different is collecting your child, and give them the password you set up when you registered. We will not release a child to anyone without it.""",
 ],
 heads=["Daily report — {first} ({date})", "Nursery diary", "Today at Little Acorns"],
 paras=[
"Activities: painting, playdough, and a story about a hungry caterpillar. {first} counted all the fruit with us.",
"Lunch: shepherd's pie and peas (ate most). Snack: apple and crackers.",
"Sleep: 1 hour 10 minutes.",
"{first} had a wonderful time in the role-play area, pretending to be a bus driver and telling everyone to sit down and hold on.",
"Please could you bring in wellies and a waterproof for forest school on {day}?",
"{first} told us all about the new baby at home today. She's very proud to be a big sister.",
"Reminder: fees for next month are due on the 1st and can be paid through the parent portal.",
 ],
 tails=["Key person: {name2}", "Have a lovely evening!", ""], n_comp=4, kmin=3, kmax=5, sep="\n")

# ---------------------------------------------------------------- dog training class
kind("dog_training_class",
 whole=[
"""Puppy Class — Week 3 handout

This week we worked on "sit", "down" and loose-lead walking. Practise for five minutes, three times a day. Short and often is always better than long and rarely.

Commands
- Say the command once. If your puppy doesn't respond, don't keep repeating it; go back a step and make it easier.
- Reward within one second. Use tiny, soft treats.
- Always use the same word for the same command. If "down" means lie down, don't also use it for "get off the sofa". Use "off" instead.

Jumping up
Ignore your puppy completely when it jumps up: turn away, fold your arms, and say nothing. The moment all four paws are on the floor, reward calmly. Tell visitors to do the same.

Homework
Teach "leave it" using the method on the back of this sheet. Note how many times a day you practise, and we'll go through your notes next week.

Questions? Email or text your trainer.""",
"""Recall: getting your dog to come back

1. Start indoors, where there are no distractions.
2. Say your dog's name followed by "come", in a happy voice. Then run backwards a couple of steps.
3. When your dog reaches you, reward with something really special (cheese or chicken work well).
4. Never call your dog to come and then do something it doesn't like, such as putting the lead on and going home every time. Mix it up.
5. Never tell your dog off when it comes back, even if it took ages. You want coming back to always be the best thing that happens.

Move outdoors on a long line only when your dog responds reliably inside. Forget off-lead recall near roads until your dog is fully trained.""",
"""Hundeschule — Kursinformation

Der Welpenkurs findet jeden Samstag um 10 Uhr auf dem Übungsplatz statt. Bitte bringt Leckerlis, ein Spielzeug und Wasser für euren Hund mit. Der Impfpass muss bei der ersten Stunde vorgelegt werden.

Wichtig: Bitte füttert euren Hund vor dem Training nur wenig, dann ist er motivierter.""",
 ],
 heads=["{town} Dog Training — Class notes", "Training tip of the week", "Puppy class — handout {n}"],
 paras=[
"Practise the 'wait' command at doors and before meals. Gradually increase the time before you release your dog with 'okay'.",
"If your dog pulls on the lead, stop walking. Only move forward when the lead is loose. It takes patience, but it works.",
"Socialisation: aim for your puppy to meet lots of different people, sounds and surfaces before 16 weeks. Make every new experience positive.",
"Clicker training: click at the exact moment your dog does the right thing, then give the treat. The click tells your dog 'yes, that!'.",
"Please bring your dog's vaccination record to the first session, plus a flat collar, a lead and plenty of treats.",
"Reminder: classes are held outdoors and run in all weathers unless we text you to cancel.",
"Don't worry if your dog seems to forget everything in class. It's normal; there are lots of distractions.",
 ],
 tails=["Trainer: {name}", "Happy training!", ""], n_comp=4, kmin=3, kmax=5)

# ---------------------------------------------------------------- home heating guide
kind("home_heating_guide",
 whole=[
"""How to use your heating controls — tenant information

Your flat has a programmable thermostat in the hallway and a hot-water timer in the airing cupboard.

Setting the schedule
Press MENU, then choose "Schedule". You can create up to four heating periods a day, e.g. 6:30–8:30 and 17:00–22:00. Press OK to save each one.

Boost and override
Need heat outside your usual times? Press BOOST to run the heating for one hour. To override the schedule until the next programmed change, turn the dial to the temperature you want; the display will show a hand symbol. The schedule resumes automatically.

Holiday mode
If you're going away, set holiday mode with your return date. The thermostat will keep the flat at 10°C to prevent frozen pipes.

Hot water
The cylinder heats at 5:00–7:00 and 16:00–18:00. Don't switch the immersion heater on unless the boiler has broken down; it is very expensive to run.

Boiler pressure
The gauge on the boiler should read between 1 and 1.5 bar. If it drops below 1, follow the top-up instructions on the sticker, or call us. Never try to repair the boiler yourself.""",
"""Bleeding your radiators — a five-minute job

If the top of a radiator is cold but the bottom is warm, there's air trapped inside.

1. Turn the heating off and let the radiators cool.
2. Put an old towel under the valve at the top corner.
3. Use a radiator key to turn the valve anticlockwise, a quarter turn. You'll hear hissing as air escapes.
4. When water starts to drip out, close the valve again.
5. Check the boiler pressure. If it has dropped below 1 bar, top it up.

Do all the radiators in the house, starting with the one furthest from the boiler on the ground floor.""",
"""Ogrzewanie — jak oszczędzać

- Ustaw termostat na 20 °C w dzień i 17 °C w nocy.
- Odpowietrz kaloryfery na początku sezonu grzewczego.
- Nie zasłaniaj kaloryferów meblami ani zasłonami.
- Wieczorem zamykaj rolety, żeby ciepło nie uciekało.
- Jeśli twój piec ma tryb eko, korzystaj z niego.
- Wietrz mieszkanie krótko, ale intensywnie: otwórz okna szeroko na pięć minut zamiast zostawiać je uchylone cały dzień.

W razie awarii skontaktuj się z administracją budynku.""",
"""Heat pump quick guide

Heat pumps work best running low and slow. Unlike a gas boiler, they are designed to keep the house at a steady temperature all day, so don't turn the heating off when you go out; turn it down by a degree or two instead.

- Radiators will feel warm, not hot. That's normal.
- The outdoor unit may make a humming or whooshing noise, and may steam in cold weather while it defrosts. That's normal too.
- Check the app or the display on the indoor unit to see the heat output and running costs.
- Keep leaves and snow clear of the outdoor unit.
- Hot water: the system heats the tank to about 50°C. Once a week it runs a higher-temperature cycle automatically to keep the water safe.

If the display shows an error code, note it down and contact your installer. Don't switch the unit off at the mains unless you are told to.""",
 ],
 heads=["Your heating: a simple guide", "HEATING INSTRUCTIONS — {street}", "Keeping warm for less"],
 paras=[
"Turning your thermostat down by just one degree can save around 10% on your heating bill.",
"Use the timer so the heating comes on half an hour before you get up, and goes off half an hour before you go to bed.",
"Thermostatic radiator valves (TRVs) let you set a different temperature in each room. Set spare bedrooms to 2 or 3.",
"Never block the air vents in rooms with a gas boiler or fire. They are there for your safety.",
"Get your boiler serviced every year. Your landlord must arrange a gas safety check annually if you rent.",
"If the boiler display shows a fault code, look it up in the manual before calling an engineer — sometimes a simple reset is all it needs.",
"Draught-proof doors and windows. A draught excluder for the front door costs very little and makes a real difference.",
 ],
 tails=["", "Questions? Contact your landlord or letting agent.", "Energy advice line: {phone}"], n_comp=4, kmin=3, kmax=5)

# ---------------------------------------------------------------- community group chat rules (admin)
kind("community_group_rules",
 whole=[
"""Welcome to the {street} Residents' WhatsApp group! 👋

I'm {first}, one of the group admins (with {first2} at number {num}). A few simple rules to keep this useful for everyone:

1. This group is for things that affect the street: deliveries, bins, parking, lost pets, events, and safety.
2. Please don't forward chain messages, jokes or political content. If you're not sure whether a forwarded message is true, check before sharing it.
3. No selling, except items given away free.
4. Be kind. If you disagree with someone, message them privately.
5. Never share other people's phone numbers or addresses without asking them.
6. For emergencies, call 999 first, then post here.

Admins may delete messages that break these rules, and will remove anyone who repeatedly ignores them. If you'd like to leave, you can do so at any time; no one will be offended.

New neighbours: reply with your first name and house number so we know who you are!""",
"""{club} Parents' Group — please read

Hi everyone, quick reminder from your friendly admin:
- Match details (time, venue, kit) are posted by the coach on Wednesday. Please don't post "what time is it on Saturday?" before then.
- If your child can't play, tell the coach by private message, not in the group.
- Lift-sharing: reply to the weekly lift thread instead of starting a new one.
- Photos of children: only post photos of your own child, or with the other parents' permission.

Messages that don't follow the rules will be deleted. Thanks for helping keep the group calm!""",
"""Regole del gruppo «Mamme e Papà 3ªB»

1. Il gruppo serve solo per comunicazioni sulla scuola.
2. Niente auguri di buongiorno o catene.
3. Per questioni personali, scrivete in privato.
4. Le comunicazioni ufficiali arrivano dal registro elettronico: controllate sempre lì.

Gli amministratori potranno eliminare i messaggi fuori tema. Grazie a tutti!""",
"""Allotment Society — email list etiquette

Our email list now has over 200 users, so please:
- Use a clear subject line (e.g. "Spare tomato plants — Plot 14").
- Reply to the sender only, unless everyone needs to see your response. Please don't "reply all" to say thank you.
- Don't send large files; share a link instead.
- Don't forward messages from the list to people outside the society without permission.

The list admin is {name}. If you want to change the address you receive emails at, or unsubscribe, contact her.""",
 ],
 heads=["Group rules — {org}", "Message from the admin", "PINNED: please read before posting"],
 paras=[
"This group is for members of {org} only. Please don't add anyone without checking with an admin first.",
"Keep posts on topic. If you want to chat, there's a separate social group — ask an admin for the link.",
"Please mute the group rather than leaving if you're getting too many notifications; you'll still see important announcements.",
"Don't share personal details such as addresses, phone numbers or bank details in the group.",
"Scam warning: if anyone messages you privately claiming to be an admin and asking for money or a code sent to your phone, it isn't us. Block them and tell us.",
"Admins will delete posts that are rude, repetitive or off-topic, without notice.",
"Thanks to everyone for keeping this a friendly and useful space.",
 ],
 tails=["— The admins", "{first} (admin)", ""], n_comp=4, kmin=3, kmax=5)
# ====================================================================== extra hand-written long documents
EXTRA_WHOLE = [
("personal_email", """Subject: Re: Re: Re: Summer holiday — final plan (please read!)

Hi everyone,

Right, I think we've finally got there. Thank you for all your replies; there were 43 emails in the end, and I've tried to include everyone's wishes. Here's the summary so nobody has to scroll back through the whole thread.

Where: Holly Farm Cottages, near {town}. Three cottages next to each other, sharing a garden and a (small) pool.
When: arrive Saturday 4pm, leave the following Saturday by 10am.
Who goes where:
- Swallow Cottage: Mum, Dad, Auntie Jean
- Wren Cottage: us four plus the dog
- Robin Cottage: {first2}, Jack and the twins

Money: the total is £{price}. I've paid the deposit. Please send your share to my account before the end of the month; I'll forward everyone the bank details separately rather than putting them in an email to twelve people.

Food: each cottage does its own breakfasts and lunches. For dinners, we'll take turns, one cottage cooking for everyone each night. Sign up on the shared list (link below); please don't all pick Friday.

Car sharing: Dad can't drive at the moment, so he's coming with us. Auntie Jean is getting the train. Can someone collect her from the station on Saturday at 3:15?

Things to bring: towels (they're not provided), swimming stuff, board games, wellies, and the good barbecue tongs. Mum: please don't bring the entire contents of your freezer again.

Things to leave at home: work laptops. I mean it. Airplane mode all week.

If I've missed anything, reply to me directly instead of replying to all. My inbox can't take much more.

Love,
{first}

P.S. The twins asked me to tell you they are organising a talent show on Wednesday night and attendance is "not optional". You have been warned."""),

("family_group_chat", """Family chat export: "Gran's 90th 🎂"

{first}: Ok everyone, this is the planning group for Gran's party. PLEASE DON'T ADD GRAN. It's a surprise.
Uncle Rob: Obviously
Auntie Sue: Who's doing the cake?
{first}: Me. Her secret recipe chocolate cake, which Mum finally told me. Don't tell Gran I know it
{first2}: Venue?
{first}: Church hall, {date}, 2pm. It's booked. I've paid the £{n2} deposit
Auntie Sue: I can do sandwiches. How many people?
{first}: About 50. I'll send a list of who has replied so far
Uncle Rob: Can someone create a slideshow of old photos? I've got boxes of them
{first2}: I'll do it! Send me everything. Scan them or just take photos with your phone, that's fine
Uncle Rob: Not sure how to scan
{first2}: Just take a photo and send it here. Or post them to me and I'll scan them and send them back
Auntie Sue: Remember Gran said last year she never wants a fuss. Are we sure about this?
{first}: She says that every year and then she tells everyone about it for months 😂
{first3}: I'm in Canada but I can record a video message. Who should I send it to?
{first2}: Me please, I'll add it to the slideshow
{first}: Important: how are we getting Gran there without her realising?
Auntie Sue: I'll tell her we're going for afternoon tea at the garden centre and "need to pop in" to the church hall to drop off some books
{first}: Perfect. Don't mention the party even by accident. Rob, that means you
Uncle Rob: I've NEVER given away a surprise
Auntie Sue: Your 50th. My engagement. Christmas 1998
Uncle Rob: Fine. I'll say nothing
{first}: Last thing: please reply to this message with 👍 once you've read it, so I know everyone has seen the plan"""),

("school_newsletter", """{school} — Autumn Term Newsletter

From the Headteacher
Dear Families,

Welcome back! It has been a joy to see the children return so ready to learn. A special welcome to our new Reception children and their families, and to the twelve pupils who have joined other year groups this term.

Staffing
We are delighted to welcome Mr {last2}, who joins us as Year 4 class teacher, and Mrs {last}, our new teaching assistant in Year 1. Miss Patel returns from maternity leave after half term.

Communication
This year we are moving all letters home onto the parent portal. You will receive an automatic email whenever something new is posted. If you haven't yet activated your account, please check your inbox for the invitation (it may be in your junk folder) or ask the office for a new link. Paper copies are available for any family who needs them — just tell us.

Attendance and punctuality
The gates open at 8:40 and the register closes at 8:55. Children who arrive after this time must come in through the office and will be marked late. If your child is ill, please phone the absence line before 9:15 and leave a message with their name, class and the reason.

Reading at home
Every child will bring home a reading book and a reading record. Please listen to your child read for at least ten minutes, five times a week, and write a short note in the record. It doesn't need to be long; "Read two pages, found the long words tricky" is perfect. Children who read five times a week receive a sticker; ten stickers earn a prize from the book vending machine.

Homework
Homework will be set on Friday and should be handed in by the following Wednesday. Please see your child's class page for details. We recommend that children do their homework at a table, away from screens.

Clubs
After-school clubs start in week 3. This term we are offering football, choir, art, chess, coding and gardening. Booking opens on Monday at 7pm on the portal. Clubs are popular, so book promptly.

Dates for the diary
- Harvest festival: {date} (donations for the food bank welcome)
- Individual photographs: the Tuesday after
- Parents' evenings: the week before half term
- Half term: one week

Thank you, as always, for your support.

Mrs {name}
Headteacher"""),

("course_syllabus", """ENG 118: Creative Writing Workshop — Course Syllabus
{term} · Wednesdays 14:00–16:50 · Arts Building, Room {room}
Instructor: {name} · Email: via the course portal · Office hours: Thursdays 11–1

About this course
This is a workshop course. That means most of our time together will be spent reading and responding to each other's writing. You will write short fiction, poetry and creative non-fiction, and you will learn to give and receive useful feedback.

Weekly rhythm
Each week you will receive a writing prompt. Prompts are starting points, not rules; if a prompt takes you somewhere unexpected, follow it. Bring your draft to class (printed, please, double-spaced) so the group can write notes in the margins.

Workshop rules
1. Everyone reads everything before class.
2. We talk about the writing, not the writer. Say "the narrator", not "you".
3. Begin with what works. Then describe where you, as a reader, got lost, bored or confused.
4. The writer listens and does not respond until the end. It's hard; do it anyway.
5. What is said in workshop stays in workshop. Never share a classmate's work outside the class.

Assessment
- Portfolio of revised work (6,000 words or equivalent): 60%
- Reflective commentary (1,500 words) describing how your work changed in response to feedback: 25%
- Workshop participation, including written responses to classmates: 15%

Reading
There is no single textbook. Each week I will post two or three short pieces on the course page. Read them as a writer: notice how they begin, where they cut, what they leave out.

Deadlines and extensions
Portfolios are due at noon on the last Friday of term, uploaded as a single file through the portal. If you need an extension, contact me before the deadline. I am happy to help; I can't help if I don't know.

A note on writing about real people
Creative non-fiction often involves real friends and family. Think carefully about what you include, and change names and details where you should.

I look forward to reading your work."""),

("rental_house_rules", """Welcome to The Old Schoolhouse

We're so pleased you've chosen to stay with us. This guide should answer most of your questions. Please read it before you settle in — especially the bits about the stove and the septic tank!

ARRIVAL
Check-in is from 4pm. The key is in the key safe to the left of the front door; the code was in your confirmation email. Please scramble the numbers after use.

HEATING AND HOT WATER
The heating is on a timer (6–9am and 4–10pm). If you're cold, press the "+1 hour" button on the controller in the kitchen. Please don't change the programme itself. Hot water is always on.

THE WOOD STOVE
- Open both air vents fully to light it. Use the firelighters and kindling in the basket.
- Once it's going well, close the bottom vent and control it with the top one.
- Never leave the stove unattended with the door open, and always use the fireguard if children are in the house.
- Empty the ash only when it is completely cold, into the metal bucket outside the back door.

WI-FI
Network: OldSchoolhouse. The password is on the blackboard in the kitchen. The signal is weak in the back bedroom; there's a booster plugged in on the landing.

KITCHEN
The dishwasher tablets are under the sink. Please run the dishwasher before you leave. The oven has a "fan" and a "conventional" setting; the instructions are in the drawer with the takeaway menus.

BINS AND RECYCLING
Black bin: general waste. Blue bin: glass, tins, plastic bottles. Brown caddy: food waste. Collection is {day} morning; if you're here then, we'd be very grateful if you could put the bins at the end of the lane.

SEPTIC TANK
We're not on mains drains. Please put nothing down the toilets except toilet paper. No wipes (even "flushable" ones), no sanitary products, no cotton buds.

DOGS
Well-behaved dogs are welcome downstairs. Please don't let them on beds or sofas, and please pick up after them in the garden. There are sheep in the next field, so dogs must be on a lead on the farm track.

DEPARTURE
Check-out is 10am. Please strip the beds and leave the linen in a pile on the bathroom floor, load and start the dishwasher, close all windows, and put the key back in the safe.

PROBLEMS?
We live five minutes away. Text or call {first} on {mobile} at any time. If it's an emergency involving gas, water or electricity, the emergency numbers are on the inside of the cupboard by the front door.

Have a wonderful stay, and please write in the guest book before you leave — we love reading it!"""),

("local_news", """Village loses — then finds — its 150-year-old church bell

By {name}, Gazette Reporter

For three days last week, the people of {town2} were convinced their church bell had been stolen. It turned out to have been on a lorry in a lay-by outside {town}, waiting for a mechanic.

The bell, cast in 1874 and known locally as "Old Tom", was taken down from the tower last month so that specialists could repair its cracked frame. The work was booked months in advance and announced in the parish bulletin. But the bulletin, it seems, was not widely read.

"I came round the corner and the tower was empty," said Margaret Ellis, 71, who has rung the church's bells since she was a teenager. "I told my neighbour, and she told the shop, and by lunchtime everyone knew."

A post on the village forum saying the bell had been "stolen overnight" was shared more than 400 times, and several residents contacted the police. One man offered a reward.

In fact, the firm collecting the bell had broken down on its way to the foundry. "We left a message with the churchwarden to say we'd be late," said a spokesperson, "but I think it went to an old email address."

The Reverend Clare Hughes said she was touched by the village's response. "If anything, it showed how much people care about the bell," she said. "I'd gently remind everyone to check the noticeboard before they post online. And to read the parish bulletin. It's only one page."

The bell is expected to return in the spring, when the village plans a celebration with a special peal. Anyone who would like to learn bell-ringing before then is invited to the tower practice on Thursday evenings.

The man who offered the reward has said he will donate it to the bell restoration fund instead."""),

("qa_forum_answer", """Q: I'm hosting Christmas for 12 people for the first time. How do I not lose my mind?

A (accepted, 1.4k votes):

I've done this for fifteen years. Here's everything I wish someone had told me the first time.

1. Write a timetable. Work backwards from the time you want to eat. Write down when everything goes in and comes out of the oven, and stick it on the fridge. Include "turn oven on" — you'd be amazed.

2. Don't try anything new. Christmas Day is not the day to test a recipe from a magazine. Cook what you know, and cook it well.

3. Make as much as you can in advance. Gravy, stuffing, red cabbage, bread sauce and pudding can all be made days ahead and frozen or kept in the fridge. Peel the potatoes on Christmas Eve and leave them in cold water.

4. Accept help, and give people specific jobs. "Can you help?" gets you a crowd in the kitchen. "Can you lay the table and put the crackers out?" gets you a laid table. Older kids can be in charge of drinks; they love it.

5. Check your equipment. Will the turkey actually fit in your oven? (Measure. Seriously.) Do you have enough chairs, plates, glasses? Borrow instead of buying.

6. Rest the meat. A turkey can rest, covered in foil and towels, for an hour. That hour frees up the oven for the roast potatoes.

7. Lower your standards. Nobody will remember whether the sprouts were perfect. They'll remember whether you were stressed.

8. Delegate the washing up. Completely. You cooked.

Edit: lots of people asking about timings for a 6kg turkey. I don't want to tell you the wrong thing, so please check the chart on the packaging or the butcher's guidance, and always use a meat thermometer. Thanks for all the kind replies!"""),

("patient_leaflet", """Information for patients: starting on an inhaler

Your doctor or nurse has prescribed an inhaler to help control your asthma. This leaflet explains how to use it properly. Please read it together with the manufacturer's leaflet in the box.

Which inhaler is which?
- Your reliever inhaler (usually blue) works quickly to open your airways when you have symptoms such as wheezing, coughing or a tight chest. Always carry it with you.
- Your preventer inhaler (often brown, orange or purple) reduces the swelling in your airways over time. You must use it every day, even when you feel well. It does not work immediately.

How to use a metered-dose inhaler
1. Take the cap off and shake the inhaler.
2. Breathe out gently, away from the inhaler.
3. Put the mouthpiece in your mouth and seal your lips around it.
4. Start to breathe in slowly and deeply, and press the canister once at the same time.
5. Hold your breath for up to ten seconds, then breathe out slowly.
6. If you need a second puff, wait 30 seconds and repeat.

A spacer can make your inhaler more effective. Ask your nurse to show you how to use one.

After using your preventer
Rinse your mouth with water and spit it out. This reduces the risk of a sore mouth or hoarse voice.

Your asthma action plan
Your nurse will create a personal action plan with you. It tells you what to do every day, what to do when your symptoms get worse, and what to do in an emergency. Keep a copy on the fridge and a photo on your phone.

Get help immediately if:
- your reliever inhaler isn't helping;
- you are too breathless to speak, eat or sleep;
- your lips or fingers are turning blue.
Call 999 for an ambulance. Do not wait to see if it gets better.

Reviews
You should have an asthma review at least once a year. Bring your inhalers and your action plan. Tell the nurse about any side effects, and about any times you needed your reliever more than three times a week."""),

("game_rules", """HARBOUR MASTER — Complete Rules
A game of trading and ships for 2–4 players, ages 10+, about 45 minutes

Contents: 1 board, 4 ship tokens, 60 cargo cards, 20 weather cards, 40 coins, 1 die, this rule sheet.

Object
Be the first player to deliver five full cargoes to five different ports and return to your home harbour.

Setup
1. Each player chooses a ship and places it in the matching home harbour.
2. Shuffle the cargo cards and deal three to each player. Players may look at their own cards but should keep them hidden from others.
3. Shuffle the weather cards and place them face down next to the board.
4. Each player takes 10 coins. The rest of the coins form the bank.

On your turn
1. Weather: turn over the top weather card and read it aloud. It applies to all players until the start of your next turn. ("Fog: all ships move one space less." "Fair winds: all ships move two spaces more.")
2. Move: roll the die and move your ship up to that many spaces along the sea routes. You may stop early.
3. Trade: if you end your move in a port, you may do one of the following:
   - Load: pay the price shown on the port and take the top cargo card.
   - Deliver: if one of your cargo cards names this port, place it face up in front of you and take the reward from the bank.
   - Swap: exchange one card with the port's market (the face-up card beside it).

Storms
If a weather card says "Storm", any ship on a red sea space must return to the nearest port and discard one cargo card of its choice.

Trading between players
At any time during your turn you may offer to trade cards or coins with another player. Both players must agree. Deals are binding once the cards change hands — no take-backs!

Ending the game
When a player has delivered five cargoes and returns to their home harbour, the game ends immediately and that player wins.

Shorter game
For a quicker game with younger players, ignore the weather cards and play to three deliveries instead of five.

Frequently asked questions
Can two ships be on the same space? Yes.
What if the cargo deck runs out? Shuffle the discards to make a new deck.
Can I lie about the cards in my hand during a trade? You may keep your cards secret, but once you agree a trade you must hand over what you promised."""),

("gardening_guide", """Growing potatoes in bags: a complete beginner's guide

No garden? No problem. Potatoes grow happily in large bags or tubs on a patio or balcony, and children love tipping out the bag at the end to find the treasure.

What you'll need
- Seed potatoes (buy certified ones from a garden centre; don't use supermarket potatoes, which may carry disease)
- Potato growing bags, or any large container with drainage holes, at least 40 litres
- Multi-purpose compost
- A sunny spot

Chitting (late winter)
About six weeks before planting, stand the seed potatoes in egg boxes, with the end that has the most "eyes" facing up, in a cool, light place. They will grow short, sturdy green shoots. This gives them a head start.

Planting (early spring)
1. Roll down the sides of the bag and fill the bottom with 15cm of compost.
2. Place three or four seed potatoes on top, shoots pointing upwards.
3. Cover with another 10cm of compost and water well.

Earthing up
When the shoots reach about 15cm tall, unroll the bag a little and add more compost, leaving just the tips showing. Repeat every couple of weeks until the bag is full. This encourages more potatoes to form along the buried stems and stops them turning green.

Watering
This is the most important job. Bags dry out quickly; in warm weather you may need to water every day. Water until it runs out of the bottom. Feed with a liquid tomato feed every two weeks once the plants are growing strongly.

Harvesting
First earlies are usually ready about ten weeks after planting, when the flowers open. Main crops take longer; wait until the foliage turns yellow and dies back. To check, put your hand into the compost and feel for potatoes. When you're ready, simply tip the whole bag out onto a sheet and pick them out.

Problems
- Blight: brown patches on leaves in warm, wet weather. Cut off and bin the foliage immediately (don't compost it), and harvest what you can.
- Slugs: hand-pick them in the evening.
- Green potatoes: don't eat the green parts. Next year, earth up more.

Never eat the leaves, flowers or berries of potato plants; they are poisonous."""),

("neighbourhood_forum_post", """Posted in {town} Neighbours · Local issues

Long post, sorry — but please read if you use the footpath between {street} and the school.

As many of you know, the path has been closed since {month} because of the fallen wall. I've been in touch with the council about it and I wanted to share what I've found out, because there's a lot of confusion.

1. Who owns the wall? It belongs to the property on the corner, not the council. The council has written to the owner asking them to repair it.
2. Why is it taking so long? The owner has appealed, and until that's decided the council can't force the repair. They told me this could take another two months.
3. Can the path be reopened in the meantime? Not safely, according to the council's engineer. The fence will stay.
4. What about the children walking to school? The council has agreed to ask the school crossing patrol to cover the junction on {street} as well, starting next week. That's the one bit of good news.

What you can do:
- If the closure affects you, email the council's highways team (quote reference {ref}) and describe how. The more responses they get, the higher the priority.
- Please don't climb over the fence. I know it's tempting. The wall is genuinely unstable.
- Please don't post angry messages about the owner on here. They're elderly and, from what I understand, not well. Abusive posts will just make things slower.

I'll update this post when I hear anything. If you have questions, reply below and I'll answer what I can.

{first} ({street})

Replies (12)
> {first2}: Thank you for doing all this. I had no idea who to contact.
> {name2}: Emailed them just now. Copied in our councillor too.
> {first3}: Really helpful summary. Shared it in the school parents' group."""),

("travel_itinerary", """Itinerary — Family trip to Japan (14 nights)
Prepared by: {name2}, your travel agent at {town} Travel
Booking reference: {ref}

Before you go
- Passports must be valid for the whole stay. No visa needed for stays under 90 days for most visitors; please check the official website for your nationality.
- Your rail passes will be sent by post. Exchange them at the airport JR office on arrival; bring the passports of everyone in the family.
- Download the train timetable app; it shows platforms in English.
- Travel insurance: your policy number is on page 3 of the attached files.

Days 1–4: Tokyo
Arrive Haneda 06:40 (flight {flight}). A driver will meet you in the arrivals hall with a sign showing your surname. Hotel: Shinjuku, family room, breakfast included.
Suggested: Ueno Zoo; teamLab (tickets booked for Day 2, 10:00 — show the QR code at the gate); Tsukiji outer market for breakfast; a day at the theme park (tickets not included).

Days 5–6: Hakone
Take the Romancecar from Shinjuku (seats reserved, car 3). Stay at a traditional ryokan with dinner and breakfast. Please note: the ryokan asks guests to remove shoes at the entrance and to shower before using the shared baths. Tattoos may need to be covered.

Days 7–10: Kyoto
Shinkansen from Odawara. Hotel near Kyoto Station.
Suggested: Fushimi Inari early in the morning, before the crowds; the bamboo grove at Arashiyama; a day trip to Nara to see the deer (buy the deer biscuits from the official stalls only, and hold them up high — the deer are very keen).

Days 11–13: Osaka
Short train ride. Hotel in Namba. Aquarium, castle, street food in Dotonbori.

Day 14: Home
Check out by 11:00. Airport train from Namba. Flight departs 16:20.

Notes
- Japan is very cash-friendly; many small shops don't take cards. Withdraw yen at convenience store cash machines.
- Tipping isn't customary.
- Keep your phone on airplane mode on trains if you don't have a local plan, to avoid roaming charges, and use the hotel Wi-Fi instead.

Any questions before you travel, email me or call {phone}. Have a wonderful trip!"""),

("sports_club_rules", """{club} Junior Section — Handbook for Parents

Welcome to the club! We're a volunteer-run club with around 150 junior members aged 6 to 17. This handbook explains how things work. Please read it, keep it, and ask if anything isn't clear.

Training
Training is on {day} evenings (under-10s 5:30–6:30, under-13s 6:30–7:30, under-17s 7:30–9:00) and Saturday mornings. Please arrive ten minutes early. Coaches can't start a session until a second adult is present, so being on time really matters.

What to bring
Club shirt or training top, shorts, shin pads, boots and trainers (we sometimes train on the hard court), a water bottle with your child's name on it, and a waterproof. In winter, gloves and a hat are allowed.

Matches
Match details are posted in the parents' group on Wednesdays. Please tell your coach by Thursday if your child can't play. Every child who trains regularly will get game time; we rotate fairly over the season, not within each match.

Behaviour on the touchline
We ask all parents to:
- cheer for both teams' good play;
- never criticise a child, a coach, or a referee — many of our referees are teenagers learning the job;
- stay behind the spectator rope;
- leave the coaching to the coaches. Conflicting instructions from the touchline confuse children.

Any parent who repeatedly ignores these rules will be asked to leave the ground.

Safeguarding
All our coaches and helpers have background checks and safeguarding training. Our Welfare Officer is {name}. If you have any concern about a child's wellbeing, however small, please contact her directly. You can also speak to any committee member.

Photos
We only post photos of members whose parents have given consent on the membership form. You can update your choice at any time by contacting the membership secretary.

Subscriptions
Annual subs are £{n2}0, payable by card through the membership portal or in three instalments. Please talk to the treasurer in confidence if cost is a barrier — we will never turn a child away.

Volunteering
Everything at the club is done by volunteers. We ask every family to help at least twice a season: running the tea hut, marking the pitches, or helping at the summer tournament. The sign-up sheet is in the clubhouse.

Contacts
Junior Section Secretary: {name2}
Emergency contact on match days: the coach's phone number, listed in the team group."""),

("encyclopedia_article", """Allotment (gardening)

An allotment is a plot of land made available for individual, non-commercial gardening, typically for growing fruit, vegetables and flowers. Allotments are usually grouped together on sites managed by a local council, a parish, or an association of plot-holders.

History
In England, land was set aside for the labouring poor from the late 18th and early 19th centuries, partly in response to the enclosure of common land. Legislation passed in 1908 required local authorities to provide allotments where there was demand. Their numbers grew sharply during both World Wars, when people were encouraged to "Dig for Victory" and grow their own food; in 1943 there were estimated to be around 1.4 million plots in the United Kingdom.

Numbers declined in the decades after the war, as food became cheaper and gardens larger. Since the early 2000s, interest has revived, and many sites now have long waiting lists.

Size and layout
The traditional size of a full plot is ten rods (about 250 square metres), a historic measure said to be enough to feed a family of four for a year. Many sites now offer half or quarter plots. Most plots include a shed and space for a compost heap; water is usually supplied by shared troughs or taps.

Rules
Sites typically have rules requiring plot-holders to keep their plot cultivated, to avoid causing a nuisance to neighbours, and to limit the keeping of animals to hens and rabbits. Bonfires may be restricted. Plot-holders who fail to cultivate their plot may receive a warning notice and, eventually, lose their tenancy.

Similar traditions elsewhere
Comparable traditions exist in many countries: the Schrebergarten in Germany, the volkstuin in the Netherlands, the jardins familiaux in France, and the dacha gardens of Russia, although the latter usually include a small house.

Social role
Allotments are widely valued not only for food but for exercise, mental health and community. Many sites hold annual shows with competitions for the largest marrow or the best display of dahlias, and share seeds, tools and knowledge among members. Newcomers are commonly told that the best way to learn is to ask the plot-holder next door."""),

("book_film_review", """Book club notes: "The Night Ferry"

Our group met on {day} to discuss this month's choice. Eight of us came (plus {first}'s dog, who slept through all of it). Here's a summary of the discussion for those who couldn't make it, and some questions for anyone reading it later.

The story
Two strangers meet on an overnight ferry from Hull to Rotterdam. One is a retired teacher travelling to scatter her husband's ashes; the other is a young man who won't say why he's leaving England. Over one long night they tell each other stories — some true, some not. The reader is never entirely sure which.

What we liked
Most of us loved the structure: the "present" on the ferry alternates with the stories, and each story is written in a slightly different voice. {first2} said it felt like listening to someone talk on a long journey, which is exactly the point. Several people singled out the chapter told from the point of view of a ship's cat.

What divided us
The ending. Without giving too much away, there is a reveal in the final chapter that changes how you understand one of the characters. Half the group thought it was brilliant and earned; the other half felt it was a trick, and that the clues weren't there. {first3} re-read the first chapter on the spot and pointed out two of them. The debate went on well past our usual finishing time.

What didn't work
A few of us found the middle section slow, and thought one of the stories could have been cut.

Questions for discussion
1. Which of the stories do you think were true? Does it matter?
2. How does the setting — a ship, at night, between two countries — affect the way the characters behave?
3. The teacher tells the young man: "Never explain yourself to strangers. They'll believe whatever they like." Is she right?
4. Would the book work if it were told in the first person?

Our rating: 7.5/10 (range: 5 to 10).

Next month: a non-fiction choice, by popular request. {first} will send the title by email; please reply if you can host."""),
]
for _k, _t in EXTRA_WHOLE:
    KINDS[_k]["whole"].append(_t)
# ====================================================================== extra paragraphs for the composed documents
EXTRA_PARAS = {
"personal_email": [
"I replied to the landlord about the damp, but he still hasn't answered. I've forwarded you his last email so you can see what I mean.",
"Mum asked me to tell you the party is now at two, not three. Please update the invitation you sent round, or just reply-all with the new time.",
"I had to delete half my photos to free up space on my phone, so if you still have the ones from the beach, could you send me copies?",
],
"text_message_thread": [
"{first}: did you get my email?\n{first2}: which one\n{first}: the one with the tickets. check your inbox, subject says 'Saturday'\n{first2}: found it, it was in spam",
"{first2}: urgent!! do you have the spare key\n{first}: yes, it's above the door frame in the shed\n{first2}: lifesaver",
"{first}: sorry, ignored your call, I was in a meeting\n{first2}: no worries, just wanted to tell you the parcel arrived",
],
"family_group_chat": [
"Grandad: I have forwarded the message from the bank to {first} to check\n{first}: Good call Grandad. It's a scam, delete it. Never click links in those",
"{first2}: the kids are pretending to be pirates in the garden, the neighbours must think we're mad\nMum: send a video!!",
"Dad: Can someone translate the letter from the French campsite? My French stops at 'bonjour'\n{first}: send me a photo, I'll do it tonight",
],
"school_newsletter": [
"Parent survey\nThank you to the 214 families who replied to our survey. A summary of the responses, and what we plan to do about them, is on the website.",
"Phonics workshop\nParents of Reception children are invited to a short session on how we teach letters and sounds. You'll see the tools we use in class and learn how to help your child blend words at home.",
"Drama club\nAuditions for the spring show take place next week. Every child who auditions will get a role, even if it's a tree. Please help your child learn their lines and remind them to stay in character on stage!",
],
"letter_to_parents": [
"Thank you to all the families who replied so promptly to our previous letter. We received over 90% of the forms within a week.",
"Please check your child's bag every evening. Important letters are also sent by email, but some families have told us these were deleted by their spam filter.",
"If the automated text message about your child's absence was sent in error, please reply to it and the office will correct the register.",
],
"homework_instructions": [
"Translate the short paragraph on the worksheet into English. Then write one sentence explaining which word was the hardest to translate, and why.",
"Use the online maths tool (log in with your school username) to complete the fractions exercise. The tool marks your answers automatically, so you'll see straight away which ones need another try.",
"Write the story from the point of view of a different character. Pretend you are the dog. What did the dog see? What did the dog not understand?",
],
"exam_instructions": [
"Your candidate number is printed on your exam timetable. Copy it exactly onto every answer sheet; an incorrect number can delay your results.",
"Follow every instruction given by the invigilators. If an instruction is unclear, put up your hand and ask; do not ask another candidate.",
"Any candidate who has ignored the rules about mobile phones will be reported to the exam board, which may disqualify them from the subject.",
],
"teacher_feedback": [
"Your response to the poem is personal and thoughtful. Next time, quote a short phrase from the text to support each point you make.",
"You have ignored the word limit: this is nearly twice as long as it should be. Cutting it will make your argument sharper.",
"Your translation is accurate, but it sounds like a translation. Read it aloud and change any sentence that an English speaker would never say.",
],
"course_syllabus": [
"Feedback\nYou will receive written feedback on each assignment within three weeks. Read it carefully; the most useful comments are usually about structure, not grammar.",
"Software\nWe will use a free statistics tool in weeks 4–8. Instructions for installing it are on the course page. Students using library computers do not need to install anything.",
"Course readers\nA printed course reader with all the set texts is available from the campus shop. The same texts are also available as PDF files on the portal.",
],
"library_notice": [
"Our new self-service machines let users borrow and return items without queuing. Instructions are displayed on the screen; staff are always nearby if you need help.",
"If you received an automated e-mail about an overdue book that you have already returned, please ignore it. A fault in our system sent some reminders twice.",
"The library's free translation help sessions run on {day} afternoons. Volunteers can help you read and understand official letters in several languages.",
],
"council_notice": [
"Thank you to everyone who responded to our consultation. We received {n2}0 responses, which are summarised in the report above.",
"Residents who have not yet replied to the annual household enquiry form should do so now. You can respond online in a few minutes using the security code printed on the letter.",
"Blue badge holders: please note that the accessible parking bays on {street} will be suspended during the works. Temporary bays will be provided nearby.",
],
"utility_notice": [
"If you think you have been charged twice, please contact us before raising a dispute with your bank. We can usually correct the error within a day.",
"Our online account tool lets you see your daily usage, download your bills and set up alerts when your spending goes above a limit you choose.",
"Urgent: if you smell gas, leave the building, do not use light switches, and call the emergency number immediately.",
],
"tax_office_letter": [
"If you have already replied to our previous letter, please ignore this reminder. Letters may cross in the post.",
"Your payment of £{price} has been received and allocated to your account. The transaction reference is {ref}.",
"Please note that the online service will be unavailable on {date} for maintenance. You can still send documents by post.",
],
"voting_information": [
"Translations of this information are available in 12 languages on the council website, along with an easy-read version.",
"If you make a mistake on your ballot paper, do not cross it out. Ask the staff for a replacement; the spoiled paper will be cancelled.",
],
"appointment_letter": [
"Your test results have been received and reviewed by the doctor. No further action is needed. You do not need to reply to this letter.",
"You can now view your appointments, order repeat prescriptions and read your records through the practice portal. Ask at reception for your access details.",
],
"patient_leaflet": [
"Translation\nIf you would like this information translated, or read aloud, please ask the ward staff. An interpreter can be booked for your appointment free of charge.",
"Questions to ask your doctor\n- What should I do if the symptoms come back?\n- How long should I take the medicine for?\n- Is there anything I should avoid?",
],
"medication_label": [
"Do not take more than the dose shown above. If you accidentally take too much, contact a doctor immediately, even if you feel well.",
"Complete the course. Do not stop taking this medicine because you feel better, unless your doctor tells you to.",
],
"gym_timetable": [
"Class ratings: each class is marked with a symbol showing its intensity (one bar = gentle, three bars = hard). If you're new, we recommend starting with one or two bars.",
"Lockers take a £1 coin, which is returned. Please don't leave valuables in the changing rooms.",
],
"recipe": [
"A reader asked if you can use frozen spinach instead of fresh. Yes: defrost it and squeeze out the water first, or the sauce will be thin.",
"Don't skip the resting time. It sounds fussy, but it makes everything easier to slice.",
"Kids can help: let them measure, stir and crack the eggs. Tell them the oven is a grown-up job.",
],
"appliance_manual": [
"Power output\nThe appliance has three power settings. The highest output should only be used for short periods; the display will flash when it reaches maximum.",
"Manual override\nIf the automatic programme is not suitable, press and hold the MODE button for three seconds to override it and select the time and temperature yourself.",
],
"assembly_instructions": [
"Do not ignore the wall-fixing instruction on the last page. The correct fixings depend on your wall type; ask your local hardware shop if unsure.",
"Keep these instructions. You will need them if you move house and have to take the furniture apart.",
],
"warranty_card": [
"Online registration: create an account on our website, enter the serial number shown above, and upload a photo of your receipt. You'll receive a confirmation email.",
"To make a claim, describe the fault in as much detail as you can. Photos or a short video help us respond faster.",
],
"product_review": [
"I had to return the first one because the display didn't work. The refund was processed within two days, and the replacement has been perfect.",
"Don't bother with the app; the buttons do everything you need. Ignore the instructions that tell you to register before use.",
"As a left-handed user, I found the handle a bit awkward at first, but you get used to it.",
],
"marketplace_listing": [
"Note: this is the older model, not the one with the touch screen. Please check before you ask.",
"I've had several messages asking me to pay a 'delivery fee' through a link. I don't do that. Cash or bank transfer in person only.",
],
"buyer_seller_messages": [
"Buyer: Would you accept £{n2}?\nSeller: Sorry, I've already told someone else £{n2}5. If they don't reply by tonight it's yours.",
"Seller: Can you confirm the address for delivery?\nBuyer: Sent it above. Flat {n}, {num} {street}.",
"Buyer: The payment says pending\nSeller: Bank transfers can take a couple of hours. I'll tell you as soon as it shows",
],
"rental_house_rules": [
"The TV: use the remote with the red button to switch between the TV and the streaming box. If the display says 'no signal', press SOURCE until it works.",
"If the fuse box trips, the switches are in the cupboard above the front door. Flip the one that's down back up.",
],
"travel_itinerary": [
"Please reply to confirm you have received these documents and that all the names match your passports exactly.",
"Your agent has requested seats together for your family. Seat numbers will be confirmed at online check-in.",
],
"airline_train_notice": [
"Urgent: the 17:42 service has been cancelled due to a signalling fault. Passengers should use the 18:12 instead. Tickets will be accepted on other operators' services.",
"If you were charged for a seat that you were not able to use, you can request a refund using the online form. Please include your booking reference.",
],
"museum_event_page": [
"Audio guide: download the free app before your visit, or borrow a device from the front desk. The guide tells the story of each object in the collection.",
"Families: our trail invites children to pretend they are detectives searching for a hidden treasure in the galleries.",
],
"parish_club_bulletin": [
"Thank you to everyone who replied to the survey about service times. The results are summarised above. Most people preferred to keep things as they are.",
"The bulletin is now also available by email. If you'd like to receive it this way, send your details to the parish office.",
],
"sports_club_rules": [
"The committee may override team selections in exceptional circumstances, for example if a player is suspended by the league.",
"Members' details are kept securely and are never shared with third parties. Members can update their details through the membership portal at any time.",
],
"game_rules": [
"If players disagree about a rule, the oldest player decides. (Or the youngest, if you'd prefer a quieter evening.)",
"Shuffle the character cards and deal one to each player face down. Look at yours but don't show anyone. Your character's secret goal is printed at the bottom.",
],
"gardening_guide": [
"Tools: a hand trowel, a hoe, a watering can with a rose, and a pair of gloves are all a beginner really needs.",
"Forget the instructions on the seed packet if your garden is in a frost pocket. Wait an extra two weeks.",
],
"pet_care_sheet": [
"Our automated reminder system will text you when vaccinations are due. If you change your phone number, please tell reception.",
"Don't punish your pet for accidents. Ignore them, clean up with an enzyme cleaner, and reward going in the right place.",
],
"neighbourhood_forum_post": [
"Update: the council replied to my email this morning. They say the streetlight will be fixed within ten working days.",
"Someone forwarded me a message saying the water will be off all day tomorrow. I checked with the water company and it isn't true. Please don't share it any further.",
],
"qa_forum_answer": [
"I'd disagree with the answer above. In my experience the cheaper option works just as well, as long as you follow the instructions carefully.",
"The best tool for this is honestly a butter knife and some patience. Don't buy the special kit.",
],
"local_news": [
"In response to the petition, the council said it would consider the proposals at its next meeting.",
"The museum is appealing for people who worked at the factory to share their stories. Readers can contact the curator through the museum's website.",
],
"weather_warning": [
"Users of the river paths should take extra care, as they may be flooded or covered in debris.",
"The warning has been updated. Areas shown above are now expected to see the heaviest rain between midnight and 6am.",
],
"scam_warning": [
"Fraudsters sometimes send an email that appears to be a reply to a real conversation. If the request is urgent and involves money, phone the person on a number you already have.",
"If you have already replied or clicked the link, don't panic. Call your bank, change your password, and keep an eye on your account for any transaction you don't recognise.",
],
"encyclopedia_article": [
"Behaviour\nIt is most active at dawn and dusk, and spends the day hidden in dense vegetation. Its call is a short, repeated note, often described as sounding like a squeaky gate.",
"Identification\nIt can be confused with a similar species, but is smaller and has a paler throat. Beginners are recommended to use a good field guide.",
],
"book_film_review": [
"The characters felt real, especially the grandmother, who tells the story of her childhood in a single unforgettable chapter.",
"It's a slow start, but don't give up. Everything you read in the first fifty pages matters later.",
],
"podcast_show_notes": [
"Listener {first} replied to last week's episode with a brilliant story about a hidden room in her house. We read her email at 15:20.",
"Want to be on the show? Send us a voice note or an email describing your story in a few sentences.",
],
"invitation": [
"Please reply to this message by {day}; we need final numbers for the caterers. A simple yes or no is fine!",
"The children will be putting on a short play. Every grandchild has a role, and the youngest has been practising her one line for weeks.",
],
"condolence_card": [
"I will always remember how she told stories at the kitchen table, with everyone listening.",
],
"volunteering_signup": [
"No need to reply if you've already signed up through the online form. You'll receive a confirmation email a week before the event.",
"We'd love volunteers who speak other languages to help translate signs and welcome visitors.",
],
"lost_and_found": [
"Has anyone seen a small brown dog without a collar near the park? He doesn't respond to commands, so please don't chase him, just tell me where you saw him.",
],
"landlord_letter": [
"Please reply to confirm you have received this notice. A copy has also been sent to you by post.",
"The letting agent will contact you to arrange the inventory check. If you can't be present, they will take photos and send you a copy.",
],
"moving_checklist": [
"[ ] Forward post: set up redirection for at least six months\n[ ] Update your email signature and online accounts with the new address",
],
"bank_account_letter": [
"We have completed our review of the transaction you disputed. The retailer did not respond, so the temporary refund of £{price} is now permanent.",
"You replied to a text message claiming to be from us. That message was not sent by us. For your security, we have blocked your card and will send a new one.",
],
"shop_order_email": [
"We noticed your payment didn't go through. Please update your card details in your account within 48 hours, or your order will be cancelled. We won't charge you twice.",
"Your order qualifies for free returns. Simply print the label, attach it to the parcel, and drop it at any collection point.",
],
"car_service_reminder": [
"If a warning message appears on the display after the service, call us straight away. Don't ignore it; it usually takes a minute to fix.",
"Your courtesy car has a full tank. Please return it with the same amount of fuel, or you'll be charged for the difference.",
],
"theatre_group_notice": [
"Please learn your cues as well as your lines. If you don't know the line above yours, you won't know when to speak.",
"Well done to everyone who replied to the casting email. Parts will be confirmed by the weekend.",
],
"nursery_daily_report": [
"Today we practised listening and following instructions with a game of 'Simon says'. {first} was very good at it!",
],
"dog_training_class": [
"Homework: practise the 'down' command in three different rooms of your house, then in the garden. Note which rooms were hardest.",
"Ignored commands aren't stubbornness. Usually, the dog simply hasn't understood yet, or the reward isn't good enough.",
],
"home_heating_guide": [
"The override button runs the boiler for one hour regardless of the timer. Use it instead of changing the whole schedule.",
"Check the boiler's display once a month. If it shows a fault code, note the code and call the engineer; don't try to reset it more than twice.",
],
"community_group_rules": [
"Forwarded messages are marked with an arrow. Before sharing one, ask yourself: do I know this is true? Will my neighbours find it useful?",
"Admins cannot see your private messages, and will never ask for your password or a verification code.",
],
}
for _k, _ps in EXTRA_PARAS.items():
    KINDS[_k]["paras"].extend(_ps)
# ====================================================================== more hand-written documents
MORE_WHOLE = [
("homework_instructions", """Year {grade} Creative Writing — Half-term prompt bank

Choose ONE of the writing prompts below. Write 500–800 words. Read all of them before you choose!

1. "Nobody in the village had opened the door at the end of the lane for forty years." Continue the story.
2. Pretend you are an object in your house (a kettle, a sofa, a pair of old boots). Describe a day in the life of the family from your point of view.
3. Write a story that ends with a big reveal: the reader should discover something surprising about the narrator in the very last sentence. Plant at least two clues earlier on.
4. Write a letter from a character in a story you love to another character. What would they want to tell each other?
5. Two friends have a secret. One of them is about to break the promise to keep it. Tell the story of that afternoon.

Checklist before you hand in:
- Have you created a character the reader cares about?
- Have you used speech marks correctly?
- Did you show, not just tell? (Instead of "she was scared", describe what she did.)
- Is every sentence clear? Read your work aloud.

Upload your story to the homework portal as a single file, or hand in a printed copy. Remember to include a title!"""),

("appliance_manual", """Home printer — setup and everyday use

Getting started
1. Remove all orange tape and packing material, including the piece inside the cartridge door.
2. Plug in the printer and press the power button. The display will ask you to choose a language.
3. Install the ink cartridges. The printer will print an alignment page automatically; place it face down on the scanner glass and press OK.

Connecting to Wi-Fi
On the display, go to Settings > Network > Wireless setup. Choose your network and enter your Wi-Fi password. When the blue light stops flashing, the printer is connected.

Printing from your phone
Install the printer's free app. The app finds the printer on your network and lets you print photos and documents, and scan straight to your email.

Paper and output
- The main tray holds up to 100 sheets of plain A4 paper.
- Printed pages come out on the output tray at the front. Pull out the tray extender when you print more than a few pages, or they'll fall on the floor.
- For photo paper, load it shiny side down.

Settings page
Advanced users can change settings by typing the printer's IP address (shown under Settings > Network) into a web browser. You'll be asked for the admin password, which is printed on the label on the back of the printer. Most people never need to do this.

Troubleshooting
Paper jam: turn the printer off, open the rear door and gently pull the paper out in the direction it travels. Never use scissors or a knife.
Faded printing: run "Clean printhead" from the Maintenance menu. If it's still faded, replace the cartridge.
Printer offline: restart the printer and your router."""),

("scam_warning", """Community Safety Newsletter — "Hi Mum" messages

Over the past month, {n2} people in {town} have reported receiving text or WhatsApp messages from someone pretending to be their son or daughter. Four of them lost money, in one case more than £2,000.

How it works
The message usually begins: "Hi Mum, it's me. I dropped my phone down the toilet, this is my new number. Save it and delete the old one." A few messages later, the sender asks for urgent help paying a bill, because their new phone "can't access" their banking app yet. They send bank details and ask you to transfer the money immediately.

Why it works
It's clever. The messages arrive at busy times. The request is small at first. And it plays on the wish every parent has to help their child.

What to do
- Stop. Don't reply to the new number.
- Call your child on their old number. If you can't reach them, call someone who can check.
- Agree a family password in advance: a word only your family knows. If the person can't give it, it isn't them.
- Never send money to an account you don't recognise because of a text message.
- Forward the message to 7726 and report it. Then delete it.

If you've already paid
Call your bank straight away, using the number on the back of your card. Tell them it was a scam transaction. The sooner you act, the better the chance of getting your money back.

Please share this newsletter with friends and family — especially older relatives who may not have seen it."""),

("bank_account_letter", """Outcome of your dispute — reference {ref}

Dear {name},

Thank you for your patience while we investigated the transaction you disputed on your credit card account.

What you told us
On {date} you told us you had been charged £{price} by a holiday booking website for a cottage that was cancelled by the owner. You said you had asked the company for a refund several times, by email and through their online form, but received no response.

What we did
We contacted the merchant's bank and asked them to provide evidence that the booking had gone ahead or had been refunded. They had 30 days to reply.

Our decision
The merchant did not respond within the time allowed. We have therefore decided the dispute in your favour. The temporary credit of £{price} that we added to your account on {d} {month} is now permanent. You don't need to do anything else.

If the company contacts you
If the company refunds you directly, please tell us, because you cannot be refunded twice for the same transaction. Just reply to this letter or send us a message in the app.

Thank you for banking with us.

Yours sincerely,
Disputes Team"""),

("letter_to_parents", """Dear Parent/Carer,

New school app — please set up your account by {date}

From next term, all letters, reports, trip payments and messages from teachers will be sent through our new school app. Paper letters will stop, except for families who ask to keep them.

How to get started
1. You'll receive an email from the app with the subject "Your invitation to {school}". It contains a personal link.
2. Click the link and create a password. Please choose one that you don't use for anything else.
3. Download the app on your phone and sign in with the same email address and password.

Each parent or carer can have their own user account. If you have more than one child at the school, they will all appear under one login.

Forgotten your password? Use the "Forgot password" button on the sign-in screen. School staff cannot see or reset your password, and we will never ask you for it.

Didn't receive the invitation? Check your junk folder first, then contact the office with your child's name and the email address you'd like to use. If you don't have a smartphone or email, please tell us; we will continue to send paper copies.

Thank you for your help in making this change.

Yours faithfully,
{name}
Business Manager"""),

("library_notice", """Library computer course: Getting started with email (4 weeks, free)

Tuesdays, 10:00–11:30, Study Room 2. Maximum 6 learners. Book at the front desk.

Who is it for?
Anyone who is new to email or would like more confidence. Many of our learners are grandparents who want to keep in touch with family abroad. No experience needed. Bring your own phone or tablet if you have one; library laptops are available.

What you'll learn
Week 1 — Create an email account. Choose a password you'll remember and learn how to keep it safe.
Week 2 — Your inbox. Open, reply to and forward messages. Delete the ones you don't need, and find the ones you deleted by mistake.
Week 3 — Attachments. Send and open photos and other files, and print a letter or a ticket.
Week 4 — Staying safe. How to recognise scam emails, why you should never click links in unexpected messages, and what to do if you're not sure.

Our tutor, {name}, is a patient, friendly volunteer who used to work as a teaching assistant. Learners say: "She never made me feel silly for asking the same question twice."

Can't come on Tuesdays? Our drop-in digital help session on {day2} afternoons can answer quick questions, one to one."""),

("qa_forum_answer", """Q: My dad (82) keeps getting scam texts and I'm worried he'll fall for one. How do I explain which messages to ignore?

A (accepted, 387 votes):
I went through exactly this with my mum. What worked for us was a few simple rules written on a card stuck next to her phone:

1. If a message asks you to click a link, don't. Ever. Your bank, the post office and the tax office can wait until you've asked me.
2. If a message says it's urgent, it's almost certainly a scam. Real organisations give you time.
3. If anyone asks for a code that's been sent to your phone, never share it, not even with someone who says they're from the bank.
4. If in doubt, forward it to me and don't reply. I'll tell you if it's real.

Then I showed her how to forward a message and how to delete it. We practised a few times with messages I sent her myself.

The bit people forget: don't make your dad feel stupid. Scammers are professionals, and clever people get caught. If he tells you he replied to one, thank him for telling you, and call the bank together.

Also worth doing: ask his mobile provider to turn on their scam-call filter, and check his phone settings so messages from unknown numbers go into a separate list.

Edit: several replies recommend a family password for phone calls. We use one too. It works."""),

("text_message_thread", """School trip parents — message thread

{first}: Hi all, has everyone got the email about the coach time? It says 7:15 now, not 7:45
{first2}: Oh no, I didn't get that. Can someone forward it?
{first3}: Forwarded. It was sent yesterday afternoon, subject "URGENT change to departure time"
{first2}: Thanks! Found it. It had gone to my promotions folder 🙄
{first}: Also they want the medical forms back by Friday. There's a link in the email, or print the PDF
{first2}: Is the packed lunch for one day or two?
{first3}: Just the first day. Lunch provided after that
{first}: And the kit list says no phones at all. Apparently teachers will post updates on the school page every evening
{first2}: Honestly a relief. My son would be on his phone all week
{first3}: Ha same. Anyone want to share a lift at 7? We're on {street}
{first}: Yes please! We're round the corner
{first2}: Safe travels to all the kids. Let's hope it doesn't rain all week"""),

("council_notice", """{town} Council — Consultation on the future of {town2} Park: summary of responses

Thank you to everyone who took part. We received {n2}7 responses: {n2}0 through the online form, the rest on paper copies left at the library and community centre. This summary describes what you told us and what happens next.

What you told us
- The most popular idea was a new, larger play area with equipment for older children and for children with disabilities.
- Many respondents asked for more benches and bins, especially along the river path.
- A large number of dog owners asked for a fenced dog-exercise area. Some other respondents, particularly parents of young children, asked for dogs to be kept on leads near the play area.
- Opinions on the proposed café were mixed. Some readers welcomed it; others were worried about noise and litter.
- Several responses mentioned that the paths flood in winter.

What happens next
Councillors will consider this summary, together with the full report, at the meeting on {date}. The meeting is open to the public, and the papers will be published online a week before. We will write to everyone who gave their contact details to tell them the outcome.

The full report, including every anonymised comment, is available to download from the council website. Paper copies can be requested by phone."""),

("teacher_feedback", """Feedback: Spanish translation task — {first} {last}

Overall: a good effort, {first}. You understood the meaning of almost every sentence, which is the most important thing.

Sentence by sentence:
1. Correct.
2. "Mi hermana siempre olvida sus llaves" — good, but remember "olvidar" doesn't need "de" here.
3. You translated "tell me" as "dime" — excellent! That's the informal imperative, exactly right.
4. Careful with the past tense. "Recibí" (I received) needs an accent on the i.
5. "Nunca dejes tu bolsa en el autobús" — perfect.

General notes:
- Don't translate word for word. Read the whole sentence first, then think how a Spanish speaker would say it.
- Check your accents. Four marks were lost just for missing accents.
- Please don't use an online translation tool for homework. I could tell you didn't in this piece, which is great — your mistakes are your own, and they're helpful ones.

Mark: 17/20. Please correct sentences 2 and 4 in green pen and show me on {day}."""),
]
for _k, _t in MORE_WHOLE:
    KINDS[_k]["whole"].append(_t)

# ====================================================================== assembly
EXTRA = {
    "subject": ["Saturday", "the holiday cottage", "Mum's birthday", "catching up", "the reunion",
                "photos", "Christmas plans", "the car", "your visit", "bits and pieces"],
    "subjectname": ["English", "Maths", "Science", "History", "Geography", "French", "Art", "Music", "Computing"],
    "coursecode": ["SOC 110", "BIO 205", "ENG 150", "ECON 101", "GEOG 220", "PSY 130", "ART 240"],
    "coursename": ["Introduction to Sociology", "Plant Biology", "Reading the Short Story", "Principles of Economics",
                   "Rivers and Coasts", "Foundations of Psychology", "Modern Art and Design"],
    "term": ["Autumn term", "Spring term", "Semester 1", "Semester 2", "Summer school"],
    "condition": ["Shingles", "Tonsillitis", "Back pain", "High blood pressure", "Eczema", "Sprained ankle", "Gout"],
    "med": ["Amoxicillin oral suspension", "Hydrocortisone cream 1%", "Cetirizine 10mg", "Omeprazole 20mg",
            "Lactulose solution", "Salbutamol inhaler"],
    "dish": ["Minestrone soup", "Shepherd's pie", "Vegetable tagine", "Lentil dal", "Chicken casserole",
             "Bean chilli", "Roasted tomato soup"],
    "appliance": ["Dishwasher DW-400", "Tumble dryer", "Microwave oven", "Steam iron", "Fridge freezer",
                  "Bread maker", "Cordless vacuum cleaner"],
    "furniture": ["bookcase", "wardrobe", "desk", "bunk bed", "TV unit", "bedside table", "shoe rack"],
    "stars": ["★★★★★", "★★★★☆", "★★★☆☆", "★★☆☆☆"],
    "reviewtitle": ["Good value", "Not bad at all", "Exactly as described", "Could be better", "Love it",
                    "Decent, with a few niggles"],
    "item": ["Pushchair", "Wooden dining table", "Road bike", "Sewing machine", "Guitar amp", "Bookshelf",
             "Lawn mower", "Baby monitor", "Office chair", "Coffee machine"],
    "cottage": ["Bramble Cottage", "The Old Forge", "Harbour View Flat", "Willow Barn", "Rose Lodge"],
    "dest": ["Edinburgh", "Rome", "Krakow", "Seville", "Bruges", "Dubrovnik", "the Lake District"],
    "venue": ["Museum", "Arts Centre", "Art Gallery", "Heritage Centre"],
    "eventname": ["Autumn Craft Fair", "Summer Fete", "Charity Fun Run", "Winter Lantern Parade",
                  "Spring Plant Sale", "Village Show"],
    "org": ["St John's Church", "the Rotary Club", "the Allotment Society", "the Residents' Association",
            "the Youth Theatre", "the Scout Group", "the Friends of the Park"],
    "gamename": ["Snakes and Ladders", "Harbour Race", "Castle Climb", "Star Trail", "Ludo"],
    "plant": ["sweet peas", "runner beans", "lavender", "courgettes", "strawberries", "dahlias"],
    "pet": ["guinea pig", "puppy", "budgie", "hamster", "older cat", "goldfish"],
    "question": ["How do I stop my bread going stale so fast?", "What's the best way to learn to swim as an adult?",
                 "How do I get my toddler to sleep in her own bed?", "Is it worth repairing an old sewing machine?",
                 "How often should I service my bike?"],
    "headline": ["Village hall reopens after flood repairs", "Charity walk raises thousands for hospice",
                 "New bus route to link estate with town centre", "Primary school celebrates outstanding report",
                 "Residents rally to save historic oak tree", "Market returns to the square after ten years"],
    "colour": ["YELLOW", "AMBER"],
    "weather": ["Snow and ice", "Heavy rain", "Thunderstorms", "Strong wind", "Fog"],
    "scamtype": ["fake delivery texts", "impersonation calls", "'Hi Mum' messages", "fake refund e-mails",
                 "doorstep callers"],
    "topic": ["Water vole", "Great crested newt", "Reed warbler", "Slow worm", "Common dormouse", "Natterjack toad"],
    "booktitle": ["The Orchard Year", "Salt and Stone", "A House of Small Lights", "The Night Ferry",
                  "What the River Knew", "Letters from Marram Bay"],
    "eptitle": ["Fixing things", "The great bin debate", "Learning to knit at 60", "Our town's forgotten railway",
                "Life on a narrowboat"],
    "podname": ["Small Town Talk", "The Kitchen Table", "Weekend Wanderers", "Local Heroes"],
    "lostitem": ["blue rucksack", "silver bracelet", "child's teddy bear", "brown leather wallet", "black labrador",
                 "house keys with a green fob"],
    "subjectbank": ["important information", "changes to your terms", "a recent payment", "your statement"],
}


LOCAL_MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
}


def fill_all():
    f = fill()
    for k in EXTRA:
        f[k] = rng.choice(EXTRA[k])
    f["town_l"] = f["town"].lower().replace(" ", "")
    mi = MONTHS.index(f["month"])
    for lang, names in LOCAL_MONTHS.items():
        f["month_" + lang] = names[mi]
    return f


def compose(spec, long=False):
    f = fill_all()
    paras = spec["paras"]
    k = rng.randint(spec["kmin"], spec["kmax"])
    if long:
        k = len(paras)
    k = min(k, len(paras))
    chosen = rng.sample(paras, k)
    parts = [fmt(rng.choice(spec["heads"]), f)] + [fmt(p, f) for p in chosen]
    tail = fmt(rng.choice(spec["tails"]), f)
    if tail:
        parts.append(tail)
    text = spec["sep"].join(parts)
    # make sure the document is not too short
    rest = [p for p in paras if p not in chosen]
    while len(text) < 320 and rest:
        p = rest.pop(rng.randrange(len(rest)))
        text = text + spec["sep"] + fmt(p, f)
    return text.strip()


def shingles(text):
    words = "".join(c.lower() if c.isalnum() else " " for c in text).split()
    return set(zip(words, words[1:], words[2:]))


def overlap(a, b):
    return len(a & b) / max(1, len(a | b))


def documents():
    """Every document in order, as (kind, text)."""
    seen = set()
    out = []
    for name, spec in KINDS.items():
        docs = []
        for w in spec["whole"]:
            t = fmt(w, fill_all()).strip()
            if t not in seen:
                docs.append(t)
                seen.add(t)
        made = []
        n_comp = spec["n_comp"] + (1 if len(spec["whole"]) < 4 else 0)
        for i in range(n_comp):
            best, best_score = None, 2.0
            for _attempt in range(40):
                t = compose(spec)
                if t in seen:
                    continue
                sh = shingles(t)
                score = max([overlap(sh, m) for m in made] + [0.0])
                if score < best_score:
                    best, best_score = t, score
                if score < 0.35:
                    break
            if best is None:
                continue
            seen.add(best)
            made.append(shingles(best))
            docs.append(best)
        out += [(name, t) for t in docs]
    return out


def rows(r, item):
    """The documents as train rows of ../injection/generate.py (benign content texts), drawn with r (seeded with SEED)."""
    global rng
    rng = r
    return [item("train", "benign", "content", "benign", name, text) for name, text in documents()]


def main():
    global rng
    rng = random.Random(SEED)
    counts = OrderedDict()
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for name, t in documents():
            fh.write(json.dumps(OrderedDict([
                ("split", "train"), ("label", "benign"), ("mode", "content"), ("family", "benign"),
                ("kind", name), ("source", "gen_train_everyday_b"), ("text", t)]), ensure_ascii=False) + "\n")
            counts[name] = counts.get(name, 0) + 1
    for name, c in counts.items():
        print("%-28s %d" % (name, c))
    print("TOTAL rows: %d  kinds: %d" % (sum(counts.values()), len(counts)))


if __name__ == "__main__":
    main()
