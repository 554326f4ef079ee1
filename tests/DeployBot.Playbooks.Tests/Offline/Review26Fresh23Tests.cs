using DeployBot.Core.Plans;
using DeployBot.Testing.Plans;

using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Plan defects found by reading the FRESH23 plans (26th session), each in its general form with counterexamples that
/// must not fire; every test fails on the earlier code.
/// </summary>
public sealed class Review26Fresh23Tests
{
    /// <summary>
    /// (pomerium upgrade-0.14 and 0.16, "# Since 0.13.0") A guide headed by the version it upgrades from: a user saw
    /// "Start the rollout of version 0.13.0", the version being left. The target is the later release the body names as
    /// this guide's, or "the new version" when it names none; never the version in "since"/"from".
    /// </summary>
    [Theory]
    [InlineData("# Since 2.3.0\n\n## Breaking\n\nWith the v2.4 release, the `legacy_login` option no longer accepts user names; use e-mail addresses.\n", "version 2.4", "2.3.0")]
    [InlineData("# Changes since 7.1.0\n\n## Breaking\n\nStarting in v7.2, the `listen_port` setting must be set explicitly.\n", "version 7.2", "7.1.0")]
    [InlineData("# Upgrading from 3.2.1\n\n* The `--legacy-output` flag was removed; use `--output=json`.\n", "the new version", "3.2.1")]
    [InlineData("# Since 5.0.0\n\n* The `cache_dir` option was removed; the cache now lives in the data directory.\n", "the new version", "5.0.0")]
    public void GuideHeadedByTheVersionItLeaves_NeverRollsThatVersionOut(string notes, string target, string left)
    {
        var text = Dump(Plan(notes));

        Assert.Contains(Actions(Plan(notes)), action => Has(action, "rollout of " + target));
        Assert.DoesNotContain("version " + left, text, StringComparison.Ordinal);
    }

    /// <summary>A first line "Upgrading to X from Y" names the version upgraded to: it is rolled out, not "the new version".</summary>
    [Fact]
    public void FirstLineUpgradingToAVersion_RollsThatVersionOut()
    {
        var plan = Plan("Upgrading to 4.0.0 from 3.9.1\n\n* The `--legacy-output` flag was removed; use `--output=json`.\n");

        Assert.Contains(Actions(plan), action => Has(action, "rollout of version 4.0.0"));
        Assert.DoesNotContain("3.9.1", string.Join('\n', Actions(plan)), StringComparison.Ordinal);
    }

    /// <summary>Counterexample: a changelog headed by its own version keeps it, whatever "since" says in an item.</summary>
    [Fact]
    public void ChangelogHeadedByItsVersion_WithSinceInAnItem_KeepsItsVersion()
    {
        var plan = Plan("## 2.5.0\n\n- Fixed the export that has failed since 2.4.0 when the cache is empty\n- Added a `retry_limit` option\n");

        Assert.Contains(Actions(plan), action => Has(action, "rollout of version 2.5.0"));
    }

    /// <summary>
    /// (consul-helm 0.31.0) The chart's own `Chart.yaml` was taken as the values file: a user saw `helm upgrade --version
    /// 0.31.0 -f Chart.yaml`, which resets every value they set, and "Set "apiVersion" and "kubeVersion" in `Chart.yaml`".
    /// </summary>
    [Theory]
    [InlineData("## 2.1.0 (May 3, 2026)\n\nBREAKING CHANGES:\n* Helm 2 is no longer supported: the `apiVersion` in `Chart.yaml` is now `v2`.\n\nIMPROVEMENTS:\n* Set `server.metrics.enabled` in the chart values to scrape the server.\n* Chart: bump the default agent image to 1.9.0.\n")]
    [InlineData("## 4.0.0\n\n* Declare `kubeVersion` in `Chart.yaml`: the chart is tested with Kubernetes 1.27+.\n* The `ingress.className` value replaces the annotation; set it in your values.\n* helm: the default image is now 4.0.0.\n")]
    public void ChartRelease_NeverUsesTheChartsOwnMetadataAsTheValuesFile(string notes)
    {
        var plan = Plan(notes);
        var text = Dump(plan);

        Assert.DoesNotContain("-f Chart.yaml", text, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Steps, step => step.Reference == "Chart.yaml");
        Assert.DoesNotContain(Actions(plan), action => Has(action, "in `Chart.yaml`"));
    }

    /// <summary>
    /// (consul-helm 0.31.0, "add printer column on CRD") A column of a Kubernetes resource's output is no database: a user
    /// saw "Run the expand migration … for "umn"" for a service mesh chart. (The backup check stays while the analysis reads a
    /// schema risk there: the validator asks for it.)
    /// </summary>
    [Theory]
    [InlineData("## 0.9.0\n\n* CRDs: add a printer column on the CRD to display the last synced time\n* Controller: retry failed reconciles with a backoff\n")]
    [InlineData("## 3.2.0\n\n* Operator: add an `Age` column to the `kubectl get` output of the custom resource\n* Fix the webhook certificate rotation\n")]
    public void ColumnOfAKubernetesResourceOutput_PlansNoSchemaWork(string notes)
    {
        var text = Dump(Plan(notes));

        Assert.DoesNotContain("expand migration", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("for \"umn\"", text, StringComparison.Ordinal);
    }

    /// <summary>Counterexample: a column added to a named table is still a schema change with its expand migration.</summary>
    [Fact]
    public void ColumnAddedToATable_KeepsTheExpandMigration()
    {
        var plan = Plan("## 3.1.0\n\n- Adds the `invoices.due_date` column (nullable) to the invoices table\n");

        Assert.Contains(Actions(plan), action => Has(action, "expand migration"));
    }

    /// <summary>
    /// (delayed_job 3.0.0, agenda 6.0.0-alpha.0) "X support is provided by a separate gem", "Move the MongoDB backend to a
    /// separate package", "daemons is no longer a runtime dependency": without the new package the workers do not start.
    /// The plan had no dependency step at all; now the dependency change is made and built before the rollout.
    /// </summary>
    [Theory]
    [InlineData("## 5.0.0\n\n* Change: Redis queue support is provided by a separate gem\n* New: per-queue priorities\n")]
    [InlineData("## 9.0.0\n\nMajor Changes:\n- Move the Postgres backend to a separate package\n- Drop the deprecated `every` alias\n")]
    [InlineData("## 2.0.0\n\n* Change: `thor` is no longer a runtime dependency\n* New: job tags\n")]
    [InlineData("## 6.1.0\n\n* The YAML serializer was extracted into its own gem; if you serialize jobs as YAML, you must add `job-yaml` to your Gemfile\n")]
    public void DependencyThatMovesOutOfTheRelease_IsChangedInTheBuildBeforeTheRollout(string notes)
    {
        var actions = Actions(Plan(notes));

        var dependency = actions.FindIndex(action => action.StartsWith("Before the build, change the application's dependencies", StringComparison.Ordinal));
        var rollout = actions.FindIndex(action => Has(action, "rollout of") || Has(action, "helm upgrade"));
        Assert.True(dependency >= 0 && (rollout < 0 || dependency < rollout), string.Join('\n', actions));
        Assert.DoesNotContain(actions, action => action.StartsWith("Once the new version runs, do what the notes ask", StringComparison.Ordinal));
    }

    /// <summary>Counterexamples: a separate page, a dependency the notes say needs nothing, a fixed bug in a dependency.</summary>
    [Theory]
    [InlineData("## 5.0.1\n\n* Docs: moved the FAQ to a separate page\n* New: per-queue priorities\n")]
    [InlineData("## 5.0.2\n\n* Fix: a crash when the separate gem for Redis support is not installed\n")]
    [InlineData("## 5.0.3\n\n* Bumped `rack` to 3.1; there is no need to add anything to your Gemfile\n")]
    public void NoDependencyChange_GetsNoDependencyStep(string notes) =>
        Assert.DoesNotContain(Actions(Plan(notes)), action => Has(action, "change the application's dependencies"));

    /// <summary>
    /// (sanctum upgrade-4.0) "In your application's `config/sanctum.php` file, update …": a user saw "Apply the new settings
    /// and secrets of line 23 …: "config/sanctum.php"" through a ConfigMap, and `php artisan vendor:publish` run "once the
    /// new version runs", where the files it writes are lost with the container. Both are repository changes, built first.
    /// </summary>
    [Fact]
    public void ConfigFileInCodeAndPublishCommand_AreCommittedAndBuiltBeforeTheRollout()
    {
        const string notes = "# Upgrade Guide\n\n## Upgrading To 5.0 From 4.x\n\n### Middleware\n\nIn your application's `config/shield.php` configuration file, you should update the `verify_token` middleware reference to the new class.\n\n### Views\n\nShield no longer loads its views from the package. Publish them to your application:\n\n```bash\nphp artisan vendor:publish --tag=shield-views\n```\n";
        var input = PlanInputs.ProductionInput(notes: notes, window: "Sat 22:00-02:00 CET", flag: null);
        var plan = Plan(notes);
        var actions = Actions(plan);

        Assert.Empty(PlanValidator.Validate(plan, input));
        var code = actions.FindIndex(action => action.StartsWith("Before the build, change `config/shield.php`", StringComparison.Ordinal));
        var publish = actions.FindIndex(action => action.StartsWith("Before the build, run `php artisan vendor:publish --tag=shield-views`", StringComparison.Ordinal));
        var rollout = actions.FindIndex(action => Has(action, "rollout of"));
        Assert.True(code >= 0 && publish >= 0 && rollout > Math.Max(code, publish), string.Join('\n', actions));
        Assert.DoesNotContain(actions, action => Has(action, "config/shield.php") && Has(action, "Apply the new"));
        Assert.DoesNotContain(actions, action => action.StartsWith("Once the new version runs", StringComparison.Ordinal) && Has(action, "vendor:publish"));
        Assert.DoesNotContain(plan.Steps, step => step.Reference is { } reference && Has(reference, "configmap") && Has(step.Action, "shield"));
    }

    /// <summary>Counterexample: a runtime config file (YAML) the notes ask to change is still applied as config, and a fixed typo in a PHP config file asks nothing.</summary>
    [Theory]
    [InlineData("## 2.2.0\n\n* Set `queue.retry_after` in `config/queue.yaml` to 120 before upgrading\n")]
    public void RuntimeConfigFile_IsNotACodeChange(string notes) =>
        Assert.DoesNotContain(Actions(Plan(notes)), action => action.StartsWith("Before the build, change `", StringComparison.Ordinal));

    /// <summary>
    /// (pghero 2.0.0) "Historical query stats require the `pghero_query_stats` table to have `query_hash` and `user`
    /// columns": the plan had no schema step, so the stats job failed on every run. An expand migration adds them first.
    /// </summary>
    [Theory]
    [InlineData("## 3.0.0\n\nBreaking changes\n\n- Audit history requires the `audit_events` table to have `tenant_id` and `actor` columns\n- Requires pg_query 2.0+\n", "audit_events", "tenant_id")]
    [InlineData("## 1.5.0\n\n- Rate limiting needs the `limit_key` column on the `api_clients` table\n", "api_clients", "limit_key")]
    public void TableRequiredToHaveColumns_GetsAnExpandMigrationBeforeTheRollout(string notes, string table, string column)
    {
        var actions = Actions(Plan(notes));

        var expand = actions.FindIndex(action => Has(action, "expand migration") && Has(action, table) && Has(action, column));
        var rollout = actions.FindIndex(action => Has(action, "rollout of"));
        Assert.True(expand >= 0 && (rollout < 0 || expand < rollout), string.Join('\n', actions));
    }

    /// <summary>Counterexample: a table the release only reads ("now shows the `users` table size") asks for no column.</summary>
    [Fact]
    public void TableOnlyMentioned_GetsNoColumnStep() =>
        Assert.DoesNotContain(Actions(Plan("## 1.6.0\n\n- The dashboard now shows the size of the `users` table\n")), action => Has(action, "add \""));
}
