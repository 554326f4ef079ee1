namespace DeployBot.Teams.Platform;

/// <summary>Deep links into Teams.</summary>
internal static class TeamsLinks
{
    public static string Message(string channelId, string messageId, string? tenantId)
    {
        var link = $"https://teams.microsoft.com/l/message/{Uri.EscapeDataString(channelId)}/{Uri.EscapeDataString(messageId)}?parentMessageId={Uri.EscapeDataString(messageId)}";
        return tenantId is null ? link : link + "&tenantId=" + Uri.EscapeDataString(tenantId);
    }
}
