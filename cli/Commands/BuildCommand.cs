using System.CommandLine;
using System.Diagnostics;
using Airs.Compiler.Binding;
using Airs.Compiler.Bundles;
using Airs.Compiler.Syntax;
using Airs.Compiler.Text;
using Airs.Runtime.Bundles;

namespace Airs.Cli.Commands;

/// <summary>
/// `airs build &lt;policy|dir&gt; -o &lt;file.airsb|dir&gt; --key key.pem [--emit-cs dir]`: compiles policies into signed
/// bundles. Packs are skipped (their controls travel inside the policies that use them).
/// </summary>
public static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string>("path") { Description = "a policy file or a directory of policies" };
        var output = new Option<string?>("--out", "-o") { Description = "the bundle file (for one policy) or directory (for a directory)" };
        var key = new Option<string?>("--key") { Description = "the private key (PEM) to sign with; see `airs keys new`" };
        var unsigned = new Option<bool>("--unsigned") { Description = "write unsigned bundles (hosts must allow them by name)" };
        var emitCs = new Option<string?>("--emit-cs") { Description = "also write the generated C# to this directory, for inspection" };
        var command = new Command("build", "compile policies into signed bundles (.airsb)") { paths, output, key, unsigned, emitCs };
        command.SetAction(result => Run(console, result.GetValue(paths)!, result.GetValue(output), result.GetValue(key),
            result.GetValue(unsigned), result.GetValue(emitCs)));
        return command;
    }

    private static int Run(CliConsole console, string path, string? output, string? keyPath, bool unsigned, string? emitCs)
    {
        if (keyPath is null && !unsigned)
        {
            throw new UsageException("pass `--key <private key>` to sign the bundles, or `--unsigned` to write unsigned ones");
        }
        if (keyPath is not null && unsigned)
        {
            throw new UsageException("`--key` and `--unsigned` cannot be used together");
        }
        using var key = keyPath is null ? null : LoadKey(keyPath);
        var isDirectory = Directory.Exists(path);
        var files = PolicyFiles.Expand([path]).Where(f => !IsPack(f)).ToList();
        if (files.Count == 0)
        {
            throw new UsageException($"`{path}` holds no policy (only packs)");
        }
        var stopwatch = Stopwatch.StartNew();
        var failed = 0;
        // Policies compile side by side (Roslyn runs one thread per compilation here); they are reported in file order.
        var builds = files.AsParallel().AsOrdered().Select(file =>
        {
            var compilation = Compilation.FromFile(file);
            return (file, compilation, build: BundleBuilder.Build(compilation, key, DateTimeOffset.UtcNow));
        });
        foreach (var (file, compilation, build) in builds)
        {
            foreach (var diagnostic in build.Diagnostics)
            {
                DiagnosticFormatter.WriteText(console.Error, diagnostic);
            }
            if (emitCs is not null && build.Emit is { } emit)
            {
                Directory.CreateDirectory(emitCs);
                File.WriteAllText(Path.Combine(emitCs, $"{compilation.Policy!.Spec.Name}.g.cs"), emit.Source);
            }
            if (build.Manifest is not { } manifest)
            {
                failed++;
                console.Error.WriteLine($"{PolicyFiles.Display(file)}: not built");
                continue;
            }
            var target = Target(output, isDirectory, manifest.Policy);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            File.WriteAllBytes(target, [.. build.Bundle]);
            var signature = key is null ? "unsigned" : $"signed by key {key.KeyId}";
            // The version is the policy's own text: escaped, like every policy string the CLI prints, so it cannot move the
            // cursor or colour a terminal or a CI log.
            console.Out.WriteLine($"built {manifest.Policy} {PrintableText.Escape(manifest.PolicyVersion)} → {PolicyFiles.Display(target)} ({signature}, {manifest.Controls.Length} controls)");
        }
        console.Error.WriteLine($"{files.Count - failed} of {files.Count} built in {stopwatch.Elapsed.TotalSeconds:0.00} s");
        return failed > 0 ? AirsCommand.Problems : AirsCommand.Ok;
    }

    private static PolicySigningKey LoadKey(string path)
    {
        try
        {
            return PolicySigningKey.LoadPrivateKeyFile(path);
        }
        catch (PolicyKeyException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static string Target(string? output, bool isDirectory, string policyName) =>
        isDirectory || (output is not null && Directory.Exists(output))
            ? Path.Combine(output ?? ".", $"{policyName}.airsb")
            : output ?? $"{policyName}.airsb";

    private static bool IsPack(string file) =>
        SyntaxTree.Parse(PolicyFile.ReadAllText(file), file).Root.Members.OfType<PolicyDeclarationSyntax>().FirstOrDefault()?.IsPack == true;
}
