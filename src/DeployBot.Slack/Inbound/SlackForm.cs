namespace DeployBot.Slack.Inbound;

/// <summary>
/// <c>application/x-www-form-urlencoded</c> bodies as Slack sends them: <c>+</c> is a space, <c>%XX</c> is UTF-8.
/// Malformed escapes are kept literally rather than failing the request. Every slash command comes through here, so
/// the body is walked as a span: one string per name and value, nothing else per field.
/// </summary>
internal static class SlackForm
{
    public static IReadOnlyDictionary<string, string> Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var fields = new Dictionary<string, string>(16, StringComparer.Ordinal);
        var rest = body.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('&');
            var pair = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (pair.IsEmpty)
            {
                continue;
            }

            var equals = pair.IndexOf('=');
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            fields.TryAdd(name, equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]));
        }

        return fields;
    }

    private static string Decode(ReadOnlySpan<char> text)
    {
        if (!text.ContainsAny('+', '%'))
        {
            return new string(text);
        }

        var spaced = new string(text).Replace('+', ' ');
        try
        {
            return Uri.UnescapeDataString(spaced);
        }
        catch (UriFormatException)
        {
            return spaced;
        }
    }
}
