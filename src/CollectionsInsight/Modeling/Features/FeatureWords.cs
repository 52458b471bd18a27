using System.Globalization;
using CollectionsInsight.Domain;
using static CollectionsInsight.Modeling.Features.FeatureSchema;

namespace CollectionsInsight.Modeling.Features;

/// <summary>Feature values in words a collector understands, for the reasons behind a recommendation.</summary>
internal static class FeatureWords
{
    /// <summary>
    /// The <paramref name="count"/> features that most favour one channel over another for one row: the largest
    /// positive differences between the two channels' contributions (rows × features, row-major).
    /// </summary>
    public static IReadOnlyList<string> Reasons(IReadOnlyList<string> columns, ReadOnlySpan<float> row,
        ReadOnlySpan<double> favoured, ReadOnlySpan<double> other, int count)
    {
        // One pass keeping the best so far in order (largest difference first, the lower column first among equal
        // ones) rather than sorting every column: this runs for every customer recommended.
        var top = new List<(double Difference, int Column)>(count + 1);
        for (var j = 0; j < columns.Count; j++)
        {
            var difference = favoured[j] - other[j];
            if (!(difference > 1e-9)) continue; // NaN too
            var at = top.Count;
            while (at > 0 && top[at - 1].Difference < difference) at--;
            if (at >= count) continue;
            top.Insert(at, (difference, j));
            if (top.Count > count) top.RemoveAt(count);
        }
        var reasons = new string[top.Count];
        for (var k = 0; k < top.Count; k++)
            reasons[k] = Describe(columns[top[k].Column], row[top[k].Column]);
        return reasons;
    }

    public static string Describe(string column, double value)
    {
        if (column.StartsWith(SegmentPrefix, StringComparison.Ordinal))
            return (value > 0.5 ? "segment " : "not segment ") + column[SegmentPrefix.Length..];
        if (double.IsNaN(value))
            return column switch
            {
                TenureDays or NewCustomer => "onboarding date unknown",
                InvoicesPerMonth => "no earlier invoices",
                LogRelativeSize => "no earlier invoices to compare the amount with",
                EarlierMeanDaysToPay => "no earlier paid invoices",
                EarlierShareLate or EarlierMeanDaysLate => "no earlier invoices due",
                PhoneReachRate => "never called before",
                EmailReplyRate => "never emailed before",
                PhonePromiseKeptRate => "no earlier promises by phone",
                EmailPromiseKeptRate => "no earlier promises by email",
                TimeZoneHours => "time zone unknown",
                PhoneEpisodesPaidRate => "no earlier invoice chased by phone alone",
                EmailEpisodesPaidRate => "no earlier invoice chased by email alone",
                BothEpisodesPaidRate => "no earlier invoice chased by phone and email",
                _ => column.Replace('_', ' ') + " unknown",
            };
        return column switch
        {
            TermsDays => $"payment terms of {Days(value)}",
            TenureDays => $"a customer for {Days(value)}",
            NewCustomer => value > 0.5 ? "a new customer (fewer than 90 days)" : "an established customer",
            InvoicesPerMonth => $"{Counted(value, "invoice", "0.#")} a month",
            LogRelativeSize => Format($"invoice {Math.Exp(value):0.0}x their usual amount"),
            DaysOverdue => $"{Days(value)} overdue",
            EarlierInvoices => Counted(value, "earlier invoice"),
            EarlierMeanDaysToPay => $"earlier invoices that were paid took {Days(value)} on average",
            // Both count an invoice still open after its due date as late, up to now (FeatureBuilder).
            EarlierShareLate => Format($"{value:0%} of earlier invoices due were paid late or are still unpaid"),
            EarlierMeanDaysLate => value < 0
                ? $"earlier invoices on average paid {Days(-value)} before the due date"
                : $"earlier invoices on average {Days(value)} past due (paid or still open)",
            PhoneReachRate => Format($"{value:0%} of earlier calls reached someone"),
            EmailReplyRate => Format($"{value:0%} of earlier emails got a reply"),
            PhonePromiseKeptRate => Format($"{value:0%} of promises made by phone were kept"),
            EmailPromiseKeptRate => Format($"{value:0%} of promises made by email were kept"),
            EarlierCalls => Counted(value, "earlier call"),
            EarlierEmails => Counted(value, "earlier email"),
            BouncedEmails => Counted(value, "bounced email"),
            WrongNumbers => Counted(value, "call") + " to a wrong number",
            PhoneMissing => value > 0.5 ? "no phone number on file" : "a phone number on file",
            EmailMissing => value > 0.5 ? "no email address on file" : "an email address on file",
            TimeZoneHours => Math.Round(value, 1) == 0 ? "in our time zone" : $"{Counted(value, "hour", "0.#")} from our time zone",
            PhoneEpisodesPaidRate => EpisodesPaid(value, "by phone alone"),
            EmailEpisodesPaidRate => EpisodesPaid(value, "by email alone"),
            BothEpisodesPaidRate => EpisodesPaid(value, "by phone and email"),
            _ => Format($"{column.Replace('_', ' ')} {value:0.##}"),
        };
    }

    /// <summary>The paid rate of the customer's earlier collection efforts whose first days used one channel mix.</summary>
    private static string EpisodesPaid(double rate, string how) =>
        Format($"{rate:0%} of earlier invoices chased {how} were paid within {FeatureBuilder.EarlierHorizonDays} days");

    private static string Days(double value) => Counted(value, "day");

    /// <summary>The value as written with <paramref name="format"/> and the noun, singular when it reads as 1 (or -1).</summary>
    private static string Counted(double value, string noun, string format = "0")
    {
        var written = value.ToString(format, CultureInfo.InvariantCulture);
        return $"{written} {Plural.Noun(Math.Abs(double.Parse(written, CultureInfo.InvariantCulture)), noun)}";
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
