namespace Airs.Compiler.Reporting;

/// <summary>The standards a <c>maps</c> reference can name.</summary>
public enum StandardFamily
{
    OwaspLlm,
    OwaspAgentic,
    MitreAtlas,
    EuAiAct,
}
