namespace DeployBot.Core.Requests;

/// <summary>Size limits on request arguments; longer input gets a clear error, never a silent cut.</summary>
public static class RequestLimits
{
    public const int MaxNotesLength = 4000;
    public const int MaxWindowLength = 200;
    public const int MaxFlagLength = 100;
}
