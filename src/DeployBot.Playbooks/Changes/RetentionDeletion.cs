using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The release starts deleting stored history by retention: "History … is deleted at `EVENT_RETENTION_DAYS` on the next
/// maintenance run", "Enable and configure 30 day default retention period for span data", "events older than 90 days
/// are now purged". Nothing is applied for it; the value it deletes by is confirmed (or raised) before the upgrade, what
/// must be kept is exported first, and no rollback brings deleted history back.
/// </summary>
/// <param name="Stated">The item's sentence that says so, quoted in the plan.</param>
/// <param name="Key">The setting the retention is read from (<c>EVENT_RETENTION_DAYS</c>), or null when the notes name none.</param>
/// <param name="Duration">The period the notes give ("30 day"), or null.</param>
internal sealed partial record RetentionDeletion(string Stated, string? Key, string? Duration)
{
    /// <summary>The first item, not a fix, that starts retention deleting; null when none does.</summary>
    /// <remarks>
    /// A setting or function added to configure retention ("Add `set_trace_retention_period(INTERVAL)` to set trace
    /// retention") deletes nothing by being deployed, nor does a fix of how retention counts; only deletion the new
    /// version does by itself counts.
    /// </remarks>
    public static RetentionDeletion? Read(ReleaseAnalysis analysis)
    {
        foreach (var item in analysis.Items.Where(item => !item.Fix))
        {
            var text = item.Text;
            var shortened = Shortened(text);
            if (!(Retention().IsMatch(text) && Deletes().IsMatch(text)) && !DefaultRetention().IsMatch(text) && !OlderThanDeleted().IsMatch(text) && shortened is null)
            {
                continue;
            }

            var key = ReleaseAnalyzer.ConfigSettingNames(text).FirstOrDefault(name => RetentionKey().IsMatch(name));
            var duration = shortened?.New ?? (Period().Match(text) is { Success: true } period ? period.Value : null);
            var stated = NotesLines.Sentences(text).FirstOrDefault(sentence => Deletes().IsMatch(sentence) || DefaultRetention().IsMatch(sentence) || OlderThanDeleted().IsMatch(sentence) || Shortened(sentence) is not null) ?? text;
            return new(stated, key, duration) { Previous = shortened?.Old };
        }

        return null;
    }

    /// <summary>The period the retention had before a release that shortens its default ("reduced from 30 to 14 days": "30 days"), or null.</summary>
    public string? Previous { get; init; }

    /// <summary>
    /// A default that deletes or expires data sooner: "the default retention has been reduced from 30 to 14 days" (only when
    /// the new period is shorter), "the default TTL is now 7 days". The new and, when stated, the previous period.
    /// </summary>
    private static (string New, string? Old)? Shortened(string text)
    {
        if (FromTo().Match(text) is { Success: true } change)
        {
            var unit = change.Groups["unit"].Value;
            return int.Parse(change.Groups["new"].Value, System.Globalization.CultureInfo.InvariantCulture) < int.Parse(change.Groups["old"].Value, System.Globalization.CultureInfo.InvariantCulture)
                ? ($"{change.Groups["new"].Value} {unit}", $"{change.Groups["old"].Value} {unit}")
                : null;
        }

        return DefaultIsNow().Match(text) is { Success: true } now ? (now.Groups["period"].Value, null) : null;
    }

    /// <summary>"retention … reduced from 30 to 14 days", "the default TTL was lowered from 24 to 6 hours".</summary>
    [GeneratedRegex(@"\b(?:retention|TTL|time[\s-]to[\s-]live|expir\w*|max(?:imum)?[\s_-]?age|purge\s+(?:after|interval|period))\b[^.\n]{0,60}?\b(?:reduced|shortened|lowered|decreased|cut|changed)\s+from\s+(?<old>\d{1,4})\s*(?:days?|hours?|weeks?|months?|years?|minutes?)?\s+to\s+(?<new>\d{1,4})\s*(?<unit>days?|hours?|weeks?|months?|years?|minutes?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex FromTo();

    /// <summary>"the default retention is now 14 days", "default TTL … now defaults to 7 days".</summary>
    [GeneratedRegex(@"\bdefault\b[^.\n]{0,30}?\b(?:retention|TTL|time[\s-]to[\s-]live|expiry|expiration|max(?:imum)?[\s_-]?age)\b[^.\n]{0,40}?\b(?:is\s+now|now\s+defaults?\s+to|(?:has\s+been|was)\s+(?:reduced|shortened|lowered|changed)\s+to)\s+(?<period>\d{1,4}\s*(?:days?|hours?|weeks?|months?|minutes?))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex DefaultIsNow();

    /// <summary>"the retention `EVENT_RETENTION_DAYS` sets", "the 30 day default retention", "the retention the notes give".</summary>
    public string Value => Key is not null ? $"the retention `{Key}` sets" : Duration is not null ? $"the {Duration} retention" : "the retention";

    [GeneratedRegex(@"retention|\bretain(?:ed|s)?\b|\bTTL\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Retention();

    /// <summary>Deletion done, not offered: "is deleted", "are purged", "now deletes", "will be removed"; not "a function to delete".</summary>
    [GeneratedRegex(@"\b(?:is|are|will\s+be|get|gets|being)\s+(?:now\s+|automatically\s+|permanently\s+)?(?:deleted|purged|removed|dropped|expired|pruned|truncated)\b|\b(?:now|automatically|will)\s+(?:also\s+)?(?:deletes?|purges?|removes?|drops?|prunes?|expires?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Deletes();

    /// <summary>"Enable and configure 30 day default retention period", "a default retention policy of 7 days is now applied".</summary>
    [GeneratedRegex(@"\b(?:enabl\w*|introduc\w*|turn\w*\s+on|appl\w*)\b[^.\n]{0,40}\bdefault\s+retention\b|\bdefault\s+retention\s+(?:period|policy)\b[^.\n]{0,40}\b(?:is\s+now|now|enabled|applied)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex DefaultRetention();

    /// <summary>"events older than 90 days are now purged".</summary>
    [GeneratedRegex(@"\bolder\s+than\b[^.\n]{0,40}?\b(?:is|are|will\s+be|get|gets)\s+(?:now\s+|automatically\s+)?(?:deleted|purged|removed|dropped|expired|pruned)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex OlderThanDeleted();

    [GeneratedRegex(@"RETENTION|TTL|MAX_?AGE|_DAYS\b|KEEP|EXPIR", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex RetentionKey();

    [GeneratedRegex(@"\b\d{1,4}[\s-]?(?:days?|hours?|weeks?|months?|years?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Period();
}
