#!/usr/bin/env python3
"""Generates the boilerplate of compiler/Syntax node classes (constructor, properties, children, visitor
hooks) from the table below. Hand-written members live in the same files after the marker comment;
run once when adding a node: `python3 tools/gen_syntax.py`. Existing files are not overwritten."""
import os

# name, base, doc, fields ("Type Name", "?" optional, "!" overrides an abstract member of the base)
NODES = [
 ("CompilationUnitSyntax", "SyntaxNode", "A whole file: its top-level items (normally one policy or pack) and the end-of-file token.",
  ["ImmutableArray<ItemSyntax> Members", "SyntaxToken EndOfFile"]),
 ("BlockSyntax", "SyntaxNode", "<c>{ item* }</c>", ["SyntaxToken OpenBrace", "ImmutableArray<ItemSyntax> Items", "SyntaxToken CloseBrace"]),
 ("QualifiedNameSyntax", "SyntaxNode", "<c>airs.injection</c>: identifiers separated by dots.", ["SeparatedSyntaxList<SyntaxToken> Parts"]),
 ("PolicyDeclarationSyntax", "DeclarationSyntax", "<c>policy name { … }</c> or <c>pack airs.name { … }</c>.",
  ["SyntaxToken Keyword!", "QualifiedNameSyntax Name", "BlockSyntax Body!"]),
 ("UseItemSyntax", "ItemSyntax", "<c>use airs.injection</c> or <c>use \"./common.airs\"</c>: exactly one of Name and Path is set.",
  ["SyntaxToken UseKeyword", "QualifiedNameSyntax? Name", "SyntaxToken? Path"]),
 ("GuardDeclarationSyntax", "DeclarationSyntax", "<c>guard name on stage { … }</c>",
  ["SyntaxToken Keyword!", "SyntaxToken Name", "SyntaxToken OnKeyword", "SyntaxToken Stage", "BlockSyntax Body!"]),
 ("JudgeDeclarationSyntax", "DeclarationSyntax", "<c>judge name on stage { … }</c>",
  ["SyntaxToken Keyword!", "SyntaxToken Name", "SyntaxToken OnKeyword", "SyntaxToken Stage", "BlockSyntax Body!"]),
 ("ReviewDeclarationSyntax", "DeclarationSyntax", "<c>review name { … }</c>", ["SyntaxToken Keyword!", "SyntaxToken Name", "BlockSyntax Body!"]),
 ("BreakerDeclarationSyntax", "DeclarationSyntax", "<c>breaker name { … }</c>", ["SyntaxToken Keyword!", "SyntaxToken Name", "BlockSyntax Body!"]),
 ("ToolDeclarationSyntax", "DeclarationSyntax", "<c>tool \"orders.refund\" { … }</c>: the name is a string token.",
  ["SyntaxToken Keyword!", "SyntaxToken Name", "BlockSyntax Body!"]),
 ("AgentDeclarationSyntax", "DeclarationSyntax", "<c>agent name { … }</c>", ["SyntaxToken Keyword!", "SyntaxToken Name", "BlockSyntax Body!"]),
 ("IntentDeclarationSyntax", "DeclarationSyntax", "<c>intent { … }</c> inside an agent, a judge or a workflow: what it is for.", ["SyntaxToken Keyword!", "BlockSyntax Body!"]),
 ("WorkflowDeclarationSyntax", "DeclarationSyntax", "<c>workflow name { … }</c>: the agents that carry a workflow out, and its intent.", ["SyntaxToken Keyword!", "SyntaxToken Name", "BlockSyntax Body!"]),
 ("PaceDeclarationSyntax", "DeclarationSyntax", "<c>pace { state* }</c>", ["SyntaxToken Keyword!", "BlockSyntax Body!"]),
 ("TestDeclarationSyntax", "DeclarationSyntax", "<c>test \"name\" (on stage)? { … }</c>",
  ["SyntaxToken Keyword!", "SyntaxToken Name", "SyntaxToken? OnKeyword", "SyntaxToken? Stage", "BlockSyntax Body!"]),
 ("PaceStateSyntax", "DeclarationSyntax", "<c>alternate when judge.failing { … }</c> or <c>emergency manual { … }</c>; Keyword is the level.",
  ["SyntaxToken Keyword!", "SyntaxToken? WhenKeyword", "PaceConditionSyntax? Condition", "SyntaxToken? ManualKeyword", "BlockSyntax Body!"]),
 ("PaceConditionSyntax", "SyntaxNode", "Triggers separated by <c>or</c>.", ["SeparatedSyntaxList<PaceTriggerSyntax> Triggers"]),
 ("JudgeFailingTriggerSyntax", "PaceTriggerSyntax", "<c>judge.failing</c> (any judge: Dot set, Name null) or <c>judge name failing</c>.",
  ["SyntaxToken JudgeKeyword", "SyntaxToken? Dot", "SyntaxToken? Name", "SyntaxToken FailingKeyword"]),
 ("BreakerOpenTriggerSyntax", "PaceTriggerSyntax", "<c>breaker name open</c>", ["SyntaxToken BreakerKeyword", "SyntaxToken Name", "SyntaxToken OpenKeyword"]),
 ("JudgeStubSyntax", "ItemSyntax", "<c>judge name returns fail</c> inside a test.",
  ["SyntaxToken JudgeKeyword", "SyntaxToken Name", "SyntaxToken ReturnsKeyword", "SyntaxToken Result"]),
 ("SettingSyntax", "ItemSyntax", "<c>keyword value</c>, e.g. <c>tier high</c>, <c>timeout 1500ms</c>, <c>sample { low: 1% }</c>.",
  ["SyntaxToken Keyword", "ExpressionSyntax Value"]),
 ("FlagSettingSyntax", "ItemSyntax", "A setting without a value: <c>writes</c>, <c>blocking</c>.", ["SyntaxToken Keyword"]),
 ("WhenSyntax", "ItemSyntax", "<c>when condition</c>", ["SyntaxToken WhenKeyword", "ExpressionSyntax Condition"]),
 ("MapsSyntax", "ItemSyntax", "<c>maps owasp.llm01, atlas.T0051.000</c>", ["SyntaxToken MapsKeyword", "SeparatedSyntaxList<StandardRefSyntax> References"]),
 ("StandardRefSyntax", "SyntaxNode", "<c>owasp.llm01</c>: identifiers or numbers separated by dots.", ["SeparatedSyntaxList<SyntaxToken> Parts"]),
 ("MessageActionSyntax", "ActionSyntax", "<c>block \"message\"?</c> or <c>flag \"message\"?</c>.", ["SyntaxToken Keyword!", "SyntaxToken? Message"]),
 ("SimpleActionSyntax", "ActionSyntax", "<c>allow</c> or <c>halt</c>.", ["SyntaxToken Keyword!"]),
 ("EscalateActionSyntax", "ActionSyntax", "<c>escalate review_name</c>", ["SyntaxToken Keyword!", "SyntaxToken Review"]),
 ("RedactActionSyntax", "ActionSyntax", "<c>redact spans with replacement</c>",
  ["SyntaxToken Keyword!", "ExpressionSyntax Target", "SyntaxToken WithKeyword", "ExpressionSyntax Replacement"]),
 ("PaceTransitionSyntax", "ActionSyntax", "<c>pace alternate</c>: move to a PACE level.", ["SyntaxToken Keyword!", "SyntaxToken Level"]),
 ("OnSyntax", "ItemSyntax", "<c>on fail|error|expiry action</c>", ["SyntaxToken OnKeyword", "SyntaxToken Event", "ActionSyntax Action"]),
 ("TripSyntax", "ItemSyntax", "<c>trip when blocked >= 20 within 5m per user</c>",
  ["SyntaxToken TripKeyword", "SyntaxToken WhenKeyword", "SyntaxToken Counter", "SyntaxToken OperatorToken", "ExpressionSyntax Threshold",
   "SyntaxToken WithinKeyword", "ExpressionSyntax Window", "SyntaxToken? PerKeyword", "SyntaxToken? Key"]),
 ("LimitDeclarationSyntax", "DeclarationSyntax", "<c>limit name { … }</c>", ["SyntaxToken Keyword!", "SyntaxToken Name", "BlockSyntax Body!"]),
 ("CountSyntax", "ItemSyntax", "<c>count requests</c>, <c>count tool_calls of \"x\"</c> or <c>count sum amount of \"x\"</c> (Argument set) in a limit.",
  ["SyntaxToken CountKeyword", "SyntaxToken Measure", "SyntaxToken? Argument", "SyntaxToken? OfKeyword", "SyntaxToken? Tool"]),
 ("LimitMaxSyntax", "ItemSyntax", "<c>max 60 within 1m per user</c> in a limit.",
  ["SyntaxToken MaxKeyword", "ExpressionSyntax Amount", "SyntaxToken WithinKeyword", "ExpressionSyntax Window", "SyntaxToken? PerKeyword", "SyntaxToken? Key"]),
 ("SendSyntax", "ItemSyntax", "<c>send</c>, <c>send 60</c> or <c>send 2 on output</c> in a test: decides the context set so far that many times before the expected one.",
  ["SyntaxToken SendKeyword", "SyntaxToken? Count", "SyntaxToken? OnKeyword", "SyntaxToken? Stage"]),
 ("WaitSyntax", "ItemSyntax", "<c>wait 1m</c> in a test: moves the test's clock on.", ["SyntaxToken WaitKeyword", "ExpressionSyntax Duration"]),
 ("ArgsSyntax", "ItemSyntax", "<c>args { name: type, … }</c>",
  ["SyntaxToken ArgsKeyword", "SyntaxToken OpenBrace", "SeparatedSyntaxList<ArgDeclarationSyntax> Arguments", "SyntaxToken CloseBrace"]),
 ("ArgDeclarationSyntax", "SyntaxNode", "<c>name?: type rule*</c>: Question is set for an optional argument.",
  ["SyntaxToken Name", "SyntaxToken? Question", "SyntaxToken Colon", "TypeSyntax Type", "ImmutableArray<ValueRuleSyntax> Rules"]),
 ("ContextSyntax", "ItemSyntax", "<c>context { user.email: string sensitive, … }</c>: the request-context attributes a policy declares.",
  ["SyntaxToken ContextKeyword", "SyntaxToken OpenBrace", "SeparatedSyntaxList<AttributeDeclarationSyntax> Attributes", "SyntaxToken CloseBrace"]),
 ("AttributeDeclarationSyntax", "SyntaxNode", "<c>user.tier?: string rule*</c>: Question is set for an optional attribute.",
  ["QualifiedNameSyntax Name", "SyntaxToken? Question", "SyntaxToken Colon", "TypeSyntax Type", "ImmutableArray<ValueRuleSyntax> Rules"]),
 ("ValueRuleSyntax", "SyntaxNode", "A rule after a declared type: <c>min 0</c>, <c>max 500</c>, <c>pattern /re/</c>, <c>one of \"a\", \"b\"</c> (OfKeyword set) or <c>sensitive</c> (no values).",
  ["SyntaxToken Keyword", "SyntaxToken? OfKeyword", "SeparatedSyntaxList<ExpressionSyntax> Values"]),
 ("NamedTypeSyntax", "TypeSyntax", "<c>string</c>, <c>number</c>, …", ["SyntaxToken Name"]),
 ("ListTypeSyntax", "TypeSyntax", "<c>[type]</c>", ["SyntaxToken OpenBracket", "TypeSyntax ElementType", "SyntaxToken CloseBracket"]),
 ("DelegatesSyntax", "ItemSyntax", "<c>delegates agent with [\"tool\"]</c>",
  ["SyntaxToken DelegatesKeyword", "SyntaxToken Agent", "SyntaxToken WithKeyword", "ExpressionSyntax Tools"]),
 ("SequenceSyntax", "ItemSyntax", "<c>after \"orders.lookup\" same order_id within 30m per session</c> in a tool: a call needs an earlier one; Same and Arguments are absent together.",
  ["SyntaxToken AfterKeyword", "SyntaxToken Tool", "SyntaxToken? SameKeyword", "SeparatedSyntaxList<SyntaxToken> Arguments", "SyntaxToken WithinKeyword",
   "ExpressionSyntax Window", "SyntaxToken? PerKeyword", "SyntaxToken? Scope"]),
 ("MaxDepthSyntax", "ItemSyntax", "<c>max depth 2</c>: the most delegations an agent chain may hold.",
  ["SyntaxToken MaxKeyword", "SyntaxToken DepthKeyword", "ExpressionSyntax Value"]),
 ("AgentActionSyntax", "ItemSyntax", "A PACE action on one agent: <c>isolate executor</c>, <c>read_only executor</c>, <c>handover executor</c>.",
  ["SyntaxToken Keyword", "SyntaxToken Agent"]),
 ("ExpectSyntax", "ItemSyntax", "<c>expect block by control</c>",
  ["SyntaxToken ExpectKeyword", "SyntaxToken Outcome", "SyntaxToken? ByKeyword", "SyntaxToken? Control"]),
 ("PaceActionSyntax", "ItemSyntax", "A PACE-state action: <c>judges off</c>, <c>enforce all</c>, <c>tools read_only</c>, <c>review all outputs</c> (Qualifier <c>outputs</c>), <c>respond fallback \"…\"?</c> (Message).",
  ["SyntaxToken Keyword", "SyntaxToken Argument", "SyntaxToken? Qualifier", "SyntaxToken? Message"]),
 ("AssignmentSyntax", "ItemSyntax", "<c>input.text = \"…\"</c> inside a test.", ["PathExpressionSyntax Target", "SyntaxToken EqualsToken", "ExpressionSyntax Value"]),
 ("SkippedTokensSyntax", "ItemSyntax", "Tokens the parser could not place, kept so the tree prints back the source; one diagnostic was reported for the run.",
  ["ImmutableArray<SyntaxToken> Tokens"]),
 ("BinaryExpressionSyntax", "ExpressionSyntax", "<c>left op right</c>; for <c>not in</c>, NotKeyword is set and OperatorToken is <c>in</c>.",
  ["ExpressionSyntax Left", "SyntaxToken? NotKeyword", "SyntaxToken OperatorToken", "ExpressionSyntax Right"]),
 ("UnaryExpressionSyntax", "ExpressionSyntax", "<c>not operand</c> or <c>-operand</c>", ["SyntaxToken OperatorToken", "ExpressionSyntax Operand"]),
 ("QuantifierExpressionSyntax", "ExpressionSyntax", "<c>any x in list: condition</c> or <c>all x in list: condition</c>; Quantifier is the identifier <c>any</c> or <c>all</c>.",
  ["SyntaxToken Quantifier", "SyntaxToken Variable", "SyntaxToken InKeyword", "ExpressionSyntax List", "SyntaxToken Colon", "ExpressionSyntax Body"]),
 ("LiteralExpressionSyntax", "ExpressionSyntax", "A string, text block, number, percent, duration, regex, <c>true</c> or <c>false</c>.", ["SyntaxToken Token"]),
 ("PathExpressionSyntax", "ExpressionSyntax", "<c>input.text</c>, <c>high</c>, <c>owasp.llm01</c>: identifiers separated by dots.", ["SeparatedSyntaxList<SyntaxToken> Segments"]),
 ("CallExpressionSyntax", "ExpressionSyntax", "<c>pii.found(output.text, [email])</c>",
  ["PathExpressionSyntax Callee", "SyntaxToken OpenParen", "SeparatedSyntaxList<ExpressionSyntax> Arguments", "SyntaxToken CloseParen"]),
 ("ListExpressionSyntax", "ExpressionSyntax", "<c>[a, b]</c>", ["SyntaxToken OpenBracket", "SeparatedSyntaxList<ExpressionSyntax> Elements", "SyntaxToken CloseBracket"]),
 ("ParenthesizedExpressionSyntax", "ExpressionSyntax", "<c>(expr)</c>", ["SyntaxToken OpenParen", "ExpressionSyntax Expression", "SyntaxToken CloseParen"]),
 ("ObjectLiteralExpressionSyntax", "ExpressionSyntax", "<c>{ low: 1%, high: 50% }</c>, only as a setting value.",
  ["SyntaxToken OpenBrace", "SeparatedSyntaxList<ObjectPropertySyntax> Properties", "SyntaxToken CloseBrace"]),
 ("ObjectPropertySyntax", "SyntaxNode", "<c>name: value</c>", ["SyntaxToken Name", "SyntaxToken Colon", "ExpressionSyntax Value"]),
 ("ErrorExpressionSyntax", "ExpressionSyntax", "An expression the parser gave up on (nesting too deep); its tokens are skipped.", ["SkippedTokensSyntax Skipped"]),
]

def parse_field(f):
    t, n = f.rsplit(" ", 1)
    override = n.endswith("!")
    n = n.rstrip("!")
    opt = t.endswith("?")
    return t, n, opt, override

def camel(n): 
    c = n[0].lower() + n[1:]
    return "@" + c if c in ("operator", "event", "checked") else c

root = os.path.join(os.path.dirname(__file__), "..", "compiler", "Syntax")
visits = []
for name, base, doc, fields in NODES:
    fs = [parse_field(f) for f in fields]
    visit = name[:-len("Syntax")]
    visits.append((name, visit))
    path = os.path.join(root, name + ".cs")
    if os.path.exists(path):
        continue
    uses_imm = any("ImmutableArray" in t for t, *_ in fs)
    lines = []
    if uses_imm:
        lines.append("using System.Collections.Immutable;")
        lines.append("")
    lines.append("namespace Airs.Compiler.Syntax;")
    lines.append("")
    lines.append(f"/// <summary>{doc}</summary>")
    lines.append(f"public sealed partial class {name} : {base}")
    lines.append("{")
    params = ", ".join(f"{t} {camel(n)}" for t, n, o, ov in fs)
    lines.append(f"    public {name}({params})")
    lines.append("    {")
    for t, n, o, ov in fs:
        lines.append(f"        {n} = {camel(n)};")
    lines.append("    }")
    for t, n, o, ov in fs:
        lines.append("")
        lines.append(f"    public {'override ' if ov else ''}{t} {n} {{ get; }}")
    lines.append("")
    lines.append("    protected override IEnumerable<SyntaxElement?> EnumerateChildren()")
    lines.append("    {")
    for t, n, o, ov in fs:
        if t.startswith("ImmutableArray"):
            lines.append(f"        foreach (var item in {n})")
            lines.append("        {")
            lines.append("            yield return item;")
            lines.append("        }")
        elif t.startswith("SeparatedSyntaxList"):
            lines.append(f"        foreach (var item in {n}.GetWithSeparators())")
            lines.append("        {")
            lines.append("            yield return item;")
            lines.append("        }")
        else:
            lines.append(f"        yield return {n};")
    lines.append("    }")
    lines.append("")
    lines.append(f"    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.Visit{visit}(this);")
    lines.append("")
    lines.append(f"    public override void Accept(SyntaxVisitor visitor) => visitor.Visit{visit}(this);")
    lines.append("}")
    open(path, "w").write("\n".join(lines) + "\n")

def visitor(generic):
    tr = "TResult" if generic else "void"
    out = ["namespace Airs.Compiler.Syntax;", ""]
    if generic:
        out += ["/// <summary>Dispatches on node type and returns a result; unhandled nodes go to <see cref=\"DefaultVisit\"/>.</summary>",
                "public abstract class SyntaxVisitor<TResult>", "{",
                "    public virtual TResult Visit(SyntaxNode node) => node.Accept(this);", "",
                "    protected abstract TResult DefaultVisit(SyntaxNode node);"]
    else:
        out += ["/// <summary>Dispatches on node type; unhandled nodes go to <see cref=\"DefaultVisit\"/> (nothing, unless overridden).</summary>",
                "public abstract class SyntaxVisitor", "{",
                "    public virtual void Visit(SyntaxNode node) => node.Accept(this);", "",
                "    protected virtual void DefaultVisit(SyntaxNode node)", "    {", "    }"]
    for name, v in visits:
        out += ["", f"    public virtual {tr} Visit{v}({name} node) => DefaultVisit(node);"]
    out += ["}"]
    return "\n".join(out) + "\n"

open(os.path.join(root, "SyntaxVisitor.cs"), "w").write(visitor(False))
open(os.path.join(root, "SyntaxVisitorOfT.cs"), "w").write(visitor(True))
