namespace DeployBot.Host.Operations.Telemetry;

/// <summary>Metric tag names shared by the decorators, so dashboards can join on them.</summary>
internal static class Tags
{
    public const string Platform = "platform";
    public const string Outcome = "outcome";
    public const string Kind = "kind";
    public const string Planner = "planner";
    public const string Operation = "operation";
    public const string Permanent = "permanent";

    public static KeyValuePair<string, object?> Of(string name, object? value) => new(name, value);
}
