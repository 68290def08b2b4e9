using Airs.Runtime.Decisions;

namespace Airs.Runtime.Context;

/// <summary>The fields of the typed request context. The order is stable: it is part of the IR.</summary>
public enum ContextField
{
    InputText,
    OutputText,
    RetrievalText,
    RetrievalDocs,
    ToolName,
    ToolArgs,
    ToolResult,
    MessageText,
    MessageFrom,
    MessageTo,
    AgentId,
    AgentChain,
    UserId,
    UserRoles,
    SessionId,
    /// <summary>Computed from <see cref="ToolArgs"/>: every string value in the arguments, nested ones too.</summary>
    ToolArgsText,
    /// <summary>The tokens the model reported using for the answer (prompt and completion); what token and cost limits count.</summary>
    OutputTokens,
    WorkflowName,
    WorkflowPhase,
    WorkflowPoint,
}

/// <summary>A field's path, type and the stages where a policy may read it.</summary>
public sealed record ContextFieldInfo(ContextField Field, string Path, FieldType Type, IReadOnlySet<Stage> Stages, string Description);
