using Airs.Compiler.Text;
using Airs.Runtime.Decisions;

namespace Airs.Cli;

/// <summary>A readable trace: every control in evaluation order, what it did, and the final decision.</summary>
public static class TracePrinter
{
    public static void Write(TextWriter writer, Evaluation evaluation)
    {
        writer.WriteLine("trace:");
        foreach (var entry in evaluation.Trace)
        {
            writer.WriteLine($"  {(entry.Fired ? "FIRED" : "  -  ")}  {entry.Layer.ToKeyword(),-10} {entry.Control,-28} {PrintableText.Escape(entry.Detail)}");
        }
        foreach (var finding in evaluation.Findings)
        {
            foreach (var evidence in finding.Evidence)
            {
                writer.WriteLine($"  evidence for {finding.Control}: {PrintableText.Escape(evidence.Label)} in {evidence.Field} at {evidence.Start}..{evidence.Start + evidence.Length}");
            }
        }
        var by = evaluation.Findings.FirstOrDefault(f => f.Enforced && f.Outcome == evaluation.Outcome);
        writer.WriteLine($"decision: {evaluation.Outcome.ToKeyword()}{(by is null ? "" : $" by {by.Control} ({by.ControlId})")}{(evaluation.Message is null ? "" : $": \"{PrintableText.Escape(evaluation.Message)}\"")}");
    }
}
