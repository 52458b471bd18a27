using System.Reflection;
using System.Runtime.InteropServices;

namespace CollectionsInsight.Modeling.Learners;

/// <summary>
/// P/Invoke declarations for XGBoost's C API (1.6+, e.g. Debian's libxgboost0) and the loading of the native library.
/// Every call returns 0 on success; <see cref="Check"/> turns anything else into an <see cref="XGBoostException"/>.
/// </summary>
internal static unsafe partial class XGBoost
{
    /// <summary>A file path to the native library, tried before the usual names.</summary>
    public const string PathVariable = "COLLECTIONS_INSIGHT_XGBOOST";

    // Resolved by our own resolver below, never by the runtime's default probing.
    private const string Library = "xgboost";

    private static readonly Lazy<nint> LibraryHandle = new(Load);

    // The resolver can be set only once per assembly; this is the only native library the assembly uses.
    static XGBoost() => NativeLibrary.SetDllImportResolver(typeof(XGBoost).Assembly, Resolve);

    /// <summary>Whether the native library loads and has the functions this binding uses.</summary>
    public static bool IsAvailable => LibraryHandle.Value != 0;

    public static void EnsureAvailable()
    {
        if (!IsAvailable)
            throw new InvalidOperationException(
                $"XGBoost (libxgboost.so.0) is not installed (apt-get install libxgboost0, or set {PathVariable} to the library's path).");
    }

    public static void Check(int returnCode)
    {
        if (returnCode != 0)
            throw new XGBoostException(Marshal.PtrToStringUTF8(XGBGetLastError()) ?? "unknown XGBoost error");
    }

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath) =>
        name == Library ? LibraryHandle.Value : 0;

    private static nint Load()
    {
        foreach (var candidate in Candidates())
        {
            if (!NativeLibrary.TryLoad(candidate, out var handle))
                continue;
            // Releases before 1.6 lack these; treat them as not installed.
            if (NativeLibrary.TryGetExport(handle, "XGBoosterPredictFromDMatrix", out _)
                && NativeLibrary.TryGetExport(handle, "XGBoosterSaveModelToBuffer", out _))
                return handle;
            NativeLibrary.Free(handle);
        }
        return 0;
    }

    private static IEnumerable<string> Candidates()
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path)
            yield return path;
        yield return "libxgboost.so.0";
        yield return "libxgboost.so";
        yield return "libxgboost.dylib";
        yield return "xgboost.dll";
    }

    [LibraryImport(Library)]
    private static partial nint XGBGetLastError();

    [LibraryImport(Library)]
    internal static partial int XGDMatrixCreateFromMat(float* data, ulong rows, ulong columns, float missing, out DMatrix matrix);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int XGDMatrixSetFloatInfo(DMatrix matrix, string field, float* values, ulong length);

    [LibraryImport(Library)]
    internal static partial int XGDMatrixFree(nint matrix);

    [LibraryImport(Library)]
    internal static partial int XGBoosterCreate(nint* matrices, ulong length, out Booster booster);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int XGBoosterSetParam(Booster booster, string name, string value);

    [LibraryImport(Library)]
    internal static partial int XGBoosterUpdateOneIter(Booster booster, int iteration, DMatrix train);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int XGBoosterPredictFromDMatrix(
        Booster booster, DMatrix matrix, string config, out ulong* shape, out ulong dimensions, out float* result);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int XGBoosterSaveModelToBuffer(Booster booster, string config, out ulong length, out byte* buffer);

    [LibraryImport(Library)]
    internal static partial int XGBoosterLoadModelFromBuffer(Booster booster, byte* buffer, ulong length);

    [LibraryImport(Library)]
    internal static partial int XGBoosterFree(nint booster);
}
