using System.Globalization;

namespace DeployBot.Benchmarks.Load;

/// <summary>Resident memory of a process from <c>/proc/&lt;pid&gt;/status</c> (Linux): now (VmRSS) and at its peak (VmHWM).</summary>
internal static class ProcessMemory
{
    public static long ResidentBytes(int processId) => Read(processId, "VmRSS:");

    public static long PeakResidentBytes(int processId) => Read(processId, "VmHWM:");

    public static string Mib(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MiB";

    private static long Read(int processId, string field)
    {
        var path = $"/proc/{processId}/status";
        if (!File.Exists(path))
        {
            return 0;
        }

        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        var kib = line?[field.Length..].Trim().Split(' ')[0];
        return long.TryParse(kib, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value * 1024 : 0;
    }
}
