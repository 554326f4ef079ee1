using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace DeployBot.Teams.Auth;

/// <summary>
/// The channels a Bot Framework signing key is endorsed for: the non-standard <c>endorsements</c> array of its JWK
/// (teams-protocol.md §1.3). A token signed by a key endorsed only for <c>webchat</c> does not speak for <c>msteams</c>.
/// </summary>
internal static class KeyEndorsements
{
    private const string Property = "endorsements";

    /// <summary>The endorsements of the key with <paramref name="keyId"/>; empty when the key or the array is missing.</summary>
    public static IReadOnlyList<string> Of(OpenIdConnectConfiguration? configuration, string? keyId)
    {
        var key = configuration?.JsonWebKeySet?.Keys.FirstOrDefault(candidate => candidate.Kid == keyId);
        if (key is null || !key.AdditionalData.TryGetValue(Property, out var value))
        {
            return [];
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array =>
                array.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!).ToArray(),
            IEnumerable<object> items => items.Select(item => item?.ToString()).OfType<string>().ToArray(),
            _ => [],
        };
    }

    public static bool Covers(IReadOnlyList<string> endorsements, string? channelId) =>
        channelId is { Length: > 0 } && endorsements.Contains(channelId, StringComparer.OrdinalIgnoreCase);
}
