using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// What upgrade notes ask to change in the application's repository, so that it ships in the build rather than on the
/// server after the rollout: a dependency that moved out or is no longer pulled in ("X support is provided by a separate
/// gem", "daemons is no longer a runtime dependency", "you must add X to your Gemfile"), the application's own config
/// file written in its language ("In your application's `config/sanctum.php` file, update …"), and commands that write
/// into the source tree (<c>php artisan vendor:publish</c>, <c>rails generate</c>): run in the repository and committed.
/// </summary>
internal static partial class BuildChanges
{
    /// <summary>The item moves a dependency in or out of the build.</summary>
    public static bool ChangesDependency(ReleaseItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return !item.Fix && !Negated().IsMatch(item.Text) && DependencyChange().IsMatch(item.Text);
    }

    /// <summary>The item asks for a change to a config file of the application's that is code ("`config/sanctum.php`", "`settings.py`").</summary>
    public static bool ChangesCodeConfig(ReleaseItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return !item.Fix && CodeConfigFile().IsMatch(item.Text) && Asks().IsMatch(item.Text);
    }

    /// <summary>The config file in code the item names, as written.</summary>
    public static string? CodeConfigPath(string text) => CodeConfigFile().Match(text) is { Success: true } match ? match.Groups["path"].Value : null;

    /// <summary>A command that writes files into the application's source tree: run by a developer and committed, never on a server.</summary>
    public static bool WritesSourceTree(string command) => SourceTreeCommand().IsMatch(command);

    // "provided by a separate gem", "moved to a separate package", "extracted into its own gem", "no longer a runtime
    // dependency", "you will need to add X to your Gemfile", "you will need to add and setup zeitwerk for autoloading".
    [GeneratedRegex(@"\b(?:is|are)\s+(?:now\s+)?(?:provided|shipped|distributed|available)\s+(?:by|in|as)\s+(?:a\s+|an\s+|the\s+)?(?:new\s+)?separate\s+(?:gem|package|module|library|crate|plugin|extension|distribution)s?\b
        | \b(?:mov(?:e|ed|es|ing)|extract(?:ed|s|ing)?|split|spun)\s+(?:out\s+)?(?:[^.;\n]{0,80}?\s)?(?:in)?to\s+(?:a\s+|an\s+|its\s+own\s+|their\s+own\s+|the\s+)?(?:new\s+)?(?:separate\s+|own\s+|dedicated\s+)(?:gem|package|module|library|crate|plugin|extension)s?\b
        | \bno\s+longer\s+(?:a\s+|an\s+)?(?:runtime\s+|hard\s+|required\s+|direct\s+|transitive\s+)?dependency\b
        | \b(?:must|need\s+to|needs\s+to|have\s+to|will\s+need\s+to|should)\s+(?:now\s+)?(?:explicitly\s+)?(?:add|install|require|include)\b[^.;\n]{0,80}?(?:\b(?:Gemfile|requirements(?:\.txt)?|package\.json|composer\.json|go\.mod|Cargo\.toml|pyproject\.toml|dependencies|dependency|gem|package)\b)
        | \b(?:must|need\s+to|needs\s+to|have\s+to|will\s+need\s+to|should)\s+(?:now\s+)?(?:add|install|include)\s+and\s+(?:set\s*-?\s*up|configure|initiali[sz]e|require|load|enable)\s+[`'""]?[a-z][\w.-]*",
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex DependencyChange();

    /// <summary>"does not need to be added", "no need to add": the notes rule the change out.</summary>
    [GeneratedRegex(@"\b(?:not|no|never)\s+(?:need|needs|required|necessary)\s+to\s+(?:add|install)\b|\bno\s+need\s+to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Negated();

    /// <summary>
    /// A config file in the application's language that the item says to change: "In your application's
    /// `config/sanctum.php` file", "update `config/initializers/devise.rb`", "in `settings.py`". A file only named in a
    /// command ("unicorn -c config/unicorn.rb") is not one.
    /// </summary>
    [GeneratedRegex(@"\b(?:in|to|into|inside|within|update|change|edit|modify|adjust|open)\s+(?:your\s+|the\s+)?`?(?<path>(?:[\w.-]+/)*(?:config|configs|initializers|settings|environments)/(?:[\w.-]+/)*[\w.-]+\.(?:php|rb|py|js|cjs|mjs|ts|exs?|kts?|groovy)|(?:[\w.-]+/)*[\w.-]*settings[\w.-]*\.py)`?(?![\w/-])
        | \b(?:application|app|project)(?:'s|’s)\s+`?(?<path>(?:[\w.-]+/)*[\w.-]+\.(?:php|rb|py|js|cjs|mjs|ts|exs?|kts?|groovy))`?(?![\w/-])", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex CodeConfigFile();

    [GeneratedRegex(@"\b(?:you\s+(?:should|must|need\s+to|will\s+need\s+to|have\s+to|may\s+need\s+to)|update|change|replace|add|set|remove|rename|edit|modify|adjust)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Asks();

    [GeneratedRegex(@"\bvendor:publish\b | \brails\s+(?:generate|g|app:update|[\w-]+:install(?::migrations)?)\b | \brake\s+[\w-]+:install(?::migrations)?\b | \bgo\s+generate\b | \bmake\s+[\w-]*generate\b | \bmanage\.py\s+makemigrations\b | \bprisma\s+generate\b",
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex SourceTreeCommand();
}
