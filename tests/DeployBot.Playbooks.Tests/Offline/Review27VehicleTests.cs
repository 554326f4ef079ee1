using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// How a release reaches its pods, from the FRESH23 sweep (27th session): what the new version cannot start without is
/// provided first, a component goes out by one vehicle (its stated chart version, or its image), and a fix that needs a
/// restart gets it. Every positive fails on the earlier code.
/// </summary>
public sealed class Review27VehicleTests
{
    /// <summary>
    /// (kubernetes-ingress 1.0.0) "The Ingress Controller will fail to start if there are no cert and key for the default
    /// server": no step created them, so the new pods crash-loop. The form: what a version cannot start without is provided
    /// before the rollout, and the rollout is checked for having started.
    /// </summary>
    [Theory]
    [InlineData("## 3.0.0\n\n- Add a metrics listener. **Note**: The proxy will fail to start if there is no TLS certificate for the metrics listener. Pass a Secret with it as an argument.\n- Fix a race in config reloads.\n", "TLS certificate for the metrics listener")]
    [InlineData("## 5.1.0\n\n* The worker now requires a license file in /etc/worker, or it will not start.\n* Faster job polling.\n", "a license file in /etc/worker")]
    public void VersionThatWillNotStartWithoutSomething_ProvidesItBeforeTheRollout(string notes, string needed)
    {
        var plan = Plan(notes);
        var actions = Actions(plan);

        var provide = actions.FindIndex(action => Has(action, "needs to start") && Has(action, needed));
        Assert.True(provide >= 0, Dump(plan));
        Assert.True(provide < actions.FindIndex(action => Has(action, "Start the rollout")), Dump(plan));
        Assert.Contains(plan.Verification, line => Has(line, "Start-up:") && Has(line, needed));
    }

    /// <summary>Counterexample: a fixed start-up bug, or a start that no longer needs something, asks nothing to be provided.</summary>
    [Theory]
    [InlineData("## 3.0.1\n\n- Fixed a bug where the worker would not start when the queue was empty.\n")]
    [InlineData("## 3.1.0\n\n- The agent no longer fails to start without a config file; it uses the defaults.\n")]
    public void StartUpFixes_AskNothingToBeProvided(string notes)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(Actions(plan), action => Has(action, "needs to start"));
        Assert.DoesNotContain(plan.Verification, line => Has(line, "Start-up:"));
    }

    /// <summary>
    /// (kubernetes-ingress 1.8.1, 1.9.1) A user saw `helm upgrade --atomic` and then a canary of the same controller's image,
    /// with the chart version the notes give unpinned. The form: "use version N of the chart" / "the version of the Helm
    /// chart is now N" is the one vehicle, `helm upgrade --version N`.
    /// </summary>
    [Theory]
    [InlineData("## 2.4.0\n\nCHANGES:\n\n- Update the proxy to 1.25.3.\n\nHELM CHART:\n\n- The version of the Helm chart is now 1.3.0.\n\nUPGRADE:\n\n- Use the 2.4.0 image from our registry: `example/proxy:2.4.0`.\n")]
    [InlineData("## 2.4.0\n\nCHANGES:\n\n- Add pull secret support to the helm chart.\n\nUPGRADE:\n\n- Use the 2.4.0 image from our registry: `example/proxy:2.4.0`.\n- For Helm, use version 1.3.0 of the chart.\n")]
    public void StatedChartVersion_IsTheOneVehicle_Pinned(string notes)
    {
        var actions = Actions(Plan(notes));

        Assert.Contains(actions, action => Has(action, "helm upgrade --version 1.3.0"));
        Assert.DoesNotContain(actions, action => Has(action, "Start the rollout of"));
    }

    /// <summary>
    /// (kubernetes-ingress 1.0.0) An infrastructure component's own release, which names no chart, got an assumed chart upgrade
    /// beside its image canary: two vehicles for one component.
    /// </summary>
    [Fact]
    public void ComponentReleaseNamingNoChart_IsRolledOutOnce()
    {
        var actions = Actions(Plan("## 4.0.0\n\n- Ignore Ingress resources with empty hostnames.\n- Add the `example.org/lb-method` annotation.\n- Add graceful termination on SIGTERM.\n"));

        Assert.Contains(actions, action => Has(action, "Start the rollout of version 4.0.0"));
        Assert.DoesNotContain(actions, action => Has(action, "helm upgrade"));
    }

    /// <summary>Counterexample: a release that names its chart's values keeps the chart upgrade.</summary>
    [Fact]
    public void ReleaseNamingItsValuesFile_KeepsTheChartUpgrade()
    {
        var actions = Actions(Plan("## 1.2.0\n\n- Raise the ingress read timeout in `deploy/helm/values.yaml` to 120s\n- Add the CSV export endpoint\n"));

        Assert.Contains(actions, action => Has(action, "helm upgrade"));
    }

    /// <summary>
    /// (consul-helm 0.24.1) "To roll out this fix, all Connect deployments must be restarted so that they are re-injected" had
    /// no step: the upgrade alone leaves the fix out. The form: what the notes restart to apply a fix is restarted once the
    /// new version runs.
    /// </summary>
    [Theory]
    [InlineData("## 1.4.1\n\nBUG FIXES:\n\n* Bumps the default agent to `2.3.1`. This fixes sidecars that stay unhealthy for 60s\n  after a restart. To roll out this fix, all injected workloads must\n  be restarted so that they are re-injected.\n", "all injected workloads")]
    [InlineData("## 1.4.1\n\n- Fix a memory leak in the log shipper.\n- The shipper daemons need to be restarted for the fix to take effect.\n", "The shipper daemons")]
    public void FixThatNeedsARestart_RestartsItOnceTheNewVersionRuns(string notes, string what)
    {
        var plan = Plan(notes);
        var actions = Actions(plan);

        var restart = actions.FindIndex(action => Has(action, "Once the new version runs, restart " + what));
        Assert.True(restart >= 0, Dump(plan));
        Assert.True(restart > actions.FindIndex(action => Has(action, "rollout")), Dump(plan));
    }

    /// <summary>Counterexample: notes that say no restart is needed get no restart step.</summary>
    [Fact]
    public void NoRestartNeeded_GetsNoRestartStep()
    {
        var actions = Actions(Plan("## 1.4.2\n\n- Fix a memory leak in the log shipper; the shipper reloads on its own, no restart is needed.\n"));

        Assert.DoesNotContain(actions, action => Has(action, "Once the new version runs, restart"));
    }
}
