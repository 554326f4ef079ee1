using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The new version's own upgrade rewrites or deletes stored data: a "Data upgrades" section, "the upgrade step deletes
/// (cleans up, removes, converts) …", "now stores 'default' instead of NULL". That is a data migration the release ships,
/// run with the project's database upgrade: a snapshot comes right before it, the release deploys a new version (never a
/// settings-only restart), and the way back from what it deleted or rewrote is that snapshot.
/// </summary>
/// <param name="Sentences">The sentences of the notes that say what the upgrade does to the data, in their order.</param>
/// <param name="Deletes">One of them deletes stored data (not only rewrites it).</param>
internal sealed partial record DataUpgrade(IReadOnlyList<string> Sentences, bool Deletes)
{
    /// <summary>The data upgrade the notes describe, or null when their upgrade changes no stored data.</summary>
    public static DataUpgrade? Read(string notes)
    {
        var sentences = new List<string>();
        // Paragraph by paragraph (a heading ends one), each on one line, then sentence by sentence.
        var all = Paragraph().Split(HeadingLine().Replace(notes.Replace("\r", string.Empty, StringComparison.Ordinal), "\n\n"))
            .SelectMany(paragraph => Core.Text.Sentences.Of(Space().Replace(paragraph, " "))).ToArray();
        for (var i = 0; i < all.Length; i++)
        {
            if (Negated().IsMatch(all[i]))
            {
                continue;
            }

            if (UpgradeStepChanges().IsMatch(all[i]) || RewritesEverything().IsMatch(all[i]) || (DuringUpgrade().IsMatch(all[i]) && !Optional().IsMatch(all[i])) || StoresInsteadOfNull().IsMatch(all[i]))
            {
                sentences.Add(all[i]);
            }
            else if (AutomaticItem(all[i]) is { } automatic)
            {
                sentences.Add(automatic);
            }
            else if (WasStoredAsNull().IsMatch(all[i]) && i + 1 < all.Length && NowStores().IsMatch(all[i + 1]))
            {
                // "… was stored … as NULL. … RT now stores the string 'default' …": the two say what is rewritten, together.
                sentences.Add($"{all[i]} {all[i + 1]}");
                i++;
            }
        }

        var headed = NotesLines.Of(notes).Any(line => DataHeading().IsMatch(line));
        if (sentences.Count == 0 && !headed)
        {
            return null;
        }

        if (sentences.Count == 0)
        {
            // A "Data upgrades" section that names no sentence above: its first sentence says what it changes.
            var section = Section(notes);
            if (section is null)
            {
                return null;
            }

            sentences.Add(section);
        }

        return new DataUpgrade(sentences, sentences.Any(sentence => DeleteWord().IsMatch(sentence))) { RewritesAll = sentences.FirstOrDefault(sentence => RewritesEverything().IsMatch(sentence)) ?? sentences.FirstOrDefault(MigratesAutomatically) };
    }

    /// <summary>
    /// The sentence that says the new version rewrites all of some stored data as it starts ("this version rebuilds all
    /// content items, assets and asset folders", "all indexes will be rebuilt") or converts the existing data by itself on
    /// upgrade ("An existing … was automatically migrated to …", <see cref="MigratesAutomatically"/>), or null: one writer only, so the old
    /// version is stopped first and the rewrite is timed on a staging copy.
    /// </summary>
    public string? RewritesAll { get; init; }

    /// <summary>The first sentence under a "Data upgrades" heading, or null when the section is empty.</summary>
    private static string? Section(string notes)
    {
        var lines = NotesLines.Of(notes);
        var start = Array.FindIndex(lines, line => DataHeading().IsMatch(line));
        var body = string.Join(' ', lines.Skip(start + 1).TakeWhile(line => !Heading().IsMatch(line)).Select(line => line.Trim())).Trim();
        return Core.Text.Sentences.Of(body).FirstOrDefault();
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>"=head2 Data upgrades", "## Data migration", "### Database upgrades:": the whole heading, not "Database migration support removed".</summary>
    [GeneratedRegex(@"^\s*(?:=head\d\s+|\#{1,6}\s+)(?:data|database)\s+(?:upgrades?|migrations?)\s*:?\s*$", Options, MatchBudget.Milliseconds)]
    private static partial Regex DataHeading();

    [GeneratedRegex(@"^\s*(?:=head\d\s|\#{1,6}\s)", Options, MatchBudget.Milliseconds)]
    private static partial Regex Heading();

    /// <summary>
    /// "the 4.0.9 upgrade step deletes …", "We … clean up the disabled groups during the upgrade step", "the database upgrade
    /// removes …", "is rewritten/converted when you upgrade": the project's own upgrade changes stored rows.
    /// </summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?:[\d.]+\s+)?(?:database\s+|db\s+|schema\s+)?upgrade(?:\s+step|\s+script|\s+process)?\s+(?:now\s+|also\s+|then\s+)?(?:deletes|removes|drops|purges|cleans\s+up|rewrites|converts|migrates|updates|changes|moves)\b
        | \b(?:is|are|will\s+be|gets?)\s+(?:now\s+)?(?:deleted|removed|cleaned\s+up|rewritten|converted|purged|dropped)\s+(?:during|by|in|as\s+part\s+of)\s+the\s+(?:[\d.]+\s+)?(?:database\s+)?upgrade\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex UpgradeStepChanges();

    /// <summary>
    /// "this version rebuilds all content items …", "the new version re-indexes every document", "the upgrade migrates all
    /// existing events to the new format", "all search indexes will be rebuilt", "existing assets are re-indexed on startup".
    /// </summary>
    [GeneratedRegex(@"\b(?:this\s+(?:version|release|update|upgrade)|the\s+(?:new\s+version|upgrade|update|migration|first\s+start)|it|upgrading|updating)\s+(?:will\s+|now\s+|then\s+|automatically\s+)*(?:rebuilds?|rebuilding|re-?index(?:es|ing)?|re-?writes?|re-?creates?|re-?generates?|re-?computes?|converts?|migrates?)\s+(?:all|every|each|the\s+entire|your\s+entire|all\s+of\s+(?:the|your))\b
        | \b(?:all|every)\s+(?:the\s+|your\s+|existing\s+|of\s+the\s+|of\s+your\s+)*[\w\s,-]{1,60}?\s+(?:will\s+be|are|is|get|gets)\s+(?:now\s+)?(?:automatically\s+)?(?:rebuilt|re-?indexed|rewritten|re-?created|re-?generated|re-?computed)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex RewritesEverything();

    /// <summary>"We catch and clean up the disabled groups during the 4.0.9 upgrade step": the release's own upgrade deletes or rewrites.</summary>
    [GeneratedRegex(@"\b(?:delete|deletes|remove|removes|clean\s+up|cleans\s+up|rewrite|rewrites|convert|converts|purge|purges|drop|drops)\b[^.;]{0,120}?\b(?:during|in|as\s+part\s+of|with)\s+the\s+(?:[\d.]+\s+)?(?:database\s+)?upgrade(?:\s+step|\s+script|\s+process)?\b(?!\s+(?:window|guide|notes|docs?|documentation)\b)", Options, MatchBudget.Milliseconds)]
    private static partial Regex DuringUpgrade();

    /// <summary>"You can remove … during the upgrade", "may drop": the operator's choice, not what the upgrade does.</summary>
    [GeneratedRegex(@"\b(?:you|your|can|could|may|might|should|optionally)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Optional();

    [GeneratedRegex(@"^\s*(?:=head\d|=over|=back|=item|\#{1,6})\s.*$|^\s*(?:={3,}|-{3,})\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"\n\s*\n", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Paragraph();

    /// <summary>"RT now stores the string 'default' …" after "was stored … as NULL"; "now stores an empty string instead of NULL".</summary>
    [GeneratedRegex(@"\bnow\s+(?:stores?|writes?|saves?|sets?)\b[^.;]{0,120}?\binstead\s+of\s+(?:a\s+)?null\b
        | \bnulls?\b[^.;]{0,80}?\b(?:are|is|will\s+be)\s+(?:now\s+)?(?:replaced|rewritten|converted|backfilled)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex StoresInsteadOfNull();

    /// <summary>"the default was stored in Queues.Lifecycle as NULL" (when the notes go on: "… now stores 'default'").</summary>
    [GeneratedRegex(@"\b(?:was|were|used\s+to\s+be)\s+stored\b(?:[^.;]|\.(?=\S)){0,80}?\bas\s+NULL\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex WasStoredAsNull();

    [GeneratedRegex(@"\bnow\s+(?:stores?|writes?|saves?)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex NowStores();

    [GeneratedRegex(@"\b(?:delet\w*|remov\w*|clean\w*\s+up|purg\w*|drop\w*)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex DeleteWord();

    [GeneratedRegex(@"\b(?:not|never|no\s+longer|doesn't|don't|won't)\s+(?:\w+\s+){0,2}?(?:delete|remove|clean|rewrite|convert|purge|drop|store|deleted|removed|rewritten|converted|touch\w*|change\w*|modif\w*)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Negated();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Space();
}
