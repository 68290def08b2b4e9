using System.Collections.Immutable;

namespace Airs.Compiler.Semantics;

/// <summary>Identifies one built-in overload; the IR and the emitter switch on it.</summary>
public enum BuiltinId
{
    InjectionScore,
    InjectionFound,
    InjectionSpans,
    PiiFound,
    PiiSpans,
    SecretsFound,
    SecretsSpans,
    ExfilFound,
    ExfilSpans,
    RegexSpans,
    LenString,
    LenList,
    LenSpans,
    Lower,
    // Detectors over a list of texts: any element, highest score, every element's spans.
    InjectionScoreList,
    InjectionFoundList,
    InjectionSpansList,
    PiiFoundList,
    PiiSpansList,
    SecretsFoundList,
    SecretsSpansList,
    ExfilFoundList,
    ExfilSpansList,
    RegexSpansList,
}

public sealed record BuiltinParameter(string Name, AirsType Type);

/// <summary>
/// A built-in function overload.
/// </summary>
/// <param name="Name">As written in a policy: <c>pii.found</c>.</param>
/// <param name="Doc">One line for hover and completion.</param>
/// <param name="RuntimeMethod">
/// The method of <c>Airs.Runtime.Functions.PolicyFunctions</c> both engines call. When
/// <paramref name="TakesEvidence"/>, its parameters are (first argument, its context path or <c>""</c>,
/// the remaining arguments, <c>EvidenceSink</c>); otherwise just the arguments.
/// </param>
public sealed record Builtin(
    BuiltinId Id,
    string Name,
    ImmutableArray<BuiltinParameter> Parameters,
    AirsType ReturnType,
    string Doc,
    string RuntimeMethod,
    bool TakesEvidence)
{
    /// <summary><c>pii.found(text: string, kinds: list&lt;pii_kind&gt;) -&gt; bool</c></summary>
    public string Signature => $"{Name}({string.Join(", ", Parameters.Select(p => $"{p.Name}: {p.Type}"))}) -> {ReturnType}";

    public override string ToString() => Signature;
}

/// <summary>The result of resolving a call: the overload, or why none applies (one line).</summary>
public readonly record struct BuiltinResolution(Builtin? Function, string? Error)
{
    /// <summary>The call's type; error when nothing resolved.</summary>
    public AirsType Type => Function?.ReturnType ?? AirsType.Error;
}
