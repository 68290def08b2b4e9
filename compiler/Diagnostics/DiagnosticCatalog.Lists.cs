namespace Airs.Compiler.Diagnostics;

// AIRS0170–AIRS0179: quantifiers and lists (within the binding range). Documented in docs/diagnostics.md.
public static partial class DiagnosticCatalog
{
    public static Diagnostic QuantifierNeedsList(Location at, string quantifier, string found) =>
        Error("AIRS0170", at, $"`{quantifier}` ranges over a list of strings or numbers, not `{found}`",
            "quantify over a list field such as `retrieval.docs` or `tool.args_text`, or a list literal");

    /// <param name="reason">Already formatted, e.g. "it is a context field".</param>
    public static Diagnostic InvalidQuantifierVariable(Location at, string name, string reason) =>
        Error("AIRS0171", at, $"`{name}` cannot name a quantifier variable: {reason}", "choose another name, such as `doc` or `arg`");

    public static Diagnostic VariableHasNoFields(Location at, string path, string variable, string type) =>
        Error("AIRS0172", at, $"`{path}` reads a field of `{variable}`, which is a `{type}`",
            $"`{variable}` is one element of the list; use it as a whole");

    public static Diagnostic UnusedQuantifierVariable(Location at, string variable, string quantifier) =>
        Warning("AIRS0173", at, $"the condition of `{quantifier} {variable} in …` never reads `{variable}`",
            "the condition is the same for every element; read the element, as in `injection.found(" + variable + ")`");

    public static Diagnostic NegationNeedsNumber(Location at, string found) =>
        Error("AIRS0174", at, $"`-` applies to numbers, not `{found}`");

    public static Diagnostic QuantifiersNestTooDeep(Location at, string quantifier, int limit) =>
        Error("AIRS0176", at, $"`{quantifier}` nests quantifiers more than {limit} deep",
            "each quantifier multiplies the work by its list's length; split the condition into several guards");

    /// <param name="item">Already formatted, e.g. <c>tool "orders.refund"</c>.</param>
    public static Diagnostic ListedTwice(Location at, string item) =>
        Warning("AIRS0175", at, $"{item} is listed more than once", "remove the repeat: a list of grants or actions is a set, so it changes nothing");
}
