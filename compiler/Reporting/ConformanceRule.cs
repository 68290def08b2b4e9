using System.Collections.Immutable;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Reporting;

/// <summary>A tier requirement of the framework that a report checks.</summary>
/// <param name="Id">Stable, kebab-case, e.g. <c>review-sla</c>.</param>
/// <param name="Tiers">The tiers the rule applies to.</param>
/// <param name="Requirement">What the framework asks, in one line.</param>
public sealed record ConformanceRule(string Id, ImmutableArray<Tier> Tiers, string Requirement);
