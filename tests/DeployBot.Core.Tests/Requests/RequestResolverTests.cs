using DeployBot.Core.Requests;
using DeployBot.Core.Windows;

namespace DeployBot.Core.Tests.Requests;

public sealed class RequestResolverTests
{
    // Saturday 28 November 2026, 20:00 UTC.
    internal static readonly DateTimeOffset Now = new(2026, 11, 28, 20, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("prod", "production")]
    [InlineData("PROD", "production")]
    [InlineData("Production", "production")]
    [InlineData("stg", "staging")]
    [InlineData("Stage", "staging")]
    public void Resolve_NameOrAliasInAnyCase_UsesTheCanonicalName(string typed, string expected)
    {
        var resolution = Resolve($"NOTES=x ENVIRONMENT={typed} WINDOW=\"Sat 02:00-04:00 UTC\"");

        Assert.True(resolution.IsComplete);
        Assert.Equal(expected, resolution.Request!.Environment);
        Assert.Equal(expected, resolution.Environment!.Name);
    }

    [Fact]
    public void Resolve_UnknownEnvironment_ListsTheKnownOnes()
    {
        var resolution = Resolve("NOTES=x ENVIRONMENT=prd");

        var problem = Assert.Single(resolution.Problems);
        Assert.Equal(RequestField.Environment, problem.Field);
        Assert.Equal(
            "Unknown environment \"prd\". Known environments: production (alias prod), staging (alias stage, stg).",
            problem.Message);
        Assert.Null(resolution.Request);
    }

    [Theory]
    [InlineData("", new[] { RequestField.Notes, RequestField.Environment })]
    [InlineData("ENVIRONMENT=staging", new[] { RequestField.Notes })]
    [InlineData("NOTES=x", new[] { RequestField.Environment })]
    [InlineData("NOTES=x ENVIRONMENT=prod", new[] { RequestField.Window })]
    [InlineData("ENVIRONMENT=prod", new[] { RequestField.Notes, RequestField.Window })]
    public void Resolve_AbsentRequiredValues_AreListedAsMissing(string text, RequestField[] expected)
    {
        var resolution = Resolve(text);

        Assert.Equal(expected, resolution.Missing);
        Assert.Empty(resolution.Problems);
        Assert.Null(resolution.Request);
        Assert.False(resolution.IsComplete);
    }

    [Theory]
    [InlineData("NOTES=\"INC-4821 (SEV2) hotfix: null check in PromoCodeValidator\" ENVIRONMENT=prod")]
    [InlineData("NOTES=\"Emergency fix for the checkout outage\" ENVIRONMENT=prod")]
    public void Resolve_IncidentHotfixInProductionWithoutWindow_IsCompleteAndGoesOutNow(string text)
    {
        var resolution = Resolve(text);

        Assert.True(resolution.IsComplete);
        Assert.Null(resolution.Request!.Window);
    }

    [Fact]
    public void Resolve_StagingWithoutWindow_IsComplete()
    {
        var resolution = Resolve("fix the login loop ENVIRONMENT=stage FLAG=login-v2");

        Assert.Equal(new DeploymentRequest("fix the login loop", "staging", null, "login-v2"), resolution.Request);
    }

    [Fact]
    public void Resolve_ParserProblems_BlockTheRequest()
    {
        var resolution = Resolve("NOTES=x ENVIRONMENT=staging TEAM=a");

        Assert.Single(resolution.Problems);
        Assert.Null(resolution.Request);
    }

    [Fact]
    public void Resolve_ValuesFromAFormOverTheLimit_AreAProblemOnce()
    {
        var form = new ParsedArguments(
            new Dictionary<RequestField, string> { [RequestField.Notes] = new('x', 4001), [RequestField.Environment] = "staging" },
            []);

        var fromForm = RequestResolver.Resolve(form, TestEnvironments.Catalog, Now);
        var fromParser = Resolve($"NOTES={new string('x', 4001)} ENVIRONMENT=staging");

        Assert.Equal("NOTES is 4,001 characters; the limit is 4,000", Assert.Single(fromForm.Problems).Message);
        Assert.Equal(fromForm.Problems, fromParser.Problems);
    }

    [Theory]
    [InlineData("after the standup")]
    [InlineData("tonight")]
    [InlineData("25:00-26:00 UTC")]
    [InlineData("Sat or Sun 22:00-23:00 UTC")]
    public void Resolve_UnreadableWindow_IsAWindowProblemWithTheHint(string window)
    {
        var resolution = Resolve($"NOTES=x ENVIRONMENT=staging WINDOW=\"{window}\"");

        var problem = Assert.Single(resolution.Problems);
        Assert.Equal(RequestField.Window, problem.Field);
        Assert.Equal($"Can't read WINDOW \"{window}\" as a time; {WindowReader.FormatHint}.", problem.Message);
        Assert.Null(resolution.Request);
    }

    [Theory]
    [InlineData("2026-11-28 18:00-19:00 UTC", "WINDOW \"2026-11-28 18:00-19:00 UTC\" ended at Sat 28 Nov 19:00 UTC; give a window that is still ahead.")]
    [InlineData("today 09:00-10:00 CET", "WINDOW \"today 09:00-10:00 CET\" ended at Sat 28 Nov 09:00 UTC; give a window that is still ahead.")]
    [InlineData("2026-11-27 22:00 UTC", "WINDOW \"2026-11-27 22:00 UTC\" started at Fri 27 Nov 22:00 UTC; give a window that is still ahead.")]
    public void Resolve_WindowAlreadyOver_AsksForOneStillAhead(string window, string message)
    {
        var resolution = Resolve($"NOTES=x ENVIRONMENT=staging WINDOW=\"{window}\"");

        Assert.Equal(new ArgumentProblem(RequestField.Window, message), Assert.Single(resolution.Problems));
    }

    [Theory]
    [InlineData("Sat 22:00-23:00 UTC")]
    [InlineData("2026-11-28 19:00-21:00 UTC")]
    [InlineData("now")]
    [InlineData("90 minutes")]
    [InlineData("Sat 22:00-23:00")]
    public void Resolve_ReadableWindowNotOver_IsComplete(string window)
    {
        var resolution = Resolve($"NOTES=x ENVIRONMENT=staging WINDOW=\"{window}\"");

        Assert.True(resolution.IsComplete);
        Assert.Equal(window, resolution.Request!.Window);
    }

    private static RequestResolution Resolve(string text) =>
        RequestResolver.Resolve(ArgumentParser.Parse(text), TestEnvironments.Catalog, Now);
}
