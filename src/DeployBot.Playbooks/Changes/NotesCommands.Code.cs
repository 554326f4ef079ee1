using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// How <see cref="NotesCommands"/> tells a command from code the release asks to write into the application, and finds
/// the commands the notes name without backticks ("run the database upgrade steps using make upgrade-database").
/// </summary>
internal sealed partial record NotesCommands
{
    /// <summary>
    /// Ruby, Python or JavaScript source, not a command: a block ("acts_as_authentic do |c|", "configure do"), a call
    /// without parentheses whose arguments are strings ("gem \"scrypt\", \"~> 3.0\""), an assignment to an attribute
    /// ("c.crypto_provider = …"), a lambda ("->(request) {"). It is a code change that ships in the build.
    /// </summary>
    [GeneratedRegex(@"\bdo\s*\|[^|\n]*\|\s*$ | \bdo\s*$ | ^[a-z_]\w*\s+[""'][^""'\n]*[""']\s*,\s*[""':] | ^[a-z_]\w*(?:\.\w+)+\s*(?:=|\+=|<<)\s | ^end\s*$", Options, MatchBudget.Milliseconds)]
    private static partial Regex SourceCode();

    /// <summary>
    /// The block is code for a file of the application, not commands: "specify it in your `user.rb`", "add it to your
    /// `Gemfile`", "in `config/initializers/x.rb`".
    /// </summary>
    [GeneratedRegex(@"\b(?:in|to|into)\s+(?:your|the|an?)?\s*`?(?:Gemfile|package\.json|requirements\.txt|pyproject\.toml|Cargo\.toml|composer\.json|go\.mod|[\w/.-]+\.(?:rb|py|js|ts|php|exs?|go|rs|java|kt|cs))\b`?", Options, MatchBudget.Milliseconds)]
    private static partial Regex CodeFile();

    /// <summary>
    /// A command named without backticks after "run", "execute" or "using", when it starts with a build or framework tool
    /// and a task ("using make upgrade-database", "run rake db:migrate"), up to the end of the sentence.
    /// </summary>
    [GeneratedRegex(@"\b(?:run|re-?run|execute|using)\s+(?<cmd>(?:make|rake|rails|bundle\s+exec\s+\S+|php\s+artisan|python\d?\s+manage\.py|npm\s+run|yarn|mix|alembic|flask|django-admin)\s+[\w:=/-]+(?:\.[\w:=/-]+)*(?:\s+--?[\w=-]+)*)(?=[.,;:]?\s*$|[.,;:]\s|\s+(?:to|and|on|in|before|after|once)\b)", Options, MatchBudget.Milliseconds)]
    private static partial Regex Bare();
}
