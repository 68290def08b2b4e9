namespace Airs.Compiler.Schema;

/// <summary>What a setting's value is; completion offers values by kind and the keyword reference describes them.</summary>
public enum ValueKind
{
    String,
    Text,
    Tier,
    Mode,
    Model,
    ToolList,
    Duration,
    Sample,
    Share,
    Number,
    Fraction,
    Agent,
    Principals,
    Criteria,
    StringList,
    AgentList,
    Frequency,
}

public static class ValueKinds
{
    /// <summary>How the keyword reference writes a value of this kind.</summary>
    public static string Describe(this ValueKind kind) => kind switch
    {
        ValueKind.String => "a string",
        ValueKind.Text => "a string or a `\"\"\"` text block",
        ValueKind.Tier => "`low`, `medium`, `high` or `critical`",
        ValueKind.Mode => "`enforce` or `detect`",
        ValueKind.Model => "a model name in quotes",
        ValueKind.ToolList => "a list of tool names, e.g. `[\"refund\"]`",
        ValueKind.Duration => "a duration such as `1500ms`, `5m` or `4h`",
        ValueKind.Sample => "a percentage such as `10%`, or one per tier `{ low: 1%, high: 50% }`",
        ValueKind.Share => "a percentage such as `80%`",
        ValueKind.Number => "a positive number such as `0.000002`",
        ValueKind.Fraction => "a number between 0 and 1, e.g. `0.6`",
        ValueKind.Agent => "the name of a declared agent",
        ValueKind.Principals => "a list of principal names, e.g. `[\"oncall-lead\"]`",
        ValueKind.Criteria => "named criteria, e.g. `{ refund_issued: \"the approved amount was refunded\" }`",
        ValueKind.StringList => "a list of strings, e.g. `[\"orders\"]`",
        ValueKind.AgentList => "a list of agent names, e.g. `[intake, planner]`",
        ValueKind.Frequency => "`every_action`, `per_phase` or `after_execution`",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
