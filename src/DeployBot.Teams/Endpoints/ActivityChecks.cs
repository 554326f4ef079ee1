using DeployBot.Teams.Activities;
using DeployBot.Teams.Auth;

namespace DeployBot.Teams.Endpoints;

/// <summary>
/// What is checked on a parsed activity before anything acts on it: the channel (Teams, or the emulator in emulator
/// mode), the tenant of a single-tenant registration, and that the token covers it (its serviceurl claim, and a signing
/// key endorsed for the activity's channel). In emulator mode, replies may only go to this machine.
/// </summary>
internal static class ActivityChecks
{
    public const string TeamsChannel = "msteams";
    public const string EmulatorChannel = "emulator";

    public static TokenCheck Check(Activity activity, TokenCheck token, TeamsOptions options)
    {
        if (!IsAcceptedChannel(activity.ChannelId, options.IsEmulatorMode))
        {
            return TokenCheck.Invalid($"channelId '{activity.ChannelId}' is not {TeamsChannel}");
        }

        if (!string.IsNullOrWhiteSpace(options.TenantId) && !IsTenant(activity, options.TenantId.Trim()))
        {
            return TokenCheck.Invalid("the activity comes from another tenant than Teams:TenantId");
        }

        if (options.IsEmulatorMode)
        {
            return EmulatorGuard.IsLocal(activity.ServiceUrl) ? TokenCheck.Valid : TokenCheck.Invalid("emulator mode replies only to a local serviceUrl");
        }

        return token.ForServiceUrl(activity.ServiceUrl).ForChannel(activity.ChannelId);
    }

    private static bool IsAcceptedChannel(string? channelId, bool emulatorMode) =>
        string.Equals(channelId, TeamsChannel, StringComparison.Ordinal)
        || (emulatorMode && string.Equals(channelId, EmulatorChannel, StringComparison.Ordinal));

    private static bool IsTenant(Activity activity, string tenantId)
    {
        var conversationTenant = activity.Conversation?.TenantId;
        var channelDataTenant = activity.ChannelData?.Tenant?.Id;
        var claimed = conversationTenant ?? channelDataTenant;
        return claimed is not null
            && string.Equals(claimed, tenantId, StringComparison.OrdinalIgnoreCase)
            && (channelDataTenant is null || string.Equals(channelDataTenant, tenantId, StringComparison.OrdinalIgnoreCase));
    }
}
