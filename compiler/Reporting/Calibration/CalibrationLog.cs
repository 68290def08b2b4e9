using System.Collections.Immutable;
using System.Text.Json;
using Airs.Runtime.Audit;

namespace Airs.Compiler.Reporting.Calibration;

/// <summary>
/// Joins the audit log's <c>judge_verdict</c> records to the reviews of the same decisions: a ticket's
/// <c>review_opened</c> names its decision, its <c>review_approved</c> or <c>review_rejected</c> names the reviewer (the
/// record's actor). The first decided ticket of a decision counts; expired tickets decide nothing. One pass over the
/// log, in sequence order, so a review recorded before or after the verdict joins the same way.
/// </summary>
public static class CalibrationLog
{
    public static async Task<ImmutableArray<JudgeCalibration>> ReadAsync(IAsyncEnumerable<AuditRecord> records, CancellationToken cancellationToken = default)
    {
        var verdicts = new List<VerdictRecord>();
        var decisionOfTicket = new Dictionary<string, string>(StringComparer.Ordinal);
        var resolutions = new List<(string Ticket, bool Approved, string Reviewer)>();
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            switch (record.Kind)
            {
                case AuditKinds.JudgeVerdict when VerdictRecord.TryRead(record.Payload) is { } verdict:
                    verdicts.Add(verdict);
                    break;
                case AuditKinds.ReviewOpened when Strings(record.Payload, "ticket", "decision_id") is [var ticket, var decision]:
                    decisionOfTicket.TryAdd(ticket, decision);
                    break;
                case AuditKinds.ReviewApproved or AuditKinds.ReviewRejected when Strings(record.Payload, "ticket") is [var ticket]:
                    resolutions.Add((ticket, record.Kind == AuditKinds.ReviewApproved, record.Actor));
                    break;
            }
        }

        var reviewOf = new Dictionary<string, (bool Approved, string Reviewer)>(StringComparer.Ordinal);
        foreach (var (ticket, approved, reviewer) in resolutions)
        {
            if (decisionOfTicket.TryGetValue(ticket, out var decision))
            {
                reviewOf.TryAdd(decision, (approved, reviewer));
            }
        }

        return [.. verdicts
            .GroupBy(v => (v.Policy, v.Judge))
            .OrderBy(g => g.Key.Policy, StringComparer.Ordinal).ThenBy(g => g.Key.Judge, StringComparer.Ordinal)
            .Select(g => Calibrate(g.Key.Policy, g.Key.Judge, [.. g], reviewOf))];
    }

    private static JudgeCalibration Calibrate(string policy, string judge, List<VerdictRecord> runs,
        Dictionary<string, (bool Approved, string Reviewer)> reviewOf)
    {
        int approved = 0, rejected = 0, falseBlocks = 0, falsePasses = 0;
        var reviewers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in runs.Where(r => r.Verdict is "pass" or "fail"))
        {
            if (!reviewOf.TryGetValue(run.DecisionId, out var review))
            {
                continue;
            }
            reviewers.Add(review.Reviewer);
            if (review.Approved)
            {
                approved++;
                falseBlocks += run.Verdict == "fail" ? 1 : 0;
            }
            else
            {
                rejected++;
                falsePasses += run.Verdict == "pass" ? 1 : 0;
            }
        }
        var latest = runs[^1];
        return new JudgeCalibration(policy, judge, latest.Mode, latest.Tier,
            Runs: runs.Count,
            Sampled: runs.Count(r => r.Trigger == "sample"),
            Errors: runs.Count(r => r.Verdict is not ("pass" or "fail")),
            Uncertain: runs.Count(r => r.Uncertain),
            approved, rejected, falseBlocks, falsePasses, reviewers.Count);
    }

    /// <summary>The named string properties of a JSON object payload, in order; empty when one is missing or the payload is not an object.</summary>
    private static string[] Strings(string payload, params string[] names)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var values = new string[names.Length];
            for (var i = 0; i < names.Length; i++)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object
                    || !document.RootElement.TryGetProperty(names[i], out var value) || value.ValueKind != JsonValueKind.String)
                {
                    return [];
                }
                values[i] = value.GetString()!;
            }
            return values;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The chain verifies payloads, not their shape: an odd one is skipped, as is a string JSON can hold but
            // .NET cannot read as text (a lone surrogate, `\ud800`: GetString throws InvalidOperationException).
            return [];
        }
    }

    private sealed record VerdictRecord(string Policy, string Judge, string DecisionId, string Verdict, string Mode, string Tier, string Trigger, bool Uncertain)
    {
        public static VerdictRecord? TryRead(string payload)
        {
            var s = Strings(payload, "policy", "judge", "decision_id", "verdict", "mode", "tier", "trigger");
            if (s.Length == 0)
            {
                return null;
            }
            using var document = JsonDocument.Parse(payload);
            var uncertain = document.RootElement.TryGetProperty("uncertain", out var u) && u.ValueKind == JsonValueKind.True;
            return new VerdictRecord(s[0], s[1], s[2], s[3], s[4], s[5], s[6], uncertain);
        }
    }
}
