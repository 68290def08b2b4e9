using System.Collections.Immutable;
using Airs.Runtime.Context;
using Airs.Runtime.Streaming;
using Airs.Runtime.AspNetCore.Tests.Guarding;

namespace Airs.Runtime.AspNetCore.Tests.Streaming;

/// <summary>A real output policy for streaming: PII and secrets redacted, exfiltration and an injection phrase blocked.</summary>
internal static class StreamingPolicy
{
    public const string Refusal = "The answer was stopped.";

    public const string Text = """
        policy stream_guard {
          version "1.0.0"
          tier low
          owner "tests@example.com"

          use airs.pii
          use airs.secrets
          use airs.exfiltration

          guard injected_answer on output {
            when output.text matches /ignore (all|any|previous) instructions/i
              or output.text contains "SECRET-CANARY"
            block "The answer was stopped."
          }

          guard refund_promise on output {
            when output.text contains "guaranteed refund"
            escalate refunds
          }

          review refunds { sla 4h  on expiry block "We couldn't check this answer in time." }
        }
        """;

    public static Task<GuardFixture> CreateAsync() => GuardFixture.CreateAsync(Text);

    public static RequestContext Context(string input = "What is my balance?") =>
        new() { InputText = input, UserId = "alice", SessionId = "s1", Present = ImmutableHashSet.Create(ContextField.InputText, ContextField.UserId, ContextField.SessionId) };

    /// <summary>Feeds the chunks, then completes: every released piece in order, and the step that ended the stream.</summary>
    public static async Task<(List<string> Pieces, ReleaseStep End)> RunAsync(StreamingRelease release, IEnumerable<string> chunks)
    {
        var pieces = new List<string>();
        foreach (var chunk in chunks)
        {
            var step = await release.AppendAsync(chunk);
            if (step.IsRefused)
            {
                return (pieces, step);
            }
            pieces.Add(step.Text);
        }
        var last = await release.CompleteAsync();
        if (!last.IsRefused)
        {
            pieces.Add(last.Text);
        }
        return (pieces, last);
    }
}
