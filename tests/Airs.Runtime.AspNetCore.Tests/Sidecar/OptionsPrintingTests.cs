using Airs.Runtime.AspNetCore.Gateway;
using Airs.Runtime.AspNetCore.Sidecar;
using Airs.Runtime.Bundles;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>Options records print every setting but never a secret, however they are nested.</summary>
public sealed class OptionsPrintingTests
{
    private const string UpstreamKey = "sk-proj-upstream-key-for-a-test";
    private const string WebhookSecret = "webhook-secret-for-a-test-0123";

    private static readonly GatewayOptions Gateway = new()
    {
        Upstream = new Uri("https://api.example.com/v1"),
        UpstreamKey = UpstreamKey,
        UserHeader = "X-User",
    };

    [Fact]
    public void A_gateways_options_print_without_the_upstream_key()
    {
        var printed = Gateway.ToString();

        Assert.DoesNotContain(UpstreamKey, printed, StringComparison.Ordinal);
        Assert.Contains($"UpstreamKey = {SecretHiding.Hidden}", printed, StringComparison.Ordinal);
        Assert.StartsWith("GatewayOptions { Upstream = https://api.example.com/v1, ", printed, StringComparison.Ordinal);
        // Every other setting is still printed, a property added later included.
        foreach (var property in typeof(GatewayOptions).GetProperties())
        {
            Assert.Contains($"{property.Name} = ", printed, StringComparison.Ordinal);
        }
        Assert.Contains("UserHeader = X-User", printed, StringComparison.Ordinal);
        Assert.Contains("MaxMessages = 256", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gateway_without_a_key_prints_none()
    {
        var printed = (Gateway with { UpstreamKey = null }).ToString();

        Assert.Contains("UpstreamKey = ,", printed, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretHiding.Hidden, printed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sidecars_options_print_without_the_secrets_of_what_they_hold()
    {
        var options = new SidecarOptions
        {
            BundlePath = "bundles",
            Trust = BundleTrust.AllowUnsigned(["support_bot"]),
            Gateway = Gateway,
            ReviewWebhook = new ReviewWebhookOptions(new Uri("https://hooks.example.com/airs"), WebhookSecret),
        };

        var printed = options.ToString();

        Assert.DoesNotContain(UpstreamKey, printed, StringComparison.Ordinal);
        Assert.DoesNotContain(WebhookSecret, printed, StringComparison.Ordinal);
        Assert.Contains("Url = https://hooks.example.com/airs, Secret = (hidden), MaxAttempts = 5", printed, StringComparison.Ordinal);
    }
}
