using System.Text.Json;
using Airs.Runtime.AspNetCore.Tests.Guarding;

namespace Airs.Runtime.AspNetCore.Tests.Gateway;

/// <summary>
/// One chat request sent by the official <c>openai</c> npm package (<c>Gateway/node/chat.mjs</c>) in a real Node
/// process; each thing the app sees arrives as one event (<c>chunk</c>, <c>completion</c>, <c>error</c>, <c>done</c>,
/// <c>crash</c>), read as soon as Node prints it.
/// </summary>
internal sealed class NodeChat(LineProcess process) : IAsyncDisposable
{
    public static string Folder => RepositoryPaths.Combine("tests", "Airs.Runtime.AspNetCore.Tests", "Gateway", "node");

    public static NodeChat Start(Uri baseUrl, string apiKey, string requestJson)
    {
        Assert.True(Directory.Exists(Path.Combine(Folder, "node_modules", "openai")),
            $"the openai package is not installed: run `npm ci` in {Folder} (.ci/run does)");
        return new NodeChat(new LineProcess("node", Folder, "chat.mjs", baseUrl.ToString(), apiKey, requestJson));
    }

    public async Task<(string Kind, JsonElement Value)> NextAsync() => Event(await process.NextAsync());

    public async Task<List<(string Kind, JsonElement Value)>> RestAsync() => [.. (await process.RestAsync()).Select(Event)];

    private static (string Kind, JsonElement Value) Event(string line)
    {
        var property = JsonDocument.Parse(line).RootElement.EnumerateObject().Single();
        return (property.Name, property.Value.Clone());
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
