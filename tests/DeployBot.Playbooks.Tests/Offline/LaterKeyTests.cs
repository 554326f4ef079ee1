using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>A key the notes say to change after upgrading is changed after the rollout is verified, not applied before it.</summary>
public sealed class LaterKeyTests
{
    private static readonly OfflinePlanner Planner = new();

    [Theory]
    [InlineData("## 1.8.0\n\n- Misc: Switch from client side (cookie) sessions to server side sessions. We recommend that you change your SECRET_KEY after upgrading.")]
    [InlineData("## 2.4.0\n\n- Changed: sessions are stored server-side.\n- Changed: Default of AUTH_RATELIMIT_SUBNET changed to false.\n- Once you have upgraded, rotate SESSION_SIGNING_KEY.")]
    public void CreatePlan_KeyToChangeAfterUpgrading_ChangedAfterTheRolloutNotBefore(string notes)
    {
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        var actions = plan.Steps.Select(step => step.Action).ToList();
        var key = notes.Contains("SECRET_KEY", StringComparison.Ordinal) ? "\"SECRET_KEY\"" : "\"SESSION_SIGNING_KEY\"";
        var rollout = actions.FindLastIndex(action => action.Contains("rollout of", StringComparison.Ordinal));
        var later = actions.FindIndex(action => action.StartsWith($"After the rollout is verified, change {key}", StringComparison.Ordinal));
        Assert.True(rollout >= 0 && later > rollout, string.Join("\n", actions));
        Assert.DoesNotContain(actions, action => action.StartsWith("Apply the new", StringComparison.Ordinal) && action.Contains(key, StringComparison.Ordinal));
        Assert.Contains("sign in again", actions[later], StringComparison.Ordinal);
        Assert.Contains(plan.PreDeploymentChecks, check => check.Contains($"{key} is prepared but not applied first", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_KeyResetByTheReleaseToSetAgain_IsSetAfterTheRolloutNotBefore()
    {
        // "…; if you changed it, you must set it again after upgrading": the clause after the semicolon speaks of the key,
        // and setting it again comes after what reset it, whatever "must" says. It was applied before the rollout, which
        // the rollout then reset.
        var notes = "## 2.0.0\n\n- `CACHE_TTL` was reset to its default; if you changed it, you must set it again after upgrading";
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        var actions = plan.Steps.Select(step => step.Action).ToList();
        var rollout = actions.FindLastIndex(action => action.Contains("rollout of", StringComparison.Ordinal));
        var later = actions.FindIndex(action => action.StartsWith("After the rollout is verified, change \"CACHE_TTL\"", StringComparison.Ordinal));
        Assert.True(rollout >= 0 && later > rollout, string.Join("\n", actions));
        Assert.DoesNotContain(actions, action => action.StartsWith("Apply the new \"CACHE_TTL\"", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_KeyNamedBesideAnAfterUpgradingClause_IsStillAppliedBeforeTheRollout()
    {
        var notes = "## 3.1.0\n\n- LEGACY_GATEWAY_URL is ignored after upgrading. Set PARTNER_API_URL to the new gateway before the upgrade.";
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        var actions = plan.Steps.Select(step => step.Action).ToList();
        var apply = actions.FindIndex(action => action.StartsWith("Apply the new", StringComparison.Ordinal) && action.Contains("PARTNER_API_URL", StringComparison.Ordinal));
        var rollout = actions.FindIndex(action => action.Contains("rollout of", StringComparison.Ordinal));
        Assert.True(apply >= 0 && apply < rollout, string.Join("\n", actions));
        Assert.DoesNotContain(actions, action => action.StartsWith("After the rollout is verified, change", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatePlan_ConfigOnlyReleaseWithAKeyToChangeLater_StillRestartsForTheOtherKeys()
    {
        var notes = "- Set SESSION_TIMEOUT=30m in the service config.\n- Change your SECRET_KEY after upgrading.";
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        var actions = plan.Steps.Select(step => step.Action).ToList();
        var restart = actions.FindIndex(action => action.StartsWith("Restart the service with a rolling restart", StringComparison.Ordinal) && action.Contains("\"SESSION_TIMEOUT\"", StringComparison.Ordinal));
        var later = actions.FindIndex(action => action.StartsWith("After the changes above are verified, change \"SECRET_KEY\"", StringComparison.Ordinal));
        Assert.True(restart >= 0 && later > restart, string.Join("\n", actions));
    }
}
