namespace Airs.Runtime.Decisions;

/// <summary>The four independent layers of protection, plus the implicit tool-permission check.</summary>
public enum Layer
{
    Guardrail,
    Judge,
    Review,
    Breaker,
    Permission,
    Pace,
}
