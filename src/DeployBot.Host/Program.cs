using DeployBot.Host.Operations;
using DeployBot.Host.Cli;

if (args is ["plan", .. var planArguments])
{
    return await PlanCommand.RunAsync(planArguments);
}

var builder = WebApplication.CreateBuilder(args);
builder.UseRepositoryConfiguration();

builder.AddDeployBotCore()
    .AddDeployBotStorage()
    .AddDeploymentPlanning()
    .AddOnCallResolution()
    .AddSlackChannel()
    .AddTeamsChannel()
    .AddLocalConsole()
    .AddOperations();

var app = builder.Build();

app.MapOperations();
app.MapSlackEndpoints();
app.MapTeamsEndpoint();
app.MapLocalConsole();

await app.RunAsync();
return 0;
