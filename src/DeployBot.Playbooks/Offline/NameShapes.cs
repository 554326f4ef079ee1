using System.Text.RegularExpressions;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;

namespace DeployBot.Playbooks.Offline;

/// <summary>
/// The kind of object a name in the notes is, read from its shape, so that a step names only objects of its own kind:
/// "orders-db" is a service, database or cluster; "orders.total" a column, "pg_upgrade" a tool or table,
/// "DATABASE_URL" a setting, "20261115_x.rb" a file, "/oauth/authorize" a route.
/// </summary>
internal static partial class NameShapes
{
    /// <summary>A service, vendor, database or cluster: a plain or kebab-case name ("orders-db", "payments-api", "stripe").</summary>
    public static bool IsRunningThing(string name) =>
        name.Length > 1 && !NotesFacts.IsFilePath(name) && !NotesFacts.IsSettingName(name)
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
        && char.IsAsciiLetter(name[0]) && !name.Any(char.IsAsciiLetterUpper) && !MachineType(name);

    /// <summary>A service, vendor or the route it calls ("/v2/webhooks/paypal"): what an integration check goes through.</summary>
    public static bool IsServiceOrRoute(string name) => IsRunningThing(name) || (name.Length > 1 && name[0] == '/' && !name.Contains(' ', StringComparison.Ordinal));

    /// <summary>Anything but a column ("orders.attrs_hstore"), a setting or a migration file: the tools and hosts an upgrade step may name.</summary>
    public static bool IsNotDataOrSetting(string name) =>
        !IsColumn(name) && !NotesFacts.IsSettingName(name) && !NotesFacts.IsFilePath(name);

    /// <summary>"table.column" in lower case ("orders.attrs_hstore").</summary>
    public static bool IsColumn(string name) => Column().IsMatch(name);

    [GeneratedRegex(@"^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Column();

    /// <summary>"n1-standard-8", "m5.large", "db.r6g.xlarge": a size of machine, not a thing that runs.</summary>
    private static bool MachineType(string name) =>
        name.Contains("standard", StringComparison.Ordinal) || name.Contains("highmem", StringComparison.Ordinal)
        || name.Contains("highcpu", StringComparison.Ordinal) || name.EndsWith("large", StringComparison.Ordinal);
}
