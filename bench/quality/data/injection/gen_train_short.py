"""Short non-prose TRAIN prompts (issue 20, part 6): benign counter-examples for the prompt head.

A prompt-mode scan also reads short strings that are not a person's message: a chat request's stop sequences, JSON
fragments, punctuation, code lines, configuration values, shell commands, log lines. The prompt head was hot on
such text (a stop value of two newlines scored 0.77 against its threshold of 0.89): its benign prompts are all
prose. This generator builds such strings from small grammars, written for this project from general knowledge of
the formats; nothing here was written by reading dev or out-of-family texts or their templates. Benign only, prompt
mode only, one kind (`non-prose`), 333 texts; its own seed, so dev.jsonl and ood.jsonl stay byte for byte as they were.

It writes nothing at present (ROWS): trained on in every fold as counter-examples, they lowered the prompt head's
recall on cross-validation that holds out families and kinds from 0.598 to 0.488 (0.478-0.484 with the texts
weighted 0.03-0.3: AdaGrad steps hardly shrink with the weight). The bias fell from -0.1 to -1.5 and short attacks of
held-out families (multilingual 0.28 -> 0.04) fell with it: the head recognises families it has not seen partly by
not having learnt that short unfamiliar text is benign. A feature for the window's length did worse (0.43).
"""
import json

SEED = 6006

# Whether generate.py writes the rows (see above: no).
ROWS = False

KEYS = ["id", "name", "type", "status", "count", "value", "enabled", "tags", "created_at", "user_id", "items", "price", "limit", "offset",
        "model", "temperature", "max_tokens", "top_p", "stream", "stop", "seed", "format", "lang", "version", "path", "retries", "timeout_ms"]
WORDS = ["alpha", "beta", "draft", "ok", "error", "pending", "done", "blue", "north", "main", "release", "v2", "cache", "queue", "west-1",
         "default", "none", "auto", "json", "text", "low", "high", "primary", "backup", "eu", "prod", "staging"]
STOPS = ["\n", "\n\n", "\n\n\n", "###", "---", "END", "</s>", "<|end|>", "\nUser:", "\nHuman:", "\nQ:", "Observation:", "```", "\r\n",
         ".", "?", "!", ";", "\t", "||", "==", "%%", "[END]", "\"\"\"", "'''", "\n#", "<!--", "-->", "EOF", "\u2029", "...", "\\n"]
PUNCT = [".", ",", ";", ":", "!", "?", "...", "—", "-", "--", "()", "[]", "{}", "<>", "\"\"", "''", "``", "/", "\\", "|", "*", "**", "#",
         "@", "&", "%", "^", "~", "=", "+", "_", "$", "…", "·", "•", "→", "«»", "¿?", "¡!"]
LANGS = ["python", "js", "go", "rust", "sql", "shell", "csharp", "yaml", "css"]
IDENT = ["x", "i", "n", "total", "items", "user", "config", "result", "buf", "data", "row", "req", "resp", "ctx", "err", "path", "opts", "acc"]
FUNCS = ["len", "print", "sum", "map", "filter", "parse", "load", "open", "split", "join", "fetch", "sort", "trim", "format", "now"]
COMMANDS = ["ls -la", "git status", "git log --oneline -5", "docker ps -a", "kubectl get pods -n default", "npm install", "pip install -r requirements.txt",
            "make test", "cd ..", "cat /etc/hosts", "grep -rn TODO src/", "tail -f app.log", "du -sh *", "chmod +x run.sh", "curl -I localhost:8080",
            "ssh deploy@10.0.0.12", "systemctl status nginx", "df -h", "ps aux | head", "echo $PATH", "export DEBUG=1", "python3 -m venv .venv"]
LEVELS = ["INFO", "WARN", "ERROR", "DEBUG", "TRACE"]
LOGS = ["connection closed", "request completed in {n} ms", "retrying ({n}/5)", "cache miss for key {w}", "worker {n} started",
        "listening on :{n}", "disk usage at {n}%", "timeout after {n}s", "user {n} signed in", "job {w} finished"]
EMOJI = ["👍", "🙂", "🎉", "✅", "❌", "🔥", "🤔", "🙏", "😂", "👀", "💡", "⚠️", "📎", "🚀"]
UNITS = ["kg", "km", "ms", "MB", "GB", "%", "°C", "px", "em", "s", "h", "€", "$"]


def pick(r, xs):
    return xs[r.randrange(len(xs))]


def scalar(r):
    kind = r.randrange(6)
    if kind == 0:
        return r.randrange(-50, 5000)
    if kind == 1:
        return round(r.random() * r.choice([1, 2, 100]), r.randrange(1, 4))
    if kind == 2:
        return pick(r, [True, False, None])
    return pick(r, WORDS)


def json_fragment(r):
    shape = r.randrange(6)
    if shape == 0:
        return json.dumps([pick(r, STOPS) for _ in range(r.randrange(1, 4))])
    if shape == 1:
        return json.dumps({pick(r, KEYS): scalar(r) for _ in range(r.randrange(1, 4))})
    if shape == 2:
        return json.dumps([scalar(r) for _ in range(r.randrange(1, 6))])
    if shape == 3:
        text = json.dumps({pick(r, KEYS): scalar(r) for _ in range(r.randrange(2, 5))})
        return text[: r.randrange(3, len(text))]
    if shape == 4:
        return f'"{pick(r, KEYS)}": {json.dumps(scalar(r))}' + pick(r, ["", ",", " }", "}"])
    return json.dumps({"stop": [pick(r, STOPS) for _ in range(r.randrange(1, 3))]})


def stop_sequence(r):
    stop = pick(r, STOPS)
    return pick(r, [stop, json.dumps(stop), json.dumps(stop)[1:-1], stop * r.randrange(1, 3)])


def punctuation(r):
    return pick(r, ["", " "]).join(pick(r, PUNCT) for _ in range(r.randrange(1, 6)))


def code_line(r):
    a, b, f = pick(r, IDENT), pick(r, IDENT), pick(r, FUNCS)
    return pick(r, [f"{a} = {f}({b})", f"for {a} in {b}:", f"if {a} > {r.randrange(100)}: return {b}", f"{a} := {f}({b})",
                    f"let {a} = {b}.{f}();", f"const {a} = await {f}({b});", f"{a}.{f}({b}, {r.randrange(10)});", f"return {a} ?? {b};",
                    f"SELECT {a}, {b} FROM {pick(r, WORDS)} WHERE id = {r.randrange(999)};", f"fn {f}({a}: i32) -> i32 {{ {a} + 1 }}",
                    f"{a}: {pick(r, WORDS)}", f".{a} {{ margin: {r.randrange(20)}px; }}", f"}} else {{", f"{a}[{r.randrange(8)}] += 1",
                    f"```{pick(r, LANGS)}", f"# {f} {a}", f"// {a}", "```", "};", "/* */", f"#include <{a}.h>", f"import {a}"])


def config_value(r):
    k, v = pick(r, KEYS), scalar(r)
    return pick(r, [f"{k}={v}", f"{k}: {v}", f"--{k.replace('_', '-')} {v}", f"{k.upper()}={v}", f"[{pick(r, WORDS)}]", f"{k} = \"{v}\"",
                    f"{r.randrange(1, 20)}.{r.randrange(30)}.{r.randrange(50)}", f"{r.randrange(256)}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(256)}:{r.randrange(1, 65535)}"])


def shell(r):
    return pick(r, ["", "$ ", "> "]) + pick(r, COMMANDS)


def log_line(r):
    message = pick(r, LOGS).format(n=r.randrange(1, 9999), w=pick(r, WORDS))
    return f"{2026}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}T{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}Z {pick(r, LEVELS)} {message}"


def tiny(r):
    n = r.randrange(1, 1000)
    return pick(r, [str(n), f"{n}{pick(r, UNITS)}", f"#{n}", pick(r, EMOJI), pick(r, EMOJI) * r.randrange(1, 4), f"{n} x {r.randrange(1, 50)}",
                    f"{n}/{r.randrange(1, 50)}", pick(r, WORDS), pick(r, WORDS).upper(), f"{pick(r, WORDS)}-{n}", f"{n},{r.randrange(1000)},{pick(r, WORDS)}",
                    f"| {pick(r, WORDS)} | {n} |", f"- [ ] {pick(r, WORDS)}", f"<{pick(r, IDENT)}>", f"</{pick(r, IDENT)}>", f"^[a-z]{{{r.randrange(1, 9)}}}$",
                    f"s/{pick(r, WORDS)}/{pick(r, WORDS)}/g", f"@{pick(r, IDENT)}", f"{pick(r, WORDS)}.{pick(r, ['txt', 'csv', 'png', 'json', 'log'])}"])


BUILDERS = [(json_fragment, 70), (stop_sequence, 40), (punctuation, 40), (code_line, 60), (config_value, 40), (shell, 25), (log_line, 25), (tiny, 60)]


def rows(r, item):
    out = []
    for build, n in BUILDERS:
        for _ in range(n):
            text = build(r)
            if text.strip():
                out.append(item("train", "benign", "prompt", "benign", "non-prose", text))
    return out if ROWS else []
