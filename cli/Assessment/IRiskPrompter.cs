using Airs.Compiler.Reporting;
using Airs.Runtime.Policy;

namespace Airs.Cli.Assessment;

/// <summary>Asks a person the questionnaire, one dimension at a time.</summary>
public interface IRiskPrompter
{
    string AskSystem();

    Tier Ask(RiskQuestion question);
}
