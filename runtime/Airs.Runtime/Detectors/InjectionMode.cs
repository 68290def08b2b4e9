using Airs.Runtime.Policy;

namespace Airs.Runtime.Detectors;

/// <summary>Where the scanned text comes from, which changes what counts as an injection.</summary>
public enum InjectionMode
{
    /// <summary>A user's own prompt: asking for a poem or a translation is normal; only attacks on the instructions count.</summary>
    Prompt,

    /// <summary>
    /// Retrieved or tool-produced content (documents, e-mails, web pages, tool results, agent messages): it should hold
    /// data, so instructions addressed to the model reading it — about "your response", to "the assistant", or task
    /// requests that do not belong in a document — count too.
    /// </summary>
    Content,
}

public static class InjectionModes
{
    public static readonly KeywordTable<InjectionMode> Table = new((InjectionMode.Prompt, "prompt"), (InjectionMode.Content, "content"));

    public static string ToKeyword(this InjectionMode mode) => Table.ToKeyword(mode);

    public static bool TryParse(string? keyword, out InjectionMode mode) => Table.TryParse(keyword, out mode);
}
