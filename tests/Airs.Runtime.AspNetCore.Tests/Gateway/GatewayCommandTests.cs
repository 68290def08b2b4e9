using Airs.Cli;
using Airs.Runtime.AspNetCore.Tests.Sidecar;

namespace Airs.Runtime.AspNetCore.Tests.Gateway;

/// <summary>`airs gateway`'s own options fail early, as usage errors (exit 2) with one clear line.</summary>
public sealed class GatewayCommandTests
{
    private static async Task<(int Code, string Error)> GatewayAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await AirsCommand.RunAsync(["gateway", .. args], output, error);
        return (code, error.ToString());
    }

    [Theory]
    [InlineData(new string[0], "--upstream")]
    [InlineData(new[] { "--upstream", "ftp://models.example/v1" }, "`--upstream ftp://models.example/v1`: give the upstream's base URL")]
    [InlineData(new[] { "--upstream", "http://127.0.0.1:9/v1", "--upstream-key-env", "AIRS_TEST_SURELY_UNSET_VARIABLE" },
        "the environment variable `AIRS_TEST_SURELY_UNSET_VARIABLE` (`--upstream-key-env`) is not set")]
    [InlineData(new[] { "--upstream", "http://127.0.0.1:9/v1", "--user-header", "X User" }, "`--user-header X User` is not a header name")]
    [InlineData(new[] { "--upstream", "http://127.0.0.1:9/v1", "--urls", "http://0.0.0.0:8788" }, "is not a loopback address; pass `--allow-remote`")]
    [InlineData(new[] { "--upstream", "http://127.0.0.1:9/v1", "--upstream-timeout", "0" }, "`--upstream-timeout 0`: give a number of seconds, 1 or more")]
    [InlineData(new[] { "--upstream", "http://127.0.0.1:9/v1", "--max-answer-mb", "-3" }, "`--max-answer-mb -3`: give a number of megabytes, 1 or more")]
    public async Task Bad_options_are_usage_errors_before_anything_listens(string[] options, string message)
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(GatewayTestHost.Policy, directory);

        var (code, error) = await GatewayAsync([directory, "--allow-unsigned", "shop_bot", "--store", Path.Combine(directory, "airs.db"), .. options]);

        Assert.Equal(2, code);
        Assert.Contains(message, error);
    }
}
