using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The notes tell the operator to empty a database as a step of the upgrade: "7. Drop the Icinga DB MySQL database and
/// recreate it using the provided schema", "Delete the search index and recreate it", "you must drop the analytics schema
/// and re-create it from schema.sql". That is one step of the procedure, in its order: after the snapshot and before the
/// new version starts (it starts on the new, empty schema), never a contract step run after the rollout, and its way back
/// is the snapshot with the previous version. What the release itself does ("this version drops and recreates the cache
/// table") is the new version's own deletion (<see cref="Kinds.SelfDeletion"/>).
/// </summary>
/// <param name="What">What is dropped and recreated, in the notes' words ("the Icinga DB MySQL database").</param>
/// <param name="How">How the notes recreate it ("using the provided schema"), or empty.</param>
/// <param name="Line">The item's line in the notes (1 for the first).</param>
/// <param name="Step">The number of the notes' step it is, when the notes number their procedure.</param>
internal sealed partial record OperatorRecreate(string What, string How, int Line, int? Step)
{
    /// <summary>The drops and recreations the notes ask of the operator, in the notes' order.</summary>
    public static IReadOnlyList<OperatorRecreate> Of(ReleaseAnalysis analysis, string notes)
    {
        var lines = NotesLines.Of(notes);
        var found = new List<OperatorRecreate>();
        foreach (var item in analysis.Items.Where(Says))
        {
            var match = Asked().Match(item.Text);
            var line = OperatorActions.LineOf(notes, item.Text) ?? 1;
            var step = line <= lines.Length ? StatedSequence.StepAt(lines, line - 1) : null;
            found.Add(new OperatorRecreate(match.Groups["what"].Value.Trim(), match.Groups["how"].Value.Trim().TrimEnd('.'), line, step));
        }

        return found;
    }

    /// <summary>The item tells the operator to drop something and recreate it.</summary>
    public static bool Says(ReleaseItem item) => Asked().IsMatch(item.Text);

    /// <summary>The text says in passing that something has to be deleted and recreated ("which is why they have to be deleted and recreated"): what the step does.</summary>
    public static bool Mentions(string text) => Passive().IsMatch(text);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    private const string Stored = @"(?:database|db|schema|keyspace|index|indices|indexes|tables?|collections?|bucket)";

    /// <summary>
    /// "Drop the X database and recreate it (using the provided schema)", "Delete the X index, then re-create it", "You must
    /// drop the X schema and recreate it from schema.sql", "Recreate the X database from the provided schema".
    /// </summary>
    [GeneratedRegex(@"^\W*(?:\d+[.)]\s*)?(?:step\s+\d+\s*[:.)]?\s*)?(?:please\s+|then\s+|now\s+|you\s+(?:must|need\s+to|have\s+to|should|will\s+need\s+to)\s+)?(?:drop|delete|remove|wipe)\s+(?<what>(?:the\s+|your\s+|its\s+)?[^.;]{0,60}?\b" + Stored + @")\s*(?:,\s*)?(?:and|then|and\s+then)\s+(?:re-?create|re-?initiali[sz]e|re-?build|re-?import)\s+(?:it|them)\b(?<how>[^.;]{0,100})
        | ^\W*(?:\d+[.)]\s*)?(?:please\s+|then\s+|you\s+(?:must|need\s+to|have\s+to|should)\s+)?re-?create\s+(?<what>(?:the\s+|your\s+)[^.;]{0,60}?\b" + Stored + @")\s+(?<how>(?:from|using|with)\b[^.;]{0,100})", Options, MatchBudget.Milliseconds)]
    private static partial Regex Asked();

    [GeneratedRegex(@"\b(?:deleted|dropped|removed|wiped)\s+and\s+re-?created\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Passive();
}
