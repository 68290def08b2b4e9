using System.Diagnostics.Metrics;
using Airs.Runtime.AspNetCore.Sidecar;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>A measurement's series is found from its tags as measured: the same set finds the same series, at no cost.</summary>
public sealed class MeasuredSeriesTests
{
    [Fact]
    public void The_same_tags_find_the_same_series_and_others_do_not()
    {
        using var meter = new Meter("airs.test.measured");
        var counter = meter.CreateCounter<long>("c");
        var other = meter.CreateCounter<long>("d");
        var cache = new MeasuredSeries();
        KeyValuePair<string, object?>[] tags = [new("airs.outcome", "allow"), new("airs.stage", "input")];
        var series = cache.Add(counter, tags, new PrometheusMetrics.Series());

        Assert.Same(series, cache.Find(counter, [new("airs.outcome", "allow"), new("airs.stage", "input")]));
        Assert.Null(cache.Find(counter, [new("airs.outcome", "block"), new("airs.stage", "input")]));
        Assert.Null(cache.Find(counter, [new("airs.outcome", "allow")]));
        Assert.Null(cache.Find(counter, [new("airs.stage", "input"), new("airs.outcome", "allow")])); // another order: the slow path
        Assert.Null(cache.Find(other, tags));
    }

    [Fact]
    public void Finding_a_series_allocates_nothing()
    {
        using var meter = new Meter("airs.test.measured");
        var counter = meter.CreateCounter<long>("c");
        var cache = new MeasuredSeries();
        KeyValuePair<string, object?>[] tags = [new("airs.outcome", "allow"), new("airs.stage", "input"), new("airs.policy.name", "p")];
        cache.Add(counter, tags, new PrometheusMetrics.Series());
        cache.Find(counter, tags);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Assert.NotNull(cache.Find(counter, tags));
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
