using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// The vehicle of a library, from the FRESH25 sweep (29th session, row 1 of its forms): NuGet, RubyGems, Hex, crates.io
/// libraries were planned as "the rollout of version X as a canary (one replica, about 10% of traffic)" of an image that
/// does not exist. A library is known from its ecosystem (package manager, the platforms its consumers build on, its API),
/// several signals together; an application that names its runtime or a package it uses keeps its image rollout.
/// Every positive fails on main at dd4e348 (its plan for the same notes is the image canary).
/// </summary>
public sealed class Review29VehicleTests
{
    [Theory]
    [InlineData("## 4.0.0 (2026/03/02)\n\n- Moved the SmtpSink into the new nuget-package Acme.Logging.Smtp.\n- Now targets .NET 8 and netstandard2.0.\n- Removed methods marked obsolete in 3.x.\n", "4.0.0")]
    [InlineData("## 2.0.0 (2026-01-10)\n\n- Dropped support for Ruby < 3.2 and Rails < 7.1\n- Added `Reports::Exporter.to_csv` for streaming exports\n", "2.0.0")]
    [InlineData("# 0.9.0\n\n- **breaking:** `router::Route::nest` now rejects an empty prefix ([#812])\n- **breaking:** remove the `FromParts` impl for `Option<Form>` ([#820])\n- **changed:** minimum supported rust version is now 1.78 ([#833])\n", "0.9.0")]
    [InlineData("## v1.4.0 (2026-02-14)\n\nThis release requires Erlang/OTP 26+\n\n* Backwards incompatible changes\n  * `Pool.checkout/2` returns `{:error, :timeout}` instead of raising\n  * `:queue_target` is deprecated in favor of `:queue_interval`\n", "1.4.0")]
    public void LibraryKnownByItsEcosystem_IsADependencyBumpInTheServices(string notes, string version)
    {
        var plan = Plan(notes);
        var actions = Actions(plan);

        Assert.Contains(plan.Summary, line => Has(line, "in the services that depend on it"));
        Assert.Contains(actions, step => Has(step, $"raise the library to version {version}"));
        Assert.DoesNotContain(actions, step => Has(step, $"Start the rollout of version {version} as a canary"));
        Assert.Contains(plan.Rollback, line => Has(line, "Library rollback") && Has(line, "pin the previous version of the library"));
    }

    /// <summary>An application that names its runtime, a package it uses, its Go toolchain or a Python floor keeps its image rollout.</summary>
    [Theory]
    [InlineData("## 3.2.0\n\n- The server now requires Ruby 3.3; the Docker image is built on ruby:3.3-slim.\n- Run the database migrations before starting the new version.\n- New admin UI page for webhooks.\n", "3.2.0")]
    [InlineData("## v1.9.0\n\n- Built with Go 1.22.\n- The API server listens on port 8443 by default.\n- Fixed `Store.Compact()` leaking file handles.\n", "1.9.0")]
    [InlineData("## 5.1.0\n\n- Upgraded the Serilog NuGet packages in the web app.\n- The web interface shows failed jobs.\n- Self-hosted installations: restart the server after upgrading.\n", "5.1.0")]
    [InlineData("## 7.0.0\n\n- Python 3.8 support dropped; the container image now uses Python 3.12.\n- Run the migrations with `manage.py migrate` before the new workers start.\n", "7.0.0")]
    [InlineData("## 2.4.0\n\n- The Ansible role that deploys the server now supports Debian 12.\n- New setting `cache_size` in server.conf.\n- Upgrade your server with the Docker image acme/server:2.4.0.\n", "2.4.0")]
    public void ApplicationThatNamesItsRuntimeOrAPackage_KeepsTheImageRollout(string notes, string version)
    {
        var plan = Plan(notes);

        Assert.Contains(Actions(plan), step => Has(step, $"Start the rollout of version {version} as a canary"));
        Assert.DoesNotContain(plan.Summary, line => Has(line, "in the services that depend on it") || Has(line, "Ansible"));
    }
}
