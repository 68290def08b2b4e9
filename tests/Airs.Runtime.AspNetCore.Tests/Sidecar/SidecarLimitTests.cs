using Airs.Runtime.PostgreSql;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>A request a `limit` refuses: the sidecar answers 200 with the decision, and the host gets `retryAfter`.</summary>
public sealed class SidecarLimitTests
{
    private const string Policy = """
        policy limited {
          version "1.0.0"
          tier low
          limit chat_rate {
            count requests
            max 2 within 1m per user
            on exceed block "Slow down, please."
          }
        }
        """;

    /// <summary>The sidecar's clock, standing 15 seconds into a minute: the window has 45 seconds left.</summary>
    private sealed class StandingClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 23, 17, 0, 15, TimeSpan.Zero);
    }

    [Fact]
    public async Task The_decision_past_the_limit_is_a_block_with_retry_after_and_the_others_have_none()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(Policy, directory);
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["limited"], configure: o => o with { TimeProvider = new StandingClock() });
        const string Alice = """{"input":{"text":"hello"},"user":{"id":"alice"}}""";

        for (var i = 0; i < 2; i++)
        {
            var allowed = await sidecar.DecideAsync("/v1/decisions/limited/input", Alice);
            Assert.Equal("allow", allowed.GetProperty("outcome").GetString());
            Assert.False(allowed.TryGetProperty("retryAfter", out _));
        }
        var refused = await sidecar.DecideAsync("/v1/decisions/limited/input", Alice);

        Assert.Equal(("block", "Slow down, please.", 45L), (refused.GetProperty("outcome").GetString(), refused.GetProperty("message").GetString(), refused.GetProperty("retryAfter").GetInt64()));
        Assert.Contains(refused.GetProperty("findings").EnumerateArray(), f => f.GetProperty("control").GetString() == "chat_rate");
        Assert.Matches("^[0-9a-f]{32}$", refused.GetProperty("id").GetString());
        var bob = await sidecar.DecideAsync("/v1/decisions/limited/input", """{"input":{"text":"hello"},"user":{"id":"bob"}}""");
        Assert.Equal("allow", bob.GetProperty("outcome").GetString());
        Assert.False(bob.TryGetProperty("retryAfter", out _));
        Assert.Empty(sidecar.Logs.Errors);
    }

    /// <summary>
    /// Ids that become a limit's (or a breaker's) key: PostgreSQL refuses a NUL in text, and a btree key over ~2.7 KB.
    /// Either is the client's mistake, a 400, the same on every store, never a store failure (500).
    /// </summary>
    private static readonly (string Group, string Id)[] UnusableIds =
    [
        ("user", "\\u0000"),
        ("user", "a\\u0000b"),
        ("session", "s\\u0007"),
        ("agent", "x\\u009f"),
        ("user", string.Concat(Enumerable.Range(0, 100).Select(_ => Guid.NewGuid().ToString("n")))), // random: PostgreSQL cannot compress it
    ];

    [PostgresFact]
    public async Task An_id_postgres_cannot_store_is_a_400_not_a_store_failure()
    {
        await using var server = await PostgresServer.StartAsync();
        await using var store = await PostgresAirsStore.OpenAsync(await server.CreateDatabaseAsync());
        await AssertUnusableIdsAreRefusedAsync(store);
    }

    [Fact]
    public async Task An_id_with_a_control_character_or_over_256_characters_is_a_400_on_sqlite_too() =>
        await AssertUnusableIdsAreRefusedAsync(null);

    private static async Task AssertUnusableIdsAreRefusedAsync(Stores.IAirsStore? store)
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(Policy, directory);
        await using var sidecar = await SidecarTestHost.StartAsync(directory, ["limited"], store, o => o with { MaxBodyBytes = 16_384 });
        foreach (var (group, id) in UnusableIds)
        {
            using var response = await sidecar.SendAsync(HttpMethod.Post, "/v1/decisions/limited/input",
                $$$"""{"input":{"text":"hello"},"{{{group}}}":{"id":"{{{id}}}"}}""");
            await SidecarErrorTests.AssertProblemAsync(response, 400, $"`{group}.id`");
        }
        // At 256 characters an id is still fine.
        var longest = await sidecar.DecideAsync("/v1/decisions/limited/input", $$$"""{"input":{"text":"hello"},"user":{"id":"{{{new string('u', 256)}}}"}}""");
        Assert.Equal("allow", longest.GetProperty("outcome").GetString());
        Assert.Empty(sidecar.Logs.Errors);
    }
}
