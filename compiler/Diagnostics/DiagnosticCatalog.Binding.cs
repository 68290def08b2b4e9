namespace Airs.Compiler.Diagnostics;

// AIRS0100–AIRS0299: binding and type checking.
public static partial class DiagnosticCatalog
{
    /// <param name="takes">The items the block takes, when known; the help lists them.</param>
    public static Diagnostic ItemNotAllowed(Location at, string item, string block, IEnumerable<string>? takes = null) =>
        Error("AIRS0100", at, $"`{item}` is not allowed in {block}",
            takes is null ? null : $"{block} takes {string.Join(", ", takes.Select(t => $"`{t}`"))}");

    public static Diagnostic DuplicateName(Location at, string name, string firstAt) =>
        Error("AIRS0101", at, $"`{name}` is already declared", $"first declared at {firstAt}");

    public static Diagnostic UndefinedName(Location at, string name) =>
        Error("AIRS0102", at, $"`{name}` is not declared");

    public static Diagnostic UnknownContextField(Location at, string path) =>
        Error("AIRS0103", at, $"`{path}` is not a context field");

    public static Diagnostic FieldNotOnStage(Location at, string path, string stage, string availableOn) =>
        Error("AIRS0104", at, $"`{path}` is not available on stage `{stage}`", $"it is available on {availableOn}");

    public static Diagnostic TypeMismatch(Location at, string expected, string found) =>
        Error("AIRS0105", at, $"expected `{expected}`, found `{found}`");

    public static Diagnostic OperatorMismatch(Location at, string op, string left, string right) =>
        Error("AIRS0106", at, $"`{op}` cannot be applied to `{left}` and `{right}`");

    public static Diagnostic InvalidRegex(Location at, string reason) =>
        Error("AIRS0107", at, $"invalid regex: {reason}");

    public static Diagnostic BacktrackingRegex(Location at, string reason) =>
        Error("AIRS0108", at, reason,
            "backreferences, lookarounds, atomic groups and conditionals need backtracking; rewrite the pattern without them");

    public static Diagnostic UnknownFunction(Location at, string name) =>
        Error("AIRS0109", at, $"`{name}` is not a built-in function");

    public static Diagnostic BadArguments(Location at, string reason) =>
        Error("AIRS0110", at, reason);

    public static Diagnostic ToolArgsNotNarrowed(Location at, string path) =>
        Error("AIRS0111", at, $"`{path}` needs `tool.name` narrowed to a tool that declares it",
            "write the check as `tool.name == \"…\" and …` so the argument's type is known");

    public static Diagnostic UnknownToolArgument(Location at, string tool, string argument) =>
        Error("AIRS0112", at, $"tool `{tool}` has no argument `{argument}`");

    public static Diagnostic UnknownStage(Location at, string stage) =>
        Error("AIRS0113", at, $"`{stage}` is not a stage",
            "stages are `input`, `output`, `tool_call`, `tool_result`, `retrieval` and `agent_message`");

    /// <summary><paramref name="keyword"/> is the missing item's keyword in the language schema (<c>when</c>, <c>block</c> for an action, <c>prompt</c>, …).</summary>
    public static Diagnostic MissingItem(Location at, string declaration, string keyword) =>
        Error("AIRS0114", at, $"{declaration} needs {keyword switch
        {
            "when" => "a `when` condition",
            "block" => "an action such as `block`",
            "trip" => "a `trip when …` rule",
            "expect" => "an `expect`",
            "intent" => "an `intent` block",
            _ => $"a `{keyword}`",
        }}") with { Fix = new DiagnosticFix.AddItem(keyword) };

    public static Diagnostic DuplicateSetting(Location at, string setting) =>
        Error("AIRS0115", at, $"`{setting}` is set more than once");

    public static Diagnostic InvalidSettingValue(Location at, string setting, string expected) =>
        Error("AIRS0116", at, $"`{setting}` must be {expected}");

    public static Diagnostic UndeclaredModel(Location at, string judge, string model) =>
        Error("AIRS0117", at, $"judge `{judge}` uses model `{model}`, which is not declared",
            $"declare it at the policy level with `model \"{model}\"`")
        with { Fix = new DiagnosticFix.AddPolicySetting($"model {Quoted(model)}", $"Declare model {Quoted(model)} in the policy") };

    public static Diagnostic UndeclaredReview(Location at, string review) =>
        Error("AIRS0118", at, $"`{review}` is not a declared review");

    public static Diagnostic UndeclaredAgent(Location at, string agent) =>
        Error("AIRS0119", at, $"`{agent}` is not a declared agent");

    public static Diagnostic DelegationWidens(Location at, string from, string to, string tool) =>
        Error("AIRS0120", at, $"`{from}` delegates `{tool}` to `{to}` but does not hold it",
            "a delegation may only pass on tools the delegating agent holds itself");

    public static Diagnostic DelegationCycle(Location at, string cycle) =>
        Error("AIRS0121", at, $"delegation cycle {cycle}");

    public static Diagnostic UndeclaredBreaker(Location at, string breaker) =>
        Error("AIRS0122", at, $"`{breaker}` is not a declared breaker");

    public static Diagnostic UndeclaredJudge(Location at, string judge) =>
        Error("AIRS0123", at, $"`{judge}` is not a declared judge");

    public static Diagnostic UndeclaredTool(Location at, string tool) =>
        Error("AIRS0124", at, $"`{tool}` is not a declared tool");

    public static Diagnostic ApprovalNotHeld(Location at, string agent, string tool) =>
        Error("AIRS0125", at, $"`{agent}` lists `{tool}` under approval but does not hold it");

    public static Diagnostic UnknownStandard(Location at, string reference) =>
        Warning("AIRS0126", at, $"`{reference}` is not a known standard identifier",
            "use `owasp.llm01`…`owasp.llm10`, `owasp.asi01`…`owasp.asi10`, `atlas.T0051` (or a sub-technique such as `atlas.T0051.000`), `eu.art9`, `eu.art14` or `eu.art15`");

    public static Diagnostic UnresolvedUse(Location at, string target, string reason) =>
        Error("AIRS0127", at, $"cannot use `{target}`: {reason}");

    public static Diagnostic UseCycle(Location at, string target) =>
        Error("AIRS0128", at, $"`{target}` is used in a cycle");

    public static Diagnostic MissingTier(Location at, string policy) =>
        Warning("AIRS0129", at, $"policy `{policy}` has no `tier`; `medium` is assumed")
        with { Fix = new DiagnosticFix.AddPolicySetting("tier medium", "Add `tier medium`") };

    public static Diagnostic UnknownPlaceholder(Location at, string placeholder, string reason) =>
        Error("AIRS0130", at, $"prompt placeholder `{placeholder}` {reason}");

    public static Diagnostic MoreThanOneAction(Location at, string control) =>
        Error("AIRS0131", at, $"`{control}` has more than one action", "a guard takes exactly one of `block`, `flag`, `redact`, `escalate`, `halt`, `allow`");

    public static Diagnostic RedactNeedsFieldSpans(Location at) =>
        Error("AIRS0132", at, "`redact` needs the spans of the text its stage releases, such as `pii.spans(output.text, [email])` on `output`",
            "a decision releases its stage's own text (`input.text`, `output.text`, `tool.result`, `retrieval.text`, `message.text`) and "
            + "nothing else; a tool call cannot be redacted (block or escalate it), and the spans of a list such as `retrieval.docs` can be counted, not redacted");

    public static Diagnostic UnknownEnumMember(Location at, string name, string type, IEnumerable<string> members)
    {
        var valid = members.ToList();
        return Error("AIRS0133", at, $"`{name}` is not a {type}", $"valid values: {string.Join(", ", valid.Select(m => $"`{m}`"))}")
            with { Suggestions = [.. EditDistance.Suggest(name, valid)] };
    }

    public static Diagnostic DuplicatePaceLevel(Location at, string level) =>
        Error("AIRS0134", at, $"level `{level}` is declared more than once in `pace`");

    public static Diagnostic UnknownPaceAction(Location at, string action) =>
        Error("AIRS0135", at, $"`{action}` is not a PACE action",
            "PACE actions are `judges off`, `enforce all`, `review all outputs`, `tools read_only`, `respond fallback`, `halt`");

    public static Diagnostic PaceLevelNotDeclared(Location at, string level) =>
        Warning("AIRS0136", at, $"level `{level}` is not declared in the `pace` block");

    public static Diagnostic MoreThanOnePolicy(Location at) =>
        Error("AIRS0137", at, "a file holds one `policy` or `pack`");

    public static Diagnostic ConditionNotBool(Location at, string found) =>
        Error("AIRS0138", at, $"a condition must be `bool`, found `{found}`");

    public static Diagnostic EventNotAllowed(Location at, string @event, string declaration) =>
        Error("AIRS0139", at, $"`on {@event}` is not allowed in {declaration}");

    public static Diagnostic InvalidNumber(Location at, string what, string expected) =>
        Error("AIRS0140", at, $"{what} must be {expected}");

    public static Diagnostic ToolArgsWithoutName(Location at) =>
        Error("AIRS0141", at, "`tool.args` must be followed by an argument name, as in `tool.args.amount`");

    public static Diagnostic UnknownOutcome(Location at, string outcome) =>
        Error("AIRS0142", at, $"`{outcome}` is not an outcome",
            $"outcomes are {string.Join(", ", Outcomes.Select(o => $"`{o}`"))}") with { Suggestions = [.. EditDistance.Suggest(outcome, Outcomes)] };

    private static readonly string[] Outcomes = ["allow", "flag", "redact", "escalate", "block", "halt"];

    /// <summary>A string literal as the language writes it.</summary>
    private static string Quoted(string text) => $"\"{text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";

    public static Diagnostic UndeclaredControl(Location at, string control) =>
        Error("AIRS0143", at, $"`{control}` is not a declared guard, judge, limit or breaker");

    public static Diagnostic UnknownJudgeResult(Location at, string result) =>
        Error("AIRS0144", at, $"`{result}` is not a judge result", "a stubbed judge returns `pass`, `fail`, `error`, `timeout` or `uncertain`");

    public static Diagnostic FieldNotAssignable(Location at, string path) =>
        Error("AIRS0145", at, $"`{path}` cannot be set in a test");

    public static Diagnostic ActionNotAllowed(Location at, string action, string where) =>
        Error("AIRS0146", at, $"`{action}` is not allowed {where}");

    public static Diagnostic UnusedReview(Location at, string review) =>
        Warning("AIRS0147", at, $"review `{review}` is never escalated to");

    public static Diagnostic TierBelowAssessment(Location at, string policy, string declared, string assessment, string assessed) =>
        Error("AIRS0149", at, $"policy `{policy}` declares tier `{declared}` but `{assessment}` assesses it as `{assessed}`",
            "raise the policy's `tier`, or run `airs assess` again if the system has changed");

    public static Diagnostic EmptyFile(Location at) =>
        Warning("AIRS0148", at, "the file declares no `policy` or `pack`");

    public static Diagnostic RegexTooLarge(Location at, string reason) =>
        Error("AIRS0150", at, reason,
            "split it into several smaller regexes joined with `or`");
}
