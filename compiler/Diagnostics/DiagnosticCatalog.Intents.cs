namespace Airs.Compiler.Diagnostics;

// Intents and workflows: what agents, judges and workflows are for (AIRS0200–AIRS0209).
public static partial class DiagnosticCatalog
{
    public static Diagnostic WorkflowCriterionNotCovered(Location at, string workflow, string kind, string criterion, IEnumerable<string> agents) =>
        Error("AIRS0200", at, $"{kind} criterion `{criterion}` of workflow `{workflow}` is not covered by any of its agents",
            $"give one of {Names(agents)} a {kind} criterion named `{criterion}`");

    public static Diagnostic IntentToolNotGranted(Location at, string agent, string tool) =>
        Error("AIRS0201", at, $"the intent of agent `{agent}` permits `{tool}`, which the agent is not granted",
            $"add `{tool}` to the agent's `tools`, or remove it from the intent");

    public static Diagnostic GrantOutsideIntent(Location at, string agent, string tool) =>
        Warning("AIRS0202", at, $"agent `{agent}` is granted `{tool}`, which its intent does not permit",
            "a grant wider than the task is authority nobody needs: remove it, or add the tool to the intent's `tools`");

    public static Diagnostic FrequencyNotAllowed(Location at, string frequency, string tier, IEnumerable<string> allowed) =>
        Error("AIRS0203", at, $"`evaluate {frequency}` is not allowed at tier `{tier}`",
            $"tier `{tier}` evaluates with {Names(allowed)}");

    public static Diagnostic WorkflowWithoutAgents(Location at, string workflow) =>
        Error("AIRS0204", at, $"workflow `{workflow}` lists no agents", "write `agents [a, b]` with the agents that carry it out");

    public static Diagnostic TaskDeprecated(Location at, string agent) =>
        Warning("AIRS0205", at, $"`task` of agent `{agent}` is deprecated",
            "write `intent { goal \"…\" }`: an intent also gives criteria, tools, data and when the agent is evaluated");

    public static Diagnostic IntentSettingNotForOwner(Location at, string setting, string owner) =>
        Error("AIRS0206", at, $"`{setting}` is not allowed in the intent of {owner}",
            setting == "evaluate"
                ? "a workflow is evaluated by its judges: give the judge that reads `workflow.intent` an intent with `evaluate`"
                : "`tools` and `data` scope an agent's task; a judge or a workflow acts through its agents");

    /// <param name="missing">What is missing, e.g. <c>agent `intake` declares no intent</c>.</param>
    public static Diagnostic IntentNotDeclared(Location at, string judge, string placeholder, string missing) =>
        Warning("AIRS0207", at, $"judge `{judge}` reads `{placeholder}`, but {missing}",
            "the judge cannot grade those requests against an intent: they fail as a judge error (the tier's failure posture decides)");

    public static Diagnostic DuplicateCriterion(Location at, string criterion) =>
        Error("AIRS0208", at, $"criterion `{criterion}` is named more than once", "each criterion needs its own name, so a workflow can say which one covers it");

    private static string Names(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"`{n}`"));
}
