namespace Airs.Compiler.Reporting;

/// <summary>A way a policy falls short of what its tier requires.</summary>
/// <param name="Rule">The rule's id, e.g. <c>review-sla</c> (see <see cref="ConformanceRules.All"/>).</param>
/// <param name="Message">One line, lowercase start, no final period.</param>
public sealed record ConformanceWarning(string Policy, string Rule, string Message, SourceSpot? Where);
