using Airs.Runtime.Bundles;
using FsCheck;
using FsCheck.Fluent;
using static Airs.Runtime.Tests.Bundles.BundleFixtures;

namespace Airs.Runtime.Tests.Bundles;

public sealed class VersionFloorTests
{
    [Theory]
    [InlineData("1.0.0", "1.0.1", -1)]
    [InlineData("1.10.0", "1.9.0", 1)]
    [InlineData("1.2", "1.2.0", 0)]
    [InlineData("v2.0.0", "2.0.0", 0)]
    [InlineData("2.0.0-rc.1", "2.0.0", -1)]
    [InlineData("2.0.0-rc.2", "2.0.0-rc.10", -1)]
    [InlineData("2.0.0-alpha", "2.0.0-1", 1)]
    [InlineData("2.0.0+build.9", "2.0.0+build.1", 0)]
    [InlineData("10000000000000000000001", "10000000000000000000000", 1)]
    public void VersionsAreOrderedAsSemanticVersions(string left, string right, int order)
    {
        Assert.True(PolicyVersionOrder.TryCompare(left, right, out var actual));
        Assert.Equal(order, actual);
        Assert.True(PolicyVersionOrder.TryCompare(right, left, out var reverse));
        Assert.Equal(-order, reverse);
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("")]
    [InlineData("1..0")]
    [InlineData("1.0.0-")]
    [InlineData("2024 spring")]
    public void FreeTextIsNotComparable(string version)
    {
        Assert.False(PolicyVersionOrder.IsComparable(version));
        Assert.False(PolicyVersionOrder.TryCompare(version, "1.0.0", out _));
        Assert.Throws<ArgumentException>(() => TrustStore.Empty.WithVersionFloor("support_bot", version));
    }

    [Fact]
    public void TheOrderIsAntisymmetricAndTransitive()
    {
        var version =
            from major in Gen.Choose(0, 3)
            from minor in Gen.Choose(0, 12)
            from patch in Gen.Choose(0, 12)
            from pre in Gen.Elements("", "-rc.1", "-rc.2", "-beta")
            select $"{major}.{minor}.{patch}{pre}";
        var triples = from a in version from b in version from c in version select (a, b, c);
        Prop.ForAll(triples.ToArbitrary(), t =>
        {
            var (a, b, c) = t;
            PolicyVersionOrder.TryCompare(a, b, out var ab);
            PolicyVersionOrder.TryCompare(b, a, out var ba);
            PolicyVersionOrder.TryCompare(b, c, out var bc);
            PolicyVersionOrder.TryCompare(a, c, out var ac);
            return ab == -ba && (ab > 0 && bc > 0 ? ac > 0 : true);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ABundleBelowItsFloorIsRefusedBeforeItsCodeLoads()
    {
        var floored = BundleTrust.SignedBy(Trust.Keys.WithVersionFloor("support_bot", "1.5.0"));
        var refused = Refused(Signed(version: "1.4.0"), floored);
        Assert.Equal(BundleError.BelowVersionFloor, refused.Error);
        Assert.Contains("version `1.4.0` of policy `support_bot` is below its floor `1.5.0`", refused.Message);
        Assert.Equal(BundleError.BelowVersionFloor, Refused(Signed(version: "spring"), floored).Error);

        using var atFloor = PolicyBundle.Load(Signed(version: "1.5.0"), floored);
        Assert.Equal("1.5.0", atFloor.Manifest.PolicyVersion);
        using var otherPolicy = PolicyBundle.Load(Signed(version: "0.1.0", name: "other_bot"), floored);
        Assert.Equal("1.5.0", floored.Keys.With(OtherKey.PublicKey).VersionFloors["support_bot"]);
    }
}
