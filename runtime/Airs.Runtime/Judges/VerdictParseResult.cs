namespace Airs.Runtime.Judges;

/// <summary>What <see cref="VerdictParser"/> made of a reply: a verdict, or why there is none.</summary>
public abstract record VerdictParseResult
{
    private VerdictParseResult()
    {
    }

    public sealed record Parsed(Verdict Verdict) : VerdictParseResult;

    /// <summary>Not a verdict. This is a judge failure, never a pass.</summary>
    public sealed record Unparseable(string Reason) : VerdictParseResult;
}
