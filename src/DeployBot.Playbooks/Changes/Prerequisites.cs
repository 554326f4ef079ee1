using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A command the notes give that installs what the new version reads as it starts: CustomResourceDefinitions its
/// controller watches ("Install the Gateway API CRDs with server-side apply: ```kubectl apply --server-side -f
/// …/experimental-install.yaml```"), a schema, a prerequisite. It runs before the rollout, as does any command under a
/// heading that says so ("## Before upgrading", "## Prerequisites"), unless the notes themselves put it after: "once
/// upgraded, apply …", a "Post-upgrade" heading, or a numbered list whose own upgrade step comes first.
/// </summary>
internal static partial class Prerequisites
{
    /// <summary>The command, before the rollout when it installs a prerequisite or its section is one, and the notes do not say after.</summary>
    public static NotesCommands Timed(NotesCommands command, string notes)
    {
        if (command.Before)
        {
            return command;
        }

        var lines = NotesLines.Of(notes);
        var at = Math.Clamp(command.IntroLine - 1, 0, lines.Length - 1);
        var intro = Paragraph(lines, at);
        var heading = HeadingAbove(lines, at);
        // The notes' own order wins: "after upgrading", a post-upgrade section, or a numbered step after their upgrade step.
        if (OperatorActions.SaysAfter(intro) || OperatorActions.SaysAfter(heading) || StatedSequence.ListAround(lines, at) is { Upgrade: not null })
        {
            return command;
        }

        // A schema migration the notes quote ("rails db:migrate", "make upgrade-database") creates what the new version reads, and
        // a command under a required change ("you MUST migrate to X. Create that file with: …") prepares what it starts with.
        var before = Installs().IsMatch(intro) || Definitions().IsMatch(command.Command) || Migration().IsMatch(command.Command)
            || OperatorActions.Requires(intro) || OperatorActions.SaysBefore(heading) || Section().IsMatch(heading);
        return before ? command with { Before = true } : command;
    }

    /// <summary>The command migrates the database schema ("bin/rails db:migrate", "make upgrade-database"): it runs with the new version's code.</summary>
    public static bool IsSchemaMigration(string command) => Migration().IsMatch(command);

    /// <summary>The lines of the paragraph that ends on line <paramref name="at"/> (0-based), up to four, stopping at a blank line, a heading or a fence.</summary>
    private static string Paragraph(string[] lines, int at)
    {
        var first = at;
        while (first > 0 && at - first < 3 && lines[first - 1].Trim().Length > 0 && !NotesLines.IsHeading(lines[first - 1]) && !lines[first - 1].TrimStart().StartsWith("```", StringComparison.Ordinal))
        {
            first--;
        }

        return string.Join(' ', lines[first..(at + 1)]);
    }

    /// <summary>The nearest heading above line <paramref name="at"/> (0-based), or an empty string.</summary>
    private static string HeadingAbove(string[] lines, int at)
    {
        for (var i = at; i >= 0; i--)
        {
            if (NotesLines.IsHeading(lines[i]))
            {
                // A "===" or "---" underline stands for the line above it.
                return lines[i].TrimStart().StartsWith('#') || i == 0 ? lines[i] : lines[i - 1];
            }
        }

        return string.Empty;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>"Install the Gateway API CRDs", "apply the new CustomResourceDefinitions", "load the index template", "is a prerequisite".</summary>
    [GeneratedRegex(@"\b(?:install|re-?install|apply|update|upgrade|register|load|create)\w*\s+(?:the\s+|your\s+|its\s+)?(?:new\s+|updated\s+|latest\s+)?(?:[\w./-]+\s+){0,4}?(?:CRDs?|CustomResourceDefinitions?|custom\s+resource\s+definitions?|schemas?|index\s+templates?|mappings?)\b
        | \bprerequisites?\b | \bmust\s+be\s+installed\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Installs();

    /// <summary>The command itself installs resource definitions: "kubectl apply -f …/crds.yaml", "helm upgrade … crds".</summary>
    [GeneratedRegex(@"\b(?:kubectl|oc)\s+(?:apply|create|replace)\b[^\n]*(?:\bcrds?\b|customresourcedefinitions?) | \bhelm\s+[^\n]*\bcrds?\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Definitions();

    /// <summary>A command that migrates the database schema: "rails db:migrate", "make upgrade-database", "alembic upgrade head", "php artisan migrate", "python -m manage migrate".</summary>
    [GeneratedRegex(@"\bdb:migrate\b | \bupgrade-?database\b | \balembic\s+upgrade\b | \bmanage(?:\.py)?\s+migrate\b | \bdjango-admin\s+migrate\b | \bartisan\s+migrate\b(?!:) | \bdoctrine:migrations:migrate\b | \becto\.migrate\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Migration();

    /// <summary>A section whose commands come before the upgrade: "Prerequisites", "Pre-upgrade", "Preparation".</summary>
    [GeneratedRegex(@"\bprerequisites?\b | \bpre-?(?:upgrade|update|install|deploy\w*|migration)\b | \bpreparation\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Section();
}
