using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// A destructive item names more than what it removes: its replacement, a new thing, a backfill's source. The contract
/// and "confirm unused" steps name only what goes; naming the new cluster there would tell the engineer to drop it.
/// Notes in the forms of Fixtures/Typed.
/// </summary>
public sealed class RemovedNamesTests
{
    private static readonly OfflinePlanner Planner = new();

    private static string Plan(string notes)
    {
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 20:00 - Sun 04:00 UTC", flag: null);
        var plan = Planner.CreatePlan(input, null, 0, null);
        Assert.Empty(PlanValidator.Validate(plan, input));
        return string.Join('\n', plan.Steps.Select(step => step.Action).Concat(plan.Verification).Concat(plan.Rollback));
    }

    private static IEnumerable<string> Lines(string plan, string start) =>
        plan.Split('\n').Where(line => line.StartsWith(start, StringComparison.Ordinal) || line.Contains(start, StringComparison.Ordinal));

    [Theory]
    [InlineData("sessions: db store -> redis (SESSION_STORE=redis, REDIS_URL points at new elasticache session-prod). sessions table dropped in same release.", "\"sessions\"", "session-prod")]
    [InlineData("backfill orders.currency from accounts.default_currency (~18M rows), then set orders.currency NOT NULL", "\"orders.currency\"", "accounts.default_currency")]
    [InlineData("drop payments.gateway_ref_old - 20261118_remove_gateway_ref_old.rb (reads removed in 2026.11.1)", "\"payments.gateway_ref_old\"", "2026.11.1")]
    [InlineData("pw hash col gone (users.password_md5)", "\"users.password_md5\"", "\"hash\"")]
    public void CreatePlan_StoredDataRemoved_TheContractStepNamesOnlyWhatGoes(string notes, string removed, string kept)
    {
        var plan = Plan(notes);

        // What the step acts on comes before "; what replaces it", which only names what must already serve instead.
        var contract = Assert.Single(Lines(plan, "Contract step, after the rollout is verified")).Split("; what replaces it")[0];
        Assert.Contains(removed, contract, StringComparison.Ordinal);
        Assert.DoesNotContain(kept, contract, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kill /v1/login, mobile >= 5.0 uses /v2/auth/token", "\"/v1/login\"", "/v2/auth/token")]
    [InlineData("LEGACY_TOKEN_TTL gone, use SESSION_TTL (same units, seconds)", "\"LEGACY_TOKEN_TTL\"", "SESSION_TTL")]
    [InlineData("zookeeper.connect removed from client configs, use bootstrap.servers", "\"zookeeper.connect\"", "bootstrap.servers")]
    [InlineData("AUTH-88: JWT signing HS256 -> RS256, JWKS at /.well-known/jwks.json, JWT_SECRET removed after that", "\"JWT_SECRET\"", "jwks.json")]
    public void CreatePlan_PublicThingRemoved_OnlyItIsConfirmedUnused(string notes, string removed, string replacement)
    {
        var plan = Plan(notes);

        var confirm = Assert.Single(Lines(plan, "Confirm that no")).Split("; what replaces it");
        Assert.Contains(removed, confirm[0], StringComparison.Ordinal);
        Assert.DoesNotContain(replacement, confirm[0], StringComparison.Ordinal);
        if (!replacement.Contains("jwks", StringComparison.Ordinal))
        {
            // The replacement the notes give is named as what must be in place before the removal.
            Assert.Contains(replacement, confirm[1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CreatePlan_RemovedSetting_IsCheckedInTheConfigNotInTheAccessLogs()
    {
        var plan = Plan("old MAILGUN_KEY + MAILGUN_DOMAIN removed from config; new SENDGRID_API_KEY in vault");

        Assert.Contains(Lines(plan, "Confirm that no deployment still sets"), line => line.Contains("\"MAILGUN_KEY\" and \"MAILGUN_DOMAIN\"", StringComparison.Ordinal));
        Assert.DoesNotContain("calls to \"MAILGUN_KEY\"", plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("backfill orders.currency (~18M rows), then set orders.currency NOT NULL", "set \"orders.currency\" NOT NULL")]
    [InlineData("orders.total -> numeric(12,2) (was float)", "change the type of \"orders.total\"")]
    [InlineData("after deploy: truncate billing_daily_totals and rebuild it from the replay", "truncate \"billing_daily_totals\"")]
    public void CreatePlan_ContractOperation_IsTheOneTheNotesState(string notes, string action) =>
        Assert.Contains(action, Assert.Single(Lines(Plan(notes), "Contract step, after the rollout is verified")), StringComparison.Ordinal);

    [Fact]
    public void CreatePlan_EndpointRemovedBesideASetting_RollsOutTheNewVersion()
    {
        var input = PlanInputs.StagingInput(notes: "kill /v1/login, mobile >= 5.0 uses /v2/auth/token; LEGACY_TOKEN_TTL gone, use SESSION_TTL", flag: null);
        var plan = Planner.CreatePlan(input, null, 0, null);

        // Removing an endpoint is a code change: a restart with no new image would leave /v1/login answering.
        Assert.DoesNotContain(plan.Steps, step => step.Action.Contains("no new image", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, step => step.Action.Contains("rollout of the new version", StringComparison.OrdinalIgnoreCase)
            || step.Action.Contains("rolling update", StringComparison.OrdinalIgnoreCase));
    }
    [Theory]
    [InlineData("Drop the legacy users.password_md5 column and remove the deprecated /v1/login endpoint", "drop \"users.password_md5\" as the notes describe")]
    [InlineData("Adds invoices.due_at column; drop legacy_sessions table; rotate Stripe key", "drop \"legacy_sessions\" as the notes describe")]
    public void CreatePlan_ItemThatDrops_TheContractStepSaysDropNotDropRenameOrRemoval(string notes, string action)
    {
        var contract = Assert.Single(Lines(Plan(notes), "Contract step, after the rollout is verified"));

        Assert.Contains(action, contract, StringComparison.Ordinal);
        Assert.DoesNotContain("drop, rename or removal", contract, StringComparison.Ordinal);
    }
}
