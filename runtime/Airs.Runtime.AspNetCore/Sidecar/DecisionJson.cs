using System.Collections.Frozen;
using System.Text.Json;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Policy;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>
/// A <see cref="Decision"/> written by hand in exactly the bytes the serializer writes with <see cref="SidecarJson.Options"/>
/// (names, order, snake-case enums, nulls left out; <c>DecisionJsonTests</c> compares the two): the serializer's
/// write stack, converters and boxed enums cost more per decision than the text they produce.
/// </summary>
internal static class DecisionJson
{
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Policy = JsonEncodedText.Encode("policy");
    private static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
    private static readonly JsonEncodedText StageName = JsonEncodedText.Encode("stage");
    private static readonly JsonEncodedText OutcomeName = JsonEncodedText.Encode("outcome");
    private static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText Release = JsonEncodedText.Encode("release");
    private static readonly JsonEncodedText Findings = JsonEncodedText.Encode("findings");
    private static readonly JsonEncodedText ReviewTicketId = JsonEncodedText.Encode("reviewTicketId");
    private static readonly JsonEncodedText Pace = JsonEncodedText.Encode("pace");
    private static readonly JsonEncodedText JudgesRan = JsonEncodedText.Encode("judgesRan");
    private static readonly JsonEncodedText Timings = JsonEncodedText.Encode("timings");
    private static readonly JsonEncodedText IsReleased = JsonEncodedText.Encode("isReleased");
    private static readonly JsonEncodedText RetryAfter = JsonEncodedText.Encode("retryAfter");

    private static readonly JsonEncodedText ControlId = JsonEncodedText.Encode("controlId");
    private static readonly JsonEncodedText Control = JsonEncodedText.Encode("control");
    private static readonly JsonEncodedText LayerName = JsonEncodedText.Encode("layer");
    private static readonly JsonEncodedText Mode = JsonEncodedText.Encode("mode");
    private static readonly JsonEncodedText EvidenceName = JsonEncodedText.Encode("evidence");
    private static readonly JsonEncodedText Enforced = JsonEncodedText.Encode("enforced");
    private static readonly JsonEncodedText Field = JsonEncodedText.Encode("field");
    private static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText Length = JsonEncodedText.Encode("length");
    private static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");

    private static readonly JsonEncodedText GuardrailsMs = JsonEncodedText.Encode("guardrailsMs");
    private static readonly JsonEncodedText JudgesMs = JsonEncodedText.Encode("judgesMs");
    private static readonly JsonEncodedText ReviewMs = JsonEncodedText.Encode("reviewMs");
    private static readonly JsonEncodedText BreakersMs = JsonEncodedText.Encode("breakersMs");
    private static readonly JsonEncodedText AuditMs = JsonEncodedText.Encode("auditMs");
    private static readonly JsonEncodedText TotalMs = JsonEncodedText.Encode("totalMs");

    public static void Write(Utf8JsonWriter json, Decision decision)
    {
        json.WriteStartObject();
        json.WriteString(Id, decision.Id);
        json.WriteString(Policy, decision.Policy);
        json.WriteString(Version, decision.Version);
        json.WriteString(StageName, SnakeCase<Stage>.Of(decision.Stage));
        json.WriteString(OutcomeName, SnakeCase<Outcome>.Of(decision.Outcome));
        WriteUnlessNull(json, Message, decision.Message);
        WriteUnlessNull(json, Release, decision.Release);
        json.WriteStartArray(Findings);
        foreach (var finding in decision.Findings)
        {
            Write(json, finding);
        }
        json.WriteEndArray();
        WriteUnlessNull(json, ReviewTicketId, decision.ReviewTicketId);
        json.WriteString(Pace, SnakeCase<PaceLevel>.Of(decision.Pace));
        json.WriteBoolean(JudgesRan, decision.JudgesRan);
        WriteTimings(json, decision.Timings);
        json.WriteBoolean(IsReleased, decision.IsReleased);
        if (decision.RetryAfterSeconds is { } seconds)
        {
            json.WriteNumber(RetryAfter, seconds);
        }
        json.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString(ControlId, finding.ControlId);
        json.WriteString(Control, finding.Control);
        json.WriteString(LayerName, SnakeCase<Layer>.Of(finding.Layer));
        json.WriteString(OutcomeName, SnakeCase<Outcome>.Of(finding.Outcome));
        json.WriteString(Mode, SnakeCase<ControlMode>.Of(finding.Mode));
        json.WriteString(Message, finding.Message);
        json.WriteStartArray(EvidenceName);
        foreach (var evidence in finding.Evidence)
        {
            json.WriteStartObject();
            json.WriteString(Field, evidence.Field);
            json.WriteNumber(Start, evidence.Start);
            json.WriteNumber(Length, evidence.Length);
            json.WriteString(Label, evidence.Label);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteBoolean(Enforced, finding.Enforced);
        json.WriteEndObject();
    }

    private static void WriteTimings(Utf8JsonWriter json, LayerTimings timings)
    {
        json.WriteStartObject(Timings);
        json.WriteNumber(GuardrailsMs, timings.GuardrailsMs);
        json.WriteNumber(JudgesMs, timings.JudgesMs);
        json.WriteNumber(ReviewMs, timings.ReviewMs);
        json.WriteNumber(BreakersMs, timings.BreakersMs);
        json.WriteNumber(AuditMs, timings.AuditMs);
        json.WriteNumber(TotalMs, timings.TotalMs);
        json.WriteEndObject();
    }

    private static void WriteUnlessNull(Utf8JsonWriter json, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>Each value's name as <see cref="Serialization.AirsJson"/>'s enum converter writes it (snake case, lower), encoded once.</summary>
    private static class SnakeCase<T> where T : struct, Enum
    {
        private static readonly FrozenDictionary<T, JsonEncodedText> Names = Enum.GetValues<T>().Distinct()
            .ToFrozenDictionary(v => v, v => JsonEncodedText.Encode(JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString())));

        public static JsonEncodedText Of(T value) =>
            Names.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, "not a named value");
    }
}
