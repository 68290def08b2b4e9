using System.CommandLine;
using Airs.Runtime.AspNetCore.Sidecar;

namespace Airs.Cli.Commands;

/// <summary>`airs serve --review-webhook URL --review-webhook-secret-env NAME`: a signed POST for every ticket opened.</summary>
internal sealed class ServeWebhookOptions
{
    private readonly Option<string?> url = new("--review-webhook") { Description = "POST a signed `review.opened` notice here for every review ticket opened" };
    private readonly Option<string?> secretEnv = new("--review-webhook-secret-env") { Description = "the environment variable holding the webhook's HMAC-SHA256 secret (at least 16 characters)" };

    public IEnumerable<Option> All => [url, secretEnv];

    public SidecarOptions Apply(SidecarOptions options, ParseResult result)
    {
        var address = result.GetValue(url);
        var variable = result.GetValue(secretEnv);
        if (address is null)
        {
            return variable is null ? options : throw new UsageException("`--review-webhook-secret-env` needs `--review-webhook`");
        }
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"`{address}` is not an http or https address");
        }
        if (variable is null)
        {
            throw new UsageException("`--review-webhook` needs `--review-webhook-secret-env NAME`: notices are always signed");
        }
        var secret = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrEmpty(secret))
        {
            throw new UsageException($"the environment variable `{variable}` is not set");
        }
        return options with { ReviewWebhook = new ReviewWebhookOptions(uri, secret) };
    }
}
