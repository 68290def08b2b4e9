using System.Text;
using System.Text.RegularExpressions;

namespace Airs.Cli.Tests;

/// <summary>
/// Just enough of a POSIX shell to run the documented `airs …` lines in-process: quotes, `$VAR` and
/// `${VAR}` expansion, and a final `> file` redirection of standard output.
/// </summary>
public sealed partial record ShellCommand(IReadOnlyList<string> Words, string? RedirectTo, string Line)
{
    public string Program => Words.Count > 0 ? Words[0] : "";

    public IReadOnlyList<string> Arguments => [.. Words.Skip(1)];

    public static ShellCommand Parse(string line, IReadOnlyDictionary<string, string> variables)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var inWord = false;
        string? redirect = null;
        var redirectNext = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\'' )
            {
                var end = line.IndexOf('\'', i + 1);
                current.Append(line, i + 1, end - i - 1);
                i = end;
                inWord = true;
            }
            else if (c == '"')
            {
                var end = line.IndexOf('"', i + 1);
                current.Append(Expand(line[(i + 1)..end], variables));
                i = end;
                inWord = true;
            }
            else if (c == '$')
            {
                var match = Variable().Match(line, i);
                current.Append(Expand(match.Value, variables));
                i += match.Length - 1;
                inWord = true;
            }
            else if (c == '>')
            {
                Flush();
                redirectNext = true;
            }
            else if (c == '#' && !inWord)
            {
                break;
            }
            else if (char.IsWhiteSpace(c))
            {
                Flush();
            }
            else
            {
                current.Append(c);
                inWord = true;
            }
        }
        Flush();
        return new ShellCommand(words, redirect, line.Trim());

        void Flush()
        {
            if (!inWord)
            {
                return;
            }
            if (redirectNext)
            {
                redirect = current.ToString();
                redirectNext = false;
            }
            else
            {
                words.Add(current.ToString());
            }
            current.Clear();
            inWord = false;
        }
    }

    private static string Expand(string text, IReadOnlyDictionary<string, string> variables) =>
        Variable().Replace(text, m =>
        {
            var name = m.Groups["braced"].Success ? m.Groups["braced"].Value : m.Groups["plain"].Value;
            return variables.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"`${name}` is not set in `{text}`");
        });

    [GeneratedRegex(@"\$(\{(?<braced>[A-Za-z_][A-Za-z0-9_]*)\}|(?<plain>[A-Za-z_][A-Za-z0-9_]*))")]
    private static partial Regex Variable();
}

/// <summary>Runs documented commands: `airs` in-process, anything else only if the caller knows how.</summary>
public static class DocumentedCommands
{
    /// <summary>
    /// Runs an `airs` command line in the current directory, writing standard output to the redirection
    /// target if there is one.
    /// </summary>
    public static CliRunner.Run RunAirs(ShellCommand command)
    {
        var run = CliRunner.Airs([.. command.Arguments]);
        if (command.RedirectTo is { } target)
        {
            File.WriteAllText(target, run.Out);
        }
        return run;
    }
}
