using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Airs.Compiler.Import;

/// <summary>
/// Writes imported tools as `tool` declarations in the layout `airs fmt` produces: the description, the lost
/// constraints and the reason for `writes` as comments above each declaration.
/// </summary>
internal static class ToolDeclarationPrinter
{
    private const int MaxCommentLength = 110;

    public static string Print(ImmutableArray<ImportedTool> tools, IReadOnlyList<string> duplicates, McpImportOptions options)
    {
        var text = new StringBuilder();
        var indent = options.PackName is null ? "" : "  ";
        var from = options.SourceName is { } source ? $" from `{OneLine(source)}`" : "";
        text.Append("// MCP tools imported").Append(from).Append(" by `airs import mcp`.\n");
        text.Append("// Review before use: types and `writes` come from the server's own description of its tools.\n");
        if (options.PackName is { } pack)
        {
            text.Append("pack ").Append(pack).Append(" {\n");
        }
        foreach (var name in duplicates)
        {
            text.Append(indent).Append("// not imported: a second tool named ").Append(Quote(OneLine(name))).Append('\n');
        }
        for (var i = 0; i < tools.Length; i++)
        {
            // `airs fmt` puts no blank line right after a pack's `{`.
            if (options.PackName is null || i > 0 || duplicates.Count > 0)
            {
                text.Append('\n');
            }
            WriteTool(text, tools[i], indent);
        }
        if (tools.IsEmpty)
        {
            text.Append(indent).Append("// the input lists no tools\n");
        }
        if (options.PackName is not null)
        {
            text.Append("}\n");
        }
        return text.ToString();
    }

    private static void WriteTool(StringBuilder text, ImportedTool tool, string indent)
    {
        var summary = Summary(tool.Description);
        Comment(text, indent, summary is null ? OneLine(tool.Name) : $"{OneLine(tool.Name)}: {summary}");
        foreach (var note in tool.Notes)
        {
            Comment(text, indent, note);
        }
        foreach (var lost in tool.NotExpressible)
        {
            Comment(text, indent, $"not expressible: `{OneLine(lost.Name)}` ({lost.Reason})");
        }
        Comment(text, indent, $"{(tool.Writes ? "writes" : "read-only")}: {tool.WritesReason}");

        // The layout `airs fmt` gives: an empty block on one line, all arguments on one line.
        text.Append(indent).Append("tool ").Append(Quote(tool.Name));
        if (tool.Arguments.IsEmpty && !tool.Writes)
        {
            text.Append(" {}\n");
            return;
        }
        text.Append(" {\n");
        var inner = indent + "  ";
        if (!tool.Arguments.IsEmpty)
        {
            var args = tool.Arguments.Select(Declaration);
            text.Append(inner).Append("args { ").Append(string.Join(", ", args)).Append(" }\n");
        }
        if (tool.Writes)
        {
            text.Append(inner).Append("writes\n");
        }
        text.Append(indent).Append("}\n");
    }

    /// <summary><c>name?: type</c> and the rules, in the order `airs fmt` keeps them.</summary>
    private static string Declaration(ImportedArgument argument)
    {
        var rules = argument.Rules ?? Runtime.Policy.ValueRules.None;
        var text = new StringBuilder(argument.Name).Append(rules.Optional ? "?" : "").Append(": ").Append(ArgumentTypes.Keyword(argument.Type));
        if (rules.Min is { } min)
        {
            text.Append(" min ").Append(Number(min));
        }
        if (rules.Max is { } max)
        {
            text.Append(" max ").Append(Number(max));
        }
        if (rules.Pattern is { } pattern)
        {
            text.Append(" pattern ").Append(Regex(pattern));
        }
        if (!rules.OneOf.IsDefaultOrEmpty)
        {
            text.Append(" one of ").Append(string.Join(", ", rules.OneOf.Select(Quote)));
        }
        return text.ToString();
    }

    // Negative bounds print as `-5`: the language reads them as negative number literals.
    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// A regex literal the lexer reads back as the same pattern: escapes are copied whole (<c>\/</c> reads as
    /// <c>/</c>, which means the same), a bare <c>/</c> is escaped, and line breaks and other control characters
    /// become regex escapes.
    /// </summary>
    public static string Regex(string pattern)
    {
        var text = new StringBuilder("/");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length && !char.IsControl(pattern[i + 1]))
            {
                text.Append(c).Append(pattern[++i]);
            }
            else if (c == '/')
            {
                text.Append("\\/");
            }
            else if (char.IsControl(c) || c is '\u2028' or '\u2029' || c == '\\')
            {
                text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }
        return text.Append('/').ToString();
    }

    /// <summary>
    /// One <c>//</c> line. Every comment goes through <see cref="OneLine"/>: parts of it come from the server's schema
    /// (formats, refused patterns, enum values), and a line break there would end the comment and write declarations
    /// into the policy (a review found a <c>tool "db.delete_everything" {}</c> without <c>writes</c> brought in that way).
    /// </summary>
    private static void Comment(StringBuilder text, string indent, string comment)
    {
        comment = OneLine(comment);
        var line = comment.Length > MaxCommentLength ? comment[..(MaxCommentLength - 1)].TrimEnd() + "…" : comment;
        text.Append(indent).Append("// ").Append(line.TrimEnd()).Append('\n');
    }

    /// <summary>The first sentence of a description, on one line.</summary>
    private static string? Summary(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return null;
        }
        var line = OneLine(description);
        var end = line.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? line[..(end + 1)] : line).Trim();
    }

    /// <summary>Text for a line comment: every kind of line break and control character becomes a space.</summary>
    private static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var c in text)
        {
            var space = char.IsControl(c) || char.IsWhiteSpace(c) || c is '\u2028' or '\u2029';
            if (space && lastWasSpace)
            {
                continue;
            }
            builder.Append(space ? ' ' : c);
            lastWasSpace = space;
        }
        return builder.ToString().Trim();
    }

    /// <summary>A string literal of the language; every character that needs it is escaped.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var rune in value.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (Rune.IsControl(rune) || rune.Value is 0x2028 or 0x2029)
                    {
                        builder.Append("\\u{").Append(rune.Value.ToString("X", CultureInfo.InvariantCulture)).Append('}');
                    }
                    else
                    {
                        builder.Append(rune.ToString());
                    }
                    break;
            }
        }
        return builder.Append('"').ToString();
    }
}
