using DeployBot.Core.Requests;

namespace DeployBot.Core.Tests.Requests;

public sealed class RequestResolverTests
{
    [Theory]
    [InlineData("prod", "production")]
    [InlineData("PROD", "production")]
    [InlineData("Production", "production")]
    [InlineData("stg", "staging")]
    [InlineData("Stage", "staging")]
    public void Resolve_NameOrAliasInAnyCase_UsesTheCanonicalName(string typed, string expected)
    {
        var resolution = Resolve($"NOTES=x ENVIRONMENT={typed} WINDOW=\"Sat 02:00\"");

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

        var fromForm = RequestResolver.Resolve(form, TestEnvironments.Catalog);
        var fromParser = Resolve($"NOTES={new string('x', 4001)} ENVIRONMENT=staging");

        Assert.Equal("NOTES is 4,001 characters; the limit is 4,000", Assert.Single(fromForm.Problems).Message);
        Assert.Equal(fromForm.Problems, fromParser.Problems);
    }

    private static RequestResolution Resolve(string text) =>
        RequestResolver.Resolve(ArgumentParser.Parse(text), TestEnvironments.Catalog);
}
