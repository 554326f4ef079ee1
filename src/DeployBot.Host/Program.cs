using DeployBot.Host.Cli;
using DeployBot.Host.Operations;
using DeployBot.Host.Operations.WarmUp;

switch (args)
{
    case ["plan", .. var planArguments]:
        return await PlanCommand.RunAsync(planArguments);
    case ["healthcheck", .. var healthArguments]:
        return await HealthCheckCommand.RunAsync(healthArguments, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.UseRepositoryConfiguration();

builder.AddDeployBotCore()
    .AddDeployBotStorage()
    .AddDeploymentPlanning()
    .AddReleaseSources()
    .AddOnCallResolution()
    .AddSlackChannel()
    .AddTeamsChannel()
    .AddLocalConsole()
    .AddOperations()
    .AddStartupWarmUp();

var app = builder.Build();
if (!await app.ValidateConfigurationAsync())
{
    return 1;
}

app.MapOperations();
app.MapSlackEndpoints();
app.MapTeamsEndpoint();
app.MapLocalConsole();

return await app.RunUntilStoppedAsync();
