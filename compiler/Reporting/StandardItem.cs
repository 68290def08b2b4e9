namespace Airs.Compiler.Reporting;

/// <summary>One item of a standard.</summary>
/// <param name="Reference">As written after <c>maps</c>: <c>owasp.llm01</c>, <c>atlas.T0051.000</c>, <c>eu.art14</c>.</param>
/// <param name="Id">As the standard writes it: <c>LLM01:2025</c>, <c>AML.T0051.000</c>, <c>Article 14</c>.</param>
public sealed record StandardItem(StandardFamily Family, string Reference, string Id, string Name);
