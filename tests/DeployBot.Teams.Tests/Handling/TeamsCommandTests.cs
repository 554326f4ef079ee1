using DeployBot.Teams.Handling;

namespace DeployBot.Teams.Tests.Handling;

public sealed class TeamsCommandTests
{
    [Theory]
    [InlineData("deploy-plan NOTES=\"x\" ENVIRONMENT=prod", "NOTES=\"x\" ENVIRONMENT=prod")]
    [InlineData("/deploy-plan NOTES=\"x\" ENVIRONMENT=prod", "NOTES=\"x\" ENVIRONMENT=prod")]
    [InlineData("Deploy-Plan   ENVIRONMENT=staging", "ENVIRONMENT=staging")]
    [InlineData("deploy-plan\nNOTES=\"line one\nline two\"", "NOTES=\"line one\nline two\"")]
    [InlineData("deploy-plan", "")]
    public void Parse_CommandWord_StartsWithTheRestAsArguments(string text, string arguments) =>
        Assert.Equal(new TeamsCommand.Start(arguments), TeamsCommand.Parse(text));

    [Theory]
    [InlineData("help")]
    [InlineData("/help")]
    [InlineData("HELP me")]
    [InlineData("?")]
    [InlineData("")]
    public void Parse_HelpOrNothing_IsHelp(string text) =>
        Assert.IsType<TeamsCommand.Help>(TeamsCommand.Parse(text));

    [Theory]
    [InlineData("deploy the thing")]
    [InlineData("deploy-planNOTES=x")]
    public void Parse_AnythingElse_IsUnknown(string text) =>
        Assert.IsType<TeamsCommand.Unknown>(TeamsCommand.Parse(text));
}
