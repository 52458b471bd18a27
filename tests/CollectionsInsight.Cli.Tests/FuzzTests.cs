namespace CollectionsInsight.Cli.Tests;

/// <summary>
/// Seeded fuzzing of a small slice of data-samples: each case breaks one field, row or file the way real exports do,
/// runs the console in-process and checks that nothing crashes, that exactly the rows the data contract calls valid are
/// kept, and that whatever <c>validate</c> accepts runs through <c>analyze</c>, <c>worklist</c> and <c>report</c>.
/// </summary>
public class FuzzTests
{
    private const int Cases = 200;
    private const int SliceCustomers = 8;

    [Fact]
    public void Commands_MutatedSamples_NeverCrashKeepTheValidRowsAndAgreeWithValidate()
    {
        var slice = SampleSlice.Load(CliRun.SampleData, SliceCustomers);
        var random = new Random(15);
        var failures = new List<string>();
        for (var i = 0; i < Cases && failures.Count < 5; i++)
        {
            var mutation = Mutations.All[random.Next(Mutations.All.Length)];
            var book = slice.Copy();
            var expected = mutation.Apply(book, random);
            using var folder = new TempFolder();
            book.Write(folder.File("data"));
            var problem = Check(folder, $"case {i} ({mutation.Name}: {expected.Description})", expected);
            if (problem is not null) failures.Add(problem);
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static string? Check(TempFolder folder, string name, Expected expected)
    {
        var data = folder.File("data");
        var validate = CliRun.Of("validate", "--data", data, "--out", folder.File("quality"));
        if (Problem(validate, name, "validate") is { } crash) return crash;
        if (validate.ExitCode != 0) return expected.Fatal ? null : $"{name}: validate refused the data: {validate.Error}";
        if (expected.Fatal) return $"{name}: validate accepted data it should refuse";
        var kept = KeptRows(folder.File("quality/data_quality.csv"));
        if (!kept.SequenceEqual(expected.Kept))
            return $"{name}: kept {string.Join("/", kept)} rows, the contract keeps {string.Join("/", expected.Kept)}\n{validate.Output}";
        var commands = new[]
        {
            new[] { "analyze", "--data", data, "--out", folder.File("analysis") },
            ["worklist", "--data", data, "--out", folder.File("worklist.csv")],
            ["report", "--data", data, "--out", folder.File("report"), "--model", CliRun.SampleModel],
        };
        foreach (var args in commands)
        {
            var run = CliRun.Of(args);
            if (Problem(run, name, args[0]) is { } problem) return problem;
            if (run.ExitCode != 0) return $"{name}: validate accepted the data but {args[0]} exited {run.ExitCode}: {run.Error}";
        }
        var outputs = Directory.GetFiles(folder.Path, "*.csv", SearchOption.AllDirectories).Where(f => !f.StartsWith(data, StringComparison.Ordinal));
        var formula = outputs.FirstOrDefault(f => Formula.IsMatch(File.ReadAllText(f)));
        return formula is null ? null : $"{name}: {formula} holds a cell that a spreadsheet would run as a formula";
    }

    // The mutations plant =HYPERLINK(...) in text fields; written out, it must not start a cell.
    private static readonly System.Text.RegularExpressions.Regex Formula = new("(^|,)\"?=HYPERLINK", System.Text.RegularExpressions.RegexOptions.Multiline);

    private static string? Problem(CliRun run, string name, string command)
    {
        if (run.ExitCode is not (0 or 2)) return $"{name}: {command} exited {run.ExitCode}: {run.Error}";
        if ((run.Output + run.Error).Contains("   at ", StringComparison.Ordinal)) return $"{name}: {command} printed a stack trace: {run.Error}";
        return null;
    }

    // data_quality.csv starts with one "file" row per file: "read N, kept K, rejected R".
    private static long[] KeptRows(string path) =>
        File.ReadLines(path).Where(line => line.StartsWith("file,", StringComparison.Ordinal))
            .Select(line => long.Parse(System.Text.RegularExpressions.Regex.Match(line, @"kept (\d+)").Groups[1].Value))
            .ToArray();

    /// <summary>What the data contract says of a mutated book: kept rows per file, or a refusal of the whole folder.</summary>
    private sealed record Expected(string Description, long[] Kept, bool Fatal = false);

    private sealed record Mutation(string Name, Func<SampleSlice, Random, Expected> Apply);

    private static class Mutations
    {
        private static readonly string[] NoValue = [""];
        private static readonly string[] JunkText = ["528", "n/a", "-", "x\"y", "=HYPERLINK(\"http://x\")", new string('x', 10_001), "Mars/Olympus", "0"];

        public static readonly Mutation[] All =
        [
            // An unusable optional value is a warning: the row is kept.
            new("optional customer field", (book, random) => book.SetField("customers", random,
                ["name", "segment", "country", "time_zone", "payment_terms_days", "credit_limit", "onboarded_on", "contact_name", "phone", "email"],
                JunkText, rejects: false)),
            new("optional invoice field", (book, random) => book.SetField("invoices", random, ["currency"], JunkText, rejects: false)),
            new("optional attempt field", (book, random) => book.SetField("contact_attempts", random,
                ["direction", "outcome", "collector_id", "promised_on", "promised_amount"], [.. JunkText, "9999-12-31"], rejects: false)),
            new("credit limit zero", (book, random) => book.SetField("customers", random, ["credit_limit"], ["0", "0.00"], rejects: false)),
            new("far-future promise", (book, random) => book.SetField("contact_attempts", random, ["promised_on"], ["9999-12-31"], rejects: false)),
            // Amounts within the contract are valid, however small or large, and so are amounts as a spreadsheet formats them.
            new("tiny or huge amount", (book, random) => book.SetField("invoices", random, ["amount"], ["0.001", "999999999999.99", "-0.01"], rejects: false)),
            new("formatted amount", (book, random) => book.SetField("invoices", random, ["amount"], ["1 000.00", "$12.50", "(12.50)", "12.50 \u20ac"], rejects: false)),
            new("tiny or huge payment", (book, random) => book.SetField("payments", random, ["amount"], ["0.001", "999999999999.99"], rejects: false)),
            // An unusable required value rejects the row and every row that depends on it.
            new("required invoice field", (book, random) => book.SetField("invoices", random, ["invoice_id"], NoValue, rejects: true)),
            // A placeholder due date is no payment term: more than ten years after issue rejects the invoice.
            new("far-future due date", (book, random) => book.SetField("invoices", random, ["due_on"], ["9999-12-31"], rejects: true)),
            new("invoice date", (book, random) => book.SetField("invoices", random, ["issued_on", "due_on"], ["", "abc", "2025-02-30", "30/13/2025"], rejects: true)),
            new("invoice amount", (book, random) => book.SetField("invoices", random, ["amount"], ["", "abc", "0", "1e", "1 00.00", "EUR12.50", "2000000000000"], rejects: true)),
            new("payment amount", (book, random) => book.SetField("payments", random, ["amount"], ["", "-5", "0", "abc"], rejects: true)),
            new("payment date", (book, random) => book.SetField("payments", random, ["paid_on"], ["", "2025-13-01", "1899-12-31"], rejects: true)),
            new("attempt channel", (book, random) => book.SetField("contact_attempts", random, ["channel"], ["", "fax"], rejects: true)),
            new("attempt time", (book, random) => book.SetField("contact_attempts", random, ["occurred_at"], ["", "yesterday", "2025-02-30T10:00:00"], rejects: true)),
            new("row without id", (book, random) =>
            {
                var table = random.Next(1, 4);
                return book.SetField(Tables.Names[table], random, [Tables.Ids[table]], NoValue, rejects: true);
            }),
            new("customer without id", (book, random) => book.SetField("customers", random, ["customer_id"], [""], rejects: true)),
            new("unknown customer", (book, random) => book.SetField("payments", random, ["customer_id"], ["C999999"], rejects: true)),
            // Real books: reminders after payment, one mistyped late date, credit notes only, empty files.
            new("contact after settlement", (book, random) => book.ContactAfterSettlement(random)),
            new("mistyped late payment date", (book, random) => book.SetField("payments", random, ["paid_on"], ["2026-11-30"], rejects: false)),
            new("credit notes only", (book, _) => book.CreditNotesOnly()),
            new("header-only file", (book, random) => book.HeaderOnly(random)),
            new("empty file", (book, random) => book.Empty(random)),
        ];
    }

    private static class Tables
    {
        public static readonly string[] Names = ["customers", "invoices", "payments", "contact_attempts"];
        public static readonly string[] Ids = ["customer_id", "invoice_id", "payment_id", "attempt_id"];
    }

    /// <summary>
    /// The first customers of data-samples with every row attached to them, as plain fields (the sample has no quoting,
    /// and no mutation writes a comma),
    /// and the contract's oracle: which rows a mutation leaves valid.
    /// </summary>
    private sealed class SampleSlice
    {
        private readonly Dictionary<string, string[]> _headers;
        private readonly Dictionary<string, List<string[]>> _rows;
        private readonly HashSet<string> _emptyFiles = [];

        private SampleSlice(Dictionary<string, string[]> headers, Dictionary<string, List<string[]>> rows)
        {
            _headers = headers;
            _rows = rows;
        }

        public static SampleSlice Load(string folder, int customers)
        {
            var headers = new Dictionary<string, string[]>();
            var rows = new Dictionary<string, List<string[]>>();
            foreach (var name in Tables.Names)
            {
                var lines = File.ReadAllLines(Path.Combine(folder, name + ".csv"));
                headers[name] = lines[0].Split(',');
                rows[name] = lines.Skip(1).Select(l => l.Split(',')).ToList();
            }
            var ids = rows["customers"].Take(customers).Select(r => r[0]).ToHashSet();
            foreach (var name in Tables.Names)
                rows[name] = rows[name].Where(r => ids.Contains(r[Index(headers[name], "customer_id")])).ToList();
            return new SampleSlice(headers, rows);
        }

        public SampleSlice Copy() => new(_headers, _rows.ToDictionary(t => t.Key, t => t.Value.Select(r => (string[])r.Clone()).ToList()));

        public void Write(string folder)
        {
            Directory.CreateDirectory(folder);
            foreach (var name in Tables.Names)
            {
                var lines = _emptyFiles.Contains(name) ? [] : _rows[name].Select(r => string.Join(',', r)).Prepend(string.Join(',', _headers[name]));
                File.WriteAllLines(Path.Combine(folder, name + ".csv"), lines);
            }
        }

        /// <summary>Sets one field of a random row; a rejecting value takes the row and every row that depends on it.</summary>
        public Expected SetField(string table, Random random, string[] columns, string[] values, bool rejects)
        {
            var rows = _rows[table];
            var row = rows[random.Next(rows.Count)];
            var column = columns.Where(c => _headers[table].Contains(c)).ToArray()[random.Next(columns.Count(c => _headers[table].Contains(c)))];
            var value = values[random.Next(values.Length)];
            var kept = rejects ? KeptWithout(table, [row]) : Kept();
            row[Index(_headers[table], column)] = value;
            return new Expected($"{table} {row[0]} {column} = '{Clip(value)}'", kept);
        }

        /// <summary>A reminder two days after an invoice was paid in full: a legal row.</summary>
        public Expected ContactAfterSettlement(Random random)
        {
            var paid = _rows["payments"].Where(p => p[2].Length > 0).ToArray();
            var payment = paid[random.Next(paid.Length)];
            var on = DateOnly.Parse(payment[3]).AddDays(2);
            _rows["contact_attempts"].Add(["A-AFTER", payment[1], payment[2], $"{on:yyyy-MM-dd}T10:00:00", "email", "outbound", "sent", "COL01", "", ""]);
            return new Expected($"email about {payment[2]} on {on:yyyy-MM-dd}", Kept());
        }

        public Expected CreditNotesOnly()
        {
            foreach (var row in _rows["invoices"]) row[4] = "-" + row[4].TrimStart('-');
            return new Expected("every invoice negated", Kept());
        }

        public Expected HeaderOnly(Random random)
        {
            var table = Tables.Names[random.Next(Tables.Names.Length)];
            var kept = KeptWithout(table, [.. _rows[table]]);
            _rows[table].Clear();
            return new Expected($"{table}.csv has only its header", kept);
        }

        public Expected Empty(Random random)
        {
            var table = Tables.Names[random.Next(Tables.Names.Length)];
            _emptyFiles.Add(table);
            return new Expected($"{table}.csv is empty", Kept(), Fatal: true);
        }

        private long[] Kept() => Tables.Names.Select(t => (long)_rows[t].Count).ToArray();

        // The rows left when these rows are rejected: a customer takes its invoices, payments and attempts with it; an
        // invoice its payments and attempts.
        private long[] KeptWithout(string table, IReadOnlyList<string[]> rejected)
        {
            var key = table switch { "customers" => "customer_id", "invoices" => "invoice_id", _ => null };
            var ids = rejected.Select(r => r[0]).ToHashSet();
            return Tables.Names.Select(t => (long)_rows[t].Count(r =>
                !rejected.Contains(r) && (key is null || t == table || !_headers[t].Contains(key) || !ids.Contains(r[Index(_headers[t], key)])))).ToArray();
        }

        private static int Index(string[] header, string column) => Array.IndexOf(header, column) is var i and >= 0 ? i : throw new ArgumentException(column);

        private static string Clip(string value) => value.Length <= 30 ? value : value[..27] + "...";
    }
}
