using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Airs.Compiler.Emit;

/// <summary>
/// The only ways policy text reaches generated C#: as a string literal escaped by Roslyn, as an identifier
/// reduced to <c>[A-Za-z0-9_]</c> behind a fixed prefix, or as a <c>//</c> comment reduced to printable ASCII.
/// </summary>
internal static class CSharpText
{
    /// <summary>A C# string literal with Roslyn's escaping (quotes, backslashes, control and line-break characters).</summary>
    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    public static string LiteralOrNull(string? value) => value is null ? "null" : Literal(value);

    /// <summary>A double literal that reads back as exactly the same value.</summary>
    public static string Literal(double value)
    {
        if (double.IsNaN(value))
        {
            return "double.NaN";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "double.PositiveInfinity" : "double.NegativeInfinity";
        }
        var text = value.ToString("R", CultureInfo.InvariantCulture) + "D";
        return value < 0 || (value == 0 && double.IsNegative(value)) ? $"({(value == 0 ? "-0D" : text)})" : text;
    }

    public static string Literal(bool value) => value ? "true" : "false";

    public static string Literal(TimeSpan value) => $"TimeSpan.FromTicks({value.Ticks.ToString(CultureInfo.InvariantCulture)}L)";

    /// <summary>An enum member as <c>Type.Member</c> (or a cast when the value is not a single named member).</summary>
    public static string Enum<T>(T value) where T : struct, System.Enum =>
        System.Enum.IsDefined(value)
            ? $"{typeof(T).Name}.{value}"
            : $"(({typeof(T).Name}){Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)})";

    /// <summary><c>prefix_name</c> with every character outside <c>[A-Za-z0-9_]</c> replaced by <c>_</c> (at most 40 of them).</summary>
    public static string Identifier(string prefix, string name)
    {
        var b = new StringBuilder(prefix.Length + Math.Min(name.Length, 40) + 1).Append(prefix).Append('_');
        foreach (var c in name.Length > 40 ? name[..40] : name)
        {
            b.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' ? c : '_');
        }
        return b.ToString();
    }

    /// <summary>
    /// Text safe inside a <c>//</c> comment: printable ASCII only (so no line break of any kind, including
    /// U+2028, can end the comment early), cut to <paramref name="max"/> characters.
    /// </summary>
    public static string Comment(string text, int max = 160)
    {
        var b = new StringBuilder(Math.Min(text.Length, max + 3));
        foreach (var c in text)
        {
            if (b.Length >= max)
            {
                return b.Append("...").ToString();
            }
            b.Append(c is >= ' ' and <= '~' ? c : '?');
        }
        return b.ToString();
    }
}
