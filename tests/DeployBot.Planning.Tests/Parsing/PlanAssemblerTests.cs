using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Planning.Parsing;
using DeployBot.Planning.Tests.Support;

namespace DeployBot.Planning.Tests.Parsing;

public sealed class PlanAssemblerTests
{
    private static readonly PlannerInfo Model = new(PlannerInfo.Model, "m", 1, null);

    [Fact]
    public void Assemble_ModelGaveValidKindAndRisks_UsesItsKindAndAddsItsRisksToTheAnalysis()
    {
        var input = SampleInputs.Staging(flag: "f");
        var draft = ModelAnswerReader.Read("{\"summary\":[\"s\"],\"risks\":[\"Schema\",\"data\",\"schema\"],\"releaseKind\":\"MIGRATION\",\"context\":{\"notes\":\"forged\"}}");

        var plan = PlanAssembler.Assemble(draft, input, Model, () => new ReleaseAnalysis(ReleaseKind.Normal, [RiskArea.Auth]));

        Assert.Equal(ReleaseKind.Migration, plan.ReleaseKind);
        Assert.Equal([RiskArea.Schema, RiskArea.Auth, RiskArea.Data], plan.Risks);
        Assert.Equal(new PlanContext(input.Request.Notes, "staging", null, "f"), plan.Context);
        Assert.Same(Model, plan.Planner);
    }

    [Theory]
    [InlineData("{\"summary\":[\"s\"],\"risks\":[\"schema\",\"vibes\"],\"releaseKind\":\"normal\"}", ReleaseKind.Normal, RiskArea.External)]
    [InlineData("{\"summary\":[\"s\"],\"risks\":[\"external\"],\"releaseKind\":\"yolo\"}", ReleaseKind.Hotfix, RiskArea.External)]
    [InlineData("{\"summary\":[\"s\"],\"risks\":[\"3\"],\"releaseKind\":\"normal\"}", ReleaseKind.Normal, RiskArea.External)]
    [InlineData("{\"summary\":[\"s\"]}", ReleaseKind.Hotfix, RiskArea.External)]
    public void Assemble_KindOrRisksOutsideTheVocabulary_TakesThoseFromTheOfflineAnalysis(string answer, ReleaseKind kind, RiskArea risk)
    {
        var input = SampleInputs.Staging();
        var offline = new ReleaseAnalysis(ReleaseKind.Hotfix, [RiskArea.External]);

        var plan = PlanAssembler.Assemble(ModelAnswerReader.Read(answer), input, Model, () => offline);

        Assert.Equal(kind, plan.ReleaseKind);
        Assert.Equal([risk], plan.Risks);
    }
}
