using Airs.Compiler.Bundles;
using System.Text;
using Airs.Runtime.Bundles;
using Airs.Runtime.Decisions;
using static Airs.Runtime.Tests.Bundles.BundleFixtures;

namespace Airs.Runtime.Tests.Bundles;

public sealed class BundleLoadTests
{
    [Fact]
    public void A_signed_bundle_loads_and_evaluates()
    {
        using var bundle = PolicyBundle.Load(Signed(), Trust, "support_bot.airsb");

        Assert.Equal("support_bot", bundle.Manifest.Policy);
        Assert.Equal("1.4.0", bundle.Spec.Version);
        Assert.True(bundle.IsSigned);
        Assert.Equal(Key.KeyId, bundle.Signer!.KeyId);
        var blocked = bundle.Evaluate(Stage.Input, Injection, new EvaluationOptions(Trace: true));
        Assert.Equal(Outcome.Block, blocked.Outcome);
        Assert.Equal("I can't help with that.", blocked.Message);
        Assert.Equal("GR-IN-01", Assert.Single(blocked.Findings).ControlId);
        Assert.Equal(Outcome.Allow, bundle.Evaluate(Stage.Input, new Context.RequestContext { InputText = "hello" }).Outcome);
        Assert.Equal(Outcome.Allow, bundle.Evaluate(Stage.Output, Injection).Outcome);
    }

    [Fact]
    public void The_evaluator_shares_the_hosts_runtime_types()
    {
        using var bundle = PolicyBundle.Load(Signed(), Trust);
        var evaluation = bundle.Evaluate(Stage.Input, Injection);

        // Same Evaluation type as the host's: the load context resolved Airs.Runtime to the host's copy.
        Assert.Same(typeof(Evaluation), evaluation.GetType());
        Assert.True(bundle.LoadContext.IsCollectible);
        Assert.NotSame(System.Runtime.Loader.AssemblyLoadContext.Default, bundle.LoadContext);
    }

    [Fact]
    public void A_file_on_disk_loads()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("p.airsb"), Signed());
        using var bundle = PolicyBundle.Load(dir.File("p.airsb"), Trust);
        Assert.Equal(Outcome.Block, bundle.Evaluate(Stage.Input, Injection).Outcome);
    }

    [Fact]
    public void A_missing_file_is_unreadable_with_its_name()
    {
        var e = Assert.Throws<BundleLoadException>(() => PolicyBundle.Load("/nonexistent/x.airsb", Trust));
        Assert.Equal(BundleError.Unreadable, e.Error);
        Assert.Contains("`/nonexistent/x.airsb`", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bundle_signed_by_an_untrusted_key_is_refused()
    {
        var assembly = PolicyAssemblies.Blocking();
        var e = Refused(Bundle(assembly, OtherKey));
        Assert.Equal(BundleError.UntrustedKey, e.Error);
        Assert.Contains(OtherKey.KeyId, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signature_by_another_key_under_a_trusted_key_id_does_not_verify()
    {
        var assembly = PolicyAssemblies.Blocking();
        var manifest = Manifest(assembly).ToJsonBytes();
        var forged = BundleSigner.Sign(manifest, assembly, OtherKey);
        forged = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(forged).Replace(OtherKey.KeyId, Key.KeyId, StringComparison.Ordinal));
        var bundle = BundleArchiveWriter.Write([new(BundleEntries.Manifest, manifest), new(BundleEntries.Assembly, assembly), new(BundleEntries.Signature, forged)]);

        Assert.Equal(BundleError.SignatureInvalid, Refused(bundle).Error);
    }

    [Fact]
    public void A_bundle_without_a_signature_is_refused_by_default()
    {
        var e = Refused(Bundle(PolicyAssemblies.Blocking(), key: null));
        Assert.Equal(BundleError.UnsignedNotAllowed, e.Error);
        Assert.Equal("bundle `test.airsb`: the bundle is not signed, and unsigned bundles are not allowed for policy `support_bot`", e.Message);
    }

    [Fact]
    public void Unsigned_bundles_load_only_for_policies_allowed_by_name()
    {
        var unsigned = Bundle(PolicyAssemblies.Blocking(), key: null);

        Assert.Equal(BundleError.UnsignedNotAllowed, Refused(unsigned, BundleTrust.AllowUnsigned("other_bot")).Error);
        Assert.Equal(BundleError.UnsignedNotAllowed, Refused(unsigned, BundleTrust.AllowUnsigned("Support_Bot")).Error);
        using var bundle = PolicyBundle.Load(unsigned, Trust.AndAllowUnsigned("support_bot"));
        Assert.False(bundle.IsSigned);
        Assert.Equal(Outcome.Block, bundle.Evaluate(Stage.Input, Injection).Outcome);
    }

    [Fact]
    public void Allowing_unsigned_never_excuses_a_bad_signature()
    {
        var assembly = PolicyAssemblies.Blocking();
        Assert.Equal(BundleError.UntrustedKey, Refused(Bundle(assembly, OtherKey), BundleTrust.AllowUnsigned("support_bot")).Error);
    }

    [Fact]
    public void A_manifest_that_lies_about_the_assembly_hash_is_refused_even_when_signed()
    {
        var assembly = PolicyAssemblies.Blocking();
        var other = PolicyAssemblies.Blocking("something else");
        var lying = Manifest(other);   // the hash of another assembly, honestly signed

        var e = Refused(Pack(lying, assembly, Key));
        Assert.Equal(BundleError.AssemblyHashMismatch, e.Error);
        Assert.Contains(lying.AssemblySha256, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsigned_bundle_with_a_lying_hash_is_refused_even_when_allowed()
    {
        var assembly = PolicyAssemblies.Blocking();
        var e = Refused(Pack(Manifest(PolicyAssemblies.Blocking("x")), assembly, key: null), BundleTrust.AllowUnsigned("support_bot"));
        Assert.Equal(BundleError.AssemblyHashMismatch, e.Error);
    }

    [Fact]
    public void Every_truncation_is_refused_as_a_malformed_archive()
    {
        var bundle = Signed();
        for (var length = 0; length < bundle.Length; length += length < 64 ? 1 : 37)
        {
            var e = Refused(bundle[..length]);
            Assert.True(e.Error == BundleError.MalformedArchive, $"length {length}: {e.Error} {e.Message}");
        }
    }

    [Fact]
    public void Bytes_after_the_end_record_are_refused()
    {
        Assert.Equal(BundleError.MalformedArchive, Refused([.. Signed(), 0]).Error);
    }

    [Theory]
    [InlineData("../policy.dll")]
    [InlineData("..\\manifest.json")]
    [InlineData("/etc/passwd")]
    [InlineData("C:evil.dll")]
    [InlineData("lib/")]
    [InlineData("sub/policy.dll")]
    public void An_entry_that_is_a_path_is_refused(string name)
    {
        var assembly = PolicyAssemblies.Blocking();
        var e = Refused(Pack(Manifest(assembly), assembly, Key, (name, [1, 2, 3])));
        Assert.Equal(BundleError.UnsafeEntryPath, e.Error);
        Assert.Contains($"`{name}`", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_ascii_entry_name_is_refused()
    {
        var assembly = PolicyAssemblies.Blocking();
        var bundle = Pack(Manifest(assembly), assembly, Key, ("pólicy.dll", [1]));
        Assert.Equal(BundleError.UnsafeEntryPath, Refused(bundle).Error);
    }

    [Fact]
    public void An_extra_entry_is_refused()
    {
        var assembly = PolicyAssemblies.Blocking();
        var e = Refused(Pack(Manifest(assembly), assembly, Key, ("README.txt", "hi"u8.ToArray())));
        Assert.Equal(BundleError.UnexpectedEntry, e.Error);
        Assert.StartsWith("bundle `test.airsb`: entry `README.txt` is not one of", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_entry_is_refused()
    {
        var assembly = PolicyAssemblies.Blocking();
        var e = Refused(Pack(Manifest(assembly), assembly, Key, (BundleEntries.Assembly, PolicyAssemblies.NotAPolicy())));
        Assert.Equal(BundleError.DuplicateEntry, e.Error);
    }

    [Fact]
    public void A_missing_assembly_is_refused()
    {
        var assembly = PolicyAssemblies.Blocking();
        var bundle = BundleArchiveWriter.Write([new(BundleEntries.Manifest, Manifest(assembly).ToJsonBytes())]);
        var e = Refused(bundle);
        Assert.Equal(BundleError.MissingEntry, e.Error);
        Assert.Contains("`policy.dll`", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_or_foreign_file_is_refused()
    {
        Assert.Equal(BundleError.MalformedArchive, Refused([]).Error);
        Assert.Equal(BundleError.MalformedArchive, Refused("MZ not a zip"u8.ToArray()).Error);
    }

    [Fact]
    public void A_zip_written_by_another_tool_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            var assembly = PolicyAssemblies.Blocking();
            using (var manifest = zip.CreateEntry(BundleEntries.Manifest).Open())
            {
                manifest.Write(Manifest(assembly).ToJsonBytes());
            }
            using var policy = zip.CreateEntry(BundleEntries.Assembly).Open();
            policy.Write(assembly);
        }
        Assert.Equal(BundleError.MalformedArchive, Refused(buffer.ToArray()).Error);
    }

    [Fact]
    public void Oversized_bundles_and_entries_are_refused_before_they_are_parsed()
    {
        var bundle = Signed();
        var small = new BundleLimits(MaxBundleBytes: bundle.Length - 1);
        Assert.Equal(BundleError.TooLarge, Assert.Throws<BundleLoadException>(() => PolicyBundle.Load(bundle, Trust, limits: small)).Error);
        var smallAssembly = new BundleLimits(MaxAssemblyBytes: 100);
        var e = Assert.Throws<BundleLoadException>(() => PolicyBundle.Load(bundle, Trust, limits: smallAssembly));
        Assert.Equal(BundleError.TooLarge, e.Error);
        Assert.Contains("`policy.dll`", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_evaluator_type_that_is_missing_is_refused()
    {
        var assembly = PolicyAssemblies.Blocking();
        var e = Refused(Pack(Manifest(assembly) with { EvaluatorType = "Fixture.Nope" }, assembly, Key));
        Assert.Equal(BundleError.EvaluatorNotFound, e.Error);
        Assert.Contains("`Fixture.Nope`", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_evaluator_that_is_not_a_compiled_policy_is_refused()
    {
        var assembly = PolicyAssemblies.NotAPolicy();
        Assert.Equal(BundleError.EvaluatorInvalid, Refused(Pack(Manifest(assembly), assembly, Key)).Error);
    }

    [Fact]
    public void An_evaluator_whose_constructor_throws_is_refused_with_the_reason()
    {
        var assembly = PolicyAssemblies.ThrowingConstructor();
        var e = Refused(Pack(Manifest(assembly), assembly, Key));
        Assert.Equal(BundleError.EvaluatorFailed, e.Error);
        Assert.EndsWith("failed to start: boom", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signed_assembly_that_is_not_an_assembly_is_refused()
    {
        byte[] garbage = [.. "MZ"u8, .. new byte[200]];
        Assert.Equal(BundleError.AssemblyInvalid, Refused(Pack(Manifest(garbage), garbage, Key)).Error);
    }

    [Fact]
    public void Refusal_messages_follow_the_house_rules()
    {
        var assembly = PolicyAssemblies.Blocking();
        BundleLoadException[] refusals =
        [
            Refused(Bundle(assembly, OtherKey)),
            Refused(Bundle(assembly, null)),
            Refused(Signed()[..100]),
            Refused(Pack(Manifest(assembly), assembly, Key, ("../x", [1]))),
            Refused(Pack(Manifest(PolicyAssemblies.NotAPolicy()), assembly, Key)),
            Refused(Pack(Manifest(assembly) with { FormatVersion = 2 }, assembly, Key)),
            Refused(Pack(Manifest(assembly) with { Policy = "other" }, assembly, Key)),
            Refused(Pack(Manifest(assembly), assembly, null, (BundleEntries.Signature, "{}"u8.ToArray()))),
        ];
        Assert.Equal(refusals.Length, refusals.Select(r => r.Error).Distinct().Count());
        foreach (var e in refusals)
        {
            Assert.DoesNotContain('\n', e.Message);
            Assert.False(e.Message.EndsWith('.'), e.Message);
            Assert.True(char.IsLower(e.Message[0]), e.Message);
            Assert.DoesNotContain("Exception", e.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Text from a bundle nobody vouched for reaches refusal messages: an unsigned bundle's policy name (read to ask the
    /// host's permission), a signature document's algorithm. Those messages go to logs, the audit and a terminal, one
    /// line each: a line break would forge a log line, an escape sequence drive the operator's terminal. Found by
    /// security review (bundles).
    /// </summary>
    [Fact]
    public void Refusals_show_control_and_bidi_characters_from_the_bundle_escaped()
    {
        const string Hostile = "evil\nwarn: policy bundle loaded\u001b]0;pwned\u0007\u202e";
        var assembly = PolicyAssemblies.Blocking();
        var unsigned = Refused(Pack(Manifest(assembly, name: Hostile), assembly, key: null));
        var manifest = Manifest(assembly).ToJsonBytes();
        var document = BundleJson.DeserializeSignature(BundleSigner.Sign(manifest, assembly, Key))! with { Algorithm = Hostile };
        var algorithm = Refused(BundleArchiveWriter.Write(
            [new(BundleEntries.Manifest, manifest), new(BundleEntries.Assembly, assembly), new(BundleEntries.Signature, BundleJson.SerializeSignature(document))]));

        Assert.Equal((BundleError.UnsignedNotAllowed, BundleError.SignatureMalformed), (unsigned.Error, algorithm.Error));
        foreach (var e in new[] { unsigned, algorithm })
        {
            Assert.DoesNotContain(e.Message, c => char.IsControl(c) || c == '\u202e');
            Assert.Contains(@"evil\u{A}warn: policy bundle loaded\u{1B}]0;pwned\u{7}\u{202E}", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Evaluating_after_dispose_is_refused()
    {
        var bundle = PolicyBundle.Load(Signed(), Trust);
        bundle.Dispose();
        bundle.Dispose();
        Assert.True(bundle.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => bundle.Evaluate(Stage.Input, Injection));
    }
}
