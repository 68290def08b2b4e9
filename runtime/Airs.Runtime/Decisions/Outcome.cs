namespace Airs.Runtime.Decisions;

/// <summary>
/// The outcome lattice: <c>allow &lt; flag &lt; redact &lt; escalate &lt; block &lt; halt</c>.
/// The numeric order is the lattice order, so the strictest outcome is the maximum.
/// </summary>
public enum Outcome
{
    Allow = 0,
    Flag = 1,
    Redact = 2,
    Escalate = 3,
    Block = 4,
    Halt = 5,
}

public static class OutcomeLattice
{
    public static Outcome Join(Outcome a, Outcome b) => a >= b ? a : b;

    public static string ToKeyword(this Outcome outcome) => outcome switch
    {
        Outcome.Allow => "allow",
        Outcome.Flag => "flag",
        Outcome.Redact => "redact",
        Outcome.Escalate => "escalate",
        Outcome.Block => "block",
        Outcome.Halt => "halt",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    public static bool TryParse(string keyword, out Outcome outcome)
    {
        outcome = keyword switch
        {
            "allow" => Outcome.Allow,
            "flag" => Outcome.Flag,
            "redact" => Outcome.Redact,
            "escalate" => Outcome.Escalate,
            "block" => Outcome.Block,
            "halt" => Outcome.Halt,
            _ => (Outcome)(-1),
        };
        return (int)outcome >= 0;
    }
}
