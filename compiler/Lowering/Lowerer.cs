using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using Airs.Compiler.Binding;
using Airs.Compiler.Syntax;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Judges;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Lowering;

/// <summary>
/// Lowers a bound and checked policy to the IR: fills in what the policy leaves to its tier and to the
/// defaults, builds the runtime's spec records, and builds each test's request context. It runs only on a
/// policy without errors, so it reports nothing.
/// </summary>
internal static class Lowerer
{
    public static PolicyIR Lower(BoundPolicy policy)
    {
        var tier = policy.Tier ?? Tier.Medium;
        var spec = new PolicySpec(policy.Name, policy.Version ?? "0.0.0", tier, policy.Owner, policy.Models,
            [.. policy.Judges.Select(j => WithIntent(Judge(j, tier), j, tier))], [.. policy.Reviews.Select(r => Review(r, tier))],
            [.. policy.Breakers.Select(Breaker)], policy.DeclaredTools, [.. policy.Agents.Select(a => Agent(a, tier))], policy.Tools, policy.Pace)
        {
            Attributes = policy.Attributes,
            Limits = [.. policy.Limits.Select(l => l.Spec)],
            Sequences = [.. policy.Sequences.Select(s => s.Spec)],
            MaxDelegationDepth = policy.MaxDepth?.Depth,
            Workflows = [.. policy.Workflows.Where(w => w.Intent is not null).Select(w => new WorkflowSpec(w.Name, w.Agents, Intent(w.Intent!, tier)))],
        };
        return new PolicyIR(spec, [.. policy.Guards.Select(Guard)], [.. policy.Tests.Select(Test)])
        {
            JudgeConditions = [.. policy.Judges.Where(j => j.Risk.Condition is not null).Select(j => new JudgeConditionIR(j.Name, j.Stage, j.Risk.Condition!))],
        };
    }

    private static GuardIR Guard(BoundGuard g) =>
        new(g.Name, g.Id, g.Stage, g.Mode, g.Condition, g.Action, g.Maps, LineOf(g.Tree, g.Syntax.Keyword)) { SourceFile = g.Tree.Source.Path };

    private static JudgeSpec Judge(BoundJudge j, Tier tier) =>
        new(j.Name, j.Id, j.Stage, j.Mode, j.Model, j.Challenger, SampleRate(j.Sample, tier), j.Timeout ?? TimeSpan.FromSeconds(5), j.Blocking, j.Prompt,
            j.OnFail ?? new ActionSpec(Outcome.Flag, $"judge `{j.Name}` failed"),
            // No `on error`, or only `on error pace …`: the runtime's failure posture decides (JudgeActions.ErrorAction).
            j.OnError.Action ?? new ActionSpec(Outcome.Allow, Pace: j.OnError.Pace),
            j.Maps)
        {
            SampleWhen = j.Risk.SampleWhen,
            MinConfidence = j.Risk.MinConfidence,
            OnUncertain = j.Risk.OnUncertain,
        };

    /// <summary>The rate the judge's <c>sample</c> gives the policy's tier, or the tier's default.</summary>
    private static double SampleRate(SampleSetting? sample, Tier tier)
    {
        var fallback = TierRequirements.For(tier).JudgeSampleRate;
        return sample is null ? fallback
            : sample.ByTier.TryGetValue(tier, out var rate) ? rate ?? fallback
            : sample.Everywhere ?? fallback;
    }

    private static ReviewSpec Review(BoundReview r, Tier tier) =>
        new(r.Name, r.Sla ?? TierRequirements.For(tier).ReviewSla,
            r.OnExpiry ?? new ActionSpec(Outcome.Block, "This request could not be reviewed in time."));

    private static BreakerSpec Breaker(BoundBreaker b) =>
        new(b.Name, b.Counter, b.Threshold, b.Window, b.Scope, b.Cooldown ?? b.Window, b.Fallback ?? "This service is temporarily unavailable.");

    private static AgentSpec Agent(BoundAgent a, Tier tier) =>
        new(a.Name, a.Tools, [.. a.Delegations.Select(d => new DelegationSpec(d.To, d.Tools))], a.Approval, a.Intent is { } i ? Intent(i, tier) : null)
        {
            Backup = a.Backup,
        };

    /// <summary>
    /// A judge with an intent runs when its intent says (the tier's default if it does not); one that reads the acting
    /// agent's intent runs when that agent's intent says (null); any other judge at every action, as before intents.
    /// </summary>
    private static JudgeSpec WithIntent(JudgeSpec spec, BoundJudge j, Tier tier) => spec with
    {
        Intent = j.Intent is { } i ? Intent(i, tier) : null,
        Evaluate = j.Intent is { } own ? own.Evaluate?.Frequency ?? EvaluationFrequencies.DefaultFor(tier)
            : j.IntentPaths.Any(p => p.StartsWith(IntentPlaceholders.AgentPrefix, StringComparison.Ordinal)) ? null
            : EvaluationFrequency.EveryAction,
    };

    private static IntentSpec Intent(BoundIntent i, Tier tier) =>
        new(i.Goal, [.. i.Success.Select(Criterion)], [.. i.Failure.Select(Criterion)], i.Tools, i.Data,
            i.Evaluate?.Frequency ?? EvaluationFrequencies.DefaultFor(tier));

    private static CriterionSpec Criterion(BoundCriterion c) => new(c.Name, c.Text);

    private static TestIR Test(BoundTest t) =>
        new(t.Name, t.Stage, Context(t.Fields, t.ToolArgs, t.Attributes), t.JudgeStubs, t.Expected, t.ExpectedControl, LineOf(t.Tree, t.Syntax.Keyword))
        {
            Steps = [.. t.Steps.Select(s => new TestStepIR(s.Stage,
                Context(t.Fields[..s.Fields], t.AllToolArgs[s.ToolArgsFrom..s.ToolArgs], t.Attributes[..s.Attributes]), s.Times, s.Wait))],
        };

    /// <summary>The request context a test's assignments describe, built directly (a later assignment to a field replaces an earlier one).</summary>
    private static RequestContext Context(ImmutableArray<(ContextField Field, object Value)> fields,
        ImmutableArray<(string Name, object Value)> toolArgs, ImmutableArray<(string Path, object Value)> attributes)
    {
        var strings = new Dictionary<ContextField, string>();
        var lists = new Dictionary<ContextField, IReadOnlyList<string>>();
        var numbers = new Dictionary<ContextField, double>();
        foreach (var (field, value) in fields)
        {
            switch (value)
            {
                case ImmutableArray<object> list: lists[field] = [.. list.Cast<string>()]; break;
                case double number: numbers[field] = number; break;
                default: strings[field] = (string)value; break;
            }
        }
        var present = fields.Select(f => f.Field).ToHashSet();
        if (toolArgs.Length > 0)
        {
            present.Add(ContextField.ToolArgs);
        }
        string Text(ContextField field) => strings.GetValueOrDefault(field, "");
        IReadOnlyList<string> List(ContextField field) => lists.GetValueOrDefault(field, []);
        return new RequestContext
        {
            InputText = Text(ContextField.InputText),
            OutputText = Text(ContextField.OutputText),
            RetrievalText = Text(ContextField.RetrievalText),
            RetrievalDocs = List(ContextField.RetrievalDocs),
            ToolName = Text(ContextField.ToolName),
            ToolArgs = JsonValues(toolArgs),
            ToolResult = Text(ContextField.ToolResult),
            MessageText = Text(ContextField.MessageText),
            MessageFrom = Text(ContextField.MessageFrom),
            MessageTo = Text(ContextField.MessageTo),
            AgentId = Text(ContextField.AgentId),
            AgentChain = List(ContextField.AgentChain),
            UserId = Text(ContextField.UserId),
            UserRoles = List(ContextField.UserRoles),
            SessionId = Text(ContextField.SessionId),
            WorkflowName = Text(ContextField.WorkflowName),
            WorkflowPhase = Text(ContextField.WorkflowPhase),
            WorkflowPoint = Text(ContextField.WorkflowPoint),
            Attributes = JsonValues(attributes),
            OutputTokens = numbers.GetValueOrDefault(ContextField.OutputTokens),
            Present = present.ToFrozenSet(),
        };
    }

    /// <summary>Tool arguments and attributes as the runtime holds them: JSON values by name, a later one replacing an earlier one.</summary>
    private static FrozenDictionary<string, JsonElement> JsonValues(ImmutableArray<(string Name, object Value)> values)
    {
        var byName = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            byName[name] = JsonValue(value);
        }
        return byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// A test's literal (string, number, bool, or a list of strings and numbers) as JSON, written directly: the
    /// reflection serializer would cost `airs check` and `airs test` tens of milliseconds of start-up.
    /// </summary>
    private static JsonElement JsonValue(object value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            Write(json, value);
        }
        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }

    private static void Write(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case string s: json.WriteStringValue(s); break;
            case double d: json.WriteNumberValue(d); break;
            case bool b: json.WriteBooleanValue(b); break;
            case ImmutableArray<object> list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    Write(json, item);
                }
                json.WriteEndArray();
                break;
            default: throw new ArgumentException($"a test value of type {value.GetType().Name} has no JSON form", nameof(value));
        }
    }

    private static int LineOf(SyntaxTree tree, SyntaxToken token) => tree.Source.GetLinePosition(token.Span.Start).Line + 1;
}
