using System.Text;
using Airs.Runtime.AspNetCore.Tests.Sidecar;
using Airs.Runtime.Stores;

namespace Airs.Runtime.AspNetCore.Tests.Gateway;

/// <summary>
/// The durability promise through the gateway: the answer's decision commits while the gateway finishes the answer,
/// and the answer leaves only once that commit is durable. Here the output decision's commit fails after the decision
/// was made, so an answer that reached the app would be one whose decision is in no log.
/// </summary>
public sealed class GatewayDurabilityTests
{
    [Theory]
    [InlineData("/v1/chat/completions", """{"model":"gpt-test","messages":[{"role":"user","content":"Hi"}]}""")]
    [InlineData("/v1/responses", """{"model":"gpt-test","input":"Hi"}""")]
    public async Task An_answer_whose_output_decision_did_not_commit_never_leaves(string path, string json)
    {
        var directory = SidecarTestHost.NewDirectory();
        var store = new FailingStore(await SqliteAirsStore.OpenAsync(Path.Combine(directory, "airs.db")))
        {
            Hold = entry => entry.Payload.Contains("\"stage\":\"output\"", StringComparison.Ordinal)
                ? Task.FromException(new InvalidOperationException(FailingStore.Secret))
                : Task.CompletedTask,
        };
        await using (var gateway = await GatewayTestHost.StartAsync(store: store, directory: directory))
        {
            using var content = new StringContent(json, Encoding.UTF8, "application/json");
            using var response = await gateway.Client.PostAsync(path, content);
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(500, (int)response.StatusCode);
            Assert.Contains("\"code\":\"internal_error\"", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Hello.", body, StringComparison.Ordinal);
            Assert.DoesNotContain(FailingStore.Secret, body, StringComparison.Ordinal);
            Assert.Single(gateway.Upstream.Server.Requests);
        }
        await store.Inner.DisposeAsync();
    }
}
