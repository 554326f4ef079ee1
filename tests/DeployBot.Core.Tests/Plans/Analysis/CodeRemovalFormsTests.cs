using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// A library's surface removed without a noun for what goes: a name in code font removed or renamed, something removed
/// in favour of a replacement, a changed import path. Whoever used the old name must change their code before the
/// upgrade, so each is destructive (and breaking). Made-up changelog lines.
/// </summary>
public sealed class CodeRemovalFormsTests
{
    [Theory]
    [InlineData("## 2.0.0\n\n- Removed ``quote_ident`` and ``quote_literal`` from the ``acme`` module.")]
    [InlineData("## 2.0.0\n\n- BREAKING: Removed `Client.legacy_send` (use `Client.send`)")]
    [InlineData("## 2.0.0\n\nThe previously deprecated `Acme.Stores.Memcache` has been removed.")]
    [InlineData("## 2.0.0\n\n- Remove the Sparkpost transport in favor of the generic HTTP transport")]
    [InlineData("## 1.4.1\n\n- Changed the import path from `github.com/olduser/acme` to `github.com/acme-org/acme`")]
    public void Analyze_CodeSurfaceRemoved_IsDestructiveAndBreaking(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.NotEmpty(analysis.Destructive);
        Assert.True(analysis.Has(RiskArea.Breaking), notes);
    }

    [Theory]
    [InlineData("## 2.0.1\n\n- Removed `lodash` dependency")]
    [InlineData("## 2.0.1\n\n- Removed `print` calls left in the retry loop")]
    [InlineData("## 2.0.1\n\n- Remove `Foo::Bar` from the default list of ignored constants")]
    [InlineData("## 2.0.1\n\n- Removed `debug` from the examples in the docs")]
    [InlineData("## 2.0.1\n\n### Fixed\n\n- Removed `vhost_common` from the bundled sample configuration")]
    [InlineData("## 2.1.0\n\n- Drop support for Node 16 in favor of Node 20")]
    [InlineData("## 2.1.0\n\n- Admins can now remove `archived` projects from the list")]
    public void Analyze_NothingOfTheSurfaceRemoved_IsNotDestructive(string notes) =>
        Assert.Empty(ReleaseAnalyzer.Analyze(notes).Destructive);
}
