using System.Collections.Frozen;
using System.Collections.Immutable;
using Airs.Compiler.Syntax;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;

namespace Airs.Compiler.Schema;

/// <summary>
/// The language's one table of blocks: what each block takes, with one line of documentation per keyword, and what
/// each stage reads. The parser suggests and resynchronises from it, the binder sorts block items with it, the
/// language server completes and describes from it, and docs/keywords.md is generated from it.
/// </summary>
public static class LanguageSchema
{
    public static readonly BlockShape TopLevel = new("file", "a file", "a policy file")
    {
        Items = [K("policy", "a policy: the controls protecting one AI system"), K("pack", "a reusable pack of controls (`use airs.x` brings one in)")],
        Accepts = i => i is PolicyDeclarationSyntax,
    };

    public static readonly BlockShape Policy = new("policy", "policy", "a policy: the controls protecting one AI system")
    {
        Settings =
        [
            S("version", ValueKind.String, "the policy's version string"),
            S("owner", ValueKind.String, "who owns the policy"),
            S("tier", ValueKind.Tier, "the risk tier: `low`, `medium`, `high` or `critical`"),
            S("model", ValueKind.Model, "a named judge model provided by the host"),
            S("tools", ValueKind.ToolList, "the tools granted to the AI system: `tools [\"x\"]`"),
        ],
        Items =
        [
            K("use", "brings in a standard pack (`use airs.pii`) or a file (`use \"./common.airs\"`)"),
            K("max", "the most delegations an `agent.chain` may hold: `max depth 2`") with { Form = "max depth" },
            K("context", "declares the host's context attributes: `context { user.plan: string }`"),
            K("guard", "a deterministic check on one stage: `when` a condition holds, one action"),
            K("judge", "an independent model grades what guardrails cannot"),
            K("review", "a human review queue with an SLA"),
            K("breaker", "a circuit breaker: halts AI traffic when controls keep firing"),
            K("limit", "a rate limit or spend cap: requests, tokens, cost or tool calls counted per user, session, agent or globally"),
            K("tool", "a tool the model may call, with typed arguments; tools are default-deny"),
            K("agent", "an agent identity with the tools it may call and delegate"),
            K("workflow", "a workflow: the agents that carry it out, and its intent"),
            K("pace", "the degradation plan: primary, alternate, contingency, emergency"),
            K("test", "a test: a context and the expected outcome"),
        ],
        Note = "A pack (`pack airs.name { … }`) takes the same items.",
        Accepts = item => item is DeclarationSyntax or UseItemSyntax or ContextSyntax or MaxDepthSyntax && item is not (PaceStateSyntax or IntentDeclarationSyntax),
    };

    public static readonly BlockShape Guard = new("guard", "guard", "a deterministic check on one stage: `when` a condition holds, one action")
    {
        Settings =
        [
            S("id", ValueKind.String, "a stable control id for reports, e.g. `\"GR-IN-01\"`"),
            S("mode", ValueKind.Mode, "`enforce` (default) or `detect` (record only)"),
        ],
        Items =
        [
            K("when", "the condition under which the guard acts"),
            K("block", "refuses the request, optionally with a message"),
            K("flag", "records a finding and lets the request through"),
            K("allow", "explicitly allows"),
            K("halt", "stops all AI traffic (strictest outcome)"),
            K("escalate", "sends the request to a human review queue"),
            K("redact", "replaces the matched spans: `redact pii.spans(output.text, [email]) with mask`"),
            K("pace", "moves the policy to a PACE level: `pace alternate`"),
            K("maps", "the standards this control covers (`owasp.llm01`, `atlas.T0051`, `eu.art15`)"),
        ],
        Accepts = i => i is WhenSyntax or ActionSyntax or MapsSyntax,
    };

    public static readonly BlockShape Judge = new("judge", "judge", "an independent model grades what guardrails cannot")
    {
        Settings =
        [
            S("id", ValueKind.String, "a stable control id for reports, e.g. `\"GR-IN-01\"`"),
            S("mode", ValueKind.Mode, "`enforce` (default) or `detect` (record only)"),
            S("model", ValueKind.Model, "the model that grades, one the policy declares"),
            S("challenger", ValueKind.Model, "a second model compared with the judge's"),
            S("sample", ValueKind.Sample, "the share of traffic judged, e.g. `10%` or `{ low: 1%, high: 50% }`"),
            S("timeout", ValueKind.Duration, "how long the judge may take, e.g. `1500ms`"),
            S("prompt", ValueKind.Text, "the judge's prompt; `{{ output.text }}` inserts a context field"),
            S("confidence", ValueKind.Fraction, "the confidence band: a verdict below it is uncertain (`on uncertain`, default: escalate)"),
        ],
        Flags = [K("blocking", "the judge's verdict is awaited before answering")],
        Items =
        [
            K("when", "the judge runs only on decisions where this condition holds"),
            K("maps", "the standards this control covers (`owasp.llm01`, `atlas.T0051`, `eu.art15`)"),
            K("on", "what to do on an event: `on fail block`, `on error flag`, `on uncertain escalate q`"),
            K("intent", "what the judge is for, and when it runs: `intent { goal \"…\"  evaluate per_phase }`"),
        ],
        Events =
        [
            K("fail", "the judge found a problem"),
            K("error", "the judge could not answer (error or timeout)"),
            K("uncertain", "the verdict's confidence is below the judge's `confidence` band"),
        ],
        Note = "`sample 100% when prompt_injection fired` raises the sample while a guard of the judge's stage fired.",
        Accepts = i => i is MapsSyntax or OnSyntax or WhenSyntax or SampleWhenSyntax or IntentDeclarationSyntax,
    };

    public static readonly BlockShape Review = new("review", "review", "a human review queue with an SLA")
    {
        Settings = [S("sla", ValueKind.Duration, "how long a review may take, e.g. `4h`")],
        Items = [K("on", "what to do when the review is not done in time: `on expiry block \"…\"`")],
        Events = [K("expiry", "the SLA ran out before a reviewer decided")],
        Accepts = i => i is OnSyntax,
    };

    public static readonly BlockShape Breaker = new("breaker", "breaker", "a circuit breaker: halts AI traffic when controls keep firing")
    {
        Settings =
        [
            S("cooldown", ValueKind.Duration, "how long the breaker stays open"),
            S("fallback", ValueKind.String, "the text served while the breaker is open"),
        ],
        Items = [K("trip", "when the breaker opens: `trip when blocked >= 20 within 5m per user` (per `global`, `user`, `session` or `agent`)")],
        Accepts = i => i is TripSyntax,
    };

    public static readonly BlockShape Limit = new("limit", "limit", "a rate limit or spend cap: requests, tokens, cost or tool calls counted per user, session, agent or globally")
    {
        Settings =
        [
            S("id", ValueKind.String, "a stable control id for reports, e.g. `\"LM-01\"`"),
            S("mode", ValueKind.Mode, "`enforce` (default) or `detect` (record only; requests are still counted)"),
            S("warn", ValueKind.Share, "records a warning from this share of the limit on, e.g. `warn 80%`"),
            S("price", ValueKind.Number, "the price of one token, for `count cost`, e.g. `price 0.000002`"),
        ],
        Items =
        [
            K("count", "what the limit counts: `requests`, `tokens`, `cost`, `tool_calls` (`of \"tool\"`) or `sum amount of \"tool\"`"),
            K("max", "the limit and its window: `max 60 within 1m per user` (`per` `user`, `session`, `agent` or `global`, the default)"),
            K("on", "what happens past the limit: `on exceed block \"…\"` (the default) or `on exceed escalate review_name`"),
            K("maps", "the standards this control covers (`owasp.llm10`)"),
        ],
        Events = [K("exceed", "the request does not fit in the limit")],
        Accepts = i => i is CountSyntax or LimitMaxSyntax or OnSyntax or MapsSyntax,
    };

    public static readonly BlockShape Tool = new("tool", "tool", "a tool the model may call, with typed arguments; tools are default-deny")
    {
        Flags = [K("writes", "the tool changes state (PACE `tools read_only` refuses it)")],
        Items =
        [
            K("args", "the tool's typed arguments: `args { amount: number }`"),
            K("after", "a call needs an earlier allowed call in the session: `after \"orders.lookup\" same order_id within 30m per session`"),
        ],
        Accepts = i => i is ArgsSyntax or SequenceSyntax,
    };

    public static readonly BlockShape Agent = new("agent", "agent", "an agent identity with the tools it may call and delegate")
    {
        Settings =
        [
            S("tools", ValueKind.ToolList, "the tools this agent may call: `tools [\"x\"]`"),
            S("approval", ValueKind.ToolList, "the tools that need human approval"),
            S("task", ValueKind.String, "deprecated: what the agent is for; write `intent { goal \"…\" }`"),
            S("backup", ValueKind.Agent, "the agent that takes over this one's work when PACE hands it over: `backup executor_standby`"),
        ],
        Items =
        [
            K("delegates", "lets another agent use some of this agent's tools: `delegates executor with [\"x\"]`"),
            K("intent", "what the agent is for: its goal, success and failure criteria, tools, data and evaluation frequency"),
        ],
        Accepts = i => i is DelegatesSyntax or IntentDeclarationSyntax,
    };

    public static readonly BlockShape Intent = new("intent", "intent", "what an agent, a judge or a workflow is for, and when actions are evaluated against it")
    {
        Settings =
        [
            S("goal", ValueKind.String, "the goal, in one sentence"),
            S("success", ValueKind.Criteria, "named success criteria: `success { refund_issued: \"…\" }`"),
            S("failure", ValueKind.Criteria, "named failure criteria: `failure { over_refund: \"…\" }`"),
            S("tools", ValueKind.ToolList, "the tools the goal needs (an agent's intent); each must be granted to the agent"),
            S("data", ValueKind.StringList, "the data the goal may touch (an agent's intent): `data [\"orders\"]`"),
            S("evaluate", ValueKind.Frequency, "when actions are evaluated against the intent: `every_action`, `per_phase` or `after_execution`; the default comes from the tier"),
        ],
    };

    public static readonly BlockShape Workflow = new("workflow", "workflow", "a workflow: the agents that carry it out, and its intent")
    {
        Settings = [S("agents", ValueKind.AgentList, "the agents that carry the workflow out: `agents [intake, planner]`")],
        Items = [K("intent", "the workflow's goal and criteria; every criterion must be one of its agents' criteria")],
        Accepts = i => i is IntentDeclarationSyntax,
    };

    public static readonly BlockShape Test = new("test", "test", "a test: a context and the expected outcome")
    {
        Items =
        [
            K("expect", "the outcome a test expects, and optionally which control causes it"),
            K("judge", "scripts a judge's answer: `judge safety returns fail`"),
            K("send", "decides the context set so far before the expected request, once or `send 60` times (`send on output` for another stage)"),
            K("wait", "moves the test's clock on between requests: `wait 1m`"),
        ],
        Note = "Besides these, a test holds assignments such as `input.text = \"…\"`; `send` and `wait` run in order, then the request `expect` is about.",
        Accepts = i => i is AssignmentSyntax or JudgeStubSyntax or ExpectSyntax or SendSyntax or WaitSyntax,
    };

    public static readonly BlockShape Pace = new("pace", "pace", "the degradation plan: primary, alternate, contingency, emergency")
    {
        Items =
        [
            K("primary", "PACE level: everything healthy"),
            K("alternate", "PACE level: one control degraded"),
            K("contingency", "PACE level: several controls degraded"),
            K("emergency", "PACE level: the breaker fired; non-AI fallback"),
        ],
    };

    /// <summary>The block of one PACE level: its actions.</summary>
    public static readonly BlockShape PaceLevel = new("primary", "a PACE level", "one PACE level: when it applies and its actions")
    {
        Settings = [S("authority", ValueKind.Principals, "who may move PACE into or out of this level by hand: `authority [\"oncall-lead\"]`")],
        Items =
        [
            K("judges", "PACE action: `judges off` switches judges off, `judges all` makes every judge grade every decision") with { Form = "judges off" },
            K("enforce", "PACE action: `enforce all` makes detect-mode controls enforce") with { Form = "enforce all" },
            K("review", "PACE action: `review all outputs`") with { Form = "review all outputs" },
            K("tools", "PACE action: `tools read_only` refuses tools that write") with { Form = "tools read_only" },
            K("respond", "PACE action: `respond fallback` answers with the fallback text") with { Form = "respond fallback" },
            K("halt", "PACE action: stops all AI traffic"),
            K("isolate", "PACE action on one agent: `isolate executor` refuses every request and message it takes part in") with { Form = "isolate <agent>" },
            K("read_only", "PACE action on one agent: `read_only executor` refuses the tools that write along its chains") with { Form = "read_only <agent>" },
            K("handover", "PACE action on one agent: `handover executor` refuses it and lets its declared `backup` take its place") with { Form = "handover <agent>" },
        ],
    };

    /// <summary>Every block, in the order the keyword reference lists them.</summary>
    public static readonly ImmutableArray<BlockShape> Blocks = [TopLevel, Policy, Guard, Judge, Review, Breaker, Limit, Tool, Agent, Intent, Workflow, Test, Pace, PaceLevel];

    /// <summary>Keywords inside expressions.</summary>
    public static readonly ImmutableArray<KeywordShape> ExpressionKeywords =
    [
        K("any", "holds when the condition holds for some element: `any doc in retrieval.docs: injection.found(doc)` (false for an empty list)"),
        K("all", "holds when the condition holds for every element: `all arg in tool.args_text: len(arg) < 2000` (true for an empty list)"),
    ];

    private static readonly FrozenDictionary<string, BlockShape> ByKeyword = new Dictionary<string, BlockShape>(StringComparer.Ordinal)
    {
        ["policy"] = Policy, ["pack"] = Policy, ["guard"] = Guard, ["judge"] = Judge, ["review"] = Review,
        ["breaker"] = Breaker, ["limit"] = Limit, ["tool"] = Tool, ["agent"] = Agent, ["test"] = Test, ["pace"] = Pace,
        ["intent"] = Intent, ["workflow"] = Workflow,
        ["primary"] = PaceLevel, ["alternate"] = PaceLevel, ["contingency"] = PaceLevel, ["emergency"] = PaceLevel,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The shape of the block a declaration keyword opens, or null for a keyword that opens none.</summary>
    public static BlockShape? Of(string keyword) => ByKeyword.GetValueOrDefault(keyword);

    /// <summary>The shape of the block a declaration opens (its keyword decides).</summary>
    public static BlockShape? Of(DeclarationSyntax declaration) => Of(declaration.Keyword.Text);

    /// <summary>Every setting keyword of any block: a keyword followed by one value.</summary>
    public static readonly FrozenSet<string> SettingKeywords = Blocks.SelectMany(b => b.Settings.Select(s => s.Word)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every flag keyword of any block: a setting that takes no value.</summary>
    public static readonly FrozenSet<string> FlagKeywords = Blocks.SelectMany(b => b.Flags.Select(f => f.Word)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The PACE levels, in order of degradation.</summary>
    public static readonly ImmutableArray<string> PaceLevels = [.. Pace.Items.Select(i => i.Word)];

    /// <summary>Every word that can start an item; the parser resynchronises on them after an error.</summary>
    public static readonly FrozenSet<string> ItemKeywords = Blocks.SelectMany(b => b.Keywords).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// One line per keyword for hosts that do not know the block (the first block that takes it wins), plus the
    /// expression keywords. <see cref="BlockShape.DocOf"/> gives the block's own reading.
    /// </summary>
    public static readonly FrozenDictionary<string, string> KeywordDocs = BuildKeywordDocs();

    /// <summary>The documentation of <paramref name="word"/> inside <paramref name="block"/>, else its general one.</summary>
    public static string? DocOf(string word, BlockShape? block) => block?.DocOf(word) ?? KeywordDocs.GetValueOrDefault(word);

    /// <summary>Each stage with its main field and the context fields it reads, in the order of <see cref="Stages.All"/>.</summary>
    public static readonly ImmutableArray<StageShape> StageShapes =
    [
        .. Stages.All.Select(s => new StageShape(s, s.ToKeyword(), ContextSchema.Get(StageText.FieldOf(s)),
            [.. ContextSchema.Fields.Where(f => f.Stages.Contains(s))])),
    ];

    public static StageShape StageOf(Stage stage) => StageShapes.First(s => s.Stage == stage);

    private static FrozenDictionary<string, string> BuildKeywordDocs()
    {
        var docs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var block in Blocks)
        {
            foreach (var word in block.Keywords)
            {
                docs.TryAdd(word, block.DocOf(word)!);
            }
        }
        foreach (var keyword in ExpressionKeywords)
        {
            docs.TryAdd(keyword.Word, keyword.Doc);
        }
        // `on` names the events of several blocks: its general line lists them all.
        docs["on"] = "what to do on an event: `on fail`, `on error`, `on uncertain` (judges), `on expiry` (reviews), `on exceed` (limits)";
        return docs.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static KeywordShape K(string word, string doc) => new(word, doc);

    private static SettingShape S(string word, ValueKind value, string doc) => new(word, value, doc);
}
