using System.Globalization;
using CsCheck;
using DeployBot.Core.Environments;
using DeployBot.Core.Planning;
using DeployBot.Core.Requests;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Order invariants over generated requests that mix every kind of change (and the notes' own sequences): the snapshot
/// comes before anything irreversible, nothing is rolled out as an image unless the release ships one, a blue/green
/// switch comes after the new one is verified, and the step minutes add up to the total the summary states.
/// </summary>
public sealed class PlaybookOrderPropertyTests
{
    private static readonly string[] Lines =
    [
        "Add nullable column customers.phone_e164 (migration 20261203_add_phone_e164).", "Drop the legacy orders.status column.",
        "scripts/backfill_totals.py fills orders.total_cents in batches (dry run took 2h10m).", "PostgreSQL 13 -> 16 on orders-db with pg_upgrade.",
        "Switch the alias `products` from products-v6 to products-v7; keep products-v6 for a week.", "Reindex into products-v7 with the reindex-products job.",
        "Purge the Cloudflare cache for /pricing. No deploy.", "Rotate SENDGRID_API_KEY, no new image; the old key is revoked on Friday.",
        "Helm values-only change in charts/api/values-prod.yaml.", "terraform apply infra/terraform/prod/rds.tf", "Only flip the flag, no deploy.",
        "checkout-api 3.14.3 ships with a retry fix.", "Hotfix for the incident: stop double charging.", "Kafka topic payments.events from 6 to 24 partitions.",
        "Before the deploy, set the offsets of group mailer-v2 on topic billing-events.",
        "Plan:\n1. terraform apply infra/terraform/prod/audit_pg.tf creates audit-pg\n2. scripts/copy_events.py copies the history\n3. flip AUDIT_STORE=postgres and restart audit-service",
        "Create pool-b first, then cordon and drain pool-a, then remove pool-a.", "1. publish config/jwks.json\n2. wait 1h\n3. set SIGNING_KID=k2 and restart auth-service",
        "Stripe payment gateway: new webhook endpoint.", "Switch SSO to Okta for the admin portal.",
    ];

    private static readonly Gen<PlanningInput> Inputs = Gen.Select(
        Gen.OneOf(Lines).Array[1, 4], Gen.Bool, Gen.OneOf<string?>(null, "Sat 02:00-08:00 UTC", "9-10pm PT", "now"), Gen.OneOf<string?>(null, "checkout-v2"),
        (lines, production, window, flag) =>
        {
            var environment = production
                ? new DeploymentEnvironment("production", new EnvironmentOptions { Risk = RiskLevel.High })
                : new DeploymentEnvironment("staging", new EnvironmentOptions { Risk = RiskLevel.Low });
            return new PlanningInput(new DeploymentRequest(string.Join("\n", lines), environment.Name, window, flag), environment);
        });

    [Fact]
    public void Plan_AnyMixOfKinds_TakesTheSnapshotBeforeAnythingIrreversible()
    {
        Inputs.Sample(input =>
        {
            var facts = PlanFacts.From(input);
            var steps = StepsWriter.Plan(facts).Steps;
            // A contract step's own snapshot counts: a release whose only data changes are contract steps takes no earlier one.
            // So does an upgrade step that snapshots the stopped cluster itself (pg_upgrade's read-only period).
            bool IsSnapshot(TimedStep step) => step.Phase == Phase.Snapshot || step.Step.Action.StartsWith("Take a snapshot right before the contract step", StringComparison.Ordinal)
                || (step.Phase == Phase.Upgrade && step.Step.Reference == facts.Paths.Snapshot);
            var snapshot = steps.ToList().FindIndex(IsSnapshot);
            for (var i = 0; i < steps.Count; i++)
            {
                var step = steps[i];
                if (step.Phase is Phase.Upgrade or Phase.Contract && facts.ChangesData && !IsSnapshot(step))
                {
                    Assert.True(snapshot >= 0 && snapshot < i, Dump(input, steps));
                }

                // Contract steps run back to back after one snapshot taken right before the first of them.
                if (step.Phase == Phase.Contract && step.Step.Action.StartsWith("Contract step", StringComparison.Ordinal))
                {
                    var before = i - 1;
                    while (steps[before].Step.Action.StartsWith("Contract step", StringComparison.Ordinal))
                    {
                        before--;
                    }

                    Assert.StartsWith("Take a snapshot right before the contract step", steps[before].Step.Action, StringComparison.Ordinal);
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void Plan_ReleaseWithoutAnImage_HasNoImageRollout()
    {
        Inputs.Sample(input =>
        {
            var facts = PlanFacts.From(input);
            var plan = new OfflinePlanner().CreatePlan(input, null, 0, null);
            if (!facts.Is(ChangeKind.Image))
            {
                Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("canary", StringComparison.Ordinal) || step.Action.Contains("rollout of", StringComparison.Ordinal) || step.Action.Contains("image tag", StringComparison.Ordinal));
            }
        }, iter: 300);
    }

    [Fact]
    public void Plan_BlueGreenSwitch_ComesAfterTheNewOneIsVerified()
    {
        Inputs.Sample(input =>
        {
            var actions = new OfflinePlanner().CreatePlan(input, null, 0, null).Steps.Select(step => step.Action).ToList();
            var swap = actions.FindIndex(action => action.Contains("(the switchover)", StringComparison.Ordinal));
            var verify = actions.FindIndex(action => action.StartsWith("Before the switch, verify", StringComparison.Ordinal));
            Assert.True(swap < 0 || (verify >= 0 && verify < swap), string.Join("\n", actions));
        }, iter: 300);
    }

    [Fact]
    public void Plan_AnyMixOfKinds_StepMinutesAddUpToTheSummaryTotal()
    {
        Inputs.Sample(input =>
        {
            var plan = new OfflinePlanner().CreatePlan(input, null, 0, null);
            var total = plan.Steps.Sum(step => Minutes(step.Action));
            Assert.Equal(StepsWriter.Plan(PlanFacts.From(input)).TotalMinutes, total);
            Assert.Contains(plan.Summary, line => line.Contains($"about {total}", StringComparison.Ordinal));
        }, iter: 300);
    }

    private static int Minutes(string action)
    {
        var start = action.LastIndexOf("(~", StringComparison.Ordinal);
        return int.Parse(action[(start + 2)..action.IndexOf(" min)", start, StringComparison.Ordinal)], CultureInfo.InvariantCulture);
    }

    private static string Dump(PlanningInput input, IReadOnlyList<TimedStep> steps) =>
        input.Request.Notes + "\n" + string.Join("\n", steps.Select(step => $"{step.Phase}: {step.Step.Action}"));
}
