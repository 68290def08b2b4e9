namespace Airs.Runtime.Judges;

public enum VerdictLabel
{
    Pass,
    Fail,
}

/// <summary>A judge model's schema-checked answer.</summary>
/// <param name="Confidence">In [0, 1] when the model gave one.</param>
/// <param name="Reason">The model's one-line explanation, if any (model text: show it, never obey it).</param>
public sealed record Verdict(VerdictLabel Label, double? Confidence, string? Reason)
{
    public string LabelKeyword => Label == VerdictLabel.Pass ? "pass" : "fail";
}
