using Airs.Cli;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>`airs serve`'s judge-model and webhook options fail early, as usage errors (exit 2) with one clear line.</summary>
public sealed class ServeOptionsTests
{
    private static async Task<(int Code, string Error)> ServeAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await AirsCommand.RunAsync(["serve", .. args], output, error);
        return (code, error.ToString());
    }

    [Fact]
    public async Task A_broken_models_file_is_a_usage_error_naming_file_and_path()
    {
        var directory = SidecarTestHost.NewDirectory();
        var models = Path.Combine(directory, "models.json");
        File.WriteAllText(models, """{"models": {"judge": {"model": "gpt-4o-mini"}}}""");

        var (code, error) = await ServeAsync(directory, "--models", models);

        Assert.Equal(2, code);
        Assert.Contains($"{models}: $.models.judge.endpoint: is required", error);
    }

    [Theory]
    [InlineData(new[] { "--review-webhook", "http://127.0.0.1:9/hook" }, "`--review-webhook` needs `--review-webhook-secret-env NAME`")]
    [InlineData(new[] { "--review-webhook-secret-env", "X" }, "`--review-webhook-secret-env` needs `--review-webhook`")]
    [InlineData(new[] { "--review-webhook", "ftp://x/hook", "--review-webhook-secret-env", "X" }, "`ftp://x/hook` is not an http or https address")]
    [InlineData(new[] { "--review-webhook", "http://127.0.0.1:9/hook", "--review-webhook-secret-env", "AIRS_TEST_SURELY_UNSET_VARIABLE" },
        "the environment variable `AIRS_TEST_SURELY_UNSET_VARIABLE` is not set")]
    public async Task Webhook_options_are_checked_before_anything_starts(string[] options, string message)
    {
        var (code, error) = await ServeAsync([SidecarTestHost.NewDirectory(), .. options]);
        Assert.Equal(2, code);
        Assert.Contains(message, error);
    }
}
