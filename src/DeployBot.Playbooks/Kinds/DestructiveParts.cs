using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// What one destructive item does, split by the kind of thing it names: <see cref="Stored"/> data (tables, columns,
/// indexes: a contract step), <see cref="Public"/> things (URL paths, <c>--flags</c>, SETTING_NAMES: removed by the
/// rollout) and, for a rename, the <see cref="Renamed"/> new name (it must exist before the rollout). Each is already
/// worded as code ("\"users.password_md5\""), or null when the item names none of that kind.
/// </summary>
internal sealed partial record DestructiveParts(string? Stored, string? Public, string? Renamed)
{
    /// <param name="item">A destructive item.</param>
    /// <param name="notes">The notes it comes from, to point at its line when it names nothing.</param>
    public static DestructiveParts Of(ReleaseItem item, string notes)
    {
        if (!item.DestroysData)
        {
            return new DestructiveParts(null, SchemaPlaybook.Objects(item, notes), null);
        }

        var all = NotesFacts.NamesIn(item.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var files = all.Where(NotesFacts.IsFilePath).ToArray();
        // "db/migrate/2026_drop.rb" also reads as the URL path "/migrate/2026_drop.rb": a piece of a file path is not a name.
        var names = all.Where(name => !NotesFacts.IsFilePath(name) && !FileLike().IsMatch(name)
            && !files.Any(file => file.Length > name.Length && file.Contains(name.TrimEnd(':', '.', ','), StringComparison.OrdinalIgnoreCase))).ToArray();
        var renamedTo = RenameTarget().Match(item.Text) is { Success: true } rename ? rename.Groups["new"].Value.Trim('`', '"', '\'') : null;
        var stored = names.Where(name => !IsPublic(name) && !name.Equals(renamedTo, StringComparison.OrdinalIgnoreCase)).Take(3).ToArray();
        var removed = names.Where(IsPublic).Take(3).ToArray();
        return new DestructiveParts(
            stored.Length > 0 ? Wording.Code(stored) : removed.Length > 0 ? null : SchemaPlaybook.Objects(item, notes),
            removed.Length > 0 ? Wording.Code(removed) : null,
            renamedTo is { Length: > 0 } && stored.Length > 0 ? Wording.Code([renamedTo]) : null);
    }

    /// <summary>One line per part the item has: <paramref name="stored"/> for its data, <paramref name="removed"/> for its public things.</summary>
    public IEnumerable<string> Lines(Func<string, string> stored, Func<string, string> removed)
    {
        if (Stored is { } data)
        {
            yield return stored(data);
        }

        if (Public is { } thing)
        {
            yield return removed(thing);
        }
    }

    /// <summary>An endpoint or URL path, a command-line flag or an environment-style setting: the code removes it, not a migration.</summary>
    private static bool IsPublic(string name) => name.StartsWith('/') || name.StartsWith("--", StringComparison.Ordinal) || NotesFacts.IsSettingName(name);

    /// <summary>A name that ends like a file ("…/20261208_remove_avatar.rb:"), a piece of a migration's path rather than an endpoint.</summary>
    [GeneratedRegex(@"^/.*\.(?:rb|sql|py|go|js|ts|java|kt|cs|php|ex|exs|ya?ml|json|sh)\W*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex FileLike();

    /// <summary>
    /// "rename table order_items to line_items", "renamed `a.b` → `a.c`", "Rename column orders.cust_id to orders.customer_id"
    /// (a dot inside a name does not end the sentence; other languages' prepositions are too ambiguous).
    /// </summary>
    [GeneratedRegex(@"\b(?:renam\w*|umbenenn\w*|renomm\w*|renombr\w*|renome\w*)\b(?:[^.;\n]|\.(?=\w))*?(?:\bto\b|\binto\b|→|->)\s+[`""']?(?<new>[A-Za-z_][\w.]*[\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RenameTarget();
}
