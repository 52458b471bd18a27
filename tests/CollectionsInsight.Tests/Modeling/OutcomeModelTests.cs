using CollectionsInsight.Domain;
using CollectionsInsight.Modeling;
using CollectionsInsight.Modeling.Features;
using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Tests.Modeling;

public class OutcomeModelTests
{
    private static readonly string[] Columns =
        [FeatureSchema.SegmentPrefix + "SMB", FeatureSchema.PhoneReachRate, FeatureSchema.EmailReplyRate, FeatureSchema.DaysOverdue];

    /// <summary>
    /// A planted world: SMBs pay after a call (0.65 against 0.35), everyone else after an email; both is 0.5 for all.
    /// The reach and reply rates and the days overdue are noise, so the segment is the only reason there is.
    /// </summary>
    private static TrainingSet Planted(int rows, int seed)
    {
        var random = new Random(seed);
        var values = new float[rows * Columns.Length];
        var treatments = new ChannelMix[rows];
        var outcomes = new float[rows];
        for (var i = 0; i < rows; i++)
        {
            var smb = random.NextDouble() < 0.5;
            values[i * 4] = smb ? 1 : 0;
            values[i * 4 + 1] = (float)random.NextDouble();
            values[i * 4 + 2] = (float)random.NextDouble();
            values[i * 4 + 3] = random.Next(1, 30);
            treatments[i] = ChannelChoices.All[random.Next(3)];
            var p = treatments[i] switch { ChannelMix.Phone => smb ? 0.65 : 0.35, ChannelMix.Email => smb ? 0.35 : 0.65, _ => 0.5 };
            outcomes[i] = random.NextDouble() < p ? 1 : 0;
        }
        return new TrainingSet(new FeatureMatrix(rows, Columns, values), treatments, outcomes,
            Enumerable.Range(0, rows).Select(i => $"I{i}").ToArray(), Enumerable.Repeat(new DateOnly(2025, 1, 1), rows).ToArray());
    }

    [Theory]
    [InlineData("s")]
    [InlineData("t")]
    [InlineData("linear")]
    [InlineData("blend")]
    public void Contributions_PlantedSegmentEffect_SegmentIsTheFirstReason(string word)
    {
        Assert.True(Words.TryParse<CausalLearner>(word, out var kind));
        var set = Planted(12000, seed: 1);
        var model = new CausalFitter(new LearnerOptions { Trees = 100 }, new LearnerOptions(), 0.02).Fit(kind, set);
        float[] smb = [1, 0.5f, 0.5f, 10], other = [0, 0.5f, 0.5f, 10];
        var x = new FeatureMatrix(2, Columns, [.. smb, .. other]);

        var p = model.Predict(x);
        var phone = model.Contributions(x, ChannelMix.Phone);
        var email = model.Contributions(x, ChannelMix.Email);

        Assert.True(p[0, ChannelMix.Phone] > p[0, ChannelMix.Email] && p[1, ChannelMix.Email] > p[1, ChannelMix.Phone],
            $"phone for the SMB, email for the other: {string.Join(", ", p.Values)}");
        Assert.Equal("segment SMB", FeatureWords.Reasons(Columns, smb, phone.AsSpan(0, 4), email.AsSpan(0, 4), 3)[0]);
        Assert.Equal("not segment SMB", FeatureWords.Reasons(Columns, other, email.AsSpan(4, 4), phone.AsSpan(4, 4), 3)[0]);
    }
}
