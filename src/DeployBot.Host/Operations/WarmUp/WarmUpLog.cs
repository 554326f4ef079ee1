namespace DeployBot.Host.Operations.WarmUp;

internal static partial class WarmUpLog
{
    [LoggerMessage(9001, LogLevel.Information, "Warm-up finished before serving ({WarmUps}) in {Milliseconds:0} ms")]
    public static partial void Finished(ILogger logger, string warmUps, double milliseconds);

    [LoggerMessage(9002, LogLevel.Warning, "Warm-up of the {WarmUp} path failed; the host serves anyway and that path's first use is slower")]
    public static partial void Failed(ILogger logger, string warmUp, Exception exception);

    [LoggerMessage(9003, LogLevel.Warning, "Warm-up did not finish within {Seconds:0} s; the host serves anyway and finishes it in the background")]
    public static partial void TooSlow(ILogger logger, double seconds);
}
