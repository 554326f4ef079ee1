using System.Globalization;

namespace DeployBot.Benchmarks.Load;

/// <summary>
/// CPU time a process has used, user plus system, from <c>/proc/&lt;pid&gt;/stat</c> (Linux). Divided by the requests
/// a phase acknowledged it gives the CPU cost of one request, a figure other load on the machine barely moves.
/// </summary>
internal static class ProcessCpu
{
    // USER_HZ: the unit of utime and stime; 100 on every Linux build that .NET supports.
    private const double TicksPerSecond = 100;

    public static TimeSpan Used(int processId)
    {
        var path = $"/proc/{processId}/stat";
        if (!File.Exists(path))
        {
            return TimeSpan.Zero;
        }

        // The command name (field 2) is in parentheses and may hold spaces; utime and stime are fields 14 and 15.
        var stat = File.ReadAllText(path);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    public static string Microseconds(TimeSpan perRequest) =>
        perRequest.TotalMicroseconds.ToString("0", CultureInfo.InvariantCulture) + " µs";
}
