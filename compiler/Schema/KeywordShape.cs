namespace Airs.Compiler.Schema;

/// <summary>
/// A keyword a block accepts (an item, a flag or an event) and its one-line documentation; <see cref="Form"/> is the
/// whole item when the keyword always takes the same words (<c>judges off</c>).
/// </summary>
public sealed record KeywordShape(string Word, string Doc)
{
    public string Form { get; init; } = Word;
}

/// <summary>A setting: a keyword, the kind of value that follows it, and its one-line documentation.</summary>
public sealed record SettingShape(string Word, ValueKind Value, string Doc);
