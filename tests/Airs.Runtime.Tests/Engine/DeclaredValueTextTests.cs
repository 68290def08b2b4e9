using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using Airs.Runtime.Context;
using Airs.Runtime.Engine;
using Airs.Runtime.Policy;
using static Airs.Runtime.Tests.Engine.EngineSpecs;

namespace Airs.Runtime.Tests.Engine;

public sealed class DeclaredValueTextTests
{
    /// <summary>
    /// A long argument is cut on a review ticket. The cut fell at 80 UTF-16 units, so a character outside the BMP (an
    /// emoji, a CJK extension ideograph) that straddled it lost its low surrogate, and the reviewer read U+FFFD where the
    /// model had written a character. The cut now keeps a pair whole.
    /// </summary>
    [Fact]
    public void A_long_argument_is_cut_on_a_whole_character()
    {
        var spec = Spec() with { Tools = [new ToolSpec("orders.note", [new ToolArgSpec("note", ArgType.String)], false)] };
        // The raw JSON text is the quote and 78 letters, then the pair at units 79 and 80 (0-based), then more.
        var note = "\"" + new string('a', 78) + "\U0001F600" + new string('b', 10) + "\"";
        var context = new RequestContext
        {
            ToolName = "orders.note",
            ToolArgs = new Dictionary<string, JsonElement> { ["note"] = JsonDocument.Parse(note).RootElement.Clone() }.ToFrozenDictionary(),
        };

        var subject = DeclaredValueText.ToolCall(spec, context)!;

        Assert.DoesNotContain(Rune.ReplacementChar, subject.EnumerateRunes()); // a lone surrogate enumerates as U+FFFD
        Assert.Equal("tool `orders.note` with note \"" + new string('a', 78) + "…", subject);
    }
}
