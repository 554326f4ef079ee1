namespace DeployBot.Teams.Handling;

/// <summary>What the endpoint answers the connector: a status code and, for invokes, a JSON body.</summary>
internal sealed record ActivityOutcome(int StatusCode, InvokeResponse? Body = null)
{
    public static ActivityOutcome Ok { get; } = new(200);
}
