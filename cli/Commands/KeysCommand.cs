using Airs.Compiler.Bundles;
using System.CommandLine;

namespace Airs.Cli.Commands;

/// <summary>`airs keys new [--out dir] [--force]`: an ECDSA P-256 key pair for signing bundles.</summary>
public static class KeysCommand
{
    public const string PrivateKeyFile = "airs-signing.key.pem";
    public const string PublicKeyFile = "airs-signing.pub.pem";

    public static Command Create(CliConsole console)
    {
        var output = new Option<string>("--out") { Description = "directory for the key files", DefaultValueFactory = _ => "." };
        var force = new Option<bool>("--force") { Description = "overwrite existing key files" };
        var create = new Command("new", "create a signing key pair") { output, force };
        create.SetAction(result => New(console, result.GetValue(output)!, result.GetValue(force)));
        return new Command("keys", "manage bundle signing keys") { create };
    }

    private static int New(CliConsole console, string directory, bool force)
    {
        Directory.CreateDirectory(directory);
        var privatePath = Path.Combine(directory, PrivateKeyFile);
        var publicPath = Path.Combine(directory, PublicKeyFile);
        if (!force && (File.Exists(privatePath) || File.Exists(publicPath)))
        {
            throw new UsageException($"`{privatePath}` or `{publicPath}` already exists; pass --force to replace them");
        }
        using var key = PolicySigningKey.Create();
        WritePrivate(privatePath, key.ExportPrivateKeyPem());
        File.WriteAllText(publicPath, key.PublicKey.ExportPem());
        console.Out.WriteLine($"key id {key.KeyId}");
        console.Out.WriteLine($"private key: {PolicyFiles.Display(privatePath)} (keep it secret; CI reads it from a secret)");
        console.Out.WriteLine($"public key:  {PolicyFiles.Display(publicPath)} (give it to the hosts that load your bundles)");
        return AirsCommand.Ok;
    }

    private static void WritePrivate(string path, string pem)
    {
        // Owner read/write only where the platform has Unix permissions. That mode applies to a file being created, so
        // always a new one: a file replaced with --force would keep its own mode, and a link left at the path be followed.
        File.Delete(path);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using var stream = new FileStream(path, options);
        using var writer = new StreamWriter(stream);
        writer.Write(pem);
    }
}
