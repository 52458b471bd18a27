using CollectionsInsight.Domain;

namespace CollectionsInsight.Loading;

/// <summary>
/// One flat export of invoices read without a mapping's <c>files</c>: a row per invoice with its customer, dates,
/// amount and settlement date (empty while open), as many ledgers and public accounts-receivable samples give it.
/// A data folder is read so when it holds one text file and none of the contract's files but, maybe, the contact log
/// (a CRM's activities beside a ledger's export); so is a data path that names a file, alone. Its customers, invoices
/// and payments come from its rows.
/// </summary>
internal sealed record FlatExport(string Folder, string FileName, string Why, bool ContactLog = false)
{
    private static readonly string[] TextExtensions = [".csv", ".txt", ".tsv", ".tab"];

    /// <summary>The flat export <paramref name="path"/> is or holds; null where it is a data folder to read file by file.</summary>
    /// <exception cref="DataLoadException">The path names a file while the mapping names the files of a folder.</exception>
    public static FlatExport? Find(string path, ColumnMapping mapping)
    {
        if (File.Exists(path))
        {
            if (mapping.Files.Count > 0)
                throw new DataLoadException($"{path}: a file, while the mapping file's \"files\" names the files of a data folder; give the folder that holds them");
            var full = Path.GetFullPath(path);
            return new FlatExport(Path.GetDirectoryName(full)!, Path.GetFileName(full), "the data path names one file");
        }
        if (mapping.Files.Count > 0 || !Directory.Exists(path)) return null;
        // A folder with any other of the contract's files (in whatever form) is read file by file, and told what it lacks.
        var all = Directory.GetFiles(path);
        var contract = all.Where(f => DataContract.Files.Any(c => Named(f, c))).ToArray();
        var contactLog = contract.Length > 0;
        if (contract.Any(f => !Named(f, DataContract.ContactAttempts))) return null;
        var text = all.Except(contract).Where(f => TextExtensions.Contains(Path.GetExtension(f).ToLowerInvariant())).ToArray();
        if (text.Length != 1) return null;
        var others = DataContract.Files.Where(f => !contactLog || f != DataContract.ContactAttempts).Select(f => f.FileName).ToArray();
        var why = $"the data folder holds {(contactLog ? "the contact log, " : "")}none of {Plural.Listed(others)}, and no other data file";
        return new FlatExport(path, Path.GetFileName(text[0]), why, contactLog);
    }

    private static bool Named(string path, FileContract contract) =>
        string.Equals(Path.GetFileNameWithoutExtension(path), Path.GetFileNameWithoutExtension(contract.FileName), StringComparison.OrdinalIgnoreCase);

    /// <summary>The mapping with this file for customers, invoices and payments; its columns as given.</summary>
    public ColumnMapping Mapping(ColumnMapping given) => given with
    {
        Files = new FileContract[] { DataContract.Customers, DataContract.Invoices, DataContract.Payments }.ToDictionary(f => f.Entity, _ => FileName),
    };

    /// <summary>
    /// The payments' columns, from the invoices' where the mapping does not name them: a row's payment is its invoice,
    /// settled for the whole amount (unless the file has a payment amount of its own).
    /// </summary>
    public static ColumnMapping ForPayments(ColumnMapping mapping, CsvTable invoices)
    {
        var payments = new Dictionary<string, string>(mapping.Columns.GetValueOrDefault(DataContract.Payments.Entity) ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
        // A row's payment is of the row's own invoice, whatever the file calls its number.
        payments.TryAdd(DataContract.Payments.PaymentId.Name, invoices.HeaderOf(DataContract.Invoices.InvoiceId)!);
        payments.TryAdd(DataContract.Payments.InvoiceId.Name, invoices.HeaderOf(DataContract.Invoices.InvoiceId)!);
        if (!invoices.Names(DataContract.Payments.Entity, DataContract.Payments.Amount.Name))
            payments.TryAdd(DataContract.Payments.Amount.Name, invoices.HeaderOf(DataContract.Invoices.Amount)!);
        var columns = new Dictionary<string, IReadOnlyDictionary<string, string>>(mapping.Columns) { [DataContract.Payments.Entity] = payments };
        return mapping with { Columns = columns };
    }

    /// <summary>The warning that says how the file was read.</summary>
    public DataQualityIssue Warning => new(FileName, 1, "(file)", FileName,
        "read as one flat export of invoices: customers, invoices and payments from its rows (a row with a settlement date is its invoice's payment "
        + $"on that date){(ContactLog ? "" : ", and no contact log, so the channels cannot be compared")}; to read it otherwise, give a mapping file",
        IssueSeverity.Warning);
}
