using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// A deletion the new version makes itself ("Boot now drops any index Postgres left invalid", "stale sessions are
/// deleted on startup", "the upgrade automatically removes the legacy table"): nobody runs it by hand, so the plan has no
/// contract step for it. It happens when the rollout starts the new version, so the snapshot is taken right before the
/// rollout, the data owner approves it before then, and verification checks that it happened. It is still one-way.
/// </summary>
internal static partial class SelfDeletion
{
    /// <summary>The item, or the line of the notes it comes from, says the software deletes it itself at boot, at startup or on upgrade.</summary>
    public static bool Says(ReleaseItem item, string notes)
    {
        if (Itself().IsMatch(item.Text))
        {
            return true;
        }

        var lines = NotesLines.Of(notes);
        return OperatorActions.LineOf(notes, item.Text) is { } line && line >= 1 && line <= lines.Length && Itself().IsMatch(lines[line - 1]);
    }

    /// <summary>The stored names the new version deletes itself, once each, in the notes' order.</summary>
    public static IEnumerable<string> DeletedNames(PlanFacts facts) =>
        facts.PartsOfDestructive.Where(parts => parts is { ByItself: true, PutOff.Count: 0 }).Select(parts => parts.Stored).OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>
    /// Approval and the snapshot before the rollout starts the version that deletes: the deletion runs with it. When the plan
    /// already snapshots the database before its first data change (an expand or backfill beside the deletion), that one
    /// snapshot, taken before the rollout too, is the way back: a second one only leaves two ids to choose from.
    /// </summary>
    public static IEnumerable<TimedStep> Steps(PlanFacts facts) =>
        DeletedNames(facts).Select(stored => EarlySnapshot.Taken(facts)
            ? Manual(Phase.Snapshot,
                $"Before the rollout: the new version itself deletes {stored} when it starts, as the notes describe, so no one runs a contract step for it by hand: it happens as soon as the first new replica starts; get the data owner's approval for it, and check that the snapshot above was taken and its id recorded in the plan's thread (it is the only way back)",
                null, 5)
            : Manual(Phase.Snapshot,
                $"Before the rollout: the new version itself deletes {stored} when it starts, as the notes describe, so no one runs a contract step for it by hand: it happens as soon as the first new replica starts; get the data owner's approval for it, then take a snapshot right before the rollout and record its id in the plan's thread (it is the only way back)",
                facts.Paths.Snapshot, 10));

    public static IEnumerable<string> Checks(PlanFacts facts) =>
        facts.PartsOfDestructive.Where(parts => parts is { ByItself: true, PutOff.Count: 0, Stored: not null }).DistinctBy(parts => parts.Stored, StringComparer.Ordinal)
            .Select(parts => $"Destructive item ({parts.Stored}): the new version deletes it itself when it starts, as the notes describe, and what it holds is lost{Follows(facts, parts.Item)}; nothing still needs it, and the data owner approves that deletion before the rollout.");

    /// <summary>
    /// What the notes say users will notice because of the deletion, from the item right after it ("This means you will get
    /// new login location emails …"): quoted, so the approver knows what they approve; empty when the notes say nothing.
    /// </summary>
    private static string Follows(PlanFacts facts, ReleaseItem deletion)
    {
        var items = facts.Analysis.Items;
        var index = items.ToList().IndexOf(deletion);
        return index >= 0 && index + 1 < items.Count && Consequence().IsMatch(items[index + 1].Text)
            ? $" (the notes: \"{NotesQuote.Words(items[index + 1].Text, 200)}\")"
            : string.Empty;
    }

    /// <summary>"This means …", "As a result, …", "Consequently …", "Users will …": a sentence that says what follows.</summary>
    [GeneratedRegex(@"^\W*(?:this|that|it)\s+(?:also\s+)?(?:means|will\s+mean|implies)\b|^\W*as\s+a\s+(?:result|consequence)\b|^\W*consequently\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Consequence();

    public static IEnumerable<string> Verification(PlanFacts facts) =>
        DeletedNames(facts).Select(stored => $"After the rollout: the deletion the new version makes itself ({stored}) happened and finished as the notes describe (its startup logs report it, without errors, and the database shows the result), and the flows that used {Wording.It(stored)} pass their smoke tests.");

    /// <summary>The way back from a deletion the new version made: the plan's snapshot from before the rollout, not the previous version.</summary>
    public static string Rollback(PlanFacts facts, string stored) =>
        $"The deletion of {stored} that the new version makes when it starts cannot be reversed, and redeploying the previous version does not bring {Wording.It(stored)} back: the way back is restoring {Snapshot(facts)} (its id recorded in the plan's thread), losing writes made since.";

    /// <summary>
    /// Which snapshot is the way back: the one taken right before the rollout, or, when the plan already took one before its
    /// first data change (an expand step ahead of the rollout), that one, which is then the only snapshot the plan has.
    /// </summary>
    public static string Snapshot(PlanFacts facts) =>
        EarlySnapshot.Taken(facts) ? "the snapshot taken before the first data change" : "the snapshot taken right before the rollout";

    private const string Deletes = @"(?:drops|deletes|removes|purges|prunes|truncates|wipes)";
    private const string Deleted = @"(?:dropped|deleted|removed|purged|pruned|truncated|wiped)";
    private const string Start = @"(?:boot|start-?up|start|launch|upgrade|first\s+run)";

    /// <summary>
    /// "Boot now drops …", "on startup the server deletes …", "… are deleted at boot", "removes … on upgrade",
    /// "automatically drops …", "… is dropped automatically": the software is the subject, or the time is its own start.
    /// "The old table … will be dropped and a new one … will be created", "drops and recreates …": a table the new version
    /// replaces with its own new one is its own migration's work, done as it starts, since the new version needs the new table.
    /// "New collaboration feature. This removes all existing comments", "all existing drafts will be deleted": the release
    /// wipes what exists, nobody runs that by hand.
    /// </summary>
    [GeneratedRegex($@"\b(?:will\s+be|is|are|gets?|get)\s+(?:now\s+)?(?:automatically\s+)?{Deleted}\s+and\s+(?:(?:will\s+be|is|are)\s+)?(?:re-?created|rebuilt|replaced\s+(?:by|with)|a\s+new\s+(?:one|table|collection|index)\b[^.;\n]{{0,80}}?\b(?:created|added|built))\b
        | \b(?:drops?|deletes?|dropping|deleting)\s+and\s+re-?creat(?:es?|ing)\b
        | \b(?:boot|start-?up|the\s+upgrade)\s+(?:now\s+|also\s+|then\s+)?(?:automatically\s+)?{Deletes}\b
        | \b(?:at|on|during|upon)\s+(?:the\s+)?(?:next\s+|first\s+)?{Start}\b[^.;\n]{{0,60}}?\b{Deletes}\b
        | \b(?:{Deletes}|(?:is|are|will\s+be|get|gets)\s+(?:now\s+)?(?:automatically\s+)?{Deleted})\b[^.;\n]{{0,80}}?\b(?:at|on|during|upon|when\s+it)\s+(?:the\s+)?(?:next\s+|first\s+)?{Start}s?\b
        | \bautomatically\s+(?:{Deletes}|{Deleted})\b | \b{Deleted}\s+automatically\b
        | \b(?:this|it|which|upgrading|the\s+(?:upgrade|update|migration|new\s+version|release))\s+(?:will\s+)?(?:also\s+)?{Deletes}\s+all\s+(?:the\s+)?existing\b
        | \ball\s+(?:the\s+)?existing\s+[\w\s-]{{1,40}}?\s+(?:will\s+be|are|get)\s+{Deleted}\b",
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Itself();
}
