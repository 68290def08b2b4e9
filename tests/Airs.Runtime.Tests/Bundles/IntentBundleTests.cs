using System.Text;
using Airs.Compiler.Bundles;
using Airs.Runtime.Bundles;
using Airs.Runtime.Policy;
using static Airs.Runtime.Tests.Bundles.BundleFixtures;

namespace Airs.Runtime.Tests.Bundles;

/// <summary>Intents travel in the signed manifest: they load as written, and an edited intent gets the bundle refused.</summary>
public sealed class IntentBundleTests
{
    private static readonly byte[] Assembly = PolicyAssemblies.Blocking();

    private static BundleManifest WithIntents() => Manifest(Assembly) with
    {
        Spec = Spec() with
        {
            Workflows = [new WorkflowSpec("refund", ["planner", "executor"], new IntentSpec("Refund as far as allowed.",
                [new CriterionSpec("refund_issued", "refunded once")], [], [], [], EvaluationFrequency.PerPhase))],
        },
    };

    [Fact]
    public void Intents_load_as_they_were_signed()
    {
        using var bundle = PolicyBundle.Load(Pack(WithIntents(), Assembly, Key), Trust);
        var spec = bundle.Manifest.Spec;
        Assert.Equal("refunds", spec.Agents.Single(a => a.Name == "executor").Intent!.Goal);
        var workflow = Assert.Single(spec.Workflows);
        Assert.Equal(("refund", "refund_issued", EvaluationFrequency.PerPhase),
            (workflow.Name, Assert.Single(workflow.Intent.Success).Name, workflow.Intent.Evaluate));
    }

    [Theory]
    [InlineData("\"refunds\"", "\"anything\"")]
    [InlineData("Refund as far as allowed.", "Refund everything asked.")]
    [InlineData("\"per_phase\"", "\"every_action\"")]
    [InlineData("\"refund_issued\"", "\"refund_skipped\"")]
    public void An_edited_intent_gets_the_bundle_refused(string original, string edited)
    {
        var manifest = WithIntents().ToJsonBytes();
        var signature = BundleSigner.Sign(manifest, Assembly, Key);
        var text = Encoding.UTF8.GetString(manifest);
        Assert.Contains(original, text, StringComparison.Ordinal);
        var tampered = Encoding.UTF8.GetBytes(text.Replace(original, edited, StringComparison.Ordinal));
        var bundle = BundleArchiveWriter.Write([new(BundleEntries.Manifest, tampered), new(BundleEntries.Assembly, Assembly), new(BundleEntries.Signature, signature)]);
        Assert.Equal(BundleError.SignatureInvalid, Refused(bundle).Error);
    }
}
