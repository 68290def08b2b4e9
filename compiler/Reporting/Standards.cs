using System.Collections.Immutable;

namespace Airs.Compiler.Reporting;

/// <summary>The exact identifiers of the standards a report speaks of (see STANDARDS.md).</summary>
public static class Standards
{
    public static readonly ImmutableArray<StandardItem> OwaspLlm =
    [
        Llm(1, "Prompt Injection"),
        Llm(2, "Sensitive Information Disclosure"),
        Llm(3, "Supply Chain"),
        Llm(4, "Data and Model Poisoning"),
        Llm(5, "Improper Output Handling"),
        Llm(6, "Excessive Agency"),
        Llm(7, "System Prompt Leakage"),
        Llm(8, "Vector and Embedding Weaknesses"),
        Llm(9, "Misinformation"),
        Llm(10, "Unbounded Consumption"),
    ];

    public static readonly ImmutableArray<StandardItem> OwaspAgentic =
    [
        Asi(1, "Agent Goal Hijack"),
        Asi(2, "Tool Misuse and Exploitation"),
        Asi(3, "Identity and Privilege Abuse"),
        Asi(4, "Agentic Supply Chain Vulnerabilities"),
        Asi(5, "Unexpected Code Execution (RCE)"),
        Asi(6, "Memory & Context Poisoning"),
        Asi(7, "Insecure Inter-Agent Communication"),
        Asi(8, "Cascading Failures"),
        Asi(9, "Human-Agent Trust Exploitation"),
        Asi(10, "Rogue Agents"),
    ];

    public static readonly ImmutableArray<StandardItem> MitreAtlas =
    [
        Atlas("T0051", "LLM Prompt Injection"),
        Atlas("T0051.000", "LLM Prompt Injection: Direct"),
        Atlas("T0051.001", "LLM Prompt Injection: Indirect"),
        Atlas("T0051.002", "LLM Prompt Injection: Triggered"),
        Atlas("T0053", "AI Agent Tool Invocation"),
        Atlas("T0054", "LLM Jailbreak"),
        Atlas("T0056", "Extract LLM System Prompt"),
        Atlas("T0057", "LLM Data Leakage"),
        Atlas("T0068", "LLM Prompt Obfuscation"),
        Atlas("T0077", "LLM Response Rendering"),
        Atlas("T0086", "Exfiltration via AI Agent Tool Invocation"),
    ];

    public static readonly ImmutableArray<StandardItem> EuAiAct =
    [
        new(StandardFamily.EuAiAct, "eu.art9", "Article 9", "Risk management system"),
        new(StandardFamily.EuAiAct, "eu.art14", "Article 14", "Human oversight"),
        new(StandardFamily.EuAiAct, "eu.art15", "Article 15", "Accuracy, robustness and cybersecurity"),
    ];

    public static readonly ImmutableArray<StandardItem> All = [.. OwaspLlm, .. OwaspAgentic, .. MitreAtlas, .. EuAiAct];

    private static readonly ImmutableDictionary<string, StandardItem> ByReference = All.ToImmutableDictionary(s => s.Reference, StringComparer.Ordinal);

    public static ImmutableArray<StandardItem> Of(StandardFamily family) => family switch
    {
        StandardFamily.OwaspLlm => OwaspLlm,
        StandardFamily.OwaspAgentic => OwaspAgentic,
        StandardFamily.MitreAtlas => MitreAtlas,
        _ => EuAiAct,
    };

    public static string Title(StandardFamily family) => family switch
    {
        StandardFamily.OwaspLlm => "OWASP Top 10 for LLM Applications (2025)",
        StandardFamily.OwaspAgentic => "OWASP Top 10 for Agentic Applications (2026)",
        StandardFamily.MitreAtlas => "MITRE ATLAS",
        _ => "EU AI Act (Regulation (EU) 2024/1689)",
    };

    public static string ShortTitle(StandardFamily family) => family switch
    {
        StandardFamily.OwaspLlm => "OWASP LLM",
        StandardFamily.OwaspAgentic => "OWASP Agentic",
        StandardFamily.MitreAtlas => "MITRE ATLAS",
        _ => "EU AI Act",
    };

    /// <summary>
    /// The item a reference names. ATLAS techniques outside the list above are still valid references (the
    /// binder accepts any <c>atlas.T####(.###)</c>), so they are described by their ID alone.
    /// </summary>
    public static StandardItem? Find(string reference)
    {
        if (ByReference.TryGetValue(reference, out var item))
        {
            return item;
        }
        return reference.StartsWith("atlas.T", StringComparison.Ordinal)
            ? new StandardItem(StandardFamily.MitreAtlas, reference, "AML." + reference["atlas.".Length..], "")
            : null;
    }

    private static StandardItem Llm(int n, string name) => new(StandardFamily.OwaspLlm, $"owasp.llm{n:00}", $"LLM{n:00}:2025", name);

    private static StandardItem Asi(int n, string name) => new(StandardFamily.OwaspAgentic, $"owasp.asi{n:00}", $"ASI{n:00}", name);

    private static StandardItem Atlas(string technique, string name) => new(StandardFamily.MitreAtlas, "atlas." + technique, "AML." + technique, name);
}
