using System.Collections.Frozen;
using System.Text.Json;

namespace Airs.Runtime.Functions;

/// <summary>A set of declared values by name, in declaration order, and the check of a JSON object of them.</summary>
public sealed class DeclaredValues
{
    private readonly FrozenDictionary<string, DeclaredValue> _byName;
    private readonly DeclaredValue[] _inOrder;

    public DeclaredValues(IEnumerable<DeclaredValue> values)
    {
        _inOrder = [.. values];
        _byName = _inOrder.ToFrozenDictionary(v => v.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<DeclaredValue> InOrder => _inOrder;

    public bool TryGet(string name, out DeclaredValue value) => _byName.TryGetValue(name, out value!);

    /// <summary>
    /// Every problem with the given values: undeclared and wrongly typed ones by name (ordinal), then the missing
    /// ones in declaration order. Allocates nothing when there is none and no rule needs a value's text.
    /// </summary>
    public List<string> Problems(IReadOnlyDictionary<string, JsonElement> given, Func<string, string> describe)
    {
        if (!AnyProblem(given))
        {
            return Empty;
        }
        var problems = new List<string>();
        foreach (var name in given.Keys.Order(StringComparer.Ordinal))
        {
            if (Problem(name, given[name], describe) is { } problem)
            {
                problems.Add(problem);
            }
        }
        foreach (var declared in _inOrder) // an array: no boxed enumerator
        {
            if (!declared.Rules.Optional && !given.ContainsKey(declared.Name))
            {
                problems.Add($"{describe(declared.Name)} is missing");
            }
        }
        return problems;
    }

    private bool AnyProblem(IReadOnlyDictionary<string, JsonElement> given)
    {
        if (given is FrozenDictionary<string, JsonElement> frozen)
        {
            foreach (var (name, value) in frozen) // a struct enumerator: the usual case allocates nothing
            {
                if (!_byName.TryGetValue(name, out var declared) || declared.Problem(value) is not null)
                {
                    return true;
                }
            }
        }
        else
        {
            foreach (var (name, value) in given)
            {
                if (!_byName.TryGetValue(name, out var declared) || declared.Problem(value) is not null)
                {
                    return true;
                }
            }
        }
        foreach (var declared in _inOrder) // an array: no boxed enumerator
        {
            if (!declared.Rules.Optional && !given.ContainsKey(declared.Name))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly List<string> Empty = [];

    private string? Problem(string name, JsonElement value, Func<string, string> describe) =>
        _byName.TryGetValue(name, out var declared)
            ? declared.Problem(value) is { } p ? $"{describe(name)} {p}" : null
            : $"{describe(name)} is not declared";

    /// <summary>The first <paramref name="max"/> problems, joined, and how many more there are.</summary>
    public static string Join(List<string> problems, int max)
    {
        var named = string.Join("; ", problems.Take(max));
        return problems.Count > max ? $"{named}; and {problems.Count - max} more" : named;
    }
}
