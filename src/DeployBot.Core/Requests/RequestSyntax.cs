namespace DeployBot.Core.Requests;

/// <summary>The words of the argument syntax: key names and the usage line shown to users.</summary>
public static class RequestSyntax
{
    /// <summary>The slash-command usage line (CONTRACT.md "Slash-command arguments").</summary>
    public const string Usage = "/deploy-plan NOTES=\"...\" ENVIRONMENT=… [WINDOW=\"...\"] [FLAG=...]";

    /// <summary>The keys as users type them, in order: "NOTES, ENVIRONMENT, WINDOW, FLAG".</summary>
    public static string AllowedKeys { get; } = string.Join(", ", Enum.GetValues<RequestField>().Select(KeyName));

    // The parser asks about every word it meets; naming the keys once keeps that free of allocations.
    private static readonly (RequestField Field, string Name)[] Keys =
        [.. Enum.GetValues<RequestField>().Select(field => (field, KeyName(field)))];

    /// <summary>The key as users type it: <c>NOTES</c>, <c>ENVIRONMENT</c>, <c>WINDOW</c>, <c>FLAG</c>.</summary>
    public static string KeyName(RequestField field) => field.ToString().ToUpperInvariant();

    /// <summary>Reads a key case-insensitively; only the four names of the contract count.</summary>
    public static bool TryParseKey(string? text, out RequestField field)
    {
        field = default;
        return text is not null && TryParseKey(text.AsSpan(), out field);
    }

    /// <summary>Reads a key case-insensitively from part of a text, without copying it out.</summary>
    internal static bool TryParseKey(ReadOnlySpan<char> text, out RequestField field)
    {
        foreach (var (candidate, name) in Keys)
        {
            if (text.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                field = candidate;
                return true;
            }
        }

        field = default;
        return false;
    }

    /// <summary>The longest value allowed for a field, or null when only the overall text limit applies.</summary>
    public static int? MaxLength(RequestField field) => field switch
    {
        RequestField.Notes => RequestLimits.MaxNotesLength,
        RequestField.Window => RequestLimits.MaxWindowLength,
        RequestField.Flag => RequestLimits.MaxFlagLength,
        _ => null,
    };
}
