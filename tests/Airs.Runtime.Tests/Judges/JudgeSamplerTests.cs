using Airs.Runtime.Judges;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.Runtime.Tests.Judges;

public sealed class JudgeSamplerTests
{
    [Fact]
    public void The_sample_point_is_stable_and_pinned()
    {
        // Pinned so that a change of hash (which would re-sample every replayed decision) fails a test.
        Assert.Equal(JudgeSampler.Point("dec-1", "grounded"), JudgeSampler.Point("dec-1", "grounded"));
        // python: (int.from_bytes(sha256(b"dec-1\ngrounded").digest()[:8], "big") >> 11) / 2**53
        Assert.Equal(0.8490983649881482, JudgeSampler.Point("dec-1", "grounded"), 15);
    }

    [Fact]
    public void The_separator_keeps_decision_and_judge_apart()
    {
        Assert.NotEqual(JudgeSampler.Point("ab", "c"), JudgeSampler.Point("a", "bc"));
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.2)]
    [InlineData(0.5)]
    public void The_sampled_share_matches_the_rate(double rate)
    {
        const int n = 20_000;
        var sampled = Enumerable.Range(0, n).Count(i => JudgeSampler.IsSampled($"decision-{i}", "grounded", rate));
        var tolerance = 4 * Math.Sqrt(rate * (1 - rate) / n);
        Assert.InRange(sampled / (double)n, rate - tolerance, rate + tolerance);
    }

    [Fact]
    public void Zero_never_samples_and_one_always_does()
    {
        var ids = ArbMap.Default.ArbFor<NonNull<string>>();
        Prop.ForAll(ids, id =>
            !JudgeSampler.IsSampled(id.Get, "j", 0.0) && JudgeSampler.IsSampled(id.Get, "j", 1.0)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Raising_the_rate_only_adds_decisions()
    {
        var cases = (from id in ArbMap.Default.GeneratorFor<NonNull<string>>()
                     from a in Gen.Choose(0, 1000)
                     from b in Gen.Choose(0, 1000)
                     select (id.Get, Math.Min(a, b) / 1000.0, Math.Max(a, b) / 1000.0)).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            var (id, low, high) = c;
            var point = JudgeSampler.Point(id, "grounded");
            return point is >= 0 and < 1
                && (!JudgeSampler.IsSampled(id, "grounded", low) || JudgeSampler.IsSampled(id, "grounded", high));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Different_judges_sample_different_decisions()
    {
        var ids = Enumerable.Range(0, 2000).Select(i => $"d{i}").ToArray();
        var a = ids.Where(id => JudgeSampler.IsSampled(id, "grounded", 0.5)).ToHashSet();
        var b = ids.Where(id => JudgeSampler.IsSampled(id, "on_task", 0.5)).ToHashSet();
        Assert.NotEqual(a, b);
    }
}
