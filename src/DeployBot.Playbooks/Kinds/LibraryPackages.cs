using System.Text.RegularExpressions;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// What a library's notes move between its packages: a part moved into a new package ("Moved the SmtpSink into the new
/// nuget-package Acme.Smtp", "`Retry` is now in the separate package `acme-retry`"), and a package it discontinues
/// ("`AddWidgets` is part of the core package and the DI package is discontinued"). After the bump, a service that uses
/// the moved part without the new package fails to build, or, when the part is named only in a configuration file (a
/// logging target), silently loses it at start-up; a discontinued package left beside the new version conflicts with it.
/// </summary>
internal static partial class LibraryPackages
{
    private const int Listed = 6;

    /// <summary>"the SmtpSink → `Acme.Smtp`", each part moved and the package it moved to; empty when the notes move none.</summary>
    public static string Moved(string notes)
    {
        var moves = Move().Matches(notes).Select(match => (What: match.Groups["what"].Value.Trim('`'), Package: match.Groups["package"].Value.Trim('`').TrimEnd('.')))
            .DistinctBy(move => move.What, StringComparer.OrdinalIgnoreCase).ToArray();
        var listed = moves.Take(Listed).Select(move => $"{move.What} → `{move.Package}`");
        return string.Join("; ", listed) + (moves.Length > Listed ? $"; and {moves.Length - Listed} more in the notes" : string.Empty);
    }

    /// <summary>The notes' sentences that discontinue a package, quoted; empty when none does.</summary>
    public static string Discontinued(string notes) =>
        string.Join("; ", Discontinue().Matches(notes).Select(match => $"\"{NotesQuote.Words(match.Value.Trim().TrimStart('#', '*', '-', ' '), 100)}\"").Distinct().Take(2));

    /// <summary>"Moved (old) X (and Y) into the new nuget-package P", "X is now in the separate package P", "X has been moved to a new package P".</summary>
    [GeneratedRegex(@"\bMoved\s+(?:the\s+|old\s+)?(?<what>`?\w[\w.]*`?(?:\s+and\s+`?\w[\w.]*`?)?)\s+(?:in)?to\s+(?:a\s+|the\s+)?(?:new\s+|separate\s+)?(?:nuget-?|npm\s+|Maven\s+)?package\s+(?<package>`?[A-Za-z][\w.-]*\w`?)|(?<what>`[\w.]+`)\s+(?:is\s+now|has\s+been\s+moved|was\s+moved)\s+(?:into|in|to)\s+(?:a\s+|the\s+)?(?:new\s+|separate\s+)?package\s+(?<package>`?[A-Za-z][\w.-]*\w`?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Move();

    [GeneratedRegex(@"[^.\n]*\bpackage\s+(?:is|has\s+been|was)\s+(?:now\s+)?(?:discontinued|deprecated|no\s+longer\s+(?:published|maintained|needed))[^.\n]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Discontinue();
}
