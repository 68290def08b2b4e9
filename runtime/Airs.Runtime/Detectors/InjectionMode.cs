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
