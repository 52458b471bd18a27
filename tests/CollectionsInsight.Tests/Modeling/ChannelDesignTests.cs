using CollectionsInsight.Modeling;
using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Tests.Modeling;

public class ChannelDesignTests
{
    // segment_SMB, phone_reach_rate, wrong_numbers and earlier_share_late are contact features (channel effect
    // modifiers), earlier_share_late also both's own; log_relative_size is neither.
    private static readonly FeatureMatrix X = new(2, ["segment_SMB", "phone_reach_rate", "log_relative_size", "wrong_numbers", "earlier_share_late"],
        [1, 0.8f, 0.5f, 3, 0.2f, 0, float.NaN, -1, 0, 0.6f]);

    [Fact]
    public void Of_RowsAndChannels_FeaturesIndicatorsThenPhoneEmailAndBothSlopes()
    {
        var design = ChannelDesign.Of(X, [0, 2], [0.5, 0.6, 0, 1, 0.4]);

        Assert.Equal(
            ["segment_SMB", "phone_reach_rate", "log_relative_size", "wrong_numbers", "earlier_share_late",
             "channel_phone", "channel_email", "channel_both",
             "segment_SMB_if_phone", "phone_reach_rate_if_phone", "any_wrong_numbers_if_phone", "earlier_share_late_if_phone",
             "segment_SMB_if_email", "phone_reach_rate_if_email", "any_wrong_numbers_if_email", "earlier_share_late_if_email",
             "earlier_share_late_if_both"],
            design.ColumnNames);
        // Row 0 got phone: its three wrong numbers enter the phone slope as yes.
        Assert.Equal([1, 0.8f, 0.5f, 3, 0.2f, 1, 0, 0, 1, 0.8f, 1, 0.2f, 0, 0, 0, 0, 0], design.Values[..17].ToArray());
        // Row 1 got both: half of each phone and email slope, its missing reach rate at the fill value, and both's own
        // slope on lateness in full.
        Assert.Equal([0, 0.6f, -1, 0, 0.6f, 0, 0, 1, 0, 0.3f, 0, 0.3f, 0, 0.3f, 0, 0.3f, 0.6f], design.Values[17..].ToArray());
    }

    [Fact]
    public void FeatureContributions_Feature_OwnTermPlusEverySlopeItFeeds()
    {
        // Per row: 5 feature terms, 3 indicators, 4 phone slopes, 4 email slopes, both's slope, then the bias.
        // (In a real design only the slopes of the channel it was built for are non-zero; here all are, to check the sums.)
        double[] row = [1, 2, 3, 4, 5, 10, 20, 30, 41, 42, 43, 44, 51, 52, 53, 54, 60, -5];

        var contributions = ChannelDesign.FeatureContributions(X, [.. row, .. row]);

        double[] expected = [1 + 41 + 51, 2 + 42 + 52, 3, 4 + 43 + 53, 5 + 44 + 54 + 60];
        Assert.Equal([.. expected, .. expected], contributions);
    }
}
