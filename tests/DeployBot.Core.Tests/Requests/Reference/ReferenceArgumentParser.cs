using System.Globalization;
using DeployBot.Core.Requests;

// A frozen copy of the parser before the linear-time rewrite (commit f0913a2): the slow, simple oracle that
// ArgumentParserReferenceTests compares the real parser with. Keep it as it is; do not optimise it.
namespace DeployBot.Core.Tests.Requests.Reference;

/// <summary><see cref="ArgumentParser.Parse"/> as it was, rescanning the rest of the text for every quote.</summary>
internal static class ReferenceArgumentParser
{
    public static ParsedArguments Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParsedArguments.Empty;
        }

        if (text.Length > ArgumentParser.MaxTextLength)
        {
            var message = string.Create(
                CultureInfo.InvariantCulture,
                $"The text is {text.Length:N0} characters; the limit is {ArgumentParser.MaxTextLength:N0} (NOTES may be up to {RequestLimits.MaxNotesLength:N0})");
            return new ParsedArguments(new Dictionary<RequestField, string>(), [new ArgumentProblem(null, message)]);
        }

        var collector = new ReferenceArgumentCollector();
        ReferenceCommandTextScanner.Scan(SlackText.Decode(text), collector);
        return collector.Build();
    }
}
