using Airs.Compiler.Binding;
using Airs.Compiler.Text;

namespace Airs.Compiler.Reporting;

/// <summary>
/// Finds the assessed tier of a policy: an assessment pack it uses (<c>pack x.assessment { tier high }</c>), and
/// any <c>*.assessment.json</c> in the policy's folder whose <c>system</c> is the policy's name or whose file
/// stem is the policy file's stem (<c>bot.airs</c> and <c>bot.assessment.json</c>).
/// </summary>
public static class AssessmentLocator
{
    /// <summary>The assessed tiers, and a message for each assessment file that could not be read.</summary>
    public static (IReadOnlyList<DeclaredTier> Tiers, IReadOnlyList<(string Path, string Problem)> Unreadable) Find(Compilation compilation, string policyName)
    {
        var tiers = new List<DeclaredTier>();
        var unreadable = new List<(string, string)>();
        tiers.AddRange(compilation.Trees.Skip(1).Select(AssessmentFiles.PackTier).OfType<DeclaredTier>());

        var policyPath = compilation.Root.Source.Path;
        var directory = Path.GetDirectoryName(policyPath);
        if (string.IsNullOrEmpty(directory) || !Directory.Exists(directory))
        {
            return (tiers, unreadable);
        }
        var stem = Path.GetFileNameWithoutExtension(policyPath);
        foreach (var file in Directory.EnumerateFiles(directory, "*" + AssessmentFiles.JsonSuffix).Order(StringComparer.Ordinal))
        {
            var fileStem = Path.GetFileName(file)[..^AssessmentFiles.JsonSuffix.Length];
            try
            {
                var assessment = AssessmentAnswers.Parse(PolicyFile.ReadAllText(file, PolicyFile.MaxInputBytes, "assessment answers"), Path.GetFileName(file));
                if (assessment.System == policyName || fileStem == stem)
                {
                    tiers.Add(new DeclaredTier(assessment.Tier, $"the assessment of `{assessment.System}`", file, null));
                }
            }
            catch (AssessmentFormatException e) when (fileStem == stem)
            {
                unreadable.Add((file, e.Message));
            }
            catch (IOException e) when (fileStem == stem)
            {
                unreadable.Add((file, e.Message));
            }
        }
        return (tiers, unreadable);
    }
}
