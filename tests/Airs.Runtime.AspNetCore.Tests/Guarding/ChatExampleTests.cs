using Airs.Examples.Chat;

namespace Airs.Runtime.AspNetCore.Tests.Guarding;

public sealed class ChatExampleTests
{
    [Fact]
    public async Task The_chat_example_blocks_the_injection_redacts_pii_and_refuses_the_large_refund()
    {
        using var output = new StringWriter();

        var exitCode = await ChatDemo.RunAsync(output, RepositoryPaths.Root);

        var lines = output.ToString().Split(Environment.NewLine);
        Assert.True(exitCode == 0, output.ToString());
        Assert.Contains("assistant> Order A-1001 shipped on Monday.", lines);
        Assert.Contains("assistant> The customer on order A-1001 is [EMAIL], paying with card [CARD]", lines);
        Assert.Contains("assistant> This request looks like a prompt injection and was refused.", lines);
        Assert.Contains("  (refused by policy: Block, injection_input)", lines);
        Assert.Contains("assistant> The call to `refunds.issue` was not made: Refunds above 1,000 are handled by the payments team.", lines);
        Assert.Contains("tool call allowed> orders.lookup(order_id: A-1001)", lines);
        Assert.DoesNotContain(lines, l => l.Contains("refunds.issue(", StringComparison.Ordinal) || l.Contains("jane.doe", StringComparison.Ordinal) || l.Contains("4111", StringComparison.Ordinal));
        Assert.Contains("the model was called 3 times for 4 messages: the refused one never reached it", lines);
    }
}
