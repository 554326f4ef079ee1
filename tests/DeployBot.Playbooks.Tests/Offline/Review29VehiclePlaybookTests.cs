using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// The vehicle of Ansible content and Terraform modules, from the FRESH25 sweep (29th session): an Ansible collection and
/// a set of roles whose notes rename inventory variables, and a module whose notes change its <c>source</c> and rename
/// its inputs, were planned as an image canary "of 10% of traffic". Every positive fails on main at dd4e348.
/// </summary>
public sealed class Review29VehiclePlaybookTests
{
    private const string Collection = "## v3.0.0\n\n### Breaking Changes\n\n* The collection now requires ansible-core 2.16 or newer.\n* acme_server module - the `restart_policy` option was removed.\n* All lookup plugins moved to the new `acme.infra.query` plugin.\n";

    [Fact]
    public void AnsibleCollection_IsPinnedAndRunInCheckModeFirst_WithNoImageCanary()
    {
        var plan = Plan(Collection);
        var actions = Actions(plan);

        Assert.Contains(plan.Summary, line => Has(line, "an upgrade of the Ansible collection to version 3.0.0"));
        Assert.Contains(actions, step => Has(step, "ansible-galaxy collection install") && Has(step, "version 3.0.0"));
        Assert.Contains(actions, step => Has(step, "`ansible-core` must be 2.16 or newer"));
        Assert.Contains(actions, step => Has(step, "--check --diff") && Has(step, "one host group"));
        Assert.DoesNotContain(actions, step => Has(step, "as a canary") || Has(step, "kubectl"));
        Assert.Contains(plan.Rollback, line => Has(line, "Ansible rollback") && Has(line, "pin the previous version"));
        Assert.DoesNotContain(plan.Rollback, line => Has(line, "previous image tag"));
    }

    private const string Roles = "v4.2.0 (2025-03-01)\n-------------------\n\nInventory variable changes\n~~~~~~~~~~~~~~~~~~~~~~~~~~\n\n- The :ref:`acme.sshd` role was rewritten; its inventory variables changed:\n\n  +------------------------+---------------------------------+---------------+\n  | Old variable name      | New variable name               | Changed value |\n  +========================+=================================+===============+\n  | ``sshd__allow_list``   | :envvar:`sshd__allowed_users`   | Yes           |\n  +------------------------+---------------------------------+---------------+\n  | ``sshd__banner_text``  | :envvar:`sshd__banner`          | No            |\n  +------------------------+---------------------------------+---------------+\n  | ``sshd__legacy_ciphers`` | Removed                       | No            |\n  +------------------------+---------------------------------+---------------+\n\n- Variable ``sshd__port_list`` has been renamed to ``sshd__ports``.\n";

    [Fact]
    public void AnsibleRolesThatRenameInventoryVariables_ChangeTheInventoryBeforeTheRun()
    {
        var plan = Plan(Roles);
        var actions = Actions(plan);

        var inventory = actions.FindIndex(step => Has(step, "Change the inventory") && Has(step, "`sshd__allow_list` → `sshd__allowed_users` (its value changes format too")
            && Has(step, "`sshd__banner_text` → `sshd__banner`") && Has(step, "`sshd__legacy_ciphers` (removed") && Has(step, "`sshd__port_list` → `sshd__ports`"));
        var check = actions.FindIndex(step => Has(step, "--check --diff"));
        Assert.True(inventory >= 0 && check > inventory, Dump(plan));
        Assert.Contains(plan.Summary, line => Has(line, "the Ansible roles to version 4.2.0"));
        Assert.DoesNotContain(actions, step => Has(step, "as a canary"));
    }

    private const string Module = "# Upgrading to v6.0\n\n## Google provider v4 support has been removed\n\nEvery caller must use `acme/gke/google` instead of `acme/gke/google//modules/v5` as module `source`.\n\n## `var.enable_shielded_nodes` has been renamed to `var.shielded_nodes_enabled`\n\n## `var.enable_private_endpoint` has been renamed to `var.private_endpoint_enabled`\n";

    [Fact]
    public void ModuleNotesThatChangeItsSourceAndInputs_AreAModuleUpgradeWithThoseEdits()
    {
        var plan = Plan(Module);
        var actions = Actions(plan);

        Assert.Contains(plan.Summary, line => Has(line, "an upgrade of the module to version 6.0"));
        Assert.Contains(actions, step => Has(step, "Change the `source`") && Has(step, "from `acme/gke/google//modules/v5` to `acme/gke/google`"));
        Assert.Contains(actions, step => Has(step, "Rename the inputs") && Has(step, "`var.enable_shielded_nodes` → `var.shielded_nodes_enabled`"));
        Assert.Contains(actions, step => Has(step, "required_providers") && Has(step, "Google provider v4 support has been removed"));
        Assert.DoesNotContain(actions, step => Has(step, "as a canary"));
        Assert.Contains(plan.Rollback, line => Has(line, "Module rollback"));
    }

    /// <summary>A service's notes that mention the Ansible role deploying it or a playbook keep the service's image rollout.</summary>
    [Fact]
    public void ServiceThatShipsAnAnsibleRole_KeepsItsImageRollout()
    {
        var plan = Plan("## 6.3.0\n\n- The example Ansible playbook and role now install the agent on Ubuntu 24.04.\n- Upgrade your instances: the Docker image listens on port 9000.\n- Fixed a crash when the queue is empty.\n");

        Assert.Contains(Actions(plan), step => Has(step, "Start the rollout of version 6.3.0 as a canary"));
        Assert.DoesNotContain(plan.Summary, line => Has(line, "Ansible"));
    }

    private const string KubernetesOperator = "## [1.8.0](https://example.org/acme/redis-operator/compare/1.7.0...1.8.0)\n\n### Changed\n* The operator now reconciles `RedisCluster` resources in parallel.\n* The CRDs gain a `spec.backup.schedule` field.\n* Added the `redis_operator_reconcile_errors` operator metric.\n";

    /// <summary>(ClickHouse operator 0.23.4) A Kubernetes operator's release is its CRDs first, then the operator through its chart or bundle, never a 10% canary.</summary>
    [Fact]
    public void KubernetesOperator_UpgradesItsCrdsFirst_ThenTheOperator_WithNoCanary()
    {
        var plan = Plan(KubernetesOperator);
        var actions = Actions(plan);

        Assert.Contains(plan.Summary, line => Has(line, "an upgrade of the operator to version 1.8.0"));
        var crds = actions.FindIndex(step => Has(step, "Apply the CRDs of version 1.8.0 first"));
        var upgrade = actions.FindIndex(step => Has(step, "Upgrade the operator itself to version 1.8.0") && Has(step, "may restart"));
        Assert.True(crds >= 0 && upgrade > crds, Dump(plan));
        Assert.DoesNotContain(actions, step => Has(step, "as a canary"));
        Assert.Contains(plan.Rollback, line => Has(line, "Operator rollback") && Has(line, "the CRDs stay at the new version"));
    }

    /// <summary>"The operator" as the person who runs a service, with no CRD or custom resource, keeps the image rollout.</summary>
    [Fact]
    public void ServiceNotesThatAddressTheOperator_KeepTheImageRollout()
    {
        var plan = Plan("## 2.1.0\n\n- The operator can now pause the job queue from the admin UI.\n- Worker pods drain their jobs before they stop.\n");

        Assert.Contains(Actions(plan), step => Has(step, "Start the rollout of version 2.1.0 as a canary"));
        Assert.DoesNotContain(plan.Summary, line => Has(line, "upgrade of the operator"));
    }
}
