using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Context;

/// <summary>
/// One request's context, typed. Absent fields read as the type's empty value
/// (<c>""</c>, <c>0</c>, <c>false</c>, <c>[]</c>), so evaluation is total.
/// </summary>
public sealed class RequestContext
{
    public static readonly RequestContext Empty = new();

    public string InputText { get; init; } = "";
    public string OutputText { get; init; } = "";
    public string RetrievalText { get; init; } = "";
    public IReadOnlyList<string> RetrievalDocs { get; init; } = [];
    public string ToolName { get; init; } = "";
    public IReadOnlyDictionary<string, JsonElement> ToolArgs { get; init; } = FrozenDictionary<string, JsonElement>.Empty;
    public string ToolResult { get; init; } = "";
    public string MessageText { get; init; } = "";
    public string MessageFrom { get; init; } = "";
    public string MessageTo { get; init; } = "";
    public string AgentId { get; init; } = "";
    public IReadOnlyList<string> AgentChain { get; init; } = [];
    public string UserId { get; init; } = "";
    public IReadOnlyList<string> UserRoles { get; init; } = [];
    public string SessionId { get; init; } = "";
    public string WorkflowName { get; init; } = "";
    public string WorkflowPhase { get; init; } = "";

    /// <summary><c>workflow.point</c> as sent: empty (an action), <c>action</c>, <c>phase_end</c> or <c>workflow_end</c>.</summary>
    /// <exception cref="ArgumentException">Any other text: a request cannot name a point that does not exist.</exception>
    public string WorkflowPoint
    {
        get;
        init => field = EvaluationPoints.TryParse(value, out _) ? value
            : throw new ArgumentException($"`workflow.point` must be one of {string.Join(", ", EvaluationPoints.Table.Keywords.Select(k => $"`{k}`"))}", nameof(value));
    } = "";

    /// <summary>Where in its workflow the request is; the in-process way to signal a phase end or the workflow's end.</summary>
    public EvaluationPoint Point
    {
        get => EvaluationPoints.TryParse(WorkflowPoint, out var point) ? point : EvaluationPoint.Action;
        init => WorkflowPoint = value == EvaluationPoint.Action ? "" : value.ToKeyword();
    }

    /// <summary><c>output.tokens</c>: the model's reported usage for the answer, a finite number of at least 0.</summary>
    public double OutputTokens { get; init; }

    /// <summary>Attributes the policy declares in its <c>context</c> block, by path (<c>user.email</c>), as sent.</summary>
    public IReadOnlyDictionary<string, JsonElement> Attributes { get; init; } = FrozenDictionary<string, JsonElement>.Empty;

    private IReadOnlyList<string>? _toolArgsText;

    /// <summary><c>tool.args_text</c>: every string value in <see cref="ToolArgs"/>, computed on first read.</summary>
    public IReadOnlyList<string> ToolArgsText => _toolArgsText ??= ToolArgStrings.Collect(ToolArgs);

    /// <summary>Which fields the request actually carried (for checks such as "agent.chain is required").</summary>
    public IReadOnlySet<ContextField> Present { get; init; } = new ContextFieldSet();

    public string GetString(ContextField field) => field switch
    {
        ContextField.InputText => InputText,
        ContextField.OutputText => OutputText,
        ContextField.RetrievalText => RetrievalText,
        ContextField.ToolName => ToolName,
        ContextField.ToolResult => ToolResult,
        ContextField.MessageText => MessageText,
        ContextField.MessageFrom => MessageFrom,
        ContextField.MessageTo => MessageTo,
        ContextField.AgentId => AgentId,
        ContextField.UserId => UserId,
        ContextField.SessionId => SessionId,
        ContextField.WorkflowName => WorkflowName,
        ContextField.WorkflowPhase => WorkflowPhase,
        ContextField.WorkflowPoint => WorkflowPoint,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a string field"),
    };

    public IReadOnlyList<string> GetList(ContextField field) => field switch
    {
        ContextField.RetrievalDocs => RetrievalDocs,
        ContextField.AgentChain => AgentChain,
        ContextField.UserRoles => UserRoles,
        ContextField.ToolArgsText => ToolArgsText,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a list field"),
    };

    public double GetNumber(ContextField field) => field switch
    {
        ContextField.OutputTokens => OutputTokens,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a number field"),
    };

    /// <summary>Returns a copy with one string field replaced (used to release redacted text).</summary>
    public RequestContext WithString(ContextField field, string value) => field switch
    {
        ContextField.InputText => Copy(c => c.InputText = value),
        ContextField.OutputText => Copy(c => c.OutputText = value),
        ContextField.RetrievalText => Copy(c => c.RetrievalText = value),
        ContextField.ToolResult => Copy(c => c.ToolResult = value),
        ContextField.MessageText => Copy(c => c.MessageText = value),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a redactable field"),
    };

    private RequestContext Copy(Action<Mutable> change)
    {
        var m = new Mutable(this);
        change(m);
        return m.Build();
    }

    /// <summary>Reads a context from JSON shaped like the paths: <c>{"input": {"text": "…"}, "tool": {"name": "…", "args": {…}}}</c>.</summary>
    /// <exception cref="ContextFormatException">Unknown fields or wrong types, with the JSON path.</exception>
    public static RequestContext FromJson(string json) => ContextJsonReader.Read(Encoding.UTF8.GetBytes(json));

    /// <inheritdoc cref="FromJson(string)"/>
    public static RequestContext FromJson(JsonElement root) => ContextJsonReader.Read(JsonMarshal.GetRawUtf8Value(root));

    /// <summary>Reads a context straight from UTF-8 bytes as they arrived (a request body), in one pass.</summary>
    /// <inheritdoc cref="FromJson(string)"/>
    public static RequestContext FromUtf8Json(ReadOnlySequence<byte> json) => ContextJsonReader.Read(json);

    internal sealed class Mutable
    {
        public string InputText, OutputText, RetrievalText, ToolName, ToolResult, MessageText, MessageFrom, MessageTo, AgentId, UserId, SessionId;
        public string WorkflowName, WorkflowPhase, WorkflowPoint;
        public IReadOnlyList<string> RetrievalDocs, AgentChain, UserRoles;
        public double OutputTokens;
        public IReadOnlyDictionary<string, JsonElement> ToolArgs, Attributes;
        public ContextFieldSet Present;

        public Mutable(RequestContext c)
        {
            (InputText, OutputText, RetrievalText, ToolName, ToolResult) = (c.InputText, c.OutputText, c.RetrievalText, c.ToolName, c.ToolResult);
            (MessageText, MessageFrom, MessageTo, AgentId, UserId, SessionId) = (c.MessageText, c.MessageFrom, c.MessageTo, c.AgentId, c.UserId, c.SessionId);
            (RetrievalDocs, AgentChain, UserRoles, ToolArgs, Attributes) = (c.RetrievalDocs, c.AgentChain, c.UserRoles, c.ToolArgs, c.Attributes);
            OutputTokens = c.OutputTokens;
            (WorkflowName, WorkflowPhase, WorkflowPoint) = (c.WorkflowName, c.WorkflowPhase, c.WorkflowPoint);
            Present = Snapshot(c.Present);
        }

        private static ContextFieldSet Snapshot(IReadOnlySet<ContextField> present)
        {
            if (present is ContextFieldSet set)
            {
                return set.Copy(); // a word, not an enumeration
            }
            ContextFieldSet copy = [.. present];
            return copy;
        }

        public RequestContext Build() => new()
        {
            InputText = InputText, OutputText = OutputText, RetrievalText = RetrievalText, RetrievalDocs = RetrievalDocs,
            ToolName = ToolName, ToolArgs = ToolArgs, ToolResult = ToolResult,
            MessageText = MessageText, MessageFrom = MessageFrom, MessageTo = MessageTo,
            AgentId = AgentId, AgentChain = AgentChain, UserId = UserId, UserRoles = UserRoles, SessionId = SessionId,
            WorkflowName = WorkflowName, WorkflowPhase = WorkflowPhase, WorkflowPoint = WorkflowPoint,
            Attributes = Attributes,
            OutputTokens = OutputTokens,
            Present = Snapshot(Present),
        };
    }
}
