namespace Airs.Compiler.Reporting;

/// <summary>The six dimensions the framework classifies a system by; the tier is the highest answer.</summary>
public enum RiskDimension
{
    DecisionAuthority,
    Reversibility,
    DataSensitivity,
    Audience,
    Scale,
    RegulatoryExposure,
}
