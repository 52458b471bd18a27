namespace CollectionsInsight.Loading;

/// <summary>
/// The data contract: the four CSV files of a collection history and their columns. The loader, the generator's
/// writers and the docs (data-samples/README.md, checked by a test) all take the columns from here.
/// </summary>
public static class DataContract
{
    /// <summary>customers.csv.</summary>
    public static CustomerColumns Customers { get; } = new();

    /// <summary>invoices.csv.</summary>
    public static InvoiceColumns Invoices { get; } = new();

    /// <summary>payments.csv.</summary>
    public static PaymentColumns Payments { get; } = new();

    /// <summary>contact_attempts.csv.</summary>
    public static ContactAttemptColumns ContactAttempts { get; } = new();

    /// <summary>The longest payment terms, in days (ten years): the limit of payment_terms_days and of due_on after issued_on.</summary>
    public const int LongestTermsDays = 3650;

    /// <summary>The four files in reading order: each file's references point into the files before it.</summary>
    public static IReadOnlyList<FileContract> Files { get; } = [Customers, Invoices, Payments, ContactAttempts];
}
