using DeployBot.Core.Plans;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>Auth or SSO: break-glass access kept, redirect URIs and certificates in place before the switch, users told
/// who gets signed out; rollback restores the previous sign-in path.</summary>
internal sealed class AuthPlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.Auth;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        yield return Manual(Phase.Prepare, "Confirm that a break-glass admin account can sign in without the changed path, and keep a session open during the change", null, 5);
        if (KeyRotation.Jwks(facts.Notes) is { } rotation)
        {
            foreach (var step in Rotation(rotation))
            {
                yield return step;
            }
        }

        if (!ChangeDetector.NamesIdentityProvider(facts.Notes))
        {
            // Tokens, MFA or a login form of the app's own: nothing to register at an identity provider.
            yield break;
        }

        yield return Manual(Phase.Expand, $"Register the redirect URIs and certificates for {facts.Env} at the identity provider{Wording.Providers(facts.ItemsWith(RiskArea.Auth))} before the new sign-in path goes live{Wording.Items(facts.ItemsWith(RiskArea.Auth))}", null, 5);
    }

    /// <summary>
    /// Publish, switch, retire: the new key is in the JWKS before any token is signed with it (verifiers cache the JWKS),
    /// and the old kid stays until the tokens it signed expire. The switch itself is the config step's apply.
    /// </summary>
    private static IEnumerable<TimedStep> Rotation(KeyRotation rotation)
    {
        var kid = rotation.NewKid is { } id ? $" (kid {id})" : string.Empty;
        var wait = rotation.SwitchAfter is { } after
            ? $"; the notes switch signing {after} later, so publish it at least {after} before the switch below (every verifier's JWKS cache must have it), best before the window opens so the wait costs no window time"
            : "; wait until every verifier's JWKS cache has it before the switch below";
        yield return Manual(Phase.Prepare, $"Publish the new signing key{kid} in the JWKS beside the current one, still signing with the current key, and check that the JWKS endpoint serves both kids{wait}", null, 5);
        yield return Manual(Phase.AfterRollout, $"Check that newly issued tokens carry the new kid{kid} in their header and verify, and that tokens signed with the old kid still verify", null, 5);
        var kept = rotation.OldKeptFor is { } keep ? $"for after {keep}, as the notes say" : "for when the tokens it signed have expired";
        yield return Manual(Phase.AfterRollout, $"Schedule the removal of the old kid from the JWKS {kept} (not in this window); until then it verifies the tokens it signed", null, 5);
    }

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        yield return ChangeDetector.NamesIdentityProvider(facts.Notes)
            ? $"Auth: test accounts for each role are ready, the identity provider settings (redirect URIs, client secrets, certificates) match {facts.Env}, and users were told if they will be signed out."
            : $"Auth: test accounts for each role are ready in {facts.Env}, and users were told if they will be signed out.";
    }

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        yield return "Auth: sign-in through the changed path, token refresh and sign-out work for each test role, and 401/403 responses and sign-in failures do not rise.";
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        if (KeyRotation.Jwks(facts.Notes) is { } rotation)
        {
            var until = rotation.OldKeptFor is { } keep ? $" (kept {keep}, as the notes say)" : string.Empty;
            yield return $"Key rotation rollback: switch signing back to the old kid while it is still in the JWKS{until}; leave the new kid published, so the tokens it signed keep verifying.";
            // The rotation changes a key, not the sign-in code: there is no previous version to bring back.
            yield break;
        }

        yield return ChangeDetector.NamesIdentityProvider(facts.Notes)
            ? "Auth rollback: restore the previous identity provider settings and sign-in path; sessions issued by the new path may be signed out once more, so tell users."
            : "Auth rollback: the previous version brings the previous sign-in and token handling back; sessions and tokens issued meanwhile may need a new sign-in, so tell users.";
    }
}
