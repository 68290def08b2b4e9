namespace Airs.Compiler.Diagnostics;

// AIRS0180–AIRS0189: limits (within the binding range). Documented in docs/diagnostics.md.
public static partial class DiagnosticCatalog
{
    public static Diagnostic LimitSumNotNumber(Location at, string tool, string argument, string type) =>
        Error("AIRS0180", at, $"a limit can only sum a `number` argument, and `{argument}` of `{tool}` is `{type}`",
            "count the calls instead: `count tool_calls of \"" + tool + "\"`");

    public static Diagnostic LimitMeasureTakesNoTool(Location at, string measure) =>
        Error("AIRS0181", at, $"`count {measure}` counts every request, not one tool's",
            "`tool_calls of \"tool\"` and `sum argument of \"tool\"` count per tool");

    public static Diagnostic LimitNeedsPrice(Location at, string limit) =>
        Error("AIRS0182", at, $"limit `{limit}` counts `cost` but declares no `price`",
            "give the price of one token, e.g. `price 0.000002`: the cost of a request is its `output.tokens` times it");

    public static Diagnostic PriceWithoutCost(Location at, string measure) =>
        Error("AIRS0183", at, $"`price` applies to `count cost`, and this limit counts `{measure}`");

    public static Diagnostic LimitPerAgentWithoutAgents(Location at, string limit) =>
        Warning("AIRS0184", at, $"limit `{limit}` counts `per agent`, but the policy declares no `agent`",
            "requests without `agent.id` all count under `agent:anonymous`, as one shared count; count `per user` or declare the agents");

    public static Diagnostic LimitNeverReached(Location at, string limit, string? tool) =>
        Warning("AIRS0185", at, tool is null
                ? $"limit `{limit}` can never be reached: no agent holds a tool and the policy's `tools` grants none, so every tool call is refused before it is counted"
                : $"limit `{limit}` can never be reached: no agent holds `{tool}` and the policy's `tools` does not grant it, so its calls are refused before they are counted",
            "grant the tool (in `tools [...]` or an agent's `tools`), or remove the limit");
}
