using System.Runtime.CompilerServices;

namespace DeployBot.Core.Tests.Plans;

/// <summary>
/// Compares output with a golden file under Plans/Golden (copied to the output folder). Set DEPLOYBOT_UPDATE_GOLDEN=1
/// to rewrite the files in the source tree instead; review the diff before committing.
/// </summary>
internal static class GoldenFile
{
    public const string UpdateVariable = "DEPLOYBOT_UPDATE_GOLDEN";

    public static void AssertMatches(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(Path.Combine(SourceFolder(callerPath), name), actual);
            return;
        }

        var path = Path.Combine(AppContext.BaseDirectory, "Plans", "Golden", name);
        Assert.True(File.Exists(path), $"Golden file {name} is missing; run the tests once with {UpdateVariable}=1 to write it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.True(expected == actual, $"Output differs from Plans/Golden/{name} (rerun with {UpdateVariable}=1 to accept):\n{Diff(expected, actual)}");
    }

    private static string SourceFolder(string callerPath)
    {
        var folder = Path.GetDirectoryName(callerPath)!;
        while (!Directory.Exists(Path.Combine(folder, "Golden")) && Path.GetFileName(folder) != "Plans")
        {
            folder = Path.GetDirectoryName(folder)!;
        }

        return Path.Combine(folder, "Golden");
    }

    private static string Diff(string expected, string actual)
    {
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Min(want.Length, got.Length)).FirstOrDefault(i => want[i] != got[i], Math.Min(want.Length, got.Length));
        var wanted = line < want.Length ? want[line] : "<end of file>";
        var gotten = line < got.Length ? got[line] : "<end of output>";
        return $"first difference at line {line + 1}:\n  golden: {wanted}\n  actual: {gotten}";
    }
}
