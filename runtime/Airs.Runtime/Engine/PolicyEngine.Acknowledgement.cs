using System.Diagnostics;

namespace Airs.Runtime.Engine;

public sealed partial class PolicyEngine
{
    /// <summary>
    /// A decision made and its audit record queued, not yet acknowledged: what the small frame that awaits the commit
    /// needs, and no more (a struct, so it adds no object to a decision). <see cref="Finish"/> ends
    /// the audit span and the decision's telemetry once the record is durable; <see cref="Abandon"/> when it failed.
    /// </summary>
    private readonly record struct MadeDecision(
        PolicyEngine Engine,
        Decision Decision,
        Task Committed,
        Task? Limits,
        Activity? Activity,
        Activity? AuditLayer,
        long Started,
        long AuditStarted)
    {
        public Decision Finish()
        {
            AuditLayer?.Dispose();
            var time = Engine.time;
            Decision.Timings.RecordAudit(time.GetElapsedTime(AuditStarted));
            EngineTelemetry.Record(Decision, time.GetElapsedTime(Started), Activity);
            Activity?.Dispose();
            return Decision;
        }

        public void Abandon()
        {
            AuditLayer?.Dispose();
            Activity?.Dispose();
        }
    }
}
