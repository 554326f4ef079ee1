namespace DeployBot.Sources.Safety;

/// <summary>
/// A fetch DeployBot refused or cut short for safety (a host not allowed, a private address, a redirect elsewhere, an
/// answer too large). Never retried; <see cref="Exception.Message"/> is the reason with its fix, free of secrets.
/// </summary>
internal sealed class SourceBlockedException : Exception
{
    public SourceBlockedException()
    {
    }

    public SourceBlockedException(string message)
        : base(message)
    {
    }

    public SourceBlockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The refusal somewhere in <paramref name="exception"/>'s chain (the socket handler wraps what its connect callback throws).</summary>
    public static SourceBlockedException? In(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SourceBlockedException blocked)
            {
                return blocked;
            }
        }

        return null;
    }
}
