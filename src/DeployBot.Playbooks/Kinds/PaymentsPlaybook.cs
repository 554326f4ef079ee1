using System.Text.RegularExpressions;
using DeployBot.Core.Plans;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>Payments and partners: sandbox first, then one small live test transaction; in-flight payments are
/// reconciled on rollback and the partner is told.</summary>
internal sealed partial class PaymentsPlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.Payments;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        if (RefundScript().IsMatch(facts.Notes))
        {
            // "script refunds via stripe": money sent back cannot be pulled back, so the list is checked before any of it goes.
            var count = Affected().Match(facts.Notes) is { Success: true } affected ? $" (the notes say {affected.Value})" : string.Empty;
            yield return Manual(Phase.AfterRollout,
                $"Run the refund script first as a dry run that only lists the payments and amounts it would refund{count}, check that list against the provider's dashboard (each one charged twice, none refunded yet) and get the finance owner's approval; then run it once, in small batches, stopping at the first refund that does not match the list (refunds cannot be reversed)",
                null, 15);
        }

        if (Urgency.IsIncident(facts))
        {
            // Payments are failing now: the proof is one real event through the fix, then the failed ones sent again.
            yield return Manual(Phase.AfterRollout, "Confirm that one real event from the payment provider is accepted by the fixed flow, then resend from the provider's dashboard the events that failed since the incident began, and check that they are acknowledged", null, 10);
            yield break;
        }

        if (facts.Is(ChangeKind.Config) && KeyRotationSteps.Vendor(facts) is not null && !Urgency.ShipsImage(facts))
        {
            // A key rolled at the provider is proven by one charge with the new key in this environment (the config
            // steps); nothing is built, so there is no release build to rehearse in the sandbox.
            yield break;
        }

        if (!facts.IsProduction)
        {
            // Outside production the environment itself runs against the provider's sandbox: its test transaction after the
            // rollout is the rehearsal, and a second sandbox run before it proves nothing more.
            yield return Manual(Phase.AfterRollout, $"Make one test transaction through the changed flow{Wording.Items(facts.ItemsWith(RiskArea.External), NameShapes.IsServiceOrRoute)} in {facts.Env} against the provider's sandbox, and check that its webhook was received", null, 10);
            yield break;
        }

        // Only a release that ships code has a build to rehearse; settings alone are rehearsed as they will be applied.
        var rehearsed = Urgency.ShipsImage(facts) ? "with the release build" : $"with the new settings applied in {(facts.IsProduction ? "staging" : facts.Env)}";
        yield return Manual(Phase.Prepare, $"Run the payment flow end to end against the provider's sandbox {rehearsed}{Wording.Items(facts.ItemsWith(RiskArea.External), NameShapes.IsServiceOrRoute)}", null, 10);
        yield return Manual(Phase.AfterRollout, "Make one small live test transaction through the changed flow, refund it, and check that the provider's webhook for it was received", null, 10);
    }

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        var account = facts.IsProduction ? "the live account" : $"the sandbox account {facts.Env} uses";
        yield return $"Payments: provider credentials for {account} are valid, their rate limits are known, and the payment provider or partner{Wording.Providers(facts.Analysis.Items)} was told about the change and its time.";
    }

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        yield return "Payments: payment success rate and provider error rate match the baseline, webhook deliveries are acknowledged, and no payment is stuck in a pending state.";
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        if (RefundScript().IsMatch(facts.Notes))
        {
            yield return "Refunds cannot be reversed: money the script sent back through the provider cannot be pulled back, and redeploying the previous version or restoring the snapshot only changes our own records, not the provider's; stop the script at the first wrong refund and reconcile what it did against the provider's dashboard.";
        }

        yield return "Payments rollback: in-flight payments (started before or during the rollback) are reconciled against the provider's dashboard before anything is retried, so nobody is charged twice.";
    }

    /// <summary>The release itself sends refunds: "script refunds via stripe", "a one-off job refunding the 312 orders".</summary>
    [GeneratedRegex(@"\b(?:script|job|task|one-?off|backfill)\b[^.;\n]{0,40}\brefund(?:s|ed|ing)?\b|\brefund(?:s|ed|ing)?\b[^.;\n]{0,40}\b(?:script|job|task)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex RefundScript();

    /// <summary>How many payments the notes say are affected ("312 orders").</summary>
    [GeneratedRegex(@"\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:orders|payments|charges|customers|transactions|invoices)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Affected();
}
