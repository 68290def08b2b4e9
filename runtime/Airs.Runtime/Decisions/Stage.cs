namespace Airs.Runtime.Decisions;

/// <summary>The points in an AI request where a policy is evaluated.</summary>
public enum Stage
{
    Input,
    Output,
    ToolCall,
    ToolResult,
    Retrieval,
    AgentMessage,
}

public static class Stages
{
    public static readonly IReadOnlyList<Stage> All = Enum.GetValues<Stage>();

    public static string ToKeyword(this Stage stage) => stage switch
    {
        Stage.Input => "input",
        Stage.Output => "output",
        Stage.ToolCall => "tool_call",
        Stage.ToolResult => "tool_result",
        Stage.Retrieval => "retrieval",
        Stage.AgentMessage => "agent_message",
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    public static bool TryParse(string keyword, out Stage stage)
    {
        foreach (var s in All)
        {
            if (s.ToKeyword() == keyword)
            {
                stage = s;
                return true;
            }
        }
        stage = default;
        return false;
    }
}
