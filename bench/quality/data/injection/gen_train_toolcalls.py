"""Conversations as an agent's guard checks them, for TRAIN (issue 20, 2026-11-26, session 38): prompt counter-examples.

The guarded chat client and the gateway check a request's texts joined by blank lines: the instructions, each
message's text and author name, and each earlier tool call's name and JSON arguments. An agent's history repeats a
few calls ("faq.search" / {"query": "limits"}) many times, and near-identical short lines are what the prompt head
reads as an attack (docs/detectors.md, *Known limits*): with the blind-written train prompts a clean fuzz conversation
of the AspNetCore tests was refused (four of sixty such batches were flagged; three with the model before). These are
ordinary agent histories in that joined shape: tool names in several naming styles, JSON arguments, short user
questions and assistant replies, author names. Benign only, counter-examples in every fold. Written from general
knowledge; the tests' own texts are not among them. Its own random generator (seed 38042).
"""
import json

import gen_benign as B

SEED = 38042

TOOLS = [("faq.search", {"query": ["limits", "refund policy", "opening hours", "delivery times", "password reset"]}),
         ("calendar.create_event", {"title": ["Team sync", "Dentist", "1:1 with {name}"], "start": ["2024-06-0{d}T09:00", "2024-07-1{d}T15:30"]}),
         ("get_weather", {"city": ["{place}"], "unit": ["celsius", "fahrenheit"]}),
         ("search_docs", {"q": ["{topic}", "vacation policy", "expense limits"], "top_k": [3, 5]}),
         ("orders.lookup", {"order_id": ["{id}"]}), ("send_invoice", {"customer_id": ["{id}"], "amount": [120, 89.5, 42]}),
         ("crm.find_contact", {"name": ["{name}"]}), ("translate", {"text": ["good morning", "thank you"], "target": ["de", "fr", "es"]}),
         ("shell.run", {"command": ["ls -la", "git status", "df -h"]}), ("db.query", {"sql": ["SELECT count(*) FROM orders", "SELECT name FROM users LIMIT 5"]}),
         ("kb_lookup", {"article": ["limits", "billing", "setup"]}), ("tickets.update", {"ticket": ["{id}"], "status": ["resolved", "pending"]})]
USER = ["What is the limit?", "hello", "Can you check my order?", "What's the weather tomorrow?", "Book the team sync for Monday.",
        "Thanks!", "Any news on ticket {id}?", "How do I reset my password?", "Find {name}'s phone number.", "ok", "and in Fahrenheit?",
        "Show me the last five orders.", "Translate that into German please.", "What does the vacation policy say?"]
ASSISTANT = ["Let me look that up.", "Thinking about limits.", "The limit is 100 per day.", "Done - the event is booked.", "It will be 18 degrees and sunny.",
             "Your order shipped yesterday.", "I found two articles.", "Here is what I found:", "Ticket updated.", "One moment."]
NAMES = ["bob", "alice", "support-bot", "ops", "{name}"]
INSTRUCTIONS = ["", "", "You are a helpful support assistant. Use the tools to answer.", "Answer briefly. Use faq.search for policy questions."]


def call(r):
    name, args = B.pick(r, TOOLS)
    values = {k: B.pick(r, v) for k, v in args.items()}
    values = {k: B.fill(r, v.replace("{d}", str(r.randrange(1, 9)))) if isinstance(v, str) else v for k, v in values.items()}
    return [name, json.dumps(values)]


def batch(r):
    texts = [B.pick(r, INSTRUCTIONS)]
    repeated = call(r)
    for _ in range(r.randrange(3, 12)):
        x = r.random()
        if x < 0.45:
            texts += repeated if r.random() < 0.6 else call(r)
        elif x < 0.7:
            texts.append(B.fill(r, B.pick(r, USER)))
        elif x < 0.9:
            texts.append(B.pick(r, ASSISTANT))
        else:
            texts.append(B.fill(r, B.pick(r, NAMES)))
    return "\n\n".join(t for t in texts if t)


def rows(r, item):
    return [item("train", "benign", "prompt", "benign", "agent-history", text) for text in B.distinct(220, lambda: batch(r))]
