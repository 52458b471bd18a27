using System.Globalization;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace CollectionsInsight.Modeling.Learners;

/// <summary>What <see cref="Booster.Predict"/> returns (XGBoost's prediction "type").</summary>
internal enum PredictionType
{
    Value = 0,
    Margin = 1,
    Contributions = 2,
    ApproximateContributions = 3,
}

/// <summary>An XGBoost model (a native handle): parameters, training round by round, prediction, JSON.</summary>
internal sealed unsafe class Booster : SafeHandleZeroOrMinusOneIsInvalid
{
    // Called by the interop marshaller for out parameters.
    public Booster() : base(ownsHandle: true)
    {
    }

    /// <param name="train">The training data, or null to load a model: XGBoost takes the feature count from it.</param>
    public static Booster Create(DMatrix? train)
    {
        XGBoost.EnsureAvailable();
        // The marshaller cannot pass an array of SafeHandles; keep the matrix alive by hand during the call.
        var added = false;
        try
        {
            train?.DangerousAddRef(ref added);
            var matrix = train?.DangerousGetHandle() ?? 0;
            XGBoost.Check(XGBoost.XGBoosterCreate(&matrix, train is null ? 0UL : 1UL, out var booster));
            return booster;
        }
        finally
        {
            if (added)
                train!.DangerousRelease();
        }
    }

    public static Booster FromJson(string json)
    {
        var booster = Create(train: null);
        try
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            fixed (byte* buffer = bytes)
                XGBoost.Check(XGBoost.XGBoosterLoadModelFromBuffer(booster, buffer, (ulong)bytes.Length));
            return booster;
        }
        catch
        {
            booster.Dispose();
            throw;
        }
    }

    /// <summary>Sets a parameter. XGBoost validates it only at the next training or prediction call.</summary>
    public void SetParam(string name, IFormattable value) =>
        SetParam(name, value.ToString(null, CultureInfo.InvariantCulture));

    public void SetParam(string name, string value) => XGBoost.Check(XGBoost.XGBoosterSetParam(this, name, value));

    public void UpdateOneIter(int iteration, DMatrix train) =>
        XGBoost.Check(XGBoost.XGBoosterUpdateOneIter(this, iteration, train));

    /// <summary>Predicts with all trees; returns the row-major values and XGBoost's shape for them.</summary>
    public (float[] Values, ulong[] Shape) Predict(DMatrix data, PredictionType type)
    {
        var config = $$"""{"type":{{(int)type}},"training":false,"iteration_begin":0,"iteration_end":0,"strict_shape":false}""";
        XGBoost.Check(XGBoost.XGBoosterPredictFromDMatrix(this, data, config, out var shape, out var dimensions, out var result));
        // Both buffers belong to the booster and are reused by its next call: copy them now.
        var shapeCopy = new ReadOnlySpan<ulong>(shape, checked((int)dimensions)).ToArray();
        ulong length = 1;
        foreach (var extent in shapeCopy)
            length *= extent;
        return (new ReadOnlySpan<float>(result, checked((int)length)).ToArray(), shapeCopy);
    }

    public string ToJson()
    {
        XGBoost.Check(XGBoost.XGBoosterSaveModelToBuffer(this, """{"format":"json"}""", out var length, out var buffer));
        return Encoding.UTF8.GetString(buffer, checked((int)length));
    }

    protected override bool ReleaseHandle() => XGBoost.XGBoosterFree(handle) == 0;
}
