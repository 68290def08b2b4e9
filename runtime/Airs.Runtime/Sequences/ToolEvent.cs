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
    /// <summary>
    /// How an argument value is compared: strings as they are, numbers by their exact value (<c>1</c> = <c>1.0</c> =
    /// <c>10e-1</c>, <c>-0</c> = <c>0</c>; two ids that one double cannot tell apart stay apart), the rest as JSON.
    /// </summary>
    public static string ValueText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => ExactNumber(value.GetRawText()),
        _ => value.GetRawText(),
    };

    /// <summary>The largest exponent written that <see cref="ExactNumber"/> normalises; beyond it no arithmetic could overflow.</summary>
    private const long MaxExponent = 1_000_000_000_000_000;

    /// <summary>
    /// A JSON number, which its parser has checked (<c>-?digits[.digits][(e|E)[+-]digits]</c>), as its significant digits
    /// and a power of ten (<c>-12e3</c>): equal exactly when the values are. A number written with an exponent beyond
    /// ±<see cref="MaxExponent"/> keeps its text as written, equal only to itself.
    /// </summary>
    private static string ExactNumber(string json)
    {
        var e = json.AsSpan().IndexOfAny('e', 'E');
        var mantissa = e < 0 ? json.AsSpan() : json.AsSpan(0, e);
        var exponent = 0L;
        if (e >= 0 && (!long.TryParse(json.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent)
            || exponent is > MaxExponent or < -MaxExponent))
        {
            return json;
        }
        var negative = mantissa.StartsWith('-');
        mantissa = negative ? mantissa[1..] : mantissa;
        var point = mantissa.IndexOf('.');
        var digits = point < 0 ? mantissa.ToString() : string.Concat(mantissa[..point], mantissa[(point + 1)..]);
        var significant = digits.AsSpan().TrimStart('0');
        if (significant.IsEmpty)
        {
            return "0";
        }
        var trimmed = significant.TrimEnd('0');
        exponent = exponent - (point < 0 ? 0 : mantissa.Length - point - 1) + (significant.Length - trimmed.Length);
        return string.Create(CultureInfo.InvariantCulture, $"{(negative ? "-" : "")}{trimmed}e{exponent}");
    }

    /// <summary>The arguments as one JSON object, as stores keep them.</summary>
    public string ArgsJson() => JsonSerializer.Serialize(Args, ToolEventJson.Default.ImmutableSortedDictionaryStringString);

    public static ImmutableSortedDictionary<string, string> ParseArgs(string json) =>
        JsonSerializer.Deserialize(json, ToolEventJson.Default.ImmutableSortedDictionaryStringString) ?? ImmutableSortedDictionary<string, string>.Empty;
}
