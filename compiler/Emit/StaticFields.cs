using System.Collections.Immutable;
using System.Text;
using Airs.Compiler.Lowering;
using Airs.Runtime.Functions;
using static Airs.Compiler.Emit.CSharpCode;

namespace Airs.Compiler.Emit;

/// <summary>
/// The constant data of one evaluator, built once per type instead of once per request: regexes, string
/// sets for <c>in</c>/<c>contains</c>, and lists passed to built-ins. Equal constants share one field, and
/// fields are numbered in first-use order, so the same IR always gives the same names.
/// </summary>
internal sealed class StaticFields
{
    private readonly Dictionary<(string Pattern, string Flags), CSharpCode> _regexes = [];
    private readonly Dictionary<string, CSharpCode> _sets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CSharpCode> _lists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CSharpCode> _probes = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Pattern, string Flags), CSharpCode?> _literals = [];

    /// <summary>The field declarations, in first-use order.</summary>
    public CodeWriter Declarations { get; } = new();

    /// <summary>A <c>static readonly Regex</c>, linear-time and culture-invariant as <see cref="RegexFactory"/> makes every policy regex.</summary>
    public CSharpCode Regex(string pattern, string flags)
    {
        if (_regexes.TryGetValue((pattern, flags), out var name))
        {
            return name;
        }
        var options = RegexFactory.OptionsFor(flags)
            ?? throw new EmitException($"regex flags `{flags}` were not checked");
        name = Code($"Regex_{_regexes.Count:D3}");
        _regexes.Add((pattern, flags), name);
        Declarations.Comment($"/{pattern}/{flags}");
        Declarations.Line($"private static readonly Regex {name} = new(pattern: {Literal(pattern)}, options: {RegexOptionsCode(options)});");
        return name;
    }

    /// <summary>
    /// The literal every match of a regex contains (<see cref="RegexLiterals"/>) as a <c>static readonly
    /// SearchValues&lt;string&gt;</c>, searched before the regex runs; null when the pattern has none worth it.
    /// </summary>
    public CSharpCode? RegexLiteral(ExprIR.RegexLiteral regex)
    {
        var key = (regex.Pattern, regex.Flags);
        if (_literals.TryGetValue(key, out var known))
        {
            return known;
        }
        var literal = RegexLiterals.Required(regex.Pattern, regex.Flags);
        if (literal is null)
        {
            _literals.Add(key, null);
            return null;
        }
        var name = Code($"Literal_{_literals.Count(l => l.Value is not null):D3}");
        DeclareSearchValues(name, [literal], regex.IgnoreCase);
        _literals.Add(key, name);
        return name;
    }

    /// <summary>A <c>static readonly FrozenSet&lt;string&gt;</c> with ordinal comparison, the semantics of <c>==</c> on strings.</summary>
    public CSharpCode StringSet(ImmutableArray<string> values)
    {
        var key = Key(values);
        if (_sets.TryGetValue(key, out var name))
        {
            return name;
        }
        name = Code($"Set_{_sets.Count:D3}");
        _sets.Add(key, name);
        Declarations.Line($"private static readonly FrozenSet<string> {name} = FrozenSet.ToFrozenSet({StringArray(values)}, StringComparer.Ordinal);");
        return name;
    }

    /// <summary>A <c>static readonly SearchValues&lt;string&gt;</c>, ordinal or ignoring case: the optimiser's probe of a text field.</summary>
    public CSharpCode SearchValues(ImmutableArray<string> values, bool ignoreCase)
    {
        var key = (ignoreCase ? "i" : "o") + Key(values);
        if (_probes.TryGetValue(key, out var name))
        {
            return name;
        }
        name = Code($"Probe_{_probes.Count:D3}");
        _probes.Add(key, name);
        DeclareSearchValues(name, values, ignoreCase);
        return name;
    }

    private void DeclareSearchValues(CSharpCode name, ImmutableArray<string> values, bool ignoreCase)
    {
        var comparison = ignoreCase ? Code($"StringComparison.OrdinalIgnoreCase") : Code($"StringComparison.Ordinal");
        Declarations.Line($"private static readonly SearchValues<string> {name} = SearchValues.Create({StringArray(values)}, {comparison});");
    }

    /// <summary>A <c>static readonly IReadOnlyList&lt;string&gt;</c> for built-ins that take a list (<c>exfil.found</c>, <c>len</c>).</summary>
    public CSharpCode StringList(ImmutableArray<string> values)
    {
        var key = "s" + Key(values);
        if (_lists.TryGetValue(key, out var name))
        {
            return name;
        }
        name = Code($"List_{_lists.Count:D3}");
        _lists.Add(key, name);
        Declarations.Line($"private static readonly IReadOnlyList<string> {name} = {StringArray(values)};");
        return name;
    }

    public CSharpCode NumberList(ImmutableArray<double> values)
    {
        var key = "n" + string.Join(",", values.Select(v => BitConverter.DoubleToInt64Bits(v).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (_lists.TryGetValue(key, out var name))
        {
            return name;
        }
        name = Code($"List_{_lists.Count:D3}");
        _lists.Add(key, name);
        Declarations.Line($"private static readonly IReadOnlyList<double> {name} = new double[] {{ {Join(Code($", "), values.Select(Literal))} }};");
        return name;
    }

    public static CSharpCode StringArray(IEnumerable<string> values)
    {
        var items = Join(Code($", "), values.Select(Literal));
        return items.IsEmpty ? Code($"Array.Empty<string>()") : Code($"new string[] {{ {items} }}");
    }

    // Length-prefixed, so no two different lists share a key.
    private static string Key(ImmutableArray<string> values)
    {
        var b = new StringBuilder();
        foreach (var v in values)
        {
            b.Append(v.Length).Append(':').Append(v);
        }
        return b.ToString();
    }

    private static CSharpCode RegexOptionsCode(System.Text.RegularExpressions.RegexOptions options) =>
        Join(Code($" | "), System.Enum.GetValues<System.Text.RegularExpressions.RegexOptions>()
            .Where(o => o != 0 && (options & o) == o)
            .Select(Enum));
}
