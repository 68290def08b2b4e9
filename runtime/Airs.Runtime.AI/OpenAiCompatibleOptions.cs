namespace Airs.Runtime.AI;

/// <summary>Where and how to reach an OpenAI-compatible <c>/chat/completions</c> endpoint (OpenAI, vLLM, Ollama, llama.cpp, …).</summary>
public sealed record OpenAiCompatibleOptions
{
    /// <summary>The API root, e.g. <c>https://api.openai.com/v1</c>; <c>/chat/completions</c> is appended.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>The model sent when <c>ChatOptions.ModelId</c> is not set.</summary>
    public required string DefaultModel { get; init; }

    /// <summary>Sent as <c>Authorization: Bearer …</c> when set.</summary>
    public string? ApiKey { get; init; }

    /// <summary>The <c>gen_ai.provider.name</c> this endpoint reports (e.g. <c>openai</c>, <c>vllm</c>).</summary>
    public string ProviderName { get; init; } = "openai";
}
