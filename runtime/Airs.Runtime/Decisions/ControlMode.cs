namespace Airs.Runtime.Decisions;

/// <summary><c>detect</c> controls record findings only; <c>enforce</c> controls also decide the outcome.</summary>
public enum ControlMode
{
    Enforce,
    Detect,
}
