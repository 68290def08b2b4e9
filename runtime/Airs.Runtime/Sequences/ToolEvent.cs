using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using Airs.Runtime.Functions;

namespace Airs.Runtime.Sequences;

/// <summary>
/// One allowed tool call kept in a session's history: the tool, the acting agent, the arguments sequence rules
/// compare (as text), and when it was made. Only the arguments some rule names are kept.
/// </summary>
public sealed record ToolEvent(string Tool, string Agent, ImmutableSortedDictionary<string, string> Args, DateTimeOffset At)
{
    /// <summary>
    /// How an argument value is compared: strings as they are, numbers by their exact value (<c>1</c> = <c>1.0</c> =
    /// <c>10e-1</c>, <c>-0</c> = <c>0</c>; two ids that one double cannot tell apart stay apart), the rest as JSON.
    /// Numbers are read by <see cref="ExactNumbers.ExactText"/>, as the runtime reads every number; null for a number it
    /// refuses to read, which matches nothing (not even itself).
    /// </summary>
    public static string? ValueText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => ExactNumbers.ExactText(JsonMarshal.GetRawUtf8Value(value)),
        _ => value.GetRawText(),
    };

    /// <summary>The arguments as one JSON object, as stores keep them.</summary>
    public string ArgsJson() => JsonSerializer.Serialize(Args, ToolEventJson.Default.ImmutableSortedDictionaryStringString);

    public static ImmutableSortedDictionary<string, string> ParseArgs(string json) =>
        JsonSerializer.Deserialize(json, ToolEventJson.Default.ImmutableSortedDictionaryStringString) ?? ImmutableSortedDictionary<string, string>.Empty;
}
