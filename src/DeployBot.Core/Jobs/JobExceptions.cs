namespace DeployBot.Core.Jobs;

/// <summary>A job that can never succeed (its plan or environment is gone): park it and tell the requester <see cref="Exception.Message"/>.</summary>
internal sealed class JobCannotRunException : Exception
{
    public JobCannotRunException()
    {
    }

    public JobCannotRunException(string message)
        : base(message)
    {
    }

    public JobCannotRunException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>A job that has to wait for another (e.g. a regenerate before the first post): retry it later.</summary>
internal sealed class JobNotReadyException : Exception
{
    public JobNotReadyException()
    {
    }

    public JobNotReadyException(string message)
        : base(message)
    {
    }

    public JobNotReadyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
