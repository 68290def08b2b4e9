using Airs.Runtime.AI.Models;
using Airs.Runtime.Bundles;
using Airs.Runtime.Engine;
using Airs.Runtime.Judges;
using Microsoft.Extensions.Logging;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>How an <c>airs serve</c> sidecar runs: what it serves, where it listens and who may call it.</summary>
public sealed record SidecarOptions
{
    /// <summary>A bundle file (<c>.airsb</c>) or a directory of them, one policy per file.</summary>
    public required string BundlePath { get; init; }

    public required BundleTrust Trust { get; init; }

    /// <summary>Where to listen; port 0 picks a free port (read it back from <see cref="SidecarHost.Addresses"/>).</summary>
    public string Urls { get; init; } = "http://127.0.0.1:8787";

    /// <summary>Listening on anything but loopback needs this, and then both kinds of token.</summary>
    public bool AllowRemote { get; init; }

    /// <summary>Who may call the admin endpoints (reviews, PACE, breakers). None: admin endpoints are refused.</summary>
    public IReadOnlyList<SidecarToken> AdminTokens { get; init; } = [];

    /// <summary>Who may list and decide review tickets, but not move PACE or reset breakers.</summary>
    public IReadOnlyList<SidecarToken> ReviewerTokens { get; init; } = [];

    /// <summary>Who may read <c>/metrics</c> (admin tokens may too). None: <c>/metrics</c> needs no token.</summary>
    public IReadOnlyList<SidecarToken> MetricsTokens { get; init; } = [];

    /// <summary>Show user and session ids in <c>/metrics</c> breaker labels; off, they read <c>user:*</c> and <c>session:*</c>.</summary>
    public bool MetricsUserLabels { get; init; }

    /// <summary>Swap in a bundle whose version is older than the one served (a floor in the trust store still holds).</summary>
    public bool AllowDowngrade { get; init; }

    /// <summary>Who may ask for decisions. None: decisions need no token.</summary>
    public IReadOnlyList<SidecarToken> DecisionTokens { get; init; } = [];

    /// <summary>Which admin token names may move PACE by hand; null: every admin token's name.</summary>
    public IReadOnlyList<string>? PacePrincipals { get; init; }

    /// <summary>The largest request body accepted (413 above it).</summary>
    public long MaxBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>Watch the bundle file or directory and hot-reload on change.</summary>
    public bool WatchBundles { get; init; } = true;

    public IJudgeClientProvider JudgeClients { get; init; } = new DictionaryJudgeClientProvider(new Dictionary<string, Microsoft.Extensions.AI.IChatClient>());

    /// <summary>The models file's judge models (<c>--models</c>); when set, judges call these instead of <see cref="JudgeClients"/> and <c>/readyz</c> probes each. The caller disposes it.</summary>
    public JudgeModels? Models { get; init; }

    /// <summary>Serve a bundle whose judges name a model that is not configured (its judges then fail by the tier's posture); otherwise it is refused.</summary>
    public bool AllowMissingJudges { get; init; }

    /// <summary>Where to POST a signed notice of every review ticket this sidecar opens; none: hosts long-poll <c>/v1/reviews/wait</c>.</summary>
    public ReviewWebhookOptions? ReviewWebhook { get; init; }

    /// <summary>How long <c>/readyz</c> waits for each judge model's endpoint.</summary>
    public TimeSpan JudgeProbeTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Engine options; <see cref="PolicyEngineOptions.PacePrincipals"/> is replaced by the admin principals.</summary>
    public PolicyEngineOptions Engine { get; init; } = PolicyEngineOptions.Default;

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Also serve the OpenAI-compatible gateway (<c>airs gateway</c>) under this policy; null: the sidecar only.</summary>
    public Gateway.GatewayOptions? Gateway { get; init; }

    /// <summary>Where the server and the engines log; none: nothing is logged.</summary>
    public IReadOnlyList<ILoggerProvider> LoggerProviders { get; init; } = [];
}
