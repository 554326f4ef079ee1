namespace DeployBot.Core.Requests;

/// <summary>Reads <c>/deploy-plan</c> arguments (CONTRACT.md "Slash-command arguments"). Never throws.</summary>
public static class ArgumentParser
{
    /// <summary>Parses slash-command text: <c>NOTES="..." ENVIRONMENT=prod</c>, quoted or bare values, bare words as NOTES.</summary>
    public static ParsedArguments Parse(string? text)
    {
        _ = text;
        return ParsedArguments.Empty;
    }

    /// <summary>Parses command-line arguments, one <c>KEY=value</c> pair each (the shell already removed the outer quotes).</summary>
    public static ParsedArguments ParseShellArguments(IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return ParsedArguments.Empty;
    }
}
