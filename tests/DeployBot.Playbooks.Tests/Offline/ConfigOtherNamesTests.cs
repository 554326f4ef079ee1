using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// The "Apply the new …" step names what is applied, and only that: a config file it already named is not named again, and
/// neither code (a call, a language's literal) nor the component an item is about is offered as a setting to apply.
/// </summary>
public sealed class ConfigOtherNamesTests
{
    private static readonly OfflinePlanner Planner = new();

    [Theory]
    // argo-events v1.9.4's shape: the key and the two files were named, then both files again after the colon.
    [InlineData("## 1.9.4\n\n- fix: quote `JS_KEY` in `nats.conf` and `nats-cluster.conf` of the JetStream EventBus", "nats.conf")]
    // jwx v2.0.21's shape: a call in the service's code is no setting of production's config.
    [InlineData("## 2.0.21\n\n- Added a new setting: `jwe.Settings(jwe.WithMaxDecompressBufferSize(int64))` limits the decompressed size, default 10MB", "jwe.Settings")]
    // sentry-ruby's shape: a language's literal is a value, never a setting's name.
    [InlineData("## 6.0.0\n\n- The `config.enabled_environments` setting now defaults to `nil`, so events are sent from every environment", "nil")]
    // opentelemetry-python's shape: the package an item is about is no setting.
    [InlineData("## 1.40.0\n\n- `opentelemetry-sdk`: Allow loading all resource detectors by setting `OTEL_EXPERIMENTAL_RESOURCE_DETECTORS` to `*`", "opentelemetry-sdk")]
    public void CreatePlan_ConfigItem_ApplyStepNamesNoCodeScopeOrRepeatAfterTheColon(string notes, string notASetting)
    {
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);

        var plan = Planner.CreatePlan(input, null, 0, null);

        Assert.Empty(PlanValidator.Validate(plan, input));
        var apply = Assert.Single(plan.Steps, step => step.Action.StartsWith("Apply the new", StringComparison.Ordinal)).Action;
        var colon = apply.IndexOf("):", StringComparison.Ordinal);
        var after = colon < 0 ? string.Empty : apply[colon..];
        Assert.DoesNotContain(notASetting, after, StringComparison.Ordinal);
    }
}
