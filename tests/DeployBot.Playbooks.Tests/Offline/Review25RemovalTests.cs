using DeployBot.Core.Plans;

using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Review 25: the removed and destructive items a plan names are things an operator can look for, never grammar ("been"),
/// an adjective ("existing", "ancient"), a bare kind ("database", "variable"), a list's lead-in ("some deprecated
/// argument") or a ticket number; and a sentence that denies a drop or says the new version now deletes more removes
/// nothing of the release. Short notes of the same forms as the changelogs (terraform-provider-postgresql 1.10.0, RT
/// 4.2.11, GKE module 43.0, paho-mqtt 1.6.0 and 2.0.0, krane 2.0.0, logidze 1.4.1, mollie v3, solidus 4.0.0), not their words.
/// </summary>
public sealed class Review25RemovalTests
{
    /// <summary>Every quoted name the plan's removal lines give (checks, steps, summary, rollback), for assertions on junk.</summary>
    private static string RemovalLines(DeploymentPlan plan) =>
        string.Join("\n", Dump(plan).Split('\n').Where(line => Has(line, "Removed item") || Has(line, "Destructive item") || Has(line, "Remove every use of")
            || Has(line, "still uses") || Has(line, "removed items") || Has(line, "destructive items") || Has(line, "Removal rollback") || Has(line, "Contract step")));

    /// <summary>
    /// (terraform-provider-postgresql 1.10.0) "Now schemas will be dropped in any case" is a behaviour change of the
    /// provider, not a removed item: a user saw "Remove every use of \"schemas\" from your Terraform configuration", which
    /// makes Terraform destroy them, and with this release that destroy succeeds.
    /// </summary>
    [Fact]
    public void DeletionTheNewVersionNowMakes_IsNoRemovedItemToTakeOutOfTheConfiguration()
    {
        var plan = Plan("## 2.4.0 (https://github.com/acme/terraform-provider-acmedb/releases)\n\n### Features\n\n* `acmedb_schema`: Close sessions before drop schema (AcmeDB >= 9)\n\n  :warning: Before, Terraform failed to drop schemas that still had sessions.\n  Now schemas will be dropped in any case.\n");

        Assert.DoesNotContain(Actions(plan), action => action.StartsWith("Remove every use of", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.PreDeploymentChecks, check => check.StartsWith("Removed item", StringComparison.Ordinal));
        Assert.DoesNotContain("\"schema", RemovalLines(plan), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The same provider's real removal of an argument is still named and taken out of the configuration.</summary>
    [Fact]
    public void ProviderArgumentRemoved_IsStillTakenOutOfTheConfiguration()
    {
        var plan = Plan("## 2.5.0 (https://github.com/acme/terraform-provider-acmedb/releases)\n\n### Breaking\n\n* `acmedb_role`: the `legacy_login` argument has been removed.\n");

        Assert.Contains(Actions(plan), action => action.StartsWith("Remove every use of", StringComparison.Ordinal) && Has(action, "legacy_login"));
    }

    /// <summary>
    /// "The `old_endpoint` output has also been removed", "`$RequireTLS` has been removed", "Removed ancient Foo
    /// compatibility class", "users should remove this variable": a user saw "Removed item (\"been\")", "(\"ancient\")",
    /// "(\"variable\")" and was told to confirm that nothing still uses "been".
    /// </summary>
    [Theory]
    [InlineData("## 7.0.0\n\n### `proxy_config` Removal\n\nThe `proxy` and `proxy_auth` variables have been removed.  The `proxy_enabled` output has also been removed from these modules.\n", "been")]
    [InlineData("## 7.0.0\n\n### Breaking\n\n- The `cache_ttl` variable has been removed. Users currently setting `cache_ttl` should remove this variable from their module definition.\n", "variable")]
    [InlineData("=head2 UPGRADING FROM 5.1.3 AND EARLIER\n\nFor faster search, you may wish to drop existing C<trigram> and C<btree> indexes on\nC<Messages>, and re-generate them using C<acme-setup-search-index>.\n", "existing C")]
    [InlineData("## 3.1.0\n\n### Changes\n\n- Removed ancient Gopher compatibility class.\n- Drop support for the v1 wire format.\n", "ancient")]
    [InlineData("## 5.2.0\n\n### Upgrading\n\nThe C<$RequireTLS> option never had any effect.\nC<$RequireTLS> has been removed, and setting it logs a warning.\n", "been")]
    [InlineData("## 2026.4.0\n\n### Breaking\n\n- Removes the `edge-cache` feature from the agent.\n\n  Removed commands and flags:\n  - `agent edge-cache`\n  - `--edge-cache-port`, `--edge-cache-size`\n", "commands")]
    public void GrammarOrABareKind_IsNeverARemovedItem(string notes, string junk)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain($"\"{junk}\"", RemovalLines(plan), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>(paho-mqtt 2.0.0) "Remove some deprecated argument and method:" is a list's lead-in; the listed names are what goes.</summary>
    [Fact]
    public void ListLeadIn_IsNotTheRemovedItem()
    {
        var plan = Plan("## 4.0.0\n\n- **BREAKING** Remove some deprecated argument and method:\n\n  * ``max_batches`` argument in drain() is removed\n  * method ``retry_every()`` is removed\n");

        Assert.DoesNotContain("some deprecated argument", RemovalLines(plan), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("retry_every", RemovalLines(plan), StringComparison.Ordinal);
    }

    /// <summary>(krane 2.0.0) "Remove legacy annotation prefix [#512](…)": the ticket is no part of the name.</summary>
    [Fact]
    public void TicketReference_IsCutFromTheRemovedName()
    {
        var plan = Plan("## 3.0.0\n\n- Remove legacy webhook annotation prefix [#512](https://github.com/acme/shipit/pull/512)\n");

        Assert.Contains("legacy webhook annotation prefix", RemovalLines(plan), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("#512", RemovalLines(plan), StringComparison.Ordinal);
    }

    /// <summary>(logidze 1.4.1) "Don't drop functions in the install migration" is a fix that keeps them: a user saw it as a removed item.</summary>
    [Theory]
    [InlineData("## 2.0.3 (2026-01-10)\n\n- Don't drop functions in the install migration. ([@dev][])\n")]
    [InlineData("## 2.0.3\n\n- The install migration no longer drops the audit functions.\n")]
    public void NegatedDrop_IsNoRemoval(string notes)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(plan.PreDeploymentChecks, check => check.StartsWith("Removed item", StringComparison.Ordinal) || check.StartsWith("Destructive item", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("Removal rollback", StringComparison.Ordinal));
    }

    /// <summary>(mollie v3) "Removed `ApiClient` properties:" removes the listed members; the client class stays.</summary>
    [Fact]
    public void OwnerOfRemovedMembers_IsNotRemoved()
    {
        var plan = Plan("## Upgrading from v4 to v5\n\n### Orders\n\n- Removed `ShopClient` properties:\n  ```php\n  $client->orderLines;  // Removed\n  ```\n");

        Assert.DoesNotContain("\"ShopClient\"", RemovalLines(plan), StringComparison.Ordinal);
    }

    /// <summary>(solidus 4.0.0) "Remove unused columns from shop_rules": the contract step names the table, not "unused columns" alone.</summary>
    [Fact]
    public void KindWithoutName_IsNamedByItsTable()
    {
        var plan = Plan("## 9.0.0\n\n### Database\n\n* Remove unused columns from shop_rules by @dev in https://github.com/acme/shop/pull/48\n");

        Assert.DoesNotContain("\"unused columns\"", RemovalLines(plan), StringComparison.Ordinal);
        Assert.Contains("shop_rules", RemovalLines(plan), StringComparison.Ordinal);
    }

    /// <summary>
    /// (Request Tracker 4.2.11, in POD) "C&lt;$RequireTLS&gt; has been removed, and setting it logs a warning" removes a setting:
    /// a user saw "access logs and client versions" and "calls to … get the documented answer" for it, as for an endpoint.
    /// </summary>
    [Fact]
    public void RemovedSettingTheNotesSayIsSet_IsCheckedInTheConfig_NotInAccessLogs()
    {
        var plan = Plan("=head2 UPGRADING FROM 5.1.3 AND EARLIER\n\nC<$RequireTLS> has been removed, and setting it logs a warning that it has no effect.\n");

        Assert.Contains(Actions(plan), action => Has(action, "RequireTLS") && Has(action, "no deployment still sets"));
        Assert.DoesNotContain(Dump(plan).Split('\n'), line => Has(line, "access logs") || Has(line, "older clients"));
    }

    /// <summary>Real removals stay named: a column, an endpoint, a flag.</summary>
    [Theory]
    [InlineData("## 6.0.0\n\n- Drop column users.password_md5 (no reader left since 5.2).\n", "users.password_md5")]
    [InlineData("## 6.0.0\n\n- Removed the deprecated /v1/login endpoint; use /v2/login.\n", "/v1/login")]
    [InlineData("## 6.0.0\n\n- Remove the `--legacy-flag` option from the worker.\n", "--legacy-flag")]
    [InlineData("## 6.0.0\n\n- The old sessions table has been dropped.\n", "sessions")]
    public void RealRemoval_IsStillNamed(string notes, string name)
    {
        var plan = Plan(notes);

        Assert.Contains(name, RemovalLines(plan), StringComparison.Ordinal);
    }
}
