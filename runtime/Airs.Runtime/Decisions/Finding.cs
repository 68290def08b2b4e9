using System.Collections.Immutable;

namespace Airs.Runtime.Decisions;

/// <summary>One control that fired. Detect-mode findings are recorded but never change the outcome.</summary>
/// <param name="ControlId">The control's declared <c>id</c> (e.g. <c>GR-IN-01</c>), or its name when none is declared.</param>
/// <param name="Control">The control's name in the policy.</param>
/// <param name="Layer">Which layer produced it.</param>
/// <param name="Outcome">The outcome the control asks for.</param>
/// <param name="Mode">Whether the control enforces or only detects.</param>
/// <param name="Message">A one-line, human-readable reason.</param>
/// <param name="Evidence">The spans that made it fire, if any.</param>
public sealed record Finding(
    string ControlId,
    string Control,
    Layer Layer,
    Outcome Outcome,
    ControlMode Mode,
    string Message,
    ImmutableArray<Evidence> Evidence)
{
    public bool Enforced => Mode == ControlMode.Enforce;
}
