namespace DeployBot.OnCall.Providers;

/// <summary>Who a paging tool says is on call.</summary>
/// <param name="Name">The person's name (or, when the tool knows no name, the username).</param>
/// <param name="Email">Their e-mail, used to find them on Slack and to mention them on Teams; null when the tool has none.</param>
/// <param name="ShiftEnd">When their on-call ends; null when the tool does not say (Opsgenie) or never (a permanent on-call).</param>
/// <param name="Source">How they were found, for the audit record: "PagerDuty schedule PXXXXXX, escalation level 1".</param>
internal sealed record OnCallPerson(string Name, string? Email, DateTimeOffset? ShiftEnd, string Source)
{
    public bool IsSamePerson(OnCallPerson other) =>
        Email is not null && other.Email is not null
            ? Email.Equals(other.Email, StringComparison.OrdinalIgnoreCase)
            : Name.Equals(other.Name, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A paging tool lookup that failed; <see cref="Exception.Message"/> is safe to show and names the fix.</summary>
internal sealed class OnCallLookupException : Exception
{
    public OnCallLookupException()
    {
    }

    public OnCallLookupException(string message)
        : base(message)
    {
    }

    public OnCallLookupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
