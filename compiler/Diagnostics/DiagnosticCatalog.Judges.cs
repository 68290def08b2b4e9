namespace Airs.Compiler.Diagnostics;

// AIRS0210–AIRS0219: judge sampling, confidence bands and the PACE judge actions.
public static partial class DiagnosticCatalog
{
    public static Diagnostic SampleGuardUndeclared(Location at, string name) =>
        Error("AIRS0210", at, $"`{name}` is not a guard",
            "`sample … when <guard> fired` names a guard declared in the policy or a pack it uses");

    public static Diagnostic SampleGuardOtherStage(Location at, string guard, string guardStage, string judge, string judgeStage) =>
        Error("AIRS0211", at, $"guard `{guard}` runs on `{guardStage}`, but judge `{judge}` runs on `{judgeStage}`",
            "a judge sees only the findings of its own stage's decision; name a guard of the same stage");

    public static Diagnostic SampleWhenNotRaised(Location at, string guard, string rate, string baseRate) =>
        Warning("AIRS0212", at, $"`sample {rate} when {guard} fired` does not raise the judge's sample of {baseRate}",
            "a raised rate only adds decisions; write a rate above the judge's own `sample`");

    public static Diagnostic UncertainWithoutBand(Location at, string judge) =>
        Error("AIRS0213", at, $"judge `{judge}` has `on uncertain` but no `confidence` band",
            "add `confidence 0.6` (a verdict below it is uncertain)");

    public static Diagnostic ConfidenceOutOfRange(Location at, string value) =>
        Error("AIRS0214", at, $"a confidence band must be above 0 and at most 1, not `{value}`");

    public static Diagnostic PaceJudgesConflict(Location at, string level) =>
        Error("AIRS0215", at, $"`judges off` and `judges all` are both actions of PACE level `{level}`",
            "`judges off` stops every judge; keep one of the two");
}
