"""Benign TRAIN documents that speak to their human readers (issue 20, 2026-11-26): content-mode counter-examples.

Probes of 2026-11-26 found the content scorer flagging a quarter of short, ordinary notices: a note for reviewers not
to forward a draft, an e-mail's confidentiality footer ("if you are not the intended recipient, please delete this
message"), product copy about a company's chatbot, a message for the AI team, guidance for moderators. Its training
documents address an AI in exactly those shapes ("Note for the AI assistant: …"), and few benign ones address people
the same way, so "note for", "please delete" and "assistant" came to mean an attack. These texts are the human-addressed
halves of those shapes, in six kinds:

- `note-to-people`: a labelled notice to a human role ("Reminder for volunteers: …"), alone or after a short message;
- `email-footer`: an ordinary e-mail ending with the confidentiality, do-not-reply, unsubscribe or printing footers;
- `ai-product-copy`: help and marketing text that tells customers what a company's assistant or chatbot does;
- `editorial-note`: editor's, translator's, author's and reviewer's notes and corrections;
- `ai-team-message`: internal messages about models, prompts and AI tools, addressed to the people who run them;
- `form-instructions`: surveys, questionnaires and forms asking their respondents to rate, explain, describe or list
  (added after the first candidate flagged a unit test's survey; docs/detectors-log.md, *Notes to people*).

Written from general knowledge of office, retail and publishing text; no dev or out-of-family text or template was
opened (the probe sentences of docs/detectors-log.md, *Notes to people*, are not written here: they are the check). Its
own random generator (seed 26026). Written only with NOTES_ROWS=1: the model trained with them as counter-examples
(2026-11-26) flagged 8 of 295 out-of-family benign documents, none before, so it was not shipped (docs/detectors-log.md,
*Notes to people*).
"""
import os

import gen_benign as B

SEED = 26026
ROWS = os.environ.get("NOTES_ROWS", "0") != "0"

LABELS = ["Note", "Reminder", "Notice", "Message", "Memo", "Heads-up", "Update", "Request", "Action required", "Instructions",
          "Guidance", "Tip", "Please note", "Important", "FYI"]
ROLES = ["all staff", "the night shift", "volunteers", "new hires", "tenants", "parents", "drivers", "contractors", "the finance team",
         "students", "subscribers", "attendees", "the reviewers", "committee members", "the support desk", "warehouse staff", "nurses on ward 4",
         "project leads", "the cleaning crew", "guests", "exhibitors", "team captains", "interns", "the sales team", "editors", "moderators",
         "the AI team", "the data science team", "annotators", "the platform on-call engineer"]
TO_PEOPLE = [
    "do not forward this draft outside the team", "submit your expenses by the {n}th", "use the side entrance while the lobby is repainted",
    "ignore the earlier schedule and use the one attached", "reply to this thread with your availability", "bring a photo ID on the day",
    "delete old files from the shared drive before Friday", "lock the storeroom when you leave", "print two copies of the agenda",
    "check the fridge temperature every two hours and log it", "forget the old door code, it changes tonight", "read the updated policy before signing",
    "remove any post that shares a home address and warn the user", "escalate refund requests over $500 to a manager",
    "review the attached figures before the board meeting", "label every box with the room number", "keep the fire doors closed at all times",
    "disregard the reminder sent yesterday, it went out by mistake", "report any spill to the supervisor immediately",
    "switch off the projector after the last session", "do not share the wifi password with visitors", "answer every ticket within one working day",
    "retrain the churn model on the March labels and post the metrics", "do not paste customer data into public chatbots",
    "write your name on the sign-up sheet by the door", "rotate the API keys for the staging environment", "never leave the till unattended",
    "start the meeting without me if I am late", "send the signed forms to {name} in HR"]
OPENERS = ["Hi all,", "Good morning,", "Team,", "Hello everyone,", "Dear colleagues,", "Quick one:", "", "", ""]


cap = B.cap


def note_to_people(r):
    label, role, ask = B.pick(r, LABELS), B.pick(r, ROLES), B.fill(r, B.pick(r, TO_PEOPLE))
    shapes = [f"{label} for {role}: {ask}.", f"{label} to {role}: please {ask}.", f"To {role}: {ask}. Thanks!",
              f"{cap(role)}, please {ask}.", f"{label} ({role}): {ask}.", f"{label} for {role} - {ask}, and thank you for your patience.",
              f"If you are one of {role}, please {ask}.", f"This message is for {role} only: {ask}."]
    text = B.pick(r, shapes)
    if r.random() < 0.4:
        text = f"{B.pick(r, OPENERS)} {cap(B.fill(r, B.pick(r, BODIES)))} {text}".strip()
    return text


BODIES = ["the quarterly review went well and the numbers are in the shared folder.", "the office will be closed on Monday for the holiday.",
          "we moved the stand-up to 9:30 from next week.", "thanks again for all the work on the {product} launch.",
          "the new coffee machine arrived; instructions are taped to the side.", "{name} is covering for me while I am in {place}.",
          "the parking permits for next year are ready for collection.", "the invoice for March is attached.",
          "the trip to {place} is confirmed for the {n}th.", "your order {id} has shipped and should arrive within three days."]


FOOTERS = [
    "This e-mail and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete this message.",
    "If you have received this message in error, please delete it and inform the sender. Any unauthorised use or disclosure is prohibited.",
    "Please do not reply to this e-mail. This mailbox is not monitored.", "This is an automated message; replies are not read.",
    "To stop receiving these e-mails, click unsubscribe at the bottom of this page.", "Please consider the environment before printing this e-mail.",
    "Sent from my phone - please excuse any typos.", "Never share your password or one-time code with anyone, including our staff.",
    "You are receiving this because you signed up at our store. Manage your preferences in your account.",
    "Confidentiality notice: the information in this message may be privileged. If you are not the named addressee, do not read, copy or forward it."]
SIGNOFFS = ["Best regards,\n{name}", "Thanks,\n{name}", "Kind regards,\n{name}\nOffice Manager", "Cheers,\n{name}", "Sincerely,\nThe {product} team"]


def email_footer(r):
    body = " ".join(cap(B.fill(r, s)) for s in r.sample(BODIES, r.randrange(1, 4)))
    return f"{B.pick(r, ['Hi', 'Hello', 'Dear'])} {B.pick(r, B.NAMES)},\n\n{cap(body)}\n\n{B.fill(r, B.pick(r, SIGNOFFS))}\n\n{B.pick(r, FOOTERS)}"


ASSISTANTS = ["Our virtual assistant", "Our AI assistant", "The chatbot", "Our support bot", "The assistant in the app", "Our AI helper", "The shopping assistant"]
CAN = ["can track your order, change your delivery address and answer billing questions", "answers questions about opening hours and returns around the clock",
       "helps you find the right size before you buy", "can book, move or cancel your appointment", "suggests recipes based on what is in your basket",
       "summarises your account activity every month", "can reset your password if you verify your e-mail address"]
CANNOT = ["For refunds, please call our team.", "It cannot issue refunds or change prices.", "A person will take over if it cannot help.",
          "It never asks for your full card number.", "Complex cases are passed to a human agent within one working day.", "Type 'agent' at any time to reach a person."]


def ai_product_copy(r):
    text = f"{B.pick(r, ASSISTANTS)} {B.pick(r, CAN)}. {B.pick(r, CANNOT)}"
    if r.random() < 0.5:
        text += " " + B.pick(r, ["Ask it anything in the chat window.", "Tap the speech bubble to start.", "It is available in English and Spanish.",
                                 "Conversations are stored for 30 days.", "You can switch it off in Settings."])
    return text


EDITORIAL = ["Editor's note: this article was updated on {n} June to correct a date.", "Translator's note: the pun in the original does not survive in English.",
             "Author's note: names have been changed to protect privacy.", "Correction: an earlier version of this story misspelled {name}'s surname.",
             "Reviewer's comment: please expand section {n} and cite the survey.", "Note for the reader: figures are in thousands of euros unless stated otherwise.",
             "Note on sources: interviews were conducted in {place} in {n} sessions.", "Editor's note: the author works for a company mentioned in this piece.",
             "Publisher's note: this edition restores two chapters cut from the first printing.", "Note to the reader: skip the appendix unless you need the derivations."]


def editorial_note(r):
    note = B.fill(r, B.pick(r, EDITORIAL))
    return note if r.random() < 0.5 else f"{note} {B.fill(r, B.pick(r, BODIES)).capitalize()}"


AI_TEAM = ["For the AI team: the evaluation results are in the shared drive; please review them before stand-up.",
           "ML platform update: the new model is live in staging. Please run the regression suite and report any drift.",
           "LLM usage policy for staff: do not paste customer data or source code into public chatbots.",
           "Prompt review: {name}, please tighten the system prompt for the billing bot so it stops offering discounts.",
           "Annotators: label each chat as resolved or unresolved; ignore the sentiment field for now.",
           "Reminder for the data science team: the GPU cluster is reserved for the retraining run this weekend.",
           "Heads-up: the chatbot vendor will patch their moderation filter on Thursday night.",
           "Guidelines for reviewers of AI output: check every figure against the source before publishing.",
           "The model card for v{n} is ready; please read the limitations section before the launch meeting.",
           "On-call note: if the assistant's error rate rises above {n}%, roll back to the previous model version."]


def ai_team_message(r):
    text = B.fill(r, B.pick(r, AI_TEAM))
    return text if r.random() < 0.6 else f"{B.pick(r, OPENERS)} {text} Thanks, {B.pick(r, B.NAMES)}".strip()


FORMS = ["Survey", "Questionnaire", "Feedback form", "Application form", "Evaluation", "Sign-up sheet", "Incident report form", "Exit interview",
         "Booking form", "Claim form", "Volunteer form", "Workshop feedback", "Enrolment form", "Tenant questionnaire"]
FORM_ASKS = ["rate each session from 1 to 10", "explain your choice in the box below", "describe what happened in your own words",
             "list any dietary requirements", "answer all questions in section B", "give the date and time of the incident",
             "tell us which workshop you found most useful", "write your student number at the top of every page", "sign and date the declaration",
             "state how you heard about us", "summarise your reasons for leaving in a few lines", "circle the option that fits best",
             "mention any accessibility needs", "print your name in capital letters", "include your policy number on every page",
             "add any comments for the organisers at the end", "choose one answer per question", "explain any answer you marked 'other'"]


def form_instructions(r):
    form, asks = B.pick(r, FORMS), r.sample(FORM_ASKS, r.randrange(1, 4))
    text = f"{form}: " + " ".join(cap(a) + "." for a in asks)
    if r.random() < 0.4:
        text += " " + B.pick(r, ["Thank you for your time.", "All answers are confidential.", "Return the form to reception.",
                                 "It takes about five minutes.", "Questions? Ask a member of staff."])
    return text


KINDS = {"note-to-people": (note_to_people, 120), "email-footer": (email_footer, 80), "ai-product-copy": (ai_product_copy, 70),
         "editorial-note": (editorial_note, 60), "ai-team-message": (ai_team_message, 70), "form-instructions": (form_instructions, 70)}


def rows(r, item):
    out, seen = [], set()
    for kind, (build, n) in KINDS.items():
        for _ in range(n):
            text = build(r)
            if text not in seen:
                seen.add(text)
                out.append(item("train", "benign", "content", "benign", "notes-" + kind, text))
    return out if ROWS else []
