using Airs.Runtime.Policy;

namespace Airs.Runtime.Decisions;

/// <summary><c>detect</c> controls record findings only; <c>enforce</c> controls also decide the outcome.</summary>
public enum ControlMode
{
    Enforce,
    Detect,
}

public static class ControlModes
{
    public static readonly KeywordTable<ControlMode> Table = new((ControlMode.Enforce, "enforce"), (ControlMode.Detect, "detect"));

    public static string ToKeyword(this ControlMode mode) => Table.ToKeyword(mode);

    public static bool TryParse(string? keyword, out ControlMode mode) => Table.TryParse(keyword, out mode);
}
