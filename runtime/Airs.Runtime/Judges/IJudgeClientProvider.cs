using Microsoft.Extensions.AI;

namespace Airs.Runtime.Judges;

/// <summary>The host's chat clients, by the model name a policy's <c>model "…"</c> uses.</summary>
public interface IJudgeClientProvider
{
    /// <returns>The client, or null when the host has none by that name (a ModelMissing error, not an exception).</returns>
    IChatClient? GetClient(string model);
}

public sealed class DictionaryJudgeClientProvider(IReadOnlyDictionary<string, IChatClient> clients) : IJudgeClientProvider
{
    public IChatClient? GetClient(string model) => clients.GetValueOrDefault(model);
}
