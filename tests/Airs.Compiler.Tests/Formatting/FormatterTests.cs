using Airs.Compiler.Formatting;
using Airs.Compiler.Syntax;
using Airs.Compiler.Tests.Parsing;

namespace Airs.Compiler.Tests.Formatting;

public class FormatterTests
{
    private static string Format(string text) =>
        Formatter.Format(SyntaxTree.Parse(text)) ?? throw new InvalidOperationException(TestSources.Errors(SyntaxTree.Parse(text)));

    [Fact]
    public void SupportBotMatchesTheCanonicalBaseline()
    {
        var formatted = Format(TestSources.SupportBot);
        var baselinePath = Path.Combine(TestSources.ResourcePath("support_bot.formatted.airs"));
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(baselinePath, formatted);
        }
        Assert.Equal(File.ReadAllText(baselinePath), formatted);
        Assert.Equal(formatted, Format(formatted));
    }

    [Fact]
    public void OneItemPerLineAndCanonicalSpacing()
    {
        var source = "policy p{tier   high\n review r { sla 4h  on expiry block \"late\" }\n guard g on input { when f( a . b ,[ x,y ] ) and c == 2 }\n}";
        var expected = """
            policy p {
              tier high
              review r {
                sla 4h
                on expiry block "late"
              }
              guard g on input {
                when f(a.b, [x, y]) and c == 2
              }
            }

            """.Replace("\r\n", "\n");
        Assert.Equal(expected, Format(source));
    }

    [Fact]
    public void ObjectLiteralsArgsAndEmptyBlocks()
    {
        Assert.Equal(
            "policy p {\n  sample { low: 1%, high: 50%, }\n  tool \"t\" {\n    args { a: string, b: [number] }\n  }\n  pace {}\n}\n",
            Format("policy p { sample {low:1%,high : 50%,}  tool \"t\" { args {a:string,b:[number]} } pace {   } }"));
    }

    [Fact]
    public void KeepsCommentsAndAtMostOneBlankLine()
    {
        var source = "// header\npolicy p { // trailing on brace\n  tier high   // why high\n\n\n\n  /* about owner */\n  owner \"x\"\n  when a // first\n      or b\n  // last words\n}\n// end\n";
        var expected = "// header\npolicy p { // trailing on brace\n  tier high // why high\n\n  /* about owner */\n  owner \"x\"\n  when a // first\n    or b\n  // last words\n}\n// end\n";
        Assert.Equal(expected, Format(source));
    }

    [Fact]
    public void KeepsLineBreaksBeforeLogicalOperatorsOnly()
    {
        var source = "policy p {\n  when a ==\n  b\n        or c\n    and d\n}";
        Assert.Equal("policy p {\n  when a == b\n    or c\n    and d\n}\n", Format(source));
    }

    [Fact]
    public void BlankLineBetweenTopLevelDeclarations()
    {
        Assert.Equal("pack airs.a {\n  use airs.b\n}\n\npolicy p {}\n", Format("pack airs.a { use airs.b } policy p {}"));
    }

    [Fact]
    public void TextBlocksArePrintedVerbatim()
    {
        var block = "\"\"\"\n      line one\n        line two\n      \"\"\"";
        var formatted = Format("policy p {\n      judge j on output {\n prompt " + block + "\n}\n}");
        Assert.Contains("    prompt " + block + "\n", formatted, StringComparison.Ordinal);
    }

    [Fact]
    public void ReturnsNullForTreesWithErrors()
    {
        Assert.Null(Formatter.Format(SyntaxTree.Parse("policy p { guard }")));
    }
}
