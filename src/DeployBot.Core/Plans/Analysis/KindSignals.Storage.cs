using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// A change of the format the release stores its data in: what an older version wrote must be converted, deleted or
/// can no longer be read, which plan-format.md counts as a data-store change and so a migration.
/// </summary>
internal static partial class KindSignals
{
    /// <summary>
    /// The stored data's format changes ("Breaking on-disk format enhancement", "the bloom block format changed", "this
    /// version uses a different file format; the database will be automatically converted to the new format", "breaks
    /// backward compatibility with old binary or JSON files"). A new export, file or payload format ("a different file
    /// format (xlsx instead of csv)", "an incompatible data format" of webhooks) is not stored data and is not one.
    /// </summary>
    [GeneratedRegex("""
        \b(?:breaking|incompatible|different)\s+(?:on-disk|storage|index|block|binary)\s+format\b
        | \b(?:on-disk|storage|index|block|binary)\s+format\s+(?:has\s+|was\s+)?changed\b
        | \b(?:database|data|files?|store)\b[^.;\n]{0,40}?\bconverted\s+to\s+the\s+new\s+format\b
        | \bbreaks?\s+backwards?\s+compatibility\s+with\s+(?:old|existing|previous)\b[^.;\n]{0,40}?\bfiles?\b
        """, Options, TimeoutMs)]
    internal static partial Regex StorageFormatChange();

    /// <summary>
    /// A large migration the release runs (a data migration, a background migration, a cut-over), named outside the fixes:
    /// under "Bug Fixes" ("Very slow data migration", "A new database migration step updates the fingerprints") the
    /// migration is the bug being fixed or a small repair, not a migration the operator plans for.
    /// </summary>
    public static bool AnnouncesLargeMigration(IEnumerable<NoteItem> items, IEnumerable<string> headings) =>
        headings.Any(heading => RiskPatterns.LargeMigration().IsMatch(heading))
        || items.Any(item => !(item.Section is { } section && IsFixSection(section)) && (RiskPatterns.LargeMigration().IsMatch(item.Text) || TimedRewrite().IsMatch(item.Text)));
}
