using DeployBot.Core.Requests;

namespace DeployBot.Core.Conversations;

/// <summary>Says in words what a revision changed ("WINDOW changed to “Sun 06:00–07:00 UTC”").</summary>
internal static class RequestChanges
{
    public static string Describe(DeploymentRequest before, DeploymentRequest after)
    {
        var changes = new List<string>();
        Add(changes, "NOTES", before.Notes, after.Notes, showValue: false);
        Add(changes, "WINDOW", before.Window, after.Window, showValue: true);
        Add(changes, "FLAG", before.Flag, after.Flag, showValue: true);
        return string.Join("; ", changes);
    }

    private static void Add(List<string> changes, string key, string? before, string? after, bool showValue)
    {
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return;
        }

        changes.Add((after, showValue) switch
        {
            (null, _) => $"{key} removed",
            (_, false) => $"{key} updated",
            _ => $"{key} changed to “{after}”",
        });
    }
}
