using Airs.Runtime.Functions;

namespace Airs.Runtime.Tests.Functions;

/// <summary><see cref="ExactNumbers.TryAdd"/>: limits' sums are the exact sums of the values sent, or fail closed.</summary>
public sealed class ExactSumTests
{
    [Theory]
    [InlineData(0.1, 0.2, 0.3)]
    [InlineData(0.9999999999999999, 0.0000000000000001, 1)]
    [InlineData(9.99999999999998, 0.00000000000001, 9.99999999999999)]
    [InlineData(5000.5, -0.5, 5000)]
    [InlineData(1e-20, 2e-20, 3e-20)]
    [InlineData(1e27, 1e27, 2e27)]
    [InlineData(9007199254740990, 1, 9007199254740991)]
    [InlineData(0, 0, 0)]
    public void A_sum_a_double_holds_is_exact(double left, double right, double sum)
    {
        Assert.True(ExactNumbers.TryAdd(left, right, out var result));
        Assert.Equal(sum, result);
    }

    [Theory]
    [InlineData(10, 0.000000000000000001)] // 10.000000000000000001: more digits than a double holds
    [InlineData(9007199254740991, 2)] // 2^53 + 1
    [InlineData(1e20, 1e-10)] // a decimal would round the sum to 1e20
    [InlineData(1e28, 1)] // beyond what a decimal holds exactly
    [InlineData(1e-29, 0)] // a digit past the 28th decimal place
    [InlineData(double.PositiveInfinity, 1)]
    [InlineData(double.NaN, 1)]
    public void A_sum_no_double_holds_as_it_is_fails(double left, double right) => Assert.False(ExactNumbers.TryAdd(left, right, out _));
}
