namespace Airs.Runtime.AI.Models;

/// <summary>One entry of a models file: the name policies use, and where that model is served.</summary>
/// <param name="Name">The name a policy's <c>model "…"</c> writes.</param>
/// <param name="Endpoint">The OpenAI-compatible API root.</param>
/// <param name="Model">The model id sent to the endpoint.</param>
/// <param name="ApiKeyEnv">The environment variable holding the API key, if the endpoint needs one.</param>
public sealed record JudgeModel(string Name, Uri Endpoint, string Model, string? ApiKeyEnv, string Provider);
