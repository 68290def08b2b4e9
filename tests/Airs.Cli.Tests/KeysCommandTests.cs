using Airs.Cli.Commands;

namespace Airs.Cli.Tests;

public sealed class KeysCommandTests
{
    /// <summary>
    /// The private key is created owner-only, but `--force` truncated the existing file, which kept its permissions: a
    /// key file that was world-readable before held the new private key world-readable. A symbolic link at the key's
    /// name was followed, and the key written wherever it pointed. Found by security review (bundles).
    /// </summary>
    [Fact]
    public async Task A_new_private_key_is_a_new_owner_only_file_whatever_was_there()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no Unix permissions
        }
        using var folder = new TempFolder();
        var key = folder.Write(KeysCommand.PrivateKeyFile, "an old key");
        File.SetUnixFileMode(key, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        Assert.Equal(0, (await CliRun.Of("keys", "new", "--out", folder.Path, "--force")).ExitCode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));

        using var other = new TempFolder();
        var elsewhere = other.File("planted.pem");
        File.CreateSymbolicLink(other.File(KeysCommand.PrivateKeyFile), elsewhere);
        Assert.Equal(0, (await CliRun.Of("keys", "new", "--out", other.Path, "--force")).ExitCode);
        Assert.False(File.Exists(elsewhere));
        Assert.Null(new FileInfo(other.File(KeysCommand.PrivateKeyFile)).LinkTarget);
    }
}
