using DeployBot.Core.Environments;
using DeployBot.Core.Platforms;
using DeployBot.Testing.OnCall;
using DeployBot.Testing.Slack;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PlatformNames = DeployBot.Core.Conversations.Platforms;

namespace DeployBot.OnCall.Tests.Resolution;

/// <summary>
/// The composition Program.cs uses (on-call before Slack) with the real Slack Web API client: PagerDuty's e-mail is
/// looked up with <c>users.lookupByEmail</c> on the Slack fake, and <c>users_not_found</c> means "not pinged".
/// </summary>
public sealed class SlackDirectoryEndToEndTests : IAsyncLifetime
{
    private FakePagerDuty _pagerDuty = null!;
    private FakeSlackApi _slack = null!;

    public async ValueTask InitializeAsync()
    {
        var token = TestContext.Current.CancellationToken;
        _pagerDuty = await FakePagerDuty.StartAsync(TimeProvider.System, "pd-token", token);
        _slack = await FakeSlackApi.StartAsync(cancellationToken: token);
        var now = TimeProvider.System.GetUtcNow();
        _pagerDuty.AddShift(new PagerDutyShift("PJANE", "Jane Doe", "jane@example.com", 1, now.AddHours(-1), now.AddHours(2)));
    }

    public async ValueTask DisposeAsync()
    {
        await _pagerDuty.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task ResolveAsync_EmailKnownToSlack_MentionsTheSlackUser()
    {
        _slack.AddUser("jane@example.com", "U0JANE");
        using var host = Build();

        var target = await ResolveAsync(host);

        Assert.Equal("U0JANE", target.MentionId);
        Assert.Equal("jane@example.com", Assert.Single(_slack.CallsTo("users.lookupByEmail"))["email"]);
    }

    [Fact]
    public async Task ResolveAsync_EmailUnknownToSlack_NamesThePersonWithoutAPing()
    {
        using var host = Build();

        var target = await ResolveAsync(host);

        Assert.Null(target.MentionId);
        Assert.Equal("Jane Doe", target.DisplayName);
        Assert.Equal("jane@example.com has no Slack account with that e-mail", target.Note);
    }

    private static Task<OnCallTarget> ResolveAsync(IHost host)
    {
        var environment = host.Services.GetRequiredService<EnvironmentCatalog>().Find("production")!;
        return host.Services.GetRequiredService<IOnCallResolver>().ResolveAsync(environment, PlatformNames.Slack, null, TestContext.Current.CancellationToken);
    }

    private IHost Build()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Environments:production:OnCall:Provider"] = "PagerDuty",
            ["Environments:production:OnCall:ScheduleId"] = "PSCHED1",
            ["PagerDuty:ApiBaseUrl"] = _pagerDuty.ApiBaseUrl,
            ["PagerDuty:ApiToken"] = "pd-token",
            ["Slack:SigningSecret"] = "signing-secret",
            ["Slack:BotToken"] = _slack.BotToken,
            ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl,
        });
        builder.Services.AddSingleton(provider => EnvironmentCatalog.FromConfiguration(provider.GetRequiredService<IConfiguration>()));
        builder.AddOnCallResolution();
        builder.AddSlackChannel();
        return builder.Build();
    }
}
