namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>
/// A `pattern` anchored with `^…$` holds for the whole value: .NET's `$` also matches before a final line break, so
/// `"A-1\n"` passed `/^A-[0-9]+$/` and the call was allowed with an argument outside its declaration.
/// </summary>
public sealed class SidecarToolArgumentTests
{
    private const string Policy = """
        policy orders {
          version "1.0.0"
          tier low
          tools ["refund"]
          tool "refund" {
            args { order_id: string pattern /^A-[0-9]+$/, price?: string pattern /^[$]?[0-9]+\$$/, note?: string pattern /^a$|^b$/m }
            writes
          }
        }
        """;

    [Theory]
    [InlineData("""{"order_id":"A-1"}""", "allow")]
    [InlineData("""{"order_id":"A-1\n"}""", "block")]
    [InlineData("""{"order_id":"A-1\n\n"}""", "block")]
    [InlineData("""{"order_id":"A-1","price":"$5$"}""", "allow")]
    [InlineData("""{"order_id":"A-1","price":"5$\n"}""", "block")]
    [InlineData("""{"order_id":"A-1","note":"x\nb\n"}""", "allow")] // `m`: `$` is the end of a line, as the author asked
    public async Task An_anchored_pattern_holds_for_the_whole_value(string args, string outcome)
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(Policy, directory);
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["orders"]);

        var decision = await sidecar.DecideAsync("/v1/decisions/orders/tool_call", """{"tool":{"name":"refund","args":""" + args + "}}");

        Assert.Equal(outcome, decision.GetProperty("outcome").GetString());
        if (outcome == "block")
        {
            Assert.Equal("tool_arguments", decision.GetProperty("findings")[0].GetProperty("control").GetString());
        }
    }
}
