using CollectionsInsight.Domain;

namespace CollectionsInsight.Loading;

/// <summary>
/// How bad an issue is. An <see cref="Error"/> rejects the row (a required field is unusable); a
/// <see cref="Warning"/> keeps it (an optional field is treated as missing, or a date is set aside as an outlier).
/// </summary>
public enum IssueSeverity
{
    Error,
    Warning,
}

/// <summary>One unusable value: where it is, what it was, why, and whether its row was rejected.</summary>
public sealed record DataQualityIssue(string File, long Line, string Column, string Value, string Reason,
    IssueSeverity Severity = IssueSeverity.Error)
{
    public override string ToString() => $"{File} line {Line}, column {Column}, value '{Value}': {Reason}";
}

/// <summary>Rows read and kept for one file.</summary>
public sealed record FileSummary(string File, long RowsRead, long RowsKept)
{
    public long RowsRejected => RowsRead - RowsKept;
}

/// <summary>How often one kind of issue occurred in one file.</summary>
public sealed record IssueCount(string File, string Reason, long Count, IssueSeverity Severity = IssueSeverity.Error);

/// <summary>The facts about the kept data that matter to collections.</summary>
public sealed record CollectionFacts(
    int Customers,
    int CustomersWithoutPhone,
    int CustomersWithoutEmail,
    int CustomersWithoutAnyContact,
    int BouncedEmails,
    int CustomersWithBouncedEmail,
    int WrongNumbers,
    int CustomersWithWrongNumber,
    int UnappliedPayments,
    decimal UnappliedCash,
    int OverpaidInvoices,
    decimal Overpayment,
    int CreditNotes)
{
    /// <summary>The facts of a history's records; applied cash comes from the settlements, which have summed it already.</summary>
    internal static CollectionFacts Compute(IReadOnlyList<Customer> customers, IReadOnlyList<InvoiceSettlement> invoices,
        IReadOnlyList<Payment> payments, IReadOnlyList<ContactAttempt> attempts)
    {
        var unappliedCount = 0;
        decimal unappliedCash = 0;
        foreach (var payment in payments)
        {
            if (payment.InvoiceId is not null) continue;
            unappliedCount++;
            unappliedCash += payment.Amount;
        }
        var overpaid = 0;
        var creditNotes = 0;
        decimal overpayment = 0;
        foreach (var settlement in invoices)
        {
            var invoice = settlement.Invoice;
            if (invoice.IsCreditNote) creditNotes++;
            var excess = settlement.PaidAmount - invoice.Amount;
            if (!invoice.IsCreditNote && excess > InvoiceSettlement.Tolerance)
            {
                overpaid++;
                overpayment += excess;
            }
        }
        var bounced = attempts.Where(a => a.Outcome == Outcome.Bounced).ToArray();
        var wrong = attempts.Where(a => a.Outcome == Outcome.WrongNumber).ToArray();
        return new CollectionFacts(
            customers.Count,
            customers.Count(c => c.Phone is null),
            customers.Count(c => c.Email is null),
            customers.Count(c => c.Phone is null && c.Email is null),
            bounced.Length,
            bounced.Select(a => a.CustomerId).Distinct().Count(),
            wrong.Length,
            wrong.Select(a => a.CustomerId).Distinct().Count(),
            unappliedCount,
            unappliedCash,
            overpaid,
            overpayment,
            creditNotes);
    }
}

/// <summary>
/// What loading found: per file rows read, kept and rejected; each issue with file, line, column, value
/// and reason (the first <see cref="LoadOptions.MaxIssuesListed"/> listed, all counted); and the
/// collection facts of the kept data (missing contact details, bounces, unapplied cash, ...).
/// </summary>
public sealed class DataQualityReport
{
    internal DataQualityReport(IReadOnlyList<FileSummary> files, IReadOnlyList<DataQualityIssue> issues,
        IReadOnlyList<IssueCount> issueCounts, CollectionFacts facts)
    {
        Files = files;
        Issues = issues;
        IssueCounts = issueCounts;
        Facts = facts;
    }

    public IReadOnlyList<FileSummary> Files { get; }

    /// <summary>The issues listed one by one, in file and line order (capped).</summary>
    public IReadOnlyList<DataQualityIssue> Issues { get; }

    /// <summary>Every issue counted by file and reason (never capped).</summary>
    public IReadOnlyList<IssueCount> IssueCounts { get; }

    public CollectionFacts Facts { get; }

    public long TotalIssues => IssueCounts.Sum(c => c.Count);

    /// <summary>Issues that kept their row: optional fields treated as missing, outlying dates.</summary>
    public long Warnings => IssueCounts.Where(c => c.Severity == IssueSeverity.Warning).Sum(c => c.Count);

    public long RowsRejected => Files.Sum(f => f.RowsRejected);

    public bool IsClean => TotalIssues == 0;

    /// <summary>The counts in words, e.g. "3 rows rejected (4 errors); 1 warning".</summary>
    public string Tally => $"{Count(RowsRejected, "row")} rejected ({Count(TotalIssues - Warnings, "error")}); {Count(Warnings, "warning")}";

    private static string Count(long count, string noun) =>
        $"{count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>The report of records that were not loaded from files: nothing read, nothing wrong, only the facts.</summary>
    internal static DataQualityReport ForRecords(CollectionFacts facts) => new([], [], [], facts);
}
