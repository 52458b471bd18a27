using Microsoft.Win32.SafeHandles;

namespace CollectionsInsight.Modeling.Learners;

/// <summary>XGBoost's data matrix (a native handle).</summary>
internal sealed unsafe class DMatrix : SafeHandleZeroOrMinusOneIsInvalid
{
    // Called by the interop marshaller for out parameters.
    public DMatrix() : base(ownsHandle: true)
    {
    }

    public static DMatrix Create(FeatureMatrix x)
    {
        XGBoost.EnsureAvailable();
        DMatrix matrix;
        fixed (float* values = x.Values)
            XGBoost.Check(XGBoost.XGDMatrixCreateFromMat(values, (ulong)x.Rows, (ulong)x.Columns, float.NaN, out matrix));
        return matrix;
    }

    /// <param name="field">"label" or "weight".</param>
    public void SetFloatInfo(string field, ReadOnlySpan<float> values)
    {
        fixed (float* pointer = values)
            XGBoost.Check(XGBoost.XGDMatrixSetFloatInfo(this, field, pointer, (ulong)values.Length));
    }

    protected override bool ReleaseHandle() => XGBoost.XGDMatrixFree(handle) == 0;
}
