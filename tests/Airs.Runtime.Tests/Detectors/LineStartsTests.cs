using Airs.Runtime.Detectors;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.Runtime.Tests.Detectors;

/// <summary>The forward-only cursor must answer every position as a search back from it would.</summary>
public class LineStartsTests
{
    private static int Searched(string text, int index) => index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;

    [Fact]
    public void Each_position_gets_the_start_of_its_own_line_in_any_order_asked() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements("a", "\n", " ", "Server: ", "\r\n")).Select(string.Concat).ToArbitrary(),
            Gen.ListOf(Gen.Choose(0, 1000)).ToArbitrary(),
            (text, asked) =>
            {
                var lines = new LineStarts(text);
                // Mostly increasing, as a scan asks; a smaller one now and then takes the plain search.
                return asked.Select(n => text.Length == 0 ? 0 : n % (text.Length + 1)).All(i => lines.Of(i) == Searched(text, i));
            }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_header_is_read_on_its_own_line_only()
    {
        var text = "Message-ID: <a1@relay.example>\nTo: <jane@corp.example>\nServer: 10.1.2.3\nfrom 10.1.2.4\nX-Mailer: Mail 6.3.0.22";
        Assert.Equal(["email", "ip"], Pii.Find(text, PiiKinds.All).Select(m => m.Label));
        Assert.Equal(["jane@corp.example", "10.1.2.4"], Pii.Find(text, PiiKinds.All).Select(m => text.Substring(m.Start, m.Length)));
    }
}
