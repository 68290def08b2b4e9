using System.Collections.Immutable;
using Airs.Compiler.Syntax;

namespace Airs.Compiler.Schema;

/// <summary>
/// What one kind of block takes: its settings (a keyword and a value), its flags (a keyword alone), the keywords of
/// its other items, the events its <c>on</c> items name, and which item nodes it accepts besides settings and flags.
/// </summary>
public sealed record BlockShape(string Keyword, string Owner, string Doc)
{
    public ImmutableArray<SettingShape> Settings { get; init; } = [];

    public ImmutableArray<KeywordShape> Flags { get; init; } = [];

    public ImmutableArray<KeywordShape> Items { get; init; } = [];

    public ImmutableArray<KeywordShape> Events { get; init; } = [];

    /// <summary>Notes the keyword reference prints under the block (e.g. a test's assignments).</summary>
    public string? Note { get; init; }

    /// <summary>The item nodes the binder accepts in this block, besides its settings and flags.</summary>
    internal Func<ItemSyntax, bool> Accepts { get; init; } = _ => false;

    /// <summary>Every word an item of this block can start with.</summary>
    public IEnumerable<string> Keywords => Settings.Select(s => s.Word).Concat(Flags.Select(f => f.Word)).Concat(Items.Select(i => i.Word));

    public SettingShape? Setting(string word) => Settings.FirstOrDefault(s => s.Word == word);

    public bool HasSetting(string word) => Settings.Any(s => s.Word == word);

    public bool HasFlag(string word) => Flags.Any(f => f.Word == word);

    /// <summary>The documentation of a keyword as this block uses it, or null if the block does not take it.</summary>
    public string? DocOf(string word) =>
        Settings.FirstOrDefault(s => s.Word == word)?.Doc
        ?? Flags.Concat(Items).FirstOrDefault(k => k.Word == word)?.Doc;
}
