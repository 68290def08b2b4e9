using System.Collections.Frozen;
using System.Text.Json;
using Airs.Runtime.Context;

namespace Airs.Runtime.AI.Guarding;

/// <summary>Request contexts for the guarded client: the host's identity plus the fields of the stage being checked.</summary>
internal static class GuardContext
{
    public static RequestContext Build(
        AirsIdentity identity,
        string input = "",
        string output = "",
        string toolName = "",
        IReadOnlyDictionary<string, JsonElement>? toolArgs = null,
        string toolResult = "")
    {
        var present = new HashSet<ContextField>();
        void Mark(ContextField field, bool carried)
        {
            if (carried)
            {
                present.Add(field);
            }
        }
        Mark(ContextField.InputText, input.Length > 0);
        Mark(ContextField.OutputText, output.Length > 0);
        Mark(ContextField.ToolName, toolName.Length > 0);
        Mark(ContextField.ToolArgs, toolArgs is not null);
        Mark(ContextField.ToolResult, toolResult.Length > 0);
        Mark(ContextField.UserId, identity.UserId.Length > 0);
        Mark(ContextField.SessionId, identity.SessionId.Length > 0);
        Mark(ContextField.AgentId, identity.AgentId.Length > 0);
        Mark(ContextField.AgentChain, identity.AgentChain is not null);
        Mark(ContextField.UserRoles, identity.UserRoles is not null);
        return new RequestContext
        {
            InputText = input,
            OutputText = output,
            ToolName = toolName,
            ToolArgs = toolArgs ?? FrozenDictionary<string, JsonElement>.Empty,
            ToolResult = toolResult,
            UserId = identity.UserId,
            SessionId = identity.SessionId,
            AgentId = identity.AgentId,
            AgentChain = identity.AgentChain ?? [],
            UserRoles = identity.UserRoles ?? [],
            Present = present.ToFrozenSet(),
        };
    }
}
