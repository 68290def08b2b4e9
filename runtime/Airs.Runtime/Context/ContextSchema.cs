using System.Collections.Frozen;
using Airs.Runtime.Decisions;

namespace Airs.Runtime.Context;

/// <summary>
/// The one definition of the request context: which fields exist, their types and the stages on
/// which each is present. The compiler's binder and the runtime's JSON reader both use it.
/// </summary>
public static class ContextSchema
{
    private static readonly Stage[] Everywhere = [.. Stages.All];

    public static readonly IReadOnlyList<ContextFieldInfo> Fields =
    [
        F(ContextField.InputText, "input.text", FieldType.String, "the user's message", Stage.Input, Stage.Output),
        F(ContextField.OutputText, "output.text", FieldType.String, "the model's answer", Stage.Output),
        F(ContextField.RetrievalText, "retrieval.text", FieldType.String, "retrieved content, concatenated", Stage.Retrieval, Stage.Output),
        F(ContextField.RetrievalDocs, "retrieval.docs", FieldType.StringList, "retrieved documents", Stage.Retrieval, Stage.Output),
        F(ContextField.ToolName, "tool.name", FieldType.String, "the tool being called", Stage.ToolCall, Stage.ToolResult),
        F(ContextField.ToolArgs, "tool.args", FieldType.ToolArgs, "the tool call's arguments, typed by its `tool` declaration", Stage.ToolCall),
        F(ContextField.ToolResult, "tool.result", FieldType.String, "what the tool returned", Stage.ToolResult),
        F(ContextField.MessageText, "message.text", FieldType.String, "a message between agents", Stage.AgentMessage),
        F(ContextField.MessageFrom, "message.from", FieldType.String, "the sending agent", Stage.AgentMessage),
        F(ContextField.MessageTo, "message.to", FieldType.String, "the receiving agent", Stage.AgentMessage),
        F(ContextField.AgentId, "agent.id", FieldType.String, "the acting agent", Everywhere),
        F(ContextField.AgentChain, "agent.chain", FieldType.StringList, "the delegation chain, first caller first, acting agent last", Everywhere),
        F(ContextField.UserId, "user.id", FieldType.String, "the end user", Everywhere),
        F(ContextField.UserRoles, "user.roles", FieldType.StringList, "the end user's roles", Everywhere),
        F(ContextField.SessionId, "session.id", FieldType.String, "the conversation", Everywhere),
        F(ContextField.ToolArgsText, "tool.args_text", FieldType.StringList, "every string value in the tool call's arguments, nested ones too", Stage.ToolCall),
        F(ContextField.OutputTokens, "output.tokens", FieldType.Number, "the tokens the model reported for the answer, prompt and completion", Stage.Output),
        F(ContextField.WorkflowName, "workflow.name", FieldType.String, "the `workflow` the request belongs to", Everywhere),
        F(ContextField.WorkflowPhase, "workflow.phase", FieldType.String, "the workflow's current phase, as the host names it", Everywhere),
        F(ContextField.WorkflowPoint, "workflow.point", FieldType.String, "`action` (the default), `phase_end` or `workflow_end`: when judges that evaluate per phase or after execution run", Everywhere),
    ];

    public static readonly FrozenDictionary<string, ContextFieldInfo> ByPath =
        Fields.ToFrozenDictionary(f => f.Path, StringComparer.Ordinal);

    /// <summary>The first segment of every path: <c>input</c>, <c>tool</c>, <c>agent</c>, …</summary>
    public static readonly FrozenSet<string> Roots =
        Fields.Select(f => f.Path[..f.Path.IndexOf('.')]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The groups under which a policy may declare its own attributes (<c>user.email</c>, <c>session.channel</c>).
    /// A request may carry any path of two segments under them; the policy's <c>context</c> block decides
    /// whether it is accepted (the implicit <c>context_attributes</c> control).
    /// </summary>
    public static readonly FrozenSet<string> AttributeRoots = new[] { "user", "session" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="path"/> can name a declared attribute: two segments, an attribute root, not a built-in field.</summary>
    public static bool IsAttributePath(string path)
    {
        var dot = path.IndexOf('.');
        return dot > 0 && dot < path.Length - 1 && path.IndexOf('.', dot + 1) < 0
            && AttributeRoots.Contains(path[..dot]) && !ByPath.ContainsKey(path);
    }

    public static ContextFieldInfo Get(ContextField field) => Fields[(int)field];

    /// <summary>Fields computed from other fields: a request or a test cannot set them.</summary>
    public static bool IsDerived(ContextField field) => field == ContextField.ToolArgsText;

    private static ContextFieldInfo F(ContextField field, string path, FieldType type, string description, params Stage[] stages) =>
        new(field, path, type, stages.ToFrozenSet(), description);
}
