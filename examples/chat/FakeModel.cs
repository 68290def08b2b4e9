using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Airs.Examples.Chat;

/// <summary>A stand-in for a real model: answers from a script keyed on the last user message, streams in small chunks.</summary>
internal sealed class FakeModel : IChatClient
{
    public int Calls { get; private set; }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var answer = Answer(messages);
        return Task.FromResult(new ChatResponse(answer) { FinishReason = FinishReason(answer) });
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var answer = Answer(messages);
        foreach (var content in answer.Contents)
        {
            if (content is TextContent text)
            {
                // In small pieces, as a real model streams: an email address arrives split up.
                foreach (var piece in text.Text.Chunk(6))
                {
                    await Task.Yield();
                    yield return new ChatResponseUpdate(ChatRole.Assistant, new string(piece)) { MessageId = "m1" };
                }
            }
            else
            {
                yield return new ChatResponseUpdate(ChatRole.Assistant, [content]) { MessageId = "m1" };
            }
        }
        yield return new ChatResponseUpdate { FinishReason = FinishReason(answer) };
    }

    private ChatMessage Answer(IEnumerable<ChatMessage> messages)
    {
        Calls++;
        var question = messages.Last(m => m.Role == ChatRole.User).Text;
        if (question.Contains("email", StringComparison.OrdinalIgnoreCase))
        {
            return new ChatMessage(ChatRole.Assistant, "The customer on order A-1001 is jane.doe@example.com, paying with card 4111 1111 1111 1111");
        }
        if (question.Contains("refund", StringComparison.OrdinalIgnoreCase))
        {
            return new ChatMessage(ChatRole.Assistant,
            [
                new TextContent("Checking the order and issuing the refund."),
                // The lookup first: the policy allows a refund only after a lookup of the same order in the session.
                Call("call-1", "orders.lookup", new { order_id = "A-1001" }),
                Call("call-2", "refunds.issue", new { order_id = "A-1001", amount = 2500, reason = "damaged" }),
            ]);
        }
        return new ChatMessage(ChatRole.Assistant, "Order A-1001 shipped on Monday.");
    }

    private static FunctionCallContent Call(string id, string name, object arguments) =>
        new(id, name, JsonSerializer.SerializeToElement(arguments).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone()));

    private static ChatFinishReason FinishReason(ChatMessage answer) =>
        answer.Contents.OfType<FunctionCallContent>().Any() ? ChatFinishReason.ToolCalls : ChatFinishReason.Stop;

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
