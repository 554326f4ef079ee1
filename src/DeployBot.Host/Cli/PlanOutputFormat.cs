namespace DeployBot.Host.Cli;

/// <summary>How the <c>plan</c> verb prints the plan.</summary>
internal enum PlanOutputFormat
{
    Markdown,
    Json,
}
