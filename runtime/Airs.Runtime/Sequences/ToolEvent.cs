using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Airs.Runtime.Sequences;

/// <summary>
/// One allowed tool call kept in a session's history: the tool, the acting agent, the arguments sequence rules
/// compare (as text), and when it was made. Only the arguments some rule names are kept.
/// </summary>
public sealed record ToolEvent(string Tool, string Agent, ImmutableSortedDictionary<string, string> Args, DateTimeOffset At)
{
    /// <summary>How an argument value is compared: strings as they are, numbers by value (<c>1</c> = <c>1.0</c>), the rest as JSON.</summary>
    public static string ValueText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        _ => value.GetRawText(),
    };

    /// <summary>The arguments as one JSON object, as stores keep them.</summary>
    public string ArgsJson() => JsonSerializer.Serialize(Args, ToolEventJson.Default.ImmutableSortedDictionaryStringString);

    public static ImmutableSortedDictionary<string, string> ParseArgs(string json) =>
        JsonSerializer.Deserialize(json, ToolEventJson.Default.ImmutableSortedDictionaryStringString) ?? ImmutableSortedDictionary<string, string>.Empty;
}
