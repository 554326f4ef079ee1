using DeployBot.Core.Plans;
using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// (nodejs-pubsub 5.0.0, vonage-node-sdk 4.0.0) A library or SDK release is deployed in the services that depend on it: the
/// dependency is raised in each, their code changed for its breaking changes, CI tests them, and each service is rolled out;
/// the way back is pinning the previous version. A user saw "Start the rollout of version 5.0.0" and "Confirm that CI built
/// and scanned the release image", as if the library were a service of theirs.
/// </summary>
public sealed class LibraryReleasePlanTests
{
    /// <summary>The repository the notes link to as their own names a language binding or an SDK.</summary>
    private const string NamedSdk = "## [3.0.0](https://github.com/acme/acme-node-sdk/compare/v2.9.0...v3.0.0) (2025-01-01)\n\n### ⚠ BREAKING CHANGES\n\n* drop support for Node 16 ([#40](https://github.com/acme/acme-node-sdk/issues/40))\n* remove deprecated retry options\n\n### Bug Fixes\n\n* **auth:** fix token refresh ([#12](https://github.com/acme/acme-node-sdk/issues/12))\n";

    /// <summary>The notes speak as the library.</summary>
    private const string SelfNamed = "## 7.1.0\n\nThis library now requires Python 3.9 or later.\n\n- Added `Client.close()` to release pooled connections.\n- Fixed retries on HTTP 503 responses.\n";

    /// <summary>An install command beside code that imports the package.</summary>
    private const string InstallAndImport = "## 2.0.0\n\nInstall with `npm install @acme/widgets@2`.\n\n```js\nimport { Widget } from '@acme/widgets'\n```\n\n- `Widget.render` now returns a promise.\n- Fixed a memory leak in `Widget.destroy`.\n";

    [Theory]
    [InlineData(NamedSdk, "3.0.0")]
    [InlineData(SelfNamed, "7.1.0")]
    [InlineData(InstallAndImport, "2.0.0")]
    public void LibraryRelease_IsABumpInTheServicesThatUseIt_NotAnImageOfItsOwn(string notes, string version)
    {
        var plan = Plan(notes);
        var steps = Actions(plan);

        Assert.DoesNotContain(steps, action => Has(action, "built and scanned the release image"));
        Assert.DoesNotContain(steps, action => Has(action, $"rollout of version {version}"));
        var list = steps.FindIndex(action => action.StartsWith("List every service that depends on", StringComparison.Ordinal));
        var bump = steps.FindIndex(action => Has(action, $"to version {version} and update the lock file"));
        var rollout = steps.FindIndex(action => action.StartsWith("Start the rollout of each service upgraded to", StringComparison.Ordinal));
        Assert.True(list >= 0 && bump > list && rollout > bump, Dump(plan));
        Assert.Contains(plan.Rollback, line => line.StartsWith("Library rollback", StringComparison.Ordinal) && Has(line, "pin the previous version"));
        Assert.DoesNotContain(plan.Rollback, line => line.StartsWith("Version rollback", StringComparison.Ordinal));
        Assert.Contains(plan.Summary, line => Has(line, $"to version {version} in the services that depend on it"));
        Assert.Contains(plan.Verification, line => line.StartsWith("Library:", StringComparison.Ordinal));
    }

    /// <summary>What a library removes is used by the code of the services that call it: no access logs or consumers to ask.</summary>
    [Fact]
    public void LibraryRemoval_IsTakenOutOfTheServicesCode_BeforeTheirRollout()
    {
        var plan = Plan(NamedSdk);
        var steps = Actions(plan);

        var remove = steps.FindIndex(action => action.StartsWith("Remove every use of", StringComparison.Ordinal) && Has(action, "retry options") && Has(action, "code of the services"));
        var rollout = steps.FindIndex(action => action.StartsWith("Start the rollout", StringComparison.Ordinal));
        Assert.True(remove >= 0 && rollout > remove, Dump(plan));
        Assert.DoesNotContain(steps, action => Has(action, "access logs"));
        Assert.DoesNotContain(plan.Summary, line => Has(line, "previous version brings"));
        Assert.DoesNotContain(plan.PreDeploymentChecks, line => Has(line, "consumers were told"));
    }

    /// <summary>An application that bumps a library, or a service whose name starts with "node-", is still rolled out as an image.</summary>
    [Theory]
    [InlineData("## 4.2.0\n\n- Bump @google-cloud/pubsub from 4.11.0 to 5.0.0 ([#311](https://github.com/acme/shop/pull/311))\n- Fix cart totals rounding ([#312](https://github.com/acme/shop/pull/312))\n")]
    [InlineData("## [4.1.0](https://github.com/node-red/node-red/compare/4.0.9...4.1.0)\n\n- Add a flow debugger panel ([#5001](https://github.com/node-red/node-red/pull/5001))\n- Fix editor crash on large flows ([#5002](https://github.com/node-red/node-red/pull/5002))\n")]
    public void Application_IsStillAnImageRollout(string notes)
    {
        var plan = Plan(notes);

        Assert.Contains(Actions(plan), action => Has(action, "built and scanned the release image"));
        Assert.DoesNotContain(Actions(plan), action => action.StartsWith("List every service that depends on", StringComparison.Ordinal));
    }
}
