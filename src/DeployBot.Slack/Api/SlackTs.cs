using System.Globalization;

namespace DeployBot.Slack.Api;

/// <summary>Slack's message timestamps: Unix seconds with six decimals, as a string.</summary>
internal static class SlackTs
{
    public static string From(DateTimeOffset time) =>
        (time.ToUnixTimeMilliseconds() / 1000m).ToString("0.000000", CultureInfo.InvariantCulture);
}
