using Airs.Runtime.Decisions;
using Airs.Runtime.Judges;
using Airs.Runtime.Policy;
using Microsoft.Extensions.AI;

namespace Airs.Runtime.Tests.Judges;

/// <summary>A chat client whose every call runs a script: reply, throw, hang, or anything else a test needs.</summary>
internal sealed class ScriptedChatClient : IChatClient
{
    private readonly Func<int, IReadOnlyList<ChatMessage>, CancellationToken, Task<ChatResponse>> _script;
    private readonly ChatClientMetadata? _metadata;
    private int _calls;

    public ScriptedChatClient(Func<int, IReadOnlyList<ChatMessage>, CancellationToken, Task<ChatResponse>> script, ChatClientMetadata? metadata = null)
    {
        _script = script;
        _metadata = metadata;
    }

    public int Calls => _calls;

    public List<IReadOnlyList<ChatMessage>> Prompts { get; } = [];

    public List<ChatOptions?> Options { get; } = [];

    public static ScriptedChatClient Replying(string text, ChatClientMetadata? metadata = null, string? responseModel = null) =>
        new((_, _, _) => Task.FromResult(Response(text, responseModel)), metadata);

    public static ScriptedChatClient Throwing(Exception e) => new((_, _, _) => Task.FromException<ChatResponse>(e));

    /// <summary>Never answers, but honours cancellation (as a well-behaved client does).</summary>
    public static ScriptedChatClient Hanging() => new(async (_, _, ct) =>
    {
        await Task.Delay(Timeout.Infinite, ct);
        throw new InvalidOperationException("unreachable");
    });

    /// <summary>Never answers and ignores its token: the runner must not wait for it anyway.</summary>
    public static ScriptedChatClient HangingDeaf() => new((_, _, _) => new TaskCompletionSource<ChatResponse>().Task);

    public static ChatResponse Response(string text, string? model = null) =>
        new(new ChatMessage(ChatRole.Assistant, text))
        {
            ModelId = model,
            ResponseId = "resp-1",
            Usage = new UsageDetails { InputTokenCount = 120, OutputTokenCount = 18 },
        };

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages.ToList();
        int call;
        lock (Prompts)
        {
            Prompts.Add(list);
            Options.Add(options);
            call = ++_calls;
        }
        return await _script(call, list, cancellationToken);
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("judges do not stream");

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(ChatClientMetadata) ? _metadata : serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}

internal static class Judge
{
    public const string PassReply = """{"verdict": "pass", "confidence": 0.92, "reason": "every claim is in the sources"}""";
    public const string FailReply = """{"verdict": "fail", "confidence": 0.81, "reason": "the refund amount is not in the sources"}""";

    public static readonly ActionSpec NotDeclared = new(Outcome.Allow);

    public static JudgeSpec Spec(
        string name = "grounded",
        string model = "judge",
        string? challenger = null,
        double sampleRate = 1.0,
        TimeSpan? timeout = null,
        ActionSpec? onFail = null,
        ActionSpec? onError = null,
        ControlMode mode = ControlMode.Enforce,
        string template = "Is the ANSWER supported by the SOURCES?\nSOURCES: {{ retrieval.text }}\nANSWER: {{ output.text }}") =>
        new(name, "JG-" + name, Stage.Output, mode, model, challenger, sampleRate, timeout ?? TimeSpan.FromSeconds(5), true, template,
            onFail ?? new ActionSpec(Outcome.Escalate, Review: "support_review"),
            onError ?? NotDeclared,
            ["owasp.llm09"]);

    public static Airs.Runtime.Context.RequestContext Context(string output = "Your refund of 40 EUR was issued.", string retrieval = "Refund 40 EUR issued on 3 May.") =>
        new() { OutputText = output, RetrievalText = retrieval };

    public static JudgeRunner Runner(params (string Model, IChatClient Client)[] clients) =>
        Runner(null, clients);

    public static JudgeRunner Runner(JudgeRunnerOptions? options, params (string Model, IChatClient Client)[] clients) =>
        new(new DictionaryJudgeClientProvider(clients.ToDictionary(c => c.Model, c => c.Client)), options);
}
