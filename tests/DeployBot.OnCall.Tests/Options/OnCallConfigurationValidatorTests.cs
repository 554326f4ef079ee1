using DeployBot.Core.Environments;
using DeployBot.OnCall.Options;
using DeployBot.OnCall.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DeployBot.OnCall.Tests.Options;

public sealed class OnCallConfigurationValidatorTests
{
    [Fact]
    public void Validate_PagerDutyWithoutToken_NamesTheKey()
    {
        var result = Validate(Env("PagerDuty", schedule: "P1"), pagerDuty: new PagerDutyOptions());

        Assert.Equal(["PagerDuty:ApiToken is not set, but an environment's on-call provider is PagerDuty."], result.Failures);
    }

    [Fact]
    public void Validate_OpsgenieWithoutKeyOrSchedule_NamesBothKeys()
    {
        var result = Validate(Env("opsgenie"), opsgenie: new OpsgenieOptions());

        Assert.Equal(
            [
                "Environments:production:OnCall:Provider is Opsgenie but Environments:production:OnCall:ScheduleId is not set.",
                "Opsgenie:ApiKey is not set, but an environment's on-call provider is Opsgenie.",
            ],
            result.Failures);
    }

    [Fact]
    public void Validate_UnknownProvider_SaysWhichValuesAreAllowed()
    {
        var result = Validate(Env("VictorOps"));

        Assert.Equal(["Environments:production:OnCall:Provider is 'VictorOps', which is not one of Static, PagerDuty, Opsgenie."], result.Failures);
    }

    [Fact]
    public void Validate_PagerDutyWithoutScheduleOrPolicy_NamesBothKeys()
    {
        var result = Validate(Env("PagerDuty"));

        Assert.Contains("neither Environments:production:OnCall:ScheduleId nor Environments:production:OnCall:EscalationPolicyId is set", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadBaseUrlAndTimeout_SaysSo()
    {
        var result = Validate(Env("PagerDuty", schedule: "P1"), pagerDuty: new PagerDutyOptions { ApiToken = "t", ApiBaseUrl = "api.pagerduty.com", TimeoutSeconds = 0 });

        Assert.Equal(
            ["PagerDuty:ApiBaseUrl 'api.pagerduty.com' is not an absolute http(s) URL.", "PagerDuty:TimeoutSeconds is 0; it must be between 1 and 120."],
            result.Failures);
    }

    [Theory]
    [InlineData("http://pagerduty.internal.example", false)]
    [InlineData("http://127.0.0.1:8080", true)]
    [InlineData("https://api.pagerduty.com", true)]
    public void Validate_PlainHttpApiBaseToAnotherHostCarryingTheToken_Fails(string baseUrl, bool valid)
    {
        var result = Validate(Env("PagerDuty", "P1"), new PagerDutyOptions { ApiToken = "t", ApiBaseUrl = baseUrl });

        Assert.Equal(valid, result.Succeeded);
    }

    [Fact]
    public void Validate_StaticOnlyWithoutAnyPagingSecrets_Succeeds()
    {
        var result = Validate(Env("Static"), new PagerDutyOptions(), new OpsgenieOptions());

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task StartAsync_PagerDutyUsedWithoutToken_StopsTheHostWithOneClearLine()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Environments:production:OnCall:Provider"] = "PagerDuty",
            ["Environments:production:OnCall:ScheduleId"] = "P1",
        });
        builder.Services.AddSingleton<Core.Platforms.IChatUserDirectory>(new FakeChatUserDirectory());
        builder.AddOnCallResolution();
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("PagerDuty:ApiToken is not set", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddOnCallResolution_AfterCore_ReplacesTheStaticResolver()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton<Core.Platforms.IOnCallResolver, Core.Platforms.StaticOnCallResolver>();

        builder.AddOnCallResolution();

        var registration = Assert.Single(builder.Services, service => service.ServiceType == typeof(Core.Platforms.IOnCallResolver));
        Assert.Equal(typeof(DeployBot.OnCall.Resolution.PagingOnCallResolver), registration.ImplementationType);
    }

    private static ValidateOptionsResult Validate(EnvironmentOptions environment, PagerDutyOptions? pagerDuty = null, OpsgenieOptions? opsgenie = null)
    {
        var validator = new OnCallConfigurationValidator(
            Microsoft.Extensions.Options.Options.Create(pagerDuty ?? new PagerDutyOptions { ApiToken = "t" }),
            Microsoft.Extensions.Options.Options.Create(opsgenie ?? new OpsgenieOptions { ApiKey = "k" }));
        return validator.Validate(null, new Dictionary<string, EnvironmentOptions> { ["production"] = environment });
    }

    private static EnvironmentOptions Env(string provider, string? schedule = null) =>
        new() { OnCall = new OnCallOptions { Provider = provider, ScheduleId = schedule } };
}
