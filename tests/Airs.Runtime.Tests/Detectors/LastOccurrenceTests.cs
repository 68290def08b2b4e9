using Airs.Runtime.Detectors;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.Runtime.Tests.Detectors;

/// <summary>The forward-only search must answer every position as a search back from it would.</summary>
public class LastOccurrenceTests
{
    [Fact]
    public void Each_position_gets_the_last_occurrence_that_ends_by_it_in_any_order_asked() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements("a", "\n", " ", "Cookie", "cook", "ie", "COOKIE", "session=")).Select(string.Concat).ToArbitrary(),
            Gen.ListOf(Gen.Choose(0, 1000)).ToArbitrary(),
            (text, asked) =>
            {
                var cookies = new LastOccurrence(text, "cookie");
                // Sorted runs, as a scan asks, broken now and then by a smaller position that takes the plain search.
                var positions = asked.Select(n => text.Length == 0 ? 0 : n % (text.Length + 1)).Chunk(4).SelectMany(c => c.Order());
                return positions.All(i => cookies.Before(i) == text.AsSpan(0, i).LastIndexOf("cookie", StringComparison.OrdinalIgnoreCase));
            }).QuickCheckThrowOnFailure();
}
