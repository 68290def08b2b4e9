using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Judges;

/// <summary>A judge result as the pipeline consumes it: the finding to record and the action to apply.</summary>
public sealed record JudgeDisposition(Finding Finding, ActionSpec Action);
