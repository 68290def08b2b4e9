using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Airs.Compiler.Emit;

/// <summary>
/// A fragment of generated C# that is safe by construction. No plain <see cref="string"/> becomes one: only the
/// escaping factories (<see cref="Literal(string)"/>, <see cref="Identifier(string, string)"/>, <see cref="Enum{T}"/>, …)
/// and <see cref="Handler"/>, an interpolated-string handler whose holes take other fragments and integers only.
/// So <c>Code($"new X({name})")</c> with a <c>string name</c> does not compile; the literal parts of the
/// interpolated string are the emitter's own source text.
/// </summary>
internal readonly partial struct CSharpCode
{
    private readonly string? _text;

    private CSharpCode(string text) => _text = text;

    public static CSharpCode Empty => default;

    public bool IsEmpty => string.IsNullOrEmpty(_text);

    /// <summary>C# written by the emitter, with escaped holes: <c>Code($"new Regex(pattern: {Literal(p)})")</c>.</summary>
    public static CSharpCode Code(Handler code) => code.ToCode();

    /// <summary>The fragments with <paramref name="separator"/> between them (code joined to code is code).</summary>
    public static CSharpCode Join(CSharpCode separator, IEnumerable<CSharpCode> items) =>
        new(string.Join(separator.ToString(), items.Select(i => i.ToString())));

    public override string ToString() => _text ?? "";

    /// <summary>
    /// Builds a fragment from an interpolated string. There is deliberately no <c>AppendFormatted(string)</c>
    /// (nor a generic or <c>object</c> one): a hole must already be a <see cref="CSharpCode"/>, or an <see cref="int"/>,
    /// which is written in the invariant culture and cannot be anything but digits and a minus sign.
    /// </summary>
    [InterpolatedStringHandler]
    public readonly ref struct Handler
    {
        private readonly StringBuilder _text;

        public Handler(int literalLength, int formattedCount) => _text = new StringBuilder(literalLength + formattedCount * 16);

        /// <summary>Called by the C# compiler with the constant parts of the interpolated string.</summary>
        public void AppendLiteral(string text) => _text.Append(text);

        public void AppendFormatted(CSharpCode code) => _text.Append(code._text);

        public void AppendFormatted(int number) => _text.Append(number.ToString(CultureInfo.InvariantCulture));

        /// <summary><c>{index:D3}</c>: only the zero-padding formats, which give digits (a custom format could give any text).</summary>
        public void AppendFormatted(int number, string? format)
        {
            if (format is not ['D', .. var width] || !width.All(char.IsAsciiDigit))
            {
                throw new EmitException($"the format `{format}` is not a zero-padding format (D<width>)");
            }
            _text.Append(number.ToString(format, CultureInfo.InvariantCulture));
        }

        internal CSharpCode ToCode() => new(_text.ToString());
    }
}
