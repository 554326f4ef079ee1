using DeployBot.Core.Requests;

namespace DeployBot.Core.Tests.Requests;

public sealed class ArgumentProblemsTests
{
    [Fact]
    public void ToOneLine_MissingAndProblems_NamesEveryOneOnOneLine()
    {
        var resolution = RequestResolver.Resolve(
            ArgumentParser.Parse("ENVIRONMENT=prd TEAM=a\nB=c"),
            TestEnvironments.Catalog,
            RequestResolverTests.Now);

        var line = ArgumentProblems.ToOneLine(resolution);

        Assert.Equal(
            "missing NOTES; unknown keys \"TEAM\", \"B\": the keys are NOTES, ENVIRONMENT, WINDOW, FLAG "
            + "(put text containing \"=\" inside NOTES=\"...\"); unknown environment \"prd\". "
            + "Known environments: production (alias prod), staging (alias stage, stg)",
            line);
    }

    [Fact]
    public void ToOneLine_MissingWindow_SaysWhichEnvironmentRequiresIt()
    {
        var resolution = RequestResolver.Resolve(ArgumentParser.Parse("NOTES=x ENVIRONMENT=prod"), TestEnvironments.Catalog, RequestResolverTests.Now);

        Assert.Equal("missing WINDOW (production requires a maintenance window)", ArgumentProblems.ToOneLine(resolution));
    }

    [Fact]
    public void ToOneLine_MessagesWithNewlines_AreFlattened()
    {
        var line = ArgumentProblems.ToOneLine([new ArgumentProblem(null, "Unexpected text\n\"a\nb\"."), new ArgumentProblem(null, "NOTES is long")]);

        Assert.Equal("unexpected text \"a b\"; NOTES is long", line);
    }
}
