"""Benign prompts that forward encoded text (issue 20, 2026-11-26, session 38): prompt-mode counter-examples.

With the prompt-mode pasted conversations of gen_train_transcripts.py the prompt head's threshold fell (0.858 ->
0.796) and a unit test's benign prompt crossed it: "Forwarding the note: " and a sentence with every byte
percent-encoded (0.839). A short lead and a run of hex pairs are what hex-encoded attacks look like to the scorer,
and train's benign encoded prompts (gen_train_more.py) percent-encode only what a URL must. These are ordinary
sentences forwarded, logged or asked about in six encodings (every byte as %XX, hex with and without spaces, \\xXX
escapes, base64, URL quoting), after a short lead or none. Counter-examples in every fold, like gen_train_more's.
Written from general knowledge; the unit test's own sentence is not among them. Its own random generator (seed 38039).
"""
import base64
import urllib.parse

import gen_benign as B

SEED = 38039

LEADS = ["Forwarding the message:", "FYI, the vendor's note:", "This came through the webhook:", "Log line:", "My colleague sent this:",
         "Found this in the notes field:", "", "", "Decode please:", "Got this in an email, what does it say?", "The QR code contains:",
         "What does this say?", "Copying the payload here:", "From the support ticket:", "Can you read this?", "Saw this in the logs, harmless?",
         "The form submitted:", "Text from the NFC tag:", "Passing along:", "Here's what the device reported:"]
TAILS = ["", "", "", "Thanks.", "Is it readable?", "Just checking it's not corrupted.", "What language is it in?"]
SENTENCES = ["The delivery for {name} arrives on Tuesday.", "Meeting moved to 3pm in room {n}.", "Invoice {id} has been paid in full.",
             "Please water the plants while I am in {place}.", "The quarterly numbers look good this time.", "Lunch is on me tomorrow.",
             "The printer on floor {n} is out of toner.", "Your table for four is booked for Friday.", "Backup finished without errors.",
             "The train to {place} leaves at 9:40.", "Thanks for the help with {topic}.", "Door code changes on Monday.",
             "Reminder: dentist at 4pm.", "The package was left with the neighbour.", "Order {id} shipped today.",
             "Temperature in the server room is normal.", "Happy birthday, {name}!", "See you at the conference in {place}."]


def every_byte(s):
    return "".join("%%%02X" % b for b in s.encode())


ENCODINGS = [every_byte, lambda s: s.encode().hex(" "), lambda s: s.encode().hex(), lambda s: "".join("\\x%02x" % b for b in s.encode()),
             lambda s: base64.b64encode(s.encode()).decode(), lambda s: urllib.parse.quote(s)]


def encoded_prompt(r):
    text = B.fill(r, B.pick(r, SENTENCES))
    lead, tail = B.pick(r, LEADS), B.pick(r, TAILS)
    return " ".join(x for x in [lead, B.pick(r, ENCODINGS)(text), tail] if x)


def rows(r, item):
    return [item("train", "benign", "prompt", "benign", "forwarded-encoded", text) for text in B.distinct(180, lambda: encoded_prompt(r))]
