using System.Globalization;
using System.Text;

namespace Airs.Compiler.Emit;

/// <summary>
/// The only ways policy text reaches generated C#: as a string literal, as an identifier reduced to
/// <c>[A-Za-z0-9_]</c>, or (through <see cref="CommentHandler"/>) inside a <c>//</c> comment reduced to printable
/// ASCII. Literals are printable ASCII too (everything else is a <c>\u</c> escape), so the generated source holds
/// no line break, bidirectional control or look-alike character that policy text could have brought in.
/// </summary>
internal readonly partial struct CSharpCode
{
    public static readonly CSharpCode Null = new("null");

    /// <summary>A regular <c>"…"</c> literal whose value is exactly <paramref name="value"/>.</summary>
    public static CSharpCode Literal(string value)
    {
        var b = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                b.Append('\\').Append(c);
            }
            else if (c is >= ' ' and <= '~')
            {
                b.Append(c);
            }
            else
            {
                b.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }
        return new(b.Append('"').ToString());
    }

    public static CSharpCode LiteralOrNull(string? value) => value is null ? Null : Literal(value);

    /// <summary>A double literal that reads back as exactly the same value.</summary>
    public static CSharpCode Literal(double value)
    {
        if (double.IsNaN(value))
        {
            return new("double.NaN");
        }
        if (double.IsInfinity(value))
        {
            return new(value > 0 ? "double.PositiveInfinity" : "double.NegativeInfinity");
        }
        var text = value.ToString("R", CultureInfo.InvariantCulture) + "D";
        return new(value < 0 || (value == 0 && double.IsNegative(value)) ? $"({(value == 0 ? "-0D" : text)})" : text);
    }

    public static CSharpCode Literal(bool value) => new(value ? "true" : "false");

    public static CSharpCode Literal(int value) => new(value.ToString(CultureInfo.InvariantCulture));

    public static CSharpCode Literal(TimeSpan value) =>
        new($"TimeSpan.FromTicks({value.Ticks.ToString(CultureInfo.InvariantCulture)}L)");

    /// <summary>An enum member as <c>Type.Member</c> (or a cast when the value is not a single named member).</summary>
    public static CSharpCode Enum<T>(T value) where T : struct, System.Enum =>
        new(System.Enum.IsDefined(value)
            ? $"{typeof(T).Name}.{value}"
            : $"(({typeof(T).Name}){Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)})");

    /// <summary>
    /// <c>prefix_name</c>, each part with every character outside <c>[A-Za-z0-9_]</c> replaced by <c>_</c> (at
    /// most 40 of the name's). The prefix starts with a letter, so the result is never a keyword or a number.
    /// </summary>
    public static CSharpCode Identifier(string prefix, string name) =>
        new(Identifier(prefix).ToString() + "_" + SafeName(name.Length > 40 ? name[..40] : name));

    /// <summary>An identifier made of <paramref name="text"/>, which must start with a letter.</summary>
    public static CSharpCode Identifier(string text) =>
        text.Length > 0 && char.IsAsciiLetter(text[0])
            ? new(SafeName(text))
            : throw new EmitException($"`{CommentHandler.Sanitize(text, 40)}` does not start an identifier");

    /// <summary><paramref name="text"/> with every character outside <c>[A-Za-z0-9_]</c> replaced by <c>_</c>.</summary>
    public static string SafeName(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsAsciiLetterOrDigit(source[i]) || source[i] == '_' ? source[i] : '_';
            }
        });
}
