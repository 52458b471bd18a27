using System.Globalization;
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
                _ => column.Replace('_', ' ') + " unknown",
            };
        return column switch
        {
            TermsDays => Format($"payment terms of {value:0} days"),
            TenureDays => Format($"a customer for {value:0} days"),
            NewCustomer => value > 0.5 ? "a new customer (fewer than 90 days)" : "an established customer",
            InvoicesPerMonth => Format($"{value:0.#} invoices a month"),
            LogRelativeSize => Format($"invoice {Math.Exp(value):0.0}x their usual amount"),
            DaysOverdue => Format($"{value:0} days overdue"),
            EarlierInvoices => Format($"{value:0} earlier invoices"),
            EarlierMeanDaysToPay => Format($"earlier invoices paid in {value:0} days on average"),
            EarlierShareLate => Format($"{value:0%} of earlier invoices paid late"),
            EarlierMeanDaysLate => Format($"earlier invoices paid {value:0} days after the due date on average"),
            PhoneReachRate => Format($"{value:0%} of earlier calls reached someone"),
            EmailReplyRate => Format($"{value:0%} of earlier emails got a reply"),
            PhonePromiseKeptRate => Format($"{value:0%} of promises made by phone were kept"),
            EmailPromiseKeptRate => Format($"{value:0%} of promises made by email were kept"),
            EarlierCalls => Format($"{value:0} earlier calls"),
            EarlierEmails => Format($"{value:0} earlier emails"),
            BouncedEmails => Format($"{value:0} bounced emails"),
            WrongNumbers => Format($"{value:0} calls to a wrong number"),
            PhoneMissing => value > 0.5 ? "no phone number on file" : "a phone number on file",
            EmailMissing => value > 0.5 ? "no email address on file" : "an email address on file",
            TimeZoneHours => Format($"{value:0.#} {(Math.Round(value, 1) is 1 or -1 ? "hour" : "hours")} from our time zone"),
            _ => Format($"{column.Replace('_', ' ')} {value:0.##}"),
        };
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
