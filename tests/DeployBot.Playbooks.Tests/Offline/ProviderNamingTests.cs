using DeployBot.Playbooks.Offline;
using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>The lines about a third party name it as the notes do (Okta, Braintree, Twilio): the engineer knows whose dashboard to open and whom to tell.</summary>
public sealed class ProviderNamingTests
{
    private static readonly OfflinePlanner Planner = new();

    private static string Plan(string notes)
    {
        var plan = Planner.CreatePlan(PlanInputs.ProductionInput(notes, "Sat 22:00-02:00 CET", null), null, 0, null);
        return string.Join('\n', plan.PreDeploymentChecks.Concat(plan.Steps.Select(step => step.Action)).Concat(plan.Verification));
    }

    [Theory]
    [InlineData("SSO: move from SAML to OIDC with OneLogin; /saml/acs removed", "at the identity provider (OneLogin)")]
    [InlineData("EU card payments: Adyen -> Stripe; new secret STRIPE_SECRET_KEY", "the payment provider or partner (Adyen and Stripe)")]
    [InlineData("notification-service 2.9.0: SMS now sent through Plivo instead of Twilio; new secret PLIVO_AUTH_TOKEN", "each external service the release changes (Plivo and Twilio)")]
    public void CreatePlan_NotesNameTheProvider_ItsLinesNameIt(string notes, string named)
    {
        Assert.Contains(named, Plan(notes), StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePlan_OwnCloudBuildingBlocks_AreNotNamedAsProviders()
    {
        Assert.DoesNotContain("(SQS", Plan("order-router 3.0.0 moves the order queue from RabbitMQ to SQS; the partner API of DHL is called after each order"), StringComparison.Ordinal);
    }
}
