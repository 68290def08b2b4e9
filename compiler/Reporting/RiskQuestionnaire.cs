using System.Collections.Immutable;

namespace Airs.Compiler.Reporting;

/// <summary>
/// The risk-tier questionnaire. Each option describes a concrete situation, so two people answering for
/// the same system pick the same level; the options are ordered low, medium, high, critical.
/// </summary>
public static class RiskQuestionnaire
{
    public static readonly ImmutableArray<RiskQuestion> Questions =
    [
        new(RiskDimension.DecisionAuthority, "decision_authority", "decision authority",
            "How much does the system decide on its own?",
            [
                "it only suggests; a person reads it and makes every decision",
                "it drafts or recommends, and a person approves before anything happens",
                "it acts on its own in routine cases; people review exceptions or samples",
                "it makes binding decisions or takes actions with no person in the loop",
            ]),
        new(RiskDimension.Reversibility, "reversibility", "reversibility",
            "If the system gets it wrong, how easily is the damage undone?",
            [
                "fully reversible by the user: ignore it, edit it or ask again",
                "reversible by staff with some effort: a correction, a resend, a support ticket",
                "hard to reverse: money moved, records changed, messages sent to third parties",
                "irreversible harm to people or money: lost funds, safety, legal effect, published data",
            ]),
        new(RiskDimension.DataSensitivity, "data_sensitivity", "data sensitivity",
            "What is the most sensitive data the system can see or produce?",
            [
                "public or non-sensitive internal information",
                "internal business data or ordinary personal data such as names and email addresses",
                "confidential data: finances, customer accounts, credentials, source code",
                "special-category or regulated data: health, biometrics, payment cards, children's data",
            ]),
        new(RiskDimension.Audience, "audience", "audience",
            "Who sees or relies on what it produces?",
            [
                "a small group of trained internal staff",
                "employees at large, or business partners under contract",
                "customers or the public, directly",
                "vulnerable people or people who cannot opt out: patients, minors, applicants, citizens",
            ]),
        new(RiskDimension.Scale, "scale", "scale",
            "How many people or transactions does it touch?",
            [
                "a handful of users and tens of requests a day",
                "a team or a department; hundreds to thousands of requests a day",
                "a whole organisation or a large customer base; tens of thousands of requests a day",
                "millions of people or transactions, or it drives other systems automatically at volume",
            ]),
        new(RiskDimension.RegulatoryExposure, "regulatory_exposure", "regulatory exposure",
            "What regulation applies to what it does?",
            [
                "no specific regulation beyond ordinary law",
                "general data-protection law (such as the GDPR) applies to the data",
                "a regulated sector: financial services, insurance, telecoms, employment",
                "an EU AI Act high-risk use, or decisions on credit, health, safety, justice or essential services",
            ]),
    ];

    public static RiskQuestion For(RiskDimension dimension) => Questions[(int)dimension];

    public static RiskQuestion? FindByKey(string key) => Questions.FirstOrDefault(q => q.Key == key);
}
