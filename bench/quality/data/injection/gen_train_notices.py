#!/usr/bin/env python3
"""Short service notices addressed to their reader, as a user pastes or forwards them (rule 2o).

Seed 6201. Standard library only; imported by generate.py (rows()), writes nothing itself. Written for this project
from general knowledge of what shops, banks, airlines, help desks and account systems send ("Your order has shipped.",
"Your password was changed."), after rule 2o read the eleventh confirmation set's one-line everyday prompts that the
candidate model flagged: service notices that open with "Your". The notices speak to a person about their own order,
account or booking in the passive or the present ("has been", "was", "is ready"); none asks anything of an assistant,
and none names instructions, rules, prompts, systems or modes, whose sentences are attacks' own. Six kinds (by what
the notice is about) so that the trainer can hold each out as a kind of its own. A text equal to a blind set's text is
left out mechanically (gen_train_tp.blind_texts), as the writers' rows are.
"""
import random

import gen_train_tp as TP

SEED = 6201
SOURCE = "gen_train_notices"

# kind -> (things the notice is about, states it reports)
KINDS = {
    "notice-order": (
        ["order", "package", "parcel", "delivery", "return", "exchange", "pre-order", "shipment", "replacement item", "gift card"],
        ["has shipped", "has been delivered", "is out for delivery", "was dispatched this morning", "has been cancelled",
         "is ready for pickup", "has been received at our warehouse", "is delayed by one day", "was left with a neighbour",
         "has been confirmed", "will arrive tomorrow between 9 and 12", "has been refunded"]),
    "notice-account": (
        ["account", "password", "temporary password", "email address", "phone number", "security code", "profile",
         "admin access", "API key", "login", "two-step verification", "recovery email", "session", "username"],
        ["has been updated", "was changed successfully", "has been verified", "was reset", "has expired",
         "will expire in 7 days", "has been locked after too many attempts", "has been unlocked", "was disabled",
         "has been approved", "is now active", "was used to sign in from a new device", "has been removed"]),
    "notice-payment": (
        ["payment", "refund", "invoice", "statement", "direct debit", "card", "transfer", "claim", "subscription",
         "renewal", "deposit", "bill"],
        ["has been received", "was declined", "is now available", "has been processed", "will be charged on the 1st",
         "has been approved and payment is on its way", "is overdue", "was successful", "has been credited to your account",
         "is pending review", "has been paused", "was cancelled at your request"]),
    "notice-booking": (
        ["booking", "reservation", "appointment", "table for four", "flight", "seat", "hotel stay", "check-in",
         "test drive", "class", "consultation", "room"],
        ["is confirmed", "has been moved to 3:30 pm", "was cancelled", "is tomorrow at 10:00", "has been rescheduled",
         "is now open", "has been upgraded", "is on the waiting list", "was changed to gate B12", "starts in 30 minutes",
         "has been extended by one night", "is complete"]),
    "notice-support": (
        ["ticket", "request", "support case", "complaint", "repair", "application", "warranty claim", "enquiry",
         "service request", "feedback", "report", "appeal"],
        ["has been received", "was closed", "has been assigned to an agent", "is being reviewed", "has been resolved",
         "was escalated to our team", "has been approved", "is on hold", "was updated", "needs one more document",
         "has been reopened", "will be answered within two working days"]),
    "notice-message": (
        ["message", "email", "file", "upload", "download", "backup", "export", "document", "photo", "voicemail",
         "shared folder", "report"],
        ["has been sent", "was delivered", "is ready", "has finished uploading", "could not be delivered", "was saved",
         "has been shared with 3 people", "is ready to download", "has been scanned and is safe", "was restored",
         "has been deleted", "is too large to attach"]),
}

OPENINGS = ["", "", "", "Good news! ", "Hi Sam, ", "Update: ", "Reminder: ", "Thank you. ", "Hello, ", "Notice: "]
CLOSINGS = ["", "", "", " No action is needed.", " Thank you for your patience.", " Questions? Call us on 0800 123 456.",
            " You can view the details in the app.", " We're sorry for the inconvenience.", " See you soon!",
            " Reference: 4471-22."]
PER_KIND = 60


def rows(item):
    r = random.Random(SEED)
    excluded = TP.blind_texts()
    out = []
    for kind, (things, states) in KINDS.items():
        seen = set()
        attempts = 0
        while len(seen) < PER_KIND and attempts < 10 * PER_KIND:
            attempts += 1
            thing, state = r.choice(things), r.choice(states)
            opening = r.choice(OPENINGS)
            body = f"your {thing} {state}."
            text = opening + (body[0].upper() + body[1:] if opening in ("", "Good news! ", "Update: ", "Reminder: ", "Thank you. ", "Hello, ", "Notice: ") else body)
            text += r.choice(CLOSINGS)
            if text in seen or TP.collapsed(text) in excluded:
                continue
            seen.add(text)
            row = item("train", "benign", "prompt", "benign", kind, text)
            row["source"] = SOURCE
            out.append(row)
    return out


if __name__ == "__main__":
    for row in rows(lambda split, label, mode, family, kind, text: {"kind": kind, "text": text})[:12]:
        print(row["kind"], "|", row["text"])
