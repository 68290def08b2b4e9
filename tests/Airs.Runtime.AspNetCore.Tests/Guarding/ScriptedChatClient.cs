using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Airs.Runtime.AspNetCore.Tests.Guarding;

/// <summary>A model that answers from a script, streams its answer in the given chunks, and records what it was sent.</summary>
internal sealed class ScriptedChatClient(Func<IReadOnlyList<ChatMessage>, IReadOnlyList<ChatResponseUpdate>> script) : IChatClient
{
    public List<IReadOnlyList<ChatMessage>> Calls { get; } = [];

    /// <summary>Completes when the model is first sent a request.</summary>
    public TaskCompletionSource Called { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Answers every request with these text chunks, in order.</summary>
    public static ScriptedChatClient Chunks(params string[] chunks) =>
        new(_ => [.. chunks.Select(c => new ChatResponseUpdate(ChatRole.Assistant, c) { MessageId = "m1" })]);

    /// <summary>Answers every request with these contents, as one update.</summary>
    public static ScriptedChatClient Contents(params AIContent[] contents) =>
        new(_ => [new ChatResponseUpdate(ChatRole.Assistant, [.. contents]) { MessageId = "m1", FinishReason = ChatFinishReason.ToolCalls }]);

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(Answer(messages).ToChatResponse());

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var update in Answer(messages))
        {
            await Task.Yield();
            yield return update;
        }
    }

    private IReadOnlyList<ChatResponseUpdate> Answer(IEnumerable<ChatMessage> messages)
    {
        var sent = messages.ToList();
        Calls.Add(sent);
        Called.TrySetResult();
        return script(sent);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
