using Airs.Compiler.Binding;

namespace Airs.Compiler.Tests.Binding;

/// <summary>
/// A decision releases one text, its stage's own (<c>output.text</c> on <c>output</c>, …), and a tool call none the
/// hosts change: a <c>redact</c> of any other field was accepted, fired as <c>redact</c>, and released everything
/// unchanged (on <c>tool_call</c>, the call as the model made it). Found by security review 44.
/// </summary>
public sealed class RedactTargetTests
{
    [Theory]
    [InlineData("tool_call", "regex.spans(tool.name, /refund/)")]
    [InlineData("tool_call", "regex.spans(agent.id, /x/)")]
    [InlineData("output", "pii.spans(input.text, [email])")]
    [InlineData("output", "pii.spans(retrieval.text, [email])")]
    [InlineData("input", "regex.spans(user.id, /x/)")]
    [InlineData("tool_result", "regex.spans(tool.name, /x/)")]
    [InlineData("agent_message", "regex.spans(message.from, /x/)")]
    public void A_redaction_of_a_text_the_stage_does_not_release_is_an_error(string stage, string spans)
    {
        Assert.Contains("AIRS0132", Codes(stage, spans));
    }

    [Theory]
    [InlineData("input", "pii.spans(input.text, [email])")]
    [InlineData("output", "pii.spans(output.text, [email])")]
    [InlineData("tool_result", "secrets.spans(tool.result)")]
    [InlineData("retrieval", "pii.spans(retrieval.text, [email])")]
    [InlineData("agent_message", "pii.spans(message.text, [email])")]
    public void A_redaction_of_the_stages_own_text_compiles(string stage, string spans)
    {
        Assert.Empty(Codes(stage, spans));
    }

    private static List<string> Codes(string stage, string spans)
    {
        var compilation = Compilation.FromText("redact.airs", $$"""
            policy p {
              tier low
              tools ["orders.refund"]
              tool "orders.refund" { args { amount: number } writes }
              guard g on {{stage}} {
                when true
                redact {{spans}} with "[X]"
              }
            }
            """);
        return [.. compilation.Diagnostics.Where(d => d.Severity == Airs.Compiler.Diagnostics.DiagnosticSeverity.Error).Select(d => d.Code)];
    }
}
