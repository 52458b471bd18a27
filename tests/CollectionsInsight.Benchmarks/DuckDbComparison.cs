using System.Diagnostics;
using System.Globalization;
using CollectionsInsight.Domain;
using CollectionsInsight.Loading;
using CollectionsInsight.Metrics;
using DuckDB.NET.Data;

namespace CollectionsInsight.Benchmarks;

/// <summary>
/// What an analyst would otherwise do: the core of <c>analyze</c> (the lifetime channel-mix summary and the monthly
/// AR, sales and DSO of the whole book) as DuckDB SQL over the same CSV files, timed side by side with
/// <c>analyze</c>'s load and compute, with a check that both give the same counts, sales and AR.
/// </summary>
internal static class DuckDbComparison
{
    public static int Run(int customers)
    {
        var folder = Path.Combine(Path.GetTempPath(), "collections-insight-bench", $"seed7-{customers}");
        if (!File.Exists(Path.Combine(folder, "ground_truth.csv")))
        {
            Console.WriteLine($"generating {customers:N0} customers (seed 7) into {folder} ...");
            Synthetic.DataGenerator.WriteTo(folder, new Synthetic.GeneratorOptions { Customers = customers, Seed = 7 });
        }

        var start = Stopwatch.GetTimestamp();
        var history = CollectionHistory.Load(folder, new LoadOptions { AsOf = new DateOnly(2030, 1, 1) });
        var ours = ChannelEffectiveness.Compute(history);
        var oursSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;

        start = Stopwatch.GetTimestamp();
        var (asOf, mixes, months) = Query(folder);
        var duckSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;

        Console.WriteLine($"{folder}: {history.Invoices.Count:N0} invoices, {history.Payments.Count:N0} payments, {history.ContactAttempts.Count:N0} contact attempts");
        Console.WriteLine($"analyze (load + channel effectiveness): {oursSeconds:0.00} s");
        Console.WriteLine($"DuckDB SQL (read CSVs + same core):     {duckSeconds:0.00} s");
        Console.WriteLine($"ratio analyze / DuckDB:                 {oursSeconds / duckSeconds:0.00}");

        var differences = new List<string>();
        if (asOf != ours.AsOf) differences.Add($"as-of date: ours {ours.AsOf:yyyy-MM-dd}, DuckDB {asOf:yyyy-MM-dd}");
        foreach (var mix in ours.Mixes.Where(m => m.View == MixView.Lifetime && m.Group == ChannelEffectiveness.AllGroup))
        {
            var theirs = mixes.GetValueOrDefault(mix.Mix.ToWord());
            if ((mix.Invoices, mix.PaidInvoices, mix.Amount) != (theirs.Invoices, theirs.Paid, theirs.Amount))
                differences.Add($"mix {mix.Mix.ToWord()}: ours {mix.Invoices} invoices, {mix.PaidInvoices} paid, {mix.Amount} amount; " +
                    $"DuckDB {theirs.Invoices}, {theirs.Paid}, {theirs.Amount}");
        }
        var ourMonths = ours.Dso.Where(d => d.Group == ChannelEffectiveness.AllGroup && d.ChannelMix == ChannelEffectiveness.AllGroup).ToArray();
        if (ourMonths.Length != months.Count) differences.Add($"months: ours {ourMonths.Length}, DuckDB {months.Count}");
        foreach (var month in ourMonths)
        {
            if (!months.TryGetValue(month.Month, out var theirs))
            {
                differences.Add($"{month.Month:yyyy-MM}: not in DuckDB's months");
                continue;
            }
            var dso = month.Dso.Days is { } days ? Math.Round(days, 2) : (double?)null;
            // DSO is a ratio of doubles rounded to cents on each side: equal within a cent.
            var dsoAgrees = dso is { } a && theirs.Dso is { } b ? Math.Abs(a - b) <= 0.01 : dso == theirs.Dso;
            if ((month.Sales, month.Dso.ArEnd) != (theirs.Sales, theirs.Ar) || !dsoAgrees)
                differences.Add($"{month.Month:yyyy-MM}: ours sales {month.Sales}, AR {month.Dso.ArEnd}, DSO {dso}; DuckDB {theirs.Sales}, {theirs.Ar}, {theirs.Dso}");
        }
        Console.WriteLine(differences.Count == 0
            ? $"agree: {mixes.Count} lifetime mixes (invoices, paid, amount) and {months.Count} months (sales, AR, DSO)"
            : "DISAGREE:\n  " + string.Join("\n  ", differences));
        return differences.Count == 0 ? 0 : 1;
    }

    private static (DateOnly AsOf, Dictionary<string, (int Invoices, int Paid, decimal Amount)> Mixes,
        Dictionary<DateOnly, (decimal Sales, decimal Ar, double? Dso)> Months) Query(string folder)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, Sql.Replace("{folder}", folder.Replace("'", "''")));

        using var asOfCommand = connection.CreateCommand();
        asOfCommand.CommandText = "SELECT strftime(as_of, '%Y-%m-%d') FROM as_of";
        var asOf = DateOnly.ParseExact((string)asOfCommand.ExecuteScalar()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        var mixes = new Dictionary<string, (int, int, decimal)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT mix, invoices, paid, amount FROM mix_summary";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                mixes[reader.GetString(0)] = ((int)reader.GetInt64(1), (int)reader.GetInt64(2), reader.GetDecimal(3));
        }
        var months = new Dictionary<DateOnly, (decimal, decimal, double?)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT strftime(month, '%Y-%m-%d'), sales, ar, dso FROM dso_monthly";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                months[DateOnly.ParseExact(reader.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture)] =
                    (reader.GetDecimal(1), reader.GetDecimal(2), reader.IsDBNull(3) ? null : reader.GetDouble(3));
        }
        return (asOf, mixes, months);
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// The data contract's definitions in SQL: an invoice is settled on the day its applied payments (date, then id
    /// order) first cover its amount less a cent; its lifetime mix is the set of outbound phone and email attempts
    /// about it, or about the customer's whole balance since it was issued, while it was open; DSO over three months.
    /// </summary>
    private const string Sql = """
        CREATE TABLE invoices AS SELECT * FROM read_csv('{folder}/invoices.csv', header = true, columns = {
            'invoice_id': 'VARCHAR', 'customer_id': 'VARCHAR', 'issued_on': 'DATE', 'due_on': 'DATE',
            'amount': 'DECIMAL(18,2)', 'currency': 'VARCHAR'});
        CREATE TABLE payments AS SELECT * FROM read_csv('{folder}/payments.csv', header = true, columns = {
            'payment_id': 'VARCHAR', 'customer_id': 'VARCHAR', 'invoice_id': 'VARCHAR', 'paid_on': 'DATE',
            'amount': 'DECIMAL(18,2)'});
        CREATE TABLE attempts AS
            SELECT customer_id, invoice_id, CAST(left(occurred_at, 10) AS DATE) AS occurred_on, channel
            FROM read_csv('{folder}/contact_attempts.csv', header = true, all_varchar = true)
            WHERE coalesce(direction, 'outbound') = 'outbound';
        CREATE TABLE as_of AS SELECT greatest(
            (SELECT max(issued_on) FROM invoices), (SELECT max(paid_on) FROM payments), (SELECT max(occurred_on) FROM attempts)) AS as_of;

        CREATE TABLE book AS
            WITH running AS (
                SELECT p.invoice_id, p.paid_on, i.amount AS invoice_amount,
                       sum(p.amount) OVER (PARTITION BY p.invoice_id ORDER BY p.paid_on, p.payment_id) AS paid
                FROM payments p JOIN invoices i USING (invoice_id)),
            settled AS (
                SELECT invoice_id, min(paid_on) AS settled_on FROM running WHERE paid >= invoice_amount - 0.01 GROUP BY invoice_id)
            SELECT i.*, s.settled_on,
                   CASE WHEN s.settled_on < a.as_of THEN s.settled_on ELSE a.as_of END AS open_until
            FROM invoices i LEFT JOIN settled s USING (invoice_id), as_of a
            WHERE i.amount > 0 AND i.issued_on <= a.as_of;

        CREATE TABLE mixes AS
            WITH relevant AS (
                SELECT b.invoice_id, t.channel FROM book b JOIN attempts t ON t.invoice_id = b.invoice_id
                WHERE t.occurred_on <= b.open_until
                UNION ALL
                SELECT b.invoice_id, t.channel FROM book b JOIN attempts t ON t.customer_id = b.customer_id
                WHERE t.invoice_id IS NULL AND t.occurred_on >= b.issued_on AND t.occurred_on <= b.open_until),
            flags AS (
                SELECT invoice_id, bool_or(channel = 'phone') AS phone, bool_or(channel = 'email') AS email, count(*) AS n
                FROM relevant GROUP BY invoice_id)
            SELECT b.invoice_id, b.amount, b.settled_on, CASE
                WHEN f.phone AND f.email THEN 'both' WHEN f.phone THEN 'phone' WHEN f.email THEN 'email'
                WHEN f.n > 0 THEN 'other' ELSE 'none' END AS mix
            FROM book b LEFT JOIN flags f USING (invoice_id);

        CREATE TABLE mix_summary AS
            SELECT mix, count(*) AS invoices, count(*) FILTER (WHERE settled_on <= (SELECT as_of FROM as_of)) AS paid,
                   CAST(sum(amount) AS DECIMAL(18,2)) AS amount
            FROM mixes GROUP BY mix;

        CREATE TABLE dso_monthly AS
            WITH months AS (
                SELECT month, CAST(month + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE) AS month_end
                FROM (SELECT unnest(generate_series(date_trunc('month', min(issued_on)), (SELECT as_of FROM as_of), INTERVAL 1 MONTH)) AS month FROM book)
                WHERE CAST(month + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE) <= (SELECT as_of FROM as_of)),
            sales AS (
                SELECT m.month, m.month_end, coalesce(sum(b.amount), 0) AS sales
                FROM months m LEFT JOIN book b ON date_trunc('month', b.issued_on) = m.month GROUP BY m.month, m.month_end),
            open_at AS (
                SELECT m.month, m.month_end, b.invoice_id, b.amount
                FROM months m JOIN book b ON b.issued_on <= m.month_end AND (b.settled_on IS NULL OR b.settled_on > m.month_end)),
            paid_at AS (
                SELECT o.month, o.invoice_id, sum(p.amount) AS paid
                FROM open_at o JOIN payments p ON p.invoice_id = o.invoice_id AND p.paid_on <= o.month_end GROUP BY o.month, o.invoice_id),
            ar AS (
                SELECT o.month, sum(greatest(0, o.amount - coalesce(pa.paid, 0))) AS ar
                FROM open_at o LEFT JOIN paid_at pa USING (month, invoice_id) GROUP BY o.month),
            period AS (
                SELECT s.month, s.sales, coalesce(a.ar, 0) AS ar,
                       sum(s.sales) OVER three AS period_sales,
                       sum(datediff('day', s.month, s.month_end) + 1) OVER three AS period_days
                FROM sales s LEFT JOIN ar a USING (month)
                WINDOW three AS (ORDER BY s.month ROWS BETWEEN 2 PRECEDING AND CURRENT ROW))
            SELECT month, CAST(sales AS DECIMAL(18,2)) AS sales, CAST(ar AS DECIMAL(18,2)) AS ar,
                   CASE WHEN period_sales > 0 THEN round(CAST(ar AS DOUBLE) / CAST(period_sales AS DOUBLE) * period_days, 2) END AS dso
            FROM period ORDER BY month;
        """;
}
