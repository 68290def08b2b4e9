using System.Text;

namespace Airs.Compiler.Schema;

/// <summary>Writes docs/keywords.md from the language schema, so the reference cannot drift from the language.</summary>
public static class KeywordReference
{
    public static string Markdown()
    {
        var text = new StringBuilder();
        text.Append("# Keyword reference\n\n");
        text.Append("<!-- Generated from compiler/Schema/LanguageSchema.cs; do not edit. `UPDATE_BASELINES=1 dotnet test --filter KeywordReference` rewrites it. -->\n\n");
        text.Append("What each block of a `.airs` file takes, and what each stage reads. [The language](language.md) explains them with examples.\n");
        foreach (var block in LanguageSchema.Blocks)
        {
            text.Append($"\n## {Title(block)}\n\n{block.Doc}\n\n");
            text.Append("| keyword | role | value | meaning |\n|---|---|---|---|\n");
            foreach (var setting in block.Settings)
            {
                text.Append($"| `{setting.Word}` | setting | {Cell(setting.Value.Describe())} | {Cell(setting.Doc)} |\n");
            }
            foreach (var flag in block.Flags)
            {
                text.Append($"| `{flag.Word}` | flag | | {Cell(flag.Doc)} |\n");
            }
            foreach (var item in block.Items)
            {
                text.Append($"| `{item.Form}` | item | | {Cell(item.Doc)} |\n");
            }
            foreach (var @event in block.Events)
            {
                text.Append($"| `on {@event.Word}` | event | | {Cell(@event.Doc)} |\n");
            }
            if (block.Note is { } note)
            {
                text.Append($"\n{note}\n");
            }
        }
        text.Append("\n## Expressions\n\n| keyword | meaning |\n|---|---|\n");
        foreach (var keyword in LanguageSchema.ExpressionKeywords)
        {
            text.Append($"| `{keyword.Word}` | {Cell(keyword.Doc)} |\n");
        }
        text.Append("\n## Stages\n\nThe main field is the text a decision releases, and whose length and hash it audits.\n\n");
        text.Append("| stage | main field | fields |\n|---|---|---|\n");
        foreach (var stage in LanguageSchema.StageShapes)
        {
            text.Append($"| `{stage.Keyword}` | `{stage.MainField.Path}` | {string.Join(", ", stage.Fields.Select(f => $"`{f.Path}`"))} |\n");
        }
        return text.ToString();
    }

    private static string Title(BlockShape block) => block == LanguageSchema.TopLevel ? "A file"
        : block == LanguageSchema.PaceLevel ? "A PACE level (`primary`, `alternate`, `contingency`, `emergency`)"
        : $"`{block.Keyword}`";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
