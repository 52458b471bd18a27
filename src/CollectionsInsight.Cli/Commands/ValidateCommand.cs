using System.CommandLine;
using CollectionsInsight.Domain;
using CollectionsInsight.Loading;
using Spectre.Console;

namespace CollectionsInsight.Cli.Commands;

/// <summary><c>validate</c>: load the data, print the data-quality report, optionally write data_quality.csv.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var data = CommonOptions.Data();
        var strict = new Option<bool>("--strict") { Description = "Fail (exit code 2) on the first issue instead of rejecting the row" };
        var output = CommonOptions.Out("Folder to write data_quality.csv into", required: false);
        var asOf = CommonOptions.AsOf("Export date of the data: anything dated later is flagged as an outlier (default: today)");
        var mapping = CommonOptions.Mapping();
        var command = new Command("validate", "Check the data files against the data contract and report every rejected row")
        {
            data, strict, output, asOf, mapping,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var history = CommonOptions.LoadHistory(context, parse.GetRequiredValue(data), parse.GetValue(mapping), parse.GetValue(strict), parse.GetValue(asOf), quiet: true);
            Print(context.Console, history.Quality);
            if (parse.GetValue(output) is { } folder)
            {
                var path = Path.Combine(folder, "data_quality.csv");
                DataQualityFile.Write(path, history.Quality);
                context.Console.WriteLine($"Wrote {path}");
            }
            history.Quality.RequireRowsKept();
            return CliApp.Success;
        }));
        return command;
    }

    internal static void Print(IAnsiConsole console, DataQualityReport quality)
    {
        var files = new Table().Title("Rows per file").AddColumns("file", "read", "kept", "rejected");
        foreach (var file in quality.Files)
            files.AddRow(Markup.Escape(file.File), $"{file.RowsRead:N0}", $"{file.RowsKept:N0}", $"{file.RowsRejected:N0}");
        console.Write(files);

        if (quality.IssueCounts.Count > 0)
        {
            var counts = new Table().Title("Issues by kind").AddColumns("file", "reason", "count");
            foreach (var count in quality.IssueCounts.OrderByDescending(c => c.Count))
                counts.AddRow(Markup.Escape(count.File), Markup.Escape(count.Reason), $"{count.Count:N0}");
            console.Write(counts);
            var first = new Table().Title($"First issues ({Math.Min(20, quality.Issues.Count)} of {quality.TotalIssues:N0})")
                .AddColumns(new TableColumn("file"), new TableColumn("line").NoWrap(), new TableColumn("column"), new TableColumn("value"), new TableColumn("reason"));
            foreach (var issue in quality.Issues.Take(20))
                first.AddRow(Markup.Escape(issue.File), $"{issue.Line}", Markup.Escape(CliContext.Printable(issue.Column)),
                    Markup.Escape(CliContext.Printable(issue.Value)), Markup.Escape(CliContext.Printable(issue.Reason)));
            console.Write(first);
        }

        var f = quality.Facts;
        var facts = new Table().Title("Collection facts").AddColumns("fact", "value");
        facts.AddRow("customers", $"{f.Customers:N0}");
        facts.AddRow("customers without phone", $"{f.CustomersWithoutPhone:N0}");
        facts.AddRow("customers without email", $"{f.CustomersWithoutEmail:N0}");
        facts.AddRow("customers without any contact detail", $"{f.CustomersWithoutAnyContact:N0}");
        facts.AddRow("bounced emails (customers)", $"{f.BouncedEmails:N0} ({f.CustomersWithBouncedEmail:N0})");
        facts.AddRow("wrong numbers (customers)", $"{f.WrongNumbers:N0} ({f.CustomersWithWrongNumber:N0})");
        facts.AddRow("unapplied payments (amount)", $"{f.UnappliedPayments:N0} ({f.UnappliedCash:N2})");
        facts.AddRow("overpaid invoices (excess)", $"{f.OverpaidInvoices:N0} ({f.Overpayment:N2})");
        facts.AddRow("credit notes", $"{f.CreditNotes:N0}");
        console.Write(facts);
        console.WriteLine(quality.IsClean
            ? "No issues: every row was kept."
            : $"{quality.Tally} (warnings: optional values treated as missing, outlying dates set aside, rows kept); the rest was loaded.");
    }
}
