using System.Text;

namespace DeployBot.Core.Requests;

/// <summary>Writes a request back as slash-command text that <see cref="ArgumentParser.Parse"/> reads to the same request.</summary>
public static class ArgumentFormatter
{
    public static string Format(DeploymentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parts = new List<string>(4)
        {
            $"{RequestSyntax.KeyName(RequestField.Notes)}={Quote(request.Notes)}",
            $"{RequestSyntax.KeyName(RequestField.Environment)}={BareOrQuoted(request.Environment)}",
        };
        if (!string.IsNullOrEmpty(request.Window))
        {
            parts.Add($"{RequestSyntax.KeyName(RequestField.Window)}={Quote(request.Window)}");
        }

        if (!string.IsNullOrEmpty(request.Flag))
        {
            parts.Add($"{RequestSyntax.KeyName(RequestField.Flag)}={BareOrQuoted(request.Flag)}");
        }

        return string.Join(' ', parts);
    }

    private static string BareOrQuoted(string value) =>
        value.Length > 0 && !QuoteMarks.IsOpener(value[0]) && value.All(IsBareCharacter) ? value : Quote(value);

    private static bool IsBareCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '/' or '@';

    /// <summary>Straight double quotes; backslashes doubled and every double quote mark escaped, so none can close early.</summary>
    private static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in SlackText.EscapeAmbiguousAmpersands(value))
        {
            if (c == '\\' || QuoteMarks.IsDoubleCloser(c))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.Append('"').ToString();
    }
}
