using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Review 25 (Fresh22 sweep): what a plan runs as a command, which required changes come before the rollout, the
/// version floors it checks first, and what is an operator ask at all. Each in short notes of the same form as the
/// changelogs (authlogic, st2, flipper, RT, logidze, audited, lettre, APIcast, Node-RED), not in their words.
/// </summary>
public sealed class Review25CommandTests
{
    private static int Rollout(List<string> steps) => steps.FindIndex(action => action.StartsWith("Start the rollout", StringComparison.Ordinal) || action.StartsWith("Roll out", StringComparison.Ordinal));

    /// <summary>
    /// (authlogic 6.0.0) Ruby code under a list item ("has_secure_login do |c|", "gem \"bcrypt\", …") and the sentence
    /// between the two blocks were "run" once the new version ran. Code ships in the build; a sentence is never a command.
    /// </summary>
    [Fact]
    public void RubyCodeAndProseInIndentedBlocks_AreNeverRunAsCommands()
    {
        var plan = Plan("## 4.0.0\n\n- Breaking Changes\n\n  - There is no default hasher any more. You\n    must now explicitly pick your `hasher`, eg. in your `account.rb`.\n\n        has_secure_login do |c|\n          c.hasher = ::SecureLogin::Hashers::BCrypt\n        end\n\n    To keep using the `bcrypt` gem, add it to your `Gemfile`.\n\n        gem \"bcrypt\", \"~> 3.1\"\n\n- Fixed\n  - Handle blank logins\n");
        var steps = Actions(plan);

        Assert.DoesNotContain(steps, action => Has(action, "do |c|") || Has(action, "gem \"bcrypt\"") || Has(action, "run `To keep"));
        // The required choice is made before the rollout, not once the new version runs.
        var ask = steps.FindIndex(action => Has(action, "hasher") && Has(action, "Before the rollout"));
        Assert.True(ask >= 0 && ask < Rollout(steps), Dump(plan));
    }

    /// <summary>A real command block under an upgrade note is still run, as the notes give it (counterexample).</summary>
    [Fact]
    public void RealCommandUnderAnUpgradeNote_IsStillRun()
    {
        var plan = Plan("## 2.4.0\n\n- Search was rebuilt on a new index format.\n\n  After upgrading, run:\n\n        bin/console app:reindex --all\n");

        Assert.Contains(Actions(plan), action => Has(action, "run `bin/console app:reindex --all`"));
    }

    /// <summary>
    /// (authlogic 3.4.0) "your sessions will break unless you specify `Legacy`", then a code block: the plan had only an
    /// image canary, so every sign-in broke. The required change is a step before the rollout.
    /// </summary>
    [Fact]
    public void WillBreakUnlessYouSpecify_IsARequiredChangeBeforeTheRollout()
    {
        var plan = Plan("## 2.0.0\n\nIn 2.0.0 the default session store changed from *Legacy* to *Signed*.\n\nIf you never set a session_store and are upgrading, your sessions will break\nunless you specify `Legacy`.\n\n```ruby\nc.session_store = Sessions::Legacy\n```\n");
        var steps = Actions(plan);

        var ask = steps.FindIndex(action => Has(action, "Before the rollout") && Has(action, "Legacy"));
        Assert.True(ask >= 0 && ask < Rollout(steps), Dump(plan));
        Assert.DoesNotContain(steps, action => Has(action, "run `c.session_store"));
    }

    /// <summary>
    /// (st2 3.9.0) "if you use `x`, you MUST migrate to `y`" and the command that builds the new file: both ran once the
    /// new version ran, which by then cannot reach its database.
    /// </summary>
    [Fact]
    public void MustMigrateTo_AndItsCommand_ComeBeforeTheRollout()
    {
        var plan = Plan("3.2.0 - May 1, 2026\n------------------\n\nSome queue options were renamed.\nHowever, if you use `[queue].client_key`, you MUST migrate to `[queue].client_bundle`.\nThe new option wants the key and the certificate in one file. Use something like this to build it:\n\n```\ncat path/to/client_key path/to/client_cert > path/to/client_bundle\n```\n");
        var steps = Actions(plan);
        var rollout = Rollout(steps);

        var command = steps.FindIndex(action => Has(action, "run `cat path/to/client_key"));
        Assert.True(command >= 0 && command < rollout && Has(steps[command], "Before the rollout"), Dump(plan));
        Assert.DoesNotContain(steps, action => action.StartsWith("Once the new version runs", StringComparison.Ordinal) && Has(action, "MUST migrate"));
    }

    /// <summary>
    /// (flipper 1.1.0, RT 5.0) A migration command the notes quote is run as quoted, before the rollout: a generator chained
    /// to its migration, and a bare "using make upgrade-database".
    /// </summary>
    [Theory]
    [InlineData("## 2.2.0\n\n- Rules can now be stored. Those using the `toggles-sql` adapter will want to migrate the database so it can store them.\n  ```\n  $ rails generate toggles:update && rails db:migrate\n  ```\n", "rails generate toggles:update && rails db:migrate")]
    [InlineData("=head1 UPGRADING FROM 6.1 AND EARLIER\n\nDo a fresh install of the code into a new directory. Then import your existing\ndatabase and run the database upgrade steps using make upgrade-database.\n", "make upgrade-database")]
    public void QuotedMigrationCommand_IsRunAsQuoted_BeforeTheRollout(string notes, string command)
    {
        var plan = Plan(notes);
        var steps = Actions(plan);

        var run = steps.FindIndex(action => Has(action, $"run `{command}`"));
        Assert.True(run >= 0 && run < Rollout(steps), Dump(plan));
    }

    /// <summary>A real `php artisan migrate` is still quoted (counterexample), and a generator alone is still development.</summary>
    [Fact]
    public void PlainMigrationCommand_IsStillQuoted_AndAGeneratorAloneIsNot()
    {
        var plan = Plan("## 9.1.0\n\n- New `audits` table. You must run `php artisan migrate` before upgrading.\n- To customise it, run `php artisan make:migration add_audits`.\n");
        var steps = Actions(plan);

        Assert.Contains(steps, action => Has(action, "run `php artisan migrate`"));
        Assert.DoesNotContain(steps, action => Has(action, "make:migration"));
    }

    /// <summary>
    /// (logidze 1.3.0, audited 5.0.0, authlogic 6.0.0, lettre 0.11.0, APIcast 3.0) Floors in the ways notes write them are
    /// checked before starting: a list, a framework, a runtime dropped, an MSRV, "Require &lt;server&gt; x".
    /// </summary>
    [Theory]
    [InlineData("## 3.1.0\n\n- **Breaking**. Ruby 3.1, Rails 7.0, PostgreSQL 13.0+ are required.\n", "Rails 7.0")]
    [InlineData("## 6.0.0\n\n- Drop support for Rails 5 - @someone\n", "Rails 5")]
    [InlineData("## 7.0.0\n\n- Dependencies\n  - Drop support for ruby 2.7 (reached EOL)\n", "Ruby 2.7")]
    [InlineData("## 0.9.0\n\n### Upgrade notes\n\n* MSRV is now 1.70 ([#901])\n", "Rust 1.70")]
    [InlineData("## 4.0.0\n\n- Require openresty 1.19.3 [PR #321](https://example.com/pull/321)\n", "OpenResty 1.19.3")]
    public void StatedFloor_IsAPlatformCheckBeforeStarting_NotAnAfterRolloutAsk(string notes, string floor)
    {
        var plan = Plan(notes);

        Assert.Contains(plan.PreDeploymentChecks, check => check.StartsWith("Supported platform", StringComparison.Ordinal) && Has(check, floor));
        Assert.DoesNotContain(Actions(plan), action => action.StartsWith("Once the new version runs", StringComparison.Ordinal) && Has(action, "required"));
    }

    /// <summary>A release that adds support for a newer runtime, or builds with a newer toolchain, states no floor (counterexample).</summary>
    [Fact]
    public void AddedSupportOrToolchainBump_IsNoFloor()
    {
        var plan = Plan("## 1.8.0\n\n- This release adds support for Python 3.12 and 3.13.\n- Update to Go 1.25 and Kubernetes 1.34 as the base image.\n");

        Assert.DoesNotContain(plan.PreDeploymentChecks, check => check.StartsWith("Supported platform", StringComparison.Ordinal));
    }

    /// <summary>
    /// (Node-RED 4.1.10) A pull request's title in a maintenance list ("Ensure … (#5724) @someone") is a change, not an
    /// operator ask; an "Ensure you …" addressed to the operator still is (counterexample).
    /// </summary>
    [Fact]
    public void PullRequestTitleStartingWithEnsure_IsNoOperatorAsk()
    {
        var title = Plan("#### 3.2.7: Maintenance Release\n\n - Ensure uploaded files stay inside the upload root (#4410) @maintainer\n - Fix module name validation (#4411) @maintainer\n");
        Assert.DoesNotContain(Actions(title), action => Has(action, "do what the notes ask"));

        var ask = Plan("## 3.3.0\n\n### Upgrading\n\n- Ensure every installed plugin is updated to 3.x before upgrading.\n");
        Assert.Contains(Actions(ask), action => Has(action, "do what the notes ask"));
    }
}
