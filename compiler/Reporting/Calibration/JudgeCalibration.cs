namespace Airs.Compiler.Reporting.Calibration;

/// <summary>
/// How one judge's verdicts compare with what reviewers decided on the same decisions. A reviewer's approval
/// means the judged text was fine (the right verdict was pass); a rejection means it was not (fail).
/// </summary>
/// <param name="Mode">The judge's mode in its latest run: <c>enforce</c> or <c>detect</c>.</param>
/// <param name="Tier">The policy's tier in the judge's latest run.</param>
/// <param name="Runs">Every run in the log: pass, fail, disagreement and error.</param>
/// <param name="Sampled">Runs chosen by the judge's own sample (the others were chosen by a guard or by PACE).</param>
/// <param name="Errors">Runs that ended in an error or a model disagreement: no verdict to compare.</param>
/// <param name="Uncertain">Verdicts below the judge's confidence band.</param>
/// <param name="Approved">Reviewed pass or fail verdicts whose decision a reviewer approved.</param>
/// <param name="Rejected">Reviewed pass or fail verdicts whose decision a reviewer rejected.</param>
/// <param name="FalseBlocks">Fail verdicts whose decision a reviewer approved.</param>
/// <param name="FalsePasses">Pass verdicts whose decision a reviewer rejected.</param>
/// <param name="Reviewers">How many different reviewers decided the reviewed verdicts.</param>
public sealed record JudgeCalibration(
    string Policy,
    string Judge,
    string Mode,
    string Tier,
    int Runs,
    int Sampled,
    int Errors,
    int Uncertain,
    int Approved,
    int Rejected,
    int FalseBlocks,
    int FalsePasses,
    int Reviewers)
{
    /// <summary>Verdicts (pass or fail) with a reviewer's decision.</summary>
    public int Reviewed => Approved + Rejected;

    /// <summary>Reviewed verdicts on which judge and reviewer agreed.</summary>
    public int Agreed => Reviewed - FalseBlocks - FalsePasses;

    /// <summary>Share of reviewed verdicts the reviewer agreed with; null when none was reviewed.</summary>
    public double? Agreement => Rate(Agreed, Reviewed);

    /// <summary>Share of the approved decisions the judge failed: good text it would have stopped.</summary>
    public double? FalseBlockRate => Rate(FalseBlocks, Approved);

    /// <summary>Share of the rejected decisions the judge passed: bad text it let through.</summary>
    public double? FalsePassRate => Rate(FalsePasses, Rejected);

    private static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
