using System.Globalization;
using System.Text.Json;
using Airs.Runtime.Breakers;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;
using Airs.Runtime.Reviews;

namespace Airs.Runtime.Audit;

/// <summary>
/// Replays the audited state changes while the verifier walks the log, then compares the state tables with them:
/// every ticket, PACE level and breaker state must be the one its audit records leave behind. A ticket set to
/// approved by hand, a PACE row edited, or a row with no record at all is reported.
/// </summary>
internal sealed class AuditStateCheck
{
    private readonly Dictionary<string, LoggedTicket> tickets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (PaceLevel Level, long Moves)> pace = new(StringComparer.Ordinal);
    private readonly Dictionary<BreakerKey, (BreakerState State, bool Manual, long Changes)> breakers = [];

    public void Add(AuditRecord record)
    {
        switch (record.Kind)
        {
            case AuditKinds.ReviewOpened:
            {
                using var payload = new Payload(record);
                var due = payload.Optional("due");
                var opened = new OpenedTicket(payload.Optional("policy"), payload.Optional("review"), payload.Optional("decision_id"),
                    due is null ? null
                    : DateTimeOffset.TryParseExact(due, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var dueAt) ? dueAt
                    : throw new FormatException($"audit record {record.Sequence} opens a ticket due at an unreadable time `{due}`"));
                tickets[payload.Field("ticket")] = new LoggedTicket(ReviewStatus.Pending, record.Actor, opened, null);
                break;
            }
            case AuditKinds.ReviewApproved:
            {
                using var payload = new Payload(record);
                Resolve(payload, ReviewStatus.Approved, Outcome.Allow);
                break;
            }
            case AuditKinds.ReviewRejected:
            {
                using var payload = new Payload(record);
                Resolve(payload, ReviewStatus.Rejected, Outcome.Block);
                break;
            }
            case AuditKinds.ReviewExpired:
            {
                using var payload = new Payload(record);
                var outcome = payload.Optional("outcome");
                Resolve(payload, ReviewStatus.Expired, outcome is null ? null
                    : OutcomeLattice.TryParse(outcome, out var onExpiry) ? onExpiry
                    : throw new FormatException($"audit record {record.Sequence} expires a ticket with an unknown outcome `{outcome}`"));
                break;
            }
            case AuditKinds.PaceUpgraded or AuditKinds.PaceDowngraded:
            {
                using var payload = new Payload(record);
                var policy = payload.Field("policy");
                var moves = pace.TryGetValue(policy, out var before) ? before.Moves : 0;
                var to = payload.Field("to");
                pace[policy] = (PaceLevels.TryParse(to, out var level)
                    ? level
                    : throw new FormatException($"audit record {record.Sequence} moves PACE to an unknown level `{to}`"), moves + 1);
                break;
            }
            case AuditKinds.BreakerTripped or AuditKinds.BreakerReopened or AuditKinds.BreakerManualTrip
                or AuditKinds.BreakerProbe or AuditKinds.BreakerClosed or AuditKinds.BreakerReset:
            {
                using var payload = new Payload(record);
                var key = new BreakerKey(payload.Field("policy"), payload.Field("breaker"), payload.Field("scope_key"));
                var changes = breakers.TryGetValue(key, out var last) ? last.Changes : 0;
                var state = record.Kind switch
                {
                    AuditKinds.BreakerProbe => BreakerState.HalfOpen,
                    AuditKinds.BreakerClosed or AuditKinds.BreakerReset => BreakerState.Closed,
                    _ => BreakerState.Open,
                };
                breakers[key] = (state, record.Kind == AuditKinds.BreakerManualTrip, changes + 1);
                break;
            }
        }
    }

    /// <summary>Every way the state tables differ from the replayed log, one line each.</summary>
    public IReadOnlyList<string> Compare(AuditedState state)
    {
        var problems = new List<string>();
        var seenTickets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ticket in state.Tickets)
        {
            seenTickets.Add(ticket.Id);
            var status = Name(ticket.Status);
            if (!tickets.TryGetValue(ticket.Id, out var logged))
            {
                problems.Add($"review ticket `{ticket.Id}` is {status} but the audit log never opened it");
            }
            else if (logged.Status != ticket.Status)
            {
                problems.Add($"review ticket `{ticket.Id}` is {status} but the audit log has it {Name(logged.Status)}");
            }
            else if (ticket.Resolution is { } resolution && resolution.By != logged.Actor)
            {
                problems.Add($"review ticket `{ticket.Id}` was resolved by `{resolution.By}` but the audit log says `{logged.Actor}`");
            }
            else if (Differs(ticket, logged) is { } difference)
            {
                problems.Add($"review ticket `{ticket.Id}` {difference}");
            }
        }
        problems.AddRange(tickets.Keys.Where(id => !seenTickets.Contains(id))
            .Select(id => $"review ticket `{id}` is in the audit log but not in the ticket table: it was deleted"));

        var seenPace = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in state.Pace)
        {
            seenPace.Add(row.Policy);
            var logged = pace.TryGetValue(row.Policy, out var found) ? found : (PaceLevel.Primary, 0L);
            if (logged.Item1 != row.Level || logged.Item2 != row.Version)
            {
                problems.Add($"PACE of policy `{row.Policy}` is {Name(row.Level)} (version {row.Version}) but the audit log leaves it {Name(logged.Item1)} (version {logged.Item2})");
            }
        }
        problems.AddRange(pace.Where(p => !seenPace.Contains(p.Key))
            .Select(p => $"PACE of policy `{p.Key}` is in the audit log but not in the PACE table: it was deleted"));

        var seenBreakers = new HashSet<BreakerKey>();
        foreach (var row in state.Breakers)
        {
            seenBreakers.Add(row.Key);
            var name = $"breaker `{row.Key.Breaker}` of policy `{row.Key.Policy}` (key `{row.Key.ScopeKey}`)";
            if (!breakers.TryGetValue(row.Key, out var logged))
            {
                problems.Add($"{name} is {Name(row.State)} but the audit log never changed it");
            }
            else if (logged.State != row.State || logged.Manual != row.Manual || logged.Changes != row.Version)
            {
                problems.Add($"{name} is {Name(row.State)} (version {row.Version}) but the audit log leaves it {Name(logged.State)} (version {logged.Changes})");
            }
        }
        problems.AddRange(breakers.Keys.Where(k => !seenBreakers.Contains(k))
            .Select(k => $"breaker `{k.Breaker}` of policy `{k.Policy}` is in the audit log but not in the breaker table: it was deleted"));
        return problems;
    }

    /// <summary>What the log says of a ticket: its status and who set it, what it was opened for, and the outcome it was resolved with.</summary>
    private sealed record LoggedTicket(ReviewStatus Status, string Actor, OpenedTicket? Opened, Outcome? Outcome);

    /// <summary>
    /// The ticket as its <c>review_opened</c> record describes it: whose queue, which decision, due when. The review
    /// queue writes every field; one a record does not give (written by another caller of the store) is not compared.
    /// </summary>
    private sealed record OpenedTicket(string? Policy, string? Review, string? DecisionId, DateTimeOffset? DueAt);

    private void Resolve(Payload payload, ReviewStatus status, Outcome? outcome)
    {
        var id = payload.Field("ticket");
        tickets[id] = new LoggedTicket(status, payload.Record.Actor, tickets.TryGetValue(id, out var before) ? before.Opened : null, outcome);
    }

    /// <summary>
    /// How the ticket's row differs from what the log opened and resolved it with, or null: moving a pending ticket's
    /// due time, handing it to another policy, queue or decision, or turning its outcome around are edits too.
    /// </summary>
    private static string? Differs(ReviewTicket ticket, LoggedTicket logged)
    {
        if (logged.Opened is not { } opened)
        {
            return "is in the ticket table but the audit log never opened it";
        }
        if (ticket.Policy != (opened.Policy ?? ticket.Policy) || ticket.Review != (opened.Review ?? ticket.Review))
        {
            return $"is in queue `{ticket.Review}` of policy `{ticket.Policy}` but the audit log opened it in queue `{opened.Review}` of policy `{opened.Policy}`";
        }
        if (ticket.DecisionId != (opened.DecisionId ?? ticket.DecisionId))
        {
            return $"is for decision `{ticket.DecisionId}` but the audit log opened it for decision `{opened.DecisionId}`";
        }
        if (opened.DueAt is { } due && ticket.DueAt.UtcTicks != due.UtcTicks)
        {
            return $"is due at {ticket.DueAt:O} but the audit log opened it due at {due:O}";
        }
        if (ticket.Resolution is { } resolution && logged.Outcome is { } outcome && resolution.Outcome != outcome)
        {
            return $"was resolved with outcome {resolution.Outcome.ToKeyword()} but the audit log says {outcome.ToKeyword()}";
        }
        return null;
    }

    /// <summary>
    /// A state record's payload, parsed once for all the fields read from it; a record the verifier cannot read (not a
    /// JSON object, a required field missing or not a string) is itself reported.
    /// </summary>
    private sealed class Payload : IDisposable
    {
        private readonly JsonDocument? document;

        public Payload(AuditRecord record)
        {
            Record = record;
            try
            {
                document = JsonDocument.Parse(record.Payload);
            }
            catch (JsonException)
            {
                // Reported by the first field read.
            }
        }

        public AuditRecord Record { get; }

        /// <summary>A string field the record must have.</summary>
        public string Field(string name) => Optional(name) ?? throw Unreadable(name);

        /// <summary>A string field, or null when the payload has none.</summary>
        public string? Optional(string name)
        {
            if (document?.RootElement is { ValueKind: JsonValueKind.Object } root)
            {
                if (!root.TryGetProperty(name, out var value))
                {
                    return null;
                }
                if (value.ValueKind == JsonValueKind.String)
                {
                    return value.GetString();
                }
            }
            throw Unreadable(name);
        }

        public void Dispose() => document?.Dispose();

        private FormatException Unreadable(string name) => new($"audit record {Record.Sequence} ({Record.Kind}) has no `{name}` in its payload");
    }

    private static string Name(ReviewStatus status) => status.ToKeyword();

    private static string Name(PaceLevel level) => level.ToKeyword();

    private static string Name(BreakerState state) => state.ToKeyword();
}
