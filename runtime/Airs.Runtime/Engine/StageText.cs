using Airs.Runtime.Audit;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;

namespace Airs.Runtime.Engine;

/// <summary>The main field of each stage: the text a decision releases, and whose length and hash it audits.</summary>
public static class StageText
{
    public static ContextField FieldOf(Stage stage) => stage switch
    {
        Stage.Input => ContextField.InputText,
        Stage.Output => ContextField.OutputText,
        Stage.ToolCall => ContextField.ToolName,
        Stage.ToolResult => ContextField.ToolResult,
        Stage.Retrieval => ContextField.RetrievalText,
        Stage.AgentMessage => ContextField.MessageText,
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    public static string PathOf(Stage stage) => ContextSchema.Get(FieldOf(stage)).Path;

    public static string Read(Stage stage, RequestContext context) => context.GetString(FieldOf(stage));

    /// <summary>The main field with the decision's redactions of that field applied.</summary>
    public static string Redacted(Stage stage, RequestContext context, Evaluation evaluation)
    {
        var text = Read(stage, context);
        return evaluation.Redactions.IsDefaultOrEmpty ? text : RedactionSet.Apply(text, PathOf(stage), evaluation.Redactions);
    }

    /// <summary>SHA-256 of the UTF-8 text, lowercase hex: lets an auditor match a record to text they hold, without storing it.</summary>
    public static string Sha256(string text) => Utf8Hashing.Sha256Hex(text);
}
