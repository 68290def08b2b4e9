using System.Diagnostics;
using System.Text.Json;
using Airs.LanguageServer.Tests.Support;

namespace Airs.LanguageServer.Tests.Editor;

/// <summary>Skips (with the reason) only when Neovim is not on PATH; <c>.ci/run</c> installs it.</summary>
public sealed class NeovimFactAttribute : FactAttribute
{
    public NeovimFactAttribute()
    {
        if (NeovimTests.FindOnPath("nvim") is null)
        {
            Skip = "nvim is not installed: `apt-get install -y neovim` (the CI script installs it)";
        }
    }
}

/// <summary>A real editor's LSP client (Neovim, headless) against the server, through tests/editor/.</summary>
public sealed class NeovimTests
{
    internal static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);

    /// <summary>
    /// The server command: AIRS_LSP_COMMAND (a JSON array, e.g. <c>["airs","lsp"]</c>) when set, else this test
    /// assembly in its <c>--stdio-server</c> role.
    /// </summary>
    private static string[] ServerCommand()
    {
        if (Environment.GetEnvironmentVariable("AIRS_LSP_COMMAND") is { Length: > 0 } configured)
        {
            return JsonSerializer.Deserialize<string[]>(configured)!;
        }
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        return [dotnet, typeof(StdioServerProgram).Assembly.Location, StdioServerProgram.Flag];
    }

    private static async Task<JsonElement> RunNeovimAsync(string file, string hoverAt)
    {
        var editorDirectory = Path.Combine(AppContext.BaseDirectory, "editor");
        var output = Path.Combine(Path.GetTempPath(), $"airs-nvim-{Guid.NewGuid():N}.json");
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(editorDirectory, "run-nvim-lsp-test.sh"), file, output, "--hover", hoverAt, "--" }.Concat(ServerCommand()))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(150));
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"neovim did not finish: {await stderr}");
        }
        Assert.True(process.ExitCode == 0, $"the harness failed ({process.ExitCode}): {await stdout}\n{await stderr}");
        try
        {
            return JsonDocument.Parse(await File.ReadAllTextAsync(output)).RootElement.Clone();
        }
        finally
        {
            File.Delete(output);
        }
    }

    [NeovimFact]
    public async Task Neovim_initializes_opens_a_file_receives_diagnostics_and_gets_a_hover_answer()
    {
        var directory = Directory.CreateTempSubdirectory("airs-nvim-");
        try
        {
            var file = Path.Combine(directory.FullName, "sample.airs");
            File.Copy(Path.Combine(AppContext.BaseDirectory, "editor", "sample.airs"), file);

            var result = await RunNeovimAsync(file, hoverAt: "5,3");

            Assert.Empty(result.GetProperty("errors").EnumerateArray());
            Assert.True(result.GetProperty("initialized").GetBoolean());
            Assert.Equal("airs", result.GetProperty("server_name").GetString());
            Assert.True(result.GetProperty("hover_capability").GetBoolean());
            Assert.True(result.GetProperty("attached").GetBoolean());
            Assert.Equal(new Uri(file).AbsoluteUri, result.GetProperty("uri").GetString());
            Assert.True(result.TryGetProperty("published_version", out _), "no publishDiagnostics for the opened file");
            Assert.True(result.GetProperty("hover_answered").GetBoolean());
            Assert.Equal(0, result.GetProperty("exit_code").GetInt32());

            // sample.airs line 6 (`tier extreme`, zero-based line 5) holds the one problem: an invalid tier.
            var diagnostic = Assert.Single(result.GetProperty("diagnostics").EnumerateArray());
            Assert.Equal("AIRS0116", diagnostic.GetProperty("code").GetString());
            Assert.Equal((5, 7), (diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("character").GetInt32()));
            Assert.EndsWith("#airs0116", diagnostic.GetProperty("href").GetString(), StringComparison.Ordinal);
            // The hover at 5,3 lands on `tier` and explains the keyword (on `extreme` it would explain the problem).
            Assert.Equal("**tier**: the risk tier: `low`, `medium`, `high` or `critical`", result.GetProperty("hover").GetString());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
