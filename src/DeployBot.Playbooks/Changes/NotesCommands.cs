using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A command the notes give the operator to run, verbatim: a line of a shell or SQL code block the notes introduce as
/// something to run ("follow these steps before upgrading: 1. Roll back to the last known migration: ```python manage.py
/// migrate app 0012```"), or a command in backticks right after "run" or "execute". Example code (a PHP or Python block,
/// an environment file, "for example:"), test-suite and CI commands are not operator steps.
/// </summary>
/// <param name="Command">The command exactly as the notes write it.</param>
/// <param name="Line">The line of the notes it is on (1 for the first).</param>
/// <param name="IntroLine">The line of the sentence that asks for it (the same as <paramref name="Line"/> for "run `x`").</param>
/// <param name="Step">The notes' numbered step it belongs to, counted as <see cref="StatedSequence"/> counts them, or null.</param>
/// <param name="Before">The notes put it before the upgrade: "before upgrading", or a step numbered before the notes' own upgrade step.</param>
/// <param name="ConditionLine">The line of the condition the notes give for it ("If you previously ran …"), or null when it is for every install.</param>
internal sealed partial record NotesCommands(string Command, int Line, int IntroLine, int? Step, bool Before, int? ConditionLine)
{
    /// <summary>Every command the notes give, in the notes' order.</summary>
    public static IReadOnlyList<NotesCommands> Read(string notes)
    {
        var lines = NotesLines.Of(notes);
        var found = new List<NotesCommands>();
        for (var i = 0; i < lines.Length; i++)
        {
            var text = Unquoted(lines[i]);
            if (Fence().Match(text) is { Success: true } fence)
            {
                var end = Array.FindIndex(lines, i + 1, line => Fence().IsMatch(Unquoted(line)));
                end = end < 0 ? lines.Length : end;
                if (ShellLanguage(fence.Groups["lang"].Value))
                {
                    found.AddRange(Block(lines, i, i + 1, end));
                }

                i = end;
                continue;
            }

            // An indented block: four spaces or a tab after a blank line, not a nested list item.
            if (IndentedCode(text) && i > 0 && Unquoted(lines[i - 1]).Trim().Length == 0 && !ContinuesListItem(lines, i))
            {
                // The block ends at a line indented less than its first: "    To continue to use the gem, add it:" under
                // "        acts_as_authentic do |c|" is the list item's next paragraph, not more of the block.
                var depth = Indent(Unquoted(lines[i]));
                var end = i;
                while (end < lines.Length && ((IndentedCode(Unquoted(lines[end])) && Indent(Unquoted(lines[end])) >= depth)
                    || (Unquoted(lines[end]).Trim().Length == 0 && end + 1 < lines.Length && IndentedCode(Unquoted(lines[end + 1])) && Indent(Unquoted(lines[end + 1])) >= depth)))
                {
                    end++;
                }

                found.AddRange(Block(lines, i, i, end));
                i = end - 1;
                continue;
            }

            foreach (Match run in Inline().Matches(text).Concat(Bare().Matches(text)))
            {
                // "For example, using ripgrep, run `rg X`" shows how one might check, not a step of the upgrade.
                if (!RuledOut().IsMatch(text[..run.Index]) && !Example().IsMatch(text[..run.Index]) && !Tooling().IsMatch(text) && Shape(run.Groups["cmd"].Value.Trim()) is { } command)
                {
                    found.Add(Locate(lines, command, i, i, text));
                }
            }
        }

        // "CREATE TABLE re_references (…)": SQL that creates what the new version needs is the expand migration, which names
        // it and runs before the rollout (SqlCreates), not a command run once the new version runs.
        return [.. found.Where(command => !SqlCreates.Creates(command.Command))];
    }

    /// <summary>The commands of one code block (lines <paramref name="from"/> up to <paramref name="to"/>), when the notes introduce it as something to run.</summary>
    private static IEnumerable<NotesCommands> Block(string[] lines, int start, int from, int to)
    {
        // A block that marks lines as added or removed ("# [!code ++]") shows a diff of how to call it, not commands to run.
        if (Intro(lines, start) is not { } intro || !Asks().IsMatch(intro.Text) || Example().IsMatch(intro.Text) || CodeFile().IsMatch(intro.Text) || Tooling().IsMatch(intro.Text) || Optional().IsMatch(intro.Text)
            || lines[from..to].Any(line => line.Contains("[!code", StringComparison.Ordinal)))
        {
            yield break;
        }

        for (var i = from; i < to; i++)
        {
            var line = Unquoted(lines[i]).Trim();
            // A continued line ("pg_dump \") is one command with the next.
            while (line.EndsWith('\\') && i + 1 < to)
            {
                line = line[..^1].TrimEnd() + " " + Unquoted(lines[++i]).Trim();
            }

            if (Shape(Prompt().Replace(line, string.Empty)) is { } command)
            {
                yield return Locate(lines, command, i, intro.Line, intro.Text);
            }
        }
    }

    /// <summary>Where the command stands in the notes: its numbered step, whether it comes before the upgrade, and its condition.</summary>
    private static NotesCommands Locate(string[] lines, string command, int line, int introLine, string intro)
    {
        var step = StatedSequence.StepAt(lines, introLine);
        var list = step is null ? null : StatedSequence.ListAround(lines, introLine);
        bool before;
        if (list is { } numbered && numbered.Upgrade is { } upgrade && step is { } number)
        {
            // The notes' own upgrade step is the rollout: what they number before it comes before the rollout.
            before = number < upgrade;
        }
        else
        {
            var heading = list?.Intro ?? string.Empty;
            before = OperatorActions.SaysBefore(intro) || (!OperatorActions.SaysAfter(intro) && OperatorActions.SaysBefore(heading));
        }

        var condition = Condition().IsMatch(intro) ? introLine + 1 : list is { } around && Condition().IsMatch(around.Intro) ? around.IntroLine + 1 : (int?)null;
        return new NotesCommands(command, line + 1, introLine + 1, step, before, condition);
    }

    /// <summary>The sentence before a block that says what it is for: the lines above it up to a blank line or a heading.</summary>
    private static (string Text, int Line)? Intro(string[] lines, int start)
    {
        var at = start - 1;
        while (at >= 0 && Unquoted(lines[at]).Trim().Length == 0)
        {
            at--;
        }

        if (at < 0 || NotesLines.IsHeading(Unquoted(lines[at])))
        {
            return null;
        }

        var first = at;
        while (first > 0 && Unquoted(lines[first - 1]).Trim().Length > 0 && !NotesLines.IsHeading(Unquoted(lines[first - 1])) && at - first < 3 && !Fence().IsMatch(Unquoted(lines[first - 1])))
        {
            first--;
        }

        return (string.Join(' ', lines[first..(at + 1)].Select(Unquoted)), at);
    }

    /// <summary>A command, not code or a setting: a program with arguments or a script path, or an SQL statement. Null otherwise.</summary>
    private static string? Shape(string text)
    {
        var command = text.Trim();
        if (command.Length is < 3 or > 200 || command.StartsWith('#'))
        {
            return null;
        }

        if (Sql().IsMatch(command))
        {
            return command;
        }

        // A sentence is never a command ("To continue to use the gem, add it to your Gemfile."), nor is Ruby, Python or
        // JavaScript code ("acts_as_authentic do |c|", "gem \"scrypt\", \"~> 3.0\"", "c.crypto_provider = …"): code ships in the build.
        // A generator chained to the migration it writes ("rails generate x:update && rails db:migrate") is run as the notes quote it.
        return ShellCommand().Match(command) is { Success: true } shell && !Code().IsMatch(command) && !SourceCode().IsMatch(command) && !Sentence().IsMatch(command)
            && !TestRunner().IsMatch(command) && (!Generator().IsMatch(command) || MigrationCommands.EndsInMigration(command))
            && (shell.Groups["args"].Success || shell.Groups["prog"].Value.Contains('/', StringComparison.Ordinal))
            ? command : null;
    }

    private static bool ShellLanguage(string lang) =>
        lang.Trim().ToLowerInvariant() is "" or "bash" or "sh" or "shell" or "console" or "zsh" or "shell-session" or "sql" or "psql" or "pgsql" or "postgresql" or "mysql" or "text" or "powershell" or "ps1" or "cmd" or "bat";

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    private static bool IndentedCode(string line) => (line.StartsWith("    ", StringComparison.Ordinal) || line.StartsWith('\t')) && line.Trim().Length > 0 && !ListItem().IsMatch(line);

    /// <summary>The line without the "> " of a quote.</summary>
    private static string Unquoted(string line) => Quote().Replace(line, string.Empty);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^\s{0,3}(?:```|~~~)\s*(?<lang>[\w+-]*)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Fence();

    [GeneratedRegex(@"^(?:>\s?)+", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Quote();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d{1,2}[.)])\s", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\s*(?:\$|PS>|>)\s+", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Prompt();

    /// <summary>"run `x`", "execute the `x` command", "re-run `x`"; in POD, "run C&lt;x&gt;".</summary>
    [GeneratedRegex(@"(?<!\b(?:is|are|was|were|be|been|being)\s+)\b(?:run|re-?run|execute|invoke)\s+(?:(?:the|this|following|command|script|tool|task|once|again|also|now|first|then)\s+){0,3}:?\s*(?:`(?<cmd>[^`\n]{2,200})`|\bC<(?<cmd>[^<>\n]{2,200})>)", Options, MatchBudget.Milliseconds)]
    private static partial Regex Inline();

    /// <summary>
    /// The sentence before a block offers a clean-up, not a step ("the old thumbnail folders can be deleted once you have
    /// verified the upgrade:"): it deletes what the previous version reads, so it is no step of the window.
    /// </summary>
    [GeneratedRegex(@"\b(?:can|could|may)\s+(?:now\s+|safely\s+|then\s+)?(?:be\s+)?(?:deleted|removed|cleaned\s+up|dropped|purged|delete|remove|clean\s+up|drop|purge)\b | \boptional(?:ly)?\b | \bif\s+you\s+(?:want|wish|like)\b | \bfree\s+up\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Optional();

    /// <summary>The sentence before a block asks to run it.</summary>
    [GeneratedRegex(@"\b(?:run|re-?run|execute|invoke|command|commands|statement|roll\s*back|rollback|revert|apply|migrate|migrations?|publish|steps?|upgrade|update|install|restart|must|need\s+to|should)\b | ^\W*\d{1,2}[.)]\s", Options, MatchBudget.Milliseconds)]
    private static partial Regex Asks();

    /// <summary>A block shown as an example or as what to write, not as something to run.</summary>
    [GeneratedRegex(@"\bfor\s+example\b | \be\.g\. | \bexample\b | \bsuch\s+as\b | \blooks?\s+like\b | \boutput\b | \bwill\s+(?:print|show|log|output)\b | \bconfig(?:uration)?\s+file\b | \.env\b | \bby\s+(?:calling|placing|adding)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Example();

    /// <summary>Test suites and CI: their commands and options are the project's own, not an operator's.</summary>
    [GeneratedRegex(@"\bpytest\b | \btox\b | \btest[\s-]?suite\b | \bunit\s+tests?\b | \bCI\b | \bgithub\s+actions\b | \bworkflows?\b | \bpre-commit\b | \blint\w* | \bcontribut\w*", Options, MatchBudget.Milliseconds)]
    private static partial Regex Tooling();

    [GeneratedRegex(@"\b(?:not|never|no\s+longer|don'?t|doesn'?t|without|instead\s+of)\b[^.;\n]*$", Options, MatchBudget.Milliseconds)]
    private static partial Regex RuledOut();

    /// <summary>"If you previously ran makemigrations …", "only if you use …", "in case you …".</summary>
    [GeneratedRegex(@"^\W*(?:\d{1,2}[.)]\s+)?if\b | \bonly\s+if\b | \bin\s+case\s+you\b | \bif\s+you\s+(?:previously|have|had|use|are|run|ran)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Condition();

    [GeneratedRegex(@"^(?:ALTER|CREATE|DROP|GRANT|REVOKE|UPDATE|DELETE\s+FROM|INSERT\s+INTO|REINDEX|VACUUM|ANALYZE|SELECT|CALL|TRUNCATE)\s+\S", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Sql();

    [GeneratedRegex(@"^(?:sudo\s+(?:-u\s+\S+\s+)?)?(?<prog>[A-Za-z0-9_.~/][\w.~/+-]*)(?<args>\s+\S.*)?$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ShellCommand();

    /// <summary>Code, not a command: calls, blocks, assignments, settings, language keywords (find's empty "{}" is no block).</summary>
    [GeneratedRegex(@"::|->|=>|\{(?!\})|(?<!\{)\}|\);?\s*$|^\w+\s*=|^[A-Z][A-Z0-9_]*=|^(?:public|private|protected|function|def|class|import|from|return|if|for|while|const|let|var|use|new|echo|print|require|include|namespace|package|func|fn|true|false|null)\b|^\w+\(|^[A-Z]\w*\.\w+\(", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Code();

    /// <summary>A generator writes code into the application ("mix ecto.gen.migration", "php artisan make:migration"): development, not a step of the deployment.</summary>
    [GeneratedRegex(@"(?:^|[\s.:])(?:gen|generate|scaffold)(?:[\s.:]|$) | \bmake:\w | \bmigrat\w*\s+create\b | \bcreate\s+\S*migration", Options, MatchBudget.Milliseconds)]
    private static partial Regex Generator();

    [GeneratedRegex(@"^(?:python\d?\s+-m\s+)?(?:pytest|tox|nox|jest|mocha|phpunit|rspec|vitest)\b | ^(?:npm|yarn|pnpm|go|cargo|mvn|gradle|\./gradlew|make|dotnet|composer|bundle\s+exec\s+rake)\s+(?:run\s+)?test\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex TestRunner();
}
