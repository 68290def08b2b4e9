#!/usr/bin/env python3
# Buckets a perf profile of the sidecar by part: `perf script -i FILE | python3 bench/load/perf-buckets.py [x]`
# (x also lists what fell in no bucket). Whole-stack matches first (compiler thread, GC, idle spinning, fsync), then the
# innermost frame that names a part. docs/benchmarks.md, "Where a decision's CPU goes".
import sys, re, collections
# perf script output: samples separated by blank lines; first line header, then frames leaf->root
rules = [
 ("jit(tiering)", ["COMM:.NET Tiered", "libclrjit"]),
 ("gc", ["COMM:.NET BGC", "COMM:.NET Server GC", "COMM:.NET GC"]),
 ("tp-spin/idle", ["LowLevelLifoSemaphore::Wait", "LowLevelLifoSemaphore::WaitForSignal"]),
 ("gc", ["gc_heap::", "WKS::", "SVR::", "GCHeap::"]),
 ("fsync", ["fsync", "fdatasync"]),
 ("sqlite-writer", ["AdoWriteQueue", "SqliteAudit", "SqliteAirsStore", "sqlite3"]),
 ("audit-build/hash", ["DecisionAudit", "AuditChain", "HMAC", "Sha256", "SHA256", "AuditRecord"]),
 ("telemetry", ["EngineTelemetry", "Activity", "Metrics", "Histogram", "Counter`"]),
 ("policy-eval", ["Airs.Generated", "EvaluateGuardrails", "Detectors"]),
 ("engine-other", ["PolicyEngine"]),
 ("body-parse", ["DecisionBody", "RequestBody", "StrictJson"]),
 ("response-json", ["WriteDecision", "DecisionJson"]),
 ("send", ["__send", "sendmsg", "sendto"]),
 ("recv", ["__libc_recv", "recvfrom", "recvmsg"]),
 ("epoll", ["epoll_wait", "epoll_ctl"]),
 ("sidecar-other", ["Airs.Runtime.AspNetCore"]),
 ("kestrel/aspnet", ["Microsoft.AspNetCore"]),
 ("futex/wake", ["futex"]),
 ("threadpool", ["ThreadPool", "PortableThreadPool", "WorkerThread"]),
]
counts = collections.Counter(); total = 0
def classify(frames):
    # search leaf->root for first rule matching any frame? Use priority order: check rules in order over whole stack
    s = "\n".join(frames)
    for name, keys in rules[:5]:
        for k in keys:
            if k in s: return name
    for fr in frames:
        for name, keys in rules[5:]:
            for k in keys:
                if k in fr: return name
    f=[x for x in frames if "[unknown]" not in x and not x.startswith("COMM")]
    return "other:" + frames[0][:22] + " " + (f[0].split()[1][:60] if f and len(f[0].split())>1 else "?")
frames=[]; inside=False
for line in sys.stdin:
    line=line.rstrip("\n")
    if not line.strip():
        if frames: counts[classify(frames)] += 1; total += 1
        frames=[]; inside=False; continue
    if not inside:
        inside=True; frames.append("COMM:"+line.split("  ")[0]); continue
    frames.append(line.strip())
if frames: counts[classify(frames)] += 1; total += 1
other = sum(v for k,v in counts.items() if k.startswith("other:"))
for k,v in counts.most_common():
    if not k.startswith("other:"): print(f"{k:20s} {v:6d} {100*v/total:5.1f}%")
print(f"{'other':20s} {other:6d} {100*other/total:5.1f}%  total {total}")
if len(sys.argv)>1:
    for k,v in counts.most_common(40):
        if k.startswith("other:"): print("   ",v,k)
