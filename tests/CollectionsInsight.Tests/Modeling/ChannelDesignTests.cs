using CollectionsInsight.Modeling;
using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Tests.Modeling;

public class ChannelDesignTests
{
    // segment_SMB, phone_reach_rate and wrong_numbers are contact features (channel effect modifiers); log_relative_size is not.
    private static readonly FeatureMatrix X = new(2, ["segment_SMB", "phone_reach_rate", "log_relative_size", "wrong_numbers"],
        [1, 0.8f, 0.5f, 3, 0, float.NaN, -1, 0]);

    [Fact]
    public void Of_RowsAndChannels_FeaturesThenEachChannelsIndicatorAndSlopes()
    {
        var design = ChannelDesign.Of(X, [0, 2], [0.5, 0.6, 0, 1]);

        Assert.Equal(
            ["segment_SMB", "phone_reach_rate", "log_relative_size", "wrong_numbers",
             "channel_phone", "segment_SMB_if_phone", "phone_reach_rate_if_phone", "any_wrong_numbers_if_phone",
             "channel_email", "segment_SMB_if_email", "phone_reach_rate_if_email", "any_wrong_numbers_if_email",
             "channel_both", "segment_SMB_if_both", "phone_reach_rate_if_both", "any_wrong_numbers_if_both"],
            design.ColumnNames);
        // Row 0 got phone, and its three wrong numbers enter the slope as yes; row 1 got both, and its missing reach
        // rate takes the fill value in its slope too.
        Assert.Equal([1, 0.8f, 0.5f, 3, 1, 1, 0.8f, 1, 0, 0, 0, 0, 0, 0, 0, 0], design.Values[..16].ToArray());
        Assert.Equal([0, 0.6f, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0.6f, 0], design.Values[16..].ToArray());
    }

    [Fact]
    public void FeatureContributions_Channel_OwnTermPlusThatChannelsSlope()
    {
        // Per row: 4 feature terms, 3 channel blocks of (indicator, 3 slopes), then the bias.
        double[] row = [1, 2, 3, 4, 10, 20, 30, 35, 40, 50, 60, 65, 70, 80, 90, 95, -5];
        var contributions = ChannelDesign.FeatureContributions(X, channel: 1, [.. row, .. row]);

        Assert.Equal([1 + 50, 2 + 60, 3, 4 + 65, 1 + 50, 2 + 60, 3, 4 + 65], contributions);
    }
}
