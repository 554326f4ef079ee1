namespace DeployBot.Teams.Handling;

/// <summary>What a message to the bot asks for, once its mention is stripped.</summary>
internal abstract record TeamsCommand
{
    public const string CommandName = "deploy-plan";

    public const string Usage =
        "**Usage:** `deploy-plan NOTES=\"…\" ENVIRONMENT=… [WINDOW=\"…\"] [FLAG=…]`\n\n" +
        "In a channel, mention me first: `@DeployBot deploy-plan NOTES=\"...\" ENVIRONMENT=staging`. " +
        "Leave anything out and I'll ask for it with a form. Ask questions about a plan by mentioning me in its thread.";

    public static TeamsCommand Parse(string text)
    {
        var trimmed = text.Trim();
        var word = trimmed.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : string.Empty;
        var bare = word.TrimStart('/');
        if (trimmed.Length == 0 || bare.Equals("help", StringComparison.OrdinalIgnoreCase) || word == "?")
        {
            return new Help();
        }

        if (bare.Equals(CommandName, StringComparison.OrdinalIgnoreCase))
        {
            return new Start(trimmed[word.Length..].Trim());
        }

        return new Unknown(trimmed);
    }

    public sealed record Help : TeamsCommand;

    public sealed record Start(string Arguments) : TeamsCommand;

    public sealed record Unknown(string Text) : TeamsCommand;
}
