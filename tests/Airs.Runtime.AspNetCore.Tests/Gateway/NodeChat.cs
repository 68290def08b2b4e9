using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Airs.Runtime.AspNetCore.Tests.Guarding;

namespace Airs.Runtime.AspNetCore.Tests.Gateway;

/// <summary>
/// One chat request sent by the official <c>openai</c> npm package (<c>Gateway/node/chat.mjs</c>) in a real Node
/// process; each thing the app sees arrives as one JSON event, read as soon as Node prints it.
/// </summary>
internal sealed class NodeChat : IAsyncDisposable
{
    /// <summary>Only a guard against a hung process: no assertion depends on it.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly Channel<JsonElement> events = Channel.CreateUnbounded<JsonElement>();
    private readonly Task pump;

    private NodeChat(Process process)
    {
        this.process = process;
        pump = PumpAsync();
    }

    public static string Folder => RepositoryPaths.Combine("tests", "Airs.Runtime.AspNetCore.Tests", "Gateway", "node");

    public static NodeChat Start(Uri baseUrl, string apiKey, string requestJson)
    {
        Assert.True(Directory.Exists(Path.Combine(Folder, "node_modules", "openai")),
            $"the openai package is not installed: run `npm ci` in {Folder} (.ci/run does)");
        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "chat.mjs", baseUrl.ToString(), apiKey, requestJson })
        {
            start.ArgumentList.Add(argument);
        }
        return new NodeChat(Process.Start(start)!);
    }

    /// <summary>The next event the app saw: <c>chunk</c>, <c>completion</c>, <c>error</c>, <c>done</c> or <c>crash</c>.</summary>
    public async Task<(string Kind, JsonElement Value)> NextAsync()
    {
        using var patience = new CancellationTokenSource(Patience);
        var line = await events.Reader.ReadAsync(patience.Token);
        var property = line.EnumerateObject().Single();
        return (property.Name, property.Value);
    }

    /// <summary>Every remaining event, until Node exits.</summary>
    public async Task<List<(string Kind, JsonElement Value)>> RestAsync()
    {
        var rest = new List<(string, JsonElement)>();
        using var patience = new CancellationTokenSource(Patience);
        await foreach (var line in events.Reader.ReadAllAsync(patience.Token))
        {
            var property = line.EnumerateObject().Single();
            rest.Add((property.Name, property.Value));
        }
        return rest;
    }

    private async Task PumpAsync()
    {
        var errors = process.StandardError.ReadToEndAsync();
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith('{'))
            {
                events.Writer.TryWrite(JsonDocument.Parse(line).RootElement.Clone());
            }
        }
        await process.WaitForExitAsync();
        var stderr = await errors;
        events.Writer.TryComplete(process.ExitCode == 0 ? null : new InvalidOperationException($"node exited with {process.ExitCode}: {stderr}"));
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        await pump;
        process.Dispose();
    }
}
