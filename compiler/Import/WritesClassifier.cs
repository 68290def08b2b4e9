using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Airs.Compiler.Import;

/// <summary>
/// Decides whether an imported tool is declared `writes`. `tools read_only` in a PACE state denies exactly the
/// tools that write, so a wrong "read-only" is the dangerous mistake: any one signal that the tool changes
/// state — the annotations, a verb in its name, or the verb its description starts with — is enough.
/// </summary>
public static partial class WritesClassifier
{
    public sealed record Decision(bool Writes, string Reason);

    /// <summary>Verbs that change state somewhere: files, repositories, messages, money.</summary>
    private static readonly FrozenSet<string> StateChangingVerbs = FrozenSet.ToFrozenSet(
    [
        "add", "append", "apply", "approve", "archive", "assign", "ban", "book", "buy", "cancel", "capture", "charge",
        "close", "commit", "create", "delete", "deploy", "deposit", "disable", "drop", "edit", "enable", "exec",
        "execute", "fork", "grant", "insert", "install", "invite", "kick", "kill", "lock", "mark", "merge", "mkdir",
        "modify", "move", "mute", "overwrite", "patch", "pay", "payout", "pin", "post", "publish", "purchase", "push",
        "put", "react", "refund", "reject", "remove", "rename", "reopen", "replace", "reply", "reset", "restart",
        "revoke", "rm", "run", "save", "schedule", "sell", "send", "set", "star", "start", "stop", "store", "submit",
        "terminate", "transfer", "truncate", "uninstall", "unlock", "unpin", "unstar", "update", "upload", "upsert",
        "void", "withdraw", "write",
    ], StringComparer.Ordinal);

    /// <summary>A name that starts with one of these reads, whatever nouns follow (`get_refund_status`).</summary>
    private static readonly FrozenSet<string> ReadingVerbs = FrozenSet.ToFrozenSet(
    [
        "check", "count", "describe", "fetch", "find", "get", "inspect", "list", "lookup", "query", "read", "search",
        "show", "view",
    ], StringComparer.Ordinal);

    public static Decision Classify(McpTool tool)
    {
        var annotations = tool.Annotations;
        if (annotations.DestructiveHint == true)
        {
            return new(true, "annotations say `destructiveHint: true`");
        }
        if (annotations.ReadOnlyHint == false)
        {
            return new(true, "annotations say `readOnlyHint: false`");
        }
        var despite = annotations.ReadOnlyHint == true ? " (annotations say `readOnlyHint: true`, but hints are not guarantees)" : "";
        if (NameVerb(tool.Name) is { } nameVerb)
        {
            return new(true, $"the name says `{nameVerb}`{despite}");
        }
        if (DescriptionVerb(tool.Description) is { } descriptionVerb)
        {
            return new(true, $"the description starts with `{descriptionVerb}`{despite}");
        }
        return annotations.ReadOnlyHint == true
            ? new(false, "annotations say `readOnlyHint: true`")
            : new(false, "neither annotations, name nor description say it changes state");
    }

    /// <summary>A state-changing verb among the words of the name's last segment (`github.create_issue` → `create`).</summary>
    private static string? NameVerb(string name)
    {
        var lastSegment = name.Split(['.', '/', ':'], StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? name;
        var words = Words(lastSegment);
        if (words.Count == 0 || ReadingVerbs.Contains(words[0]))
        {
            return null;
        }
        return words.FirstOrDefault(StateChangingVerbs.Contains);
    }

    /// <summary>The verb a description starts with (`Sends a message…`), allowing one adverb before it.</summary>
    private static string? DescriptionVerb(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return null;
        }
        var words = WordPattern().Matches(description).Take(2).Select(m => m.Value).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (i == 1 && !words[0].EndsWith("ly", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
            var word = words[i].ToLowerInvariant();
            string[] stems = [word, word.EndsWith('s') ? word[..^1] : word, word.EndsWith("es", StringComparison.Ordinal) ? word[..^2] : word];
            if (stems.Any(StateChangingVerbs.Contains))
            {
                return words[i];
            }
        }
        return null;
    }

    /// <summary>Lower-case words, splitting on separators and camelCase (`sendMessage` → send, message).</summary>
    private static List<string> Words(string text) =>
        [.. WordPattern().Matches(CamelBoundary().Replace(text, "$1 $2")).Select(m => m.Value.ToLowerInvariant())];

    [GeneratedRegex("[A-Za-z]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex CamelBoundary();
}
