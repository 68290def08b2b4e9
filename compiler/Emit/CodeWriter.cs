using System.Text;

namespace Airs.Compiler.Emit;

/// <summary>
/// Indented lines with <c>\n</c> endings, so generated source is the same bytes on every machine. It takes
/// only <see cref="CSharpCode"/> (safe by construction) and comments (sanitized by <see cref="CommentHandler"/>).
/// </summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public CodeWriter Line()
    {
        _text.Append('\n');
        return this;
    }

    public CodeWriter Line(CSharpCode.Handler line) => Line(line.ToCode());

    public CodeWriter Line(CSharpCode line)
    {
        if (!line.IsEmpty)
        {
            _text.Append(' ', _indent * 4).Append(line.ToString());
        }
        return Line();
    }

    /// <summary>A <c>//</c> comment line.</summary>
    public CodeWriter Comment(CommentHandler text)
    {
        _text.Append(' ', _indent * 4).Append("// ").Append(text.ToString());
        return Line();
    }

    public CodeWriter Open(CSharpCode.Handler line)
    {
        Line(line).Line(CSharpCode.Code($"{{"));
        _indent++;
        return this;
    }

    public CodeWriter Close() => Close(CSharpCode.Empty);

    public CodeWriter Close(CSharpCode.Handler suffix) => Close(suffix.ToCode());

    /// <summary>Another writer's lines, indented to this one's level.</summary>
    public CodeWriter Lines(CodeWriter other)
    {
        if (other.IsEmpty)
        {
            return this;
        }
        foreach (var line in other._text.ToString().TrimEnd('\n').Split('\n'))
        {
            if (line.Length > 0)
            {
                _text.Append(' ', _indent * 4).Append(line);
            }
            Line();
        }
        return this;
    }

    public bool IsEmpty => _text.Length == 0;

    public override string ToString() => _text.ToString();

    private CodeWriter Close(CSharpCode suffix)
    {
        _indent--;
        return Line(CSharpCode.Code($"}}{suffix}"));
    }
}
