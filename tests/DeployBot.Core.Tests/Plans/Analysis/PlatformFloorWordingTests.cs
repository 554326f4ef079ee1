using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// Three more ways notes state the platform a release needs under it (the eighteenth session): "requires Elixir v1.6+",
/// "Enforce PHP 8.2 as minimum", "Support dropped for outdated Postgres major versions 11 and 12". Each raises the floor, so
/// the plan checks what the environment runs first. Made-up notes in the styles of real changelogs.
/// </summary>
public sealed class PlatformFloorWordingTests
{
    [Theory]
    [InlineData("This new version requires Elixir v1.6+. Note also the soft-deprecated adapter has been removed.")]
    [InlineData("- PB-1 Enforce PHP 8.2 as minimum API requirement")]
    [InlineData("* Support dropped for outdated Postgres major versions 11 and 12 (#1067)")]
    [InlineData("* Support has been removed for MySQL 5.7")]
    public void RaisesPlatformFloor_FloorStatedThisWay_IsRead(string item) =>
        Assert.True(ReleaseAnalyzer.RaisesPlatformFloor(item));

    [Theory]
    [InlineData("- Add support for PHP 8.4")]
    [InlineData("- Support for PostgreSQL 17 (#1061)")]
    [InlineData("- The driver requires a password when TLS is off")]
    public void RaisesPlatformFloor_SupportAddedOrNoPlatform_IsNotRead(string item) =>
        Assert.False(ReleaseAnalyzer.RaisesPlatformFloor(item));
}
