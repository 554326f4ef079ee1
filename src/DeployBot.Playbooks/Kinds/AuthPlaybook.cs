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
        if (!ChangeDetector.NamesIdentityProvider(facts.Notes))
        {
            // Tokens, MFA or a login form of the app's own: nothing to register at an identity provider.
            yield break;
        }

        yield return Manual(Phase.Expand, $"Register the redirect URIs and certificates for {facts.Env} at the identity provider before the new sign-in path goes live{Wording.Items(facts.ItemsWith(RiskArea.Auth))}", null, 5);
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
        yield return ChangeDetector.NamesIdentityProvider(facts.Notes)
            ? "Auth rollback: restore the previous identity provider settings and sign-in path; sessions issued by the new path may be signed out once more, so tell users."
            : "Auth rollback: the previous version brings the previous sign-in and token handling back; sessions and tokens issued meanwhile may need a new sign-in, so tell users.";
    }
}
