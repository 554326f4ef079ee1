using System.Text.RegularExpressions;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// What an incident hotfix and a config-only change mean for the playbooks that also serve ordinary releases: an
/// incident's fix goes out now (no canary hold, no sandbox rehearsal), the value running during an incident is the
/// broken one (never a rollback target), and settings or secrets alone ship no image.
/// </summary>
internal static partial class Urgency
{
    /// <summary>An incident hotfix: the kind, read once from the notes by <see cref="IncidentReading"/>.</summary>
    public static bool IsIncident(PlanFacts facts) => facts.Is(ChangeKind.Hotfix);

    /// <summary>The incident ticket the notes name ("INC-4398"), upper case, or null.</summary>
    public static string? TicketIn(string notes) => IncidentReading.TicketIn(notes);

    /// <summary>
    /// The release changes settings or secrets and names no code: no deploy, release, build, version, handler or
    /// logging change, nor a release series ("5.0.x to 5.1.x") ("rotate stripe key", "revert RATE_LIMIT_RPS back to 200", "zero code"). Restarting picks the
    /// values up; an image rollout would ship nothing new. An item that removes an endpoint, a flag or stored data
    /// ("kill /v1/login") is a code change, whatever words it uses; only a removed setting is configuration.
    /// </summary>
    public static bool ConfigOnly(PlanFacts facts) =>
        facts.Is(ChangeKind.Config) && !facts.Is(ChangeKind.MultiService) && !facts.Is(ChangeKind.Schema)
        && !facts.Is(ChangeKind.Backfill) && !facts.Is(ChangeKind.Erasure) && !facts.Is(ChangeKind.Flag) && !CodeWords().IsMatch(facts.Notes)
        && facts.PartsOfDestructive.All(parts => parts.Stored is null && parts.Removals.All(removal => removal.Kind == PublicKind.Setting));

    /// <summary>A new image ships: the release has code in it, not only settings or secrets that a restart picks up.</summary>
    public static bool ShipsImage(PlanFacts facts) => facts.Is(ChangeKind.Image) && !ConfigOnly(facts);

    [GeneratedRegex(@"\b(?:re-?)?deploy\w* | \brelease[sd]?\b | \bre-?build\w* | \bships?\b | \bimage\b | \bv?\d+\.\d+\.\d+\b | \bv?\d+\.\d+\.x\b | (?<!\b(?:zero|no)\s)\bcode\b | \bcommit\b | \bPR\b | \#\d+ | \bhandler\b | \blogging\b | \bendpoint\b | \bbump\w* | \bupgrad\w* | \bfix(?:es|ed)?\b | \bbug\w*",
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex CodeWords();
}
