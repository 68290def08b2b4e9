using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Airs.Compiler.Emit;

/// <summary>
/// The text of a <c>//</c> comment, from an interpolated string whose holes may be any text (a policy's names,
/// file names, printed conditions): every character outside printable ASCII becomes <c>?</c>, so no line break of
/// any kind (U+2028 included) can end the comment early, and each hole is cut to 160 characters.
/// </summary>
[InterpolatedStringHandler]
internal readonly ref struct CommentHandler
{
    public const int MaxHole = 160;

    private readonly StringBuilder _text;

    public CommentHandler(int literalLength, int formattedCount) => _text = new StringBuilder(literalLength + formattedCount * 24);

    public void AppendLiteral(string text) => _text.Append(Sanitize(text, int.MaxValue));

    public void AppendFormatted(string? text) => _text.Append(Sanitize(text ?? "", MaxHole));

    public void AppendFormatted(int number) => _text.Append(number.ToString(CultureInfo.InvariantCulture));

    public override string ToString() => _text.ToString();

    /// <summary>Printable ASCII only, cut to <paramref name="max"/> characters (then <c>...</c>).</summary>
    public static string Sanitize(string text, int max)
    {
        var b = new StringBuilder(Math.Min(text.Length, max) + 3);
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
