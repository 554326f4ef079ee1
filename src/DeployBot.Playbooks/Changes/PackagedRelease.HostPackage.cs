using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A program installed from a package on the hosts that run it, serving no traffic: a backup or archiving tool run by the
/// database and by a schedule, an agent run from cron. It is upgraded by its package on every host that runs it, to the
/// same version everywhere, and checked by its own check command and by what it does (archiving, the next scheduled run).
/// </summary>
/// <remarks>
/// Known, when the notes say nothing of an image, a server, a web UI or traffic, from three families of backup words or
/// more (backup, restore, archiving (not "an archive", which is also a user's download), incremental, stanza, WAL, retention, snapshots, deduplication) with a command or flag
/// of its own; from its own commands beside one such word ("the `version`/`help` commands", "async archiving"); or from a
/// note to the people who package it for distributions about its build system.
/// </remarks>
internal sealed partial record PackagedRelease
{
    private const int BackupFamilies = 3;

    /// <summary>Whether the notes speak of backups and archiving, so the plan checks archiving and the next backup.</summary>
    public bool Backs => Kind == Package.HostPackage && Name == BackupFlavour;

    private const string BackupFlavour = "backup";

    private static PackagedRelease? ReadHostPackage(string notes, string? version)
    {
        var text = Markup().Replace(CodeTag().Replace(Link().Replace(notes, " "), "`${code}`"), " ");
        if (Serving().IsMatch(text) || KubernetesWords().IsMatch(text))
        {
            return null;
        }

        var backup = BackupWords(text);
        var commands = OwnCommand().IsMatch(text);
        var flags = Flag().IsMatch(text);
        if ((backup >= BackupFamilies && (commands || flags)) || (backup >= 1 && commands))
        {
            return new(Package.HostPackage, BackupFlavour, version);
        }

        return PackagerNote().IsMatch(text) && BuildSystem().IsMatch(text) ? new(Package.HostPackage, backup >= 1 ? BackupFlavour : null, version) : null;
    }

    /// <summary>Distinct families of backup words in the notes.</summary>
    internal static int BackupWords(string notes) =>
        BackupWord().Matches(notes).Select(Family).Distinct(StringComparer.Ordinal).Count();

    [GeneratedRegex(@"(?<backup>\bbackups?\b|\bbacked\s+up\b)|(?<restore>\brestor(?:e|es|ed|ing)\b)|(?<archive>\barchiv(?:ing|ed)\b|\barchive[-_](?:push|get|command)\b)|(?<incremental>\b(?:incremental|differential)\b)|(?<stanza>\bstanzas?\b)|(?<wal>\bWAL\b|\bwrite-ahead\s+log)|(?<retention>\bretention\b|\bprun(?:e|es|ing)\b)|(?<snapshot>\bsnapshots?\b)|(?<dedup>\bdedup\w*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex BackupWord();

    /// <summary>The program's own commands: "the `version`/`help` commands", "the `check` command", "command `info`".</summary>
    [GeneratedRegex(@"`[a-z][\w-]*`(?:\s*(?:/|,|and|or)\s*`[a-z][\w-]*`)*\s+(?:sub)?commands?\b|\b(?:sub)?commands?\s+`[a-z][\w-]*`", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex OwnCommand();

    [GeneratedRegex(@"`--[a-z][\w-]*(?:[=\s][^`]*)?`", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Flag();

    /// <summary>"NOTE TO PACKAGERS", "package maintainers", "distribution packages": the program reaches hosts as a built package.</summary>
    [GeneratedRegex(@"\bpackagers?\b|\bpackage\s+maintainers?\b|\b(?:distribution|distro)\s+packages?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex PackagerNote();

    [GeneratedRegex(@"\bautoconf\b|\bautomake\b|\bmeson\b|\bcmake\b|\./configure\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex BuildSystem();

    /// <summary>What a program that serves traffic or users speaks of: requests, ports, connections, clients, an API, a UI, a proxy.</summary>
    [GeneratedRegex(@"\bHTTPS?\b|\brequests?\b|\bports?\b|\blisten\w*|\bproxy\b|\bservers?\b|\bAPIs?\b|\bendpoints?\b|\bTLS\b|\bconnections?\b|\bclients?\b|\bUI\b|\bweb\b|\bpages?\b|\bdashboards?\b|\blog\s*in\b|\bsign[\s-]?in\b|\bbrowsers?\b|\bdocker\b|\bcontainers?\b|\bschema\b|\btables?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Serving();

    /// <summary>A command or file named in an XML tag (<c>&lt;cmd&gt;help&lt;/cmd&gt;</c>): read as Markdown's code span.</summary>
    [GeneratedRegex(@"<(?<tag>cmd|code|command|file|option)>(?<code>[^<>\n]{1,80})</\k<tag>>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex CodeTag();

    /// <summary>An XML or HTML tag: release notes kept as XML carry their text between tags.</summary>
    [GeneratedRegex(@"<[^<>\n]{1,200}>", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Markup();

    [GeneratedRegex(@"https?://\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Link();
}
