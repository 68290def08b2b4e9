namespace Airs.Compiler.Syntax;

/// <summary>The decoded value of a regex literal: the pattern (with <c>\/</c> turned into <c>/</c>) and its flags.</summary>
public sealed record RegexValue(string Pattern, string Flags)
{
    public bool IgnoreCase => Flags.Contains('i');

    public bool Multiline => Flags.Contains('m');

    public bool Singleline => Flags.Contains('s');

    public bool IgnorePatternWhitespace => Flags.Contains('x');
}
