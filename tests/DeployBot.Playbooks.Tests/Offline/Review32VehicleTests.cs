using DeployBot.Playbooks.Changes;
using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// The vehicle of a library or SDK and of a Terraform provider's upgrade guide, from the FRESH28 review (32nd session):
/// a .NET messaging library, a Kotlin framework and a one-item SDK changelog were planned as "the rollout of version X as
/// a canary" of an image that does not exist, and a provider's upgrade guide as an image canary with a ConfigMap. A library
/// is known by the weight of what its notes say of its API surface (type names, exception types, a type's shape, the
/// platforms its users build for, "your applications", a client it now depends on), none alone; a provider's guide by its
/// sections per resource type. Every positive fails on main at 369f590 (the image canary, or no package at all).
/// </summary>
public sealed class Review32VehicleTests
{
    [Theory]
    [InlineData("MassTransit__MassTransit__upgrade-8-3-2.md")]
    [InlineData("MassTransit__MassTransit__upgrade-8-3-5.md")]
    [InlineData("MassTransit__MassTransit__upgrade-8-4-0.md")]
    [InlineData("getsentry__sentry-dotnet__5-11-2.md")]
    [InlineData("ktorio__ktor__3-0-0.md")]
    [InlineData("ktorio__ktor__3-3-3.md")]
    [InlineData("ktorio__ktor__3-4-3.md")]
    public void Fresh28Library_IsADependencyBumpInTheServices_NotAnImageCanary(string fixture)
    {
        var plan = Plan(FixtureNotes.Read(Path.Combine(FixtureNotes.Folder, "Fresh28", fixture)).Notes);
        var actions = Actions(plan);

        Assert.Contains(plan.Summary, line => Has(line, "in the services that depend on it"));
        Assert.Contains(actions, step => Has(step, "In each of those services, raise"));
        Assert.DoesNotContain(actions, step => step.StartsWith("Start the rollout of version", StringComparison.Ordinal) || step.StartsWith("Start the rollout of the new version", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => Has(line, "Library rollback"));
    }

    /// <summary>The same forms in other projects' words: a Kotlin/Java HTTP client, a Go SDK, a Python client, a .NET library.</summary>
    [Theory]
    [InlineData("# 2.7.0\n\n### Bugfixes\n* OkHttp engine: `HttpTimeout` is ignored for WebSocket calls\n* Android: RequestBodyWriterException when the body is empty\n* iOS: ResponseChannelClosedError after cancelling a call\n* JS browser: CookieStorageManager loses cookies\n* Deprecated `HttpClientConfig.engine` in KDoc\n", "2.7.0")]
    [InlineData("## v3.2.0\n\n- `StreamingRequestBuilder.WithRetry` now takes a `RetryPolicy`\n- The gRPC client v1.64 is now used; read its notes if you share a connection\n- PaymentIntentCreateParams, PaymentIntentConfirmParams and RefundListOptions gain `Metadata`\n- Fixed a panic when `client.Charges.List()` is cancelled\n", "3.2.0")]
    [InlineData("## 4.1.0\n\n- `Client.messages.create()` raises RateLimitExceededError instead of ConnectionTimeoutError on HTTP 429\n- `AsyncClient` should be an object, not a class, in type hints\n- Code in your applications on Python 3.8 stays on 4.0\n", "4.1.0")]
    [InlineData("## Version 5.2\n\nThe `IMessageSerializer` interface and `ConsumeContext<T>` gained `ContentType`. Update any serializers in your applications.\n\nThe Kafka driver 2.4 is now required. The `context.Headers.TryGetValue()` overload with a default was removed.\n", "5.2")]
    public void LibraryInOtherWords_IsADependencyBump(string notes, string version)
    {
        var plan = Plan(notes);

        Assert.Contains(plan.Summary, line => Has(line, "in the services that depend on it"));
        Assert.Contains(Actions(plan), step => Has(step, $"to version {version}") && Has(step, "raise"));
        Assert.DoesNotContain(Actions(plan), step => Has(step, $"Start the rollout of version {version} as a canary"));
    }

    /// <summary>A one-item changelog of an SDK that links its own pull request once, by number, is that SDK's; a link in prose to a client library's change is a dependency's, and an application stays one.</summary>
    [Fact]
    public void OneItemChangelog_ByItsNumberedOwnLink_IsTheLibrarys_AndAProseLinkIsNot()
    {
        var sdk = PackagedRelease.Read("## 2.4.1\n\n### Fixes\n\n- Retries no longer resend an empty body ([#918](https://github.com/acme/acme-python/pull/918))", null);
        var app = PackagedRelease.Read("## 6.0\n\n- The name of the `jvm_classes_loaded` metric [has been changed](https://github.com/prometheus/client_java/pull/681); update dashboards.\n- The web interface shows the new name.", null);

        Assert.Equal(Package.Library, sdk?.Kind);
        Assert.Null(app);
    }

    /// <summary>An application's changelog that names exception types, a class and its Android app keeps its image rollout: each family alone is no library, and its server, UI and ports count against.</summary>
    [Theory]
    [InlineData("## 24.1.0\n\n- Fixed NullPointerException and IllegalStateException in the admin console when a realm has no users\n- The `UserProfileProvider` class is used by the account page\n- The Android and iOS apps can now sign in with passkeys\n- Upgrade your server with the container image acme/idp:24.1.0; it listens on port 8443\n", "24.1.0")]
    [InlineData("## 5.3.0\n\n- New settings page for retention (`retention_days` in server.conf)\n- ReportExportWorkerTimeout, MetricsRollupScheduler and ArchiveStorageBackend are now logged at start\n- Run the database migrations before starting the new version\n", "5.3.0")]
    public void ApplicationNamingTypes_KeepsItsImageRollout(string notes, string version)
    {
        var plan = Plan(notes);

        Assert.Contains(Actions(plan), step => Has(step, $"Start the rollout of version {version} as a canary"));
        Assert.DoesNotContain(plan.Summary, line => Has(line, "in the services that depend on it"));
    }

    /// <summary>A Terraform provider's upgrade guide, in sections per resource type: the provider pin and a reviewed plan, no image canary or ConfigMap.</summary>
    [Fact]
    public void Fresh28ProviderUpgradeGuide_IsAProviderPin_NotAnImageAndConfigMap()
    {
        var plan = Plan(FixtureNotes.Read(Path.Combine(FixtureNotes.Folder, "Fresh28", "hashicorp__terraform-provider-google__upgrade-7-resources.md")).Notes);
        var text = Dump(plan);

        Assert.Contains(plan.Summary, line => Has(line, "an upgrade of the provider"));
        Assert.Contains(Actions(plan), step => Has(step, "required_providers"));
        Assert.DoesNotContain(Actions(plan), step => Has(step, "as a canary"));
        Assert.DoesNotContain("configmap.yaml", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("## Resource: `aws_db_instance`\n\n### `delete_automated_backups` now defaults to `false`\n\nSet it in your configuration to keep the old behaviour before running `terraform apply`.\n\n## Data Source: `aws_ami`\n\n### `owners` is now required\n\nAdd `owners` to every `aws_ami` data source.")]
    [InlineData("## Resources: `azurerm_storage_account`\n\nThe `enable_https_traffic_only` property has been renamed to `https_traffic_only_enabled`; update your Terraform configuration.")]
    public void AnotherProvidersUpgradeGuide_IsATerraformProvider(string notes)
    {
        Assert.Equal(Package.TerraformProvider, PackagedRelease.Read(notes, null)?.Kind);
    }
}
