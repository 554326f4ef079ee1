using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// FRESH28 sweep, "changed defaults not pinned" (7 plans; #14 static-web-server v3: "Default port changed from `80` to
/// `8787`", "`--compression-static` and `--security-headers` are now enabled by default"): a default the release changes is
/// taken silently wherever the environment never set it, so the owner decides before the rollout. Only upper-case settings
/// were read before (failed on main at 5fd4882: no check named them). Notes of the same forms in other projects' words.
/// </summary>
public sealed class Review31DefaultsTests
{
    private static string? DefaultsCheck(string notes) =>
        Plan(notes).PreDeploymentChecks.SingleOrDefault(check => check.StartsWith("Changed defaults:", StringComparison.Ordinal));

    [Theory]
    [InlineData("## v5.0.0\n\n### Breaking\n\n- Default listen port changed from `8080` to `9000`.\n- New `/metrics` endpoint.\n", "the listen port `8080` → `9000`")]
    [InlineData("## 6.0.0\n\n- `enable_nat_gateway` now defaults to `true`\n- `single_nat_gateway` now defaults to `false`\n", "`enable_nat_gateway` now `true`")]
    [InlineData("## 2.0.0\n\n- `--gzip` and `--strict-transport-security` are now enabled by default.\n- Drop the legacy admin page.\n", "`--strict-transport-security` now enabled")]
    [InlineData("## 3.0.0\n\n- Default service type has been changed from NodePort to ClusterIP\n", "the service type `NodePort` → `ClusterIP`")]
    public void AChangedDefault_IsDecidedBeforeTheRollout(string notes, string named)
    {
        var check = DefaultsCheck(notes);

        Assert.NotNull(check);
        Assert.Contains(named, check, StringComparison.Ordinal);
        Assert.Contains("before starting", check, StringComparison.Ordinal);
    }

    /// <summary>Counterexamples: a default mentioned but not changed, and "the default value was changed" that names no key.</summary>
    [Theory]
    [InlineData("## 1.4.0\n\n- Document the default port (`8080`) in the README.\n")]
    [InlineData("## 1.4.1\n\n- Fix: the default value was changed from `true` to `false` by mistake in 1.4.0 and is restored.\n")]
    public void NoChangedDefault_NoCheck(string notes)
    {
        Assert.Null(DefaultsCheck(notes));
    }
}
