namespace Airs.Quality.Tests;

/// <summary>Where the trainer's sweep placements (<c>AIRS_TRAIN_EXTRA</c>, <c>AIRS_TRAIN_P8</c>) put a row.</summary>
public sealed class InjectionTrainerPlacementTests
{
    [Fact]
    public void Eval_scores_a_counter_example_sources_benign_row_in_its_groups_fold()
    {
        // A counter-example source's benign row starts in no fold (−1: every fold trains on it, none scores it); "eval"
        // must put it in its group's fold and keep every fold from training on it, or it is neither trained nor scored.
        var placement = InjectionTrainer.Placement("eval", attack: false);

        var (fold, untrained) = InjectionTrainer.Placed(placement, grouped: 3, untrained: false);

        Assert.Equal((3, true), (fold, untrained));
    }

    [Theory]
    [InlineData("off", false, -2, false)]
    [InlineData("counter", false, -1, false)]
    [InlineData("counter", true, 2, false)]
    [InlineData("train", true, -1, false)]
    [InlineData("benign-kinds", true, -2, false)]
    [InlineData("kinds", false, 2, false)]
    [InlineData("eval", true, 2, true)]
    public void Placements_put_rows_where_their_names_say(string how, bool attack, int expectedFold, bool expectedUntrained)
    {
        var placed = InjectionTrainer.Placed(InjectionTrainer.Placement(how, attack), grouped: 2, untrained: false);

        Assert.Equal((expectedFold, expectedUntrained), placed);
    }
}
