using Airs.Compiler.Binding;
using Airs.Compiler.Tests.Parsing;

namespace Airs.Compiler.Tests.Binding;

public sealed class UseResolutionTests
{
    [Fact]
    public void A_pack_from_a_file_joins_the_policy()
    {
        using var files = new TempPolicyFiles();
        files.Write("common.airs", "pack common { guard shout on input { when input.text matches /^[A-Z ]{10,}$/  flag } }");
        var policy = files.Write("p.airs", "policy p { tier low  use \"./common.airs\" }");
        var compilation = Compilation.FromFile(policy);
        Assert.Empty(compilation.Diagnostics);
        Assert.Equal("shout", Assert.Single(compilation.Policy!.Guards).Name);
        Assert.Equal(2, compilation.Trees.Length);
    }

    [Fact]
    public void A_cycle_of_uses_is_reported_at_the_use_that_closes_it()
    {
        using var files = new TempPolicyFiles();
        files.Write("a.airs", "pack a { use \"./b.airs\" }");
        files.Write("b.airs", "pack b { use \"./a.airs\" }");
        var policy = files.Write("p.airs", "policy p { tier low  use \"./a.airs\" }");
        var diagnostic = Assert.Single(Compilation.FromFile(policy).Diagnostics, d => d.Code == "AIRS0128");
        Assert.EndsWith("b.airs", diagnostic.Location.Source.Path);
    }

    [Fact]
    public void Using_a_policy_instead_of_a_pack_is_an_error()
    {
        using var files = new TempPolicyFiles();
        files.Write("other.airs", "policy other { tier low }");
        var policy = files.Write("p.airs", "policy p { tier low  use \"./other.airs\" }");
        Assert.Contains(Compilation.FromFile(policy).Diagnostics, d => d.Code == "AIRS0127" && d.Message.Contains("only packs"));
    }

    [Fact]
    public void Errors_in_a_used_file_are_reported_in_that_file_and_stop_the_policy()
    {
        using var files = new TempPolicyFiles();
        files.Write("broken.airs", "pack broken { guard g on input { when input.nope  block } }");
        var policy = files.Write("p.airs", "policy p { tier low  use \"./broken.airs\" }");
        var compilation = Compilation.FromFile(policy);
        Assert.Contains(compilation.Diagnostics, d => d.Code == "AIRS0103" && d.Location.Source.Path.EndsWith("broken.airs"));
        Assert.Null(compilation.Policy);
    }

    // A policy from an untrusted repository must not read files outside its folder into diagnostics (found by a review,
    // 2026-11-26: `use "/etc/shadow"` showed the file's first tokens, `use "/dev/zero"` exhausted memory).
    [Theory]
    [InlineData("/etc/passwd", "must be relative")]
    [InlineData("/dev/zero", "must be relative")]
    [InlineData("../../../../../../../../etc/hostname", "must name a `.airs` file")]
    [InlineData("../outside.airs", "outside the folder")]
    [InlineData("./notes.txt", "must name a `.airs` file")]
    public void A_use_cannot_reach_outside_the_policys_folder(string target, string reason)
    {
        using var files = new TempPolicyFiles();
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(files.Directory)!, "outside.airs"), "pack outside { }");
        var policy = files.Write("p.airs", $"policy p {{ tier low  use \"{target}\" }}");
        var diagnostic = Assert.Single(Compilation.FromFile(policy).Diagnostics);
        Assert.Equal("AIRS0127", diagnostic.Code);
        Assert.Contains(reason, diagnostic.Message);
        Assert.EndsWith("p.airs", diagnostic.Location.Source.Path);
    }

    [Fact]
    public void A_link_out_of_the_folder_is_refused_and_a_subfolder_is_fine()
    {
        using var files = new TempPolicyFiles();
        var outside = Path.Combine(Path.GetDirectoryName(files.Directory)!, $"secret-{Guid.NewGuid():N}.airs");
        File.WriteAllText(outside, "pack leaked { }");
        try
        {
            File.CreateSymbolicLink(Path.Combine(files.Directory, "link.airs"), outside);
            Directory.CreateDirectory(Path.Combine(files.Directory, "lib"));
            files.Write(Path.Combine("lib", "common.airs"), "pack common { }");
            var policy = files.Write("p.airs", "policy p { tier low  use \"./link.airs\"  use \"./lib/common.airs\" }");
            var diagnostic = Assert.Single(Compilation.FromFile(policy).Diagnostics);
            Assert.Contains("links to a file outside", diagnostic.Message);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    /// <summary>
    /// A chain of files each using the next is read without a call frame per file: a few thousand of them (a
    /// repository under review) overflowed the stack, which no handler catches, and killed `airs check` or the
    /// language server. The chain ends in a cycle, still reported at the use that closes it.
    /// </summary>
    [Fact]
    public void A_long_chain_of_used_files_is_read_without_overflowing_the_stack()
    {
        const int Files = 2000;
        using var files = new TempPolicyFiles();
        for (var i = 0; i < Files; i++)
        {
            files.Write($"f{i}.airs", $"pack f{i} {{ guard g{i} on input {{ when input.text contains \"{i}\"  flag }}  use \"./f{(i + 1) % Files}.airs\" }}");
        }
        var policy = files.Write("p.airs", "policy p { tier low  use \"./f0.airs\" }");

        var compilation = TestSources.OnSmallStack(() => Compilation.FromFile(policy));

        Assert.Equal(Files + 1, compilation.Trees.Length);
        var cycle = Assert.Single(compilation.Diagnostics, d => d.Code == "AIRS0128");
        Assert.EndsWith($"f{Files - 1}.airs", cycle.Location.Source.Path);
    }
}

public sealed class PacePlanTests
{
    [Fact]
    public void A_second_pace_plan_from_a_used_pack_is_reported_not_silently_used()
    {
        using var files = new TempPolicyFiles();
        files.Write("plan.airs", "pack plan { pace { emergency manual { halt } } }");
        var policy = files.Write("p.airs", "policy p { tier high  use \"./plan.airs\"  pace { alternate manual { judges off } } }");
        var compilation = Compilation.FromFile(policy);
        Assert.Contains(compilation.Diagnostics, d => d.Code == "AIRS0115" && d.Message.Contains("`pace`"));
    }
}
