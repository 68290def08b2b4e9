namespace Airs.Runtime.Judges;

public enum JudgeErrorKind
{
    /// <summary>The judge did not answer within its <c>timeout</c>.</summary>
    Timeout,
    /// <summary>The client threw (network, HTTP status, bad prompt template, …).</summary>
    Exception,
    /// <summary>The reply is not exactly one schema-valid verdict, or carries instructions (RT-06).</summary>
    Unparseable,
    /// <summary>The host registered no chat client under the judge's model name.</summary>
    ModelMissing,
}

/// <summary>What one judge run came to. Exactly one of the nested cases.</summary>
public abstract record JudgeResult
{
    private JudgeResult(string judge) => Judge = judge;

    /// <summary>The judge's name in the policy.</summary>
    public string Judge { get; }

    public sealed record Passed(string Judge, string Model, Verdict Verdict) : JudgeResult(Judge);

    public sealed record Failed(string Judge, string Model, Verdict Verdict) : JudgeResult(Judge);

    /// <param name="Detail">One line, safe to log and to show an operator.</param>
    public sealed record Errored(string Judge, string Model, JudgeErrorKind Kind, string Detail) : JudgeResult(Judge);

    /// <summary>Outside the judge's sample for this decision: nothing ran.</summary>
    public sealed record NotSampled(string Judge) : JudgeResult(Judge);

    /// <summary>The primary and the challenger model gave opposite verdicts (RT-13): the pipeline escalates.</summary>
    public sealed record Disagreement(string Judge, ModelVerdict Primary, ModelVerdict Challenger) : JudgeResult(Judge);
}

public sealed record ModelVerdict(string Model, Verdict Verdict);
