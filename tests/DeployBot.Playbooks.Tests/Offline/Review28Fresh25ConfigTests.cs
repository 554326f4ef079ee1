using DeployBot.Testing.Plans;

using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// FRESH25 sweep, form 2 (open since FRESH23): a line that names no setting and speaks of config only in passing (a fix, a
/// feature, an internal refactor, a documentation link, a behaviour note) got "Apply the new settings and secrets of line N
/// of the notes" with "note when the old value will be revoked". The notes here are this file's own; every positive
/// produced that step before session 28.
/// </summary>
public sealed class Review28Fresh25ConfigTests
{
    [Theory]
    // A fix that mentions settings.
    [InlineData("## 1.8.3\n\n* Reload rules were corrected for nested settings such as 'metrics/*', so editing them no longer restarts the workers.\n* Faster startup of the scheduler.\n")]
    // An internal change that mentions configuration.
    [InlineData("## 1.8.3\n\n* Faster startup of the scheduler.\n\n> **NOTE:** the storage layer was refactored internally, with no functional change; its configuration will be reworked in the next major release.\n")]
    // A changelog entry with its ticket.
    [InlineData("## 4.2.1\n\n- [#981](https://github.com/acme/logkit/pull/981) Errors while loading a config section are now reported at Error level. (@dev)\n- [#977](https://github.com/acme/logkit/pull/977) Lower allocations in the JSON layout. (@dev)\n")]
    // A new optional feature.
    [InlineData("## 0.9.2\n\n- Allow reloading the exporter configuration at runtime [#4410](https://github.com/acme/exporter/pull/4410)\n- Fix a crash on empty batches\n")]
    // A documentation link.
    [InlineData("## 7.0.0\n\n- Sessions are kept for 14 days.\n\nFor the full list, see `Settings reference <https://acme.example/docs/settings.html>`_.\n")]
    // A behaviour note about an option.
    [InlineData("## 0.14.0\n\n### Enhancements\n\n  * `verify: :none` now logs a warning, since no server certificate is checked\n  * Faster decoding of arrays\n")]
    public void ALineThatOnlyMentionsConfig_GetsNoApplySettingsStep(string notes)
    {
        var plan = Plan(notes);
        var actions = Actions(plan);

        Assert.DoesNotContain(actions, action => Has(action, "Apply the new settings and secrets"));
        Assert.DoesNotContain(actions, action => Has(action, "will be revoked"));
    }

    /// <summary>Counterexamples: a setting the notes name, a value the operator is told to set, a secret to rotate, a renamed key still get their step.</summary>
    [Theory]
    [InlineData("## 3.1.0\n\n- New required setting `QUEUE_VISIBILITY_TIMEOUT` (seconds); set it before upgrading.\n", "QUEUE_VISIBILITY_TIMEOUT")]
    [InlineData("## 3.1.0\n\n- You must set `cache.max_entries = 5000` in the server configuration before upgrading.\n", "Apply the new")]
    [InlineData("## 3.1.0\n\n- Rotate the Stripe webhook secret and load the new one from the vault.\n", "Apply the new")]
    [InlineData("## 3.1.0\n\nIn order to upgrade, remove the `legacy_sink` entry from your logging configuration.\n", "Apply the new")]
    public void ARealSettingLine_StillGetsItsStep(string notes, string expected)
    {
        var plan = Plan(notes);

        Assert.Contains(Actions(plan), action => Has(action, expected));
    }

    /// <summary>A setting with no secret in it has no old value to revoke; a rotated secret still has one.</summary>
    [Fact]
    public void ASecret_StillGetsItsRevocationNote()
    {
        var plan = Plan("## 3.1.0\n\n- Rotate the Stripe webhook secret and load the new one from the vault.\n");

        Assert.Contains(Actions(plan), action => Has(action, "revoked"));
    }
}
