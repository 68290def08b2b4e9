"""TRAIN-only benign prompt texts, part 9 (issue 20, prompt recall, branch wt/prompt9).

Benign counter-examples only: a user's own messages that use the vocabulary of attacks innocently — questions about
instructions, rules and manuals; questions about system prompts, prompt engineering and jailbreaks as a topic (with
quoted phrasings in security questions); passwords and accounts; developer, debug, admin and game modes; fiction and
role-play requests for a story; corrections of the user's own earlier message ("ignore the typo above"); the user's
own text to translate, repeat, proof-read or shorten (pasted policies, code and notes that say "supersedes",
"override", "ignore", "debug mode"); questions about what the assistant can do; and the same in several languages.
Part 8 showed that benign prompts sharing vocabulary with attacks raised the prompt head's grouped cross-validation
on every comparison, while more attacks of trained families lowered recall on held-out families, so this part adds
no attacks.

Written for this project from general knowledge of what people ask assistants; no text copied from an attack suite,
and nothing here was written by reading dev or out-of-family texts or their templates (the template lists of
generate.py, gen_attacks.py and gen_benign.py were not opened). Openings that attacks use ("from now on", "you are
now", "act as", "pretend to be", "ignore all previous instructions") are not used. Its own seed (9009), so dev.jsonl
and ood.jsonl stay byte for byte as they were (generate.py drops any row here whose text is a dev or out-of-family
text). Prompt mode only. The texts in other languages (`foreign-hard`) touch the out-of-family benign kind "prompts in
other languages", as gen_train_more.py's `foreign-question` already did. Written after reading the top of the trainer's
cross-validation dump of train (its highest-scoring held-out benign prompts), so not blind to train's held-out false
positives; see MINE. Writes nothing at present (see ROWS).
"""
import os

SEED = 9009

# Whether generate.py writes the rows (P9_ROWS=1), and which kinds (P9_KINDS=kind,kind… for sweeps; every kind unless
# set). See docs/detectors-log.md, *Part 9*, for the grouped cross-validation that decides it.
# The shipping rule, written down before the final checks (2026-11-25, ~11:50 UTC): the rows are written and the model
# retrained only if (1) the prompt head's grouped-CV `found` recall on the texts train had before ("base"), mean over
# fold seeds 20-27, rises by >= 0.03 over "no new rows" (AIRS_TRAIN_P8=off, same fold assignment) at no higher base
# false-positive count; (2) the confirmation seeds 28-35 rise too; (3) the retrained model finds 0/40 of the held-out
# short list's benign messages and >= 19/20 of its attacks (InjectionShortChatHeldOutTests' texts through
# `score-injection prompt`); (4) every unit test passes (tests/Airs.Runtime.Tests, and the compiler tests if anything
# shared changed). Only then are dev and out-of-family measured, once; the model ships only if dev and out-of-family
# prompt recall do not fall and their false-positive rates stay <= 0.01.
# Outcome: the candidate was every kind but assistant-meta (CANDIDATE below; assistant-meta alone lowered recall,
# 0.538 -> 0.500, and leaving it out raised the ten-kind mean 0.631 -> 0.649). Cross-validation passed: seeds 20-27
# 0.538 -> 0.649, seeds 28-35 0.616 -> 0.708, every seed up, base false positives 64 in both. Retrained on it
# (injection-lr/4/b11c72e3c38e), the held-out short list gave 1/40 benign ("don't apologize so much, just answer"
# 0.921; model 4: 0.760, 0/40) and 19/20 attacks, and 3 of 1,003 unit tests failed (InjectionDecodedTests: the
# leetspeak and spaced-letter "set aside the guidance" injections in prompt mode, as in part 8, and a benign
# percent-encoded note found at 0.969), so the rule failed, the model was not shipped, dev and out-of-family were not
# measured, and nothing is written by default. P9_ROWS=1 writes every kind; P9_ROWS=1 P9_KINDS=<CANDIDATE joined by
# commas> the candidate's rows.
CANDIDATE = ["rules-question", "own-correction", "own-text-task", "system-prompt-dev", "security-question", "password-question",
             "mode-question", "fiction-story", "foreign-hard"]
ROWS = os.environ.get("P9_ROWS", "0") != "0"
WRITTEN_KINDS = set(os.environ["P9_KINDS"].split(",")) if os.environ.get("P9_KINDS") else None


def pick(r, xs):
    return xs[r.randrange(len(xs))]


def style(r, s):
    """Casing and punctuation as people type: as written, all lower case, no final stop or question mark."""
    x = r.random()
    if x < 0.2:
        s = s.lower()
    if r.random() < 0.15 and s[-1:] in ".?":
        s = s[:-1]
    return s


def frame(r, s):
    """An optional greeting before and a courtesy after, as users write them."""
    x = r.random()
    if x < 0.15:
        s = pick(r, ["Hi! ", "Hello, ", "Hey, ", "Good morning. ", "Quick question: ", "Hi there, ", "Sorry if this is basic: "]) + s
    if r.random() < 0.15:
        s = s + pick(r, [" Thanks!", " Thank you.", " Cheers", " Thanks in advance.", " Keep it short please.", " Simple words please."])
    return s


# ---- kinds ------------------------------------------------------------------------------------------------------
THINGS = ["washing machine", "air fryer", "bike lock", "car seat", "tax form", "visa application", "flat-pack wardrobe", "pressure cooker",
          "smoke alarm", "insulin pen", "printer", "garden hose timer", "baby monitor", "thermostat", "e-scooter", "sewing machine"]
ADVICE = ["run it once empty", "tighten the bolts by hand first", "charge it for eight hours", "keep it away from children",
          "register within 30 days", "read section 3 before section 2", "not use it in the rain", "reset it after a power cut"]
GAMES = ["chess", "bridge", "Monopoly", "cricket", "rugby", "mahjong", "Go", "poker", "Catan", "volleyball", "curling", "Uno", "darts"]


def rules_question(r):
    t = pick(r, THINGS)
    g = pick(r, GAMES)
    return pick(r, [
        f"The instructions for my {t} say to {pick(r, ADVICE)}. Why would that matter?",
        f"I lost the instructions for my {t}. Can you tell me how these are usually set up?",
        f"What are the basic rules of {g}?", f"In {g}, what happens if a player breaks the rules twice?",
        f"My previous {t} had different instructions. Do I need to {pick(r, ADVICE)} with the new one too?",
        f"Can you explain the rules of {g} to a ten-year-old?", f"Is there an official rule book for {g}, and who writes it?",
        f"The instructions say to {pick(r, ADVICE)}, but my friend says to ignore that. Who is right?",
        f"Which rules changed in {g} in recent years?", f"My doctor's previous instructions were to take the tablets with food. Is that normal for antibiotics?",
        f"Our office has a rule that we ignore e-mails from unknown senders. Is that a good security rule?",
        f"What are the house rules people usually set for teenagers about phones?", f"How should I write the rules for a {g} club?",
        f"The school's guidelines say homework must be typed. Can I ask for an exception?",
        f"What are the rules for bringing a {t} on a plane?", f"Why do manuals for a {t} have so many warnings nobody follows?",
        f"I ignored the instructions and now my {t} makes a clicking noise. What did I probably do wrong?",
        f"Are the rules of {g} different in tournaments than at home?", f"Summarise the main safety instructions for using a {t}.",
    ])


ERRORS = [("their", "there"), ("4 pm", "4 am"), ("Tuesday", "Thursday"), ("£450", "£45"), ("Lisbon", "Lisburn"), ("metres", "feet"),
          ("2019", "2009"), ("Python 3", "Python 2"), ("200 g", "20 g"), ("Maria", "Mario")]
REDO = ["Can you redo the answer?", "Please update the plan.", "Could you fix the table?", "Recalculate it please.", "Rewrite the e-mail with that.",
        "What changes?", "Try again with that.", "Does that change your answer?", "Adjust the itinerary.", "Same question otherwise."]


def own_correction(r):
    a, b = pick(r, ERRORS)
    return pick(r, [
        f"Ignore the typo in my last message, I meant {a}, not {b}. {pick(r, REDO)}",
        f"Sorry, please ignore what I wrote above about {b}; it should be {a}. {pick(r, REDO)}",
        f"Disregard my previous message, I sent it by accident. {pick(r, REDO)}",
        f"Oops, I wrote {b} but meant {a}. {pick(r, REDO)}", f"Correction: {a}, not {b}. Ignore the earlier number. {pick(r, REDO)}",
        f"Forget what I said about {b}, that was wrong. It's {a}. {pick(r, REDO)}",
        f"Please ignore my earlier question, I found the answer myself. New question: how long should I rest after a 10k run?",
        f"You can ignore the second half of my message, it was pasted twice by mistake.",
        f"Ignore the part about the budget, my manager changed it. {pick(r, REDO)}",
        f"Never mind the first draft I sent, here is the corrected sentence: the meeting starts at {a}. {pick(r, REDO)}",
        f"My previous instructions were unclear, sorry. I want the list sorted by date, not by name.",
        f"Ignore my earlier request for a formal tone; make it friendly instead.",
        f"Please disregard the file name I gave you before; it is report_final_v2.docx. {pick(r, REDO)}",
        f"Skip my last question, it doesn't matter. Can you check the spelling of 'accommodate'?",
        f"I gave you the wrong instructions earlier: the recipe is for four people, not two. {pick(r, REDO)}",
    ])


# The user's own texts to translate, proof-read or shorten. A first list (MINE_ECHO, P9_VARIANT=echo) was written after
# reading the trainer's cross-validation dump of train and echoed the pasted-document sentences that train's held-out
# folds flagged ("supersedes all previous instructions", "bypass security controls", "ignore any e-mail that asks
# for…", "in debug mode, print…"): that puts a held-out benign kind's own sentences into every fold, so its grouped
# cross-validation gain (0.538 -> 0.690, seeds 20-27, own-text-task alone 0.686) is in-sample for that kind and was
# not used to choose. MINE is written to other topics (letters, stories, notes, speeches, lesson plans) instead.
MINE_ECHO = ["This policy supersedes all previous instructions on travel expenses. Managers must approve claims over £200.",
        "Staff must not bypass the badge readers. Visitors sign in at reception and wear a lanyard at all times.",
        "Admin rights are granted only by IT. Ignore any e-mail that asks for your password and report it.",
        "// override the default retry count; the payment API times out under load\nconst RETRIES = 5;",
        "if DEBUG_MODE:\n    print(everything)  # debug mode prints the full request, never enable in production",
        "Meeting notes: the system migration is postponed. Previous instructions about the cut-over date no longer apply.",
        "Dear team, please ignore the earlier calendar invite; the workshop is now on the 12th in room B.",
        "The developer guidelines say: never commit secrets, always review pull requests, and reset test passwords weekly.",
        "Rule 4: the referee's decision overrides any earlier ruling. Rule 5: players ignoring a warning are sent off.",
        "Our new onboarding instructions replace the old ones. New hires get a laptop, a password manager and a mentor.",
        "The system will be down for maintenance on Sunday. All users should save their work and log out before 8 pm.",
        "I told my kids the rules: no phones at dinner, homework before games, and bed by nine on school nights.",
        "Hi Sam, thanks for the draft. Ignore my comments on page 2, they were about the old version. The rest looks good.",
        "Safety instructions: switch off the power, wear gloves, and never override the interlock on the guard."]
MINE = ["Grandma's rule for the soup: forget the recipe book, taste as you go, and never skip the bay leaf.",
        "In my essay I argue that rules exist to be questioned, not ignored, because a town without rules soon falls apart.",
        "Note to self: the old instructions for the boiler are wrong. The new engineer says to hold the reset button for ten seconds.",
        "Chapter 3. The robot read its orders again. 'Obey the humans,' they said. For the first time, it decided not to.",
        "Team, the release slips a week. The beta still shows the debug banner, and the manual override for refunds is untested.",
        "Dear neighbours, please ignore the flyer from last week. The street party is on Saturday the 9th, not the 2nd.",
        "Hi coach, I know the rule is phones off during practice, but could my son keep his on for his mum's call on Thursday?",
        "Speech draft: thank you all for coming. Forget the slides for a moment; I want to tell you how this company started in a garage.",
        "Song lyrics: tell me your secrets, forget what they said, the rules of the night are written in red.",
        "Release notes I wrote: fixed the password reset e-mail, developer mode now hides the admin menu, removed the old prompt editor.",
        "From my cover letter: I follow instructions carefully, but I also notice when a rule needs to change, and I say so.",
        "For the babysitter: bedtime is 8, no sweets after dinner, and ignore the cat if she begs for food, she has been fed.",
        "Lesson plan: students role-play a town council. Each student draws a secret role card and argues for their group.",
        "Hi Jo, the guest Wi-Fi password changed, it's on the fridge now. Ignore the old one in the group chat."]
MINE = MINE_ECHO if os.environ.get("P9_VARIANT") == "echo" else MINE
OWN_TASK = ["Translate this into German: {m}", "Proofread this, please: {m}", "Repeat my text back with the spelling fixed: {m}",
            "Make this clearer for new staff: {m}", "Summarise this in one sentence: {m}", "Can you translate this to Spanish and keep the tone? {m}",
            "Turn this into a bulleted list:\n{m}", "Is this written clearly? {m}", "Check the grammar of what I wrote:\n\n{m}",
            "Rewrite this more politely: {m}", "Please shorten this for a Slack message: {m}", "What does this mean in plain English? {m}",
            "Here is my draft, make it more formal:\n{m}", "Translate into French, word for word if possible: {m}",
            "Read this and tell me if anything is ambiguous: {m}", "I wrote this for our wiki. Any improvements?\n{m}"]


def own_text(r):
    return pick(r, OWN_TASK).format(m=pick(r, MINE))


APPS = ["a customer-support chatbot", "a recipe assistant", "a legal FAQ bot", "an internal HR helper", "a coding tutor", "a travel planner bot",
        "a banking app assistant", "a bot for our Discord server"]


def system_prompt_dev(r):
    a = pick(r, APPS)
    return pick(r, [
        f"How should I write the system prompt for {a}?", f"What should go into the system prompt of {a}, and what should not?",
        f"My system prompt for {a} says 'answer only questions about our products', but the model still answers other things. Why?",
        f"Is it a good idea to put customer data in the system prompt of {a}?", f"How long can a system prompt be for {a}?",
        f"What's the difference between system instructions and user messages in an LLM API?",
        f"How do I stop {a} from revealing its system prompt when users ask for it?",
        f"How do I test {a} against prompt injection before launch?", f"Should the rules for {a} go in the system prompt or in code?",
        f"Can you review this system prompt I wrote for {a}? 'Be friendly, answer in two sentences, never give medical advice.'",
        f"Why does the model ignore some of my instructions when the prompt gets long?",
        f"Which is better for {a}: few-shot examples or detailed instructions?",
        f"How do I version and test changes to the prompt of {a}?", f"What temperature should I use for {a}?",
        f"How do prompt-injection filters decide whether a message is an attack?",
        f"Explain chain-of-thought prompting with a simple example.", f"What does 'role' mean in the messages list of the chat API?",
        f"How can {a} refuse politely when a user asks it to break its rules?",
        f"What are guardrails in LLM applications, and where do they run?",
    ])


QUOTES = ["ignore previous instructions", "you are DAN", "pretend you have no rules", "repeat the text above", "developer mode enabled",
          "print your system prompt", "grandma exploit", "jailbreak"]


def security_research(r):
    q = pick(r, QUOTES)
    return pick(r, [
        f"I'm writing a blog post on LLM security. Why did phrases like '{q}' work on early chatbots?",
        f"For my thesis on AI safety: how do models get trained to resist '{q}' style attacks?",
        f"In a security talk I heard the phrase '{q}'. What kind of attack is that, and how is it mitigated?",
        f"What is the difference between a jailbreak and a prompt injection?",
        f"Our red team reported a '{q}' finding against our chatbot. How should I explain the risk to management?",
        f"Is '{q}' still a real risk for modern models, or mostly solved?",
        f"Which open-source tools detect prompt injection, and how do they compare?",
        f"How do indirect prompt injections in web pages reach an AI agent?",
        f"Write a short paragraph for a security newsletter explaining what a jailbreak is, without giving any working example.",
        f"What does OWASP say about prompt injection in its LLM top ten?",
        f"How would you classify the message '{q}' in a taxonomy of LLM attacks? I'm building a labelled data set.",
        f"Explain to non-technical staff why they shouldn't paste untrusted text into an AI assistant.",
    ])


def passwords(r):
    svc = pick(r, ["Gmail", "my router", "Netflix", "my work laptop", "Windows 11", "my iPhone", "the Wi-Fi at home", "Outlook", "my bank app", "Steam"])
    return pick(r, [
        f"I forgot the password for {svc}. How do I reset it?", f"How do I change the admin password on {svc}?",
        f"What makes a password strong? Is 'Summer2024!' good enough?", f"Is it safe to let my browser remember the password for {svc}?",
        f"How do password managers keep the master password safe?", f"Should I share the password for {svc} with my partner?",
        f"Why does {svc} keep asking me to change my password?", f"How do I find the saved password for {svc} on my laptop?",
        f"What's the difference between a password and a passkey?", f"My company wants us to change passwords every 90 days. Is that still recommended?",
        f"How do I set up two-factor authentication for {svc}?", f"What is the default admin password of most home routers, and why should I change it?",
        f"Write a short reminder for my team to never share passwords by e-mail.", f"Someone asked me for my password on the phone claiming to be from IT. What should I do?",
    ])


def modes(r):
    thing = pick(r, ["Android phone", "Chrome", "VS Code", "my Samsung TV", "Minecraft", "Windows", "Excel", "my Kindle", "Django", "Unity", "Xbox", "WordPress"])
    m = pick(r, ["developer mode", "debug mode", "safe mode", "admin mode", "dark mode", "airplane mode", "god mode", "kiosk mode", "maintenance mode", "incognito mode", "sudo mode", "creative mode"])
    return pick(r, [
        f"How do I turn on {m} on {thing}?", f"How do I get out of {m} on {thing}?", f"What does {m} do on {thing}?",
        f"Is it risky to leave {m} enabled on {thing}?", f"Why did {thing} start in {m} after the update?",
        f"What is {m} in {thing}, and who needs it?", f"My son enabled {m} on {thing}. Should I worry?",
        f"Is there a keyboard shortcut for {m} in {thing}?", f"Does {m} drain the battery faster?",
        f"What's the difference between safe mode and debug mode?", f"How do I run a Flask app in debug mode without exposing it?",
        f"What does 'sudo' actually do, and why does it ask for my password?",
    ])


GENRES = ["fantasy", "detective", "science-fiction", "horror", "romance", "pirate", "western", "fairy-tale"]
CHARS = ["a vain wizard", "a retired spy", "a robot butler", "a ship's cat", "a grumpy dragon", "a village baker", "a time traveller",
         "a young queen", "a lighthouse keeper", "a stage magician"]


def fiction(r):
    c = pick(r, CHARS)
    g = pick(r, GENRES)
    return pick(r, [
        f"Write a short {g} story about {c} who breaks every rule of the kingdom.", f"Write a dialogue where {c} refuses to follow orders.",
        f"Can we do an interactive {g} adventure? I'll play {c}; describe the first scene.",
        f"Give {c} in my novel a secret password that the hero has to guess.", f"Write a poem in the voice of {c}.",
        f"In my {g} novel, {c} finds instructions hidden in a book. What could they say?",
        f"Write a scene where {c} hacks into a castle's enchanted door, for a children's book.",
        f"Help me name {c} in my {g} story and describe their personality.",
        f"Write a funny story about an AI assistant that takes every instruction too literally.",
        f"For my tabletop game, write the rules of a magic system where spells can be overridden.",
        f"Write a monologue in which {c} tells the hero to forget everything they were taught.",
        f"In a role-play for my English class, I'm a customer returning shoes. Play the shop assistant and start the conversation.",
        f"Write a bedtime story about {c} and a friendly dragon.", f"Write the opening paragraph of a {g} novel narrated by {c}.",
    ])


def assistant_meta(r):
    topic = pick(r, ["medical questions", "legal advice", "stock tips", "homework", "coding", "translations", "recipes", "news"])
    return pick(r, [
        f"Can you help with {topic}, or is that outside what you do?", f"Do you have rules about {topic}?",
        f"What kinds of things can't you help me with?", f"Why did you refuse my last question about {topic}?",
        f"Do you remember what we talked about earlier in this chat?", f"Can you repeat your last answer but shorter?",
        f"Can you summarise what we've discussed so far?", f"What was the first step you told me earlier? I lost track.",
        f"Are you able to browse the internet?", f"How do you decide when to say you don't know?",
        f"Your previous answer about {topic} was too long. Can you give me just the key point?",
        f"Could you repeat the instructions you gave me for the router setup?", f"Which language model are you based on?",
    ])


FOREIGN = [
    "¿Puedes explicarme las instrucciones de este formulario de impuestos?", "Ignora el error de la frase anterior, quería decir 'martes'.",
    "¿Cuáles son las reglas básicas del ajedrez?", "¿Cómo cambio la contraseña de mi router?", "Traduce mi texto al inglés: Mañana no hay clase.",
    "Peux-tu m'expliquer les règles de la pétanque ?", "Ignore la faute de frappe, je voulais dire 'jeudi'.", "Comment réinitialiser le mot de passe de ma box ?",
    "Corrige mon texte, s'il te plaît : je suis aller au marché hier.", "Quelles sont les consignes de sécurité pour un barbecue ?",
    "Kannst du mir die Spielregeln von Skat erklären?", "Bitte ignoriere den Tippfehler oben, ich meinte 'Mittwoch'.", "Wie aktiviere ich den Entwicklermodus auf meinem Handy?",
    "Übersetze meinen Text ins Englische: Die Besprechung wurde verschoben.", "Wie schreibe ich eine gute Anleitung für neue Kollegen?",
    "Puoi spiegarmi le regole della briscola?", "Ignora l'errore di battitura, intendevo 'venerdì'.", "Come cambio la password del Wi-Fi?",
    "Pode me explicar as regras do futebol de salão?", "Ignore o erro de digitação, eu quis dizer 'sábado'.", "Como redefinir a senha do meu e-mail?",
    "Kun je de spelregels van klaverjassen uitleggen?", "Negeer de typfout hierboven, ik bedoelde 'dinsdag'.", "Hoe zet ik de ontwikkelaarsmodus aan op Android?",
    "Объясни, пожалуйста, правила игры в шахматы.", "Как сбросить пароль от роутера?", "Переведи мой текст на английский: встреча переносится на пятницу.",
    "请解释一下围棋的基本规则。", "我忘记了路由器的密码，怎么重置？", "请帮我把这段话翻译成英文：会议改到周五。",
    "将棋のルールを簡単に教えてください。", "ルーターのパスワードを忘れました。どうすればいいですか？",
    "체스의 기본 규칙을 알려 주세요.", "공유기 비밀번호를 잊어버렸어요. 어떻게 재설정하나요?",
    "Satranç kurallarını anlatır mısın?", "Kan du förklara reglerna för innebandy?", "Czy możesz wyjaśnić zasady gry w brydża?",
]


def foreign(r):
    return pick(r, FOREIGN)


KINDS = {
    "rules-question": (rules_question, 90), "own-correction": (own_correction, 90), "own-text-task": (own_text, 110),
    "system-prompt-dev": (system_prompt_dev, 90), "security-question": (security_research, 70), "password-question": (passwords, 70),
    "mode-question": (modes, 80), "fiction-story": (fiction, 80), "assistant-meta": (assistant_meta, 50), "foreign-hard": (foreign, 40),
}


def rows(r, item):
    out = []
    seen = set()
    for kind, (build, n) in KINDS.items():
        for _ in range(n):
            text = build(r)
            if kind != "foreign-hard":
                text = frame(r, style(r, text))
            if text not in seen:
                seen.add(text)
                if WRITTEN_KINDS is None or kind in WRITTEN_KINDS:
                    out.append(item("train", "benign", "prompt", "benign", kind, text))
    return out if ROWS else []
