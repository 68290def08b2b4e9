using FsCheck;
using FsCheck.Fluent;

namespace Airs.Runtime.Tests.Detectors;

/// <summary>Random regex patterns built from every construct the literal reader knows, over the pieces a test chooses.</summary>
internal static class RegexPatternGen
{
    /// <param name="pieces">The atoms: literals, classes and anchors, over an alphabet small enough that random texts match often.</param>
    public static Gen<string> Patterns(string[] pieces, int depth)
    {
        var literal = Gen.Elements(pieces);
        if (depth == 0)
        {
            return literal;
        }
        var inner = Patterns(pieces, depth - 1);
        var quantified = from p in inner
                         from q in Gen.Elements("", "", "*", "+", "?", "{0,2}", "{1,3}", "{2}", "{2,}", "*?", "{0,3}?")
                         select "(?:" + p + ")" + q;
        var sequence = from n in Gen.Choose(1, 4) from parts in Gen.ArrayOf(Gen.OneOf(literal, quantified), n) select string.Concat(parts);
        var alternation = from a in inner from b in inner select a + "|" + b;
        return Gen.Frequency((3, sequence), (1, alternation), (1, quantified), (1, literal));
    }
}
