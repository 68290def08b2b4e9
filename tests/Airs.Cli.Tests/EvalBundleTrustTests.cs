namespace Airs.Cli.Tests;

/// <summary>Issue 15.8: `eval --bundle` refusing a bundle says which option would accept it.</summary>
public sealed class EvalBundleTrustTests
{
    private static string Summariser => Path.Combine(CliRun.RepositoryRoot, "policies", "examples", "summariser.airs");

    [Fact]
    public async Task A_bundle_signed_by_an_unknown_key_is_refused_with_a_hint_about_trust()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, (await CliRun.Of("keys", "new", "--out", folder.Path)).ExitCode);
        var bundle = folder.File("summariser.airsb");
        Assert.Equal(0, (await CliRun.Of("build", Summariser, "-o", bundle, "--key", folder.File("airs-signing.key.pem"))).ExitCode);
        var context = folder.Write("ctx.json", """{ "input": { "text": "notes" }, "user": { "roles": ["guest"] } }""");

        var refused = await CliRun.Of("eval", "--bundle", bundle, "--stage", "input", "--context", context);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("not in the trust store; pass `--trust <public-key.pem>`", refused.Error);
        Assert.Single(refused.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task An_unsigned_bundle_is_refused_with_a_hint_about_allow_unsigned()
    {
        using var folder = new TempFolder();
        var bundle = folder.File("summariser.airsb");
        var build = await CliRun.Of("build", Summariser, "-o", bundle, "--unsigned");
        Assert.True(build.ExitCode == 0, build.Error);
        var context = folder.Write("ctx.json", """{ "input": { "text": "notes" }, "user": { "roles": ["guest"] } }""");

        var refused = await CliRun.Of("eval", "--bundle", bundle, "--stage", "input", "--context", context);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("pass `--allow-unsigned <policy>`", refused.Error);
    }
}
