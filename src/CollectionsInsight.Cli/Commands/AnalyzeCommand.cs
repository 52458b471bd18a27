using System.CommandLine;
using CollectionsInsight.Domain;
using CollectionsInsight.IO;
using CollectionsInsight.Metrics;
using CollectionsInsight.Reporting.Report;
using Spectre.Console;

namespace CollectionsInsight.Cli.Commands;

/// <summary><c>analyze</c>: days to pay and the DSO family by channel mix, in both views, with the audit trail.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var data = CommonOptions.Data();
        var asOf = CommonOptions.AsOf("Measure as of this date (default: the latest date in the data)");
        var output = CommonOptions.Out($"Folder to write {Plural.Listed(ReportBundle.AnalysisFileNames)} into");
        var by = OptionChecks.OneOf<GroupAttribute>("--by", "Also split every table by a customer attribute or the invoices' currency");
        var window = new Option<int>("--window-days") { Description = "W: the episode's channel mix is that of its first W days", DefaultValueFactory = _ => 7 }.Within(1, 365);
        var horizon = new Option<int>("--horizon-days") { Description = "H: paid within H days of the episode start", DefaultValueFactory = _ => 30 }.Within(1, 3650);
        var dsoPeriod = CommonOptions.DsoPeriodMonths();
        var mapping = CommonOptions.Mapping();
        var challenger = new ChallengerOptions("Compare a champion/challenger test by the channel drawn: the share the worklists were written with (needs --challenger-since)");
        var since = CommonOptions.Date("--challenger-since", "The day the test's first worklist was used: invoices due from then on are compared");
        var command = new Command("analyze", "Days to pay and DSO (standard, countback, best possible, ADD, CEI) by channel mix: phone, email, both")
        {
            data, asOf, output, by, window, horizon, dsoPeriod, mapping, since,
        };
        challenger.AddTo(command);
        command.Validators.Add(result =>
        {
            if (ChallengerOptions.IsGiven(result, challenger.Share) != ChallengerOptions.IsGiven(result, since))
                result.AddError("--challenger-share and --challenger-since go together: the share and seed say who was drawn, the date since when");
            else if (result.GetValue(challenger.Share) == 0 && ChallengerOptions.IsGiven(result, challenger.Share))
                result.AddError("--challenger-share: a test with a share of 0 drew no one");
        });
        command.SetAction(parse => context.Guard(() =>
        {
            AtomicOutput.RequireReplaceable(parse.GetRequiredValue(output));
            var history = CommonOptions.LoadHistory(context, parse.GetRequiredValue(data), parse.GetValue(mapping), asOf: parse.GetValue(asOf));
            var options = new ChannelEffectivenessOptions
            {
                GroupBy = parse.GetValue(by),
                WindowDays = parse.GetValue(window),
                HorizonDays = parse.GetValue(horizon),
                DsoPeriodMonths = parse.GetValue(dsoPeriod),
                ChallengerTest = parse.GetValue(since) is { } start
                    ? new ChallengerTestDesign(parse.GetValue(challenger.Share), parse.GetValue(challenger.Seed), start)
                    : null,
            };
            var result = ChannelEffectiveness.Compute(history, CommonOptions.ResolveAsOf(context, history, parse.GetValue(asOf)), options);
            var folder = parse.GetRequiredValue(output);
            ReportBundle.WriteAnalysis(folder, result);
            HeadlineTables.Print(context.Console, result);
            if (options.GroupBy is { } group)
                context.Console.WriteLine($"The tables above are the whole book; the files have them per {group.ToString().ToLowerInvariant()} too (their group column).");
            if (result.ChallengerTest is { } test) HeadlineTables.Print(context.Console, test);
            var written = result.ChallengerTest is null ? ReportBundle.AnalysisFileNames : [.. ReportBundle.AnalysisFileNames, ReportBundle.ChallengerTestFileName];
            context.Console.WriteLine($"Wrote {Plural.Listed(written)} to {folder}");
            return CliApp.Success;
        }));
        return command;
    }
}
