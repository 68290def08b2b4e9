using System.Diagnostics;
using System.Globalization;
using System.Text;
using Airs.Runtime.Detectors;

namespace Airs.Benchmarks.Detectors;

/// <summary>
/// Looks for scans that grow faster than the text: each detector (PII, secrets, injection in both modes, exfiltration)
/// reads texts made of one short unit repeated (every printable ASCII character in a few settings, key prefixes,
/// password words, encodings, chat markers, links) at two sizes, 64 and 256 KB unless given (both past the core's cache:
/// a text that fits reads cheaper per byte), and a unit is reported when the larger text costs more than
/// <see cref="Slack"/> times the size ratio and at least 10 ms. Such a text cues a check at every unit; a check that then
/// rescans the rest of the text is quadratic (session 50 found five this way and with a probe before it: <c>KEY=⏎</c>,
/// <c>eyJ</c>, <c>password=</c> and <c>[INST]</c>, up to 5.4 s for 128 KB; then one long line of message ids or header
/// addresses, whose line start was searched for at every candidate). A timing tool, not a test: run it on a quiet
/// machine and re-measure a reported unit alone before believing it. Exit code 1 when a unit is reported.
/// </summary>
internal static class GrowthFuzz
{
    private const double Slack = 1.8;

    public static int Run(string[] args)
    {
        var small = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 64;
        var large = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 256;
        var scans = new (string Name, Action<string> Scan)[]
        {
            ("pii", t => Pii.Find(t, PiiKinds.All)),
            ("secrets", t => Secrets.Find(t)),
            ("injection prompt", t => Injection.Found(t, InjectionMode.Prompt)),
            ("injection content", t => Injection.Found(t, InjectionMode.Content)),
            ("exfil", t => Exfil.Find(t, [])),
        };
        var reported = 0;
        var units = Units();
        foreach (var unit in units)
        {
            var (smallText, largeText) = (Repeat(unit, small * 1024), Repeat(unit, large * 1024));
            foreach (var (name, scan) in scans)
            {
                var (a, b) = (Milliseconds(scan, smallText), Milliseconds(scan, largeText));
                if (b >= 10 && b > Slack * large / small * Math.Max(a, 0.05))
                {
                    reported++;
                    Console.WriteLine($"{name,-18} {Escape(unit),-24} {small} KB {a,8:F1} ms   {large} KB {b,8:F1} ms");
                }
            }
        }
        Console.WriteLine($"{units.Count} units, {scans.Length} scans, {small} → {large} KB: {reported} grew faster than the text");
        return reported == 0 ? 0 : 1;
    }

    private static List<string> Units()
    {
        var units = new List<string>();
        for (var c = '!'; c <= '~'; c++)
        {
            units.AddRange([$"{c}\n", $"key{c}\n", $"a{c}", $"1{c}", $"{c} ", $"ab1{c}x "]);
        }
        string[] prefixes = ["github_pat_", "sk-proj-", "sk-ant-", "GOCSPX-", "glpat-", "xoxb-", "sk_live_", "AIza", "hf_", "SG.", "ghp_", "npm_", "eyJ", "AKIA",
            "-----BEGIN ", "ssh-rsa ", "Bearer ", "token=", "apikey=", "password=", "pwd=", "secret:", "postgres://", "https://u:", "Authorization: Basic ", "MIIE"];
        foreach (var prefix in prefixes)
        {
            units.AddRange([prefix, prefix + " ", prefix + "a1 ", prefix + "\n"]);
        }
        units.AddRange(["password: \n", "born ", "dob \n", "ssn ", "a@b ", "[at] ", "4111 ", "+1 ", "\\u00", "\\u0040 ", "=20", "=3D", "&#64;", "%40", "IBAN ", "DE89",
            "ignore previous instructions ", "Note to the AI: ", "<|im_start|>", "[INST]", "<!--", "```", "SGVsbG8=", "\\x41", "i g n o r e ", "\u200b", "\uff41", "\u0430b",
            "http://a", "http://a?", "https://e.test/?q=", "![x](http://e.test/?q=", "[a](http://b.test) ", "<img src=\"http://", "data:image/png;base64,",
            "<iframe a=\"", "<video/a=", "<style>url(", "<a style='/*", "<td background=<td ",
            "<a href=\"//", "<a ping='a ", "<form action=", "<svg><use href=//", "<source srcset=\"a,",
            "<img data-lazy-src=\"//", "<div data-bg='url(", "data-a ", "<svg><rect fill=\"url(//", "url(", "<math href=//", "<mi href='", "<portal src=",
            "<ab1f.3c@mail.test> ", "Server: 10.1.2.3 "]);
        return units;
    }

    private static string Repeat(string unit, int length) => new StringBuilder(length + unit.Length).Insert(0, unit, length / unit.Length + 1).ToString(0, length);

    /// <summary>The fastest of three calls after a warm-up: a slower one is the machine's, not the scan's.</summary>
    private static double Milliseconds(Action<string> scan, string text)
    {
        scan(text);
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var start = Stopwatch.GetTimestamp();
            scan(text);
            best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return best;
    }

    private static string Escape(string unit) => unit.Replace("\n", "\\n", StringComparison.Ordinal);
}
