using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The notes say the new version cannot be upgraded in place: "There is no in-place upgrade. v5 runs on its own PostgreSQL
/// cluster and ingests v4 data via an offline, one-shot migrator", "In-place upgrades from 2.x are not supported: 3.0 needs
/// a fresh database; import your data once with the bundled migration tool". The new version is a new installation with
/// its own database beside the old one, which is never upgraded or migrated; the old one's data reaches it through a
/// one-shot migration run with the old one's writes stopped (a downtime), the migration is rehearsed on a copy of
/// production first, users are switched once the new one is verified, and the old one, untouched, is the way back.
/// </summary>
/// <param name="Sentence">The sentence of the notes that says so.</param>
/// <param name="Line">Its line in the notes (1 for the first).</param>
/// <param name="Old">The running version as the notes name it ("v4"), or null.</param>
/// <param name="New">The new version as the notes name it ("v5"), or null.</param>
/// <param name="Rehearsal">The address the notes give for rehearsing the migration, or null.</param>
internal sealed partial record NoInPlaceUpgrade(string Sentence, int Line, string? Old, string? New, string? Rehearsal)
{
    public static NoInPlaceUpgrade? Read(string notes)
    {
        var lines = NotesLines.Of(notes);
        for (var i = 0; i < lines.Length; i++)
        {
            if (NoInPlace().Match(lines[i]) is not { Success: true } said)
            {
                continue;
            }

            // The new version stands on its own database, or takes the old data through a migration of its own.
            var around = string.Join('\n', lines.Skip(Math.Max(0, i - 2)).Take(8));
            if (!OwnStore().IsMatch(around) && !Migrator().IsMatch(around))
            {
                return null;
            }

            var sentence = Core.Text.Sentences.Of(lines[i]).FirstOrDefault(s => NoInPlace().IsMatch(s)) ?? said.Value;
            var @new = NewRuns().Match(around) is { Success: true } runs ? runs.Groups["name"].Value : null;
            var old = OldData().Match(around) is { Success: true } data ? data.Groups["name"].Value : null;
            var rehearsal = RehearsalLink().Match(notes) is { Success: true } link ? link.Groups["url"].Value : null;
            return new NoInPlaceUpgrade(sentence.Trim(), i + 1, old, @new, rehearsal);
        }

        return null;
    }

    /// <summary>The old installation as the plan calls it: "the v4 installation", or "the current installation".</summary>
    public string OldName => Old is { } old ? $"the {old} installation" : "the current installation";

    /// <summary>The new installation as the plan calls it: "the v5 installation", or "the new installation".</summary>
    public string NewName => New is { } name ? $"the {name} installation" : "the new installation";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>"There is no in-place upgrade", "in-place upgrades are not supported", "cannot be upgraded in place".</summary>
    [GeneratedRegex(@"\bthere\s+is\s+no\s+(?:supported\s+)?in[\s-]place\s+(?:upgrade|update|migration)s?\b
        | \bin[\s-]place\s+(?:upgrades?|updates?|migrations?)(?:\s+from\s+v?\d[\w.]*|\s+from\s+(?:older|earlier|previous)\s+versions?)?\s+(?:is|are)\s+not\s+(?:supported|possible|available)\b
        | \b(?:cannot|can'?t|can\s+not)\s+be\s+(?:upgraded|updated|migrated)\s+in[\s-]place\b
        | \bno\s+in[\s-]place\s+(?:upgrade|update|migration)\s+(?:path|is\s+(?:supported|possible))\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex NoInPlace();

    /// <summary>"runs on its own PostgreSQL cluster", "needs a fresh database", "requires a new, empty database".</summary>
    [GeneratedRegex(@"\b(?:runs?|lives?)\s+on\s+(?:its|their)\s+own\s+(?:[\w-]+\s+){0,2}?(?:cluster|database|db|instance|server|storage)\b
        | \b(?:needs?|requires?|uses?)\s+(?:a\s+)?(?:fresh|new|separate|empty|clean)(?:,?\s+(?:empty|new|separate|clean))?\s+(?:[\w-]+\s+)?(?:cluster|database|db|instance|installation|deployment)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex OwnStore();

    /// <summary>"ingests v4 data via an offline, one-shot migrator", "import your data once with the migration tool".</summary>
    [GeneratedRegex(@"\bone[\s-]shot\s+(?:migrator|migration|import)\b | \b(?:migrator|migration\s+tool|import\s+tool|export[\s/-]import\s+tool)\b | \b(?:ingests?|imports?)\s+(?:the\s+|your\s+)?(?:v?\d[\w.]*\s+|old\s+|existing\s+)?data\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Migrator();

    /// <summary>"v5 runs on its own …": the new version's name.</summary>
    [GeneratedRegex(@"(?<name>\bv?\d+(?:\.[\dx]+)*)\s+(?:runs?|lives?|needs?|requires?)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex NewRuns();

    /// <summary>"ingests v4 data", "your 2.x data": the old version's name.</summary>
    [GeneratedRegex(@"(?<name>\bv?\d+(?:\.[\dx]+)*)\s+data\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex OldData();

    /// <summary>A link whose text is about rehearsing or dry-running the migration: "[Rehearsing the v4 migration](https://…)".</summary>
    [GeneratedRegex(@"\[[^\]\n]*\b(?:rehears\w*|dry[\s-]?run\w*|test(?:ing)?\s+the\s+migration)\b[^\]\n]*\]\((?<url>https?://[^)\s]+)\)", Options, MatchBudget.Milliseconds)]
    private static partial Regex RehearsalLink();
}
