using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Deletions an item puts off until a wait or a condition: "delete products_v2 after 48h", "order-events (v1) deleted once
/// consumers drain it", "old key scheduled for deletion … once job reports 0 rows on old key", "the static user dropped
/// after". They are follow-ups, not steps of the window the notes are deployed in. A job that "deletes … after 90 days"
/// states a rule, not a deletion put off, and is not one; nor is a deletion made in the course of an operation ("drop
/// leftover primary key when attaching after a copy"): "when attaching" says during which run of the code it happens,
/// not what the operator waits for ("when upgrading to 3.0" still puts it off to a later release). Nor is a behaviour
/// chosen over another ("Drop log instead of blocking threads when the logger is overloaded"): nothing is deleted later.
/// </summary>
internal static partial class LaterDeletions
{
    /// <summary>
    /// The notes' own words for each deletion put off, in order; none in a line tagged as a bug fix ("(Bugfix) Disable member
    /// maintenance when a not-Ready DBServer leads …", "[Fix] …", "Bugfix: …"): what a fix disables "when" something holds is
    /// the code's behaviour, never a deletion for the operator to schedule.
    /// </summary>
    public static IReadOnlyList<string> In(string item) => FixTag().IsMatch(item) ? [] :
        [.. Deferred().Matches(item).Select(match => match.Value.Trim().TrimEnd('.', ',', ';', ')').Trim()).Where(clause => clause.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// A deletion followed by a wait or a condition: a duration ("after 48h", "after 3 days"), a condition ("once consumers
    /// drain it", "when …"), a bare "after" or "later". Either the verb first ("delete X after 48h") or the thing first
    /// ("X deleted once …"), the thing starting after the previous comma, "and" or sentence. Not "after the rollout" or
    /// "after that": those are steps of this window.
    /// </summary>
    /// <summary>A line that starts with a bug-fix tag: "(Bugfix)", "[BUGFIX]", "Bugfix:", "(Fix)", "[Fixed]", after a bullet or a ticket.</summary>
    [GeneratedRegex(@"^[\s*>#+-]*(?:\[?\#?\d+\]?:?\s+)?(?:[(\[](?:bug\s?fix(?:es)?|fix(?:e[sd])?)[)\]]|bug\s?fix(?:es)?\s*:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex FixTag();

    [GeneratedRegex("""
        (?<=^|[.;,+—(]\s*|\band\s+|\s-\s)
        (?:(?!\band\b)(?:[^.;,+\n—]|\.(?=\w))){0,60}?
        (?<![\w-])(?:delete|drop|remove|disable|destroy|retire|deleted|dropped|removed|disabled|destroyed|retired|scheduled\s+for\s+deletion)\b
        (?:(?!\band\b|\binstead\s+of\b|\brather\s+than\b)(?:[^.;,+\n—(]|\.(?=\w))){0,40}?(?:\s*\([^()\n]{0,60}\))?\s+
        (?: after\s+(?:an?\s+)?~?\d+[\s-]*(?:h|hrs?|hours?|d|days?|w|wks?|weeks?|months?)\b(?:\s+(?:soak|bake|grace\s+period|wait))?
          | after\s+(?:a|one|two|three|a\s+few|several)\s+(?:days?|weeks?|months?)\b
          | (?:only\s+)?(?:once|when)\s+(?!(?!(?:upgrading|updating|moving|migrating|switching)\s+to\b|(?:no|some|any|every)thing\b)[a-z]{2,}ing\b)(?:[^.;\n]|\.(?=\w))+
          | after(?=\s*(?:$|[.;,)\n]))
          | later\b )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Deferred();
}
