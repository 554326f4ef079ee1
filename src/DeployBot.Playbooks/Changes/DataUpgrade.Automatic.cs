using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

internal sealed partial record DataUpgrade
{
    /// <summary>
    /// The new version converts data that is already stored by itself, as it is upgraded or first starts: "An existing
    /// 'Factor purchase …' was automatically migrated to a product specific QU conversion", "the database will be
    /// automatically converted to the new format", "Reports will be automatically converted to custom scripts on upgrade",
    /// "(migrated automatically on first start)". That conversion runs once, on the live data, with no command of its own:
    /// the snapshot comes right before the new version first starts, and the previous version is not known to read the
    /// converted data. Not what the software now does to its input ("date formats are now automatically converted to the
    /// right format"), nor nodes or accounts a hosted service already moved ("users of the cloud have already been
    /// automatically migrated"): the sentence must name stored data, existing things, or the upgrade or first start.
    /// </summary>
    public static bool MigratesAutomatically(string sentence) =>
        AutomaticConversion().Match(sentence) is { Success: true } match
        && (StoredSubject().IsMatch(sentence[..match.Index]) || OnUpgrade().IsMatch(sentence));

    /// <summary>
    /// The list item of <paramref name="sentence"/> that says the data is converted automatically, or null: a list with no full
    /// stops reads as one sentence ("- Quantity unit conversions now … - The product option … was removed - An existing … was
    /// automatically migrated …"), and only its own item is what the upgrade does to the data.
    /// </summary>
    private static string? AutomaticItem(string sentence) =>
        MigratesAutomatically(sentence)
            ? ListItem().Split(sentence).Select(item => ListMarker().Replace(item, string.Empty).Trim()).FirstOrDefault(MigratesAutomatically)
            : null;

    [GeneratedRegex(@"\s(?=[-*+]\s)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\s*[-*+]\s+", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\b(?:automatically\s+(?:be\s+)?(?:migrated|converted|transformed)|(?:migrated|converted)\s+automatically)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex AutomaticConversion();

    /// <summary>"An existing …", "the database", "your data", "stored …": what the conversion rewrites is already stored.</summary>
    [GeneratedRegex(@"\b(?:existing|database|data|stored|your\s+(?:settings|records|entries|configuration))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex StoredSubject();

    /// <summary>"on upgrade", "on first start", "the first time you start", "during the upgrade", "when you upgrade".</summary>
    [GeneratedRegex(@"\b(?:on|during|after)\s+(?:the\s+)?(?:first\s+)?(?:upgrade|update|start(?:up)?|boot|launch)\b|\bthe\s+first\s+time\b|\bwhen\s+you\s+(?:upgrade|update|first\s+start)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex OnUpgrade();
}
