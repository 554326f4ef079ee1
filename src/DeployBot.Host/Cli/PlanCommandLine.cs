namespace DeployBot.Host.Cli;

/// <summary>
/// The <c>plan</c> verb's own options (<c>--format markdown|json</c>, <c>--format=json</c>, <c>--rollback</c>, <c>--help</c>) split from the
/// <c>KEY=value</c> request arguments, with every option problem found.
/// </summary>
internal sealed record PlanCommandLine(
    PlanOutputFormat Format,
    bool HelpRequested,
    bool Rollback,
    IReadOnlyList<string> RequestArguments,
    IReadOnlyList<string> Problems)
{
    public const string Usage =
        "plan NOTES=\"...\" ENVIRONMENT=<env> [WINDOW=\"...\"] [FLAG=...] [--format markdown|json] [--rollback]";

    private const string FormatOption = "--format";
    private const string RollbackOption = "--rollback";

    public static PlanCommandLine Read(IReadOnlyList<string> arguments)
    {
        var format = PlanOutputFormat.Markdown;
        var formatSeen = false;
        var help = false;
        var rollback = false;
        var requestArguments = new List<string>();
        var problems = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (argument is "--help" or "-h" or "-?")
            {
                help = true;
            }
            else if (argument == RollbackOption)
            {
                rollback = true;
            }
            else if (argument == FormatOption || argument.StartsWith(FormatOption + "=", StringComparison.Ordinal))
            {
                var value = argument == FormatOption ? (i + 1 < arguments.Count ? arguments[++i] : null) : argument[(FormatOption.Length + 1)..];
                ReadFormat(value, formatSeen, problems, ref format);
                formatSeen = true;
            }
            else if (argument.StartsWith("--", StringComparison.Ordinal))
            {
                problems.Add($"unknown option \"{argument}\" (options: {FormatOption} markdown|json, {RollbackOption})");
            }
            else
            {
                requestArguments.Add(argument);
            }
        }

        return new PlanCommandLine(format, help, rollback, requestArguments, problems);
    }

    private static void ReadFormat(string? value, bool alreadySeen, List<string> problems, ref PlanOutputFormat format)
    {
        if (alreadySeen)
        {
            problems.Add($"{FormatOption} is given more than once");
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{FormatOption} needs a value: markdown or json");
        }
        else if (value.Trim().ToUpperInvariant() is "MARKDOWN" or "MD")
        {
            format = PlanOutputFormat.Markdown;
        }
        else if (value.Trim().Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            format = PlanOutputFormat.Json;
        }
        else
        {
            problems.Add($"unknown {FormatOption} \"{value}\" (use markdown or json)");
        }
    }
}
