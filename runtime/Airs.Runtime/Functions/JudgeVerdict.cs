namespace Airs.Runtime.Functions;

/// <summary>What a judge call came to. In <c>airs test</c> these are stubbed: <c>judge grounded returns fail</c>.</summary>
public enum JudgeVerdict
{
    Pass,
    Fail,
    /// <summary>The call failed, or the reply could not be parsed as a verdict.</summary>
    Error,
    Timeout,
    /// <summary>A verdict below every confidence band (a pass with confidence 0): <c>on uncertain</c> applies, or it passes.</summary>
    Uncertain,
}

public static class JudgeVerdicts
{
    public static string ToKeyword(this JudgeVerdict verdict) => verdict switch
    {
        JudgeVerdict.Pass => "pass",
        JudgeVerdict.Fail => "fail",
        JudgeVerdict.Error => "error",
        JudgeVerdict.Timeout => "timeout",
        JudgeVerdict.Uncertain => "uncertain",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };

    public static bool TryParse(string keyword, out JudgeVerdict verdict)
    {
        foreach (var v in Enum.GetValues<JudgeVerdict>())
        {
            if (v.ToKeyword() == keyword)
            {
                verdict = v;
                return true;
            }
        }
        verdict = default;
        return false;
    }
}
