using CollectionsInsight.Modeling.Features;

namespace CollectionsInsight.Tests.Modeling.Features;

public class FeatureWordsTests
{
    [Theory]
    [InlineData(1.0, "1 hour from our time zone")]
    [InlineData(-1.0, "-1 hour from our time zone")]
    [InlineData(2.0, "2 hours from our time zone")]
    [InlineData(0.5, "0.5 hours from our time zone")]
    [InlineData(0.0, "in our time zone")]
    public void Describe_TimeZoneHours_PluralOnlyWhenNotOneAndNoZeroHours(double hours, string expected)
    {
        Assert.Equal(expected, FeatureWords.Describe(FeatureSchema.TimeZoneHours, hours));
    }

    [Theory]
    [InlineData(FeatureSchema.DaysOverdue, 1.0, "1 day overdue")]
    [InlineData(FeatureSchema.DaysOverdue, 42.0, "42 days overdue")]
    [InlineData(FeatureSchema.InvoicesPerMonth, 1.0, "1 invoice a month")]
    [InlineData(FeatureSchema.InvoicesPerMonth, 0.5, "0.5 invoices a month")]
    [InlineData(FeatureSchema.EarlierInvoices, 1.0, "1 earlier invoice")]
    [InlineData(FeatureSchema.EarlierCalls, 1.0, "1 earlier call")]
    [InlineData(FeatureSchema.WrongNumbers, 1.0, "1 call to a wrong number")]
    [InlineData(FeatureSchema.TenureDays, 1.0, "a customer for 1 day")]
    public void Describe_Counts_SingularForOne(string column, double value, string expected)
    {
        Assert.Equal(expected, FeatureWords.Describe(column, value));
    }

    [Theory]
    // An invoice still open after its due date counts as late up to the as-of date: the words must not say it was paid.
    [InlineData(FeatureSchema.EarlierMeanDaysLate, 185.0, "earlier invoices on average 185 days past due (paid or still open)")]
    [InlineData(FeatureSchema.EarlierMeanDaysLate, -3.0, "earlier invoices on average paid 3 days before the due date")]
    [InlineData(FeatureSchema.EarlierShareLate, 0.42, "42% of earlier invoices due were paid late or are still unpaid")]
    public void Describe_Lateness_CountsOpenInvoicesAsTheFeatureDoes(string column, double value, string expected)
    {
        Assert.Equal(expected, FeatureWords.Describe(column, value));
    }

    [Theory]
    [InlineData(FeatureSchema.BothEpisodesPaidRate, double.NaN, "no earlier invoice chased by phone and email")]
    [InlineData(FeatureSchema.PhoneEpisodesPaidRate, 0.5, "50% of earlier invoices chased by phone alone were paid within 30 days")]
    [InlineData(FeatureSchema.EmailEpisodesPaidRate, 1.0, "100% of earlier invoices chased by email alone were paid within 30 days")]
    public void Describe_EarlierEpisodesPaidRate_InPlainWords(string column, double value, string expected)
    {
        Assert.Equal(expected, FeatureWords.Describe(column, value));
    }

    [Fact]
    public void Describe_EveryColumn_InWordsRatherThanTheColumnName()
    {
        var columns = typeof(FeatureSchema).GetFields()
            .Where(f => f.IsLiteral && f.Name != nameof(FeatureSchema.SegmentPrefix)).Select(f => (string)f.GetRawConstantValue()!);

        foreach (var column in columns)
            foreach (var value in new[] { 0, 1, 2.5 })
                Assert.False(FeatureWords.Describe(column, value).StartsWith(column.Replace('_', ' '), StringComparison.Ordinal), $"{column} = {value}");
    }
}
