using CollectionsInsight.Domain;
using CollectionsInsight.Metrics;
using Spectre.Console;

namespace CollectionsInsight.Cli.Commands;

/// <summary>The headline of a channel-effectiveness result as console tables, one per view, and its caveats (<c>analyze</c>, <c>report</c>).</summary>
internal static class HeadlineTables
{
    public static void Print(IAnsiConsole console, ChannelEffectivenessResult result)
    {
        foreach (var view in new[] { MixView.Episode, MixView.Lifetime })
        {
            // Headers break where they should and figures never do, so the table fits 80 columns.
            var table = new Table()
                .Title($"{view.ToWord()} view, as of {result.AsOf:yyyy-MM-dd}")
                .AddColumns(
                    [.. new[] { "channel\nmix", "invoices", "paid", "mean days\nto pay", "days\nbeyond\nterms", $"paid\nwithin\n{result.Options.HorizonDays} d", "KM\nmedian\ndays" }
                        .Select(header => new TableColumn(header).NoWrap())]);
            foreach (var m in result.Headline(view).Where(m => m.Invoices > 0))
            {
                table.AddRow(m.Mix.ToWord(), $"{m.Invoices:N0}", $"{m.PaidShare:P0}",
                    m.DaysToPay is { } d ? $"{d.Mean:0.0} ({m.MeanDaysToPayInterval!.Lower:0.0}-{m.MeanDaysToPayInterval.Upper:0.0})" : "-",
                    m.DaysBeyondTerms is { } b ? $"{b.Mean:0.0}" : "-",
                    m.PaidWithinHorizon is { } p ? $"{p:P0}" : "-",
                    m.KmMedianDays is { } median ? m.KmMedianLower is { } lower && m.KmMedianUpper is { } upper ? $"{median} ({lower}-{upper})" : $"{median} *" : "-");
            }
            console.Write(table);
            if (result.Headline(view).Any(m => m.Invoices > 0 && m.KmMedianDays is not null && (m.KmMedianLower is null || m.KmMedianUpper is null)))
                console.WriteLine("* no interval: too few invoices to bound the median's 95% interval");
        }
        foreach (var caveat in result.Caveats) console.WriteLine("- " + caveat);
    }
}
