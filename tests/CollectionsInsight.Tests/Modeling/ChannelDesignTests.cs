using CollectionsInsight.Modeling;
using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Tests.Modeling;

public class ChannelDesignTests
{
    // segment_SMB and phone_reach_rate are contact features (channel effect modifiers); log_relative_size is not.
    private static readonly FeatureMatrix X = new(2, ["segment_SMB", "phone_reach_rate", "log_relative_size"],
        [1, 0.8f, 0.5f, 0, float.NaN, -1]);

    [Fact]
    public void Of_RowsAndChannels_FeaturesThenEachChannelsIndicatorAndSlopes()
    {
        var design = ChannelDesign.Of(X, [0, 2], [0.5, 0.6, 0]);

        Assert.Equal(
            ["segment_SMB", "phone_reach_rate", "log_relative_size",
             "channel_phone", "segment_SMB_if_phone", "phone_reach_rate_if_phone",
             "channel_email", "segment_SMB_if_email", "phone_reach_rate_if_email",
             "channel_both", "segment_SMB_if_both", "phone_reach_rate_if_both"],
            design.ColumnNames);
        // Row 0 got phone; row 1 got both, and its missing reach rate takes the fill value in its slope too.
        Assert.Equal([1, 0.8f, 0.5f, 1, 1, 0.8f, 0, 0, 0, 0, 0, 0], design.Values[..12].ToArray());
        Assert.Equal([0, 0.6f, -1, 0, 0, 0, 0, 0, 0, 1, 0, 0.6f], design.Values[12..].ToArray());
    }

    [Fact]
    public void FeatureContributions_Channel_OwnTermPlusThatChannelsSlope()
    {
        // Per row: 3 feature terms, 3 channel blocks of (indicator, 2 slopes), then the bias.
        double[] row = [1, 2, 3, 10, 20, 30, 40, 50, 60, 70, 80, 90, -5];
        var contributions = ChannelDesign.FeatureContributions(X, channel: 1, [.. row, .. row]);

        Assert.Equal([1 + 50, 2 + 60, 3, 1 + 50, 2 + 60, 3], contributions);
    }
}
