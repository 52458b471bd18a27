namespace CollectionsInsight.Modeling.Learners;

/// <summary>A trained XGBoost booster. Dispose it to free the native model early.</summary>
internal sealed class XGBoostModel : ITrainedModel, IDisposable
{
    internal XGBoostModel(Booster booster) => Booster = booster;

    public Booster Booster { get; }

    /// <summary>Restores a model saved with <see cref="ToJson"/>; <paramref name="threads"/> is used for prediction.</summary>
    public static XGBoostModel FromJson(string json, int threads)
    {
        var booster = Booster.FromJson(json);
        try
        {
            booster.SetParam("nthread", threads);   // runtime settings are not part of the saved model
            return new XGBoostModel(booster);
        }
        catch
        {
            booster.Dispose();
            throw;
        }
    }

    public double[] Predict(FeatureMatrix x)
    {
        var (values, shape) = Run(x, PredictionType.Value);
        // (rows) for binary and regression, (rows, classes) for multiclass.
        if (shape.Length is not (1 or 2) || shape[0] != (ulong)x.Rows)
            throw UnexpectedShape(shape);
        return Array.ConvertAll(values, v => (double)v);
    }

    public double[] Contributions(FeatureMatrix x, bool approximate = false)
    {
        var (values, shape) = Run(x, approximate ? PredictionType.ApproximateContributions : PredictionType.Contributions);
        if (shape.Length == 3)
            throw new NotSupportedException("contributions are available for binary and regression models only");
        if (shape is not [var rows, var columns] || rows != (ulong)x.Rows || columns != (ulong)x.Columns + 1)
            throw UnexpectedShape(shape);
        return Array.ConvertAll(values, v => (double)v);
    }

    public string ToJson() => Booster.ToJson();

    public void Dispose() => Booster.Dispose();

    private (float[] Values, ulong[] Shape) Run(FeatureMatrix x, PredictionType type)
    {
        using var data = DMatrix.Create(x);
        return Booster.Predict(data, type);
    }

    private static XGBoostException UnexpectedShape(ulong[] shape) =>
        new($"unexpected prediction shape ({string.Join(", ", shape)})");
}
