using System.Text.RegularExpressions;
using DeployBot.Core.Conversations;
using Microsoft.Extensions.Options;

namespace DeployBot.WebConsole.Endpoints;

/// <summary>Who types in the console: one local user, configured or taken from the operating system.</summary>
internal sealed partial class ConsoleIdentity(IOptions<ConsoleOptions> options)
{
    public string UserName => options.Value.EffectiveUserName;

    public string DefaultChannel => options.Value.DefaultChannel;

    public Requester RequesterIn(string channel) =>
        new(Platforms.Console, options.Value.UserId, options.Value.EffectiveUserName, channel);

    /// <summary>The channel named in a request, or the default; null when the name is not a channel name.</summary>
    public string? ChannelOrDefault(string? requested)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            return DefaultChannel;
        }

        var name = requested.Trim().TrimStart('#');
        return ChannelName().IsMatch(name) ? name : null;
    }

    [GeneratedRegex(ConsoleConstants.NamePattern)]
    private static partial Regex ChannelName();
}
