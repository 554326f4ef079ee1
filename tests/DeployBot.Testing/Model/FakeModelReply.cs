namespace DeployBot.Testing.Model;

/// <summary>What the fake chat-completions server does with one request.</summary>
public abstract record FakeModelReply
{
    /// <summary>200 with a normal <c>chat.completion</c> body whose assistant message is <paramref name="Text"/>.</summary>
    public static FakeModelReply Content(string text) => new ContentReply(text);

    /// <summary>429 with <c>Retry-After: seconds</c> and an OpenAI-style error body.</summary>
    public static FakeModelReply TooManyRequests(int retryAfterSeconds) => new TooManyRequestsReply(retryAfterSeconds);

    /// <summary>An error status (default 500) with an OpenAI-style error body.</summary>
    public static FakeModelReply ServerError(int statusCode = 500) => new ErrorReply(statusCode);

    /// <summary>Never answers: the request hangs until the client gives up or the server stops.</summary>
    public static FakeModelReply Hang() => new HangReply();

    /// <summary>200 with a body that is not JSON at all.</summary>
    public static FakeModelReply Garbage() => new GarbageReply();

    internal sealed record ContentReply(string Text) : FakeModelReply;

    internal sealed record TooManyRequestsReply(int RetryAfterSeconds) : FakeModelReply;

    internal sealed record ErrorReply(int StatusCode) : FakeModelReply;

    internal sealed record HangReply : FakeModelReply;

    internal sealed record GarbageReply : FakeModelReply;
}

/// <summary>One request the fake received: its raw JSON body and when it arrived.</summary>
public sealed record RecordedChatRequest(string Body, DateTimeOffset ReceivedAt, string? Authorization);
