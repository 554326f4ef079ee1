using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A signing key rotated through a JWKS, as the notes state it: "rotate jwt signing key (kid 2026-11). new key published
/// in jwks first, signing switches 1h later, old kid kept for verification 24h". Verifiers cache the JWKS, so the new key
/// is published first, signing switches only once every cache has it, and the old kid stays until the tokens it signed
/// expire. Only what the notes say is read: no kid, wait or keep time is invented.
/// </summary>
internal sealed partial record KeyRotation(string? NewKid, string? SwitchAfter, string? OldKeptFor)
{
    /// <summary>The notes rotate a key and name the JWKS it is published in; null otherwise.</summary>
    public static KeyRotation? Jwks(string notes)
    {
        if (!JwksWord().IsMatch(notes) || !Rotates().IsMatch(notes))
        {
            return null;
        }

        return new(
            Kid().Match(notes) is { Success: true } kid ? kid.Groups["kid"].Value : null,
            Later().Match(notes) is { Success: true } later ? Span(later) : null,
            Kept().Match(notes) is { Success: true } kept ? Span(kept) : null);
    }

    /// <summary>
    /// "rotate stripe key", "rotate the Stripe API key", "rotate STRIPE_SECRET_KEY", "stripe key rotation": a vendor whose
    /// dashboard rolls an API key with an expiry on the old one, so both work while the pods turn over. Only Stripe is
    /// known to roll keys this way; null for any other key (a webhook signing secret is not an API key).
    /// </summary>
    public static string? RolledAtVendor(string notes) => VendorKey().IsMatch(notes) ? "Stripe" : null;

    private static string Span(Match match) => match.Groups["span"].Value.Replace(" ", string.Empty, StringComparison.Ordinal);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>
    /// The key as prose ("Stripe secret key") or as its setting ("STRIPE_SECRET_KEY", "stripe_api_key"), rotated, rolled,
    /// renewed or replaced, with the verb before it or the noun after it ("STRIPE_SECRET_KEY rotation").
    /// </summary>
    [GeneratedRegex(@"(?: \b(?:rotat\w*|roll\w*|renew\w*|replac\w*|swap\w*|new)\s+(?:the\s+|our\s+|a\s+)?(?:old\s+|current\s+|live\s+|prod(?:uction)?\s+)? (?<![\w])stripe[\s_-]+(?:(?:api|secret|restricted|live|prod)[\s_-]+)?keys?(?![a-z]) )
        | (?: (?<![\w])stripe[\s_-]+(?:(?:api|secret|restricted|live|prod)[\s_-]+)?keys?(?![a-z])[\s`)]*(?:is\s+|gets\s+)?(?:rotat\w*|roll\w*|renew\w*|replaced) )", Options, MatchBudget.Milliseconds)]
    private static partial Regex VendorKey();

    [GeneratedRegex(@"\bjwks\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex JwksWord();

    [GeneratedRegex(@"\brotat\w*", Options, MatchBudget.Milliseconds)]
    private static partial Regex Rotates();

    /// <summary>"kid 2026-11", "kid=2026-11", "kid: 2026-11", "(kid 2026-11)".</summary>
    [GeneratedRegex(@"\bkid\s*[=:]?\s*`?(?<kid>[\w][\w.-]*\w)`?", Options, MatchBudget.Milliseconds)]
    private static partial Regex Kid();

    /// <summary>"signing switches 1h later", "switch signing after 60 minutes".</summary>
    [GeneratedRegex(@"\b(?:sign\w*\s+switch\w*|switch\w*\s+sign\w*)\b[^.;\n]{0,20}?\b(?:after\s+)?(?<span>\d+\s?(?:h|hours?|min|minutes?))\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Later();

    /// <summary>"old kid kept for verification 24h", "old key stays in the JWKS for 24h".</summary>
    [GeneratedRegex(@"\bold\s+(?:kid|key)\b[^.;\n]{0,40}?\b(?:kept|stays?|remains?)\b[^.;\n]{0,30}?(?<span>\d+\s?(?:h|hours?|d|days?))\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Kept();
}
