using System.Collections.Immutable;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;
using Airs.Runtime.Tests.Engine;

namespace Airs.Runtime.Tests.Limits;

internal static class LimitSpecs
{
    public static LimitSpec Limit(string name, LimitMeasure measure, double max, TimeSpan window, LimitScope scope = LimitScope.User,
        ControlMode mode = ControlMode.Enforce, string? tool = null, string? argument = null, double price = 1, double? warnAt = null) =>
        new(name, "LM-" + name, measure, max, window, scope, mode, new ActionSpec(Outcome.Block, $"`{name}` says slow down"))
        {
            Tool = tool,
            Argument = argument,
            Price = price,
            WarnAt = warnAt,
        };

    public static PolicySpec Spec(params LimitSpec[] limits) => EngineSpecs.Spec() with { Limits = [.. limits] };

    public static RequestContext Output(double tokens, string user = "alice") =>
        new() { OutputText = "answer", OutputTokens = tokens, UserId = user, SessionId = "s1" };

    public static RequestContext ToolCall(string tool, double amount, string user = "alice") =>
        new()
        {
            ToolName = tool,
            ToolArgs = ImmutableDictionary<string, System.Text.Json.JsonElement>.Empty.Add("amount", System.Text.Json.JsonSerializer.SerializeToElement(amount)),
            UserId = user,
            SessionId = "s1",
        };
}
