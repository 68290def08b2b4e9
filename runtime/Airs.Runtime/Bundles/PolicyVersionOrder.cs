namespace Airs.Runtime.Bundles;

/// <summary>
/// Orders policy versions as semantic versions, for version floors and downgrade checks: an optional <c>v</c>,
/// dot-separated numbers (missing parts count as 0, so <c>1.2</c> equals <c>1.2.0</c>), an optional
/// <c>-prerelease</c> that sorts before the release, and a <c>+build</c> suffix that is ignored. Other text
/// (a version is free text in the language) is not comparable, and whoever compares must then fail closed.
/// </summary>
public static class PolicyVersionOrder
{
    public static bool IsComparable(string version) => TryParse(version, out _, out _);

    /// <summary>Compares two versions; false when either is not comparable.</summary>
    public static bool TryCompare(string left, string right, out int order)
    {
        order = 0;
        if (!TryParse(left, out var leftCore, out var leftPre) || !TryParse(right, out var rightCore, out var rightPre))
        {
            return false;
        }
        for (var i = 0; i < Math.Max(leftCore.Length, rightCore.Length) && order == 0; i++)
        {
            order = CompareNumbers(i < leftCore.Length ? leftCore[i] : "0", i < rightCore.Length ? rightCore[i] : "0");
        }
        if (order == 0)
        {
            order = ComparePrerelease(leftPre, rightPre);
        }
        return true;
    }

    private static bool TryParse(string version, out string[] core, out string[]? prerelease)
    {
        core = [];
        prerelease = null;
        var text = version.Trim();
        if (text.StartsWith('v') || text.StartsWith('V'))
        {
            text = text[1..];
        }
        var plus = text.IndexOf('+');
        if (plus >= 0)
        {
            text = text[..plus];
        }
        var dash = text.IndexOf('-');
        if (dash >= 0)
        {
            prerelease = text[(dash + 1)..].Split('.');
            text = text[..dash];
            if (prerelease.Any(p => p.Length == 0 || !p.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
            {
                return false;
            }
        }
        core = text.Split('.');
        return core.All(p => p.Length > 0 && p.All(char.IsAsciiDigit));
    }

    /// <summary>Compares digit strings of any length without overflow.</summary>
    private static int CompareNumbers(string left, string right)
    {
        left = left.TrimStart('0');
        right = right.TrimStart('0');
        return left.Length != right.Length ? left.Length.CompareTo(right.Length) : string.CompareOrdinal(left, right) switch { < 0 => -1, > 0 => 1, _ => 0 };
    }

    private static int ComparePrerelease(string[]? left, string[]? right)
    {
        if (left is null || right is null)
        {
            return left is null ? (right is null ? 0 : 1) : -1; // a release sorts after its prereleases
        }
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var leftNumeric = left[i].All(char.IsAsciiDigit);
            var rightNumeric = right[i].All(char.IsAsciiDigit);
            var order = (leftNumeric, rightNumeric) switch
            {
                (true, true) => CompareNumbers(left[i], right[i]),
                (true, false) => -1,
                (false, true) => 1,
                _ => Math.Sign(string.CompareOrdinal(left[i], right[i])),
            };
            if (order != 0)
            {
                return order;
            }
        }
        return left.Length.CompareTo(right.Length);
    }
}
