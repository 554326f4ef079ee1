using System.Text.RegularExpressions;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Kinds;

/// <summary>What kind of public thing each removed name is (an endpoint, a flag, a setting, code, a feature flag): its consumers, and how to see that none is left, differ.</summary>
internal sealed partial record DestructiveParts
{
    /// <summary>The item calls the name a feature flag ("flag new_checkout", "the new_checkout feature flag"), not a command-line one.</summary>
    /// <param name="explicitly">Only where the item says "feature flag" or "feature toggle" ("remove feature flag NEW_CHECKOUT").</param>
    private static bool FeatureFlag(string item, string name, bool explicitly = false)
    {
        var flag = explicitly ? @"feature[\s-]?(?:flags?|toggles?)" : @"(?:feature[\s-]?)?flags?";
        // "-promql-enable-feature" (Go's single dash) is a command-line flag as much as "--debug" is.
        return !name.StartsWith('-') && Called(item, name, before: flag, after: flag);
    }

    /// <summary>The item puts a kind noun right before the name ("flag new_checkout") or right after it ("`tag_args` option").</summary>
    /// <param name="before">The pattern of the noun that may stand before the name.</param>
    /// <param name="after">The pattern of the noun that may stand after it.</param>
    private static bool Called(string item, string name, string before, string after) =>
        Regex.IsMatch(item, $@"\b{before}\s+[`""']?{Regex.Escape(name)}(?![\w.-])|(?<![\w.-]){Regex.Escape(name)}[`""']?\s+{after}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout);

    /// <summary>
    /// The removal worded as <paramref name="worded"/>, one entry per kind of name it holds; a removal that names nothing
    /// (or only names of one kind) stays one entry, worded as given.
    /// </summary>
    /// <param name="labels">Mode labels the item renames (<see cref="NamedInPassing.IsLabel"/>): settings' values.</param>
    private static IReadOnlyList<PublicRemoval> Group(string? worded, IReadOnlyList<string> names, string item, IReadOnlyCollection<string>? labels = null)
    {
        if (worded is null)
        {
            return [];
        }

        var kinds = names.GroupBy(name => labels?.Contains(name) == true ? PublicKind.Setting : KindOf(name, item)).ToArray();
        return kinds.Length > 1
            ? [.. kinds.Select(kind => new PublicRemoval(Wording.Code([.. kind]), kind.Key))]
            : [new PublicRemoval(worded, kinds.Length == 1 ? kinds[0].Key : PublicKind.Endpoint)];
    }

    /// <summary>
    /// Settings and flags are not called by clients: what shows they are unused is the config that still sets them. A
    /// SETTING_NAME called a flag ("ENABLE_PPROF flag removed") is an environment setting, not one of the flag service's.
    /// </summary>
    private static PublicKind KindOf(string name, string item) =>
        MetricSeries.Is(name, item) ? PublicKind.Metric
        : FeatureFlag(item, name, explicitly: true) ? PublicKind.FeatureFlag
        : CodeNames.Is(name, item, holdsData: false) ? (TypeChange().IsMatch(item) && !Dropping().IsMatch(item) ? PublicKind.Retyped : PublicKind.Code)
        : NotesFacts.IsSettingName(name) || DottedKey().IsMatch(name) || CalledAnOption(item, name) || SettingIt().IsMatch(item) ? PublicKind.Setting
        : FeatureFlag(item, name) ? PublicKind.FeatureFlag
        : name.StartsWith('-') ? PublicKind.Flag
        : CodeKindWord().IsMatch(name) ? PublicKind.Code
        : PublicKind.Endpoint;

    /// <summary>"`$RequireTLS` has been removed, and setting it logs a warning": what one sets is a setting, whatever its sigil.</summary>
    [GeneratedRegex(@"\b(?:removed|dropped|gone)\b[^.;\n]{0,40}?\b(?:setting|configuring)\s+it\b|\bif\s+you\s+(?:still\s+)?set\s+it\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex SettingIt();

    /// <summary>The item's own words call the name a piece of code: "Customer.add_card method", "djstripe.webhooks module", "the `retry` argument".</summary>
    [GeneratedRegex(@"\b(?:methods?|functions?|modules?|class(?:es)?|attributes?|propert(?:y|ies)|decorators?|mixins?|helpers?|arguments?|parameters?|kwargs?|fields?\s+on\s+\w+)[""'`]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex CodeKindWord();

    /// <summary>An endpoint or URL path, a command-line flag, an environment-style setting or a piece of code: the rollout removes it, not a migration.</summary>
    /// <remarks>A metric series is read by dashboards and alerts, not stored by the service (<see cref="MetricSeries"/>).</remarks>
    private static bool IsPublic(string name, string item) =>
        MetricSeries.Is(name, item) || name.StartsWith('/') || name.StartsWith("--", StringComparison.Ordinal) || NotesFacts.IsSettingName(name) || CodeNames.Is(name, item, holdsData: true);
}
