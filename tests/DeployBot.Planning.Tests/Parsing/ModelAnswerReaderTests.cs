using DeployBot.Core.Plans;
using DeployBot.Planning.Parsing;
using DeployBot.Planning.Tests.Support;

namespace DeployBot.Planning.Tests.Parsing;

public sealed class ModelAnswerReaderTests
{
    [Fact]
    public void Read_JsonInsideFenceWithProse_ReadsEverySection()
    {
        var plan = SamplePlans.GoodFor(SampleInputs.Staging(flag: "login-v2"));
        var answer = $"Here is your plan:\n\n```json\n{SamplePlans.AsModelJson(plan)}\n```\nLet me know if you need changes.";

        var draft = ModelAnswerReader.Read(answer);

        Assert.Empty(draft.MissingSections());
        Assert.Equal(plan.Steps, draft.Steps);
        Assert.Equal(plan.NextActions, draft.NextActions);
        Assert.Equal("normal", draft.ReleaseKind);
        Assert.Equal(["auth"], draft.Risks);
    }

    [Fact]
    public void Read_SnakeCaseKeysAndStringSections_AreAccepted()
    {
        const string Answer = """
            {"deployment_summary": "Ships the fix.", "pre_deployment_checks": ["- CI green"], "deployment_steps": ["1. Deploy `deploy/app.yaml (line 12)` (automated)", "2. Enable flag manually — Flag: enable x for 5%"],
             "verification_and_observability": ["Error rate < 1%"], "rollback_readiness": "- Redeploy previous tag\n- Turn x off", "next_actions": ["Remove x"]}
            """;

        var draft = ModelAnswerReader.Read(Answer);

        Assert.Empty(draft.MissingSections());
        Assert.Equal(["CI green"], draft.PreDeploymentChecks);
        Assert.Equal(["Redeploy previous tag", "Turn x off"], draft.Rollback);
        Assert.Equal(new PlanStep("Enable flag manually", null, StepMode.Manual, "enable x for 5%"), draft.Steps[1]);
        Assert.Null(draft.ReleaseKind);
    }

    [Fact]
    public void Read_MarkdownWithBoldNumberedHeadings_ReadsSectionsAndIgnoresPreamble()
    {
        const string Answer = """
            Sure, here it is.
            **1. Deployment Summary**
            Ships the fix to staging.
            It is a hotfix.
            **2. Pre-Deployment Checks:**
            * CI green
            **3. Deployment Steps**
            1) Apply `k8s/deploy.yaml` (line 4)
               and wait for the rollout
            **4. Verification & Observability**
            - Probes healthy
            **5. Rollback Readiness**
            - Redeploy previous tag
            **6. Next Actions**
            - Update docs
            """;

        var draft = ModelAnswerReader.Read(Answer);

        Assert.Equal(["Ships the fix to staging.", "It is a hotfix."], draft.Summary);
        Assert.Equal(["CI green"], draft.PreDeploymentChecks);
        Assert.Equal(new PlanStep("Apply `k8s/deploy.yaml` (line 4)\nand wait for the rollout", "k8s/deploy.yaml (line 4)", StepMode.Automated), Assert.Single(draft.Steps));
        Assert.Equal(["Update docs"], draft.NextActions);
    }

    [Theory]
    [InlineData("")]
    [InlineData("I'm sorry, I can't help with that.")]
    [InlineData("{\"answer\": 42}")]
    [InlineData("[1, 2, 3]")]
    public void Read_NoPlanInAnswer_DraftIsEmpty(string answer)
    {
        Assert.True(ModelAnswerReader.Read(answer).IsEmpty);
    }

    [Fact]
    public void Read_SomeSectionsMissing_NamesThem()
    {
        var draft = ModelAnswerReader.Read("## Deployment Summary\n- Ships.\n## Deployment Steps\n1. Deploy.");

        Assert.Equal([PlanSections.PreDeploymentChecks, PlanSections.Verification, PlanSections.Rollback, PlanSections.NextActions], draft.MissingSections());
    }
}
