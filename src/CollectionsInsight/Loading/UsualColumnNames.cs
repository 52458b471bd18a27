namespace CollectionsInsight.Loading;

/// <summary>
/// The names accounting and collection systems commonly give the contract's columns in their exports ("Invoice
/// Number" for invoice_id, "Due Date" for due_on). A file whose header lacks a contract column's own name is read
/// from the one header column with such a name, and the loader says so; a mapping file's name wins.
/// </summary>
internal static class UsualColumnNames
{
    /// <summary>By column, or by entity.column where the name depends on the file (an invoice's amount is not a payment's).</summary>
    internal static readonly IReadOnlyDictionary<string, string[]> Names = new Dictionary<string, string[]>
    {
        ["customer_id"] = ["customer number", "customer no", "customer code", "account number", "account no", "account id",
            "debtor", "debtor number", "debtor id", "client id", "client number"],
        ["invoice_id"] = ["invoice number", "invoice no", "invoice nr", "invoice num", "invoice"],
        // In a payments export the document number is the payment's own.
        ["invoices.invoice_id"] = ["invoice number", "invoice no", "invoice nr", "invoice num", "invoice", "document number", "document no"],
        ["payment_id"] = ["payment number", "payment no", "receipt number", "receipt no", "receipt id", "transaction id"],
        // Not "contact id": in a CRM that is the contact person's.
        ["attempt_id"] = ["activity id", "interaction id"],
        ["name"] = ["customer name", "company name", "account name", "debtor name", "client name"],
        ["segment"] = ["customer segment", "customer group"],
        ["country"] = ["country code", "country iso"],
        ["payment_terms_days"] = ["payment terms", "terms", "terms days", "credit terms"],
        ["onboarded_on"] = ["customer since", "account opened", "onboarding date"],
        ["issued_on"] = ["invoice date", "issue date", "document date", "date issued"],
        ["due_on"] = ["due date", "net due date", "payment due date", "date due"],
        ["invoices.amount"] = ["invoice amount", "original amount", "gross amount", "invoice total"],
        ["currency"] = ["currency code"],
        ["paid_on"] = ["payment date", "paid date", "date paid", "receipt date", "settled date", "settlement date", "clearing date"],
        ["payments.amount"] = ["payment amount", "amount paid", "paid amount", "receipt amount"],
        ["occurred_at"] = ["contact date", "activity date", "contacted at", "timestamp", "date time"],
        ["channel"] = ["contact type", "activity type", "contact method", "contact channel"],
        ["outcome"] = ["result", "contact result", "activity result", "disposition"],
        ["collector_id"] = ["collector", "agent", "agent id", "user id"],
        ["promised_on"] = ["promise date", "ptp date", "promised date"],
        ["promised_amount"] = ["promise amount", "ptp amount"],
    };

    /// <summary>The usual names of <paramref name="column"/> in a file of <paramref name="entity"/>, as <paramref name="plain"/> writes them.</summary>
    public static IEnumerable<string> Of(string entity, string column, Func<string, string> plain) =>
        (Names.GetValueOrDefault($"{entity}.{column}") ?? Names.GetValueOrDefault(column) ?? []).Select(plain);
}
