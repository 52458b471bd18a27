using System.Globalization;
using CsvHelper;

namespace CollectionsInsight.Cli.Tests;

/// <summary>train → recommend → evaluate on a small generated set, and the clear failures.</summary>
public sealed class ModelCommandsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ci-cli-" + Guid.NewGuid().ToString("N"));

    public ModelCommandsTests()
    {
        Directory.CreateDirectory(_folder);
        Assert.Equal(0, Run("generate", "--out", Data, "--customers", "300", "--seed", "4").Code);
    }

    private string Data => Path.Combine(_folder, "data");
    private string Model => Path.Combine(_folder, "model.json");

    [Fact]
    public void TrainRecommendEvaluate_GeneratedData_CardCsvAndRegret()
    {
        var train = Run("train", "--data", Data, "--model", Model, "--learner", "t", "--seed", "3");
        Assert.Equal(0, train.Code);
        Assert.Contains("gain over current", train.Output);
        Assert.True(File.Exists(Model));

        var csv = Path.Combine(_folder, "recommendations.csv");
        Assert.Equal(0, Run("recommend", "--data", Data, "--model", Model, "--out", csv).Code);
        var lines = File.ReadAllLines(csv);
        Assert.Equal("customer_id,invoice_id,recommended_channel,runner_up,p_paid_phone,p_paid_email,p_paid_both,current_practice,expected_gain,confidence,reasons", lines[0]);
        Assert.True(lines.Length > 1);
        foreach (var cells in lines.Skip(1).Select(l => l.Split(',')))
        {
            Assert.Contains(cells[2], new[] { "phone", "email", "both" });
            foreach (var p in cells[4..7])
                Assert.InRange(double.Parse(p, CultureInfo.InvariantCulture), 0, 1);
            Assert.Contains(cells[9], new[] { "high", "low" });
        }

        var evaluate = Run("evaluate", "--data", Data, "--truth", Path.Combine(Data, "ground_truth.csv"), "--model", Model);
        Assert.Equal(0, evaluate.Code);
        Assert.Contains("normalised regret", evaluate.Output);
        Assert.Contains("share matching the oracle", evaluate.Output);
        Assert.Matches("The model (beats|is worse than|does as well as) always using the best single channel", evaluate.Output);
    }

    [Fact]
    public void Worklist_WithModel_ConfidentAdviceChoosesTheChannelAndBouncedEmailIsNeverEmailed()
    {
        // 300 customers are too few for the model's gain to be confirmed; 600 confirm it.
        var data = Path.Combine(_folder, "larger");
        Assert.Equal(0, Run("generate", "--out", data, "--customers", "600", "--seed", "4").Code);
        Assert.Equal(0, Run("train", "--data", data, "--model", Model, "--learner", "t", "--seed", "3").Code);
        var recommendations = Path.Combine(_folder, "recommendations.csv");
        Assert.Equal(0, Run("recommend", "--data", data, "--model", Model, "--out", recommendations).Code);
        var worklist = Path.Combine(_folder, "worklist.csv");

        Assert.Equal(0, Run("worklist", "--data", data, "--model", Model, "--out", worklist).Code);

        var confident = ReadCsv(recommendations).Where(r => r["confidence"] == "high").Select(r => r["customer_id"]).ToHashSet();
        var rows = ReadCsv(worklist);
        Assert.Contains(rows, r => r["channel_source"] == "model");
        Assert.All(rows, r => Assert.Equal(confident.Contains(r["customer_id"]) ? "model" : "rules", r["channel_source"]));
        var bounced = rows.Where(r => r["flags"].Split(';').Contains("bounced_email")).ToArray();
        Assert.NotEmpty(bounced);
        Assert.All(bounced, r => Assert.DoesNotContain(r["recommended_channel"], new[] { "email", "both" }));
    }

    [Fact]
    public void Recommend_AsOfBeforeTheModelWasTrained_Warns()
    {
        Assert.Equal(0, Run("train", "--data", Data, "--model", Model, "--learner", "t", "--seed", "3").Code);

        var run = Run("recommend", "--data", Data, "--model", Model, "--as-of", "2025-03-31", "--out", Path.Combine(_folder, "r.csv"));

        Assert.Equal(0, run.Code);
        Assert.Contains("Warning: the model was trained on data up to 2025-06-30, after the as-of date 2025-03-31", run.Output);
    }

    [Fact]
    public void Worklist_WithModelWhoseGainIsNotConfirmed_RulesChooseAndSaySo()
    {
        var data = Path.Combine(_folder, "null-world");
        Assert.Equal(0, Run("generate", "--out", data, "--customers", "300", "--seed", "4", "--world", "null").Code);
        Assert.Equal(0, Run("train", "--data", data, "--model", Model, "--learner", "t", "--seed", "3").Code);
        var worklist = Path.Combine(_folder, "worklist.csv");

        var run = Run("worklist", "--data", data, "--model", Model, "--out", worklist);

        Assert.Equal(0, run.Code);
        Assert.Contains("The model's gain over current practice is not confirmed", run.Output);
        Assert.All(ReadCsv(worklist), r => Assert.Equal("rules", r["channel_source"]));
    }

    [Theory]
    [InlineData("train", "--learner", "forest")]
    [InlineData("recommend", "--model", "missing.json")]
    [InlineData("recommend", "--model", "not-a-model.json")]
    [InlineData("evaluate", "--truth", "truth.csv")]
    public void Command_BadInput_ExitTwoWithoutStackTrace(string command, string option, string value)
    {
        File.WriteAllText(Path.Combine(_folder, "not-a-model.json"), "{\"hello\": 1}");
        File.WriteAllText(Path.Combine(_folder, "truth.csv"), "not,the,truth\n");
        string[] args = command switch
        {
            "train" => ["train", "--data", Data, "--model", Model, option, value],
            "recommend" => ["recommend", "--data", Data, "--out", Path.Combine(_folder, "r.csv"), option, Path.Combine(_folder, value)],
            // The model file must exist to get past the command line; the bad truth file is then read first.
            _ => ["evaluate", "--data", Data, "--model", Path.Combine(_folder, "not-a-model.json"), option, Path.Combine(_folder, value)],
        };

        var result = Run(args);

        Assert.Equal(2, result.Code);
        Assert.StartsWith("error: ", result.Error);
        Assert.Contains(command == "train" ? "--learner" : value, result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void Recommend_ModelFileOfAnOlderVersion_OneLineRetrainAndNoOutput()
    {
        var old = Path.Combine(_folder, "old.json");
        File.WriteAllText(old, """{"format":"collections-insight/channel-model","version":3,"writtenBy":"0.1.0"}""");
        var output = Path.Combine(_folder, "r.csv");

        var result = Run("recommend", "--data", Data, "--model", old, "--out", output);

        Assert.Equal(2, result.Code);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains("version 3", result.Error);
        Assert.Contains("retrain the model with `train`", result.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Train_TooFewEpisodes_OneLineAndNoModelFile()
    {
        var small = Path.Combine(_folder, "small");
        Assert.Equal(0, Run("generate", "--out", small, "--customers", "5", "--seed", "4").Code);

        var result = Run("train", "--data", small, "--model", Model);

        Assert.Equal(2, result.Code);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains("at least 100 are needed", result.Error);
        Assert.False(File.Exists(Model));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A CSV file as rows of column name → value.</summary>
    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var csv = new CsvReader(new StreamReader(path), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h) ?? ""));
        return rows;
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, output, error, interactive: false);
        return (code, output.ToString(), error.ToString());
    }
}
