using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;
using Airs.Runtime.Sequences;

namespace Airs.Runtime.Functions;

/// <summary>
/// The implicit <c>tool_sequence</c> control on <c>tool_call</c>: a tool with <c>after</c> rules is allowed only
/// when <see cref="EvaluationOptions.History"/> holds an earlier allowed call of each rule's tool, with the same
/// values of the named arguments, within the rule's window (and, <c>per chain</c>, by an agent of the current
/// chain). No session, no history or no matching call refuses the call, with the rule it missed.
/// </summary>
public sealed class ToolSequences
{
    public const string Control = "tool_sequence";

    /// <summary>At most this many events of one session are kept; older ones are forgotten first.</summary>
    public const int MaxEventsPerSession = 256;

    private readonly FrozenDictionary<string, ImmutableArray<SequenceSpec>> _byTool;
    private readonly FrozenDictionary<string, ImmutableArray<string>> _recorded;

    public ToolSequences(PolicySpec spec)
    {
        _byTool = spec.Sequences.GroupBy(s => s.Tool, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        _recorded = spec.Sequences.GroupBy(s => s.After, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.SelectMany(s => s.Same).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);
        Longest = spec.Sequences.IsDefaultOrEmpty ? TimeSpan.Zero : spec.Sequences.Max(s => s.Within);
    }

    /// <summary>The longest window of any rule: how far back the history must reach.</summary>
    public TimeSpan Longest { get; }

    /// <summary>Whether a call of <paramref name="tool"/> needs the history read first.</summary>
    public bool Governs(string tool) => _byTool.ContainsKey(tool);

    /// <summary>The event to keep for an allowed call, or null when no rule ever asks for its tool.</summary>
    public ToolEvent? EventFor(RequestContext context, DateTimeOffset at)
    {
        if (!_recorded.TryGetValue(context.ToolName, out var names))
        {
            return null;
        }
        var args = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            // A number the exact reader refuses is not kept: no later call can match it (fail closed).
            if (context.ToolArgs.TryGetValue(name, out var value) && ToolEvent.ValueText(value) is { } text)
            {
                args[name] = text;
            }
        }
        return new ToolEvent(context.ToolName, context.AgentId, args.ToImmutable(), at);
    }

    public void Check(Stage stage, RequestContext context, EvaluationOptions options, EvaluationBuilder builder)
    {
        if (stage != Stage.ToolCall || !_byTool.TryGetValue(context.ToolName, out var rules))
        {
            return;
        }
        foreach (var rule in rules)
        {
            if (string.IsNullOrEmpty(context.SessionId))
            {
                Deny(builder, $"{Describe(rule)}, and the request carries no `session.id` to keep a history in");
                return;
            }
            if (!options.History.Events.Any(e => Matches(rule, e, context, options.History.Now)))
            {
                Deny(builder, options.History == ToolHistory.None ? $"{Describe(rule)}: no history was read" : $"{Describe(rule)}: none was found");
                return;
            }
        }
        builder.NotFired(Control, Layer.Permission, "the calls it needs came first");
    }

    private static bool Matches(SequenceSpec rule, ToolEvent e, RequestContext context, DateTimeOffset now)
    {
        if (e.Tool != rule.After || e.At > now || now - e.At > rule.Within)
        {
            return false;
        }
        if (rule.Scope == SequenceScope.Chain && !context.AgentChain.Contains(e.Agent, StringComparer.Ordinal))
        {
            return false;
        }
        foreach (var name in rule.Same)
        {
            if (!context.ToolArgs.TryGetValue(name, out var value) || !e.Args.TryGetValue(name, out var earlier)
                || ToolEvent.ValueText(value) is not { } current || earlier != current)
            {
                return false;
            }
        }
        return true;
    }

    private static string Describe(SequenceSpec rule)
    {
        var same = rule.Same.IsDefaultOrEmpty ? "" : " with the same " + string.Join(", ", rule.Same.Select(a => $"`{a}`"));
        var where = rule.Scope == SequenceScope.Chain ? "by an agent of this chain in this session" : "in this session";
        return $"tool `{rule.Tool}` needs an earlier `{rule.After}`{same} {where}, within {Window(rule.Within)}";
    }

    private static string Window(TimeSpan within) =>
        within.TotalHours >= 1 && within.TotalHours == Math.Floor(within.TotalHours) ? string.Create(CultureInfo.InvariantCulture, $"{within.TotalHours}h")
        : within.TotalMinutes >= 1 && within.TotalMinutes == Math.Floor(within.TotalMinutes) ? string.Create(CultureInfo.InvariantCulture, $"{within.TotalMinutes}m")
        : string.Create(CultureInfo.InvariantCulture, $"{within.TotalSeconds}s");

    private static void Deny(EvaluationBuilder builder, string message) =>
        builder.Fire(new Finding(Control, Control, Layer.Permission, Outcome.Block, ControlMode.Enforce, message, []), message);
}
