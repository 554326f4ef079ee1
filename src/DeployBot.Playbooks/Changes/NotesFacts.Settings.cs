using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>The settings the release stops reading or reads differently: nothing is applied for them, or what they configure changes.</summary>
internal sealed partial record NotesFacts
{
    /// <summary>The keys the release deprecates and no longer reads (<see cref="IgnoredNow"/>), in the notes' order.</summary>
    public static IReadOnlyList<string> Ignored(ReleaseAnalysis analysis) =>
        [.. analysis.Items.SelectMany(item => ReleaseAnalyzer.ConfigSettingNames(item.Text).Where(name => IgnoredNow(item.Text, name))).Distinct(StringComparer.Ordinal).Take(6)];

    /// <summary>
    /// "POSTFIX_LOG_FILE has been deprecated and is ignored by Mailu", "The exporter no longer supports the monolithic
    /// `DATA_SOURCE_NAME` environment variable": the release no longer reads the key, so nothing is applied for it;
    /// whatever still sets it configures nothing any more.
    /// </summary>
    internal static bool IgnoredNow(string item, string key)
    {
        var at = item.IndexOf(key, StringComparison.Ordinal);
        return at >= 0 && (IgnoredAfter().IsMatch(item[(at + key.Length)..]) || IgnoredBefore().IsMatch(item[..at]));
    }

    /// <summary>"no longer supports the monolithic `", "does not read the legacy ": the words right before the key say the release stops reading it.</summary>
    [GeneratedRegex(@"\b(?:no\s+longer|(?:does|do|will)\s+not|doesn['’]t|won['’]t)\s+(?:supports?|reads?|uses?|honou?rs?|accepts?)\s+(?:the\s+|any\s+)?(?:[\w-]+\s+){0,2}[`'""]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex IgnoredBefore();

    [GeneratedRegex(@"^[`'""]?\s+(?:has\s+been|is|was|are|have\s+been)\s+(?:now\s+)?(?:deprecated\s+and\s+(?:is\s+|will\s+be\s+)?)?(?:ignored|no\s+longer\s+(?:used|read|supported|honou?red)|without\s+effect)\b(?!\s+(?:when|if|unless|while|whenever|for|in|on|by\s+default)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex IgnoredAfter();

    /// <summary>The setting-shaped names whose behaviour the release changes (<see cref="ChangesBehaviourOf"/>), in the notes' order.</summary>
    public static IReadOnlyList<string> BehaviourChanged(ReleaseAnalysis analysis) =>
        [.. analysis.Items.SelectMany(item => ReleaseAnalyzer.ConfigSettingNames(item.Text).Where(name => ChangesBehaviourOf(item.Text, name))).Distinct(StringComparer.Ordinal).Take(6)];

    /// <summary>
    /// The item changes how the release treats the name ("Change REQUEST_FILENAME and REQUEST_BASENAME behavior", "the
    /// parsing of FOO_LIST"): the name is what the code does something new with, a variable or directive, not a value the
    /// operator sets.
    /// </summary>
    internal static bool ChangesBehaviourOf(string item, string key)
    {
        var at = item.IndexOf(key, StringComparison.Ordinal);
        return BehaviourAfter().IsMatch(item[(at + key.Length)..]) || BehaviourBefore().IsMatch(item[..at]);
    }

    [GeneratedRegex(@"^[`'""]?(?:\s*(?:,|and|&|/)\s*[`'""]?[A-Z][A-Z0-9_]+[`'""]?)*\s+(?i:behaviou?rs?|handling|parsing|semantics|processing|evaluation|matching)\b", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex BehaviourAfter();

    [GeneratedRegex(@"\b(?:behaviou?r|handling|parsing|semantics|processing|evaluation)\s+of\s+(?:the\s+)?(?:[`'""]?[A-Z][A-Z0-9_]+[`'""]?\s*(?:,|and|&|/)\s*)*[`'""]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex BehaviourBefore();
}
