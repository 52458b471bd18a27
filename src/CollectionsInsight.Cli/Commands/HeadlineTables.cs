using System.Globalization;
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
        PrintDso(console, result);
        PrintAging(console, result);
        PrintAgedTrend(console, result);
        PrintPromises(console, result);
        foreach (var caveat in result.Caveats) console.WriteLine("- " + caveat);
    }

    private static readonly string[] DsoHeaders = ["channel\nmix", "period\nsales", "AR end", "DSO", "count-\nback\nDSO", "best\npossible\nDSO", "ADD", "CEI"];

    /// <summary>The DSO family of the month the headlines quote, for the whole book and each lifetime channel mix.</summary>
    private static void PrintDso(IAnsiConsole console, ChannelEffectivenessResult result)
    {
        if (result.HeadlineDso() is not { } quoted) return;
        var table = new Table()
            .Title($"DSO, {quoted.Month:yyyy-MM} ({quoted.Dso.PeriodDays}-day period), by lifetime channel mix")
            .AddColumns([.. DsoHeaders.Select(header => new TableColumn(header).NoWrap())]);
        var rows = result.BookDso().Where(d => d.Month == quoted.Month && (d.ChannelMix == ChannelEffectiveness.AllGroup || d.Dso.Sales > 0 || d.ArEnd > 0)).ToArray();
        foreach (var d in rows)
            table.AddRow(d.ChannelMix, $"{d.Dso.Sales:N0}", $"{d.ArEnd:N0}", Days(d.Dso.Days), Days(d.Countback.Days), Days(d.BestPossible.Days),
                Days(d.AverageDaysDelinquent.Days), d.Cei.Percent is { } cei ? $"{cei:0} %" : "-");
        console.Write(table);
        if (quoted != result.BookDsoTotals()[^1])
            console.WriteLine($"* {quoted.Month:yyyy-MM} is the last month with sales; the months after it have payments only (dso_monthly.csv has them)");
        if (rows.Any(d => d.ChannelMix != ChannelEffectiveness.AllGroup && d.ChannelMix != ChannelMix.None.ToWord()))
            console.WriteLine("* mixes are lifetime: every call and email on the invoice by the as-of date, so slow payers collect 'both'; compare channels in the episode view");
    }

    private static string Days(double? days) => days is { } d ? $"{d:0.0}" : "-";

    private static readonly string[] AgingHeaders = ["days past due", "invoices", "open amount", "share", "never\nchased", "in\ndispute"];

    /// <summary>The whole book's AR aging, with the share of each bucket that no outbound call or email ever chased, and that in dispute.</summary>
    private static void PrintAging(IAnsiConsole console, ChannelEffectivenessResult result)
    {
        var book = result.Aging.Where(a => a.Group == ChannelEffectiveness.AllGroup).ToArray();
        if (!book.Any(a => a.ChannelMix == ChannelEffectiveness.AllGroup && a.Invoices > 0)) return;
        var table = new Table()
            .Title($"AR aging, as of {result.AsOf:yyyy-MM-dd}")
            .AddColumns([.. AgingHeaders.Select(header => new TableColumn(header).NoWrap())]);
        foreach (var bucket in book.Where(a => a.ChannelMix == ChannelEffectiveness.AllGroup))
        {
            var neverChased = book.Single(a => a.ChannelMix == ChannelMix.None.ToWord() && a.Bucket == bucket.Bucket).Amount;
            table.AddRow(bucket.Bucket, $"{bucket.Invoices:N0}", $"{bucket.Amount:N0}", bucket.Share is { } share ? $"{share:P0}" : "-",
                bucket.Amount > 0 ? $"{neverChased / bucket.Amount:P0}" : "-", bucket.Amount > 0 ? $"{bucket.DisputedAmount / bucket.Amount:P0}" : "-");
        }
        console.Write(table);
    }

    private static readonly string[] AgedTrendHeaders = ["month", "AR end", .. AgingBucket.Buckets.Select(b => b.Name)];

    /// <summary>The whole book's AR at each of the latest 12 month ends with AR, as shares by days past due on that day: the aged AR trend.</summary>
    private static void PrintAgedTrend(IAnsiConsole console, ChannelEffectivenessResult result)
    {
        var months = result.MonthEndsWithAr().TakeLast(12).ToArray();
        if (months.Length < 2) return;
        var table = new Table()
            .Title("AR at month ends, share by days past due")
            .AddColumns([.. AgedTrendHeaders.Select(header => new TableColumn(header).NoWrap())]);
        foreach (var d in months)
            table.AddRow([$"{d.Month:yyyy-MM}", $"{d.ArEnd:N0}", .. d.ArEndByAge.Select(amount => $"{amount / d.ArEnd:P0}")]);
        console.Write(table);
    }

    private static readonly string[] PromiseHeaders = ["channel", "promises", "pending", "kept", "partly\nkept", "broken", "kept\nshare"];

    /// <summary>The whole book's promises to pay by the channel they were made on, where any was made.</summary>
    private static void PrintPromises(IAnsiConsole console, ChannelEffectivenessResult result)
    {
        var book = result.Promises.Where(p => p.Group == ChannelEffectiveness.AllGroup && p.Promises > 0).ToArray();
        if (book.Length == 0) return;
        var table = new Table()
            .Title($"Promises to pay, as of {result.AsOf:yyyy-MM-dd}")
            .AddColumns([.. PromiseHeaders.Select(header => new TableColumn(header).NoWrap())]);
        foreach (var p in book)
            table.AddRow(p.Channel, $"{p.Promises:N0}", $"{p.Pending:N0}", $"{p.Kept:N0}", $"{p.PartlyKept:N0}", $"{p.Broken:N0}", p.KeptShare is { } kept ? $"{kept:P0}" : "-");
        console.Write(table);
        console.WriteLine($"* kept: the invoice's payments from the day of the promise to {PromiseKeeping.GraceDays} days after its date covered the amount promised; pending: that day is still to come");
    }

    /// <summary>A champion/challenger test's arms and differences, and what they show.</summary>
    public static void Print(IAnsiConsole console, ChallengerTestResult test)
    {
        var design = test.Design;
        var table = new Table()
            .Title($"challenger test since {design.Since:yyyy-MM-dd} (share {design.Share:0.###}, seed {design.Seed}), by the channel drawn")
            .AddColumns([.. new[] { "arm", "customers", "invoices", $"paid within\n{test.HorizonDays} d of due", "95% interval", "followed\nthe draw" }
                .Select(header => new TableColumn(header).NoWrap())]);
        foreach (var arm in test.Arms)
        {
            var share = IsDifference(arm) ? "+0.0%;-0.0%;0.0%" : "0.0%";
            table.AddRow(arm.Arm, $"{arm.Customers:N0}", $"{arm.Invoices:N0}", arm.PaidShare is { } p ? p.ToString(share, CultureInfo.InvariantCulture) : "-",
                arm.Lower is { } lower && arm.Upper is { } upper ? $"{lower:0.0%} to {upper:0.0%}" : "-",
                arm.FollowedShare is { } followed ? $"{followed:0%}" : "");
        }
        console.Write(table);
        var shown = test.Arms.Where(a => IsDifference(a) && (a.Lower > 0 || a.Upper < 0)).Select(a => a.Arm).ToArray();
        console.WriteLine(shown.Length == 0
            ? "- No difference between the arms is shown yet: every difference's interval contains zero (the four intervals are 95% together)."
            : $"- Differences shown (their interval excludes zero; the four intervals are 95% together): {string.Join(", ", shown)}.");
        console.WriteLine("- Arms are compared by the channel drawn, whatever collectors did (intention to treat): the draw is random, so "
            + "the arms differ only by chance and by what was drawn. 'followed the draw' is the share of the invoices collected whose first days used the drawn channels.");
    }

    private static bool IsDifference(ChallengerArm arm) => arm.Arm.Contains(" - ", StringComparison.Ordinal);
}
