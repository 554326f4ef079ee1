using System.Globalization;

namespace DeployBot.Core.Requests;

/// <summary>Reads <c>/deploy-plan</c> arguments (CONTRACT.md "Slash-command arguments"). Never throws.</summary>
public static class ArgumentParser
{
    /// <summary>Longer slash-command text is refused whole: no valid request comes near it, and it bounds the work.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>Parses slash-command text: <c>NOTES="..." ENVIRONMENT=prod</c>, quoted or bare values, bare words as NOTES.</summary>
    public static ParsedArguments Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParsedArguments.Empty;
        }

        if (text.Length > MaxTextLength)
        {
            var message = string.Create(
                CultureInfo.InvariantCulture,
                $"The text is {text.Length:N0} characters; the limit is {MaxTextLength:N0} (NOTES may be up to {RequestLimits.MaxNotesLength:N0})");
            return new ParsedArguments(new Dictionary<RequestField, string>(), [new ArgumentProblem(null, message)]);
        }

        var collector = new ArgumentCollector();
        CommandTextScanner.Scan(SlackText.Decode(text), collector);
        return collector.Build();
    }

    /// <summary>Parses command-line arguments, one <c>KEY=value</c> pair each (the shell already removed the outer quotes).</summary>
    public static ParsedArguments ParseShellArguments(IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var collector = new ArgumentCollector();
        foreach (var argument in arguments)
        {
            if (string.IsNullOrEmpty(argument))
            {
                continue;
            }

            // The value is taken literally: quotes, newlines and "=" inside it are the user's text.
            var equals = argument.IndexOf('=', StringComparison.Ordinal);
            var key = equals > 0 ? argument[..equals].Trim() : string.Empty;
            if (KeyScanner.TryReadKey(key + "=", 0, out _, out var afterEquals) && afterEquals == key.Length + 1)
            {
                collector.AddPair(key, argument[(equals + 1)..]);
            }
            else
            {
                collector.AddLooseText(argument, " ");
            }
        }

        return collector.Build();
    }
}
